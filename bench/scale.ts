// Store benchmark at scale: builds a database of N synthetic articles (default 1,000,000; text from the demo corpus's
// sentences, analyses generated without the NLP by scripts/gen-synthetic.ts), then times Store.search over the store
// benchmark's query mix (bench/store.ts SEARCH_QUERIES) and reports disk per article.
// - SQLite: every article goes through Store.articles.save. The bulk runs 500 saves per commit (each save's own
//   transaction is then a savepoint: the same statements and rows); the last 20,000 are saved one transaction each, as
//   ingest does, and timed: that is the ingest rate at scale.
// - PostgreSQL: its save runs about 30 statements per article, one round trip each, and commits each article alone
//   (hours for 1,000,000), so the bulk is copied from the SQLite build of the same N by bench/scale-pg.ts (the same rows; checked
//   by test/store/scale-copy.test.ts), and the last 3,000 articles are saved through Store.articles.save and timed.
// The database is built once and reused: SQLite in the temp dir (scale-N.db), PostgreSQL in a database of its own
// (argus_bench_N on postgres@127.0.0.1:5432, created when missing); a row in bench_build marks a finished build. An
// interrupted SQLite build resumes where it stopped (an article is a deterministic function of its index).
//
//   nice -n 10 npm run bench scale -- --articles 1000000 --backend sqlite --build-only     # long: builds, no lock needed
//   nice -n 10 npm run bench scale -- --articles 1000000 --backend postgres --build-only   # may start with the SQLite build
//   flock /tmp/argus-cpu.lock npm run bench scale -- --articles 1000000 --backend sqlite   # measures (cache hit)
import { mkdirSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { seededRandom } from '../src/core/random.js';
import type { SearchQuery, Store } from '../src/store/types.js';
import { openSqliteStore, SqliteStore } from '../src/store/sqlite/store.js';
import { loadCorpus, loadSyntheticKb, syntheticArticles, syntheticSaveInput } from '../scripts/gen-synthetic.js';
import { SEARCH_QUERIES } from './store.js';
import { pgBulkCopy } from './scale-pg.js';

export type ScaleBackend = 'sqlite' | 'postgres';

export interface ScaleOptions {
  articles: number;
  backend: ScaleBackend;
  /** timed passes over the query mix */
  rounds: number;
  buildOnly: boolean;
  /** PostgreSQL server (without a database name); the benchmark's database is argus_bench_N */
  pgServer: string;
}

export interface ScaleResult {
  backend: ScaleBackend;
  articles: number;
  build: BuildMark;
  search: { queries: number; p50: number; p95: number; max: number; perQuery: Array<{ query: string; p50: number; max: number; total: number }> } | null;
  bytes: number;
  bytesPerArticle: number;
}

const SEED = 11;
const GENERATOR = 'gen-synthetic/syntheticSaveInput v1 seed 11';

export function parseScaleArgs(argv: string[]): ScaleOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      articles: { type: 'string', default: '1000000' },
      backend: { type: 'string', default: 'sqlite' },
      rounds: { type: 'string', default: '5' },
      'build-only': { type: 'boolean', default: false },
      pg: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432' },
    },
    strict: true,
  });
  const articles = Number(values.articles);
  if (!Number.isInteger(articles) || articles < 1) throw new Error(`--articles must be a whole number over 0, not ${values.articles}`);
  if (values.backend !== 'sqlite' && values.backend !== 'postgres') throw new Error(`--backend must be sqlite or postgres, not ${values.backend}`);
  const rounds = Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a whole number over 0, not ${values.rounds}`);
  return { articles, backend: values.backend, rounds, buildOnly: values['build-only'], pgServer: values.pg.replace(/\/+$/, '') };
}

/** A finished build, kept in the database's bench_build table. */
interface BuildMark {
  /** the bulk of the articles: SQLite through Store.articles.save with commits grouped; PostgreSQL copied from the SQLite build */
  bulk: { articles: number; seconds: number; how: string };
  /** the last articles, saved one transaction each through Store.articles.save into the nearly full database: the ingest rate */
  ingest: { articles: number; seconds: number };
  builtAt: string;
}
/** How one backend's benchmark database is opened, counted, marked and measured. */
interface Target {
  describe: string;
  open(): Promise<Store>;
  /** latest articles already stored (a resumed build starts after them) */
  count(): Promise<number>;
  mark(): Promise<BuildMark | null>;
  setMark(m: BuildMark): Promise<void>;
  /** bytes on disk */
  size(): Promise<number>;
  /** PostgreSQL: fills a fresh database with the first `cut` articles by a bulk path (see pgBulkCopy) */
  bulk?(cut: number): Promise<BuildMark['bulk']>;
}

function sqliteTarget(n: number): Target {
  const dir = join(tmpdir(), 'argus-bench');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `scale-${n}.db`);
  const withDb = <T>(fn: (d: Database.Database) => T, readonly = false): T => {
    const d = new Database(path, { readonly });
    d.pragma('busy_timeout = 10000');
    try {
      return fn(d);
    } finally {
      d.close();
    }
  };
  const markTable = 'CREATE TABLE IF NOT EXISTS bench_build (generator TEXT, info TEXT)';
  return {
    describe: path,
    open: async () => openSqliteStore(path),
    count: async () => (existsSync(path) ? withDb((d) => d.prepare('SELECT count(*) FROM articles WHERE is_latest = 1').pluck().get() as number, true) : 0),
    mark: async () => {
      if (!existsSync(path)) return null;
      return withDb((d) => {
        if (!d.prepare("SELECT 1 FROM sqlite_master WHERE name = 'bench_build'").get()) return null;
        const info = d.prepare('SELECT info FROM bench_build WHERE generator = ?').pluck().get(GENERATOR) as string | undefined;
        return info ? (JSON.parse(info) as BuildMark) : null;
      }, true);
    },
    setMark: async (m) => {
      withDb((d) => {
        d.exec(markTable);
        d.prepare('INSERT INTO bench_build VALUES (?, ?)').run(GENERATOR, JSON.stringify(m));
      });
    },
    size: async () => {
      withDb((d) => d.pragma('wal_checkpoint(TRUNCATE)'));
      return ['', '-wal'].reduce((s, x) => s + (existsSync(path + x) ? statSync(path + x).size : 0), 0);
    },
  };
}

async function pgTarget(server: string, n: number): Promise<Target> {
  const name = `argus_bench_${n}`;
  const url = `${server}/${name}`;
  const admin = new pg.Client({ connectionString: `${server}/postgres` });
  await admin.connect();
  try {
    const have = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (have.rowCount === 0) await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const q = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      return (await c.query<T>(sql, params)).rows;
    } finally {
      await c.end();
    }
  };
  const markTable = 'CREATE TABLE IF NOT EXISTS bench_build (generator TEXT, info TEXT)';
  const { openPostgresStore } = await import('../src/store/postgres/store.js');
  return {
    describe: url,
    open: () => openPostgresStore(url, { max: 16 }),
    count: async () => {
      const t = await q<{ t: string | null }>("SELECT to_regclass('articles')::text AS t");
      if (!t[0]?.t) return 0;
      return Number((await q<{ n: string }>('SELECT count(*) AS n FROM articles WHERE is_latest = 1'))[0]?.n ?? 0);
    },
    mark: async () => {
      await q(markTable);
      const r = await q<{ info: string }>('SELECT info FROM bench_build WHERE generator = $1', [GENERATOR]);
      return r[0] ? (JSON.parse(r[0].info) as BuildMark) : null;
    },
    setMark: async (m) => {
      await q(markTable);
      await q('INSERT INTO bench_build VALUES ($1, $2)', [GENERATOR, JSON.stringify(m)]);
      // fresh statistics for the planner, as autovacuum would give a long-lived database
      await q('VACUUM ANALYZE');
    },
    size: async () => Number((await q<{ n: string }>('SELECT pg_database_size(current_database()) AS n'))[0]?.n ?? 0),
    bulk: async (cut) => {
      const source = sqliteTarget(n);
      if (!existsSync(source.describe)) {
        throw new Error(`the PostgreSQL build copies its bulk from the SQLite one: start \`npm run bench scale -- --articles ${n} --backend sqlite --build-only\` first`);
      }
      const admin = new pg.Client({ connectionString: `${server}/postgres` });
      await admin.connect();
      try {
        await admin.query(`DROP DATABASE IF EXISTS ${name}`);
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      await (await openPostgresStore(url)).close(); // the migrations
      const r = await pgBulkCopy(source.describe, { connectionString: url }, cut, async () => (await source.mark()) !== null, (s) => process.stderr.write(`${s}\n`));
      return { articles: cut, seconds: r.seconds, how: 'copied from the SQLite build by bench/scale-pg.ts (the rows Store.articles.save writes), indexes built after' };
    },
  };
}

