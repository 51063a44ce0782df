// The ingest job queue on Redis (BullMQ): the job schema, the connection (URL, probe, outage reports), enqueuing and
// queue depth. `argus ingest --queue` and `argus watch --queue` enqueue; `argus worker` (queue-worker.ts) processes.
import { createHash } from 'node:crypto';
import { Queue, type JobsOptions } from 'bullmq';
import { Redis, type RedisOptions } from 'ioredis';
import { z } from 'zod';
import { ArgusError } from '../core/errors.js';
import type { ArticleInput } from '../core/input.js';
import { articleId } from '../core/ids.js';
import { httpUrlOrNull } from '../core/urls.js';
import { contentHash } from './ingest.js';

export { DEFAULT_QUEUE_NAME, DEFAULT_REDIS_URL, queueName, redisConfigured, redisUrl } from './queue-config.js';

/** the job schema this code writes and reads; a worker fails a job of another version by name (JOB_VERSION) */
export const JOB_VERSION = 1;
/** attempts of a job before it fails for good (exponential backoff between them: 1 s, 2 s, 4 s, 8 s) */
export const JOB_ATTEMPTS = 5;
export const JOB_BACKOFF_MS = 1000;

/** host:port of a Redis URL, for messages (never the password) */
export function redisWhere(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname || '127.0.0.1'}:${u.port || '6379'}`;
  } catch {
    return url.replace(/\/\/[^@/]*@/, '//');
  }
}

/** ioredis options from a redis:// or rediss:// URL (user, password, /db); a bad URL is a usage error. */
export function redisOptions(url: string): RedisOptions {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new ArgusError('USAGE', redisWhere(url), 'not a Redis URL: use redis://host:6379 or redis://:password@host:6379/0');
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') {
    throw new ArgusError('USAGE', redisWhere(url), `not a Redis URL (${u.protocol}): use redis://host:6379`);
  }
  const db = u.pathname.replace(/^\//, '');
  if (db && !/^\d{1,2}$/.test(db)) throw new ArgusError('USAGE', redisWhere(url), `not a Redis database number: ${db}`);
  return {
    host: u.hostname || '127.0.0.1',
    port: u.port ? Number(u.port) : 6379,
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: db ? Number(db) : 0,
    tls: u.protocol === 'rediss:' ? {} : undefined,
  };
}

/** A Redis failure in one line: refused, unknown host, timeout, login refused. */
export function redisError(url: string, e: unknown): ArgusError {
  const err = e as { code?: string; message?: string };
  const code = err.code ?? '';
  const msg = (err.message ?? String(e)).split('\n')[0] ?? '';
  const where = redisWhere(url);
  let why: string;
  if (code === 'ECONNREFUSED' || /ECONNREFUSED/.test(msg)) why = `cannot connect to Redis at ${where}: connection refused (is the server running?)`;
  else if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || /ENOTFOUND|EAI_AGAIN/.test(msg)) why = `cannot connect to Redis at ${where}: unknown host`;
  else if (code === 'ETIMEDOUT' || /timed? ?out/i.test(msg)) why = `cannot connect to Redis at ${where}: no answer in time`;
  else if (/WRONGPASS|NOAUTH|invalid password|AUTH/i.test(msg)) why = `Redis at ${where} refused the login: ${msg}`;
  else why = `cannot use Redis at ${where}: ${msg || code}`;
  return new ArgusError('QUEUE_CONNECT', where, why);
}

