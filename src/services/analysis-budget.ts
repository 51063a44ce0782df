// Analysis under a time budget: articles are analyzed in a worker thread, one at a time; an article that takes longer
// than its budget is abandoned with ANALYSIS_TIMEOUT (the worker is terminated, which stops even a stage stuck in one
// loop or regular expression, and a fresh one is started for the next article), so one input never stalls a batch.
import { Worker } from 'node:worker_threads';
import { ArgusError } from '../core/errors.js';
import type { Analysis } from '../core/analysis.js';
import type { ArticleInput, InputWarning } from '../core/input.js';
import type { WorkerReply, WorkerRequest } from './analysis-worker-main.js';

/**
 * Budget of one article: this much, plus ANALYSIS_BUDGET_PER_MB per megabyte of text; kept under the 3 s + 2 s per MB
 * an input may take from reading to stored analysis (the issue 14 target), so the budget itself never breaks it.
 */
export const ANALYSIS_BUDGET_BASE_MS = 2500;
export const ANALYSIS_BUDGET_PER_MB = 2000;

export function defaultBudgetMs(input: ArticleInput): number {
  return ANALYSIS_BUDGET_BASE_MS + Math.ceil((ANALYSIS_BUDGET_PER_MB * input.text.length) / 1_000_000);
}

export interface BudgetedResult {
  analysis: Analysis;
  /** named warnings raised while analyzing (e.g. LONG_TOKEN_SPLIT) */
  warnings: InputWarning[];
}


/** The worker's entry: the compiled module under dist/, or under src/ a shim that loads the TypeScript through tsx. */
const WORKER_ENTRY = import.meta.url.endsWith('.js') ? './analysis-worker-main.js' : './analysis-worker.mjs';

/**
 * One analysis worker, kept for the life of the process (it used to be replaced every 5,000 articles because wink's
 * word store grew; nlp/tokenize.ts now bounds it, and a replacement cost the next article the models' load time).
 */
export class BudgetedAnalyzer {
  private worker: Worker | null = null;
  /** the worker while it loads its models (close() stops it too) */
  private loading: Worker | null = null;
  private ready: Promise<Worker> | null = null;
  private seq = 0;
  /** settles when the article given last has been analyzed (or failed) */
  private queue: Promise<unknown> = Promise.resolve();
  /**
   * the articles (seq) posted to each worker and not answered yet, in order: the first is the one it is working on; the
   * worker keeps the process alive while it has any. When a worker stops, the first is what stopped it (or ran over its
   * budget) and the others are posted again to a new worker.
   */
  private readonly posted = new WeakMap<Worker, number[]>();
  /** per stopped worker: the article that stopped it (read once, by the first of its articles to hear of the exit) */
  private readonly culprit = new WeakMap<Worker, number>();

