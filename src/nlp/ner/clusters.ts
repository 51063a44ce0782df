// Distributional word clusters learned from unlabeled text, used as tagger features (a cheap stand-in for
// Brown clusters): each word's neighbours at -2..+2 give a PPMI-weighted context vector, a seeded random
// projection shrinks it, spherical k-means groups the words, and the fine centroids are clustered again
// into coarser levels. Deterministic for a given input order and seed.
import { seededRandom } from '../../core/random.js';
import { lowerHash } from './hash.js';
import { IntHashTable, packEntries } from './hash-table.js';

/** Packed cluster value: fine id in bits 0-11, mid id in bits 12-21, coarse id in bits 22-29; each id is 1-based, 0 = unknown. */
export const clusterFine = (v: number): number => v & 0xfff;
export const clusterMid = (v: number): number => (v >>> 12) & 0x3ff;
export const clusterCoarse = (v: number): number => (v >>> 22) & 0xff;

/** Open-addressing table: lower-case word hash -> packed cluster value (typed arrays, no Map). */
export class ClusterTable extends IntHashTable<Int32Array> {
  static fromEntries(entries: ReadonlyArray<readonly [number, number]>): ClusterTable {
    const [keys, values] = packEntries(entries, (n) => new Int32Array(n));
    return new ClusterTable(keys, values);
  }
}

const TOKEN = /(?:\p{Lu}\.){2,}|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|Inc|Corp|Ltd|Co|No|Vol)\.|[\p{L}\p{N}]+(?:[.&-][\p{L}\p{N}]+)*|n't|'s|\S/gu;

/** Splits raw text into corpus-like tokens (words, "'s", punctuation). */
export function tokenizeUnlabeled(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

export interface ClusterOptions {
  /** number of fine / mid / coarse clusters */
  fine: number;
  mid: number;
  coarse: number;
  /** most frequent words used as context identities (others fall into shape classes) */
  contexts: number;
  /** words seen fewer times get no cluster */
  minCount: number;
  iterations: number;
  seed: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  fine: 512, mid: 128, coarse: 32, contexts: 1500, minCount: 2, iterations: 12, seed: 1,
};

/** Context class of a token outside the context vocabulary: capitalised, lower, number, other. */
function shapeClass(w: string): number {
  const c = w.charCodeAt(0);
  if (c >= 48 && c <= 57) return 2;
  const ch = w.charAt(0);
  if (ch.toLowerCase() !== ch) return 0;
  if (ch.toUpperCase() !== ch) return 1;
  return 3;
}


/**
 * Spherical k-means over n unit vectors of size d (rows of x, weighted by w); returns the assignment and
 * the k unit centroids. Initial centroids: k distinct rows drawn with the seeded generator.
 */
export function sphericalKMeans(
  x: Float32Array, n: number, d: number, w: Float32Array, k: number, iterations: number, seed: number,
): { assign: Int32Array; centroids: Float32Array } {
  const kk = Math.min(k, n);
  const c = new Float32Array(kk * d);
  const random = seededRandom(seed);
  const picked = new Uint8Array(n);
  for (let j = 0; j < kk; j++) {
    let r = Math.floor(random() * n);
    while (picked[r]) r = (r + 1) % n;
    picked[r] = 1;
    c.set(x.subarray(r * d, r * d + d), j * d);
  }
  const assign = new Int32Array(n).fill(-1);
  const sums = new Float64Array(kk * d);
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      const xo = i * d;
      let best = -Infinity;
      let arg = 0;
      for (let j = 0; j < kk; j++) {
        const co = j * d;
        let s = 0;
        for (let t = 0; t < d; t++) s += (x[xo + t] as number) * (c[co + t] as number);
        if (s > best) { best = s; arg = j; }
      }
      if (assign[i] !== arg) { moved++; assign[i] = arg; }
    }
    sums.fill(0);
    for (let i = 0; i < n; i++) {
      const so = (assign[i] as number) * d;
      const xo = i * d;
      const wi = w[i] as number;
      for (let t = 0; t < d; t++) sums[so + t] = (sums[so + t] as number) + wi * (x[xo + t] as number);
    }
    normalizeCentroids(sums, c, kk, d);
    if (moved === 0) break;
  }
  return { assign, centroids: c };
}

/** Each centroid j becomes its summed members' direction (unit length); an empty cluster keeps its centroid. */
function normalizeCentroids(sums: Float64Array | Float32Array, c: Float64Array | Float32Array, kk: number, d: number): void {
  for (let j = 0; j < kk; j++) {
    let norm = 0;
    for (let t = 0; t < d; t++) norm += (sums[j * d + t] as number) ** 2;
    if (norm === 0) continue;
    const inv = 1 / Math.sqrt(norm);
    for (let t = 0; t < d; t++) c[j * d + t] = (sums[j * d + t] as number) * inv;
  }
}

