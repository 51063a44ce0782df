// Feature extraction: per-token hashes once, then fixed templates mixed into bucket ids (no per-token objects).
import { FNV_SEED, caseClass, fmix, fnvStep, lowerCode, mix2, mix3 } from './hash.js';
import type { Lexicon } from './lexicon.js';
import { markGazetteer } from './gazetteer.js';
import { clusterCoarse, clusterFine, clusterMid, type ClusterTable } from './clusters.js';

/** Word tables the features read: capitalisation classes and the name lists. */
export interface FeatureTables {
  lexicon: Lexicon | null;
  gazetteer: Lexicon | null;
  clusters: ClusterTable | null;
}

/** Features per token (unused slots are -1). */
export const N_FEATURES = 45;
/** Slots of the document-memory features (history.ts), written by extractFeatures from TokenColumns.hist1/hist2. */
export const HISTORY_SLOTS = [43, 44] as const;
/** Feature-set version written into the model: bump when templates change. */
export const FEATURES_VERSION = 5;

// token flag bits
const F_FIRST_UPPER = 1;
const F_ALL_UPPER = 2;
const F_HAS_LETTER = 4;
const F_HAS_DIGIT = 8;
const F_HAS_LOWER = 16;

/** the flags each case class (hash.ts caseClass) sets: by a table, so that no store waits on a class only some scripts
 * reach (a branch first taken by an uncased script's letter deoptimised the compiled fill) */
const CLASS_FLAGS = Uint8Array.of(0, F_HAS_LETTER, F_HAS_LETTER, F_HAS_DIGIT, F_HAS_LETTER);

const BOS = 0x5bb5;
const EOS = 0xe05e;
const MAX_AFFIX = 4;

/** Per-token hash columns for one sentence window; grown on demand and reused. */
export class TokenColumns {
  n = 0;
  exact = new Int32Array(64);
  lower = new Int32Array(64);
  shape = new Int32Array(64);
  p2 = new Int32Array(64);
  p3 = new Int32Array(64);
  s2 = new Int32Array(64);
  s3 = new Int32Array(64);
  s4 = new Int32Array(64);
  flags = new Uint8Array(64);
  lex = new Uint8Array(64);
  pos = new Uint8Array(64);
  gaz = new Uint8Array(64);
  /** packed cluster values (clusters.ts), 0 = unknown */
  clu = new Int32Array(64);
  /** document-memory values (history.ts), -1 = none */
  hist1 = new Int32Array(64).fill(-1);
  hist2 = new Int32Array(64).fill(-1);
  /** 0 normal text, 1 all-caps line, 2 title-case line */
  mode = 0;
  /** whether the model has word clusters (else their feature slots stay empty) */
  hasClusters = false;

  ensure(n: number): void {
    if (this.exact.length >= n) return;
    let cap = this.exact.length;
    while (cap < n) cap *= 2;
    this.exact = new Int32Array(cap);
    this.lower = new Int32Array(cap);
    this.shape = new Int32Array(cap);
    this.p2 = new Int32Array(cap);
    this.p3 = new Int32Array(cap);
    this.s2 = new Int32Array(cap);
    this.s3 = new Int32Array(cap);
    this.s4 = new Int32Array(cap);
    this.flags = new Uint8Array(cap);
    this.lex = new Uint8Array(cap);
    this.pos = new Uint8Array(cap);
    this.gaz = new Uint8Array(cap);
    this.clu = new Int32Array(cap);
    this.hist1 = new Int32Array(cap);
    this.hist2 = new Int32Array(cap);
  }

