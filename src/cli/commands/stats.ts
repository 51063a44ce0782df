// `argus stats`: row counts of the news database.
import type { Command } from 'commander';
import { withStore } from '../../services/db.js';
import { stats } from '../../services/queries.js';
import { formatOption } from '../options.js';
import { queueName, redisConfigured, redisUrl } from '../../services/queue-config.js';
import type { QueueDepth } from '../../services/queue.js';

export function register(program: Command): void {
  program
    .command('stats')
    .description('counts: articles, versions, stories, entities, mentions, quotes, events, places, feeds, failures')
    .option('--db <file|url>', 'SQLite file or postgres:// URL (default: $ARGUS_DATABASE_URL, $ARGUS_DB or ./data/argus.db)')
    .option('--redis <url>', 'also the depth of the job queue on this Redis (default: $ARGUS_REDIS_URL; none when unset)')
    .option('--queue-name <name>', 'queue name (default: $ARGUS_QUEUE_NAME or argus-ingest)')
    .addOption(formatOption(['pretty', 'json'], 'pretty'))
    .action(async (flags: { db?: string; format?: string; redis?: string; queueName?: string }) => {
      const s = await withStore(flags.db, (store) => stats(store));
      // the queue's depth only when a Redis is configured; one that cannot be reached is said, the counts still shown
      let queue: QueueDepth | { name: string; error: string } | undefined;
      if (redisConfigured(flags.redis)) {
        const name = queueName(flags.queueName);
        try {
          const { queueDepth } = await import('../../services/queue.js');
          queue = await queueDepth(redisUrl(flags.redis), name);
        } catch (e) {
          queue = { name, error: e instanceof Error ? e.message : String(e) };
          process.exitCode = 1;
        }
      }
      if (flags.format === 'json') process.stdout.write(JSON.stringify(queue ? { ...s, queue } : s) + '\n');
      else {
        for (const [k, v] of Object.entries(s)) process.stdout.write(`${k.padEnd(10)} ${String(v).padStart(9)}\n`);
        if (queue && 'error' in queue) process.stderr.write(`argus stats: queue ${queue.name}: ${queue.error}\n`);
        else if (queue) {
          process.stdout.write(`queue      ${queue.name}\n`);
          for (const k of ['waiting', 'active', 'delayed', 'failed', 'completed'] as const) process.stdout.write(`  ${k.padEnd(10)} ${String(queue[k]).padStart(7)}\n`);
        }
      }
    });
}
