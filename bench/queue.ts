// Queue throughput on PostgreSQL: demo releases enqueued (`argus ingest --queue`) and processed by 1 and then 2
// `argus worker` processes (each: 2 jobs at once, 1 analysis thread), end to end from the first enqueue to the last
// article stored. The workers start (and load their models) before the clock starts. Peers in the same run: the 1-worker
// run, and `argus ingest` of the same batch in one process (no queue, 1 analysis thread) into PostgreSQL.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { Queue } from 'bullmq';
import { copyReleases } from './store.js';
import { probeRedis, redisOptions } from '../src/services/queue.js';

const PG_URL = process.env['ARGUS_BENCH_PG_URL'] ?? process.env['ARGUS_TEST_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env['ARGUS_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

function argus(args: string[], env: Record<string, string>): { child: ChildProcess; stderr: () => string; exit: Promise<number | null> } {
  let err = '';
  const child = spawn(process.execPath, ['bin/argus.js', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr?.on('data', (d: Buffer) => { err += d.toString(); });
  return { child, stderr: () => err, exit: new Promise((r) => child.on('exit', r)) };
}

async function until(ok: () => Promise<boolean> | boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error(`bench queue: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function benchQueue(n = 400): Promise<{ one: number; two: number } | null> {
  try {
    await probeRedis(REDIS_URL);
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    await c.end();
  } catch (e) {
    console.log(`queue: skipped, needs PostgreSQL (${PG_URL}) and Redis (${REDIS_URL}): ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
  const dir = mkdtempSync(join(tmpdir(), 'argus-bench-queue-'));
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try {
    const count = copyReleases(join(dir, 'batch'), n);
    const run = async (workers: number): Promise<{ rate: number; enqueueS: number }> => {
      const tag = `${process.pid}_${workers}_${Math.random().toString(36).slice(2, 7)}`;
      const schema = `argus_bench_queue_${tag}`;
      const env = { ARGUS_DATABASE_URL: `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}schema=${schema}`, ARGUS_REDIS_URL: REDIS_URL, ARGUS_QUEUE_NAME: `argus-bench-${tag}` };
      const procs: Array<ReturnType<typeof argus>> = [];
      try {
        // the schema first (migrations), then the workers, ready and with their models loaded, then the clock
        const init = argus(['stats'], env);
        await init.exit;
        for (let k = 0; k < workers; k++) procs.push(argus(['worker', '--concurrency', '2', '--threads', '1'], env));
        await until(() => procs.every((p) => p.stderr().includes('taking jobs')), 120_000, 'the workers');
        await new Promise((r) => setTimeout(r, 4000));
        const stored = async (): Promise<number> => Number((await admin.query(`SELECT count(*) AS n FROM ${schema}.articles`)).rows[0].n);
        const t0 = performance.now();
        const enq = argus(['ingest', '--queue', '--no-progress', join(dir, 'batch')], env);
        if ((await enq.exit) !== 0) throw new Error(`bench queue: enqueue failed: ${enq.stderr()}`);
        const enqueueS = (performance.now() - t0) / 1000;
        await until(async () => (await stored()) >= count, 30 * 60_000, `${count} articles`);
        const seconds = (performance.now() - t0) / 1000;
        return { rate: count / seconds, enqueueS };
      } finally {
        for (const p of procs) p.child.kill('SIGTERM');
        await Promise.all(procs.map((p) => p.exit));
        const q = new Queue(env.ARGUS_QUEUE_NAME, { connection: { ...redisOptions(REDIS_URL), maxRetriesPerRequest: 1, retryStrategy: () => null }, skipMetasUpdate: true });
        await q.obliterate({ force: true }).catch(() => undefined);
        await q.close();
        await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      }
    };
    const inProcess = async (): Promise<number> => {
      const schema = `argus_bench_queue_${process.pid}_inproc`;
      try {
        const t0 = performance.now();
        const p = argus(['ingest', '--no-progress', '--workers', '1', join(dir, 'batch')], { ARGUS_DATABASE_URL: `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}schema=${schema}` });
        if ((await p.exit) !== 0) throw new Error(`bench queue: ingest failed: ${p.stderr()}`);
        return count / ((performance.now() - t0) / 1000);
      } finally {
        await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      }
    };
    const peer = await inProcess();
    const one = await run(1);
    const two = await run(2);
    console.log(`queue (BullMQ on Redis, PostgreSQL store): ${count} releases end to end (enqueue ${one.enqueueS.toFixed(1)} s / ${two.enqueueS.toFixed(1)} s of it): ` +
      `1 worker ${one.rate.toFixed(1)} articles/s, 2 workers ${two.rate.toFixed(1)} articles/s -> ${(two.rate / one.rate).toFixed(2)}x; ` +
      `peer: argus ingest in one process (start-up included) ${peer.toFixed(1)} articles/s`);
    return { one: one.rate, two: two.rate };
  } finally {
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  }
}