  /** Fills the columns for words[from, to); pos (POS_TAGS indices, same indexing as words) is optional. */
  fill(words: readonly string[], from: number, to: number, tables: FeatureTables, pos: ArrayLike<number> | null): void {
    const lex = tables.lexicon;
    const clusters = tables.clusters;
    this.hasClusters = clusters !== null;
    const n = to - from;
    this.ensure(n);
    this.n = n;
    let letterTokens = 0;
    let upperTokens = 0;
    let titleTokens = 0;
    for (let j = 0; j < n; j++) {
      const w = words[from + j] as string;
      let he = FNV_SEED;
      let hl = FNV_SEED;
      let hs = FNV_SEED;
      let p2 = FNV_SEED;
      let p3 = FNV_SEED;
      let lastCode = -1;
      let flags = 0;
      let upper = 0;
      let lowerN = 0;
      const len = w.length;
      for (let k = 0; k < len; k++) {
        const c = w.charCodeAt(k);
        he = fnvStep(he, c);
        const lc = lowerCode(c);
        hl = fnvStep(hl, lc);
        if (k === 1) p2 = hl;
        else if (k === 2) p3 = hl;
        const cc = caseClass(c);
        flags |= CLASS_FLAGS[cc] as number;
        if (cc === 1) {
          upper++;
          if (k === 0) flags |= F_FIRST_UPPER;
        } else if (cc === 2) lowerN++;
        // shape: X x d o, punctuation kept as itself; runs collapsed
        const code = cc === 0 ? c : cc;
        if (code !== lastCode) {
          hs = fnvStep(hs, code);
          lastCode = code;
        }
      }
      if (len < 2) p2 = hl;
      if (len < 3) p3 = hl;
      // suffixes from the end
      let s = FNV_SEED;
      let s2 = FNV_SEED;
      let s3 = FNV_SEED;
      let s4 = FNV_SEED;
      for (let k = 0; k < MAX_AFFIX && k < len; k++) {
        s = fnvStep(s, lowerCode(w.charCodeAt(len - 1 - k)));
        if (k === 1) s2 = s;
        else if (k === 2) s3 = s;
        else if (k === 3) s4 = s;
      }
      if (len < 2) s2 = s;
      if (len < 3) s3 = s;
      if (len < 4) s4 = s;
      if (lowerN > 0) flags |= F_HAS_LOWER;
      if (upper > 0 && lowerN === 0) flags |= F_ALL_UPPER;
      if (flags & F_HAS_LETTER) {
        letterTokens++;
        if (flags & F_ALL_UPPER) upperTokens++;
        if (flags & F_FIRST_UPPER) titleTokens++;
      }
      this.exact[j] = he;
      this.lower[j] = hl;
      this.shape[j] = mix2(hs, len > 6 ? 7 : len);
      this.p2[j] = p2;
      this.p3[j] = p3;
      this.s2[j] = s2;
      this.s3[j] = s3;
      this.s4[j] = s4;
      this.flags[j] = flags;
      this.lex[j] = lex ? lex.get(hl) : 0;
      this.clu[j] = clusters ? clusters.get(hl) : 0;
      this.pos[j] = pos ? (pos[from + j] as number) : 31;
    }
    if (tables.gazetteer) markGazetteer(tables.gazetteer, this.lower, n, this.gaz);
    else this.gaz.fill(0, 0, n);
    this.hist1.fill(-1, 0, n);
    this.hist2.fill(-1, 0, n);
    // (one store, always run: a store only all-caps or title-case text reaches has no type feedback when the optimising
    // compiler first sees this method, and deoptimises it the first time it runs)
    let mode = 0;
    if (letterTokens >= 3 && upperTokens >= 0.8 * letterTokens) mode = 1;
    else if (letterTokens >= 4 && titleTokens >= 0.8 * letterTokens) mode = 2;
    this.mode = mode;
  }
}

/**
 * Writes N_FEATURES bucket ids per token of the filled window into out[j * N_FEATURES + k].
 * Templates: word identity (lower, exact), shape, affixes, neighbours ±2, bigrams, position,
 * line case mode, and the capitalisation class from unlabeled text.
 */
