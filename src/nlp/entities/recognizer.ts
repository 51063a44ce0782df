// The default entity recognizer: the trained tagger and the gazetteer/pattern rules, decided by the trained mention
// ranker (ranker.ts). Without a ranker model, both propose spans with a fixed trust score and overlapping spans go
// to the more trusted one. The tagger's types are refined through the gazetteer (the training corpora do not
// separate GPE from LOC, nor FAC).
import type { EntityType } from '../../core/analysis.js';
import type { KB } from '../../kb/types.js';
import { POS_INDEX, type Doc, type EntityMention, type EntityRecognizer } from '../types.js';
import { gluedHyphen } from '../tokenize.js';
import { createTaggerRecognizer } from '../ner/index.js';
import { loadRanker } from '../ner/load.js';
import { CLASS_OF, N_CLASSES, candidates, claimSpan, rank, type RankerModel } from './ranker.js';
import { NER_TYPES } from '../ner/tags.js';
import { createRuleRecognizer, entityMention, isCapitalized, reachingTo, retyped, writtenCapitalised } from './rules.js';
import { EVENT_HEADS, HONORIFICS, LOC_HEADS, NAME_PARTICLES, NOT_ENTITY_ACRONYMS, ORG_HEADS, REMIT_PREPS, ROLE_HEADS, ROLE_MODIFIERS } from './lexicon.js';
import { appositiveRole, fixNameShapes, mediaTail, relativeOfPerson, titledApposition } from './name-shapes.js';
import { CUE_VERBS } from '../lexicon/speech.js';

export const TAGGER_SCORE = 2;
const HAS_CAPITAL = /\p{Lu}/u;
const BRACKET = /^[()[\]{}]$/;
/** below the rules' person patterns (1–1.5), above unknown capitalized words (0.5) */
export const WEAK_TAGGER_SCORE = 0.9;

export interface RecognizerOptions {
  /** the trained tagger (default: the shipped one); null = rules only */
  tagger?: EntityRecognizer | null;
  /** the mention ranker that decides among tagger and rule spans (default: the shipped one); null = fixed trust scores */
  ranker?: RankerModel | null;
}

export function createRecognizer(kb: KB, opts: RecognizerOptions = {}): EntityRecognizer {
  const rules = createRuleRecognizer({ kb });
  const tagger = opts.tagger === undefined ? createTaggerRecognizer() : opts.tagger;
  if (!tagger) return rules;
  const ranker = opts.ranker === undefined ? loadRanker() : opts.ranker;
  if (ranker) {
    return {
      name: 'tagger+rules, ranked',
      recognize(doc: Doc): EntityMention[] {
        // (by push, not map: an optimised map's holey result is another hidden class for candidates' loop to deoptimise on;
        // the tagger's own mentions, with no score, copied to the recognizers' one hidden class)
        const fromTagger: EntityMention[] = [];
        for (const m of tagger.recognize(doc)) fromTagger.push(refineTaggerMention(doc, kb, m) ?? retyped(m, m.type));
        const fromRules = rules.recognize(doc);
        const out: EntityMention[] = [];
        for (const { c, cls } of rank(ranker, doc, kb, candidates(doc, fromTagger, fromRules))) {
          const m = rankedMention(doc, kb, c.a, c.b, cls, c.rule);
          if (m) out.push(m);
        }
        actorPrefixPeople(doc, kb, fromTagger, out);
        appositivePeople(doc, fromRules, out);
        repeatedNames(doc, fromRules, out);
        taggedPeople(doc, kb, fromTagger, out);
        orgPersonTails(doc, fromTagger, out);
        orgTitleTails(doc, kb, fromTagger, out);
        demonymLedOrgs(doc, kb, fromTagger, out);
        namedGroups(doc, fromRules, out);
        townAppositions(doc, kb, fromRules, out);
        featureNouns(doc, kb, out);
        givenNameRescue(doc, kb, fromRules, fromTagger, out);
        reportingSurnames(doc, kb, fromRules, out);
        return withoutSignOff(doc, fixNameShapes(doc, kb, placesNamedOf(doc, kb, regionalDemonyms(doc, kb, personNames(doc, kb, eventShortForms(doc, particleSurnames(doc, describedOrgs(doc, kb, headlineVerbs(doc, out)))))))));
      },
    };
  }
  return {
    name: 'tagger+rules',
    recognize(doc: Doc): EntityMention[] {
      const fromRules = rules.recognize(doc);
      const fromTagger: EntityMention[] = [];
      for (const m of tagger.recognize(doc)) {
        const t = refineTaggerMention(doc, kb, m);
        if (t) fromTagger.push(t);
      }
      return withoutSignOff(doc, fixNameShapes(doc, kb, placesNamedOf(doc, kb, regionalDemonyms(doc, kb, personNames(doc, kb, eventShortForms(doc, fuse(fromRules, fromTagger, doc.n)))))));
    },
  };
}

const VERB_POS = POS_INDEX['VERB'] as number;
const NOUN_POS = POS_INDEX['NOUN'] as number;
const AUX_POS = POS_INDEX['AUX'] as number;
const PROPN_POS = POS_INDEX['PROPN'] as number;
const ADJ_POS = POS_INDEX['ADJ'] as number;
const ADP_POS = POS_INDEX['ADP'] as number;
const PUNCT_POS = POS_INDEX['PUNCT'] as number;
/** at most this many lines at the end of a text are read as a sign-off */
const MAX_SIGN_OFF_LINES = 4;

/**
 * Where the sign-off of a press release or readout starts (the issuing unit, contacts, tags: "Office of the Spokesperson,
 * Ministry of ...", "Press Office X | Follow us on X"), else -1: the trailing lines that are no sentence (no verb, no
 * closing punctuation), after the last line that is one.
 */
