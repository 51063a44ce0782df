// Scores the NER tagger on held-out corpora (GUM dev, UNER-EWT dev, UNER-PUD) and measures tagging speed.
// Usage: npm run eval:ner [-- --model path/to/model.bin.gz] [--no-speed]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseIob2, type LabeledSentence } from '../src/nlp/ner/corpus.js';
import { decodeModel, type NerModel } from '../src/nlp/ner/model.js';
import { modelPath } from '../src/nlp/ner/load.js';
import { formatReport, scoreSentences, type ScoreReport } from '../src/nlp/ner/score.js';
import { N_LABELS, NER_TYPES } from '../src/nlp/ner/tags.js';
import { Tagger } from '../src/nlp/ner/tagger.js';
import { NO_POS, projectPos } from '../src/nlp/ner/pos.js';

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
  { name: 'UNER-EWT dev', file: 'corpora/uner-ewt/en_ewt-ud-dev.iob2', types: typeSet('PERSON', 'ORG', 'LOC') },
  { name: 'UNER-PUD (news+wiki, held out)', file: 'corpora/uner-pud/uner-en-pud.iob2', types: typeSet('PERSON', 'ORG', 'LOC') },
] as const;

export function evaluate(model: NerModel, sents: readonly TaggedSentence[], types: ReadonlySet<number>): ScoreReport {
  const tagger = new Tagger(model);
  // tag whole documents (sentence bounds given), as the runtime does, then cut back into sentences
  const pred: Uint8Array[] = [];
  for (let a = 0; a < sents.length; ) {
    let b = a + 1;
    while (b < sents.length && (sents[b] as TaggedSentence).doc === (sents[a] as TaggedSentence).doc) b++;
    const words: string[] = [];
    const pos: number[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    for (let k = a; k < b; k++) {
      const s = sents[k] as TaggedSentence;
      starts.push(words.length);
      for (let i = 0; i < s.words.length; i++) { words.push(s.words[i] as string); pos.push(s.pos ? (s.pos[i] as number) : NO_POS); }
      ends.push(words.length);
    }
    const labels = tagger.tag(words, pos, starts, ends);
    for (let k = a; k < b; k++) pred.push(labels.slice(starts[k - a], ends[k - a]));
    a = b;
  }
  return scoreSentences(sents.map((s) => s.labels), pred, types);
}

/** Tokens per second of feature extraction + decoding over the given sentences, on this thread. */
export function measureSpeed(model: NerModel, sents: readonly TaggedSentence[], seconds = 2): number {
  const tagger = new Tagger(model);
  const out = new Uint8Array(4096);
  let tokens = 0;
  const t0 = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < seconds) {
    for (const s of sents) {
      tagger.tagSentence(s.words, 0, s.words.length, out.length >= s.words.length ? out : new Uint8Array(s.words.length), s.pos);
      tokens += s.words.length;
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
  if (!args.includes('--no-speed')) {
    measureSpeed(model, all, 0.5); // warm-up
    console.log(`\nspeed: ${Math.round(measureSpeed(model, all, 3)).toLocaleString('en-US')} tokens/s (features + Viterbi, one thread)`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
