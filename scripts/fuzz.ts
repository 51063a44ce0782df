// `npm run fuzz -- --count N --seed S [--only I] [--verbose]`: the fuzz suite (scripts/fuzz-lib.ts). Prints the figures
// and every problem (crash, stack trace, slow input) with its index; `--only I` reruns one input. Exit 1 on any problem.
import { parseArgs } from 'node:util';
import { runFuzz, generate, type FuzzResult } from './fuzz-lib.js';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' }, only: { type: 'string' }, verbose: { type: 'boolean', default: false } },
});
const count = Number(values.count);
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
  console.error('fuzz: --count must be a positive whole number and --seed a whole number');
  process.exit(2);
}
if (values.only !== undefined) {
  const input = generate(seed, Number(values.only));
  console.log(`input ${input.index}: ${input.kind} ${input.name} ${input.body.length} bytes ${input.method ?? ''} ${input.path ?? ''}`);
  console.log(input.body.toString('utf8').slice(0, 2000));
  process.exit(0);
}
let done = 0;
const t0 = Date.now();
const report = await runFuzz({
  count, seed,
  onResult: (r: FuzzResult) => {
    done++;
    if (values.verbose || r.outcome === 'crash' || r.outcome === 'stack' || r.outcome === 'slow') {
      console.log(`#${r.index} ${r.kind} ${r.bytes} B ${r.ms.toFixed(0)} ms ${r.outcome} ${r.detail}`);
    }
    if (done % 500 === 0) process.stderr.write(`fuzz: ${done}/${count} in ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
  },
});
const o = report.byOutcome;
console.log(`fuzz seed ${seed}: ${report.count} inputs in ${(report.totalMs / 1000).toFixed(1)} s (analyzer start-up ${(report.startupMs / 1000).toFixed(1)} s)`);
console.log(`  ok ${o.ok}, named failures ${o.named}, crashes ${o.crash}, stack traces ${o.stack}, slow (over 3 s + 2 s/MB) ${o.slow}`);
console.log(`  by kind: ${Object.entries(report.byKind).map(([k, n]) => `${k} ${n}`).join(', ')}`);
console.log(`  failure codes: ${Object.entries(report.codes).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
console.log(`  slowest: ${report.slowest.map((r) => `#${r.index} ${r.kind} ${r.bytes} B ${r.ms.toFixed(0)} ms`).join('; ')}`);
process.exitCode = report.problems.length > 0 ? 1 : 0;
