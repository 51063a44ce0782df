// Load on the API: 200 connections for 20 s over a mix of search (random words, offsets, sorts), trends (random
// entities) and graph (random modes, types and entities) on the demo database. Target: 0 errors, p99 < 1 s, max < 3 s.
// The server runs in a child process (so the client's work does not stall it) and reports its longest event-loop stall.
// Loopback only. Database: $ARGUS_BENCH_DB, else ./data/argus.db (the demo corpus is ingested when it is empty).
//   node --import tsx bench/load.ts [--connections 200] [--seconds 20] [--db FILE]
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import http from 'node:http';
import { dbPath, openStore } from '../src/store/index.js';
import { startServer } from '../src/server/index.js';
import { seededRandom } from '../src/core/random.js';

const TARGET = { p99: 1000, max: 3000 };

function flag(name: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i !== -1 && process.argv[i + 1] ? (process.argv[i + 1] as string) : dflt;
}

/** Child mode: serve the database on a free loopback port, print the URL, and report the longest event-loop stall on exit. */
async function serveChild(path: string): Promise<void> {
  const loop = monitorEventLoopDelay({ resolution: 10 });
  // time on the server (request parsed to response written), to tell the server's delays from the client's
  const served: number[] = [];
  // ARGUS_LOAD_SLOWEST=N: the N slowest requests inside the server, with the CPU their handlers took, printed at the end
  const slowest = Number(process.env.ARGUS_LOAD_SLOWEST ?? 0);
  const slow: Array<{ ms: number; url: string }> = [];
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string, ...args: unknown[]): boolean {
    if (event === 'request') {
      const t0 = performance.now();
      const url = (args[0] as http.IncomingMessage).url ?? '';
      (args[1] as http.ServerResponse).once('finish', () => {
        const ms = performance.now() - t0;
        served.push(ms);
        if (slowest > 0) {
          slow.push({ ms, url });
          if (slow.length > slowest * 4) slow.sort((a, b) => b.ms - a.ms).length = slowest;
        }
      });
    }
    return (emit as (this: http.Server, e: string, ...a: unknown[]) => boolean).apply(this, [event, ...args]);
  } as typeof emit;
  const srv = await startServer({ dbPath: path, port: 0, host: '127.0.0.1', build: false });
  loop.enable();
  process.stdout.write(`URL ${srv.url}\n`);
  process.once('SIGUSR2', () => {
    // the measured run starts: only its CPU time counts
    cpuAtStart = process.cpuUsage();
    loop.reset();
    served.length = 0;
    slow.length = 0;
  });
  let cpuAtStart = process.cpuUsage();
  process.once('SIGTERM', () => {
    loop.disable();
    const cpu = process.cpuUsage(cpuAtStart);
    served.sort((a, b) => a - b);
    const servedP99 = served[Math.floor(served.length * 0.99)] ?? 0;
    if (slowest > 0) for (const x of slow.sort((a, b) => b.ms - a.ms).slice(0, slowest)) process.stderr.write(`  slow ${x.ms.toFixed(0)} ms ${x.url}\n`);
    process.stdout.write(`LOOP ${JSON.stringify({ maxMs: loop.max / 1e6, p99Ms: loop.percentile(99) / 1e6, cpuMs: (cpu.user + cpu.system) / 1000,
      servedP99: servedP99, servedMax: served[served.length - 1] ?? 0 })}\n`);
    void srv.close().then(() => process.exit(0));
  });
}

interface ServerReport {
  /** longest event-loop stall */
  maxMs: number;
  p99Ms: number;
  /** CPU time the server used during the measured run */
  cpuMs: number;
  /** time from a parsed request to its written response, inside the server */
  servedP99: number;
  servedMax: number;
}

