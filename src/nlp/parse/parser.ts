// Greedy arc-eager transition parser (Nivre 2003), the root attached only at the end (one root per sentence), scored by a hashed perceptron over
// the Zhang & Nivre (2011) rich non-local features (distance, valency, second-order and third-order words, label
// sets) and word-cluster templates (Koo et al. 2008). Arc labels come from a second scorer called when an arc is made.
// Paired punctuation (quotes, brackets) is attached after the parse, both marks to the head of what they enclose
// (attachPairs). Linear in the sentence length.
import { wordHash, type TokenHashes } from './lexical.js';
import { DEPREL_FULL_INDEX, FULL_TO_BASE as FULL_TO_BASE_, N_DEPRELS_FULL, N_UPOS, ROOT_REL, UPOS_INDEX } from './labels.js';
import type { Scorer } from './weights.js';
import type { ParseDictionaries } from './dictionaries.js';

export const SH = 0;
export const RE = 1;
export const LA = 2;
export const RA = 3;
export const N_MOVES = 4;
export const PARSER_FEATURE_COUNT = 98;
/** The templates (1-based, as numbered in TEMPLATES) the labeler reads: the two words of the arc, their context and children. */
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
const PUNCT_TAG = UPOS_INDEX['PUNCT'] as number;
const PUNCT_REL = DEPREL_FULL_INDEX['punct'] as number;
/** opening brackets and the word hash of their closing mark */
const CLOSING_OF = new Map([['(', ')'], ['[', ']'], ['{', '}']].map(([o, c]) => [wordHash(o as string), wordHash(c as string)]));
/** the double quote (curly ones are read as the straight one): the first opens, the next closes */
const QUOTE = wordHash('"');

// The values a state's features read (ParserWorkspace.vals): the words, tags, labels, valencies and label sets of the
// stack and buffer words, and the distance between s0 and n0.
const ZERO = 0;
const S0W = 1;
const S0P = 2;
const S0WP = 3;
const S0L = 4;
const S0S = 5;
const S0CF = 6;
const S0CM = 7;
const S0VL = 8;
const S0VR = 9;
const S0SL = 10;
const S0SR = 11;
const N0W = 12;
const N0P = 13;
const N0WP = 14;
const N0S = 15;
const N0CF = 16;
const N0CM = 17;
const N0VL = 18;
const N0SL = 19;
const N0END = 20;
const N1W = 21;
const N1P = 22;
const N1CF = 23;
const N2W = 24;
const N2P = 25;
const N3P = 26;
const S1W = 27;
const S1P = 28;
const S1CM = 29;
const S0HW = 30;
const S0HP = 31;
const S0HL = 32;
const S0H2W = 33;
const S0H2P = 34;
const S0LW = 35;
const S0LP = 36;
const S0LL = 37;
const S0L2W = 38;
const S0L2P = 39;
const S0L2L = 40;
const S0RW = 41;
const S0RP = 42;
const S0RL = 43;
const S0R2W = 44;
const S0R2P = 45;
const S0R2L = 46;
const N0LW = 47;
const N0LP = 48;
const N0LL = 49;
const N0L2W = 50;
const N0L2P = 51;
const N0L2L = 52;
const D = 53;
const N_VALS = 54;
/** the values that are bytes (tags, labels, 0): a template that starts with one reads its h1 from H1_BYTE */
const BYTE_VALS = new Set([ZERO, S0P, S0L, N0P, N1P, N2P, N3P, S1P, S0HP, S0HL, S0H2P, S0LP, S0LL, S0L2P, S0L2L, S0RP, S0RL, S0R2P, S0R2L, N0LP, N0LL, N0L2P, N0L2L]);

/**
 * The feature templates, in order (template t is TEMPLATES[t - 1], feature t - 1 of a state): template t hashes its one,
 * two or three values v as h1(t, v...), h2 or h3 (after Zhang & Nivre 2011, plus suffix and word-cluster templates):
 * single words; word pairs; three words; distance; valency; second order; third order; label sets; the second stack
 * word and the arc state of s0; suffixes and lookahead pairs; word clusters (Koo et al. 2008; a word without a cluster
 * reads as its tag). Changing one changes the hashes the model was trained on (PARSE_FEATURES_VERSION).
 */
