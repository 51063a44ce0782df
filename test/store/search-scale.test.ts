// Search past the relevance window (RANK_WINDOW newest matches) on both stores: the total of a word in more articles
// than the window is an estimate (totalEstimated) close to the true count, a rarer word's total is exact, relevance and
// date order still hold, and filters still apply. 12,000 articles are written with SQL (the save path is not what is
// tested here, and 12,000 saves would take minutes on PostgreSQL).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { RANK_WINDOW } from '../../src/store/sqlite/search.js';
import type { Store } from '../../src/store/types.js';
import { pgSuite } from './pg-env.js';
import { FTS_OF, SEARCH_BLOCK, SEARCH_KEYS } from '../../src/store/postgres/articles.js';

const N = 12_000;
/** every article has "harbour"; one in 5 has "beacon"; one in 40 has "lighthouse"; titles of one in 500 have "harbour" too (ranked first) */
const TEXT = "CASE WHEN i % 40 = 0 THEN 'the lighthouse keeper spoke. ' ELSE '' END || CASE WHEN i % 5 = 0 THEN 'A beacon was lit. ' ELSE '' END || 'Every harbour pilot boarded ship number ' || i || '.'";
const TITLE = "CASE WHEN i % 500 = 0 THEN 'Harbour news ' || i ELSE 'Dispatch ' || i END";

async function checks(s: Store, days: string[]): Promise<void> {
  assert.ok(RANK_WINDOW < N, 'the fixture must be past the window');
  const all = await s.search.search({ text: 'harbour' });
  assert.equal(all.totalEstimated, true, 'past the window the total is an estimate');
  assert.ok(Math.abs(all.total - N) / N < 0.1, `estimate ${all.total} within 10% of ${N}`);
  assert.equal(all.hits.length, 20);
  // relevance among the newest RANK_WINDOW matches: the title matches there (one in 500) come first, newest first
  const inTitle = Math.floor(RANK_WINDOW / 500);
  assert.ok(inTitle >= 2, 'the window holds title matches');
  assert.deepEqual(all.hits.slice(0, inTitle).map((h) => h.title), Array.from({ length: inTitle }, (_, k) => `Harbour news ${N - 500 * k}`), 'title matches rank first');
  assert.ok(!all.hits[inTitle]!.title.startsWith('Harbour news'), 'then the others');
  assert.ok(all.hits.every((h) => Number(h.id.slice(1)) > N - RANK_WINDOW), 'ranked among the newest matches');
  assert.ok(all.facets.source.length > 0 || all.facets.entity.length === 0);

  const rare = await s.search.search({ text: 'lighthouse', limit: 5 });
  assert.equal(rare.total, N / 40, 'within the window the total is exact');
  assert.equal(rare.totalEstimated, undefined);

  // date order over every match, not only the newest ones: the newest day of all comes first
  const byDate = await s.search.search({ text: 'harbour', sort: 'date', limit: 10 });
  const newestDays = [...days].sort().reverse().slice(0, 10);
  assert.deepEqual(byDate.hits.map((h) => h.published), newestDays);
  // a word in one article of five, past the window: a short page by date probes the newest articles one by one, a long
  // one builds the set of all matches (SQLite, search.ts PROBE_BUDGET); both give the newest days of all its matches
  const beaconDays = days.filter((_, k) => (k + 1) % 5 === 0).sort().reverse();
  for (const limit of [3, 200]) {
    const beacon = await s.search.search({ text: 'beacon', sort: 'date', limit });
    assert.equal(beacon.totalEstimated, true, 'past the window');
    assert.deepEqual(beacon.hits.map((h) => h.published), beaconDays.slice(0, limit), `beacon by date, ${limit} hits`);
  }
  const rareByDate = await s.search.search({ text: 'lighthouse', sort: 'date', limit: 3 });
  const rareDays = days.filter((_, k) => (k + 1) % 40 === 0).sort().reverse().slice(0, 3);
  assert.deepEqual(rareByDate.hits.map((h) => h.published), rareDays);

  // a filter: the dates of one year
  const year = await s.search.search({ text: 'harbour', from: '2021-01-01', to: '2021-12-31', sort: 'date', limit: 3 });
  const inYear = days.filter((d) => d.startsWith('2021')).length;
  assert.ok(year.hits.every((h) => (h.published ?? '').startsWith('2021')));
  assert.ok(Math.abs(year.total - inYear) / inYear < 0.15, `filtered total ${year.total} near ${inYear}`);
  // a filter that keeps more than the window, in date order: the newest days of all filtered matches
  const since = await s.search.search({ text: 'harbour', from: '2020-03-01', sort: 'date', limit: 5 });
  assert.equal(since.totalEstimated, true);
  assert.deepEqual(since.hits.map((h) => h.published), newestDays.slice(0, 5));
  const until = await s.search.search({ text: 'harbour', to: '2024-12-31', sort: 'date', limit: 5 });
  assert.deepEqual(until.hits.map((h) => h.published), [...days].filter((d) => d <= '2024-12-31').sort().reverse().slice(0, 5));
}