/** Unit rows in CSR form: row r has entries [ptr[r], ptr[r + 1]) of col/val. */
interface SparseRows { n: number; ptr: Int32Array; col: Int32Array; val: Float32Array }

/**
 * Spherical k-means over sparse unit rows with dense centroids of size d. Initial centroids: k distinct
 * rows drawn with the seeded generator among the first `initPool` rows (the most frequent words).
 */
function sparseKMeans(
  x: SparseRows, d: number, w: Float32Array, k: number, iterations: number, seed: number, initPool: number,
): { assign: Int32Array; centroids: Float32Array } {
  const { n, ptr, col, val } = x;
  const kk = Math.min(k, n);
  const c = new Float32Array(kk * d);
  const random = seededRandom(seed);
  const pool = Math.max(kk, Math.min(initPool, n));
  const picked = new Uint8Array(n);
  for (let j = 0; j < kk; j++) {
    let r = Math.floor(random() * pool);
    while (picked[r]) r = (r + 1) % pool;
    picked[r] = 1;
    for (let i = ptr[r] as number; i < (ptr[r + 1] as number); i++) c[j * d + (col[i] as number)] = val[i] as number;
  }
  const assign = new Int32Array(n).fill(-1);
  const sums = new Float64Array(kk * d);
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let r = 0; r < n; r++) {
      const a = ptr[r] as number;
      const b = ptr[r + 1] as number;
      let best = -Infinity;
      let arg = 0;
      for (let j = 0; j < kk; j++) {
        const co = j * d;
        let s = 0;
        for (let i = a; i < b; i++) s += (val[i] as number) * (c[co + (col[i] as number)] as number);
        if (s > best) { best = s; arg = j; }
      }
      if (assign[r] !== arg) { moved++; assign[r] = arg; }
    }
    sums.fill(0);
    for (let r = 0; r < n; r++) {
      const so = (assign[r] as number) * d;
      const wr = w[r] as number;
      for (let i = ptr[r] as number; i < (ptr[r + 1] as number); i++) sums[so + (col[i] as number)] = (sums[so + (col[i] as number)] as number) + wr * (val[i] as number);
    }
    normalizeCentroids(sums, c, kk, d);
    if (moved === 0) break;
  }
  return { assign, centroids: c };
}

