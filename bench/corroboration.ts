// Corroboration at scale, on synthetic articles (scripts/gen-synthetic.ts: demo sentences, 12 outlets, 0-3 random events
// each, no NLP): the cost of migration 007's triggers on saves (the same articles saved with and without them), the
// backfill of a database written without them, and the read paths (outlet profiles, minSources filters, export facts).
//   node --import tsx bench/corroboration.ts [N=20000]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededRandom } from '../src/core/random.js';
import { openSqlite } from '../src/store/sqlite/open.js';
import { openSqliteStore, SqliteStore } from '../src/store/sqlite/store.js';
import { MIGRATIONS } from '../src/store/migrations/index.js';
import type { SaveArticleInput } from '../src/store/types.js';
import { loadCorpus, loadSyntheticKb, syntheticArticles, syntheticSaveInput } from '../scripts/gen-synthetic.js';

const n = Number(process.argv[2] ?? 20_000);
const dir = mkdtempSync(join(tmpdir(), 'argus-bench-corr-'));

function inputs(): SaveArticleInput[] {
  const kb = loadSyntheticKb();
  const rnd = seededRandom(7);
  const out: SaveArticleInput[] = [];
  let i = 0;
  for (const s of syntheticArticles(n, 42, loadCorpus())) out.push(syntheticSaveInput(kb, rnd, i++, s));
  return out;
}

async function saveAll(store: SqliteStore, all: SaveArticleInput[]): Promise<number> {
  const t0 = performance.now();
  for (const x of all) await store.articles.save(x);
  return performance.now() - t0;
}

async function time<T>(label: string, f: () => Promise<T>, runs = 5): Promise<T> {
  let out = await f();
  const ms: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    out = await f();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label.padEnd(44)} median ${ms[ms.length >> 1]?.toFixed(1)} ms of ${runs} runs after a warm-up (these read models keep no answer cache)`);
  return out;
}

try {
  const all = inputs();
  const events = all.reduce((k, x) => k + x.analysis.events.length, 0);
  console.log(`${n} synthetic articles, ${events} events`);
  const oldPath = join(dir, 'without.db');
  const without = new SqliteStore(openSqlite(oldPath, { migrations: MIGRATIONS.filter((m) => m.version < 7) }), oldPath);
  const msWithout = await saveAll(without, all);
  await without.close();
  const withPath = join(dir, 'with.db');
  const withTriggers = openSqliteStore(withPath);
  const msWith = await saveAll(withTriggers, all);
  console.log(`saves without migration 007: ${(n / (msWithout / 1000)).toFixed(0)} articles/s; with its triggers: ${(n / (msWith / 1000)).toFixed(0)} articles/s`
    + ` (+${(((msWith - msWithout) / n) * 1000).toFixed(0)} µs per article)`);
  const t0 = performance.now();
  const upgraded = openSqliteStore(oldPath);
  console.log(`backfill of the database written without it (open + migration 007): ${((performance.now() - t0) / 1000).toFixed(2)} s`);
  const reports = upgraded.db.prepare('SELECT count(*) AS n, sum(sources >= 2) AS c, max(sources) AS m FROM event_reports').get() as { n: number; c: number; m: number };
  const same = withTriggers.db.prepare('SELECT count(*) AS n, sum(sources >= 2) AS c, max(sources) AS m FROM event_reports').get() as typeof reports;
  console.log(`reports ${reports.n}, corroborated ${reports.c}, most sources ${reports.m}; the same from the triggers: ${JSON.stringify(same) === JSON.stringify(reports)}`);
  await upgraded.close();

  const s = withTriggers;
  const profiles = await time('corroboration.sources()', () => s.corroboration.sources());
  await time(`corroboration.source('${profiles[0]?.name}')`, () => s.corroboration.source(profiles[0]?.name ?? ''));
  await time('search "" minSources 2', () => s.search.search({ text: '', minSources: 2 }));
  await time('search "minister" minSources 2', () => s.search.search({ text: 'minister', minSources: 2 }));
  await time('search "" minConfidence 0.8', () => s.search.search({ text: '', minConfidence: 0.8 }));
  await time('eventGraph limit 300', () => s.dashboard.eventGraph({ limit: 300 }));
  await time('eventGraph limit 300 minSources 2', () => s.dashboard.eventGraph({ limit: 300, minSources: 2 }));
  await time('places minSources 2', () => s.dashboard.places({ limit: 500, minSources: 2 }));
  await time('scan page of 500 with facts', () => s.search.scan({ text: '' }, { limit: 500 }));
  await s.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
