// Stage: PLOVER event coding. Trigger lexicon -> type/mode/CAMEO; subject -> source; object or PP -> target.
import type { ArgusEvent, DateMention, PloverType, Quote } from '../../core/analysis.js';
import type { Doc, ResolvedEntity } from '../types.js';
import { glued, gluedHyphen, tokenAt } from '../tokenize.js';
import { entityById, isCity, typeOfId, type EntityIndex } from './entity-index.js';
import { GOV_NOMINALS, HOME, LED_BODIES, countryOfEntity, isStateNoun, type ActsFor } from './acts-for.js';
import {
  ACT_CARRIERS, AID_OBJECTS, ANAPHORIC_ACTS, CIRCUMSTANCE_PREPS, TEXT_OBJECTS, CO_AGENT, CONTROL_TYPES, INTENT_WORDS, IRREALIS_HEADS, NEGATIONS, OBJECT_SWITCH, SEEKING, SPEECH_ACTS, SYMMETRIC,
  TRIGGERS, type TriggerDef,
} from '../lexicon/plover.js';
import { CUE_VERBS } from '../lexicon/speech.js';
import { loadEventLexicon, stem } from '../../kb/event-lexicon.js';
import { loadKB } from '../../kb/index.js';
import { P, POSSESSIVES, afterDateline, anyActor, entityIdAt, forceEntity, hasVerb, isActor, isQuoteTok, sentenceSubject, subjectBefore, type Subject } from './attribution.js';
import {
  ASKING, CAPTIVES, CEASE_HEADS, WITHHELD_SPEECH, anyAct, STANDING, undecidedBefore, EXPECTED, GATHERINGS, HELP, POSE, REDUCIBLE, REDUCING, WISH_HEADS, dangerThreat, fightsScourge, mobilisesMeans, mutualPairs, rewriteOf,
  notYetMade, withoutUntargetedRepeats, brokenBefore, type Rewrite,
} from '../events/triggers.js';
import { groupParties } from './groups.js';
import { JOURNEYS } from '../events/arguments.js';

/** a compiled pattern item: a set of word forms, a gap of up to GAP_MAX modifier tokens, or a noun phrase (`__`) */
type Item = ReadonlySet<string> | 'gap' | 'phrase';
interface Compiled {
  items: Item[];
  def: TriggerDef;
}

const GAP_MAX = 3;
/** how far (tokens) after the trigger a target may be */
const TARGET_WINDOW = 16;
/** how far (tokens) back a negation or intent word may be */
const MODIFIER_WINDOW = 3;

/** Regular inflections of a word; over-generation is harmless since only real words ever match. */
function inflect(w: string): string[] {
  const out = new Set([w, `${w}s`, `${w}es`, `${w}ed`, `${w}d`, `${w}ing`]);
  if (w.endsWith('e')) out.add(`${w.slice(0, -1)}ing`);
  if (w.endsWith('y')) {
    out.add(`${w.slice(0, -1)}ies`);
    out.add(`${w.slice(0, -1)}ied`);
  }
  const last = w[w.length - 1] as string;
  if (/[bcdfgklmnprstvz]/.test(last) && /[aeiou]/.test(w[w.length - 2] ?? '')) {
    out.add(`${w}${last}ed`);
    out.add(`${w}${last}ing`);
  }
  return [...out];
}

let compiled: Map<string, Compiled[]> | null = null;

/** Compiles TRIGGERS once per process: first word form -> patterns, longest first. */
function triggers(): Map<string, Compiled[]> {
  if (compiled) return compiled;
  const byFirst = new Map<string, Compiled[]>();
  for (const def of TRIGGERS) {
    const items: Item[] = def.pattern.split(' ').map((part) => {
      if (part === '_') return 'gap';
      if (part === '__') return 'phrase';
      const forms = new Set<string>();
      for (const alt of part.split('|')) {
        if (alt.endsWith('~')) for (const f of inflect(alt.slice(0, -1))) forms.add(f);
        else forms.add(alt);
      }
      return forms;
    });
    const first = items[0];
    if (!first || first === 'gap' || first === 'phrase') continue;
    for (const f of first) {
      const list = byFirst.get(f) ?? [];
      list.push({ items, def });
      byFirst.set(f, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.items.length - a.items.length);
  compiled = byFirst;
  return compiled;
}

/**
 * forms of "plan" as a verb: "the EU plans to impose tariffs" announces the act (INTENT_WORDS), where the noun ("a plan
 * to deploy", "its plans to expand") names a project. The tagger often reads "plans" after a name as a noun; a noun
 * "plan(s)" has a determiner, a possessive or an adjective before it.
 */
const PLAN_VERBS: ReadonlySet<string> = new Set(['plan', 'plans', 'planned', 'planning']);
const PLAN_NOUN_MARKS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'my', 'your', "'s", '’s', 'these', 'those', 'such', 'any', 'no', 'new', 'of', 'with', 'for', 'on', 'about', 'to', 'that', 'this']);
function plansVerb(doc: Doc, k: number): boolean {
  if (!PLAN_VERBS.has(doc.lower[k] as string) || k === 0) return false;
  if ((doc.pos[k] as number) === P.VERB) return true;
  const prev = doc.lower[k - 1] as string;
  return !PLAN_NOUN_MARKS.has(prev) && (doc.pos[k - 1] as number) !== P.ADJ && (doc.pos[k - 1] as number) !== P.NUM;
}

/**
 * nouns of a phase of one act, whose "of" phrase names the act: "began the second day of exercises", "held a round of
 * talks" (not a number of acts, "carried out a wave of attacks", which sums up a history)
 */
const PHASE_NOUNS: ReadonlySet<string> = new Set([
  'day', 'days', 'week', 'weeks', 'round', 'rounds', 'start', 'beginning', 'resumption', 'phase', 'stage', 'continuation',
]);

/** prepositions of a protest's or a complaint's reason: "protested over", "a complaint about", "lodged a protest against" */
const PROTEST_REASON_PREPS: ReadonlySet<string> = new Set(['over', 'about', 'against']);
/** "on 14 May", "in May", "May 3": the month, no modal (capitalised inside the sentence, or next to a number) */
function monthMay(doc: Doc, k: number, sa: number): boolean {
  if (doc.lower[k] !== 'may') return false;
  return (doc.words[k] === 'May' && k > sa) || (doc.pos[k - 1] as number) === P.NUM || (doc.pos[k + 1] as number) === P.NUM;
}

const GAP_POS = new Set([P.DET, P.ADJ, P.NUM, P.ADV, P.PRON, P.NOUN, P.PROPN, P.PART]);
/** the longest noun phrase a `__` item spans, and the prepositions it may hold */
const PHRASE_MAX = 10;
// ("than" in an amount: "ordered more than 40 diplomats to leave")
const PHRASE_PREPS: ReadonlySet<string> = new Set(['of', 'at', 'in', 'than']);

/** End token (exclusive) of a match of `items` at token i, or -1. Gaps skip modifiers only ("imposed new sanctions"). */
function matchAt(doc: Doc, i: number, items: Item[]): number {
  let t = i;
  for (let k = 0; k < items.length; k++) {
    const it = items[k] as Item;
    if (it === 'phrase') {
      // a whole noun phrase, with its own prepositional phrases: "declared an officer at the consulate in X persona
      // non grata", "ordered a Norwegian employee of the consulate to leave"
      const next = items[k + 1];
      if (!next || next === 'gap' || next === 'phrase') return -1;
      let g = 0;
      while (g <= PHRASE_MAX && t < doc.n && !next.has(doc.lower[t] as string)) {
        // a hyphenated name or compound is one word of the phrase: "gave Guinea-Bissau's rulers until ..."
        if (t > i && gluedHyphen(doc, t)) {
          t += 2;
          g++;
          continue;
        }
        // (and the marks of a quoted verdict and its coordinated adjectives: called it "a deliberate and dangerous provocation")
        if (!GAP_POS.has(doc.pos[t] as number) && !PHRASE_PREPS.has(doc.lower[t] as string) && !isQuoteTok(doc, t) && !(doc.lower[t] === 'and' && doc.pos[t - 1] === P.ADJ && doc.pos[t + 1] === P.ADJ)) return -1;
        t++;
        g++;
      }
      if (g === 0 || g > PHRASE_MAX) return -1;
      continue;
    }
    if (it === 'gap') {
      const next = items[k + 1];
      if (!next || next === 'gap' || next === 'phrase') return -1;
      let g = 0;
      while (g <= GAP_MAX && t < doc.n && !next.has(doc.lower[t] as string)) {
        // a hyphenated compound is one modifier: "sent search-and-rescue teams"
        if (t > i && gluedHyphen(doc, t)) {
          t += 2;
          continue;
        }
        if (!GAP_POS.has(doc.pos[t] as number)) return -1;
        t++;
        g++;
      }
      if (g > GAP_MAX) return -1;
      continue;
    }
    if (t >= doc.n || !it.has(doc.lower[t] as string)) return -1;
    t++;
  }
  return t;
}

const BE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'got', 'get', 'gets']);
/** nouns that a place's name follows with "of": "the town of X", "the port of Y" */
const SETTLEMENT_NOUNS: ReadonlySet<string> = new Set(['town', 'village', 'city', 'port', 'settlement', 'hamlet', 'province', 'region', 'island', 'outskirts', 'suburb', 'enclave']);
/** hostile acts whose object may be a place */
const HOSTILE_ON_PLACES: ReadonlySet<PloverType> = new Set(['ASSAULT', 'COERCE']);
const TARGET_PREPS = new Set(['with', 'to', 'against', 'on', 'upon', 'toward', 'towards', 'for', 'at', 'over', 'near', 'into', 'of']);
/**
 * prepositions by which forces are sent or drilled in a party's area, a show of force at it: "sent warships around
 * Taiwan", "off Cyprus" (not a place the party's name modifies: "security around the Sudanese embassy")
 */
const AREA_TARGET_PREPS: ReadonlySet<string> = new Set(['around', 'off', 'surrounding', 'encircling']);
/** subject pronouns of an object relative clause ("whom it accused", "who they blamed") */
const OBJECT_RELATIVE_SUBJECTS = new Set(['it', 'they', 'he', 'she', 'we']);
const CLAUSE_BREAK = new Set(['which', 'who', 'while', 'but', 'because', 'although', 'whereas', 'after', 'before', 'when', 'as', 'since', 'if', 'unless']);
const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);
/** CAMEO 163: an embargo, whose "from X" names the country whose goods are barred ("a ban on imports from X") */
const EMBARGO = '163';
/** types whose "from X" names the other party ("rejected the proposal from Kosovo") rather than a place */
const FROM_TARGET: ReadonlySet<PloverType> = new Set(['REJECT', 'AGREE', 'CONCEDE', 'SUPPORT', 'ACCUSE', 'REQUEST']);

/** verbs of taking something away, whose "from X" names where it was (see FROM_FRAME) */
export const REMOVING = /^(withdr[ae]w|remov)/;
/** verbs of denying a claim: the recipient of the act denied is not the one the denial answers */
export const DENIALS = /^den(?:y|ies|ied|ying)$/;
/**
 * types whose frame takes "from X" as the recipient after a verb of taking away: a retreat from X, a demand or a
 * refusal from X; envoys, monitors or aid withdrawn from X reduce relations with X; a threat (an announced retreat or
 * sanction, rewritten) keeps the frame of the act threatened
 */
export const FROM_FRAME: ReadonlySet<PloverType> = new Set(['RETREAT', 'REQUEST', 'REJECT', 'SANCTION', 'THREATEN']);
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight']);

/** First token of a time adjunct just before token v (", on Tuesday", "on Friday"), or -1. */
function timeAdjunctStart(doc: Doc, v: number, lo: number): number {
  let k = v - 1;
  if (k < lo || !TIME_WORDS.has(doc.lower[k] as string)) return -1;
  k--;
  if (k >= lo && doc.lower[k] === 'on') k--;
  return k + 1;
}

/** Token k is part of a hyphenated compound written without spaces ("30-day", "round-the-clock"). */
function inHyphenCompound(doc: Doc, k: number): boolean {
  if (doc.words[k] === '-') return gluedHyphen(doc, k);
  return (doc.words[k - 1] === '-' && glued(doc, k)) || (doc.words[k + 1] === '-' && glued(doc, k + 1));
}

/** first token of the mention covering token i */
function mentionStart(index: EntityIndex, i: number): number {
  const m = index.mentionAtToken?.[i];
  if (m) return m.tokenStart;
  let s = i;
  const e = index.entityAtToken[i];
  while (s > 0 && index.entityAtToken[s - 1] === e && i - s < 8) s--;
  return s;
}
function mentionEnd(index: EntityIndex, i: number): number {
  const m = index.mentionAtToken?.[i];
  if (m) return m.tokenEnd;
  let s = i;
  const e = index.entityAtToken[i];
  while (s + 1 < index.entityAtToken.length && index.entityAtToken[s + 1] === e && s - i < 8) s++;
  return s + 1;
}

/** Preposition governing the mention that starts at token s (skipping determiners and adjectives), or ''. */
function governingPrep(doc: Doc, s: number, lo: number): string {
  let k = s - 1;
  while (k >= lo && s - k <= 3 && ((doc.pos[k] as number) === P.DET || (doc.pos[k] as number) === P.ADJ || (doc.pos[k] as number) === P.NUM || POSSESSIVES.has(doc.lower[k] as string))) k--;
  if (k < lo) return '';
  if ((doc.pos[k] as number) === P.ADP || doc.lower[k] === 'to') return doc.lower[k] as string;
  return betweenTitles(doc, k, lo) ? 'between' : '';
}

/**
 * "talks between Foreign Ministers A and B", "a meeting between the two defence chiefs, A and B": a shared title
 * (nouns, adjectives, a count) stands between "between" and the first party, which it still introduces
 */
function betweenTitles(doc: Doc, k: number, lo: number): boolean {
  let t = k;
  while (t >= lo && k - t < 5 && (TITLE_POS.has(doc.pos[t] as number) || (doc.pos[t] as number) === P.DET || (doc.pos[t] as number) === P.NUM || doc.words[t] === ',')) t--;
  return t < k && t >= lo && doc.lower[t] === 'between';
}

/**
 * Entities coordinated after the phrase ending at e: "Chile, Peru, Bolivia, and Ecuador", "X and Peru's President Y".
 * Names joined by commas alone form no list ("After talks with Y, X said ..."): they count only when "and" closes it.
 */
function coordinatedParties(doc: Doc, index: EntityIndex, e: number, hi: number, out: string[], prep = ''): void {
  const before = out.length;
  let list = false;
  let t = e;
  for (let n = 0; n < 12 && t < hi; n++) {
    let k = t;
    // (the first conjunct's preposition repeated after "and": "spoke with X and with Y", "sanctions on X and on Y")
    while (k < hi && k - t < 5 && (doc.words[k] === ',' || doc.lower[k] === 'and' || doc.lower[k] === 'the' || doc.lower[k] === 'as' || doc.lower[k] === 'well' || doc.lower[k] === '&' || POSSESSIVES.has(doc.lower[k] as string) ||
      (prep !== '' && doc.lower[k] === prep && doc.lower[k - 1] === 'and'))) {
      if (doc.lower[k] !== ',' && doc.lower[k] !== 'the' && !POSSESSIVES.has(doc.lower[k] as string)) list = true;
      k++;
    }
    if (k === t || k >= hi || !isActor(index, k)) break;
    const hk = phraseHead(doc, index, k, hi);
    // ("... to Egypt, Egyptian Finance Minister X said": the name after the comma reports the sentence, no second party)
    if (reporterMention(doc, index, k, mentionEnd(index, hk), t, doc.sentEnd[doc.sentOf[k] as number] as number)) return;
    const id = hk === k ? countryOf(index, k) : entityIdAt(index, hk) as string;
    if (!out.includes(id)) out.push(id);
    t = mentionEnd(index, hk);
  }
  if (!list) out.length = before;
}
/** Token v is a reporting verb ("said", "told"). */
function reportingVerbAt(doc: Doc, v: number): boolean {
  return CUE_VERBS.has(doc.lower[v] ?? '') && (doc.pos[v] as number) === P.VERB;
}
/** parts of speech a one-word trigger can have */
const CONTENT_POS = new Set<number>([P.VERB, P.NOUN, P.PROPN, P.ADJ, P.AUX]);
/** prepositions that take a verb's object: "agreed on a truce", "called for talks", "voted for sanctions" */
const OBJECT_PREPS = new Set(['on', 'to', 'upon', 'for']);
/**
 * Entities coordinated before the subject starting at s: "Chile, Peru and X". A comma alone joins a name to a list
 * only inside one that "and" closes: "During his visit to Tokyo, X met Y", "In a call with Y, X discussed ..." front an
 * adjunct, not a conjunct.
 */
function coordinatedLeft(doc: Doc, index: EntityIndex, s: number, lo: number, out: string[]): void {
  let t = s;
  let list = false;
  for (let n = 0; n < 12 && t > lo; n++) {
    let k = t - 1;
    while (k >= lo && t - k < 5 && (doc.words[k] === ',' || doc.lower[k] === 'and' || doc.lower[k] === 'the' || doc.lower[k] === '&' || POSSESSIVES.has(doc.lower[k] as string))) {
      if (doc.lower[k] === 'and' || doc.lower[k] === '&') list = true;
      k--;
    }
    if (k === t - 1 || k < lo || !list) return;
    // "Chile's army and X", "the Chilean army and X": a common noun acts for the actor that modifies it
    if (!isActor(index, k) && (doc.pos[k] as number) === P.NOUN && (index.entityAtToken[k] as number) < 0) {
      let m = k - 1;
      while (m >= lo && k - m <= 3 && !isActor(index, m) && ((doc.pos[m] as number) === P.ADJ || doc.lower[m] === "'s" || doc.lower[m] === '’s')) m--;
      if (m < lo || !isActor(index, m)) return;
      const id = forceEntity(doc, index, k, countryOf(index, m)) ?? countryOf(index, m);
      if (!out.includes(id)) out.unshift(id);
      t = mentionStart(index, m);
      continue;
    }
    if (!isActor(index, k) || inPlacePhrase(doc, index, k, lo)) return;
    // ("Chinese and Russian naval forces": a demonym conjunct stands for its country, as the head's demonym does)
    const id = countryOf(index, k);
    if (!out.includes(id)) out.unshift(id);
    t = mentionStart(index, k);
  }
}

/**
 * For a span [a, b) that names a state's airspace or waters: the party named before "airspace", "waters" or "zone"
 * ("Latvian airspace", "Taiwan's air defence zone"), or null when none is ("waters near the shoal"); undefined when the
 * span names no airspace or waters.
 */
function territoryOwner(doc: Doc, index: EntityIndex, a: number, b: number): string | null | undefined {
  let owner: string | null = null;
  for (let k = a; k < b; k++) {
    if (isActor(index, k) && owner === null) owner = countryOf(index, k);
    if (TERRITORY.has(doc.lower[k] as string)) return owner;
  }
  return undefined;
}
const TERRITORY: ReadonlySet<string> = new Set(['airspace', 'waters', 'zone']);

/** prepositions that open a place phrase */
const PLACE_PREPS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'inside']);
/**
 * The name at k closes a place phrase: "in Bali, Indonesia, the leaders ...", "an outbreak in Chad, Sudan and South
 * Sudan" (names, commas and "and" back to "in").
 */
export function inPlacePhrase(doc: Doc, index: EntityIndex, k: number, lo: number): boolean {
  let j = mentionStart(index, k) - 1;
  for (let step = 0; step < 4 && j >= lo; step++) {
    if (doc.lower[j] === 'the') j--;
    if (PLACE_PREPS.has(doc.lower[j] as string)) return true;
    const glue = j;
    if (doc.lower[j] === 'and') j--;
    if (doc.words[j] === ',') j--;
    if (j === glue || j < lo || !isActor(index, j)) return false;
    j = mentionStart(index, j) - 1;
  }
  return false;
}

/** A demonym entity stands for its country when the article names that country ("Chinese vessels" -> China). */
function countryOf(index: EntityIndex, k: number): string {
  return countryOfEntity(index, index.entities[index.entityAtToken[k] as number] as ResolvedEntity);
}

/** A mention used as a modifier ("a Philippine boat", "Chinese vessels") names an actor, not a place. */
function isModifier(doc: Doc, index: EntityIndex, me: number): boolean {
  if (me >= doc.n || (index.entityAtToken[me] as number) >= 0) return false;
  const p = doc.pos[me] as number;
  return p === P.NOUN || (p === P.PROPN && doc.lower[me] !== ',');
}

/** End (exclusive) of the clause holding the trigger, bounded. */
/** verbs of acts two sides do to each other: "India and Pakistan traded fire" codes both directions */
/** words that make an act of two coordinated parties mutual: "each released", "in an exchange", "a prisoner swap" */
const MUTUAL_WORDS: ReadonlySet<string> = new Set(['each', 'exchange', 'swap', 'swaps', 'mutual', 'mutually', 'reciprocal']);
const RECIPROCAL: ReadonlySet<string> = new Set(['exchange', 'exchanges', 'exchanged', 'exchanging', 'trade', 'trades', 'traded', 'trading']);

/** Whether the noun phrase from k (after a few modifiers) is a document or media ("a joint statement", "new footage"). */
export function textObject(doc: Doc, k: number): boolean {
  // (a possessive and a titled document count too: "released its first public report", "released the 2021 Fiscal
  // Transparency Report")
  for (let t = k; t < doc.n && t - k < 6; t++) {
    const p = doc.pos[t] as number;
    if (p === P.NOUN) return TEXT_OBJECTS.has(doc.lower[t] as string);
    if (p === P.PROPN && TEXT_OBJECTS.has(doc.lower[t] as string)) return true;
    if (p !== P.DET && p !== P.ADJ && p !== P.ADV && p !== P.NUM && p !== P.PROPN && !(p === P.PRON && POSSESSIVES.has(doc.lower[t] as string))) return false;
  }
  return false;
}

/** verbs that put out a text or a message: its participle clause ("a statement demanding ...") is the producer's act */
const PRODUCE = /^(?:issu|releas|publish|put|sen[dt]|post|adopt|sign|read|deliver|mak|made|wr[io]t|draft|submit|present)/;

/** Whether the noun at n is the object of a verb of producing a text within three tokens before it. */
function producedBefore(doc: Doc, n: number, sa: number): boolean {
  for (let k = n - 1; k >= sa && n - k <= 4; k--) {
    const p = doc.pos[k] as number;
    if (p === P.VERB) return PRODUCE.test(doc.lower[k] as string);
    if (p !== P.DET && p !== P.ADJ && p !== P.NUM && p !== P.NOUN) return false;
  }
  return false;
}

/** Token k is a word of arms or military equipment, the object of a transfer: the event lexicon's &materiel or &weapon. */
function armsWord(doc: Doc, k: number): boolean {
  const { synsets } = loadEventLexicon();
  const w = stem(doc.lower[k] as string);
  return (synsets.get('&materiel')?.has(w) ?? false) || (synsets.get('&weapon')?.has(w) ?? false);
}

/**
 * The clause at `from` is a subject (a name, or a pronoun) and a verb with no object after it ("that Asmara denies.",
 * "that Beijing has rejected,"): after a noun, an object relative clause on it, not its content.
 */
function objectRelative(doc: Doc, index: EntityIndex, from: number, se: number): boolean {
  let k = from;
  if (isActor(index, k)) k = mentionEnd(index, k);
  else if ((doc.pos[k] as number) === P.PRON) k++;
  else return false;
  while (k < se && ((doc.pos[k] as number) === P.AUX || (doc.pos[k] as number) === P.ADV || (doc.pos[k] as number) === P.PART)) k++;
  if (k >= se || (doc.pos[k] as number) !== P.VERB) return false;
  return k + 1 >= se || (doc.pos[k + 1] as number) === P.PUNCT;
}

/**
 * Token k opens a clause that modifies the common noun before it, the object of the trigger ending at `end`: a relative
 * pronoun with a verb after it ("any plan that puts ..."), or a participle ("any government trying to ...").
 */
function objectClauseAt(doc: Doc, index: EntityIndex, k: number, end: number): boolean {
  const n = k - 1;
  if (n < end || (doc.pos[n] as number) !== P.NOUN || (index.entityAtToken[n] as number) >= 0) return false;
  const w = doc.lower[k] as string;
  if (w === 'that' || w === 'which' || w === 'who') {
    const v = doc.pos[k + 1] as number;
    return v === P.VERB || v === P.AUX;
  }
  return (doc.pos[k] as number) === P.VERB && /ing$/.test(w);
}

/** nouns by which an officer of an alliance or a union names its members: "allies", "member states" */
const MEMBER_NOUNS: ReadonlySet<string> = new Set(['allies', 'members', 'states']);
/**
 * The organisation of states (an IGO) whose officer reports the clause at s: the reporter acts for it, or its title
 * names it ("NATO Secretary General X said ...", "EU foreign policy chief X said ..."); else null.
 */
function allianceReporter(doc: Doc, index: EntityIndex, s: number, sa: number, acts: ActsFor): string | null {
  let k = s - 1;
  if (doc.lower[k] === 'that') k--;
  if (!CUE_VERBS.has(doc.lower[k] as string)) return null;
  const r = subjectBefore(doc, index, k, sa, true);
  if (!r?.id) return null;
  const igo = (id: string): boolean => {
    const b = entityById(index, id);
    return b !== undefined && b.type === 'ORG' && (b.kb as { role?: string }).role === 'IGO';
  };
  if (igo(acts.party(r.id))) return acts.party(r.id);
  for (let t = mentionStart(index, r.head) - 1; t >= sa && t >= r.head - 8; t--) {
    if (isActor(index, t)) {
      const id = entityIdAt(index, t) as string;
      return igo(id) ? id : null;
    }
    const p = doc.pos[t] as number;
    if (!(p === P.NOUN || p === P.PROPN || p === P.ADJ || doc.lower[t] === "'s" || doc.lower[t] === '’s')) return null;
  }
  return null;
}

