// Emission scoring over hashed features and first-order Viterbi decoding with BIO constraints.
import { N_FEATURES } from './features.js';
import { N_LABELS, allowedTransition } from './tags.js';

const L = N_LABELS;
const NEG = -1e30;

/** ALLOWED[prev * L + cur]; prev = L is the sentence start (behaves like O). */
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((L + 1) * L);
  for (let p = 0; p <= L; p++) for (let c = 0; c < L; c++) a[p * L + c] = allowedTransition(p === L ? 0 : p, c) ? 1 : 0;
  return a;
})();

/** scratch for scoreEmissions: the weight row of each feature of the window */
let rowsScratch = new Int32Array(0);

/**
 * emit[j * L + t] = sum of the weights of token j's features for label t.
 * rowOf maps a bucket to its weight row (-1 = no weights); null means the bucket is the row (dense training weights).
 * Two passes: every feature's row first, then the rows' weights, so that the table reads (far larger than the caches)
 * of different features do not wait on each other.
 */
export function scoreEmissions(
  feats: Int32Array,
  n: number,
  weights: Float32Array,
  rowOf: Int32Array | null,
  emit: Float32Array,
): void {
  const nf = n * N_FEATURES;
  if (rowsScratch.length < nf) rowsScratch = new Int32Array(nf);
  const rows = rowsScratch;
  for (let i = 0; i < nf; i++) {
    const f = feats[i] as number;
    rows[i] = f < 0 ? -1 : rowOf ? (rowOf[f] as number) : f;
  }
  emit.fill(0, 0, n * L);
  for (let j = 0; j < n; j++) {
    const e = j * L;
    const fo = j * N_FEATURES;
    for (let k = 0; k < N_FEATURES; k++) {
      const row = rows[fo + k] as number;
      if (row < 0) continue;
      const w = row * L;
      for (let t = 0; t < L; t++) emit[e + t] = (emit[e + t] as number) + (weights[w + t] as number);
    }
  }
}

/** Reusable Viterbi buffers. */
export class ViterbiScratch {
  back = new Uint8Array(64 * L);
  prev = new Float64Array(L);
  cur = new Float64Array(L);
  ensure(n: number): void {
    if (this.back.length < n * L) this.back = new Uint8Array(Math.max(n, this.back.length / L * 2) * L);
  }
}

/** Best label sequence for n tokens into out[0..n). trans is (L+1) x L, row L = start. */
export function viterbi(emit: Float32Array, n: number, trans: Float32Array, s: ViterbiScratch, out: Uint8Array): void {
  if (n === 0) return;
  s.ensure(n);
  const back = s.back;
  let prev = s.prev;
  let cur = s.cur;
  for (let t = 0; t < L; t++) prev[t] = ALLOWED[L * L + t] ? (trans[L * L + t] as number) + (emit[t] as number) : NEG;
  for (let j = 1; j < n; j++) {
    const e = j * L;
    for (let t = 0; t < L; t++) {
      let best = NEG;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!ALLOWED[p * L + t]) continue;
        const v = (prev[p] as number) + (trans[p * L + t] as number);
        if (v > best) { best = v; arg = p; }
      }
      cur[t] = best + (emit[e + t] as number);
      back[e + t] = arg;
    }
    const tmp = prev; prev = cur; cur = tmp;
  }
  let best = NEG;
  let arg = 0;
  for (let t = 0; t < L; t++) if ((prev[t] as number) > best) { best = prev[t] as number; arg = t; }
  out[n - 1] = arg;
  for (let j = n - 1; j > 0; j--) { arg = back[j * L + arg] as number; out[j - 1] = arg; }
}
