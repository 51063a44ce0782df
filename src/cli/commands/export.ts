// `argus export [QUERY...] --format jsonl|csv|stix|geojson [--table T] [--out FILE]`: the articles matching a search
// (same query syntax and filters as `argus search`) in a format other tools read. Streams: memory stays flat.
// To a file it writes a temp file and renames it when complete, so a failure leaves nothing half written.
import type { Command } from 'commander';
import { withStore } from '../../services/db.js';
import { EXPORT_FORMATS, exportChunks, writeExportFile, writeToStream, type ExportFormat } from '../../services/export/index.js';
import { errorLine, exitCodeOf, formatOption, searchFilters } from '../options.js';

interface ExportFlags {
  db?: string; entity?: string; type?: string; source?: string; country?: string; from?: string; to?: string;
  minSources?: number; minConfidence?: number; format: string; table?: string; out?: string;
}

export function register(program: Command): void {
  searchFilters(program
    .command('export')
    .description('export the articles matching a search (all when no query) as JSONL, CSV, STIX 2.1 or GeoJSON')
    .argument('[query...]', 'search terms, as for `argus search` (none: every article)')
    .option('--db <file|url>', 'SQLite file or postgres:// URL (default: $ARGUS_DATABASE_URL, $ARGUS_DB or ./data/argus.db)'))
    .addOption(formatOption([...EXPORT_FORMATS], 'jsonl'))
    .option('--table <name>', 'csv: events (default) | quotes; geojson: places (default) | events')
    .option('-o, --out <file>', 'write to this file, replaced only when the export is complete (default or -: standard output)')
    .action(async (query: string[], f: ExportFlags) => {
      try {
        const counter = { articles: 0 };
        await withStore(f.db, async (store) => {
          const chunks = exportChunks(store, {
            text: query.join(' '), entity: f.entity ?? null, type: f.type ?? null, source: f.source ?? null, country: f.country ?? null,
            from: f.from ?? null, to: f.to ?? null, minSources: f.minSources ?? null, minConfidence: f.minConfidence ?? null,
          }, { format: f.format as ExportFormat, table: f.table ?? null, counter });
          if (f.out && f.out !== '-') {
            const bytes = await writeExportFile(f.out, chunks);
            process.stderr.write(`argus export: ${counter.articles} article${counter.articles === 1 ? '' : 's'} written to ${f.out} (${bytes} bytes)\n`);
          } else {
            await writeToStream(process.stdout, chunks);
          }
        });
      } catch (e) {
        process.stderr.write(`${errorLine('export', e)}\n`);
        process.exitCode = exitCodeOf(e);
      }
    });
}
