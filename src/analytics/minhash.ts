// MinHash of word 3-shingles with LSH banding: finds lightly edited copies that SimHash at distance 3 misses.
import { fmix32 as fmix, shingleHashes } from './shingles.js';

export const MINHASH_K = 64;
export const LSH_BANDS = 16;
const ROWS = MINHASH_K / LSH_BANDS;

const SEEDS = Uint32Array.from({ length: MINHASH_K }, (_, i) => fmix(0x9e3779b9 + i * 0x632be5ab));

/** 64 minimum hashes of the text's word 3-shingles (lower case), or of precomputed shingle hashes. */
export function minhash(text: string | Uint32Array): Uint32Array {
  const sh = typeof text === 'string' ? shingleHashes(text) : text;
  const sig = new Uint32Array(MINHASH_K).fill(0xffffffff);
  for (let i = 0; i < sh.length; i++) {
    const h = sh[i] as number;
    for (let k = 0; k < MINHASH_K; k++) {
      const v = fmix(h ^ (SEEDS[k] as number));
      if (v < (sig[k] as number)) sig[k] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of the two shingle sets. */
export function minhashSimilarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < MINHASH_K; k++) if (a[k] === b[k]) same++;
  return same / MINHASH_K;
}

/** One key per band: band index in the high bits, a 32-bit hash of its rows in the low bits (exact in a double). */
export function lshKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < LSH_BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) h = fmix(h ^ (sig[b * ROWS + r] as number));
    keys.push(b * 0x100000000 + h);
  }
  return keys;
}

export function sigToBuffer(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

export function bufferToSig(buf: Buffer | Uint8Array): Uint32Array {
  const copy = new Uint8Array(buf.byteLength);
  copy.set(buf);
  return new Uint32Array(copy.buffer);
}
