// Ingest on all cores: the same batch of demo releases ingested into fresh databases, end to end (reading, analysis,
// clustering and storing, start-up of the analysis threads included), each run in its own process:
// - the peer, the one-core rate: one worker, the process pinned to one CPU with `taskset` (Linux), so that V8's
//   garbage-collection and compiler threads share that core as they would on a one-core machine;
// - one worker, unpinned (those helper threads then use the second core: about 1.3 cores busy);
// - N workers (default: the number of cores), unpinned.
// Each run is the compiled dist/ in plain Node (bench/workers-child.mjs), as `argus ingest` runs: no tsx hooks in the
// analysis threads.
// The target (issue 13) is N workers >= 1.8x the one-core rate on a 2-core machine; both ratios are printed.
import { availableParallelism, tmpdir } from 'node:os';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
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

/** The newest modification time of a .ts file under dir (0 when none). */
function newestTs(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestTs(p));
    else if (e.name.endsWith('.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * The runs ingest with the compiled dist/ (what `argus ingest` ships; `npm install` builds it): rebuilt here first when
 * it is missing or older than a source file, so that the figure is never that of stale code.
 */
function ensureDist(root: string): void {
  const entry = join(root, 'dist', 'src', 'services', 'ingest.js');
  if (existsSync(entry) && statSync(entry).mtimeMs >= newestTs(join(root, 'src'))) return;
  console.log('ingest workers: dist/ is missing or older than src/: building it (npm run build)');
  const r = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json')], { encoding: 'utf8', cwd: root });
  if (r.status !== 0) throw new Error(`bench workers: npm run build failed (exit ${r.status}): ${(r.stdout + r.stderr).slice(-2000)}`);
}

function run(batch: string, db: string, workers: number, pin: boolean): Run {
  const node = [process.execPath, join(import.meta.dirname, 'workers-child.mjs'), batch, db, String(workers)];
  const cmd = pin ? ['taskset', '-c', '0', ...node] : node;
  const r = spawnSync(cmd[0] as string, cmd.slice(1), { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`bench workers: ${workers} worker run failed (exit ${r.status}): ${r.stderr.slice(-2000)}`);
  const last = r.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as Run;
}

export async function benchWorkers(n = 2000, workers = availableParallelism()): Promise<{ oneCore: number; one: number; many: number }> {
  ensureDist(join(import.meta.dirname, '..'));
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
