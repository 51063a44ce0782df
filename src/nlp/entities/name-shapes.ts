// Post-steps of the entity recognizer that fix the extent and type of names from the shape of the text around them,
// whatever recognizer proposed them: Arabic and other name particles ("Yasir al-Amin"), hyphenated given names
// ("Lin Mei-hua"), organisation names defined by an acronym in brackets, an "of X" that belongs to a possessive after
// it, demonyms the gazetteer also lists as a country's short name ("Saudi negotiators"), city names the tagger took for
// people, people the tagger took for places, and what is no name at all (handles, time zones).
import type { EntityType } from '../../core/analysis.js';
import type { KB } from '../../kb/types.js';
import { POS_INDEX, type Doc, type EntityMention } from '../types.js';
import { glued, POSSESSIVE_MARKS } from '../tokenize.js';
import { coordinatedModifier, entityMention, hyphenCompound, isCapitalized, reachingTo, retyped } from './rules.js';
import { DISEASES, FIRST_HEADS, HONORIFICS, KIN_NOUNS, PLURAL_TITLES, LOC_HEADS, NAME_PARTICLES, NOT_NAMES, ORG_HEADS, PERSON_NOUNS, ROLE_HEADS, ROLE_MODIFIERS, TITLE_MODIFIERS } from './lexicon.js';

const DASHES = new Set(['-', '–', '—', '‐']);
/** lower-case Arabic articles written hyphenated to the next name part ("al-Amin", "el-Sisi", "ash-Sharaa") */
const HYPHEN_ARTICLES = new Set(['al', 'el', 'ad', 'ash', 'as', 'az', 'ul', 'ud', 'an', 'ar', 'at']);
/** lower-case particles written with a space before the next name part ("bin Salman", "ibn Saud", "abu Bakr") */
const SPACED_PARTICLES = new Set(['bin', 'bint', 'ibn', 'abu', 'bin.', 'ould', 'wad']);
/** English second parts of hyphenated compounds after a name ("Biden-led", "Putin-era"): not a given-name syllable */
const COMPOUND_TAILS = new Set([
  'led', 'backed', 'based', 'born', 'era', 'style', 'like', 'aligned', 'allied', 'appointed', 'owned', 'controlled',
  'run', 'linked', 'funded', 'type', 'esque', 'ite', 'ites', 'ist', 'ists', 'ism', 'friendly', 'leaning', 'free',
  'made', 'held', 'built', 'brokered', 'sponsored', 'supported', 'inspired', 'themed', 'related', 'specific', 'wide',
  'level', 'class', 'based', 'area', 'bound', 'year', 'old', 'day', 'time', 'term', 'long', 'way', 'only', 'over',
  'up', 'in', 'out', 'off', 'on', 'to', 'and', 'or', 'the', 'a', 'de', 'la', 'sur', 'am', 'bashing', 'hating',
]);
/** verbs of posting a message: "wrote on WhatsApp" */
const POSTED = new Set(['wrote', 'posted', 'said', 'announced', 'published', 'shared', 'tweeted', 'write', 'writes', 'posts', 'says', 'statement', 'message', 'post', 'video', 'posting', 'writing']);
/** lower-case nouns after a name that make it a place of that kind ("the Tarvo crossing", "the Belan Pass sector"); a
 * facility noun is part of the facility's name */
const PLACE_TAILS: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ['crossing', 'FAC'], ['checkpoint', 'FAC'], ['airbase', 'FAC'], ['airfield', 'FAC'], ['dam', 'FAC'],
  ['sector', 'LOC'], ['valley', 'LOC'], ['river', 'LOC'], ['mountains', 'LOC'], ['plateau', 'LOC'],
  ['region', 'GPE'], ['district', 'GPE'], ['province', 'GPE'], ['governorate', 'GPE'], ['oblast', 'GPE'],
  ['township', 'GPE'], ['municipality', 'GPE'], ['county', 'GPE'], ['prefecture', 'GPE'],
]);
/** lower-case nouns after a name that classify it as an armed or criminal group ("the Kolo Bandi gang") */
const GROUP_TAILS: ReadonlySet<string> = new Set(['gang', 'gangs', 'militia', 'militias', 'cartel', 'cartels', 'faction']);
/** lower-case nouns after a name that make it a news medium ("Kelmar news agency", "the Dorvik newspaper") */
const MEDIA_TAILS: ReadonlySet<string> = new Set(['agency', 'newspaper', 'broadcaster', 'daily', 'weekly', 'channel']);

/** token b (and b + 1 after "news") is a media noun: "agency", "news agency", "newspaper" */
export function mediaTail(doc: Doc, b: number): boolean {
  const w = doc.words[b] as string;
  return MEDIA_TAILS.has(w) || (w === 'news' && MEDIA_TAILS.has(doc.words[b + 1] ?? '')) ||
    (SERVICE_KINDS.has(w) && (doc.words[b + 1] === 'service' || doc.words[b + 1] === 'agency'));
}

/** "the Shin Bet security service", "the Mukhabarat intelligence agency" */
const SERVICE_KINDS: ReadonlySet<string> = new Set(['security', 'intelligence', 'spy', 'secret']);

/** lower-case nouns after "<capital>'s" that belong to the city, not the government it stands for ("Kyiv's mayor") */
const CITY_NOUNS: ReadonlySet<string> = new Set(['mayor', 'residents', 'inhabitants', 'streets', 'suburbs', 'outskirts', 'downtown', 'districts',
  'neighbourhoods', 'neighborhoods', 'city', 'airport', 'metro', 'subway', 'skyline', 'hospitals', 'port']);

/** participles after a hyphen that place what a city's name qualifies there ("Kyiv-based", "Beijing-bound") */
const WHERE_SUFFIXES: ReadonlySet<string> = new Set(['based', 'born', 'bound', 'headquartered', 'listed', 'registered']);

/** a city at least this large is the place, not a namesake person */
const MIN_CITY_POP = 20000;
/** a one-word name after "in" is the city rather than a person from this size on */
const BIG_CITY_POP = 100000;
/** heads that end the names of bodies and never of places (not "Union": "Soviet Union"; "Bank": "West Bank"; "Federation") */
const BODY_ENDS: ReadonlySet<string> = new Set(['Commission', 'Authority', 'Council', 'Committee', 'Agency', 'Ministry', 'Department', 'Organization',
  'Organisation', 'Corporation', 'Company', 'Forces', 'Army', 'Navy', 'Police', 'Party', 'Front', 'Movement', 'Fund', 'Board', 'Bureau',
  'Secretariat', 'Directorate', 'Institute', 'Association', 'Programme', 'Coalition', 'Office', 'Service', 'Brigade', 'Brigades']);

/** the title that ends a post's name before "'s Office" and the bodies named so */
const TITLE_NOUNS: ReadonlySet<string> = new Set(['President', 'Minister', 'General', 'Governor', 'Mayor', 'Premier', 'Chancellor', 'Speaker', 'Ombudsman',
  'Secretary', 'Secretary-General', 'Prosecutor', 'Commissioner', 'Auditor', 'Comptroller', 'Registrar', 'Controller', 'Treasurer']);
const TITLE_BODIES: ReadonlySet<string> = new Set(['Office', 'Department', 'Secretariat', 'Bureau', 'Chambers']);
/** a town a multi-word alternate name must have this many people to be read as, not as a person */
const ALT_CITY_POP = 50000;
/** compass words that open names of divisions and regions, never of people */
const COMPASS_FIRST: ReadonlySet<string> = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Upper', 'Lower', 'Central']);

function span(doc: Doc, a: number, b: number, type: EntityType, kind: EntityMention['kind'], score: number | undefined): EntityMention {
  const start = doc.starts[a] as number;
  const end = doc.ends[b - 1] as number;
  return entityMention(start, end, a, b, doc.text.slice(start, end), type, kind, score);
}


/**
 * A longer romanised Korean or Chinese syllable ("kyeong", "hyeong", "shuang", "zhuang"): consonants, vowels, then at
 * most a nasal or a stop; English words of that length do not have this shape ("backed", "funded", "centric")
 */
const ROMANISED_SYLLABLE = /^[bcdghjkmnprstwyz]{0,3}[aeiouy]{2,4}(?:ng|n|m|k|l|p|t)?$/;

/**
 * The token after the end of a name that particles and hyphenated syllables carry on: "Yasir| al-Amin",
 * "Khalid| bin Salman", "Lin Mei|-hua", "Kim Jong|-un". Returns the new end (exclusive) or `b`.
 */
function nameTail(doc: Doc, b: number): number {
  let e = b;
  for (let guard = 0; guard < 3 && e < doc.n; guard++) {
    const w = doc.lower[e] as string;
    // "al-Amin": article, hyphen, capitalised part, all glued
    if (HYPHEN_ARTICLES.has(w) && e + 2 < doc.n && DASHES.has(doc.words[e + 1] as string) && glued(doc, e + 1) && glued(doc, e + 2) &&
      isCapitalized(doc.words[e + 2] as string) && doc.sentOf[e + 2] === doc.sentOf[b - 1]) {
      e += 3;
      continue;
    }
    // "bin Salman", "ibn Saud"
    if (SPACED_PARTICLES.has(w) && e + 1 < doc.n && isCapitalized(doc.words[e + 1] as string) && doc.sentOf[e + 1] === doc.sentOf[b - 1]) {
      e += 2;
      continue;
    }
    // "Yu-ting", "Jong-un": a lower-case syllable glued by a hyphen to the last (capitalised) name word
    if (e === b && DASHES.has(doc.words[e] as string) && e + 1 < doc.n && glued(doc, e) && glued(doc, e + 1) && isCapitalized(doc.words[e - 1] as string)) {
      const s = doc.words[e + 1] as string;
      const after = doc.words[e + 2];
      if ((/^\p{Ll}{1,5}$/u.test(s) || ROMANISED_SYLLABLE.test(s)) && !COMPOUND_TAILS.has(s) && !(after !== undefined && DASHES.has(after) && glued(doc, e + 2))) {
        e += 2;
        continue;
      }
    }
    break;
  }
  return e;
}

const CLOCK_SUFFIX = new Set(['a.m.', 'p.m.', 'am', 'pm']);
/** "17:50 TST", "10:15 BRT": an upper-case abbreviation right after a clock time is its time zone */
function timeZone(doc: Doc, m: EntityMention): boolean {
  return m.tokenEnd - m.tokenStart === 1 && m.tokenStart > 0 && /^\p{Lu}{2,5}$/u.test(m.text) && (/^\d{1,2}[:.]\d{2}$/.test(doc.words[m.tokenStart - 1] as string) || CLOCK_SUFFIX.has(doc.lower[m.tokenStart - 1] as string));
}

/** initials of a run of capitalised words: "Joint Border Monitoring Office" -> JBMO; function words add nothing */
function initials(doc: Doc, a: number, b: number): string {
  let s = '';
  for (let k = a; k < b; k++) {
    const w = doc.words[k] as string;
    if (!isCapitalized(w)) continue;
    for (const part of w.split(/[-‐]/)) if (part) s += part[0];
  }
  return s.toUpperCase();
}

/** initials of every word of a run, function words too: "Alternative for Germany" -> AFG */
function allInitials(doc: Doc, a: number, b: number): string {
  let s = '';
  for (let k = a; k < b; k++) {
    const w = doc.words[k] as string;
    if (DASHES.has(w)) continue;
    s += w[0];
  }
  return s.toUpperCase();
}

/** what may follow an acronym given as ", or ACR" */
const ACR_AFTER_OR = new Set([',', '.', ')', ';', '—', '–']);

const RUN_JOINERS = new Set(['of', 'for', 'and', 'the', 'on', '&']);

/**
 * "the Joint Border Monitoring Office (JBMO)", "the Coastal Shipping Safety centre (CSS)": a run
 * of capitalised words whose initials spell the acronym in brackets after it (a lower-case head noun may stand
 * between) is one name. Returns [start, end) of the run or null.
 */
function acronymRun(doc: Doc, open: number): [number, number, number] | null {
  // the acronym: one token, or glued tokens joined by hyphens ("ASEAN-ERAT"), then ")"; or ", or ACR," ("the Tehreek-e-Taliban
  // Pakistan, or TTP, which ...")
  const orForm = doc.words[open] === 'or';
  let close = open + 2;
  while (close < doc.n && close - open <= 4 && doc.words[close] !== ')' && !(orForm && ACR_AFTER_OR.has(doc.words[close] as string)) && glued(doc, close)) close++;
  if (orForm ? !ACR_AFTER_OR.has(doc.words[close] ?? '.') || !/^\p{Lu}{2,6}$/u.test(doc.words[open + 1] as string) : doc.words[close] !== ')') return null;
  const acr = doc.text.slice(doc.starts[open + 1] as number, doc.ends[close - 1] as number);
  // "Alternative for Germany (AfD)", "Ministry of Defence (MoD)": a lower-case letter stands for a function word
  const mixed = /^\p{Lu}(?=.*\p{Lu})[\p{L}\d&-]{1,11}$/u.test(acr) && /\p{Ll}/u.test(acr) && !/\p{Ll}{2}/u.test(acr);
  if (!mixed && !/^[\p{Lu}][\p{Lu}\d&-]{1,11}$/u.test(acr)) return null;
  const letters = mixed ? acr.replace(/[^\p{L}]/gu, '').toUpperCase() : acr.replace(/[^\p{Lu}]/gu, '');
  // "AU Flood Relief and Logistics Unit (AU-FRLU)": a prefix written out in full, then initials
  const dash = acr.indexOf('-');
  const prefix = dash > 0 ? acr.slice(0, dash) : '';
  const rest = dash > 0 ? acr.slice(dash + 1).replace(/[^\p{Lu}]/gu, '') : '';
  let b = orForm ? open - 1 : open;
  // one lower-case head noun between the name and the brackets ("centre", "agency")
  if (!orForm && b > 0 && /^\p{Ll}+$/u.test(doc.words[b - 1] as string) && !RUN_JOINERS.has(doc.lower[b - 1] as string) && b - 1 > 0 && isCapitalized(doc.words[b - 2] as string)) b--;
  const s0 = doc.sentStart[doc.sentOf[open] as number] as number;
  let a = b;
  while (a > s0 && b - a < 12) {
    const w = doc.words[a - 1] as string;
    // (hyphenated parts glued inside one word belong to it: "Tehreek-e-Taliban")
    const inWord = a - 1 > s0 && glued(doc, a) && glued(doc, a - 1) && (DASHES.has(w) || /^\p{Ll}{1,3}$/u.test(w));
    if (isCapitalized(w) || inWord || ((RUN_JOINERS.has(doc.lower[a - 1] as string)) && a - 1 > s0 && isCapitalized(doc.words[a - 2] as string))) a--;
    else break;
    if (!isCapitalized(doc.words[a] as string)) continue;
    const ini = mixed ? allInitials(doc, a, b) : initials(doc, a, b);
    if (ini === letters || (prefix && doc.words[a] === prefix && b - a > 1 && initials(doc, a + 1, b) === rest)) return [a, b, close];
    if (ini.length > letters.length) return null;
  }
  return null;
}

