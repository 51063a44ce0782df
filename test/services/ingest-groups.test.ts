// Group commit on SQLite: the saves of several articles share one transaction; another connection sees a group only
// once it is committed (by size, by time, or at the end of the batch), and watchlist hooks run after the commit.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { IngestService } from '../../src/services/ingest.js';
import { DEMO_DIR } from '../../src/services/demo.js';
import { readFile } from '../../src/ingest/readers.js';
import { stubAnalyzer } from './stub-analyzer.js';

const dir = mkdtempSync(join(tmpdir(), 'argus-groups-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** What another process sees: a read-only connection of its own. */
function committed(path: string, sql = 'SELECT count(*) FROM articles'): number {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).pluck().get() as number;
  } finally {
    db.close();
  }
}

function releases(n: number): string[] {
  return readFileSync(join(DEMO_DIR, 'news-pd', 'index.jsonl'), 'utf8').trim().split('\n').slice(0, n)
    .map((l) => join(DEMO_DIR, 'news-pd', (JSON.parse(l) as { file: string }).file));
}

test('group commit: another connection sees no article of an open group, and all of them after the batch', async () => {
  const path = join(dir, 'seen.db');
  const store = openSqliteStore(path);
  const seenByOthers: number[] = [];
  const seenHere: number[] = [];
  const files = releases(12);
  const s = await new IngestService(store, {
    analyzer: stubAnalyzer,
    afterSave: false,
    onItem: () => {
      seenByOthers.push(committed(path));
      seenHere.push((store.db.prepare('SELECT count(*) FROM articles').pluck().get() as number));
    },
  }).run(files);
  assert.equal(s.new, 12);
  // the ingesting connection reads its own saves at once (dedup and story clustering need them) ...
  assert.deepEqual(seenHere, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  // ... another one sees the first article only once its group is committed
  assert.equal(seenByOthers[0], 0);
  assert.equal(committed(path), 12);
  await store.close();
});

test('group commit: an open group is committed within a fraction of a second, without waiting for the batch end', async () => {
  const path = join(dir, 'timed.db');
  const store = openSqliteStore(path);
  const svc = new IngestService(store, { analyzer: stubAnalyzer, afterSave: false });
  await svc.begin(['timed']);
  const [file] = releases(1);
  for (const o of await readFile(file as string)) await svc.outcome(o);
  assert.equal(committed(path), 0, 'still in its group right after the save');
  await new Promise((r) => setTimeout(r, 1000));
  assert.equal(committed(path), 1, 'committed by the group timer');
  const s = await svc.end();
  assert.equal(s.new, 1);
  await store.close();
});

test('group commit: watchlist hooks run after the commit of the article they check, and a rerun adds nothing', async () => {
  const path = join(dir, 'hooks.db');
  const store = openSqliteStore(path);
  const visible: boolean[] = [];
  const files = releases(70); // more than one group by size
  const opts = {
    analyzer: stubAnalyzer,
    afterSave: async (_s: unknown, rowid: number): Promise<void> => {
      visible.push(committed(path, `SELECT count(*) FROM articles WHERE rowid = ${rowid}`) === 1);
    },
  };
  const s = await new IngestService(store, opts).run(files);
  assert.equal(s.new + s.updated, visible.length);
  assert.ok(visible.length >= 65, `hooks run for the stored articles (${visible.length})`);
  assert.ok(visible.every(Boolean), 'every hook saw its article committed');
  const again = await new IngestService(store, opts).run(files);
  assert.equal(again.new + again.updated, 0);
  assert.equal(committed(path), s.new);
  await store.close();
});
