// Synthetic articles for store benchmarks, built from the demo corpus's sentences (deterministic for a seed).
// Usage: node --import tsx scripts/gen-synthetic.ts N OUT.jsonl [SEED]
import { seededRandom } from '../src/core/random.js';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SYNTHETIC_CORPUS = [join(ROOT, 'demo', 'news-pd', 'articles'), join(ROOT, 'demo', 'news-demo', 'articles')];

export interface SyntheticArticle {
  title: string;
  text: string;
  published: string;
  source: string;
  url: string;
  /** index of the corpus article most of the text comes from */
  base: number;
}

const SOURCES = ['Northern Courier', 'Harbour Gazette', 'Daily Ledger', 'Capital Wire', 'Evening Post', 'Global Dispatch',
  'Morning Star', 'Continental Times', 'Pacific Herald', 'Atlantic Review', 'Metro Tribune', 'Frontier News'];


export interface SyntheticCorpus {
  files: string[];
  /** sentences of each corpus article */
  sentences: string[][];
}

export function loadCorpus(dirs = SYNTHETIC_CORPUS): SyntheticCorpus {
  const files: string[] = [];
  const sentences: string[][] = [];
  for (const dir of dirs) {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
      const body = readFileSync(join(dir, f), 'utf8').split('\n').slice(2).join(' ');
      const s = body.split(/(?<=[.!?]["”’]?)\s+(?=[A-Z“"])/).map((x) => x.trim()).filter((x) => x.length > 20);
      if (s.length === 0) continue;
      files.push(join(dir, f));
      sentences.push(s);
    }
  }
  return { files, sentences };
}

/** n articles: 3-6 sentences of a base article, then 3-6 sentences from anywhere; random date 2021-01 .. 2026-05. */
export function* syntheticArticles(n: number, seed = 42, corpus = loadCorpus()): Generator<SyntheticArticle> {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const t0 = Date.parse('2021-01-01T00:00:00Z');
  const span = Date.parse('2026-05-31T00:00:00Z') - t0;
  for (let i = 0; i < n; i++) {
    const base = Math.floor(rnd() * corpus.sentences.length);
    const own = corpus.sentences[base] as string[];
    const start = Math.floor(rnd() * Math.max(1, own.length - 3));
    const parts = own.slice(start, start + 3 + Math.floor(rnd() * 4));
    const extra = 3 + Math.floor(rnd() * 4);
    for (let k = 0; k < extra; k++) parts.push(pick(pick(corpus.sentences)));
    const paras: string[] = [];
    for (let k = 0; k < parts.length; k += 3) paras.push(parts.slice(k, k + 3).join(' '));
    const title = (parts[0] ?? 'Untitled').split(/\s+/).slice(0, 10).join(' ').replace(/[,.;:]$/, '');
    const source = pick(SOURCES);
    yield {
      title, text: paras.join('\n\n'), published: new Date(t0 + Math.floor(rnd() * span)).toISOString().slice(0, 10), source,
      url: `https://synthetic.example/${source.toLowerCase().replace(/\s+/g, '-')}/${seed}-${i}`, base,
    };
  }
}

const isMain = process.argv[1] !== undefined && /gen-synthetic\.ts$/.test(process.argv[1]);
if (isMain) {
  const n = Number(process.argv[2] ?? 1000);
  const out = process.argv[3] ?? 'synthetic.jsonl';
  const seed = Number(process.argv[4] ?? 42);
  const lines: string[] = [];
  for (const a of syntheticArticles(n, seed)) lines.push(JSON.stringify({ title: a.title, text: a.text, published: a.published, source: a.source, url: a.url }));
  writeFileSync(out, lines.join('\n') + '\n');
  console.error(`wrote ${n} synthetic articles to ${out}`);
}
