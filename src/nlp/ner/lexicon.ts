// Word classes learned from unlabeled text: how often a word is capitalised where case is informative.
// Stored as an open-addressing table keyed by the lower-case word hash (typed arrays, no Map).
import { lowerHash } from './hash.js';

/**
 * Class of a word by the share of its mid-sentence occurrences that start with a capital:
 * 0 unseen, 1 never, 2 rarely (<10%), 3 mixed, 4 mostly (>=60%), 5 always (>=95%).
 * Separate classes for frequent function words would be redundant with the word feature.
 */
export const LEX_UNSEEN = 0;

export class Lexicon {
  readonly keys: Int32Array;
  readonly values: Uint8Array;
  private readonly mask: number;

  constructor(keys: Int32Array, values: Uint8Array) {
    if (keys.length === 0 || (keys.length & (keys.length - 1)) !== 0) throw new Error('lexicon size must be a power of two');
    this.keys = keys;
    this.values = values;
    this.mask = keys.length - 1;
  }

  /** Class of the word whose lower-case hash is h (0 when unseen). Key 0 marks an empty slot. */
  get(h: number): number {
    const k = h === 0 ? 1 : h;
    for (let i = (k ^ (k >>> 15)) & this.mask; ; i = (i + 1) & this.mask) {
      const s = this.keys[i] as number;
      if (s === 0) return LEX_UNSEEN;
      if (s === k) return this.values[i] as number;
    }
  }

  static fromEntries(entries: ReadonlyArray<readonly [number, number]>): Lexicon {
    let size = 1024;
    while (size < entries.length * 2) size *= 2;
    const keys = new Int32Array(size);
    const values = new Uint8Array(size);
    const mask = size - 1;
    for (const [h, v] of entries) {
      const k = h === 0 ? 1 : h;
      let i = (k ^ (k >>> 15)) & mask;
      while (keys[i] !== 0 && keys[i] !== k) i = (i + 1) & mask;
      keys[i] = k;
      values[i] = v;
    }
    return new Lexicon(keys, values);
  }
}

function capClass(cap: number, total: number): number {
  const r = cap / total;
  if (cap === 0) return 1;
  if (r < 0.1) return 2;
  if (r < 0.6) return 3;
  if (r < 0.95) return 4;
  return 5;
}

const WORD = /[\p{L}][\p{L}\p{M}'’.-]*/gu;
const SENT_END = /[.!?:;"“”]\s*$/;

/**
 * Builds the capitalisation lexicon from raw paragraphs. A word counts when it is not the first
 * word of a sentence/line and the line is not mostly upper case. Words seen fewer than minCount times are left out.
 */
export function buildCapLexicon(paragraphs: Iterable<string>, minCount = 3): Lexicon {
  const cap = new Map<string, number>();
  const all = new Map<string, number>();
  for (const p of paragraphs) {
    WORD.lastIndex = 0;
    let prevEnd = 0;
    let first = true;
    for (let m = WORD.exec(p); m; m = WORD.exec(p)) {
      const w = m[0].replace(/[.'’-]+$/, '');
      const between = p.slice(prevEnd, m.index);
      prevEnd = m.index + m[0].length;
      const initial = first || SENT_END.test(between) || /\n/.test(between);
      first = false;
      if (initial || w.length === 0) continue;
      if (w.length > 1 && w === w.toUpperCase()) continue; // acronyms say nothing about case
      const lw = w.toLowerCase();
      all.set(lw, (all.get(lw) ?? 0) + 1);
      if (w !== lw) cap.set(lw, (cap.get(lw) ?? 0) + 1);
    }
  }
  const entries: Array<[number, number]> = [];
  for (const [w, n] of [...all.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (n < minCount) continue;
    entries.push([lowerHash(w), capClass(cap.get(w) ?? 0, n)]);
  }
  return Lexicon.fromEntries(entries);
}
