// 32-bit string and integer hashing for the feature space (no allocation).

/** FNV-1a offset basis; the hash of the empty string. */
export const FNV_SEED = 0x811c9dc5 | 0;

/** One FNV-1a step over a UTF-16 code unit. */
export function fnvStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

/** FNV-1a over a whole string. */
export function hashString(s: string, seed = FNV_SEED): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = fnvStep(h, s.charCodeAt(i));
  return h;
}

/** murmur3 finaliser: spreads the bits of a 32-bit value. */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/** Combines two hashes (order matters). */
export function mix2(a: number, b: number): number {
  return fmix(Math.imul(a, 0x9e3779b1) ^ (b + 0x7f4a7c15));
}

export function mix3(a: number, b: number, c: number): number {
  return mix2(mix2(a, b), c);
}

/** Lower-case of one UTF-16 code unit (ASCII fast path; other scripts via the engine, one unit). */
export function lowerCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 192) return c;
  const l = String.fromCharCode(c).toLowerCase();
  return l.length === 1 ? l.charCodeAt(0) : c;
}

/** caseClass of each code unit from 192 on, filled on first use (255: not known yet) */
const CASE_CLASS = new Uint8Array(65536).fill(255);

/** Case class of a code unit: 1 upper, 2 lower, 3 digit, 4 other letter (uncased script), 0 anything else. */
export function caseClass(c: number): number {
  if (c >= 65 && c <= 90) return 1;
  if (c >= 97 && c <= 122) return 2;
  if (c >= 48 && c <= 57) return 3;
  if (c < 192) return 0;
  // the engine's case mapping once per code unit, the table after that: with the string path inlined into the
  // feature extractor's loop, about 70 KB of garbage per article came out of it (measured), though few units reach it
  const known = c < 65536 ? (CASE_CLASS[c] as number) : 255;
  if (known !== 255) return known;
  const k = caseClassOf(c);
  if (c < 65536) CASE_CLASS[c] = k;
  return k;
}

function caseClassOf(c: number): number {
  const s = String.fromCharCode(c);
  if (s.toLowerCase() !== s) return 1;
  if (s.toUpperCase() !== s) return 2;
  // letters of uncased scripts (CJK, Arabic, ...) vs. punctuation/symbols above Latin-1
  return (c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xd800 && c <= 0xdfff) ? 0 : 4;
}

/** FNV-1a hash of the lower-cased string, equal to what the feature extractor computes per token. */
export function lowerHash(s: string): number {
  let h = FNV_SEED;
  for (let i = 0; i < s.length; i++) h = fnvStep(h, lowerCode(s.charCodeAt(i)));
  return h;
}