/** Connects once (no retries, a few seconds at most) and pings: a Redis that cannot be used throws QUEUE_CONNECT. */
export async function probeRedis(url: string, timeoutMs = 3000): Promise<void> {
  const client = new Redis({
    ...redisOptions(url), lazyConnect: true, connectTimeout: timeoutMs, maxRetriesPerRequest: 0, enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  // the socket's own error (ECONNREFUSED, ENOTFOUND) says more than the rejected connect ("Connection is closed")
  let socketError: unknown = null;
  client.on('error', (e) => { socketError ??= e; });
  try {
    await client.connect();
    await client.ping();
  } catch (e) {
    throw redisError(url, socketError ?? e);
  } finally {
    client.disconnect();
  }
}

/**
 * Reports a Redis outage in one line when it starts and one when it ends, whatever number of 'error' events the
 * reconnecting clients raise meanwhile. Its own client notices the return (BullMQ's clients reconnect by themselves).
 */
export class RedisHealth {
  private down = false;
  private readonly client: Redis;

  constructor(private readonly url: string, private readonly say: (line: string) => void) {
    this.client = new Redis({
      ...redisOptions(url), maxRetriesPerRequest: null, connectTimeout: 3000,
      retryStrategy: (times) => Math.min(200 * times, 2000),
    });
    this.client.on('error', (e) => this.lost(e));
    this.client.on('ready', () => this.back());
  }

  /** an 'error' from any client of this queue (Queue, Worker): one line per outage */
  lost(e: unknown): void {
    if (this.down) return;
    this.down = true;
    this.say(`${redisError(this.url, e).message}; waiting for it to come back (jobs resume then)`);
  }

  private back(): void {
    if (!this.down) return;
    this.down = false;
    this.say(`Redis at ${redisWhere(this.url)} is back; resuming`);
  }

  get isDown(): boolean {
    return this.down;
  }

  close(): void {
    this.client.disconnect();
  }
}

// ---- the job schema ----

const InputSchema = z.object({
  title: z.string(), subtitle: z.string().nullable(), text: z.string(), published: z.string().nullable(), url: z.string().nullable(),
  source: z.string().nullable(), byline: z.string().nullable(),
  dateline: z.object({ place: z.string().nullable(), text: z.string() }).nullable(), language: z.string().nullable(),
  warnings: z.array(z.object({ code: z.enum(['HTML_TOO_DEEP', 'HTML_TOO_LARGE', 'LONG_TOKEN_SPLIT', 'TEXT_TRUNCATED']), message: z.string() })).optional(),
}).loose();

/** an article read (file, JSONL line, feed item, fetched page) by the enqueuer: the worker analyzes and stores it */
const ArticleJob = z.object({
  v: z.literal(JOB_VERSION), kind: z.literal('article'), ref: z.string(), input: InputSchema,
  /** the page's bytes (base64) when it was fetched, stored compressed with the article */
  raw: z.string().nullable().optional(),
});

/** a URL the worker fetches: an article page (analyzed and stored) or a feed (its items are enqueued) */
const UrlJob = z.object({
  v: z.literal(JOB_VERSION), kind: z.literal('url'), ref: z.string(), url: z.string(),
  /** --published and --source of the enqueuer, for a page that gives none */
  published: z.string().nullable().optional(), source: z.string().nullable().optional(),
});

export const IngestJob = z.discriminatedUnion('kind', [ArticleJob, UrlJob]);
export type IngestJob = z.infer<typeof IngestJob>;

/**
 * Reads a job's data: a job of another schema version is JOB_VERSION, a job without the expected fields JOB_INVALID
 * (both named failures, never a crash).
 */
export function parseJob(data: unknown, jobId: string): IngestJob {
  const rec = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const ref = typeof rec.ref === 'string' ? rec.ref : `job ${jobId}`;
  if (rec.v !== JOB_VERSION) {
    throw new ArgusError('JOB_VERSION', ref, `job schema version ${JSON.stringify(rec.v ?? null)} is not one this worker knows (it reads version ${JOB_VERSION}); upgrade the worker or re-enqueue`);
  }
  const r = IngestJob.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new ArgusError('JOB_INVALID', ref, `the job does not have the expected fields (${issue ? `${issue.path.join('.') || 'job'}: ${issue.message}` : 'invalid'})`);
  }
  return r.data;
}

const hash = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 40);

/** Stable job id of an article: the same article (id and content) enqueued twice is one job while the first is kept. */
export function articleJobId(input: ArticleInput): string {
  return `a-${hash(`${articleId(httpUrlOrNull(input.url), input.text)}\n${contentHash(input)}`)}`;
}

export function urlJobId(url: string): string {
  return `u-${hash(url)}`;
}

export function articleJob(ref: string, input: ArticleInput, raw: Buffer | null = null): IngestJob {
  return { v: JOB_VERSION, kind: 'article', ref, input: input as z.infer<typeof InputSchema>, raw: raw ? raw.toString('base64') : null };
}

export function urlJob(url: string, defaults: { published?: string | null; source?: string | null } = {}): IngestJob {
  return { v: JOB_VERSION, kind: 'url', ref: url, url, published: defaults.published ?? null, source: defaults.source ?? null };
}

const JOB_OPTIONS: JobsOptions = {
  attempts: JOB_ATTEMPTS,
  backoff: { type: 'exponential', delay: JOB_BACKOFF_MS },
  // kept for a while so a second enqueue of the same article is recognised here; the store dedups after that
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 10_000 },
};

export interface QueueConnection {
  url: string;
  name: string;
  /** where outage lines go (default: stderr, prefixed "argus CMD: ") */
  say?: (line: string) => void;
  /** attempts per job and the first backoff delay (defaults JOB_ATTEMPTS, JOB_BACKOFF_MS) */
  attempts?: number;
  backoffMs?: number;
}

/**
 * The enqueuing side: a BullMQ queue whose commands wait out a Redis outage (reported once) instead of failing.
 * open() probes first, so an unreachable Redis at start is one QUEUE_CONNECT line.
 */
