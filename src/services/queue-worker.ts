// `argus worker`: takes ingest jobs off the Redis queue (BullMQ) and runs them against the configured store. An article
// job is analyzed and saved in one transaction; a URL job is fetched (a page is analyzed and saved, a feed's items are
// enqueued). Exactly once: the store saves an article id and content once even when two workers save it at the same
// moment (SQLite: one writer; PostgreSQL: a per-article advisory lock and unique keys), and a job re-delivered after a
// worker died finds its article stored and skips it. Input errors fail a job at once; other errors are retried with
// exponential backoff; a job that fails for good is a named failure in the ingest log (ref, code, reason).
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { ArgusError, isArgusError } from '../core/errors.js';
import type { Analysis } from '../core/analysis.js';
import type { ArticleInput } from '../core/input.js';
import { parseHtml } from '../ingest/html.js';
import { detectFeed, parseFeed } from '../ingest/feeds.js';
import { Fetcher, type FetchOptions } from '../ingest/fetch.js';
import type { SaveStatus, Store } from '../store/types.js';
import { StoryClusterer } from '../analytics/stories.js';
import { AnalyzerPool, defaultBudgetMs, sharedAnalyzer, type BudgetedResult } from './analysis-budget.js';
import { analyzeArticle, articleKeys, clusterAndSave, IngestService } from './ingest.js';
import { IngestQueue, parseJob, probeRedis, redisOptions, type IngestJob } from './queue.js';
import { catchUpWatchlists, evaluateWatchlists } from './watchlists.js';
import { hostOf } from '../core/urls.js';

/** Argus errors worth another attempt (the network); any other Argus error is the input's (no article text, analysis
 * over budget, a broken feed) and fails the job at once. Errors that are not Argus's (the database away) are retried. */
const RETRYABLE_CODES = new Set(['FETCH_FAILED', 'FETCH_TIMEOUT', 'HTTP_ERROR', 'READ_FAILED']);
/** a worker's cached view of recent articles (story clustering) is re-read this often: other workers add to it */
const CLUSTER_REFRESH_MS = 60_000;
/** a job whose workers stopped (died) this many times while running it is failed by name */
const POISON_STALLS = 3;
const CONNECTION_ERROR = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|EPIPE|EHOSTUNREACH|Connection is closed|connect ETIMEDOUT/i;

export interface IngestWorkerOptions {
  url: string;
  name: string;
  /** jobs processed at once (default 1) */
  concurrency?: number;
  /** analysis threads (default: min(concurrency, 1 per job)); 1 uses the process's shared analyzer */
  threads?: number;
  fetch?: Partial<FetchOptions>;
  /** a job whose worker stopped renewing its lock for this long goes back to the queue for another worker (default 30 s) */
  lockMs?: number;
  /** the analyzer (default: the NLP pipeline in worker threads under a time budget); tests may swap in another */
  analyzer?: (input: ArticleInput, opts: { id: string }) => Analysis;
  /** outage lines, stall notices (default: stderr) */
  say?: (line: string) => void;
  /** after each job */
  onJob?: (ref: string, outcome: JobOutcome) => void;
}

export type JobOutcome = SaveStatus | 'feed' | 'retry' | 'failed';

export interface WorkerSummary {
  batchId: number;
  new: number;
  updated: number;
  duplicate: number;
  /** feed URLs whose items were enqueued */
  feeds: number;
  /** attempts that failed and were put back with backoff */
  retried: number;
  /** jobs that failed for good (named failures in the ingest log) */
  failed: number;
  seconds: number;
}

export class IngestWorker {
  private readonly fetcher: Fetcher;
  private clusterer: StoryClusterer;
  private clusteredAt = Date.now();
  private pool: AnalyzerPool | null = null;
  private worker: Worker | null = null;
  private closing: Promise<WorkerSummary> | null = null;
  private readonly started = Date.now();
  readonly summary: WorkerSummary;

  private constructor(
    private readonly store: Store,
    private readonly opts: IngestWorkerOptions,
    private readonly queue: IngestQueue,
    batchId: number,
  ) {
    this.fetcher = new Fetcher(opts.fetch);
    this.clusterer = new StoryClusterer(store);
    this.summary = { batchId, new: 0, updated: 0, duplicate: 0, feeds: 0, retried: 0, failed: 0, seconds: 0 };
  }