export function extractFeatures(cols: TokenColumns, mask: number, out: Int32Array): void {
  const n = cols.n;
  const { exact, lower, shape, p2, p3, s2, s3, s4, flags, lex, pos, gaz, clu, hist1, hist2 } = cols;
  const mode = cols.mode;
  // the case mode's feature value, computed once (in the loop, an addition only all-caps or title-case text reaches has
  // no type feedback when the function is first optimised, and deoptimises it)
  const modeFeature = 32 + mode;
  for (let j = 0; j < n; j++) {
    const o = j * N_FEATURES;
    const lw = lower[j] as number;
    const sh = shape[j] as number;
    const lm1 = j > 0 ? (lower[j - 1] as number) : BOS;
    const lm2 = j > 1 ? (lower[j - 2] as number) : BOS;
    const lp1 = j + 1 < n ? (lower[j + 1] as number) : EOS;
    const lp2 = j + 2 < n ? (lower[j + 2] as number) : EOS;
    const sm1 = j > 0 ? (shape[j - 1] as number) : BOS;
    const sp1 = j + 1 < n ? (shape[j + 1] as number) : EOS;
    const lx = lex[j] as number;
    const lxm1 = j > 0 ? (lex[j - 1] as number) : 9;
    const lxp1 = j + 1 < n ? (lex[j + 1] as number) : 9;
    const fl = flags[j] as number;
    const ps = pos[j] as number;
    const psm1 = j > 0 ? (pos[j - 1] as number) : 40;
    const psp1 = j + 1 < n ? (pos[j + 1] as number) : 41;
    const gz = gaz[j] as number;
    const gzm1 = j > 0 ? (gaz[j - 1] as number) : 0;
    const gzp1 = j + 1 < n ? (gaz[j + 1] as number) : 0;
    const cu = clu[j] as number;
    const cum1 = j > 0 ? (clu[j - 1] as number) : -1;
    const cup1 = j + 1 < n ? (clu[j + 1] as number) : -2;
    const cMid = clusterMid(cu);
    const position = j === 0 ? 0 : j === 1 ? 1 : 2;
    // in all-caps or title-case lines the exact form carries no case signal: use the lower form
    const ex = mode === 0 ? (exact[j] as number) : lw;
    out[o] = fmix(0x1000 + mode) & mask;
    out[o + 1] = mix2(1, lw) & mask;
    out[o + 2] = mix2(2, ex) & mask;
    out[o + 3] = mix2(3, sh) & mask;
    out[o + 4] = mix2(4, p2[j] as number) & mask;
    out[o + 5] = mix2(5, p3[j] as number) & mask;
    out[o + 6] = mix2(6, s2[j] as number) & mask;
    out[o + 7] = mix2(7, s3[j] as number) & mask;
    out[o + 8] = mix2(8, s4[j] as number) & mask;
    out[o + 9] = mix2(9, lm1) & mask;
    out[o + 10] = mix2(10, lp1) & mask;
    out[o + 11] = mix2(11, lm2) & mask;
    out[o + 12] = mix2(12, lp2) & mask;
    out[o + 13] = mix2(13, sm1) & mask;
    out[o + 14] = mix2(14, sp1) & mask;
    out[o + 15] = mix3(15, lm1, lw) & mask;
    out[o + 16] = mix3(16, lw, lp1) & mask;
    out[o + 17] = mix3(17, mix2(sm1, sh), sp1) & mask;
    out[o + 18] = mix3(18, position, mode === 0 ? sh : mode) & mask;
    out[o + 19] = mix3(19, mode, lw) & mask;
    out[o + 20] = mix3(20, lx, mode === 0 ? fl : mode) & mask;
    out[o + 21] = mix3(21, lxm1, lx) & mask;
    out[o + 22] = mix3(22, lx, lxp1) & mask;
    out[o + 23] = mix3(23, position, lx) & mask;
    out[o + 24] = mix3(24, lm1, sh) & mask;
    out[o + 25] = mix3(25, sh, lp1) & mask;
    out[o + 26] = mix3(26, fl, mode) & mask;
    out[o + 27] = mix2(27, ps) & mask;
    out[o + 28] = mix3(28, psm1, ps) & mask;
    out[o + 29] = mix3(29, ps, psp1) & mask;
    out[o + 30] = mix3(30, ps, sh) & mask;
    out[o + 31] = mix3(31, ps, lw) & mask;
    out[o + 32] = mix3(32, mix2(psm1, ps), psp1) & mask;
    out[o + 33] = mix2(33, gz) & mask;
    out[o + 34] = mix3(34, gz, mode === 0 ? fl : modeFeature) & mask;
    out[o + 35] = mix3(35, gzm1, gz) & mask;
    out[o + 36] = mix3(36, gz, gzp1) & mask;
    if (cols.hasClusters) {
      out[o + 37] = mix2(37, clusterFine(cu)) & mask;
      out[o + 38] = mix2(38, cMid) & mask;
      out[o + 39] = mix3(39, clusterCoarse(cu), mode === 0 ? fl : modeFeature) & mask;
      out[o + 40] = mix3(40, cum1 < 0 ? cum1 : clusterMid(cum1), cMid) & mask;
      out[o + 41] = mix3(41, cMid, cup1 < 0 ? cup1 : clusterMid(cup1)) & mask;
      out[o + 42] = mix3(42, mix2(cum1 < 0 ? cum1 : clusterCoarse(cum1), clusterCoarse(cu)), cup1 < 0 ? cup1 : clusterCoarse(cup1)) & mask;
    } else {
      out.fill(-1, o + 37, o + 43);
    }
    out[o + 43] = historyFeature(43, hist1[j] as number, mask);
    out[o + 44] = historyFeature(44, hist2[j] as number, mask);
  }
}

/** Bucket of a document-memory feature, -1 (absent) when the word has no history. */
export function historyFeature(slot: number, value: number, mask: number): number {
  return value < 0 ? -1 : mix2(slot, value) & mask;
}
