// Stage 7, the geoparser: puts every mappable GPE/LOC/FAC entity on the map, choosing among namesakes by the
// article's other places ("Paris" near "Texas"), by "City, State" patterns and by population and capital priors.
import type { Place } from '../../core/analysis.js';
import type { Dateline } from '../../core/input.js';
import type { CountryRecord, KB, PlaceRecord } from '../../kb/types.js';
import { foldKey } from '../../kb/text.js';
import { POS_TAGS, type Doc, type ResolvedEntity } from '../types.js';

export interface GeoparseContext {
  kb: KB;
  dateline: Dateline | null;
  /** entity ids (or names) that events happen at: their places get `focus: true` */
  eventLocations?: Set<string>;
}

type Kind = 'country' | 'admin1' | 'city' | 'region' | 'facility';

interface Candidate {
  kind: Kind;
  name: string;
  lat: number;
  lon: number;
  country: string | null;
  admin1: string | null;
  geonames: number | null;
  wikidata: string | null;
  featureClass: string;
  population: number;
  score: number;
}

/** Scores, tuned on the traps in test/nlp/places.test.ts. A country name beats namesake states and towns unless
 * the article is about the namesake's country and names places inside the namesake. */
const W = {
  country: 10,
  region: 9,
  admin1: 5,
  /** small next to the population prior: a US article's "Paris" is still in France unless Texas is named too */
  countryVote: 2,
  countryVoteExtra: 0.25,
  /** scoring a state: per town of the article inside it ("Atlanta" makes "Georgia" the state) */
  admin1Vote: 6,
  /** scoring a town: its state is named in the article ("Texas" makes "Paris" Paris, Texas) */
  admin1VoteCity: 4,
  /** another town of the same state: weak ("Chicago" does not make "Paris" the Illinois village) */
  sameStateTown: 1.5,
  /** other states of the same country named in the article ("Georgia" next to "Alabama" and "Florida") */
  siblingAdmin1: 2.5,
  hintAdmin1: 10,
  hintCountry: 8,
  metonymCity: 1,
  /** a national capital in an article that names other nations ("Washington and Berlin agreed") */
  capitalAmongNations: 2,
  code: { PPLC: 2.5, PPLG: 2, PPLA: 1.5, PPLA2: 0.7 } as Record<string, number>,
};

/** Words that make a facility or feature of a place name: "Yokosuka port", "Port of Rotterdam". */
const FEATURE_WORDS = new Set([
  'port', 'harbor', 'harbour', 'base', 'air', 'naval', 'airport', 'airbase', 'station', 'bridge', 'dam', 'plant', 'power',
  'nuclear', 'facility', 'terminal', 'shipyard', 'camp', 'fort', 'of', 'the', 'international', 'military', 'navy',
  'museum', 'palace', 'square', 'stadium', 'prison', 'hospital', 'university', 'embassy', 'consulate', 'refinery',
  'pipeline', 'crossing', 'checkpoint', 'border', 'city', 'center', 'centre', 'hall', 'tower', 'building', 'field', 'reactor',
  // natural features named after their town or island: "Tarvo Island", "Belan River", "Kainji Lake"
  'island', 'river', 'lake', 'reef', 'valley', 'intake', 'gorge', 'pass',
  // mines, canals, lines and shrines named after their town: "Panguna mine", "the Tarvo temple", "Kilo interconnection"
  'mine', 'canal', 'barrage', 'jail', 'harbour', 'interconnection', 'interconnector', 'substation', 'research', 'enrichment',
  'oil', 'gas', 'container', 'temple', 'shrine', 'monastery', 'mosque', 'church', 'cathedral',
]);

/** Votes for the article's countries and first-level divisions; each entity votes once per key. */
class Context {
  private readonly votes = new Map<string, Set<string>>();

  add(key: string, entityId: string): void {
    const s = this.votes.get(key);
    if (s) s.add(entityId);
    else this.votes.set(key, new Set([entityId]));
  }

  /** whether an entity other than `self` names a nation other than `iso` (countries, demonyms, seats of government) */
  otherNation(iso: string, self: string): boolean {
    for (const [k, ids] of this.votes) {
      if (!k.startsWith('#nation:') || k === `#nation:${iso}`) continue;
      if (ids.size > (ids.has(self) ? 1 : 0)) return true;
    }
    return false;
  }

  /** the countries (ISO alpha-2) that entities other than `self` voted for */
  countries(self: string): string[] {
    const out: string[] = [];
    for (const [k, ids] of this.votes) if (k.length === 2 && ids.size > (ids.has(self) ? 1 : 0)) out.push(k);
    return out;
  }

  /** how many entities other than `self` voted for the key */
  count(key: string, self: string): number {
    const s = this.votes.get(key);
    if (!s) return 0;
    return s.size - (s.has(self) ? 1 : 0);
  }
}

