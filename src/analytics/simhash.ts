// 64-bit SimHash over word 3-shingles (two 32-bit halves), for near-duplicate (syndicated copy) detection.
import type { SimHash } from '../store/types.js';
import { fmix32, shingleHashes } from './shingles.js';

const counts = new Int32Array(64);

/** SimHash of the text (or of precomputed shingle hashes). */
export function simhash(text: string | Uint32Array): SimHash {
  const sh = typeof text === 'string' ? shingleHashes(text) : text;
  counts.fill(0);
  for (let i = 0; i < sh.length; i++) {
    const hi = fmix32((sh[i] as number) ^ 0x9e3779b9);
    const lo = fmix32((sh[i] as number) ^ 0x7f4a7c15);
    for (let b = 0; b < 32; b++) {
      counts[b] = (counts[b] as number) + (((hi >>> b) & 1) << 1) - 1;
      counts[32 + b] = (counts[32 + b] as number) + (((lo >>> b) & 1) << 1) - 1;
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
