// Per-token string hashes for the tagger and parser features, computed from char codes without building strings.
// Forms are normalised: lower case, curly quotes and apostrophes to straight ones, every digit to '0'.
import { FNV_SEED, lowerCode } from '../ner/hash.js';

/** One FNV-1a step (local: calls across modules are slow in hot loops). */
function fnvStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

/** Normalised code unit of a word character. */
export function normCode(c: number): number {
  if (c >= 48 && c <= 57) return 48;
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c === 0x2019 || c === 0x2018 || c === 0x201b || c === 0x2032 || c === 0x0060 || c === 0x00b4) return 39;
  if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x00ab || c === 0x00bb || c === 0x2033) return 34;
  if (c === 0x2013 || c === 0x2014 || c === 0x2212) return 45;
  if (c >= 0xff10 && c <= 0xff19) return 48;
  return lowerCode(c);
}

/** The hash TokenHashes.word gives the word s (for building word tables). */
export function wordHash(s: string): number {
  let h = FNV_SEED;
  for (let k = 0; k < s.length; k++) h = fnvStep(h, normCode(s.charCodeAt(k)));
  return h;
}

/** A word as the parser's word hash sees it (wordHash(normalWord(s)) === wordHash(s)): lower case, digits as 0, quotes and dashes straightened. */
export function normalWord(s: string): string {
  let out = '';
  for (let k = 0; k < s.length; k++) out += String.fromCharCode(normCode(s.charCodeAt(k)));
  return out;
}

/** Shape class of a code unit: X upper, x lower, d digit, the unit itself for punctuation. */
function shapeCode(c: number): number {
  if (c >= 65 && c <= 90) return 88;
  if (c >= 97 && c <= 122) return 120;
  if (c >= 48 && c <= 57) return 100;
  if (c < 128) return c;
  const l = lowerCode(c);
  if (l !== c) return 88;
  const s = String.fromCharCode(c);
  return s.toUpperCase() !== s ? 120 : normCode(c);
}

/**
 * Word clusters, keyed by the normalised word hash (TokenHashes.word): packed fine/mid/coarse cluster ids
 * (the src/nlp/ner/clusters.ts layout; 0 = none). Open addressing, key 0 = empty slot.
 */
export class WordTable {
  private readonly mask: number;
  constructor(readonly keys: Int32Array, readonly clu: Int32Array) {
    if (keys.length === 0 || (keys.length & (keys.length - 1)) !== 0) throw new Error('word table size must be a power of two');
    this.mask = keys.length - 1;
  }

  /** Slot of hash h, or -1 when the word is not in the table. */
  slot(h: number): number {
    const k = h === 0 ? 1 : h;
    for (let i = (k ^ (k >>> 15)) & this.mask; ; i = (i + 1) & this.mask) {
      const s = this.keys[i] as number;
      if (s === 0) return -1;
      if (s === k) return i;
    }
  }

  /** Builds a table at most half full from (hash, cluster) entries, in the given order. */
  static build(entries: ReadonlyArray<readonly [number, number]>): WordTable {
    let size = 1024;
    while (size < entries.length * 2) size *= 2;
    const keys = new Int32Array(size);
    const clu = new Int32Array(size);
    const mask = size - 1;
    for (const [h, c] of entries) {
      const k = h === 0 ? 1 : h;
      let i = (k ^ (k >>> 15)) & mask;
      while (keys[i] !== 0 && keys[i] !== k) i = (i + 1) & mask;
      keys[i] = k;
      clu[i] = c;
    }
    return new WordTable(keys, clu);
  }
}

/** Fine / mid / coarse cluster ids of a packed cluster value (1-based, 0 = none). */
export const cluFine = (v: number): number => v & 0xfff;
export const cluMid = (v: number): number => (v >>> 12) & 0x3ff;
export const cluCoarse = (v: number): number => (v >>> 22) & 0xff;

/** Hashes of one sentence's tokens, flat (index i = token i). */
export class TokenHashes {
  /** normalised lower-case form */
  word = new Int32Array(0);
  /** form as written (case kept) */
  raw = new Int32Array(0);
  suf1 = new Int32Array(0);
  suf2 = new Int32Array(0);
  suf3 = new Int32Array(0);
  suf4 = new Int32Array(0);
  pre1 = new Int32Array(0);
  pre2 = new Int32Array(0);
  pre3 = new Int32Array(0);
  /** collapsed shape (Xxxx -> Xx, 1990 -> d), at most 5 classes long */
  shape = new Int32Array(0);
  /** packed cluster value of each word (0 = none) */
  clu = new Int32Array(0);
  n = 0;
  /** the model's word clusters (set by the caller before set(); null = none) */
  table: WordTable | null = null;

  private grow(n: number): void {
    if (this.word.length >= n) return;
    const m = Math.max(n, this.word.length * 2, 64);
    this.word = new Int32Array(m);
    this.raw = new Int32Array(m);
    this.suf1 = new Int32Array(m);
    this.suf2 = new Int32Array(m);
    this.suf3 = new Int32Array(m);
    this.suf4 = new Int32Array(m);
    this.pre1 = new Int32Array(m);
    this.pre2 = new Int32Array(m);
    this.pre3 = new Int32Array(m);
    this.shape = new Int32Array(m);
    this.clu = new Int32Array(m);
  }

  /** Fills the hashes of words[from..to). */
  set(words: readonly string[], from: number, to: number): void {
    const n = to - from;
    this.grow(n);
    this.n = n;
    const table = this.table;
    for (let i = 0; i < n; i++) {
      const s = words[from + i] as string;
      const L = s.length;
      let h = FNV_SEED;
      let r = FNV_SEED;
      let sh = FNV_SEED;
      let lastShape = -1;
      let shapeLen = 0;
      for (let k = 0; k < L; k++) {
        const c = s.charCodeAt(k);
        const nc = normCode(c);
        h = fnvStep(h, nc);
        r = fnvStep(r, c);
        if (k === 0) this.pre1[i] = h;
        else if (k === 1) this.pre2[i] = h;
        else if (k === 2) this.pre3[i] = h;
        const sc = shapeCode(c);
        if (sc !== lastShape && shapeLen < 5) {
          sh = fnvStep(sh, sc);
          shapeLen++;
          lastShape = sc;
        }
      }
      if (L < 3) this.pre3[i] = h;
      if (L < 2) this.pre2[i] = h;
      this.word[i] = h;
      this.raw[i] = r;
      const slot = table !== null ? table.slot(h) : -1;
      this.clu[i] = slot >= 0 ? (table as WordTable).clu[slot] as number : 0;
      this.shape[i] = fnvStep(sh, L > 6 ? 7 : L);
      // suffixes: FNV over the last k units, seeded apart from the prefixes
      let sf = 0x2f1b3c4d;
      for (let k = 1; k <= 4; k++) {
        const at = L - k;
        if (at >= 0) sf = fnvStep(sf, normCode(s.charCodeAt(at)));
        if (k === 1) this.suf1[i] = sf;
        else if (k === 2) this.suf2[i] = sf;
        else if (k === 3) this.suf3[i] = sf;
        else this.suf4[i] = sf;
      }
    }
  }
}
