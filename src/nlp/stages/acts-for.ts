// Stage 3c: who acts for whom, decided once per article after entity resolution. A spokesperson acts for the
// organisation or country in their title ("Kremlin spokesman X" -> Russia); a government body acts for its country
// ("China's Ministry of Commerce" -> China); an unqualified one ("the Department of Foreign Affairs") for the article's
// home country, which depends on the other party of each event. The result is stored on the entities
// (ResolvedEntity.actsFor) and read by the quote and event stages.
import { POS_INDEX, type Doc, type ResolvedEntity } from '../types.js';
import { entityById, type EntityIndex } from './entity-index.js';
import { SPOKES_NOUNS } from '../lexicon/speech.js';
import { loadKB } from '../../kb/index.js';
import type { KB } from '../../kb/types.js';
import { isStateAgent, type EventLexicon } from '../../kb/event-lexicon.js';
import { afterDateline, entityIdAt, isActor, recentOrgNamed } from './attribution.js';

const ADJ_POS = POS_INDEX['ADJ'] as number;
const NOUN_POS = POS_INDEX['NOUN'] as number;

/** bodies that serve their country abroad: "the government" they speak of is their host's */
const ABROAD = /\b(?:Embassy|Consulate|Mission|High Commission)\b/;

/** ResolvedEntity.actsFor of a government body whose country is the article's home country, decided per event */
export const HOME = '\u0000home';

/** Sets actsFor on spokespeople and government bodies; returns the resolver events use for a party id. */
export function assignActsFor(doc: Doc, index: EntityIndex): ActsFor {
  const spokes = spokesMap(doc, index);
  const government = governmentMap(doc, index);
  for (const e of index.entities) {
    const a = spokes.get(e.id) ?? government.get(e.id) ?? secretariatOf(index, e);
    if (a) e.actsFor = a;
  }
  return new ActsFor(doc, index);
}

/**
 * "The ASEAN Secretariat announced the deployment of relief teams": the secretariat of a body the article names runs the
 * body's business and acts in its name, as a ministry does for its state; the body's id, else undefined.
 */
function secretariatOf(index: EntityIndex, e: ResolvedEntity): string | undefined {
  const m = /^(.+) Secretariat$/.exec(e.name);
  if (e.type !== 'ORG' || !m) return undefined;
  const body = m[1] as string;
  return index.entities.find((b) => b !== e && b.type === 'ORG' && (b.name === body || b.aliases.includes(body)))?.id;
}

export class ActsFor {
  private home: string[] | null = null;
  constructor(
    private readonly doc: Doc,
    private readonly index: EntityIndex,
  ) {}

  /** The party an entity acts for: a demonym's country, a spokesperson's organisation, a body's country. */
  party(id: string, other?: string): string {
    let e = entityById(this.index, id);
    if (!e) return id;
    let p = e.type === 'NORP' ? countryOfEntity(this.index, e) : id;
    // a spokesperson for a ministry acts for the ministry, which acts for its country: at most two steps
    for (let step = 0; step < 2; step++) {
      e = entityById(this.index, p);
      const a = e?.actsFor;
      if (a === undefined) break;
      if (a === HOME) return this.homeFor(other) ?? p;
      p = a;
    }
    return p;
  }