  /** Probes Redis (QUEUE_CONNECT when it cannot be used), opens a batch in the ingest log and starts taking jobs. */
  static async start(store: Store, opts: IngestWorkerOptions): Promise<IngestWorker> {
    await probeRedis(opts.url);
    const say = opts.say ?? ((line: string) => process.stderr.write(`argus worker: ${line}\n`));
    const o = { ...opts, say };
    // alerts a killed worker owed for articles it had already committed
    if (!opts.analyzer) await catchUpWatchlists(store);
    const batchId = await store.log.startBatch(['worker', opts.name]);
    const queue = await IngestQueue.open({ url: opts.url, name: opts.name, say });
    const w = new IngestWorker(store, o, queue, batchId);
    w.run();
    return w;
  }

  private run(): void {
    // the analysis threads load their models now, not with the first job
    if (!this.opts.analyzer) {
      if ((this.opts.threads ?? 1) <= 1) sharedAnalyzer().warm();
      else this.pool ??= new AnalyzerPool(this.opts.threads ?? 1);
    }
    const lockMs = this.opts.lockMs ?? 30_000;
    const worker = new Worker(this.opts.name, (job: Job) => this.process(job), {
      connection: { ...redisOptions(this.opts.url), maxRetriesPerRequest: null, retryStrategy: (times: number) => Math.min(200 * times, 2000) },
      concurrency: this.opts.concurrency ?? 1,
      lockDuration: lockMs,
      stalledInterval: Math.max(1000, Math.min(30_000, lockMs)),
      // above POISON_STALLS: the processor fails such a job by name before BullMQ would fail it silently
      maxStalledCount: POISON_STALLS + 2,
      drainDelay: 2,
    });
    worker.on('error', (e) => {
      if (CONNECTION_ERROR.test(e.message)) this.queue.health.lost(e);
      else this.opts.say?.(`queue error: ${e.message.split('\n')[0] ?? ''}`);
    });
    worker.on('stalled', (jobId) => this.opts.say?.(`job ${jobId} was left by a worker that stopped; it runs again`));
    this.worker = worker;
  }

  /** One job: its outcome, or a thrown error (retried with backoff, or UnrecoverableError when it failed for good). */
  private async process(job: Job): Promise<{ status: JobOutcome }> {
    const id = job.id ?? '?';
    let parsed: IngestJob;
    try {
      parsed = parseJob(job.data, id);
    } catch (e) {
      const err = e as ArgusError;
      await this.failForGood(err.input ?? `job ${id}`, err);
      throw new UnrecoverableError(`[logged] ${err.toLine()}`);
    }
    const attempts = job.opts.attempts ?? 1;
    if (job.stalledCounter >= POISON_STALLS) {
      // the workers running it stopped each time (killed, out of memory): a named failure, not one more crash
      const err = new ArgusError('JOB_FAILED', parsed.ref, `the workers running this job stopped ${job.stalledCounter} times (killed, out of memory?); not run again`);
      await this.failForGood(parsed.ref, err);
      throw new UnrecoverableError(`[logged] ${err.toLine()}`);
    }
    try {
      const status = parsed.kind === 'article'
        ? await this.article(parsed.ref, parsed.input as ArticleInput, parsed.raw ? Buffer.from(parsed.raw, 'base64') : null)
        : await this.url(parsed.url, { published: parsed.published ?? null, source: parsed.source ?? null });
      if (status === 'feed') this.summary.feeds++;
      else this.summary[status]++;
      this.opts.onJob?.(parsed.ref, status);
      return { status };
    } catch (e) {
      const retryable = !isArgusError(e) || RETRYABLE_CODES.has(e.code);
      if (retryable && job.attemptsMade + 1 < attempts) {
        this.summary.retried++;
        this.opts.onJob?.(parsed.ref, 'retry');
        throw e instanceof Error ? e : new Error(String(e));
      }
      const err = isArgusError(e)
        ? (retryable ? new ArgusError(e.code, parsed.ref, `${e.message} (after ${attempts} attempts)`) : e)
        : new ArgusError('JOB_FAILED', parsed.ref, `failed on all ${attempts} attempts; last: ${e instanceof Error ? e.message : String(e)}`);
      await this.failForGood(parsed.ref, err);
      throw new UnrecoverableError(`[logged] ${err.toLine()}`);
    }
  }

