// Ingest on all cores: the same batch of demo releases ingested into fresh databases with 1 and with N analysis
// workers (worker threads, the models loaded in each), end to end: reading, analysis, clustering and storing, start-up
// of the workers included. The peer is the one-worker run of the same batch, measured in the same run.
import { availableParallelism, tmpdir } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openSqliteStore } from '../src/store/sqlite/store.js';
import { IngestService } from '../src/services/ingest.js';
import { copyReleases } from './store.js';

export async function benchWorkers(n = 2000, workers = availableParallelism()): Promise<{ one: number; many: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'argus-bench-workers-'));
  try {
    const count = copyReleases(join(dir, 'batch'), n);
    const rate = async (w: number): Promise<number> => {
      const store = openSqliteStore(join(dir, `w${w}.db`));
      const t0 = performance.now();
      const s = await new IngestService(store, { workers: w, afterSave: false }).run([join(dir, 'batch')]);
      const seconds = (performance.now() - t0) / 1000;
      await store.close();
      return (s.new + s.updated) / seconds;
    };
    const one = await rate(1);
    const many = await rate(workers);
    console.log(`ingest workers: ${count} releases end to end: 1 worker ${one.toFixed(0)} articles/s, ${workers} workers ${many.toFixed(0)} articles/s -> ${(many / one).toFixed(2)}x (target ≥ 1.8x on 2 cores)`);
    return { one, many };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
