// The analysis pipeline: one article in, one argus.analysis/1 object out. The stage order is written here only:
//   1 tokenize -> 2 recognize entity names -> 3 resolve entities (3b pronouns, 3c who acts for whom) -> 4 dates
//   -> 4b parse -> 5 quotes -> 6 events -> 7 places -> 8 themes and tone.
import type { Analysis, ArgusEvent, DateMention, Entity, Quote } from '../core/analysis.js';
import type { ArticleInput } from '../core/input.js';
import { articleId } from '../core/ids.js';
import { loadKB } from '../kb/index.js';
import type { EntityMention, EntityRecognizer, ResolvedEntity } from './types.js';
import { prepareTokenizer, tokenize } from './tokenize.js';
import { createRecognizer } from './entities/recognizer.js';
import { prepareTagger } from './ner/index.js';
import { resolveEntities } from './stages/resolve.js';
import { retyped } from './entities/rules.js';
import { findDates, prepareDates } from './stages/dates.js';
import { buildEntityIndex } from './stages/entity-index.js';
import { linkPronouns } from './stages/pronouns.js';
import { findQuotes } from './stages/quotes.js';
import { codeEvents } from './stages/events.js';
import { codeEvents as patternEvents } from './stages/events-patterns.js';
import { combineEvents, implicitTargets, lendersGive, mutualAgreements, openGroupTargets, placesNotCountries, withoutGroupActors, withoutPlaceActors, withoutHearers } from './stages/events.js';
import { ownSideRetargeted } from './events/own-side.js';
import { withoutNonActs } from './events/precision.js';
import { missileTests, withoutBackground, withoutPartnerlessActs, withoutUntargetedRepeats } from './events/triggers.js';
import { assignActsFor } from './stages/acts-for.js';
import { FREE, loadParser, parseDoc } from './parse/index.js';
import { DEPRELS, DEPRELS_FULL, UPOS_TAGS } from './parse/labels.js';
import { syntaxFromParse, type Syntax } from './events/syntax.js';
import { POS_INDEX, type Doc } from './types.js';
import type { EntityIndex } from './stages/entity-index.js';
import { loadEventLexicon, stem } from '../kb/event-lexicon.js';
import { DEMAND_MODALS, PENALTY_VERBS, TELL_FORMS, mayAid, mayCode } from './events/triggers.js';
import { geoparse } from './stages/places.js';
import { linkOrgNominals } from './stages/nominals.js';
import { afterDateline } from './stages/attribution.js';
import { groupParties } from './stages/groups.js';
import { CUE_VERBS } from './lexicon/speech.js';
import { findThemes, toneScore } from './stages/themes.js';

export interface AnalyzeOptions {
  /** overrides the article id (otherwise derived from url or text) */
  id?: string;
  /** overrides the entity recognizer (tests and evaluation of alternatives) */
  recognizer?: EntityRecognizer;
}

let defaultRecognizer: EntityRecognizer | null = null;

/**
 * Loads the knowledge base, its indexes, the models and the packages the stages require on first use, once; later
 * calls are free. Whatever analyzes calls it at start-up, so that the first article does not pay for loading.
 */
export function warmUp(): EntityRecognizer {
  if (defaultRecognizer) return defaultRecognizer;
  const kb = loadKB();
  kb.prepare();
  defaultRecognizer = createRecognizer(kb);
  loadParser();
  loadEventLexicon();
  prepareTagger();
  prepareTokenizer();
  prepareDates();
  return defaultRecognizer;
}

/**
 * Stage 4b: the dependency parse, as the quote and event stages read it. With an entity index, only the sentences that
 * can hold an event between parties are parsed (a trigger word that can code an event, and two parties: names,
 * pronouns, state agents); the quote stage reads the parse where there is one and its own chunker elsewhere. Without
 * an index, or with `every`, every sentence is parsed.
 */
