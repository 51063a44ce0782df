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

interface IndexRow {
  file: string;
  title?: string;
  published?: string;
  source?: string;
  url?: string;
}

/** Every demo article, read and cleaned once, with the title, date, source and URL of its folder's index.jsonl. */
export function demoCorpus(): ArticleInput[] {
  const inputs: ArticleInput[] = [];
  for (const dir of ['demo/news-demo', 'demo/news-pd']) {
    const meta = new Map<string, IndexRow>();
    const index = join(dir, 'index.jsonl');
    if (existsSync(index)) {
      for (const line of readFileSync(index, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const row = JSON.parse(line) as IndexRow;
        meta.set(row.file, row);
      }
    }
    const files = readdirSync(join(dir, 'articles')).filter((f) => f.endsWith('.txt')).sort();
    for (const f of files) {
      const m = meta.get(`articles/${f}`);
      // as the ingest service reads a manifest's file (src/services/ingest.ts): date, URL and source as defaults, the title set
      const defaults = { published: m?.published ?? null, source: m?.source ?? null, url: m?.url ?? null };
      for (const o of readBuffer(f, readFileSync(join(dir, 'articles', f)), defaults)) {
        if (!o.ok) continue;
        if (m?.title) o.input.title = m.title;
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
}

export function benchAnalyzeDemo(print = true): DemoBench {
  const corpus = demoCorpus();
  let words = 0;
  for (const a of corpus) words += a.text.split(/\s+/).length;
  warmUp();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const a of corpus) analyze(a);
  const seconds = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  const cpuSeconds = (c.user + c.system) / 1e6;
  const r: DemoBench = {
    articles: corpus.length,
    words,
    cpuSeconds,
    articlesPerCpuSec: corpus.length / cpuSeconds,
    wordsPerCpuSec: words / cpuSeconds,
    coresBusy: cpuSeconds / seconds,
  };
  if (print) {
    console.log(`analyze-demo: the demo corpus (${r.articles} articles, ${r.words} words, ${Math.round(r.words / r.articles)} words per article), each analysed once in a fresh process: ` +
      `${r.articlesPerCpuSec.toFixed(1)} articles per CPU-second, ${Math.round(r.wordsPerCpuSec)} words per CPU-second (${r.coresBusy.toFixed(2)} cores busy)`);
  }
  return r;
}
