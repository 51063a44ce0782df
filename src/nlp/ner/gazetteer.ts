// Name lists as tagger features: phrases (first names, cities, countries/regions) stored as hashes of their
// lower-case token sequence, matched longest-first (up to MAX_PHRASE tokens) over a token window.
import { FNV_SEED, lowerHash, mix2 } from './hash.js';
import { Lexicon } from './lexicon.js';

export const MAX_PHRASE = 6;
/** Kind bits of a phrase. */
export const GAZ_FIRST_NAME = 1;
export const GAZ_CITY = 2;
export const GAZ_REGION = 4;
export const GAZ_DEMONYM = 8;
/** organization names and acronyms (KB) */
export const GAZ_ORG = 16;
/** GeoNames populated places of 1,000+ people (ambiguous: many are also surnames or words) */
export const GAZ_PLACE = 32;

/** Splits a list entry into corpus-like tokens (spaces; hyphens as their own token). */
export function phraseTokens(name: string): string[] {
  return name.split(/\s+/).filter(Boolean).flatMap((t) => t.split(/(-)/).filter(Boolean));
}

/** Hash of a token sequence from its tokens' lower-case hashes. */
export function phraseHash(lowerHashes: ArrayLike<number>, from: number, to: number): number {
  let h = FNV_SEED;
  for (let i = from; i < to; i++) h = mix2(h, lowerHashes[i] as number);
  return h;
}

/** Builds the phrase table; kinds of a phrase in several lists are OR-ed. */
export function buildGazetteer(lists: ReadonlyArray<{ kind: number; names: readonly string[] }>): Lexicon {
  const kinds = new Map<number, number>();
  for (const { kind, names } of lists) {
    for (const name of names) {
      const toks = phraseTokens(name);
      if (toks.length === 0 || toks.length > MAX_PHRASE) continue;
      const h = phraseHash(toks.map(lowerHash), 0, toks.length);
      kinds.set(h, (kinds.get(h) ?? 0) | kind);
    }
  }
  return Lexicon.fromEntries([...kinds.entries()].sort((a, b) => a[0] - b[0]));
}

/**
 * Marks tokens [0, n) covered by the longest phrase starting at each uncovered position:
 * out[j] = kinds << 1 | 1 on the first token of a match, kinds << 1 on the others, 0 elsewhere.
 */
const PREFIX = new Int32Array(MAX_PHRASE + 1);

export function markGazetteer(gaz: Lexicon, lower: Int32Array, n: number, out: Uint8Array): void {
  out.fill(0, 0, n);
  const prefix = PREFIX;
  for (let i = 0; i < n; ) {
    const maxLen = Math.min(MAX_PHRASE, n - i);
    // prefix hashes of the phrases starting at i, as phraseHash computes them
    let h = FNV_SEED;
    for (let l = 1; l <= maxLen; l++) { h = mix2(h, lower[i + l - 1] as number); prefix[l] = h; }
    let len = 0;
    let kinds = 0;
    for (let l = maxLen; l >= 1; l--) {
      if (!gaz.mayHave(prefix[l] as number)) continue;
      const k = gaz.get(prefix[l] as number);
      if (k !== 0) { len = l; kinds = k; break; }
    }
    if (len === 0) { i++; continue; }
    out[i] = (kinds << 1) | 1;
    for (let j = i + 1; j < i + len; j++) out[j] = kinds << 1;
    i += len;
  }
}