async function startChild(path: string): Promise<{ url: string; child: ChildProcess; loop: Promise<ServerReport | null> }> {
  // ARGUS_LOAD_PROFILE=DIR: a CPU profile of the server, to see what a slow run spends its time on
  const prof = process.env.ARGUS_LOAD_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.ARGUS_LOAD_PROFILE}`] : [];
  const child = spawn(process.execPath, [...prof, '--import', 'tsx', import.meta.filename, '--serve-child', path], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  let gotLoop: (v: ServerReport | null) => void = () => undefined;
  const loop = new Promise<ServerReport | null>((resolve) => { gotLoop = resolve; });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => {
      reject(new Error(`the server exited with code ${code}`));
      gotLoop(null);
    });
    lines.on('line', (l) => {
      if (l.startsWith('URL ')) resolve(l.slice(4));
      if (l.startsWith('LOOP ')) gotLoop(JSON.parse(l.slice(5)) as ServerReport);
    });
  });
  return { url, child, loop };
}

interface Vocabulary {
  words: string[];
  entities: Array<{ id: number; name: string }>;
}

async function vocabulary(url: string): Promise<Vocabulary> {
  const get = async <T>(p: string): Promise<T> => {
    const r = await fetch(url + p);
    if (!r.ok) throw new Error(`${p}: HTTP ${r.status}`);
    return (await r.json()) as T;
  };
  const words = new Set<string>();
  for (const offset of [0, 100, 200, 300, 400]) {
    const s = await get<{ hits: Array<{ title: string; snippet: string }> }>(`/api/search?q=&sort=date&limit=100&offset=${offset}`);
    for (const h of s.hits) for (const w of `${h.title} ${h.snippet}`.split(/[^\p{L}\p{N}]+/u)) if (w.length >= 3) words.add(w.toLowerCase());
  }
  const g = await get<{ nodes: Array<{ id: number; name: string }> }>('/api/graph?mode=mentions&limit=300');
  return { words: [...words], entities: g.nodes.map((n) => ({ id: n.id, name: n.name })) };
}

const TYPES = ['ACCUSE', 'AGREE', 'AID', 'ASSAULT', 'COERCE', 'CONSULT', 'COOPERATE', 'MOBILIZE', 'PROTEST', 'REJECT', 'REQUEST', 'SANCTION', 'SUPPORT', 'THREATEN'];

/** A random API path: half searches, a quarter trends, a quarter graphs. */
export function randomPath(v: Vocabulary, rnd: () => number): string {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const enc = encodeURIComponent;
  const r = rnd();
  if (r < 0.5) {
    const n = 1 + Math.floor(rnd() * 3);
    const q = Array.from({ length: n }, () => pick(v.words)).join(rnd() < 0.2 ? ' OR ' : ' ');
    const extra = rnd() < 0.3 ? '&sort=date' : rnd() < 0.2 ? `&type=${pick(TYPES)}` : '';
    return `/api/search?q=${enc(q)}&offset=${Math.floor(rnd() * 200)}${extra}`;
  }
  if (r < 0.75) {
    const n = 1 + Math.floor(rnd() * 3);
    const ents = Array.from({ length: n }, () => pick(v.entities)).map((e) => `entity=${rnd() < 0.5 ? e.id : enc(e.name)}`);
    return `/api/trends?${ents.join('&')}${rnd() < 0.3 ? `&window=${7 + Math.floor(rnd() * 30)}` : ''}`;
  }
  const parts = [`mode=${rnd() < 0.5 ? 'events' : 'mentions'}`];
  if (rnd() < 0.6) parts.push(`entity=${pick(v.entities).id}`);
  if (rnd() < 0.3) parts.push(`type=${pick(TYPES)}`);
  if (rnd() < 0.3) parts.push(`limit=${5 + Math.floor(rnd() * 200)}`);
  return `/api/graph?${parts.join('&')}`;
}

export interface LoadResult {
  requests: number;
  errors: number;
  non2xx: number;
  timeouts: number;
  p50: number;
  p99: number;
  max: number;
  loopMaxMs: number | null;
  /** server CPU milliseconds per request: the cost that decides throughput on a free core, whatever else runs */
  cpuMsPerRequest: number | null;
  /** the same latencies measured inside the server (request parsed to response written) */
  serverP99: number | null;
  serverMax: number | null;
}

export async function benchLoad(opts: { db?: string; connections?: number; seconds?: number; seed?: number } = {}): Promise<LoadResult> {
  const path = opts.db ?? process.env.ARGUS_BENCH_DB ?? dbPath(null);
  const store = await openStore(path);
  try {
    if ((await store.reads.stats()).articles === 0) {
      console.log(`load: ${path} is empty; ingesting the demo corpus first…`);
      const { ingestDemo } = await import('../src/services/demo.js');
      await ingestDemo(store);
    }
  } finally {
    await store.close();
  }
  const { url, child, loop } = await startChild(path);
  try {
    const v = await vocabulary(url);
    const rnd = seededRandom(opts.seed ?? 14);
    const connections = opts.connections ?? 200;
    const duration = opts.seconds ?? 20;
    const statuses = new Map<number, number>();
    child.kill('SIGUSR2');
    const r = await autocannon({
      url, connections, duration, timeout: 30,
      requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: randomPath(v, rnd) }) }],
      setupClient: (client) => {
        client.on('response', (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1));
      },
    });
    child.kill('SIGTERM');
    const stall = await loop;
    await new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
    const res: LoadResult = {
      requests: r.requests.total, errors: r.errors, non2xx: r.non2xx, timeouts: r.timeouts,
      p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max, loopMaxMs: stall?.maxMs ?? null,
      cpuMsPerRequest: stall ? stall.cpuMs / Math.max(1, r.requests.total) : null,
      serverP99: stall?.servedP99 ?? null, serverMax: stall?.servedMax ?? null,
    };
    const ok = res.errors + res.non2xx === 0 && res.p99 < TARGET.p99 && res.max < TARGET.max;
    console.log(`load on ${path}: ${connections} connections for ${duration} s, search/trends/graph mix (${v.words.length} words, ${v.entities.length} entities)`);
    console.log(`  ${res.requests} requests (${(res.requests / duration).toFixed(0)}/s), errors ${res.errors}, non-2xx ${res.non2xx} ` +
      `(${[...statuses].filter(([s]) => s >= 300).map(([s, n]) => `${s}×${n}`).join(', ') || 'none'}), timeouts ${res.timeouts}`);
    const f0 = (x: number | null): string => (x === null ? '?' : x.toFixed(0));
    console.log(`  inside the server: p99 ${f0(res.serverP99)} ms, max ${f0(res.serverMax)} ms (from the parsed request to the written response)`);
    console.log(`  latency p50 ${res.p50} ms, p99 ${res.p99} ms, max ${res.max} ms; longest event-loop stall in the server ` +
      `${res.loopMaxMs === null ? '?' : res.loopMaxMs.toFixed(0)} ms; server CPU ${res.cpuMsPerRequest === null ? '?' : res.cpuMsPerRequest.toFixed(2)} ms per request — target 0 errors, p99 < ${TARGET.p99} ms, max < ${TARGET.max} ms: ${ok ? 'PASS' : 'FAIL'}`);
    return res;
  } finally {
    // give the server time to report and exit (a profile is written at exit), then make sure it is gone
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}

if (process.argv.includes('--serve-child')) {
  await serveChild(process.argv[process.argv.indexOf('--serve-child') + 1] ?? dbPath(null));
} else if (process.argv[1] && /bench[/\\]load\.ts$/.test(process.argv[1])) {
  await benchLoad({ db: process.argv.includes('--db') ? flag('db', '') : undefined, connections: Number(flag('connections', '200')), seconds: Number(flag('seconds', '20')) });
}
