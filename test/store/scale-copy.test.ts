// The PostgreSQL scale benchmark copies its bulk from the SQLite build (bench/scale-pg.ts) instead of running the
// PostgreSQL save for each article. Its claim: the copy holds the rows PostgreSQL's own save path writes. Here 150
// synthetic articles go through SQLite's save, the first 130 are copied into one schema and the last 20 saved there
// (as the benchmark does), all 150 are saved into a second schema, and every table is compared. Left out: the time of
// writing, and the ids of sources (PostgreSQL's save spends a sequence number on each upsert, the copy keeps SQLite's).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededRandom } from '../../src/core/random.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { openPostgresStore } from '../../src/store/postgres/store.js';
import type { Store } from '../../src/store/types.js';
import { loadCorpus, loadSyntheticKb, syntheticArticles, syntheticSaveInput } from '../../scripts/gen-synthetic.js';
import { pgBulkCopy } from '../../bench/scale-pg.js';
import { pgSuite, PG_TEST_URL } from './pg-env.js';

const N = 150;
const CUT = 130;
/** columns that hold the time of writing, or a source's id */
const SKIP = new Set(['ingested_at', 'analyzed_at', 'created_at', 'added_at', 'source_id', 'outlet']);

async function save(store: Store, from: number, to: number): Promise<void> {
  const kb = loadSyntheticKb();
  let i = 0;
  for (const s of syntheticArticles(N, 11, loadCorpus())) {
    const at = i++;
    if (at >= from && at < to) await store.articles.save(syntheticSaveInput(kb, seededRandom(at), at, s));
  }
}

await pgSuite('the scale benchmark\'s copy into PostgreSQL', (_newStore, newSchema) => {
  test('scale benchmark: copying the SQLite build into PostgreSQL gives the rows the PostgreSQL save writes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'argus-scale-copy-'));
    const copied = newSchema();
    const saved = newSchema();
    const a = await openPostgresStore(PG_TEST_URL, { schema: copied, max: 2 });
    const b = await openPostgresStore(PG_TEST_URL, { schema: saved, max: 2 });
    try {
      const lite = openSqliteStore(join(dir, 'scale.db'));
      await save(lite, 0, N);
      await lite.close();
      const r = await pgBulkCopy(join(dir, 'scale.db'), { connectionString: PG_TEST_URL, options: `-c search_path=${copied}` }, CUT, async () => true);
      assert.equal(r.rows.articles, CUT);
      await save(a, CUT, N);
      await save(b, 0, N);

      const tables = await a.db.column<string>(`SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE'
          AND table_name <> 'schema_migrations' ORDER BY 1`, [copied]);
      assert.ok(tables.includes('articles') && tables.includes('event_reports'));
      let compared = 0;
      // article_search.fts holds the source's id as a word ('#s7', migration 010): without it (ids of sources differ, above)
      const sourceless = `ts_delete(fts, ARRAY(SELECT w FROM unnest(tsvector_to_array(fts)) w WHERE w LIKE '#s%'))`;
      for (const t of tables) {
        const cols = (await a.db.column<string>(`SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2
            ORDER BY ordinal_position`, [copied, t])).filter((c) => !SKIP.has(c) && !(t === 'ingest_log' && (c === 'at' || c === 'id')) && !(t === 'sources' && c === 'id'));
        const digest = (schema: string): Promise<string | undefined> => a.db.value<string>(`SELECT count(*) || ' ' || coalesce(md5(string_agg(x, '|' ORDER BY x)), '-')
            FROM (SELECT row(${cols.map((c) => (t === 'article_search' && c === 'fts' ? sourceless : `"${c}"`)).join(', ')})::text AS x FROM ${schema}.${t}) s`);
        assert.equal(await digest(copied), await digest(saved), `table ${t}`);
        compared++;
      }
      // the source of each article, by name
      const bySource = (schema: string): Promise<string | undefined> => a.db.value<string>(`SELECT md5(string_agg(x.rowid || s.name, '|' ORDER BY x.rowid))
          FROM ${schema}.articles x JOIN ${schema}.sources s ON s.id = x.source_id`);
      assert.equal(await bySource(copied), await bySource(saved));
      assert.ok(compared >= 20, `${compared} tables compared`);
      assert.equal((await a.search.search({ text: 'minister' })).total, (await b.search.search({ text: 'minister' })).total);
    } finally {
      await a.close();
      await b.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
