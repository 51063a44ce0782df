// Emission scoring over hashed features and first-order Viterbi decoding with BIO constraints.
import { N_FEATURES } from './features.js';
import { N_LABELS, allowedTransition } from './tags.js';

const L = N_LABELS;

/** ALLOWED[prev * L + cur]; prev = L is the sentence start (behaves like O). */
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((L + 1) * L);
  for (let p = 0; p <= L; p++) for (let c = 0; c < L; c++) a[p * L + c] = allowedTransition(p === L ? 0 : p, c) ? 1 : 0;
  return a;
})();

/**
 * The labels that may precede label t (ALLOWED; start excluded), in increasing order: PRED[PRED_AT[t] .. PRED_AT[t + 1]).
 * Viterbi visits only these, in the order it tested them all before (an inside label has two of thirteen).
 */
const PRED_AT = new Int32Array(L + 1);
const PRED: Uint8Array = (() => {
  const list: number[] = [];
  for (let t = 0; t < L; t++) {
    PRED_AT[t] = list.length;
    for (let p = 0; p < L; p++) if (ALLOWED[p * L + t]) list.push(p);
  }
  PRED_AT[L] = list.length;
  return Uint8Array.from(list);
})();

/** scratch for scoreEmissions: the weight row of each feature of the window */
let rowsScratch = new Int32Array(0);

/**
 * A bucket -> row map in 1/16 of the memory of rowOf, for rows numbered in bucket order (as packModel and
 * decodeModel number them): per 32 buckets, a bitmap of the buckets that have a row and the row of the first of them,
 * side by side (one read finds both). The rowOf array of the shipped model is 4 MB and read at random for every
 * feature; this map is 256 KB and stays in the core's cache, so a feature costs one read of main memory (its row)
 * instead of two. Null when the rows are not in bucket order.
 */
export function bucketIndex(rowOf: Int32Array): Int32Array | null {
  if ((rowOf.length & 31) !== 0) return null;
  const idx = new Int32Array(rowOf.length >>> 4);
  let next = 0;
  for (let g = 0; g < rowOf.length >>> 5; g++) {
    idx[2 * g + 1] = next;
    let bits = 0;
    for (let k = 0; k < 32; k++) {
      const r = rowOf[32 * g + k] as number;
      if (r < 0) continue;
      if (r !== next) return null;
      next++;
      bits |= 1 << k;
    }
    idx[2 * g] = bits;
  }
  return idx;
}

/** The row of bucket f in a bucketIndex map, -1 when it has none (rowOf[f]). */
function rowIn(idx: Int32Array, f: number): number {
  const g = f >>> 5;
  const bits = idx[2 * g] as number;
  const k = f & 31;
  if (((bits >>> k) & 1) === 0) return -1;
  // the row of the first bucket of the group, plus the buckets with rows before f in it (a population count)
  let x = bits & ((1 << k) - 1);
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return (idx[2 * g + 1] as number) + (Math.imul(x, 0x01010101) >>> 24);
}

/**
 * emit[j * L + t] = sum of the weights of token j's features for label t.
 * rowOf maps a bucket to its weight row (-1 = no weights); null means the bucket is the row (dense training weights).
 * index, when given, is rowOf as bucketIndex lays it out (read instead of rowOf).
 * Two passes: every feature's row first, then the rows' weights, so that the table reads (far larger than the caches)
 * of different features do not wait on each other.
 */