  /**
   * The country a party belongs to, for an answer addressed to it: its party (acts-for) when that is no person, else
   * the country the person's title names ("Ukraine's human rights commissioner", "Egyptian Foreign Minister") when the
   * article names that country; else the party itself.
   */
  stateOf(id: string): string {
    const p = this.party(id);
    const e = entityById(this.index, p);
    if (!e || e.type !== 'PERSON') return p;
    const kb = loadKB();
    for (const title of e.titles) {
      // a country the article names, by any of its mentions ("South Korea's foreign minister")
      for (const c of this.index.entities) {
        if ((c.type !== 'GPE' && c.type !== 'NORP') || !c.kb.iso3166) continue;
        // (not one of a hyphenated pair: "president of the US-China Business Council" names a relation, no country of his)
        if (namedIn(title, c)) return countryOfEntity(this.index, c);
      }
      for (const w of title.split(/[\s,]+/)) {
        const word = w.replace(/['’]s$/, '');
        if (!/^\p{Lu}/u.test(word)) continue;
        const c = this.countryNamed((kb.countryByName(word) ?? kb.countryByDemonym(word))?.iso2);
        if (c) return c;
      }
    }
    return p;
  }

  /**
   * The side a party takes in a relation it restates (events/own-side.ts): its state by its titles (stateOf), else, for a
   * person, the one country the actor dictionary gives a full name of theirs, when the article names that country. Not
   * part of stateOf: the stages that read stateOf drop an act aimed at the actor's own state as no act between states,
   * which a dictionary entry must not decide ("the government of President X ... arresting opponents in Haiti").
   */
  sideOf(id: string): string {
    const s = this.stateOf(id);
    if (s !== this.party(id)) return s;
    const e = entityById(this.index, s);
    if (!e || e.type !== 'PERSON') return s;
    return this.countryNamed(dictionaryCountry(loadKB(), e)) ?? s;
  }

  /** The id of the country with this ISO code among the article's places, or null. */
  private countryNamed(iso: string | null | undefined): string | null {
    if (!iso) return null;
    return this.index.entities.find((x) => x.type === 'GPE' && x.kb.iso3166 === iso)?.id ?? null;
  }

  /**
   * The article's home country other than `other`: for unqualified government bodies and "police", "authorities". A
   * body named after a country ("the Bangladesh Textile Mills Association accused the government") speaks of its own
   * country's government, when the article names that country.
   */
  homeFor(other: string | undefined): string | null {
    this.home ??= homeCountries(this.doc, this.index);
    const own = other === undefined ? null : this.namesCountry(other);
    if (own !== null && own !== other) return own;
    return this.home.find((h) => h !== other) ?? null;
  }

  /** The country whose name or demonym names organisation `id` (no international body, no mission abroad), or null. */
  private namesCountry(id: string): string | null {
    const e = entityById(this.index, id);
    if (!e || e.type !== 'ORG' || (e.kb as { role?: string }).role === 'IGO' || ABROAD.test(e.name)) return null;
    for (const c of this.index.entities) {
      if ((c.type !== 'GPE' && c.type !== 'NORP') || !c.kb.iso3166 || c === e) continue;
      if (namedIn(e.name, c)) return countryOfEntity(this.index, c);
    }
    return null;
  }
}

/**
 * Who a person acts for in events: a spokesperson speaks for the organization or country named in the title
 * ("Kremlin spokesman Dmitry Peskov" -> Russia, "a spokesperson for the Peruvian Navy"). Built once per article.
 */
function spokesMap(doc: Doc, index: EntityIndex): Map<string, string> {
  const out = new Map<string, string>();
  const people = index.entities.filter((e) => e.type === 'PERSON');
  if (people.length === 0) return out;
  for (const p of people) {
    // from the resolver's titles
    for (const title of p.titles) {
      if (!/spokes|press secretary/i.test(title)) continue;
      let best: ResolvedEntity | null = null;
      let bestLen = 0;
      for (const e of index.entities) {
        if (e.type === 'PERSON' || e.type === 'LOC' || e.type === 'FAC') continue;
        for (const m of e.mentions) {
          if (m.kind === 'pronoun' || m.text.length <= bestLen) continue;
          if (containsWord(title, m.text)) {
            best = e;
            bestLen = m.text.length;
          }
        }
      }
      if (best) out.set(p.id, best.type === 'NORP' ? countryOfEntity(index, best) : best.id);
    }
    if (out.has(p.id)) continue;
    // from the text: "<Org> spokesman <Name>", "<Org>'s spokeswoman, <Name>,"
    for (const m of p.mentions) {
      let k = doc.words[m.tokenStart - 1] === ',' ? m.tokenStart - 2 : m.tokenStart - 1;
      // (up to three rank words between the noun and the name: "government spokesman Colonel X", "army spokesman Major
      // General Y")
      let r = k;
      while (r >= 1 && k - r < 3 && RANKS.has(doc.lower[r] as string)) r--;
      if (r < k && SPOKES_PERSON.has(doc.lower[r] as string)) k = r;
      if (k < 1 || !SPOKES_PERSON.has(doc.lower[k] as string)) continue;
      for (let t = k - 1; t >= 0 && k - t <= 4; t--) {
        // "In Moscow, spokeswoman X": a setting before a comma is not the spokesperson's body; "At China's foreign
        // ministry, spokesperson X", "At the Kremlin, spokesman Y" name the body the spokesperson speaks at
        if (doc.words[t] === ',') {
          const at = bodyAtFront(doc, index, t);
          if (at) out.set(p.id, at);
          break;
        }
        if (isActor(index, t)) {
          const e = index.entities[index.entityAtToken[t] as number] as ResolvedEntity;
          if (e.type !== 'PERSON') out.set(p.id, e.type === 'NORP' ? countryOfEntity(index, e) : e.id);
          break;
        }
      }
      // "Ministry spokesperson X" after "the Ministry of Trade said ...": the body named before
      const head = doc.lower[k - 1] as string;
      if (!out.has(p.id) && GENERIC_BODIES.has(head) && (index.entityAtToken[k - 1] as number) < 0) {
        const org = recentOrgNamed(index, k - 1, head);
        if (org) out.set(p.id, org);
        // "In Moscow, foreign ministry spokeswoman X said": the body of the country whose capital the sentence is set in
        // ... else "China urged ... . Foreign ministry spokesperson X said": the country named just before
        else {
          const seat = seatCountry(doc, index, k - 1);
          const country = seat === undefined ? recentCountry(index, k - 1) : seat;
          if (country) out.set(p.id, country);
        }
      }
      // "the group's military spokesman X", "Spokesperson X said" after "China's Ministry of Commerce read ...": a
      // spokesperson whose title names no body speaks for the organisation named last before
      if (!out.has(p.id) && unnamedBody(doc, index, k)) {
        const org = recentOrgNamed(index, k, '');
        if (org) out.set(p.id, org);
      }
      if (out.has(p.id)) break;
    }
  }
  return out;
}

/** military and police ranks that may stand between a spokesperson's noun and the name */
const RANKS: ReadonlySet<string> = new Set(['colonel', 'major', 'general', 'lieutenant', 'brigadier', 'captain', 'commander', 'admiral', 'lt', 'col', 'maj', 'gen', 'brig', 'capt', 'cdr']);

/**
 * The party of the body a sentence opens with in a phrase "At <body>," ending at the comma c ("At China's foreign
 * ministry,", "At the State Department,"): the country a possessor or demonym names, else the body; null otherwise.
 */
function bodyAtFront(doc: Doc, index: EntityIndex, c: number): string | null {
  const from = doc.sentStart[doc.sentOf[c] as number] as number;
  if (doc.lower[from] !== 'at' || c - from > 6 || (!GENERIC_BODIES.has(doc.lower[c - 1] as string) && !isActor(index, c - 1))) return null;
  for (let t = from + 1; t < c; t++) {
    if (!isActor(index, t)) continue;
    const e = index.entities[index.entityAtToken[t] as number] as ResolvedEntity;
    if (e.type === 'PERSON' || e.type === 'LOC' || (e.type === 'FAC' && !isActor(index, c - 1))) return null;
    return e.type === 'NORP' ? countryOfEntity(index, e) : e.id;
  }
  return null;
}

/**
 * The spokesperson noun at k names no body of its own: it opens its sentence (after an article and adjectives:
 * "Spokesperson X", "A military spokesman, X,") or follows the possessive of a common noun ("the group's spokesman").
 */
function unnamedBody(doc: Doc, index: EntityIndex, k: number): boolean {
  const from = doc.sentStart[doc.sentOf[k] as number] as number;
  let j = k - 1;
  while (j >= from && k - j <= 3 && doc.pos[j] === ADJ_POS) j--;
  if (j < from || (j === from && (doc.lower[j] === 'a' || doc.lower[j] === 'the'))) return true;
  if (doc.lower[j] !== "'s" && doc.lower[j] !== '’s') return false;
  return j - 1 >= from && doc.pos[j - 1] === NOUN_POS && (index.entityAtToken[j - 1] as number) < 0;
}

/** how far back (tokens) an unnamed ministry's country may be named */
const COUNTRY_LOOKBACK = 80;

/** The country (or a demonym's country) named last before token i, within COUNTRY_LOOKBACK tokens, or null. */
function recentCountry(index: EntityIndex, i: number): string | null {
  for (let t = i - 1; t >= 0 && i - t <= COUNTRY_LOOKBACK; t--) {
    const k = index.entityAtToken[t] as number;
    if (k < 0) continue;
    const e = index.entities[k] as ResolvedEntity;
    if (e.type === 'GPE' && e.kb.iso3166) return e.id;
    if (e.type === 'NORP' && e.kb.iso3166) {
      const c = countryOfEntity(index, e);
      if (c !== e.id) return c;
    }
  }
  return null;
}

/**
 * The country whose seat of government the sentence of token i names as its setting before i ("In Moscow, ...",
 * "Speaking in Nairobi, ..."): its entity when the article names it, null when it does not (the body is of no
 * country named here), undefined when the sentence names no seat.
 */
function seatCountry(doc: Doc, index: EntityIndex, i: number): string | null | undefined {
  const from = doc.sentStart[doc.sentOf[i] as number] as number;
  for (let t = from + 1; t < i; t++) {
    if (doc.lower[t - 1] !== 'in') continue;
    const k = index.entityAtToken[t] as number;
    if (k < 0) continue;
    const e = index.entities[k] as ResolvedEntity;
    if (e.type !== 'GPE' || e.kb.iso3166) continue;
    const iso = loadKB().countryByMetonym(e.name)?.iso2;
    if (!iso) continue;
    return index.entities.find((c) => c.type === 'GPE' && c.kb.iso3166 === iso)?.id ?? null;
  }
  return undefined;
}

/** some mention of e (no pronoun) is a word of `title`, not one of a hyphenated pair */
function namedIn(title: string, e: ResolvedEntity): boolean {
  for (const m of e.mentions) if (m.kind !== 'pronoun' && containsWord(title, m.text, true)) return true;
  return false;
}

const HYPHEN = 45;

/** `word` occurs in `text` with no letter on either side (and, with `unpaired`, not joined by a hyphen to another word). */
function containsWord(text: string, word: string, unpaired = false): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    // (no read past either end of the text, and hyphens by code: a fresh one-character string, which a curly quote
    // gives, deoptimised a comparison compiled for shared ones)
    const before = at > 0 ? text[at - 1] : undefined;
    const after = at + word.length < text.length ? text[at + word.length] : undefined;
    if (unpaired && ((at > 0 && text.charCodeAt(at - 1) === HYPHEN) || (after !== undefined && text.charCodeAt(at + word.length) === HYPHEN))) continue;
    if ((before === undefined || !/\p{L}/u.test(before)) && (after === undefined || !/\p{L}/u.test(after))) return true;
  }
  return false;
}