/** day of article i (1-based): spread over 2020-2025 out of rowid order */
const dayOf = (i: number): string => new Date(Date.UTC(2020, 0, 1) + ((i * 7919) % 2000) * 86_400_000).toISOString().slice(0, 10);

test('search past the relevance window on SQLite: estimated total, exact small totals, relevance and date order', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'argus-search-scale-'));
  const s = openSqliteStore(join(dir, 'a.db'));
  try {
    s.db.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${N})
      INSERT INTO articles (rowid, id, version, is_latest, content_hash, title, published, day, text, input_meta, sh_hi, sh_lo, ingested_at)
      SELECT i, 'a' || i, 1, 1, 'h' || i, ${TITLE}, date('2020-01-01', '+' || ((i * 7919) % 2000) || ' days'),
        date('2020-01-01', '+' || ((i * 7919) % 2000) || ' days'), ${TEXT}, '{}', 0, 0, '2026-01-01' FROM n;
      INSERT INTO articles_fts (rowid, title, text) SELECT rowid, title, text FROM articles;`);
    const days = Array.from({ length: N }, (_, k) => dayOf(k + 1));
    await checks(s, days);
  } finally {
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

await pgSuite('search past the relevance window on PostgreSQL', (newStore) => {
  test('search past the relevance window on PostgreSQL: estimated total, exact small totals, relevance and date order', async () => {
    const s = await newStore();
    try {
      // rowids 64 apart (as if most articles were other versions): 187 blocks of 4096 rowids, so the passes over many
      // blocks name whole spans of 16 ('#x10') as well as blocks (migration 011)
      await s.db.run(`INSERT INTO articles (rowid, id, version, is_latest, content_hash, title, published, day, text, input_meta, sh_hi, sh_lo, ingested_at)
        SELECT i * 64, 'a' || i, 1, 1, 'h' || i, t.title, t.day, t.day, t.text, '{}', 0, 0, '2026-01-01'
        FROM generate_series(1, ${N}) AS i,
          LATERAL (SELECT ${TITLE} AS title, ${TEXT} AS text, to_char(DATE '2020-01-01' + (i * 7919) % 2000, 'YYYY-MM-DD') AS day) t`);
      // the searchable copies, as the save writes them (migration 010)
      await s.db.run(`INSERT INTO article_search (rowid, source_id, day, fts, title)
        SELECT rowid, source_id, day, v || ${SEARCH_KEYS('rowid', 'source_id', 'day')}, ts_filter(v, '{a}') || ${SEARCH_BLOCK('rowid')}
        FROM (SELECT rowid, source_id, day, ${FTS_OF('title', 'text')} AS v FROM articles) x`);
      await s.db.run('ANALYZE article_search');
      await s.db.run("SELECT setval(pg_get_serial_sequence('articles', 'rowid'), $1)", [N * 64]);
      await s.db.run('ANALYZE articles');
      const days = Array.from({ length: N }, (_, k) => dayOf(k + 1));
      await checks(s, days);
    } finally {
      await s.close();
    }
  });
});