const TEMPLATES: readonly (readonly number[])[] = [
  [S0WP], [S0W], [S0P], [N0WP], [N0W], [N0P], [N1W, N1P], [N1W], [N1P], [N2W, N2P], [N2W], [N2P],
  [S0WP, N0WP], [S0WP, N0W], [S0W, N0WP], [S0WP, N0P], [S0P, N0WP], [S0W, N0W], [S0P, N0P], [N0P, N1P],
  [N0P, N1P, N2P], [S0P, N0P, N1P], [S0HP, S0P, N0P], [S0P, S0LP, N0P], [S0P, S0RP, N0P], [S0P, N0P, N0LP],
  [S0W, D], [S0P, D], [N0W, D], [N0P, D], [S0W, N0W, D], [S0P, N0P, D],
  [S0W, S0VR], [S0P, S0VR], [S0W, S0VL], [S0P, S0VL], [N0W, N0VL], [N0P, N0VL],
  [S0HW], [S0HP], [S0L], [S0LW], [S0LP], [S0LL], [S0RW], [S0RP], [S0RL], [N0LW], [N0LP], [N0LL],
  [S0H2W], [S0H2P], [S0HL], [S0L2W], [S0L2P], [S0L2L], [S0R2W], [S0R2P], [S0R2L], [N0L2W], [N0L2P], [N0L2L],
  [S0P, S0LP, S0L2P], [S0P, S0RP, S0R2P], [S0P, S0HP, S0H2P], [N0P, N0LP, N0L2P],
  [S0W, S0SR], [S0P, S0SR], [S0W, S0SL], [S0P, S0SL], [N0W, N0SL], [N0P, N0SL],
  [S1P], [S1W], [S1P, S0P, N0P], [S0L, S0P, N0P], [ZERO], [S0P, N0P, N0END], [S0L, N0WP], [S1P, S0L, N0P],
  [S0P, S0S], [N0P, N0S], [S0S, N0S, S0P], [S0P, N0S, N0P], [N0W, N1W], [N0WP, N1P, N2P], [S0P, N1P, N2P], [S1P, N0P, N1P], [S0WP, N0P, N1P], [N0P, N1P, N3P],
  [S0CF, N0CF], [S0CF, N0P], [S0P, N0CF], [S0CF], [N0CF], [N1CF, N0P], [S0CM, N0CM, D], [S1CM, S0CM, N0P],
];

/**
 * The templates grouped by shape, as features() computes them: first value a byte (its h1 read from H1_BYTE, then g2 or
 * g3 of that: the same hashes as h2, h3) with 0, 1 or 2 more values, then first value hashed with 0, 1 or 2 more. TT is
 * the template (0-based), TA/TB/TC the slots of its values, GROUP_END the end of each group. One loop per group (rather
 * than a statement per template, about 80 calls of the hash functions, most of which V8 does not inline in a function
 * that large) makes features() about 15 % faster and its optimised compile about a third as long.
 */
