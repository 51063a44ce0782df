// Stage 3: in-document entity resolution. Name mentions -> entities (surname -> full name, acronym <-> expansion,
// demonym/metonym -> country), nominals ("the NATO chief", "the alliance") linked (pronouns: stages/pronouns.ts),
// titles attached to people, canonical name = fullest proper name, a stable cross-article key.
import type { EntityType } from '../../core/analysis.js';
import type { KB, CountryRecord, OrgRecord, PlaceRecord } from '../../kb/types.js';
import { parentVariants } from '../../kb/index.js';
import { foldKey, unaccented } from '../../kb/text.js';
import { POS_INDEX, type Doc, type EntityMention, type ResolvedEntity } from '../types.js';
import { COURTESY, LOC_HEADS, NAME_PARTICLES, PERSON_NOUNS, REMIT_PREPS, ROLE_HEADS, ROLE_MODIFIERS } from '../entities/lexicon.js';
import { orgRole, personRole } from '../entities/roles.js';
import { ALTERNATE_CITY_POP, entityMention, isCapitalized, largeCityByAlternate, retyped } from '../entities/rules.js';
import { appositiveRole } from '../entities/name-shapes.js';
import { CUE_VERBS } from '../lexicon/speech.js';

const PROPN = POS_INDEX['PROPN'] as number;
const NOUN = POS_INDEX['NOUN'] as number;
const VERB = POS_INDEX['VERB'] as number;
const AUX = POS_INDEX['AUX'] as number;
const ADJ = POS_INDEX['ADJ'] as number;

interface Cluster {
  type: EntityType;
  name: string;
  key: string;
  kb: ResolvedEntity['kb'];
  mentions: EntityMention[];
  titles: string[];
  /** name tokens of a PERSON, for surname matching */
  parts: string[];
  /** a division split from the town of its name ("the Kharkiv region" and Kharkiv): that name, which is no alias of it */
  townName?: string;
}


function stripThe(s: string): string {
  return s.replace(/^the\s+/i, '');
}

function countryKey(c: CountryRecord): string {
  return c.wikidata ? `wd:${c.wikidata}` : `iso:${c.iso2}`;
}

/** The identifiers of a country's entity: ISO code, then GeoNames and Wikidata ids where the record has them. */
function countryIds(country: CountryRecord): ResolvedEntity['kb'] {
  return { iso3166: country.iso2, ...(country.geonames ? { geonames: country.geonames } : {}), ...(country.wikidata ? { wikidata: country.wikidata } : {}) };
}

/** The article's clusters, by key and in the order they were opened; every cluster is one literal (one hidden class). */
class ClusterSet {
  readonly list: Cluster[] = [];
  readonly byKey = new Map<string, Cluster>();

  /** m joins the cluster of `key`, opened with these fields when the key is new. */
  add(key: string, m: EntityMention, type: EntityType, name: string, kb: ResolvedEntity['kb']): Cluster {
    let c = this.byKey.get(key);
    if (!c) {
      c = { type, name, key, kb, mentions: [], titles: [], parts: [], townName: undefined };
      this.byKey.set(key, c);
      this.list.push(c);
    }
    c.mentions.push(m);
    return c;
  }

  /** m joins the cluster of its country. */
  addCountry(country: CountryRecord, m: EntityMention): Cluster {
    const key = countryKey(country);
    const c = this.byKey.get(key);
    if (!c) return this.add(key, m, 'GPE', country.name, countryIds(country));
    c.mentions.push(m);
    return c;
  }
}

/** The people of the article, by the parts of their names (in order of creation: keeps matching linear in the mentions). */
class PeopleByPart {
  readonly byPart = new Map<string, Cluster[]>();

  /** Opens the person cluster c (also in `set`). */
  add(set: ClusterSet, c: Cluster): void {
    set.list.push(c);
    for (const part of new Set(c.parts)) {
      const l = this.byPart.get(part);
      if (l) l.push(c);
      else this.byPart.set(part, [c]);
    }
  }

  /** the people whose name has the part (none: an empty list) */
  with(part: string): Cluster[] {
    return this.byPart.get(part) ?? NO_CLUSTERS;
  }
}
const NO_CLUSTERS: Cluster[] = [];

/** The article's entities: its name mentions clustered (names, people, one-word names), then joined and titled by the
 * stages below, in this order. */
export function resolveEntities(doc: Doc, found: EntityMention[], kb: KB): ResolvedEntity[] {
  const mentions = bracketShortForms(doc, dedupe(found));
  const set = new ClusterSet();
  const spelled = spelledAcronyms(mentions, kb);
  const persons: EntityMention[] = [];
  const singles: EntityMention[] = [];
  for (const m of mentions) {
    if (skippedMention(doc, kb, m)) continue;
    if (m.type === 'PERSON') {
      if (m.tokenEnd - m.tokenStart > 1) persons.push(m);
      else singles.push(m);
    } else if (m.type === 'OTHER') singles.push(m);
    else clusterName(doc, kb, mentions, spelled, set, m);
  }
  const people = new PeopleByPart();
  clusterPersons(doc, set, people, persons);
  clusterSingles(doc, kb, set, people, singles);
  const clusters = set.list;
  placeNamedOrgs(clusters, kb);
  linkAcronyms(clusters);
  linkBracketAcronyms(doc, clusters);
  linkOtherNames(doc, clusters, kb);
  splitDivisionTowns(doc, clusters, kb);
  bodyMetonyms(clusters, kb);
  linkShortOrgNames(clusters, kb);
  linkSingularPlaces(clusters);
  attachTitles(doc, clusters);
  linkNominals(doc, clusters, kb);
  assignRoles(clusters, kb);
  return entitiesOf(doc, kb, clusters);
}

/**
 * A mention that names nothing of its own: the agency a dateline credits, a town named by a common word without a
 * locative, a bare generic head ("the Department": linkNominals gives it its organisation).
 */
function skippedMention(doc: Doc, kb: KB, m: EntityMention): boolean {
  const surface = m.text;
  // "LIMA (Example Wire) -": the agency credited in a dateline filed the story; it is no party to it
  if (m.type === 'ORG' && datelineCredit(doc, m)) return true;
  // "the Summit", "the Mission": a town named by a common word is that town only after a locative ("in Summit"), and
  // "the Summit" is no organisation either unless the knowledge base knows one by that name
  if (m.tokenEnd - m.tokenStart === 1 && m.kind !== 'metonym' && m.kind !== 'demonym' && kb.isCommonWordPlace(surface) && !precededByLocative(doc, m.tokenStart) &&
    (m.type === 'GPE' || m.type === 'LOC' || m.type === 'OTHER' || (m.type === 'ORG' && m.tokenStart > 0 && doc.lower[m.tokenStart - 1] === 'the' && !kb.orgByName(surface)))) return true;
  // "the Department", "the Commission": a generic head is a nominal (linkNominals gives it its organisation), not a
  // name of its own
  return m.type === 'ORG' && m.tokenEnd - m.tokenStart === 1 && GENERIC_HEADS.has(surface) && m.tokenStart > 0 && doc.lower[m.tokenStart - 1] === 'the';
}

/** A name mention that is neither a person's nor OTHER joins its cluster: a town, a country, a people, an organisation or a place. */
function clusterName(doc: Doc, kb: KB, mentions: EntityMention[], spelled: Set<string> | null, set: ClusterSet, m: EntityMention): void {
  const surface = m.text;
  // "Paris, Texas", "Lebanon, Pennsylvania": a country's or a capital's name followed by a division of another country that
  // has a town of that name is that town
  const namesake = m.type === 'GPE' && m.tokenEnd - m.tokenStart <= 3 ? townOfDivisionAfter(doc, kb, m) : undefined;
  if (namesake) {
    clusterNamesakeTown(set, namesake, m);
    return;
  }
  if ((m.type === 'GPE' || m.type === 'NORP') && clusterCountryOrPeople(kb, mentions, set, m)) return;
  if (m.type === 'ORG' && clusterOrg(doc, kb, spelled, set, m)) return;
  let name = /^The /.test(surface) && kb.phrases.has(surface) ? surface : stripThe(surface);
  if (m.type === 'GPE' && name === name.toUpperCase()) name = datelineCityName(kb, name);
  const key = `${m.type}:${foldKey(stripThe(name))}`;
  set.add(key, m, m.type, name, {});
}

/** "Paris, Texas": the mention joins the town's cluster, as a name. */
function clusterNamesakeTown(set: ClusterSet, town: PlaceRecord, m: EntityMention): void {
  const key = town.geonames ? `gn:${town.geonames}` : `GPE:${foldKey(m.text)}`;
  set.add(key, m.kind === 'name' ? m : { ...m, kind: 'name' }, 'GPE', m.text, town.geonames ? { geonames: town.geonames } : {});
}

/** A GPE or NORP mention joins its country (a name, demonym or metonym of one) or its people; false when it is neither. */
function clusterCountryOrPeople(kb: KB, mentions: EntityMention[], set: ClusterSet, m: EntityMention): boolean {
  const surface = m.text;
  const country =
    m.kind === 'demonym' ? kb.countryByDemonym(surface) : m.kind === 'metonym' ? (kb.countryByMetonym(surface) ?? kb.countryByMetonym(unaccented(surface))) : kb.countryByName(stripThe(surface));
  if (country && (m.type === 'GPE' || m.kind === 'metonym')) {
    set.addCountry(m.kind === 'name' ? (namesakeCountry(mentions, kb, stripThe(surface), country) ?? country) : country, m.type === 'GPE' ? m : retyped(m, 'GPE'));
    return true;
  }
  if (m.type !== 'NORP') return false;
  const name = singularDemonym(surface, kb);
  const of = country ?? kb.countryByDemonym(name);
  // "Philippine vessels ... Filipino marines": the demonyms of one country name one people
  const key = of ? `NORP:${of.iso2}` : `NORP:${foldKey(name)}`;
  set.add(key, m, 'NORP', name, of ? { iso3166: of.iso2 } : {});
  return true;
}

/** An ORG mention joins the country it governs or names, or the organisation the knowledge base knows; false when none. */
function clusterOrg(doc: Doc, kb: KB, spelled: Set<string> | null, set: ClusterSet, m: EntityMention): boolean {
  const surface = m.text;
  // "the Government of Guatemala", "the Australian Government": the country's government is the country
  const governed = governmentOf(surface, kb);
  if (governed) {
    set.addCountry(governed, retyped(m, 'GPE'));
    return true;
  }
  // "the Syrian Democratic Forces ... the SDF": an acronym the article spells out is that name, not a namesake the
  // knowledge base knows by the same letters (linkAcronyms joins them)
  const org = spelled?.has(surface) ? undefined : kb.orgByName(stripThe(surface));
  // "Thailand's Ministry of Defence": a body the knowledge base knows by a generic name as one country's ("UK
  // Ministry of Defence") is another country's body when that country owns it
  if (org && !otherCountryOwns(doc, kb, m, org)) {
    const key = org.wikidata ? `wd:${org.wikidata}` : `ORG:${foldKey(org.name)}`;
    set.add(key, m, 'ORG', org.name, org.wikidata ? { wikidata: org.wikidata } : {});
    return true;
  }
  // a country name tagged ORG (re3d style) acts as the country
  const country = kb.countryByName(stripThe(surface));
  if (!country) return false;
  set.addCountry(country, retyped(m, 'GPE'));
  return true;
}

