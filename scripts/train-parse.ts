// `npm run train:parse`: trains the UPOS tagger and the dependency parser on UD EWT train + GUM train and writes
// models/parse/parser.bin.gz. Deterministic: fixed seeds and input order give a byte-identical model.
// Options: --epochs N (parser), --tagger-epochs N, --limit N (first N training sentences, for quick checks),
// --out FILE, --no-eval, --dev-every N (scores EWT and GUM dev every N parser epochs: used only to choose the epoch
// count, never to stop training early). Experiments (the defaults are SETTINGS): --no-clusters, --clusters F/M/C,
// --clusters-cache FILE (reuse the clusters of an earlier run), --parser-runs N, --tagger-runs N, --seed N,
// --explore P, --word-dropout P, --tagger-dropout P, --trans-bits N, --label-bits N, --tagger-bits N, --beam N (1: greedy),
// --beam-epochs N.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { jackknifeTags, trainBeam, trainParser, trainTagger, evaluate } from '../src/nlp/parse/train.js';
import { PackedScorer, packedLayout } from '../src/nlp/parse/weights.js';
import { LABELER_MIN_LEVEL } from '../src/nlp/parse/runtime.js';
import { buildClusters, tokenizeUnlabeled } from '../src/nlp/ner/clusters.js';
import { WordTable, normalWord } from '../src/nlp/parse/lexical.js';
import { DEV_FILES, TRAIN_FILES, readGold } from './parse-data.js';
import { encodeParser, decodeParser, BEAM_FEATURES_VERSION, PARSE_FEATURES_VERSION } from '../src/nlp/parse/model.js';
import { ParserModel } from '../src/nlp/parse/index.js';
import { ParseDictionaries, buildDictionaries, dictionaryPath, formatDictionaries } from '../src/nlp/parse/dictionaries.js';
import { DEPRELS_FULL, UPOS_TAGS } from '../src/nlp/parse/labels.js';

const SETTINGS = {
  taggerEpochs: 8,
  taggerBits: 20,
  jackknifeFolds: 5,
  parserEpochs: 12,
  transBits: 22,
  labelBits: 19,
  explore: 0.9,
  /** parser word dropout: probability of hiding a training word's identity */
  wordDropout: 0,
  /** the same for the tagger (and the jackknifed taggers) */
  taggerDropout: 0,
  /** the final tagger and the parser are the mean of this many runs with different seeds (1 = one run) */
  taggerRuns: 3,
  parserRuns: 3,
  seed: 20261203,
  /** word clusters (src/nlp/ner/clusters.ts) learned from CLUSTER_TEXT + the training words; 0 fine clusters = none */
  clustersFine: 512,
  clustersMid: 128,
  clustersCoarse: 32,
  /**
   * beam search (1 = greedy): the greedy transition weights (the mean of the runs above) are trained on globally for
   * this width (max-violation structured perceptron, src/nlp/parse/beam.ts), the labeler kept. Not the default: see
   * models/parse/README.md, round 26 (`--beam 8` is the setting measured there)
   */
  beam: 1,
  beamEpochs: 8,
  /** beam search drops the states scoring more than this below the best one (speed: about 2.5 states kept a move) */
  beamMargin: 100,
  /** packed tables drop buckets whose largest |weight| is below this */
  minAbs: 0.002,
};

/** unlabeled text for the word clusters: public-domain news releases (corpora/news-pd, see corpora/README.md) */
const CLUSTER_TEXT = 'corpora/news-pd/bodies.txt.gz';


