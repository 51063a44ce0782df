// Finds and reads the shipped parse model once per process.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { decodeParser, type ParserWeights } from './model.js';
import { loadRuntime, type RuntimeParser } from './runtime.js';

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

function modelPath(): string {
  const p = parserPath();
  if (!existsSync(p)) throw new Error(`parse model not found at ${p}: run "npm run train:parse"`);
  return p;
}

/** The shipped parser's weights as trained (tagger + parser), decoded from the file. */
export function loadParserWeights(): ParserWeights {
  return decodeParser(readFileSync(modelPath()));
}

/** The shipped parser in its run-time layout, from the cache beside it when that is current (see runtime.ts). */
export function loadRuntimeParser(): RuntimeParser {
  return loadRuntime(modelPath(), decodeParser);
}
