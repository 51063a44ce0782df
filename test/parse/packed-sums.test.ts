// PackedScorer sums each feature's (class, level) entries four at a time: the scores must be those of the plain sum
// over the quantised weights, whatever the number of entries in a bucket (0 to all classes: every remainder of four).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PackedScorer, packedLayout, type WeightTable } from '../../src/nlp/parse/weights.js';

/** a packed table over 2^bits buckets whose row r has exactly (r % (C + 1)) non-zero weights */
function table(bits: number, C: number): WeightTable {
  const buckets = 1 << bits;
  const rowOf = new Int32Array(buckets).fill(-1);
  const rows: number[] = [];
  let x = 12345;
  for (let b = 0; b < buckets; b += 2) {
    const r = rows.length / C;
    rowOf[b] = r;
    const nz = r % (C + 1);
    for (let c = 0; c < C; c++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      rows.push(c < nz ? ((x >>> 8) % 2001) / 100 - 10 || 0.5 : 0);
    }
  }
  return { bits, C, rowOf, w: Float32Array.from(rows) };
}

/** the scores as the plain sum of the int16 levels packedLayout keeps, times its scale */
function reference(t: WeightTable, feats: Int32Array, nf: number, salt: number): Float32Array {
  const layout = packedLayout(t);
  const acc = new Array<number>(t.C).fill(0);
  for (let i = 0; i < nf; i++) {
    const x = layout.span[((feats[i] as number) + salt) & ((1 << t.bits) - 1)] as number;
    for (let e = x >> 8; e < (x >> 8) + (x & 255); e++) {
      const v = layout.ent[e] as number;
      acc[v & 255] = (acc[v & 255] as number) + (v >> 8);
    }
  }
  return Float32Array.from(acc, (a) => a * layout.scale);
}

test('PackedScorer: the same scores as the plain sum of its levels, for buckets of every size', () => {
  for (const C of [17, 57]) {
    const t = table(9, C);
    const s = PackedScorer.of(t);
    const out = new Float32Array(C);
    const feats = new Int32Array(43);
    for (let k = 0; k < 300; k++) {
      const nf = 1 + (k % 43);
      for (let i = 0; i < nf; i++) feats[i] = Math.imul(k * 43 + i, 2654435761);
      s.score(feats, nf, k & 7, out);
      assert.deepEqual(out, reference(t, feats, nf, k & 7), `C ${C}, call ${k}`);
    }
  }
});