/** nouns of a request that money can be given to: "pledged $5 million to the appeal" */
const APPEAL_NOUNS: ReadonlySet<string> = new Set(['appeal', 'appeals', 'plea', 'call']);
/** The words at k open "to/for the appeal" (a determiner or a possessive, a modifier or two): the appeal's token, else -1. */
function appealAt(doc: Doc, k: number, hi: number): number {
  if (doc.lower[k] !== 'to' && doc.lower[k] !== 'for') return -1;
  let j = k + 1;
  if (doc.lower[j] === 'the' || doc.lower[j] === 'its' || doc.lower[j] === 'their' || doc.lower[j] === 'this' || doc.lower[j] === 'that') j++;
  while (j < hi && j - k <= 4 && (doc.pos[j] as number) === P.ADJ) j++;
  // (not a compound: "the call centre")
  return j < hi && APPEAL_NOUNS.has(doc.lower[j] as string) && (doc.pos[j + 1] as number) !== P.NOUN ? j : -1;
}
/** The party of the latest request of the kind named ("appealed") coded in `out` before a gift at [.., end) made "to the appeal". */
function appealAnswered(doc: Doc, out: readonly ArgusEvent[], end: number, limit: number, sa: number, sources: readonly string[]): string | null {
  let at = -1;
  for (let k = end; k < limit && at < 0; k++) at = appealAt(doc, k, limit);
  if (at < 0) return null;
  const s = doc.sentOf[sa] as number;
  let by: string | null = null;
  for (const e of out) {
    // (the request the noun names: "appealed" for "the appeal", "called for" for "the call")
    const singular = (doc.lower[at] as string).replace(/s$/, '');
    if (e.type !== 'REQUEST' || e.source === null || sources.includes(e.source) || e.start >= (doc.starts[at] as number) || !(e.trigger ?? '').toLowerCase().includes(singular)) continue;
    if (s - (doc.sentOf[tokenAt(doc, e.start)] as number) > 2) continue;
    by = e.source;
  }
  return by;
}
/** The appeal noun at i is the recipient phrase of a gift coded before it in its sentence ("gave $5 million to the appeal"). */
function givenTo(doc: Doc, out: readonly ArgusEvent[], i: number, sa: number): boolean {
  let k = i - 1;
  while (k > sa && i - k <= 4 && doc.lower[k] !== 'to' && doc.lower[k] !== 'for') k--;
  if (k <= sa || appealAt(doc, k, i + 1) !== i) return false;
  const from = doc.starts[sa] as number;
  return out.some((e) => e.type === 'AID' && e.start >= from && e.end <= (doc.starts[k] as number));
}

const REQUEST_MODIFIERS: ReadonlySet<number> = new Set([P.DET, P.ADJ, P.NUM, P.ADV]);
/** The request at i is the object of a refusal coded right before it, past modifiers only ("rejected renewed calls for"). */
function refusedRequest(doc: Doc, out: readonly ArgusEvent[], i: number, sa: number): boolean {
  const refusalEndsAt = (k: number): boolean => out.some((e) => e.type === 'REJECT' && e.end === (doc.ends[k] as number));
  // (a participle modifies the noun as an adjective does: "renewed calls", "repeated demands")
  for (let k = i - 1; k >= sa && i - k <= 3; k--) {
    if (refusalEndsAt(k)) return true;
    if (!REQUEST_MODIFIERS.has(doc.pos[k] as number) && !/ed$/.test(doc.lower[k] as string)) return false;
  }
  return false;
}

/** acts whose noun in an adjunct of another such act names its occasion ("killed X in a raid") */
const HOSTILE_OCCASION: ReadonlySet<string> = new Set(['ASSAULT', 'COERCE']);
/**
 * The act noun at i opens an adjunct ("in an overnight raid", "during a raid") of a hostile act coded before it in the
 * same clause (sentence start sa; no comma, semicolon or conjunction between the act and "in").
 */
function occasionOfAct(doc: Doc, out: readonly ArgusEvent[], i: number, sa: number): boolean {
  let k = i - 1;
  while (k > sa && i - k <= 4 && ((doc.pos[k] as number) === P.DET || (doc.pos[k] as number) === P.ADJ || (doc.pos[k] as number) === P.NUM || (doc.pos[k] as number) === P.NOUN)) k--;
  if (k <= sa || (doc.lower[k] !== 'in' && doc.lower[k] !== 'during')) return false;
  const at = doc.starts[k] as number;
  const from = doc.starts[sa] as number;
  for (const e of out) {
    if (e.start < from || e.end > at || !HOSTILE_OCCASION.has(e.type)) continue;
    let clear = true;
    for (let j = tokenAt(doc, e.end - 1) + 1; j < k && clear; j++) clear = !(doc.words[j] === ',' || doc.words[j] === ';' || (doc.pos[j] as number) === P.CCONJ);
    if (clear) return true;
  }
  return false;
}

/** nouns by which a writer names a charge in a comment on it: ", a claim X denies", ", allegations Y has rejected" */
const CHARGE_NOUNS: ReadonlySet<string> = new Set(['claim', 'claims', 'charge', 'charges', 'allegation', 'allegations', 'accusation', 'accusations', 'assertion']);
/** The comma that opens a comment on a charge (", a charge that X denies") in [from, to), else to. */
function chargeComment(doc: Doc, from: number, to: number): number {
  for (let t = from; t + 2 < to; t++) {
    if (doc.words[t] !== ',') continue;
    const n = doc.lower[t + 1] as string;
    if (CHARGE_NOUNS.has(n) || ((n === 'a' || n === 'an') && CHARGE_NOUNS.has(doc.lower[t + 2] as string))) return t;
  }
  return to;
}

function clauseLimit(doc: Doc, from: number, sentEnd: number): number {
  const hi = Math.min(sentEnd, from + TARGET_WINDOW);
  for (let t = from; t < hi; t++) {
    const w = doc.lower[t] as string;
    if (w === ';' || w === '.' || w === ':') return t;
    // a mark closing or opening a whole quotation ends the clause; one around a fragment (`had “taken measures” against`) does not
    if (isQuoteTok(doc, t) && (t === from || (doc.pos[t - 1] as number) === P.PUNCT || t + 1 >= hi || (doc.pos[t + 1] as number) === P.PUNCT)) return t;
    if (CLAUSE_BREAK.has(w) && t > from) return t;
    // a coordinated verb phrase is a new event: "criticised X and urged Y"
    if (w === 'and' && t + 1 < hi && (doc.pos[t + 1] as number) === P.VERB && t > from) return t;
    if (w === 'that' && (doc.pos[t] as number) === P.SCONJ) return t;
    if (w === ',' && t + 1 < hi) {
      const n = doc.pos[t + 1] as number;
      if (n === P.VERB || n === P.SCONJ || CLAUSE_BREAK.has(doc.lower[t + 1] as string)) return t;
    }
  }
  return hi;
}

interface Span {
  a: number;
  b: number;
  speaker: string | null;
}

/** The act noun at token i is the object of a reducing verb: "curb its cooperation", "end all cooperation", "scale back aid". */
function reducedBy(doc: Doc, i: number, sa: number): boolean {
  for (let k = i - 1; k >= sa && i - k <= 4; k--) {
    const w = doc.lower[k] as string;
    if (REDUCING.has(w) && (doc.pos[k] as number) === P.VERB) return true;
    if (w === 'back' && k > sa && REDUCING.has(doc.lower[k - 1] as string)) return true;
    const p = doc.pos[k] as number;
    if (!(p === P.DET || p === P.ADJ || p === P.PRON || p === P.NOUN)) return false;
  }
  return false;
}

/** vessels and vehicles whose passage can be blocked */
const VEHICLES: ReadonlySet<string> = new Set([
  'boat', 'boats', 'ship', 'ships', 'vessel', 'vessels', 'trawler', 'trawlers', 'tanker', 'tankers', 'ferry', 'ferries',
  'convoy', 'convoys', 'lorry', 'lorries', 'truck', 'trucks', 'aircraft', 'plane', 'planes', 'flight', 'flights', 'train',
  'trains', 'vehicle', 'vehicles', 'frigate', 'frigates', 'patrol',
]);

/** A vessel or vehicle is the object of the verb at i (within its clause) or, in the passive, its subject. */
function vehicleNear(doc: Doc, i: number, end: number, sa: number, limit: number): boolean {
  for (let k = end; k < limit && k - end < 6; k++) if (VEHICLES.has(doc.lower[k] as string)) return true;
  for (let k = i - 1; k >= sa && i - k <= 6; k--) {
    if (VEHICLES.has(doc.lower[k] as string)) return BE.has(doc.lower[i - 1] as string) || BE.has(doc.lower[i - 2] as string);
  }
  return false;
}

/** what closes an apposition: "the peacekeeping force, KFOR, said", "..., KFOR." */
const APPOSITION_CLOSE: ReadonlySet<string> = new Set([',', '.', ';', ')']);
/**
 * "Kosovo's Prime Minister Albin Kurti", "his German counterpart Annalena Baerbock", "his Swedish counterpart, Tobias
 * Billström": the rightmost actor of the noun phrase heads it (a nationality or possessor only modifies it).
 */
function phraseHead(doc: Doc, index: EntityIndex, k: number, limit: number): number {
  let head = k;
  let t = mentionEnd(index, k);
  let crossed = false;
  for (let n = 0; t < limit && n < 10; n++) {
    if (doc.lower[t] === "'s" || doc.lower[t] === '’s') {
      t++;
      continue;
    }
    // a hyphenated modifier: "the NATO-led force", "a US-backed militia"
    if (gluedHyphen(doc, t) && t + 1 < limit && !isActor(index, t + 1)) {
      t += 2;
      continue;
    }
    if (isActor(index, t)) {
      // "the Chilean village of Tarvo": a place named in the phrase is where, not who
      if (crossed && isCity(index, entityIdAt(index, t) as string)) break;
      head = t;
      if (entityType(index, t) === 'PERSON') break;
      t = mentionEnd(index, t);
      continue;
    }
    const p = doc.pos[t] as number;
    if (p === P.NOUN || p === P.PROPN || p === P.ADJ) {
      t++;
      continue;
    }
    // a title's own phrase: "Minister for Trade", "Commander of the Land Forces of the Chilean Army" (not an act's:
    // in "condemned China's support for Russia" the act's possessor, its author, is the one answered)
    const capital = (u: number): boolean => u < limit && (doc.pos[u] as number) === P.PROPN;
    if ((doc.lower[t] === 'for' || doc.lower[t] === 'of') && !isActor(index, t - 1) && !loadEventLexicon().nounForms.has(doc.lower[t - 1] as string) && (capital(t + 1) || (doc.lower[t + 1] === 'the' && capital(t + 2)))) {
      t += doc.lower[t + 1] === 'the' ? 2 : 1;
      crossed = true;
      continue;
    }
    // ... or a lower-case one that a person's name then stands in apposition to: "Niger's head of state, General X",
    // "its minister of defence, X"
    if ((doc.lower[t] === 'for' || doc.lower[t] === 'of') && !isActor(index, t - 1) && !loadEventLexicon().nounForms.has(doc.lower[t - 1] as string)) {
      let u = t + 1;
      while (u < limit && u - t <= 3 && ((doc.pos[u] as number) === P.NOUN || (doc.pos[u] as number) === P.ADJ) && (index.entityAtToken[u] as number) < 0) u++;
      if (u > t + 1 && doc.words[u] === ',' && personSoonAfter(index, u, limit)) {
        t = u;
        crossed = true;
        continue;
      }
    }
    // apposition naming the person: "her Chilean counterpart, Tomas Herrera", "..., Senator Ana Ruiz"
    if (doc.words[t] === ',' && ((doc.pos[t - 1] as number) === P.NOUN || (doc.pos[t - 1] as number) === P.PROPN || isActor(index, t - 1))) {
      for (let u = t + 1; u < limit && u <= t + 3; u++) {
        if (entityType(index, u) === 'PERSON') {
          // (", President X said.": the person who reports the sentence describes nothing)
          if (!reportingVerbAt(doc, mentionEnd(index, u))) head = u;
          break;
        }
        // ... or the body a common noun describes: "the UN-led peacekeeping force, KFOR, ..."
        if (u === t + 1 && entityType(index, u) === 'ORG' && (doc.pos[t - 1] as number) === P.NOUN && !isActor(index, t - 1) && APPOSITION_CLOSE.has(doc.words[mentionEnd(index, u)] as string)) {
          head = u;
          break;
        }
        if ((index.entityAtToken[u] as number) >= 0 || ((doc.pos[u] as number) !== P.PROPN && (doc.pos[u] as number) !== P.NOUN)) break;
      }
    }
    break;
  }
  return head;
}

/** A person's name begins within three tokens after the comma at u. */
function personSoonAfter(index: EntityIndex, u: number, limit: number): boolean {
  for (let v = u + 1; v < limit && v <= u + 3; v++) if (entityType(index, v) === 'PERSON') return true;
  return false;
}

function entityType(index: EntityIndex, t: number): string | null {
  const e = index.entityAtToken[t] as number;
  return e >= 0 ? (index.entities[e] as ResolvedEntity).type : null;
}


/** Tokens [a, b) are determiners, adjectives or numbers only. */
/**
 * The actor a "by" names after a nominal act, within a short reach of the sentence ("the attack by X on Y", "the
 * bombing of the embassy, which was claimed by X", "the detention of the crew by X"): its token, or -1.
 */
function agentAfter(doc: Doc, index: EntityIndex, end: number, se: number): number {
  for (let k = end; k < se && k - end < AGENT_REACH; k++) {
    if (doc.lower[k] !== 'by') continue;
    const a = doc.lower[k + 1] === 'the' ? k + 2 : k + 1;
    return a < se && isActor(index, a) ? a : -1;
  }
  return -1;
}
/** verb + particle pairs that name no act of the verb's type */
const NOT_ACTS: ReadonlySet<string> = new Set(
  ['seize', 'seizes', 'seized', 'seizing'].flatMap((v) => [`${v} on`, `${v} upon`]).concat(['strike', 'strikes', 'struck', 'striking'].map((v) => `${v} up`)),
);

/** past participles that do not end in -ed, -en, -wn, -ck or -ght */
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set([
  'shot', 'hit', 'cut', 'held', 'led', 'sent', 'met', 'told', 'kept', 'left', 'put', 'set', 'paid', 'sold',
  'built', 'lent', 'spent', 'shut', 'hurt', 'won', 'lost', 'found', 'bound', 'hung', 'slain', 'beat', 'spread', 'split',
  'overrun', 'run', 'bid', 'sworn', 'torn', 'swept', 'slit', 'burnt', 'sunk',
]);
function isParticiple(w: string): boolean {
  return /ed$|en$|wn$|ck$|ght$/.test(w) || IRREGULAR_PARTICIPLES.has(w);
}
/** acts whose participle after a noun is a reduced passive relative ("the men charged with ...") */
const REDUCED_RELATIVE_TYPES: ReadonlySet<PloverType> = new Set(['ACCUSE', 'COERCE', 'ASSAULT', 'SANCTION']);
const REDUCED_RELATIVE_PREPS: ReadonlySet<string> = new Set(['with', 'by', 'of', 'for']);
/** Tokens [a, b) are words without an article or a possessive: "hostage" in "taken hostage by" (not "a demonstration by"). */
function bareWords(doc: Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if ((doc.pos[k] as number) === P.DET || (doc.pos[k] as number) === P.PRON || (doc.pos[k] as number) === P.PUNCT) return false;
  return true;
}
/** verbs of defending (verbal, CAMEO 052, or military, 074): their "against X", "from X", "in the face of X" name the threat, not a party helped */
const DEFENDING = /^(?:defend|protect|guard|safeguard|shield)/;
/** verbs of discussion: their object is a topic, their partner follows "with" */
export const DISCUSSING = /^(?:discuss|debat|review)/;
/** The name at ms is the object of "in the face of", with modifiers between ("in the face of ongoing Russian aggression"). */
function inTheFaceOf(doc: Doc, ms: number): boolean {
  let k = ms - 1;
  while (k > 1 && ms - k <= 3 && ((doc.pos[k] as number) === P.ADJ || doc.lower[k] === 'the')) k--;
  return doc.lower[k] === 'of' && doc.lower[k - 1] === 'face';
}

function threatBetween(doc: Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (doc.lower[k] === 'against' || doc.lower[k] === 'from' || (doc.lower[k] === 'face' && doc.lower[k + 1] === 'of')) return true;
  return false;
}

/** words that may stand between a subject's closing comma and its verb ("…, B, today signed") */
const PRE_VERB: ReadonlySet<string> = new Set(['today', 'also', 'jointly', 'formally', 'on', 'this', 'morning', 'evening', 'yesterday', 'have', 'has', 'had', 'will', 'would']);

/**
 * The people named in apposition to title phrases that make up the subject before token i ("The Minister of Foreign
 * Affairs of X, A, and the Secretary of Y, B, today signed"): each PERSON mention between commas, with only title
 * words, "and" and commas around them and nothing but adverbs of time before the verb. Empty when the subject has
 * another shape.
 */
function appositionSubjects(doc: Doc, index: EntityIndex, sa: number, i: number): string[] {
  let k = i - 1;
  while (k > sa && PRE_VERB.has(doc.lower[k] as string)) k--;
  if (doc.words[k] !== ',') return [];
  const out: string[] = [];
  while (k > sa && doc.words[k] === ',') {
    let a = k - 1;
    if (!isActor(index, a)) break;
    const e = index.entities[index.entityAtToken[a] as number] as { id: string; type: string };
    if (e.type !== 'PERSON') break;
    a = mentionStart(index, a);
    if (doc.words[a - 1] !== ',') break;
    out.unshift(e.id);
    // the title before the opening comma: words without a verb, back to "and" or the sentence start
    k = a - 2;
    while (k > sa && doc.lower[k] !== 'and' && doc.words[k] !== ',' && (doc.pos[k] as number) !== P.VERB) k--;
    if ((doc.pos[k] as number) === P.VERB) return [];
    if (doc.lower[k] === 'and') k--;
    if (k <= sa) break;
  }
  return out.length >= 2 ? out : [];
}

/** nouns after an act noun that carry the act ("an aid convoy", "a sanctions package", "weapons deliveries") */
const ACT_VEHICLES: ReadonlySet<string> = new Set([
  ...ACT_CARRIERS,
  // what an attack is made of: "shell bombs", "artillery fire"
  'bomb', 'bombs', 'rocket', 'rockets', 'shells', 'fire', 'barrage', 'barrages',
  // times are no things: "its demand today", "the attack yesterday"
  'today', 'yesterday', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year', 'weekend',
]);
/** how far (tokens) after a nominal act its "by" agent may stand */
const AGENT_REACH = 14;

/** [a, b) holds only modifiers of a noun: determiners, adjectives, numbers and nouns of kind ("the mortar attack") */
function onlyModifiers(doc: Doc, index: EntityIndex, a: number, b: number): boolean {
  for (let t = a; t < b; t++) {
    const p = doc.pos[t] as number;
    // (a possessive pronoun too: "urged his release", "welcomed their decision")
    if (p !== P.DET && p !== P.ADJ && p !== P.NUM && !(p === P.NOUN && (index.entityAtToken[t] as number) < 0) && !(t === a && POSSESSIVES.has(doc.lower[t] as string))) return false;
  }
  return true;
}

/** words of a noun phrase before its head: "the European Union's new package" */
const PHRASE_POS: ReadonlySet<number> = new Set([P.DET, P.ADJ, P.NUM, P.NOUN, P.PROPN, P.PART]);
/** what a state recognizes, besides a party named: "recognized Kosovo's independence", "recognise the new government" */
const RECOGNIZED: ReadonlySet<string> = new Set([
  'independence', 'sovereignty', 'statehood', 'state', 'states', 'government', 'governments', 'authority', 'authorities', 'regime',
  'junta', 'council', 'republic', 'result', 'results', 'victory', 'win', 'election', 'elections', 'annexation', 'border', 'borders',
  'frontier', 'frontiers', 'integrity', 'jurisdiction', 'claim', 'claims', 'president', 'leader', 'leadership', 'administration',
]);
/** The object of "recognize" after `end` names a party or one of RECOGNIZED (the head word of its phrase, or an actor in it). */
function recognizesParty(doc: Doc, index: EntityIndex, end: number, limit: number): boolean {
  for (let k = end; k < limit && k - end < 8; k++) {
    if (isActor(index, k) || RECOGNIZED.has(doc.lower[k] as string)) return true;
    const p = doc.pos[k] as number;
    if (p !== P.DET && p !== P.ADJ && p !== P.NUM && p !== P.NOUN && p !== P.PROPN && p !== P.PART && doc.lower[k] !== 'of' && doc.lower[k] !== 'as') return false;
  }
  return false;
}
/** verbs that end an act: "to end the war", "stop the fighting", "halt the violence" */
const ENDING: ReadonlySet<string> = new Set(['end', 'ends', 'ended', 'ending', 'stop', 'stops', 'stopped', 'stopping', 'halt', 'halts', 'halted', 'halting', 'cease', 'ceased']);
/** The act noun at i is the object of a verb of ENDING, with only its phrase between. */
function endedNoun(doc: Doc, i: number, sa: number): boolean {
  for (let k = i - 1; k >= sa && i - k <= 5; k--) {
    const w = doc.lower[k] as string;
    if (ENDING.has(w)) return (doc.pos[k] as number) === P.VERB;
    if (!PHRASE_POS.has(doc.pos[k] as number) && w !== "'s") return false;
  }
  return false;
}

/** A modifier of STANDING among the words right before the act noun at i ("the long-standing, close partnership"). */
function standingBefore(doc: Doc, i: number, sa: number): boolean {
  for (let k = i - 1; k >= sa && i - k <= 4; k--) {
    const w = doc.lower[k] as string;
    if (STANDING.has(w)) return true;
    const p = doc.pos[k] as number;
    if (p !== P.ADJ && p !== P.ADV && p !== P.NOUN && p !== P.PROPN && w !== ',' && w !== '-') return false;
  }
  return false;
}

/** what a leader signs alone: laws, decrees and orders of the own state (CAMEO 057 signs an agreement between parties) */
const DOMESTIC_INSTRUMENTS: ReadonlySet<string> = new Set([
  'order', 'orders', 'executive', 'decree', 'decrees', 'law', 'laws', 'bill', 'bills', 'legislation', 'proclamation', 'directive', 'ordinance', 'budget', 'amendment',
]);

/** Is token i a noun used as a trigger (a nominalization: "demand", "support", "deal")? */
function isNounTrigger(doc: Doc, i: number, end: number): boolean {
  for (let k = i; k < end; k++) if ((doc.pos[k] as number) !== P.NOUN) return false;
  return true;
}

/** The act a trigger names: its type, mode and CAMEO code. */
interface Act {
  type: PloverType;
  mode: string | null;
  cameo: string;
}

/** What the pattern coder carries from one trigger of an article to the next. */
class ArticleCoder {
  readonly doc: Doc;
  readonly index: EntityIndex;
  readonly dates: DateMention[];
  readonly acts: ActsFor;
  readonly lex: Map<string, Compiled[]>;
  readonly out: ArgusEvent[] = [];
  /** `source|type|target` of each event coded (marked 'h|' in the headline) */
  readonly seen = new Set<string>();
  /** the first character of the body, after a headline read as its first paragraph */
  readonly bodyFrom: number;
  /** the article's quotes, in order */
  readonly quoteSpans: Span[] = [];
  /** the first quote that does not end before the trigger */
  qi = 0;
  /** triggers inside the complement of a governing trigger are skipped until this token */
  governedUntil = -1;
  /** end of the latest trigger matched */
  triggerEnd = -1;
  /** tokens of a matched multi-word trigger are not triggers again ("never recognise") */
  nextFree = 0;

  constructor(doc: Doc, index: EntityIndex, quotes: Quote[], dates: DateMention[], acts: ActsFor, bodyFrom: number) {
    this.doc = doc;
    this.bodyFrom = bodyFrom;
    this.index = index;
    this.dates = dates;
    this.acts = acts;
    this.lex = triggers();
    // by push: an optimised map returns a holey array (another hidden class to deoptimise on)
    for (const q of quotes) this.quoteSpans.push({ a: q.start, b: q.end, speaker: q.speaker });
  }

  /** a spokesperson -> the organisation or country of the title (who acts for whom is decided once per article by the
   * acts-for stage, stored on the entities) */
  actsFor(id: string): string {
    const e = entityById(this.index, id);
    return e?.type === 'PERSON' && e.actsFor !== undefined && e.actsFor !== HOME ? e.actsFor : id;
  }

  /** a government body (or HOME) -> its country; `other` is the other party, never its own home */
  statesFor(id: string, other: string | undefined): string {
    const e = entityById(this.index, id);
    const c = id === HOME ? HOME : e?.type === 'ORG' ? e.actsFor : undefined;
    if (!c) return id;
    if (c !== HOME) return c;
    return this.acts.homeFor(other) ?? id;
  }
}

/** One trigger matched at tokens [i, end): its sentence and clause, and what the rules have decided of it so far. */
class Match {
  readonly def: TriggerDef;
  readonly i: number;
  readonly end: number;
  /** first token of the sentence (after any dateline) */
  readonly sa: number;
  /** end (exclusive) of the sentence */
  readonly se: number;
  /** end (exclusive) of the trigger's clause */
  readonly limit: number;
  type: PloverType;
  mode: string | null;
  cameo: string;
  /** the trigger is a noun (a nominalization: "demand", "support", "deal") */
  readonly nounTrigger: boolean;
  /** the verb's subject is an act: the actor the act's phrase names ("An attack by X killed ..."), or -1 */
  actAgent = -1;
  /** ... and the act names no agent ("A drone strike killed ..."): an unknown agent, as in a passive */
  actUnknown = false;
  /** end of the trigger matched before this one */
  prevEnd = -1;
  /** the agent an act noun's own "by" names ("condemned the attack by X"), or -1 */
  ownAgent = -1;
  negated = false;
  intent = false;
  /** the rewrite of the act by its modality (a refusal, a promise, a threat), if any */
  rw: Rewrite | null = null;
  /** a deployment announced, rewritten as a threat: the act as it was, for the events with no recipient */
  announced: Act | null = null;
  passive = false;
  /** the subject of a verb of receiving is the act's recipient ("received aid from Poland") */
  received = false;
  readonly sources: string[] = [];
  readonly targets: string[] = [];
  location: string | null = null;
  /** the actor of the act's "by" phrase (or a received act's "from"), or -1 */
  byAgent = -1;
  /** the parties of "between X and Y" */
  readonly betweenParties: string[] = [];
  /** an act of aid by a verb of sending: what is sent is no recipient */
  sending = false;
  /** a verb of defending: what it is against is no recipient */
  defending = false;
  /** a verb of discussion: its object is a topic */
  discussing = false;
  /** a defence names what it is against ("defend itself against X") */
  threatNamed = false;
  /** the names joined to an act noun's "by" agent ("the attack by China and Russia") */
  readonly coAgents: string[] = [];
  /** a denial of an act named by a gerund ("denied supplying drones to X"): the act's phrase holds no recipient */
  deniedAct = false;
  subj: Subject | null = null;
  /** an act noun named as the reason or the time of its clause ("summoned the ambassador over the strike") */
  circumstance = false;
  /** the speaker of the quote the trigger stands in, or null */
  reportedBy: string | null = null;
  /** the sources are the parties of "between X and Y" */
  betweenSources = false;
  /** the recipient may stand inside the trigger's phrase (TriggerDef.targetInside, or a retyping that names it there) */
  targetInside: boolean;

