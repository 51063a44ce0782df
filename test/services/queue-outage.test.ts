// Redis going away mid-ingest: a private redis-server (its own port and folder) is shut down while a worker runs and an
// enqueuer adds; each says so in one line, neither crashes on the clients' 'error' events, and both resume when the
// server is back (its data saved on shutdown and loaded again). Also: an unreachable Redis at start is one line, exit 2.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { IngestQueue, depthOf } from '../../src/services/queue.js';
import { enqueueTargets } from '../../src/services/queue-enqueue.js';
import { IngestWorker } from '../../src/services/queue-worker.js';
import { stubAnalyzer } from './stub-analyzer.js';

const REDIS_SERVER = process.env['ARGUS_TEST_REDIS_SERVER'] ?? 'redis-server';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function until(what: string, ok: () => Promise<boolean> | boolean, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const probe = spawnSync(REDIS_SERVER, ['--version'], { encoding: 'utf8' });
if (probe.status !== 0) {
  const why = `no ${REDIS_SERVER} binary to start a private Redis (${probe.error?.message ?? probe.stderr}); set ARGUS_TEST_REDIS_SERVER`;
  if (process.env['CI'] === 'true') test('queue: Redis outage needs redis-server on CI', () => assert.fail(why));
  else test('queue: Redis going away mid-ingest: skipped', { skip: why }, () => undefined);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'argus-queue-outage-'));
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let server: ChildProcess | null = null;
  const startServer = async (): Promise<void> => {
    server = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--dbfilename', 'dump.rdb', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    await until('the private Redis', async () => {
      const c = new Redis({ port, lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
      c.on('error', () => undefined);
      try {
        await c.connect();
        return (await c.ping()) === 'PONG';
      } catch {
        return false;
      } finally {
        c.disconnect();
      }
    }, 10_000);
  };
  const stopServer = async (): Promise<void> => {
    const c = new Redis({ port, maxRetriesPerRequest: 0, retryStrategy: () => null });
    c.on('error', () => undefined);
    const exited = new Promise((r) => server?.once('exit', r));
    await c.call('SHUTDOWN', 'SAVE').catch(() => undefined); // the connection closes as the server stops
    c.disconnect();
    await exited;
  };
  after(() => {
    (server as ChildProcess | null)?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  test('queue: Redis goes away while a worker and an enqueuer run: one line each, no crash, both resume when it is back', { timeout: 90_000 }, async () => {
    await startServer();
    const store = openSqliteStore(join(dir, 'outage.db'));
    const lines: string[] = [];
    const say = (who: string) => (l: string): void => { lines.push(`${who}: ${l}`); };
    const lines1 = (k: number): string => JSON.stringify({
      title: `Orchard cooperative of Fennick sets harvest date ${k}`,
      text: `The orchard cooperative of Fennick set the start of harvest ${k} for the third week of September. Chairwoman Odile Mark said ${k + 30} pickers were hired.`,
      published: '2025-09-01', source: 'Fennick Weekly',
    });
    writeFileSync(join(dir, 'first.jsonl'), Array.from({ length: 20 }, (_, k) => lines1(k)).join('\n') + '\n');
    writeFileSync(join(dir, 'second.jsonl'), Array.from({ length: 10 }, (_, k) => lines1(100 + k)).join('\n') + '\n');
    const queue = await IngestQueue.open({ url, name: 'outage', say: say('enqueuer') });
    const worker = await IngestWorker.start(store, { url, name: 'outage', concurrency: 1, analyzer: stubAnalyzer, lockMs: 5000, say: say('worker') });
    try {
      await enqueueTargets(store, queue, [join(dir, 'first.jsonl')]);
      await until('the first articles', async () => (await store.reads.stats()).articles >= 20);

      await stopServer();
      // enqueuing while Redis is away waits for it instead of failing
      const pending = enqueueTargets(store, queue, [join(dir, 'second.jsonl')]);
      await new Promise((r) => setTimeout(r, 3000));
      const down = lines.filter((l) => /connection refused .*waiting for it to come back/.test(l));
      assert.deepEqual(down.map((l) => l.split(':')[0]).sort(), ['enqueuer', 'worker'], `one line each:\n${lines.join('\n')}`);

      await startServer();
      const s = await pending;
      assert.equal(s.articles, 10);
      await until('the articles enqueued during the outage', async () => (await store.reads.stats()).articles >= 30);
      await until('the back lines', () => lines.filter((l) => /is back; resuming/.test(l)).length >= 2);
      assert.equal((await store.reads.stats()).articles, 30);
      assert.equal((await depthOf(queue.queue)).failed, 0);
      assert.equal(lines.filter((l) => /waiting for it to come back/.test(l)).length, 2, `one line per client per outage:\n${lines.join('\n')}`);
    } finally {
      if (server?.exitCode !== null) await startServer(); // a worker cannot close while its Redis is away
      await worker.close();
      await queue.close();
      await store.close();
    }
  });

  test('queue: an unreachable Redis at start is one line with the usage exit code, for worker and ingest --queue', async () => {
    const closed = `redis://127.0.0.1:${await freePort()}`;
    for (const args of [['worker'], ['ingest', '--queue', join(dir, 'first.jsonl')]]) {
      const r = spawnSync(process.execPath, ['bin/argus.js', ...args, '--redis', closed, '--db', join(dir, 'cli.db')],
        { encoding: 'utf8', timeout: 60_000 });
      assert.equal(r.status, 2, r.stderr);
      const lines = r.stderr.trim().split('\n');
      assert.equal(lines.length, 1, r.stderr);
      assert.match(lines[0] ?? '', /^argus (worker|ingest): 127\.0\.0\.1:\d+: cannot connect to Redis at 127\.0\.0\.1:\d+: connection refused .*\(QUEUE_CONNECT\)$/);
    }
  });
}