/** "WASHINGTON" -> "Washington", "THE HAGUE" -> "The Hague", "TROMSØ" -> "Tromsø"; short acronyms ("UAE") stay. */
function unshout(name: string): string {
  if (name.length < 4 || name !== name.toUpperCase() || name === name.toLowerCase() || /[.\d]/.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s\-'’])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** The last word of an organisation's name that makes it a building or site ("Charles Nicolle Hospital", "Kilo Air
 * Base", "Grand Palace Hotel"): put on the map like a facility. */
const BUILDING_HEAD = /\s(Hospital|Airport|Airfield|Air Base|Airbase|Naval Base|Stadium|Prison|Palace|Hotel|Dam|Bridge|Mosque|Cathedral|Church|Temple|Shrine|Guest House)$/;

const isFacilityOrg = (e: ResolvedEntity): boolean => e.type === 'ORG' && BUILDING_HEAD.test(e.name);
const isPlaceType = (e: ResolvedEntity): boolean => e.type === 'GPE' || e.type === 'LOC' || e.type === 'FAC' || isFacilityOrg(e);
const isFacility = (e: ResolvedEntity): boolean => e.type === 'FAC' || isFacilityOrg(e);

function fromCountry(c: CountryRecord, score: number): Candidate {
  return {
    kind: 'country', name: c.name, lat: c.lat, lon: c.lon, country: c.iso2, admin1: null, geonames: c.geonames,
    wikidata: c.wikidata, featureClass: 'country', population: 0, score,
  };
}

function fromPlace(p: PlaceRecord, kind: Kind, score: number): Candidate {
  return {
    kind, name: p.name, lat: p.lat, lon: p.lon, country: p.country, admin1: p.admin1 ?? null, geonames: p.geonames,
    wikidata: p.wikidata ?? null, featureClass: kind === 'region' ? p.featureClass : kind, population: p.population, score,
  };
}

/** "Washington state", "Kanagawa prefecture": the mention names a first-level division. */
const ADMIN_WORDS = new Set(['state', 'province', 'prefecture', 'oblast', 'region', 'governorate', 'State', 'Province', 'Prefecture', 'Oblast', 'Region', 'Governorate']);
const ADMIN_HINT = '#admin1';

/** The division word that follows some mention ("the Tarvo region", "Lviv Oblast"), or null. */
function adminWordAfter(e: ResolvedEntity, doc: Doc): string | null {
  for (const m of e.mentions) if (m.tokenEnd < doc.n && ADMIN_WORDS.has(doc.words[m.tokenEnd] as string)) return doc.words[m.tokenEnd] as string;
  return null;
}

/** "Lviv" + "region" -> the division GeoNames names "Lviv Oblast"; "Osh" + "region" -> "Osh". */
function admin1With(kb: KB, name: string, word: string | null): PlaceRecord[] {
  const out = kb.admin1(name);
  if (!word || out.length) return out;
  for (const w of word.toLowerCase() === 'region' ? ['Region', 'Oblast', 'Province', 'Governorate'] : [word[0]!.toUpperCase() + word.slice(1).toLowerCase()]) {
    const l = kb.admin1(`${name} ${w}`);
    if (l.length) return l;
  }
  return out;
}

/** Lower-case words an appositive may hold before its preposition: "Tarvo, an island in Aichi", "Belan, a
 * small border village of Osh". */
const APPOSITIVE_NOUN = /^\p{Ll}[\p{Ll}-]*$/u;
const APPOSITIVE_PREP = new Set(['in', 'of', 'near']);

/** The admin1/country keys of the capitalised name of up to three words starting at token `from` (none: false). */
function hintNameAt(from: number, doc: Doc, kb: KB, hints: Set<string>): boolean {
  if (from < doc.n && doc.lower[from] === 'the') from++;
  if (from >= doc.n) return false;
  for (let k = Math.min(doc.n - 1, from + 2); k >= from; k--) {
    if (doc.sentOf[k] !== doc.sentOf[from]) continue;
    const s = doc.text.slice(doc.starts[from] as number, doc.ends[k] as number);
    if (!/^[A-Z]/.test(s)) return false;
    const admins = kb.admin1(s);
    const country = kb.countryByName(s);
    for (const a of admins) if (a.country && a.admin1) hints.add(`${a.country}:${a.admin1}`);
    if (country) hints.add(country.iso2);
    if (admins.length || country) return true;
  }
  return false;
}

/** "Paris, Texas" / "Atlanta, Ga." / "Yokosuka, Japan", and the appositive and "in" patterns "Tarvo, an island in
 * Aichi prefecture", "Belan Island in Central Java", "Sialkot, in Punjab": admin1 and country keys named right
 * after a mention. */
function hintsAfter(e: ResolvedEntity, doc: Doc, kb: KB): Set<string> {
  const hints = new Set<string>();
  for (const m of e.mentions) {
    const te = m.tokenEnd;
    if (te < doc.n && ADMIN_WORDS.has(doc.words[te] as string)) hints.add(ADMIN_HINT);
    if (te >= doc.n) continue;
    const comma = doc.words[te] === ',';
    if (comma && hintNameAt(te + 1, doc, kb, hints)) continue;
    let k = comma ? te + 1 : te;
    if (comma && (doc.lower[k] === 'a' || doc.lower[k] === 'an')) {
      // an appositive: up to four lower-case words, then the preposition
      const stop = Math.min(doc.n, k + 6);
      for (k++; k < stop && !APPOSITIVE_PREP.has(doc.lower[k] as string) && APPOSITIVE_NOUN.test(doc.words[k] as string); k++);
      if (k < stop && APPOSITIVE_PREP.has(doc.lower[k] as string)) hintNameAt(k + 1, doc, kb, hints);
    } else if (doc.lower[k] === 'in') hintNameAt(k + 1, doc, kb, hints);
  }
  return hints;
}

function countryOfName(kb: KB, name: string): CountryRecord | undefined {
  return kb.countryByName(name) ?? kb.countryByDemonym(name);
}

/** First pass: countries the article names outright (countries, demonyms, metonyms, "China Coast Guard"). */
function seedContext(entities: ResolvedEntity[], kb: KB, ctx: Context, dateline: Dateline | null): void {
  for (const e of entities) {
    const iso = e.kb.iso3166;
    if (iso) ctx.add(iso, e.id);
    if (e.type === 'PERSON') continue;
    const c = countryOfName(kb, e.name) ?? (e.type === 'GPE' ? kb.countryByMetonym(e.name) : undefined);
    if (c) {
      ctx.add(c.iso2, e.id);
      ctx.add(`#nation:${c.iso2}`, e.id);
    } else if (e.type === 'ORG' || e.type === 'NORP') seedNameParts(e, kb, ctx);
    else seedPlace(e, kb, ctx);
  }
  const dl = datelineParts(dateline);
  if (dl) seedDateline(dl, kb, ctx);
}

/** A country or nationality inside an organization's name: "Philippine Coast Guard", "China Coast Guard"; a province or
 * state too: "British Columbia Lottery Corporation", "Ontario Court of Appeal". */
function seedNameParts(e: ResolvedEntity, kb: KB, ctx: Context): void {
  const words = e.name.split(/\s+/);
  for (const w of words) {
    const wc = countryOfName(kb, w);
    if (wc) ctx.add(wc.iso2, e.id);
  }
  for (let len = 3; len >= 1; len--) {
    for (let i = 0; i + len < words.length; i++) {
      const admins = kb.admin1(words.slice(i, i + len).join(' '));
      const a = admins.length === 1 ? (admins[0] as PlaceRecord) : undefined;
      if (a?.country && a.admin1 && !kb.countryByName(a.name)) {
        ctx.add(a.country, e.id);
        ctx.add(`${a.country}:${a.admin1}`, e.id);
      }
    }
  }
}

/** A region's country, and the one first-level division of the name (no country's name). */
function seedPlace(e: ResolvedEntity, kb: KB, ctx: Context): void {
  const r = kb.region(e.name);
  if (r?.country && !r.broad) ctx.add(r.country, e.id);
  if (kb.countryByName(e.name)) return;
  const admins = kb.admin1(e.name);
  if (admins.length !== 1) return;
  const a = admins[0] as PlaceRecord;
  if (a.country && a.admin1) ctx.add(`${a.country}:${a.admin1}`, e.id);
}

/** The dateline's country, or its city's country and division. */
function seedDateline(dl: { place: string; rest: string | null }, kb: KB, ctx: Context): void {
  const where = dl.rest ? kb.countryByName(dl.rest) : undefined;
  const top = kb.countryByName(dl.place) ?? kb.countryByMetonym(dl.place);
  if (top) {
    ctx.add(top.iso2, '#dateline');
    return;
  }
  let cities = kb.cities(dl.place);
  // "LARISSA, ..." (GeoNames: Lárisa): an alternate name, for a capital or in the country the dateline names
  if (!cities.length) cities = kb.cities(dl.place, true).filter((c) => c.featureCode === 'PPLC' || c.featureCode === 'PPLA' || c.country === where?.iso2);
  const city = (where ? cities.find((c) => c.country === where.iso2) : undefined) ?? cities[0];
  if (city?.country) {
    ctx.add(city.country, '#dateline');
    if (city.admin1) ctx.add(`${city.country}:${city.admin1}:town`, '#dateline');
  }
}

/** "TROMSØ, Norway" -> place "TROMSØ", rest "Norway". */
function datelineParts(dateline: Dateline | null): { place: string; rest: string | null } | null {
  const raw = dateline?.place?.trim();
  if (!raw) return null;
  const comma = raw.indexOf(',');
  if (comma < 0) return { place: unshout(raw), rest: null };
  return { place: unshout(raw.slice(0, comma).trim()), rest: unshout(raw.slice(comma + 1).trim()) || null };
}

function countryBonus(ctx: Context, iso: string | null, self: string): number {
  if (!iso) return 0;
  const n = ctx.count(iso, self);
  return n > 0 ? W.countryVote + Math.min(n - 1, 4) * W.countryVoteExtra : 0;
}

function cityScore(p: PlaceRecord, ctx: Context, self: string, hints: Set<string>, maxPop = 0): number {
  const admin = p.country && p.admin1 ? `${p.country}:${p.admin1}` : null;
  const stateNamed = admin !== null && (ctx.count(admin, self) > 0 || hints.has(admin));
  const small = p.population * NAMESAKE_RATIO < maxPop && !stateNamed && !(p.country && hints.has(p.country));
  let s = Math.log10(Math.max(p.population, 10)) + (W.code[p.featureCode ?? ''] ?? 0) + (small ? 0 : countryBonus(ctx, p.country, self));
  if (p.featureCode === 'PPLC' && p.country && ctx.otherNation(p.country, self)) s += W.capitalAmongNations;
  if (p.country && p.admin1) {
    const key = `${p.country}:${p.admin1}`;
    if (ctx.count(key, self) > 0) s += W.admin1VoteCity;
    else if (ctx.count(`${key}:town`, self) > 0) s += W.sameStateTown;
    if (hints.has(key)) s += W.hintAdmin1;
  }
  if (p.country && hints.has(p.country)) s += W.hintCountry;
  return s;
}

/** Population a town needs before a capitalized common word ("Summit", "Federal") is read as it. */
const COMMON_WORD_MIN_POP = 100_000;

/** "Us", "Of", or a word the article also writes in lower case ("summit"): probably not a town of that name. */
function looksLikeCommonWord(name: string, doc: Doc | null): boolean {
  if (foldKey(name).replace(/ /g, '').length < 3) return true;
  if (!doc || /\s/.test(name)) return false;
  const lower = name.toLowerCase();
  if (lower === name) return true;
  return wordsOf(doc).has(lower);
}

/** the words of a document as written, as a set built once per document (a lookup per place name stays linear) */
const DOC_WORDS = new WeakMap<Doc, ReadonlySet<string>>();
function wordsOf(doc: Doc): ReadonlySet<string> {
  let words = DOC_WORDS.get(doc);
  if (!words) {
    words = new Set(doc.words);
    DOC_WORDS.set(doc, words);
  }
  return words;
}

/** Words that make the next or previous capitalised word a settlement: "the city of Summit", "Mission city". */
const PLACE_HEADS = new Set(['city', 'town', 'village', 'suburb', 'borough', 'township', 'municipality', 'county']);

/** "the city of Independence", "Mission city": a mention with a settlement noun right before ("of") or after it. */
function hasPlaceHead(e: ResolvedEntity, doc: Doc): boolean {
  for (const m of e.mentions) {
    const b = m.tokenStart;
    if (b >= 2 && doc.lower[b - 1] === 'of' && PLACE_HEADS.has(doc.lower[b - 2] as string)) return true;
    if (m.tokenEnd < doc.n && PLACE_HEADS.has(doc.words[m.tokenEnd] as string)) return true;
  }
  return false;
}

/** Prepositions that put a mention on the map: "in Independence", "from Mission". */
const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'outside', 'to']);

/** Some mention of the entity comes right after a locative preposition. */
function hasLocativeMention(e: ResolvedEntity, doc: Doc): boolean {
  return e.mentions.some((m) => m.tokenStart > 0 && LOCATIVE.has(doc.lower[m.tokenStart - 1] as string));
}

/** A town named by an ordinary word ("Summit", "Mission", "Independence") needs a "Town, State" pattern, a place head
 * (checked by the caller), or its state named in the article and a mention after "in"/"at"/"from": a state named
 * somewhere else ("The Summit brings ... Arizona") or its country alone is not enough. */
function commonWordBacked(c: PlaceRecord, ctx: Context, self: string, hints: Set<string>, locative: boolean): boolean {
  if (!c.country) return false;
  if (c.featureCode === 'PPLC') return true;
  // not "Summit, U.S." (a list comma as often as a "Town, Country" pattern): the state has to be named
  const admin = c.admin1 ? `${c.country}:${c.admin1}` : null;
  return admin !== null && (hints.has(admin) || (locative && ctx.count(admin, self) > 0));
}

/** A namesake this many times smaller than the largest town of the name gets no credit for a mere country mention:
 * "Florence" in an article that names the United States is still Florence, Italy, unless Alabama is named too. */
const NAMESAKE_RATIO = 5;

/** An alternate name reads as a capital beside towns of that main name from this size on. */
const EXONYM_MIN_POP = 100_000;

/** Towns the article gives no reason for must be big: a 2,000-people "Mars" needs its state named, a 16,000-people
 * "Federal" its country; a national capital always qualifies. */
const TOWN_MIN_POP = { withCountry: 10_000, alone: 50_000 };

function townBacked(c: PlaceRecord, ctx: Context, self: string, hints: Set<string>): boolean {
  if (c.featureCode === 'PPLC' || !c.country) return true;
  const admin = c.admin1 ? `${c.country}:${c.admin1}` : null;
  if (hints.has(c.country) || (admin && (hints.has(admin) || ctx.count(admin, self) > 0 || ctx.count(`${admin}:town`, self) > 0))) return true;
  if (ctx.count(c.country, self) > 0) return c.population >= TOWN_MIN_POP.withCountry || c.featureCode === 'PPLA';
  return c.population >= TOWN_MIN_POP.alone;
}

/** An alternate name may be a county's or a historical name ("Hudson" for Jersey City): with no word of its country
 * or state in the article, only a national or first-level capital is taken by it ("Warsaw" for Warszawa). */
function alternateBacked(c: PlaceRecord, ctx: Context, self: string, hints: Set<string>): boolean {
  if (!c.alternate || c.featureCode === 'PPLC' || c.featureCode === 'PPLA' || c.featureCode === 'PPLG') return true;
  if (!c.country) return false;
  if (hints.has(c.country) || ctx.count(c.country, self) > 0) return true;
  const admin = c.admin1 ? `${c.country}:${c.admin1}` : null;
  return admin !== null && (hints.has(admin) || ctx.count(admin, self) > 0);
}

/** Every reading of one name, scored; the caller takes the best. */
function candidates(
  name: string,
  kb: KB,
  ctx: Context,
  self: string,
  hints: Set<string>,
  doc: Doc | null = null,
  noTowns = false,
  placeHead = false,
  locative = false,
  adminWord: string | null = null,
): Candidate[] {
  const out: Candidate[] = [];
  const region = kb.region(name);
  if (region) {
    if (region.broad) return [];
    const kind: Kind = region.featureClass === 'facility' ? 'facility' : 'region';
    out.push(fromPlace(region, kind, W.region + countryBonus(ctx, region.country, self)));
  }
  const country = kb.countryByName(name);
  if (country) {
    let s = W.country + countryBonus(ctx, country.iso2, self);
    if (hints.has(country.iso2)) s += W.hintCountry;
    out.push(fromCountry(country, s));
  }
  for (const a of admin1With(kb, name, adminWord)) {
    let s = W.admin1 + countryBonus(ctx, a.country, self);
    if (a.country && a.admin1) {
      const key = `${a.country}:${a.admin1}`;
      s += Math.min(ctx.count(key, self) + ctx.count(`${key}:town`, self), 2) * W.admin1Vote;
      s += Math.min(ctx.count(`${a.country}:admin1s`, self), 2) * W.siblingAdmin1;
      if (hints.has(key)) s += W.hintAdmin1;
    }
    if (a.country && hints.has(a.country)) s += W.hintCountry;
    if (hints.has(ADMIN_HINT)) s += W.hintAdmin1;
    out.push(fromPlace(a, 'admin1', s));
  }
  if (!country && !noTowns) {
    const ev = new TownEvidence(ctx, self, hints, locative, looksLikeCommonWord(name, doc), !placeHead && kb.isCommonWordPlace(name));
    townCandidates(name, kb, ev, out);
  }
  return out;
}


/** What a town of a name needs to be read so: a common word a large town, an ordinary word its state named
 * (commonWordBacked), any other name the backing of townBacked; an alternate name also that of alternateBacked. */
class TownEvidence {
  constructor(
    readonly ctx: Context,
    readonly self: string,
    readonly hints: Set<string>,
    readonly locative: boolean,
    /** the name looks like a common word (looksLikeCommonWord) */
    readonly common: boolean,
    /** the name is an ordinary word the gazetteer lists as a town's (and no place head is written with it) */
    readonly ordinaryWord: boolean,
  ) {}

  backed(c: PlaceRecord): boolean {
    if (this.common) return c.population >= COMMON_WORD_MIN_POP;
    return this.ordinaryWord ? commonWordBacked(c, this.ctx, this.self, this.hints, this.locative) : townBacked(c, this.ctx, this.self, this.hints);
  }

  /** the towns that are backed (with `alternate`: also as alternate names), in order */
  filter(all: PlaceRecord[], alternate: boolean): PlaceRecord[] {
    const out: PlaceRecord[] = [];
    for (const c of all) if (this.backed(c) && (!alternate || alternateBacked(c, this.ctx, this.self, this.hints))) out.push(c);
    return out;
  }
}

/** The town readings of a name that is no country's (added to `out`, after its region and division readings). */
function townCandidates(name: string, kb: KB, ev: TownEvidence, out: Candidate[]): void {
  const { ctx, self, hints, common, ordinaryWord } = ev;
  let all = kb.cities(name);
  let cities = ev.filter(all, false);
  // nothing of that main name qualifies: GeoNames' alternate names and villages ("Minya" for Al Minya,
  // "Nuremberg" for Nürnberg), held to the same evidence, as a last resort (the state "Arizona" is no town's alias)
  if (cities.length === 0 && out.length === 0 && !common) {
    all = kb.cities(name, true);
    cities = ev.filter(all, true);
    // nor any alternate name: a town spelled otherwise in the country the article names ("Myawaddy" for Myawadi)
    if (cities.length === 0 && all.length === 0 && kb.citiesBySpelling && foldKey(name).length >= 5) {
      all = kb.citiesBySpelling(name);
      cities = ev.filter(all, true);
    }
  } else if (!common && !ordinaryWord) {
    // an exonym of a capital many times larger than every town of that main name ("Genf" beside a village "Genf"):
    // the capital competes, and the main-name towns are its namesakes
    const exonym = largeExonym(kb.cities(name, true), all[0]?.population ?? 0);
    if (exonym) {
      all = [exonym, ...all];
      cities = [exonym, ...cities];
    }
  }
  const maxPop = all.length ? (all[0] as PlaceRecord).population : 0;
  // a seat-of-government name ("Washington") also reads as the capital whose full name starts with it ("Washington, D.C.")
  const seat = kb.countryByMetonym(name);
  let capital: PlaceRecord[] = [];
  if (seat?.capital && foldKey(seat.capital).startsWith(foldKey(name)) && foldKey(seat.capital) !== foldKey(name)) {
    capital = kb.cities(seat.capital).filter((c) => c.country === seat.iso2);
  }
  for (const c of capital.length ? [...capital, ...cities] : cities) {
    let s = cityScore(c, ctx, self, hints, maxPop);
    if (seat && c.country === seat.iso2) s += W.metonymCity;
    out.push(fromPlace(c, 'city', s));
  }
}

/** the first alternate-name national or provincial capital of EXONYM_MIN_POP people, NAMESAKE_RATIO times larger than
 * `top`, or undefined */
function largeExonym(places: PlaceRecord[], top: number): PlaceRecord | undefined {
  for (const c of places) {
    if (c.alternate && (c.featureCode === 'PPLC' || c.featureCode === 'PPLA') && c.population >= EXONYM_MIN_POP && c.population > top * NAMESAKE_RATIO) return c;
  }
  return undefined;
}

function best(cs: Candidate[]): Candidate | null {
  let top: Candidate | null = null;
  for (const c of cs) if (!top || c.score > top.score) top = c;
  return top;
}

/** Nouns for an island written after its name or before "of" and it ("Kalymnos island", "the island of Kalymnos"). */
const ISLAND_WORDS = new Set(['island', 'isle', 'Island', 'Isle']);

/** Some mention of the entity is written as an island's ("Kalymnos island", "the island of Kalymnos"). */
function islandCue(e: ResolvedEntity, doc: Doc): boolean {
  for (const m of e.mentions) {
    if (m.tokenEnd < doc.n && ISLAND_WORDS.has(doc.words[m.tokenEnd] as string)) return true;
    if (m.tokenStart >= 2 && doc.lower[m.tokenStart - 1] === 'of' && ISLAND_WORDS.has(doc.words[m.tokenStart - 2] as string)) return true;
  }
  return false;
}

/** The largest town of a name (in a country the article names, if any), whatever its size, for a feature named after
 * it or after which it is named ("Dorohusk crossing", the island of Kalymnos); not an ordinary word ("Green Island"). */
function namesakeTown(name: string, kb: KB, ctx: Context, self: string, hints: Set<string>, doc: Doc | null): Candidate | null {
  if (looksLikeCommonWord(name, doc) || kb.isCommonWordPlace(name)) return null;
  const towns = kb.cities(name);
  const town = towns.find((t) => t.country !== null && countryVotes(ctx, t.country, self, hints) > 0) ?? towns[0];
  return town ? fromPlace(town, 'city', 0) : null;
}

/** A facility or feature named after a place: "Yokosuka port", "Port of Rotterdam", "Ramstein Air Base". */
function placeInsideName(name: string, kb: KB, ctx: Context, self: string, hints: Set<string>, doc: Doc | null = null, villages = false): Candidate | null {
  const words = name.split(/\s+/);
  if (!words.some((w) => FEATURE_WORDS.has(w.toLowerCase()) && w.toLowerCase() !== 'of' && w.toLowerCase() !== 'the')) return null;
  let village: Candidate | null = null;
  for (let len = words.length - 1; len >= 1; len--) {
    for (let i = 0; i + len <= words.length; i++) {
      const part = words.slice(i, i + len);
      if (part.every((w) => FEATURE_WORDS.has(w.toLowerCase())) || !/^\p{Lu}/u.test(part[0] as string)) continue;
      // "Yokosuka port", "Port of Rotterdam"; not "Joint Base Andrews" (named after a person, not a town)
      if (i > 0 && words[i - 1]?.toLowerCase() !== 'of') continue;
      const text = part.join(' ');
      const c = best(candidates(text, kb, ctx, self, hints));
      if (c && c.kind !== 'country') return c;
      // with `villages`: "Dorohusk crossing", "Pag Island", a crossing, island or base named after a settlement too small
      // to be read as a town on its own name, when nothing bigger is found
      if (villages && !village && !c) village = namesakeTown(text, kb, ctx, self, hints, doc);
    }
  }
  return village ?? endpointsMidpoint(words, kb, ctx, self, hints);
}

/**
 * "the Baku-Tbilisi-Ceyhan pipeline", "the Kirkuk-Ceyhan line": a line named after the places it joins (two or more
 * names joined by hyphens, every one a place) is put at the mean point of those places; null otherwise.
 */
function endpointsMidpoint(words: string[], kb: KB, ctx: Context, self: string, hints: Set<string>): Candidate | null {
  for (const w of words) {
    const parts = w.split(/[-–]/);
    if (parts.length < 2 || !parts.every((p) => /^\p{Lu}\p{Ll}/u.test(p))) continue;
    const ends: Candidate[] = [];
    for (const p of parts) {
      const c = best(candidates(p, kb, ctx, self, hints));
      if (!c) break;
      ends.push(c);
    }
    if (ends.length !== parts.length) continue;
    const lat = ends.reduce((sum, c) => sum + c.lat, 0) / ends.length;
    const lon = ends.reduce((sum, c) => sum + c.lon, 0) / ends.length;
    return { ...(ends[0] as Candidate), lat, lon };
  }
  return null;
}

/** Compass words and their bearings in degrees clockwise from north. */
const COMPASS: ReadonlyMap<string, number> = new Map([
  ['north', 0], ['northeast', 45], ['north-east', 45], ['east', 90], ['southeast', 135], ['south-east', 135], ['south', 180],
  ['southwest', 225], ['south-west', 225], ['west', 270], ['northwest', 315], ['north-west', 315],
]);
/** Distance units in kilometres. */
const DISTANCE_UNIT: ReadonlyMap<string, number> = new Map([
  ['km', 1], ['kms', 1], ['kilometres', 1], ['kilometers', 1], ['kilometre', 1], ['kilometer', 1], ['miles', 1.609], ['mile', 1.609], ['mi', 1.609],
]);
/** Words that may stand between a place and its distance: "Zorkavan, about 20 km south of Mosul", "the shoal lies some 75
 * nautical miles west of Palawan". */
const DISTANCE_LEAD = new Set(['about', 'some', 'around', 'roughly', 'nearly', 'approximately', 'almost', 'just', 'only', 'barely', 'over', 'lies', 'lying', 'sits', 'is', 'located', 'situated']);
/** A place measured from a named town without a compass word ("about 55 km from Peshawar") is put at that town only this
 * close (the map's tolerance); with a compass word the point is moved by the distance, up to the second limit. */
const MAX_KM = { unoriented: 100, oriented: 300 };

interface Measured {
  /** the token after "<compass> of" or "from" */
  at: number;
  km: number;
  /** degrees clockwise from north, or null when no compass word was given */
  bearing: number | null;
}

/** "Kilo air base, north of Tarvo", "Kilo, 30 km southwest of Tarvo", "about 75 nautical miles west of Palawan", "55 km from
 * Peshawar": the token after "<compass> of" (or "from" after a distance) starting at token k, the distance and the bearing; or
 * null (too far, or no such phrase). */
function measuredFrom(doc: Doc, k: number): Measured | null {
  // an apposition: "Dabrava, a village 120 km north of Kharkiv"
  if (doc.lower[k] === 'a' || doc.lower[k] === 'an') {
    const stop = Math.min(doc.n, k + 5);
    for (k++; k < stop && APPOSITIVE_NOUN.test(doc.words[k] as string) && !DISTANCE_LEAD.has(doc.lower[k] as string); k++);
  }
  for (let lead = 0; lead < 3 && DISTANCE_LEAD.has(doc.lower[k] as string); lead++) k++;
  let dist = 0;
  if (k < doc.n && /^\d+(?:\.\d+)?$/.test(doc.words[k] as string)) {
    const v = Number(doc.words[k]);
    let u = k + 1;
    let nautical = false;
    if (doc.lower[u] === 'nautical') {
      nautical = true;
      u++;
    }
    const unit = DISTANCE_UNIT.get(doc.lower[u] as string);
    if (unit === undefined || (nautical && !doc.lower[u]?.startsWith('mile'))) return null;
    dist = v * (nautical ? 1.852 : unit);
    k = u + 1;
    if (doc.lower[k] === 'away') k++;
  } else if (k < doc.n && /^\d+(?:\.\d+)?km$/.test(doc.lower[k] as string)) {
    dist = parseFloat(doc.lower[k] as string);
    k++;
  }
  const bearing = COMPASS.get(doc.lower[k] as string);
  if (bearing !== undefined && doc.lower[k + 1] === 'of') return dist > MAX_KM.oriented ? null : { at: k + 2, km: dist, bearing };
  if (dist > 0 && doc.lower[k] === 'from') return dist > MAX_KM.unoriented ? null : { at: k + 1, km: dist, bearing: null };
  return null;
}

/** Below this distance a place stays at the town it is measured from: well inside the map's tolerance, and news often gives
 * road distances. */
const MOVE_FROM_KM = 50;

/** The point `km` kilometres from (lat, lon) towards `bearing`, or the point itself (no bearing, or a short distance). */
function moved(lat: number, lon: number, km: number, bearing: number | null): [number, number] {
  if (bearing === null || km <= MOVE_FROM_KM) return [lat, lon];
  const r = (bearing * Math.PI) / 180;
  const dLat = (km * Math.cos(r)) / 111.2;
  const dLon = (km * Math.sin(r)) / (111.2 * Math.max(0.1, Math.cos(((lat + dLat / 2) * Math.PI) / 180)));
  return [lat + dLat, lon + dLon];
}

/** "the town of X", "the island of X" after a measuring phrase: the token of the name itself. */
function nameAfter(doc: Doc, at: number): number {
  if (doc.lower[at] === 'the') at++;
  if ((PLACE_HEADS.has(doc.lower[at] as string) || doc.lower[at] === 'island') && doc.lower[at + 1] === 'of') at += 2;
  return at;
}

/** "the national gallery in Lima", "the village of Tarvo in the Osh region", "Belan, near the
 * town of Isfana": the place entity right after "in"/"at"/"near"/"outside" a mention; with `compass`, also the town or
 * division in "Kilo, north of Tarvo" (moved by the distance given with the compass word). */
function placeAfterPreposition(e: ResolvedEntity, doc: Doc, tokenOwner: Map<number, string>, resolved: Map<string, Candidate>, compass = false): Candidate | null {
  for (const m of e.mentions) {
    let k = m.tokenEnd;
    if (doc.words[k] === ',') k++;
    const w = doc.lower[k];
    if (compass) {
      const at = measuredFrom(doc, k);
      const owner = at ? tokenOwner.get(nameAfter(doc, at.at)) : undefined;
      const c = owner ? resolved.get(owner) : undefined;
      // (a distance from a division or region is measured from its edge, not from the centre the gazetteer has)
      if (at && c && (c.kind === 'city' || c.kind === 'facility' || (c.kind === 'admin1' && at.km === 0))) {
        const [lat, lon] = moved(c.lat, c.lon, at.km, at.bearing);
        return { ...c, lat, lon };
      }
      continue;
    }
    // ("the dam on the Blue Nile", "the bridge over the Kagera River": a facility on a river, lake or road it spans)
    const on = ON_WORDS.has(w as string);
    if (w !== 'in' && w !== 'at' && w !== 'near' && w !== 'outside' && !(on && isFacility(e))) continue;
    k++;
    if (doc.lower[k] === 'the') k++;
    // "close to the town of Isfana"
    if (PLACE_HEADS.has(doc.lower[k] as string) && doc.lower[k + 1] === 'of') k += 2;
    const owner = tokenOwner.get(k);
    const c = owner ? resolved.get(owner) : undefined;
    // (not a country: "the crossing on the Tanzania-Uganda border" is on the border, not at Tanzania's centre)
    if (c && !(on && c.kind === 'country')) return c;
  }
  return null;
}

/** Prepositions that put a facility on the place after them ("the dam on the Blue Nile", "the bridge over the river") */
const ON_WORDS: ReadonlySet<string> = new Set(['on', 'over', 'across', 'along', 'astride']);

/** Parts of speech that may stand capitalized before a place without being part of its name ("In Wenatchee"). */
const FREE_BEFORE = new Set(['ADP', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'ADV', 'AUX', 'VERB', 'PART', 'PUNCT', 'NUM', 'ADJ']);

/** Every mention sits right after another capitalized name word ("NATO Summit"): a fragment of a longer name. */
function onlyFragments(e: ResolvedEntity, doc: Doc): boolean {
  if (e.mentions.length === 0) return false;
  for (const m of e.mentions) {
    const p = m.tokenStart - 1;
    if (p < 0 || doc.sentOf[p] !== doc.sentOf[m.tokenStart] || p === doc.sentStart[doc.sentOf[p] as number]) return false;
    if (!/^\p{Lu}/u.test(doc.words[p] ?? '') || FREE_BEFORE.has(POS_TAGS[doc.pos[p] as number] ?? 'X')) return false;
  }
  return true;
}

/** A place name ending in a division or settlement word: "Kurdistan Region", "Tarvo Township". */
const NAME_HEAD = /^(\p{Lu}.*?)\s+(Region|Province|State|Governorate|Oblast|Prefecture|Township|District|County|Municipality)$/iu;

/** What the geoparser reads of one entity before it looks its names up. */
interface EntityCues {
  /** "NATO Summit" split in two: "Summit" is no town (a country or state name still is itself: "Eastern Ukraine") */
  fragment: boolean;
  hints: Set<string>;
  /** the name, unshouted */
  name: string;
  head: boolean;
  locative: boolean;
  adminWord: string | null;
}

function resolveEntity(e: ResolvedEntity, doc: Doc, kb: KB, ctx: Context): Candidate | null {
  const fragment = e.name.indexOf(' ') < 0 && onlyFragments(e, doc);
  const hints = hintsAfter(e, doc, kb);
  const name = unshout(e.name);
  if (kb.region(name)?.broad) return null;
  const cues: EntityCues = { fragment, hints, name, head: hasPlaceHead(e, doc), locative: hasLocativeMention(e, doc), adminWord: adminWordAfter(e, doc) };
  // "Lebanon, Pennsylvania": a country's name the resolver already read as a town of the division named after it
  const namesake = e.type === 'GPE' && !e.kb.iso3166 && e.kb.geonames && kb.countryByName(name) ? namesakeOfDivision(kb, name, e.kb.geonames, hints) : undefined;
  if (namesake) return fromPlace(namesake, 'city', W.hintAdmin1);
  const all = candidates(name, kb, ctx, e.id, hints, doc, fragment, cues.head, cues.locative, cues.adminWord);
  let top = best(all);
  // an island, a valley or a region (LOC, or a name the article calls an island) is no town: a division or curated place
  // of the name goes first ("Bali island" is the Indonesian province, not the Indian town)
  if (top?.kind === 'city' && (e.type === 'LOC' || islandCue(e, doc))) top = bestNotTown(all) ?? top;
  if (!top) {
    const other = readingByOtherName(e, doc, kb, ctx, cues);
    if (other === false) return null;
    top = other ?? smallTownOfArticleCountry(e, doc, kb, ctx, cues);
  }
  return refinedReading(e, doc, kb, ctx, cues, top);
}

/**
 * "the border town of Galafi" in an article about Djibouti: a name read as a settlement (GPE) that nothing else reads as a
 * place is the largest town of that name, however small, in a country the article names (not a fragment of a longer
 * name, nor a common word); null when there is none.
 */
function smallTownOfArticleCountry(e: ResolvedEntity, doc: Doc, kb: KB, ctx: Context, cues: EntityCues): Candidate | null {
  if (e.type !== 'GPE' || cues.fragment || looksLikeCommonWord(cues.name, doc) || kb.isCommonWordPlace(cues.name)) return null;
  for (const c of kb.cities(cues.name, true)) {
    if (c.country && (ctx.count(c.country, e.id) > 0 || cues.hints.has(c.country))) return fromPlace(c, 'city', W.hintCountry);
  }
  return null;
}

/** the town of the name with that GeoNames id in a division a mention's "Town, Division" pattern names, or undefined */
function namesakeOfDivision(kb: KB, name: string, geonames: number, hints: Set<string>): PlaceRecord | undefined {
  for (const c of kb.cities(name)) if (c.geonames === geonames && hints.has(`${c.country}:${c.admin1}`)) return c;
  return undefined;
}

/** the best reading that is no town, or null */
function bestNotTown(cs: Candidate[]): Candidate | null {
  let top: Candidate | null = null;
  for (const c of cs) if (c.kind !== 'city' && (!top || c.score > top.score)) top = c;
  return top;
}

/**
 * An entity whose name reads as no place: the reading of an alias, of the name without its division or settlement word,
 * or of a river named without its head noun; null when none, false when an alias is a broad region (no place at all).
 */
function readingByOtherName(e: ResolvedEntity, doc: Doc, kb: KB, ctx: Context, cues: EntityCues): Candidate | null | false {
  const { fragment, hints, name, head, locative, adminWord } = cues;
  for (const alias of e.aliases) {
    if (kb.region(alias)?.broad) return false;
    const top = best(candidates(unshout(alias), kb, ctx, e.id, hints, doc, fragment, head, locative, adminWord));
    if (top) return top;
  }
  // "the Kurdistan Region", "Tarvo Township", "Kilo District": the name without its division or settlement word, read as a
  // division or region (and for a township, district, county or municipality, a town too)
  const tail = NAME_HEAD.exec(name);
  let top: Candidate | null = null;
  // "Djibouti City", "Panama City": the town (not the country) of the name without "City"
  const city = /^(\p{Lu}.*?)\s+City$/u.exec(name);
  if (city?.[1]) {
    const iso = kb.countryByName(city[1])?.iso2;
    const towns = kb.cities(city[1]);
    const town = iso ? towns.find((t) => t.country === iso) : towns[0];
    if (town) return fromPlace(town, 'city', W.hintCountry);
  }
  if (tail?.[1] && !kb.region(tail[1])?.broad) {
    const townish = /^(?:township|district|county|municipality)$/i.test(tail[2] as string);
    const c = best(candidates(tail[1], kb, ctx, e.id, hints, doc, !townish || fragment, true, locative, tail[2] as string));
    if (c && c.kind !== 'country') top = c;
  }
  // "the Amazon", "the Mekong": a river named without its head noun is the river the gazetteer lists with it
  if (!top && e.type === 'LOC') {
    const river = kb.region(`${name} River`) ?? kb.region(`River ${name}`);
    if (river && !river.broad) top = fromPlace(river, 'region', W.region);
  }
  return top;
}

/**
 * The reading `top` checked against the article: a town of the hinted country whose longer name holds the name, a longer
 * town name in a country the article names, a facility or feature named after a place.
 */
function refinedReading(e: ResolvedEntity, doc: Doc, kb: KB, ctx: Context, cues: EntityCues, top: Candidate | null): Candidate | null {
  const { hints, name, head } = cues;
  // "Subang, Malaysia": the hinted country has no town of exactly that name, but one whose longer name holds it
  const ordinaryWord = !head && kb.isCommonWordPlace(name);
  if (!ordinaryWord) top = hintedLongerTown(e, kb, hints, top);
  if (!ordinaryWord && (top ? top.kind === 'city' && top.country && countryVotes(ctx, top.country, e.id, hints) === 0 : e.type === 'GPE')) {
    const longer = longerNameInArticleCountry(e.name, kb, ctx, e.id, top);
    if (longer) top = longer;
  }
  // (not for an organisation named like a building: "Buckingham Palace said" is no building in the town of Buckingham)
  if (!top && (e.type === 'FAC' || e.type === 'LOC')) {
    const inside = placeInsideName(e.name, kb, ctx, e.id, hints, doc);
    if (inside) top = { ...inside, kind: 'facility', name: e.name, featureClass: 'facility', geonames: null, wikidata: null };
  }
  return top;
}

/** The first country hint (a two-letter key) other than top's country: the largest town there whose name holds the
 * entity's name, else top. */
function hintedLongerTown(e: ResolvedEntity, kb: KB, hints: Set<string>, top: Candidate | null): Candidate | null {
  for (const h of hints) {
    if (h.length !== 2 || (top && top.country === h)) continue;
    const longer = kb.citiesContaining(e.name, h)[0];
    return longer ? fromPlace(longer, 'city', W.hintCountry) : top;
  }
  return top;
}

/** the other entities' votes for a country, plus one when a mention's "X, <country>" pattern names it */
function countryVotes(ctx: Context, iso: string, self: string, hints: Set<string>): number {
  return ctx.count(iso, self) + (hints.has(iso) ? 1 : 0);
}

/** What a longer town name may add to the name: a number ("Delmas 73") or a word for town ("Ciudad Tecún Umán"). */
const TOWN_WORD_ONLY = /^(?:(?:\d+|ciudad|city|town|villa|vila|kampung|kota|bandar|nueva|nuevo|nova|novo|de|del|la|el)\s*)+$/;

/** "Delmas" in an article about Haiti is "Delmas 73", not the South African town; "Tecún Umán" in one about Guatemala is
 * "Ciudad Tecún Umán": a town of a country the article names whose longer name is the name with a number or a word for
 * town, when the name's own best town is in a country the article never names (and not five times larger) or there is
 * none (then 10,000+ people). */
function longerNameInArticleCountry(name: string, kb: KB, ctx: Context, self: string, top: Candidate | null): Candidate | null {
  const min = top ? top.population / NAMESAKE_RATIO : TOWN_MIN_POP.withCountry;
  let found: PlaceRecord | null = null;
  // only a numbered or "Ciudad ..." town: not "Kingston upon Hull" for Kingston, "Horn Lake" for a stray "Horn"
  const key = foldKey(name);
  for (const iso of ctx.countries(self)) {
    const c = kb.citiesContaining(name, iso).find((t) => TOWN_WORD_ONLY.test(foldKey(t.name).replace(key, '').trim()));
    if (c && c.population >= min && (!found || c.population > found.population)) found = c;
  }
  return found ? fromPlace(found, 'city', W.hintCountry) : null;
}

/** The capital a seat-of-government mention stands for ("Damascus" in "Damascus said", "Washington"), in that country. */
function capitalOf(text: string, iso: string, kb: KB): PlaceRecord | undefined {
  const seat = kb.countryByMetonym(text);
  if (!seat || seat.iso2 !== iso) return undefined;
  const capital = seat.capital ? foldKey(seat.capital) : '';
  // "Washington" -> "Washington, D.C.": the capital's full name first, so a namesake town never stands in for it
  const names = capital && capital !== foldKey(text) && capital.startsWith(foldKey(text)) ? [seat.capital as string, text] : [text];
  for (const n of names) {
    const towns = kb.cities(n).filter((c) => c.country === iso);
    const top = towns.find((c) => c.featureCode === 'PPLC' || c.featureCode === 'PPLG') ?? (foldKey(n) === capital ? towns[0] : undefined);
    if (top) return top;
  }
  return undefined;
}

/**
 * A country that acts through its capital ("Damascus said") keeps the capital as a place of its own at the city's
 * point, next to the country's place (the country stays the actor, the map shows where the voice came from).
 */
function capitalPlaces(e: ResolvedEntity, c: Candidate, kb: KB): Array<[string, PlaceRecord]> {
  const capitals: Array<[string, PlaceRecord]> = [];
  if (!c.country) return capitals;
  for (const m of e.mentions) {
    const text = unshout(m.text);
    const cap = capitalOf(text, c.country, kb);
    if (cap && !capitals.some(([, p]) => p.geonames === cap.geonames)) capitals.push([text, cap]);
  }
  return capitals;
}

function vote(ctx: Context, c: Candidate, id: string): void {
  if (c.kind === 'region' || !c.country) return;
  ctx.add(c.country, id);
  if (c.admin1 && c.kind === 'admin1') ctx.add(`${c.country}:${c.admin1}`, id);
  if (c.admin1 && c.kind === 'city') ctx.add(`${c.country}:${c.admin1}:town`, id);
  if (c.kind === 'admin1') ctx.add(`${c.country}:admin1s`, id);
}

function isFocus(e: ResolvedEntity, ctx: GeoparseContext): boolean {
  if (ctx.eventLocations && (ctx.eventLocations.has(e.id) || ctx.eventLocations.has(e.name))) return true;
  const dl = datelineParts(ctx.dateline);
  if (!dl) return false;
  const k = foldKey(dl.place);
  return foldKey(e.name) === k || e.aliases.some((a) => foldKey(a) === k) || e.mentions.some((m) => foldKey(m.text) === k);
}

/** Places for the article's GPE/LOC/FAC entities; fills `kb.geonames` / `kb.iso3166` of the entities it resolves. */
export function geoparse(entities: ResolvedEntity[], doc: Doc, ctx: GeoparseContext): Place[] {
  const { kb } = ctx;
  const votes = new Context();
  seedContext(entities, kb, votes, ctx.dateline);
  const targets = entities.filter(isPlaceType);
  const resolved = resolveTargets(targets, doc, kb, votes);
  placeUnresolved(targets, doc, kb, votes, resolved);
  const places: Place[] = [];
  for (const e of targets) {
    const c = resolved.get(e.id);
    if (c) placesOfEntity(e, c, doc, kb, ctx, places);
  }
  officePlaces(entities, targets, doc, kb, votes, places);
  splitPairPlaces(targets, doc, kb, votes, places);
  return places;
}

/** The readings of the targets by entity id: pass 1 gathers the countries and states of every reading; pass 2 decides
 * with all of them in view. */
function resolveTargets(targets: ResolvedEntity[], doc: Doc, kb: KB, votes: Context): Map<string, Candidate> {
  for (const e of targets) {
    const c = resolveEntity(e, doc, kb, votes);
    if (c) vote(votes, c, e.id);
  }
  const resolved = new Map<string, Candidate>();
  for (const e of targets) {
    const c = resolveEntity(e, doc, kb, votes);
    if (c) resolved.set(e.id, c);
  }
  return resolved;
}

/**
 * Facilities with no place in their name, and villages and features no gazetteer has: "X in <place>", "the village of X,
 * near the town of <place>"; a village or feature is put at a town or division, not at a country's centre (adds to
 * `resolved`).
 */
function placeUnresolved(targets: ResolvedEntity[], doc: Doc, kb: KB, votes: Context, resolved: Map<string, Candidate>): void {
  const tokenOwner = new Map<number, string>();
  for (const e of targets) if (resolved.has(e.id)) for (const m of e.mentions) tokenOwner.set(m.tokenStart, e.id);
  for (const e of targets) {
    if (resolved.has(e.id)) continue;
    const host = placeAfterPreposition(e, doc, tokenOwner, resolved);
    const c = host ? hostedPlace(e, doc, host) : measuredOrNamedPlace(e, doc, kb, votes, tokenOwner, resolved);
    if (c) resolved.set(e.id, c);
  }
}

/** A facility (or a place with a place head) at the place after its preposition ("X in <place>"), else null. */
function hostedPlace(e: ResolvedEntity, doc: Doc, host: Candidate): Candidate | null {
  if (isFacility(e)) return { ...host, kind: 'facility', name: e.name, featureClass: 'facility', geonames: null, wikidata: null };
  if ((host.kind === 'city' || host.kind === 'admin1' || host.kind === 'facility') && hasPlaceHead(e, doc)) {
    return { ...host, kind: 'facility', name: e.name, featureClass: 'locality', geonames: null, wikidata: null };
  }
  return null;
}

/**
 * "Kilo air base, north of Tarvo": put at the town or division the text measures it from; when the text says nothing of
 * where it is, a village the facility or feature is named after ("Dorohusk crossing"), or the town an island shares its
 * name with ("the island of Kalymnos"); else null.
 */
function measuredOrNamedPlace(e: ResolvedEntity, doc: Doc, kb: KB, votes: Context, tokenOwner: Map<number, string>, resolved: Map<string, Candidate>): Candidate | null {
  const from = placeAfterPreposition(e, doc, tokenOwner, resolved, true);
  if (from) return { ...from, kind: 'facility', name: e.name, featureClass: isFacility(e) ? 'facility' : 'locality', geonames: null, wikidata: null };
  if (e.type !== 'FAC' && e.type !== 'LOC') return null;
  const hints = hintsAfter(e, doc, kb);
  const inside = placeInsideName(e.name, kb, votes, e.id, hints, doc, true) ?? (islandCue(e, doc) ? namesakeTown(e.name, kb, votes, e.id, hints, doc) : null);
  const featureClass = e.type === 'FAC' ? 'facility' : islandCue(e, doc) || /\s(?:Island|Isle)$/.test(e.name) ? 'island' : 'locality';
  return inside ? { ...inside, kind: 'facility', name: e.name, featureClass, geonames: null, wikidata: null } : null;
}

/** The place of entity e read as c (filling its identifiers), and the capital a country acted through. */
function placesOfEntity(e: ResolvedEntity, c: Candidate, doc: Doc, kb: KB, ctx: GeoparseContext, places: Place[]): void {
  let capitals: Array<[string, PlaceRecord]> = [];
  if (c.kind === 'country') {
    e.kb.iso3166 ??= c.country ?? undefined;
    if (c.geonames !== null) e.kb.geonames ??= c.geonames;
    capitals = capitalPlaces(e, c, kb);
  } else if (c.kind === 'city' && c.geonames !== null) e.kb.geonames ??= c.geonames;
  if (c.wikidata && c.kind !== 'facility') e.kb.wikidata ??= c.wikidata;
  const focus = isFocus(e, ctx);
  places.push(toPlace(e, c, focus, divisionName(e, c, doc)));
  for (const [text, p] of capitals) places.push(toPlace(e, fromPlace(p, 'city', 0), focus, text));
}

/** "the Norwegian Consulate General in Murmansk", "UN Support Office in Haiti", "the Verification Mission in Colombia": an
 * office abroad named after where it sits; that place is put on the map (at the organisation's entity) unless the
 * article names it as a place of its own. */
const OFFICE_IN = /\b(?:Office|Consulate|Consulate[- ]General|Embassy|Mission|High Commission|Delegation|Representation|Bureau|Liaison Office|Interests Section) in (?:the )?(\p{Lu}[\p{L}'’.-]*(?: (?:of |and )?\p{Lu}[\p{L}'’.-]*){0,3})$/u;

