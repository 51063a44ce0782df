// The run-time layout of the parse model, cached beside the shipped file so that a cold process does not pay for
// gunzip and re-layout (about 1.3 s of CPU) on every start.
//
// The shipped model (models/parse/parser.bin.gz) is the training output: int16 weight rows, gzipped to stay small in
// git. Scoring wants other layouts (PackedLayout, DenseLayout in weights.ts). This file stores those layouts
// uncompressed, aligned, so loading is one read and a few typed-array views. It is derived data: `npm install`
// (prepare) writes it, the first load writes it when it is missing, and it names the shipped file it was made from
// (size, and the gzip trailer's CRC-32 and length of the uncompressed data), so a retrained model is never read
// through a stale cache. Nothing is lost when it cannot be written (read-only install): the model is decoded as before.
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { cacheEnabled, cachePlaces, readCache, writeCache } from '../../core/cache-file.js';
import { DEPRELS_FULL, UPOS_TAGS } from './labels.js';
import { PARSE_FEATURES_VERSION, type ParserWeights } from './model.js';
import { WordTable } from './lexical.js';
import { denseLayout, packedLayout, type DenseLayout, type PackedLayout } from './weights.js';

const MAGIC = 0x52475241; // "ARGR" little-endian
const FORMAT = 2;

/** A parse model in its run-time layout: what ParserModel is built from. */
export interface RuntimeParser {
  readonly meta: ParserWeights['meta'];
  readonly tagger: PackedLayout;
  readonly trans: DenseLayout;
  readonly labeler: PackedLayout;
  readonly words: WordTable | null;
}

interface Header {
  source: string;
  featuresVersion: number;
  upos: string;
  deprels: string;
  meta: ParserWeights['meta'];
  tagger: { bits: number; C: number; scale: number; ent: number };
  labeler: { bits: number; C: number; scale: number; ent: number };
  trans: { bits: number; C: number };
  words: number;
}

/**
 * The labeler's weights kept at run time: those of at least 800 int16 levels (2.4 % of the largest weight). The
 * smaller ones are three quarters of its entries and change no relation that matters: EWT dev and GUM dev LAS stay
 * within ±0.0002 of keeping them all, and labelling an arc costs about half the reads (models/parse/README.md).
 */
export const LABELER_MIN_LEVEL = 800;

/** Lays out decoded weights for scoring (the slow path a cache saves). */
export function runtimeOf(w: ParserWeights): RuntimeParser {
  return { meta: w.meta, tagger: packedLayout(w.tagger), trans: denseLayout(w.trans), labeler: packedLayout(w.labeler, LABELER_MIN_LEVEL), words: w.words };
}

/**
 * What identifies a shipped (gzipped) model file: its size and its gzip trailer (CRC-32 and length of the uncompressed
 * data), read without reading the file.
 */
export function sourceKey(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const tail = Buffer.alloc(8);
    if (size < 18 || readSync(fd, tail, 0, 8, size - 8) !== 8) throw new Error(`parse model ${path} is too short to be a gzip file`);
    return `${size}:${tail.readUInt32LE(0).toString(16)}:${tail.readUInt32LE(4)}`;
  } finally {
    closeSync(fd);
  }
}

const pad4 = (n: number): number => (4 - (n % 4)) % 4;

/** The cache file's bytes for a model, tagged with the key of the shipped file it was made from. */
export function encodeRuntime(m: RuntimeParser, source: string): Buffer {
  const header: Header = {
    source,
    featuresVersion: PARSE_FEATURES_VERSION,
    upos: UPOS_TAGS.join(),
    deprels: DEPRELS_FULL.join(),
    meta: m.meta,
    tagger: { bits: m.tagger.bits, C: m.tagger.C, scale: m.tagger.scale, ent: m.tagger.ent.length },
    labeler: { bits: m.labeler.bits, C: m.labeler.C, scale: m.labeler.scale, ent: m.labeler.ent.length },
    trans: { bits: m.trans.bits, C: m.trans.C },
    words: m.words ? m.words.keys.length : 0,
  };
  const h = Buffer.from(JSON.stringify(header), 'utf8');
  const view = (a: Int32Array | Float32Array | Uint8Array): Buffer => Buffer.from(a.buffer as ArrayBuffer, a.byteOffset, a.byteLength);
  const parts: Buffer[] = [Buffer.from(new Uint32Array([MAGIC, FORMAT, h.length]).buffer), h, Buffer.alloc(pad4(h.length))];
  parts.push(view(m.tagger.span), view(m.tagger.ent), view(m.labeler.span), view(m.labeler.ent), view(m.trans.lut), view(m.trans.w), Buffer.alloc(pad4(m.trans.w.length)));
  if (m.words) parts.push(view(m.words.keys), view(m.words.clu));
  return Buffer.concat(parts);
}

