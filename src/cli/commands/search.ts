// `argus search QUERY`: full-text search with filters, highlighted snippets and facets.
import { Option, type Command } from 'commander';
import { withStore } from '../../services/db.js';
import { search } from '../../services/queries.js';
import { errorLine, exitCodeOf, formatOption, intInRange, searchFilters } from '../options.js';
import type { SearchResult } from '../../store/types.js';

interface SearchFlags {
  db?: string; entity?: string; type?: string; source?: string; country?: string; from?: string; to?: string;
  format?: string; sort?: string; limit?: number; offset?: number; minSources?: number; minConfidence?: number;
}

function pretty(r: SearchResult, tty: boolean): string {
  const on = tty ? '\x1b[1;33m' : '[';
  const off = tty ? '\x1b[0m' : ']';
  const out: string[] = [`${r.totalEstimated ? 'about ' : ''}${r.total} result${r.total === 1 ? '' : 's'} for ${JSON.stringify(r.query)}${r.escaped ? ` (read as ${r.fts}: the query was not valid FTS syntax)` : ''}`];
  for (const h of r.hits) {
    out.push('', `${h.title}`, `  ${[h.published?.slice(0, 10), h.source, h.url ?? h.id].filter(Boolean).join(' · ')}`);
    out.push(`  ${h.snippet.replace(/\s+/g, ' ').replaceAll('\u0002', on).replaceAll('\u0003', off)}`);
  }
  const facet = (name: string, f: Array<{ value: string; count: number }>): void => {
    if (f.length) out.push(`${name}: ${f.slice(0, 8).map((x) => `${x.value} (${x.count})`).join(', ')}`);
  };
  if (r.total) out.push('');
  facet('sources', r.facets.source);
  facet('entities', r.facets.entity);
  facet('events', r.facets.eventType);
  return out.join('\n');
}

export function register(program: Command): void {
  searchFilters(program
    .command('search')
    .description('full-text search (FTS5 syntax: words, "phrases", AND/OR/NOT, prefix*) with filters and facets')
    .argument('<query...>', 'search terms')
    .option('--db <file|url>', 'SQLite file or postgres:// URL (default: $ARGUS_DATABASE_URL, $ARGUS_DB or ./data/argus.db)'))
    .addOption(new Option('--sort <order>', 'relevance | date').choices(['relevance', 'date']).default('relevance'))
    .option('--limit <n>', 'results per page', intInRange(1, 1000), 10)
    .option('--offset <n>', 'skip this many results', intInRange(0, 1_000_000), 0)
    .addOption(formatOption(['pretty', 'json'], 'pretty'))
    .action(async (query: string[], f: SearchFlags) => {
      try {
        const r = await withStore(f.db, (store) => search(store, {
          text: query.join(' '), entity: f.entity ?? null, type: f.type ?? null, source: f.source ?? null, country: f.country ?? null,
          from: f.from ?? null, to: f.to ?? null, sort: f.sort === 'date' ? 'date' : 'relevance', limit: f.limit ?? 10, offset: f.offset ?? 0,
          minSources: f.minSources ?? null, minConfidence: f.minConfidence ?? null,
        }));
        if (f.format === 'json') {
          process.stdout.write(JSON.stringify(r, null, 2) + '\n');
        } else process.stdout.write(pretty(r, Boolean(process.stdout.isTTY)) + '\n');
      } catch (e) {
        process.stderr.write(`${errorLine('search', e)}\n`);
        process.exitCode = exitCodeOf(e);
      }
    });
}