/** "TOKYO —" in a dateline: the gazetteer's spelling; "LARISSA, 20 August 2025 –": a city named by an alternate spelling
 * keeps it, in title case. */
function datelineCityName(kb: KB, name: string): string {
  const city = kb.cities(name)[0];
  if (city) return city.name;
  return /^\p{Lu}{4,}$/u.test(name) ? name.charAt(0) + name.slice(1).toLowerCase() : name;
}

/** People: full names first; longer names absorb shorter ones that are their first/last parts. */
function clusterPersons(doc: Doc, set: ClusterSet, people: PeopleByPart, persons: EntityMention[]): void {
  persons.sort((x, y) => y.tokenEnd - y.tokenStart - (x.tokenEnd - x.tokenStart) || x.start - y.start);
  for (const m of persons) {
    // a name typed as an organisation elsewhere in the article ("the Kolo Bandi gang ... Kolo Bandi said") is that
    // organisation: a name keeps one referent within an article
    const sameOrg = set.byKey.get(`ORG:${foldKey(m.text)}`);
    if (sameOrg) {
      sameOrg.mentions.push(retyped(m, 'ORG'));
      continue;
    }
    const parts = personParts(doc, m);
    const hit = personWithPart(people.with(parts[0] ?? ''), parts);
    if (hit) {
      hit.mentions.push(m);
      continue;
    }
    const name = m.text;
    people.add(set, { type: 'PERSON', name, key: `PERSON:${foldKey(name)}`, kb: {}, mentions: [m], titles: [], parts, townName: undefined });
  }
}

/** The first of the people whose name holds the parts (isPartOf), or undefined. */
function personWithPart(people: Cluster[], parts: string[]): Cluster | undefined {
  for (const p of people) if (isPartOf(parts, p.parts)) return p;
  return undefined;
}

/** One-word names: parts of people's names, organisations, places and towns the article names otherwise, else their own. */
function clusterSingles(doc: Doc, kb: KB, set: ClusterSet, people: PeopleByPart, singles: EntityMention[]): void {
  const byAcronym = new Map<string, Cluster>();
  for (const c of set.list) if (c.type === 'ORG') byAcronym.set(acronymOf(c.name), c);
  const reader = new SingleNames(doc, kb, set, people, byAcronym);
  // one-word people first, so that an unknown word before "Minister Suharto" can still be Sugiono
  for (const m of singles) if (m.type === 'PERSON') reader.add(m);
  for (const m of singles) if (m.type !== 'PERSON') reader.add(m);
}

/** Reads one-word name mentions into the clusters (see clusterSingles). */
class SingleNames {
  /** the places by the text of their one-word mentions, as they stood when first asked */
  private placeByText: Map<string, Cluster> | null = null;

  constructor(
    private readonly doc: Doc,
    private readonly kb: KB,
    private readonly set: ClusterSet,
    private readonly people: PeopleByPart,
    private readonly byAcronym: Map<string, Cluster>,
  ) {}

  /** The one-word mention m joins a person, an organisation or a place, or a cluster of its own (or is dropped). */
  add(m: EntityMention): void {
    const { doc, kb } = this;
    const w = foldKey(m.text);
    // "moved to Valencia": after a locative preposition a place the gazetteer knows is that place, not a surname
    const place = m.type !== 'PERSON' && precededByLocative(doc, m.tokenStart) && kb.cities(m.text).length > 0;
    const person = place ? undefined : personOfWord(this.people.with(w), w, m.type);
    if (person) {
      person.mentions.push(retyped(m, 'PERSON'));
      return;
    }
    const other = m.type === 'PERSON' || m.type === 'OTHER' ? this.sameNameOther(m, w) : undefined;
    if (other) {
      other.mentions.push(retyped(m, other.type));
      return;
    }
    const org = m.text.length > 1 ? this.byAcronym.get(m.text) : undefined;
    if (org) {
      org.mentions.push(retyped(m, 'ORG'));
      return;
    }
    // "Aid convoys reached Jenin", "Kherson was shelled overnight": a lone word the tagger read as a person, part of no
    // person's name in the article, with no title or person cue around it, that names a sizeable GeoNames town is that town
    const town = m.type === 'PERSON' ? townNotPerson(doc, kb, m) : undefined;
    if (town) {
      this.set.add(town.geonames ? `gn:${town.geonames}` : `GPE:${w}`, retyped(m, 'GPE'), 'GPE', m.text, town.geonames ? { geonames: town.geonames } : {});
      return;
    }
    if (m.type === 'PERSON') {
      this.people.add(this.set, { type: 'PERSON', name: m.text, key: `PERSON:${w}`, kb: {}, mentions: [m], titles: [], parts: [w], townName: undefined });
      return;
    }
    this.unknownWord(m, w);
  }

  /**
   * "the Nasso militias ... Nasso was divided": a one-word name typed as an organisation elsewhere in the article and no
   * part of a person's name is that organisation; "shelled Kostiantynivka ... Kostiantynivka has been under fire": one
   * written as a place's name elsewhere in the article is that place. Returns that cluster or undefined.
   */
  private sameNameOther(m: EntityMention, w: string): Cluster | undefined {
    return this.set.byKey.get(`ORG:${w}`) ?? (this.placeByText ??= placesByText(this.set.list)).get(m.text);
  }

  /** An unknown single capitalised word: a city the gazetteer knows, a division or a capital by another name, else dropped. */
  private unknownWord(m: EntityMention, w: string): void {
    const { doc, kb } = this;
    const main = kb.cities(m.text)[0];
    // "Cap-Haïtien": a large city GeoNames lists under another main name keeps the name the article gives it
    const city = main ?? (largeCityByAlternate(kb, m.text) ? firstOfPopulation(kb.cities(m.text, true), ALTERNATE_CITY_POP, false) : undefined);
    if (city && (city.population >= 20000 || precededByLocative(doc, m.tokenStart))) {
      const key = city.geonames ? `gn:${city.geonames}` : `GPE:${w}`;
      this.set.add(key, retyped(m, 'GPE'), 'GPE', main ? city.name : m.text, city.geonames ? { geonames: city.geonames } : {});
      return;
    }
    // "Marib", "Taiz": a first-level division, or a provincial or national capital of 100,000 people spelled as one of
    // its GeoNames alternate names, is that place; not a given name nor a word news also uses as a common one
    if (m.type !== 'OTHER' || kb.isGivenName(m.text) || kb.isCommonWordPlace(m.text) || m.tokenStart === doc.sentStart[doc.sentOf[m.tokenStart] as number]) return;
    const division = kb.admin1(m.text)[0];
    const known = division ?? firstOfPopulation(kb.cities(m.text, true), ALTERNATE_CITY_POP, true);
    if (known) this.set.add(known.geonames ? `gn:${known.geonames}` : `GPE:${w}`, retyped(m, 'GPE'), 'GPE', m.text, known.geonames ? { geonames: known.geonames } : {});
  }
}

/** The first place of at least `pop` people (with `capital`: also a provincial or national capital), or undefined. */
function firstOfPopulation(places: PlaceRecord[], pop: number, capital: boolean): PlaceRecord | undefined {
  for (const c of places) if (c.population >= pop && (!capital || c.featureCode === 'PPLA' || c.featureCode === 'PPLC')) return c;
  return undefined;
}

/**
 * The person a one-word name w is part of: one whose first or last name it is, else one of three or more parts, else
 * (for a PERSON or OTHER mention: "Sugiono") one whose whole one-word name it is; or undefined.
 */
function personOfWord(withPart: Cluster[], w: string, type: EntityType): Cluster | undefined {
  for (const p of withPart) if (p.parts.length > 1 && (p.parts[p.parts.length - 1] === w || p.parts[0] === w)) return p;
  for (const p of withPart) if (p.parts.length > 2) return p;
  if (type !== 'PERSON' && type !== 'OTHER') return undefined;
  for (const p of withPart) if (p.parts.length === 1) return p;
  return undefined;
}

/** The entities of the live clusters, ordered by first mention; ids e1, e2, ... */
function entitiesOf(doc: Doc, kb: KB, clusters: Cluster[]): ResolvedEntity[] {
  for (const c of clusters) c.mentions.sort((x, y) => x.start - y.start);
  const live = clusters.filter((c) => c.mentions.length > 0).sort((x, y) => (x.mentions[0]?.start ?? 0) - (y.mentions[0]?.start ?? 0));
  let maxScore = 1;
  for (const c of live) maxScore = Math.max(maxScore, score(c));
  // built by push, not map (an optimised map returns a holey array: a second hidden class for every stage reading
  // index.entities); actsFor is set here so that stage 3c does not add a property (a new hidden class) to some entities
  const out: ResolvedEntity[] = [];
  for (let i = 0; i < live.length; i++) {
    const c = live[i] as Cluster;
    out.push({
      id: `e${i + 1}`,
      name: c.name,
      type: c.type,
      aliases: aliasesOf(doc, kb, c),
      titles: c.titles,
      kb: c.kb,
      mentions: c.mentions,
      salience: Math.round((score(c) / maxScore) * 1000) / 1000,
      key: c.key,
      actsFor: undefined,
    });
  }
  return out;
}

/** The other names of cluster c: its mentions' texts (no pronoun), then its division and body forms, once each. */
function aliasesOf(doc: Doc, kb: KB, c: Cluster): string[] {
  const forms = new Set<string>(); // by loops: no intermediate arrays, and no holey array from an optimised map
  for (const m of c.mentions) if (m.kind !== 'pronoun') forms.add(m.text);
  for (const t of divisionForms(doc, c)) forms.add(t);
  for (const t of bodyForms(doc, c)) forms.add(t);
  if (c.type === 'ORG') for (const m of c.mentions) if (m.kind === 'name') countryForms(doc, kb, m, forms);
  const aliases: string[] = [];
  for (const t of forms) if (t !== c.name && t !== c.townName) aliases.push(t);
  return aliases;
}

/** a country's possessive before a body's name ("China's Ministry of National Defense") is read back this many words */
const MAX_POSSESSOR_WORDS = 3;

