// Greedy arc-eager transition parser (Nivre 2003), the root attached only at the end (one root per sentence), scored by a hashed perceptron over
// the Zhang & Nivre (2011) rich non-local features (distance, valency, second-order and third-order words, label
// sets) and word-cluster templates (Koo et al. 2008). Arc labels come from a second scorer called when an arc is made.
// Linear in the sentence length.
import type { TokenHashes } from './lexical.js';
import { FULL_TO_BASE as FULL_TO_BASE_, N_DEPRELS_FULL, N_UPOS, ROOT_REL } from './labels.js';
import type { Scorer } from './weights.js';
import type { ParseDictionaries } from './dictionaries.js';

export const SH = 0;
export const RE = 1;
export const LA = 2;
export const RA = 3;
export const N_MOVES = 4;
export const PARSER_FEATURE_COUNT = 98;
/** The templates (1-based, as numbered in features()) the labeler reads: the two words of the arc, their context and children. */
const LABEL_TEMPLATES = [1, 2, 3, 4, 5, 6, 9, 13, 14, 15, 16, 17, 18, 19, 22, 23, 24, 25, 26, 27, 28, 29, 30, 32, 41, 43, 44, 47, 49, 50, 68, 70, 72, 76, 77, 81, 82, 83, 84, 92, 93, 94, 95];
const LABEL_AT = Int32Array.from(LABEL_TEMPLATES, (t) => t - 1);
export const LABEL_FEATURE_COUNT = LABEL_TEMPLATES.length;
/** salts that keep the labeler's left-arc, right-arc and end-of-sentence weights apart */
export const SALT_LA = 0x2545f491;
export const SALT_RA = 0x6c8e9cf5;
export const SALT_FIN = 0x1b873593;

const FULL_TO_BASE = FULL_TO_BASE_;
const NL = N_DEPRELS_FULL;
const ROOT = ROOT_REL;

// Hashing is defined here, not imported: calls across modules cost several times more in the hot loops.
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}
function h1(t: number, a: number): number {
  return fmix(Math.imul(t + 1, 0x9e3779b1) ^ a);
}
function h2(t: number, a: number, b: number): number {
  return fmix(Math.imul(h1(t, a), 0x85ebca77) ^ (b + 0x27d4eb2f));
}
function h3(t: number, a: number, b: number, c: number): number {
  return fmix(Math.imul(h2(t, a, b), 0xc2b2ae3d) ^ (c + 0x165667b1));
}

/** h2 and h3 from h1 of their first two values: h2(t, a, b) = g2(h1(t, a), b), h3(t, a, b, c) = g3(h1(t, a), b, c). */
function g2(h: number, b: number): number {
  return fmix(Math.imul(h, 0x85ebca77) ^ (b + 0x27d4eb2f));
}
function g3(h: number, b: number, c: number): number {
  return fmix(Math.imul(g2(h, b), 0xc2b2ae3d) ^ (c + 0x165667b1));
}
/**
 * h1(t, v) of every template t and every byte v, at (t << 8) | v: the tags (P, ROOT_P, NONE_P) and the labels (label,
 * NONE_L) are bytes, so nearly half of a state's features start from this table instead of a hash (the same values).
 */
const H1_BYTE: Int32Array = (() => {
  const a = new Int32Array((PARSER_FEATURE_COUNT + 1) << 8);
  for (let t = 0; t <= PARSER_FEATURE_COUNT; t++) for (let v = 0; v < 256; v++) a[(t << 8) | v] = h1(t, v);
  return a;
})();

const ROOT_W = 0x0badf00d;
const NONE_W = 0x7e57ab1e;
const UNK_W = 0x3c6ef372;
const ROOT_P = N_UPOS;
const NONE_P = N_UPOS + 1;
const NONE_L = 255;

