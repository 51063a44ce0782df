// Word 3-shingle hashes of a text, computed once and shared by SimHash and MinHash (no string per shingle).
const WORD = /[\p{L}\p{N}]+/gu;

export function fmix32(h0: number): number {
  let h = h0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** 32-bit hashes of the lower-cased word 3-grams (one hash for texts of fewer than three words). */
export function shingleHashes(text: string): Uint32Array {
  const words = text.toLowerCase().match(WORD) ?? [];
  const wh = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) wh[i] = fnv(words[i] as string);
  if (words.length < 3) return Uint32Array.of(fmix32((wh[0] ?? 0) ^ Math.imul(wh[1] ?? 0, 0x9e3779b1)));
  const out = new Uint32Array(words.length - 2);
  for (let i = 0; i < out.length; i++) {
    out[i] = fmix32((wh[i] as number) ^ Math.imul(wh[i + 1] as number, 0x9e3779b1) ^ Math.imul(wh[i + 2] as number, 0x85ebca77));
  }
  return out;
}