/** Styles and title modifiers of people outside the titles list: "Hon. Jane Doe", "the Honourable ...", "Emeritus Professor". */
const STYLES: ReadonlySet<string> = new Set(['Hon.', 'Hon', 'Honourable', 'Honorable', 'Emeritus']);

/**
 * "Hon. Wafula", "Emeritus Professor Whitfield": a style before a name or a title is no name of its own and no part of
 * the person's name (a mention of the style alone is dropped, a leading style cut off a person's name).
 */
function courtesyTitles(doc: Doc, mentions: EntityMention[]): EntityMention[] {
  if (!mentions.some((m) => STYLES.has(doc.words[m.tokenStart] as string))) return mentions;
  const out: EntityMention[] = [];
  for (const m of mentions) {
    const a = m.tokenStart;
    if (!STYLES.has(doc.words[a] as string)) out.push(m);
    else if (m.tokenEnd - a > 1 && m.type === 'PERSON') out.push(span(doc, a + 1, m.tokenEnd, 'PERSON', m.kind, m.score));
    else if (m.tokenEnd - a > 1 || !isCapitalized(doc.words[a + 1] ?? '')) out.push(m);
  }
  return out;
}

/**
 * xs without the mentions f rejects, in a new array built by push: Array.prototype.filter returns arrays of several
 * hidden classes (an empty result, a result from optimised code), each new one a deopt of the code that reads it;
 * arrays built by push from one literal keep one class.
 */
function kept(xs: readonly EntityMention[], f: (m: EntityMention) => boolean): EntityMention[] {
  const r: EntityMention[] = [];
  for (let i = 0; i < xs.length; i++) {
    const m = xs[i] as EntityMention;
    if (f(m)) r.push(m);
  }
  return r;
}

/** mentions in text order */
function byStart(x: EntityMention, y: EntityMention): number {
  return x.start - y.start;
}

/**
 * The recognizer's post-steps (entities/name-shapes.ts header). `mentions` sorted or not; returns them sorted by
 * start, non-overlapping where they were. Each step is a function of its own (a step that a rare rule deoptimises is
 * recompiled alone, not the whole chain: the chain as one function was recompiled some fifteen times a run).
 */
export function fixNameShapes(doc: Doc, kb: KB, mentions: EntityMention[]): EntityMention[] {
  const named = withoutTitleModifiers(doc, withoutVessels(doc, datelinePlaces(doc, kb, withoutNonNames(doc, mentions))));
  let out = modifierReadings(doc, kb, acronymShapes(doc, kb, withoutCommonWords(doc, kb, courtesyTitles(doc, named))));
  out.sort(byStart);
  hyphenatedGivenNames(doc, out);
  const added: EntityMention[] = [];
  out = titleOffices(doc, postingPlatforms(doc, kb, acronymDefinitions(doc, out, added), added), added);
  if (added.length > 0) {
    for (const m of added) out.push(m);
    out.sort(byStart);
  }
  const res = titledConjuncts(doc, reshaped(doc, kb, out));
  placesTakenForPeople(doc, kb, res);
  unknownTownsAsDivisions(doc, kb, res);
  islandsAsFeatures(doc, kb, res);
  facilityHeadedPlaces(doc, res);
  const shaped = coordinatedPlaces(doc, kb, riverShortForms(doc, kb, facilityTails(doc, kb, demonymParties(doc, res))));
  return partiesByNoun(doc, kb, bodyOfPossessor(doc, kb, shaped));
}

/**
 * "Head of State Kassym-Jomart Tokayev": a person's name does not begin inside a hyphenated word, so a person mention
 * that starts right after a hyphen glued to a capitalised word (a given name the recognizers did not know, read as the
 * end of the title before it) takes that word in. `mentions` sorted by start; replaced in place.
 */
function hyphenatedGivenNames(doc: Doc, mentions: EntityMention[]): void {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as EntityMention;
    const a = m.tokenStart;
    if (m.type !== 'PERSON' || a < 2 || !DASHES.has(doc.words[a - 1] as string) || !glued(doc, a - 1) || !glued(doc, a)) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(doc.words[a - 2] as string) || doc.sentOf[a - 2] !== doc.sentOf[a]) continue;
    if (mentions.some((o) => o !== m && o.tokenStart <= a - 2 && o.tokenEnd > a - 2)) continue;
    mentions[i] = span(doc, a - 2, m.tokenEnd, 'PERSON', m.kind, m.score);
  }
}

/**
 * "Foreign Ministers Jeyhun Bayramov and Ararat Mirzoyan", "Presidents Biden and Yoon": the capitalised run after "and"
 * that closes a plural title's coordination is the second person's name, whatever its words were read as alone (a place
 * named like a given name or a surname). `mentions` sorted by start; returns them sorted.
 */
function titledConjuncts(doc: Doc, mentions: EntityMention[]): EntityMention[] {
  let out = mentions;
  for (let i = 0; i < out.length; i++) {
    const p = out[i] as EntityMention;
    const s = p.tokenEnd + 1;
    if (p.type !== 'PERSON' || p.tokenStart === 0 || !PLURAL_TITLES.has(doc.words[p.tokenStart - 1] as string) || doc.lower[p.tokenEnd] !== 'and') continue;
    let e = s;
    while (e < doc.n && e - s < 4 && doc.sentOf[e] === doc.sentOf[s] && isCapitalized(doc.words[e] as string) && !NOT_NAMES.has(doc.words[e] as string)) e++;
    if (e === s || (e < doc.n && isCapitalized(doc.words[e] as string))) continue;
    const inside = out.filter((m) => m.tokenStart < e && m.tokenEnd > s);
    if (inside.some((m) => m.tokenStart < s || m.tokenEnd > e) || (inside.length === 1 && inside[0]?.type === 'PERSON' && inside[0].tokenEnd - inside[0].tokenStart === e - s)) continue;
    const kept = out.filter((m) => !inside.includes(m));
    kept.push(span(doc, s, e, 'PERSON', 'name', p.score));
    out = kept.sort(byStart);
  }
  return out;
}

/** The mentions that can be names at all: no handle ("@x"), time zone, disease, nor a title before its complement. */
function withoutNonNames(doc: Doc, mentions: readonly EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of mentions) if (!m.text.startsWith('@') && !timeZone(doc, m) && !DISEASES.has(m.text.toLowerCase()) && !titleWithComplement(doc, m)) out.push(m);
  return out;
}

/** "Rear Admiral Ito": a word that only modifies the title after it is no name of its own (a new array). */
function withoutTitleModifiers(doc: Doc, mentions: readonly EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of mentions) if (!(m.tokenEnd - m.tokenStart === 1 && TITLE_MODIFIERS.has(m.text) && HONORIFICS.has(doc.words[m.tokenEnd] ?? ''))) out.push(m);
  return out;
}

/** "our Member States", "the Gulf States": a country's name known only with "the" before it ("the States") is no country without it */
function countryWithoutThe(doc: Doc, kb: KB, m: EntityMention): boolean {
  return m.type === 'GPE' && m.tokenEnd - m.tokenStart === 1 && (m.tokenStart === 0 || doc.lower[m.tokenStart - 1] !== 'the') && theOnlyName(kb, m.text);
}

/** "met at the Palace": a place or organisation head alone after "the" stands for a name given before, no person */
function headForName(doc: Doc, m: EntityMention): boolean {
  return m.type === 'PERSON' && m.tokenEnd - m.tokenStart === 1 && m.tokenStart > 0 && doc.lower[m.tokenStart - 1] === 'the' && (LOC_HEADS.has(m.text) || ORG_HEADS.has(m.text));
}

/**
 * "Bidenomics", "Trumpism", "the Biden-Harris administration", "Chief of Naval Staff": a word derived from a name, two
 * names joined by a hyphen before a noun and a title's last word name a policy, a movement, a partnership or a post, no person
 */
function notAPerson(doc: Doc, m: EntityMention): boolean {
  return m.type === 'PERSON' && (DERIVED_FROM_NAME.test(m.text) || hyphenedPair(doc, m) || titleTail(doc, m));
}

/** the one-word mention m may be a common noun: a person, an organisation or untyped, opening its sentence */
function oneWordOpener(doc: Doc, m: EntityMention): boolean {
  return (m.type === 'ORG' || m.type === 'PERSON' || m.type === 'OTHER') && m.tokenEnd - m.tokenStart === 1 && m.tokenStart === doc.sentStart[doc.sentOf[m.tokenStart] as number];
}

/**
 * "Traders say", "Protesters gathered": a plural of people by what they do, opening a sentence before a lower-case word,
 * is a common noun the capital letter only begins the sentence (not a name the knowledge base knows: "Reuters")
 */
function agentPluralOpener(doc: Doc, kb: KB, m: EntityMention): boolean {
  return oneWordOpener(doc, m) && AGENT_PLURAL.test(m.text) && /^\p{Ll}/u.test(doc.words[m.tokenEnd] ?? '') && !kb.phrases.has(m.text) && !kb.orgByName(m.text);
}

/** a capitalised sentence opener before a lower-case word, which the article may write in lower case elsewhere */
function capitalisedOpener(doc: Doc, m: EntityMention): boolean {
  return oneWordOpener(doc, m) && /^\p{Lu}\p{Ll}+$/u.test(m.text) && /^\p{Ll}/u.test(doc.words[m.tokenEnd] ?? '');
}

/** "Finally, ...", "Lastly, ...": a sentence adverb opening its sentence before a comma is no name */
function sentenceAdverb(doc: Doc, kb: KB, m: EntityMention): boolean {
  return m.tokenEnd - m.tokenStart === 1 && m.tokenStart === doc.sentStart[doc.sentOf[m.tokenStart] as number] && doc.words[m.tokenEnd] === ',' &&
    SENTENCE_ADVERB.test(m.text) && !kb.isGivenName(m.text) && !kb.phrases.has(m.text);
}

/**
 * The mentions without common words read as names: countries named only with "the", heads standing for a name, words
 * derived from names, plurals of agents and other capitalised sentence openers ("Barges carrying grain ... the barges":
 * a word the article also writes in lower case mid-sentence, not a name the knowledge base knows), sentence adverbs.
 */
function withoutCommonWords(doc: Doc, kb: KB, mentions: readonly EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  // (the set of lower-case words is built once, on the first sentence opener that asks)
  let lowerWords: Set<string> | null = null;
  for (const m of mentions) {
    if (countryWithoutThe(doc, kb, m) || headForName(doc, m) || notAPerson(doc, m) || agentPluralOpener(doc, kb, m)) continue;
    if (capitalisedOpener(doc, m) && (lowerWords ??= lowerCaseWords(doc)).has(doc.lower[m.tokenStart] as string) && !kb.phrases.has(m.text) && !kb.orgByName(m.text) &&
      !kb.isGivenName(m.text)) continue;
    if (sentenceAdverb(doc, kb, m)) continue;
    out.push(m);
  }
  return out;
}

/**
 * "MOL said", "a deal with ENI": a lone word of two to five capitals inside a sentence is an acronym, no person's name
 * (a dateline's city opens its sentence)
 */
function personAcronym(doc: Doc, m: EntityMention): boolean {
  return m.type === 'PERSON' && m.tokenEnd - m.tokenStart === 1 && ACRONYM_SHAPE.test(m.text) && m.tokenStart !== doc.sentStart[doc.sentOf[m.tokenStart] as number];
}

/**
 * "Katyusha rockets", "Grad launchers", "under Sharia law": an unknown word written right before a lower-case noun of a
 * weapon or of a body of law names a make or a code, no person or body (names the knowledge base knows keep theirs)
 */
function productName(doc: Doc, kb: KB, m: EntityMention): boolean {
  return (m.type === 'PERSON' || m.type === 'ORG' || m.type === 'OTHER') && m.tokenEnd - m.tokenStart === 1 && m.tokenEnd < doc.n &&
    PRODUCT_NOUNS.has(doc.words[m.tokenEnd] as string) && doc.starts[m.tokenEnd] === m.end + 1 && !kb.phrases.has(m.text) && !kb.orgByName(m.text);
}

/**
 * Acronyms: a person's one-word acronym is an organisation, a make or a code is no name, and "SPLM/A" (the movement and
 * its army: an acronym with one or two more capitals joined by a slash) is one name.
 */
function acronymShapes(doc: Doc, kb: KB, mentions: readonly EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const x of mentions) {
    let m = x;
    if (personAcronym(doc, m)) m = retyped(m, 'ORG');
    if (productName(doc, kb, m)) continue;
    if (m.type === 'ORG' && ACRONYM_SHAPE.test(m.text) && slashLetters(doc, m.tokenEnd)) m = extendTo(doc, m, m.tokenEnd + 2);
    out.push(m);
  }
  return out;
}

/**
 * "ZANU-PF", "SPLM-IO": the organisation acronym m with another of up to four capitals joined by a hyphen is one name
 * (the second part no name of its own; `next` the mention after m)
 */
function hyphenedAcronym(doc: Doc, m: EntityMention, next: EntityMention | undefined): boolean {
  return m.type === 'ORG' && ACRONYM_SHAPE.test(m.text) && hyphenLetters(doc, m.tokenEnd) && !((next?.tokenStart ?? doc.n) <= m.tokenEnd + 1);
}

