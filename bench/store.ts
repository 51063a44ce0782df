// Store benchmarks: ingest throughput with analysis into a fresh database, search latency over a 100,000-article
// database (synthetic articles from the demo corpus, built once in the temp dir and reused), database size per article.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Analysis } from '../src/core/analysis.js';
import type { ArticleInput } from '../src/core/input.js';
import { readFile } from '../src/ingest/readers.js';
import { analyze } from '../src/nlp/pipeline.js';
import { openSqliteStore } from '../src/store/sqlite/store.js';
import { IngestService } from '../src/services/ingest.js';
import { DEMO_DIR } from '../src/services/demo.js';
import type { SearchQuery } from '../src/store/types.js';
import { loadCorpus, syntheticArticles, type SyntheticCorpus } from '../scripts/gen-synthetic.js';

export interface BenchStoreResult {
  ingest: { articles: number; seconds: number; perSecond: number; perCpuSecond: number; analysisMs: number; storeMs: number };
  bytesPerArticle: number;
  search: { articles: number; queries: number; p50: number; p95: number; max: number; buildSeconds: number | null };
  searchBytesPerArticle: number;
}

const cpuMs = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

function fileSize(path: string): number {
  const db = new Database(path);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return statSync(path).size;
}

/** Ingests the first `n` news-pd articles (with their manifest) into a fresh database, real analyzer included. */
/** Articles (latest versions) in a benchmark database built by an earlier run, 0 when there is none. */
export function latestArticles(path: string): number {
  if (!existsSync(path)) return 0;
  const d = new Database(path, { readonly: true });
  try {
    return d.prepare('SELECT count(*) FROM articles WHERE is_latest = 1').pluck().get() as number;
  } finally {
    d.close();
  }
}

/** Copies the first n demo releases and their manifest into dir (a batch for ingest benchmarks); returns how many. */
export function copyReleases(dir: string, n: number): number {
  const lines = readFileSync(join(DEMO_DIR, 'news-pd', 'index.jsonl'), 'utf8').trim().split('\n').slice(0, n);
  mkdirSync(join(dir, 'articles'), { recursive: true });
  for (const l of lines) {
    const f = (JSON.parse(l) as { file: string }).file;
    copyFileSync(join(DEMO_DIR, 'news-pd', f), join(dir, f));
  }
  writeFileSync(join(dir, 'index.jsonl'), lines.join('\n') + '\n');
  return lines.length;
}

async function benchIngest(n: number): Promise<BenchStoreResult['ingest'] & { bytesPerArticle: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'argus-bench-ingest-'));
  try {
    copyReleases(join(dir, 'batch'), n);
    // warm the analyzer (models and gazetteers load once per process) so the figure is steady-state
    const warm = await readFile(join(DEMO_DIR, 'seed', 'rutte-nato-china.txt'));
    if (warm[0]?.ok) analyze(warm[0].input);

    const db = join(dir, 'ingest.db');
    const store = openSqliteStore(db);
    // the real analyzer, timed inside the run so the split between analysis and the rest is measured, not estimated
    let analysisCpu = 0;
    const timed = (input: ArticleInput, o: { id: string }): Analysis => {
      const a0 = cpuMs();
      try {
        return analyze(input, o);
      } finally {
        analysisCpu += cpuMs() - a0;
      }
    };
    const c0 = cpuMs();
    const t0 = performance.now();
    const s = await new IngestService(store, { analyzer: timed }).run([join(dir, 'batch')]);
    const seconds = (performance.now() - t0) / 1000;
    const cpu = cpuMs() - c0;
    await store.close();
    const stored = s.new + s.updated;
    const analysisMs = analysisCpu / stored;
    const bytes = fileSize(db);
    return {
      articles: stored, seconds, perSecond: stored / seconds, perCpuSecond: stored / (cpu / 1000), analysisMs,
      storeMs: cpu / stored - analysisMs, bytesPerArticle: bytes / stored,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** An analysis for a synthetic article: its base article's entities (and their facts) that occur in its text. */
function deriveAnalysis(base: Analysis, input: ArticleInput, id: string): Analysis {
  const text = input.text;
  const kept = new Map<string, Analysis['entities'][number]>();
  for (const e of base.entities) {
    const forms = [...new Set(e.mentions.filter((m) => m.kind === undefined || m.kind === 'name').map((m) => m.text))];
    const mentions: Analysis['entities'][number]['mentions'] = [];
    for (const f of forms) {
      for (let at = text.indexOf(f); at !== -1 && mentions.length < 20; at = text.indexOf(f, at + f.length)) mentions.push({ start: at, end: at + f.length, text: f, kind: 'name' });
    }
    if (mentions.length) kept.set(e.id, { ...e, mentions });
  }
  const ok = (lid: string | null | undefined): boolean => !lid || kept.has(lid);
  return {
    schema: 'argus.analysis/1',
    article: { id, url: input.url, source: input.source, title: input.title, subtitle: null, published: input.published, language: 'en', text },
    entities: [...kept.values()],
    quotes: base.quotes.filter((q) => ok(q.speaker) && text.includes(q.text)).map((q) => ({ ...q, start: text.indexOf(q.text), end: text.indexOf(q.text) + q.text.length })),
    events: base.events.filter((e) => ok(e.source) && ok(e.target) && (e.source || e.target)).map((e) => ({ ...e, start: 0, end: 0 })),
    places: base.places.filter((p) => kept.has(p.entity)),
    dates: [],
  };
}

async function buildSearchDb(path: string, n: number): Promise<number> {
  const t0 = performance.now();
  const corpus: SyntheticCorpus = loadCorpus();
  const baseCache = new Map<number, Analysis>();
  const baseOf = async (b: number): Promise<Analysis | null> => {
    let a = baseCache.get(b);
    if (!a) {
      const o = await readFile(corpus.files[b] as string);
      if (!o[0]?.ok) return null;
      a = analyze(o[0].input);
      baseCache.set(b, a);
    }
    return a;
  };
  const store = openSqliteStore(path);
  const pending = new Map<ArticleInput, Analysis>();
  const svc = new IngestService(store, {
    analyzer: (input, { id }) => deriveAnalysis(pending.get(input) as Analysis, input, id),
    afterSave: false,
  } as ConstructorParameters<typeof IngestService>[1]);
  await svc.begin(['bench:synthetic', String(n)]);
  let i = 0;
  for (const s of syntheticArticles(n, 7, corpus)) {
    const base = await baseOf(s.base);
    if (!base) continue;
    const input: ArticleInput = { title: s.title, subtitle: null, text: s.text, published: s.published, url: s.url, source: s.source, byline: null, dateline: null, language: 'en' };
    pending.set(input, base);
    await svc.article(`synthetic:${i}`, input);
    pending.delete(input);
    if (++i % 10000 === 0) process.stderr.write(`  built ${i}/${n} synthetic articles (${((performance.now() - t0) / 1000).toFixed(0)} s)\n`);
  }
  await svc.end();
  await store.close();
  return (performance.now() - t0) / 1000;
}

export const SEARCH_QUERIES: SearchQuery[] = [
  { text: 'Ukraine' }, { text: 'Russia' }, { text: 'said' }, { text: 'NATO allies' }, { text: '"human rights"' }, { text: 'sanctions OR designation' },
  { text: 'minist*' }, { text: 'Japan Korea trilateral' }, { text: 'humanitarian assistance' }, { text: 'Blinken', sort: 'date' },
  { text: 'election', from: '2022-01-01', to: '2022-12-31' }, { text: 'Ukraine', source: 'Harbour Gazette' }, { text: 'China', entity: 'China' },
  { text: 'attack', type: 'ASSAULT' }, { text: 'security', country: 'UA' }, { text: 'call', sort: 'date', from: '2024-01-01' },
  { text: 'Indo-Pacific' }, { text: 'climate crisis' }, { text: 'Taiwan Strait' }, { text: 'refugees' },
];

async function benchSearch(path: string): Promise<{ queries: number; p50: number; p95: number; max: number }> {
  const store = openSqliteStore(path);
  const samples: number[] = [];
  for (const q of SEARCH_QUERIES) await store.search.search(q); // warm the page cache
  for (let round = 0; round < 5; round++) {
    for (const q of SEARCH_QUERIES) {
      const t = performance.now();
      await store.search.search({ ...q, limit: 20 });
      samples.push(performance.now() - t);
    }
  }
  await store.close();
  samples.sort((a, b) => a - b);
  const at = (p: number): number => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))] as number;
  return { queries: samples.length, p50: at(0.5), p95: at(0.95), max: samples[samples.length - 1] as number };
}