export function syntaxOf(doc: Doc, index?: EntityIndex, every = false): Syntax {
  const parse = index ? parseDoc(doc, loadParser(), every ? undefined : sentencesToParse(doc, index), nameTags(doc, index), sentenceLeads(doc)) : parseDoc(doc, loadParser(), undefined, undefined, sentenceLeads(doc));
  return syntaxFromParse(parse, UPOS_TAGS, DEPRELS, DEPRELS_FULL);
}

/**
 * How many words open each sentence as a lead that is no part of its clause, for the parser to leave out: a dateline
 * ("TUNIS -", "JEDDAH, Saudi Arabia (Example Wire) -": capitalised words, numbers and punctuation before a dash) or a
 * live blog's time stamp ("18:20 GMT -"); 0 for the others.
 */
function sentenceLeads(doc: Doc): Int32Array {
  const lead = new Int32Array(doc.sentStart.length);
  for (let k = 0; k < lead.length; k++) {
    const from = doc.sentStart[k] as number;
    const to = doc.sentEnd[k] as number;
    const a = afterDateline(doc, from, to);
    if (a === from || a >= to) continue;
    let plain = true;
    for (let t = from; t < a - 1 && plain; t++) plain = !/^\p{Ll}/u.test(doc.words[t] as string);
    if (plain) lead[k] = a - from;
  }
  return lead;
}

/** relative pronouns that can open a clause whose object is the noun it modifies */
const OBJECT_RELATIVES: ReadonlySet<string> = new Set(['which', 'whom', 'who']);
/** Token u can open the subject of an object relative clause: a name, a subject pronoun, "the" ("which the army shelled"). */
function relativeSubject(doc: Doc, index: EntityIndex, u: number): boolean {
  const w = doc.lower[u] as string;
  return (index.entityAtToken[u] as number) >= 0 || w === 'the' || w === 'it' || w === 'they' || w === 'he' || w === 'she' || w === 'we';
}
const PARTY_WORDS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'him', 'them', 'police', 'government', 'authorities', 'army', 'troops', 'forces']);
const VERB_POS = POS_INDEX['VERB'] as number;
const NOUN_POS = POS_INDEX['NOUN'] as number;
const PROPN_POS = POS_INDEX['PROPN'] as number;

/**
 * The sentences worth parsing: a word that can code an event there — an event noun, or a verb (as the tokenizer tags
 * it) whose own code or one of whose context patterns can apply to the sentence's words (triggers.ts, mayCode) — and
 * two parties (names, pronouns, state agents), one of them after that word (the recipient, or the agent of a passive),
 * or a group noun that names the parties itself ("the two leaders agreed", stages/groups.ts).
 * Everything else keeps the pattern coder and the quote chunker.
 */