function signOffStart(doc: Doc): number {
  let from = -1;
  let lineEnd = doc.text.length;
  let t = doc.n - 1;
  for (let lines = 0; lines < MAX_SIGN_OFF_LINES && lineEnd > 0; lines++) {
    const lineStart = doc.text.lastIndexOf('\n', lineEnd - 1) + 1;
    const line = doc.text.slice(lineStart, lineEnd).trim();
    if (line.length > 0) {
      if (/[.!?"”’)]$/.test(line)) break;
      let verb = false;
      let words = 0;
      for (; t >= 0 && (doc.starts[t] as number) >= lineStart; t--) {
        words++;
        if (doc.pos[t] === VERB_POS || doc.pos[t] === AUX_POS) verb = true;
      }
      if (verb || words > 30) break;
      from = lineStart;
    }
    if (lineStart === 0) break;
    lineEnd = lineStart - 1;
  }
  return from;
}

/**
 * A name in a release's sign-off that the release itself never mentions is no part of the story ("Office of the
 * Spokesperson", "Public Diplomacy Wing"). Returns `mentions` (sorted by start) without them.
 */
function withoutSignOff(doc: Doc, mentions: EntityMention[]): EntityMention[] {
  const end = signOffStart(doc);
  if (end <= 0) return mentions;
  const before = new Set<string>();
  for (const m of mentions) if (m.end <= end) before.add(m.text);
  return mentions.filter((m) => m.start < end || before.has(m.text));
}

/**
 * The line holding char offset i reads as a headline or subhead: no closing punctuation, at most 20 words, at least three
 * of them capitalised and no more than one longer word in lower case ("Harris Rejects Isolationism in Ohio Speech").
 */
function headlineLine(text: string, i: number): boolean {
  const a = text.lastIndexOf('\n', i - 1) + 1;
  let b = text.indexOf('\n', i);
  if (b < 0) b = text.length;
  const line = text.slice(a, b).trim();
  if (/[.!?:;,"”’)]$/u.test(line)) return false;
  const words = line.split(/\s+/);
  if (words.length > 20) return false;
  let caps = 0;
  let lower = 0;
  for (const w of words) {
    if (/^\p{Lu}/u.test(w)) caps++;
    else if (/^\p{Ll}{4,}/u.test(w)) lower++;
  }
  return caps >= 3 && lower <= 1;
}

/** present forms headlines use that the tagger may take for a name's word in title case ("Varga Slams Critics") */
const HEADLINE_VERBS: ReadonlySet<string> = new Set([
  'slams', 'rejects', 'vows', 'denies', 'accuses', 'blasts', 'hails', 'backs', 'defends', 'criticises', 'criticizes', 'welcomes',
  'condemns', 'praises', 'pledges', 'seeks', 'quits', 'resigns', 'meets', 'visits', 'signs', 'eyes', 'faces', 'orders', 'bans',
  'halts', 'launches', 'unveils', 'sues', 'fires', 'names', 'wins', 'loses', 'rebuffs', 'dismisses', 'demands', 'threatens',
]);

/**
 * "Harris Rejects Isolationism", "Says Alliances Keep America Safe": in a title-case headline or subhead, a person's
 * name runs into the verb after it, which the tagger still tags a verb in its present -s form; the name stops before
 * that verb, and a span that opens with one names no one (returns `mentions` without or with the cut spans).
 */
function headlineVerbs(doc: Doc, mentions: EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of mentions) {
    if (m.type !== 'PERSON' && m.type !== 'OTHER' && m.type !== 'EVENT') {
      out.push(m);
      continue;
    }
    let v = -1;
    for (let k = m.tokenStart; k < m.tokenEnd; k++) {
      if (/^\p{Lu}\p{Ll}+s$/u.test(doc.words[k] as string) && (doc.pos[k] === VERB_POS || HEADLINE_VERBS.has(doc.lower[k] as string) || CUE_VERBS.has(doc.lower[k] as string))) {
        v = k;
        break;
      }
    }
    if (v < 0 || !headlineLine(doc.text, m.start)) {
      out.push(m);
      continue;
    }
    if (v > m.tokenStart) {
      const end = doc.ends[v - 1] as number;
      out.push(retyped(reachingTo(doc, m, v, end), m.type === 'PERSON' ? 'PERSON' : 'OTHER'));
    }
  }
  return out;
}

/** nouns for a kind of organisation, the head of an apposition or of a noun phrase before a name ("a campaign group") */
const ORG_KIND_NOUNS: ReadonlySet<string> = new Set([
  'group', 'organisation', 'organization', 'charity', 'coalition', 'alliance', 'ngo', 'association', 'network', 'movement',
  'foundation', 'nonprofit', 'non-profit', 'think-tank', 'watchdog', 'union', 'company', 'firm', 'start-up', 'startup',
  'lobby', 'federation', 'consortium', 'collective', 'society', 'broadcaster', 'newspaper', 'publisher', 'airline',
  'carrier', 'manufacturer', 'maker', 'retailer', 'developer', 'lender', 'insurer', 'operator', 'party', 'institute',
  'carmaker', 'automaker', 'chipmaker', 'drugmaker', 'steelmaker', 'planemaker', 'miner', 'conglomerate', 'brewer',
]);
/** lower-case words inside a name ("Friends of the Earth", "Doctors for Peace") */
const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', '&']);
/** capitalised words of dates, never part of a name run here */
const DATE_WORDS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** capitalised (a name word) */
const nameWord = (doc: Doc, k: number): boolean => /^[\p{Lu}\p{N}]/u.test(doc.words[k] as string) && doc.pos[k] !== PUNCT_POS && !DATE_WORDS.has(doc.lower[k] as string);

/** The end of the run of name words from token c (itself one), joined by lower-case connectors, at most six words. */
function nameRunEnd(doc: Doc, c: number): number {
  let b = c + 1;
  while (b < doc.n && b - c < 6 && (nameWord(doc, b) || (NAME_CONNECTORS.has(doc.words[b] as string) && nameWord(doc, b + 1)))) b++;
  return b;
}

/** Token c-1 opens its sentence with a capitalised noun for a kind of organisation ("Chipmaker", "Charity"). */
function nounOpens(doc: Doc, c: number): boolean {
  return c > 0 && doc.sentStart[doc.sentOf[c - 1] as number] === c - 1 && ORG_KIND_NOUNS.has(doc.lower[c - 1] as string) && /^\p{Lu}\p{Ll}+$/u.test(doc.words[c - 1] as string);
}

/**
 * The head noun of the apposition after the comma at c (", a Dutch charity,", ", an advocacy group based in X,"), when
 * the apposition opens with "a"/"an", holds no finite verb and closes with a comma or the sentence's end; else -1.
 */
function appositionHead(doc: Doc, c: number): number {
  if (doc.words[c] !== ',' || (doc.lower[c + 1] !== 'a' && doc.lower[c + 1] !== 'an')) return -1;
  const sEnd = doc.sentEnd[doc.sentOf[c] as number] as number;
  let head = -1;
  for (let k = c + 2; k < sEnd && k - c <= 14; k++) {
    const w = doc.lower[k] as string;
    if (w === ',' || w === '.' || k === sEnd - 1) {
      if (head < 0) head = w === ',' || w === '.' ? k - 1 : k;
      return head > c + 1 ? head : -1;
    }
    if (doc.pos[k] === VERB_POS || doc.pos[k] === AUX_POS) {
      if (head >= 0 && /ed$/.test(w)) continue; // ("a group based in Lima")
      return -1;
    }
    if (head < 0 && (doc.pos[k] === ADP_POS || w === 'that' || w === 'which' || w === 'who')) {
      head = k - 1;
      if (head <= c + 1) return -1;
    }
  }
  return -1;
}

/**
 * "Clean Rivers Now, a campaign group, said", "the Dutch charity Oxfam Novib said": a run of capitalised words that an
 * apposition or a noun phrase before it calls a group, a charity, a company … is an organisation's name, whatever the
 * recognizers made of its words (a person's name from two unknown words, a place from one); its other occurrences in
 * the article are that organisation too. Returns `mentions` with the runs in place of what overlapped them.
 */
function describedOrgs(doc: Doc, kb: KB, mentions: EntityMention[]): EntityMention[] {
  const runs = describedRuns(doc, kb);
  if (runs.length === 0) return mentions;
  const spans = describedSpans(doc, kb, mentions, runs);
  if (spans.size === 0) return mentions;
  return withDescribedOrgs(doc, mentions, spans);
}

/** The runs [a, b) of capitalised words that an apposition after them or a noun phrase before them calls an organisation. */
function describedRuns(doc: Doc, kb: KB): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let c = 1; c < doc.n; c++) {
    if (doc.words[c] === ',') {
      const a = appositionRunStart(doc, c);
      if (a >= 0) runs.push([a, c]);
      continue;
    }
    const b = describedRunEnd(doc, kb, c);
    if (b >= 0) runs.push([c, b]);
  }
  return runs;
}

/** The start of the run of name words before the comma at c that an apposition after it calls an organisation, or -1. */
function appositionRunStart(doc: Doc, c: number): number {
  const h = appositionHead(doc, c);
  if (h < 0 || !ORG_KIND_NOUNS.has(doc.lower[h] as string) || !nameWord(doc, c - 1)) return -1;
  const s0 = doc.sentStart[doc.sentOf[c] as number] as number;
  let a = c - 1;
  while (a - 1 >= s0 && (nameWord(doc, a - 1) || (NAME_CONNECTORS.has(doc.words[a - 1] as string) && a - 2 >= s0 && nameWord(doc, a - 2))) && c - a < 6) a--;
  while (a < c && (NAME_CONNECTORS.has(doc.lower[a] as string) || doc.lower[a] === 'a' || doc.lower[a] === 'an' || doc.lower[a] === 'in')) a++;
  return a < c ? a : -1;
}

/**
 * The end of the run of name words from token c that a noun phrase before it calls an organisation ("the campaign group
 * Clean Rivers Now", "The Dutch charity Oxfam Novib", "Chipmaker Norvia said"), or -1.
 */
function describedRunEnd(doc: Doc, kb: KB, c: number): number {
  if (doc.words[c - 1] === ',') return appositionAfterNoun(doc, kb, c);
  const w = doc.lower[c - 1] as string;
  // (or the noun opens the sentence: "Chipmaker Norvia said")
  const opens = nounOpens(doc, c);
  if (!ORG_KIND_NOUNS.has(w) || ((doc.words[c - 1] as string) !== w && !opens) || !nameWord(doc, c) || doc.pos[c - 1] === VERB_POS) return -1;
  // (not a rank or a title and a name: "Group Captain Ana Holm", "Party Secretary Li Wei")
  // (nor a group's letter or number: "Group F")
  if (opens && (HONORIFICS.has(doc.words[c] as string) || !/^\p{Lu}[\p{L}]+/u.test(doc.words[c] as string) || ROLE_HEADS.has(doc.lower[c] as string) || kb.isGivenName(doc.words[c] as string))) return -1;
  let det = opens;
  for (let k = c - 2; k >= 0 && k >= c - 5; k--) {
    const l = doc.lower[k] as string;
    if (l === 'the' || l === 'a' || l === 'an' || l === "'s" || l === '’s') {
      det = true;
      break;
    }
    if (doc.pos[k] !== ADJ_POS && doc.pos[k] !== NOUN_POS && doc.pos[k] !== PROPN_POS) break;
  }
  if (!det) return -1;
  const b = nameRunEnd(doc, c);
  // (not a verb the run ends in, nor a possessive after it: "the group Hamas's leaders")
  if (doc.words[b] === "'s" || doc.words[b] === '’s') return -1;
  return b;
}

/**
 * "The operator, Velmora, said", "the carrier, Nordavia,": the end of the run of name words from token c that stands
 * between commas in apposition to a definite noun phrase whose head is a kind of organisation, or -1. (Not a given
 * name: "the company, Ana Lui, its founder" names a person.)
 */
function appositionAfterNoun(doc: Doc, kb: KB, c: number): number {
  const h = c - 2;
  if (h < 1 || !ORG_KIND_NOUNS.has(doc.words[h] as string) || !nameWord(doc, c) || kb.isGivenName(doc.words[c] as string) || HONORIFICS.has(doc.words[c] as string)) return -1;
  // "the", or "the" and up to two modifiers ("the state mine operator")
  let k = h - 1;
  while (k >= 0 && h - k <= 3 && doc.lower[k] !== 'the' && (doc.pos[k] === NOUN_POS || doc.pos[k] === ADJ_POS)) k--;
  if (k < 0 || doc.lower[k] !== 'the' || doc.sentOf[k] !== doc.sentOf[c]) return -1;
  const b = nameRunEnd(doc, c);
  return doc.words[b] === ',' ? b : -1;
}

/** The runs that become organisations, by their words: none that a place, a people, a known organisation or a person holds. */
function describedSpans(doc: Doc, kb: KB, mentions: readonly EntityMention[], runs: ReadonlyArray<[number, number]>): Map<string, [number, number]> {
  const spans = new Map<string, [number, number]>();
  for (const [a, b] of runs) {
    const key = doc.words.slice(a, b).join(' ');
    // (a mention of the noun that opens the sentence and the name, "Chipmaker Norvia", gives way)
    const over = mentions.filter((m) => m.tokenStart < b && m.tokenEnd > a && !(m.tokenStart === a - 1 && nounOpens(doc, a) && m.tokenEnd <= b));
    // (a place, a people or a known organisation exactly there stays; so does a person named by a known given name)
    if (over.some((m) => m.tokenStart === a && m.tokenEnd === b && m.type !== 'PERSON' && m.type !== 'OTHER')) continue;
    if (over.some((m) => m.tokenStart < a || m.tokenEnd > b) || kb.countryByName(key)) continue;
    if (b - a === 2 && kb.isGivenName(doc.words[a] as string) && !over.some((m) => m.type === 'ORG')) continue;
    spans.set(key, [a, b]);
  }
  return spans;
}

/** `mentions` with every occurrence of the runs' words (`spans`) an organisation in place of what overlapped it, sorted. */
function withDescribedOrgs(doc: Doc, mentions: EntityMention[], spans: ReadonlyMap<string, [number, number]>): EntityMention[] {
  let out = mentions;
  for (const [key, [a0, b0]] of spans) {
    const len = b0 - a0;
    for (let a = 0; a + len <= doc.n; a++) {
      if (doc.words[a] !== doc.words[a0] || doc.words.slice(a, a + len).join(' ') !== key) continue;
      const b = a + len;
      if ((a > 0 && nameWord(doc, a - 1) && doc.lower[a - 1] !== 'the' && doc.sentStart[doc.sentOf[a] as number] !== a && !nounOpens(doc, a)) || (b < doc.n && nameWord(doc, b))) continue;
      const led = (m: EntityMention): boolean => m.tokenStart === a - 1 && nounOpens(doc, a) && m.tokenEnd <= b;
      if (out.some((m) => m.tokenStart < b && m.tokenEnd > a && (m.tokenStart < a || m.tokenEnd > b) && !led(m))) continue;
      const start = doc.starts[a] as number;
      const end = doc.ends[b - 1] as number;
      out = out.filter((m) => !(m.tokenStart < b && m.tokenEnd > a));
      out.push(entityMention(start, end, a, b, doc.text.slice(start, end), 'ORG', 'name', TAGGER_SCORE));
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

/**
 * "Ahmed Al-Sayed … Al-Sayed said", "Omar al-Masri … Al-Masri said": the surname of a person named in full that ends
 * with a name particle, a hyphen and a name, written again alone where no mention stands, is that person again (the
 * recognizers read a particle that opens a sentence as no name). Returns `mentions` with those mentions added.
 */
function particleSurnames(doc: Doc, mentions: EntityMention[]): EntityMention[] {
  const surnames = new Set<string>();
  for (const m of mentions) {
    // (the particle and the surname end the name, after one given name or more: "Abdel Fattah al-Burhan")
    const a = m.tokenEnd - 3;
    if (m.type !== 'PERSON' || a <= m.tokenStart || doc.words[a + 1] !== '-' || !NAME_PARTICLES.has(doc.lower[a] as string)) continue;
    if (doc.ends[a] !== doc.starts[a + 1] || doc.ends[a + 1] !== doc.starts[a + 2]) continue;
    surnames.add(`${doc.lower[a] as string}-${doc.lower[a + 2] as string}`);
  }
  if (surnames.size === 0) return mentions;
  const covered = new Uint8Array(doc.n);
  for (const m of mentions) covered.fill(1, m.tokenStart, m.tokenEnd);
  const added: EntityMention[] = [];
  for (let k = 0; k + 2 < doc.n; k++) {
    if (covered[k] || covered[k + 1] || covered[k + 2] || doc.words[k + 1] !== '-' || !/^\p{Lu}/u.test(doc.words[k + 2] as string)) continue;
    if (!surnames.has(`${doc.lower[k] as string}-${doc.lower[k + 2] as string}`) || doc.ends[k] !== doc.starts[k + 1] || doc.ends[k + 1] !== doc.starts[k + 2]) continue;
    // (not inside a longer capitalised name: "Al-Sayed Street")
    if ((k > 0 && /^\p{Lu}/u.test(doc.words[k - 1] as string) && doc.sentStart[doc.sentOf[k] as number] !== k) || /^\p{Lu}/u.test(doc.words[k + 3] ?? '')) continue;
    const start = doc.starts[k] as number;
    const end = doc.ends[k + 2] as number;
    added.push(entityMention(start, end, k, k + 3, doc.text.slice(start, end), 'PERSON', 'name', TAGGER_SCORE));
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((x, y) => x.start - y.start);
}

/**
 * "Zoran Djindjic's coalition", "Abu Musab al-Zarqawi": a word or two the actor dictionaries list as a company or a
 * group ("Zoran", "Abu Musab"), kept as an organisation, that the tagger reads as the start of a longer person's name
 * are that person's given names; the tagger's person wins (curated organisations keep their name) (mutates `out`).
 */
function actorPrefixPeople(doc: Doc, kb: KB, fromTagger: readonly EntityMention[], out: EntityMention[]): void {
  let people: Map<number, EntityMention> | null = null;
  for (const p of fromTagger) if (p.type === 'PERSON' && p.tokenEnd - p.tokenStart >= 2) (people ??= new Map()).set(p.tokenStart, p);
  if (!people) return;
  for (let i = 0; i < out.length; i++) {
    const o = out[i] as EntityMention;
    const p = o.type === 'ORG' ? people.get(o.tokenStart) : undefined;
    if (!p || p.tokenEnd <= o.tokenEnd || o.tokenEnd - o.tokenStart > 2 || kb.orgByName(o.text) || !kb.actorOrg(o.text.toLowerCase())) continue;
    // the rest is written as a name ("Djindjic", "al-Zarqawi"; not a model number: "Canon sx40")
    let named = true;
    for (let k = o.tokenEnd; named && k < p.tokenEnd; k++) named = HAS_CAPITAL.test(doc.words[k] as string) || NAME_PARTICLES.has(doc.words[k] as string) || doc.words[k] === '-';
    if (!named) continue;
    // nothing kept inside the rest of the person's name but capitalised words the rules could not type ("Djindjic")
    let free = true;
    for (const x of out) if (x !== o && x.tokenStart < p.tokenEnd && x.tokenEnd > o.tokenEnd && (x.type !== 'OTHER' || x.tokenEnd > p.tokenEnd)) free = false;
    if (!free) continue;
    out[i] = retyped(p, p.type, 'name', TAGGER_SCORE);
    for (let j = out.length - 1; j >= 0; j--) {
      const x = out[j] as EntityMention;
      if (j === i || x.type !== 'OTHER' || x.tokenStart < o.tokenEnd || x.tokenEnd > p.tokenEnd) continue;
      out.splice(j, 1);
      if (j < i) i--;
    }
  }
}

/**
 * "Ilmar Vask, the bureau's chief economist, said", "the Peruvian Minister of Trade, Ana Ruiz, said": a person's name the
 * rules found and the ranker left out, where nothing else was kept, is a person when a role noun stands in apposition
 * right after it or a title right before it (mutates `out`).
 */
function appositivePeople(doc: Doc, fromRules: readonly EntityMention[], out: EntityMention[]): void {
  addUncovered(doc, fromRules, out, (m) => (m.type === 'PERSON' && m.tokenEnd - m.tokenStart >= 2 && (appositiveRole(doc, m.tokenEnd) || titledApposition(doc, m.tokenStart, m.tokenEnd) || titledRun(doc, m) || relativeOfPerson(doc, m.tokenStart, m.tokenEnd)) ? retyped(m, m.type, m.kind, TAGGER_SCORE) : null));
}

/**
 * "Special Envoy for Syria Geir Pedersen told": a name of two or three capitalised words right after a capitalised title
 * whose role word has its remit after "for"/"of"/"on" ("Envoy for Syria", "Commissioner for Human Rights"), with no
 * capitalised word after the name.
 */
function titledRun(doc: Doc, m: EntityMention): boolean {
  const a = m.tokenStart;
  if (m.tokenEnd - a > 3 || a < 3 || /^\p{Lu}/u.test(doc.words[m.tokenEnd] ?? '')) return false;
  for (let k = a; k < m.tokenEnd; k++) if (!/^\p{Lu}\p{Ll}/u.test(doc.words[k] as string)) return false;
  const s0 = doc.sentStart[doc.sentOf[a] as number] as number;
  let k = a - 1;
  while (k >= s0 && a - k <= 4 && /^\p{Lu}/u.test(doc.words[k] as string)) k--;
  if (k === a - 1 || k - 1 < s0 || !REMIT_PREPS.has(doc.lower[k] as string)) return false;
  const role = doc.words[k - 1] as string;
  return /^\p{Lu}/u.test(role) && ROLE_HEADS.has(role.toLowerCase());
}

/**
 * "Minister for Lands and Natural Resources Emmanuel Armah-Kofi Buah said": a person's name the tagger found right after
 * the capitalised words of a title, led by a given name the knowledge base knows, where the ranker kept nothing at all,
 * is that person (the title run before it makes the rules' span of it a poor one) (mutates `out`).
 */
function taggedPeople(doc: Doc, kb: KB, fromTagger: readonly EntityMention[], out: EntityMention[]): void {
  addUncovered(doc, fromTagger, out, (m) => {
    if (m.type !== 'PERSON' || m.tokenEnd - m.tokenStart < 2 || m.tokenEnd - m.tokenStart > 6 || !kb.isGivenName(doc.words[m.tokenStart] as string)) return null;
    // right after a capitalised word of the title, and no capitalised word after it ("Andrew Marr Show")
    if (m.tokenStart === 0 || !/^\p{Lu}\p{Ll}+$/u.test(doc.words[m.tokenStart - 1] as string) || /^\p{Lu}/u.test(doc.words[m.tokenEnd] ?? '')) return null;
    // (capitalised words, or hyphens inside a word: "Armah-Kofi")
    for (let k = m.tokenStart; k < m.tokenEnd; k++) {
      const w = doc.words[k] as string;
      if (!/^\p{Lu}/u.test(w) && !gluedHyphen(doc, k)) return null;
    }
    return retyped(m, m.type, 'name', TAGGER_SCORE);
  });
}

/**
 * "Chairperson of the Norland Association of Small Farmers Kofi Mensah said": an organisation's name kept with the name of
 * the person who holds a post in it run on after it is cut where the tagger starts that person, after the organisation's
 * head or a plural noun ("Farmers", "Resources"), when the kept name ends in no organisation head (mutates `out`).
 */
function orgPersonTails(doc: Doc, fromTagger: readonly EntityMention[], out: EntityMention[]): void {
  let personEndingAt: Map<number, EntityMention> | null = null;
  for (const p of fromTagger) if (p.type === 'PERSON' && p.tokenEnd - p.tokenStart >= 2) (personEndingAt ??= new Map()).set(p.tokenEnd, p);
  if (!personEndingAt) return;
  const n = out.length;
  for (let i = 0; i < n; i++) {
    const o = out[i] as EntityMention;
    const p = o.type === 'ORG' ? personEndingAt.get(o.tokenEnd) : undefined;
    if (!p || p.tokenStart - o.tokenStart < 2 || ORG_HEADS.has(doc.words[o.tokenEnd - 1] as string)) continue;
    const before = doc.words[p.tokenStart - 1] as string;
    // (or the tagger itself ends a name right before the person and finds the person's surname alone elsewhere:
    // "at University of Texas Arlington Amneh Jafari … Jafari said")
    const surname = doc.words[p.tokenEnd - 1] as string;
    const split = fromTagger.some((x) => x.tokenEnd === p.tokenStart && x.tokenStart >= o.tokenStart && x.type !== 'PERSON') &&
      fromTagger.some((x) => x.type === 'PERSON' && x.tokenEnd - x.tokenStart === 1 && x.text === surname);
    if (!ORG_HEADS.has(before) && !/^\p{Lu}\p{Ll}+s$/u.test(before) && !split) continue;
    const end = doc.ends[p.tokenStart - 1] as number;
    out[i] = reachingTo(doc, o, p.tokenStart, end);
    out.push(retyped(p, p.type, 'name', TAGGER_SCORE));
  }
}

/**
 * "U.S. Agency for International Development Assistant Administrator of the Bureau for Asia Michael Schiffer": an
 * organisation's name kept with a post in it and the holder's name run on after it ends where the organisation the
 * knowledge base knows ends, when a capitalised role word follows there ("Assistant Administrator", "Director"); the
 * person the tagger found at the end of the kept span is kept (mutates `out`).
 */
function orgTitleTails(doc: Doc, kb: KB, fromTagger: readonly EntityMention[], out: EntityMention[]): void {
  const n = out.length;
  for (let i = 0; i < n; i++) {
    const o = out[i] as EntityMention;
    if (o.type !== 'ORG' || o.tokenEnd - o.tokenStart < 4) continue;
    const known = kb.actorOrgAt(doc.lower, doc.words, o.tokenStart, o.tokenEnd);
    const e = known?.end ?? -1;
    if (e <= o.tokenStart || e >= o.tokenEnd - 1) continue;
    const w = doc.lower[e] as string;
    if (!/^\p{Lu}/u.test(doc.words[e] as string) || !(ROLE_HEADS.has(w) || ROLE_MODIFIERS.has(w))) continue;
    // a role head in the rest (not only a modifier: "Development Bank" after "Asian")
    let head = false;
    for (let k = e; k < o.tokenEnd && !head; k++) head = ROLE_HEADS.has(doc.lower[k] as string);
    if (!head) continue;
    const end = doc.ends[e - 1] as number;
    out[i] = reachingTo(doc, o, e, end);
    const p = fromTagger.find((x) => x.type === 'PERSON' && x.tokenEnd === o.tokenEnd && x.tokenStart > e && x.tokenEnd - x.tokenStart >= 2);
    if (p) out.push(retyped(p, p.type, 'name', TAGGER_SCORE));
  }
}

/**
 * "the Palestinian Civil Defence", "the Lebanese Red Cross": a body the tagger found whole, a demonym and two or more
 * capitalised words, that the ranker split into the demonym (a people) and the rest (or nothing), is that body: a
 * national body is named with its people's adjective, as "Philippine Coast Guard" is (mutates `out`).
 */
function demonymLedOrgs(doc: Doc, kb: KB, fromTagger: readonly EntityMention[], out: EntityMention[]): void {
  for (const x of fromTagger) {
    const a = x.tokenStart;
    const b = x.tokenEnd;
    if (x.type !== 'ORG' || b - a < 3 || !kb.countryByDemonym(doc.words[a] as string)) continue;
    let plain = true;
    for (let k = a + 1; k < b && plain; k++) plain = /^\p{Lu}\p{Ll}/u.test(doc.words[k] as string) && !ROLE_HEADS.has(doc.lower[k] as string);
    if (!plain) continue;
    // (and the name stops there: not "Israeli National Security Advisor")
    if (b < doc.n && /^\p{Lu}/u.test(doc.words[b] as string)) continue;
    const people = out.find((o) => o.tokenStart === a && o.tokenEnd === a + 1 && o.type === 'NORP');
    // the rest kept as one body or unknown name of exactly those words, or not kept at all
    const rest = out.findIndex((o) => o.tokenStart >= a + 1 && o.tokenStart < b);
    const r = rest >= 0 ? (out[rest] as EntityMention) : null;
    if (!people || (r && (r.tokenStart !== a + 1 || r.tokenEnd !== b || (r.type !== 'ORG' && r.type !== 'OTHER'))) || out.some((o) => o.tokenStart < b && o.tokenEnd > a && o !== people && o !== r)) continue;
    if (rest >= 0) out.splice(rest, 1);
    out[out.indexOf(people)] = retyped(x, 'ORG', 'name', TAGGER_SCORE);
  }
}

/**
 * "Prime Minister Hun Manet met ... Hun Manet welcomed the step": a person's full name kept once is that person again
 * wherever the rules find it and the ranker kept nothing there, or only a part of it ("Manet") (mutates `out`).
 */
function repeatedNames(doc: Doc, fromRules: readonly EntityMention[], out: EntityMention[]): void {
  let names: Set<string> | null = null;
  for (const o of out) if (o.type === 'PERSON' && o.tokenEnd - o.tokenStart >= 2) (names ??= new Set()).add(o.text);
  if (!names) return;
  const full = names;
  // token -> index in `out` of the mention that covers it, -1 if none
  let owner: Int32Array | null = null;
  for (const m of fromRules) {
    if (m.type !== 'PERSON' || !full.has(m.text)) continue;
    if (!owner) {
      owner = new Int32Array(doc.n).fill(-1);
      for (let i = 0; i < out.length; i++) owner.fill(i, (out[i] as EntityMention).tokenStart, (out[i] as EntityMention).tokenEnd);
    }
    let inside = -1;
    let blocked = false;
    for (let k = m.tokenStart; k < m.tokenEnd && !blocked; k++) {
      const i = owner[k] as number;
      if (i < 0 || i === inside) continue;
      const o = out[i] as EntityMention;
      if (inside < 0 && o.type === 'PERSON' && o.tokenStart >= m.tokenStart && o.tokenEnd <= m.tokenEnd) inside = i;
      else blocked = true;
    }
    if (!blocked && inside >= 0) out[inside] = retyped(m, m.type, m.kind, TAGGER_SCORE);
  }
  addUncovered(doc, fromRules, out, (m) => (m.type === 'PERSON' && full.has(m.text) ? retyped(m, m.type, m.kind, TAGGER_SCORE) : null));
}

/** Adds the rule mentions `pick` keeps (as it rewrites them) whose tokens no mention in `out` covers (mutates `out`). */
function addUncovered(doc: Doc, fromRules: readonly EntityMention[], out: EntityMention[], pick: (m: EntityMention) => EntityMention | null): void {
  let taken: Uint8Array | null = null;
  for (const m of fromRules) {
    const kept = pick(m);
    if (!kept) continue;
    if (!taken) {
      taken = new Uint8Array(doc.n);
      for (const o of out) taken.fill(1, o.tokenStart, o.tokenEnd);
    }
    let free = true;
    for (let k = m.tokenStart; free && k < m.tokenEnd; k++) free = taken[k] === 0;
    if (!free) continue;
    taken.fill(1, m.tokenStart, m.tokenEnd);
    out.push(kept);
  }
}

/** lower-case nouns after a name that make it an armed group ("the M23 rebel group", "M23 fighters") */
const GROUP_NOUNS: ReadonlySet<string> = new Set(['rebel', 'rebels', 'militia', 'militias', 'militiamen', 'insurgents', 'insurgent', 'fighters', 'gunmen', 'guerrillas', 'guerrilla', 'jihadists']);

/**
 * "The M23 rebel group ... the M23 said", "the state-run IRNA news agency": a name the rules read as an organisation and
 * the ranker left out, where nothing else was kept, is that organisation when a group noun or a media noun follows it
 * somewhere in the article ("rebel group", "fighters", "news agency"); its other mentions follow (mutates `out`).
 */
function namedGroups(doc: Doc, fromRules: readonly EntityMention[], out: EntityMention[]): void {
  let groups: Set<string> | null = null;
  for (const m of fromRules) {
    if (m.type === 'ORG' && m.tokenEnd < doc.n && (GROUP_NOUNS.has(doc.words[m.tokenEnd] as string) || mediaTail(doc, m.tokenEnd))) (groups ??= new Set()).add(m.text);
  }
  if (!groups) return;
  const taken = new Uint8Array(doc.n);
  for (const o of out) taken.fill(1, o.tokenStart, o.tokenEnd);
  for (const m of fromRules) {
    if (m.type !== 'ORG' || !groups.has(m.text)) continue;
    let free = true;
    for (let k = m.tokenStart; free && k < m.tokenEnd; k++) free = taken[k] === 0;
    if (!free) continue;
    taken.fill(1, m.tokenStart, m.tokenEnd);
    out.push(retyped(m, m.type, 'name', TAGGER_SCORE));
  }
}

/** nouns for a town in an apposition ("the provincial capital, Talvik,", "Kelvoro, a town of 40,000 people") */
const TOWN_NOUNS: ReadonlySet<string> = new Set(['town', 'city', 'village', 'capital', 'port', 'hamlet', 'settlement', 'suburb']);
const DET_A: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** a town noun closes an apposition of at most five words opened by an article after token b - 1 (", a town of ...") */
function townAfter(doc: Doc, b: number): boolean {
  if (doc.words[b] !== ',' || !DET_A.has(doc.lower[b + 1] ?? '')) return false;
  for (let k = b + 2; k < doc.n && k <= b + 6; k++) {
    const w = doc.lower[k] as string;
    // (the noun heads the apposition: not "a village elder")
    if (TOWN_NOUNS.has(w)) return doc.pos[k + 1] !== NOUN_POS;
    if (w === ',' || w === 'of' || /^\p{Lu}/u.test(doc.words[k] as string)) return false;
  }
  return false;
}

/** "the provincial capital, Talvik,": a town noun and a comma right before token a, and a comma or full stop after b - 1 */
function townBefore(doc: Doc, a: number, b: number): boolean {
  return a >= 2 && doc.words[a - 1] === ',' && TOWN_NOUNS.has(doc.lower[a - 2] as string) && (doc.words[b] === ',' || doc.words[b] === '.');
}

/**
 * "Kelvoro, a town of 40,000 people", "the provincial capital, Talvik,": a name in apposition to a town noun is a town,
 * whatever the ranker made of it (a person, an organisation) or if it kept nothing there; names the gazetteer knows as
 * something else than a place keep their type (mutates `out`).
 */
function townAppositions(doc: Doc, kb: KB, fromRules: readonly EntityMention[], out: EntityMention[]): void {
  const town = (m: EntityMention): boolean => {
    if (m.type === 'GPE' || m.type === 'NORP' || m.type === 'FAC' || m.type === 'EVENT' || !/^\p{Lu}\p{Ll}/u.test(m.text)) return false;
    const g = kb.phrases.get(m.text);
    if (g && g.type !== 'GPE' && g.type !== 'LOC') return false;
    return townAfter(doc, m.tokenEnd) || townBefore(doc, m.tokenStart, m.tokenEnd);
  };
  for (let i = 0; i < out.length; i++) {
    const m = out[i] as EntityMention;
    if (m.type !== 'LOC' && town(m)) out[i] = retyped(m, 'GPE', 'name');
  }
  addUncovered(doc, fromRules, out, (m) => (m.tokenEnd - m.tokenStart <= 3 && town(m) ? retyped(m, 'GPE', 'name', TAGGER_SCORE) : null));
}

/** lower-case nouns of natural features after a name ("Gavdos island", "the Tarvel river") */
const FEATURE_NOUNS: ReadonlySet<string> = new Set(['island', 'islands', 'islet', 'atoll', 'reef', 'shoal', 'river', 'valley', 'lake', 'mountains', 'plateau']);

/**
 * "near Gavdos island", "the Tarvel river": capitalised words the rules could not type (kept as OTHER), followed by the
 * lower-case noun of a natural feature, name that feature (a place; the noun stays outside the name, as "Vaindloo" of
 * "Vaindloo island"). Title and organisation words, and sentence openers the article also writes in lower case, are left
 * alone (mutates `out`). (Not before a crossing or an airfield: news names those by the town, with or without the noun.)
 */
function featureNouns(doc: Doc, kb: KB, out: EntityMention[]): void {
  for (let i = 0; i < out.length; i++) {
    const m = out[i] as EntityMention;
    const b = m.tokenEnd;
    if (m.type !== 'OTHER' || b - m.tokenStart > 3 || b >= doc.n || !FEATURE_NOUNS.has(doc.words[b] as string) || !/^\p{Lu}\p{Ll}/u.test(m.text) || kb.phrases.has(m.text)) continue;
    let named = true;
    for (let k = m.tokenStart; named && k < b; k++) named = !HONORIFICS.has(doc.words[k] as string) && !ORG_HEADS.has(doc.words[k] as string);
    if (!named || (m.tokenStart === doc.sentStart[doc.sentOf[m.tokenStart] as number] && lowerInDoc(doc, doc.lower[m.tokenStart] as string))) continue;
    out[i] = retyped(m, 'LOC', 'name', TAGGER_SCORE);
  }
}

/**
 * The mention for a span the ranker kept as class `cls`: the rule's own mention when it agrees on the class (it
 * carries GPE/FAC, demonym and metonym kinds), else a name of the ranker's type, places typed through the gazetteer.
 * OTHER is kept only as the rules proposed it (resolution may still make it a surname or a city).
 */
function rankedMention(doc: Doc, kb: KB, a: number, b: number, cls: number, rule: EntityMention | null): EntityMention | null {
  const type = NER_TYPES[cls - 1];
  if (!type || cls >= N_CLASSES) return null;
  const ruleCls = rule ? CLASS_OF[rule.type] : undefined;
  if (rule && ruleCls === cls) return rule;
  if (type === 'OTHER' || bareTitle(doc, a, b)) return null;
  const start = doc.starts[a] as number;
  const end = doc.ends[b - 1] as number;
  const text = doc.text.slice(start, end);
  let t: EntityType = type;
  if (type === 'LOC') {
    const g = kb.phrases.get(text);
    const head = LOC_HEADS.get(doc.words[b - 1] as string);
    if (g && (g.type === 'GPE' || g.type === 'LOC' || g.type === 'FAC')) t = g.type;
    else if (head === 'FAC') t = 'FAC';
    else if (!head && knownPlace(kb, text)) t = 'GPE';
  }
  return entityMention(start, end, a, b, text, t, type === 'NORP' ? 'demonym' : 'name', TAGGER_SCORE);
}

/**
 * "Cyclone Phailin ... Phailin's winds": a one-word mention that is the last word of a longer EVENT name in the same
 * document is that event (mutates and returns `mentions`).
 */
const HEAD_PLACE_PREPS = new Set(['in', 'at', 'near', 'from']);

function eventShortForms(doc: Doc, mentions: EntityMention[]): EntityMention[] {
  let names: Set<string> | null = null;
  let heads = false;
  for (const m of mentions) {
    if (m.tokenEnd - m.tokenStart === 1 && m.type !== 'EVENT' && EVENT_HEADS.has(m.text)) heads = true;
    if (m.type === 'EVENT' && m.tokenEnd - m.tokenStart > 1 && isCapitalized(doc.words[m.tokenEnd - 1] as string) && !EVENT_HEADS.has(doc.words[m.tokenEnd - 1] as string)) (names ??= new Set()).add(doc.words[m.tokenEnd - 1] as string);
  }
  // "two days before the Summit": a meeting's or war's head word alone is a common noun written with a capital, not a
  // person's or organisation's name (the tagger takes it for one); a place only right after a place preposition ("in Summit")
  if (heads) mentions = mentions.filter((m) => !(m.tokenEnd - m.tokenStart === 1 && m.type !== 'EVENT' && EVENT_HEADS.has(m.text) &&
    !((m.type === 'GPE' || m.type === 'LOC') && m.tokenStart > 0 && HEAD_PLACE_PREPS.has(doc.lower[m.tokenStart - 1] as string))));
  if (!names) return mentions;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as EntityMention;
    if (m.type !== 'EVENT' && m.tokenEnd - m.tokenStart === 1 && names.has(m.text)) mentions[i] = retyped(m, 'EVENT', 'name');
  }
  return mentions;
}

const PLACE_PREPS = new Set(['in', 'to', 'from', 'at', 'near', 'of', 'across', 'into', 'outside', 'inside', 'via', 'toward', 'towards']);
const NAME_TYPES = new Set<EntityType>(['GPE', 'LOC', 'ORG', 'FAC']);

/**
 * Surnames that are also places ("Alejandro Toledo", "Carlos Mendoza", "Ana Herrera"): a one-word place or organisation
 * name written right after a person's name (one space between) is the rest of that name; and a one-word mention
 * elsewhere that is the last word of a person's full name in the same document is that person, unless a preposition
 * makes it a place ("in Mendoza", and then a one-word PERSON the gazetteer knows as a place is that place). Mutates
 * `mentions` (sorted by start).
 */
function personNames(doc: Doc, kb: KB, mentions: EntityMention[]): EntityMention[] {
  mentions.sort((x, y) => x.start - y.start);
  givenNameRuns(doc, kb, mentions);
  givenNamePlusSurname(doc, kb, mentions);
  if (!mentions.some((m) => m.type === 'PERSON')) return mentions;
  const out: EntityMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as EntityMention;
    const next = mentions[i + 1];
    if (m.type === 'PERSON' && next && NAME_TYPES.has(next.type) && next.tokenStart === m.tokenEnd && next.tokenEnd - next.tokenStart === 1 &&
      doc.text.slice(m.end, next.start) === ' ' && /^\p{Lu}\p{Ll}/u.test(next.text)) {
      out.push(reachingTo(doc, m, next.tokenEnd, next.end));
      i++;
      continue;
    }
    out.push(m);
  }
  let surnames: Set<string> | null = null;
  for (const m of out) if (m.type === 'PERSON' && m.tokenEnd - m.tokenStart > 1) (surnames ??= new Set()).add(doc.words[m.tokenEnd - 1] as string);
  if (!surnames) return out;
  for (let i = 0; i < out.length; i++) {
    const m = out[i] as EntityMention;
    if (m.tokenEnd - m.tokenStart !== 1 || !surnames.has(m.text)) continue;
    const prep = m.tokenStart > 0 ? (doc.lower[m.tokenStart - 1] as string) : '';
    if (NAME_TYPES.has(m.type) && !PLACE_PREPS.has(prep)) out[i] = retyped(m, 'PERSON', 'name');
    // "lives in Valencia": the namesake place ("to" and "from" also take people: "spoke to Valencia")
    else if (m.type === 'PERSON' && (prep === 'in' || prep === 'at' || prep === 'near') && knownPlace(kb, m.text)) out[i] = retyped(m, 'GPE', 'name');
  }
  return out;
}

/**
 * "Ana Toledo", "Walter Mendoza Riascos": a given name the recognizers left untyped and a one-word town or place name
 * (any capitalised word before the place when a role stands in apposition: "Ercan Aydın, a trader,"),
 * or a one-word place name between two untyped capitalised words, written one space apart, are one person's name. Mutates `mentions` (sorted by start).
 */
function givenNameRuns(doc: Doc, kb: KB, mentions: EntityMention[]): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i] as EntityMention;
    const place = mentions[i + 1] as EntityMention;
    // (a place read as a metonym is a person's surname just as well, with the evidence below: "Valeska Paris, a retired
    // teacher,")
    if (m.type !== 'OTHER' || m.tokenEnd - m.tokenStart !== 1 || !NAME_TYPES.has(place.type) || (place.kind !== 'name' && place.kind !== 'metonym') ||
      place.tokenStart !== m.tokenEnd || place.tokenEnd - place.tokenStart !== 1 || doc.text.slice(m.end, place.start) !== ' ' ||
      !/^\p{Lu}\p{Ll}/u.test(place.text) || !/^\p{Lu}\p{Ll}+$/u.test(m.text) || kb.countryByName(place.text) || REGION_WORDS.has(m.text) ||
      HONORIFICS.has(m.text) || ORG_HEADS.has(m.text) || LOC_HEADS.has(m.text)) continue;
    let last = place;
    let n = 2;
    const third = mentions[i + 2];
    // a place between two untyped capitalised words needs no given name ("Walter Mendoza Riascos")
    if (third && third.type === 'OTHER' && third.tokenStart === place.tokenEnd && third.tokenEnd - third.tokenStart === 1 && doc.text.slice(place.end, third.start) === ' ' &&
      /^\p{Lu}\p{Ll}{3,}$/u.test(third.text) && !LOC_HEADS.has(third.text) && !ORG_HEADS.has(third.text)) {
      last = third;
      n = 3;
    } else if (!kb.isGivenName(m.text) && !appositiveRole(doc, place.tokenEnd) && !appositivePerson(doc, place.tokenEnd) && !titledApposition(doc, m.tokenStart, place.tokenEnd)) continue;
    mentions.splice(i, n, retyped(reachingTo(doc, m, last.tokenEnd, last.end), 'PERSON', 'name', TAGGER_SCORE));
  }
}