/**
 * A state body's name as news writes it with its country and without: "China's Ministry of National Defense" (the
 * country's possessive before the name) is a form of the body, and so is "State Department" for "US State Department"
 * or "Homeland Security Investigations" for "US Homeland Security Investigations" (a name opened by its country's
 * name or demonym names the same body without it). Adds the forms to `forms`.
 */
function countryForms(doc: Doc, kb: KB, m: EntityMention, forms: Set<string>): void {
  const a = m.tokenStart;
  const pos = doc.words[a - 1];
  if (a >= 2 && (pos === "'s" || pos === '’s') && doc.starts[a - 1] === doc.ends[a - 2]) {
    for (let k = a - 2; k >= 0 && a - 1 - k <= MAX_POSSESSOR_WORDS; k--) {
      if (!isCapitalized(doc.words[k] as string) || doc.sentOf[k] !== doc.sentOf[a]) break;
      if (kb.countryByName(doc.text.slice(doc.starts[k], doc.ends[a - 2]))) {
        forms.add(doc.text.slice(doc.starts[k], m.end));
        break;
      }
    }
  }
  const first = doc.words[a] as string;
  const rest = doc.words[a + 1];
  if (m.tokenEnd - a >= 3 && rest !== undefined && isCapitalized(rest) && (kb.countryByName(first) || kb.countryByDemonym(first))) {
    forms.add(doc.text.slice(doc.starts[a + 1], m.end));
  }
}

/** The texts of the name mentions (by push: see acronymOf). */
function nameTexts(ms: readonly EntityMention[]): string[] {
  const out: string[] = [];
  for (const m of ms) if (m.kind === 'name') out.push(m.text);
  return out;
}

/**
 * kb.role of organisations and people where known (GOV, MIL, IGO, REB, BUS ...; entities/roles.ts). The contract's
 * `kb` object admits extra keys; the role never changes the entity's name or type.
 */
function assignRoles(clusters: Cluster[], kb: KB): void {
  for (const c of clusters) {
    if (c.mentions.length === 0 || (c.type !== 'ORG' && c.type !== 'PERSON')) continue;
    const role = c.type === 'ORG'
      ? orgRole(kb, c.name, nameTexts(c.mentions))
      : personRole(kb, c.name, c.titles);
    if (!role) continue;
    // Object.assign, not a spread: a spread of these small objects gives each copy a hidden class of its own
    const ids: ResolvedEntity['kb'] & { role?: string } = Object.assign({}, c.kb, { role });
    c.kb = ids;
  }
}

function score(c: Cluster): number {
  let s = 0;
  for (const m of c.mentions) s += m.kind === 'pronoun' ? 0.5 : 1;
  const first = c.mentions[0]?.start ?? Infinity;
  return s + (first < 400 ? 2 : 0);
}

/** Keeps the longer of overlapping mentions (earlier on ties). */
function dedupe(ms: EntityMention[]): EntityMention[] {
  const sorted = [...ms].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: EntityMention[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}

function personParts(doc: Doc, m: EntityMention): string[] {
  const parts: string[] = [];
  for (let k = m.tokenStart; k < m.tokenEnd; k++) {
    const w = doc.lower[k] as string;
    if (NAME_PARTICLES.has(w) || w === '.' || w === "'s") continue;
    parts.push(foldKey(doc.words[k] as string));
  }
  return parts;
}

/** "Lula da Silva" is part of "Luiz Inácio Lula da Silva"; "Rutte" of "Mark Rutte". */
function isPartOf(short: string[], long: string[]): boolean {
  if (short.length > long.length || short.length === 0) return false;
  for (let off = 0; off + short.length <= long.length; off++) {
    let ok = true;
    for (let k = 0; k < short.length; k++) if (short[k] !== long[off + k]) ok = false;
    if (ok && (off === 0 || off + short.length === long.length)) return true;
  }
  return false;
}

/** per knowledge base: a country's short name -> the other countries whose longer names end with it */
const NAMESAKES = new WeakMap<KB, Map<string, CountryRecord[]>>();

function countryNamesakes(kb: KB): Map<string, CountryRecord[]> {
  let out = NAMESAKES.get(kb);
  if (out) return out;
  out = new Map();
  const short = new Map<string, CountryRecord>();
  // (a country's own name is no short form: "Sudan" is Sudan, whatever its neighbour is called)
  for (const c of kb.countries) if (!/\s/.test(c.name)) short.set(c.name, c);
  for (const c of kb.countries) for (const n of c.aliases) if (!/\s/.test(n) && !short.has(n)) short.set(n, c);
  for (const c of kb.countries) {
    for (const n of [c.name, ...c.aliases]) {
      const last = /[\s-](\S+)$/.exec(n)?.[1];
      const owner = last ? short.get(last) : undefined;
      if (!last || !owner || owner === c || owner.name === last) continue;
      const l = out.get(last) ?? [];
      if (!l.includes(c)) l.push(c);
      out.set(last, l);
    }
  }
  NAMESAKES.set(kb, out);
  return out;
}

/**
 * "KINSHASA - Congo said ...", "Congo ... fighting around Goma in North Kivu": a country's short name that ends a longer
 * name of another country ("Democratic Republic of the Congo", "South Sudan") is that other country when the article's
 * places (capital, cities, divisions) are in it and none is in the country the short name denotes. Returns the other
 * country or undefined.
 */
function namesakeCountry(mentions: EntityMention[], kb: KB, name: string, country: CountryRecord): CountryRecord | undefined {
  const others = countryNamesakes(kb).get(name);
  if (!others) return undefined;
  const evidence = new Map<string, number>();
  const count = (iso2: string | null | undefined): void => {
    if (iso2) evidence.set(iso2, (evidence.get(iso2) ?? 0) + 1);
  };
  for (const m of mentions) {
    if (m.type !== 'GPE' || m.kind !== 'name' || m.text === name) continue;
    const text = stripThe(m.text);
    const up = text === text.toUpperCase() && text.length > 3 ? text.charAt(0) + text.slice(1).toLowerCase() : text;
    // the other country named outright ("the Democratic Republic of Congo ... Congo's army") is; the short name's own
    // country named in full rules it out
    const named = kb.countryByName(up);
    if (named) {
      if (named === country) return undefined;
      if (others.includes(named)) count(named.iso2);
      continue;
    }
    const capital = kb.countryByMetonym(up);
    if (capital && capital.capital === up) {
      count(capital.iso2);
      continue;
    }
    const division = kb.admin1(up)[0];
    if (division) {
      count(division.country);
      continue;
    }
    count(kb.cities(up)[0]?.country);
  }
  if ((evidence.get(country.iso2) ?? 0) > 0) return undefined;
  let best: CountryRecord | undefined;
  let most = 0;
  for (const c of others) {
    const e = evidence.get(c.iso2) ?? 0;
    if (e > most) {
      most = e;
      best = c;
    }
  }
  return best;
}

/**
 * Acronyms of the multi-word organisation names in the article ("Syrian Democratic Forces" -> SDF) that the knowledge
 * base links to another organisation than the name itself, or null.
 */
function spelledAcronyms(mentions: EntityMention[], kb: KB): Set<string> | null {
  let out: Set<string> | null = null;
  for (const m of mentions) {
    if (m.type !== 'ORG' || m.tokenEnd - m.tokenStart < 2) continue;
    const acr = acronymOf(stripThe(m.text));
    if (acr.length < 2) continue;
    const short = kb.orgByName(acr);
    if (short && short !== kb.orgByName(stripThe(m.text))) (out ??= new Set()).add(acr);
  }
  return out;
}

const ACRONYM_SPLIT = /[\s\-‐]+/;
/**
 * "Joint Border Monitoring Office" -> JBMO: each capitalised part of a hyphenated word gives its initial. (A loop, not
 * filter and map: the empty array an optimised filter returns has a hidden class of its own, which deoptimised the chain.)
 */
function acronymOf(name: string): string {
  let out = '';
  for (const w of name.split(ACRONYM_SPLIT)) if (UPPER_START.test(w)) out += w[0];
  return out;
}

const GENERIC_HEADS = new Set(['Department', 'Ministry', 'Agency', 'Commission', 'Committee', 'Council', 'Office', 'Secretariat', 'Bureau',
  'Directorate', 'Authority', 'Administration', 'Embassy', 'Government', 'Court']);

const DASHES = new Set(['-', '–', '—']);
/** the town and place clusters by the text of their one-word name mentions (first cluster wins) */
function placesByText(clusters: readonly Cluster[]): Map<string, Cluster> {
  const out = new Map<string, Cluster>();
  for (const c of clusters) {
    if (c.type !== 'GPE' && c.type !== 'LOC') continue;
    for (const m of c.mentions) if (m.kind === 'name' && m.tokenEnd - m.tokenStart === 1 && !out.has(m.text)) out.set(m.text, c);
  }
  return out;
}

/** "(Example Wire) -" near the start of a sentence: the credit of a dateline */
function datelineCredit(doc: Doc, m: EntityMention): boolean {
  const a = m.tokenStart;
  const b = m.tokenEnd;
  if (a < 1 || b + 1 >= doc.n || doc.words[a - 1] !== '(' || doc.words[b] !== ')' || !DASHES.has(doc.words[b + 1] as string)) return false;
  return a - (doc.sentStart[doc.sentOf[a] as number] as number) <= 8;
}

function precededByLocative(doc: Doc, i: number): boolean {
  const w = i > 0 ? (doc.lower[i - 1] as string) : '';
  return w === 'in' || w === 'at' || w === 'from' || w === 'near' || w === 'to';
}

function singularDemonym(s: string, kb: KB): string {
  const t = stripThe(s);
  if (t.endsWith('s') && kb.countryByDemonym(t.slice(0, -1))) return t.slice(0, -1);
  // "Kurds", "Sikhs": a group's forms name one group
  const g = kb.phrases.get(t);
  if (g && g.type === 'NORP' && g.kind === 'name') return g.canonical;
  return t;
}

/** "North Atlantic Treaty Organization (NATO)" and bare acronyms of full names in the article. */
function linkAcronyms(clusters: Cluster[]): void {
  const orgs = clusters.filter((c) => c.type === 'ORG');
  for (const short of orgs) {
    // "AU-FRLU": a prefix written out in full ("AU Flood Relief and Logistics Unit"), then initials
    const m = /^([\p{Lu}\d&]{2,})-([\p{Lu}\d&]{2,})$/u.exec(short.name);
    if (!m && !/^[\p{Lu}\d&]{2,}$/u.test(short.name)) continue;
    let long: Cluster | undefined;
    for (const c of orgs) {
      if (c !== short && c.mentions.length > 0 && spellsOut(c.name, short.name, m)) {
        long = c;
        break;
      }
    }
    if (long) {
      long.mentions.push(...short.mentions);
      short.mentions = [];
    }
  }
}

/** the name spells the acronym out: its initials (without "of", "for", "and", "the"), or with `prefixed` ("AU-FRLU"), the
 * prefix as its first word and the initials after it */
function spellsOut(name: string, acronym: string, prefixed: RegExpExecArray | null): boolean {
  const bare = name.replace(/\b(of|for|and|the)\b/gi, '');
  if (!prefixed) return acronymOf(bare) === acronym;
  const words = bare.trim().split(/\s+/);
  return words[0] === prefixed[1] && acronymOf(words.slice(1).join(' ')) === prefixed[2];
}

/**
 * "the Kestrel Monitoring Service (KMS)" with other letters ("the Norland Police Security Service (NPT)"): an
 * all-capital word in brackets right after an organisation's (or a facility's) name is its short name, whatever its
 * letters (they may spell the name in another language); the acronym's mentions join the organisation (the facility).
 */
function linkBracketAcronyms(doc: Doc, clusters: Cluster[]): void {
  let owner: Map<number, Cluster> | null = null;
  for (const short of clusters) {
    if ((short.type !== 'ORG' && short.type !== 'PERSON' && short.type !== 'FAC') || short.mentions.length === 0) continue;
    if (!allBareAcronyms(short) && !allShortForms(short)) continue;
    if (!owner) {
      owner = new Map();
      // (a facility named before its acronym too: "the Esfahan Uranium Conversion Facilities (UCF)")
      for (const c of clusters) if (c.type === 'ORG' || c.type === 'FAC') for (const m of c.mentions) if (m.kind === 'name' && m.tokenEnd - m.tokenStart > 1) owner.set(m.tokenEnd, c);
    }
    for (const m of short.mentions) {
      const a = m.tokenStart;
      if (a < 2 || doc.words[a - 1] !== '(' || m.tokenEnd >= doc.n || doc.words[m.tokenEnd] !== ')') continue;
      const long = owner.get(a - 1);
      if (!long || long === short) continue;
      // the acronym wherever it stands, also where another cluster took it ("AUSSOM drawdown" read as a person)
      for (const same of clusters) {
        if (same === long || same.name !== short.name || (same.type !== 'ORG' && same.type !== 'PERSON' && same.type !== 'FAC')) continue;
        for (const x of same.mentions) long.mentions.push(retyped(x, long.type));
        same.mentions = [];
      }
      break;
    }
  }
}

/** every mention of c is its several-word short name ("Africa CDC", bracketShortForms) */
function allShortForms(c: Cluster): boolean {
  if (!shortFormWords(c.name.split(' '))) return false;
  for (const m of c.mentions) if (m.text !== c.name) return false;
  return true;
}

/** a word of a short name in brackets: capitalised ("Africa", "CDC", "NAVFOR") */
const SHORT_FORM_WORD = /^\p{Lu}[\p{L}\d&-]*$/u;
/** one all-capital word of two to ten letters ("KMS", "AUSSOM") */
const ACRONYM_WORD = /^[\p{Lu}][\p{Lu}\d&-]{1,9}$/u;

/** two to four capitalised words, one of them an acronym: a short name of several words ("Africa CDC", "EU NAVFOR") */
function shortFormWords(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 4) return false;
  let acronym = false;
  for (const w of words) {
    if (!SHORT_FORM_WORD.test(w)) return false;
    if (ACRONYM_WORD.test(w)) acronym = true;
  }
  return acronym;
}

