// Finds and reads the shipped model file once per process.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { decodeModel, type NerModel } from './model.js';

export const MODEL_FILE = 'models/ner/ner-model.bin.gz';

/** ARGUS_NER_MODEL, else models/ner beside the source tree (src/ or dist/src/), else under the working directory. */
export function modelPath(): string {
  const env = process.env['ARGUS_NER_MODEL'];
  if (env) return env;
  const here = fileURLToPath(new URL('.', import.meta.url));
  for (const up of ['../../..', '../../../..']) {
    const p = join(here, up, MODEL_FILE);
    if (existsSync(p)) return p;
  }
  return join(process.cwd(), MODEL_FILE);
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