/**
 * "its Spanish initials", "the French word for": a language, not a people; "the Arctic archipelago's status", "a Baltic
 * security expert": a one-word sea or region name used as an adjective before a noun (not a place noun: "the Sahel
 * region", "Baltic states") names no place
 */
function adjectiveOnly(doc: Doc, kb: KB, m: EntityMention): boolean {
  return (m.type === 'NORP' && m.tokenEnd < doc.n && LANGUAGE_NOUNS.has(doc.lower[m.tokenEnd] as string)) ||
    // ("residents speak Russian at home": the language spoken)
    (m.type === 'NORP' && m.tokenStart > 0 && SPEAK.test(doc.lower[m.tokenStart - 1] as string)) ||
    (m.type === 'LOC' && m.tokenEnd - m.tokenStart === 1 && m.tokenEnd < doc.n && adjectivalRegion(doc, kb, m));
}

/**
 * "Latin American countries", "the Syrian border", "Chinese imports": a demonym that describes places or things names
 * no people (null); "the Australian side" is the country. Other mentions are returned as they are.
 */
function demonymReading(doc: Doc, kb: KB, m: EntityMention): EntityMention | null {
  if (m.type !== 'NORP') return m;
  // ("the Russian and Ukrainian capitals": the noun after the second of two coordinated demonyms)
  const list = listEnd(doc, m.tokenEnd);
  const head = list > m.tokenEnd ? headAfter(doc, list) : coordinatedModifier(doc, m.tokenEnd) ? m.tokenEnd + 2 : headAfter(doc, m.tokenEnd);
  if (head >= 0 && doc.lower[head] === 'side' && kb.countryByDemonym(m.text)) return retyped(m, 'GPE');
  // ("against Israeli military policies", "Syrian army positions": the armed forces or the government named right
  // after the demonym act, whatever the thing after them)
  if (head > m.tokenEnd && STATE_AGENTS.has(doc.lower[m.tokenEnd] as string)) return m;
  return head >= 0 && THING_HEADS.has(doc.lower[head] as string) ? null : m;
}

/**
 * "Islamic State West Africa Province", "Islamic State Khorasan Province": a place-like name that opens with the name of
 * an organisation the knowledge base knows is that organisation's branch; "the Lake Chad Basin Commission", "the Mekong
 * River Commission": a place's name with the head of a body after it names that body
 */
function placeNamedBody(doc: Doc, kb: KB, m: EntityMention): boolean {
  return (m.type === 'LOC' || m.type === 'GPE' || m.type === 'FAC') && m.tokenEnd - m.tokenStart >= 2 && !kb.phrases.has(m.text) && kb.admin1(m.text).length === 0 &&
    (BODY_ENDS.has(doc.words[m.tokenEnd - 1] as string) || (m.type !== 'FAC' && m.tokenEnd - m.tokenStart >= 3 && orgPrefix(doc, kb, m.tokenStart, m.tokenEnd)));
}

/** nouns of a body that an apposition may call a name: "the X Facility, the fund Brazil launched" */
const APPOSED_BODIES: ReadonlySet<string> = new Set([
  'fund', 'agency', 'body', 'bank', 'lender', 'organisation', 'organization', 'group', 'programme', 'program',
  'initiative', 'alliance', 'coalition', 'charity', 'foundation', 'institution', 'consortium',
]);
/**
 * "the Tropical Forest Forever Facility, the fund Brazil launched ...", "the Kivu Corridor, an alliance of ...": a
 * place-like name that an apposition right after it calls a body is that body
 */
function bodyInApposition(doc: Doc, m: EntityMention): boolean {
  if ((m.type !== 'FAC' && m.type !== 'LOC') || doc.words[m.tokenEnd] !== ',') return false;
  const det = doc.lower[m.tokenEnd + 1];
  if (det !== 'the' && det !== 'a' && det !== 'an') return false;
  // (one modifier may stand before the noun: "a regional alliance", "the new fund")
  return APPOSED_BODIES.has(doc.lower[m.tokenEnd + 2] as string) || (APPOSED_BODIES.has(doc.lower[m.tokenEnd + 3] as string) && /^[a-z]/.test(doc.words[m.tokenEnd + 2] as string));
}

/**
 * Names read by what stands around them: hyphenated acronyms, languages and regions used as adjectives, "Kosti on the
 * White Nile" (a division named after the river it lies on, written with "the" and no division word after it, is the
 * river), demonyms that describe things, bodies named after places.
 */
function modifierReadings(doc: Doc, kb: KB, mentions: readonly EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    let m = mentions[i] as EntityMention;
    if (hyphenedAcronym(doc, m, mentions[i + 1])) m = extendTo(doc, m, m.tokenEnd + 2);
    if (adjectiveOnly(doc, kb, m)) continue;
    if (m.type === 'GPE' && m.kind === 'name' && riverNamedDivision(doc, kb, m)) m = retyped(m, 'LOC');
    // "the Paraná river": a division's name before a lower-case "river" is the river it is named after
    if (m.type === 'GPE' && m.kind === 'name' && divisionBeforeRiver(doc, kb, m)) m = retyped(extendTo(doc, m, m.tokenEnd + 1), 'LOC');
    const d = demonymReading(doc, kb, m);
    if (d === null) continue;
    m = d;
    if (placeNamedBody(doc, kb, m) || bodyInApposition(doc, m)) m = retyped(m, 'ORG', 'name');
    out.push(m);
  }
  return out;
}

/**
 * Acronym definitions: the run before "(ACR)" (or ", or ACR,") is one organisation name unless one mention already
 * spans it exactly, and the acronym is one too; the mentions they replace leave `out`, the new ones go to `added`.
 */
function acronymDefinitions(doc: Doc, mentions: EntityMention[], added: EntityMention[]): EntityMention[] {
  let out = mentions;
  for (let k = 1; k + 2 < doc.n; k++) {
    if (doc.words[k] !== '(' && !(doc.words[k] === 'or' && doc.words[k - 1] === ',')) continue;
    const run = acronymRun(doc, k);
    if (!run) continue;
    const [a, b, close] = run;
    const inside: EntityMention[] = []; // by push: an optimised filter's empty result has another hidden class
    for (const m of out) if (m.tokenStart < b && m.tokenEnd > a) inside.push(m);
    const exact = inside.length === 1 && inside[0]?.tokenStart === a && inside[0]?.tokenEnd === b;
    // a mention reaching outside the run (a person before it) is left alone
    if (inside.some((m) => m.tokenStart < a || m.tokenEnd > b || m.type === 'PERSON')) continue;
    const inAcr: EntityMention[] = [];
    for (const m of out) if (m.tokenStart < close && m.tokenEnd > k + 1) inAcr.push(m);
    const acrOk = inAcr.length === 1 && inAcr[0]?.tokenStart === k + 1 && inAcr[0]?.tokenEnd === close && inAcr[0]?.type === (exact ? inside[0]?.type : 'ORG');
    if (exact && acrOk) continue;
    if (!exact) {
      out = kept(out, (m) => !inside.includes(m));
      added.push(span(doc, a, b, 'ORG', 'name', 2.5));
    }
    if (!acrOk && !inAcr.some((m) => m.tokenStart < k + 1 || m.tokenEnd > close)) {
      out = kept(out, (m) => !inAcr.includes(m));
      added.push(span(doc, k + 1, close, exact ? (inside[0]?.type ?? 'ORG') : 'ORG', 'name', 2.5));
    }
  }
  return out;
}

/**
 * "wrote on WhatsApp", "posted on X": the platform a statement was posted on is an organisation (an untyped mention
 * there leaves `out`; the organisation goes to `added`)
 */
function postingPlatforms(doc: Doc, kb: KB, mentions: EntityMention[], added: EntityMention[]): EntityMention[] {
  let out = mentions;
  for (let k = 2; k < doc.n; k++) {
    if (doc.lower[k - 1] !== 'on' || !POSTED.has(doc.lower[k - 2] as string) || !isCapitalized(doc.words[k] as string)) continue;
    // not "said on Monday", nor a topic ("said on Gaza"): a word the gazetteer knows is no platform
    const w = doc.words[k] as string;
    if ((k + 1 < doc.n && isCapitalized(doc.words[k + 1] as string)) || NOT_NAMES.has(w) || w === 'May' || kb.phrases.has(w) || kb.cities(w).length > 0) continue;
    const at = out.find((m) => m.tokenStart <= k && m.tokenEnd > k);
    if (at && at.type !== 'OTHER') continue;
    if (at) out = kept(out, (m) => m !== at);
    added.push(span(doc, k, k + 1, 'ORG', 'name', 2));
  }
  return out;
}

/**
 * "the Prime Minister's Office", "the Attorney General's Office": the office of a post named by its title is a body (the
 * mentions inside leave `out`; the body goes to `added`)
 */
function titleOffices(doc: Doc, mentions: EntityMention[], added: EntityMention[]): EntityMention[] {
  let out = mentions;
  for (let k = 1; k + 1 < doc.n; k++) {
    if ((doc.words[k] !== "'s" && doc.words[k] !== '’s') || !TITLE_BODIES.has(doc.words[k + 1] as string) || !TITLE_NOUNS.has(doc.words[k - 1] as string)) continue;
    let a = k - 1;
    while (a > 0 && k - a < 4 && HONORIFICS.has(doc.words[a - 1] as string) && doc.sentOf[a - 1] === doc.sentOf[k]) a--;
    if (out.some((m) => m.tokenStart < k + 2 && m.tokenEnd > a && (m.tokenStart < a || m.tokenEnd > k + 2 || m.type !== 'ORG'))) continue;
    if (out.some((m) => m.tokenStart === a && m.tokenEnd === k + 2)) continue;
    out = kept(out, (m) => !(m.tokenStart >= a && m.tokenEnd <= k + 2));
    added.push(span(doc, a, k + 2, 'ORG', 'name', 2));
  }
  return out;
}

/**
 * Each mention read again by the words around it: a person's name runs on into its particles and syllables, places and
 * people taken for one another, names with a facility's, a group's or a medium's noun after them, demonyms, and bodies
 * whose "of" part belongs to a possessive. `mentions` sorted by start; returns them sorted.
 */
function reshaped(doc: Doc, kb: KB, mentions: readonly EntityMention[]): EntityMention[] {
  const res: EntityMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    let m = mentions[i] as EntityMention;
    const next = mentions[i + 1];
    const a = m.tokenStart;
    const b = m.tokenEnd;
    if (m.type === 'PERSON') {
      const e = nameTail(doc, b);
      if (e > b && (!next || next.tokenStart >= b)) {
        // the tail may have been proposed as a name of its own ("Rahman"): it joins the person
        let j = i + 1;
        while (j < mentions.length && (mentions[j] as EntityMention).tokenEnd <= e) j++;
        const after = mentions[j];
        if (!after || after.tokenStart >= e) {
          m = span(doc, a, e, 'PERSON', m.kind, m.score);
          i = j - 1;
        }
      }
      m = personAsPlace(doc, kb, m, a);
    }
    // "Djibouti City", "Panama City": a country's name and "City" (even when "City" was proposed alone) name its
    // capital city, not the country
    if (m.type === 'GPE' && b < doc.n && doc.words[b] === 'City' && doc.sentOf[b] === doc.sentOf[a] && doc.starts[b] === (doc.ends[b - 1] as number) + 1 &&
      (!next || next.tokenStart > b || (next.tokenStart === b && next.tokenEnd === b + 1)) && kb.countryByName(m.text)) {
      m = span(doc, a, b + 1, 'GPE', 'name', m.score);
      if (next?.tokenStart === b) i++;
    }
    m = nounTailReadings(doc, kb, cityReadings(doc, kb, m, a, res[res.length - 1]), a, mentions[i + 1]);
    m = appositionReadings(doc, kb, m, a, b);
    if (!possessiveOfSplit(doc, kb, m, a, b, res)) res.push(m);
  }
  return res;
}

/** The person mention m (from token a) read as a place: a sizeable city's name, a compass word first, a large city after "in". */
function personAsPlace(doc: Doc, kb: KB, m: EntityMention, a: number): EntityMention {
  // "Port Sudan": a multi-word "person" that is the exact name of a sizeable city, with no title before it
  if (m.tokenEnd - a > 1 && !(a > 0 && (HONORIFICS.has(doc.words[a - 1] as string) || ROLE_HEADS.has(doc.lower[a - 1] as string))) && !appositiveRole(doc, m.tokenEnd)) {
    const city = kb.cities(m.text).find((c) => c.name === m.text || c.name.normalize('NFD').replace(/\p{M}/gu, '') === m.text);
    if (city && city.population >= MIN_CITY_POP) m = retyped(m, 'GPE', 'name');
    // "Deir el-Balah", "Khan Younis": the same under a spelling GeoNames lists among a sizeable town's alternate
    // names (a multi-word alternate name of a town of 50,000 is no person's, the actor dictionary's people aside)
    else if (!city && kb.cities(m.text, true).some((c) => c.alternate && c.population >= ALT_CITY_POP) && !kb.actorPerson(m.text)) m = retyped(m, 'GPE', 'name');
  }
  // "North Waziristan", "South Ossetia", "Upper Nile": a compass word opening a multi-word name makes a place of it
  // (a division or a region), no person; a given name opens a person's name
  if (m.type === 'PERSON' && m.tokenEnd - a > 1 && COMPASS_FIRST.has(doc.words[a] as string) && !(a > 0 && HONORIFICS.has(doc.words[a - 1] as string))) {
    m = retyped(m, 'GPE', 'name');
  }
  // "talks in Lyon, the minister said": a one-word "person" right after "in"/"at" that names a large city (a given
  // name too, as many cities are), under its main name or an exonym, is the city; not before "'s" or a name
  if (m.tokenEnd - a === 1 && a > 0 && (doc.lower[a - 1] === 'in' || doc.lower[a - 1] === 'at') && !isCapitalized(doc.words[m.tokenEnd] ?? '') &&
    doc.words[m.tokenEnd] !== "'s" && doc.words[m.tokenEnd] !== '’s' &&
    kb.cities(m.text, true).some((c) => c.population >= BIG_CITY_POP && (!c.alternate || c.featureCode === 'PPLC' || c.featureCode === 'PPLA'))) {
    m = retyped(m, 'GPE', 'name');
  }
  return m;
}

