// Ingest on all cores: the same batch of demo releases ingested into fresh databases, end to end (reading, analysis,
// clustering and storing, start-up of the analysis threads included), each run in its own process:
// - the peer, the one-core rate: one worker, the process pinned to one CPU with `taskset` (Linux), so that V8's
//   garbage-collection and compiler threads share that core as they would on a one-core machine;
// - one worker, unpinned (those helper threads then use the second core: about 1.3 cores busy);
// - N workers (default: the number of cores), unpinned.
// The target (issue 13) is N workers >= 1.8x the one-core rate on a 2-core machine; both ratios are printed.
import { availableParallelism, tmpdir } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { copyReleases } from './store.js';

interface Run {
  stored: number;
  seconds: number;
  cpuSeconds: number;
}

function hasTaskset(): boolean {
  return process.platform === 'linux' && spawnSync('taskset', ['-c', '0', 'true']).status === 0;
}

function run(batch: string, db: string, workers: number, pin: boolean): Run {
  const node = [process.execPath, '--import', 'tsx', join(import.meta.dirname, 'workers-child.ts'), batch, db, String(workers)];
  const cmd = pin ? ['taskset', '-c', '0', ...node] : node;
  const r = spawnSync(cmd[0] as string, cmd.slice(1), { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`bench workers: ${workers} worker run failed (exit ${r.status}): ${r.stderr.slice(-2000)}`);
  const last = r.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as Run;
}

export async function benchWorkers(n = 2000, workers = availableParallelism()): Promise<{ oneCore: number; one: number; many: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'argus-bench-workers-'));
  try {
    const batch = join(dir, 'batch');
    const count = copyReleases(batch, n);
    const rate = (r: Run): number => r.stored / r.seconds;
    const pin = hasTaskset();
    if (!pin) console.log('ingest workers: taskset not available: the one-core run is not pinned (its rate is then the one-worker rate)');
    const oneCore = rate(run(batch, join(dir, 'pinned.db'), 1, pin));
    const one = rate(run(batch, join(dir, 'w1.db'), 1, false));
    const many = rate(run(batch, join(dir, `w${workers}.db`), workers, false));
    console.log(
      `ingest workers: ${count} releases end to end: one core (1 worker pinned to 1 CPU) ${oneCore.toFixed(0)} articles/s, ` +
        `1 worker unpinned ${one.toFixed(0)}/s, ${workers} workers ${many.toFixed(0)}/s -> ${(many / oneCore).toFixed(2)}x the one-core rate ` +
        `(target ≥ 1.8x on 2 cores), ${(many / one).toFixed(2)}x the unpinned one-worker rate`,
    );
    return { oneCore, one, many };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
