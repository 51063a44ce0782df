// `argus analyze FILE...`: read, clean and analyze articles; print pretty, json or jsonl.
import { Option, type Command } from 'commander';
import { isoDate } from '../options.js';
import { readFile, readStdin, type ReadOutcome, type ReadOptions } from '../../ingest/readers.js';
import { sharedAnalyzer } from '../../services/analysis-budget.js';
import { articleId } from '../../core/ids.js';
import { isArgusError } from '../../core/errors.js';
import { formatPretty } from '../format/pretty.js';
import { markAnalyzerUsed } from '../prestart.js';
import type { Analysis } from '../../core/analysis.js';

type Format = 'pretty' | 'json' | 'jsonl';

interface AnalyzeFlags {
  format?: string;
  published?: string;
  url?: string;
  source?: string;
}

export function register(program: Command): void {
  program
    .command('analyze')
    .description('analyze articles (.txt .html .json .jsonl, or - for stdin) and print the analysis')
    .argument('<files...>', 'input files; - reads standard input (as .txt unless --stdin-format says otherwise)')
    .option('-f, --format <format>', 'pretty | json | jsonl (default: pretty on a terminal, else jsonl)')
    .option('--published <date>', 'publication date (ISO 8601) when the input does not give one', isoDate)
    .option('--url <url>', 'article URL when the input does not give one')
    .option('--source <name>', 'outlet or feed name when the input does not give one')
    .addOption(new Option('--stdin-format <ext>', 'format of standard input: txt | html | json | jsonl').choices(['txt', 'html', 'json', 'jsonl']).default('txt'))
    .action(async (files: string[], flags: AnalyzeFlags & { stdinFormat?: string }) => {
      const format = (flags.format ?? (process.stdout.isTTY ? 'pretty' : 'jsonl')) as Format;
      if (!['pretty', 'json', 'jsonl'].includes(format)) {
        console.error(`argus analyze: unknown --format '${format}' (use pretty, json or jsonl)`);
        process.exitCode = 2;
        return;
      }
      const opts: ReadOptions = { published: flags.published ?? null, url: flags.url ?? null, source: flags.source ?? null };
      process.exitCode = await analyzeFiles(files, format, opts, flags.stdinFormat ?? 'txt');
    });
}

/** Analyzes every input in order; returns the exit code (0 all fine, 1 some failed). */
export async function analyzeFiles(files: string[], format: Format, opts: ReadOptions, stdinFormat: string): Promise<number> {
  let failed = 0;
  const out = process.stdout;
  for (const file of files) {
    const outcomes: ReadOutcome[] = file === '-' ? await readStdin(`stdin.${stdinFormat}`, opts) : await readFile(file, opts);
    for (const o of outcomes) {
      if (!o.ok) {
        failed++;
        console.error(o.error.toLine());
        continue;
      }
      let analysis: Analysis;
      try {
        // in a worker thread under a time budget: an input over it fails with ANALYSIS_TIMEOUT, the others go on
        markAnalyzerUsed();
        const r = await sharedAnalyzer().analyze(o.input, articleId(o.input.url, o.input.text), o.ref);
        analysis = r.analysis;
        for (const w of [...(o.input.warnings ?? []), ...r.warnings]) console.error(`warning: ${o.ref}: ${w.message} (${w.code})`);
      } catch (e) {
        failed++;
        console.error(isArgusError(e) ? e.toLine() : `${o.ref}: analysis failed: ${e instanceof Error ? e.message : String(e)}`);
        continue;
      }
      if (format === 'jsonl') out.write(JSON.stringify(analysis) + '\n');
      else if (format === 'json') out.write(JSON.stringify(analysis, null, 2) + '\n');
      else out.write(formatPretty(analysis, o.ref) + '\n');
    }
  }
  return failed > 0 ? 1 : 0;
}