/**
 * The mention m (from token a; `prev` the mention kept before it) read as a person with a town's surname or a Dutch or
 * Spanish particle in the name, or as a city ("the port of Mukalla", "Kyiv's mayor", "a Kyiv-based analyst").
 */
function cityReadings(doc: Doc, kb: KB, m: EntityMention, a: number, prev: EntityMention | undefined): EntityMention {
  // "Ercan Aydın, a trader, said": a surname that is also a town, kept as a place, and an untyped capitalised word
  // right before it are a person's name when a role stands in apposition after them
  if ((m.type === 'GPE' || m.type === 'LOC') && m.kind === 'name' && m.tokenEnd - a === 1 && a > 0 && surnameOfRole(doc, kb, a, prev)) {
    m = span(doc, a - 1, m.tokenEnd, 'PERSON', 'name', m.score);
  }
  // "Marieke van Dam", "Lucia de la Fuente": a known given name, lower-case name particles and a capitalised word are
  // a person's name, whatever place head the last word shares ("Dam", "Fuente"); places the gazetteer knows stay
  if ((m.type === 'FAC' || m.type === 'LOC' || m.type === 'GPE') && m.kind === 'name' && particledName(doc, kb, m)) m = retyped(m, 'PERSON');
  // "the port of Mukalla": a one-word "location" the gazetteer does not know that names a large provincial or national
  // capital (under its main name or an alternate one) is that city
  if (m.type === 'LOC' && m.tokenEnd - a === 1 && !kb.phrases.has(m.text) && !kb.region(m.text) &&
    kb.cities(m.text, true).some((c) => c.population >= BIG_CITY_POP && (c.featureCode === 'PPLA' || c.featureCode === 'PPLC'))) {
    m = retyped(m, 'GPE', 'name');
  }
  // "Kyiv's mayor", "Khartoum's suburbs": a capital that could stand for its government is the city when what it owns
  // is the city's
  if (m.kind === 'metonym' && m.type === 'GPE' && m.tokenEnd + 1 < doc.n && (doc.words[m.tokenEnd] === "'s" || doc.words[m.tokenEnd] === '’s') &&
    CITY_NOUNS.has(doc.words[m.tokenEnd + 1] as string)) {
    m = retyped(m, m.type, 'name');
  }
  // "a Kyiv-based analyst", "a Beijing-bound flight": a capital that says where someone or something is or goes is
  // the city (not "Moscow-backed": the government)
  if (m.kind === 'metonym' && m.type === 'GPE' && m.tokenEnd + 1 < doc.n && DASHES.has(doc.words[m.tokenEnd] as string) && glued(doc, m.tokenEnd) &&
    glued(doc, m.tokenEnd + 1) && WHERE_SUFFIXES.has(doc.lower[m.tokenEnd + 1] as string)) {
    m = retyped(m, m.type, 'name');
  }
  return m;
}

/**
 * The mention m (from token a; `next` the mention after it) read by the noun after it: a television channel, a place
 * or a facility of that kind, a division, an armed group or a news medium.
 */
function nounTailReadings(doc: Doc, kb: KB, m: EntityMention, a: number, next: EntityMention | undefined): EntityMention {
  // "told Channel 4": "Channel" and a number name a television channel, no strait
  if (m.tokenEnd - a === 1 && m.text === 'Channel' && m.tokenEnd < doc.n && /^\d{1,2}$/.test(doc.words[m.tokenEnd] as string) &&
    doc.starts[m.tokenEnd] === (doc.ends[a] as number) + 1 && (!next || next.tokenStart > m.tokenEnd)) {
    m = span(doc, a, m.tokenEnd + 1, 'ORG', 'name', m.score);
  }
  // "the Tarvo crossing", "the Belan Pass sector": a place-kind noun after a name the tagger took for a person or
  // an organisation, or left untyped (not an adjective: "a mountainous region", "an Andean river")
  const adjectiveLike = m.type === 'OTHER' && ((a > 0 && (doc.lower[a - 1] === 'a' || doc.lower[a - 1] === 'an')) || /(?:an|ese|ic|ous)$/.test(m.text));
  if ((m.type === 'PERSON' || m.type === 'ORG' || m.type === 'OTHER') && !adjectiveLike && m.tokenEnd < doc.n && !ORG_HEADS.has(doc.words[m.tokenEnd - 1] as string)) {
    const kind = PLACE_TAILS.get(doc.words[m.tokenEnd] as string);
    // a facility is named with its noun ("Tarvo crossing", as "Washington state"); the town alone is "Tarvo"
    if (kind === 'FAC' && !(a > 0 && HONORIFICS.has(doc.words[a - 1] as string))) m = span(doc, a, m.tokenEnd + 1, 'FAC', 'name', m.score);
    else if (kind && !(a > 0 && HONORIFICS.has(doc.words[a - 1] as string))) m = retyped(m, kind, 'name');
  }
  // "Okinawa prefecture", "the Tarvo district": a place read as a physical feature (an island, a valley) that a
  // division noun follows is that division (not a broad region: "the Sahel region")
  if (m.type === 'LOC' && m.tokenEnd < doc.n && (PLACE_TAILS.get(doc.words[m.tokenEnd] as string) === 'GPE' || doc.words[m.tokenEnd] === 'state') && !kb.region(m.text)?.broad) {
    m = retyped(m, 'GPE', 'name');
  }
  // "the Kolo Bandi gang", "the Red Ridge militia": a name the tagger took for a person is the group a lower-case
  // group noun after it classifies
  if ((m.type === 'PERSON' || m.type === 'OTHER') && m.tokenEnd < doc.n && (GROUP_TAILS.has(doc.words[m.tokenEnd] as string) || mediaTail(doc, m.tokenEnd)) &&
    !(a > 0 && HONORIFICS.has(doc.words[a - 1] as string))) {
    // ("Kelmar news agency": news agencies are named with it, "Kelmar News Agency")
    const agency = doc.words[m.tokenEnd] === 'news' && doc.words[m.tokenEnd + 1] === 'agency' && (!next || next.tokenStart > m.tokenEnd + 1);
    m = agency ? span(doc, a, m.tokenEnd + 2, 'ORG', 'name', m.score) : retyped(m, 'ORG', 'name');
  }
  return m;
}

/** plural verbs of the present ("Analysts at X, who track ...": the relative clause speaks of the analysts) */
const PLURAL_PRESENT: ReadonlySet<string> = new Set(['are', 'have', 'do', 'were']);

/** The verb of a relative clause starting at k (past an adverb: "who also runs") agrees with one person: no plural form, no bare present. */
function singularVerbAt(doc: Doc, k: number): boolean {
  if (k < doc.n && doc.pos[k] === ADV) k++;
  const v = doc.lower[k];
  if (v === undefined || PLURAL_PRESENT.has(v)) return false;
  return doc.pos[k] === AUX || (doc.pos[k] === VERB && (/(?:s|ed)$/.test(v) || IRREGULAR_PAST.has(v)));
}

/** irregular past forms that open a person's relative clause ("who fled", "who led", "who won") */
const IRREGULAR_PAST: ReadonlySet<string> = new Set(['fled', 'led', 'won', 'ran', 'lost', 'fought', 'left', 'became', 'began', 'came', 'went', 'saw', 'took', 'made',
  'spent', 'built', 'held', 'wrote', 'spoke', 'told', 'said', 'met', 'taught', 'grew', 'knew', 'found', 'got', 'gave', 'sent', 'kept', 'brought', 'sold',
  'bought', 'paid', 'heard', 'felt', 'fell', 'flew', 'drove', 'rode', 'stood', 'sat', 'broke', 'chose', 'froze', 'hid', 'hit', 'shot', 'struck', 'swam']);

/** two or three plain capitalised words ("Ana Lui"), no body's or place's head among them, a name the knowledge base does not know */
function personShaped(doc: Doc, kb: KB, m: EntityMention): boolean {
  const len = m.tokenEnd - m.tokenStart;
  if (len < 2 || len > 3 || kb.phrases.has(m.text) || kb.orgByName(m.text)) return false;
  for (let k = m.tokenStart; k < m.tokenEnd; k++) {
    const w = doc.words[k] as string;
    if (!/^\p{Lu}\p{Ll}+$/u.test(w) || ORG_HEADS.has(w) || LOC_HEADS.has(w)) return false;
  }
  return true;
}

/**
 * The mention m (tokens [a, b) before any change) read by the apposition after it (a place that is a person) or as an
 * adjective (a country's short name that is a demonym).
 */
function appositionReadings(doc: Doc, kb: KB, m: EntityMention, a: number, b: number): EntityMention {
  // "said Ana Lui, Samoa's chief delegate": a name the tagger placed is a person when a role noun stands in
  // apposition after it; places the gazetteer knows, organisation names and one-word names stay
  if ((m.type === 'LOC' || m.type === 'GPE') && m.tokenEnd - a > 1 && !kb.phrases.has(m.text) && !LOC_HEADS.has(doc.words[m.tokenEnd - 1] as string) &&
    (appositiveRole(doc, m.tokenEnd) || titledApposition(doc, a, m.tokenEnd) || relativeOfPerson(doc, a, m.tokenEnd)) && !kb.countryByName(m.text) && kb.admin1(m.text).length === 0 && !kb.cities(m.text).some((c) => c.population >= MIN_CITY_POP)) {
    m = retyped(m, 'PERSON', 'name');
  } else if (m.type === 'ORG' && relativeOfPerson(doc, a, m.tokenEnd) && personShaped(doc, kb, m)) {
    // ("Ana Lui, who runs a clinic," taken for a body: a name of two or three plain capitalised words, none of them a
    // body's head, that the knowledge base does not know)
    m = retyped(m, 'PERSON', 'name');
  }
  // "Saudi negotiators", "Thai officials": a demonym the gazetteer also lists as the country's short name, used as an
  // adjective, is a demonym
  if (m.type === 'GPE' && m.kind === 'name' && b - a === 1 && b < doc.n && adjectival(doc, b)) {
    const c = kb.countryByDemonym(m.text);
    if (c && c.name !== m.text) m = retyped(m, 'NORP', 'demonym');
  }
  return m;
}

/**
 * "the Southern Command of Norland's National Guard": the "of" part of the organisation m (tokens [a, b) before any
 * change) belongs to the possessive after it; pushes the organisation without it (and the country) onto `res`, or
 * returns false.
 */
function possessiveOfSplit(doc: Doc, kb: KB, m: EntityMention, a: number, b: number, res: EntityMention[]): boolean {
  // "the Southern Command of Norland's National Guard": the "of" part belongs to the possessive
  if (m.type === 'ORG' && b < doc.n && (doc.lower[b] === "'s" || doc.lower[b] === '’s')) {
    let of = -1;
    for (let k = b - 1; k > a; k--) if (doc.lower[k] === 'of') {
      of = k;
      break;
    }
    if (of > a + 1 && ORG_HEADS.has(doc.words[of - 1] as string) && b - of <= 3) {
      res.push(span(doc, a, of, 'ORG', m.kind, m.score));
      const rest = doc.text.slice(doc.starts[of + 1] as number, doc.ends[b - 1] as number);
      const country = kb.countryByName(rest);
      if (country) res.push(span(doc, of + 1, b, 'GPE', 'name', m.score));
      return true;
    }
  }
  return false;
}

/**
 * "fighting near Kardala", "Kardala, a town in ...": a place name the knowledge base does not know, without a place
 * head and without an article, is a town or a division; English writes regions and physical features with "the"
 * ("the Sahel", "the Donbas") or names them by their head ("Isfara River", "the island of Kasos", "Vaindloo island").
 * Mutates `res`.
 */
function unknownTownsAsDivisions(doc: Doc, kb: KB, res: EntityMention[]): void {
  let physical: Set<string> | null = null;
  for (const m of res) if (m.type === 'LOC' && physicalCue(doc, m)) (physical ??= new Set()).add(m.text);
  for (let i = 0; i < res.length; i++) {
    const m = res[i] as EntityMention;
    if (m.type === 'LOC' && m.kind === 'name' && !physical?.has(m.text) && unknownTown(doc, kb, m)) res[i] = retyped(m, 'GPE');
  }
}

/**
 * "the island of Kasos", "Tarnak island", "Marnak, a small island off the coast": a place the article calls an island, a
 * reef or a shoal is that feature wherever it is named, though a town may share its name (not a country or a division:
 * "the island of Taiwan", "the island of Bali"). Mutates `res`.
 */
function islandsAsFeatures(doc: Doc, kb: KB, res: EntityMention[]): void {
  let islands: Set<string> | null = null;
  for (const m of res) if (m.type === 'GPE' && m.kind === 'name' && physicalCue(doc, m, ISLAND_NOUNS) && !kb.countryByName(m.text) && kb.admin1(m.text).length === 0) (islands ??= new Set()).add(m.text);
  if (islands) for (let i = 0; i < res.length; i++) {
    const m = res[i] as EntityMention;
    if (m.type === 'GPE' && m.kind === 'name' && islands.has(m.text)) res[i] = retyped(m, 'LOC');
  }
}

/**
 * "the Suez Canal": a place whose head is a facility's (Canal, Tunnel, Pipeline) is a facility, as the gazetteer may
 * list it among seas and straits. Mutates `res`.
 */
function facilityHeadedPlaces(doc: Doc, res: EntityMention[]): void {
  for (let i = 0; i < res.length; i++) {
    const m = res[i] as EntityMention;
    if (m.type === 'LOC' && m.tokenEnd - m.tokenStart > 1 && LOC_HEADS.get(doc.words[m.tokenEnd - 1] as string) === 'FAC') res[i] = retyped(m, 'FAC');
  }
}

const TITLE_COMPLEMENTS = new Set(['to', 'of', 'for', 'on']);

/**
 * "Emma Aparici, Chief Diplomatic Advisor to the President of Spain": a "person" whose last word is a role ("Advisor",
 * "Envoy") followed by its complement ("to", "of", "for", "on") is the title of the person named before it, not a name.
 */
