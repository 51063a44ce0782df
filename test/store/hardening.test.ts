// Issue 14, items 5 and 6 in the store: query complexity bounds (search and saved watchlists), watchlist matching against
// the one new article, and a database path under /proc failing at once instead of hanging.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ftsQueryCost, complexityProblem } from '../../src/store/fts-query.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { dashboardRepos } from '../../src/store/dashboard.js';
import type { Store } from '../../src/store/types.js';
import { isArgusError } from '../../src/core/errors.js';
import { IngestService } from '../../src/services/ingest.js';
import { stubAnalyzer } from '../services/stub-analyzer.js';

const dir = mkdtempSync(join(tmpdir(), 'argus-store-hard-'));
let store: Store;

before(async () => {
  store = openSqliteStore(join(dir, 's.db'));
  const rows = ['alliance summit in the Indo-Pacific', 'army exercise near the border', 'trade accord signed'].map((t, i) => JSON.stringify({
    title: `Story ${i}`, url: `https://news.example/${i}`, published: `2025-04-0${i + 1}`, text: `Officials said the ${t} went ahead on Tuesday, according to the ministry.`,
  }));
  writeFileSync(join(dir, 'a.jsonl'), rows.join('\n') + '\n');
  const s = await new IngestService(store, { analyzer: stubAnalyzer, afterSave: false }).run([join(dir, 'a.jsonl')]);
  assert.equal(s.new, 3);
});

after(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('query cost: terms, prefix terms, NEAR groups, phrases and distances are counted in any syntax', () => {
  const rows: Array<[string, Partial<ReturnType<typeof ftsQueryCost>>]> = [
    ['a* '.repeat(160), { prefixes: 160, terms: 160, shortestPrefix: 1 }],
    ['nato', { terms: 1, prefixes: 0 }],
    ['nato OR "prime minister" AND NOT china', { terms: 4, prefixes: 0 }],
    ['"prime minis"*', { terms: 2, prefixes: 1, shortestPrefix: 5 }],
    ['title:nat* ^rutte', { terms: 3, prefixes: 1, shortestPrefix: 3 }],
    ['NEAR(nato russia china, 40)', { nearGroups: 1, maxNearPhrases: 3, maxNearDistance: 40, terms: 3 }],
    ['NEAR("a b" c) NEAR(d e, 5)', { nearGroups: 2, maxNearPhrases: 2, maxNearDistance: 5 }],
    ['Indo-Pacific (unbalanced', { terms: 3 }],
    ['"unterminated phrase a* b*', { terms: 4, prefixes: 0 }],
    ['Kyiv*', { prefixes: 1, shortestPrefix: 4 }],
    ['Überall* Zürich', { prefixes: 1, shortestPrefix: 7, terms: 2 }],
  ];
  for (const [q, want] of rows) {
    const got = ftsQueryCost(q);
    for (const [k, v] of Object.entries(want)) assert.equal(got[k as keyof typeof got], v, `${q}: ${k}`);
  }
  assert.equal(complexityProblem('nato OR rutte'), null);
  assert.match(complexityProblem('a* '.repeat(160)) ?? '', /160 prefix terms/);
  assert.match(complexityProblem('x*') ?? '', /at least 2 letters/);
});

test('search: a query over the bounds throws QUERY_TOO_COMPLEX at once; within them it runs', async () => {
  const t0 = performance.now();
  await assert.rejects(store.search.search({ text: 'a* '.repeat(160), limit: 20, offset: 0 }), (e: unknown) => isArgusError(e) && e.code === 'QUERY_TOO_COMPLEX');
  assert.ok(performance.now() - t0 < 200);
  assert.equal((await store.search.search({ text: 'al* OR ar* OR tr*', limit: 20, offset: 0 })).total, 3);
});

test('watchlists: a saved query is matched against the new article alone, and one over the bounds never matches', async () => {
  const { watchlists } = dashboardRepos(store);
  const rowids = await watchlists.articlesAfter(0, 10);
  assert.equal(rowids.length, 3);
  const base = { entityIds: [], source: null, type: null, country: null, webhook: null };
  const alliance = await watchlists.create({ ...base, name: 'alliance', query: 'alliance' });
  const pacific = await watchlists.create({ ...base, name: 'pacific', query: 'Indo-Pacific' }); // not FTS syntax: escaped
  const prefix = await watchlists.create({ ...base, name: 'prefix', query: 'arm* OR trad*' });
  const heavy = await watchlists.create({ ...base, name: 'heavy', query: 'o* '.repeat(160) }); // saved before the bounds existed
  const names = async (rowid: number): Promise<string[]> => (await watchlists.matching(rowid)).map((w) => w.name).sort();
  assert.deepEqual(await names(rowids[0] ?? 0), ['alliance', 'pacific']);
  assert.deepEqual(await names(rowids[1] ?? 0), ['prefix']);
  assert.deepEqual(await names(rowids[2] ?? 0), ['prefix']);
  for (const w of [alliance, pacific, prefix, heavy]) await watchlists.remove(w.id);
});

test('db: a path under /proc fails at once with the folder named, instead of hanging', () => {
  const script = `import { openSqliteStore } from ${JSON.stringify(join(import.meta.dirname, '..', '..', 'src', 'store', 'sqlite', 'store.ts'))};
try { openSqliteStore('/proc/x/y.db'); console.log('opened'); } catch (e) { console.log('error: ' + e.message); }`;
  const t0 = Date.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
  assert.equal(r.signal, null, 'it did not hang');
  assert.match(r.stdout, /error: cannot create the folder \/proc\/x for the database \/proc\/x\/y\.db/);
  assert.ok(Date.now() - t0 < 20_000);
});
