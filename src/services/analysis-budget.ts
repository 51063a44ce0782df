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

/** An article posted to a worker and not answered yet. */
interface Pending {
  /** the worker's answer */
  answered(m: Exclude<WorkerReply, { ready: true }>): void;
  /** the worker stopped before answering: `first` when this article was the one it was working on */
  stopped(first: boolean, why: string): void;
}

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
   * per worker, the articles posted to it and not answered yet, by seq in the order they were posted: the first is the
   * one it is working on. One listener per worker reads them (not one per article: a worker may have dozens queued). The
   * worker keeps the process alive while it has any. When a worker stops, the first is what stopped it (or ran over its
   * budget) and the others are posted again to a new worker.
   */
  private readonly posted = new WeakMap<Worker, Map<number, Pending>>();
  /** workers stopped because an article ran over its budget (that article has failed already) */
  private readonly abandoned = new WeakSet<Worker>();

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
        this.listen(w);
        w.unref();
        if (this.loading === w) this.loading = null;
        this.worker = w;
        resolve(w);
      });
    });
    return this.ready;
  }

  /** The worker's one set of listeners: answers go to their article; when it stops, every article still posted hears. */
  private listen(w: Worker): void {
    const posted = new Map<number, Pending>();
    this.posted.set(w, posted);
    let error: string | null = null;
    w.on('message', (m: WorkerReply) => {
      if ('ready' in m) return;
      posted.get(m.seq)?.answered(m);
    });
    // an uncaught error stops the worker: its 'exit' follows, and the article it was working on fails with the reason
    w.on('error', (e) => {
      error ??= e.message;
    });
    w.on('exit', (code) => {
      if (this.worker === w) {
        this.worker = null;
        this.ready = null;
      }
      const why = error !== null ? `analysis failed: ${error}` : `the analysis worker stopped (exit code ${code})`;
      let first = !this.abandoned.has(w);
      for (const p of [...posted.values()]) {
        p.stopped(first, why);
        first = false;
      }
      posted.clear();
    });
  }

  private async runOne(input: ArticleInput, id: string, ref: string, budgetMs: number, before: Promise<unknown>): Promise<BudgetedResult> {
    let w: Worker;
    try {
      w = await this.start();
    } catch (e) {
      throw new ArgusError('ANALYSIS_FAILED', ref, e instanceof Error ? e.message : String(e));
    }
    const posted = this.posted.get(w) as Map<number, Pending>;
    const seq = ++this.seq;
    w.ref();
    try {
      return await new Promise<BudgetedResult>((resolve, reject) => {
        let timer: NodeJS.Timeout | undefined;
        let settled = false;
        const done = (): void => {
          settled = true;
          posted.delete(seq);
          clearTimeout(timer);
        };
        const overBudget = (): void => {
          done();
          this.worker = null;
          this.ready = null;
          this.abandoned.add(w); // the articles queued behind this one hear of its exit as not the first: posted again
          void w.terminate();
          reject(new ArgusError('ANALYSIS_TIMEOUT', ref, `analysis took longer than its budget of ${budgetMs} ms and was abandoned`));
        };
        posted.set(seq, {
          answered: (m) => {
            done();
            if (m.ok) resolve({ analysis: m.analysis, warnings: m.warnings });
            else reject(new ArgusError('ANALYSIS_FAILED', ref, `analysis failed: ${m.message}`));
          },
          stopped: (first, why) => {
            done();
            // the worker stopped on an article before this one (it crashed there, or ran over its budget): this one goes
            // to a new worker
            if (first) reject(new ArgusError('ANALYSIS_FAILED', ref, why));
            else resolve(this.runOne(input, id, ref, budgetMs, before));
          },
        });
        w.postMessage({ seq, input, id } satisfies WorkerRequest);
        // the budget runs from when the worker can start on this article: when the one before it is done
        void before.then(() => {
          if (!settled) timer = setTimeout(overBudget, budgetMs);
        });
      });
    } finally {
      if (posted.size === 0 && this.worker === w) w.unref();
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