function titleWithComplement(doc: Doc, m: EntityMention): boolean {
  return m.type === 'PERSON' && m.tokenEnd < doc.n && TITLE_COMPLEMENTS.has(doc.lower[m.tokenEnd] as string) &&
    ROLE_HEADS.has(doc.lower[m.tokenEnd - 1] as string);
}

/**
 * "the U.S. Department of State’s reward program": the tagger ends an organisation at its head when the name after "of"
 * carries a possessive mark ("U.S. Department" | "State’s"); a body head, "of" and capitalised words up to the mark are one
 * name, as they are without the mark. Names found inside the words taken in are dropped. Not a place or a people the
 * knowledge base knows: "the Eastern Command of China’s army" is China's.
 */
function bodyOfPossessor(doc: Doc, kb: KB, mentions: EntityMention[]): EntityMention[] {
  let out: EntityMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as EntityMention;
    const b = m.tokenEnd;
    if (m.type !== 'ORG' || b + 2 >= doc.n || doc.lower[b] !== 'of' || !ORG_HEADS.has(doc.words[b - 1] as string)) continue;
    let e = b + 1;
    if (doc.lower[e] === 'the') e++;
    const x = e;
    while (e < doc.n && e - x < 3 && /^\p{Lu}/u.test(doc.words[e] as string)) e++;
    if (e === x || !POSSESSIVE_MARKS.has(doc.lower[e] as string) || doc.starts[e] !== doc.ends[e - 1]) continue;
    const owner = doc.text.slice(doc.starts[x] as number, doc.ends[e - 1] as number);
    if (kb.countryByName(owner) || kb.countryByDemonym(owner) || kb.admin1(owner).length > 0 || kb.cities(owner).length > 0 || kb.phrases.has(owner)) continue;
    out ??= [...mentions];
    out[i] = span(doc, m.tokenStart, e, 'ORG', m.kind, m.score);
  }
  if (!out) return mentions;
  const grown = out.filter((m, i) => m !== mentions[i]);
  return out.filter((m) => grown.includes(m) || !grown.some((g) => m.tokenStart >= g.tokenStart && m.tokenEnd <= g.tokenEnd));
}

/** lower-case nouns after a name that make it a party or a political bloc ("the Kenya Kwanza coalition") */
const BLOC_NOUNS: ReadonlySet<string> = new Set(['coalition', 'party', 'alliance', 'movement', 'bloc']);

/**
 * "President Ruto's Kenya Kwanza coalition", "the Pakistan Tehreek-e-Insaf party": two to five capitalised words (a
 * country's name may open them) before a lower-case noun of a party or a bloc are that party's name, whatever the
 * recognizers made of their words; not names made only of countries and peoples ("the Franco-German alliance").
 * `mentions` sorted by start; returns them sorted.
 */
function partiesByNoun(doc: Doc, kb: KB, mentions: EntityMention[]): EntityMention[] {
  let out: EntityMention[] | null = null;
  for (let t = 2; t < doc.n; t++) {
    if (!BLOC_NOUNS.has(doc.words[t] as string) || !isCapitalized(doc.words[t - 1] as string)) continue;
    const s0 = doc.sentStart[doc.sentOf[t] as number] as number;
    let a = t;
    let words = 0;
    let plain = 0;
    while (a > s0 && t - a < 8) {
      const w = doc.words[a - 1] as string;
      if (isCapitalized(w) && !NOT_NAMES.has(w) && !HONORIFICS.has(w)) {
        words++;
        if (!kb.countryByName(w) && !kb.countryByDemonym(w) && !kb.phrases.has(w)) plain++;
        a--;
      } else if (a - 2 >= s0 && glued(doc, a - 1) && glued(doc, a) && (DASHES.has(w) || /^\p{Ll}{1,2}$/u.test(w))) a--;
      else break;
    }
    // (two words apart, not one hyphenated compound, and not opened by a given name: "the Ana Holm party")
    if (words < 2 || words > 5 || plain === 0 || !isCapitalized(doc.words[a] as string) || a === s0 || kb.isGivenName(doc.words[a] as string)) continue;
    let spaced = false;
    for (let k = a + 1; k < t && !spaced; k++) spaced = !glued(doc, k);
    // (nor a place: "a New York party")
    const runText = doc.text.slice(doc.starts[a] as number, doc.ends[t - 1] as number);
    if (!spaced || kb.phrases.has(runText) || kb.cities(runText).length > 0) continue;
    const list: EntityMention[] = out ?? mentions;
    // (a name that reaches outside the run, a person's or one the knowledge base knows as an organisation stays)
    if (list.some((m) => m.tokenStart < t && m.tokenEnd > a && (m.tokenStart < a || m.tokenEnd > t || (m.type === 'ORG' && m.tokenEnd - m.tokenStart === t - a) ||
      (m.type === 'PERSON' && kb.isGivenName(doc.words[m.tokenStart] as string))))) continue;
    const kept = list.filter((m) => m.tokenEnd <= a || m.tokenStart >= t);
    kept.push(span(doc, a, t, 'ORG', 'name', 2));
    out = kept.sort((x, y) => x.start - y.start);
  }
  return out ?? mentions;
}

/** an upper-case word of a dateline: letters only, at least three ("GENEVA", "BRASÍLIA", "SÃO" of "SÃO PAULO") */
const DATELINE_WORD = /^\p{Lu}{3,}$/u;
/** at most this many upper-case words name a dateline's place ("ADDIS ABABA", "RIO DE JANEIRO" has a lower particle) */
const MAX_DATELINE_WORDS = 3;

/** "GENEVA" -> "Geneva", "NEW YORK" -> "New York" */
function titleCase(w: string): string {
  return w.charAt(0) + w.slice(1).toLowerCase();
}

/**
 * "GENEVA - Volker Türk said", "WASHINGTON - The World Bank approved": the upper-case words that open a sentence
 * before a spaced dash (or "(Agency) -", ", Country -") are the dateline, the place the story was filed from, when
 * the gazetteer knows them as a town or a country; a mention there taken for a person or an organisation is that
 * place, and one that runs across the dash is cut at it (the part after the dash keeps its type). Returns
 * `mentions` (sorted by start) with such mentions rewritten.
 */
function datelinePlaces(doc: Doc, kb: KB, mentions: EntityMention[]): EntityMention[] {
  let out: EntityMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as EntityMention;
    const a = m.tokenStart;
    if (m.type === 'GPE' || m.type === 'LOC' || !DATELINE_WORD.test(doc.words[a] as string) || a !== doc.sentStart[doc.sentOf[a] as number]) continue;
    let c = a + 1;
    while (c < doc.n && c - a < MAX_DATELINE_WORDS && DATELINE_WORD.test(doc.words[c] as string)) c++;
    // the dash of the dateline: right after the place, or after a bracketed credit or ", Country"
    let dash = -1;
    for (let k = c; k < doc.n && k - c < 8 && doc.sentOf[k] === doc.sentOf[a]; k++) {
      const w = doc.words[k] as string;
      if (DASHES.has(w) && !glued(doc, k) && (k + 1 >= doc.n || !glued(doc, k + 1))) {
        dash = k;
        break;
      }
      if (k === c ? w !== ',' && w !== '(' : /^\p{Ll}/u.test(w)) break;
    }
    if (dash < 0 || m.tokenEnd > c && m.tokenEnd <= dash) continue;
    let place = '';
    for (let k = a; k < c; k++) place += (k > a ? ' ' : '') + titleCase(doc.words[k] as string);
    if (!kb.countryByName(place) && !kb.cities(place, true).some((city) => city.population >= DATELINE_CITY_POP)) continue;
    out ??= [...mentions];
    const at = out.indexOf(m);
    const parts: EntityMention[] = [span(doc, a, c, 'GPE', 'name', m.score)];
    if (m.tokenEnd > dash + 1) parts.push(span(doc, dash + 1, m.tokenEnd, m.type, m.kind, m.score));
    out.splice(at, 1, ...parts);
  }
  return out ?? mentions;
}

/** a city named in a dateline is read as the place from this size on (as the rules read one) */
const DATELINE_CITY_POP = 20000;

/**
 * Token a - 1 is a capitalised word no mention `prev` (the one before) covers, written one space before the one-word
 * place at a, that no gazetteer lists and is no head or title, and a role stands in apposition after the place
 */
function surnameOfRole(doc: Doc, kb: KB, a: number, prev: EntityMention | undefined): boolean {
  const w = doc.words[a - 1] as string;
  if ((prev && prev.tokenEnd >= a) || !/^\p{Lu}\p{Ll}+$/u.test(w) || doc.starts[a] !== (doc.ends[a - 1] as number) + 1) return false;
  if (HONORIFICS.has(w) || ORG_HEADS.has(w) || LOC_HEADS.has(w) || ROLE_HEADS.has(w.toLowerCase()) || NOT_NAMES.has(w) || kb.phrases.has(w) || kb.cities(w).length > 0) return false;
  return appositiveRole(doc, a + 1) || titledApposition(doc, a - 1, a + 1);
}

/** particles of Dutch and German surnames ("van Dam", "von der Heide", "ter Horst") */
const GERMANIC_PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'ter', 'ten', 'zu']);

/**
 * The mention is a given name, then lower-case name particles, then one capitalised word ("Marieke van Dam", "Lucia de
 * la Fuente"), and no place the gazetteer knows ("Rio de Janeiro", "Santiago de Compostela" are cities).
 */
function particledName(doc: Doc, kb: KB, m: EntityMention): boolean {
  const a = m.tokenStart;
  const b = m.tokenEnd;
  if (b - a < 3 || b - a > 5 || !/^\p{Lu}\p{Ll}+$/u.test(doc.words[a] as string) || !isCapitalized(doc.words[b - 1] as string)) return false;
  let k = a + 1;
  while (k < b - 1 && isCapitalized(doc.words[k] as string) && kb.isGivenName(doc.words[k] as string)) k++;
  if (k === b - 1) return false;
  // (Dutch and German particles lead surnames only; Romance ones also join place names, "Sierra de la Laguna", so
  // the first word must then be a given name the knowledge base knows)
  if (!GERMANIC_PARTICLES.has(doc.words[k] as string) && !kb.isGivenName(doc.words[a] as string)) return false;
  for (; k < b - 1; k++) if (!NAME_PARTICLES.has(doc.words[k] as string)) return false;
  return !kb.phrases.has(m.text) && kb.cities(m.text, true).length === 0 && !kb.region(m.text) && kb.admin1(m.text).length === 0;
}

/** lower-case nouns after a party's or a movement's name ("the Georgian Dream party") */
const PARTY_NOUNS = new Set(['party', 'parties', 'movement', 'coalition', 'alliance', 'bloc']);

/**
 * "Georgia's ruling Georgian Dream party", "the Bulgarian Socialist party": a demonym written before the name of a party
 * or movement (a lower-case party noun after the name) is the first word of that name, and the same words name the
 * party elsewhere in the article ("Georgian Dream won"). `mentions` sorted by start; returns them sorted.
 */
function demonymParties(doc: Doc, mentions: EntityMention[]): EntityMention[] {
  let names: Set<string> | null = null;
  const joins = (x: EntityMention, y: EntityMention | undefined): y is EntityMention =>
    x.type === 'NORP' && y !== undefined && y.tokenStart === x.tokenEnd && (y.type === 'ORG' || y.type === 'OTHER') && doc.starts[y.tokenStart] === x.end + 1 &&
    /^\p{Lu}\p{Ll}/u.test(y.text);
  for (let i = 0; i + 1 < mentions.length; i++) {
    const x = mentions[i] as EntityMention;
    const y = mentions[i + 1];
    if (joins(x, y) && y.tokenEnd < doc.n && PARTY_NOUNS.has(doc.words[y.tokenEnd] as string)) (names ??= new Set()).add(doc.text.slice(x.start, y.end));
  }
  if (!names) return mentions;
  const out: EntityMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const x = mentions[i] as EntityMention;
    const y = mentions[i + 1];
    if (joins(x, y) && names.has(doc.text.slice(x.start, y.end))) {
      out.push(span(doc, x.tokenStart, y.tokenEnd, 'ORG', 'name', y.score));
      i++;
    } else out.push(x);
  }
  return out;
}

/** division words that may follow a division's name ("Blue Nile state") */
const DIVISION_AFTER: ReadonlySet<string> = new Set(['state', 'State', 'region', 'Region', 'province', 'Province']);

/** m ("the White Nile") is a first-level division whose last word is a physical feature of the gazetteer, after "the" */
function riverNamedDivision(doc: Doc, kb: KB, m: EntityMention): boolean {
  if (m.tokenEnd - m.tokenStart < 2 || m.tokenStart === 0 || doc.lower[m.tokenStart - 1] !== 'the' || DIVISION_AFTER.has(doc.words[m.tokenEnd] ?? '')) return false;
  const feature = kb.region(doc.words[m.tokenEnd - 1] as string);
  return feature !== undefined && !feature.broad && feature.featureClass === 'other' && kb.admin1(m.text).length > 0 && !kb.countryByName(m.text);
}

/** m ("the Paraná" in "the Paraná river") is a first-level division's name, no country's, after "the" and before a lower-case "river" */
function divisionBeforeRiver(doc: Doc, kb: KB, m: EntityMention): boolean {
  return m.tokenStart > 0 && doc.lower[m.tokenStart - 1] === 'the' && doc.words[m.tokenEnd] === 'river' && doc.sentOf[m.tokenEnd] === doc.sentOf[m.tokenStart] &&
    kb.admin1(m.text).length > 0 && !kb.countryByName(m.text);
}

/** the words of the document written in lower case */
function lowerCaseWords(doc: Doc): Set<string> {
  const set = new Set<string>();
  for (let k = 0; k < doc.n; k++) if (doc.words[k] === doc.lower[k]) set.add(doc.words[k] as string);
  return set;
}

const SENTENCE_ADVERB = /^\p{Lu}\p{Ll}+ly$/u;
/** two to five capitals, not a Roman numeral ("III", "XI") */
const ACRONYM_SHAPE = /^(?![IVXLC]+$)\p{Lu}{2,5}$/u;
/** plurals of agent nouns ("Traders", "Protesters", "Residents", "Migrants", "Loyalists") */
const AGENT_PLURAL = /^\p{Lu}\p{Ll}{2,}(?:ers|ors|ants|ents|ists)$/u;

