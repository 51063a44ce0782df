// `argus feeds add|list|remove`: the feeds `argus watch` polls.
import type { Command } from 'commander';
import { formatOption } from '../options.js';
import { withStore } from '../../services/db.js';

export function register(program: Command): void {
  const feeds = program.command('feeds').description('manage the feeds that `argus watch` polls');
  feeds
    .command('add')
    .argument('<url>', 'feed URL (RSS, Atom, RDF or JSON Feed)')
    .option('--db <file|url>', 'SQLite file or postgres:// URL')
    .option('--title <title>', 'display title')
    .option('--source <name>', 'source name for its articles')
    .option('--interval <minutes>', 'poll interval', '15')
    .action(async (url: string, f: { db?: string; title?: string; source?: string; interval?: string }) => {
      try {
        new URL(url);
      } catch {
        process.stderr.write(`argus feeds add: ${url} is not a URL\n`);
        process.exitCode = 2;
        return;
      }
      const row = await withStore(f.db, (s) => s.feeds.add(url, { title: f.title ?? null, source: f.source ?? null, intervalS: Math.max(1, Number(f.interval ?? 15)) * 60 }));
      process.stdout.write(`feed #${row.id} ${row.url} every ${row.intervalS / 60} min\n`);
    });
  feeds
    .command('list')
    .option('--db <file|url>', 'SQLite file or postgres:// URL')
    .addOption(formatOption(['pretty', 'json'], 'pretty'))
    .action(async (f: { db?: string; format?: string }) => {
      const rows = await withStore(f.db, (s) => s.feeds.list());
      if (f.format === 'json') {
        process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
        return;
      }
      if (!rows.length) process.stdout.write('no feeds (add one with: argus feeds add URL)\n');
      for (const r of rows) {
        process.stdout.write(`#${r.id} ${r.url}${r.title ? ` — ${r.title}` : ''}\n   every ${r.intervalS / 60} min; last ok ${r.lastOk ?? 'never'}; next ${r.nextCheck ?? 'now'}` +
          `${r.failures ? `; ${r.failures} failure(s): ${r.lastError ?? ''}` : ''}\n`);
      }
    });
  feeds
    .command('remove')
    .argument('<feed>', 'feed id or URL')
    .option('--db <file|url>', 'SQLite file or postgres:// URL')
    .action(async (feed: string, f: { db?: string }) => {
      const ok = await withStore(f.db, (s) => s.feeds.remove(/^\d+$/.test(feed) ? Number(feed) : feed));
      process.stdout.write(ok ? `removed ${feed}\n` : `no feed ${feed}\n`);
      if (!ok) process.exitCode = 1;
    });
}
