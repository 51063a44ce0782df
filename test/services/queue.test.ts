// The ingest queue (BullMQ on the local Redis) with a worker in this process over a real SQLite file: enqueue and work,
// duplicate enqueues, a job of an unknown schema version, retries with backoff and a job that fails for good.
// The two-process test with a killed worker on PostgreSQL is in queue-kill.test.ts.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import type { Store } from '../../src/store/types.js';
import { Worker } from 'bullmq';
import { IngestQueue, closeCachedQueue, depthOf, redisOptions, urlJobId, type QueueDepth } from '../../src/services/queue.js';
import { createApp } from '../../src/server/app.js';
import { enqueueTargets } from '../../src/services/queue-enqueue.js';
import { IngestWorker, type IngestWorkerOptions, type JobOutcome } from '../../src/services/queue-worker.js';
import { REDIS_TEST_URL, redisSuite } from './queue-env.js';
import { stubAnalyzer } from './stub-analyzer.js';
import { startFixtureServer } from './http-fixture.js';
import { watchFeeds } from '../../src/services/watch.js';

const dir = mkdtempSync(join(tmpdir(), 'argus-queue-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const TOWNS = ['Vellmar', 'Ostrava Nova', 'Quillby', 'Harth', 'Lunden Cove'];

/** n invented articles, one per JSONL line */
function jsonl(name: string, n: number, offset = 0): string {
  const lines: string[] = [];
  for (let k = offset; k < offset + n; k++) {
    const town = TOWNS[k % TOWNS.length] as string;
    lines.push(JSON.stringify({
      title: `${town} ferry timetable changes for route ${k}`,
      text: `The ferry operator of ${town} changed the timetable of route ${k} on Monday. Harbour master Ilse Varga said the ${k + 4} daily crossings would start earlier. Commuters in ${town} welcomed the change to route ${k}.`,
      published: '2025-02-1' + String(k % 10), source: 'Coastal Ledger',
    }));
  }
  const p = join(dir, name);
  writeFileSync(p, lines.join('\n') + '\n');
  return p;
}

async function until(what: string, ok: () => Promise<boolean>, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** waits until nothing waits, runs or is delayed, and `done` jobs have finished (completed or failed) */
async function settled(queue: IngestQueue, done: number): Promise<QueueDepth> {
  let d: QueueDepth | null = null;
  try {
    await until(`${done} finished jobs`, async () => {
      d = await depthOf(queue.queue);
      return d.waiting + d.active + d.delayed === 0 && d.completed + d.failed >= done;
    });
  } catch (e) {
    throw new Error(`${e instanceof Error ? e.message : String(e)}; the queue: ${JSON.stringify(d)}`, { cause: e });
  }
  return d as unknown as QueueDepth;
}

/** A store whose saves fail (as if the database connection dropped) the first `failures` times, then work. */
function flakySaves(store: Store, failures: number): Store {
  let left = failures;
  const articles = new Proxy(store.articles, {
    get(target, key) {
      if (key === 'save') {
        return async (input: Parameters<Store['articles']['save']>[0]) => {
          if (left-- > 0) throw new Error('Connection terminated unexpectedly');
          return target.save(input);
        };
      }
      const v = Reflect.get(target, key) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
  return new Proxy(store, { get: (target, key) => (key === 'articles' ? articles : Reflect.get(target, key)) });
}

await redisSuite('queue: enqueue and work on Redis', (newQueueName) => {
  const start = async (store: Store, name: string, extra: Partial<IngestWorkerOptions> = {}): Promise<{ worker: IngestWorker; outcomes: Array<[string, JobOutcome]> }> => {
    const outcomes: Array<[string, JobOutcome]> = [];
    const worker = await IngestWorker.start(store, {
      url: REDIS_TEST_URL, name, concurrency: 2, say: () => undefined, onJob: (ref, o) => outcomes.push([ref, o]), ...extra,
    });
    return { worker, outcomes };
  };

  test('round trip: a JSONL file of 6 articles is 6 jobs, analyzed by the real pipeline and stored once each', async () => {
    const name = newQueueName();
    const store = openSqliteStore(join(dir, 'roundtrip.db'));
    const queue = await IngestQueue.open({ url: REDIS_TEST_URL, name });
    try {
      const s = await enqueueTargets(store, queue, [jsonl('six.jsonl', 6), join(dir, 'missing.txt')]);
      assert.equal(s.articles, 6);
      assert.equal(s.failed, 1, 'a missing file is a named failure of the enqueue');
      assert.equal(s.failures[0]?.code, 'NOT_FOUND');
      const before = await depthOf(queue.queue);
      assert.equal(before.waiting, 6);
      assert.equal((await store.reads.stats()).articles, 0, 'enqueuing stores nothing');
      const { worker } = await start(store, name, { threads: 1 });
      await settled(queue, 6);
      const summary = await worker.close();
      assert.equal(summary.new, 6);
      const st = await store.reads.stats();
      assert.equal(st.articles, 6);
      assert.ok(st.entities > 0, 'the real analyzer found entities');
      const a = (await store.articles.recent(10)).find((x) => x.title === 'Vellmar ferry timetable changes for route 0');
      assert.ok(a);
      const view = await store.articles.get(a.id);
      assert.ok(view?.analysis?.entities.some((e) => e.name === 'Ilse Varga'), 'the article was analyzed');
      assert.equal((await depthOf(queue.queue)).completed, 6);
    } finally {
      await queue.close();
      await store.close();
    }
  });

  test('duplicates: the same file enqueued three times is 5 jobs, and a copy under another job id is stored once', async () => {
    const name = newQueueName();
    const store = openSqliteStore(join(dir, 'dup.db'));
    const queue = await IngestQueue.open({ url: REDIS_TEST_URL, name });
    try {
      const file = jsonl('five.jsonl', 5, 100);
      await enqueueTargets(store, queue, [file]);
      await enqueueTargets(store, queue, [file]);
      assert.equal((await depthOf(queue.queue)).waiting, 5, 'the second enqueue added no job (same job ids)');
      const { worker, outcomes } = await start(store, name, { analyzer: stubAnalyzer });
      await settled(queue, 5);
      await enqueueTargets(store, queue, [file]); // done jobs are kept for a day: still no new job
      // the same article under another job id: what a re-delivered job, or one enqueued after its job was removed, is
      const first = (await queue.queue.getJobs(['completed'])).find((j) => (j.data as { ref: string }).ref === `${file}:1`);
      assert.ok(first);
      await queue.queue.add('article', first.data, { jobId: 'copy-of-first' });
      await settled(queue, 6);
      await worker.close();
      const st = await store.reads.stats();
      assert.equal(st.articles, 5);
      assert.equal(st.versions, 5);
      assert.deepEqual(outcomes.filter(([, o]) => o === 'duplicate').map(([r]) => r), [`${file}:1`]);
      assert.equal(outcomes.length, 6);
    } finally {
      await queue.close();
      await store.close();
    }
  });

  test('a job of an unknown schema version is a named failure (JOB_VERSION), not retried, and the worker goes on', async () => {
    const name = newQueueName();
    const store = openSqliteStore(join(dir, 'version.db'));
    const queue = await IngestQueue.open({ url: REDIS_TEST_URL, name });
    try {
      await queue.queue.add('article', { v: 99, kind: 'article', ref: 'future-format.jsonl:3', input: { body: 'from a newer Argus' } }, { jobId: 'future-1' });
      await queue.queue.add('article', { v: 1, kind: 'article', ref: 'broken.jsonl:1', input: { title: 42 } }, { jobId: 'broken-1' });
      await enqueueTargets(store, queue, [jsonl('after.jsonl', 2, 200)]);
      const { worker } = await start(store, name, { analyzer: stubAnalyzer });
      const d = await settled(queue, 4);
      const summary = await worker.close();
      assert.equal(d.failed, 2);
      assert.equal(d.completed, 2);
      assert.equal(summary.new, 2, 'the jobs after it were processed');
      assert.equal(summary.retried, 0);
      const job = await queue.queue.getJob('future-1');
      assert.equal(job?.attemptsMade, 1, 'failed at once, not retried');
      const failures = await store.log.failures(10);
      const v = failures.find((f) => f.ref === 'future-format.jsonl:3');
      assert.equal(v?.code, 'JOB_VERSION');
      assert.match(v?.message ?? '', /schema version 99 .*reads version 1/);
      const bad = failures.find((f) => f.ref === 'broken.jsonl:1');
      assert.equal(bad?.code, 'JOB_INVALID');
      assert.match(bad?.message ?? '', /input\.title/);
    } finally {
      await queue.close();
      await store.close();
    }
  });

  test('retries: a save that fails twice (database connection lost) is retried with backoff and stored once', async () => {
    const name = newQueueName();
    const real = openSqliteStore(join(dir, 'retry.db'));
    const queue = await IngestQueue.open({ url: REDIS_TEST_URL, name, attempts: 4, backoffMs: 100 });
    try {
      await enqueueTargets(real, queue, [jsonl('retry.jsonl', 1, 300)]);
      const t0 = Date.now();
      const { worker, outcomes } = await start(flakySaves(real, 2), name, { analyzer: stubAnalyzer });
      await settled(queue, 1);
      const summary = await worker.close();
      assert.equal(summary.retried, 2);
      assert.equal(summary.new, 1);
      assert.deepEqual(outcomes.map(([, o]) => o), ['retry', 'retry', 'new']);
      assert.ok(Date.now() - t0 >= 300, 'backoff 100 ms then 200 ms');
      assert.equal((await real.reads.stats()).articles, 1);
      assert.equal((await real.log.failures(10)).length, 0);
    } finally {
      await queue.close();
      await real.close();
    }
  });

  test('a job that fails on every attempt is a named failure in the ingest log with its ref and reason', async () => {
    const name = newQueueName();
    const real = openSqliteStore(join(dir, 'fail.db'));
    const queue = await IngestQueue.open({ url: REDIS_TEST_URL, name, attempts: 3, backoffMs: 50 });
    try {
      const file = jsonl('fail.jsonl', 1, 400);
      await enqueueTargets(real, queue, [file]);
      const { worker } = await start(flakySaves(real, 1000), name, { analyzer: stubAnalyzer });
      const d = await settled(queue, 1);
      const summary = await worker.close();
      assert.equal(d.failed, 1);
      assert.equal(summary.retried, 2);
      assert.equal(summary.failed, 1);
      const [f] = await real.log.failures(10);
      assert.equal(f?.ref, `${file}:1`);
      assert.equal(f?.code, 'JOB_FAILED');
      assert.match(f?.message ?? '', /all 3 attempts.*Connection terminated unexpectedly/);
      assert.equal((await real.reads.stats()).articles, 0);
    } finally {
      await queue.close();
      await real.close();
    }
  });

  test('URL jobs: a worker fetches a page (stored), a feed (its items become article jobs), and names what fails', async () => {
    const srv = await startFixtureServer();
    const name = newQueueName();
    const store = openSqliteStore(join(dir, 'urls.db'));
    const queue = await IngestQueue.open({ url: REDIS_TEST_URL, name, attempts: 2, backoffMs: 50 });
    try {
      const s = await enqueueTargets(store, queue, [`${srv.url}/rss.xml`, `${srv.url}/article/3`, `${srv.url}/gone`, `${srv.url}/malformed.xml`]);
      assert.equal(s.urls, 4);
      const { worker, outcomes } = await start(store, name, { analyzer: stubAnalyzer, fetch: { allowLoopback: true, perHostIntervalMs: 0 } });
      // 4 URL jobs (a done one leaves the queue), then the 2 article jobs of the feed's items
      const d = await settled(queue, 4);
      assert.equal(d.completed, 2);
      const summary = await worker.close();
      assert.equal(summary.feeds, 1);
      assert.equal(summary.new, 3, 'the page and the two feed items');
      assert.equal(d.failed, 2);
      const st = await store.reads.stats();
      assert.equal(st.articles, 3);
      assert.equal((await store.search.search({ text: 'harbour', source: 'Harbour Gazette' })).total, 2, 'the feed items, named after the feed');
      const failures = await store.log.failures(10);
      const gone = failures.find((f) => f.ref === `${srv.url}/gone`);
      assert.equal(gone?.code, 'HTTP_ERROR');
      assert.match(gone?.message ?? '', /after 2 attempts/, 'an HTTP error is retried');
      assert.equal(failures.find((f) => f.ref === `${srv.url}/malformed.xml`)?.code, 'INVALID_FEED');
      assert.deepEqual(outcomes.filter(([r]) => r === `${srv.url}/malformed.xml`).map(([, o]) => o), ['failed'], 'a broken feed is not retried');
    } finally {
      await queue.close();
      await store.close();
      await srv.close();
    }
  });

  test('watch --queue: polled feed items go to the queue, not the store, and a worker stores them', async () => {
    const srv = await startFixtureServer();
    const name = newQueueName();
    const store = openSqliteStore(join(dir, 'watch.db'));
    const queue = await IngestQueue.open({ url: REDIS_TEST_URL, name });
    try {
      await store.feeds.add(`${srv.url}/atom.xml`);
      await store.feeds.add(`${srv.url}/rss.xml`);
      await watchFeeds(store, {
        once: true, all: true, progress: false, fetch: { allowLoopback: true, perHostIntervalMs: 0 },
        sink: (ref, input, raw) => queue.addArticle(ref, input, raw),
      });
      assert.equal((await store.reads.stats()).articles, 0, 'nothing stored by the watcher');
      const waiting = (await depthOf(queue.queue)).waiting;
      assert.ok(waiting >= 3, `the feeds' items are queued (${waiting})`);
      const { worker } = await start(store, name, { analyzer: stubAnalyzer });
      await settled(queue, waiting);
      await worker.close();
      assert.equal((await store.reads.stats()).articles, waiting);
    } finally {
      await queue.close();
      await store.close();
      await srv.close();
    }
  });

  test('a job whose workers stopped 3 times while running it is a named failure, not run a fourth time', async () => {
    const name = newQueueName();
    const store = openSqliteStore(join(dir, 'poison.db'));
    const queue = await IngestQueue.open({ url: REDIS_TEST_URL, name });
    // a worker that takes the job and never finishes nor renews its lock: to the queue, a worker that died mid-job
    const hang = new Worker(name, () => new Promise(() => undefined), {
      connection: { ...redisOptions(REDIS_TEST_URL), maxRetriesPerRequest: null, retryStrategy: () => 500 }, concurrency: 4,
      lockDuration: 500, stalledInterval: 500, skipLockRenewal: true, maxStalledCount: 10,
    });
    try {
      const file = jsonl('poison.jsonl', 1, 600);
      await enqueueTargets(store, queue, [file]);
      const [job] = await queue.queue.getJobs(['waiting', 'active']);
      assert.ok(job?.id);
      await until('3 stalls', async () => ((await queue.queue.getJob(job.id as string))?.stalledCounter ?? 0) >= 3);
      await hang.close(true);
      const { worker, outcomes } = await start(store, name, { analyzer: stubAnalyzer, lockMs: 1000 });
      const d = await settled(queue, 1);
      await worker.close();
      assert.equal(d.failed, 1);
      assert.deepEqual(outcomes, [[`${file}:1`, 'failed']]);
      const [f] = await store.log.failures(5);
      assert.equal(f?.code, 'JOB_FAILED');
      assert.match(f?.message ?? '', /stopped \d+ times/);
      assert.equal((await store.reads.stats()).articles, 0);
    } finally {
      await hang.close(true);
      await queue.close();
      await store.close();
    }
  });

  test('/api/stats: the queue depth when ARGUS_REDIS_URL is set, an error line (fast) when Redis is away, none when unset', async () => {
    const name = newQueueName();
    const store = openSqliteStore(join(dir, 'api.db'));
    const queue = await IngestQueue.open({ url: REDIS_TEST_URL, name });
    const app = createApp({ store, files: new Map() });
    const stats = async (): Promise<Record<string, unknown>> => {
      const r = await app.request('http://127.0.0.1/api/stats', { headers: { host: '127.0.0.1' } });
      assert.equal(r.status, 200);
      return (await r.json()) as Record<string, unknown>;
    };
    const saved = { url: process.env.ARGUS_REDIS_URL, name: process.env.ARGUS_QUEUE_NAME };
    try {
      await enqueueTargets(store, queue, [jsonl('api.jsonl', 3, 500)]);
      process.env.ARGUS_REDIS_URL = REDIS_TEST_URL;
      process.env.ARGUS_QUEUE_NAME = name;
      const s = await stats();
      assert.equal(s.articles, 0);
      assert.deepEqual(s.queue, { name, waiting: 3, active: 0, delayed: 0, failed: 0, completed: 0 });
      await queue.queue.pause();
      await queue.queue.drain();
      assert.equal((s.queue as { waiting: number }).waiting, 3);
      assert.equal(((await stats()).queue as { waiting: number }).waiting, 0, 'not a cached answer: the queue moved, the database did not');
      process.env.ARGUS_REDIS_URL = 'redis://127.0.0.1:1';
      const t0 = Date.now();
      const away = (await stats()).queue as { error: string };
      assert.match(away.error, /cannot connect to Redis at 127\.0\.0\.1:1/);
      assert.ok(Date.now() - t0 < 1500, 'answers without waiting for Redis');
      delete process.env.ARGUS_REDIS_URL;
      assert.equal((await stats()).queue, undefined);
    } finally {
      for (const [k, v] of [['ARGUS_REDIS_URL', saved.url], ['ARGUS_QUEUE_NAME', saved.name]] as const) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      await closeCachedQueue();
      await queue.close();
      await store.close();
    }
  });

  test('a URL target is a URL job for a worker to fetch; the same URL twice while it waits is one job', async () => {
    const name = newQueueName();
    const store = openSqliteStore(join(dir, 'url.db'));
    const queue = await IngestQueue.open({ url: REDIS_TEST_URL, name });
    try {
      const s = await enqueueTargets(store, queue, ['https://news.example.org/a/1', 'https://news.example.org/a/1']);
      assert.equal(s.urls, 2);
      assert.equal((await depthOf(queue.queue)).waiting, 1);
      const job = await queue.queue.getJob(urlJobId('https://news.example.org/a/1'));
      assert.equal(job?.data.kind, 'url');
    } finally {
      await queue.close();
      await store.close();
    }
  });
});
