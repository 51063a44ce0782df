// Run by `npm install` (prepare), after the build: lays out the parse model, the city index and the actor index for
// run time once (models/parse/*.rt, kb-data/cities.rt, kb-data/actors.rt; see src/core/cache-file.ts), so the first
// `argus analyze` does not pay for it.
// Harmless when it cannot write.
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

async function warm(what, module, use) {
  const entry = new URL(`../dist/src/${module}`, import.meta.url);
  if (!existsSync(entry)) return;
  const t = performance.now();
  try {
    use(await import(entry.href));
    console.log(`${what} laid out for run time (${Math.round(performance.now() - t)} ms)`);
  } catch (e) {
    console.log(`${what} not laid out for run time: ${e instanceof Error ? e.message : String(e)}`);
  }
}

await warm('parse model', 'nlp/parse/index.js', (m) => m.loadParser());
await warm('city index', 'kb/index.js', (m) => m.loadKB().cities('London'));
await warm('actor index', 'kb/index.js', (m) => m.loadActors(m.dataDir()));