/** nouns for a private person in an apposition after a name: ", an Australian woman and former member," */
const PRIVATE_PERSON_NOUNS: ReadonlySet<string> = new Set([
  'woman', 'man', 'mother', 'father', 'girl', 'boy', 'teenager', 'widow', 'resident', 'member', 'survivor', 'witness',
  'victim', 'student', 'teacher', 'nurse', 'doctor', 'worker', 'farmer', 'driver', 'pensioner', 'refugee', 'veteran',
]);

/** ", a/an … woman," after the name ending before b: a short apposition whose head is a person noun (see appositiveRole). */
function appositivePerson(doc: Doc, b: number): boolean {
  if (b + 1 >= doc.n || doc.words[b] !== ',' || (doc.lower[b + 1] !== 'a' && doc.lower[b + 1] !== 'an')) return false;
  for (let k = b + 2; k < doc.n && k - b <= 6; k++) {
    const w = doc.lower[k] as string;
    if (w === ',' || w === '.' || w === 'who') return false;
    if (PRIVATE_PERSON_NOUNS.has(w)) return true;
  }
  return false;
}

/**
 * "Amina Yusuf", "Olena Kovalenko": a known given name and one capitalised word the gazetteer does not know as a
 * country, division, curated place or organisation (and no name head: "Victoria Falls", "Morgan Bank"), typed a place
 * or an organisation as a whole, is a person's name, unless the whole is a known place or organisation or the second
 * word of an organisation is itself a given name ("Morgan Stanley") or the second word is a word the article writes in lower case. Mutates `mentions`.
 */