/**
 * Reads a cache file's bytes; null when they were made from another shipped file (`source`), by another version of
 * the code, or are cut short. The typed arrays are views into `buf` (no copy).
 */
export function decodeRuntime(buf: Buffer, source: string): RuntimeParser | null {
  if (buf.length < 12 || buf.byteOffset % 4 !== 0) return null;
  const u32 = new Uint32Array(buf.buffer, buf.byteOffset, 3);
  if (u32[0] !== MAGIC || u32[1] !== FORMAT) return null;
  const hlen = u32[2] as number;
  if (12 + hlen > buf.length) return null;
  let header: Header;
  try {
    header = JSON.parse(buf.toString('utf8', 12, 12 + hlen)) as Header;
  } catch {
    return null;
  }
  if (header.source !== source || header.featuresVersion !== PARSE_FEATURES_VERSION) return null;
  if (header.upos !== UPOS_TAGS.join() || header.deprels !== DEPRELS_FULL.join()) return null;
  const { tagger: t, labeler: l, trans: d, words: nw } = header;
  const need = 12 + hlen + pad4(hlen) + 4 * ((1 << t.bits) + t.ent + (1 << l.bits) + l.ent + 256) + (1 << d.bits) * d.C + pad4((1 << d.bits) * d.C) + 8 * nw;
  if (buf.length !== need) return null;
  let off = buf.byteOffset + 12 + hlen + pad4(hlen);
  const ints = (n: number): Int32Array => {
    const a = new Int32Array(buf.buffer, off, n);
    off += 4 * n;
    return a;
  };
  const tagger: PackedLayout = { bits: t.bits, C: t.C, scale: t.scale, span: ints(1 << t.bits), ent: ints(t.ent) };
  const labeler: PackedLayout = { bits: l.bits, C: l.C, scale: l.scale, span: ints(1 << l.bits), ent: ints(l.ent) };
  const lut = new Float32Array(buf.buffer, off, 256);
  off += 1024;
  const w = new Uint8Array(buf.buffer, off, (1 << d.bits) * d.C);
  off += w.length + pad4(w.length);
  const words = nw > 0 ? new WordTable(ints(nw), ints(nw)) : null;
  return { meta: header.meta, tagger, labeler, trans: { bits: d.bits, C: d.C, w, lut }, words };
}

/** Where the cache of a shipped model lives: beside it, or in the temp dir when that is not writable. */
export function cachePaths(modelPath: string, source: string): string[] {
  return cachePlaces(`${modelPath}.rt`, `argus-parser-${source.replace(/:/g, '-')}.rt`);
}

/**
 * The model at `modelPath` in its run-time layout: from the cache when it is current, else decoded from the shipped
 * file (and cached for the next process, unless ARGUS_MODEL_CACHE=off).
 */
export function loadRuntime(modelPath: string, decode: (gz: Buffer) => ParserWeights): RuntimeParser {
  const useCache = cacheEnabled();
  const source = sourceKey(modelPath);
  const paths = cachePaths(modelPath, source);
  if (useCache) {
    const hit = readCache(paths, (buf) => decodeRuntime(buf, source));
    if (hit) return hit;
  }
  const m = runtimeOf(decode(readFileSync(modelPath)));
  if (useCache) writeCache(paths, encodeRuntime(m, source));
  return m;
}
