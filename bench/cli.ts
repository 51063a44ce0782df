// CLI start-up: `argus --help` (median of 5 runs) and `argus analyze` of one article (median of 3) from a cold process,
// wall-clock, with every run's time.
// Peer in the same run: the same commands run from the TypeScript sources through tsx (ARGUS_FROM_SOURCE=1), which is
// how every command ran before the CLI shipped compiled.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/** Every run's wall-clock time, in the order run (a shared machine shows in the spread). */
const runsOf = new Map<string, number[]>();

function time(args: string[], env: NodeJS.ProcessEnv, runs = 5): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, ['bin/argus.js', ...args], { env, encoding: 'utf8' });
    ms.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`argus ${args.join(' ')} failed: ${r.stderr}`);
  }
  runsOf.set(`${env['ARGUS_FROM_SOURCE']}:${args.join(' ')}`, ms);
  return median(ms);
}

const spread = (env: NodeJS.ProcessEnv, args: string[]): string =>
  (runsOf.get(`${env['ARGUS_FROM_SOURCE']}:${args.join(' ')}`) ?? []).map((x) => (x / 1000).toFixed(2)).join(', ');

export function benchCli(): void {
  if (!existsSync('dist/src/cli/main.js')) {
    console.log('cli: dist/ is missing: run `npm run build` (npm install does it) to measure the compiled CLI');
    return;
  }
  const env = { ...process.env, ARGUS_FROM_SOURCE: '0' };
  const src = { ...process.env, ARGUS_FROM_SOURCE: '1' };
  const article = ['analyze', 'demo/seed/rutte-nato-china.txt', '--format', 'json'];
  const help = time(['--help'], env);
  const helpSrc = time(['--help'], src);
  const one = time(article, env, 3);
  const oneSrc = time(article, src, 3);
  const s = (x: number): string => (x / 1000).toFixed(2);
  console.log(`cli: argus --help ${s(help)} s (runs ${spread(env, ['--help'])}; target ≤ 0.4 s; from sources through tsx ${s(helpSrc)} s -> ${(helpSrc / help).toFixed(1)}x faster)`);
  console.log(`cli: argus analyze (one article, cold) ${s(one)} s (runs ${spread(env, article)}; target ≤ 1.5 s; from sources ${s(oneSrc)} s -> ${(oneSrc / one).toFixed(1)}x faster)`);
}