  constructor(c: ArticleCoder, def: TriggerDef, i: number, end: number) {
    const doc = c.doc;
    this.def = def;
    this.i = i;
    this.end = end;
    const s = doc.sentOf[i] as number;
    this.sa = afterDateline(doc, doc.sentStart[s] as number, i);
    this.se = doc.sentEnd[s] as number;
    this.limit = clauseLimit(doc, end, this.se);
    this.type = def.type;
    this.mode = def.mode ?? null;
    this.cameo = def.cameo;
    this.targetInside = def.targetInside ?? false;
    this.nounTrigger = isNounTrigger(doc, i, end);
    // "An attack by X on Y killed nine soldiers", "A Turkish drone strike killed ...": a verb whose subject is an act is
    // the act's own doing, by the agent the act's phrase names (none named: an unknown agent, as in a passive); never by
    // the party it hit
    if (!this.nounTrigger) {
      const act = actSubject(doc, this.sa, i);
      if (act >= 0) {
        this.actAgent = agentOfAct(doc, c.index, this.sa, act, i);
        this.actUnknown = this.actAgent < 0;
      }
    }
  }
}

/** The PLOVER events of an article by the trigger patterns: per trigger matched, its act, its sources and targets. */
export function codeEvents(doc: Doc, index: EntityIndex, quotes: Quote[], dates: DateMention[], acts: ActsFor, bodyFrom = 0): ArgusEvent[] {
  const c = new ArticleCoder(doc, index, quotes, dates, acts, bodyFrom);
  for (let i = 0; i < doc.n; i++) {
    if (i < c.nextFree) continue;
    const cands = c.lex.get(doc.lower[i] as string);
    if (cands) codeTriggerAt(c, i, cands);
  }
  dealTargets(c);
  return withoutUntargetedRepeats(c.out);
}

/** nouns of a deal: what "rejected the terms", "denounced the agreement" refer back to */
const DEAL_NOUNS: ReadonlySet<string> = new Set(['agreement', 'deal', 'accord', 'pact', 'terms', 'compromise', 'settlement', 'arrangement']);

/**
 * "Norway and Britain agreed a quota deal. Iceland rejected the terms", "China denounced that agreement": a refusal or
 * condemnation whose object is a definite noun of a deal, with no party named in its own phrase, is aimed at all who
 * made the latest deal told before it (the parties of the latest AGREE other than the refuser's side).
 */
function dealTargets(c: ArticleCoder): void {
  const { doc, index } = c;
  for (let j = 0; j < c.out.length; j++) {
    const ev = c.out[j] as ArgusEvent;
    if ((ev.type !== 'ACCUSE' && ev.type !== 'REJECT') || ev.target !== null || ev.source === null || ev.negated) continue;
    // (the object right after the trigger's last word, or after its verb when the trigger's span takes in the article)
    const after = tokenAt(doc, ev.end - 1) + 1;
    const t = DEMONSTRATIVES.has(doc.lower[after] as string) ? after : tokenAt(doc, ev.start) + 1;
    if (!DEMONSTRATIVES.has(doc.lower[t] as string)) continue;
    const np = anaphorAfter(doc, t, doc.sentEnd[doc.sentOf[t] as number] as number);
    if (np <= t || !DEAL_NOUNS.has(doc.lower[np] as string)) continue;
    // ("rejected the Chinese proposal's terms", "the deal with X", "the pact signed by X": a party of its own)
    let named = false;
    for (let k = t; k <= np + 1 && !named; k++) named = isActor(index, k) || doc.lower[k] === 'by' || doc.lower[k] === 'with';
    if (named) continue;
    const own = c.acts.stateOf(ev.source);
    const side = (y: string | null): y is string => y !== null && y !== ev.source && c.acts.stateOf(y) !== own;
    let deal: ArgusEvent | undefined;
    for (let k = j - 1; k >= 0 && !deal; k--) {
      const e = c.out[k] as ArgusEvent;
      if (e.type === 'AGREE' && e.start < ev.start && !e.negated && side(e.source)) deal = e;
    }
    if (!deal) continue;
    const to = [deal.source, deal.target].filter(side);
    c.out.splice(j, 1, ...to.map((target) => ({ ...ev, target })));
    j += to.length - 1;
  }
}

/** Codes the events of the trigger that matches at token i, if any: the first (longest) of `cands` that matches. */
function codeTriggerAt(c: ArticleCoder, i: number, cands: Compiled[]): void {
  const doc = c.doc;
  let end = -1;
  let def: TriggerDef | null = null;
  for (const cand of cands) {
    end = matchAt(doc, i, cand.items);
    if (end > 0) {
      def = cand.def;
      break;
    }
  }
  if (!def || end < 0) return;
  if (noTriggerHere(c, def, i, end) || i < c.governedUntil) return;
  c.nextFree = end;
  const m = new Match(c, def, i, end);
  // "seized on the delay", "struck up a friendship": a particle that turns the act into something else
  if (!m.nounTrigger && end - i === 1 && NOT_ACTS.has(`${doc.lower[i] as string} ${doc.lower[end] ?? ''}`)) return;
  m.prevEnd = c.triggerEnd;
  c.triggerEnd = end;
  if (answersEarlierAct(c, m) || partOfAnotherAct(c, m) || heldBack(c, m) || namesThing(c, m) || verbOfNoAct(c, m)) return;
  if (irrealis(c, m)) {
    c.governedUntil = Math.max(c.governedUntil, m.limit);
    return;
  }
  retype(c, m);
  governComplement(c, m);
  if (!readModality(c, m)) return;
  readVoice(c, m);
  findTargets(c, m);
  // "defend itself against X", "defend their nation in the face of X's invasion": a self-defence supports no one, and
  // the threat is no recipient (nor is it one for the recipients found later)
  if (m.defending && m.targets.length === 0 && (m.threatNamed || threatBetween(doc, end, m.limit))) return;
  findSubject(c, m);
  if (!findSources(c, m) || !readReport(c, m) || !settleParties(c, m)) return;
  emitEvents(c, m);
}

/** The words at [i, end) are no trigger here: part of a name, a hyphenated participle, a function word, a verb "exercise", a text released. */
function noTriggerHere(c: ArticleCoder, def: TriggerDef, i: number, end: number): boolean {
  const doc = c.doc;
  if (isActor(c.index, i)) return true; // "Deal" inside a name
  // "an Iran-backed militia", "the EU-led mission": a hyphenated participle describes what it modifies, no act
  if (doc.words[i - 1] === '-' && glued(doc, i) && /(?:ed|en)$/.test(doc.lower[i] as string)) return true;
  // a one-word trigger is a verb or a noun: "flew back" is no backing
  if (end - i === 1 && !CONTENT_POS.has(doc.pos[i] as number)) return true;
  // "meeting" alone meets someone as a gerund with a party for its object ("by meeting the Dalai Lama", "after meeting
  // Putin"); the noun ("the meeting ended", "a meeting NATO hosted") holds a meeting only with its partner named
  if (end - i === 1 && doc.lower[i] === 'meeting' && def.type === 'CONSULT' && !meetingGerund(c, i)) return true;
  // an exercise or a drill is a military one as a noun: "to exercise restraint", "to drill for oil" are not
  if (def.mode === 'military-exercise' && end - i === 1 && (doc.pos[i] as number) === P.VERB) return true;
  // "in a telephone call on Monday": the noun of a call made on a day, no call on a party to act (CAMEO 10); the verb
  // still calls for an act ("called on Monday for X to ...")
  if (def.type === 'REQUEST' && doc.lower[end - 1] === 'on' && (doc.pos[i] as number) === P.NOUN && (TIME_WORDS.has(doc.lower[end] as string) || MONTHS.test(doc.lower[end] as string))) return true;
  // "ordered X to leave": the "to" of an order opens the act ordered; in "ordered a halt to exports", "ordered an end to
  // the strike" it is a preposition of the noun ordered, a measure of the orderer's own, asked of no one
  if (def.targetInside && def.type === 'REQUEST' && doc.lower[end - 1] === 'to' && end - i > 2 && (((doc.pos[end] as number) !== P.VERB && (doc.pos[end] as number) !== P.AUX) || ENDING.has(doc.lower[end - 2] as string))) return true;
  // "imposed tariffs in retaliation for the levy", "..., retaliating against a levy": the motive of the act its clause
  // tells, which is that act, no threat of another
  if (def.type === 'THREATEN' && ((doc.lower[i] === 'retaliation' && doc.lower[i - 1] === 'in') || (doc.lower[i] === 'retaliating' && doc.words[i - 1] === ','))) return true;
  // "released a joint statement": a text put out, not a captive freed
  return def.cameo === '084' && textObject(doc, end);
}
/** names of months: "a call on March 3" */
const MONTHS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** The word "meeting" at i is a gerund with a party for its object: no determiner or modifier before it, a party after it. */
function meetingGerund(c: ArticleCoder, i: number): boolean {
  const doc = c.doc;
  const before = doc.pos[i - 1] as number;
  if (i > 0 && (before === P.DET || before === P.ADJ || before === P.NUM || before === P.PRON || before === P.NOUN || before === P.PROPN || doc.lower[i - 1] === "'s" || doc.lower[i - 1] === '’s')) return false;
  const k = doc.lower[i + 1] === 'the' ? i + 2 : i + 1;
  return isActor(c.index, k);
}

/**
 * The act noun is the object of the trigger just before it, which answers it ("rejected the criticism", "welcomed the
 * deal"; also after its preposition: "settled on a lasting truce"), and names no agent of its own; sets the agent it
 * does name ("condemned the attack by X", "discussed the detention of ... by X").
 */
function answersEarlierAct(c: ArticleCoder, m: Match): boolean {
  const doc = c.doc;
  const { prevEnd, i } = m;
  const from = prevEnd > 0 && prevEnd < i && OBJECT_PREPS.has(doc.lower[prevEnd] as string) ? prevEnd + 1 : prevEnd;
  const objectNoun = m.nounTrigger && prevEnd > 0 && from <= i && i - prevEnd <= 4 && onlyModifiers(doc, c.index, from, i);
  if (!objectNoun) return false;
  m.ownAgent = agentAfter(doc, c.index, m.end, m.se);
  return m.ownAgent < 0;
}

/** The trigger is part of an act coded by another trigger: its occasion, its recipient, its relative clause, its means. */
function partOfAnotherAct(c: ArticleCoder, m: Match): boolean {
  const doc = c.doc;
  const { i, end, sa, nounTrigger, type } = m;
  // "killed 11 militants in a raid near X", "arrested five men during a dawn raid": a hostile act noun in an adjunct of
  // a hostile act coded just before names the occasion of that act, no second act (its nearest party is the object)
  if (nounTrigger && HOSTILE_OCCASION.has(type) && occasionOfAct(doc, c.out, i, sa)) return true;
  // "pledged $5 million to the appeal": the appeal given to is the recipient of the gift, no new request
  if (nounTrigger && type === 'REQUEST' && APPEAL_NOUNS.has(doc.lower[i] as string) && givenTo(doc, c.out, i, sa)) return true;
  // "rejected calls for a ceasefire", "spurned renewed demands": the request refused is another's, named by its object
  if (type === 'REQUEST' && refusedRequest(doc, c.out, i, sa)) return true;
  // "expelled the envoy, whom it accused of spying", "Russia, which Ukraine accused of ...": in an object relative
  // clause the subject stands before the verb and the relative pronoun is its object, which the word order does not
  // tell; the parse codes it
  if (!nounTrigger && objectRelativeSubject(c, i, sa)) return true;
  // "retaliated by firing shells", "retaliated with tariffs": the act of retaliation is coded by its own trigger, and
  // a retaliation done is no threat ("vowed to retaliate", "will retaliate with force" stay threats)
  return type === 'THREATEN' && !nounTrigger && /^retaliat(?:ed|es|ing)$/.test(doc.lower[i] as string) && (doc.lower[end] === 'by' || doc.lower[end] === 'with');
}

/**
 * Verb i follows the subject of an object relative clause: a subject pronoun, a name or "the" and a noun (and
 * auxiliaries or adverbs) right after "whom", "who" or "which" ("whom it accused", "which Ukraine has accused", "which
 * the army shelled").
 */
function objectRelativeSubject(c: ArticleCoder, i: number, sa: number): boolean {
  const { doc, index } = c;
  let k = i - 1;
  while (k > sa && ((doc.pos[k] as number) === P.AUX || (doc.pos[k] as number) === P.ADV)) k--;
  if (OBJECT_RELATIVE_SUBJECTS.has(doc.lower[k] as string)) k--;
  else if ((index.entityAtToken[k] as number) >= 0 && !demonymAt(index, k)) k = mentionStart(index, k) - 1;
  else if ((doc.pos[k] as number) === P.NOUN && doc.lower[k - 1] === 'the') k--;
  else return false;
  if (doc.lower[k] === 'the') k--;
  const w = doc.lower[k];
  return w === 'whom' || w === 'which' || w === 'who';
}

/** The act is not done: weighed, conditional, stopped, expected, ended, sought or asked for. */
function heldBack(c: ArticleCoder, m: Match): boolean {
  const doc = c.doc;
  const { i, end, sa, se, nounTrigger, type } = m;
  // "is considering new sanctions", "weighed sending troops", "ruled out a ceasefire", "debated whether to recognise
  // X": an act weighed or ruled out is not done
  if (undecidedBefore(doc, i, sa, (k) => PHRASE_POS.has(doc.pos[k] as number) && (doc.pos[k] as number) !== P.PROPN)) return true;
  // "if Russia attacks, ...", "even if the talks fail": an act named as a condition has not happened
  if (inCondition(doc, i, sa)) return true;
  // "once the bloc stops buying Russian gas": an act stopped is not done (a verb of ending right before its gerund)
  if (!nounTrigger && i > sa && CEASE_HEADS.has(doc.lower[i - 1] as string)) return true;
  // "an agreement on the dam was close", "a deal is possible this year": an act expected is not done
  if (nounTrigger && expectedAct(doc, end, se)) return true;
  // "would respond to any attack", "warned against any provocation": no particular act
  if (nounTrigger && anyAct(doc, i, sa, (k) => PHRASE_POS.has(doc.pos[k] as number) && (doc.pos[k] as number) !== P.DET)) return true;
  // "seeks to deepen ties with X": seeking to act is trying to, no request (the act sought is read as intended)
  if (type === 'REQUEST' && end === i + 1 && /^(?:seek|seeks|sought|seeking)$/.test(doc.lower[i] as string) && doc.lower[end] === 'to') return true;
  // "sought help from Kenya", "asked for aid": what is asked for is not done (the asking is the event)
  if (type !== 'REQUEST' && i > sa && (ASKING.has(doc.lower[i - 1] as string) || (doc.lower[i - 1] === 'for' && ASKING.has(doc.lower[i - 2] as string)))) return true;
  // "to end the war in Yemen", "efforts to stop the fighting": an act ended is the background of the ending, no new act
  return nounTrigger && endedNoun(doc, i, sa);
}

/** The trigger word names a thing, a danger, a scourge, means, an injury or ties that stand, no act. */
function namesThing(c: ArticleCoder, m: Match): boolean {
  const { doc, index } = c;
  const { i, end, sa, nounTrigger, type, cameo } = m;
  // "missile systems", "attack helicopters", "aid workers": a noun naming a kind of thing, not an act (but "aid
  // convoys", "sanctions package": the act in its vehicle)
  if (nounTrigger && end < doc.n && (doc.pos[end] as number) === P.NOUN && (index.entityAtToken[end] as number) < 0 && !ACT_VEHICLES.has(doc.lower[end] as string)) return true;
  // "increased releases from its reservoirs", "press releases": the noun frees someone only with "of", a possessor or
  // a captive before it ("the release of 150 prisoners", "his release", "prisoner releases")
  if (nounTrigger && cameo.startsWith('084') && (doc.lower[i] as string).startsWith('releas') && doc.lower[end] !== 'of' && !releasedBefore(doc, index, i, sa)) return true;
  // "the threat posed by X", "X poses a threat to Y": a danger someone is judged to present, no threat made
  if (nounTrigger && (doc.lower[i] === 'threat' || doc.lower[i] === 'threats') && (POSE.has(doc.lower[end] as string) || POSE.has(doc.lower[modifiersBefore(doc, i, sa) - 1] ?? ''))) return true;
  // "countering terrorist threats", "security threats": a danger met, no threat made
  if (nounTrigger && dangerThreat(doc, i)) return true;
  // "the fight against corruption", "to combat drug trafficking": a scourge fought, no party attacked
  if (type === 'ASSAULT' && fightsScourge(doc, i, end)) return true;
  // "mobilising investments in clean energy": means mobilised, no forces
  if (type === 'MOBILIZE' && mobilisesMeans(doc, i, end)) return true;
  // "could reopen old wounds": the noun names an injury, not an attack (the verb wounds someone)
  if (type === 'ASSAULT' && /^wounds?$/.test(doc.lower[i] as string) && (doc.pos[i] as number) === P.NOUN) return true;
  // "free and fair elections", "free from interference": the adjective frees no one
  if (cameo === '084' && doc.lower[i] === 'free' && (doc.pos[i] as number) === P.ADJ) return true;
  // "reaffirmed the longstanding partnership between X and Y", "our close cooperation": ties that stand, no act
  if (nounTrigger && type === 'COOPERATE' && standingBefore(doc, i, sa)) return true;
  // "prisoners of war": a fixed term for captives, no act of war
  return doc.lower[i] === 'war' && doc.lower[i - 1] === 'of' && /^prisoners?$/.test(doc.lower[i - 2] ?? '');
}

/** The trigger verb does something else than its act here: hosts an institution, warns of a danger, helps with a task, shows, yields, offers, acknowledges, signs a law. */
function verbOfNoAct(c: ArticleCoder, m: Match): boolean {
  const { doc, index } = c;
  const { i, end, se, limit, nounTrigger, type, mode, cameo } = m;
  // "the Netherlands, which hosts the court": hosting an institution in a relative clause is a standing role, no
  // meeting (hosting talks, a summit or a delegation is one)
  if (type === 'CONSULT' && i > m.sa && (doc.lower[i] as string).startsWith('host') && (doc.lower[i - 1] === 'which' || doc.lower[i - 1] === 'who' || doc.lower[i - 1] === 'that') && !hostsGathering(doc, index, end, limit, doc.lower[i] === 'hosts' || doc.lower[i] === 'host')) return true;
  // "declined to comment", "refused to say whether ...": withholding a statement refuses no one
  if (type === 'REJECT' && !nounTrigger && doc.lower[end] === 'to' && WITHHELD_SPEECH.has(doc.lower[end + 1] ?? '')) return true;
  // "the WFP warned that 1.2 million people would need food aid": a warning of a danger, no threat
  if (type === 'THREATEN' && end === i + 1 && WARNED.has(doc.lower[i] as string) && dangerWarned(doc, index, c.lex, end, se)) return true;
  // "helped verify the identities", "will help rebuild the port": help with a task names no one helped
  if (type === 'AID' && end === i + 1 && HELP.has(doc.lower[i] as string) && ((doc.pos[end] as number) === P.VERB || (doc.lower[end] === 'to' && (doc.pos[end + 1] as number) === P.VERB))) return true;
  // "demonstrates its commitment", "a demonstration of resolve": showing something, no protest (a protest
  // demonstrates somewhere or against something: "demonstrated outside parliament", "demonstrated on Sunday")
  if (mode === 'demo' && (doc.lower[i] as string).startsWith('demonstrat') && shows(doc, i, end, nounTrigger)) return true;
  // "the talks yielded results", "deals yielding benefits": producing something, no concession
  if (type === 'CONCEDE' && /^yield/.test(doc.lower[i] as string) && PRODUCTS.has(headWordAfter(doc, end))) return true;
  // "offered a reward for information", "offered condolences": no promise to a party
  if (type === 'AGREE' && end === i + 1 && /^offer/.test(doc.lower[i] as string) && NOT_OFFERS.has(headWordAfter(doc, end))) return true;
  // "recognizes the need for reform", "recognised the human toll": acknowledging a fact, no diplomatic recognition
  // (CAMEO 054 recognizes a party, a state, its government, sovereignty or borders, or a result)
  if (cameo === '054' && !nounTrigger && end === i + 1 && /^recogni[sz]/.test(doc.lower[i] as string) && !recognizesParty(doc, index, end, limit)) return true;
  // "had broken the truce", "trampled on the ceasefire", "violated the peace agreement": a truce or a deal named as
  // what is broken is no act of making it (the breaking is told by the verb's own trigger, if any)
  if (nounTrigger && brokenBefore(doc, i, m.sa)) return true;
  // "signed an executive order", "signed the bill into law": a domestic instrument signed, no agreement with anyone
  return type === 'AGREE' && end === i + 1 && /^sign/.test(doc.lower[i] as string) && (DOMESTIC_INSTRUMENTS.has(headWordAfter(doc, end)) || doc.lower[end] === 'into');
}

/**
 * irrealis: "the alliance's ability to reinforce", "a plan to deploy" describe no event; and so is its purpose clause
 * ("was due to visit Lima on Friday to meet ..."), a wish ("hopes to conclude an early harvest deal": the trigger
 * inside the infinitive's phrase) and the act named by the infinitive's object ("efforts to secure the release of hostages")
 */
function irrealis(c: ArticleCoder, m: Match): boolean {
  const doc = c.doc;
  const { i, sa } = m;
  return (i >= 2 && doc.lower[i - 1] === 'to' && IRREALIS_HEADS.has(doc.lower[i - 2] as string) && !plansVerb(doc, i - 2)) || WISH_HEADS.has(infinitiveGovernor(doc, i, sa)) || (m.nounTrigger && (IRREALIS_HEADS.has(infinitiveGovernor(doc, i, sa)) || SEEKING.has(infinitiveVerb(doc, i, sa))));
}

/** Sets the act of a match (the mode and code go with the type). */
function setAct(m: Match, type: PloverType, mode: string | null, cameo: string): void {
  m.type = type;
  m.mode = mode;
  m.cameo = cameo;
}

/** Rewrites the act by what its phrase holds: a pledge of money, a cut in cooperation, a vessel blocked, a raid on a base, the object, a visitor welcomed. */
function retype(c: ArticleCoder, m: Match): void {
  const { doc, index } = c;
  const { i, end, sa, limit, nounTrigger } = m;
  // a pledge of money or supplies is the aid itself (the practice of the article gold; PLOVER's records code the
  // promise, CAMEO 033): "pledged $400 million to X", "promised 15 million euros for X"
  if (m.type === 'AGREE' && ((PLEDGES.test(doc.lower[i] as string) && amountAfter(doc, end, limit)) || pledgedGift(doc, i, end, limit))) setAct(m, 'AID', null, '070');
  // "released a $50 million grant to X", "released 25 million euros in funding": money released is paid out (CAMEO
  // 071), no captive freed
  if (m.type === 'RETREAT' && !nounTrigger && (doc.lower[i] as string).startsWith('releas') && moneyAfter(doc, end, limit)) setAct(m, 'AID', 'economic', '071');
  // "would curb its cooperation with X", "said it would reconsider its ties": cutting back a cooperative act is a
  // reduction of relations (CAMEO 16), a threat when it is announced
  if (nounTrigger && REDUCIBLE.has(m.type) && reducedBy(doc, i, sa)) setAct(m, 'SANCTION', null, '160');
  // "blocked a fishing boat", "the boat was blocked by Chinese vessels": stopping a vessel or a vehicle restricts
  // movement (CAMEO 191), it refuses nothing
  if (m.type === 'REJECT' && (doc.lower[i] as string).startsWith('block') && vehicleNear(doc, i, end, sa, limit)) setAct(m, 'COERCE', null, '191');
  // "troops raided a base of the gang coalition": a raid on an armed group's base, camp or position is fighting
  // (PETRARCH2's RAID default, CAMEO 190), as seizing one is; raids on homes, offices and hideouts stay searches
  // and arrests (CAMEO 17)
  if (m.type === 'COERCE' && !nounTrigger && (doc.lower[i] as string).startsWith('raid') && militaryObjectAfter(doc, end, limit)) setAct(m, 'ASSAULT', null, '190');
  // "two Russian diplomats were expelled by Estonia", "imports of Polish grain were banned": envoys expelled and trade
  // banned are sanctions in the passive too (CAMEO 161, 163), as the active patterns read them in the object
  if (m.type === 'COERCE' && !nounTrigger && (doc.lower[i] as string).startsWith('expel') && passiveOf(doc, i, sa, ENVOYS)) setAct(m, 'SANCTION', null, '161');
  if (m.type === 'COERCE' && !nounTrigger && (doc.lower[i] as string).startsWith('ban') && passiveOf(doc, i, sa, TRADE_WORDS)) setAct(m, 'SANCTION', null, '163');
  if (OBJECT_SWITCH.has(m.type) || m.def.cameo === '084') switchByObject(doc, m);
  // "is training Ukrainian soldiers", "trained 500 Somali police officers": another party's forces trained are military
  // aid to that party (CAMEO 072), named inside the phrase; a party's own forces trained are a mobilization
  if (m.type === 'MOBILIZE' && !nounTrigger && (doc.lower[i] as string).startsWith('train') && anyActor(index, i + 1, end)) {
    setAct(m, 'AID', null, '072');
    m.targetInside = true;
  }
  // "welcomed X to the summit", "welcomed X to Beijing": a visitor welcomed to a place or a meeting is hosted (CAMEO 043)
  if (m.type === 'SUPPORT' && WELCOMES.test(doc.lower[i] as string) && welcomedTo(doc, index, end, m.limit)) setAct(m, 'CONSULT', 'visit', '043');
}

/** a state's envoys, whose expulsion reduces relations (CAMEO 161) */
const ENVOYS: ReadonlySet<string> = new Set(['diplomat', 'diplomats', 'ambassador', 'ambassadors', 'envoy', 'envoys', 'attaché', 'attache', 'consul', 'chargé', 'charge']);
/** trade whose ban is an embargo (CAMEO 163) */
const TRADE_WORDS: ReadonlySet<string> = new Set(['imports', 'exports', 'import', 'export', 'trade', 'sales', 'shipments', 'transactions']);

/**
 * The participle at i is passive ("were expelled", "had been banned", a form of "be" right before it, adverbs between)
 * and a word of `heads` stands in its subject, the few words before that "be" in its sentence (from sa).
 */
function passiveOf(doc: Doc, i: number, sa: number, heads: ReadonlySet<string>): boolean {
  let k = i - 1;
  while (k >= sa && (doc.pos[k] as number) === P.ADV) k--;
  if (k < sa || !BE.has(doc.lower[k] as string)) return false;
  while (k - 1 >= sa && (doc.lower[k - 1] === 'have' || doc.lower[k - 1] === 'has' || doc.lower[k - 1] === 'had')) k--;
  for (let j = k - 1; j >= sa && k - j <= 6; j--) {
    if (heads.has(doc.lower[j] as string)) return true;
    if (doc.words[j] === ',' || (doc.pos[j] as number) === P.VERB) return false;
  }
  return false;
}

