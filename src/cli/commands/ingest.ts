// `argus ingest PATH|URL|FEED...`: store articles from files, folders (recursive), manifests, article URLs and feeds.
import type { Command } from 'commander';
import { availableParallelism } from 'node:os';
import { formatOption, intInRange, isoDate } from '../options.js';
import { withStore } from '../../services/db.js';
import type { IngestSummary } from '../../services/ingest.js';
import type { FetchOptions } from '../../ingest/fetch.js';
import { queueName, redisUrl } from '../../services/queue-config.js';

export interface FetchFlags {
  allowPrivate?: boolean;
  allowLoopback?: boolean;
  robots?: boolean;
  timeout?: string;
  maxBytes?: string;
  hostInterval?: string;
}

export function fetchOptions(f: FetchFlags): Partial<FetchOptions> {
  const o: Partial<FetchOptions> = {};
  if (f.allowPrivate) o.allowPrivate = true;
  if (f.allowLoopback) o.allowLoopback = true;
  if (f.robots === false) o.respectRobots = false;
  if (f.timeout) o.timeoutMs = Number(f.timeout) * 1000;
  if (f.maxBytes) o.maxBytes = Number(f.maxBytes);
  if (f.hostInterval) o.perHostIntervalMs = Number(f.hostInterval);
  return o;
}

export function addFetchFlags(cmd: Command): Command {
  return cmd
    .option('--allow-private', 'allow fetching private-network and loopback addresses')
    .option('--allow-loopback', 'allow fetching loopback addresses (127.0.0.1, ::1) only')
    .option('--no-robots', 'do not consult robots.txt')
    .option('--timeout <seconds>', 'per-request timeout', '20')
    .option('--max-bytes <n>', 'largest response body accepted', String(10 * 1024 * 1024))
    .option('--host-interval <ms>', 'minimum gap between requests to one host', '1000');
}

export function formatSummary(s: IngestSummary): string {
  const lines = [`ingested: ${s.new} new, ${s.updated} updated, ${s.duplicate} duplicate, ${s.failed} failed in ${s.seconds.toFixed(1)} s` +
    (s.new + s.updated > 0 ? ` (${((s.new + s.updated) / Math.max(s.seconds, 0.001)).toFixed(1)} articles/s)` : '')];
  const byCode = new Map<string, number>();
  for (const f of s.failures) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
  if (byCode.size) lines.push(`failures: ${[...byCode].map(([c, n]) => `${c} ${n}`).join(', ')}`);
  for (const f of s.failures.slice(0, 20)) lines.push(`  ${f.ref}: ${f.message} (${f.code})`);
  if (s.failures.length > 20) lines.push(`  … ${s.failures.length - 20} more (argus stats shows the log count)`);
  for (const w of s.warnings.slice(0, 20)) lines.push(`warning: ${w.ref}: ${w.message} (${w.code})`);
  if (s.warnings.length > 20) lines.push(`warning: … ${s.warnings.length - 20} more`);
  return lines.join('\n');
}

interface IngestFlags extends FetchFlags {
  db?: string;
  published?: string;
  source?: string;
  format?: string;
  progress?: boolean;
  workers?: number;
  queue?: boolean;
  redis?: string;
  queueName?: string;
}

/** The queue flags of `ingest` and `watch`. */
export function addQueueFlags(cmd: Command): Command {
  return cmd
    .option('--queue', 'enqueue jobs for `argus worker` (Redis) instead of analyzing here')
    .option('--redis <url>', 'Redis of the job queue (default: $ARGUS_REDIS_URL or redis://127.0.0.1:6379)')
    .option('--queue-name <name>', 'queue name (default: $ARGUS_QUEUE_NAME or argus-ingest)');
}

export function register(program: Command): void {
  const cmd = program
    .command('ingest')
    .description('store articles from files, folders, manifests (index.jsonl), article URLs and feeds (RSS, Atom, RDF, JSON Feed)')
    .argument('<targets...>', 'files, folders (recursive: .txt .html .json .jsonl), http(s) URLs of pages or feeds')
    .option('--db <file|url>', 'SQLite file or postgres:// URL (default: $ARGUS_DATABASE_URL, $ARGUS_DB or ./data/argus.db)')
    .option('--published <date>', 'publication date for inputs that give none', isoDate)
    .option('--source <name>', 'source name for inputs that give none')
    .addOption(formatOption(['pretty', 'json'], 'pretty'))
    .option('--no-progress', 'no progress bar')
    .option('--workers <n>', 'analysis threads (default: the number of cores)', intInRange(1, 256), availableParallelism());
  addFetchFlags(addQueueFlags(cmd)).action(async (targets: string[], flags: IngestFlags) => {
    if (flags.queue) {
      // BullMQ loads only for --queue
      const { IngestQueue } = await import('../../services/queue.js');
      const { enqueueTargets, formatEnqueueSummary } = await import('../../services/queue-enqueue.js');
      const defaults = { published: flags.published ?? null, source: flags.source ?? null };
      const queue = await IngestQueue.open({ url: redisUrl(flags.redis), name: queueName(flags.queueName), say: (l) => process.stderr.write(`argus ingest: ${l}\n`) });
      try {
        const s = await withStore(flags.db, (store) => enqueueTargets(store, queue, targets, { defaults, fetch: fetchOptions(flags), progress: flags.progress !== false }));
        if (flags.format === 'json') process.stdout.write(JSON.stringify(s, null, 2) + '\n');
        else process.stderr.write(formatEnqueueSummary(s) + '\n');
        process.exitCode = s.failed > 0 ? 1 : 0;
      } finally {
        await queue.close();
      }
      return;
    }
    // loaded here, not at start-up: `argus --help` should not pay for the ingest pipeline's modules
    const { IngestService } = await import('../../services/ingest.js');
    const summary = await withStore(flags.db, (store) =>
      new IngestService(store, {
        defaults: { published: flags.published ?? null, source: flags.source ?? null },
        fetch: fetchOptions(flags),
        progress: flags.progress !== false,
        workers: flags.workers,
      }).run(targets));
    if (flags.format === 'json') process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
    else process.stderr.write(formatSummary(summary) + '\n');
    process.exitCode = summary.failed > 0 ? 1 : 0;
  });
}
