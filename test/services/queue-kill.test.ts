// Two `argus worker` processes (the real CLI) on one queue and one PostgreSQL database, 500 articles, one worker killed
// with SIGKILL mid-batch: its jobs go back to the queue when their lock runs out, the other worker finishes them, and
// the database holds exactly 500 articles, each once. Then SIGTERM stops the survivor cleanly.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { PG_TEST_URL, dropPgSchema, pgUnavailable } from '../store/pg-env.js';
import { REDIS_TEST_URL, obliterateQueue, redisUnavailable } from './queue-env.js';
import { openPostgresStore } from '../../src/store/postgres/store.js';
import { IngestQueue } from '../../src/services/queue.js';
import { enqueueTargets } from '../../src/services/queue-enqueue.js';

const N = 500;
const LOCK_S = 3;

function articles(path: string): void {
  const places = ['Marrowgate', 'Sunhollow', 'Pelt Harbour', 'Kestrel Fields', 'Dunmire'];
  const lines: string[] = [];
  for (let k = 0; k < N; k++) {
    const p = places[k % places.length] as string;
    lines.push(JSON.stringify({
      title: `${p} library extends opening hours, notice ${k}`,
      text: `The public library in ${p} will stay open until ${8 + (k % 4)} pm from next week, notice ${k} says. Librarian Tomas Reyl said ${k + 12} volunteers had signed up.`,
      published: `2025-06-${String(1 + (k % 28)).padStart(2, '0')}`, source: 'Valley Bulletin',
    }));
  }
  writeFileSync(path, lines.join('\n') + '\n');
}

interface Proc {
  child: ChildProcess;
  stderr: string;
  exit: Promise<number | null>;
}

function argus(args: string[], env: Record<string, string>): Proc {
  // bin/argus.js runs dist/ when it is up to date with src/, else the sources through tsx
  const child = spawn(process.execPath, ['bin/argus.js', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const p: Proc = { child, stderr: '', exit: new Promise((resolve) => child.on('exit', (code) => resolve(code))) };
  child.stderr?.on('data', (d: Buffer) => { p.stderr += d.toString(); });
  child.stdout?.resume();
  return p;
}

async function until(what: string, ok: () => Promise<boolean>, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const why = (await pgUnavailable()) ?? (await redisUnavailable());
if (why) {
  if (process.env['CI'] === 'true') test('queue: 2 workers, one killed, need PostgreSQL and Redis on CI', () => assert.fail(`${why}; CI=true requires this test to run`));
  else test('queue: 2 workers on PostgreSQL, one killed: skipped', { skip: why }, () => undefined);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'argus-queue-kill-'));
  const schema = `argus_qkill_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const queue = `argus-test-kill-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const db = `${PG_TEST_URL}${PG_TEST_URL.includes('?') ? '&' : '?'}schema=${schema}`;
  const procs: Proc[] = [];
  after(async () => {
    for (const p of procs) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
    await obliterateQueue(queue).catch(() => undefined);
    await dropPgSchema(schema).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  test(`queue: 2 worker processes on PostgreSQL, ${N} articles, one killed with SIGKILL mid-batch: exactly ${N} articles, none twice`, { timeout: 180_000 }, async (t) => {
    const env = { ARGUS_DATABASE_URL: db, ARGUS_REDIS_URL: REDIS_TEST_URL, ARGUS_QUEUE_NAME: queue };
    const file = join(dir, 'notices.jsonl');
    articles(file);
    const client = new pg.Client({ connectionString: PG_TEST_URL });
    await client.connect();
    try {
      const t0 = Date.now();
      // enqueued here (the CLI's `ingest --queue` does the same; queue.test.ts covers it), which also migrates the schema
      const store = await openPostgresStore(db);
      const q = await IngestQueue.open({ url: REDIS_TEST_URL, name: queue });
      try {
        assert.equal((await enqueueTargets(store, q, [file])).articles, N);
      } finally {
        await q.close();
        await store.close();
      }
      const count = async (): Promise<number> => Number((await client.query(`SELECT count(*) AS n FROM ${schema}.articles`)).rows[0].n);

      const workerArgs = ['worker', '--concurrency', '2', '--threads', '1', '--lock-timeout', String(LOCK_S)];
      const a = argus(workerArgs, env);
      const b = argus(workerArgs, env);
      procs.push(a, b);
      // kill one while both are busy: a fifth of the articles stored, and it has stored some itself
      await until('a fifth of the articles', async () => (await count()) >= N / 5, 120_000);
      const atKill = await count();
      const tKill = Date.now();
      a.child.kill('SIGKILL');
      assert.equal(await a.exit, null, 'killed by the signal');
      await until(`all ${N} articles`, async () => (await count()) >= N, 120_000);
      t.diagnostic(`killed at ${atKill}/${N} stored, ${((tKill - t0) / 1000).toFixed(1)} s after the enqueue began; all ${N} stored ${((Date.now() - tKill) / 1000).toFixed(1)} s later`);
      // the killed worker's jobs come back after the lock runs out; give a late duplicate the time to appear
      await new Promise((r) => setTimeout(r, (LOCK_S + 2) * 1000));

      const r = (await client.query(`SELECT count(*) AS rows, count(DISTINCT id) AS ids, count(*) FILTER (WHERE is_latest = 1) AS latest,
          max(version) AS maxv FROM ${schema}.articles`)).rows[0] as { rows: string; ids: string; latest: string; maxv: number };
      assert.equal(Number(r.rows), N, 'exactly N article rows');
      assert.equal(Number(r.ids), N, 'no article twice');
      assert.equal(Number(r.latest), N);
      assert.equal(Number(r.maxv), 1, 'no second version of any article');
      const analyses = Number((await client.query(`SELECT count(*) AS n FROM ${schema}.analyses`)).rows[0].n);
      assert.equal(analyses, N);
      const failed = Number((await client.query(`SELECT count(*) AS n FROM ${schema}.ingest_log WHERE status = 'failed'`)).rows[0].n);
      assert.equal(failed, 0);
      // the survivor saw the killed worker's jobs stall and ran them again
      assert.match(b.stderr, /was left by a worker that stopped; it runs again/, `survivor's stderr:\n${b.stderr}`);
      assert.ok(atKill < N, 'the kill came mid-batch');

      // SIGTERM: the survivor finishes what it has and exits 0 with its summary
      b.child.kill('SIGTERM');
      assert.equal(await b.exit, 0, b.stderr);
      assert.match(b.stderr, /SIGTERM: finishing the jobs under way/);
      assert.match(b.stderr, /worker: \d+ new, 0 updated, \d+ duplicate/);
    } finally {
      await client.end();
    }
  });
}
