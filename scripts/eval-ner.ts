// Scores the NER tagger on held-out corpora (GUM dev, UNER-EWT dev, UNER-PUD) and measures tagging speed.
// Usage: npm run eval:ner [-- --model path/to/model.bin.gz] [--no-speed]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { documentRuns, parseIob2, type LabeledSentence } from '../src/nlp/ner/corpus.js';
import { decodeModel, type NerModel } from '../src/nlp/ner/model.js';
import { modelPath } from '../src/nlp/ner/load.js';
import { formatReport, scoreSentences, type ScoreReport } from '../src/nlp/ner/score.js';
import { N_LABELS, NER_TYPES, bLabel, iLabel } from '../src/nlp/ner/tags.js';
import { Tagger } from '../src/nlp/ner/tagger.js';
import { NO_POS, projectPos } from '../src/nlp/ner/pos.js';
import { createTaggerRecognizer } from '../src/nlp/ner/index.js';
import { createRecognizer } from '../src/nlp/entities/recognizer.js';
import type { RankerModel } from '../src/nlp/entities/ranker.js';
import { evaluateGold, goldFiles } from '../src/eval/run.js';
import { f1 } from '../src/eval/score.js';
import { loadKB } from '../src/kb/index.js';
import type { Doc, EntityRecognizer } from '../src/nlp/types.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface TaggedSentence extends LabeledSentence {
  pos: Uint8Array | null;
}

/** Reads a corpus file and projects wink-nlp POS onto its words (as the runtime Doc would carry). */
export function readCorpus(rel: string, withPos = true): TaggedSentence[] {
  return parseIob2(readFileSync(join(ROOT, rel), 'utf8')).map((s) => ({ ...s, pos: withPos ? projectPos(s.words) : null }));
}

const typeSet = (...names: string[]): Set<number> => new Set(names.map((n) => NER_TYPES.indexOf(n as (typeof NER_TYPES)[number])));

/** Held-out sets: never used for training. `types` = what the gold annotates. */
export const EVAL_SETS = [
  { name: 'GUM dev', file: 'corpora/gum/dev.iob2', types: typeSet('PERSON', 'ORG', 'LOC', 'EVENT', 'OTHER') },
  // the same documents in the IOB2 that came with the shared corpus (an earlier heuristic; see corpora/gum/README.md)
  { name: 'GUM dev (shared IOB2)', file: 'corpora/gum/dev.shared.iob2', types: typeSet('PERSON', 'ORG', 'LOC', 'EVENT', 'OTHER') },
  { name: 'UNER-EWT dev', file: 'corpora/uner-ewt/en_ewt-ud-dev.iob2', types: typeSet('PERSON', 'ORG', 'LOC') },
  { name: 'UNER-PUD (news+wiki, held out)', file: 'corpora/uner-pud/uner-en-pud.iob2', types: typeSet('PERSON', 'ORG', 'LOC') },
] as const;

export function evaluate(model: NerModel, sents: readonly TaggedSentence[], types: ReadonlySet<number>): ScoreReport {
  const tagger = new Tagger(model);
  // tag whole documents (sentence bounds given), as the runtime does, then cut back into sentences
  const pred: Uint8Array[] = [];
  for (const [a, b] of documentRuns(sents)) {
    const doc = docOfSentences(sents.slice(a, b));
    const labels = tagger.tag(doc.words, doc.pos, doc.sentStart, doc.sentEnd);
    for (let k = 0; k < b - a; k++) pred.push(labels.slice(doc.sentStart[k], doc.sentEnd[k]));
  }
  return scoreSentences(sents.map((s) => s.labels), pred, types);
}

/** The sentences of one corpus document as a Doc: words joined by single spaces, one paragraph, corpus sentence bounds. */
export function docOfSentences(sents: readonly TaggedSentence[]): Doc {
  const words: string[] = [];
  const pos: number[] = [];
  const sentStart: number[] = [];
  const sentEnd: number[] = [];
  for (const s of sents) {
    sentStart.push(words.length);
    for (let i = 0; i < s.words.length; i++) { words.push(s.words[i] as string); pos.push(s.pos ? (s.pos[i] as number) : NO_POS); }
    sentEnd.push(words.length);
  }
  const n = words.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const sentOf = new Int32Array(n);
  let at = 0;
  for (let i = 0; i < n; i++) {
    starts[i] = at;
    at += (words[i] as string).length;
    ends[i] = at;
    at++;
  }
  for (let k = 0; k < sentStart.length; k++) sentOf.fill(k, sentStart[k], sentEnd[k]);
  return {
    text: words.join(' '), n, words, lower: words.map((w) => w.toLowerCase()), starts, ends, pos: Uint8Array.from(pos),
    sentStart: Int32Array.from(sentStart), sentEnd: Int32Array.from(sentEnd), sentOf, paraOfSent: new Int32Array(sentStart.length),
  };
}

