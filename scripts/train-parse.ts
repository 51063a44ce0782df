// `npm run train:parse`: trains the UPOS tagger and the dependency parser on UD EWT train + GUM train and writes
// models/parse/parser.bin.gz. Deterministic: fixed seeds and input order give a byte-identical model.
// Options: --epochs N (parser), --tagger-epochs N, --limit N (first N training sentences, for quick checks),
// --out FILE, --no-eval, --dev-every N (scores EWT and GUM dev every N parser epochs: used only to choose the epoch
// count, never to stop training early).
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { jackknifeTags, trainParser, trainTagger, evaluate } from '../src/nlp/parse/train.js';
import { DEV_FILES, TRAIN_FILES, readGold } from './parse-data.js';
import { encodeParser, decodeParser, PARSE_FEATURES_VERSION } from '../src/nlp/parse/model.js';
import { ParserModel } from '../src/nlp/parse/index.js';
import { DEPRELS_FULL, UPOS_TAGS } from '../src/nlp/parse/labels.js';

const SETTINGS = {
  taggerEpochs: 8,
  taggerBits: 20,
  jackknifeFolds: 5,
  parserEpochs: 12,
  transBits: 22,
  labelBits: 19,
  explore: 0.9,
  seed: 20261203,
  /** packed tables drop buckets whose largest |weight| is below this */
  minAbs: 0.002,
};

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
  const out = arg('--out') ?? 'models/parse/parser.bin.gz';
  let train = TRAIN_FILES.flatMap(readGold);
  const limit = arg('--limit');
  if (limit) train = train.slice(0, Number(limit));
  const words = train.reduce((a, x) => a + x.words.length, 0);
  console.log(`training on ${train.length} sentences, ${words} words (${secs()})`);

  const jk = jackknifeTags(train, s.jackknifeFolds, s.taggerEpochs, s.seed + 1, s.taggerBits);
  let right = 0;
  train.forEach((x, i) => x.upos.forEach((t, j) => { if ((jk[i] as Uint8Array)[j] === t) right++; }));
  console.log(`jackknifed tags: accuracy ${(right / words).toFixed(4)} (${secs()})`);
  const tagger = trainTagger(train, s.taggerEpochs, s.seed, s.taggerBits);
  tagger.average();
  console.log(`tagger trained (${secs()})`);
  const every = Number(arg('--dev-every') ?? 0);
  const devs = every > 0 ? Object.entries(DEV_FILES).map(([name, file]) => [name, readGold(file)] as const) : [];
  const { trans, labeler } = trainParser(train, jk, {
    epochs: s.parserEpochs, seed: s.seed + 2, transBits: s.transBits, labelBits: s.labelBits, explore: s.explore, log: console.log,
    afterEpoch: (e, t) => {
      if (every <= 0 || e % every !== 0) return;
      const tv = t.trans.averagedView();
      const lv = t.labeler.averagedView();
      for (const [name, gold] of devs) {
        const r = evaluate(tagger, tv, lv, gold);
        console.log(`    epoch ${e} ${name}: UAS ${r.uas.toFixed(4)} LAS ${r.las.toFixed(4)}`);
      }
    },
  });
  trans.average();
  labeler.average();
  console.log(`parser trained (${secs()})`);
  const weights = {
    meta: {
      featuresVersion: PARSE_FEATURES_VERSION,
      upos: UPOS_TAGS,
      deprels: DEPRELS_FULL,
      training: { corpora: TRAIN_FILES, sentences: train.length, words, ...s },
    },
    tagger: tagger.pack(s.minAbs),
    trans: trans.pack(s.minAbs),
    labeler: labeler.pack(s.minAbs),
  };
  const bin = encodeParser(weights);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bin);
  console.log(`wrote ${out}: ${(bin.length / 1e6).toFixed(1)} MB; rows tagger ${weights.tagger.w.length / weights.tagger.C}, transitions ${weights.trans.w.length / 4}, labeler ${weights.labeler.w.length / weights.labeler.C} (${secs()})`);
  if (process.argv.includes('--no-eval')) return;
  const model = new ParserModel(decodeParser(bin));
  for (const [name, file] of Object.entries(DEV_FILES)) {
    const r = evaluate(model.tagger, model.trans, model.labeler, readGold(file));
    console.log(`${name}: UAS ${r.uas.toFixed(4)}  LAS ${r.las.toFixed(4)}  LAS(full) ${r.lasFull.toFixed(4)}  UPOS ${r.upos.toFixed(4)}  (${r.words} words)`);
  }
  console.log(`done (${secs()})`);
}

await main();