export class IngestQueue {
  readonly queue: Queue;
  /** outage reports of this connection (a worker shares it, so one outage is one line per process) */
  readonly health: RedisHealth;
  added = 0;

  private constructor(readonly conn: QueueConnection) {
    const say = conn.say ?? ((line: string) => process.stderr.write(`argus: ${line}\n`));
    this.health = new RedisHealth(conn.url, say);
    this.queue = new Queue(conn.name, {
      connection: { ...redisOptions(conn.url), maxRetriesPerRequest: null, retryStrategy: (times: number) => Math.min(200 * times, 2000) },
      defaultJobOptions: {
        ...JOB_OPTIONS, attempts: conn.attempts ?? JOB_ATTEMPTS, backoff: { type: 'exponential', delay: conn.backoffMs ?? JOB_BACKOFF_MS },
      },
    });
    this.queue.on('error', (e) => this.health.lost(e));
  }

  static async open(conn: QueueConnection): Promise<IngestQueue> {
    await probeRedis(conn.url);
    return new IngestQueue(conn);
  }

  async add(job: IngestJob, jobId: string, opts: JobsOptions = {}): Promise<void> {
    await this.queue.add(job.kind, job, { jobId, ...opts });
    this.added++;
  }

  async addArticle(ref: string, input: ArticleInput, raw: Buffer | null = null): Promise<void> {
    await this.add(articleJob(ref, input, raw), articleJobId(input));
  }

  /** a URL job leaves the queue when done, so the same URL enqueued later (a feed, a changed page) is fetched again */
  async addUrl(url: string, defaults: { published?: string | null; source?: string | null } = {}): Promise<void> {
    await this.add(urlJob(url, defaults), urlJobId(url), { removeOnComplete: true });
  }

  async close(): Promise<void> {
    await this.queue.close();
    this.health.close();
  }
}

export interface QueueDepth {
  name: string;
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
  completed: number;
}

/** Jobs per state of one queue (waiting counts prioritized jobs too). */
export async function depthOf(queue: Queue): Promise<QueueDepth> {
  const c = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed', 'completed');
  const n = (k: string): number => c[k] ?? 0;
  return { name: queue.name, waiting: n('waiting') + n('prioritized'), active: n('active'), delayed: n('delayed'), failed: n('failed'), completed: n('completed') };
}

/** The depth of a queue, opening and closing a connection (for `argus stats`); an unreachable Redis throws QUEUE_CONNECT. */
export async function queueDepth(url: string, name: string): Promise<QueueDepth> {
  await probeRedis(url);
  // read only: no queue metadata written for a name that may not exist
  const queue = new Queue(name, { connection: { ...redisOptions(url), maxRetriesPerRequest: 1, retryStrategy: () => null }, skipMetasUpdate: true });
  queue.on('error', () => undefined); // reported through the rejected call
  try {
    return await depthOf(queue);
  } catch (e) {
    throw redisError(url, e);
  } finally {
    await queue.close().catch(() => undefined);
  }
}

let cached: { key: string; queue: Queue; lastError: unknown } | null = null;

/**
 * The depth for the API: one connection kept for the life of the server, and an answer within `timeoutMs` (an error
 * line instead when Redis does not answer), so /api/stats stays fast while Redis is away.
 */
export async function queueDepthCached(url: string, name: string, timeoutMs = 250): Promise<QueueDepth | { name: string; error: string }> {
  const key = `${url}\n${name}`;
  if (cached?.key !== key) {
    void cached?.queue.close().catch(() => undefined);
    const queue = new Queue(name, {
      connection: { ...redisOptions(url), maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: (times: number) => Math.min(500 * times, 5000) },
      skipMetasUpdate: true,
    });
    const entry: { key: string; queue: Queue; lastError: unknown } = { key, queue, lastError: null };
    queue.on('error', (e) => { entry.lastError = e; }); // the answer says so
    cached = entry;
  }
  const entry = cached;
  const queue = entry.queue;
  let timer: NodeJS.Timeout | undefined;
  try {
    const depth = await Promise.race([
      depthOf(queue),
      new Promise<never>((_r, reject) => { timer = setTimeout(() => reject(new Error(`no answer in ${timeoutMs} ms`)), timeoutMs); }),
    ]);
    entry.lastError = null;
    return depth;
  } catch (e) {
    // the connection's own error (refused, unknown host) says more than a timeout
    return { name, error: redisError(url, entry.lastError ?? e).message };
  } finally {
    clearTimeout(timer);
  }
}

/** Closes the API's kept connection (server shutdown, tests). */
export async function closeCachedQueue(): Promise<void> {
  const c = cached;
  cached = null;
  await c?.queue.close().catch(() => undefined);
}