function givenNamePlusSurname(doc: Doc, kb: KB, mentions: EntityMention[]): void {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as EntityMention;
    if (m.kind === 'name' && NAME_TYPES.has(m.type) && givenAndSurname(doc, kb, m)) mentions[i] = retyped(m, 'PERSON', 'name');
  }
}

/** The two words of `m` are a given name and a surname nothing else claims (see givenNamePlusSurname). */
function givenAndSurname(doc: Doc, kb: KB, m: EntityMention): boolean {
  const a = m.tokenStart;
  if (m.tokenEnd - a !== 2) return false;
  const first = doc.words[a] as string;
  const last = doc.words[a + 1] as string;
  return !(!kb.isGivenName(first) || !/^\p{Lu}\p{Ll}+$/u.test(first) || !/^\p{Lu}\p{Ll}{2,}$/u.test(last) || doc.text.slice(doc.ends[a], doc.starts[a + 1]) !== ' ' ||
    (m.type === 'ORG' && kb.isGivenName(last)) || HONORIFICS.has(first) || ORG_HEADS.has(last) || LOC_HEADS.has(last) || ORG_HEADS.has(first) || LOC_HEADS.has(first) ||
    kb.phrases.has(m.text) || kb.orgByName(m.text) || knownPlace(kb, m.text) || kb.phrases.has(last) || kb.orgByName(last) ||
    kb.countryByName(last) || kb.admin1(last).length > 0 || kb.isCommonWordPlace(last) || lowerInDoc(doc, last.toLowerCase()));
}

