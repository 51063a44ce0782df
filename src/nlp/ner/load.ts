// Finds and reads the shipped model file once per process.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { decodeModel, type NerModel } from './model.js';
import { decodeRanker, type RankerModel } from '../entities/ranker.js';

export const MODEL_FILE = 'models/ner/ner-model.bin.gz';
export const RANKER_FILE = 'models/ner/ranker.bin.gz';

/** ARGUS_NER_MODEL, else models/ner beside the source tree (src/ or dist/src/), else under the working directory. */
export function modelPath(): string {
  return findModel(process.env['ARGUS_NER_MODEL'], MODEL_FILE);
}

/** ARGUS_RANKER_MODEL, else models/ner/ranker.bin.gz found like the tagger's model. */
export function rankerPath(): string {
  return findModel(process.env['ARGUS_RANKER_MODEL'], RANKER_FILE);
}

function findModel(env: string | undefined, file: string): string {
  if (env) return env;
  const here = fileURLToPath(new URL('.', import.meta.url));
  for (const up of ['../../..', '../../../..']) {
    const p = join(here, up, file);
    if (existsSync(p)) return p;
  }
  return join(process.cwd(), file);
}

let cachedRanker: RankerModel | null | undefined;

/** The shipped mention ranker, or null when there is none (the recognizer then fuses by fixed trust scores). */
export function loadRanker(): RankerModel | null {
  if (cachedRanker === undefined) {
    const p = rankerPath();
    cachedRanker = existsSync(p) ? decodeRanker(readFileSync(p)) : null;
  }
  return cachedRanker;
}

let cached: NerModel | null = null;

export function loadModel(): NerModel {
  if (!cached) {
    const p = modelPath();
    if (!existsSync(p)) throw new Error(`NER model not found at ${p}: run "npm run train:ner"`);
    cached = decodeModel(readFileSync(p));
  }
  return cached;
}