function sentencesToParse(doc: Doc, index: EntityIndex): Uint8Array {
  const lex = loadEventLexicon();
  const want = new Uint8Array(doc.sentStart.length);
  const stems = new Set<string>();
  for (let k = 0; k < want.length; k++) {
    const from = doc.sentStart[k] as number;
    const to = doc.sentEnd[k] as number;
    let trigger = false;
    let parties = 0;
    let after = 0;
    let last = -2;
    let stemmed = false;
    let modal = false;
    let group = false;
    let relative = false;
    let aid = false;
    for (let t = from; t < to; t++) {
      const e = index.entityAtToken[t] as number;
      const w = doc.lower[t] as string;
      if (!trigger && OBJECT_RELATIVES.has(w) && t + 1 < to && relativeSubject(doc, index, t + 1)) relative = true;
      if (e >= 0) {
        if (e !== last) {
          parties++;
          if (trigger) after++;
        }
        last = e;
        continue;
      }
      last = -2;
      if (PARTY_WORDS.has(w) || lex.agents.has(w)) {
        parties++;
        if (trigger) after++;
        continue;
      }
      // "the two leaders agreed ...", "both sides signed ...": a group noun names the parties of the act itself
      if (!group && (groupParties(doc, index, t)?.length ?? 0) > 1) {
        group = true;
        parties += 2;
      }
      if (trigger) continue;
      // "X said Y must ...": a demand (events/triggers.ts, demandsByModal); "X said Y would face consequences": a
      // threat (threatensByClause); their parties may all come before it
      if (DEMAND_MODALS.has(w) || PENALTY_VERBS.has(w) || (TELL_FORMS.has(w) && toAfter(doc, t + 1, to))) {
        modal = true;
        continue;
      }
      const p = doc.pos[t] as number;
      if (p === NOUN_POS || p === PROPN_POS) {
        if (lex.nounForms.has(w)) {
          trigger = true;
          aid = lex.plover(lex.nouns.get(stemOf(w))?.code ?? '')?.type === 'AID';
        }
      } else if (p === VERB_POS && lex.verbs.has(w)) {
        if (!stemmed) {
          stems.clear();
          for (let u = from; u < to; u++) stems.add(stemOf(doc.lower[u] as string));
          stemmed = true;
        }
        if (mayCode(lex, w, stems)) {
          trigger = true;
          aid = mayAid(lex, w, stems);
        }
      }
    }
    // (an act in an object relative clause has both parties before it: "Russia, which Ukraine accused of ...")
    if ((trigger && (after > 0 || group || relative)) || modal) want[k] = parties >= 2 ? 1 : 0;
    // aid may name its giver alone: the recipient is where the story is (stages/events.ts, implicitRecipients)
    if (aid && parties >= 1) want[k] = 1;
    // a reporting verb: the quote stage finds its speaker from the parse ("X, the minister, told ... and said ...")
    // unless the speaker stands right before it ("X said", "she told"), where the stage keeps the chunker's subject;
    // an act reported in its clause is coded from the parse either way
    if (!want[k] && parties >= 1) {
      for (let t = from; t < to; t++) {
        if (doc.pos[t] === VERB_POS && CUE_VERBS.has(doc.lower[t] as string) && (trigger || !partyRightBefore(doc, index, from, t))) {
          want[k] = 1;
          break;
        }
      }
    }
  }
  return want;
}

/** "told Bolivia to stop ...": a "to" within a few words after a verb of telling (a demand, events/triggers.ts directsByTelling) */
function toAfter(doc: Doc, from: number, to: number): boolean {
  for (let t = from; t < to && t - from < 6; t++) if (doc.lower[t] === 'to') return true;
  return false;
}

/** stem(w), remembered across documents (the stem strings are not allocated again for every sentence); bounded */
const STEMS = new Map<string, string>();
function stemOf(w: string): string {
  // (a word without a final "s" is its own stem, lower-cased: nothing to remember)
  const last = w.charCodeAt(w.length - 1);
  if (last !== 115 && last !== 83) return stem(w);
  let s = STEMS.get(w);
  if (s === undefined) {
    if (STEMS.size >= 50_000) STEMS.clear();
    s = stem(w);
    STEMS.set(w, s);
  }
  return s;
}

const AUX_POS = POS_INDEX['AUX'] as number;
const ADV_POS = POS_INDEX['ADV'] as number;
const PART_POS = POS_INDEX['PART'] as number;

/** A name or a party word stands before token t in its sentence, with at most auxiliaries and adverbs between. */
function partyRightBefore(doc: Doc, index: EntityIndex, from: number, t: number): boolean {
  let u = t - 1;
  while (u >= from && (doc.pos[u] === AUX_POS || doc.pos[u] === ADV_POS || doc.pos[u] === PART_POS)) u--;
  return u >= from && ((index.entityAtToken[u] as number) >= 0 || PARTY_WORDS.has(doc.lower[u] as string));
}

const PROPN_TAG = UPOS_TAGS.indexOf('PROPN');
const NAME_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC']);
const CAPITALISED = /^\p{Lu}/u;

/**
 * The capitalised words of a recognised name (or of a surname standing for one) are proper nouns; the function words
 * inside it ("Bay of Bengal", "the") and the lower-case words of a nominal ("the minister") keep their tags.
 */
