// What `argus analyze` starts before the rest of the CLI is even loaded. The analysis worker loads its models (about a
// second of CPU) while the main thread loads the commands and reads the input, on the machine's other core: the
// worker no longer waits for them. The main thread also reads the large run-time caches into shared memory for the
// worker (core/cache-file.ts), which it would otherwise do itself. Regular expressions are compiled without V8's
// optimizing pass: chrono-node's patterns (hundreds of alternatives each) cost 0.1–0.4 s to optimize on their first
// two parses, and a one-shot command never runs them enough to win that back; matches are the same.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { preloadCaches } from '../core/cache-file.js';
import { sharedAnalyzer } from '../services/analysis-budget.js';

/** The run-time caches and data files the analysis worker reads (kb-data/ and models/ of the checkout or install). */
function cacheFiles(): string[] {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5 && !existsSync(join(dir, 'kb-data')); i++) dir = dirname(dir);
  const model = process.env['ARGUS_PARSE_MODEL'] ?? join(dir, 'models', 'parse', 'parser.bin.gz');
  const kb = (f: string): string => join(dir, 'kb-data', f);
  return [kb('countries.json'), kb('gazetteer.json'), `${model}.rt`, kb('cities.rt'), kb('actors.rt')];
}

let started = false;
let used = false;

/** Starts the analysis worker now when argv runs `analyze` (not its help); true when it did. */
export function prestart(argv: readonly string[]): boolean {
  if (started || argv[0] !== 'analyze' || argv.includes('--help') || argv.includes('-h')) return false;
  if (process.env['ARGUS_PRESTART'] === 'off') return false;
  setFlagsFromString('--no-regexp-optimization');
  preloadCaches(cacheFiles());
  sharedAnalyzer().warm();
  started = true;
  return true;
}

/** Called by `analyze` when it hands an article to the worker. */
export function markAnalyzerUsed(): void {
  used = true;
}

/**
 * After the command: a worker started ahead but never given an article (a usage error, a missing file) is stopped,
 * so the process does not wait for it to finish loading. A worker that analyzed is left as it is (idle, it does not
 * keep the process alive).
 */
export async function settle(): Promise<void> {
  if (!started) return;
  started = false;
  if (!used) await sharedAnalyzer().close();
  used = false;
}
