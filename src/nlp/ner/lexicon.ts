// Word classes learned from unlabeled text: how often a word is capitalised where case is informative.
// Stored as an open-addressing table keyed by the lower-case word hash (typed arrays, no Map).
import { lowerHash } from './hash.js';
import { IntHashTable, packEntries } from './hash-table.js';

/**
 * Class of a word by the share of its mid-sentence occurrences that start with a capital:
 * 0 unseen, 1 never, 2 rarely (<10%), 3 mixed, 4 mostly (>=60%), 5 always (>=95%).
 * Separate classes for frequent function words would be redundant with the word feature.
 */
export const LEX_UNSEEN = 0;

export class Lexicon extends IntHashTable<Uint8Array> {
  static fromEntries(entries: ReadonlyArray<readonly [number, number]>): Lexicon {
    const [keys, values] = packEntries(entries, (n) => new Uint8Array(n));
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