function nameTags(doc: Doc, index: EntityIndex): Uint8Array {
  const forced = new Uint8Array(doc.n).fill(FREE);
  for (let t = 0; t < doc.n; t++) {
    const m = index.mentionAtToken?.[t];
    if (!m || (m.kind !== 'name' && m.kind !== 'nominal') || !NAME_TYPES.has(m.type)) continue;
    if (CAPITALISED.test(doc.words[t] as string)) forced[t] = PROPN_TAG; // "of", "the", "'s" keep their tags
  }
  return forced;
}

export function analyze(input: ArticleInput, opts: AnalyzeOptions = {}): Analysis {
  const kb = loadKB();
  const recognizer = opts.recognizer ?? warmUp();

  // the headline is read as the article's first paragraph: what it alone tells (an agreement, a visit) is the story's
  // act; offsets are then moved back onto the body (headlineOffsets)
  const head = headlinePrefix(input);
  const doc = tokenize(head + input.text); //                            1
  const names = oneShape(recognizer.recognize(doc)); //                  2
  const entities = resolveEntities(doc, names, kb); //                   3
  const dates = findDates(doc, input.published); //                      4
  const index = buildEntityIndex(doc, entities);
  linkPronouns(doc, index); //                                          3b
  linkOrgNominals(doc, index, (n) => kb.isPlatform(n)); //             3b
  const acts = assignActsFor(doc, index); //                             3c
  const syn = syntaxOf(doc, index); //                                   4b
  const quotes = findQuotes(doc, index, syn, acts); //                   5
  const coded = combineEvents(codeEvents(doc, index, quotes, dates, syn, acts, head.length), patternEvents(doc, index, quotes, dates, acts, head.length), placesNotCountries(entities), head.length); // 6
  // the joined events completed and filtered, in this order (stages/events.ts, events/triggers.ts)
  let events = implicitTargets(doc, index, acts, syn, openGroupTargets(mutualAgreements(doc, index, coded), entities));
  events = withoutGroupActors(events, entities);
  events = withoutPlaceActors(events, entities, (n) => kb.isPlatform(n));
  events = withoutHearers(doc, index, events);
  events = lendersGive(events, index);
  events = withoutUntargetedRepeats(events);
  events = withoutPartnerlessActs(missileTests(doc, events));
  events = withoutBackground(doc, events, dates, input.published);
  events = ownSideRetargeted(doc, events, index, acts);
  events = withoutNonActs(doc, syn, index, acts, loadEventLexicon(), quotes, events);
  const eventLocations = new Set<string>();
  for (const e of events) if (e.location) eventLocations.add(e.location);
  const places = geoparse(entities, doc, { kb, dateline: input.dateline, eventLocations }); // 7

  return {
    schema: 'argus.analysis/1',
    article: {
      id: opts.id ?? articleId(input.url, input.text),
      url: input.url,
      source: input.source,
      title: input.title,
      subtitle: input.subtitle,
      published: input.published,
      language: input.language,
      text: input.text,
    },
    ...headlineOffsets(head.length, entities.map(toContract), quotes, events, dates),
    places,
    themes: findThemes(doc), //                                          8
    tone: { score: toneScore(doc) },
  };
}

/** ARGUS_HEADLINE=off leaves the headline unread (ablations) */
const HEADLINE = process.env['ARGUS_HEADLINE'] !== 'off';

/**
 * The headline as the text read before the body ('' without one, or when the body already opens with it): its own
 * paragraph, closed by a full stop unless it ends a sentence already. A headline states the story's main act, often in
 * no other words ("X and Y agree to extend truce"), and the article gold codes it. Held out (round 28): eval/own/test
 * events F1 0.430 -> 0.434; dev3 and dev4 even halves +0.024 each, dev2 even -0.004 (README.md, Results).
 */