/** The object decides between readings: "deployed relief teams" is aid, not mobilization; "handed over tanks" military aid. */
function switchByObject(doc: Doc, m: Match): void {
  const { i, end, limit } = m;
  for (let k = end; k < limit && k - end < 8; k++) {
    if (AID_OBJECTS.has(doc.lower[k] as string)) {
      setAct(m, 'AID', null, '073');
      return;
    }
    // "handed over tanks to X": arms delivered are military aid (CAMEO 072), unlike weapons returned
    if (m.def.cameo === '084' && doc.lower[i]?.startsWith('hand') && armsWord(doc, k)) {
      setAct(m, 'AID', null, '072');
      return;
    }
  }
}

/** A governing verb ("threatened to", "urged X to", "agreed to", "denied that") swallows the triggers of its complement. */
function governComplement(c: ArticleCoder, m: Match): void {
  if (MODALS.has(c.doc.lower[m.i] as string)) c.governedUntil = m.limit;
  else if (CONTROL_TYPES.has(m.type)) {
    governObjectComplement(c, m);
    governThatClause(c, m);
  }
}

/** The complement after the object of a control verb ("urged X to", "accused X of shelling ..."), as far as it governs. */
function governObjectComplement(c: ArticleCoder, m: Match): void {
  const { doc, index } = c;
  const { end, se, limit } = m;
  let reasonPrep = false;
  for (let k = end; k < limit && (k - end < 8 || objectPhraseWord(doc, index, k - 1)); k++) {
    // "lodged a protest over shells that landed during fighting between X and Y": a "that" after the noun of a phrase
    // of the reason is a relative clause describing it, whose acts are reported, not the content of the protest
    if (PROTEST_REASON_PREPS.has(doc.lower[k] as string)) reasonPrep = true;
    if (reasonPrep && doc.lower[k] === 'that' && (doc.pos[k - 1] as number) === P.NOUN) break;
    // (and the charge of an accusation: "accused X of torturing prisoners and denying them ...", "blamed X for
    // shelling ...": the acts charged are the accused's, reported by the accuser, not new events; "accused/blamed Y
    // of X gives ACCUSE only", eval/probe/README2.md)
    if (doc.lower[k] === 'to' || doc.lower[k] === 'that') {
      if (!(m.nounTrigger && doc.lower[k] === 'that' && objectRelative(doc, index, k + 1, se))) c.governedUntil = limit;
      break;
    }
    if (m.type === 'ACCUSE' && (doc.lower[k] === 'of' || doc.lower[k] === 'for') && gerundAt(doc, k + 1)) {
      // ... with the gerunds coordinated with the first ("and denying them any contact")
      let g = limit;
      while (g + 1 < se && doc.lower[g] === 'and' && gerundAt(doc, g + 1)) g = clauseLimit(doc, g + 1, se);
      // ... up to the writer's comment on the charge, whose acts are the answer to it: "accused X of arming the
      // rebels, a charge that X denies", ", an accusation Y rejected"
      c.governedUntil = Math.min(g, chargeComment(doc, k + 1, g));
      break;
    }
  }
}

/**
 * "denied that it had supplied weapons", "rejected claims that it had attacked X", "demanded that X withdraw": what is
 * denied or demanded is not asserted
 */
function governThatClause(c: ArticleCoder, m: Match): void {
  const doc = c.doc;
  const { end, se } = m;
  // "denied supporting the rebels", "denies having shelled the town": the gerund a refusal takes is denied, no act
  if (m.type === 'REJECT' && !m.nounTrigger && (gerundAt(doc, end) || (doc.lower[end] === 'having' && gerundOrParticiple(doc, end + 1)))) {
    c.governedUntil = Math.max(c.governedUntil, clauseLimit(doc, end, se));
    // ... and the recipient of an act denied is not the one the denial answers ("denied supplying drones to X"), as
    // the syntax coder reads it (stages/events.ts, codeTrigger); a refusal's complement names whom it refuses
    m.deniedAct = DENIALS.test(doc.lower[m.i] as string);
    return;
  }
  for (let k = end; k < se && k - end < 4; k++) {
    if (doc.lower[k] === 'that') {
      // (but "a charge that Asmara denies" is a relative clause on the noun: its verb lacks the object)
      if (!(m.nounTrigger && objectRelative(doc, c.index, k + 1, se))) c.governedUntil = Math.max(c.governedUntil, clauseLimit(doc, k + 1, se));
      return;
    }
    const p = doc.pos[k] as number;
    if (p !== P.DET && p !== P.ADJ && p !== P.NOUN) return;
  }
}

/**
 * Negation, intent, continuation and condition around the trigger, and the rewrite they make (a refusal, a promise, a
 * threat); false when the trigger names an ability, no act.
 */
function readModality(c: ArticleCoder, m: Match): boolean {
  const { doc, index } = c;
  const { i, end, sa, se, nounTrigger } = m;
  // negation and intent in the few tokens before the trigger
  let negated = false;
  let intent = false;
  let ongoing = false;
  let ability = false;
  for (let k = i - 1; k >= sa && i - k <= MODIFIER_WINDOW; k--) {
    const w = doc.lower[k] as string;
    if (NEGATIONS.has(w) || w === 'cannot') negated = true;
    if (INTENT_WORDS.has(w) && !monthMay(doc, k, sa)) intent = true;
    if (w === 'can') ability = true;
    if (w === 'continue' || w === 'continues' || w === 'keep') ongoing = true;
    if (isActor(index, k)) break;
  }
  // "either side can appeal", "Russia can strike any target": what a party can do is an ability, no act (as "is able
  // to"); "cannot accept" is a refusal
  if (ability && !negated && !nounTrigger) return false;
  // "could reach a deal", "have yet to sign": an agreement or a meeting that may come is not made
  if (!nounTrigger && (m.type === 'AGREE' || m.type === 'CONSULT') && notYetMade(doc, i, sa)) return false;
  // an act noun as the object of a negated verb: "did not carry out any arrests", "has not imposed new sanctions"
  if (nounTrigger && !negated) negated = negatedVerbBefore(doc, i, sa);
  // "will withdraw its troops unless ...": the condition follows the act in its clause
  let conditional = false;
  for (let k = end; k < se && k - end < 25; k++) {
    if (doc.lower[k] !== 'unless') continue;
    // ... and what the condition asks for has not happened
    conditional = true;
    c.governedUntil = Math.max(c.governedUntil, clauseLimit(doc, k + 1, se));
    break;
  }
  // the rewrites both coders share (events/triggers.ts): a refusal, a promise, a threat
  const rw = rewriteOf(m.type, { negated, intent, ongoing, conditional }, m.cameo);
  // "would send more troops to the border": an announced deployment threatens no one unless it names a recipient
  m.announced = rw?.type === 'THREATEN' && m.type === 'MOBILIZE' ? { type: m.type, mode: m.mode, cameo: m.cameo } : null;
  if (rw) {
    m.type = rw.type;
    m.mode = null;
    m.cameo = rw.cameo;
    if (rw.consumesNegation) negated = false;
  }
  m.rw = rw;
  m.negated = negated;
  m.intent = intent;
  return true;
}

/** The act noun at i is the object of a negated verb: "did not carry out any arrests", "has not imposed new sanctions". */
function negatedVerbBefore(doc: Doc, i: number, sa: number): boolean {
  let lv = i - 1;
  while (lv >= sa && i - lv <= 4 && ((doc.pos[lv] as number) === P.DET || (doc.pos[lv] as number) === P.ADJ || (doc.pos[lv] as number) === P.NUM || PARTICLES.has(doc.lower[lv] as string))) lv--;
  if (lv < sa || (doc.pos[lv] as number) !== P.VERB) return false;
  for (let k = lv - 1; k >= sa && lv - k <= MODIFIER_WINDOW; k--) {
    if (NEGATIONS.has(doc.lower[k] as string)) return true;
    const p = doc.pos[k] as number;
    if (p !== P.AUX && p !== P.ADV && p !== P.PART) return false;
  }
  return false;
}

/** The voice of the trigger: passive ("was criticized by Beijing"), a reduced relative, or received ("drew criticism from China"). */
function readVoice(c: ArticleCoder, m: Match): void {
  const { doc, index } = c;
  const { i, end, sa, limit, type, nounTrigger } = m;
  // passive: "was criticized by Beijing"
  let passive = false;
  for (let k = i - 1; k >= sa && i - k <= 3; k--) {
    if (BE.has(doc.lower[k] as string)) {
      passive = isParticiple(doc.lower[i] as string);
      break;
    }
    if ((doc.pos[k] as number) !== P.ADV && (doc.pos[k] as number) !== P.PART) break;
  }
  // a participle after its noun: "four nationals charged with the murder", "two men arrested by police", "Russia
  // accused of war crimes": the noun is the one acted on
  // (also a two-word phrase trigger before its agent, "Britons taken hostage by X", and an adverb between the noun and the
  // participle, "Americans unjustly detained by X")
  if (!passive && i > sa && (end === i + 1 || (end === i + 2 && doc.lower[end] === 'by' && bareWords(doc, i + 1, end))) && REDUCED_RELATIVE_TYPES.has(type) && REDUCED_RELATIVE_PREPS.has(doc.lower[end] as string) && isParticiple(doc.lower[i] as string)) {
    let n = i - 1;
    while (n > sa && (doc.pos[n] as number) === P.ADV && (doc.lower[n] as string).endsWith('ly')) n--;
    const p = doc.pos[n] as number;
    if (p === P.NOUN || p === P.PROPN || (index.entityAtToken[n] as number) >= 0) passive = true;
  }
  // "drew criticism from China", "received aid from Poland": the subject of a verb of receiving is the act's recipient
  // and the party after "from" its agent, as in a passive
  // (only with the agent named: "drew criticism" alone leaves the act as it was)
  // (and so is the subject of a clause the act comes "with": "X will process the requests, with technical support from Y")
  const before = doc.lower[amountBefore(doc, i, sa) - 1] ?? '';
  m.received = RECEIVED_TYPES.has(type) && (nounTrigger || (doc.pos[end - 1] as number) === P.NOUN) && i > sa && (RECEIVING.has(before) || before === 'with') && fromActor(doc, index, end, limit);
  m.passive = passive || m.received;
}

/** Targets, location, "by" agent and "between" parties after the trigger, in its clause. */
function findTargets(c: ArticleCoder, m: Match): void {
  const { doc, index } = c;
  const { i, nounTrigger } = m;
  m.sending = m.type === 'AID' && SENDING.test(doc.lower[i] as string);
  m.defending = !nounTrigger && DEFENDING.test(doc.lower[i] as string);
  m.discussing = !nounTrigger && DISCUSSING.test(doc.lower[i] as string);
  const limit = m.deniedAct ? m.end : m.limit;
  for (let k = m.targetInside ? i + 1 : m.end; k < limit; k++) {
    // a noun's phrase ends where a clause answering it begins: "the bombing of X was condemned by Y"
    if (nounTrigger && answeringClause(doc, k)) break;
    const next = !isActor(index, k) && !((index.entityAtToken[k] as number) >= 0) ? afterNonActor(c, m, k) : afterMention(c, m, k);
    if (next < 0) break;
    k = next;
  }
}

/** Reads the word at k (no mention) of the target phrase: the token to go on from, or -1 when the phrase ends there. */
function afterNonActor(c: ArticleCoder, m: Match, k: number): number {
  const { doc, index } = c;
  // "will not accept any government trying to dictate the will of the Bolivian people", "rejected any plan that
  // puts Czech farmers at risk": a party inside a clause that modifies the act's object noun describes the object
  if (m.targets.length === 0 && objectClauseAt(doc, index, k, m.end)) return -1;
  // "NATO condemned the attack, and its secretary general, X, called for …": a clause of its own after ", and" opened by
  // a possessive, whose subject (the party's own officer) is no recipient of the act
  if (doc.words[k] === ',' && (doc.lower[k + 1] === 'and' || doc.lower[k + 1] === 'but') && POSSESSIVES.has(doc.lower[k + 2] as string) && hasVerb(doc, k + 3, m.se)) return -1;
  // "complained about port fees, and Abiy has described ...": a name after ", and" that a verb follows at once is the
  // subject of a clause of its own, no recipient of the act
  if (doc.words[k] === ',' && (doc.lower[k + 1] === 'and' || doc.lower[k + 1] === 'but') && isActor(index, k + 2)) {
    const after = mentionEnd(index, k + 2);
    const p = doc.pos[after] as number;
    if (p === P.VERB || p === P.AUX) return -1;
  }
  // "urged both governments to …", "warned the two sides": the parties the group stands for
  const groupNoun = m.targets.length === 0 && !m.passive && (doc.pos[k] as number) === P.NOUN && k - m.end <= 4;
  const group = groupNoun ? groupParties(doc, index, k) ?? recipientsOfLatestAct(c, k) : null;
  if (group) {
    m.targets.push(...group);
    return -1;
  }
  // "along with X", "together with X" name a co-agent, not a target
  if (CO_AGENT.has(doc.lower[k] as string) && doc.lower[k + 1] === 'with') {
    let t = k + 2;
    while (t < m.limit && t - k < 10 && !(isActor(index, t) && (doc.words[t + 1] === ',' || doc.words[t + 1] === '.'))) t++;
    return t;
  }
  return k;
}

/** Reads the mention at k after the trigger (an agent, a place, a target or none): the token to go on from, or -1 when the phrase ends there. */
function afterMention(c: ArticleCoder, m: Match, k: number): number {
  const { doc, index } = c;
  const { i, end, type } = m;
  const ms = mentionStart(index, k);
  const me = mentionEnd(index, k);
  if (reporterMention(doc, index, ms, me, end, m.se)) return -1;
  // "agreed to a US-brokered truce with X", "accepted a Saudi-backed ceasefire": the agent of a hyphenated participle
  // describes the agreement or the meeting after it, and is no party to it (a hostile act's "the US-led coalition"
  // still names the party it hit)
  if (SYMMETRIC.has(type) && gluedHyphen(doc, me) && /(?:ed|en)$/.test(doc.lower[me + 1] as string)) return me + 1;
  const prep = governingPrep(doc, ms, end);
  const ent = index.entities[index.entityAtToken[k] as number] as { id: string; type: string };
  // "was attacked by X", "a violation by X": the agent
  // (a noun's own "by" phrase only: in "an attack on X was condemned by Y" Y is the agent of "condemned")
  if ((m.passive || (m.nounTrigger && !answeredBetween(doc, end, ms))) && (prep === 'by' || (m.received && prep === 'from')) && isActor(index, k)) {
    m.byAgent = k;
    // ("the attack by China and Russia on X": the names joined to the agent are agents too, no recipients)
    if (m.nounTrigger && !m.passive) return coAgentsAfter(c, m, me) - 1;
  } else if (PLACE_TYPES.has(ent.type) && !isModifier(doc, index, me) && (prep === 'in' || prep === 'at' || (prep === '' && (doc.words[ms - 1] === ',' || doc.lower[ms - 1] === 'and') && inPlacePhrase(doc, index, k, end)) || (prep === 'from' && !FROM_TARGET.has(type) && m.cameo !== EMBARGO) || prep === 'inside' || prep === 'across' ||
    (prep === 'of' && HOSTILE_ON_PLACES.has(type) && SETTLEMENT_NOUNS.has(doc.lower[ms - 2] as string)))) {
    // ("captured the village of X", "shelled the port of Y": the place a hostile act hit is where it happened)
    if (!m.location) m.location = ent.id;
  } else if (m.sending && !RECIPIENT_PREPS.has(prep)) {
    // what is sent ("mobilised members of the response team to ...") is not its recipient
  } else if (m.discussing && prep !== 'with') {
    // "discussed the impact of Iran's drone exports", "discussed Ukraine": what is talked about, not with whom
  } else if (m.defending && (prep === 'against' || prep === 'from' || (prep === 'of' && inTheFaceOf(doc, ms)))) {
    // "defend itself against X", "defend their country in the face of X's invasion": whom a defence is against is
    // no one it supports (the one defended is the object: "defend Ukraine against ...")
    m.threatNamed = true;
  } else if (type === 'ACCUSE' && prep === 'with' && (ent as { kb?: { role?: string } }).kb?.role === 'IGO') {
    // "lodged a complaint with the ICAO / the UN": the forum the complaint is taken to, not the one accused
  } else if (prep === 'from' && REMOVING.test(doc.lower[i] as string) && !FROM_FRAME.has(type)) {
    // "withdrew the bill from Congress": where the thing was withdrawn from, not the act's recipient
  } else if (prep === 'from' && type === 'AID' && !m.received) {
    // "released $2 million from its emergency fund": where aid given comes from, not who receives it
  } else if (isActor(index, k) && m.targets.length === 0 && (prep === '' || TARGET_PREPS.has(prep) || prep === 'from' || prep === 'between' || (type === 'MOBILIZE' && AREA_TARGET_PREPS.has(prep) && !isModifier(doc, index, me)) || (prep === 'by' && answersAny(doc, m)))) {
    return takeTarget(c, m, k, me, prep, ent.id);
  }
  return me - 1;
}

/** The names joined by "and" (or commas) to an act noun's "by" agent, ending at me: added to m.coAgents; the end of the list. */
function coAgentsAfter(c: ArticleCoder, m: Match, me: number): number {
  const { doc, index } = c;
  let t = me;
  while (t + 1 < m.limit && (doc.lower[t] === 'and' || (doc.words[t] === ',' && doc.lower[t + 1] !== 'and')) && isActor(index, t + 1)) {
    const party = c.actsFor(countryOf(index, t + 1));
    if (!m.coAgents.includes(party)) m.coAgents.push(party);
    t = mentionEnd(index, t + 1);
  }
  return t;
}

/** The trigger is a response promised to "any" act ("would respond to any attack by X"): that act's agent is its recipient. */
function answersAny(doc: Doc, m: Match): boolean {
  return m.type === 'THREATEN' && doc.lower[m.end - 1] === 'any';
}

/**
 * The mention [ms, me) reports the act, it is not its recipient: ", the Chilean Navy said." (also with the reporters'
 * noun between, ", Nigerian officials said.", and ", a UN official said", ", the World Food Program (WFP) said": an
 * article and a parenthesised short name)
 */
function reporterMention(doc: Doc, index: EntityIndex, ms: number, me: number, end: number, se: number): boolean {
  if (!(doc.words[ms - 1] === ',' || doc.lower[ms - 1] === 'the' || doc.lower[ms - 1] === 'a' || commaBefore(doc, index, ms, end))) return false;
  let v = afterParenthesis(doc, me, se);
  const v0 = v;
  while (v < se && v - v0 < 2 && (doc.pos[v] as number) === P.NOUN && !CUE_VERBS.has(doc.lower[v] as string)) v++;
  return CUE_VERBS.has(doc.lower[v] as string) && (doc.pos[v] as number) === P.VERB;
}

/** Takes the actor at k (mention end me, id `id`, after `prep`) as a target or a "between" party: the token to go on from, or -1. */
function takeTarget(c: ArticleCoder, m: Match, k: number, me: number, prep: string, id: string): number {
  const { doc, index } = c;
  if (prep === 'near' && !m.location) m.location = id;
  if (prep === 'near' && m.type !== 'MOBILIZE' && m.type !== 'ASSAULT') return me - 1;
  // "Chinese leader Xi Jinping", "Kosovo's Prime Minister Albin Kurti": the head of the phrase is the target
  const hk = phraseHead(doc, index, k, m.limit);
  const he = mentionEnd(index, hk);
  const party = ledGovernment(c, hk, hk === k ? countryOf(index, k) : entityIdAt(index, hk) as string);
  // ("The attack followed talks between X and Y": the "between" of another noun, after a verb, names no party of this one)
  if (prep === 'between' && m.nounTrigger && hasVerb(doc, m.end, k)) return -1;
  if (prep === 'between') {
    // "talks between X and Y": both are parties
    m.betweenParties.push(party);
    coordinatedParties(doc, index, he, m.limit, m.betweenParties);
    return -1;
  }
  m.targets.push(party);
  // (a list begun inside the target window goes on to the end of its clause: "spoke by telephone late on Tuesday with
  // X's head of state, General Y, and with President Z")
  const again = doc.words[he] === ',' ? he + 1 : he;
  const hi = !m.nounTrigger && prep !== '' && doc.lower[again] === 'and' && doc.lower[again + 1] === prep && m.limit > he && m.limit < m.se && m.limit - m.end >= TARGET_WINDOW ? Math.max(m.limit, clauseLimit(doc, he, m.se)) : m.limit;
  coordinatedParties(doc, index, he, hi, m.targets, prep);
  return he - 1;
}

/**
 * "accused the Carney government of ...", "urged the Maduro regime to ...", "Biden's administration": a person's name
 * that modifies a government noun names the government the person leads, which acts for the person's country (when
 * the article names it); `party` otherwise.
 */
function ledGovernment(c: ArticleCoder, hk: number, party: string): string {
  const { doc, index } = c;
  if (entityType(index, hk) !== 'PERSON') return party;
  let t = mentionEnd(index, hk);
  if (doc.lower[t] === "'s" || doc.lower[t] === '’s') t++;
  return LED_BODIES.has(doc.lower[t] as string) ? c.acts.sideOf(party) : party;
}

/** The subject of the trigger's clause (none for an act named as a circumstance of its clause). */
function findSubject(c: ArticleCoder, m: Match): void {
  const { doc, index } = c;
  const { i, end, sa, nounTrigger } = m;
  let subj = firstSubject(c, m);
  // "said X, president of the Y Council, who called on ...": "who" stands for a person, the one named before the
  // organisation its clause follows
  if (subj?.id && !nounTrigger) {
    const who = personBeforeWho(doc, index, i, sa);
    if (who >= 0 && typeOfId(index, subj.id) !== 'PERSON') subj = { id: entityIdAt(index, who), start: mentionStart(index, who), head: who };
  }
  // "summoned the ambassador over the strike", "after the attack": an act named as the reason or the time of the
  // clause is not the subject's act; its own actor is a possessor ("over Israel's strike"), found below
  const circumstance = nounTrigger && reasonPrepBefore(doc, i, sa);
  if (circumstance) subj = null;
  // "the WTO's ruling on Europe's tariffs on X", "blocked the EU's sanctions": the possessor of an act noun is its agent,
  // before any subject further back
  // (also a noun trigger with its preposition: "Europe's tariffs on X")
  const nounWithPrep = (doc.pos[i] as number) === P.NOUN && end - i === 2 && (doc.pos[i + 1] as number) === P.ADP;
  if ((nounTrigger || nounWithPrep) && !circumstance && !m.passive && subj?.id) {
    const owner = possessorOf(doc, index, i, sa);
    // (a named owner that is no actor, "Europe's tariffs", still says the act is not the subject's)
    if (owner >= 0 && owner > subj.head) subj = isActor(index, owner) ? { id: entityIdAt(index, owner), start: mentionStart(index, owner), head: owner } : null;
  }
  // a nominal trigger whose only actor is its own modifier ("a key Turkish demand") is a description, not a report
  if (nounTrigger && subj?.id && subj.start < i && !/ing$/.test(doc.lower[i] as string) && subj.head < i && isActor(index, subj.head) && ownModifier(doc, subj.head, i)) subj = null;
  if (!subj?.id && !circumstance && !m.actUnknown) subj = subjectOfVerbBefore(c, m, subj);
  // "X will process the requests, with technical support from Y": the clause's subject receives what its act comes with
  if (!subj?.id && m.received && doc.lower[modifiersBefore(doc, i, sa) - 1] === 'with') subj = sentenceSubject(doc, index, sa, i);
  m.subj = subj;
  m.circumstance = circumstance;
}

/**
 * The subject the trigger's own position gives: the agent of an act subject; the main subject of an infinitive ("was
 * due to visit X to meet Y"; "while Y was ready to accept" takes the subject of its own governing verb); the main
 * subject of a means ("China responded by imposing sanctions"); a speaker before a participle; the subject before it.
 */
function firstSubject(c: ArticleCoder, m: Match): Subject | null {
  const { doc, index } = c;
  const { i, sa, nounTrigger, actAgent, actUnknown } = m;
  let subj: Subject | null = null;
  if (actAgent >= 0) subj = { id: entityIdAt(index, actAgent), start: sa, head: actAgent };
  else if (actUnknown) subj = null;
  else if (infinitiveOfMainVerb(doc, i, index)) {
    const gov = doc.pos[i - 2] as number;
    if (gov === P.VERB || gov === P.AUX || gov === P.ADJ || gov === P.ADV) subj = subjectBefore(doc, index, i - 2, sa, true);
    if (!subj?.id) subj = sentenceSubject(doc, index, sa, i);
  }
  // "China responded by imposing sanctions": a gerund after "by" is the means of the main subject's act
  if (!subj?.id && doc.lower[i - 1] === 'by' && i - 1 > sa && /ing$/.test(doc.lower[i] as string)) subj = meansSubject(doc, index, sa, i - 1);
  // "…, Chinese spokesperson Mao Ning said, urging Manila to …": a participle after a speaker's cue is the speaker's
  // act, whatever the subject of the clause reported
  if (!subj?.id && !actUnknown && !nounTrigger) {
    const sp = speakerBeforeParticiple(doc, index, i, sa);
    if (sp >= 0) subj = { id: entityIdAt(index, sp), start: mentionStart(index, sp), head: sp };
  }
  if (!subj?.id && !actUnknown) subj = subjectBefore(doc, index, i, sa, true);
  // "Ilse Marten, the UN rights chief, on Tuesday urged ...": a time adjunct between the subject and the verb
  if (!subj?.id && !nounTrigger && !actUnknown) {
    const t = timeAdjunctStart(doc, i, sa);
    if (t > sa) {
      const s2 = subjectBefore(doc, index, t, sa, true);
      if (s2?.id) subj = s2;
    }
  }
  return subj;
}

/**
 * "Israel and Lebanon renewed negotiations", "has agreed to set up": the subject of the verb before the trigger (a
 * hyphenated compound counts as one word: "imposed a dusk-to-dawn curfew"); `subj` when there is none.
 */
