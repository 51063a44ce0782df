// Document memory for the tagger: how the capitalised words of earlier sentences of the same document were
// labelled ("Joshua Abraham Norton" ... "Norton"), read back as two features of later occurrences.
import { NER_TYPES, O, isB, typeOf } from './tags.js';

const N_TYPES = NER_TYPES.length;
/** ints per remembered word: a count per type, then the last multi-token span seen (type * 3 + position + 1) */
const STRIDE = N_TYPES + 1;
/** token flag bit of a capitalised first letter (features.ts F_FIRST_UPPER) */
const FIRST_UPPER = 1;

/** where a word hash's search starts in DocMemory's table (before the mask) */
function home(h: number): number {
  const x = Math.imul(h, 0x9e3779b1);
  return x ^ (x >>> 16);
}

/**
 * Per-document table of word hash -> label history. Reset per document; one per Tagger (not thread-safe).
 * Feature values (see `lookup`) are small non-negative ints, -1 when the word has no history.
 */
export class DocMemory {
  /**
   * word hash -> slot, an open-addressing table: keys[i] and slots[i] hold an entry of this document when
   * stamp[i] === gen. It replaces a Map<number, number>: word hashes beyond 2^30 were boxed numbers there, and the
   * map was cleared and grown again for every document; reset() here is one increment.
   */
  private keys = new Int32Array(256);
  private slots = new Int32Array(256);
  private stamp = new Int32Array(256);
  private gen = 1;
  private data = new Int32Array(64 * STRIDE);
  private used = 0;

  reset(): void {
    this.used = 0;
    if (this.gen === 0x7fffffff) {
      this.stamp.fill(0);
      this.gen = 0;
    }
    this.gen++;
  }

  /** The slot of word hash h, -1 when it has none. */
  private find(h: number): number {
    const mask = this.keys.length - 1;
    for (let i = home(h) & mask; this.stamp[i] === this.gen; i = (i + 1) & mask) {
      if (this.keys[i] === h) return this.slots[i] as number;
    }
    return -1;
  }

  /** Adds h -> s (h not yet in the table). */
  private insert(h: number, s: number): void {
    if (2 * (this.used + 1) > this.keys.length) {
      const { keys, slots, stamp, gen } = this;
      const cap = keys.length * 2;
      this.keys = new Int32Array(cap);
      this.slots = new Int32Array(cap);
      this.stamp = new Int32Array(cap);
      for (let i = 0; i < keys.length; i++) if (stamp[i] === gen) this.put(keys[i] as number, slots[i] as number);
    }
    this.put(h, s);
  }

  private put(h: number, s: number): void {
    const mask = this.keys.length - 1;
    let i = home(h) & mask;
    while (this.stamp[i] === this.gen) i = (i + 1) & mask;
    this.keys[i] = h;
    this.slots[i] = s;
    this.stamp[i] = this.gen;
  }

  /**
   * For tokens [0, n): h1[j] = majority type of the word's earlier mentions * 2 + (1 when they all agree),
   * h2[j] = type * 3 + position (0 first, 1 inside, 2 last) of the last multi-token mention containing it.
   */
  lookup(lower: ArrayLike<number>, flags: ArrayLike<number>, n: number, h1: Int32Array, h2: Int32Array): void {
    for (let j = 0; j < n; j++) {
      h1[j] = -1;
      h2[j] = -1;
      if (this.used === 0 || ((flags[j] as number) & FIRST_UPPER) === 0) continue;
      const at = this.find(lower[j] as number);
      if (at < 0) continue;
      const o = at * STRIDE;
      let best = -1;
      let arg = 0;
      let total = 0;
      for (let t = 0; t < N_TYPES; t++) {
        const c = this.data[o + t] as number;
        total += c;
        if (c > best) { best = c; arg = t; }
      }
      if (total > 0) h1[j] = arg * 2 + (best === total ? 1 : 0);
      h2[j] = (this.data[o + N_TYPES] as number) - 1;
    }
  }

  /** Remembers the capitalised words inside the labelled mentions of tokens [0, n). */
  record(lower: ArrayLike<number>, flags: ArrayLike<number>, labels: ArrayLike<number>, n: number): void {
    for (let a = 0; a < n; ) {
      const l = labels[a] as number;
      if (l === O) { a++; continue; }
      const t = typeOf(l);
      let b = a + 1;
      while (b < n && (labels[b] as number) !== O && !isB(labels[b] as number) && typeOf(labels[b] as number) === t) b++;
      for (let j = a; j < b; j++) {
        if (((flags[j] as number) & FIRST_UPPER) === 0) continue;
        const o = this.slot(lower[j] as number) * STRIDE;
        this.data[o + t] = (this.data[o + t] as number) + 1;
        if (b - a > 1) this.data[o + N_TYPES] = t * 3 + (j === a ? 0 : j === b - 1 ? 2 : 1) + 1;
      }
      a = b;
    }
  }

  private slot(h: number): number {
    const at = this.find(h);
    if (at >= 0) return at;
    if ((this.used + 1) * STRIDE > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    const s = this.used;
    this.insert(h, s);
    this.used++;
    this.data.fill(0, s * STRIDE, s * STRIDE + STRIDE);
    return s;
  }
}
