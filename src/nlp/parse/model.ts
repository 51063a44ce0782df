// The parse model file: the tagger, transition and labeler weight tables, int16-quantised, gzipped.
import { gunzipSync, gzipSync } from 'node:zlib';
import { DEPRELS_FULL, UPOS_TAGS } from './labels.js';
import type { WeightTable } from './weights.js';
import { WordTable } from './lexical.js';

const MAGIC = 0x50475241; // "ARGP" little-endian
const FORMAT = 2;
/** Bumped whenever the feature extraction changes; a model of another version is refused. */
export const PARSE_FEATURES_VERSION = 5;
/**
 * The version a beam-trained model file carries (`npm run train:parse -- --beam N`): the same features, but transition
 * weights trained globally for beam search (beam.ts), the RE weights also scoring the pops once the buffer is empty;
 * `meta.beam` (> 1) is the width it decodes with. Code from before beam search refuses such a file, as it would parse
 * it greedily.
 */
export const BEAM_FEATURES_VERSION = 6;

export interface ParserWeights {
  readonly meta: {
    featuresVersion: number;
    upos: readonly string[];
    deprels: readonly string[];
    /** free-form training facts: corpora, epochs, seeds, scores */
    training: Record<string, unknown>;
    /** beam width the transition weights were trained for and decode with (absent or 1: greedy) */
    beam?: number;
    /** beam search keeps no state scoring more than this below the best one (absent: no such limit) */
    beamMargin?: number;
  };
  readonly tagger: WeightTable;
  readonly trans: WeightTable;
  readonly labeler: WeightTable;
  /** word clusters (null: none) */
  readonly words: WordTable | null;
}

interface TableHeader {
  bits: number;
  C: number;
  nRows: number;
  scale: number;
}

/**
 * Layout (little-endian, gzipped): magic, format, header length, header JSON (padded to 4 bytes), then per table
 * (tagger, transitions, labeler): nRows u32 bucket ids, nRows x C i16 weights (times header.tables[k].scale), padded
 * to 4 bytes; then the word clusters (header.words slots, 0 = none): keys i32, packed clusters i32.
 */
export function encodeParser(m: ParserWeights): Buffer {
  const tables = [m.tagger, m.trans, m.labeler];
  const heads: TableHeader[] = [];
  const body: Buffer[] = [];
  for (const t of tables) {
    const nRows = t.w.length / t.C;
    let maxAbs = 0;
    for (let i = 0; i < t.w.length; i++) maxAbs = Math.max(maxAbs, Math.abs(t.w[i] as number));
    const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
    const ids = new Uint32Array(nRows);
    for (let b = 0; b < t.rowOf.length; b++) {
      const r = t.rowOf[b] as number;
      if (r >= 0) ids[r] = b;
    }
    const q = new Int16Array(t.w.length);
    for (let i = 0; i < q.length; i++) q[i] = Math.round((t.w[i] as number) / scale);
    heads.push({ bits: t.bits, C: t.C, nRows, scale });
    body.push(Buffer.from(ids.buffer), Buffer.from(q.buffer), Buffer.alloc(q.byteLength % 4));
  }
  const words = m.words;
  if (words) body.push(Buffer.from(words.keys.buffer, words.keys.byteOffset, words.keys.byteLength), Buffer.from(words.clu.buffer, words.clu.byteOffset, words.clu.byteLength));
  const header = Buffer.from(JSON.stringify({ ...m.meta, tables: heads, words: words ? words.keys.length : 0 }), 'utf8');
  const parts = [
    Buffer.from(new Uint32Array([MAGIC, FORMAT, header.length]).buffer),
    header,
    Buffer.alloc((4 - (header.length % 4)) % 4),
    ...body,
  ];
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

export function decodeParser(gz: Uint8Array): ParserWeights {
  const raw = gunzipSync(gz);
  const buf = new ArrayBuffer(raw.length + 8);
  new Uint8Array(buf).set(raw);
  const u32 = new Uint32Array(buf, 0, 3);
  if (u32[0] !== MAGIC) throw new Error('not an Argus parse model (bad magic)');
  if (u32[1] !== FORMAT) throw new Error(`parse model file format ${u32[1]}, code reads format ${FORMAT}: run "npm run train:parse"`);
  const hlen = u32[2] as number;
  const header = JSON.parse(Buffer.from(raw.subarray(12, 12 + hlen)).toString('utf8')) as ParserWeights['meta'] & { tables: TableHeader[]; words: number };
  const beamFile = header.featuresVersion === BEAM_FEATURES_VERSION && (header.beam ?? 1) > 1;
  if (header.featuresVersion !== PARSE_FEATURES_VERSION && !beamFile) throw new Error(`parse model features v${header.featuresVersion}, code v${PARSE_FEATURES_VERSION}: run "npm run train:parse"`);
  if (header.upos.join() !== UPOS_TAGS.join() || header.deprels.join() !== DEPRELS_FULL.join()) throw new Error('parse model label sets differ from the code: run "npm run train:parse"');
  let off = 12 + hlen + ((4 - (hlen % 4)) % 4);
  const tables: WeightTable[] = header.tables.map((h) => {
    const ids = new Uint32Array(buf, off, h.nRows);
    off += h.nRows * 4;
    const q = new Int16Array(buf, off, h.nRows * h.C);
    off += h.nRows * h.C * 2;
    off += (h.nRows * h.C * 2) % 4;
    const rowOf = new Int32Array(1 << h.bits).fill(-1);
    for (let r = 0; r < h.nRows; r++) rowOf[ids[r] as number] = r;
    const w = new Float32Array(q.length);
    for (let i = 0; i < w.length; i++) w[i] = (q[i] as number) * h.scale;
    return { bits: h.bits, C: h.C, rowOf, w };
  });
  const nw = header.words;
  const words = nw > 0 ? new WordTable(new Int32Array(buf.slice(off, off + nw * 4)), new Int32Array(buf.slice(off + nw * 4, off + nw * 8))) : null;
  const { tables: _t, words: _w, ...meta } = header;
  return { meta, tagger: tables[0] as WeightTable, trans: tables[1] as WeightTable, labeler: tables[2] as WeightTable, words };
}