/**
 * "said Fatima Osman": a person's name the rules found (a known given name and a surname) where the tagger found a name
 * of the same span but typed it a place or a body, and the ranker kept nothing there, is that person when its surname
 * is unknown (givenAndSurname; appends to `out`).
 */
function givenNameRescue(doc: Doc, kb: KB, fromRules: readonly EntityMention[], fromTagger: readonly EntityMention[], out: EntityMention[]): void {
  let tagged: Map<number, EntityMention> | null = null;
  let owned: Uint8Array | null = null;
  for (const m of fromRules) {
    if (m.type !== 'PERSON' || m.tokenEnd - m.tokenStart !== 2 || !kb.isGivenName(doc.words[m.tokenStart] as string)) continue;
    if (!tagged) {
      tagged = new Map();
      for (const x of fromTagger) if (x.tokenEnd - x.tokenStart === 2 && NAME_TYPES.has(x.type)) tagged.set(x.tokenStart, x);
      owned = new Uint8Array(doc.n);
      for (const x of out) owned.fill(1, x.tokenStart, x.tokenEnd);
    }
    const t = tagged.get(m.tokenStart);
    if (!t || (owned as Uint8Array)[m.tokenStart] || (owned as Uint8Array)[m.tokenStart + 1] || !givenAndSurname(doc, kb, t)) continue;
    out.push(retyped(m, 'PERSON', 'name', TAGGER_SCORE));
  }
}

