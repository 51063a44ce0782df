// `argus stats`: row counts of the news database.
import type { Command } from 'commander';
import { withStore } from '../../services/db.js';
import { stats } from '../../services/queries.js';
import { formatOption } from '../options.js';

export function register(program: Command): void {
  program
    .command('stats')
    .description('counts: articles, versions, stories, entities, mentions, quotes, events, places, feeds, failures')
    .option('--db <file|url>', 'SQLite file or postgres:// URL (default: $ARGUS_DATABASE_URL, $ARGUS_DB or ./data/argus.db)')
    .addOption(formatOption(['pretty', 'json'], 'pretty'))
    .action(async (flags: { db?: string; format?: string }) => {
      const s = await withStore(flags.db, (store) => stats(store));
      if (flags.format === 'json') process.stdout.write(JSON.stringify(s) + '\n');
      else for (const [k, v] of Object.entries(s)) process.stdout.write(`${k.padEnd(10)} ${String(v).padStart(9)}\n`);
    });
}