/** Clusters of the normalised words of the unlabeled text and the training sentences, as (word hash, packed value). */
function learnClusters(train: ReadonlyArray<{ words: readonly string[] }>, fine: number, mid: number, coarse: number, cache: string | undefined): Array<[number, number]> {
  if (cache && existsSync(cache)) {
    const b = readFileSync(cache);
    const v = new Int32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.length));
    const out: Array<[number, number]> = [];
    for (let i = 0; i < v.length; i += 2) out.push([v[i] as number, v[i + 1] as number]);
    return out;
  }
  const text = gunzipSync(readFileSync(CLUSTER_TEXT)).toString('utf8').split('\n').filter((l) => l.length > 0 && !l.startsWith('# '));
  const sents = [...text.map(tokenizeUnlabeled), ...train.map((x) => x.words)].map((ws) => ws.map(normalWord));
  const t = buildClusters(sents, { fine, mid, coarse });
  const out: Array<[number, number]> = [];
  for (let i = 0; i < t.keys.length; i++) if (t.keys[i] !== 0) out.push([t.keys[i] as number, t.values[i] as number]);
  if (cache) writeFileSync(cache, Buffer.from(Int32Array.from(out.flat()).buffer));
  return out;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const secs = (): string => ((performance.now() - t0) / 1000).toFixed(0) + ' s';
  const s = { ...SETTINGS };
  if (arg('--epochs')) s.parserEpochs = Number(arg('--epochs'));
  if (arg('--tagger-epochs')) s.taggerEpochs = Number(arg('--tagger-epochs'));
  if (arg('--trans-bits')) s.transBits = Number(arg('--trans-bits'));
  if (arg('--label-bits')) s.labelBits = Number(arg('--label-bits'));
  if (arg('--tagger-bits')) s.taggerBits = Number(arg('--tagger-bits'));
  if (arg('--seed')) s.seed = Number(arg('--seed'));
  if (arg('--explore')) s.explore = Number(arg('--explore'));
  if (arg('--word-dropout')) s.wordDropout = Number(arg('--word-dropout'));
  if (arg('--tagger-dropout')) s.taggerDropout = Number(arg('--tagger-dropout'));
  if (arg('--tagger-runs')) s.taggerRuns = Number(arg('--tagger-runs'));
  if (arg('--clusters')) [s.clustersFine, s.clustersMid, s.clustersCoarse] = (arg('--clusters') as string).split('/').map(Number) as [number, number, number];
  if (arg('--parser-runs')) s.parserRuns = Number(arg('--parser-runs'));
  if (arg('--beam')) s.beam = Number(arg('--beam'));
  if (arg('--beam-epochs')) s.beamEpochs = Number(arg('--beam-epochs'));
  if (arg('--beam-margin')) s.beamMargin = Number(arg('--beam-margin'));
  const out = arg('--out') ?? 'models/parse/parser.bin.gz';
  let train = TRAIN_FILES.flatMap(readGold);
  const limit = arg('--limit');
  if (limit) train = train.slice(0, Number(limit));
  const words = train.reduce((a, x) => a + x.words.length, 0);
  console.log(`training on ${train.length} sentences, ${words} words (${secs()})`);

  if (process.argv.includes('--no-clusters')) s.clustersFine = 0;
  const clusters = s.clustersFine > 0 ? learnClusters(train, s.clustersFine, s.clustersMid, s.clustersCoarse, arg('--clusters-cache')) : null;
  if (clusters) console.log(`word clusters: ${clusters.length} words (${secs()})`);
  const wordTable = clusters ? WordTable.build(clusters) : null;
  const jk = jackknifeTags(train, s.jackknifeFolds, s.taggerEpochs, s.seed + 1, s.taggerBits, wordTable, s.taggerDropout);
  let right = 0;
  train.forEach((x, i) => x.upos.forEach((t, j) => { if ((jk[i] as Uint8Array)[j] === t) right++; }));
  console.log(`jackknifed tags: accuracy ${(right / words).toFixed(4)} (${secs()})`);
  const tagger = trainTagger(train, s.taggerEpochs, s.seed, s.taggerBits, undefined, wordTable, s.taggerDropout);
  tagger.average();
  for (let r = 1; r < s.taggerRuns; r++) {
    const t = trainTagger(train, s.taggerEpochs, s.seed + 1000 * r, s.taggerBits, undefined, wordTable, s.taggerDropout);
    t.average();
    tagger.addScaled(t, 1);
  }
  if (s.taggerRuns > 1) tagger.addScaled(tagger, 1 / s.taggerRuns - 1);
  console.log(`tagger trained (${secs()})`);
  const every = Number(arg('--dev-every') ?? 0);
  const devs = every > 0 ? Object.entries(DEV_FILES).map(([name, file]) => [name, readGold(file)] as const) : [];
  const { trans, labeler } = trainParser(train, jk, {
    epochs: s.parserEpochs, seed: s.seed + 2, transBits: s.transBits, labelBits: s.labelBits, explore: s.explore, wordDropout: s.wordDropout, log: console.log, words: wordTable,
    afterEpoch: (e, t) => {
      if (every <= 0 || e % every !== 0) return;
      const tv = t.trans.averagedView();
      const lv = t.labeler.averagedView();
      for (const [name, gold] of devs) {
        const r = evaluate(tagger, tv, lv, gold, wordTable);
        console.log(`    epoch ${e} ${name}: UAS ${r.uas.toFixed(4)} LAS ${r.las.toFixed(4)}`);
      }
    },
  });
  trans.average();
  labeler.average();
  for (let r = 1; r < s.parserRuns; r++) {
    const t = trainParser(train, jk, { epochs: s.parserEpochs, seed: s.seed + 2 + 1000 * r, transBits: s.transBits, labelBits: s.labelBits, explore: s.explore, wordDropout: s.wordDropout, log: console.log, words: wordTable });
    t.trans.average();
    t.labeler.average();
    trans.addScaled(t.trans, 1);
    labeler.addScaled(t.labeler, 1);
  }
  if (s.parserRuns > 1) {
    trans.addScaled(trans, 1 / s.parserRuns - 1);
    labeler.addScaled(labeler, 1 / s.parserRuns - 1);
  }
  console.log(`parser trained (${secs()})`);
  let transTable = trans.pack(s.minAbs);
  if (s.beam > 1) {
    // the labeler as the run-time one (beam.ts labels the arcs of every state in the beam with it)
    const lab = new PackedScorer(packedLayout(labeler.pack(s.minAbs), LABELER_MIN_LEVEL));
    const bt = trainBeam(train, jk, {
      width: s.beam, epochs: s.beamEpochs, seed: s.seed + 3, init: trans.pack(0), labeler: lab, words: wordTable, log: console.log,
      afterEpoch: (e, t) => {
        if (every <= 0 || e % every !== 0) return;
        const tv = t.averagedView();
        for (const [name, gold] of devs) {
          const r = evaluate(tagger, tv, lab, gold, wordTable, null, s.beam);
          console.log(`    beam epoch ${e} ${name}: UAS ${r.uas.toFixed(4)} LAS ${r.las.toFixed(4)}`);
        }
      },
    });
    bt.average();
    transTable = bt.pack(s.minAbs);
    console.log(`beam ${s.beam} trained (${secs()})`);
  }
  const weights = {
    meta: {
      ...(s.beam > 1 ? { beam: s.beam, beamMargin: s.beamMargin } : {}),
      featuresVersion: s.beam > 1 ? BEAM_FEATURES_VERSION : PARSE_FEATURES_VERSION,
      upos: UPOS_TAGS,
      deprels: DEPRELS_FULL,
      training: { corpora: TRAIN_FILES, sentences: train.length, words, ...s },
    },
    tagger: tagger.pack(s.minAbs),
    trans: transTable,
    labeler: labeler.pack(s.minAbs),
    words: wordTable,
  };
  const bin = encodeParser(weights);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bin);
  const dictFile = buildDictionaries(train);
  writeFileSync(dictionaryPath(out), formatDictionaries(dictFile));
  console.log(`wrote ${dictionaryPath(out)}: ${Object.keys(dictFile.tags).length} words with one tag, ${dictFile.labels.length} arc shapes with one relation`);
  console.log(`wrote ${out}: ${(bin.length / 1e6).toFixed(1)} MB; rows tagger ${weights.tagger.w.length / weights.tagger.C}, transitions ${weights.trans.w.length / 4}, labeler ${weights.labeler.w.length / weights.labeler.C}, word table ${wordTable ? wordTable.keys.length : 0} slots (${secs()})`);
  if (process.argv.includes('--no-eval')) return;
  const model = ParserModel.fromWeights(decodeParser(bin), new ParseDictionaries(dictFile));
  for (const [name, file] of Object.entries(DEV_FILES)) {
    const gold = readGold(file);
    const r = evaluate(model.tagger, model.trans, model.labeler, gold, model.words, model.dict, model.beam, model.beamMargin);
    console.log(`${name}: UAS ${r.uas.toFixed(4)}  LAS ${r.las.toFixed(4)}  LAS(full) ${r.lasFull.toFixed(4)}  UPOS ${r.upos.toFixed(4)}  (${r.words} words; beam ${model.beam}, ${r.beamSize.toFixed(2)} states a move)`);
    if (model.beam > 1 && model.beamMargin !== Infinity) {
      const a = evaluate(model.tagger, model.trans, model.labeler, gold, model.words, model.dict, model.beam);
      console.log(`${''.padEnd(name.length)}  beam ${model.beam} without the margin: UAS ${a.uas.toFixed(4)}  LAS ${a.las.toFixed(4)}  (${a.beamSize.toFixed(2)} states a move)`);
    }
  }
  console.log(`done (${secs()})`);
}

await main();
