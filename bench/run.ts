// `npm run bench [analyze|analyze-demo|tagger|parse|store|api|cli|kb|workers|export [N]|queue [N]|load|scale …]`: each benchmark prints its figures, with ratios against a peer
// measured in the same run where one exists. Run on a quiet machine: figures are wall-clock.
import { spawnSync } from 'node:child_process';
import { benchAnalyze } from './analyze.js';
import { benchAnalyzeDemo } from './analyze-demo.js';
import { benchTagger } from './tagger.js';
import { benchParse } from './parse.js';
import { benchStore } from './store.js';
import { benchApi } from './api.js';
import { benchLoad } from './load.js';
import { benchCli } from './cli.js';
import { benchKb } from './kb.js';
import { benchWorkers } from './workers.js';
import { benchExport } from './export.js';
import { benchQueue } from './queue.js';
import { benchScale, parseScaleArgs } from './scale.js';

const only = process.argv[2];
const want = (name: string): boolean => !only || only === name;

if (want('analyze')) {
  benchAnalyze();
  // the demo corpus in a process of its own: nothing compiled or cached on the bench corpus above
  const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1] as string, 'analyze-demo'], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  process.stdout.write(child.stdout.split('\n').filter((l) => l.startsWith('analyze-demo:')).map((l) => `${l}\n`).join(''));
}
if (only === 'analyze-demo') benchAnalyzeDemo();
if (want('tagger')) benchTagger();
if (want('parse')) benchParse();
if (want('store')) await benchStore();
if (want('api')) await benchApi();
if (want('cli')) benchCli();
if (want('kb')) benchKb();
if (want('workers')) await benchWorkers();
// articles/s per export format over N synthetic articles (default 100,000; the store is built once and reused)
if (want('export')) await benchExport({ articles: only === 'export' && process.argv[3] ? Number(process.argv[3]) : undefined });
// queue throughput with 1 and 2 worker processes on PostgreSQL and Redis (N releases, default 400)
if (want('queue')) await benchQueue(only === 'queue' && process.argv[3] ? Number(process.argv[3]) : undefined);
// 200 connections for 20 s: only when asked for by name (`npm run bench load`)
if (only === 'load') await benchLoad();
// search and ingest at 1,000,000 articles (`npm run bench scale -- --articles N --backend sqlite|postgres [--build-only]`):
// only by name; the first run builds the database (long), later runs measure it
if (only === 'scale') await benchScale(parseScaleArgs(process.argv.slice(3)));
console.log(`peak memory (max RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