export async function benchStore(opts: { ingestArticles?: number; searchArticles?: number } = {}): Promise<BenchStoreResult> {
  const nIngest = opts.ingestArticles ?? 1000;
  const nSearch = opts.searchArticles ?? 100_000;
  const ing = await benchIngest(nIngest);
  console.log(`store ingest: ${ing.articles} articles in ${ing.seconds.toFixed(1)} s = ${ing.perSecond.toFixed(0)} articles/s wall, ` +
    `${ing.perCpuSecond.toFixed(0)} articles/s per CPU second (analysis ${ing.analysisMs.toFixed(2)} ms + store ${ing.storeMs.toFixed(2)} ms per article)`);
  console.log(`store size: ${(ing.bytesPerArticle / 1024).toFixed(1)} KB per article (text, analysis, entities, FTS, dedup keys)`);

  const dir = join(tmpdir(), 'argus-bench');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `search-${nSearch}.db`);
  let buildSeconds: number | null = null;
  const have = latestArticles(path);
  if (have < nSearch) {
    for (const s of ['', '-wal', '-shm']) rmSync(path + s, { force: true });
    console.log(`store search: building ${nSearch} synthetic articles in ${path} (once; reused by later runs)…`);
    buildSeconds = await buildSearchDb(path, nSearch);
    console.log(`store search: built in ${buildSeconds.toFixed(0)} s (${(nSearch / buildSeconds).toFixed(0)} articles/s, derived analyses)`);
  }
  const sr = await benchSearch(path);
  const searchBytes = fileSize(path) / nSearch;
  console.log(`store search: ${sr.queries} queries over ${nSearch} articles: p50 ${sr.p50.toFixed(1)} ms, p95 ${sr.p95.toFixed(1)} ms, max ${sr.max.toFixed(1)} ms (facets over the newest 500 matches, relevance over the newest 10,000, totals past 10,000 estimated)`);
  console.log(`store size at ${nSearch}: ${(searchBytes / 1024).toFixed(1)} KB per article`);
  return {
    ingest: ing, bytesPerArticle: ing.bytesPerArticle,
    search: { articles: nSearch, ...sr, buildSeconds }, searchBytesPerArticle: searchBytes,
  };
}

const isMain = process.argv[1] !== undefined && /bench\/store\.ts$/.test(process.argv[1]);
if (isMain) {
  const n = process.argv[2] ? Number(process.argv[2]) : undefined;
  await benchStore({ searchArticles: n });
}