/** Parser state and scratch arrays for one sentence; slot 0 is the root, slot i is word i (1-based). */
export class ParserWorkspace {
  n = 0;
  W = new Int32Array(0);
  P = new Int32Array(0);
  WP = new Int32Array(0);
  /** suffix-3 hash of each word (for words the weights have not seen) */
  S3 = new Int32Array(0);
  /** fine word cluster of each word (0x1000 + tag when the word has none) */
  CF = new Int32Array(0);
  /** mid word cluster of each word (0x1000 + tag when the word has none) */
  CM = new Int32Array(0);
  head = new Int32Array(0);
  label = new Int32Array(0);
  l1 = new Int32Array(0);
  l2 = new Int32Array(0);
  r1 = new Int32Array(0);
  r2 = new Int32Array(0);
  vl = new Int32Array(0);
  vr = new Int32Array(0);
  slLo = new Int32Array(0);
  slHi = new Int32Array(0);
  srLo = new Int32Array(0);
  srHi = new Int32Array(0);
  stack = new Int32Array(0);
  inStack = new Uint8Array(0);
  sp = 0;
  b = 1;
  rootChild = -1;
  readonly feats = new Int32Array(PARSER_FEATURE_COUNT);
  readonly lfeats = new Int32Array(LABEL_FEATURE_COUNT);
  readonly tscores = new Float32Array(N_MOVES);
  readonly lscores = new Float32Array(N_DEPRELS_FULL);

  private grow(m: number): void {
    if (this.W.length >= m) return;
    const k = Math.max(m, this.W.length * 2, 64);
    this.W = new Int32Array(k);
    this.P = new Int32Array(k);
    this.WP = new Int32Array(k);
    this.S3 = new Int32Array(k);
    this.CF = new Int32Array(k);
    this.CM = new Int32Array(k);
    this.head = new Int32Array(k);
    this.label = new Int32Array(k);
    this.l1 = new Int32Array(k);
    this.l2 = new Int32Array(k);
    this.r1 = new Int32Array(k);
    this.r2 = new Int32Array(k);
    this.vl = new Int32Array(k);
    this.vr = new Int32Array(k);
    this.slLo = new Int32Array(k);
    this.slHi = new Int32Array(k);
    this.srLo = new Int32Array(k);
    this.srHi = new Int32Array(k);
    this.stack = new Int32Array(k);
    this.inStack = new Uint8Array(k);
  }

  /** Starts a sentence: word hashes from hs (n words), tags from tags[tagAt..tagAt+n). */
  init(hs: TokenHashes, tags: Uint8Array, tagAt: number): void {
    this.initFrom(hs.word, hs.suf3, hs.clu, 0, hs.n, tags, tagAt);
  }

  /** init() from hashes kept elsewhere: word i's word, suffix-3 and cluster values at word[at + i], suf3[at + i], clu[at + i]. */
  initFrom(word: Int32Array, suf3: Int32Array, clu: Int32Array, at: number, n: number, tags: Uint8Array, tagAt: number): void {
    this.n = n;
    this.grow(n + 2);
    this.W[0] = ROOT_W;
    this.P[0] = ROOT_P;
    this.WP[0] = h2(200, ROOT_W, ROOT_P);
    this.S3[0] = ROOT_W;
    this.CF[0] = ROOT_W;
    this.CM[0] = ROOT_W;
    for (let i = 1; i <= n; i++) {
      const w = word[at + i - 1] as number;
      const p = tags[tagAt + i - 1] as number;
      this.W[i] = w;
      this.P[i] = p;
      this.WP[i] = h2(200, w, p);
      this.S3[i] = suf3[at + i - 1] as number;
      const c = clu[at + i - 1] as number;
      this.CF[i] = c !== 0 ? c & 0xfff : 0x1000 + p;
      this.CM[i] = c !== 0 ? (c >>> 12) & 0x3ff : 0x1000 + p;
    }
    this.head.fill(-1, 0, n + 1);
    this.label.fill(NONE_L, 0, n + 1);
    this.l1.fill(-1, 0, n + 1);
    this.l2.fill(-1, 0, n + 1);
    this.r1.fill(-1, 0, n + 1);
    this.r2.fill(-1, 0, n + 1);
    this.vl.fill(0, 0, n + 1);
    this.vr.fill(0, 0, n + 1);
    this.slLo.fill(0, 0, n + 1);
    this.slHi.fill(0, 0, n + 1);
    this.srLo.fill(0, 0, n + 1);
    this.srHi.fill(0, 0, n + 1);
    this.inStack.fill(0, 0, n + 1);
    this.stack[0] = 0;
    this.inStack[0] = 1;
    this.sp = 1;
    this.b = 1;
    this.rootChild = -1;
  }