/** lower-case nouns of physical features, after a name ("Vaindloo island") or before "of" and it ("the island of Kasos") */
const PHYSICAL_NOUNS = new Set(['island', 'islands', 'isle', 'islet', 'atoll', 'reef', 'shoal', 'archipelago', 'river', 'lake', 'mountain', 'mountains',
  'valley', 'peninsula', 'desert', 'plateau', 'sea', 'bay', 'gulf', 'strait', 'coast', 'forest', 'range', 'pass', 'plain', 'plains']);

/** the nouns of PHYSICAL_NOUNS for land in the water */
const ISLAND_NOUNS: ReadonlySet<string> = new Set(['island', 'islands', 'isle', 'islet', 'atoll', 'reef', 'shoal', 'archipelago']);

/** the LOC mention m is written with the noun of a physical feature (of `nouns`) right after it or as "the <noun> of" before it */
function physicalCue(doc: Doc, m: EntityMention, nouns: ReadonlySet<string> = PHYSICAL_NOUNS): boolean {
  if (m.tokenEnd < doc.n && nouns.has(doc.words[m.tokenEnd] as string)) return true;
  const a = m.tokenStart;
  if (a >= 2 && doc.lower[a - 1] === 'of' && nouns.has(doc.words[a - 2] as string)) return true;
  // "Yonaguni, an island in Okinawa prefecture", "Kasos, a small Greek island"
  let k = m.tokenEnd;
  if (doc.words[k] !== ',' || (doc.lower[k + 1] !== 'a' && doc.lower[k + 1] !== 'an')) return false;
  for (k += 2; k < doc.n && k <= m.tokenEnd + 5; k++) {
    if (nouns.has(doc.lower[k] as string)) return true;
    if (doc.pos[k] !== ADJ && doc.pos[k] !== PROPN && doc.pos[k] !== NOUN) return false;
  }
  return false;
}

/** prepositions before a name that make it a place rather than a person: people are not "near" or "outside" anyone */
const NEAR_PREPS = new Set(['near', 'outside', 'around']);

/**
 * "strikes near Jurf al-Sakhar", "centres in Guatemala City, Quetzaltenango and Tecún Umán": a name the tagger took for a
 * person is a town when "near" or "outside" stands before it, or when it and a place name end a list ("A and B"), and
 * no title or given name makes it a person; its other mentions follow (mutates `mentions`, sorted by start).
 */
function placesTakenForPeople(doc: Doc, kb: KB, mentions: EntityMention[]): void {
  let towns: Set<string> | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as EntityMention;
    if (m.type !== 'PERSON') continue;
    const a = m.tokenStart;
    const near = a > 0 && NEAR_PREPS.has(doc.lower[a - 1] as string);
    // ("a convoy near Kati": a one-word town of some size after "near" is the town, also where it is a given name too)
    if (near && nearTown(doc, kb, m)) (towns ??= new Set()).add(m.text);
    else if (personLikePlace(doc, kb, m) && (near || listedWithPlace(doc, kb, mentions[i - 1], m) || listedWithPlace(doc, kb, m, mentions[i + 1]))) (towns ??= new Set()).add(m.text);
  }
  if (!towns) return;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as EntityMention;
    if (m.type === 'PERSON' && towns.has(m.text) && (personLikePlace(doc, kb, m) || nearTown(doc, kb, m))) mentions[i] = retyped(m, 'GPE', 'name');
  }
}

/** the one-word person mention m names a town of MIN_CITY_POP people and has no title before it, nor a role or a possessive after it */
function nearTown(doc: Doc, kb: KB, m: EntityMention): boolean {
  const a = m.tokenStart;
  if (m.tokenEnd - a !== 1 || (a > 0 && (HONORIFICS.has(doc.words[a - 1] as string) || ROLE_HEADS.has(doc.lower[a - 1] as string)))) return false;
  const next = doc.words[m.tokenEnd];
  if (next === "'s" || next === '’s' || appositiveRole(doc, m.tokenEnd)) return false;
  return kb.cities(m.text).some((c) => c.population >= MIN_CITY_POP);
}

/** the person mention m has no title before it, no given name first and no possessive after it */
function personLikePlace(doc: Doc, kb: KB, m: EntityMention): boolean {
  const a = m.tokenStart;
  if (a > 0 && (HONORIFICS.has(doc.words[a - 1] as string) || ROLE_HEADS.has(doc.lower[a - 1] as string))) return false;
  if (kb.isGivenName(doc.words[a] as string) || appositiveRole(doc, m.tokenEnd) || titledApposition(doc, a, m.tokenEnd)) return false;
  const next = doc.words[m.tokenEnd];
  return next !== "'s" && next !== '’s';
}

/**
 * x and y are the last two names of a list ("and", ", and", "or" between) after a locative preposition, one of them a
 * place name that is no country (and no demonym or metonym)
 */
function listedWithPlace(doc: Doc, kb: KB, x: EntityMention | undefined, y: EntityMention | undefined): boolean {
  if (!x || !y) return false;
  const place = (m: EntityMention): boolean => (m.type === 'GPE' || m.type === 'LOC') && m.kind === 'name';
  if ((!place(x) || kb.countryByName(x.text)) && (!place(y) || kb.countryByName(y.text))) return false;
  const between = doc.text.slice(x.end, y.start);
  if (between !== ' and ' && between !== ', and ' && between !== ' or ') return false;
  // the list follows a locative preposition ("in A, B and C"; not "connections to Ana Ruiz and Lima")
  let k = x.tokenStart - 1;
  while (k >= 0 && x.tokenStart - k < 16 && (doc.words[k] === ',' || isCapitalized(doc.words[k] as string) || doc.words[k] === "'s" || doc.words[k] === '’s')) k--;
  return k >= 0 && LIST_PREPS.has(doc.lower[k] as string);
}

/** locative prepositions that open a list of places */
const LIST_PREPS = new Set(['in', 'at', 'near', 'from', 'between', 'across', 'around', 'outside']);

/** "Chief of Defence Staff", "Chief of Naval Staff": a one-word "person" that is a title word after a title's capitalised part */
function titleTail(doc: Doc, m: EntityMention): boolean {
  const a = m.tokenStart;
  return m.tokenEnd - a === 1 && a > 0 && ROLE_MODIFIERS.has(doc.lower[a] as string) && HONORIFICS.has(doc.words[a - 1] as string);
}

/** one word derived from a name: economics named after a leader ("Bidenomics"), a movement ("Trumpism", "Gaullisms") */
const DERIVED_FROM_NAME = /^\p{Lu}\p{Ll}+(?:nomics|ism|isms)$/u;

/** "the Biden-Harris administration", "the Modi-Xi summit": the mention is two capitalised names glued by a hyphen before a noun */
function hyphenedPair(doc: Doc, m: EntityMention): boolean {
  const a = m.tokenStart;
  if (m.tokenEnd - a !== 3 || !DASHES.has(doc.words[a + 1] as string) || !glued(doc, a + 1) || !glued(doc, a + 2)) return false;
  if (!isCapitalized(doc.words[a] as string) || !isCapitalized(doc.words[a + 2] as string)) return false;
  const b = m.tokenEnd;
  return b < doc.n && doc.pos[b] === NOUN && /^\p{Ll}/u.test(doc.words[b] as string);
}

/** The LOC mention m is a place name the knowledge base does not know, with no place head and no article before it. */
function unknownTown(doc: Doc, kb: KB, m: EntityMention): boolean {
  const a = m.tokenStart;
  if (a > 0 && doc.lower[a - 1] === 'the') return false;
  if (FIRST_HEADS.has(doc.words[a] as string)) return false;
  for (let k = a; k < m.tokenEnd; k++) if (LOC_HEADS.has(doc.words[k] as string)) return false;
  return !kb.phrases.has(m.text) && !kb.region(m.text) && !/^\p{Lu}+$/u.test(m.text);
}

/** lower-case facility nouns after a name that make name and noun one facility ("the Rafah crossing", "the Medgaz pipeline") */
const FAC_TAILS = new Set(['crossing', 'checkpoint', 'airbase', 'airfield', 'airport', 'dam', 'barrage', 'pipeline', 'bridge',
  'interconnector', 'refinery', 'canal', 'prison', 'jail', 'mine', 'harbour', 'harbor',
  // lines and shrines named after a town or a site ("the Tarvo-Kilo interconnection", "the Belan temple"); not a bare
  // "terminal": news names a port's terminal by its town ("the Novorossiysk terminal" is at Novorossiysk)
  'interconnection', 'substation', 'temple', 'shrine', 'monastery']);
/** ... and two-word ones ("Ämari air base", "the Golovnoi water intake") */
const FAC_TAILS_2 = new Set(['air base', 'naval base', 'water intake', 'power plant', 'power station', 'ground station',
  'nuclear plant', 'oil refinery', 'oil terminal', 'oil field', 'gas field', 'refugee camp', 'military base', 'border crossing', 'border post',
  'military camp', 'army camp', 'army base', 'copper mine', 'gold mine', 'coal mine', 'detention centre', 'detention center',
  'research reactor', 'nuclear reactor', 'enrichment plant', 'enrichment facility', 'gas terminal', 'container terminal', 'power line']);
/** a lower-case word before a two-word facility noun that belongs to it ("the Zaporizhzhia nuclear power plant") */
const FAC_MODIFIERS: ReadonlySet<string> = new Set(['nuclear', 'hydroelectric', 'thermal', 'coal', 'solar']);

/** first words of FAC_TAILS_2: the two-word key is built only after one of them (no string per token) */
const FAC_TAIL_FIRSTS = new Set([...FAC_TAILS_2].map((p) => p.slice(0, p.indexOf(' '))));

/**
 * "the Rafah crossing", "the Medgaz pipeline", "the Maghreb-Europe pipeline", "Ämari air base": a name (a town, a place,
 * an unknown capitalised word, hyphenated names) right before a lower-case facility noun is, with the noun, the name of
 * a facility. Countries, demonyms and organisations the gazetteer knows stay what they are ("the Gazprom pipeline").
 * `mentions` sorted by start; returns them sorted.
 */
function facilityTails(doc: Doc, kb: KB, mentions: EntityMention[]): EntityMention[] {
  let out: EntityMention[] | null = null;
  for (let t = 1; t < doc.n; t++) {
    const w = doc.lower[t] as string;
    const two = t + 1 < doc.n && FAC_TAIL_FIRSTS.has(w) && FAC_TAILS_2.has(`${w} ${doc.lower[t + 1] as string}`);
    if (!two && !FAC_TAILS.has(w)) continue;
    const grown = facilityAt(doc, kb, out ?? mentions, t, two);
    if (grown) out = grown;
  }
  return out ?? mentions;
}

/**
 * `mentions` with the facility whose noun starts at token t (`two`: a two-word noun) and the name before it as one
 * mention, sorted by start; null when the name before the noun makes no facility.
 */
function facilityAt(doc: Doc, kb: KB, mentions: EntityMention[], t: number, two: boolean): EntityMention[] | null {
  if (!/^\p{Ll}/u.test(doc.words[t] as string) || doc.sentOf[t - 1] !== doc.sentOf[t]) return null;
  const e = two ? t + 2 : t + 1;
  // where the facility's noun starts ("the Zaporizhzhia nuclear power plant": the modifier joins the noun)
  const s = two && t >= 2 && FAC_MODIFIERS.has(doc.words[t - 1] as string) ? t - 1 : t;
  const before = mentions.find((m) => m.tokenEnd === s);
  if (mentions.some((m) => m.tokenStart < e && m.tokenEnd > s)) return null;
  let a: number;
  if (before) {
    if (before.type === 'NORP' || before.type === 'EVENT' || before.type === 'FAC' || before.kind === 'demonym' || kb.countryByName(before.text) ||
      (before.type === 'ORG' && (kb.phrases.get(before.text)?.type === 'ORG' || ORG_HEADS.has(doc.words[s - 1] as string)))) return null;
    a = before.tokenStart;
  } else {
    // an unknown capitalised word or run the recognizers left ("the undersea Medgaz pipeline")
    a = s;
    while (a > 0 && doc.sentOf[a - 1] === doc.sentOf[s] && isCapitalized(doc.words[a - 1] as string) && !NOT_NAMES.has(doc.words[a - 1] as string)) a--;
    if (a === s || a === doc.sentStart[doc.sentOf[s] as number]) return null;
    // ("Russian pipeline gas", "a Kurdish air base": a demonym, a country's or a people's, the rules set aside as
    // describing a thing names no facility)
    if (s - a === 1 && (kb.countryByDemonym(doc.words[a] as string) || kb.phrases.get(doc.words[a] as string)?.type === 'NORP')) return null;
  }
  // "the Maghreb-Europe pipeline": names joined by a hyphen
  // ("Ain al-Asad air base": a lower-case article before the hyphen, the capitalised word before it)
  while (a >= 2 && DASHES.has(doc.words[a - 1] as string) && glued(doc, a - 1) && glued(doc, a)) {
    if (isCapitalized(doc.words[a - 2] as string)) {
      const prev = mentions.find((m) => m.tokenEnd === a - 1);
      a = prev ? prev.tokenStart : a - 2;
    } else if (a >= 3 && ARTICLES.has(doc.words[a - 2] as string) && isCapitalized(doc.words[a - 3] as string) && doc.sentOf[a - 3] === doc.sentOf[t]) {
      const prev = mentions.find((m) => m.tokenEnd === a - 1 || m.tokenEnd === a - 2);
      a = prev && prev.tokenStart <= a - 3 ? prev.tokenStart : a - 3;
    } else break;
  }
  const kept = mentions.filter((m) => m.tokenEnd <= a || m.tokenStart >= e);
  kept.push(span(doc, a, e, 'FAC', 'name', 2.5));
  return kept.sort((x, y) => x.start - y.start);
}

/** Arabic articles written before a hyphen inside a name ("Ain al-Asad", "Ras el-Tin") */
const ARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'ul']);

/** The word is a country's name only with "the" before it ("the States"), not on its own. */
function theOnlyName(kb: KB, w: string): boolean {
  const c = kb.countryByName(w);
  return c !== undefined && c.name !== w && !c.aliases.includes(w) && c.aliases.includes(`the ${w}`);
}

