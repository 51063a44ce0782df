// Run by `npm install` (prepare), after the build: lays the parse model out for run time once (models/parse/*.rt, see
// src/nlp/parse/runtime.ts), so the first `argus analyze` does not pay for it. Harmless when it cannot write.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/src/nlp/parse/index.js', import.meta.url);
if (existsSync(entry)) {
  const t = performance.now();
  const { loadParser } = await import(entry.href);
  try {
    loadParser();
    console.log(`parse model laid out for run time (${Math.round(performance.now() - t)} ms)`);
  } catch (e) {
    console.log(`parse model not laid out for run time: ${e instanceof Error ? e.message : String(e)}`);
  }
}