/**
 * Saves articles [from, to) of the n-article sequence through Store.articles.save; returns the seconds it took. With
 * commitEvery > 1 (SQLite) the saves run inside one outer transaction per group, where each save's own transaction
 * is a savepoint: the same statements and rows, fewer commits.
 */
async function build(store: Store, from: number, to: number, n: number, o: { commitEvery: number }): Promise<number> {
  const kb = loadSyntheticKb();
  const corpus = loadCorpus();
  const db = o.commitEvery > 1 && store instanceof SqliteStore ? store.db : null;
  const t0 = performance.now();
  let i = 0;
  let done = 0;
  for (const s of syntheticArticles(n, SEED, corpus)) {
    const at = i++;
    if (at < from) continue;
    if (at >= to) break;
    if (db && (at - from) % o.commitEvery === 0) {
      if (db.inTransaction) db.exec('COMMIT');
      db.exec('BEGIN IMMEDIATE');
    }
    // one generator per article: a resumed build writes exactly what an uninterrupted one would
    await store.articles.save(syntheticSaveInput(kb, seededRandom(SEED * 1_000_003 + at), at, s));
    if (++done % 20_000 === 0) {
      const sec = (performance.now() - t0) / 1000;
      process.stderr.write(`  saved ${from + done}/${n} (${(done / sec).toFixed(0)} articles/s, ${sec.toFixed(0)} s)\n`);
    }
  }
  if (db?.inTransaction) db.exec('COMMIT');
  return (performance.now() - t0) / 1000;
}