/** reporting verbs after which a lone unknown capitalised word is the one who speaks ("Ruto said") */
const SPEAKING: ReadonlySet<string> = new Set(['said', 'says', 'told']);
const SURNAME_SHAPE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
const AGE = /^[1-9][0-9]$/;
/** a town this large is rather the town (resolve.ts keeps lone unknown words that name one of 20,000 people) */
const SURNAME_TOWN_POP = 20000;

/**
 * "Ruto said ...", "Johnson, 62, told ...": one capitalised word the rules could not type and the ranker left out, that
 * speaks through a reporting verb right after it or is given an age in apposition, is a person named by the surname
 * alone (a body or a place would be known to the knowledge base, and does not have an age); not a word the article
 * also writes in lower case, nor in a headline (appends to `out`).
 */
function reportingSurnames(doc: Doc, kb: KB, fromRules: readonly EntityMention[], out: EntityMention[]): void {
  const pick = (m: EntityMention): EntityMention | null => {
    const b = m.tokenEnd;
    if (m.type !== 'OTHER' || b !== m.tokenStart + 1 || b >= doc.n || !SURNAME_SHAPE.test(m.text)) return null;
    const aged = doc.words[b] === ',' && AGE.test(doc.words[b + 1] ?? '') && doc.words[b + 2] === ',';
    if (!aged && !SPEAKING.has(doc.lower[b] as string)) return null;
    if (kb.phrases.has(m.text) || kb.actorOrg(m.text.toLowerCase()) || kb.isCommonWordPlace(m.text) || kb.cities(m.text).some((c) => c.population >= SURNAME_TOWN_POP)) return null;
    const lower = m.text.toLowerCase();
    if (lowerInDoc(doc, lower) || headlineLine(doc.text, m.start)) return null;
    // not a word news writes in lower case mid-sentence ("Diplomats said", "Residents told"), nor a plural-looking word
    // the case lexicon has not seen ("Campaigners said")
    if (!writtenCapitalised(lower)) return null;
    return retyped(m, 'PERSON', 'name', TAGGER_SCORE);
  };
  // (the ranker may keep the word untyped)
  for (let i = 0; i < out.length; i++) {
    const p = pick(out[i] as EntityMention);
    if (p) out[i] = p;
  }
  addUncovered(doc, fromRules, out, pick);
}

