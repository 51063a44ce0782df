// Validates analyses against the JSON Schema contract (contract/analysis.schema.json) with ajv.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';

let validator: ValidateFunction | null = null;

export function contractValidator(): ValidateFunction {
  if (!validator) {
    const path = fileURLToPath(new URL('../../contract/analysis.schema.json', import.meta.url));
    const schema = JSON.parse(readFileSync(path, 'utf8')) as object;
    validator = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  }
  return validator;
}

/** Returns null when valid, else a one-line description of the first errors. */
export function contractErrors(analysis: unknown): string | null {
  const v = contractValidator();
  if (v(analysis)) return null;
  return (v.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ');
}
