// `argus worker`: process the ingest jobs that `argus ingest --queue` and `argus watch --queue` put on the Redis queue.
import type { Command } from 'commander';
import { availableParallelism } from 'node:os';
import { intInRange } from '../options.js';
import { withStore } from '../../services/db.js';
import type { WorkerSummary } from '../../services/queue-worker.js';
import { queueName, redisUrl } from '../../services/queue-config.js';
import { addFetchFlags, fetchOptions, type FetchFlags } from './ingest.js';

interface WorkerFlags extends FetchFlags {
  db?: string;
  redis?: string;
  queueName?: string;
  concurrency: number;
  threads?: number;
  lockTimeout: number;
  verbose?: boolean;
}

export function formatWorkerSummary(s: WorkerSummary): string {
  return `worker: ${s.new} new, ${s.updated} updated, ${s.duplicate} duplicate, ${s.feeds} feeds expanded, ${s.retried} retried, ${s.failed} failed in ${s.seconds.toFixed(1)} s`;
}

export function register(program: Command): void {
  const cmd = program
    .command('worker')
    .description('process queued ingest jobs (from `ingest --queue`, `watch --queue`): fetch, analyze, store; Ctrl-C finishes the jobs under way and stops')
    .option('--db <file|url>', 'SQLite file or postgres:// URL (default: $ARGUS_DATABASE_URL, $ARGUS_DB or ./data/argus.db); PostgreSQL for workers on several machines')
    .option('--redis <url>', 'Redis of the job queue (default: $ARGUS_REDIS_URL or redis://127.0.0.1:6379)')
    .option('--queue-name <name>', 'queue name (default: $ARGUS_QUEUE_NAME or argus-ingest)')
    .option('--concurrency <n>', 'jobs processed at once', intInRange(1, 256), Math.min(2, availableParallelism()))
    .option('--threads <n>', 'analysis threads (default: the concurrency, at most the number of cores)', intInRange(1, 256))
    .option('--lock-timeout <seconds>', 'a job whose worker stopped (killed, machine lost) goes to another worker after this long', intInRange(1, 3600), 30)
    .option('--verbose', 'one line per job');
  addFetchFlags(cmd).action(async (flags: WorkerFlags) => {
    const url = redisUrl(flags.redis);
    const name = queueName(flags.queueName);
    const { IngestWorker } = await import('../../services/queue-worker.js');
    const summary = await withStore(flags.db, async (store) => {
      const worker = await IngestWorker.start(store, {
        url, name, concurrency: flags.concurrency,
        threads: flags.threads ?? Math.min(flags.concurrency, availableParallelism()),
        fetch: fetchOptions(flags), lockMs: flags.lockTimeout * 1000,
        onJob: flags.verbose ? (ref, outcome) => process.stderr.write(`${new Date().toISOString()} ${outcome} ${ref}\n`) : undefined,
      });
      process.stderr.write(`argus worker: taking jobs from queue ${name}; Ctrl-C or SIGTERM stops after the jobs under way\n`);
      await new Promise<void>((resolve) => {
        let signals = 0;
        const stop = (sig: NodeJS.Signals): void => {
          signals++;
          if (signals === 1) {
            process.stderr.write(`argus worker: ${sig}: finishing the jobs under way (again to stop at once)\n`);
            resolve();
          } else {
            // the jobs under way go back to the queue when their lock runs out
            process.stderr.write(`argus worker: ${sig}: stopping now; unfinished jobs go back to the queue in ${flags.lockTimeout} s\n`);
            process.exit(130);
          }
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      return worker.close();
    });
    process.stderr.write(formatWorkerSummary(summary) + '\n');
    process.exitCode = 0;
  });
}
