// The trained model: sparse weight rows over hashed buckets, transitions, and the case lexicon; binary (de)serialisation.
import type { IntHashTable } from './hash-table.js';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Lexicon } from './lexicon.js';
import { ClusterTable } from './clusters.js';
import { FEATURES_VERSION } from './features.js';
import { N_LABELS, LABEL_NAMES } from './tags.js';

const MAGIC = 0x4e475241; // "ARGN" little-endian
const FORMAT = 2;

export interface ModelMeta {
  featuresVersion: number;
  labels: readonly string[];
  bits: number;
  /** free-form training facts: corpora, epochs, seed, scores */
  training: Record<string, unknown>;
}

export interface NerModel {
  meta: ModelMeta;
  /** bucket -> row in weights, -1 when the bucket has no weights */
  rowOf: Int32Array;
  /** nRows x N_LABELS */
  weights: Float32Array;
  /** (N_LABELS + 1) x N_LABELS, last row = sentence start */
  trans: Float32Array;
  lexicon: Lexicon | null;
  gazetteer: Lexicon | null;
  clusters: ClusterTable | null;
}

/** Keeps bucket rows whose largest weight reaches minAbs; dense (training) weights -> sparse model. */
export function packModel(
  dense: Float32Array,
  trans: Float32Array,
  bits: number,
  tables: { lexicon: Lexicon | null; gazetteer: Lexicon | null; clusters: ClusterTable | null },
  training: Record<string, unknown>,
  minAbs: number,
): NerModel {
  const L = N_LABELS;
  const buckets = 1 << bits;
  const rowOf = new Int32Array(buckets).fill(-1);
  let rows = 0;
  for (let b = 0; b < buckets; b++) {
    let keep = false;
    for (let t = 0; t < L; t++) if (Math.abs(dense[b * L + t] as number) >= minAbs) { keep = true; break; }
    if (keep) rowOf[b] = rows++;
  }
  const weights = new Float32Array(rows * L);
  for (let b = 0; b < buckets; b++) {
    const r = rowOf[b] as number;
    if (r >= 0) weights.set(dense.subarray(b * L, b * L + L), r * L);
  }
  return { meta: { featuresVersion: FEATURES_VERSION, labels: LABEL_NAMES, bits, training }, rowOf, weights, trans, ...tables };
}

/**
 * Layout (little-endian, gzipped): magic, format, header length, header JSON, then
 * nRows u32 bucket ids, nRows x L i16 weights (scaled by header.scale), (L+1) x L f32 transitions,
 * then for the lexicon and the gazetteer: table size u32, keys i32, values u8 (padded to 4);
 * then the word clusters: table size u32, keys i32, values i32.
 */
export function encodeModel(m: NerModel): Buffer {
  const L = N_LABELS;
  const nRows = m.weights.length / L;
  let maxAbs = 0;
  for (let i = 0; i < m.weights.length; i++) maxAbs = Math.max(maxAbs, Math.abs(m.weights[i] as number));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const buckets = new Uint32Array(nRows);
  for (let b = 0; b < m.rowOf.length; b++) {
    const r = m.rowOf[b] as number;
    if (r >= 0) buckets[r] = b;
  }
  const q = new Int16Array(m.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round((m.weights[i] as number) / scale);
  const header = Buffer.from(JSON.stringify({ ...m.meta, nRows, scale }), 'utf8');
  const parts = [
    Buffer.from(new Uint32Array([MAGIC, FORMAT, header.length]).buffer),
    header,
    Buffer.alloc((4 - (header.length % 4)) % 4),
    Buffer.from(buckets.buffer),
    Buffer.from(q.buffer),
    Buffer.alloc(q.byteLength % 4),
    Buffer.from(m.trans.buffer, m.trans.byteOffset, m.trans.byteLength),
    ...tableParts(m.lexicon),
    ...tableParts(m.gazetteer),
    ...tableParts(m.clusters),
  ];
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

/** A hash table as [size][keys][values][padding to 4 bytes]; an absent table as size 0. */
function tableParts(t: IntHashTable<Int32Array | Uint8Array> | null): Buffer[] {
  const keys = t ? t.keys : new Int32Array(0);
  const vals = t ? t.values : new Uint8Array(0);
  return [
    Buffer.from(new Uint32Array([keys.length]).buffer),
    Buffer.from(keys.buffer, keys.byteOffset, keys.byteLength),
    Buffer.from(vals.buffer, vals.byteOffset, vals.byteLength),
    Buffer.alloc((4 - (vals.byteLength % 4)) % 4),
  ];
}

export function decodeModel(gz: Uint8Array): NerModel {
  const raw = gunzipSync(gz);
  // copy into a fresh, aligned ArrayBuffer
  const buf = new ArrayBuffer(raw.length + 8);
  new Uint8Array(buf).set(raw);
  const u32 = new Uint32Array(buf, 0, 3);
  if (u32[0] !== MAGIC || u32[1] !== FORMAT) throw new Error('not an Argus NER model (bad magic or format)');
  const hlen = u32[2] as number;
  const header = JSON.parse(Buffer.from(raw.subarray(12, 12 + hlen)).toString('utf8')) as ModelMeta & { nRows: number; scale: number };
  if (header.featuresVersion !== FEATURES_VERSION) throw new Error(`NER model features v${header.featuresVersion}, code v${FEATURES_VERSION}: retrain`);
  const L = N_LABELS;
  if (header.labels.length !== L) throw new Error('NER model label set differs from the code: retrain');
  let off = 12 + hlen;
  off += (4 - (hlen % 4)) % 4;
  const nRows = header.nRows;
  const bucketIds = new Uint32Array(buf, off, nRows);
  off += nRows * 4;
  const q = new Int16Array(buf, off, nRows * L);
  off += nRows * L * 2;
  off += (nRows * L * 2) % 4;
  const trans = new Float32Array(buf.slice(off, off + (L + 1) * L * 4));
  off += (L + 1) * L * 4;
  const readTable = (): Lexicon | null => {
    const n = new Uint32Array(buf, off, 1)[0] as number;
    off += 4;
    const t = n > 0 ? new Lexicon(new Int32Array(buf.slice(off, off + n * 4)), new Uint8Array(buf.slice(off + n * 4, off + n * 5))) : null;
    off += n * 5 + ((4 - (n % 4)) % 4);
    return t;
  };
  const lexicon = readTable();
  const gazetteer = readTable();
  const nClusters = new Uint32Array(buf, off, 1)[0] as number;
  off += 4;
  const clusters = nClusters > 0
    ? new ClusterTable(new Int32Array(buf.slice(off, off + nClusters * 4)), new Int32Array(buf.slice(off + nClusters * 4, off + nClusters * 8)))
    : null;
  off += nClusters * 8;
  const rowOf = new Int32Array(1 << header.bits).fill(-1);
  for (let r = 0; r < nRows; r++) rowOf[bucketIds[r] as number] = r;
  const weights = new Float32Array(nRows * L);
  for (let i = 0; i < weights.length; i++) weights[i] = (q[i] as number) * header.scale;
  const { nRows: _n, scale: _s, ...meta } = header;
  return { meta, rowOf, weights, trans, lexicon, gazetteer, clusters };
}