const TT = new Int32Array(PARSER_FEATURE_COUNT);
const TA = new Int32Array(PARSER_FEATURE_COUNT);
const TB = new Int32Array(PARSER_FEATURE_COUNT);
const TC = new Int32Array(PARSER_FEATURE_COUNT);
const GROUP_END = new Int32Array(6);
{
  let j = 0;
  for (let g = 0; g < 6; g++) {
    for (let t = 0; t < TEMPLATES.length; t++) {
      const v = TEMPLATES[t] as readonly number[];
      if ((BYTE_VALS.has(v[0] as number) ? 0 : 3) + v.length - 1 !== g) continue;
      TT[j] = t;
      TA[j] = v[0] as number;
      TB[j] = v[1] ?? ZERO;
      TC[j] = v[2] ?? ZERO;
      j++;
    }
    GROUP_END[g] = j;
  }
  if (TEMPLATES.length !== PARSER_FEATURE_COUNT || j !== PARSER_FEATURE_COUNT) throw new Error('parser: templates do not match PARSER_FEATURE_COUNT');
}

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
  /** open brackets waiting for their closing mark (attachPairs) */
  opened = new Int32Array(0);
  sp = 0;
  b = 1;
  rootChild = -1;
  /** scratch: the values of the state features() reads (slots S0W...) */
  readonly vals = new Int32Array(N_VALS);
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
    this.opened = new Int32Array(k);
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
    this.resetState(n);
  }

  /** The initial parse state of an n-word sentence: no arcs, the root alone on the stack, the first word in front. */
  private resetState(n: number): void {
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

  /** Takes the sentence of src (its words, tags and clusters; init or initFrom called on src), in its initial state. */
  initLike(src: ParserWorkspace): void {
    const n = src.n;
    this.n = n;
    this.grow(n + 2);
    this.W.set(src.W.subarray(0, n + 1));
    this.P.set(src.P.subarray(0, n + 1));
    this.WP.set(src.WP.subarray(0, n + 1));
    this.S3.set(src.S3.subarray(0, n + 1));
    this.CF.set(src.CF.subarray(0, n + 1));
    this.CM.set(src.CM.subarray(0, n + 1));
    this.resetState(n);
  }

  /**
   * Takes the parse state of src, a workspace of the same sentence (initLike), as far as parsing on reads it: the
   * per-word state of the words on the stack and of the buffer front (heads, labels, children, valencies, label sets)
   * and the labels of their children. A word popped earlier keeps whatever it had here (beam.ts rebuilds the final tree
   * from the moves), so a copy costs the stack, not the sentence. Words after the buffer front are in their initial
   * state in every workspace; those this one had read beyond src's front are reset.
   */
  copyState(src: ParserWorkspace): void {
    for (let i = 0; i < this.sp; i++) this.inStack[this.stack[i] as number] = 0;
    const n = this.n;
    for (let w = src.b + 1, e = Math.min(this.b, n); w <= e; w++) {
      this.head[w] = -1;
      this.label[w] = NONE_L;
      this.l1[w] = -1;
      this.l2[w] = -1;
      this.r1[w] = -1;
      this.r2[w] = -1;
      this.vl[w] = 0;
      this.vr[w] = 0;
      this.slLo[w] = 0;
      this.slHi[w] = 0;
      this.srLo[w] = 0;
      this.srHi[w] = 0;
    }
    for (let i = 0; i < src.sp; i++) {
      const w = src.stack[i] as number;
      this.stack[i] = w;
      this.copyWord(src, w);
    }
    if (src.b <= n) this.copyWord(src, src.b);
    this.sp = src.sp;
    this.b = src.b;
    this.rootChild = src.rootChild;
  }

  private copyWord(src: ParserWorkspace, w: number): void {
    this.head[w] = src.head[w] as number;
    this.label[w] = src.label[w] as number;
    const a = src.l1[w] as number;
    const b = src.l2[w] as number;
    const c = src.r1[w] as number;
    const d = src.r2[w] as number;
    this.l1[w] = a;
    this.l2[w] = b;
    this.r1[w] = c;
    this.r2[w] = d;
    if (a >= 0) this.label[a] = src.label[a] as number;
    if (b >= 0) this.label[b] = src.label[b] as number;
    if (c >= 0) this.label[c] = src.label[c] as number;
    if (d >= 0) this.label[d] = src.label[d] as number;
    this.vl[w] = src.vl[w] as number;
    this.vr[w] = src.vr[w] as number;
    this.slLo[w] = src.slLo[w] as number;
    this.slHi[w] = src.slHi[w] as number;
    this.srLo[w] = src.srLo[w] as number;
    this.srHi[w] = src.srHi[w] as number;
    this.inStack[w] = src.inStack[w] as number;
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

  /**
   * Re-attaches paired punctuation once the tree is complete: a pair of quotes or brackets (tagged PUNCT, neither with
   * dependents) whose enclosed words have exactly one word with its head outside the pair goes to that word, both
   * marks, as UD attaches paired punctuation (to the head of the phrase or clause it encloses). The parser attaches
   * the two marks independently, the closing one often far from the opening one's head.
   */
  attachPairs(): void {
    const n = this.n;
    const W = this.W;
    const opened = this.opened;
    let sp = 0;
    let quote = -1;
    for (let c = 1; c <= n; c++) {
      if (this.P[c] !== PUNCT_TAG) continue;
      const w = W[c] as number;
      let o = -1;
      if (w === QUOTE) {
        if (quote < 0) { quote = c; continue; }
        o = quote;
        quote = -1;
      } else if (CLOSING_OF.has(w)) {
        opened[sp++] = c;
        continue;
      } else {
        for (let j = sp - 1; j >= 0; j--) {
          if (CLOSING_OF.get(W[opened[j] as number] as number) === w) {
            o = opened[j] as number;
            sp = j;
            break;
          }
        }
      }
      if (o < 0 || c - o < 2 || (this.vl[o] as number) + (this.vr[o] as number) + (this.vl[c] as number) + (this.vr[c] as number) > 0) continue;
      let root = -1;
      let roots = 0;
      for (let i = o + 1; i < c; i++) {
        if (this.P[i] === PUNCT_TAG) continue;
        let h = this.head[i] as number;
        // a word hanging from a mark counts from that mark's head
        for (let k = 0; h > 0 && this.P[h] === PUNCT_TAG && k < n; k++) h = this.head[h] as number;
        if (h < o || h > c) { root = i; roots++; }
      }
      if (roots !== 1) continue;
      this.head[o] = root;
      this.head[c] = root;
      this.label[o] = PUNCT_REL;
      this.label[c] = PUNCT_REL;
    }
  }

  /** Copies the labeler's subset of the features (call features() first); returns its count. */
  labelFeatures(): number {
    const f = this.feats;
    const lf = this.lfeats;
    for (let i = 0; i < LABEL_AT.length; i++) lf[i] = f[LABEL_AT[i] as number] as number;
    return LABEL_AT.length;
  }

  /** Writes the state's features into feats (see TEMPLATES); returns their count. */
  features(): number {
    const V = this.vals;
    const W = this.W;
    const P = this.P;
    const WP = this.WP;
    const S3 = this.S3;
    const CF = this.CF;
    const CM = this.CM;
    const L = this.label;
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
    // (one store per slot, each a choice: a branch that stores only when the buffer is empty, as at the end, would be
    // left without type feedback and cost a deoptimisation)
    V[S0W] = s0 >= 0 ? (W[s0] as number) : NONE_W;
    V[S0P] = s0 >= 0 ? (P[s0] as number) : NONE_P;
    V[S0WP] = s0 >= 0 ? (WP[s0] as number) : NONE_W;
    V[S0L] = s0 >= 0 ? (L[s0] as number) : NONE_L;
    V[S0S] = s0 >= 0 ? (S3[s0] as number) : NONE_W;
    V[S0CF] = s0 >= 0 ? (CF[s0] as number) : NONE_W;
    V[S0CM] = s0 >= 0 ? (CM[s0] as number) : NONE_W;
    V[S0VL] = s0 >= 0 ? Math.min(this.vl[s0] as number, 6) : 0;
    V[S0VR] = s0 >= 0 ? Math.min(this.vr[s0] as number, 6) : 0;
    V[S0SL] = s0 >= 0 ? fmix((this.slLo[s0] as number) ^ Math.imul(this.slHi[s0] as number, 0x9e3779b1)) : 0;
    V[S0SR] = s0 >= 0 ? fmix((this.srLo[s0] as number) ^ Math.imul(this.srHi[s0] as number, 0x9e3779b1)) : 0;
    V[N0W] = n0 >= 0 ? (W[n0] as number) : NONE_W;
    V[N0P] = n0 >= 0 ? (P[n0] as number) : NONE_P;
    V[N0WP] = n0 >= 0 ? (WP[n0] as number) : NONE_W;
    V[N0S] = n0 >= 0 ? (S3[n0] as number) : NONE_W;
    V[N0CF] = n0 >= 0 ? (CF[n0] as number) : NONE_W;
    V[N0CM] = n0 >= 0 ? (CM[n0] as number) : NONE_W;
    V[N0VL] = n0 >= 0 ? Math.min(this.vl[n0] as number, 6) : 0;
    V[N0SL] = n0 >= 0 ? fmix((this.slLo[n0] as number) ^ Math.imul(this.slHi[n0] as number, 0x9e3779b1)) : 0;
    V[N0END] = n0 >= 0 && n0 === n ? 1 : 0;
    V[N1W] = n1 >= 0 ? (W[n1] as number) : NONE_W;
    V[N1P] = n1 >= 0 ? (P[n1] as number) : NONE_P;
    V[N1CF] = n1 >= 0 ? (CF[n1] as number) : NONE_W;
    V[N2W] = n2 >= 0 ? (W[n2] as number) : NONE_W;
    V[N2P] = n2 >= 0 ? (P[n2] as number) : NONE_P;
    V[N3P] = b + 3 <= n ? (P[b + 3] as number) : NONE_P;
    V[S1W] = s1 >= 0 ? (W[s1] as number) : NONE_W;
    V[S1P] = s1 >= 0 ? (P[s1] as number) : NONE_P;
    V[S1CM] = s1 >= 0 ? (CM[s1] as number) : NONE_W;
    V[S0HW] = s0h >= 0 ? (W[s0h] as number) : NONE_W;
    V[S0HP] = s0h >= 0 ? (P[s0h] as number) : NONE_P;
    V[S0HL] = s0h >= 0 ? (L[s0h] as number) : NONE_L;
    V[S0H2W] = s0h2 >= 0 ? (W[s0h2] as number) : NONE_W;
    V[S0H2P] = s0h2 >= 0 ? (P[s0h2] as number) : NONE_P;
    V[S0LW] = s0l >= 0 ? (W[s0l] as number) : NONE_W;
    V[S0LP] = s0l >= 0 ? (P[s0l] as number) : NONE_P;
    V[S0LL] = s0l >= 0 ? (L[s0l] as number) : NONE_L;
    V[S0L2W] = s0l2 >= 0 ? (W[s0l2] as number) : NONE_W;
    V[S0L2P] = s0l2 >= 0 ? (P[s0l2] as number) : NONE_P;
    V[S0L2L] = s0l2 >= 0 ? (L[s0l2] as number) : NONE_L;
    V[S0RW] = s0r >= 0 ? (W[s0r] as number) : NONE_W;
    V[S0RP] = s0r >= 0 ? (P[s0r] as number) : NONE_P;
    V[S0RL] = s0r >= 0 ? (L[s0r] as number) : NONE_L;
    V[S0R2W] = s0r2 >= 0 ? (W[s0r2] as number) : NONE_W;
    V[S0R2P] = s0r2 >= 0 ? (P[s0r2] as number) : NONE_P;
    V[S0R2L] = s0r2 >= 0 ? (L[s0r2] as number) : NONE_L;
    V[N0LW] = n0l >= 0 ? (W[n0l] as number) : NONE_W;
    V[N0LP] = n0l >= 0 ? (P[n0l] as number) : NONE_P;
    V[N0LL] = n0l >= 0 ? (L[n0l] as number) : NONE_L;
    V[N0L2W] = n0l2 >= 0 ? (W[n0l2] as number) : NONE_W;
    V[N0L2P] = n0l2 >= 0 ? (P[n0l2] as number) : NONE_P;
    V[N0L2L] = n0l2 >= 0 ? (L[n0l2] as number) : NONE_L;
    V[D] = s0 >= 0 && n0 >= 0 ? Math.min(n0 - s0, 10) : 0;

    // one loop per shape of template (see TT), so that each hash function has one call site here and is inlined
    const f = this.feats;
    const B = H1_BYTE;
    let j = 0;
    for (const e = GROUP_END[0] as number; j < e; j++) f[TT[j] as number] = B[((TT[j] as number) + 1) << 8 | (V[TA[j] as number] as number)] as number;
    for (const e = GROUP_END[1] as number; j < e; j++) f[TT[j] as number] = g2(B[((TT[j] as number) + 1) << 8 | (V[TA[j] as number] as number)] as number, V[TB[j] as number] as number);
    for (const e = GROUP_END[2] as number; j < e; j++) f[TT[j] as number] = g3(B[((TT[j] as number) + 1) << 8 | (V[TA[j] as number] as number)] as number, V[TB[j] as number] as number, V[TC[j] as number] as number);
    for (const e = GROUP_END[3] as number; j < e; j++) f[TT[j] as number] = h1((TT[j] as number) + 1, V[TA[j] as number] as number);
    for (const e = GROUP_END[4] as number; j < e; j++) f[TT[j] as number] = h2((TT[j] as number) + 1, V[TA[j] as number] as number, V[TB[j] as number] as number);
    for (const e = GROUP_END[5] as number; j < e; j++) f[TT[j] as number] = h3((TT[j] as number) + 1, V[TA[j] as number] as number, V[TB[j] as number] as number, V[TC[j] as number] as number);
    return PARSER_FEATURE_COUNT;
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
  ws.attachPairs();
}

/** The relation of the arc h -> d about to be made (d on h's left: right = 0), from the dictionary or the labeler. */
export function arcLabel(labeler: Scorer, ws: ParserWorkspace, dict: ParseDictionaries | null, h: number, d: number, right: number): number {
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