/**
 * "the Africa Centres for Disease Control and Prevention (Africa CDC)": a short name of several words in brackets
 * right after an organisation's (or a facility's) name is that name wherever the article writes it, one mention
 * (linkBracketAcronyms joins it to the long name), not the place and the acronym the recognizer reads in it ("Africa",
 * "CDC"). A written short name that overlaps a longer mention ("Africa CDC Director ...") is left to that mention.
 */
function bracketShortForms(doc: Doc, ms: EntityMention[]): EntityMention[] {
  let forms: Array<{ words: string[]; type: EntityMention['type'] }> | null = null;
  for (const m of ms) {
    if ((m.type !== 'ORG' && m.type !== 'FAC') || m.kind !== 'name' || m.tokenEnd - m.tokenStart < 2 || doc.words[m.tokenEnd] !== '(') continue;
    const a = m.tokenEnd + 1;
    let b = a;
    while (b < doc.n && b - a < 5 && doc.words[b] !== ')') b++;
    if (doc.words[b] !== ')') continue;
    const words = doc.words.slice(a, b) as string[];
    if (shortFormWords(words)) (forms ??= []).push({ words, type: m.type });
  }
  if (!forms) return ms;
  const spans: EntityMention[] = [];
  for (const f of forms) {
    const n = f.words.length;
    for (let t = 0; t + n <= doc.n; t++) {
      let k = 0;
      while (k < n && doc.words[t + k] === f.words[k]) k++;
      if (k < n) continue;
      const start = doc.starts[t] as number;
      const end = doc.ends[t + n - 1] as number;
      // (a longer name that holds the words keeps them)
      if (ms.some((m) => m.tokenStart < t + n && m.tokenEnd > t && (m.tokenStart < t || m.tokenEnd > t + n))) continue;
      spans.push({ start, end, tokenStart: t, tokenEnd: t + n, text: doc.text.slice(start, end), type: f.type, kind: 'name' });
    }
  }
  if (spans.length === 0) return ms;
  const out = ms.filter((m) => !spans.some((x) => m.tokenStart >= x.tokenStart && m.tokenEnd <= x.tokenEnd));
  out.push(...spans);
  return out.sort((x, y) => x.start - y.start);
}

/** every mention of c is one all-capital word of two to ten letters ("KMS", "AUSSOM") */
function allBareAcronyms(c: Cluster): boolean {
  for (const m of c.mentions) if (m.tokenEnd - m.tokenStart !== 1 || !ACRONYM_WORD.test(m.text)) return false;
  return true;
}

/**
 * "Brussels would not hesitate", "accused Brussels of": a seat that stands for an international body the article names
 * (Brussels for the EU) is that body, not the host country, unless the article names the country itself. Moves such
 * metonym mentions from the country's cluster to the body's (mutates the clusters).
 */
function bodyMetonyms(clusters: Cluster[], kb: KB): void {
  let bodies: Map<string, Cluster> | null = null;
  for (const c of clusters) {
    if (c.type !== 'ORG' || c.mentions.length === 0) continue;
    for (const m of kb.orgByName(c.name)?.metonyms ?? []) (bodies ??= new Map()).set(m, c);
  }
  if (!bodies) return;
  for (const c of clusters) if (c.type === 'GPE' && c.kb.iso3166) moveBodyMetonyms(c, bodies);
}

/** The metonym mentions of country cluster c that stand for one of the bodies move to it (unless c is named outright). */
function moveBodyMetonyms(c: Cluster, bodies: Map<string, Cluster>): void {
  const kept: EntityMention[] = [];
  let moved = false;
  for (const m of c.mentions) {
    if (m.kind === 'name') return;
    if (m.kind === 'metonym' && bodies.has(m.text)) moved = true;
    else kept.push(m);
  }
  if (!moved) return;
  for (const m of c.mentions) if (m.kind === 'metonym' && bodies.has(m.text)) (bodies.get(m.text) as Cluster).mentions.push(retyped(m, 'ORG'));
  c.mentions = kept;
}

const GOVERNMENT_OF = /^(?:the\s+)?(?:(?:Federal|National|Royal|Transitional|Interim|Central)\s+)?Government\s+of\s+(?:the\s+)?(.+)$/i;
const X_GOVERNMENT = /^(?:the\s+)?(.+?)\s+Government$/i;

/** The country whose government the name is ("Government of Guatemala", "Federal Government of Somalia", "Australian Government"). */
function governmentOf(name: string, kb: KB): CountryRecord | undefined {
  const of = GOVERNMENT_OF.exec(name);
  if (of) return kb.countryByName(of[1] as string);
  const x = X_GOVERNMENT.exec(name);
  if (!x) return undefined;
  const w = x[1] as string;
  return kb.countryByDemonym(w) ?? kb.countryByName(w);
}

/**
 * "the Coordinadora" after "Coordinadora Guerrillera del Pacífico", "the Joint Working Group" after the
 * "Bangladesh-Myanmar Joint Working Group": an organisation name that is the first or last words of exactly one longer
 * organisation name in the article is that organisation (as a surname is a person), unless the gazetteer knows it as a
 * body or place of its own ("European Union" beside "European Union Naval Force") or it is a bare generic head.
 */
function linkShortOrgNames(clusters: Cluster[], kb: KB): void {
  let ends: Map<string, Cluster | null> | null = null;
  for (const c of clusters) {
    if (c.type !== 'ORG' || c.mentions.length === 0) continue;
    const words = c.name.split(' ');
    if (words.length < 2) continue;
    for (let k = 1; k < words.length; k++) {
      for (const part of [words.slice(0, k).join(' '), words.slice(k).join(' ')]) {
        ends ??= new Map();
        const had = ends.get(part);
        ends.set(part, had === undefined || had === c ? c : null);
      }
    }
  }
  if (!ends) return;
  for (const c of clusters) {
    if (c.type !== 'ORG' || c.mentions.length === 0 || c.kb.wikidata) continue;
    const long = ends.get(c.name);
    if (!long || long === c || GENERIC_HEADS.has(c.name) || /^(?:of|the|and|for|de|del|la)\b/i.test(c.name) || / (?:of|the|and|for|de|del|la)$/i.test(c.name)) continue;
    if (kb.orgByName(c.name) || kb.phrases.has(c.name) || kb.countryByName(c.name) || kb.cities(c.name).length > 0) continue;
    long.mentions.push(...c.mentions);
    c.mentions = [];
  }
}

/**
 * "Pacific Island nations" beside "the Pacific Islands": a place named in the singular as a modifier of a noun is the
 * place the article names in the plural ("Islands", "Mountains", "Territories"); the singular's mentions join it.
 */
function linkSingularPlaces(clusters: Cluster[]): void {
  let plural: Map<string, Cluster> | null = null;
  for (const c of clusters) if ((c.type === 'LOC' || c.type === 'GPE') && c.mentions.length > 0 && c.name.endsWith('s') && c.name.includes(' ')) (plural ??= new Map()).set(c.name, c);
  if (!plural) return;
  for (const c of clusters) {
    if (c.type !== 'LOC' || c.mentions.length === 0 || c.kb.wikidata || c.kb.geonames) continue;
    const p = plural.get(`${c.name}s`);
    if (!p || p === c) continue;
    p.mentions.push(...c.mentions);
    c.mentions = [];
  }
}

/** capitalised division words after a division's name ("Rakhine State", "Kandahar Province") */
const DIVISION_HEADS: ReadonlySet<string> = new Set(['State', 'Province', 'Region', 'Governorate', 'Oblast', 'Prefecture', 'Krai', 'Territory']);