function officePlaces(entities: ResolvedEntity[], targets: ResolvedEntity[], doc: Doc, kb: KB, votes: Context, places: Place[]): void {
  let named: Set<string> | null = null;
  for (const e of entities) {
    if (e.type !== 'ORG') continue;
    for (const n of [e.name, ...e.aliases]) {
      const inner = OFFICE_IN.exec(n)?.[1];
      if (!inner) continue;
      named ??= foldedNames(targets);
      if (named.has(foldKey(inner)) || kb.region(inner)?.broad) break;
      const c = best(candidates(inner, kb, votes, e.id, new Set(), doc));
      if (c && c.kind !== 'facility') {
        named.add(foldKey(inner));
        places.push(toPlace(e, c, false, inner));
      }
      break;
    }
  }
}

/** "Jammu and Kashmir", "Bosnia and Herzegovina" read as two names ("Jammu", "Kashmir"): when the gazetteer has the
 * pair as one country, division or region, that place is added (at the first name's entity) unless an entity has it. */
function splitPairPlaces(targets: ResolvedEntity[], doc: Doc, kb: KB, votes: Context, places: Place[]): void {
  const startsAt = new Map<number, ResolvedEntity>();
  for (const e of targets) for (const m of e.mentions) startsAt.set(m.tokenStart, e);
  if (startsAt.size < 2) return;
  let named: Set<string> | null = null;
  for (const e of targets) {
    for (const m of e.mentions) {
      if (m.tokenEnd >= doc.n || doc.lower[m.tokenEnd] !== 'and') continue;
      const other = startsAt.get(m.tokenEnd + 1);
      const om = other ? mentionAt(other, m.tokenEnd + 1) : undefined;
      if (!other || !om || other === e) continue;
      const pair = doc.text.slice(m.start, om.end);
      if (!kb.countryByName(pair) && !kb.admin1(pair).length && !kb.region(pair)) continue;
      named ??= foldedNames(targets);
      if (named.has(foldKey(pair))) continue;
      const c = best(candidates(pair, kb, votes, e.id, new Set(), doc, true));
      if (!c) continue;
      named.add(foldKey(pair));
      places.push(toPlace(e, c, false, pair));
    }
  }
}