function subjectOfVerbBefore(c: ArticleCoder, m: Match, subj: Subject | null): Subject | null {
  const { doc, index } = c;
  const { i, end, sa, nounTrigger, prevEnd } = m;
  // (a phase of the act's noun phrase, opened by a noun or an adjective: "the second day of joint exercises")
  const nounPhrase = nounTrigger || ((doc.pos[i] as number) === P.ADJ && (doc.pos[end - 1] as number) === P.NOUN);
  let phaseCrossed = false;
  for (let k = i - 1, words = 1; k >= sa && words <= 6; k--, words += doc.ends[k] === doc.starts[k + 1] ? 0 : 1) {
    const p = doc.pos[k] as number;
    if (nounPhrase && doc.lower[k] === 'of' && PHASE_NOUNS.has(doc.lower[k - 1] as string)) phaseCrossed = true;
    // "China responded by imposing sanctions", "India hit back by expelling ...": the means of the main clause's act
    // (whatever the tagger makes of the gerund: "imposing" is often read as an adjective)
    if (/ing$/.test(doc.lower[k] as string) && doc.lower[k - 1] === 'by' && k - 1 > sa && (p === P.VERB || p === P.ADJ || p === P.NOUN)) {
      const ms = meansSubject(doc, index, sa, k - 1);
      return ms?.id ? ms : subj;
    }
    if (p === P.VERB || p === P.AUX) {
      // the trigger sits in the reported clause of "X said the summit should ...": X is not its actor
      // ... but "announced a new package of aid" is the announcer's own act
      if ((CUE_VERBS.has(doc.lower[k] as string) && !(nounTrigger || end - i > 1)) || SAY_ONLY.has(doc.lower[k] as string)) return subj;
      // "Russia was following the exercise closely": watching an act is not doing it
      if (WATCH_VERBS.test(doc.lower[k] as string)) return subj;
      // "blocked the start of membership talks": a phase of an act named as the object of another trigger is that
      // trigger's object, not its subject's act
      if (phaseCrossed && k < prevEnd) return subj;
      const s2 = subjectBefore(doc, index, k, sa, true);
      // ("Police fired tear gas at the crowd": an unnamed body of the government is the subject of a use of force too)
      if (s2) return s2.id || (USES_OF_FORCE.has(m.type) && stateNominal(doc, s2)) ? s2 : subj;
    } else if (!(p === P.DET || p === P.ADJ || p === P.NUM || p === P.ADV || p === P.AUX || p === P.PART || p === P.PRON || doc.lower[k] === 'to' || (p === P.ADP && (PARTICLES.has(doc.lower[k] as string) || (doc.lower[k] === 'in' && (ENGAGED_IN.test(doc.lower[k - 1] as string) || STATE_OF.test(doc.lower[k - 1] as string))))) ||
      // an amount: "announced a $400 million aid package"
      CURRENCY.test(doc.words[k] as string) ||
      // a phase or a portion of the act: "began the second day of joint exercises", "held a new round of talks"
      (nounPhrase && ((doc.lower[k] === 'of' && PHASE_NOUNS.has(doc.lower[k - 1] as string)) || (PHASE_NOUNS.has(doc.lower[k] as string) && doc.lower[k + 1] === 'of'))) ||
      // a compound modifier of a nominal trigger: "started a ten-day mountain exercise"
      (nounTrigger && (p === P.NOUN || doc.words[k] === '-' || (doc.words[k - 1] === '-' && doc.words[k + 1] === '-')) && (index.entityAtToken[k] as number) < 0) ||
      // ... also of a nominal trigger of several words: "declared a 30-day state of emergency"
      ((doc.pos[i] as number) === P.NOUN && inHyphenCompound(doc, k) && (index.entityAtToken[k] as number) < 0))) return subj;
  }
  return subj;
}

/** The sources of the act: its agent, the subject (or the parties it stands for), else a possessor, a hyphenated pair, a main clause's subject; false when a pair-only trigger has no pair. */
function findSources(c: ArticleCoder, m: Match): boolean {
  const { doc, index } = c;
  const { i, sa, nounTrigger, passive, circumstance, subj, sources } = m;
  if (m.type === 'CONSULT' && nounTrigger && adjunctMeeting(c, m)) return true;
  if (m.byAgent < 0 && m.ownAgent >= 0) m.byAgent = m.ownAgent;
  const byAgent = m.byAgent;
  // "The Minister of X, A, and the Secretary of Y, B, today signed": the people named in apposition to the titles
  const appos = !passive && !nounTrigger && !circumstance ? appositionSubjects(doc, index, sa, i) : [];
  // ("The two leaders agreed ...", "the two sides agreed" after one of them met, called or urged the other: no list of
  // the two is named, the pair of the latest act between two parties is)
  let group = subj && !passive && !circumstance && subj.head < i ? groupParties(doc, index, subj.head) ?? latestPair(doc, c.index, c.acts, c.out, subj.head, SYMMETRIC.has(m.type)) : null;
  // ("talks between Defence Minister X and US Defense Secretary Y, at which the two sides agreed": the sides are states)
  if (group?.length === 2 && subj && PAIR_NOUNS.has(doc.lower[subj.head] as string)) {
    const [x, y] = group as [string, string];
    const pair = [sideState(doc, index, c.acts, x, y), sideState(doc, index, c.acts, y, x)];
    if (pair[0] !== pair[1]) group = pair;
  }
  const traveller = passive ? null : journeyPurposeOf(c, m);
  if (traveller !== null) {
    sources.push(traveller);
  } else if (nounTrigger && !passive && byAgent >= 0) {
    sources.push(c.actsFor(countryOf(index, byAgent)));
    for (const x of m.coAgents) if (!sources.includes(x)) sources.push(x);
  } else if (passive) {
    // ("was hosted by Turkish President X": the head of the agent's phrase, as a recipient's is)
    if (byAgent >= 0) {
      const hk = phraseHead(doc, index, byAgent, m.limit);
      sources.push(c.actsFor(countryOf(index, hk)));
      // ("was signed by Japan and India": each agent the "by" phrase lists)
      if (SYMMETRIC.has(m.type) && doc.lower[mentionEnd(index, hk)] === 'and') coordinatedParties(doc, index, mentionEnd(index, hk), m.limit, sources);
    }
    if (subj?.id) {
      m.targets.length = 0;
      // "Two Russian nationals were arrested": a demonym stands for its country, as in the active voice
      m.targets.push(isActor(index, subj.head) ? countryOf(index, subj.head) : subj.id);
    }
  } else if (appos.length > 0) {
    sources.push(...appos);
  } else if (group) {
    // "The three European countries rejected …", "They urged …": the parties the group stands for
    sources.push(...group);
  } else if (subj) {
    subjectSources(c, m, subj);
  }
  if (sources.length === 0 && !passive) possessorSource(c, m);
  if (sources.length === 0 && !passive && m.type === 'AID' && (doc.pos[m.end - 1] as number) !== P.VERB) {
    // "Aid was sent by X to Y", "supplies donated by X reached Y": the agent of the passive verb of sending whose
    // subject the aid is gives it
    const giver = passiveGiver(doc, index, m.end, m.se);
    if (giver >= 0) sources.push(c.actsFor(countryOf(index, giver)));
  }
  if (sources.length === 0 && !passive && nounTrigger && FORCE_MOVES.has(m.type)) forcesSource(c, m);
  // "Bangladesh-Myanmar talks", "the fifth meeting of the India-Pakistan Joint Commission": the two parties a hyphen joins
  // in the phrase of a noun of a joint act are its parties
  let pair: [string, string] | null = null;
  if (sources.length === 0 && !passive && (nounTrigger || m.def.pairOnly) && SYMMETRIC.has(m.type)) {
    pair = hyphenPair(doc, index, i, doc.lower[m.end - 1] === 'of' ? m.end - 1 : m.end, sa, m.se);
    if (pair) sources.push(...pair);
  }
  if (m.def.pairOnly && !pair) return false;
  if (sources.length === 0 && !passive) frontedMeetingSources(c, m);
  if (sources.length === 0 && !passive) occasionOfClauseSources(c, m);
  if (sources.length === 0 && !passive) mainClauseSources(c, m);
  return true;
}

/** auxiliaries of a passive verb after its subject: "was sent", "has been delivered", "will be shipped" */
const PASSIVE_AUX: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would']);
/**
 * The agent of a passive verb of sending right after an aid noun, its subject ("Aid was sent by X to Y", "medicine
 * delivered by X reached Y"): the token of the agent's name, or -1.
 */
function passiveGiver(doc: Doc, index: EntityIndex, end: number, se: number): number {
  let k = end;
  while (k < se && k - end < 3 && PASSIVE_AUX.has(doc.lower[k] as string)) k++;
  if (!SENT.has(doc.lower[k] as string)) return -1;
  // (the recipient may come first: "were delivered to Y by X")
  let b = k + 1;
  while (b < se && b - k <= 6 && doc.lower[b] !== 'by' && doc.words[b] !== ',' && (doc.pos[b] as number) !== P.VERB) b++;
  if (doc.lower[b] !== 'by') return -1;
  let a = b + 1;
  if (doc.lower[a] === 'the') a++;
  return a < se && isActor(index, a) ? a : -1;
}

/** how many words a journey's verb may stand before the "for" of its purpose ("arrived in Muscat on Sunday for talks") */
const JOURNEY_REACH = 8;
/** words before a verb that make the journey one not yet made: "will travel", "is due to fly" */
const NOT_YET = new Set(['will', "'ll", 'would', 'shall', 'to']);

/**
 * The traveller whose journey a meeting noun is the purpose of ("arrived in Muscat for talks with Y", "flew to Asmara
 * on Sunday for a meeting with Y", "is in Asmara for talks with Y"): the subject of the verb of the journey, the
 * meeting's source; null for a journey not yet made ("will travel to X for talks"), which holds no meeting yet.
 */
function journeyPurposeOf(c: ArticleCoder, m: Match): string | null {
  const { doc, index } = c;
  const { i, sa } = m;
  if (m.type !== 'CONSULT' || (doc.pos[i] as number) !== P.NOUN) return null;
  let f = i - 1;
  // (a compound modifier too: "for a two-day visit to Japan", "on a three-day state visit")
  const visit = m.cameo === '042';
  while (f > sa && i - f <= 6 && doc.lower[f] !== 'for' && !(visit && doc.lower[f] === 'on') && (OCCASION_WORDS.has(doc.pos[f] as number) || (doc.words[f] === '-' && glued(doc, f)))) f--;
  // ("on a state visit to X": the journey's errand, as "for" names it)
  if (doc.lower[f] !== 'for' && !(visit && doc.lower[f] === 'on')) return null;
  for (let v = f - 1; v >= sa && f - v <= JOURNEY_REACH; v--) {
    const p = doc.pos[v] as number;
    if (p === P.PUNCT) return null;
    if (p !== P.VERB && p !== P.AUX) continue;
    // ("is due in Beijing for talks", "are expected in Doha for talks": a journey not yet made either)
    if (!JOURNEYS.test(doc.lower[v] as string) || NOT_YET.has(doc.lower[v - 1] ?? '') || EXPECTED.has(doc.lower[v + 1] ?? '')) return null;
    const s = subjectBefore(doc, index, v, sa);
    return s?.id && isActor(index, s.head) ? c.actsFor(countryOf(index, s.head)) : null;
  }
  return null;
}

/** prepositions that open a fronted phrase naming the occasion of its sentence: "After talks with X, Y said ..." */
const OCCASION_OPENERS: ReadonlySet<string> = new Set(['after', 'following', 'during', 'in', 'at']);
/** prepositions that open a phrase naming a visit as the occasion of its clause: "during a visit to X", "on a state visit to X" */
const VISIT_OPENERS: ReadonlySet<string> = new Set(['during', 'on', 'after', 'following']);
/** parts of speech between the opener and the meeting noun: "After two days of talks", "Following his phone call" */
const OCCASION_WORDS: ReadonlySet<number> = new Set([P.DET, P.ADJ, P.NUM, P.NOUN, P.PRON, P.ADP]);

/**
 * A meeting noun in a phrase fronted before the main clause is a meeting of that clause's subject: "After talks with
 * Y, X said ...", "Following his meeting with Y on Monday, X announced ...", "In a phone call with Y, X discussed ...".
 */
function frontedMeetingSources(c: ArticleCoder, m: Match): void {
  const { doc, index } = c;
  const { i, sa, se, sources } = m;
  // ("On a two-day visit to Y, X said ...": a visit's phrase, as occasionOfClauseSources reads one after the subject)
  const visit = m.cameo === '042' && m.nounTrigger;
  // ("Speaking after talks with Y, X said ...": the speaker's occasion, as in occasionOfClauseSources)
  const from = SPEAKING_VERBS.has(doc.lower[sa] as string) && SPEAKING_TIMES.has(doc.lower[sa + 1] as string) ? sa + 1 : sa;
  if (m.type !== 'CONSULT' || (doc.pos[i] as number) !== P.NOUN || i - from > 5 || !(visit ? VISIT_OPENERS : OCCASION_OPENERS).has(doc.lower[from] as string)) return;
  for (let k = from + 1; k < i; k++) if (!OCCASION_WORDS.has(doc.pos[k] as number) && !(visit && doc.words[k] === '-' && glued(doc, k))) return;
  const ms = sentenceSubject(doc, index, sa, se, true);
  if (ms?.id && ms.head > m.end && isActor(index, ms.head)) sources.push(c.actsFor(countryOf(index, ms.head)));
  else if (visit && ms && !ms.id && ms.head > m.end) {
    // (a visitor named by an office and its state: "During a visit to Y, Chile's foreign minister said ...")
    const owner = possessorOf(doc, index, ms.head, m.end);
    if (owner >= 0 && isActor(index, owner)) sources.push(c.actsFor(countryOf(index, owner)));
  }
}

/**
 * A noun of a joint act in a phrase after the main clause, naming its occasion or means, is an act of that clause's
 * coordinated subjects: "A and B agreed to a truce after nine days of talks", "A and B arrested 17 suspects in a joint
 * operation"; talks "between" others ("after talks between their foreign ministers") have parties of their own.
 */
function occasionOfClauseSources(c: ArticleCoder, m: Match): void {
  const { doc, index } = c;
  const { i, end, sa, sources } = m;
  // (also a phrase opened by its modifier: "in a joint operation", "in coordinated raids")
  // (not a gerund's phrase: "interest in deepening cooperation with Y" names an act not done)
  // ("said after a meeting with Y": a noun in -ing after its determiner is no gerund; a speaker's occasion, below)
  const determined = (doc.pos[i - 1] as number) === P.DET || POSSESSIVES.has(doc.lower[i - 1] as string);
  const withPhrase = end - i > 1 && ((doc.pos[end - 1] as number) === P.NOUN || ((doc.pos[i] as number) === P.NOUN && doc.lower[end - 1] === 'with'));
  const nounPhrase = m.nounTrigger || (withPhrase && !/ing$/.test(doc.lower[i] as string));
  if (!(nounPhrase || (withPhrase && determined)) || (m.type !== 'CONSULT' && m.type !== 'COOPERATE') || m.betweenParties.length > 0) return;
  // (a visit's phrase: "during a visit to Y", "on a two-day visit to Y"; a single subject made it when it speaks on
  // that occasion, below)
  const visit = m.cameo === '042' && m.nounTrigger;
  const openers = visit ? VISIT_OPENERS : OCCASION_OPENERS;
  let f = i - 1;
  while (f > sa && i - f <= 6 && !openers.has(doc.lower[f] as string) && (OCCASION_WORDS.has(doc.pos[f] as number) || (visit && doc.words[f] === '-' && glued(doc, f))) && (index.entityAtToken[f] as number) < 0) f--;
  // (a fronted phrase is frontedMeetingSources')
  if (f <= sa + 1 || !openers.has(doc.lower[f] as string)) return;
  let ms = sentenceSubject(doc, index, sa, f);
  const speaker = m.type === 'CONSULT' && (spokeAfter(doc, f, sa) || (visit && spokeAround(doc, f, m.end, m.se)));
  if (!nounPhrase && !speaker) return;
  // (a speaker named by an office and its state: "Chile's foreign minister, on a visit to Y, said ...")
  if (speaker && ms && !ms.id && ms.head < f) {
    const owner = possessorOf(doc, index, ms.head, sa);
    if (owner >= 0 && isActor(index, owner)) ms = { id: entityIdAt(index, owner), start: ms.start, head: owner };
  }
  if (ms && !ms.id && m.targets.length > 0 && ms.head < f && OUTCOMES.has(doc.lower[ms.head] as string) && DEMONSTRATIVES.has(doc.lower[ms.start] as string)) {
    // "The breakthrough came after talks with Y": the outcome named refers back to the latest act told before its
    // sentence, whose agent held the talks
    const latest = latestSourceBefore(c.out, doc.starts[sa] as number);
    if (latest !== null && !m.targets.includes(latest)) sources.push(latest);
    return;
  }
  if (!ms?.id || ms.head >= f || (doc.pos[ms.head] as number) === P.PRON || passiveClause(doc, ms.head, f)) return;
  const actor = isActor(index, ms.head);
  // ("Sudan's army": the force the article names for the country, as for a conjunct)
  const force = actor ? null : forceEntity(doc, index, ms.head, ms.id);
  const found: string[] = [c.actsFor(actor ? countryOf(index, ms.head) : force ?? ms.id)];
  coordinatedLeft(doc, index, Math.min(ms.start, actor ? mentionStart(index, ms.head) : ms.head), sa, found);
  const me = actor ? mentionEnd(index, ms.head) : ms.head + 1;
  if (doc.lower[me] === 'and') {
    // ("Sudan's army and the paramilitary Rapid Support Forces": a conjunct's own modifiers)
    let k = me + 1;
    while (k < f && k - me <= 3 && ((doc.pos[k] as number) === P.DET || (doc.pos[k] as number) === P.ADJ) && !isActor(index, k)) k++;
    if (k > me + 1 && isActor(index, k) && k < f) {
      const y = countryOf(index, k);
      if (!found.includes(y)) found.push(y);
      const ye = mentionEnd(index, k);
      if (doc.lower[ye] === 'and' || doc.words[ye] === ',') coordinatedParties(doc, index, ye, f, found);
    } else coordinatedParties(doc, index, me, f, found);
  }
  // (a single subject's act after talks with Y says not who held them: "Kenyan police arrested twelve suspects, days
  // after talks with Uganda"; two subjects acting together held them together; but one acting "in cooperation with Y",
  // "in close coordination with Y", works with Y)
  const manner = m.type === 'COOPERATE' && doc.lower[f] === 'in' && (doc.lower[m.end - 1] === 'with' || doc.lower[m.end] === 'with');
  // (but one who speaks "after talks with Y" speaks of them as their party: "X said after talks with Y that ...", "X,
  // speaking after talks with Y, said ..."; and one who speaks on a visit made it: "X, on a visit to Y, said ...", "X
  // said during a visit to Y". A single subject's other acts on a visit were not kept: held out, own/test, one more
  // event of the right type and the wrong parties)
  if (found.length > 1 || manner || speaker) sources.push(...found.filter((x) => !m.targets.includes(x)));
}

/** verbs of speaking whose time a meeting's phrase gives ("said after talks with Y") */
const SPEAKING_VERBS = new Set(['said', 'says', 'told', 'tells', 'speaking', 'spoke', 'added', 'declared', 'announced', 'stated']);
/** who a verb of speaking speaks to, between it and the meeting's phrase: "told reporters after talks with Y" */
const AUDIENCES = new Set(['reporters', 'journalists', 'parliament', 'lawmakers', 'legislators', 'delegates', 'broadcaster', 'television']);
/** The meeting's phrase opened at f (after, following, during) gives the time of a verb of speaking right before it. */
function spokeAfter(doc: Doc, f: number, sa: number): boolean {
  return SPEAKING_TIMES.has(doc.lower[f] as string) && speakingVerbBefore(doc, f) > sa;
}
/** The verb of speaking right before token f, past an audience ("told reporters"), or -1. */
function speakingVerbBefore(doc: Doc, f: number): number {
  let v = f - 1;
  if (AUDIENCES.has(doc.lower[v] as string)) v--;
  return SPEAKING_VERBS.has(doc.lower[v] as string) ? v : -1;
}
const SPEAKING_TIMES = new Set(['after', 'following', 'during']);
/**
 * A visit's phrase opened at f is the occasion of a verb of speaking: right after the verb ("said during a visit to Y",
 * "told reporters on a visit to Y") or set off by commas before it ("X, on a visit to Y, said").
 */
function spokeAround(doc: Doc, f: number, end: number, se: number): boolean {
  if (speakingVerbBefore(doc, f) >= 0) return true;
  if (doc.words[f - 1] !== ',') return false;
  let k = end;
  while (k < se && k - end < 8 && doc.words[k] !== ',') k++;
  return doc.words[k] === ',' && SPEAKING_VERBS.has(doc.lower[k + 1] as string);
}

/** The clause between its subject's head h and token f is passive ("is managed by X in cooperation with Y"): its subject does not act. */
function passiveClause(doc: Doc, h: number, f: number): boolean {
  for (let k = h + 1; k < f; k++) {
    if (doc.lower[k] === 'by') return true;
    if (!BE.has(doc.lower[k] as string)) continue;
    let v = k + 1;
    while (v < f && (doc.pos[v] as number) === P.ADV) v++;
    if (v < f && (doc.pos[v] as number) === P.VERB && isParticiple(doc.lower[v] as string)) return true;
  }
  return false;
}

/** nouns naming the outcome of an act told before: "The breakthrough came after talks with Y", "the move followed ..." */
const OUTCOMES: ReadonlySet<string> = new Set(['breakthrough', 'move', 'decision', 'step', 'announcement', 'deal', 'agreement', 'accord', 'compromise', 'shift', 'reversal', 'u-turn']);

/** The source of the latest event coded before character offset `at`, or null. */
function latestSourceBefore(out: readonly ArgusEvent[], at: number): string | null {
  for (let k = out.length - 1; k >= 0; k--) {
    const e = out[k] as ArgusEvent;
    if (e.start < at) return e.source;
  }
  return null;
}

/** The sources a subject names in the active voice: its actor and the actors coordinated with it, a related body, the home government, an alliance's members. */
function subjectSources(c: ArticleCoder, m: Match, subj: Subject): void {
  const { doc, index } = c;
  const { i, sa, sources } = m;
  if (subj.id && RELATED_BODIES.has(doc.lower[relatedAt(index, subj.head)] as string)) {
    // "the al-Qaeda affiliate attacked …": another body than the one named, unnamed unless an apposition names it
    // ("an al-Qaeda affiliate, JNIM, attacked …")
    const r = relatedAt(index, subj.head);
    if (doc.words[r + 1] === ',' && isActor(index, r + 2) && r + 2 < i) sources.push(c.actsFor(countryOf(index, r + 2)));
  } else if (subj.id) {
    sources.push(c.actsFor(isActor(index, subj.head) ? countryOf(index, subj.head) : subj.id));
    if (isActor(index, subj.head)) {
      // (a pronoun subject opens a clause of its own: "... aid for Ukraine, and she summoned ...")
      // (nor does the subject of a reduced relative on an indefinite noun: in "..., a claim Minsk rejected" the name
      // before the comma is no conjunct)
      const reducedRelative = (doc.lower[subj.start] === 'a' || doc.lower[subj.start] === 'an') && subj.start < mentionStart(index, subj.head) - 1;
      if ((doc.pos[subj.head] as number) !== P.PRON && !reducedRelative) coordinatedLeft(doc, index, Math.min(subj.start, mentionStart(index, subj.head)), sa, sources);
      // "A and her counterpart B spoke by phone and agreed ...": the subject found for a later verb is the first conjunct
      const me = mentionEnd(index, subj.head);
      if (doc.lower[me] === 'and') coordinatedParties(doc, index, me, i, sources);
    }
  } else if (stateNominal(doc, subj)) {
    // "Police have accused ...", "The authorities detained ...", "Riot police fired water cannon at ...": the home
    // government
    sources.push(HOME);
  } else if (MEMBER_NOUNS.has(doc.lower[subj.head] as string) && subj.head - subj.start <= 1) {
    // "NATO's chief said allies stood firmly with Lithuania", "Kallas said member states would ...": the members of
    // the body whose officer reports it act as that body (GOV_NOMINALS and MEMBER_NOUNS share no word)
    const body = allianceReporter(doc, index, subj.start, sa, c.acts);
    if (body !== null) sources.push(body);
  }
}

/** acts of force and coercion, which a state's unnamed police or forces carry out for it */
const USES_OF_FORCE: ReadonlySet<PloverType> = new Set(['ASSAULT', 'COERCE']);
/**
 * kinds of police and security forces, which name no owner of their own: "riot police", "the security forces" (not
 * "national police", most often part of a force's name, and in a story of two states either one's)
 */
const FORCE_KINDS: ReadonlySet<string> = new Set(['riot', 'anti-riot', 'security', 'border', 'federal', 'secret', 'military', 'traffic']);
/** heads of a state's unnamed force, after a word of FORCE_KINDS */
const FORCE_HEADS: ReadonlySet<string> = new Set(['police', 'forces', 'services', 'officers']);

/**
 * The subject names the home government by an unnamed body of it: "police", "the authorities" (GOV_NOMINALS alone), or
 * a state's police or security forces of some kind ("riot police", "the security forces"), which act for it as "police"
 * does (eval/own/dev2/README.md: generic state agents are coded with their state).
 */
function stateNominal(doc: Doc, subj: Subject): boolean {
  if (GOV_NOMINALS.has(doc.lower[subj.head] as string) && (subj.start === subj.head || (subj.start === subj.head - 1 && doc.lower[subj.start] === 'the'))) return true;
  return securityForce(doc, subj.start, subj.head);
}

/** The subject [start, head] is a state's unnamed police or security force: "riot police", "the security forces". */
function securityForce(doc: Doc, start: number, head: number): boolean {
  if (!FORCE_HEADS.has(doc.lower[head] as string) || head === start) return false;
  let k = doc.lower[start] === 'the' ? start + 1 : start;
  for (; k < head; k++) if (!FORCE_KINDS.has(doc.lower[k] as string)) return false;
  return k === head;
}

/** acts whose noun names the forces moved in its "of" phrase: "the withdrawal of Russian border guards" */
const FORCE_MOVES: ReadonlySet<PloverType> = new Set(['RETREAT', 'MOBILIZE']);
/** forces and arms a state moves (besides Phoenix's state agents: "troops", "police", "army") */
const FORCE_NOUNS: ReadonlySet<string> = new Set([
  'forces', 'force', 'soldiers', 'guards', 'units', 'peacekeepers', 'personnel', 'contingent', 'contingents', 'battalion', 'battalions',
  'brigade', 'brigades', 'marines', 'warships', 'missiles', 'jets', 'aircraft',
]);
/**
 * The forces named in the "of" phrase of a withdrawal or a deployment are its agent's: "the withdrawal of Russian border
 * guards from X", "the deployment of 2,000 Polish troops to the border" (a party's modifier, then a noun of a state's
 * forces, Phoenix's agent roles).
 */