function headlinePrefix(input: ArticleInput): string {
  // (callers in JavaScript may leave the title out)
  const t = typeof input.title === 'string' ? input.title.trim() : '';
  if (t === '' || !HEADLINE || input.text.trimStart().startsWith(t)) return '';
  return /[.!?]["”’']?$/u.test(t) ? `${t}\n\n` : `${t}.\n\n`;
}

/** acts whole without a recipient: a show of force, a protest */
const WHOLE_ALONE: ReadonlySet<string> = new Set(['MOBILIZE', 'PROTEST']);

/**
 * The analysis' spans moved from the headline-prefixed text back onto article.text (the body), `n` characters on: the
 * headline's own mentions, quotes and dates are left out (it is article.title), and an event it alone tells keeps the
 * empty span at 0, unless the body codes the same (source, type, target), which then stands for it. A headline's act
 * with no recipient sums up acts the body tells with their parties ("Sudan's warring parties agree to truce"): it is
 * left out, but for the acts whole without one (own/dev +0.006, dev4 odd +0.010, own/test 0.433 -> 0.434).
 */
function headlineOffsets(n: number, entities: Entity[], quotes: Quote[], events: ArgusEvent[], dates: DateMention[]): Pick<Analysis, 'entities' | 'quotes' | 'events' | 'dates'> {
  if (n === 0) return { entities, quotes, events, dates };
  for (const e of entities) e.mentions = onBody(e.mentions, n);
  const told = new Set<string>();
  for (const e of events) if (e.start >= n) told.add(`${e.source}|${e.type}|${e.target}`);
  const byPeople = typesToldByPeople(events, n, entities);
  const out: ArgusEvent[] = [];
  for (const e of events) {
    if (e.start >= n) out.push({ ...e, start: e.start - n, end: e.end - n });
    else if (!told.has(`${e.source}|${e.type}|${e.target}`) && (e.target !== null || WHOLE_ALONE.has(e.type)) && !byPeople.has(e.type)) out.push({ ...e, start: 0, end: 0 });
  }
  return {
    entities,
    quotes: onBody(quotes, n),
    events: out,
    dates: onBody(dates, n),
  };
}

/**
 * A headline's act the body tells between people ("Chile and Peru agree to reopen border crossing" over "Foreign
 * Ministers Rojas and Salas agreed ..."; "Ghanaian and Togolese ministers discuss security" over "Asante held talks
 * with Mensah"): the headline sums up the body's act at the level of states, and the gold codes it once, by the people
 * who did it (round 29; own/dev +0.002, dev +0.006, dev4 even +0.003, own/test unchanged). The types of the acts the
 * body tells between two people, once for the headline's acts to be read against; none with ARGUS_HEADLINE_PEOPLE=off,
 * which keeps them (ablations).
 */
function typesToldByPeople(events: readonly ArgusEvent[], n: number, entities: readonly Entity[]): ReadonlySet<string> {
  const types = new Set<string>();
  if (!HEADLINE_PEOPLE) return types;
  const people = new Set<string>();
  for (const x of entities) if (x.type === 'PERSON') people.add(x.id);
  for (const b of events) if (b.start >= n && b.source !== null && b.target !== null && people.has(b.source) && people.has(b.target)) types.add(b.type);
  return types;
}
/** ARGUS_HEADLINE_PEOPLE=off keeps a headline's act the body tells between people (ablations) */
const HEADLINE_PEOPLE = process.env['ARGUS_HEADLINE_PEOPLE'] !== 'off';

/** The spans of the body (from character n of the headline-prefixed text), moved onto it. */
function onBody<T extends { start: number; end: number }>(spans: readonly T[], n: number): T[] {
  return spans.filter((x) => x.start >= n).map((x) => ({ ...x, start: x.start - n, end: x.end - n }));
}

/**
 * The recognizer's mentions as objects of one hidden class (entities/rules.ts, retyped), whatever recognizer made them:
 * the shipped one already builds them so (entityMention), one passed in the options may not, and every later stage
 * reads them (a site that sees more than four classes is megamorphic).
 */
function oneShape(ms: EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of ms) out.push(retyped(m, m.type));
  return out;
}

function toContract(e: ResolvedEntity): Entity {
  return {
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: e.aliases,
    titles: e.titles,
    kb: e.kb,
    mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, kind: m.kind })),
    salience: e.salience,
  };
}