/** the types a name given to a place or a body by another name can have */
const RENAMED = new Set<EntityType>(['LOC', 'GPE', 'FAC', 'ORG']);

/**
 * One place or body under several names. (1) "Sabina Shoal, which Manila calls Escoda Shoal", "Ashmore Reef, known in
 * Indonesia as Pulau Pasir", "The shoal, known locally as ...": the name after "known ... as" or "which X calls" is
 * another name of the name (or of the last place with that head noun: "the shoal") before it. (2) "Rote Island ...
 * from Rote", "Escoda Shoal ... at Escoda": a one-word name that is a place name without its head noun (Island, Shoal,
 * River) is that place, unless the gazetteer knows it as a place of its own ("Panama" and the Panama Canal). Merges
 * clusters in place (mutates them).
 */
function linkOtherNames(doc: Doc, clusters: Cluster[], kb: KB): void {
  const owner = renamedAt(clusters);
  if (!owner) return;
  const short = headlessNames(clusters);
  if (short) {
    for (const c of clusters) {
      const long = short.get(c.name);
      if (long && headlessNameOf(c, long, kb)) mergeNamed(owner, c, long);
    }
  }
  for (let k = 1; k + 1 < doc.n; k++) {
    const w = doc.lower[k] as string;
    // "known as", "known locally as", "known in the Philippines as"
    if (w === 'known') otherNameOf(doc, clusters, kb, owner, knownAs(doc, k), k - 1);
    else if ((w === 'calls' || w === 'call') && k >= 2) {
      // "which Manila calls", "which China calls"
      const which = doc.lower[k - 2] === 'which' ? k - 2 : k >= 3 && doc.lower[k - 3] === 'which' ? k - 3 : -1;
      if (which >= 0) otherNameOf(doc, clusters, kb, owner, k + 1, which - 1);
    }
  }
}

/** the clusters of places, bodies and people (an unknown other name of a place is often read as a person: "which China
 * calls Xian Jiao") by the first tokens of their mentions (later clusters win), or null when there is none */
function renamedAt(clusters: Cluster[]): Map<number, Cluster> | null {
  let at: Map<number, Cluster> | null = null;
  for (const c of clusters) {
    if (c.mentions.length === 0 || (!RENAMED.has(c.type) && c.type !== 'PERSON')) continue;
    for (const m of c.mentions) (at ??= new Map()).set(m.tokenStart, c);
  }
  return at;
}

/** Places named with a head noun or a division word after one word ("Rote Island", "Rakhine State") by that word, or null. */
function headlessNames(clusters: Cluster[]): Map<string, Cluster> | null {
  let short: Map<string, Cluster> | null = null;
  for (const c of clusters) {
    if (c.mentions.length === 0 || !RENAMED.has(c.type) || c.type === 'ORG') continue;
    const sp = c.name.lastIndexOf(' ');
    if (sp > 0 && (LOC_HEADS.has(c.name.slice(sp + 1)) || DIVISION_HEADS.has(c.name.slice(sp + 1))) && !c.name.slice(0, sp).includes(' ')) (short ??= new Map()).set(c.name.slice(0, sp), c);
  }
  return short;
}

/**
 * Cluster c, named as `long` without its head noun, is that place: not a known country or town, not a one-word name of a
 * person's several-word mentions ("Rakhine State ... Rakhine": a division's name without its division word is the
 * division, unless a town has it: "Lviv").
 */
function headlessNameOf(c: Cluster, long: Cluster, kb: KB): boolean {
  if (c === long || c.mentions.length === 0 || (!RENAMED.has(c.type) && c.type !== 'PERSON') || c.kb.iso3166 || c.kb.geonames) return false;
  if (c.type === 'PERSON' && c.mentions.some((m) => m.tokenEnd - m.tokenStart > 1)) return false;
  const division = DIVISION_HEADS.has(long.name.slice(long.name.lastIndexOf(' ') + 1)) && c.type === long.type;
  if ((division ? kb.phrases.get(c.name)?.type !== undefined && kb.phrases.get(c.name)?.type !== 'GPE' : kb.phrases.has(c.name)) || kb.countryByName(c.name)) return false;
  return (division || kb.admin1(c.name).length === 0) && kb.cities(c.name).length === 0;
}

/** The mentions of `from` join `into` (retyped as it), and `owner` points their tokens at it. */
function mergeNamed(owner: Map<number, Cluster>, from: Cluster, into: Cluster): void {
  if (from === into) return;
  for (const m of from.mentions) {
    into.mentions.push(retyped(m, into.type));
    owner.set(m.tokenStart, into);
  }
  from.mentions = [];
}

/** "known (locally | in X) as" at token k: the token after "as", within five words and no comma or period; else -1. */
function knownAs(doc: Doc, k: number): number {
  for (let j = k + 1; j < doc.n && j <= k + 5; j++) {
    if (doc.lower[j] === 'as') return j + 1;
    if (doc.lower[j] === ',' || doc.lower[j] === '.') break;
  }
  return -1;
}

/**
 * The name at token y is another name of the name that ends at token `back` ("X, known as", "X and which China calls"),
 * or of the last place so headed ("the shoal, known as"): merges its cluster into that one. (A person is no other name
 * of an organisation, except a lone unknown word the tagger took for one: "the National Search and Rescue Agency,
 * known as Basarnas".)
 */
function otherNameOf(doc: Doc, clusters: Cluster[], kb: KB, owner: Map<number, Cluster>, y: number, back: number): void {
  if (y < 0 || y >= doc.n) return;
  const other = owner.get(y);
  if (!other) return;
  while (back > 0 && (doc.words[back] === ',' || doc.lower[back] === 'and')) back--;
  let named = nameEndingAt(owner, back);
  if (!named && back > 0 && doc.lower[back - 1] === 'the' && /^\p{Ll}+$/u.test(doc.words[back] as string)) named = lastPlaceHeaded(doc, clusters, back);
  if (named && named !== other && (other.type !== 'PERSON' || named.type !== 'ORG' || loneWordName(other, kb))) mergeNamed(owner, other, named);
}

/** the place or body with a mention that ends at token `back` and starts at most eight tokens before it, or undefined */
function nameEndingAt(owner: Map<number, Cluster>, back: number): Cluster | undefined {
  for (let a = back; a >= 0 && a >= back - 8; a--) {
    const c = owner.get(a);
    if (c && RENAMED.has(c.type) && hasMention(c, a, back + 1)) return c;
  }
  return undefined;
}

/** cluster c has a mention of tokens [a, b) */
function hasMention(c: Cluster, a: number, b: number): boolean {
  for (const m of c.mentions) if (m.tokenStart === a && m.tokenEnd === b) return true;
  return false;
}

/** "the shoal": the place (no organisation) whose last mention before token `back` ends with the noun there, or undefined. */
function lastPlaceHeaded(doc: Doc, clusters: Cluster[], back: number): Cluster | undefined {
  const head = doc.lower[back] as string;
  let best: EntityMention | null = null;
  let named: Cluster | undefined;
  for (const c of clusters) {
    if (c.type === 'ORG' || !RENAMED.has(c.type)) continue;
    for (const m of c.mentions) if (m.end <= (doc.starts[back] as number) && (doc.lower[m.tokenEnd - 1] as string) === head && (!best || m.start > best.start)) {
      best = m;
      named = c;
    }
  }
  return named;
}

/** every mention of the person cluster c is the same one word, which is no given name */
function loneWordName(c: Cluster, kb: KB): boolean {
  return c.parts.length === 1 && !kb.isGivenName(c.name) && c.mentions.every((m) => m.tokenEnd - m.tokenStart === 1 && m.text === c.name);
}

/** lower-case division words written after a division's name ("the Tarvo region", "Kanagawa prefecture") */
const DIVISION_WORDS = new Set(['region', 'province', 'oblast', 'governorate', 'prefecture', 'district', 'krai', 'township', 'municipality', 'county']);

/** the word at token k, or undefined past the last (no read out of the array's bounds: that deoptimised its readers) */
function wordAt(doc: Doc, k: number): string | undefined {
  return k < doc.n ? doc.words[k] : undefined;
}

/** the lower-case division word written right after mention m ("the Kharkiv region"), or null */
function divisionWordAfter(doc: Doc, m: EntityMention): string | null {
  const w = wordAt(doc, m.tokenEnd);
  return m.kind === 'name' && w !== undefined && DIVISION_WORDS.has(w) && doc.starts[m.tokenEnd] === (doc.ends[m.tokenEnd - 1] as number) + 1 ? w : null;
}

/** settlement nouns before "of" ("the town of Batken") or after a name ("Kharkiv city") */
const TOWN_NOUNS = new Set(['town', 'city', 'village']);

/** mention m is written as a town: "the town of Batken", "Kharkiv city", "in Kharkiv itself" */
function townCue(doc: Doc, m: EntityMention): boolean {
  const a = m.tokenStart;
  if (a >= 2 && doc.lower[a - 1] === 'of' && TOWN_NOUNS.has(doc.lower[a - 2] as string)) return true;
  const next = wordAt(doc, m.tokenEnd);
  return next === 'itself' || (next !== undefined && TOWN_NOUNS.has(next));
}

/**
 * "Drones struck the Kharkiv region ... In Kharkiv itself, two people were wounded", "the Batken region ... the town of
 * Batken": an article that names a division with its division word and also writes the bare name, as a town, of a town
 * of that name means two places, the division and the town. The bare mentions become an entity of their own (mutates
 * `clusters`); without a town cue the bare name stays the division ("fighting in the Tarvo region ... across Tarvo").
 */
function splitDivisionTowns(doc: Doc, clusters: Cluster[], kb: KB): void {
  const n = clusters.length;
  for (let i = 0; i < n; i++) {
    const c = clusters[i] as Cluster;
    if (c.type !== 'GPE' || c.kb.iso3166 || c.mentions.length < 2) continue;
    let word: string | null = null;
    let bare = 0;
    let asTown = false;
    for (const m of c.mentions) {
      const w = divisionWordAfter(doc, m);
      if (w) word ??= w;
      else if (m.kind === 'name' && m.text === c.name) {
        bare++;
        asTown ||= townCue(doc, m);
      }
    }
    if (!word || !asTown || bare === c.mentions.length || kb.cities(c.name).length === 0) continue;
    const town: Cluster = { type: 'GPE', name: c.name, key: `${c.key}#town`, kb: {}, mentions: [], titles: [], parts: [], townName: undefined };
    const kept: EntityMention[] = [];
    for (const m of c.mentions) (m.kind === 'name' && m.text === c.name && !divisionWordAfter(doc, m) ? town.mentions : kept).push(m);
    c.mentions = kept;
    c.townName = c.name;
    c.name = `${c.name} ${word}`;
    clusters.push(town);
  }
}