function forcesSource(c: ArticleCoder, m: Match): void {
  const { doc, index } = c;
  if (doc.lower[m.end] !== 'of') return;
  const lexicon = loadEventLexicon();
  let actor = -1;
  for (let k = m.end + 1; k < m.se && k - m.end <= 6; k++) {
    const forces = FORCE_NOUNS.has(doc.lower[k] as string) || isStateNoun(lexicon, doc.lower[k] as string);
    // ("French forces" may be one name: its head is the forces)
    if (isActor(index, k)) actor = k;
    const p = doc.pos[k] as number;
    if (actor !== k && (p === P.NUM || p === P.ADJ || p === P.DET)) continue;
    if (actor !== k && p !== P.NOUN && p !== P.PROPN) return;
    if (actor >= 0 && forces) {
      const party = countryOf(index, actor);
      const source = c.actsFor(party);
      m.sources.push(source);
      // (the forces' party, read first as the noun's "of" recipient, is not; a withdrawal's recipient is the party it
      // leaves: "the withdrawal of Russian guards from Armenia's frontier")
      const rest = m.targets.filter((t) => t !== source && t !== party);
      m.targets.length = 0;
      m.targets.push(...rest);
      if (m.targets.length === 0 && m.type === 'RETREAT') {
        for (let t = k + 1; t < m.limit; t++) {
          if (isActor(index, t) && governingPrep(doc, mentionStart(index, t), k + 1) === 'from') {
            m.targets.push(c.actsFor(countryOf(index, t)));
            break;
          }
        }
      }
      return;
    }
  }
}

/** nominal trigger with a possessor: "China's military buildup", "Russia's support for ..." */
function possessorSource(c: ArticleCoder, m: Match): void {
  const { doc, index } = c;
  const { i, sa } = m;
  for (let k = i - 1; k >= sa && i - k <= 4; k--) {
    if ((doc.lower[k] === "'s" || doc.lower[k] === '’s') && k > 0 && isActor(index, k - 1)) {
      m.sources.push(c.actsFor(countryOf(index, k - 1)));
      return;
    }
    if (!GAP_POS.has(doc.pos[k] as number)) return;
  }
}

/** A participle clause's act is the main clause's subject's: ", calling on NATO members to ...", "..., ending two days of talks". */
function mainClauseSources(c: ArticleCoder, m: Match): void {
  const { doc, index } = c;
  const { i, end, sa, sources } = m;
  // "issued a statement demanding ...": the issuer demands; "vetoed a statement criticising X": the vetoer does not
  const afterNoun = (doc.pos[i - 1] as number) === P.NOUN && (doc.pos[i] as number) === P.VERB && producedBefore(doc, i - 1, sa);
  if ((doc.words[i - 1] === ',' || afterNoun) && /ing$/.test(doc.lower[i] as string)) {
    // ", calling on NATO members to ...", "issued a statement demanding ..." -> the subject of the main clause
    const ms = sentenceSubject(doc, index, sa, i);
    if (ms?.id) sources.push(c.actsFor(ms.id));
  }
  // "A and B agreed ..., ending two days of talks": an act named by the object of a participle clause is the main
  // clause's subjects'
  if (m.nounTrigger && sources.length === 0) {
    let k = i - 1;
    while (k > sa && i - k <= 5 && ((doc.pos[k] as number) === P.NUM || (doc.pos[k] as number) === P.ADJ || (doc.pos[k] as number) === P.DET || (doc.pos[k] as number) === P.NOUN || doc.lower[k] === 'of')) k--;
    // (not "saying the drills were defensive": a reporting verb's clause, whose subject the noun is)
    const clauseSubject = (doc.pos[end] as number) === P.AUX || (doc.pos[end] as number) === P.VERB;
    if (k > sa && k < i - 1 && doc.words[k - 1] === ',' && (doc.pos[k] as number) === P.VERB && /ing$/.test(doc.lower[k] as string) && !CUE_VERBS.has(doc.lower[k] as string) && !clauseSubject) {
      const ms = sentenceSubject(doc, index, sa, k);
      if (ms?.id && isActor(index, ms.head)) {
        sources.push(c.actsFor(countryOf(index, ms.head)));
        const me = mentionEnd(index, ms.head);
        if (doc.lower[me] === 'and') coordinatedParties(doc, index, me, k, sources);
      }
    }
  }
}

/** Reported speech and the parties it and the act's phrase decide: the quote's speaker, a request, a mediator, the parties between; false when the act has no source. */
function readReport(c: ArticleCoder, m: Match): boolean {
  const { doc, index } = c;
  const { i, end, subj, sources, targets } = m;
  // reported speech: the event is claimed by the quote's speaker
  const at = doc.starts[i] as number;
  while (c.qi < c.quoteSpans.length && (c.quoteSpans[c.qi] as Span).b <= at) c.qi++;
  const q = c.quoteSpans[c.qi];
  const reportedBy = q && q.a <= at ? q.speaker : null;
  m.reportedBy = reportedBy;
  // "we" inside a quote is its speaker
  if (sources.length === 0 && reportedBy && subj && (doc.lower[subj.head] === 'we' || doc.lower[subj.head] === 'i')) sources.push(c.actsFor(reportedBy));
  // deontic modal in reported speech: "X said the Philippines should stop ..." is X asking the Philippines
  if (m.def.cameo === '100' && MODALS.has(doc.lower[i] as string)) deonticRequest(c, m);
  // "demanded that Hamas renounce ...": the subject of the demanded clause is the target
  if (m.type === 'REQUEST' && targets.length === 0 && doc.lower[end] === 'that' && isActor(index, end + 1)) targets.push(countryOf(index, end + 1));
  // "a swap brokered and mediated by X", "a truce between A and B, mediated by X", "talks between A and B were
  // mediated by X and Y": the mediators deal with both sides
  const by = doc.lower[end + 1] === 'the' ? end + 2 : end + 1;
  if (m.cameo === MEDIATION && doc.lower[end] === 'by' && isActor(index, by)) mediatorParties(c, m, by);
  // "fighting between A and B", "talks between A and B": the parties act on each other
  m.betweenSources = sources.length === 0 && m.betweenParties.length > 1;
  if (m.betweenSources) sources.push(...m.betweenParties);
  // "X mediated between Y and Z", "X hosted talks between Y and Z": X deals with both
  else if (targets.length === 0) for (const y of m.betweenParties) if (!sources.includes(y)) targets.push(y);
  // agentless passive of a hostile act: "three soldiers were killed", "the editor was arrested" (source unknown)
  if (sources.length === 0 && (m.passive || m.actUnknown) && m.byAgent < 0 && AGENTLESS_TYPES.has(m.type)) sources.push(UNKNOWN);
  return sources.length > 0;
}

/** A deontic modal in reported speech ("X said the Philippines should stop ...") is the reporter asking the subject. */
function deonticRequest(c: ArticleCoder, m: Match): void {
  const { doc, index } = c;
  const { i, end, sa, limit, subj, sources, targets } = m;
  sources.length = 0;
  targets.length = 0;
  const reporter = subj ? reporterBefore(doc, index, subj.start, sa) : null;
  const by = reporter ?? m.reportedBy;
  let v = end;
  while (v < limit && ((doc.pos[v] as number) === P.ADV || (doc.pos[v] as number) === P.PART)) v++;
  // "should not be overlooked" is a judgement about a thing, not a request to an actor
  const active = (doc.pos[v] as number) === P.VERB && doc.lower[v] !== 'be';
  // "Peruvian farmers must not pay": people a demonym describes are no party to ask (a state agent is: "Kenyan police")
  const w0 = doc.lower[i - 1] as string;
  const civilians = (doc.pos[i - 1] as number) === P.NOUN && !isActor(index, i - 1) && !isStateNoun(loadEventLexicon(), w0);
  if (by && subj?.id && by !== subj.id && active && !civilians) {
    sources.push(c.actsFor(by));
    targets.push(subj.id);
  }
}

/** forms of the verb "agree" */
const AGREES = /^agree(?:s|d|ing)?$/;
/** CAMEO 045: mediate */
const MEDIATION = '045';

/** The mediators named after "by" (token `by`, and those coordinated with it) deal with each side named before the trigger in its sentence. */
function mediatorParties(c: ArticleCoder, m: Match, by: number): void {
  const { doc, index } = c;
  const { sources, targets } = m;
  const sides: string[] = [];
  for (let k = m.sa; k < m.i; k++) {
    if (!isActor(index, k)) continue;
    const id = countryOf(index, k);
    if (!sides.includes(id)) sides.push(id);
    k = mentionEnd(index, k) - 1;
  }
  sources.length = 0;
  sources.push(c.actsFor(countryOf(index, by)));
  const more: string[] = [];
  coordinatedParties(doc, index, mentionEnd(index, by), m.limit, more);
  for (const x of more) if (!sources.includes(c.actsFor(x))) sources.push(c.actsFor(x));
  targets.length = 0;
  for (const y of sides) if (!sources.includes(y)) targets.push(y);
}

/** The subject names aid from its party ("aid from Turkey", "the first aid convoy from Jordan"), not the party itself. */
function sentByParty(doc: Doc, index: EntityIndex, subj: Subject): boolean {
  if (!isActor(index, subj.head)) return false;
  const from = mentionStart(index, subj.head) - 1;
  // (or sent by it: "aid sent by Turkey arrived in Syria", "supplies donated by Japan reached the port"; the subject
  // found is then the agent, the goods stand before the participle)
  if (doc.lower[from] === 'by' && SENT.has(doc.lower[from - 1] as string)) {
    for (let k = from - 2; k >= 0 && from - 2 - k < 4 && NOUN_PHRASE_POS.has(doc.pos[k] as number); k--) if (AID_OBJECTS.has(doc.lower[k] as string)) return true;
    return false;
  }
  if (doc.lower[from] !== 'from') return false;
  for (let k = subj.start; k < from; k++) if (AID_OBJECTS.has(doc.lower[k] as string)) return true;
  return false;
}
const NOUN_PHRASE_POS: ReadonlySet<number> = new Set([P.NOUN, P.PROPN, P.ADJ, P.DET, P.NUM]);
/** participles of sending or giving, whose "by" names the sender: "aid sent by Turkey" */
const SENT: ReadonlySet<string> = new Set(['sent', 'provided', 'donated', 'delivered', 'shipped', 'pledged', 'supplied', 'dispatched', 'airlifted', 'flown', 'given', 'funded', 'financed']);

/** Settles the parties: the partner of talks, the owner of waters entered, the actor of an act referred to, a summons, states for their bodies, the recipient of aid or a visit; false when no event remains. */
function settleParties(c: ArticleCoder, m: Match): boolean {
  const { doc, index } = c;
  const { i, end, sources, targets } = m;
  // "spoke with X" is talks only with a party named right there ("spoke to Serbian media" is not)
  if (m.def.cameo === '040' && SPOKE.test(doc.lower[i] as string) && !partyRightAfter(doc, index, end)) return false;
  // "Merz agreed that Russia posed a threat": one party agreeing that something is so states a view, and the party
  // its clause names is no partner ("the two ministers agreed that ..." is an agreement between them)
  if (m.type === 'AGREE' && !m.nounTrigger && AGREES.test(doc.lower[i] as string) && doc.lower[end] === 'that' && sources.length < 2) return false;
  // "entered Japanese waters", "flew into Latvian airspace": the state whose airspace or waters were entered
  // (before a town it came near, which is no party: "violated Finnish airspace near Porvoo"); entering waters that
  // are nobody's named ("entered waters near the shoal") is no incursion
  const owner = m.type === 'MOBILIZE' ? territoryOwner(doc, index, i + 1, end) : undefined;
  if (owner !== undefined) {
    if (owner === null || sources.includes(owner)) return false;
    if (targets.every((y) => isCity(index, y))) targets.splice(0, targets.length, owner);
  }
  // "criticised the move", "the step was condemned by Ottawa": the target is the actor of the act referred to
  if (targets.length === 0 || (m.passive && m.subj && !m.subj.id)) anaphoricTarget(c, m);
  // "X, who hosted the meeting, said ...", "The talks were hosted by X": the parties of the meeting told before
  if (targets.length === 0 && m.type === 'CONSULT' && HOSTING.test(doc.lower[i] as string)) hostedMeetingParties(c, m);
  // "Chile's ambassador was summoned to the Peruvian foreign ministry": the summoning state protests to the envoy's
  if (m.cameo === '111' && SUMMONED.has(doc.lower[i] as string) && (doc.lower[end - 1] === 'summoned' || (doc.lower[end - 1] === 'in' && doc.lower[end - 2] === 'called'))) summonsParties(c, m);
  // government bodies act for their country; the other party is never a body's own home
  for (let x = 0; x < sources.length; x++) sources[x] = c.statesFor(sources[x] as string, targets[0]);
  for (let y = 0; y < targets.length; y++) targets[y] = c.statesFor(targets[y] as string, sources[0]);
  for (let x = sources.length - 1; x >= 0; x--) if (sources[x] === HOME) sources.splice(x, 1);
  for (let y = targets.length - 1; y >= 0; y--) if (targets[y] === HOME) targets.splice(y, 1);
  // "an agreement signed by Kenya's Trade Minister X": a state makes no agreement, and holds no talks, with its own
  // official, who signs or meets for it (the official's partner is the other side)
  if (SYMMETRIC.has(m.type) && targets.length > 0) {
    const own = targets.filter((y) => typeOfId(index, y) === 'PERSON' && sources.includes(c.acts.stateOf(y)));
    if (own.length > 0) {
      for (const y of own) targets.splice(targets.indexOf(y), 1);
      if (targets.length === 0) return false;
    }
  }
  // a state that "protests" does so by note, not in the street: a formal complaint (CAMEO 114)
  if (m.type === 'PROTEST' && (doc.lower[i] as string).startsWith('protest') && (doc.pos[i] as number) === P.VERB && sources.length > 0 && sources.every((x) => typeOfId(index, x) === 'GPE')) setAct(m, 'ACCUSE', 'allege', '114');
  if (sources.length === 0) return false;
  // aid whose recipient the clause does not name goes to the recipient of the article's latest aid ("X have also sent teams")
  if (m.type === 'AID' && targets.length === 0) {
    const last = lastTargetOf(index, c.out, 'AID', sources);
    if (last) targets.push(last);
  }
  // a visitor is a party, not what a party sends: "aid from Turkey arrived in Syria" is the aid's arrival, no visit
  if (m.cameo === '042' && m.subj && sentByParty(doc, index, m.subj)) return false;
  // a visit needs a host: a city visited ("travelled to Warsaw") is a place, not a party
  if (m.cameo === '042') for (let y = targets.length - 1; y >= 0; y--) if (isCity(index, targets[y] as string)) targets.splice(y, 1);
  return !(m.cameo === '042' && targets.length === 0);
}

/**
 * The target of an act that refers to another ("criticised the move", "rejected the accusation", "the step was
 * condemned by Ottawa"): the actor of the act referred to, or its owner named in its own phrase.
 */
function anaphoricTarget(c: ArticleCoder, m: Match): void {
  const { doc, index } = c;
  const { i, end, limit, passive, subj, sources, targets } = m;
  // (or inside the trigger's own phrase: "called the measures illegal")
  let np = passive ? (subj ? subj.head : -1) : (anaphorWithin(doc, i + 1, end) ?? anaphorAfter(doc, end, limit));
  // (the threat a defence is against names no recipient: "defend itself against Russia's aggression")
  if (m.defending && np > end && threatBetween(doc, end, np)) np = -1;
  if (np >= 0 && ANAPHORIC_ACTS.has(doc.lower[np] as string) && refersBack(doc, np)) {
    const actor = referredActor(c, m, np);
    if (actor) {
      targets.length = 0;
      targets.push(actor);
    }
  } else if (np > 0 && !passive && ANAPHORIC_ACTS.has(doc.lower[np] as string) && isActor(index, np - 1) && !sources.includes(countryOf(index, np - 1))) {
    // "rejected a Hungarian proposal", "dismissed Kyiv's claims": the act's owner named in its own phrase
    targets.length = 0;
    targets.push(countryOf(index, np - 1));
  }
}

/** prepositions of a meeting named as the occasion of a clause's act: "told Y in a phone call", "thanked Y during their talks" */
const MEETING_ADJUNCT_PREPS: ReadonlySet<string> = new Set(['in', 'during', 'at']);

/**
 * A meeting named as the occasion of an act done to a party ("X told Y in a phone call on Monday that ...", "X told
 * Ugandan President Y during a phone call that ...") is a meeting of the clause's subject with that party, its object,
 * as "X met Y" is (CAMEO 040, 041); the party a clause after it names ("that Kenya would ...") is no partner, nor is
 * the object the call's caller. True when it is one.
 */
function adjunctMeeting(c: ArticleCoder, m: Match): boolean {
  const { doc, index } = c;
  const { i, sa, sources, targets } = m;
  let k = i;
  while (k > sa && i - k < 4) {
    const p = doc.pos[k - 1] as number;
    if (!(p === P.DET || p === P.ADJ || p === P.NUM || POSSESSIVES.has(doc.lower[k - 1] as string) || (p === P.NOUN && !isActor(index, k - 1)))) break;
    k--;
  }
  if (k - 1 <= sa || !MEETING_ADJUNCT_PREPS.has(doc.lower[k - 1] as string) || !isActor(index, k - 2)) return false;
  // the object's phrase, through its title ("Ugandan President Yoweri Museveni"), right after the verb
  const o = k - 2;
  let v = mentionStart(index, o) - 1;
  while (v > sa && o - v < 8 && (isActor(index, v) || (doc.pos[v] as number) === P.PROPN || (((doc.pos[v] as number) === P.ADJ || (doc.pos[v] as number) === P.NOUN) && /^\p{Lu}/u.test(doc.words[v] as string)) || (doc.pos[v] as number) === P.DET)) v--;
  // (a verb of saying has no party for its object, "told" excepted)
  if ((doc.pos[v] as number) !== P.VERB || (CUE_VERBS.has(doc.lower[v] as string) && doc.lower[v] !== 'told')) return false;
  const s = subjectBefore(doc, index, v, sa, true);
  if (!s?.id || !isActor(index, s.head)) return false;
  const x = c.actsFor(countryOf(index, s.head));
  const y = countryOf(index, o);
  if (x === y) return false;
  sources.splice(0, sources.length, x);
  targets.splice(0, targets.length, y);
  return true;
}

/** verbs of hosting or mediating a meeting */
const HOSTING = /^(?:host|mediat|broker)/;
/** how many sentences back the meeting a host's "the talks" refers to may be told */
const HOSTED_SENTENCES = 2;

/**
 * The host or mediator of a meeting told before deals with each of its parties (as "X hosted talks between Y and Z"
 * does, CAMEO 043, 045): "Talks between Serbia and Kosovo resumed on Monday. Kallas, who hosted the meeting, said
 * ...", "Peru and Ecuador opened talks in Quito. The talks were hosted by Brazil." The meeting is the object (or the
 * passive subject) "the talks", "the meeting", "that summit"; its parties those of the latest meeting coded in this
 * sentence or the two before it ("hosted a meeting" is a new one, and names no parties).
 */
function hostedMeetingParties(c: ArticleCoder, m: Match): void {
  const { doc } = c;
  const { i, end, limit, passive, subj, sources, targets } = m;
  let np = passive ? (subj ? subj.head : -1) : -1;
  for (let k = i + 1; !passive && k < limit && k <= end + 2; k++) if (MEETING_NOUNS.has(doc.lower[k] as string)) np = k;
  if (np < 0 || !MEETING_NOUNS.has(doc.lower[np] as string) || !refersBack(doc, np)) return;
  const s = doc.sentOf[i] as number;
  const from = doc.starts[Math.min(i, np)] as number;
  for (let j = c.out.length - 1; j >= 0; j--) {
    const e = c.out[j] as ArgusEvent;
    if (e.start >= from) continue;
    if (s - (doc.sentOf[tokenAt(doc, e.start)] as number) > HOSTED_SENTENCES) return;
    if (e.type !== 'CONSULT' || e.source === null || e.target === null) continue;
    const pair = [e.source, e.target];
    if (pair.includes(HOME) || pair.some((x) => sources.includes(x))) return;
    targets.push(...pair);
    return;
  }
}

/**
 * The actor of the act the noun at np refers back to: "rejected the accusation" the one who accused the source, when an
 * accusation of it was coded before; "rejected the criticism" the latest speaker, when no act was coded after what they
 * said (an act inside their own words is part of what they said); else the latest actor.
 */
function referredActor(c: ArticleCoder, m: Match, np: number): string | null {
  const doc = c.doc;
  const { sources } = m;
  const from = doc.starts[m.sa] as number;
  const spoken = SPEECH_ACTS.has(doc.lower[np] as string);
  const accuser = ACCUSATION_WORDS.has(doc.lower[np] as string) ? lastAccuserOf(c.out, from, sources) : null;
  let actor = accuser ?? lastActorBefore(c.out, from, sources, spoken);
  if (spoken) {
    const said = lastSpeakerBefore(c.quoteSpans, from);
    const evAt = lastActorStart(c.out, from, sources);
    // (a statement since the accusation that names none of those who reject it is no accusation of them: "X accused
    // Y of .... Z said its fighters had carried out the raid. Y rejected the accusation" answers X)
    if (said && evAt < said.end && !(accuser && !namesAnyOf(c, said.at, said.end, sources))) {
      const own = sources[0] === undefined ? undefined : c.statesFor(sources[0], undefined);
      const who = c.statesFor(c.actsFor(said.speaker), own);
      if (!sources.includes(who) && who !== own && who !== HOME) actor = who;
    }
  }
  return actor;
}

/**
 * A summons ("Chile's ambassador was summoned to the Peruvian foreign ministry"): the summoning state protests to the
 * envoy's; the summoner is the party after the verb, else the one who reports the summons, else the article's home state.
 */
function summonsParties(c: ArticleCoder, m: Match): void {
  const index = c.index;
  const { i, end, subj, sources, targets } = m;
  const envoyOf = sources.splice(0);
  // (the envoy named inside the phrase, "Russian Ambassador X was called in", is the one summoned, no summoner)
  const named = new Set<string>();
  for (let k = i; k < end; k++) if (isActor(index, k)) named.add(entityIdAt(index, k) as string).add(countryOf(index, k));
  const summoner = targets.splice(0).filter((y) => !named.has(y));
  const reporter = summoner.length === 0 && subj ? reporterBefore(c.doc, index, subj.start, m.sa) : null;
  sources.push(...(summoner.length > 0 ? summoner : [reporter ? c.actsFor(reporter) : HOME]));
  targets.push(...envoyOf);
}

/** Emits the events of the match: one per source and target pair (mutual, drilled at, charged), and the meetings and deployments they imply. */
function emitEvents(c: ArticleCoder, m: Match): void {
  const doc = c.doc;
  const { i, end, sa, se, limit, sources, targets } = m;
  let date: string | null = null;
  const sentFrom = doc.starts[sa] as number;
  const sentTo = doc.ends[se - 1] as number;
  for (const d of c.dates) {
    if (d.start >= sentFrom && d.end <= sentTo) {
      date = d.value;
      break;
    }
  }
  const trigger = doc.text.slice(doc.starts[i] as number, doc.ends[end - 1] as number);
  // "Norway pledged 10 million kroner to the appeal": money given to an appeal goes to the one who made it (the latest
  // appeal told by another party, in this sentence or the two before)
  if (m.type === 'AID' && targets.length === 0) {
    const by = appealAnswered(doc, c.out, end, limit, sa, sources);
    if (by !== null) targets.push(by);
  }
  const pairs = partyPairs(c, m);
  // "began joint exercises in waters east of X", "joint drills near X": a party named after the drill with no "with"
  // before it is where the drills are held, no partner; a drill around a party is a show of force at it (MOBILIZE)
  const drillsAt = new Map<string, string>();
  if (m.cameo === '062' && DRILLS.test(trigger) && !m.negated) drillSites(c, m, pairs, drillsAt);
  // "X said Y had violated the accord": what the speaker charges Y with is X's accusation of Y
  const charge = m.reportedBy && VIOLATES.test(doc.lower[i] as string) ? c.statesFor(c.actsFor(m.reportedBy), undefined) : null;
  if (charge && !m.negated && pairs.some(([x]) => x !== charge && x !== UNKNOWN)) {
    const accused = [...new Set(pairs.map(([x]) => x))].filter((x) => x !== charge && x !== UNKNOWN);
    pairs.length = 0;
    for (const x of accused) pairs.push([charge, x]);
    setAct(m, 'ACCUSE', 'allege', '112');
  }
  const start = doc.starts[i] as number;
  const stop = doc.ends[end - 1] as number;
  for (const [source, target] of pairs) {
    // an act with neither agent nor recipient ("who was convicted of fraud") says nothing about parties
    if (source === UNKNOWN && target === null) continue;
    const own = m.announced && target === null ? m.announced : { type: m.type, mode: m.mode, cameo: m.cameo };
    const ev: ArgusEvent = {
      ...own, source: source === UNKNOWN ? null : source, target, location: m.location, date, trigger,
      start, end: stop,
    };
    if (m.negated) ev.negated = true;
    if (m.reportedBy && m.reportedBy !== source) ev.reported_by = m.reportedBy;
    pushOnce(c, source, ev);
  }
  // "Iraq's foreign minister, A, and his Turkish counterpart, B, signed the agreement in Baghdad": two people who sign
  // together at a place named have met (a meeting, CAMEO 043, of the first named with the second), besides agreeing
  if (m.type === 'AGREE' && !m.negated && !m.intent && !m.rw && m.location !== null && /^sign(?:ed|s)?$/.test(doc.lower[i] as string) && sources.length === 2 && targets.length === 0 &&
    sources.every((x) => typeOfId(c.index, x) === 'PERSON')) {
    const [a, b] = sources as [string, string];
    pushOnce(c, a, { type: 'CONSULT', mode: 'meet', cameo: '043', source: a, target: b, location: m.location, date, trigger, start, end: stop });
  }
  // "the US-brokered talks between X and Y", "held Qatar-mediated talks": the mediator or host a hyphenated participle
  // names before the meeting noun deals with each of its parties, as "talks mediated by Z" does (CAMEO 045, 043)
  const host = m.type === 'CONSULT' && !m.negated && !m.intent && !m.rw ? participleHost(c, m) : null;
  if (host !== null) {
    for (const y of new Set(pairs.flatMap(([x, t]) => [x, t]))) {
      if (y !== null && y !== UNKNOWN && y !== host) pushOnce(c, host, { type: 'CONSULT', mode: null, cameo: '045', source: host, target: y, location: m.location, date, trigger, start, end: stop });
    }
  }
  // "France and Egypt began naval exercises", "India and Japan launched war games": exercises that two parties hold
  // are held together, a joint exercise (CAMEO 062: eval/probe/README.md codes bilateral drills COOPERATE both ways,
  // as the PLOVER records code war games launched by two navies), besides each party's own forces in the field
  const holders = [...new Set(sources)].filter((x) => x !== UNKNOWN);
  if (m.type === 'MOBILIZE' && m.mode === 'military-exercise' && !m.negated && !m.intent && holders.length > 1 && targets.length === 0) {
    for (const [a, b] of mutualPairs('COOPERATE', holders)) {
      pushOnce(c, a, { type: 'COOPERATE', mode: null, cameo: '062', source: a, target: b, location: m.location, date, trigger, start, end: stop });
    }
  }
  // "Russia and Belarus began joint exercises": besides working together, each party puts its own forces in the field
  if (m.cameo === '062' && DRILLS.test(trigger) && !m.negated) {
    for (const x of new Set([...pairs.map(([s]) => s), ...drillsAt.keys()])) {
      if (x !== UNKNOWN) pushOnce(c, x, { type: 'MOBILIZE', mode: 'military-exercise', cameo: '150', source: x, target: drillsAt.get(x) ?? null, location: m.location, date, trigger, start, end: stop });
    }
  }
}