  private async failForGood(ref: string, err: ArgusError): Promise<void> {
    this.summary.failed++;
    this.opts.onJob?.(ref, 'failed');
    await this.logFailure(ref, err);
  }

  private async logFailure(ref: string, err: ArgusError): Promise<void> {
    try {
      await this.store.log.log(this.summary.batchId, { ref, status: 'failed', code: err.code, message: err.message });
    } catch (e) {
      // the store is away too: the job still sits in the queue's failed set with its reason
      this.opts.say?.(`${ref}: ${err.message} (${err.code}); could not be written to the ingest log: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private analyze(input: ArticleInput, id: string, ref: string): Promise<BudgetedResult> {
    const budget = defaultBudgetMs(input);
    const threads = this.opts.threads ?? 1;
    if (threads <= 1) return sharedAnalyzer().analyze(input, id, ref, budget);
    this.pool ??= new AnalyzerPool(threads);
    return this.pool.analyze(input, id, ref, budget);
  }

  /** Analyzes and saves one article unless its exact content is stored (as IngestService.process does for a batch). */
  private async article(ref: string, input: ArticleInput, raw: Buffer | null): Promise<SaveStatus> {
    const { id, hash } = articleKeys(input);
    if ((await this.store.articles.lookup(id, hash)).duplicate) return 'duplicate';
    const { analysis } = await analyzeArticle(input, id, ref, this.opts.analyzer, () => this.analyze(input, id, ref));
    if (Date.now() - this.clusteredAt > CLUSTER_REFRESH_MS) {
      this.clusterer = new StoryClusterer(this.store);
      this.clusteredAt = Date.now();
    }
    const res = await clusterAndSave(this.store, this.clusterer, { batchId: this.summary.batchId, ref, id, hash, input, raw, analysis });
    if (res.status !== 'duplicate' && !this.opts.analyzer) await evaluateWatchlists(this.store, res.rowid);
    return res.status;
  }

  /** A URL: a page is analyzed and saved here; a feed's items are enqueued (pages of link-only items fetched here). */
  private async url(url: string, defaults: { published: string | null; source: string | null }): Promise<SaveStatus | 'feed'> {
    const r = await this.fetcher.fetch({ url });
    const kind = detectFeed(r.text, r.contentType);
    if (kind && kind !== 'html') {
      const feed = parseFeed(r.text, url, r.url);
      const svc = new IngestService(this.store, {
        fetcher: this.fetcher, afterSave: false, defaults, sink: (ref, input, raw) => this.queue.addArticle(ref, input, raw),
      });
      await svc.begin(['worker', url]);
      await svc.feedItems(feed, url, true);
      await svc.end(); // item failures (a page that could not be fetched) are logged in that batch
      return 'feed';
    }
    const input = parseHtml(r.text, r.url, url);
    if (!input.url) input.url = r.url;
    input.published ??= defaults.published;
    input.source ??= defaults.source ?? hostOf(input.url);
    return this.article(url, input, r.body);
  }

  /**
   * Stops taking jobs. Without `force`, the jobs under way finish first; with it, they are left to go back to the queue
   * when their lock runs out (another worker, or this one restarted, takes them). Returns the summary.
   */
  close(force = false): Promise<WorkerSummary> {
    this.closing ??= (async () => {
      await this.worker?.close(force);
      await this.pool?.close();
      this.pool = null;
      this.summary.seconds = (Date.now() - this.started) / 1000;
      const { new: n, updated, duplicate, failed } = this.summary;
      await this.store.log.finishBatch(this.summary.batchId, { new: n, updated, duplicate, failed }).catch(() => undefined);
      await this.queue.close();
      return this.summary;
    })();
    return this.closing;
  }
}