/** Analyzer type -> scored type: GPE and FAC are places (LOC); types outside PERSON/ORG/LOC are dropped. */
const FULL_TYPE: Readonly<Record<string, number>> = { PERSON: 0, ORG: 1, LOC: 2, GPE: 2, FAC: 2 };
export const CORE_TYPES: ReadonlySet<number> = new Set([0, 1, 2]);

/**
 * Scores a document-level recognizer (the analyzer's full one by default) on a corpus: each document becomes a Doc
 * built from the gold tokens, mentions become labels, PERSON/ORG/LOC (GPE, FAC -> LOC) are scored.
 */
export function evaluateRecognizer(recognizer: EntityRecognizer, sents: readonly TaggedSentence[]): ScoreReport {
  const pred: Uint8Array[] = [];
  for (const [a, b] of documentRuns(sents)) {
    const doc = docOfSentences(sents.slice(a, b));
    const labels = new Uint8Array(doc.n);
    for (const m of recognizer.recognize(doc)) {
      const t = FULL_TYPE[m.type];
      if (t === undefined) continue;
      const sentEnd = doc.sentEnd[doc.sentOf[m.tokenStart] as number] as number;
      labels[m.tokenStart] = bLabel(t);
      for (let k = m.tokenStart + 1; k < Math.min(m.tokenEnd, sentEnd); k++) labels[k] = iLabel(t);
    }
    for (let k = 0; k < b - a; k++) pred.push(labels.slice(doc.sentStart[k], doc.sentEnd[k]));
  }
  return scoreSentences(sents.map((s) => s.labels), pred, CORE_TYPES);
}

/** The analyzer's recognizer (tagger + gazetteer/pattern rules) over the given tagger model. */
export function fullRecognizer(model: NerModel, ranker?: RankerModel | null): EntityRecognizer {
  return createRecognizer(loadKB(), { tagger: createTaggerRecognizer({ model }), ...(ranker === undefined ? {} : { ranker }) });
}

/** Tokens per second of feature extraction + decoding (with the document memory) over whole documents, on this thread. */
export function measureSpeed(model: NerModel, sents: readonly TaggedSentence[], seconds = 2): number {
  const tagger = new Tagger(model);
  const docs: Doc[] = documentRuns(sents).map(([a, b]) => docOfSentences(sents.slice(a, b)));
  let tokens = 0;
  const t0 = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < seconds) {
    for (const d of docs) {
      tagger.tag(d.words, d.pos, d.sentStart, d.sentEnd);
      tokens += d.n;
    }
    elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
  }
  return tokens / elapsed;
}

function main(): void {
  const args = process.argv.slice(2);
  const mi = args.indexOf('--model');
  const path = mi >= 0 ? (args[mi + 1] as string) : modelPath();
  const t0 = performance.now();
  const model = decodeModel(readFileSync(path));
  const loadMs = performance.now() - t0;
  console.log(`model ${path}: ${model.weights.length / N_LABELS} weight rows, loaded in ${loadMs.toFixed(0)} ms`);
  const all: TaggedSentence[] = [];
  for (const set of EVAL_SETS) {
    const sents = readCorpus(set.file);
    all.push(...sents);
    const tokens = sents.reduce((n, s) => n + s.words.length, 0);
    console.log(`\n${formatReport(`${set.name}: ${sents.length} sentences, ${tokens} tokens`, evaluate(model, sents, set.types))}`);
  }
  const full = fullRecognizer(model);
  console.log('\nfull recognizer (createRecognizer(loadKB()): tagger + rules; GPE/FAC scored as LOC)');
  for (const set of EVAL_SETS) {
    const sents = readCorpus(set.file);
    console.log(`\n${formatReport(`${set.name} (full recognizer)`, evaluateRecognizer(full, sents))}`);
  }
  // the analyzer on the news gold set (what `npm run eval -- eval/dev` reports as entity F1)
  const news = evaluateGold(goldFiles([join(ROOT, 'eval/dev')]), full);
  const ef = f1(news.entities);
  console.log(`\nnews (eval/dev, ${news.files} articles, full analyzer with this model): typed entity F1 ${ef.f.toFixed(3)} (P ${ef.p.toFixed(3)} R ${ef.r.toFixed(3)})`);
  if (!args.includes('--no-speed')) {
    measureSpeed(model, all, 0.5); // warm-up
    console.log(`\nspeed: ${Math.round(measureSpeed(model, all, 3)).toLocaleString('en-US')} tokens/s (features + Viterbi + document memory, whole documents, one thread)`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