/**
 * "Paris, Texas": mention m names a country or stands for one (a capital), and right after it a comma and a first-level
 * division of another country follow, which has a GeoNames town of m's name: that town, else undefined.
 */
function townOfDivisionAfter(doc: Doc, kb: KB, m: EntityMention): ReturnType<KB['cities']>[number] | undefined {
  const c = m.tokenEnd;
  if (doc.words[c] !== ',' || !/^\p{Lu}/u.test(doc.words[c + 1] ?? '')) return undefined;
  const own = m.kind === 'metonym' ? kb.countryByMetonym(m.text) : kb.countryByName(stripThe(m.text));
  if (!own) return undefined;
  for (let e = c + 2; e <= c + 4 && e <= doc.n; e++) {
    if (!/^\p{Lu}/u.test(doc.words[e - 1] as string)) break;
    for (const div of kb.admin1(doc.text.slice(doc.starts[c + 1], doc.ends[e - 1]))) {
      if (!div.country || div.country === own.iso2) continue;
      const town = kb.cities(m.text).find((t) => t.country === div.country && t.admin1 === div.admin1);
      if (town) return town;
    }
  }
  return undefined;
}

/** a lone-word town is read so from this size on, or as a capital of a country or a first- or second-level division */
const TOWN_NOT_PERSON_POP = 20000;
const CAPITAL_CODES: ReadonlySet<string> = new Set(['PPLC', 'PPLA', 'PPLA2']);
/** words after a name that make it a person's: reporting verbs and person-only predicates */
const PERSON_AFTER: ReadonlySet<string> = new Set(['said', 'says', 'told', 'added', 'wrote', 'argued', 'noted', 'explained', 'insisted', 'recalled',
  'believes', 'believed', 'thinks', 'thought', 'replied', 'asked', 'warned', 'urged', 'tweeted', 'posted']);

/**
 * The one-word PERSON mention m is rather a town: no given name, not preceded by a title or a role word, no reporting verb
 * or role in apposition after it, and a GeoNames town (main name) of TOWN_NOT_PERSON_POP people or a capital.
 */
function townNotPerson(doc: Doc, kb: KB, m: EntityMention): ReturnType<KB['cities']>[number] | undefined {
  if (m.tokenEnd - m.tokenStart !== 1 || m.kind !== 'name' || kb.isGivenName(m.text) || kb.isCommonWordPlace(m.text) || !/^\p{Lu}\p{Ll}+$/u.test(m.text)) return undefined;
  const city = kb.cities(m.text)[0];
  if (!city || !(city.population >= TOWN_NOT_PERSON_POP || CAPITAL_CODES.has(city.featureCode ?? ''))) return undefined;
  const before = m.tokenStart > 0 ? (doc.lower[m.tokenStart - 1] as string) : '';
  if (ROLE_HEADS.has(before) || COURTESY.has(doc.words[m.tokenStart - 1] ?? '') || ROLE_MODIFIERS.has(before)) return undefined;
  const after = m.tokenEnd < doc.n ? (doc.lower[m.tokenEnd] as string) : '';
  if (PERSON_AFTER.has(after) || appositiveRole(doc, m.tokenEnd)) return undefined;
  return city;
}

/** "the Tarvo region": a place named with its division word after it is also called so (one alias per form). */
function divisionForms(doc: Doc, c: Cluster): string[] {
  if (c.type !== 'GPE' || c.kb.iso3166) return [];
  const out: string[] = [];
  for (const m of c.mentions) {
    const w = wordAt(doc, m.tokenEnd);
    if (m.kind === 'name' && w !== undefined && DIVISION_WORDS.has(w) && doc.starts[m.tokenEnd] === (doc.ends[m.tokenEnd - 1] as number) + 1) out.push(`${m.text} ${w}`);
  }
  return out;
}

/** lower-case nouns for a body written after its name ("the Baltic Air Policing mission") */
const BODY_WORDS: ReadonlySet<string> = new Set(['mission', 'militia', 'coalition', 'alliance']);

/** "the Multinational Security Support mission": a body named with its kind noun after it is also called so */
function bodyForms(doc: Doc, c: Cluster): string[] {
  if (c.type !== 'ORG') return [];
  const out: string[] = [];
  for (const m of c.mentions) {
    const w = wordAt(doc, m.tokenEnd);
    if (m.kind === 'name' && w !== undefined && BODY_WORDS.has(w) && doc.starts[m.tokenEnd] === (doc.ends[m.tokenEnd - 1] as number) + 1) out.push(`${m.text} ${w}`);
  }
  return out;
}

/** a role noun, also as the last part of a hyphenated compound ("vice-minister", "deputy-director") */
const isRoleHead = (w: string): boolean => ROLE_HEADS.has(w) || (w.includes('-') && ROLE_HEADS.has(w.slice(w.lastIndexOf('-') + 1)));
const isRoleWord = (w: string): boolean => isRoleHead(w) || ROLE_MODIFIERS.has(w);
/** "information minister", "Mining Minister": a one-word noun right before a role word names the post's remit (a proper
 * noun only in a capitalised title: "Biden adviser Jake Sullivan" keeps "adviser") */
function remitNoun(doc: Doc, k: number): boolean {
  const next = doc.lower[k + 1];
  if (next === undefined || !isRoleHead(next) || !/^\p{L}+$/u.test(doc.words[k] as string) || PERSON_NOUNS.has(doc.lower[k] as string)) return false;
  return doc.pos[k] === NOUN || (doc.pos[k] === PROPN && /^\p{Lu}/u.test(doc.words[k + 1] as string));
}

/** rank and nobility words that stand right before a name as a title of their own ("Foreign Minister | Prince X") */
const RANKS = new Set(['prince', 'princess', 'sheikh', 'sheikha', 'king', 'queen', 'emir', 'sultan', 'general', 'lieutenant', 'colonel',
  'major', 'captain', 'admiral', 'commodore', 'brigadier', 'marshal', 'senator', 'rear', 'senior', 'field', 'vice', 'air', 'sergeant']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);
const PREPOSITIONS = new Set(['to', 'of', 'for', 'at', 'in', 'with', 'on']);
/** words that end a title in apposition: a place or employer ("at", "in", "with") or a clause ("who", "now") after the post */
const TITLE_ENDS: ReadonlySet<string> = new Set(['at', 'in', 'with', 'who', 'whose', 'which', 'now', 'since', 'until', 'currently']);

/** a title before a name and a comma is read back at most this many words ("Minister of Foreign Affairs and International
 * Cooperation of the Federal Republic of Somalia": 15) */
const MAX_TITLE_WORDS = 16;
const OF_FOR_AND: ReadonlySet<string> = new Set(['of', 'for', 'and']);

/**
 * A title before a name and a comma: "Latvia's trade minister, Ilze Berzina," / "the Commander of the Land Forces
 * of the Chilean Army, General X,". `k` is the comma; the name after it must close with a comma (or end the
 * sentence) so that lists are not read as titles. Returns [start, end) of the title or null. The possessor ("Latvia's")
 * and determiners are not part of the title.
 */
function titleBeforeComma(doc: Doc, k: number, s0: number, inName: Uint8Array): [number, number] | null {
  let a = k;
  let head = false;
  let remit = false;
  while (a > s0 && k - a < MAX_TITLE_WORDS) {
    const w = doc.lower[a - 1] as string;
    if (isRoleHead(w)) head = true;
    else if (w === 'and' && a - 2 >= s0 && (isRoleWord(doc.lower[a - 2] as string) || /^\p{Lu}/u.test(doc.words[a - 2] as string))) {
      // "Trade and Tourism", "Water and Sanitation"
    } else if (w === 'of' || w === 'for') remit = true;
    else if (!(isRoleWord(w) || inName[a - 1] === 1 || w === '-' || /^\p{Lu}/u.test(doc.words[a - 1] as string) || remitNoun(doc, a - 1))) break;
    if (w === "'s" || w === '’s') break;
    // "... – The Minister of X, Name,": the determiner that opens the title's noun phrase (not one inside its remit, after
    // "of"/"for") ends it
    if (w === 'the' && head && !(a - 2 >= s0 && OF_FOR_AND.has(doc.lower[a - 2] as string))) break;
    a--;
  }
  while (a < k && ['of', 'for', 'the', '-', 'and'].includes(doc.lower[a] as string)) a++;
  // the title ends in a role word, a name, or a capitalised remit after "of"/"for" ("Representative for Water")
  const last = doc.lower[k - 1] as string;
  if (!head || a >= k || !(isRoleHead(last) || ROLE_MODIFIERS.has(last) || inName[k - 1] === 1 || (remit && /^\p{Lu}/u.test(doc.words[k - 1] as string)))) return null;
  // the title starts at a role word ("Special Representative"), not at a name before it ("Paris Minister")
  while (a < k && !isRoleWord(doc.lower[a] as string) && inName[a] !== 1 && !remitNoun(doc, a)) a++;
  return a < k ? [a, k] : null;
}

/**
 * The token of the role word before a capitalised remit that ends at token k ("Commissioner for Human Rights",
 * "Envoy for Syria", "Minister of Foreign Affairs"): at most four capitalised words (or "and", "the") back to
 * "for"/"of"/"on", and a role word right before it; -1 when there is none.
 */
function remitBefore(doc: Doc, k: number, s0: number): number {
  let j = k;
  while (j >= s0 && k - j < 4 && (/^\p{Lu}/u.test(doc.words[j] as string) || doc.lower[j] === 'and' || doc.lower[j] === 'the')) j--;
  if (j === k || j - 1 < s0 || !REMIT_PREPS.has(doc.lower[j] as string) || !/^\p{Lu}/u.test(doc.words[j + 1] as string)) return -1;
  return isRoleHead(doc.lower[j - 1] as string) ? j - 1 : -1;
}

/** Titles before a person's name ("foreign ministry spokesperson Wang Wenbin") and in apposition after it. */
function attachTitles(doc: Doc, clusters: Cluster[]): void {
  // token -> is inside some ORG/GPE/NORP name mention (those may stand in a title: "NATO", "U.S.", "Dutch")
  const inName = new Uint8Array(doc.n);
  for (const c of clusters) {
    if (c.type === 'PERSON') continue;
    for (const m of c.mentions) for (let k = m.tokenStart; k < m.tokenEnd; k++) inName[k] = 1;
  }
  for (const c of clusters) {
    if (c.type !== 'PERSON') continue;
    const titles = new TitleList(doc, c);
    for (const m of c.mentions) if (m.kind === 'name') titlesAround(doc, m, inName, titles);
  }
}

/** The titles of one person as they are found: cleaned, once per folded form. */
class TitleList {
  private readonly seen = new Set<string>();