/** the first mention of e that starts at token k, or undefined */
function mentionAt(e: ResolvedEntity, k: number): ResolvedEntity['mentions'][number] | undefined {
  for (const m of e.mentions) if (m.tokenStart === k) return m;
  return undefined;
}

/** the folded names and aliases of the entities */
function foldedNames(entities: ResolvedEntity[]): Set<string> {
  const out = new Set<string>();
  for (const t of entities) {
    out.add(foldKey(t.name));
    for (const a of t.aliases) out.add(foldKey(a));
  }
  return out;
}

/** A division the text names with its division word ("the Osh region") is shown so, or by its gazetteer name when
 * that carries the word ("Lviv Oblast" for "the Lviv region"); any other place by its entity's name. */
function divisionName(e: ResolvedEntity, c: Candidate, doc: Doc): string {
  if (c.kind !== 'admin1' || ADMIN_WORDS.has(e.name.slice(e.name.lastIndexOf(' ') + 1))) return e.name;
  const word = adminWordAfter(e, doc);
  if (!word) return e.name;
  return ADMIN_WORDS.has(c.name.slice(c.name.lastIndexOf(' ') + 1)) && foldKey(c.name).startsWith(foldKey(e.name)) ? c.name : `${e.name} ${word}`;
}

function toPlace(e: ResolvedEntity, c: Candidate, focus: boolean, name = e.name): Place {
  const place: Place = {
    entity: e.id,
    name,
    country: c.country,
    lat: Math.round(c.lat * 1e4) / 1e4,
    lon: Math.round(c.lon * 1e4) / 1e4,
    geonames: c.geonames,
    featureClass: c.featureClass,
  };
  if (focus) place.focus = true;
  return place;
}
