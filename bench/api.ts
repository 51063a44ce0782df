// API latency on the demo database: every dashboard route, p50/p95 from sequential requests, then throughput under
// 8 concurrent connections (autocannon). Target: p95 < 100 ms. Database: $ARGUS_BENCH_DB, else ./data/argus.db
// (the one `npm start` fills; the demo corpus is ingested when it is empty).
import autocannon from 'autocannon';
import { dbPath, openStore } from '../src/store/index.js';
import { ingestDemo } from '../src/services/demo.js';
import { startServer } from '../src/server/index.js';

const TARGET_P95_MS = 100;

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export interface ApiBenchRow {
  route: string;
  p50: number;
  p95: number;
  max: number;
  /** the first request, before the answer cache holds it */
  cold: number;
}

export async function benchApi(opts: { db?: string; rounds?: number } = {}): Promise<{ rows: ApiBenchRow[]; worstP95: number; reqPerSec: number }> {
  const path = opts.db ?? process.env.ARGUS_BENCH_DB ?? dbPath(null);
  const store = await openStore(path);
  try {
    if ((await store.reads.stats()).articles === 0) {
      console.log(`api: ${path} is empty; ingesting the demo corpus first…`);
      await ingestDemo(store);
    }
  } finally {
    await store.close();
  }
  const srv = await startServer({ dbPath: path, port: 0, host: '127.0.0.1', build: false });
  const get = async (p: string): Promise<unknown> => {
    const r = await fetch(srv.url + p);
    if (!r.ok) throw new Error(`${p}: HTTP ${r.status} ${await r.text()}`);
    return r.json();
  };
  try {
    const rutte = ((await get('/api/entities?q=Mark%20Rutte')) as { entities: Array<{ id: number }> }).entities[0]?.id ?? 1;
    const top = ((await get('/api/search?q=NATO&limit=1')) as { hits: Array<{ id: string }> }).hits[0]?.id ?? '';
    const g = (await get('/api/graph')) as { edges: Array<{ source: number; target: number }> };
    const edge = g.edges[0];
    const routes = [
      '/api/stats',
      '/api/search?q=Rutte', '/api/search?q=NATO', '/api/search?q=Ukraine%20sanctions&type=SANCTION', '/api/search?q=&country=JP', '/api/search?q=secretary&sort=date',
      `/api/articles/${top}`, `/api/entities/${rutte}`, '/api/entities/23', '/api/entities?q=Blinken',
      '/api/graph', '/api/graph?mode=mentions', `/api/graph?entity=${rutte}`, edge ? `/api/graph/evidence?a=${edge.source}&b=${edge.target}` : '/api/stats',
      '/api/places', '/api/places?type=ASSAULT', '/api/places/articles?name=Yokosuka',
      '/api/trends', `/api/trends?entity=${rutte}&entity=NATO`, '/api/watchlists', '/api/alerts',
    ];
    const rounds = opts.rounds ?? 40;
    const rows: ApiBenchRow[] = [];
    for (const r of routes) {
      const t0 = performance.now();
      await get(r);
      const cold = performance.now() - t0;
      const times: number[] = [];
      for (let i = 0; i < rounds; i++) {
        const t = performance.now();
        await get(r);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      rows.push({ route: r, p50: pct(times, 50), p95: pct(times, 95), max: times[times.length - 1] ?? 0, cold });
    }
    console.log(`api latency on ${path} (${rounds} sequential requests per route after one warm-up; target p95 < ${TARGET_P95_MS} ms):`);
    for (const r of rows) console.log(`  ${r.route.slice(0, 70).padEnd(70)} p50 ${r.p50.toFixed(1).padStart(6)} ms  p95 ${r.p95.toFixed(1).padStart(6)} ms  first ${r.cold.toFixed(0).padStart(5)} ms`);
    const worst = rows.reduce((a, b) => (b.p95 > a.p95 ? b : a));
    const mixed = await autocannon({
      url: srv.url, connections: 8, duration: 5,
      requests: routes.map((p) => ({ method: 'GET' as const, path: p })),
    });
    console.log(`api: worst p95 ${worst.p95.toFixed(1)} ms (${worst.route}) ${worst.p95 < TARGET_P95_MS ? 'PASS' : 'FAIL'}; ` +
      `mixed routes, 8 connections: ${mixed.requests.average.toFixed(0)} req/s, p50 ${mixed.latency.p50} ms, p97.5 ${mixed.latency.p97_5} ms, p99 ${mixed.latency.p99} ms, errors ${mixed.errors + mixed.non2xx}`);
    return { rows, worstP95: worst.p95, reqPerSec: mixed.requests.average };
  } finally {
    await srv.close();
  }
}

if (process.argv[1] && /bench[/\\]api\.ts$/.test(process.argv[1])) {
  await benchApi();
}
