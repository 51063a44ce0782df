// Structured averaged perceptron over BIO labels with Viterbi decoding; deterministic for a given seed and data order.
import { seededRandom, shuffleInPlace } from '../../core/random.js';
import { HISTORY_SLOTS, N_FEATURES, TokenColumns, extractFeatures, historyFeature, type FeatureTables } from './features.js';
import { DocMemory } from './history.js';
import { ViterbiScratch, scoreEmissions, viterbi } from './decode.js';
import { N_LABELS } from './tags.js';
import { documentRuns } from './corpus.js';

/** Feature slots that carry the identity of the token itself (features.ts). */
export const WORD_FEATURES: readonly number[] = [1, 2, 15, 16, 19, 31];

export interface TrainSentence {
  words: readonly string[];
  labels: Uint8Array;
  /** POS_TAGS indices per word, or null */
  pos: Uint8Array | null;
  /** consecutive sentences with the same doc form one document (document memory); none = a document alone */
  doc?: string;
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  seed: number;
  tables: FeatureTables;
  /**
   * Word dropout: each token's word-identity features (WORD_FEATURES) are hidden with this probability in each
   * epoch, so the weights also learn what context, shape, clusters and name lists say about unseen words.
   */
  wordDropout?: number;
  /**
   * Document memory (history.ts): documents are visited in shuffled order, their sentences in text order, and the
   * labels the model predicted for earlier sentences feed the history features, as at run time. Default false;
   * a model trained with it must say so in its meta (training.memory = true) for the Tagger to use the memory.
   */
  memory?: boolean;
  /** share of training sentences whose history features are hidden, so that they are not trusted too much */
  memoryDropout?: number;
  /** called after each epoch with the number of token errors seen while training */
  onEpoch?: (epoch: number, errors: number, tokens: number) => void;
}

export interface TrainedWeights {
  /** averaged dense weights, (1 << bits) x N_LABELS */
  weights: Float32Array;
  /** averaged transitions, (N_LABELS + 1) x N_LABELS */
  trans: Float32Array;
}


export function trainPerceptron(data: readonly TrainSentence[], opts: TrainOptions): TrainedWeights {
  const L = N_LABELS;
  const mask = (1 << opts.bits) - 1;
  const size = (1 << opts.bits) * L;
  const w = new Float32Array(size);
  const u = new Float64Array(size); // sum of c * delta, for averaging
  const tw = new Float32Array((L + 1) * L);
  const tu = new Float64Array((L + 1) * L);

  // features once per sentence (history slots absent); lower hashes and flags kept for the document memory
  const cols = new TokenColumns();
  const lowers: Int32Array[] = [];
  const flags: Uint8Array[] = [];
  const feats: Int32Array[] = data.map((s) => {
    cols.fill(s.words, 0, s.words.length, opts.tables, s.pos);
    const f = new Int32Array(s.words.length * N_FEATURES);
    extractFeatures(cols, mask, f);
    lowers.push(cols.lower.slice(0, s.words.length));
    flags.push(cols.flags.slice(0, s.words.length));
    return f;
  });
  const maxLen = data.reduce((m, s) => Math.max(m, s.words.length), 1);
  const drop = opts.wordDropout ?? 0;
  const useMemory = opts.memory ?? false;
  const memoryDrop = opts.memoryDropout ?? 0;
  const memory = new DocMemory();
  const h1 = new Int32Array(maxLen);
  const h2 = new Int32Array(maxLen);
  const [slot1, slot2] = HISTORY_SLOTS;
  const masked = new Int32Array(maxLen * N_FEATURES);
  const emit = new Float32Array(maxLen * L);
  const pred = new Uint8Array(maxLen);
  const scratch = new ViterbiScratch();
  // documents: runs of consecutive sentences with the same doc id (each sentence alone without the memory)
  const docs = useMemory ? documentRuns(data) : data.map((_, i): [number, number] => [i, i + 1]);
  const order = docs.map((_, i) => i);
  const random = seededRandom(opts.seed);
  let c = 1;

  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffleInPlace(order, random);
    let errors = 0;
    let tokens = 0;
    for (const di of order) {
      const [da, db] = docs[di] as [number, number];
      memory.reset();
      for (let si = da; si < db; si++) {
        const s = data[si] as TrainSentence;
        let f = feats[si] as Int32Array;
        const n = s.words.length;
        if (n === 0) continue;
        if (useMemory && random() >= memoryDrop) {
          memory.lookup(lowers[si] as Int32Array, flags[si] as Uint8Array, n, h1, h2);
          masked.set(f);
          for (let j = 0; j < n; j++) {
            masked[j * N_FEATURES + slot1] = historyFeature(slot1, h1[j] as number, mask);
            masked[j * N_FEATURES + slot2] = historyFeature(slot2, h2[j] as number, mask);
          }
          f = masked;
        }
        if (drop > 0) {
          if (f !== masked) masked.set(f);
          for (let j = 0; j < n; j++) {
            if (random() >= drop) continue;
            for (const k of WORD_FEATURES) masked[j * N_FEATURES + k] = -1;
          }
          f = masked;
        }
        tokens += n;
        scoreEmissions(f, n, w, null, emit);
        viterbi(emit, n, tw, scratch, pred);
        for (let j = 0; j < n; j++) {
          const g = s.labels[j] as number;
          const p = pred[j] as number;
          const gPrev = j === 0 ? L : (s.labels[j - 1] as number);
          const pPrev = j === 0 ? L : (pred[j - 1] as number);
          if (g !== p) {
            errors++;
            const fo = j * N_FEATURES;
            for (let k = 0; k < N_FEATURES; k++) {
              const b = f[fo + k] as number;
              if (b < 0) continue;
              const ig = b * L + g;
              const ip = b * L + p;
              w[ig] = (w[ig] as number) + 1; u[ig] = (u[ig] as number) + c;
              w[ip] = (w[ip] as number) - 1; u[ip] = (u[ip] as number) - c;
            }
          }
          if (g !== p || gPrev !== pPrev) {
            const ig = gPrev * L + g;
            const ip = pPrev * L + p;
            tw[ig] = (tw[ig] as number) + 1; tu[ig] = (tu[ig] as number) + c;
            tw[ip] = (tw[ip] as number) - 1; tu[ip] = (tu[ip] as number) - c;
          }
        }
        if (useMemory) memory.record(lowers[si] as Int32Array, flags[si] as Uint8Array, pred, n);
        c++;
      }
    }
    opts.onEpoch?.(epoch, errors, tokens);
  }
  const weights = new Float32Array(size);
  for (let i = 0; i < size; i++) weights[i] = (w[i] as number) - (u[i] as number) / c;
  const trans = new Float32Array(tw.length);
  for (let i = 0; i < tw.length; i++) trans[i] = (tw[i] as number) - (tu[i] as number) / c;
  return { weights, trans };
}