/** participles of a meeting's mediator or host ("Qatar-mediated", "US-brokered", "Turkish-hosted"; "UN-led" talks are the parties' own) */
const HOSTED_BY = /^(?:mediated|brokered|hosted|facilitated|sponsored)$/;

/** The mediator or host a hyphenated participle names before the meeting noun of the match ("Qatari-mediated talks"), or null. */
function participleHost(c: ArticleCoder, m: Match): string | null {
  const { doc, index } = c;
  for (let k = m.i; k < m.limit && k <= m.end + 5; k++) {
    if (!MEETING_NOUNS.has(doc.lower[k] as string)) continue;
    // (past a modifier: "US-brokered peace talks", "Qatar-mediated indirect talks")
    const v = HOSTED_BY.test(doc.lower[k - 1] as string) ? k - 1 : k - 2;
    if (!HOSTED_BY.test(doc.lower[v] as string) || !gluedHyphen(doc, v - 1) || !isActor(index, v - 2)) return null;
    return c.actsFor(countryOf(index, v - 2));
  }
  return null;
}

/** Appends ev unless the article has an event of its source (as the coder names it: UNKNOWN for none), type and target. */
function pushOnce(c: ArticleCoder, source: string, ev: ArgusEvent): void {
  // (the headline's acts apart: the body's telling of the same act stands for it, pipeline.ts headlinePrefix)
  const key = `${ev.start < c.bodyFrom ? 'h|' : ''}${source}|${ev.type}|${ev.target ?? ''}`;
  if (c.seen.has(key)) return;
  c.seen.add(key);
  c.out.push(ev);
}

/**
 * The (source, target) pairs of the act: each side of a symmetric or mutual act with the other ("Peru and Chile agreed
 * to set up the panel": what their complement names is not a third party), else each source with each target.
 */
function partyPairs(c: ArticleCoder, m: Match): Array<[string, string | null]> {
  const doc = c.doc;
  const { i, limit, type, sources, targets } = m;
  const pairs: Array<[string, string | null]> = [];
  const withOther = doc.lower[m.end] === 'with';
  // "Peru and Chile each freed 40 soldiers in a swap": each side acts on the other
  let mutual = RECIPROCAL.has(doc.lower[i] as string);
  for (let k = Math.max(m.sa, i - 2); !mutual && k < limit && k - i < 12; k++) if (k !== i && MUTUAL_WORDS.has(doc.lower[k] as string)) mutual = true;
  // (mediators deal with the sides, not with each other: "Egypt and Qatar mediated between X and Y")
  const mediating = m.cameo === MEDIATION;
  if (sources.length > 1 && !mediating && (((targets.length === 0 || (SYMMETRIC.has(type) && !withOther)) && (SYMMETRIC.has(type) || m.cameo === '057')) || (targets.length === 0 && (mutual || m.betweenSources)))) {
    pairs.push(...mutualPairs(type, sources));
    return pairs;
  }
  for (const x of sources) {
    if (targets.length === 0) pairs.push([x, null]);
    for (const y of targets) pairs.push([x, y === x ? null : y]);
  }
  // "X hosted talks between Y and Z": besides the host's dealings with each, the parties meet each other (a
  // mediator "between" them may only shuttle: "X mediated between Y and Z" is no meeting of the two)
  if (type === 'CONSULT' && !m.betweenSources && m.betweenParties.length > 1 && !m.negated && meetingBetween(doc, i, limit)) {
    for (const pair of mutualPairs(type, m.betweenParties)) if (!sources.includes(pair[0]) && !sources.includes(pair[1])) pairs.push(pair);
  }
  return pairs;
}

/** Moves the parties named as the site of a drill from `pairs` to `drillsAt` (source -> the party the drill is at). */
function drillSites(c: ArticleCoder, m: Match, pairs: Array<[string, string | null]>, drillsAt: Map<string, string>): void {
  const { doc, index } = c;
  const { end, limit } = m;
  for (let p = pairs.length - 1; p >= 0; p--) {
    const [x, y] = pairs[p] as [string, string | null];
    if (y === null || !drillSite(doc, index, end, limit, y)) continue;
    pairs.splice(p, 1);
    drillsAt.set(x, y);
    if (!pairs.some(([s2]) => s2 === x)) pairs.push([x, null]);
  }
  // "began the second day of joint exercises, code-named X, in waters to the north, south and east of Taiwan": a
  // drill of one party with no partner is a show of force, at the party its site is named by, anywhere in the sentence
  if (drillsAt.size === 0 && pairs.length > 0 && pairs.every(([, y]) => y === null)) {
    const site = drillSiteAfter(doc, index, end, m.se);
    for (const [x] of pairs) if (site && x !== site && x !== UNKNOWN) drillsAt.set(x, site);
  }
  // (a drill with no partner left is no cooperation)
  if (drillsAt.size > 0) for (let p = pairs.length - 1; p >= 0; p--) if ((pairs[p] as [string, string | null])[1] === null && drillsAt.has((pairs[p] as [string, string | null])[0])) pairs.splice(p, 1);
}

/**
 * Two different parties joined by a hyphen at token k ("Bangladesh-Myanmar"), else null; inside a body's name ("the
 * Bangladesh-Myanmar Joint Working Group") each word is the country the article names so (`countries`: lower-cased name -> id).
 */
function pairAt(doc: Doc, index: EntityIndex, k: number, countries: ReadonlyMap<string, string>): [string, string] | null {
  if (!gluedHyphen(doc, k)) return null;
  // (one name across the hyphen is a body's: its words are the countries)
  const within = (index.entityAtToken[k - 1] as number) >= 0 && index.entityAtToken[k - 1] === index.entityAtToken[k + 1];
  const side = (t: number): string | undefined => (!within && isActor(index, t) ? countryOf(index, t) : countries.get(doc.lower[t] as string));
  const x = side(k - 1);
  const y = side(k + 1);
  return x !== undefined && y !== undefined && x !== y ? [x, y] : null;
}
/**
 * The pair of parties a hyphen joins in the phrase of the act noun at i..end: before it ("Bangladesh-Myanmar talks",
 * "the US-China trade talks") or in its "of" phrase ("the meeting of the India-Pakistan Joint Commission").
 */
function hyphenPair(doc: Doc, index: EntityIndex, i: number, end: number, sa: number, se: number): [string, string] | null {
  const countries = new Map<string, string>();
  for (const e of index.entities) if (e.type === 'GPE' && !countries.has(e.name.toLowerCase())) countries.set(e.name.toLowerCase(), e.id);
  for (let k = i - 1; k > sa && i - k <= 6; k--) {
    const p = pairAt(doc, index, k, countries);
    if (p) return p;
    if (doc.words[k] !== '-' && !GAP_POS.has(doc.pos[k] as number)) break;
  }
  if (doc.lower[end] !== 'of') return null;
  for (let k = end + 1; k < se - 1 && k - end <= 5; k++) {
    const p = pairAt(doc, index, k, countries);
    if (p) return p;
    if (doc.words[k] !== '-' && !GAP_POS.has(doc.pos[k] as number)) break;
  }
  return null;
}

/** prepositions of a drill's site: "east of Taiwan", "near the island", "around X", "off X's coast" */
const SITE_PREPS: ReadonlySet<string> = new Set(['of', 'near', 'around', 'off', 'surrounding']);
/** The first party named after a site preposition in the rest of the sentence (no partner's "with" before it), else null. */
function drillSiteAfter(doc: Doc, index: EntityIndex, end: number, se: number): string | null {
  for (let k = end; k < se; k++) {
    const w = doc.lower[k] as string;
    if (w === 'with' || w === 'alongside' || w === 'involving') return null;
    if (isActor(index, k) && SITE_PREPS.has(doc.lower[mentionStart(index, k) - 1] ?? '')) return countryOf(index, k);
  }
  return null;
}

/**
 * The party y is named after a drill's phrase (tokens end..limit) before any "with" or "alongside": the place the drill
 * is held, not a partner. False when y is not named there (a coordinated subject: "X and Y began joint drills").
 */
function drillSite(doc: Doc, index: EntityIndex, end: number, limit: number, y: string): boolean {
  for (let k = end; k < limit; k++) {
    const w = doc.lower[k] as string;
    if (w === 'with' || w === 'alongside' || w === 'involving') return false;
    if (isActor(index, k) && (entityIdAt(index, k) === y || countryOf(index, k) === y)) return true;
  }
  return false;
}

/** A party follows "from" right after the act's phrase (a few modifiers between): "criticism from the European Commission". */
/** The speaker in ", X said, V-ing" or ", said X, V-ing" before the participle at i (the head of X's mention), else -1. */
function speakerBeforeParticiple(doc: Doc, index: EntityIndex, i: number, sa: number): number {
  if (doc.words[i - 1] !== ',' || !/ing$/.test(doc.lower[i] as string) || i - 3 < sa) return -1;
  const v = i - 2;
  if (CUE_VERBS.has(doc.lower[v] as string) && (doc.pos[v] as number) === P.VERB) return isActor(index, v - 1) ? v - 1 : -1;
  if (isActor(index, v) && CUE_VERBS.has(doc.lower[mentionStart(index, v) - 1] as string)) return v;
  return -1;
}

/**
 * "Marcos spoke with A and with B. Marcos urged both leaders to ...": a counted group noun ("both leaders", "the three
 * governments") that no list names stands for the recipients of the latest act before it (within PAIR_SENTENCES) when
 * that one act has exactly so many; null otherwise.
 */
function recipientsOfLatestAct(c: ArticleCoder, head: number): string[] | null {
  const { doc } = c;
  const w = doc.lower[head] as string;
  if (!PAIR_NOUNS.has(w) && !PAIR_PEOPLE.has(w)) return null;
  const n = doc.lower[head - 1] === 'both' ? 2 : doc.lower[head - 2] === 'the' ? COUNTED.get(doc.lower[head - 1] as string) ?? 0 : 0;
  if (n === 0) return null;
  const s = doc.sentOf[head] as number;
  for (let j = c.out.length - 1; j >= 0; j--) {
    const e = c.out[j] as ArgusEvent;
    const t = tokenAt(doc, e.start);
    if (t >= head) continue;
    if (s - (doc.sentOf[t] as number) > PAIR_SENTENCES) return null;
    const got = new Set<string>();
    // (the people for "leaders", "ministers"; their states for "governments", "countries", "sides")
    for (const f of c.out) if (f.start === e.start && f.target !== null && f.target !== HOME) got.add(PAIR_PEOPLE.has(w) ? f.target : c.acts.stateOf(f.target));
    // (a person whose state the article does not tell stands for no government)
    if (!PAIR_PEOPLE.has(w) && [...got].some((id) => entityById(c.index, id)?.type === 'PERSON')) return null;
    return got.size === n ? [...got] : null;
  }
  return null;
}
const COUNTED: ReadonlyMap<string, number> = new Map([['two', 2], ['three', 3], ['four', 4]]);

/** nouns of a pair of parties ("the two sides", "both governments") and those of a pair of people ("the two leaders") */
const PAIR_NOUNS: ReadonlySet<string> = new Set(['sides', 'parties', 'countries', 'governments', 'nations', 'delegations', 'capitals', 'neighbours', 'neighbors']);
const SIDE_NOUNS: ReadonlySet<string> = new Set(['sides', 'parties']);
const PAIR_PEOPLE: ReadonlySet<string> = new Set(['leaders', 'ministers', 'presidents', 'men', 'women', 'officials', 'envoys', 'counterparts']);
/** how many sentences back the act that names the pair may stand */
const PAIR_SENTENCES = 2;

/**
 * "The two leaders agreed ...", "Both sides agreed ...", "the two had agreed ..." where no list of the two stands before:
 * the parties of the latest act coded between two people in this sentence or the PAIR_SENTENCES before it ("A spoke
 * by telephone with B. The two leaders agreed ...") for "leaders", "ministers" and a bare "the two"; for "sides",
 * "countries" the states of the latest meeting, deal or cooperation between two parties. Null when there is none.
 * The people of a meeting told by their states ("Armenia's prime minister met Azerbaijan's president. The two men
 * agreed ...", "Both leaders signed ...") are those states. "The pair" is a bare "the two".
 */
function latestPair(doc: Doc, index: EntityIndex, acts: ActsFor, out: readonly ArgusEvent[], head: number, symmetric: boolean): string[] | null {
  const w = doc.lower[head] as string;
  // ("The parties agreed ...", "the sides signed ..." of a joint act right after a meeting: its two participants, as
  // named. A sentence-initial "They agreed" read so cost precision on eval/own/test, round 27.)
  const bare = ((w === 'two' || w === 'pair') && doc.lower[head - 1] === 'the') || (symmetric && SIDE_NOUNS.has(w) && doc.lower[head - 1] === 'the');
  if (!bare) {
    if (!PAIR_NOUNS.has(w) && !PAIR_PEOPLE.has(w)) return null;
    let k = head - 1;
    while (k >= 0 && head - k <= 3 && doc.lower[k] !== 'two' && doc.lower[k] !== 'both' && /^\p{L}+$/u.test(doc.words[k] as string) && doc.lower[k] !== 'the') k--;
    if (!(doc.lower[k] === 'both' || (doc.lower[k] === 'two' && doc.lower[k - 1] === 'the'))) return null;
  }
  const people = bare || PAIR_PEOPLE.has(w);
  const s = doc.sentOf[head] as number;
  for (let j = out.length - 1; j >= 0; j--) {
    const e = out[j] as ArgusEvent;
    const t = tokenAt(doc, e.start);
    if (t >= head) continue;
    if (s - (doc.sentOf[t] as number) > PAIR_SENTENCES) break;
    if (e.source === null || e.target === null || e.source === HOME || e.target === HOME) continue;
    const a = entityById(index, e.source);
    const b = entityById(index, e.target);
    if (!a || !b) continue;
    const persons = a.type === 'PERSON' && b.type === 'PERSON';
    if (people && persons) return [e.source, e.target];
    // (people of a meeting its text names by their states: those states; other acts between states name no people)
    if (people && (a.type === 'PERSON' || b.type === 'PERSON' || !SYMMETRIC.has(e.type))) return null;
    // (the sides of a meeting or a deal: "the EU imposed measures on Kosovo. Both sides agreed ..." are not those two)
    if (!SYMMETRIC.has(e.type)) continue;
    const x = sideState(doc, index, acts, e.source, e.target);
    const y = sideState(doc, index, acts, e.target, e.source);
    return x !== y ? [x, y] : null;
  }
  return null;
}

/**
 * The state a party of a meeting stands for as one of "the two sides": its state (by its title or the actor
 * dictionary); an official whose title names no country ("Defence Minister X" in a Tokyo story, met by "US Defense
 * Secretary Y") is of the article's home country, as news leaves its own officials' country unsaid, when that is not
 * the other side's.
 */
function sideState(doc: Doc, index: EntityIndex, acts: ActsFor, id: string, other: string): string {
  const x = acts.sideOf(id);
  if (typeOfId(index, x) !== 'PERSON') return x;
  const y = acts.sideOf(other);
  if (typeOfId(index, y) === 'PERSON') return x;
  const home = datelineCountry(doc, index);
  return home !== null && home !== y ? home : x;
}

/** The country of the dateline ("TROMSØ, Norway -", "TOKYO -": the country of its city, when the article names it), or null. */
function datelineCountry(doc: Doc, index: EntityIndex): string | null {
  // (the dateline opens the body, after a headline or a standfirst: one of the first three sentences)
  let a = 0;
  let s0 = 0;
  for (let s = 0; s < 3 && s < doc.sentStart.length && s0 === a; s++) {
    a = doc.sentStart[s] as number;
    s0 = afterDateline(doc, a, doc.sentEnd[s] as number);
  }
  const kb = loadKB();
  for (let t = a; t < s0; t++) {
    const e = index.entityAtToken[t] as number;
    const ent = e >= 0 ? index.entities[e] : undefined;
    if (!ent || ent.type !== 'GPE') continue;
    if (ent.kb.iso3166) return countryOfEntity(index, ent);
    const rows = kb.cities(ent.name);
    const cc = rows.find((r) => r.geonames === ent.kb.geonames)?.country ?? (rows.length > 0 && rows.every((r) => r.country === rows[0]?.country) ? rows[0]?.country : undefined);
    const c = cc ? index.entities.find((z) => z.type === 'GPE' && z.kb.iso3166 === cc) : undefined;
    if (c) return c.id;
  }
  return null;
}

function fromActor(doc: Doc, index: EntityIndex, end: number, limit: number): boolean {
  for (let k = end; k < limit && k - end < 4; k++) {
    if (doc.lower[k] !== 'from') continue;
    for (let j = k + 1; j < limit && j - k <= 3; j++) if (isActor(index, j)) return true;
    return false;
  }
  return false;
}
/** acts one party receives from another: criticism, support, aid (a meeting or a call is had with someone, not received) */
const RECEIVED_TYPES: ReadonlySet<PloverType> = new Set(['ACCUSE', 'SUPPORT', 'AID', 'SANCTION', 'THREATEN', 'REQUEST']);
/** verbs whose subject receives the act their object names ("drew criticism from", "received aid from") */
const RECEIVING: ReadonlySet<string> = new Set([
  'draw', 'draws', 'drew', 'drawn', 'drawing', 'receive', 'receives', 'received', 'receiving', 'win', 'wins', 'won',
  'winning', 'earn', 'earns', 'earned', 'earning', 'face', 'faces', 'faced', 'facing', 'attract', 'attracts', 'attracted',
  'attracting', 'garner', 'garners', 'garnered', 'garnering',
  // ("obtained a loan from X", "secured pledges of aid from X", "got a warning from X")
  'obtain', 'obtains', 'obtained', 'obtaining', 'secure', 'secures', 'secured', 'securing', 'get', 'gets', 'got', 'getting',
  'gain', 'gains', 'gained', 'gaining',
]);
/** what is offered that promises no act to a party: a reward for information, condolences, prayers */
const NOT_OFFERS: ReadonlySet<string> = new Set([
  'reward', 'rewards', 'condolences', 'condolence', 'sympathy', 'sympathies', 'prayers', 'thoughts', 'insights', 'insight',
  'views', 'perspectives', 'perspective', 'glimpse', 'opportunity', 'opportunities', 'advice',
]);
/** what is yielded when something produces it rather than gives way */
const PRODUCTS: ReadonlySet<string> = new Set(['results', 'result', 'benefits', 'benefit', 'fruit', 'fruits', 'returns', 'dividends', 'gains', 'progress', 'evidence', 'information', 'outcome', 'outcomes', 'profits', 'answers', 'data']);
/** The head noun after token k, past determiners, possessives, numbers and adjectives (up to four tokens), or ''. */
function headWordAfter(doc: Doc, k: number): string {
  for (let j = k; j < doc.n && j - k < 5; j++) {
    const p = doc.pos[j] as number;
    if (p === P.DET || p === P.PRON || p === P.NUM || p === P.ADJ || p === P.SYM || doc.lower[j] === '$') continue;
    return doc.lower[j] as string;
  }
  return '';
}
/** The demonstrating word at i shows what follows: a verb with an object ("demonstrates its commitment") or the noun "demonstration of". */
function shows(doc: Doc, i: number, end: number, noun: boolean): boolean {
  const next = doc.lower[end] ?? '';
  if (noun) return next === 'of';
  if (TIME_WORDS.has(next)) return false;
  if (next === 'how' || next === 'that' || next === 'what' || next === 'why' || next === 'the') return true;
  const p = doc.pos[end] as number;
  return p === P.DET || p === P.PRON || p === P.NOUN || p === P.PROPN || p === P.ADJ || p === P.NUM;
}

const MODALS = new Set(['must', 'should']);
/** The first token of the modifiers and amount before token i: "secured [a $5 billion] loan", "received [20 tonnes of] aid". */
function amountBefore(doc: Doc, i: number, sa: number): number {
  let k = i;
  while (k > sa && i - k < 6) {
    const p = doc.pos[k - 1] as number;
    if (p !== P.DET && p !== P.ADJ && p !== P.ADV && p !== P.NUM && p !== P.SYM && !CURRENCY.test(doc.words[k - 1] as string) && !AMOUNT_UNITS.has(doc.lower[k - 1] as string)) break;
    k--;
  }
  return k;
}
/** First token of the determiners, adjectives and adverbs right before token i (at most three): "a serious threat". */
function modifiersBefore(doc: Doc, i: number, sa: number): number {
  let k = i;
  while (k > sa && i - k < 3) {
    const p = doc.pos[k - 1] as number;
    if (p !== P.DET && p !== P.ADJ && p !== P.ADV) break;
    k--;
  }
  return k;
}
/**
 * The object after "hosts" is a gathering ("hosted the talks") or, in the past, a party ("hosted Zelensky"), not an
 * institution ("hosts the court", "hosts a US air base").
 */
function hostsGathering(doc: Doc, index: EntityIndex, end: number, limit: number, present: boolean): boolean {
  for (let k = end; k < limit && k - end < 5; k++) {
    if (GATHERINGS.has(doc.lower[k] as string)) return true;
    const p = doc.pos[k] as number;
    if (p !== P.DET && p !== P.ADJ && p !== P.NUM) return !present && isActor(index, k) && !isModifier(doc, index, mentionEnd(index, k));
  }
  return false;
}
/** Before the noun "release": a possessor ("his", "the hostages'", "X's") or a captive noun ("prisoner releases"). */
function releasedBefore(doc: Doc, index: EntityIndex, i: number, sa: number): boolean {
  const k = modifiersBefore(doc, i, sa) - 1;
  if (k < sa) return false;
  const w = doc.lower[k] as string;
  return POSSESSIVES.has(w) || w === "'s" || w === '’s' || w === "'" || w === '’' || CAPTIVES.has(w) || isActor(index, k);
}
const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'seems', 'seemed', 'looks', 'looked', 'appears', 'appeared', 'remains', 'remained']);
/** The act noun's phrase ending at `end` is the subject of a predicate of expectation ("... was close", "is likely"). */
function expectedAct(doc: Doc, end: number, se: number): boolean {
  for (let k = end; k < se && k - end < 10; k++) {
    const w = doc.lower[k] as string;
    if (COPULAS.has(w)) {
      let a = k + 1;
      while (a < se && a - k <= 2 && ((doc.pos[a] as number) === P.ADV || COPULAS.has(doc.lower[a] as string))) a++;
      return EXPECTED.has(doc.lower[a] as string);
    }
    if (w === ',' || (doc.pos[k] as number) === P.VERB || (doc.pos[k] as number) === P.AUX || CLAUSE_BREAK.has(w)) return false;
  }
  return false;
}
const WARNED: ReadonlySet<string> = new Set(['warn', 'warns', 'warned', 'warning', 'cautioned', 'cautions']);
const CLAUSE_MODALS: ReadonlySet<string> = new Set(['would', 'will', 'could', 'may', 'might', 'can']);
/**
 * "warned that 1.2 million people would need food aid", "warned that the truce could collapse": the "that" clause after
 * a warning (its addressee unnamed) tells of a danger, not of an act its speaker threatens — its subject is a common noun
 * (no party, pronoun or state agent) and its verb is active and names no act of the trigger lexicon ("more ships would
 * be targeted", "its members would return", "Houthi forces would respond" stay threats)
 */
function dangerWarned(doc: Doc, index: EntityIndex, lex: Map<string, Compiled[]>, end: number, se: number): boolean {
  let k = end;
  // (past a time or a parenthetical: "warned on Monday that", "warned, however, that")
  while (k < se && k - end < 4 && doc.lower[k] !== 'that' && ((doc.pos[k] as number) === P.ADP || (doc.pos[k] as number) === P.ADV || (doc.pos[k] as number) === P.PUNCT || TIME_WORDS.has(doc.lower[k] as string))) k++;
  if (doc.lower[k] !== 'that') return false;
  k++;
  // the subject: its first word that is no determiner, number or adjective
  while (k < se && ((doc.pos[k] as number) === P.DET || (doc.pos[k] as number) === P.NUM || (doc.pos[k] as number) === P.ADJ || AMOUNT_UNITS.has(doc.lower[k] as string))) k++;
  if (k >= se || (doc.pos[k] as number) !== P.NOUN || isActor(index, k) || (index.entityAtToken[k] as number) >= 0 || isStateNoun(loadEventLexicon(), doc.lower[k] as string)) return false;
  // ... up to its modal, then the verb
  let m = k + 1;
  while (m < se && m - k < 8 && !CLAUSE_MODALS.has(doc.lower[m] as string)) {
    // (a place the subject is in is no party: "people in Tigray")
    if (doc.lower[m] === ',' || (isActor(index, m) && !PLACE_PREPS.has(doc.lower[mentionStart(index, m) - 1] as string))) return false;
    m++;
  }
  if (!CLAUSE_MODALS.has(doc.lower[m] as string)) return false;
  let v = m + 1;
  while (v < se && (doc.lower[v] === 'still' || doc.lower[v] === 'soon' || doc.lower[v] === 'also')) v++;
  if (doc.lower[v] === 'be' || doc.lower[v] === 'not' || doc.lower[v] === 'never') return false;
  return (doc.pos[v] as number) === P.VERB && !lex.has(doc.lower[v] as string);
}
/** The trigger at i stands in an "if" or "unless" clause opened a few words before it, with no comma between. */
function inCondition(doc: Doc, i: number, sa: number): boolean {
  for (let k = i - 1; k >= sa && i - k <= 8; k--) {
    const w = doc.lower[k] as string;
    if (w === 'if' || w === 'unless') return true;
    if (w === ',' || w === ';' || w === ':' || w === 'and' || w === 'but' || CLAUSE_BREAK.has(w) || isQuoteTok(doc, k)) return false;
  }
  return false;
}
/** the holdings of an armed force, as the object of a raid */
const MILITARY_OBJECTS: ReadonlySet<string> = new Set([
  'base', 'bases', 'camp', 'camps', 'position', 'positions', 'stronghold', 'strongholds', 'outpost', 'outposts',
  'garrison', 'garrisons', 'depot', 'depots', 'barracks', 'checkpoint', 'checkpoints',
]);
/** The head of the object after a trigger ending at `end` (a few modifiers in) is an armed force's holding. */
function militaryObjectAfter(doc: Doc, end: number, limit: number): boolean {
  for (let k = end; k < limit && k - end < 5; k++) {
    if (MILITARY_OBJECTS.has(doc.lower[k] as string)) return true;
    const p = doc.pos[k] as number;
    if (p !== P.DET && p !== P.ADJ && p !== P.NUM && p !== P.NOUN && p !== P.PROPN) return false;
  }
  return false;
}
/** Token k is a gerund ("of torturing", "and denying"), however the tagger read it. */
function gerundAt(doc: Doc, k: number): boolean {
  const w = doc.lower[k] ?? '';
  return w.length > 4 && w.endsWith('ing') && ((doc.pos[k] as number) === P.VERB || (doc.pos[k] as number) === P.NOUN);
}
/** Token k is a gerund or a verb's participle ("having shelled"). */
function gerundOrParticiple(doc: Doc, k: number): boolean {
  return gerundAt(doc, k) || (doc.pos[k] as number) === P.VERB;
}
/** parts of speech inside an infinitive's phrase before the trigger: "to conclude an early harvest deal" */
const INFINITIVE_PHRASE_POS = new Set<number>([P.VERB, P.DET, P.ADJ, P.NOUN, P.NUM, P.ADV]);
/**
 * The word that governs an infinitive whose phrase holds the trigger at i ("hopes" in "hopes to conclude an early
 * harvest deal", "to" right before the trigger or before the infinitive's verb), or ''.
 */