/** Whether the document writes this lower-case word anywhere. */
function lowerInDoc(doc: Doc, lower: string): boolean {
  for (let t = 0; t < doc.n; t++) if (doc.lower[t] === lower && doc.words[t] === lower) return true;
  return false;
}

const REGION_WORDS = new Set(['Latin', 'South', 'North', 'East', 'West', 'Central', 'Southeast', 'Southwest', 'Northeast', 'Northwest',
  'Southern', 'Northern', 'Eastern', 'Western', 'Middle', 'Sub-Saharan']);
const CONTINENTAL = new Set(['American', 'Americans', 'African', 'Africans', 'Asian', 'Asians', 'European', 'Europeans', 'Arab', 'Arabs', 'Eastern', 'Pacific', 'Caribbean']);

/**
 * "Latin American countries", "Southeast Asian nations", "Middle Eastern states": a region word and a continental
 * demonym are one demonym of a region, a group rather than a country ("American" alone is the United States). Compounds
 * the gazetteer knows as a country's demonym ("South Korean", "Central African") are left to it. Returns `mentions`
 * (sorted by start) with such pairs merged.
 */
function regionalDemonyms(doc: Doc, kb: KB, mentions: EntityMention[]): EntityMention[] {
  let out: EntityMention[] | null = null;
  for (let t = 0; t + 1 < doc.n; t++) {
    const w = doc.words[t] as string;
    const d = doc.words[t + 1] as string;
    if (!REGION_WORDS.has(w) || !CONTINENTAL.has(d) || (doc.ends[t] as number) + 1 !== doc.starts[t + 1]) continue;
    const text = `${w} ${d}`;
    if (kb.phrases.has(text)) continue;
    // inside a longer name ("the Economic Community of West African States") the pair is part of that name
    if ((out ?? mentions).some((m) => m.tokenStart <= t && m.tokenEnd >= t + 2 && m.tokenEnd - m.tokenStart > 2)) continue;
    out ??= [...mentions];
    out = out.filter((m) => m.tokenEnd <= t || m.tokenStart >= t + 2);
    out.push(entityMention(doc.starts[t] as number, doc.ends[t + 1] as number, t, t + 2, text, 'NORP', 'demonym', TAGGER_SCORE));
  }
  if (!out) return mentions;
  return out.sort((x, y) => x.start - y.start);
}

