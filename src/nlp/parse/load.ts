// Finds and reads the shipped parse model once per process.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { decodeParser, type ParserWeights } from './model.js';

export const PARSE_MODEL_FILE = 'models/parse/parser.bin.gz';

/** ARGUS_PARSE_MODEL, else models/parse beside the source tree (src/ or dist/src/), else under the working directory. */
export function parserPath(): string {
  const env = process.env['ARGUS_PARSE_MODEL'];
  if (env) return env;
  const here = fileURLToPath(new URL('.', import.meta.url));
  for (const up of ['../../..', '../../../..']) {
    const p = join(here, up, PARSE_MODEL_FILE);
    if (existsSync(p)) return p;
  }
  return join(process.cwd(), PARSE_MODEL_FILE);
}

let cached: ParserWeights | null = null;

/** The shipped parser (tagger + parser), read once per process. */
export function loadParserWeights(): ParserWeights {
  if (!cached) {
    const p = parserPath();
    if (!existsSync(p)) throw new Error(`parse model not found at ${p}: run "npm run train:parse"`);
    cached = decodeParser(readFileSync(p));
  }
  return cached;
}