/** head words of a government body named by its kind ("Ministry spokesperson X", "Army spokesman X"; "government spokesman X"
 * after "summoned to the foreign ministry in Baghdad": the government of the seat named) */
const GENERIC_BODIES = new Set(['ministry', 'department', 'office', 'army', 'navy', 'police', 'commission', 'council', 'agency', 'embassy', 'government']);
const SPOKES_PERSON = new Set([...SPOKES_NOUNS].filter((w) => w.startsWith('spokes')));

/** A demonym entity stands for its country when the article names that country ("Chinese vessels" -> China). */
export function countryOfEntity(index: EntityIndex, ent: ResolvedEntity): string {
  const iso = ent.kb.iso3166;
  if (ent.type === 'NORP' && iso) {
    const gpe = index.entities.find((e) => e.type === 'GPE' && e.kb.iso3166 === iso);
    if (gpe) return gpe.id;
  }
  return ent.id;
}


/**
 * Government bodies act for their country in events ("Actor and recipient are entities: countries acting through their
 * governments"): "China's Ministry of Commerce", "the Philippine Department of Foreign Affairs", "Chinese foreign ministry"
 * -> the country; an unqualified one ("the Department of Foreign Affairs") -> HOME. Named agencies with an identity of their
 * own (a coast guard, an army) stay organizations. Built once per document, on the first event.
 */
