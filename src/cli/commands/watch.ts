// `argus watch`: poll the subscribed feeds on their schedule (conditional GET, backoff, robots.txt, rate limits).
import type { Command } from 'commander';
import { withStore } from '../../services/db.js';
import { queueName, redisUrl } from '../../services/queue-config.js';
import { addFetchFlags, addQueueFlags, fetchOptions, formatSummary, type FetchFlags } from './ingest.js';

export function register(program: Command): void {
  const cmd = program
    .command('watch')
    .description('poll feeds added with `argus feeds add` and ingest new items; Ctrl-C stops')
    .option('--db <file|url>', 'SQLite file or postgres:// URL (default: $ARGUS_DATABASE_URL, $ARGUS_DB or ./data/argus.db)')
    .option('--once', 'poll the feeds that are due once, then exit')
    .option('--all', 'poll every feed now, due or not');
  addFetchFlags(addQueueFlags(cmd)).action(async (flags: FetchFlags & { db?: string; once?: boolean; all?: boolean; queue?: boolean; redis?: string; queueName?: string }) => {
    // --queue: the new items go to the job queue (`argus worker` analyzes and stores them) instead of being ingested here
    const queue = flags.queue
      ? await (await import('../../services/queue.js')).IngestQueue.open({ url: redisUrl(flags.redis), name: queueName(flags.queueName), say: (l) => process.stderr.write(`argus watch: ${l}\n`) })
      : null;
    let queued = 0;
    const ac = new AbortController();
    const stop = (): void => ac.abort();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    let failed = 0;
    try {
      const { watchFeeds } = await import('../../services/watch.js');
      await withStore(flags.db, (store) => watchFeeds(store, {
        fetch: fetchOptions(flags), once: Boolean(flags.once), all: Boolean(flags.all), signal: ac.signal, progress: false,
        sink: queue ? async (ref, input, raw) => {
          await queue.addArticle(ref, input, raw);
          queued++;
        } : undefined,
        onRound: (results, summary) => {
          for (const r of results) {
            process.stderr.write(`${new Date().toISOString()} ${r.feed}: ${r.status}${r.items ? `, ${r.items} items` : ''}${r.error ? ` — ${r.error.message} (${r.error.code})` : ''}\n`);
            if (r.status === 'failed') failed++;
          }
          if (queue) {
            process.stderr.write(`queued on ${queue.conn.name}: ${queued} articles, ${summary.failed} failed\n`);
            queued = 0;
          } else process.stderr.write(formatSummary(summary) + '\n');
          failed += summary.failed;
        },
      }));
    } finally {
      await queue?.close();
    }
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    if (flags.once && failed > 0) process.exitCode = 1;
  });
}