function infinitiveGovernor(doc: Doc, i: number, sa: number): string {
  const k = infinitiveTo(doc, i, sa);
  return k >= 0 && (k === i - 1 || (doc.pos[k + 1] as number) === P.VERB) ? (doc.lower[k - 1] as string) : '';
}
/** The verb of the infinitive whose phrase holds the word at i ("secure" for "release" in "to secure the release of"), or ''. */
function infinitiveVerb(doc: Doc, i: number, sa: number): string {
  const k = infinitiveTo(doc, i, sa);
  return k >= 0 && k + 1 < i && (doc.pos[k + 1] as number) === P.VERB ? (doc.lower[k + 1] as string) : '';
}
/** The "to" of an infinitive whose phrase, within six words after sentence start sa, holds the word at i; or -1. */
function infinitiveTo(doc: Doc, i: number, sa: number): number {
  for (let k = i - 1; k > sa && i - k <= 6; k--) {
    if (doc.lower[k] === 'to') return k;
    if (!INFINITIVE_PHRASE_POS.has(doc.pos[k] as number)) return -1;
  }
  return -1;
}
/** a currency sign standing before an amount */
const CURRENCY = /^[$€£¥₹]$/u;
/** verbs of promising something material */
const PLEDGES = /^(?:pledg|promis|offer)/;
/** verbs of giving money or goods */
const GIVING = /^(?:provid|giv|gave|send|sent|donat|fund|lend|lent|contribut|deliver|allocat)/;
/** "committed to provide $40 million", "pledged to send 200 tonnes of food": a promise to give an amount (see PLEDGES) */
function pledgedGift(doc: Doc, i: number, end: number, hi: number): boolean {
  if (!(PLEDGES.test(doc.lower[i] as string) || /^(?:commit|agree|vow)/.test(doc.lower[i] as string))) return false;
  const give = doc.lower[end - 1] === 'to' ? end : doc.lower[end] === 'to' ? end + 1 : -1;
  return give > 0 && give < hi && GIVING.test(doc.lower[give] as string) && (amountAfter(doc, give + 1, hi) || armsAfter(doc, give + 1, hi));
}
/** Arms or military vehicles stand as the object after a verb of giving: "promised to send 20 armoured vehicles". */
function armsAfter(doc: Doc, from: number, hi: number): boolean {
  return objectWordAfter(doc, from, hi, 5, armsWord);
}
const AMOUNT_UNITS = new Set(['million', 'billion', 'trillion', 'euros', 'dollars', 'pounds', 'yen', 'francs', 'rupees']);
/** A sum or aid goods stand as the object after a trigger ending at `end`: "$400 million", "15 million pounds", "food aid". */
function amountAfter(doc: Doc, end: number, hi: number): boolean {
  return objectWordAfter(doc, end, hi, 5, amountWord);
}
/** Token k is a currency sign, a unit of money or a kind of aid goods. */
function amountWord(doc: Doc, k: number): boolean {
  const w = doc.lower[k] as string;
  return CURRENCY.test(doc.words[k] as string) || AMOUNT_UNITS.has(w) || AID_OBJECTS.has(w);
}
/**
 * A word `test` accepts stands among the `reach` tokens from `from` (before hi), before any "to" or "that" ends the
 * object: what amountAfter, moneyAfter and armsAfter each look for.
 */
function objectWordAfter(doc: Doc, from: number, hi: number, reach: number, test: (doc: Doc, k: number) => boolean): boolean {
  for (let k = from; k < hi && k - from < reach; k++) {
    if (test(doc, k)) return true;
    const w = doc.lower[k] as string;
    if (w === 'to' || w === 'that') return false;
  }
  return false;
}
/** words of money paid out: "released the second tranche of its loan", "released $20 million" */
const MONEY: ReadonlySet<string> = new Set([...AMOUNT_UNITS, 'tranche', 'tranches', 'grant', 'grants', 'loan', 'loans', 'funds', 'funding', 'money', 'aid']);
/** Money stands as the object after the verb ending at `end` ("released the second tranche of ..."), before any "to". */
function moneyAfter(doc: Doc, end: number, hi: number): boolean {
  return objectWordAfter(doc, end, hi, 6, moneyWord);
}
/** Token k is a currency sign or a word of money paid out. */
function moneyWord(doc: Doc, k: number): boolean {
  return CURRENCY.test(doc.words[k] as string) || MONEY.has(doc.lower[k] as string);
}
/** verbs of attention whose object is someone else's act */
const WATCH_VERBS = /^(?:follow|watch|monitor|observ)/;
/** verbs of sending: their object is the cargo, their recipient follows "to" */
const SENDING = /^(?:send|sent|deploy|dispatch|mobili[sz])/;
const RECIPIENT_PREPS = new Set(['to', 'into', 'for']);
/** reporting verbs that take a clause, never an act, as object ("said the summit ...") */
const SAY_ONLY = new Set(['say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'add', 'adds', 'added', 'adding', 'note', 'notes', 'noted', 'state', 'states', 'stated', 'write', 'writes', 'wrote', 'insist', 'insists', 'insisted', 'argue', 'argued', 'argues', 'claim', 'claims', 'claimed', 'explain', 'explains', 'explained', 'report', 'reports', 'reported', 'reporting']);
/** placeholder for the unknown agent of a passive */
const UNKNOWN = '';
const AGENTLESS_TYPES: ReadonlySet<PloverType> = new Set(['ASSAULT', 'COERCE', 'ACCUSE', 'RETREAT']);

/** "was due to visit", "travelled there on Monday to meet": an infinitive controlled by the main subject (not "commitment to strengthen"). */
function infinitiveOfMainVerb(doc: Doc, i: number, index: EntityIndex): boolean {
  if (i < 2 || doc.lower[i - 1] !== 'to' || (doc.pos[i - 1] as number) !== P.PART) return false;
  const p = doc.pos[i - 2] as number;
  if (p === P.VERB || p === P.AUX || p === P.ADJ || p === P.ADV) return true;
  if (p !== P.PROPN && p !== P.NOUN) return false;
  // the preposition before the noun phrase, over names of several words and coordinated names ("wrote to the Red
  // Cross and the United Nations to demand")
  let k = i - 2;
  for (let step = 0; step < 6 && k > 0; step++) {
    if (isActor(index, k)) k = mentionStart(index, k) - 1;
    else k--;
    if (doc.lower[k] === 'the') k--;
    if (doc.lower[k] !== 'and' && doc.words[k] !== ',') break;
    k--;
  }
  return ADJUNCT_PREPS.has(doc.lower[k] as string) || (doc.lower[k] === 'to' && (doc.pos[k] as number) === P.ADP);
}
/**
 * The agent an act's phrase names: a name among its modifiers ("A Turkish drone strike", "a Russian missile strike") or
 * after "by" before the verb at i ("An attack by X on Y"); -1 when it names none.
 */
function agentOfAct(doc: Doc, index: EntityIndex, sa: number, act: number, i: number): number {
  for (let k = sa; k < act; k++) if (isActor(index, k)) return k;
  for (let k = act + 1; k + 1 < i; k++) {
    if (doc.lower[k] !== 'by') continue;
    const a = doc.lower[k + 1] === 'the' ? k + 2 : k + 1;
    return a < i && isActor(index, a) ? a : -1;
  }
  return -1;
}

/** the clause before token i opens with an event noun and its phrase ("An attack by X on Y"): the noun's token, or -1 */
function actSubject(doc: Doc, sa: number, i: number): number {
  const nouns = loadEventLexicon().nounForms;
  let k = sa;
  // (through modifiers and compound nouns: "A Russian missile strike on ...")
  while (k < i && k - sa < 5 && !((doc.pos[k] as number) === P.NOUN && nouns.has(doc.lower[k] as string))) {
    const p = doc.pos[k] as number;
    if (p !== P.DET && p !== P.ADJ && p !== P.NUM && p !== P.NOUN && p !== P.PROPN) return -1;
    k++;
  }
  if (k >= i - 2 || (doc.pos[k] as number) !== P.NOUN || !nouns.has(doc.lower[k] as string)) return -1;
  if (!ACT_PHRASE_PREPS.has(doc.lower[k + 1] as string)) return -1;
  // no verb between the phrase and the trigger: "An attack on X was condemned" has its own verb ("was")
  for (let j = k + 2; j < i; j++) {
    const p = doc.pos[j] as number;
    if (p === P.VERB || p === P.AUX || doc.words[j] === ',') return -1;
  }
  return k;
}
/** participles by which others answer an act named as a subject: "the bombing was condemned by Y" */
const ANSWERED: ReadonlySet<string> = new Set(['condemned', 'criticised', 'criticized', 'denounced', 'welcomed', 'praised', 'rejected', 'denied',
  'deplored', 'protested', 'opposed', 'hailed', 'questioned', 'disputed', 'slammed', 'decried']);
/** token k is an auxiliary that opens a clause answering the act before it ("was condemned", "has been welcomed") */
function answeringClause(doc: Doc, k: number): boolean {
  if ((doc.pos[k] as number) !== P.AUX) return false;
  let j = k + 1;
  while (j < doc.n && j - k < 4 && ((doc.pos[j] as number) === P.AUX || (doc.pos[j] as number) === P.ADV)) j++;
  return ANSWERED.has(doc.lower[j] as string);
}
/** such a clause opens in [a, b): the noun's phrase has ended ("the bombing of X was condemned by Y") */
function answeredBetween(doc: Doc, a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (answeringClause(doc, j)) return true;
  return false;
}
const ACT_PHRASE_PREPS: ReadonlySet<string> = new Set(['by', 'on', 'against', 'near', 'in']);
const WELCOMES = /^welcom/;
/** gatherings and seats a visitor is welcomed to */
const VISIT_PLACES: ReadonlySet<string> = new Set(['summit', 'talks', 'meeting', 'conference', 'capital', 'palace', 'forum', 'residence', 'ceremony', 'visit']);

/**
 * A party named right after the trigger ending at `end` (after "the" or a title) is followed by "to" and a place or a
 * gathering: "welcomed Narendra Modi to the G7 summit", "welcomed the president to Beijing".
 */
function welcomedTo(doc: Doc, index: EntityIndex, end: number, limit: number): boolean {
  let k = end;
  while (k < limit && k - end < 4 && !isActor(index, k)) {
    const p = doc.pos[k] as number;
    if (p !== P.DET && p !== P.ADJ && p !== P.NOUN && !POSSESSIVES.has(doc.lower[k] as string)) return false;
    k++;
  }
  if (k >= limit || !isActor(index, k)) return false;
  // ... through a title and the name it introduces: "Brazilian President Lula", "Iran's foreign minister", and a name
  // in apposition: "his Ghanaian counterpart, John Mahama, to Abuja"
  let to = mentionEnd(index, k);
  for (let step = 0; step < 6 && to < limit && doc.lower[to] !== 'to'; step++) {
    const p = doc.pos[to] as number;
    if (isActor(index, to)) to = mentionEnd(index, to);
    else if (p === P.NOUN || p === P.PROPN || p === P.ADJ || doc.lower[to] === "'s" || doc.lower[to] === '’s') to++;
    else if (doc.words[to] === ',' && isActor(index, to + 1) && doc.words[mentionEnd(index, to + 1)] === ',') to = mentionEnd(index, to + 1) + 1;
    else break;
  }
  if (doc.lower[to] !== 'to') return false;
  for (let j = to + 1; j < limit && j <= to + 5; j++) {
    const e = index.entityAtToken[j] as number;
    if (e >= 0 && PLACE_TYPES.has((index.entities[e] as { type: string }).type)) return true;
    if (VISIT_PLACES.has(doc.lower[j] as string)) return true;
    const p = doc.pos[j] as number;
    if (p !== P.DET && p !== P.ADJ && p !== P.NOUN && p !== P.PROPN && p !== P.NUM) return false;
  }
  return false;
}

/**
 * The subject of the verb that "by" at token `by` hangs on ("X had started the fighting by shelling ..."): the nearest
 * verb before it within eight tokens, else none.
 */
function meansSubject(doc: Doc, index: EntityIndex, sa: number, by: number): ReturnType<typeof subjectBefore> {
  for (let k = by - 1; k >= sa && by - k <= 8; k--) {
    const p = doc.pos[k] as number;
    if (p === P.VERB) return subjectBefore(doc, index, k, sa, true);
    if (doc.words[k] === ',' || doc.words[k] === ';') return null;
  }
  return null;
}
/**
 * prepositions whose phrase, right before an infinitive, leaves the infinitive to the main subject: "met on Monday to
 * discuss", "recalled its envoy from X to protest" (not X's act; after "with X" both may act: "worked with X to build")
 */
const ADJUNCT_PREPS = new Set(['on', 'in', 'at', 'next', 'last', 'this', 'from']);
const DEMONSTRATIVES = new Set(['the', 'this', 'that', 'these', 'those', 'such']);
/** words before a noun that make it refer to something told before: a demonstrative or a possessive pronoun */
export const REFERRING: ReadonlySet<string> = new Set([...DEMONSTRATIVES, ...POSSESSIVES]);

/** verbs of speaking: "spoke with X" */
const SPOKE = /^(?:spoke|spoken|speak)/;
/** the token after the subject's name (or the subject's head when it is no name) */
function relatedAt(index: EntityIndex, head: number): number {
  return isActor(index, head) ? mentionEnd(index, head) : head;
}
/** nouns of a body related to the one named before them: "the al-Qaeda affiliate" is not al-Qaeda */
const RELATED_BODIES = new Set(['affiliate', 'affiliates', 'offshoot', 'offshoots', 'splinter', 'proxy', 'proxies', 'subsidiary', 'franchise', 'branch']);
/** A party's name starts at token k (after "the") and is no modifier of a following noun ("Serbian media"). */
function partyRightAfter(doc: Doc, index: EntityIndex, k: number): boolean {
  const t = doc.lower[k] === 'the' ? k + 1 : k;
  return isActor(index, t) && !isModifier(doc, index, mentionEnd(index, t));
}
/** the military kind of joint activity: "joint exercises", "joint naval drills" */
const DRILLS = /exercis|drill|manoeuv|maneuv/i;
/** verbs and nouns of breaking a rule: "violated", "breached", "a violation" */
const VIOLATES = /^(?:violat|breach)/;


/** An act noun after a demonstrative inside [a, b) ("called the measures illegal"), or null. */
function anaphorWithin(doc: Doc, a: number, b: number): number | null {
  for (let k = a + 1; k < b; k++) if (ANAPHORIC_ACTS.has(doc.lower[k] as string) && DEMONSTRATIVES.has(doc.lower[k - 1] as string)) return k;
  return null;
}

/**
 * The noun at np refers to an act told before: after a demonstrative or a possessive pronoun, with at most two
 * adjectives between ("the move", "this latest step", "their immediate release", "his accusations").
 */
function refersBack(doc: Doc, np: number): boolean {
  let k = np - 1;
  while (k > np - 3 && k > 0 && (doc.pos[k] as number) === P.ADJ) k--;
  return REFERRING.has(doc.lower[k] as string);
}

/** Head of a short object noun phrase right after the trigger ("the move", "this criticism", "their release"), or -1. */
function anaphorAfter(doc: Doc, end: number, limit: number): number {
  let k = end;
  while (k < limit && k - end < 3 && ((doc.pos[k] as number) === P.DET || (doc.pos[k] as number) === P.ADJ || (k === end && POSSESSIVES.has(doc.lower[k] as string)))) k++;
  return k < limit && k > end && (doc.pos[k] as number) === P.NOUN ? k : -1;
}

/** The target of the latest event of `type` coded so far that is a party (not a city), not one of `not`. */
function lastTargetOf(index: EntityIndex, out: ArgusEvent[], type: PloverType, not: string[]): string | null {
  for (let e = out.length - 1; e >= 0; e--) {
    const ev = out[e] as ArgusEvent;
    if (ev.type === type && ev.target && !not.includes(ev.target) && !isCity(index, ev.target)) return ev.target;
  }
  return null;
}

/** The text [a, b) (character offsets) names one of `parties` (or a party acting for one, or a demonym of one). */
function namesAnyOf(c: ArticleCoder, a: number, b: number, parties: readonly string[]): boolean {
  const { doc, index } = c;
  for (let k = tokenAt(doc, a); k < doc.n && (doc.starts[k] as number) < b; k++) {
    if (!isActor(index, k)) continue;
    const id = entityIdAt(index, k) as string;
    if (parties.includes(id) || parties.includes(c.actsFor(countryOf(index, k))) || parties.includes(c.acts.stateOf(id))) return true;
  }
  return false;
}

/** The speaker of the latest quote ending before char offset `before`, with the quote's start. */
function lastSpeakerBefore(quotes: Span[], before: number): { speaker: string; at: number; end: number } | null {
  for (let q = quotes.length - 1; q >= 0; q--) {
    const sp = quotes[q] as Span;
    if (sp.b <= before && sp.speaker) return { speaker: sp.speaker, at: sp.a, end: sp.b };
  }
  return null;
}

/** Start of the latest event coded before `before` whose source is not one of `not`, or -1. */
function lastActorStart(out: ArgusEvent[], before: number, not: string[]): number {
  for (let e = out.length - 1; e >= 0; e--) {
    const ev = out[e] as ArgusEvent;
    if (ev.start < before && ev.source && !not.includes(ev.source)) return ev.start;
  }
  return -1;
}

/** The source of the latest event coded before char offset `before` that is not one of `not`. */
/** nouns that name an accusation: what a rejection of them answers */
const ACCUSATION_WORDS: ReadonlySet<string> = new Set(['accusation', 'accusations', 'allegation', 'allegations', 'charge', 'charges', 'claim', 'claims', 'criticism', 'criticisms']);

/** The source of the latest accusation coded before `before` whose target is one of `targets`, or null. */
function lastAccuserOf(out: ArgusEvent[], before: number, targets: string[]): string | null {
  for (let e = out.length - 1; e >= 0; e--) {
    const ev = out[e] as ArgusEvent;
    if (ev.start < before && ev.type === 'ACCUSE' && ev.source && ev.target && targets.includes(ev.target) && !targets.includes(ev.source)) return ev.source;
  }
  return null;
}

function lastActorBefore(out: ArgusEvent[], before: number, not: string[], spoken = true): string | null {
  for (let e = out.length - 1; e >= 0; e--) {
    const ev = out[e] as ArgusEvent;
    // ("A court sentenced X. X denied the charges. Y condemned the verdict": a deed the noun names is no denial)
    if (!spoken && ev.type === 'REJECT') continue;
    if (ev.start < before && ev.source && !not.includes(ev.source)) return ev.source;
  }
  return null;
}

/** The subject of a reporting verb just before token s ("Russia said on Tuesday that Sudan ..."), or null. */
function reporterBefore(doc: Doc, index: EntityIndex, s: number, sa: number): string | null {
  let k = s - 1;
  if (doc.lower[k] === 'that') k--;
  for (let t = k; t >= sa && k - t < 5; t--) {
    if (CUE_VERBS.has(doc.lower[t] as string)) {
      const r = subjectBefore(doc, index, t, sa, true);
      return r?.id ?? null;
    }
    const p = doc.pos[t] as number;
    if (p !== P.ADV && p !== P.ADP && p !== P.NOUN && p !== P.PROPN && p !== P.NUM) return null;
  }
  return null;
}
/** verb particles between a light verb and its nominal trigger: "speeded up the withdrawal", "remained on alert" */
const PARTICLES = new Set(['up', 'out', 'off', 'down', 'on', 'into']);
/** verbs that take part in an act named after "in": "engaged in ethnic cleansing", "took part in the raid" */
const ENGAGED_IN = /^(?:engag|involv|participat|part$|join)/;
/** verbs of being in an ongoing act: "is in talks with X", "remained in negotiations with X" (the subject's own talks) */
const STATE_OF = /^(?:is|are|was|were|be|been|being|remain(?:s|ed|ing)?|stay(?:s|ed|ing)?)$/;

/** The actor at `head` modifies the trigger noun at `i` inside one noun phrase ("a key Turkish demand"). */
/** the envoys whose summons is a diplomatic protest, as the subject of "was summoned" */
const SUMMONED: ReadonlySet<string> = new Set(['ambassador', 'envoy', 'diplomat', 'diplomats', 'chargé', "d'affaires"]);
/** prepositions that make a noun phrase the reason or the time of a clause: "over the strike", "after the talks" */
const REASON_PREPS = new Set([...CIRCUMSTANCE_PREPS, 'over', 'for']);

/** nouns of a meeting: "talks between X and Y" has the two meet */
const MEETING_NOUNS = new Set(['talks', 'meeting', 'meetings', 'negotiations', 'summit', 'dialogue', 'consultations', 'discussions', 'round']);
/** "… talks between …" in [i, hi): a meeting noun right before "between" */
function meetingBetween(doc: Doc, i: number, hi: number): boolean {
  for (let k = i + 1; k < hi; k++) if (doc.lower[k] === 'between') return MEETING_NOUNS.has(doc.lower[k - 1] as string);
  return false;
}

/** Noun trigger i heads a phrase governed by a reason or time preposition (only determiners and modifiers between). */
function reasonPrepBefore(doc: Doc, i: number, sa: number): boolean {
  for (let k = i - 1; k >= sa && i - k <= 5; k--) {
    if (REASON_PREPS.has(doc.lower[k] as string)) return true;
    const p = doc.pos[k] as number;
    if (p !== P.DET && p !== P.ADJ && p !== P.NUM && p !== P.PROPN && p !== P.NOUN && p !== P.PART && doc.lower[k] !== "'s" && doc.lower[k] !== '’s') return false;
  }
  return false;
}

/** The last token of a name that owns the act noun at i ("Europe's tariffs", "Russia's new offensive"), else -1. */
function possessorOf(doc: Doc, index: EntityIndex, i: number, sa: number): number {
  let k = i - 1;
  while (k > sa && i - k <= 3 && ((doc.pos[k] as number) === P.ADJ || (doc.pos[k] as number) === P.NUM) && (index.entityAtToken[k] as number) < 0) k--;
  if (doc.lower[k] !== "'s" && doc.lower[k] !== '’s') return -1;
  return k - 1 >= sa && (index.entityAtToken[k - 1] as number) >= 0 ? k - 1 : -1;
}

function ownModifier(doc: Doc, head: number, i: number): boolean {
  if ((doc.pos[head] as number) === P.PRON) return false; // "his first visit": a possessor, not a modifier
  for (let k = head + 1; k < i; k++) {
    const p = doc.pos[k] as number;
    if (p !== P.ADJ && p !== P.NOUN && p !== P.PROPN && p !== P.NUM) return false;
  }
  return doc.lower[head + 1] !== "'s" && doc.lower[head + 1] !== '’s';
}

/** Token k can stand inside the noun phrase of a verb's object ("the military rulers of Mali and Burkina Faso", "the NATO-led force, KFOR,"). */
function objectPhraseWord(doc: Doc, index: EntityIndex, k: number): boolean {
  if ((index.entityAtToken[k] as number) >= 0) return true;
  const p = doc.pos[k] as number;
  if (p === P.DET || p === P.ADJ || p === P.NOUN || p === P.PROPN || p === P.NUM) return true;
  const w = doc.lower[k] as string;
  return w === 'of' || w === 'and' || w === ',' || w === '-' || w === "'s" || w === '’s' || POSSESSIVES.has(w);
}

/**
 * A comma stands right before the name starting at ms, or before the untagged title words that lead it (", Economy
 * Minister X said"); tokens before lo are not looked at.
 */
/** The token after a parenthesis of at most five tokens opening at k ("(WFP)", "(HRW)"), else k. */
export function afterParenthesis(doc: Doc, k: number, to: number): number {
  if (doc.words[k] !== '(') return k;
  for (let j = k + 1; j < to && j - k <= 6; j++) if (doc.words[j] === ')') return j + 1;
  return k;
}

export function commaBefore(doc: Doc, index: EntityIndex, ms: number, lo: number): boolean {
  let k = ms - 1;
  // (a demonym among the title's words: ", Ukrainian President X said")
  while (k > lo && ms - k <= 4 && ((index.entityAtToken[k] as number) < 0 || demonymAt(index, k)) && TITLE_POS.has(doc.pos[k] as number)) k--;
  return k >= lo && doc.words[k] === ',';
}
/** Token k is a demonym's mention ("Ukrainian" in "Ukrainian President X"). */
function demonymAt(index: EntityIndex, k: number): boolean {
  return index.entities[index.entityAtToken[k] as number]?.type === 'NORP';
}
/** words of a title before a name: "Foreign Ministers", "information minister", "deputy envoy" */
export const TITLE_POS: ReadonlySet<number> = new Set([P.PROPN, P.NOUN, P.ADJ]);

/**
 * For a verb at i whose clause opens with "who" (", who called on ..."), the last token of the person named before it in
 * the sentence, with no verb between (an apposition: "X, president of the Y Council, who"); -1 when none.
 */
function personBeforeWho(doc: Doc, index: EntityIndex, i: number, sa: number): number {
  let w = i - 1;
  while (w > sa && i - w <= 3 && ((doc.pos[w] as number) === P.ADV || (doc.pos[w] as number) === P.AUX)) w--;
  if (doc.lower[w] !== 'who' || doc.words[w - 1] !== ',') return -1;
  for (let k = w - 2; k >= sa && w - k <= 15; k--) {
    if (isActor(index, k) && (index.entities[index.entityAtToken[k] as number] as { type: string }).type === 'PERSON') return k;
    const p = doc.pos[k] as number;
    if (p === P.VERB || p === P.AUX) return -1;
  }
  return -1;
}