/** "the town of X", "the island of X": the kind of place a name after "of" is (lower-case nouns only: "the City of London" is a name) */
const PLACE_OF: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ...['town', 'city', 'village', 'hamlet', 'port', 'capital', 'province', 'district', 'county', 'municipality', 'suburb', 'settlement', 'enclave', 'governorate', 'prefecture', 'oblast']
    .map((w): [string, EntityType] => [w, 'GPE']),
  // what a town has: "the streets of Jenin", "the outskirts of Kharkiv", "the mayor of Tarvo"
  ...['streets', 'outskirts', 'suburbs', 'mayor', 'inhabitants'].map((w): [string, EntityType] => [w, 'GPE']),
  ...['island', 'islands', 'region', 'peninsula', 'valley'].map((w): [string, EntityType] => [w, 'LOC']),
]);
const MAX_PLACE_WORDS = 4;

/**
 * "the town of Gorazde", "the southern port city of Kelmora", "the island of Tarnuk": a capitalised name right after a
 * place noun and "of" names a place of that kind, whatever the tagger made of it (a person, an organisation) or if it
 * found nothing. Names the recognizers typed as places keep their type. Returns `mentions` (sorted by start).
 */
function placesNamedOf(doc: Doc, kb: KB, mentions: EntityMention[]): EntityMention[] {
  let out: EntityMention[] | null = null;
  let m = 0;
  mentions.sort((x, y) => x.start - y.start);
  for (let t = 1; t + 1 < doc.n; t++) {
    if (doc.lower[t] !== 'of') continue;
    const kind = PLACE_OF.get(doc.words[t - 1] as string);
    if (!kind || !isCapitalized(doc.words[t + 1] as string)) continue;
    const list = out ?? mentions;
    while (m < list.length && (list[m] as EntityMention).tokenEnd <= t + 1) m++;
    const at = list[m];
    if (at && at.tokenStart <= t + 1) {
      // ("the village of Mirwan": a town the tagger read as a location, unknown to the gazetteer, is a town)
      const town = kind === 'GPE' && at.type === 'LOC' && at.kind === 'name' && !kb.phrases.has(at.text) && !kb.region(at.text);
      if (at.tokenStart !== t + 1 || (!town && (at.type === 'GPE' || at.type === 'LOC' || at.type === 'FAC' || at.type === 'NORP'))) continue;
      out ??= [...mentions];
      out[m] = retyped(at, kind, 'name');
      continue;
    }
    let b = t + 1;
    while (b < doc.n && b - t <= MAX_PLACE_WORDS && isCapitalized(doc.words[b] as string) && (!at || b < at.tokenStart)) b++;
    out ??= [...mentions];
    const start = doc.starts[t + 1] as number;
    const end = doc.ends[b - 1] as number;
    out.splice(m, 0, entityMention(start, end, t + 1, b, doc.text.slice(start, end), kind, 'name', TAGGER_SCORE));
  }
  return out ?? mentions;
}

/** "the Secretary", "the President": a title after "the" refers to a person but is not a name. */
function bareTitle(doc: Doc, a: number, b: number): boolean {
  return b - a === 1 && a > 0 && doc.lower[a - 1] === 'the' && ROLE_HEADS.has(doc.lower[a] as string);
}

/** A country, first-level division or city the gazetteer knows by this name. */
function knownPlace(kb: KB, text: string): boolean {
  return kb.countryByName(text) !== undefined || kb.admin1(text).length > 0 || kb.cities(text).length > 0;
}

/** Strips titles from person spans and types the tagger's LOC/ORG/OTHER spans through the gazetteer. */
export function refineTaggerMention(doc: Doc, kb: KB, m: EntityMention): EntityMention | null {
  let a = m.tokenStart;
  let b = m.tokenEnd;
  // a name does not run across a bracket ("Jeff [Drake]" is Jeff and Drake)
  while (a < b && BRACKET.test(doc.words[a] as string)) a++;
  for (let k = a + 1; k < b; k++) {
    if (BRACKET.test(doc.words[k] as string)) {
      b = k;
      break;
    }
  }
  if (m.type === 'PERSON') {
    // "US President Joe Biden": titles and the country or organization in them are not the name
    while (a < b - 1 && (HONORIFICS.has(doc.words[a] as string) || kb.phrases.has(doc.words[a] as string))) a++;
  }
  while (a < b && (doc.lower[a] === 'the' || doc.words[a] === '"' || doc.words[a] === '“')) a++;
  if (a >= b || bareTitle(doc, a, b)) return null;
  const start = doc.starts[a] as number;
  const end = doc.ends[b - 1] as number;
  const text = doc.text.slice(start, end);
  let type: EntityType = m.type;
  let kind = m.kind;
  const g = kb.phrases.get(text);
  if (g) {
    type = g.type;
    kind = g.kind;
  } else if (type === 'LOC' || type === 'ORG' || type === 'OTHER') {
    const last = doc.words[b - 1] as string;
    const head = LOC_HEADS.get(last);
    if (type !== 'ORG' && head === 'FAC') type = 'FAC';
    else if (type === 'LOC' && !head && knownPlace(kb, text)) type = 'GPE';
    else if (type === 'OTHER' && ORG_HEADS.has(last)) type = 'ORG';
    if (type === 'ORG' && kb.countryByName(text)) type = 'GPE';
  }
  if (type === 'OTHER' || NOT_ENTITY_ACRONYMS.has(text)) return null;
  // a place the gazetteer cannot locate and that has no place head is weak evidence ("Liisa Kask" as LOC)
  const unplaced = type === 'LOC' && !g && !LOC_HEADS.has(doc.words[b - 1] as string);
  return entityMention(start, end, a, b, text, type, kind, unplaced ? WEAK_TAGGER_SCORE : TAGGER_SCORE);
}

/**
 * Greedy by trust, then length: each token belongs to at most one mention. A rule span that contains a more
 * trusted tagger span of the same type takes its trust ("Ursula von der Leyen" over the tagger's "Ursula").
 */
export function fuse(fromRules: EntityMention[], fromTagger: EntityMention[], n: number): EntityMention[] {
  const tagged = [...fromTagger].sort((x, y) => x.start - y.start);
  const rules = [...fromRules].sort((x, y) => x.start - y.start);
  // both sorted by start: a pointer that only moves forward keeps this linear
  let p = 0;
  for (const outer of rules) {
    while (p < tagged.length && (tagged[p] as EntityMention).start < outer.start) p++;
    for (let j = p; j < tagged.length; j++) {
      const inner = tagged[j] as EntityMention;
      if (inner.start >= outer.end) break;
      if (inner.end <= outer.end && inner.type === outer.type && (inner.score ?? 0) > (outer.score ?? 0)) outer.score = inner.score;
    }
  }
  const order = [...rules, ...tagged].sort(
    (x, y) => (y.score ?? 0) - (x.score ?? 0) || y.tokenEnd - y.tokenStart - (x.tokenEnd - x.tokenStart) || x.start - y.start,
  );
  const owner = new Uint8Array(n);
  const out: EntityMention[] = [];
  for (const m of order) if (claimSpan(owner, m.tokenStart, m.tokenEnd)) out.push(m);
  return out.sort((x, y) => x.start - y.start);
}
