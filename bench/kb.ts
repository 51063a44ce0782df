// Knowledge-base load: loadKB() (gazetteers, countries, organisations, actor dictionaries) in a fresh process, from
// the compiled code: wall-clock time and the resident memory it adds. Median of 3 processes. Targets (issue 12): ≤ 1 s,
// ≤ 300 MB.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PROBE = `
const r0 = process.memoryUsage().rss;
const t0 = performance.now();
const { loadKB } = await import('./dist/src/kb/index.js');
const kb = loadKB();
kb.cities('Paris');
const ms = performance.now() - t0;
console.log(JSON.stringify({ ms, mb: (process.memoryUsage().rss - r0) / 1048576 }));
`;

export function benchKb(): void {
  if (!existsSync('dist/src/kb/index.js')) {
    console.log('kb: dist/ is missing: run `npm run build` (npm install does it)');
    return;
  }
  const runs: Array<{ ms: number; mb: number }> = [];
  for (let i = 0; i < 3; i++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', PROBE], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`kb probe failed: ${r.stderr}`);
    runs.push(JSON.parse(r.stdout.trim()) as { ms: number; mb: number });
  }
  runs.sort((a, b) => a.ms - b.ms);
  const mid = runs[1] as { ms: number; mb: number };
  console.log(`kb: loadKB ${(mid.ms / 1000).toFixed(2)} s, +${mid.mb.toFixed(0)} MB resident (median of 3 fresh processes; targets ≤ 1 s, ≤ 300 MB)`);
}