  constructor(
    private readonly doc: Doc,
    private readonly c: Cluster,
  ) {}

  /** adds title t without an article before it and commas or spaces after it (no courtesy title alone: "Mr") */
  push(t: string): void {
    const clean = t.replace(/^(the|a|an)\s+/i, '').replace(/[\s,]+$/, '').trim();
    const f = foldKey(clean);
    if (clean && !COURTESY.has(clean) && !this.seen.has(f)) {
      this.seen.add(f);
      this.c.titles.push(clean);
    }
  }

  /** adds the text of tokens [a, b) */
  span(a: number, b: number): void {
    this.push(this.doc.text.slice(this.doc.starts[a], this.doc.ends[b - 1]));
  }
}

/** words a title before a name does not start with */
const TITLE_LEAD: ReadonlySet<string> = new Set(['of', 'for', 'the', "'s", '-', 'and']);

/** The titles of the name mention m: before it, before a comma before it, and in apposition after it. */
function titlesAround(doc: Doc, m: EntityMention, inName: Uint8Array, titles: TitleList): void {
  // backwards from the name, within the sentence
  const s0 = doc.sentStart[doc.sentOf[m.tokenStart] as number] as number;
  const sEnd = doc.sentEnd[doc.sentOf[m.tokenStart] as number] as number;
  const k = titleBeforeName(doc, m, s0, inName, titles);
  // "Latvia's trade minister, Ilze Berzina, said" / "Its spokesperson, Senior Colonel Li Wei, said"
  const e0 = m.tokenEnd;
  if (k >= s0 && doc.words[k] === ',' && e0 < sEnd && (doc.words[e0] === ',' || doc.words[e0] === '.')) {
    const t = titleBeforeComma(doc, k, s0, inName);
    if (t) titles.span(t[0], t[1]);
  }
  // apposition: "Ana Duarte, a spokesperson for the Ruritanian Coast Guard, told ..."
  if (m.tokenEnd < sEnd && doc.words[m.tokenEnd] === ',') appositionTitle(doc, m.tokenEnd, sEnd, titles);
}

/**
 * The role words right before the name mention m ("foreign ministry spokesperson", "Saudi Energy Minister | Prince"),
 * added as titles when they hold a role head. Returns the token before them (where a comma may end a title before).
 */
function titleBeforeName(doc: Doc, m: EntityMention, s0: number, inName: Uint8Array, titles: TitleList): number {
  let k = m.tokenStart - 1;
  let head = false;
  while (k >= s0 && m.tokenStart - k <= 12) {
    const w = doc.lower[k] as string;
    if (isRoleHead(w)) head = true;
    else if (!(isRoleWord(w) || inName[k] === 1 || w === "'s" || w === '-' || remitNoun(doc, k))) {
      // "High Commissioner for Human Rights Volker Türk", "Special Envoy for Syria Geir Pedersen": a capitalised
      // remit after "for"/"of"/"on" and a role word is part of the title
      const r = remitBefore(doc, k, s0);
      if (r < 0) break;
      k = r;
      continue;
    }
    k--;
  }
  let a = k + 1;
  while (a < m.tokenStart && TITLE_LEAD.has(doc.lower[a] as string)) a++;
  if (head && a < m.tokenStart) rankedTitles(doc, a, m.tokenStart, titles);
  return k;
}

/**
 * The title of tokens [a, b) before a name; "Saudi Energy Minister Prince Khalid": a rank right before the name is a
 * title of its own when the words before it hold a role of their own.
 */
function rankedTitles(doc: Doc, a: number, b: number, titles: TitleList): void {
  let r = b;
  while (r > a && RANKS.has(doc.lower[r - 1] as string) && /^\p{Lu}/u.test(doc.words[r - 1] as string)) r--;
  // "Secretary General", "Attorney General": a post-positive "General" belongs to the title before it
  while (r < b && doc.lower[r] === 'general' && r > a && isRoleHead(doc.lower[r - 1] as string)) r++;
  let ownHead = false;
  for (let j = a; j < r; j++) if (isRoleHead(doc.lower[j] as string)) ownHead = true;
  if (r > a && r < b && ownHead) {
    titles.span(a, r);
    titles.span(r, b);
  } else titles.span(a, b);
}

/**
 * The title in apposition after the comma at e: "Ana Duarte, a spokesperson for the Ruritanian Coast Guard, told";
 * "a senior fellow at the X Institute", "a trade lawyer in Geneva who advised ...", "a former official now living in X",
 * "a professor of law at the X University": the title is the noun phrase before a place, an employer or a clause (a
 * post's "of"/"for" remit keeps its place: "head of the group's office in Lviv").
 */
function appositionTitle(doc: Doc, e: number, sEnd: number, titles: TitleList): void {
  let b = e + 1;
  let hasHead = false;
  let spokes = false;
  let remit = false;
  let ok = true;
  let cut = -1;
  let end = -1;
  while (b < sEnd && b - e <= 12 && doc.words[b] !== ',' && doc.words[b] !== '.') {
    const w = doc.lower[b] as string;
    const p = doc.pos[b];
    if (hasHead && (w === 'of' || w === 'for')) remit = true;
    if (hasHead && !spokes && TITLE_ENDS.has(w) && !(remit && (w === 'in' || w === 'with'))) {
      end = b;
      break;
    }
    // "Vienna-based": the part of a hyphenated compound is no clause verb
    // ("Samoa's chief delegate": a verb-like word before a role noun modifies it)
    if ((p === VERB || p === AUX) && !(b > e + 1 && doc.words[b - 1] === '-' && doc.starts[b] === doc.ends[b - 1]) && !isRoleHead(b + 1 < doc.n ? (doc.lower[b + 1] as string) : '')) {
      ok = false;
      break;
    }
    if (isRoleHead(w) || PERSON_NOUNS.has(w)) {
      hasHead = true;
      spokes ||= w.startsWith('spokes');
    }
    // "a close aide to its commander": a complement that only points back ("its") adds nothing to the title
    if (hasHead && cut < 0 && PREPOSITIONS.has(w) && b + 1 < doc.n && POSSESSIVE_PRONOUNS.has(doc.lower[b + 1] as string)) cut = b;
    b++;
  }
  // "…, spoke with Ana Duarte, an official in Lima said.": a description that a reporting verb follows before any comma
  // is the subject of that verb (the name ends the reported clause), not the name's apposition
  if (end > e + 1 && reportedBy(doc, end, sEnd)) return;
  if (end > e + 1) titles.span(e + 1, end);
  else if (ok && hasHead && b > e + 1 && b < sEnd && (doc.words[b] === ',' || doc.words[b] === '.')) titles.span(e + 1, cut > 0 ? cut : b);
}

/** how far a reporting verb may follow the end of a description it is the subject of ("an official in Lima said") */
const REPORTED_BY_REACH = 6;
const NOT_SUBJECT_OF_NEXT: ReadonlySet<string> = new Set(['who', 'whose', 'which', 'that', 'now', 'since', 'until', 'currently']);

/**
 * From b (the word that ended a description) to the next comma: a reporting verb with no relative or clause word
 * before it ("in Lima said", "familiar with the talks told reporters"): the description was that verb's subject.
 */
function reportedBy(doc: Doc, b: number, sEnd: number): boolean {
  for (let t = b; t < sEnd && t - b <= REPORTED_BY_REACH; t++) {
    const w = doc.lower[t] as string;
    if (w === ',' || w === '.' || w === ';' || NOT_SUBJECT_OF_NEXT.has(w)) return false;
    if (CUE_VERBS.has(w) && !w.endsWith('ing') && (doc.pos[t] === VERB || doc.pos[t] === AUX)) return true;
  }
  return false;
}

/** prepositions after a role noun that name the body or country of the post ("the ambassador of X", "the envoy to X") */
const QUALIFIERS: ReadonlySet<string> = new Set(['of', 'to', 'for', 'at']);
const UPPER_START = /^\p{Lu}/u;

/** "the NATO chief", "The former Dutch prime minister" -> a titled person; "the alliance" -> the organization. */
function linkNominals(doc: Doc, clusters: Cluster[], kb: KB): void {
  const taken = new Uint8Array(doc.n);
  // tokens of organization and country names ("the African Union's", "Serbia's")
  const body = new Uint8Array(doc.n);
  markNames(clusters, taken, body);
  const orgNominals = orgNominalsOf(clusters, kb);
  const people = new NominalPeople(doc, clusters);
  for (let i = 0; i < doc.n; i++) {
    if (doc.lower[i] !== 'the') continue;
    const lastHead = roleRunHead(doc, i, taken, orgNominals);
    // organization nominal: "the alliance"
    const one = i + 1 < doc.n ? (doc.lower[i + 1] as string) : undefined;
    if (one && orgNominals.has(one) && lastHead < 0) {
      const c = orgNominals.get(one) as Cluster;
      const first = c.mentions[0];
      if (first && first.start < (doc.starts[i] as number)) c.mentions.push(nominal(doc, i, i + 2, 'ORG'));
      continue;
    }
    if (lastHead < 0 || taken[lastHead] === 1 || people.list.length === 0) continue;
    linkPersonNominal(doc, i, lastHead + 1, taken, body, people);
  }
}

/** Marks the tokens of every name mention in `taken`, and those of organisations' and countries' names in `body`. */
function markNames(clusters: Cluster[], taken: Uint8Array, body: Uint8Array): void {
  for (const c of clusters) {
    const isBody = c.type === 'ORG' || c.type === 'GPE' ? 1 : 0;
    for (const m of c.mentions) {
      taken.fill(1, m.tokenStart, m.tokenEnd);
      body.fill(isBody, m.tokenStart, m.tokenEnd);
    }
  }
}

/** The article's organisations by the folded nominals the knowledge base gives them ("the alliance" for NATO). */
function orgNominalsOf(clusters: Cluster[], kb: KB): Map<string, Cluster> {
  const out = new Map<string, Cluster>();
  for (const c of clusters) {
    if (c.type !== 'ORG' || c.mentions.length === 0) continue;
    const rec = kb.orgByName(c.name);
    if (rec?.nominals) for (const nm of rec.nominals) out.set(foldKey(stripThe(nm)), c);
  }
  return out;
}

/** After "the" at i: the last role head of the longest run of role words and names (at most six words), or -1. */
function roleRunHead(doc: Doc, i: number, taken: Uint8Array, orgNominals: Map<string, Cluster>): number {
  let lastHead = -1;
  for (let j = i + 1; j < doc.n && j - i <= 6 && doc.sentOf[j] === doc.sentOf[i]; j++) {
    const w = doc.lower[j] as string;
    if (ROLE_HEADS.has(w) || w === 'chief' || w === 'head') lastHead = j;
    else if (!(isRoleWord(w) || taken[j] === 1 || orgNominals.has(w) || w === "'s")) break;
  }
  return lastHead;
}

