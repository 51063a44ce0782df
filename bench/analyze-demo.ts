// Analyzer throughput on the demo corpus as `npm start` ingests it: every article of demo/news-demo, demo/news-pd and
// the seed, each analysed once, in a fresh process (models loaded once; nothing warmed on these texts first), one core.
// The other analyze figure (bench/analyze.ts) repeats the 23 long Wikinews articles to 2 MB; this one is the 3,023
// articles of the corpus the issue names, most of them short government releases, so per-article rates differ: both
// are printed with their words per CPU-second.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBuffer } from '../src/ingest/readers.js';
import { analyze, warmUp } from '../src/nlp/pipeline.js';
import type { ArticleInput } from '../src/core/input.js';
import { applyManifest, manifestDefaults, parseManifest, type ManifestRecord } from '../src/services/ingest.js';

/** Every demo article, read and cleaned once, with what its folder's manifest (index.jsonl) says of it, as ingest reads it. */
export function demoCorpus(): ArticleInput[] {
  const inputs: ArticleInput[] = [];
  for (const dir of ['demo/news-demo', 'demo/news-pd']) {
    const index = join(dir, 'index.jsonl');
    const meta = new Map<string, ManifestRecord>();
    if (existsSync(index)) for (const m of parseManifest(readFileSync(index, 'utf8')) ?? []) meta.set(m.file, m);
    const files = readdirSync(join(dir, 'articles')).filter((f) => f.endsWith('.txt')).sort();
    for (const f of files) {
      const m = meta.get(`articles/${f}`);
      for (const o of readBuffer(f, readFileSync(join(dir, 'articles', f)), m ? manifestDefaults(m, {}) : {})) {
        if (!o.ok) continue;
        if (m) applyManifest(o.input, m);
        inputs.push(o.input);
      }
    }
  }
  const seed = 'demo/seed/rutte-nato-china.txt';
  for (const o of readBuffer(seed, readFileSync(seed), { published: '2025-04-09' })) if (o.ok) inputs.push(o.input);
  return inputs;
}

export interface DemoBench {
  articles: number;
  words: number;
  cpuSeconds: number;
  articlesPerCpuSec: number;
  wordsPerCpuSec: number;
  coresBusy: number;
  /** the odd-numbered articles alone, analysed after the even-numbered ones: the rate once the code is compiled, on articles not seen before */
  steadyArticlesPerCpuSec: number;
}

export function benchAnalyzeDemo(print = true): DemoBench {
  const corpus = demoCorpus();
  let words = 0;
  for (const a of corpus) words += a.text.split(/\s+/).length;
  warmUp();
  // every article once: the even-numbered ones, then the odd-numbered ones (two halves of the same mix), so that the
  // second half also tells the rate once V8 has compiled the analyzer (start-up and compilation are paid once per
  // process, whatever the number of articles after them)
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (let i = 0; i < corpus.length; i += 2) analyze(corpus[i] as ArticleInput);
  const cHalf = process.cpuUsage(c0);
  for (let i = 1; i < corpus.length; i += 2) analyze(corpus[i] as ArticleInput);
  const seconds = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  const cpuSeconds = (c.user + c.system) / 1e6;
  const oddSeconds = (c.user + c.system - cHalf.user - cHalf.system) / 1e6;
  const r: DemoBench = {
    articles: corpus.length,
    words,
    cpuSeconds,
    articlesPerCpuSec: corpus.length / cpuSeconds,
    wordsPerCpuSec: words / cpuSeconds,
    coresBusy: cpuSeconds / seconds,
    steadyArticlesPerCpuSec: Math.floor(corpus.length / 2) / oddSeconds,
  };
  if (print) {
    console.log(`analyze-demo: the demo corpus (${r.articles} articles, ${r.words} words, ${Math.round(r.words / r.articles)} words per article), each analysed once in a fresh process: ` +
      `${r.articlesPerCpuSec.toFixed(1)} articles per CPU-second, ${Math.round(r.wordsPerCpuSec)} words per CPU-second (${r.coresBusy.toFixed(2)} cores busy); ` +
      `the second half alone (the odd-numbered articles, after the even-numbered ones): ${r.steadyArticlesPerCpuSec.toFixed(1)} articles per CPU-second`);
  }
  return r;
}