/** a slash at token b glued to the words around it, and one or two capitals after it ("SPLM/A") */
function slashLetters(doc: Doc, b: number): boolean {
  return doc.words[b] === '/' && b + 1 < doc.n && /^\p{Lu}{1,2}$/u.test(doc.words[b + 1] as string) && doc.starts[b] === doc.ends[b - 1] && doc.starts[b + 1] === doc.ends[b];
}

function hyphenLetters(doc: Doc, b: number): boolean {
  return doc.words[b] === '-' && b + 1 < doc.n && /^\p{Lu}{1,4}$/u.test(doc.words[b + 1] as string) && doc.starts[b] === doc.ends[b - 1] && doc.starts[b + 1] === doc.ends[b];
}

/** Some two or three first words of [a, b) (not all of it) name an organisation the knowledge base knows. */
function orgPrefix(doc: Doc, kb: KB, a: number, b: number): boolean {
  for (let e = a + 2; e <= Math.min(a + 3, b - 1); e++) {
    const name = doc.text.slice(doc.starts[a], doc.ends[e - 1]);
    if (kb.orgByName(name) || kb.actorOrg(name)) return true;
  }
  return false;
}

/** m running on to token b (exclusive) */
function extendTo(doc: Doc, m: EntityMention, b: number): EntityMention {
  return reachingTo(doc, m, b, doc.ends[b - 1] as number);
}

/** lower-case nouns of weapons and of bodies of law, after a make's or a code's name ("Katyusha rockets", "Sharia law") */
const PRODUCT_NOUNS: ReadonlySet<string> = new Set(['rocket', 'rockets', 'missile', 'missiles', 'launcher', 'launchers', 'rifle', 'rifles', 'howitzer', 'howitzers',
  'drone', 'drones', 'tank', 'tanks', 'grenade', 'grenades', 'mortar', 'mortars', 'law']);

/** verbs of speaking a language, before a demonym that then names the language ("speak Russian") */
const SPEAK = /^(?:speak|speaks|spoke|spoken|speaking)$/;

/** nouns after a demonym that make it a language ("its Spanish initials", "the Arabic name") */
const LANGUAGE_NOUNS = new Set(['initials', 'acronym', 'abbreviation', 'name', 'names', 'word', 'words', 'term', 'translation', 'spelling',
  'language', 'original', 'transliteration', 'subtitles', 'dub', 'dubbing', 'text', 'version']);

const NOUN = POS_INDEX['NOUN'] as number;
const ADJ = POS_INDEX['ADJ'] as number;
const PROPN = POS_INDEX['PROPN'] as number;
const VERB = POS_INDEX['VERB'] as number;
const ADV = POS_INDEX['ADV'] as number;
const AUX = POS_INDEX['AUX'] as number;
const ADP = POS_INDEX['ADP'] as number;
/**
 * Head nouns after a demonym adjective that make it describe places, polities or things rather than people or forces
 * (NORP is a people): polities and places ("Central Asian neighbours", "the Syrian border", "the Australian side"),
 * goods and trade ("Chinese imports", "a European car plant"), media and abstractions ("Serbian media", "our European
 * future").
 */
const THING_HEADS = new Set([
  'country', 'countries', 'state', 'states', 'nation', 'nations', 'neighbour', 'neighbours', 'neighbor', 'neighbors',
  'partner', 'partners', 'border', 'borders', 'frontier', 'side', 'capitals', 'region', 'regions', 'province', 'provinces', 'city', 'cities',
  'town', 'towns', 'village', 'villages', 'economy', 'economies', 'market', 'markets', 'imports', 'exports', 'goods',
  'products', 'plant', 'plants', 'factory', 'factories', 'media', 'press', 'newspaper', 'newspapers', 'television',
  'future', 'history', 'identity', 'values', 'culture', 'cuisine', 'law', 'laws',
  'constitution', 'election', 'elections', 'currency', 'sovereignty', 'policy', 'policies',
  // blocs, figures and matters ("the West African bloc", "Indian trade figures", "an envoy for Asian affairs"): no people
  'bloc', 'figures', 'statistics', 'shops', 'stores', 'affairs',
  // a state's waters, its commodities and duties, the debates about it ("Icelandic waters", "Colombian crude", "Chinese
  // tariffs", "a Kurdish air base", "European debates"): things, no people (a port stays the country's: "strikes on
  // the Lebanese port of Tyre" hit Lebanon, events-round24-types)
  'waters', 'base', 'bases', 'crude', 'oil', 'gas', 'yarn',
  'cotton', 'tariffs', 'tariff', 'duties', 'levy', 'debate', 'debates', 'companies',
]);

/**
 * "Kazakh, Russian, American and European companies": the token after a list of three or more modifiers that starts
 * at token b (", Russian, American and European"), or b when there is no such list (two modifiers joined by "and" are
 * coordinatedModifier's).
 */
function listEnd(doc: Doc, b: number): number {
  const modifier = (k: number): boolean => k < doc.n && /^\p{Lu}/u.test(doc.words[k] as string) && !/s$/.test(doc.words[k] as string) && doc.sentOf[k] === doc.sentOf[b];
  let k = b;
  let commas = 0;
  while (doc.words[k] === ',' && modifier(k + 1) && doc.lower[k + 1] !== 'and' && doc.lower[k + 1] !== 'or') {
    k += 2;
    commas++;
  }
  if (commas === 0) return b;
  if (doc.words[k] === ',') k++;
  if ((doc.lower[k] === 'and' || doc.lower[k] === 'or') && modifier(k + 1)) return k + 2;
  return b;
}

/** nouns of a state's agents that can modify another noun ("military policies", "army positions", "government plans") */
const STATE_AGENTS: ReadonlySet<string> = new Set(['military', 'army', 'navy', 'government', 'police', 'security', 'intelligence']);

/** nouns after a region name that make it part of a place's name or a group of places ("the Sahel region", "Baltic states") */
const PLACE_NOUNS = new Set(['region', 'regions', 'sea', 'seas', 'coast', 'coasts', 'coastline', 'coastlines', 'shore', 'shores', 'littoral', 'basin', 'area', 'areas', 'zone', 'waters', 'island',
  'islands', 'peninsula', 'states', 'countries', 'nations', 'republics', 'rim', 'belt', 'corridor', 'shelf', 'ocean', 'desert']);

/** the one-word sea or region mention m stands before a lower-case noun that is no place noun */
function adjectivalRegion(doc: Doc, kb: KB, m: EntityMention): boolean {
  const r = kb.region(m.text);
  if (!r || (r.featureClass !== 'sea' && r.featureClass !== 'region')) return false;
  const next = doc.words[m.tokenEnd] as string;
  const head = headAfter(doc, m.tokenEnd);
  return head >= 0 && /^\p{Ll}/u.test(next) && doc.starts[m.tokenEnd] === (doc.ends[m.tokenEnd - 1] as number) + 1 && !PLACE_NOUNS.has(doc.lower[head] as string) &&
    !PLACE_NOUNS.has(doc.lower[m.tokenEnd] as string);
}

/** the last token of the lower-case noun phrase (up to three nouns/adjectives) right after token b - 1, or -1 */
function headAfter(doc: Doc, b: number): number {
  let head = -1;
  for (let k = b; k < doc.n && k < b + 3; k++) {
    const p = doc.pos[k];
    if ((p !== NOUN && p !== ADJ) || !/^\p{Ll}/u.test(doc.words[k] as string)) break;
    head = k;
  }
  return head;
}

/** ship prefixes of navies and coast guards ("USS Carl Vinson", "HMS Queen Elizabeth", "BRP Sierra Madre") */
const SHIP_PREFIXES = new Set(['USS', 'USNS', 'USCGC', 'HMS', 'HMAS', 'HMCS', 'HMNZS', 'INS', 'ITS', 'HS', 'FS', 'PNS', 'BNS', 'RFS', 'JS', 'ROKS',
  'BRP', 'KRI', 'TCG', 'ORP', 'HNLMS', 'HDMS', 'FGS', 'KNM', 'HSwMS', 'SPS', 'NRP', 'ARA', 'BAP', 'RSS', 'KD', 'HTMS', 'CNS', 'MV', 'RV']);

/**
 * A ship's name is no person or place ("the destroyer HMS Duncan", "USS Carl Vinson"): mentions inside a
 * prefixed ship name go, and so does a one-word person mention of its last word after "the" ("the sailors of the Vinson").
 */
function withoutVessels(doc: Doc, mentions: EntityMention[]): EntityMention[] {
  let ships: Set<string> | null = null;
  let drop: Uint8Array | null = null;
  for (let k = 0; k + 1 < doc.n; k++) {
    // ("INS Commissioner X": an agency before a title is no ship)
    if (!SHIP_PREFIXES.has(doc.words[k] as string) || !isCapitalized(doc.words[k + 1] as string) || doc.sentOf[k + 1] !== doc.sentOf[k] || HONORIFICS.has(doc.words[k + 1] as string)) continue;
    let e = k + 1;
    while (e < doc.n && e - k <= 4 && isCapitalized(doc.words[e] as string) && doc.sentOf[e] === doc.sentOf[k] && !NOT_NAMES.has(doc.words[e] as string)) e++;
    drop ??= new Uint8Array(doc.n);
    for (let j = k; j < e; j++) drop[j] = 1;
    (ships ??= new Set()).add(doc.words[e - 1] as string);
  }
  if (!drop || !ships) return mentions;
  const d = drop;
  const names = ships;
  return mentions.filter((m) => {
    if (d[m.tokenStart] === 1) return false;
    return !(m.type === 'PERSON' && m.tokenEnd - m.tokenStart === 1 && names.has(m.text) && m.tokenStart > 0 && doc.lower[m.tokenStart - 1] === 'the');
  });
}

/** the word at b makes the name before it an adjective: a lower-case word or a capitalised title ("Saudi Foreign Minister") */
function adjectival(doc: Doc, b: number): boolean {
  const w = doc.words[b] as string;
  // "the Saudi-led coalition"
  if (hyphenCompound(doc, b)) return true;
  if (doc.starts[b] !== (doc.ends[b - 1] as number) + 1) return false;
  // "Thai and Cambodian officials": coordinated with a second modifier before the noun
  if (coordinatedModifier(doc, b)) return true;
  return /^\p{Ll}/u.test(w) ? !['and', 'or', 'on', 'in', 'to', 'is', 'was', 'has', 'said', 'says'].includes(w) : HONORIFICS.has(w);
}

/** ", Samoa's chief delegate," / ", a close aide to ...": a short apposition after token b holding a role noun */
export function appositiveRole(doc: Doc, b: number): boolean {
  if (b >= doc.n || doc.words[b] !== ',') return false;
  const sEnd = doc.sentEnd[doc.sentOf[b] as number] as number;
  for (let k = b + 1; k < sEnd && k - b <= 6; k++) {
    const w = doc.lower[k] as string;
    if (w === ',' || w === '.') return false;
    if (ROLE_HEADS.has(w) || ROLE_HEADS.has(w.split('-').pop() as string) || PERSON_NOUNS.has(w)) {
      // (a capitalised title right before a name titles that name, not the words before the comma: "the Director-General
      // for Consular Affairs, Ambassador Tor Haug,")
      return !(/^\p{Lu}/u.test(doc.words[k] as string) && /^\p{Lu}\p{Ll}/u.test(doc.words[k + 1] ?? '') && !ROLE_HEADS.has(doc.lower[k + 1] as string));
    }
  }
  return false;
}

/**
 * "Ana Lui, who runs a clinic,", "Ana Lui, whose husband is held,": the name ending before b is followed by a relative
 * clause that English opens with "who" for people (news writes "which" for bodies and places), or with "whose" and a
 * family tie (a body's "whose" is followed by its members, shares or budget).
 */
export function relativeOfPerson(doc: Doc, a: number, b: number): boolean {
  // (not after a preposition: "a spokesman for X, who declined to be named" may speak of the spokesman)
  if (b + 1 >= doc.n || doc.words[b] !== ',' || (a > 0 && doc.pos[a - 1] === ADP)) return false;
  const w = doc.words[b + 1];
  if (w === 'who') return singularVerbAt(doc, b + 2);
  if (w !== 'whose') return false;
  // (one modifier may stand before the noun: "whose eldest son")
  return KIN_NOUNS.has(doc.lower[b + 2] ?? '') || (doc.pos[b + 2] === ADJ && KIN_NOUNS.has(doc.lower[b + 3] ?? ''));
}

/**
 * "The Ambassador of Norland in Tarvia, Ana Lui, said": the name at [a, b) stands between commas in apposition to a
 * noun phrase that a title opens ("The Ambassador", "the country's Foreign Minister") at most ten words before.
 */
export function titledApposition(doc: Doc, a: number, b: number): boolean {
  if (a < 3 || doc.words[a - 1] !== ',' || b >= doc.n || (doc.words[b] !== ',' && doc.words[b] !== '.')) return false;
  const s0 = doc.sentStart[doc.sentOf[a] as number] as number;
  for (let k = a - 2; k >= s0 && k >= a - 12; k--) {
    const w = doc.words[k] as string;
    if (w === ',' || doc.pos[k] === VERB) return false;
    // ("the Peruvian Minister of Trade, Ana Ruiz,": a capitalised word between "the" and the title)
    if ((HONORIFICS.has(w) || ROLE_HEADS.has(w.toLowerCase())) && (k === s0 || doc.lower[k - 1] === 'the' || doc.lower[k - 1] === "'s" || doc.lower[k - 1] === '’s' ||
      TITLE_MODIFIERS.has(doc.words[k - 1] as string) || (k >= 2 && /^\p{Lu}/u.test(doc.words[k - 1] as string) && doc.lower[k - 2] === 'the'))) return true;
  }
  return false;
}