/** Builds the benchmark database: the bulk of the articles, then the last ones timed one transaction each. */
async function buildAll(o: ScaleOptions, target: Target): Promise<BuildMark> {
  const n = o.articles;
  const tail = Math.min(Math.floor(n / 10), o.backend === 'sqlite' ? 20_000 : 3_000);
  const cut = n - tail;
  let have = await target.count();
  console.log(`scale ${o.backend}: building ${n} synthetic articles in ${target.describe}${have ? ` (resuming after ${have})` : ''}…`);
  let bulk: BuildMark['bulk'] = { articles: 0, seconds: 0, how: 'resumed: the bulk was stored by an earlier, interrupted run' };
  if (have < cut) {
    if (target.bulk) {
      bulk = await target.bulk(cut);
    } else {
      const store = await target.open();
      try {
        const seconds = await build(store, have, cut, n, { commitEvery: 500 });
        bulk = { articles: cut - have, seconds, how: 'Store.articles.save, 500 saves per commit' };
      } finally {
        await store.close();
      }
    }
    have = cut;
  }
  console.log(`scale ${o.backend}: bulk done; saving the last ${n - have} articles one transaction each (the ingest rate)…`);
  const store = await target.open();
  let seconds: number;
  try {
    seconds = await build(store, have, n, n, { commitEvery: 1 });
  } finally {
    await store.close();
  }
  const stored = await target.count();
  if (stored !== n) throw new Error(`the build stored ${stored} latest articles, expected ${n}`);
  const mark: BuildMark = { bulk, ingest: { articles: n - have, seconds }, builtAt: new Date().toISOString() };
  await target.setMark(mark);
  return mark;
}

