// Alerts survive a process killed between an article's commit and its watchlist evaluation: the next ingest catches up.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { IngestService } from '../../src/services/ingest.js';
import { createWatchlist, listAlerts } from '../../src/services/watchlists.js';

const dir = mkdtempSync(join(tmpdir(), 'argus-catchup-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function article(name: string, title: string, body: string): string {
  const p = join(dir, name);
  writeFileSync(p, `${title}\n\n${body}\n`);
  return p;
}

test('watchlists: alerts owed by a killed process are raised by the next ingest, once, and never for older articles', async () => {
  const store = openSqliteStore(join(dir, 'a.db'));
  const before = article('before.txt', 'NATO ministers meet in Brussels', 'NATO foreign ministers met in Brussels on Tuesday to discuss air defence.');
  await new IngestService(store).run([before]);
  await createWatchlist(store, { name: 'alliance', query: 'NATO' });

  // stored, then "killed" before alerts: afterSave off is exactly the state a crash after the commit leaves
  const owed = article('owed.txt', 'NATO expands drills in the Baltic', 'NATO said on Monday it would expand exercises in the Baltic Sea.');
  await new IngestService(store, { afterSave: false }).run([owed]);
  assert.equal((await listAlerts(store)).length, 0);

  // the next ordinary ingest (of an unrelated article) raises the owed alert
  const other = article('other.txt', 'Rain expected in Lisbon', 'Forecasters said heavy rain would reach Lisbon by the weekend.');
  await new IngestService(store).run([other]);
  const alerts = await listAlerts(store);
  assert.deepEqual(alerts.map((a) => a.title), ['NATO expands drills in the Baltic']);

  // idempotent: another run raises nothing more
  await new IngestService(store).run([other]);
  assert.equal((await listAlerts(store)).length, 1);
  await store.close();
});