/** words before "the" that make the name after it a river: "along the Tarvel", "down the Tarvel" */
const RIVER_PREPS: ReadonlySet<string> = new Set(['along', 'up', 'down', 'upstream', 'downstream', 'upriver', 'downriver']);
/** cue words that are also verb particles, and the verbs of moving after which they mean "along": "sailed up the Tarvel" */
const PARTICLE_PREPS: ReadonlySet<string> = new Set(['up', 'down']);
const MOVING_VERBS: ReadonlySet<string> = new Set(
  ['sail', 'travel', 'flow', 'float', 'move', 'drift', 'head', 'paddle', 'cruise', 'go', 'swim', 'row', 'steam', 'push', 'advance', 'march', 'wash', 'carry', 'ferry', 'ship', 'run']
    .flatMap((v) => [v, `${v}s`, `${v}ed`, `${v}ing`, v.endsWith('e') ? `${v}d` : `${v}ed`])
    .concat(['went', 'goes', 'gone', 'swam', 'ran', 'rowed', 'carried', 'ferried', 'shipped', 'floated', 'drifted', 'headed', 'travelled', 'traveled', 'paddled', 'moved', 'flowed', 'advanced', 'marched', 'washed']),
);
/** words before "up"/"down" that make it "along": "further down the Tarvel", "a mile up the Tarvel" */
const ALONG_BEFORE: ReadonlySet<string> = new Set(['further', 'farther', 'way', 'back', 'mile', 'miles', 'kilometre', 'kilometres', 'kilometer', 'kilometers', 'km']);
/** "sailed up", "carried the grain up", "further down": a verb of moving up to four words before k (same sentence) */
function movingBefore(doc: Doc, k: number): boolean {
  if (k > 0 && ALONG_BEFORE.has(doc.lower[k - 1] as string)) return true;
  for (let j = k - 1; j >= 0 && k - j <= 4 && doc.sentOf[j] === doc.sentOf[k]; j--) if (MOVING_VERBS.has(doc.lower[j] as string)) return true;
  return false;
}
/** nouns before "of the" that make the name after it a river: "the banks of the Tarvel", "the mouth of the Tarvel" */
const RIVER_PARTS: ReadonlySet<string> = new Set(['bank', 'banks', 'mouth', 'delta', 'estuary', 'tributary', 'tributaries', 'headwaters', 'waters', 'basin', 'floodplain', 'source']);
/** words that may stand between "the" and a river's name: "the upper Tarvel", "the Brazilian Amazon" (demonyms are checked apart) */
const RIVER_MODIFIERS: ReadonlySet<string> = new Set(['upper', 'lower', 'middle', 'mighty', 'northern', 'southern', 'eastern', 'western', 'central']);
/** tokens of a river's short name: "Shatt al - Arab" is four */
const MAX_RIVER_TOKENS = 5;

/** the "X" of a river mention "X River" / "River X", or null */
function riverStem(doc: Doc, m: EntityMention): string | null {
  if (m.type !== 'LOC' || m.tokenEnd - m.tokenStart < 2) return null;
  if (doc.words[m.tokenEnd - 1] === 'River') return doc.text.slice(m.start, doc.ends[m.tokenEnd - 2] as number);
  if (doc.words[m.tokenStart] === 'River') return doc.text.slice(doc.starts[m.tokenStart + 1] as number, m.end);
  return null;
}

/** a capital then a small letter (a module constant: a literal in the token loop is a new RegExp per token) */
const CAP_LOWER = /^\p{Lu}\p{Ll}/u;
/**
 * "the Mekong", "down the Tarvel", "the banks of the Tarvel": English names a river without its head noun once the
 * article has named it in full ("the Tarvel River") or the gazetteer knows it ("Amazon River"), and after a verb of
 * moving along it or a part of a river. Such a name after "the" (and an optional "upper", "lower" or demonym) is the
 * river (LOC), whatever the tagger made of it; names the gazetteer knows as an organisation, a person or a country keep
 * their type, and a name used as a modifier ("the Amazon warehouse") is left alone. `mentions` sorted by start.
 */
function riverShortForms(doc: Doc, kb: KB, mentions: EntityMention[]): EntityMention[] {
  const stems = riverStems(doc, mentions);
  let out: EntityMention[] | null = null;
  let p = 0;
  for (let t = 1; t < doc.n; t++) {
    // a short name comes right after "the" or one word after it (riverNameEnd): that comparison first, as it leaves
    // few tokens for the regular expression and the look-ups (this loop visits every token of every article)
    if (doc.lower[t - 1] !== 'the' && (t < 2 || doc.lower[t - 2] !== 'the')) continue;
    if (!CAP_LOWER.test(doc.words[t] as string)) continue;
    const e = riverNameEnd(doc, kb, t, stems);
    if (e < 0) continue;
    const list: EntityMention[] = out ?? mentions;
    while (p < list.length && (list[p] as EntityMention).tokenEnd <= t) p++;
    const at = list[p];
    if (at && at.tokenStart < e) {
      // a mention of exactly these words (not a person with a title before it) becomes the river
      if (at.tokenStart !== t || at.tokenEnd !== e || at.type === 'LOC' || at.type === 'NORP' || at.type === 'FAC') continue;
      out ??= [...mentions];
      out[p] = retyped(at, 'LOC', 'name');
    } else {
      // (a name the recognizers left out is one only when something else makes it one: the full name or the gazetteer)
      if (/^\p{Ll}/u.test(doc.words[e - 1] as string) && !knownRiver(kb, stems, doc.text.slice(doc.starts[t] as number, doc.ends[e - 1] as number))) continue;
      out ??= [...mentions];
      out.splice(p, 0, span(doc, t, e, 'LOC', 'name', undefined));
    }
    t = e - 1;
  }
  return out ?? mentions;
}

/** the "X" of the article's "X River", "River X" and "X river" mentions, or null when there is none */
function riverStems(doc: Doc, mentions: readonly EntityMention[]): Set<string> | null {
  let stems: Set<string> | null = null;
  for (const m of mentions) {
    const s = riverStem(doc, m);
    if (s) (stems ??= new Set()).add(s);
    else if (m.type === 'LOC' && m.tokenEnd < doc.n && doc.words[m.tokenEnd] === 'river') (stems ??= new Set()).add(m.text);
  }
  return stems;
}

/** the article ("X River" mentions: `stems`) or the gazetteer knows a river of this name */
function knownRiver(kb: KB, stems: ReadonlySet<string> | null, text: string): boolean {
  return stems?.has(text) || kb.region(`${text} River`) !== undefined || kb.region(`River ${text}`) !== undefined;
}

/**
 * The end (exclusive) of a river's short name that starts at the capitalised token t after "the", known as a river or
 * after a cue of one; -1 when there is none.
 */
function riverNameEnd(doc: Doc, kb: KB, t: number, stems: ReadonlySet<string> | null): number {
  // "the", then up to one modifier
  let the = t - 1;
  const before = doc.words[the] as string;
  if (RIVER_MODIFIERS.has(before) || (/^\p{Lu}/u.test(before) && kb.countryByDemonym(before) && the > 0 && doc.lower[the - 1] === 'the')) the--;
  if (the < 0 || doc.lower[the] !== 'the') return -1;
  const prep = the > 0 ? (doc.lower[the - 1] as string) : '';
  // "up"/"down" are also particles ("makes up the X Administration", "set up the Y"): a cue only after a verb of moving
  const cue = the > 0 && ((RIVER_PREPS.has(prep) && (!PARTICLE_PREPS.has(prep) || movingBefore(doc, the - 1))) ||
    (prep === 'of' && the > 1 && RIVER_PARTS.has(doc.lower[the - 2] as string)));
  // the longest capitalised run of up to five tokens (hyphenated parts and "al" included: "Shatt al-Arab")
  let b = t + 1;
  while (b < doc.n && b - t < MAX_RIVER_TOKENS && doc.sentOf[b] === doc.sentOf[t] && (/^\p{Lu}/u.test(doc.words[b] as string) || DASHES.has(doc.words[b] as string) ||
    (glued(doc, b) && /^\p{L}/u.test(doc.words[b] as string)) || (HYPHEN_ARTICLES.has(doc.words[b] as string) && b + 1 < doc.n && DASHES.has(doc.words[b + 1] as string) && glued(doc, b + 1)))) b++;
  while (b > t + 1 && DASHES.has(doc.words[b - 1] as string)) b--;
  const next = doc.words[b];
  if (next === 'River' || next === 'river' || (next !== undefined && doc.pos[b] === NOUN && /^\p{Ll}/u.test(next))) return -1;
  const text = doc.text.slice(doc.starts[t] as number, doc.ends[b - 1] as number);
  // (the gazetteer first: one look-up, and after "the" often a name of another type; knownRiver builds and looks up
  // two new strings)
  const g = kb.phrases.get(text);
  if (g && g.type !== 'LOC') return -1;
  if (!cue && !knownRiver(kb, stems, text)) return -1;
  if (kb.countryByName(text) || kb.region(text)) return -1;
  return b;
}

/** lower-case plural place nouns after a list of names, with the type they give each name ("the Varo and Kelim rivers") */
const PLURAL_PLACE_NOUNS: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  // (oil and gas fields are deposits under a stretch of ground or sea: "the Tarsk, Oyul and Kemba fields")
  ...['rivers', 'lakes', 'islands', 'valleys', 'peninsulas', 'deserts', 'seas', 'straits', 'gulfs', 'plateaus', 'plains', 'fields', 'oilfields', 'gasfields']
    .map((w): [string, EntityType] => [w, 'LOC']),
  ...['districts', 'provinces', 'regions', 'oblasts', 'governorates', 'prefectures', 'counties', 'municipalities', 'states', 'towns', 'cities', 'villages', 'townships']
    .map((w): [string, EntityType] => [w, 'GPE']),
]);
const LIST_WORDS: ReadonlySet<string> = new Set(['and', 'or', '&']);
const LIST_SKIP_POS: ReadonlySet<number> = new Set(['DET', 'ADP', 'PRON', 'CCONJ', 'SCONJ', 'ADV'].map((t) => POS_INDEX[t] as number));
const MAX_LISTED_NAME = 4;
const MAX_LISTED = 6;

/** the index of the first mention (sorted by start, not overlapping) that ends after token a: binary search */
function firstEndingAfter(list: readonly EntityMention[], a: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as EntityMention).tokenEnd <= a) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** the start of the capitalised name (up to four tokens, hyphenated parts included) that ends at token e - 1, or -1 */
function nameStartBefore(doc: Doc, e: number): number {
  let a = e;
  while (a > 0 && e - a < MAX_LISTED_NAME && (/^\p{Lu}/u.test(doc.words[a - 1] as string) || (DASHES.has(doc.words[a - 1] as string) && a - 1 > 0 && glued(doc, a - 1) && glued(doc, a)))) a--;
  // (not a capitalised article or preposition opening the sentence: "The Barvo and Kessa islands")
  while (a < e - 1 && (DASHES.has(doc.words[a] as string) || LIST_SKIP_POS.has(doc.pos[a] as number))) a++;
  return a < e && /^\p{Lu}\p{Ll}/u.test(doc.words[a] as string) ? a : -1;
}

/**
 * "the Varo and Kelim rivers", "the Kelvar, Tarsk and Orna districts": names listed before a lower-case plural place
 * noun are each a place of that kind (LOC for physical features, GPE for divisions and settlements), whatever the tagger
 * made of them or if it found nothing. Demonyms ("the Russian and Ukrainian cities"), countries and names the gazetteer
 * knows as something else keep their type. `mentions` sorted by start; returns them sorted.
 */
function coordinatedPlaces(doc: Doc, kb: KB, mentions: EntityMention[]): EntityMention[] {
  let out: EntityMention[] | null = null;
  for (let t = 3; t < doc.n; t++) {
    const type = PLURAL_PLACE_NOUNS.get(doc.words[t] as string);
    if (!type) continue;
    const spans = listedNames(doc, t);
    if (spans) out = withListedPlaces(doc, kb, mentions, out, spans, type);
  }
  return out ?? mentions;
}

/** The names [a, b) of a list closed by "and"/"or" before the plural place noun at t, last first ("... A, B and C <noun>"), or null. */
function listedNames(doc: Doc, t: number): Array<[number, number]> | null {
  const spans: Array<[number, number]> = [];
  let e = t;
  for (;;) {
    const a = nameStartBefore(doc, e);
    if (a < 0 || doc.sentOf[a] !== doc.sentOf[t]) break;
    spans.push([a, e]);
    if (spans.length >= MAX_LISTED || a < 2) break;
    const w = doc.lower[a - 1] as string;
    if (LIST_WORDS.has(w)) e = a - 1;
    else if (w === ',' && spans.length > 1) e = a - 1;
    else break;
    if (doc.words[e - 1] === ',') e--; // the serial comma: "A, B, and C"
  }
  if (spans.length < 2) return null;
  // (the list must be closed by "and"/"or": "in Tarvo, Kelim rivers" is no list)
  const lastGap = doc.lower[(spans[0] as [number, number])[0] - 1] as string;
  if (!LIST_WORDS.has(lastGap) && !(lastGap === ',' && LIST_WORDS.has(doc.lower[(spans[0] as [number, number])[0] - 2] as string))) return null;
  return spans;
}

/**
 * The listed names `spans` made places of `type` in `out` (null: `mentions` unchanged so far; returns the new list or
 * null when still unchanged): a mention of exactly the name is retyped, a name no mention covers is added.
 */
function withListedPlaces(doc: Doc, kb: KB, mentions: EntityMention[], changed: EntityMention[] | null, spans: ReadonlyArray<[number, number]>, type: EntityType): EntityMention[] | null {
  let out = changed;
  for (const [a, b] of spans) {
    const text = doc.text.slice(doc.starts[a] as number, doc.ends[b - 1] as number);
    const g = kb.phrases.get(text);
    if ((g && g.type !== 'GPE' && g.type !== 'LOC') || kb.countryByName(text) || kb.countryByDemonym(text)) continue;
    const list: EntityMention[] = out ?? mentions;
    const i = firstEndingAfter(list, a);
    const at = list[i];
    if (at && at.tokenStart < b) {
      if (at.tokenStart !== a || at.tokenEnd !== b || at.type === type || at.type === 'NORP' || at.type === 'FAC' || (at.type === 'LOC' && type === 'GPE' && g?.type === 'LOC')) continue;
      out ??= [...mentions];
      out[i] = retyped(at, type, 'name');
    } else {
      out ??= [...mentions];
      out.splice(i, 0, span(doc, a, b, type, 'name', undefined));
    }
  }
  return out;
}
