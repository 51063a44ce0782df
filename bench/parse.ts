// Parse-stage throughput on the bench corpus, tokens already in Docs (UPOS tagging + dependency parsing), one core.
// Reports words per wall-clock second and per CPU second (the latter is steadier on a shared machine).
import { benchCorpus } from './analyze.js';
import { tokenize } from '../src/nlp/tokenize.js';
import { loadParser, parseDoc } from '../src/nlp/parse/index.js';

export function benchParse(print = true): { wordsPerSec: number; wordsPerCpuSec: number } {
  const docs = benchCorpus().map((a) => tokenize(a.text));
  const model = loadParser();
  for (let k = 0; k < 3; k++) for (const d of docs) parseDoc(d, model); // load + warm up
  let words = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  while (performance.now() - t0 < 3000) {
    for (const d of docs) {
      parseDoc(d, model);
      words += d.n;
    }
  }
  const wall = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / 1e6;
  const wordsPerSec = words / wall;
  const wordsPerCpuSec = words / cpu;
  const fmt = (x: number): string => Math.round(x).toLocaleString('en-US');
  if (print) console.log(`parse: ${fmt(wordsPerSec)} words/s wall, ${fmt(wordsPerCpuSec)} words per CPU-second (UPOS tagger + arc-eager parser, one core; target ≥ 60,000)`);
  return { wordsPerSec, wordsPerCpuSec };
}
