// SQLite: migration 007 on a database written before it: origins (a copy of a copy counts as the original's outlet),
// reports and counts are backfilled, and the triggers take over from there.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlite } from '../../src/store/sqlite/open.js';
import { openSqliteStore, SqliteStore } from '../../src/store/sqlite/store.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { entity, input, record } from './suite.js';

const dir = mkdtempSync(join(tmpdir(), 'argus-corr-mig-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const BRANDT = entity('e1', 'Olga Brandt', 'PERSON', ['PERSON:olga brandt']);
const COUNCIL = entity('e2', 'Northland Council', 'ORG', ['ORG:northland council']);
const report = (source: string, published: string) => input(record({ source, published, text: `${source}: Olga Brandt criticized the Northland Council.` }),
  [BRANDT, COUNCIL], { events: [{ type: 'ACCUSE', source: 'e1', target: 'e2', start: 0, end: 5 }] });

test('sqlite: migration 007 backfills origins, reports and counts of an existing database', async () => {
  const path = join(dir, 'old.db');
  const old = new SqliteStore(openSqlite(path, { migrations: MIGRATIONS.filter((m) => m.version < 7) }), path);
  const first = report('Harbor Gazette', '2031-03-10T08:00:00Z');
  const r1 = await old.articles.save(first);
  // a copy, and a copy of that copy, in two more outlets: one source
  const copy = report('Valley Wire', '2031-03-10T10:00:00Z');
  const r2 = await old.articles.save({ ...copy, story: { kind: 'join', storyId: r1.storyId ?? 0, duplicateOf: r1.rowid } });
  const copy2 = report('Lake Herald', '2031-03-10T12:00:00Z');
  await old.articles.save({ ...copy2, story: { kind: 'join', storyId: r1.storyId ?? 0, duplicateOf: r2.rowid } });
  const other = report('Coastal Times', '2031-03-12T08:00:00Z');
  await old.articles.save(other);
  await old.close();

  const s = openSqliteStore(path);
  try {
    const counts = async (a: typeof first): Promise<number[]> => {
      const e = (await s.corroboration.articleFacts(a.article.id))?.events[0];
      return [e?.sources ?? 0, e?.articles ?? 0];
    };
    assert.deepEqual(await counts(first), [2, 4]);
    assert.deepEqual(await counts(copy2), [2, 4]);
    const wire = (await s.corroboration.sources()).find((p) => p.name === 'Lake Herald');
    assert.deepEqual([wire?.syndicated, wire?.medianDelayHours], [1, 4]);
    // the triggers carry on: a report 5 days after Coastal Times' stands alone
    const late = report('Mountain Post', '2031-03-17T08:00:00Z');
    await s.articles.save(late);
    assert.deepEqual(await counts(late), [1, 1]);
  } finally {
    await s.close();
  }
});