  /**
   * Analyzes one article within `budgetMs` (default: defaultBudgetMs); `ref` names it in errors. The article is posted
   * to the worker at once, queued behind the ones before it, so that the worker never waits for the calling thread
   * (busy storing) to hand it the next one; its budget starts when the article before it is done.
   */
  analyze(input: ArticleInput, id: string, ref: string, budgetMs = defaultBudgetMs(input)): Promise<BudgetedResult> {
    const run = this.runOne(input, id, ref, budgetMs, this.queue);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Starts the worker now (loading its models) rather than with the first article. */
  warm(): void {
    void this.start().catch(() => undefined); // a worker that cannot start fails the first article, with the reason
  }

  /** Stops the worker (a later call starts a new one). */
  async close(): Promise<void> {
    const w = this.worker ?? this.loading;
    this.worker = null;
    this.loading = null;
    this.ready = null;
    if (w) await w.terminate();
  }

  private start(): Promise<Worker> {
    this.ready ??= new Promise<Worker>((resolve, reject) => {
      const w = new Worker(new URL(WORKER_ENTRY, import.meta.url));
      this.loading = w;
      const fail = (e: unknown): void => {
        // not retried: a worker that cannot load the models will not load them for the next article either
        reject(new Error(`the analysis worker could not start: ${e instanceof Error ? e.message : String(e)}`));
      };
      w.once('error', fail);
      w.once('exit', (code) => fail(new Error(`exit code ${code}`)));
      w.once('message', (m: WorkerReply) => {
        if (!('ready' in m)) return;
        w.removeAllListeners('error');
        w.removeAllListeners('exit');
        w.on('exit', () => {
          if (this.worker === w) {
            this.worker = null;
            this.ready = null;
          }
        });
        w.unref();
        if (this.loading === w) this.loading = null;
        this.worker = w;
        resolve(w);
      });
    });
    return this.ready;
  }

  private async runOne(input: ArticleInput, id: string, ref: string, budgetMs: number, before: Promise<unknown>): Promise<BudgetedResult> {
    let w: Worker;
    try {
      w = await this.start();
    } catch (e) {
      throw new ArgusError('ANALYSIS_FAILED', ref, e instanceof Error ? e.message : String(e));
    }
    const seq = ++this.seq;
    let posted = this.posted.get(w);
    if (!posted) this.posted.set(w, (posted = []));
    posted.push(seq);
    w.ref();
    try {
      return await new Promise<BudgetedResult>((resolve, reject) => {
        let timer: NodeJS.Timeout | undefined;
        let settled = false;
        const done = (): void => {
          settled = true;
          const at = (posted as number[]).indexOf(seq);
          if (at >= 0) (posted as number[]).splice(at, 1);
          clearTimeout(timer);
          w.off('message', onMessage);
          w.off('exit', onExit);
          w.off('error', onError);
        };
        const overBudget = (): void => {
          done();
          this.culprit.set(w, seq);
          this.worker = null;
          this.ready = null;
          void w.terminate();
          reject(new ArgusError('ANALYSIS_TIMEOUT', ref, `analysis took longer than its budget of ${budgetMs} ms and was abandoned`));
        };
        const onMessage = (m: WorkerReply): void => {
          if (m.seq !== seq || 'ready' in m) return;
          done();
          if (m.ok) resolve({ analysis: m.analysis, warnings: m.warnings });
          else reject(new ArgusError('ANALYSIS_FAILED', ref, `analysis failed: ${m.message}`));
        };
        const onError = (e: Error): void => {
          done();
          reject(new ArgusError('ANALYSIS_FAILED', ref, `analysis failed: ${e.message}`));
        };
        const onExit = (code: number): void => {
          if (!this.culprit.has(w)) this.culprit.set(w, (posted as number[])[0] as number);
          done();
          // the worker stopped on an article before this one (it crashed there, or ran over its budget): this one goes
          // to a new worker
          if (this.culprit.get(w) !== seq) resolve(this.runOne(input, id, ref, budgetMs, before));
          else reject(new ArgusError('ANALYSIS_FAILED', ref, `the analysis worker stopped (exit code ${code})`));
        };
        w.on('message', onMessage);
        w.once('exit', onExit);
        w.once('error', onError);
        w.postMessage({ seq, input, id } satisfies WorkerRequest);
        // the budget runs from when the worker can start on this article: when the one before it is done
        void before.then(() => {
          if (!settled) timer = setTimeout(overBudget, budgetMs);
        });
      });
    } finally {
      if (posted.length === 0 && this.worker === w) w.unref();
    }
  }
}

/**
 * N analyzers (N worker threads, each with its own models) behind one analyze(): an article goes to the worker with
 * the fewest articles waiting. With N = the number of cores, a batch is analyzed on all of them.
 */
export class AnalyzerPool {
  private readonly members: BudgetedAnalyzer[];
  private readonly waiting: number[];
  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`an analyzer pool needs at least one worker (got ${size})`);
    this.members = Array.from({ length: size }, (_, k) => (k === 0 ? sharedAnalyzer() : new BudgetedAnalyzer()));
    this.waiting = new Array<number>(size).fill(0);
    for (const m of this.members) m.warm(); // the workers load their models at once, side by side
  }

  async analyze(input: ArticleInput, id: string, ref: string, budgetMs = defaultBudgetMs(input)): Promise<BudgetedResult> {
    let k = 0;
    for (let j = 1; j < this.size; j++) if ((this.waiting[j] as number) < (this.waiting[k] as number)) k = j;
    this.waiting[k] = (this.waiting[k] as number) + 1;
    try {
      return await (this.members[k] as BudgetedAnalyzer).analyze(input, id, ref, budgetMs);
    } finally {
      this.waiting[k] = (this.waiting[k] as number) - 1;
    }
  }

  /** Stops the workers this pool started (the process's shared one stays for later calls). */
  async close(): Promise<void> {
    await Promise.all(this.members.slice(1).map((m) => m.close()));
  }
}

let shared: BudgetedAnalyzer | null = null;

/** The process's analyzer worker (started on first use; it does not keep the process alive when idle). */
export function sharedAnalyzer(): BudgetedAnalyzer {
  shared ??= new BudgetedAnalyzer();
  return shared;
}
