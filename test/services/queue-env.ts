// Redis for the queue tests: ARGUS_TEST_REDIS_URL or redis://127.0.0.1:6379, each test file on queues of its own
// (unique names, obliterated at the end). Without a server, `redisSuite` registers one skipped test that says why, or
// under CI=true one failing test (CI machines run Redis; a suite that silently did not run must fail the build).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { Queue } from 'bullmq';
import { probeRedis, redisOptions } from '../../src/services/queue.js';

export const REDIS_TEST_URL = process.env['ARGUS_TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/** null when Redis answers, else why not */
export async function redisUnavailable(url = REDIS_TEST_URL): Promise<string | null> {
  try {
    await probeRedis(url, 2000);
    return null;
  } catch (e) {
    return `no Redis at ${url} (${e instanceof Error ? e.message : String(e)}); set ARGUS_TEST_REDIS_URL`;
  }
}

/** Removes a queue and all its jobs. */
export async function obliterateQueue(name: string, url = REDIS_TEST_URL): Promise<void> {
  const q = new Queue(name, { connection: { ...redisOptions(url), maxRetriesPerRequest: 1, retryStrategy: () => null }, skipMetasUpdate: true });
  q.on('error', () => undefined);
  try {
    await q.obliterate({ force: true });
  } finally {
    await q.close();
  }
}

/**
 * Registers the Redis tests of one file, or the line that says they did not run. `register` receives a factory of
 * fresh queue names (obliterated after the file's tests).
 */
export async function redisSuite(what: string, register: (newQueueName: () => string) => void): Promise<void> {
  const why = await redisUnavailable();
  if (why) {
    if (process.env['CI'] === 'true') test(`${what} need Redis on CI`, () => assert.fail(`${why}; CI=true requires the queue tests to run`));
    else test(`${what}: skipped`, { skip: why }, () => undefined);
    return;
  }
  const names: string[] = [];
  after(async () => {
    for (const n of names) await obliterateQueue(n).catch(() => undefined);
  });
  register(() => {
    const n = `argus-test-${process.pid}-${names.length}-${Math.random().toString(36).slice(2, 8)}`;
    names.push(n);
    return n;
  });
}