  /** Training only: hides word i's identity (word dropout), leaving its tag, suffix and cluster. */
  hideWord(i: number): void {
    this.W[i] = UNK_W;
    this.WP[i] = h2(200, UNK_W, this.P[i] as number);
  }

  get s0(): number {
    return this.stack[this.sp - 1] as number;
  }

  valid(m: number): boolean {
    const hasBuf = this.b <= this.n;
    switch (m) {
      case SH: return hasBuf;
      case RE: return this.sp > 1 && (this.head[this.s0] as number) >= 0;
      case LA: return hasBuf && this.sp > 1 && (this.head[this.s0] as number) < 0;
      default: return hasBuf && this.s0 !== 0;
    }
  }

  /** Adds the arc h -> d with label l. */
  attach(h: number, d: number, l: number): void {
    this.head[d] = h;
    this.label[d] = l;
    const base = FULL_TO_BASE[l] as number;
    if (d < h) {
      this.l2[h] = this.l1[h] as number;
      this.l1[h] = d;
      this.vl[h] = (this.vl[h] as number) + 1;
      if (base < 32) this.slLo[h] = (this.slLo[h] as number) | (1 << base);
      else this.slHi[h] = (this.slHi[h] as number) | (1 << (base - 32));
    } else {
      this.r2[h] = this.r1[h] as number;
      this.r1[h] = d;
      this.vr[h] = (this.vr[h] as number) + 1;
      if (base < 32) this.srLo[h] = (this.srLo[h] as number) | (1 << base);
      else this.srHi[h] = (this.srHi[h] as number) | (1 << (base - 32));
    }
    if (h === 0) this.rootChild = d;
  }

  /** Applies move m (label l for arcs). */
  apply(m: number, l: number): void {
    if (m === SH) {
      const b = this.b++;
      this.stack[this.sp++] = b;
      this.inStack[b] = 1;
    } else if (m === RE) {
      this.inStack[this.stack[--this.sp] as number] = 0;
    } else if (m === LA) {
      const s = this.stack[--this.sp] as number;
      this.inStack[s] = 0;
      this.attach(this.b, s, l);
    } else {
      const b = this.b++;
      this.attach(this.s0, b, l);
      this.stack[this.sp++] = b;
      this.inStack[b] = 1;
    }
  }

  /**
   * The head a headless s0 takes once the buffer is empty: the word below it on the stack. The root is never
   * reached by a right-arc; the word at the bottom of the stack at the end is the sentence root (one per sentence).
   */
  finalHead(): number {
    return this.stack[this.sp - 2] as number;
  }

  /** Copies the labeler's subset of the features (call features() first); returns its count. */
  labelFeatures(): number {
    const f = this.feats;
    const lf = this.lfeats;
    for (let i = 0; i < LABEL_AT.length; i++) lf[i] = f[LABEL_AT[i] as number] as number;
    return LABEL_AT.length;
  }

