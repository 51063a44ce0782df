// Trains the NER tagger from the repo-local corpora and writes models/ner/ner-model.bin.gz (deterministic).
// Usage: npm run train:ner [-- --epochs 12 --bits 20 --seed 1 --out path --no-btc --no-re3d --no-lex --caps-aug 10]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { buildCapLexicon, type Lexicon } from '../src/nlp/ner/lexicon.js';
import { GAZ_CITY, GAZ_DEMONYM, GAZ_FIRST_NAME, GAZ_REGION, buildGazetteer, phraseTokens } from '../src/nlp/ner/gazetteer.js';
import { encodeModel, packModel } from '../src/nlp/ner/model.js';
import { trainPerceptron, type TrainSentence } from '../src/nlp/ner/train.js';
import { MODEL_FILE } from '../src/nlp/ner/load.js';
import { formatReport } from '../src/nlp/ner/score.js';
import { N_LABELS, NER_TYPES, O, bLabel, iLabel } from '../src/nlp/ner/tags.js';
import { EVAL_SETS, ROOT, evaluate, readCorpus } from './eval-ner.js';

const args = process.argv.slice(2);
const opt = (name: string, def: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const flag = (name: string): boolean => args.includes(`--${name}`);
const outIdx = args.indexOf('--out');
const out = outIdx >= 0 ? (args[outIdx + 1] as string) : join(ROOT, MODEL_FILE);

const epochs = opt('epochs', 12);
const bits = opt('bits', 20);
const seed = opt('seed', 1);
const capsEvery = opt('caps-aug', 5);
const minAbs = opt('min-abs', 0.01);

const readList = (rel: string): string[] => readFileSync(join(ROOT, rel), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);

export const TRAIN_FILES = {
  gum: ['corpora/gum/train.iob2'],
  re3d: ['re3d-us-state-dept', 're3d-centcom', 're3d-au-dfat', 're3d-uk-gov', 're3d-wikipedia'].map((f) => `corpora/re3d/${f}.iob2`),
  btc: ['corpora/btc/btc-g.iob2', 'corpora/btc/btc-e.iob2'],
};

const t0 = performance.now();
const files = [
  ...TRAIN_FILES.gum,
  ...(flag('no-re3d') ? [] : TRAIN_FILES.re3d),
  ...(flag('no-btc') ? [] : TRAIN_FILES.btc),
];
const data: TrainSentence[] = [];
for (const f of files) for (const s of readCorpus(f, !flag('no-pos'))) data.push({ words: s.words, labels: s.labels, pos: s.pos });

// GUM and BTC leave nationalities, religions and parties untagged: a listed demonym tagged O becomes NORP
const DEMONYMS = readList('corpora/gazetteers/demonyms.txt').map(phraseTokens);
let relabeled = 0;
if (!flag('no-norp')) {
  for (const s of data) {
    for (let i = 0; i < s.words.length; i++) {
      for (const d of DEMONYMS) {
        if (i + d.length > s.words.length || !d.every((t, k) => s.words[i + k] === t && s.labels[i + k] === O)) continue;
        const norp = NER_TYPES.indexOf('NORP');
        s.labels[i] = bLabel(norp);
        for (let k = 1; k < d.length; k++) s.labels[i + k] = iLabel(norp);
        relabeled++;
        i += d.length - 1;
        break;
      }
    }
  }
}

// all-caps copies of every k-th sentence teach headline casing
if (capsEvery > 0) {
  const n = data.length;
  for (let i = 0; i < n; i += capsEvery) {
    const s = data[i] as TrainSentence;
    data.push({ words: s.words.map((w) => w.toUpperCase()), labels: s.labels, pos: s.pos });
  }
}

/** Unlabeled public-domain news paragraphs (one per line, "# file" lines between articles). */
export function readUnlabeled(): string[] {
  const text = gunzipSync(readFileSync(join(ROOT, 'corpora/news-pd/bodies.txt.gz'))).toString('utf8');
  return text.split('\n').filter((l) => l.length > 0 && !l.startsWith('# '));
}

const lexicon: Lexicon | null = flag('no-lex') ? null : buildCapLexicon(readUnlabeled());

export const GAZETTEER_FILES = [
  { kind: GAZ_FIRST_NAME, file: 'corpora/gazetteers/first-names.txt' },
  { kind: GAZ_CITY, file: 'corpora/gazetteers/cities.txt' },
  { kind: GAZ_REGION, file: 'corpora/gazetteers/countries.txt' },
  { kind: GAZ_REGION, file: 'corpora/gazetteers/regions.txt' },
  { kind: GAZ_DEMONYM, file: 'corpora/gazetteers/demonyms.txt' },
];
const gazetteer: Lexicon | null = flag('no-gaz') ? null : buildGazetteer(GAZETTEER_FILES.map((g) => ({ kind: g.kind, names: readList(g.file) })));
const tables = { lexicon, gazetteer };

const tokens = data.reduce((n, s) => n + s.words.length, 0);
console.log(`training on ${data.length} sentences, ${tokens} tokens from ${files.length} files (${relabeled} demonyms relabeled NORP); epochs ${epochs}, 2^${bits} buckets, seed ${seed}`);
const trained = trainPerceptron(data, {
  bits,
  epochs,
  seed,
  tables,
  onEpoch: (e, err, n) => console.log(`  epoch ${e + 1}: ${err} token errors (${((100 * err) / n).toFixed(2)}%)`),
});
const model = packModel(trained.weights, trained.trans, bits, tables, { files, epochs, seed, capsEvery, sentences: data.length, tokens }, minAbs);
const bytes = encodeModel(model);
const secs = (performance.now() - t0) / 1000;
console.log(`trained in ${secs.toFixed(1)} s; ${model.weights.length / N_LABELS} weight rows; model ${(bytes.length / 1e6).toFixed(2)} MB`);
for (const set of EVAL_SETS) {
  const r = evaluate(model, readCorpus(set.file), set.types);
  if (flag('verbose')) console.log(formatReport(set.name, r));
  else console.log(`${set.name.padEnd(32)} PER/ORG/LOC F1 ${(100 * r.collapsed.f1).toFixed(1)}  untyped ${(100 * r.collapsedUntyped.f1).toFixed(1)}  overall ${(100 * r.overall.f1).toFixed(1)}`);
}
if (!flag('dry')) {
  writeFileSync(out, bytes);
  console.log(`wrote ${out}`);
}
