// 64-bit SimHash over word shingles (two 32-bit halves), for near-duplicate (syndicated copy) detection.
import type { SimHash } from '../store/types.js';

const WORD = /[\p{L}\p{N}]+/gu;
const counts = new Int32Array(64);

/** FNV-1a 32-bit with a seed, over a string */
function fnv(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // final avalanche (murmur3 fmix32) so neighbouring shingles spread over all bits
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** SimHash of the text's word `shingle`-grams (lower case). */
export function simhash(text: string, shingle = 3): SimHash {
  counts.fill(0);
  const words = text.toLowerCase().match(WORD) ?? [];
  const n = Math.max(1, words.length - shingle + 1);
  for (let i = 0; i < n; i++) {
    const g = words.slice(i, i + shingle).join(' ');
    const hi = fnv(g, 0x9e3779b9);
    const lo = fnv(g, 0x7f4a7c15);
    for (let b = 0; b < 32; b++) {
      counts[b] = (counts[b] as number) + ((hi >>> b) & 1 ? 1 : -1);
      counts[32 + b] = (counts[32 + b] as number) + ((lo >>> b) & 1 ? 1 : -1);
    }
  }
  let hi = 0;
  let lo = 0;
  for (let b = 0; b < 32; b++) {
    if ((counts[b] as number) > 0) hi |= 1 << b;
    if ((counts[32 + b] as number) > 0) lo |= 1 << b;
  }
  return { hi: hi >>> 0, lo: lo >>> 0 };
}

function popcount(x: number): number {
  let v = x >>> 0;
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

export function hamming(a: SimHash, b: SimHash): number {
  return popcount(a.hi ^ b.hi) + popcount(a.lo ^ b.lo);
}