const label = (q: SearchQuery): string => {
  const f = Object.entries(q).filter(([k]) => k !== 'text').map(([k, v]) => `${k}=${String(v)}`);
  return [q.text, ...f].join(' ');
};

async function measure(store: Store, rounds: number): Promise<NonNullable<ScaleResult['search']>> {
  const per = new Map<string, { samples: number[]; total: number }>();
  // one untimed pass: the page cache and the statement caches warm, as in a server that has been up a while
  for (const q of SEARCH_QUERIES) await store.search.search({ ...q, limit: 20 });
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of SEARCH_QUERIES) {
      const t = performance.now();
      const res = await store.search.search({ ...q, limit: 20 });
      const ms = performance.now() - t;
      samples.push(ms);
      const e = per.get(label(q)) ?? { samples: [], total: res.total };
      e.samples.push(ms);
      per.set(label(q), e);
    }
  }
  const pct = (xs: number[], p: number): number => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.floor(p * s.length))] as number;
  };
  return {
    queries: samples.length, p50: pct(samples, 0.5), p95: pct(samples, 0.95), max: Math.max(...samples),
    perQuery: [...per].map(([query, e]) => ({ query, p50: pct(e.samples, 0.5), max: Math.max(...e.samples), total: e.total })),
  };
}

export async function benchScale(o: ScaleOptions): Promise<ScaleResult> {
  const target = o.backend === 'sqlite' ? sqliteTarget(o.articles) : await pgTarget(o.pgServer, o.articles);
  let mark = await target.mark();
  if (!mark) mark = await buildAll(o, target);
  const rate = (x: { articles: number; seconds: number }): string => `${x.articles} articles in ${x.seconds.toFixed(0)} s = ${(x.articles / x.seconds).toFixed(0)} articles/s`;
  console.log(`scale ${o.backend}: bulk ${rate(mark.bulk)} (${mark.bulk.how})`);
  console.log(`scale ${o.backend}: ingest ${rate(mark.ingest)} (the last articles, Store.articles.save one transaction each${o.backend === 'postgres' ? ', one at a time' : ''}; built ${mark.builtAt})`);
  const bytes = await target.size();
  console.log(`scale ${o.backend}: ${(bytes / 1e9).toFixed(2)} GB on disk = ${(bytes / o.articles / 1024).toFixed(1)} KB per article`);
  let search: ScaleResult['search'] = null;
  if (!o.buildOnly) {
    const store = await target.open();
    try {
      search = await measure(store, o.rounds);
    } finally {
      await store.close();
    }
    for (const p of search.perQuery) console.log(`  ${p.query.padEnd(44)} p50 ${p.p50.toFixed(1).padStart(7)} ms  max ${p.max.toFixed(1).padStart(7)} ms  total ${p.total}`);
    console.log(`scale ${o.backend}: search over ${o.articles} articles, ${search.queries} queries (${SEARCH_QUERIES.length} × ${o.rounds}): ` +
      `p50 ${search.p50.toFixed(1)} ms, p95 ${search.p95.toFixed(1)} ms, max ${search.max.toFixed(1)} ms (target p95 < ${o.backend === 'sqlite' ? 50 : 80} ms)`);
  }
  return { backend: o.backend, articles: o.articles, build: mark, search, bytes, bytesPerArticle: bytes / o.articles };
}

const isMain = process.argv[1] !== undefined && /bench\/scale\.ts$/.test(process.argv[1]);
if (isMain) await benchScale(parseScaleArgs(process.argv.slice(2)));
