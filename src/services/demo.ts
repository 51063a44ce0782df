// The demo corpus shipped in demo/: ingested by `argus start` into an empty database.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { Store } from '../store/types.js';
import { IngestService, type IngestSummary } from './ingest.js';

/** The checkout's root: the nearest folder above this module with a package.json (src/services or dist/src/services). */
export const REPO_ROOT = ((): string => {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5 && !existsSync(join(dir, 'package.json')); i++) dir = dirname(dir);
  return dir;
})();
export const DEMO_DIR = join(REPO_ROOT, 'demo');

export interface DemoPart {
  target: string;
  published?: string;
}

export const DEMO_PARTS: DemoPart[] = [
  { target: join(DEMO_DIR, 'news-demo') },
  { target: join(DEMO_DIR, 'news-pd') },
  { target: join(DEMO_DIR, 'seed', 'rutte-nato-china.txt'), published: '2025-04-09' },
];

/** Ingests the demo corpus (each folder's index.jsonl supplies title, date, source and URL). */
export async function ingestDemo(store: Store, opts: { progress?: boolean; parts?: DemoPart[]; workers?: number } = {}): Promise<IngestSummary> {
  const total: IngestSummary = { batchId: 0, new: 0, updated: 0, duplicate: 0, failed: 0, failures: [], warnings: [], seconds: 0 };
  for (const part of opts.parts ?? DEMO_PARTS) {
    const s = await new IngestService(store, { progress: opts.progress, workers: opts.workers, defaults: { published: part.published ?? null } }).run([part.target]);
    total.batchId = s.batchId;
    total.new += s.new;
    total.updated += s.updated;
    total.duplicate += s.duplicate;
    total.failed += s.failed;
    total.failures.push(...s.failures);
    total.warnings.push(...s.warnings);
    total.seconds += s.seconds;
  }
  return total;
}