/** The people of the article and the token starts of their mentions, ascending (nominals are appended in order). */
class NominalPeople {
  readonly list: Cluster[] = [];
  /** first tokens of people's names */
  readonly personAt: Uint8Array;
  /** per person: token starts of its mentions (by push: an optimised map returns holey arrays, another hidden class) */
  readonly starts: number[][] = [];

  constructor(doc: Doc, clusters: Cluster[]) {
    for (const c of clusters) if (c.type === 'PERSON' && c.mentions.length > 0) this.list.push(c);
    this.personAt = new Uint8Array(doc.n + 1);
    for (const p of this.list) {
      const s: number[] = [];
      for (const m of p.mentions) {
        this.personAt[m.tokenStart] = 1;
        s.push(m.tokenStart);
      }
      this.starts.push(s.sort(ascending));
    }
  }

  /** the token start of person k's last mention before token i, or -1 */
  lastBefore(k: number, i: number): number {
    const a = this.starts[k] as number[];
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((a[mid] as number) < i) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? (a[lo - 1] as number) : -1;
  }
}

function ascending(x: number, y: number): number {
  return x - y;
}

/** The best person for a nominal, its shared title words, whether it has titles, and how many people came before. */
interface NominalCandidate {
  best: number;
  shared: number;
  titled: boolean;
  before: number;
}

/**
 * "the former president" from token i ("the") to `end` (after its role head): a person mentioned before, preferring shared
 * title words, then recency, gets it as a mention (and, with two modifiers or more, as a title). Recency alone decides only
 * for the one person mentioned before, and not when that person's known titles say another role elsewhere.
 */
function linkPersonNominal(doc: Doc, i: number, end: number, taken: Uint8Array, body: Uint8Array, people: NominalPeople): void {
  if (end < doc.n && doc.pos[end] === PROPN) return; // "the President Joe Biden": a name follows
  // "the official news agency": the role word only modifies a noun after it
  if (end < doc.n && doc.pos[end] === NOUN && /^\p{Ll}/u.test(doc.words[end] as string)) return;
  // "The former president, Umaro Sissoco Embaló, left": the name in apposition is the one meant
  if (end < doc.n && doc.words[end] === ',' && people.personAt[end + 1] === 1) return;
  // "…, an official in Lima said. The official said …": a role word just used for someone unnamed stands for that one
  if (unnamedJustBefore(doc, i, end - 1)) return;
  const modifiers: string[] = [];
  for (let k = i + 1; k < end; k++) modifiers.push(foldKey(doc.words[k] as string));
  // "the African Union's trade commissioner": the nominal names an organization or a country for a current role
  let named = false;
  for (let k = i + 1; k < end; k++) if (body[k] === 1) named = true;
  if (modifiers.includes('former')) named = false;
  const qualified = qualifiedPost(doc, end, body);
  if (qualified && nameAfterPost(doc, end, people.personAt)) return;
  const c = nominalCandidate(doc, i, end, modifiers, people);
  if (c.best < 0 || !(c.shared >= 1 || (c.before === 1 && !qualified && !(named && c.titled)))) return;
  const person = people.list[c.best] as Cluster;
  person.mentions.push(nominal(doc, i, end, 'PERSON'));
  (people.starts[c.best] as number[]).push(i);
  const title = doc.text.slice(doc.starts[i + 1], doc.ends[end - 1]);
  if (modifiers.length >= 2 && !hasTitle(person.titles, foldKey(title))) person.titles.push(title);
  for (let k = i; k < end; k++) taken[k] = 1;
}

/** openers of a phrase for someone unnamed: "an official", "a senior diplomat", "one source" */
const UNNAMED_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another']);

/**
 * The role word at `head` (of a nominal opening at i) was used, in its sentence or the one before, for someone
 * unnamed ("an official in Lima said", "a senior diplomat told reporters").
 */
function unnamedJustBefore(doc: Doc, i: number, head: number): boolean {
  const w = doc.lower[head] as string;
  const s = doc.sentOf[i] as number;
  const lo = doc.sentStart[Math.max(0, s - 1)] as number;
  for (let t = i - 1; t >= lo; t--) {
    if (doc.lower[t] !== w) continue;
    if (UNNAMED_OPENERS.has(doc.lower[t - 1] as string)) return true;
    if (t - 2 >= lo && UNNAMED_OPENERS.has(doc.lower[t - 2] as string) && doc.pos[t - 1] === ADJ) return true;
  }
  return false;
}

/**
 * "hosted by the Ambassador of Morocco", "the envoy to the UN": a role qualified by the body or country it serves is a post
 * of its own, left to a person whose known titles share its words (never to recency alone) ("the Minister of Defence and
 * Veterans Affairs of Uganda", "the Secretary of Homeland Security"). `end` is the token after the role head.
 */
function qualifiedPost(doc: Doc, end: number, body: Uint8Array): boolean {
  if (end >= doc.n || !QUALIFIERS.has(doc.lower[end] as string)) return false;
  const at = postStart(doc, end);
  return at < doc.n && (body[at] === 1 || UPPER_START.test(doc.words[at] as string));
}

/** the first token of what a qualified post's preposition at `end` names (after "the") */
function postStart(doc: Doc, end: number): number {
  return end + 1 < doc.n && doc.lower[end + 1] === 'the' ? end + 2 : end + 1;
}

/** "the Secretary of Foreign Affairs, Juan Pérez,": a person's name in apposition after the whole qualified post */
function nameAfterPost(doc: Doc, end: number, personAt: Uint8Array): boolean {
  let k = postStart(doc, end);
  while (k < doc.n && k - end < 14 && (UPPER_START.test(doc.words[k] as string) || OF_FOR_AND.has(doc.lower[k] as string) || doc.lower[k] === 'the')) k++;
  return k < doc.n && doc.words[k] === ',' && personAt[k + 1] === 1;
}

/** The person mentioned within six sentences before the nominal at i with the most shared title words, then the most recent. */
function nominalCandidate(doc: Doc, i: number, end: number, modifiers: string[], people: NominalPeople): NominalCandidate {
  const headWord = foldKey(doc.words[end - 1] as string);
  const nominalTitle = foldKey(doc.text.slice(doc.starts[i + 1], doc.ends[end - 1]));
  const out: NominalCandidate = { best: -1, shared: 0, titled: false, before: 0 };
  let bestScore = 0;
  for (let p = 0; p < people.list.length; p++) {
    const last = people.lastBefore(p, i);
    if (last < 0) continue;
    out.before++;
    const dist = (doc.sentOf[i] as number) - (doc.sentOf[last] as number);
    if (dist > 6) continue;
    const titles = (people.list[p] as Cluster).titles;
    const titleWords = new Set(titles.join(' ').split(/\s+/).map(foldKey));
    let shared = 0;
    for (const w of modifiers) if (titleWords.has(w)) shared++;
    if (titleWords.has(headWord)) shared++;
    // "the Foreign Secretary": a person who holds exactly that title beats one whose longer title shares its words
    // ("Permanent Secretary of the Ministry of Foreign Affairs")
    if (hasTitle(titles, nominalTitle)) shared++;
    const sc = shared + 1 / (1 + dist);
    if (sc > bestScore) {
      bestScore = sc;
      out.best = p;
      out.shared = shared;
      out.titled = titles.length > 0;
    }
  }
  return out;
}

/** some title folds to `folded` */
function hasTitle(titles: string[], folded: string): boolean {
  for (const t of titles) if (foldKey(t) === folded) return true;
  return false;
}

function nominal(doc: Doc, a: number, b: number, type: EntityType): EntityMention {
  const start = doc.starts[a] as number;
  const end = doc.ends[b - 1] as number;
  return entityMention(start, end, a, b, doc.text.slice(start, end), type, 'nominal', undefined);
}


/**
 * "Thailand's <m>", "Vietnam's ruling <m>", "the Philippine <m>": the mention is owned by a country (a possessor before it,
 * over at most two lower-case modifiers, or a country's name or demonym right before it) other than the one the
 * organisation's name opens with ("UK Ministry of Defence", "Russian Ministry of Defence", "Chinese Communist Party");
 * or, for a body of an international organisation ("UN Security Council"), owned by any country when the mention is
 * one of its generic aliases ("Russia's Security Council") rather than its name or acronym.
 */
function otherCountryOwns(doc: Doc, kb: KB, m: EntityMention, org: OrgRecord): boolean {
  const owner = ownerCountry(doc, kb, m.tokenStart);
  if (!owner) return false;
  const first = org.name.split(' ')[0] as string;
  const own = kb.countryByName(first) ?? kb.countryByDemonym(first);
  if (own) return own.iso2 !== owner.iso2;
  const surface = stripThe(m.text);
  return parentVariants(org.name).length > 1 && surface !== org.name && surface !== org.fullName && !org.acronyms.includes(surface);
}

/** The country that owns the name starting at token a: "Thailand's", "Vietnam's ruling", "the Philippine"; else undefined. */
function ownerCountry(doc: Doc, kb: KB, a: number): CountryRecord | undefined {
  let k = a - 1;
  while (k >= 0 && a - k <= 2 && /^\p{Ll}[\p{Ll}-]*$/u.test(doc.words[k] as string) && doc.lower[k] !== 'the') k--;
  if (k >= 1 && (doc.words[k] === "'s" || doc.words[k] === '’s')) {
    return kb.countryByName(doc.words[k - 1] as string) ?? (k >= 2 ? kb.countryByName(`${doc.words[k - 2]} ${doc.words[k - 1]}`) : undefined);
  }
  if (a < 1 || !isCapitalized(doc.words[a - 1] as string)) return undefined;
  const w = doc.words[a - 1] as string;
  return kb.countryByDemonym(w) ?? kb.countryByName(w);
}

/**
 * "disputed Essequibo border ... the Essequibo region": a one-word name the article also writes as a place's is that
 * place where it was read as an organisation, unless the knowledge base knows an organisation of that name (mutates
 * the clusters: the organisation's mentions move to the place).
 */
function placeNamedOrgs(clusters: Cluster[], kb: KB): void {
  let places: Map<string, Cluster> | null = null;
  for (const c of clusters) {
    if (c.type !== 'ORG' || c.mentions.length === 0 || /\s/.test(c.name) || !allOneWord(c)) continue;
    const place = (places ??= placesByText(clusters)).get(c.name);
    if (!place || kb.orgByName(c.name) || kb.actorOrg(c.name)) continue;
    for (const m of c.mentions) place.mentions.push(retyped(m, place.type));
    c.mentions = [];
  }
}

/** every mention of c is one word */
function allOneWord(c: Cluster): boolean {
  for (const m of c.mentions) if (m.tokenEnd - m.tokenStart !== 1) return false;
  return true;
}