function governmentMap(doc: Doc, index: EntityIndex): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of index.entities) {
    if (e.type !== 'ORG' || !GOV_BODY.test(e.name) || OWN_IDENTITY.test(e.name)) continue;
    let country: string | null = null;
    // a country or demonym inside the name: "Chinese Foreign Ministry", "Ministry of Foreign Affairs of Japan"
    for (const c of index.entities) {
      if ((c.type !== 'GPE' && c.type !== 'NORP') || !c.kb.iso3166) continue;
      if (c.mentions.some((m) => m.kind !== 'pronoun' && m.text !== e.name && containsWord(e.name, m.text))) {
        country = countryOfEntity(index, c);
        break;
      }
    }
    // a country's short name or demonym in the canonical name: "US Department of State" (written "the State
    // Department"), "Russian Consulate General in X"
    let foreign = false;
    if (!country) {
      const kb = loadKB();
      for (const w of e.name.split(' ')) {
        const iso = /^\p{Lu}/u.test(w) ? (kb.countryByName(w) ?? kb.countryByDemonym(w))?.iso2 : undefined;
        const c = iso ? index.entities.find((x) => x.type === 'GPE' && x.kb.iso3166 === iso) : undefined;
        if (c) {
          country = c.id;
          break;
        }
        if (iso) foreign = true;
      }
    }
    // a possessor or modifier before a mention: "China's Ministry of Commerce", "the Philippine Department of ..."
    for (const m of e.mentions) {
      if (country) break;
      if (m.kind === 'pronoun') continue;
      let t = m.tokenStart - 1;
      if (doc.lower[t] === "'s" || doc.lower[t] === '’s') t--;
      if (t < 0 || !isActor(index, t)) continue;
      const c = index.entities[index.entityAtToken[t] as number] as ResolvedEntity;
      if (c.type === 'GPE' || c.type === 'NORP') country = countryOfEntity(index, c);
    }
    // a body whose name says its country, when the article never names that country ("the US Department of Defense"
    // in a story from Syria), acts as itself: the home country would make it another state's
    if (country || !foreign) out.set(e.id, country ?? HOME);
  }
  return out;
}
const GOV_BODY = /\b(?:Ministry|Ministries|Department|Foreign Office|Home Office|Government|Cabinet|Embassy|Consulate|High Commission|Presidency|Chancellery|Prime Minister's Office|Foreign Affairs)\b/;
/** bodies with an identity of their own stay organizations (a region's government is not its country's) */
const OWN_IDENTITY = /\b(?:Regional Government|Provincial Government|State Government|Coast Guard|Army|Navy|Air Force|Armed Forces|Police|Agency|Bureau|Service|Commission|Bank|University|Institute)\b/;
/** nouns of a government named after the person who leads it: "the Carney government", "the Trump administration" */
export const LED_BODIES: ReadonlySet<string> = new Set(['government', 'administration', 'regime', 'cabinet']);
/** unnamed government nominals that, standing alone as a subject, name the home government ("Police have accused ...") */
export const GOV_NOMINALS: ReadonlySet<string> = new Set(['police', 'authorities', 'government', 'prosecutors']);

/** A common noun that names an agent of a state: "the government", "police", "troops" (Phoenix roles GOV, MIL, COP, ...). */
export function isStateNoun(lex: EventLexicon, word: string): boolean {
  return GOV_NOMINALS.has(word) || isStateAgent(lex, word);
}

/**
 * Countries in the order an unqualified government body most likely belongs to them: the dateline's country first, then
 * by salience (a country and its demonym together), ties by first mention.
 */
function homeCountries(doc: Doc, index: EntityIndex): string[] {
  const score = new Map<string, number>();
  const first = new Map<string, number>();
  for (const e of index.entities) {
    if ((e.type !== 'GPE' && e.type !== 'NORP') || !e.kb.iso3166) continue;
    const id = countryOfEntity(index, e);
    if ((entityById(index, id) as ResolvedEntity).type !== 'GPE') continue;
    score.set(id, (score.get(id) ?? 0) + e.salience);
    const at = e.mentions.reduce((lo, m) => Math.min(lo, m.start), Number.MAX_SAFE_INTEGER);
    first.set(id, Math.min(first.get(id) ?? at, at));
  }
  const ranked = [...score.keys()].sort((a, b) => (score.get(b) as number) - (score.get(a) as number) || (first.get(a) as number) - (first.get(b) as number));
  // "TROMSØ, Norway (Example Wire) -": a country named in the dateline comes first
  const s0 = doc.n > 0 ? afterDateline(doc, 0, doc.sentEnd[0] as number) : 0;
  for (let t = 0; t < s0; t++) {
    const id = entityIdAt(index, t);
    if (id && score.has(id)) return [id, ...ranked.filter((r) => r !== id)];
  }
  return ranked;
}

/**
 * A person's country from the actor dictionary (kb-data/actors.json, PETRARCH2's Phoenix actors): one country in every
 * entry of a full name the article writes ("Joe Biden", "Mario Draghi"). The entries' dates are not read: a post held
 * years ago, or one the dictionary closes too early, still says whose side the person is on; a name the dictionary
 * gives several countries says nothing.
 */
function dictionaryCountry(kb: KB, e: ResolvedEntity): string | null {
  const seen = new Set<string>();
  for (const m of e.mentions) {
    if (m.kind !== 'name' || !m.text.includes(' ') || seen.has(m.text)) continue;
    seen.add(m.text);
    const spans = kb.actorPerson(m.text);
    if (!spans || spans.length === 0) continue;
    let iso: string | null = null;
    for (const sp of spans) {
      if (sp.country === null) continue;
      if (iso !== null && sp.country !== iso) return null;
      iso = sp.country;
    }
    if (iso) return iso;
  }
  return null;
}