  /** Writes the state's features into feats; returns their count. */
  features(): number {
    const f = this.feats;
    const W = this.W;
    const P = this.P;
    const WP = this.WP;
    const n = this.n;
    const s0 = this.sp > 0 ? (this.stack[this.sp - 1] as number) : -1;
    const s1 = this.sp > 1 ? (this.stack[this.sp - 2] as number) : -1;
    const b = this.b;
    const n0 = b <= n ? b : -1;
    const n1 = b + 1 <= n ? b + 1 : -1;
    const n2 = b + 2 <= n ? b + 2 : -1;
    const s0h = s0 >= 0 ? (this.head[s0] as number) : -1;
    const s0h2 = s0h >= 0 ? (this.head[s0h] as number) : -1;
    const s0l = s0 >= 0 ? (this.l1[s0] as number) : -1;
    const s0l2 = s0 >= 0 ? (this.l2[s0] as number) : -1;
    const s0r = s0 >= 0 ? (this.r1[s0] as number) : -1;
    const s0r2 = s0 >= 0 ? (this.r2[s0] as number) : -1;
    const n0l = n0 >= 0 ? (this.l1[n0] as number) : -1;
    const n0l2 = n0 >= 0 ? (this.l2[n0] as number) : -1;

    const s0w = s0 >= 0 ? (W[s0] as number) : NONE_W;
    const s0p = s0 >= 0 ? (P[s0] as number) : NONE_P;
    const s0wp = s0 >= 0 ? (WP[s0] as number) : NONE_W;
    const n0w = n0 >= 0 ? (W[n0] as number) : NONE_W;
    const n0p = n0 >= 0 ? (P[n0] as number) : NONE_P;
    const n0wp = n0 >= 0 ? (WP[n0] as number) : NONE_W;
    const n1w = n1 >= 0 ? (W[n1] as number) : NONE_W;
    const n1p = n1 >= 0 ? (P[n1] as number) : NONE_P;
    const n2w = n2 >= 0 ? (W[n2] as number) : NONE_W;
    const n2p = n2 >= 0 ? (P[n2] as number) : NONE_P;
    const s1w = s1 >= 0 ? (W[s1] as number) : NONE_W;
    const s1p = s1 >= 0 ? (P[s1] as number) : NONE_P;
    const s0hw = s0h >= 0 ? (W[s0h] as number) : NONE_W;
    const s0hp = s0h >= 0 ? (P[s0h] as number) : NONE_P;
    const s0h2w = s0h2 >= 0 ? (W[s0h2] as number) : NONE_W;
    const s0h2p = s0h2 >= 0 ? (P[s0h2] as number) : NONE_P;
    const s0lw = s0l >= 0 ? (W[s0l] as number) : NONE_W;
    const s0lp = s0l >= 0 ? (P[s0l] as number) : NONE_P;
    const s0l2w = s0l2 >= 0 ? (W[s0l2] as number) : NONE_W;
    const s0l2p = s0l2 >= 0 ? (P[s0l2] as number) : NONE_P;
    const s0rw = s0r >= 0 ? (W[s0r] as number) : NONE_W;
    const s0rp = s0r >= 0 ? (P[s0r] as number) : NONE_P;
    const s0r2w = s0r2 >= 0 ? (W[s0r2] as number) : NONE_W;
    const s0r2p = s0r2 >= 0 ? (P[s0r2] as number) : NONE_P;
    const n0lw = n0l >= 0 ? (W[n0l] as number) : NONE_W;
    const n0lp = n0l >= 0 ? (P[n0l] as number) : NONE_P;
    const n0l2w = n0l2 >= 0 ? (W[n0l2] as number) : NONE_W;
    const n0l2p = n0l2 >= 0 ? (P[n0l2] as number) : NONE_P;
    const L = this.label;
    const s0L = s0 >= 0 ? (L[s0] as number) : NONE_L;
    const s0hL = s0h >= 0 ? (L[s0h] as number) : NONE_L;
    const s0lL = s0l >= 0 ? (L[s0l] as number) : NONE_L;
    const s0l2L = s0l2 >= 0 ? (L[s0l2] as number) : NONE_L;
    const s0rL = s0r >= 0 ? (L[s0r] as number) : NONE_L;
    const s0r2L = s0r2 >= 0 ? (L[s0r2] as number) : NONE_L;
    const n0lL = n0l >= 0 ? (L[n0l] as number) : NONE_L;
    const n0l2L = n0l2 >= 0 ? (L[n0l2] as number) : NONE_L;
    const d = s0 >= 0 && n0 >= 0 ? Math.min(n0 - s0, 10) : 0;
    const s0vl = s0 >= 0 ? Math.min(this.vl[s0] as number, 6) : 0;
    const s0vr = s0 >= 0 ? Math.min(this.vr[s0] as number, 6) : 0;
    const n0vl = n0 >= 0 ? Math.min(this.vl[n0] as number, 6) : 0;
    const s0sl = s0 >= 0 ? fmix((this.slLo[s0] as number) ^ Math.imul(this.slHi[s0] as number, 0x9e3779b1)) : 0;
    const s0sr = s0 >= 0 ? fmix((this.srLo[s0] as number) ^ Math.imul(this.srHi[s0] as number, 0x9e3779b1)) : 0;
    const n0sl = n0 >= 0 ? fmix((this.slLo[n0] as number) ^ Math.imul(this.slHi[n0] as number, 0x9e3779b1)) : 0;

    // the first value of a template whose first value is a tag or a label is hashed from a table (H1_BYTE)
    const B = H1_BYTE;
    let k = 0;
    // single words
    f[k++] = h1(1, s0wp);
    f[k++] = h1(2, s0w);
    f[k++] = B[(3 << 8) | s0p] as number;
    f[k++] = h1(4, n0wp);
    f[k++] = h1(5, n0w);
    f[k++] = B[(6 << 8) | n0p] as number;
    f[k++] = h2(7, n1w, n1p);
    f[k++] = h1(8, n1w);
    f[k++] = B[(9 << 8) | n1p] as number;
    f[k++] = h2(10, n2w, n2p);
    f[k++] = h1(11, n2w);
    f[k++] = B[(12 << 8) | n2p] as number;
    // word pairs
    f[k++] = h2(13, s0wp, n0wp);
    f[k++] = h2(14, s0wp, n0w);
    f[k++] = h2(15, s0w, n0wp);
    f[k++] = h2(16, s0wp, n0p);
    f[k++] = g2(B[(17 << 8) | s0p] as number, n0wp);
    f[k++] = h2(18, s0w, n0w);
    f[k++] = g2(B[(19 << 8) | s0p] as number, n0p);
    f[k++] = g2(B[(20 << 8) | n0p] as number, n1p);
    // three words
    f[k++] = g3(B[(21 << 8) | n0p] as number, n1p, n2p);
    f[k++] = g3(B[(22 << 8) | s0p] as number, n0p, n1p);
    f[k++] = g3(B[(23 << 8) | s0hp] as number, s0p, n0p);
    f[k++] = g3(B[(24 << 8) | s0p] as number, s0lp, n0p);
    f[k++] = g3(B[(25 << 8) | s0p] as number, s0rp, n0p);
    f[k++] = g3(B[(26 << 8) | s0p] as number, n0p, n0lp);
    // distance
    f[k++] = h2(27, s0w, d);
    f[k++] = g2(B[(28 << 8) | s0p] as number, d);
    f[k++] = h2(29, n0w, d);
    f[k++] = g2(B[(30 << 8) | n0p] as number, d);
    f[k++] = h3(31, s0w, n0w, d);
    f[k++] = g3(B[(32 << 8) | s0p] as number, n0p, d);
    // valency
    f[k++] = h2(33, s0w, s0vr);
    f[k++] = g2(B[(34 << 8) | s0p] as number, s0vr);
    f[k++] = h2(35, s0w, s0vl);
    f[k++] = g2(B[(36 << 8) | s0p] as number, s0vl);
    f[k++] = h2(37, n0w, n0vl);
    f[k++] = g2(B[(38 << 8) | n0p] as number, n0vl);
    // second order
    f[k++] = h1(39, s0hw);
    f[k++] = B[(40 << 8) | s0hp] as number;
    f[k++] = B[(41 << 8) | s0L] as number;
    f[k++] = h1(42, s0lw);
    f[k++] = B[(43 << 8) | s0lp] as number;
    f[k++] = B[(44 << 8) | s0lL] as number;
    f[k++] = h1(45, s0rw);
    f[k++] = B[(46 << 8) | s0rp] as number;
    f[k++] = B[(47 << 8) | s0rL] as number;
    f[k++] = h1(48, n0lw);
    f[k++] = B[(49 << 8) | n0lp] as number;
    f[k++] = B[(50 << 8) | n0lL] as number;
    // third order
    f[k++] = h1(51, s0h2w);
    f[k++] = B[(52 << 8) | s0h2p] as number;
    f[k++] = B[(53 << 8) | s0hL] as number;
    f[k++] = h1(54, s0l2w);
    f[k++] = B[(55 << 8) | s0l2p] as number;
    f[k++] = B[(56 << 8) | s0l2L] as number;
    f[k++] = h1(57, s0r2w);
    f[k++] = B[(58 << 8) | s0r2p] as number;
    f[k++] = B[(59 << 8) | s0r2L] as number;
    f[k++] = h1(60, n0l2w);
    f[k++] = B[(61 << 8) | n0l2p] as number;
    f[k++] = B[(62 << 8) | n0l2L] as number;
    f[k++] = g3(B[(63 << 8) | s0p] as number, s0lp, s0l2p);
    f[k++] = g3(B[(64 << 8) | s0p] as number, s0rp, s0r2p);
    f[k++] = g3(B[(65 << 8) | s0p] as number, s0hp, s0h2p);
    f[k++] = g3(B[(66 << 8) | n0p] as number, n0lp, n0l2p);
    // label sets
    f[k++] = h2(67, s0w, s0sr);
    f[k++] = g2(B[(68 << 8) | s0p] as number, s0sr);
    f[k++] = h2(69, s0w, s0sl);
    f[k++] = g2(B[(70 << 8) | s0p] as number, s0sl);
    f[k++] = h2(71, n0w, n0sl);
    f[k++] = g2(B[(72 << 8) | n0p] as number, n0sl);
    // the second stack word, and the arc state of s0
    f[k++] = B[(73 << 8) | s1p] as number;
    f[k++] = h1(74, s1w);
    f[k++] = g3(B[(75 << 8) | s1p] as number, s0p, n0p);
    f[k++] = g3(B[(76 << 8) | s0L] as number, s0p, n0p);
    f[k++] = B[77 << 8] as number;
    f[k++] = g3(B[(78 << 8) | s0p] as number, n0p, n0 >= 0 && n0 === n ? 1 : 0);
    f[k++] = g2(B[(79 << 8) | s0L] as number, n0wp);
    f[k++] = g3(B[(80 << 8) | s1p] as number, s0L, n0p);
    // suffixes (unseen words), lookahead pairs
    const S3 = this.S3;
    const s0s = s0 >= 0 ? (S3[s0] as number) : NONE_W;
    const n0s = n0 >= 0 ? (S3[n0] as number) : NONE_W;
    f[k++] = g2(B[(81 << 8) | s0p] as number, s0s);
    f[k++] = g2(B[(82 << 8) | n0p] as number, n0s);
    f[k++] = h3(83, s0s, n0s, s0p);
    f[k++] = g3(B[(84 << 8) | s0p] as number, n0s, n0p);
    f[k++] = h2(85, n0w, n1w);
    f[k++] = h3(86, n0wp, n1p, n2p);
    f[k++] = g3(B[(87 << 8) | s0p] as number, n1p, n2p);
    f[k++] = g3(B[(88 << 8) | s1p] as number, n0p, n1p);
    f[k++] = h3(89, s0wp, n0p, n1p);
    f[k++] = g3(B[(90 << 8) | n0p] as number, n1p, b + 3 <= n ? (P[b + 3] as number) : NONE_P);
    // word clusters (Koo et al. 2008): cluster versions of the word features; a word without a cluster reads as its tag
    const CF = this.CF;
    const CM = this.CM;
    const s0cf = s0 >= 0 ? (CF[s0] as number) : NONE_W;
    const n0cf = n0 >= 0 ? (CF[n0] as number) : NONE_W;
    const n1cf = n1 >= 0 ? (CF[n1] as number) : NONE_W;
    const s0cm = s0 >= 0 ? (CM[s0] as number) : NONE_W;
    const n0cm = n0 >= 0 ? (CM[n0] as number) : NONE_W;
    const s1cm = s1 >= 0 ? (CM[s1] as number) : NONE_W;
    f[k++] = h2(91, s0cf, n0cf);
    f[k++] = h2(92, s0cf, n0p);
    f[k++] = g2(B[(93 << 8) | s0p] as number, n0cf);
    f[k++] = h1(94, s0cf);
    f[k++] = h1(95, n0cf);
    f[k++] = h2(96, n1cf, n0p);
    f[k++] = h3(97, s0cm, n0cm, d);
    f[k++] = h3(98, s1cm, s0cm, n0p);
    return k;
  }
}