export function scoreEmissions(
  feats: Int32Array,
  n: number,
  weights: Float32Array,
  rowOf: Int32Array | null,
  emit: Float32Array,
  index: Int32Array | null = null,
): void {
  const nf = n * N_FEATURES;
  if (rowsScratch.length < nf) rowsScratch = new Int32Array(nf);
  const rows = rowsScratch;
  if (index) {
    for (let i = 0; i < nf; i++) {
      const f = feats[i] as number;
      rows[i] = f < 0 ? -1 : rowIn(index, f);
    }
  } else {
    for (let i = 0; i < nf; i++) {
      const f = feats[i] as number;
      rows[i] = f < 0 ? -1 : rowOf ? (rowOf[f] as number) : f;
    }
  }
  if (L === 13) {
    sumRows13(rows, n, weights, emit);
    return;
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

/**
 * The second pass of scoreEmissions for the 13 labels of the shipped tag set, each label's sum in a local (a register)
 * rather than in emit: the loop above reads and writes emit back for every weight, a chain of memory round trips per
 * label. The sums are the same to the bit: the same weights added in the same order, each step rounded to float32
 * (Math.fround) as the store into the Float32Array rounded it.
 */
function sumRows13(rows: Int32Array, n: number, weights: Float32Array, emit: Float32Array): void {
  const fr = Math.fround;
  for (let j = 0; j < n; j++) {
    let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0, a8 = 0, a9 = 0, a10 = 0, a11 = 0, a12 = 0;
    const fo = j * N_FEATURES;
    for (let k = 0; k < N_FEATURES; k++) {
      const row = rows[fo + k] as number;
      if (row < 0) continue;
      const w = row * 13;
      a0 = fr(a0 + (weights[w] as number));
      a1 = fr(a1 + (weights[w + 1] as number));
      a2 = fr(a2 + (weights[w + 2] as number));
      a3 = fr(a3 + (weights[w + 3] as number));
      a4 = fr(a4 + (weights[w + 4] as number));
      a5 = fr(a5 + (weights[w + 5] as number));
      a6 = fr(a6 + (weights[w + 6] as number));
      a7 = fr(a7 + (weights[w + 7] as number));
      a8 = fr(a8 + (weights[w + 8] as number));
      a9 = fr(a9 + (weights[w + 9] as number));
      a10 = fr(a10 + (weights[w + 10] as number));
      a11 = fr(a11 + (weights[w + 11] as number));
      a12 = fr(a12 + (weights[w + 12] as number));
    }
    const e = j * 13;
    emit[e] = a0;
    emit[e + 1] = a1;
    emit[e + 2] = a2;
    emit[e + 3] = a3;
    emit[e + 4] = a4;
    emit[e + 5] = a5;
    emit[e + 6] = a6;
    emit[e + 7] = a7;
    emit[e + 8] = a8;
    emit[e + 9] = a9;
    emit[e + 10] = a10;
    emit[e + 11] = a11;
    emit[e + 12] = a12;
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

/**
 * Best label sequence for n tokens into out[0..n). trans is (L+1) x L, row L = start. An impossible label scores
 * -1e30, written as a literal: read from a module-level constant, the running maxima were kept boxed, one heap number
 * for every improvement (about 150 KB of garbage per article); with the literal they stay unboxed doubles.
 */
export function viterbi(emit: Float32Array, n: number, trans: Float32Array, s: ViterbiScratch, out: Uint8Array): void {
  if (n === 0) return;
  s.ensure(n);
  const back = s.back;
  let prev = s.prev;
  let cur = s.cur;
  for (let t = 0; t < L; t++) prev[t] = ALLOWED[L * L + t] ? (trans[L * L + t] as number) + (emit[t] as number) : -1e30;
  for (let j = 1; j < n; j++) {
    const e = j * L;
    for (let t = 0; t < L; t++) {
      let best = -1e30;
      let arg = 0;
      const q1 = PRED_AT[t + 1] as number;
      for (let q = PRED_AT[t] as number; q < q1; q++) {
        const p = PRED[q] as number;
        const v = (prev[p] as number) + (trans[p * L + t] as number);
        if (v > best) { best = v; arg = p; }
      }
      cur[t] = best + (emit[e + t] as number);
      back[e + t] = arg;
    }
    const tmp = prev; prev = cur; cur = tmp;
  }
  let best = -1e30;
  let arg = 0;
  for (let t = 0; t < L; t++) if ((prev[t] as number) > best) { best = prev[t] as number; arg = t; }
  out[n - 1] = arg;
  for (let j = n - 1; j > 0; j--) { arg = back[j * L + arg] as number; out[j - 1] = arg; }
}
