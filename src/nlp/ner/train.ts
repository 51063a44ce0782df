// Structured averaged perceptron over BIO labels with Viterbi decoding; deterministic for a given seed and data order.
import { N_FEATURES, TokenColumns, extractFeatures, type FeatureTables } from './features.js';
import { ViterbiScratch, scoreEmissions, viterbi } from './decode.js';
import { N_LABELS } from './tags.js';

export interface TrainSentence {
  words: readonly string[];
  labels: Uint8Array;
  /** POS_TAGS indices per word, or null */
  pos: Uint8Array | null;
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  seed: number;
  tables: FeatureTables;
  /** called after each epoch with the number of token errors seen while training */
  onEpoch?: (epoch: number, errors: number, tokens: number) => void;
}

export interface TrainedWeights {
  /** averaged dense weights, (1 << bits) x N_LABELS */
  weights: Float32Array;
  /** averaged transitions, (N_LABELS + 1) x N_LABELS */
  trans: Float32Array;
}

/** mulberry32: small seeded PRNG for the shuffle. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function trainPerceptron(data: readonly TrainSentence[], opts: TrainOptions): TrainedWeights {
  const L = N_LABELS;
  const mask = (1 << opts.bits) - 1;
  const size = (1 << opts.bits) * L;
  const w = new Float32Array(size);
  const u = new Float64Array(size); // sum of c * delta, for averaging
  const tw = new Float32Array((L + 1) * L);
  const tu = new Float64Array((L + 1) * L);

  // features once per sentence
  const cols = new TokenColumns();
  const feats: Int32Array[] = data.map((s) => {
    cols.fill(s.words, 0, s.words.length, opts.tables, s.pos);
    const f = new Int32Array(s.words.length * N_FEATURES);
    extractFeatures(cols, mask, f);
    return f;
  });
  const maxLen = data.reduce((m, s) => Math.max(m, s.words.length), 1);
  const emit = new Float32Array(maxLen * L);
  const pred = new Uint8Array(maxLen);
  const scratch = new ViterbiScratch();
  const order = data.map((_, i) => i);
  const random = rng(opts.seed);
  let c = 1;

  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i] as number; order[i] = order[j] as number; order[j] = t;
    }
    let errors = 0;
    let tokens = 0;
    for (const si of order) {
      const s = data[si] as TrainSentence;
      const f = feats[si] as Int32Array;
      const n = s.words.length;
      if (n === 0) continue;
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
      c++;
    }
    opts.onEpoch?.(epoch, errors, tokens);
  }
  const weights = new Float32Array(size);
  for (let i = 0; i < size; i++) weights[i] = (w[i] as number) - (u[i] as number) / c;
  const trans = new Float32Array(tw.length);
  for (let i = 0; i < tw.length; i++) trans[i] = (tw[i] as number) - (tu[i] as number) / c;
  return { weights, trans };
}
