// Emission scoring through the compact bucket index (decode.ts, bucketIndex) gives the same sums as through rowOf.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bucketIndex, scoreEmissions } from '../../src/nlp/ner/decode.js';
import { N_FEATURES } from '../../src/nlp/ner/features.js';
import { N_LABELS } from '../../src/nlp/ner/tags.js';
import { loadModel } from '../../src/nlp/ner/load.js';

/** a deterministic pseudo-random sequence (xorshift32) */
function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return s >>> 0;
  };
}

/** rowOf over `buckets` buckets with about one in `every` holding a row, rows numbered in bucket order */
function sparseRowOf(buckets: number, every: number, next: () => number): Int32Array {
  const rowOf = new Int32Array(buckets).fill(-1);
  let rows = 0;
  for (let b = 0; b < buckets; b++) if (next() % every === 0) rowOf[b] = rows++;
  return rowOf;
}

/** emissions of n tokens with random features (some absent: -1) through rowOf alone and through its index */
function bothWays(rowOf: Int32Array, weights: Float32Array, n: number, next: () => number): [Float32Array, Float32Array] {
  const feats = new Int32Array(n * N_FEATURES);
  for (let i = 0; i < feats.length; i++) feats[i] = next() % 7 === 0 ? -1 : next() % rowOf.length;
  const plain = new Float32Array(n * N_LABELS);
  const fast = new Float32Array(n * N_LABELS);
  scoreEmissions(feats, n, weights, rowOf, plain);
  const index = bucketIndex(rowOf);
  assert.ok(index);
  scoreEmissions(feats, n, weights, rowOf, fast, index);
  return [plain, fast];
}

test('bucketIndex: the same emission sums as rowOf, bit for bit (invented tables)', () => {
  const next = rng(12345);
  for (const every of [1, 3, 10, 40]) {
    const rowOf = sparseRowOf(1 << 12, every, next);
    let rows = 0;
    for (const r of rowOf) if (r >= 0) rows++;
    const weights = new Float32Array(rows * N_LABELS);
    for (let i = 0; i < weights.length; i++) weights[i] = ((next() % 20001) - 10000) / 997;
    const [plain, fast] = bothWays(rowOf, weights, 50, next);
    assert.deepEqual(fast, plain, `one bucket in ${every} holding a row`);
  }
});

test('bucketIndex: the shipped model keeps its rows in bucket order, and scores the same through the index', () => {
  const m = loadModel();
  const [plain, fast] = bothWays(m.rowOf, m.weights, 200, rng(777));
  assert.deepEqual(fast, plain);
});

test('bucketIndex: rows out of bucket order, or a table not made of whole groups of 32, have no index', () => {
  assert.equal(bucketIndex(Int32Array.from([1, 0, ...new Array<number>(30).fill(-1)])), null);
  assert.equal(bucketIndex(new Int32Array(48).fill(-1)), null);
  assert.ok(bucketIndex(new Int32Array(64).fill(-1)));
});