/** Best label from lscores for an arc to head h (the root takes 'root' only, other heads anything else). */
export function bestLabel(scores: Float32Array, h: number): number {
  if (h === 0) return ROOT;
  let best = -1;
  let bv = -Infinity;
  for (let c = 0; c < NL; c++) {
    if (c === ROOT) continue;
    const v = scores[c] as number;
    if (v > bv) { bv = v; best = c; }
  }
  return best;
}

/**
 * Parses the sentence set up in ws (init already called); heads and labels end in ws.head / ws.label. An arc whose
 * shape the relation dictionary knows takes its relation there without scoring (dictionaries.ts).
 */
export function parseState(trans: Scorer, labeler: Scorer, ws: ParserWorkspace, dict: ParseDictionaries | null = null): void {
  const n = ws.n;
  const sc = ws.tscores;
  while (ws.b <= n) {
    // only the root on the stack: shifting is the one valid move, nothing to score
    if (ws.sp === 1) {
      ws.apply(SH, 0);
      continue;
    }
    const nf = ws.features();
    trans.score(ws.feats, nf, 0, sc);
    let m = -1;
    let bv = -Infinity;
    for (let k = 0; k < N_MOVES; k++) {
      if ((sc[k] as number) > bv && ws.valid(k)) { bv = sc[k] as number; m = k; }
    }
    const l = m === LA ? arcLabel(labeler, ws, dict, ws.b, ws.s0, 0) : m === RA ? arcLabel(labeler, ws, dict, ws.s0, ws.b, 1) : 0;
    ws.apply(m, l);
  }
  finish(labeler, ws);
}

/** The relation of the arc h -> d about to be made (d on h's left: right = 0), from the dictionary or the labeler. */
function arcLabel(labeler: Scorer, ws: ParserWorkspace, dict: ParseDictionaries | null, h: number, d: number, right: number): number {
  if (h === 0) return ROOT;
  const known = dict !== null ? dict.labelOf(right, ws.W[d] as number, ws.P[d] as number, ws.P[h] as number) : -1;
  if (known >= 0) return known;
  labeler.score(ws.lfeats, ws.labelFeatures(), right === 0 ? SALT_LA : SALT_RA, ws.lscores);
  return bestLabel(ws.lscores, h);
}

/** Attaches the words left headless on the stack once the buffer is empty. */
export function finish(labeler: Scorer, ws: ParserWorkspace): void {
  while (ws.sp > 1) {
    const s0 = ws.s0;
    if ((ws.head[s0] as number) < 0) {
      const h = ws.finalHead();
      let l = ROOT;
      if (h !== 0) {
        ws.features();
        labeler.score(ws.lfeats, ws.labelFeatures(), SALT_FIN, ws.lscores);
        l = bestLabel(ws.lscores, h);
      }
      ws.attach(h, s0, l);
    }
    ws.apply(RE, 0);
  }
}