/** Learns the clusters of every word seen at least minCount times (lower-cased) in the token sequences. */
export function buildClusters(sentences: Iterable<readonly string[]>, options: Partial<ClusterOptions> = {}): ClusterTable {
  const o = { ...DEFAULT_CLUSTER_OPTIONS, ...options };
  // 1. vocabulary (lower-case) with counts; sentences kept as id arrays
  const idOf = new Map<string, number>();
  const words: string[] = [];
  const counts: number[] = [];
  const seqs: Int32Array[] = [];
  const shapes: Uint8Array[] = [];
  for (const s of sentences) {
    const ids = new Int32Array(s.length);
    const sh = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) {
      const w = s[i] as string;
      const lw = w.toLowerCase();
      let id = idOf.get(lw);
      if (id === undefined) { id = words.length; idOf.set(lw, id); words.push(lw); counts.push(0); }
      counts[id] = (counts[id] as number) + 1;
      ids[i] = id;
      sh[i] = shapeClass(w);
    }
    seqs.push(ids);
    shapes.push(sh);
  }
  const byFreq = words.map((_, i) => i).sort((a, b) => (counts[b] as number) - (counts[a] as number) || ((words[a] as string) < (words[b] as string) ? -1 : 1));
  // 2. context ids: top words, then 4 shape classes, then sentence edge; 4 positions
  const ctxOf = new Int32Array(words.length).fill(-1);
  const nCtxWords = Math.min(o.contexts, byFreq.length);
  for (let r = 0; r < nCtxWords; r++) ctxOf[byFreq[r] as number] = r;
  const perPos = nCtxWords + 5;
  const EDGE = nCtxWords + 4;
  const rowOf = new Int32Array(words.length).fill(-1);
  const vocab: number[] = [];
  for (const id of byFreq) {
    if ((counts[id] as number) < o.minCount) break;
    rowOf[id] = vocab.length;
    vocab.push(id);
  }
  const n = vocab.length;
  // 3. sparse co-occurrence counts keyed row * dims + context
  const nCtx = 4 * perPos;
  const pair = new Map<number, number>();
  const ctxTotal = new Float64Array(nCtx);
  const rowTotal = new Float64Array(n);
  const OFFSETS = [-2, -1, 1, 2];
  for (let si = 0; si < seqs.length; si++) {
    const ids = seqs[si] as Int32Array;
    const sh = shapes[si] as Uint8Array;
    for (let i = 0; i < ids.length; i++) {
      const row = rowOf[ids[i] as number] as number;
      if (row < 0) continue;
      for (let p = 0; p < 4; p++) {
        const j = i + (OFFSETS[p] as number);
        let ctx: number;
        if (j < 0 || j >= ids.length) ctx = EDGE;
        else {
          const cw = ctxOf[ids[j] as number] as number;
          ctx = cw >= 0 ? cw : nCtxWords + (sh[j] as number);
        }
        const key = row * nCtx + p * perPos + ctx;
        pair.set(key, (pair.get(key) ?? 0) + 1);
        ctxTotal[p * perPos + ctx] = (ctxTotal[p * perPos + ctx] as number) + 1;
        rowTotal[row] = (rowTotal[row] as number) + 1;
      }
    }
  }
  // 4. sparse PPMI rows (CSR), unit length
  let ctxNorm = 0;
  for (let ctx = 0; ctx < nCtx; ctx++) ctxNorm += (ctxTotal[ctx] as number) ** 0.75;
  const rowNnz = new Int32Array(n + 1);
  for (const key of pair.keys()) {
    const r1 = Math.floor(key / nCtx) + 1;
    rowNnz[r1] = (rowNnz[r1] as number) + 1;
  }
  for (let r = 0; r < n; r++) rowNnz[r + 1] = (rowNnz[r + 1] as number) + (rowNnz[r] as number);
  const colIdx = new Int32Array(rowNnz[n] as number);
  const val = new Float32Array(rowNnz[n] as number);
  const fillAt = rowNnz.slice(0, n);
  // Map iteration follows insertion order, which the input order fixes: deterministic rows
  for (const [key, nwc] of pair) {
    const row = Math.floor(key / nCtx);
    const ctx = key - row * nCtx;
    // context distribution smoothed with exponent 0.75 (Levy et al. 2015)
    const pmi = Math.log((nwc / (rowTotal[row] as number)) / ((ctxTotal[ctx] as number) ** 0.75 / ctxNorm));
    const at = fillAt[row] as number;
    fillAt[row] = at + 1;
    colIdx[at] = ctx;
    val[at] = pmi > 0 ? pmi : 0;
  }
  const weight = new Float32Array(n);
  for (let r = 0; r < n; r++) {
    let norm = 0;
    for (let i = rowNnz[r] as number; i < (rowNnz[r + 1] as number); i++) norm += (val[i] as number) ** 2;
    const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let i = rowNnz[r] as number; i < (rowNnz[r + 1] as number); i++) val[i] = (val[i] as number) * inv;
    weight[r] = Math.log1p(counts[vocab[r] as number] as number);
  }
  const d = nCtx;
  const rows: SparseRows = { n, ptr: rowNnz, col: colIdx, val };
  // 5. three levels: words -> fine; fine centroids -> mid; mid centroids -> coarse
  const fine = sparseKMeans(rows, d, weight, o.fine, o.iterations, o.seed, Math.min(n, o.fine * 8));
  const kFine = fine.centroids.length / d;
  const fineW = new Float32Array(kFine);
  for (let r = 0; r < n; r++) fineW[fine.assign[r] as number] = (fineW[fine.assign[r] as number] as number) + (weight[r] as number);
  const mid = sphericalKMeans(fine.centroids, kFine, d, fineW, o.mid, o.iterations * 2, o.seed + 1);
  const kMid = mid.centroids.length / d;
  const midW = new Float32Array(kMid);
  for (let j = 0; j < kFine; j++) midW[mid.assign[j] as number] = (midW[mid.assign[j] as number] as number) + (fineW[j] as number);
  const coarse = sphericalKMeans(mid.centroids, kMid, d, midW, o.coarse, o.iterations * 2, o.seed + 2);
  const entries: Array<[number, number]> = [];
  for (let r = 0; r < n; r++) {
    const f = fine.assign[r] as number;
    const m = mid.assign[f] as number;
    const c = coarse.assign[m] as number;
    entries.push([lowerHash(words[vocab[r] as number] as string), (f + 1) | ((m + 1) << 12) | ((c + 1) << 22)]);
  }
  return ClusterTable.fromEntries(entries);
}
