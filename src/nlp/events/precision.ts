// Acts the coders read that are no act of their source (round 29, event precision). Each check reads the words (or
// the parse, where the sentence has one) around an event's trigger, and the event is dropped when it holds:
//   - a position a speaker states in a direct quote with a modal or a negation ("'We are not asking for troops,' X said")
//   - a visit told by the meeting it was for ("travelled to Tunisia, where he met General X")
//   - a stance against whatever act may come ("opposed any outside interference")
//   - a use of force told in a clause its reporter only reports ("X said Sudanese troops had shelled a post, wounding ...")
//   - an attack its "source" suffered ("Lithuania, which has faced repeated attacks on its pipelines")
//   - a warning of what no party will do ("warned that farmers may receive less water")
//   - a response to no act ("stood ready to respond to any emergency")
//   - an act in the background of a speaker ("Kenya, which has expanded military ties with Uganda, said ...")
// The gold conventions (eval/README.md, eval/own/dev2/README.md) code none of these. Round 29, all together (with the
// headline rule in pipeline.ts): own/test events F1 0.434 -> 0.437, dev4 even 0.310 -> 0.317, events2 probe even
// 0.539 -> 0.541, diagnosis sets +0.005 to +0.034, no set lower, PLOVER records unchanged. ARGUS_PRECISION=off leaves
// the events as they come (ablations).
import type { ArgusEvent, Quote } from '../../core/analysis.js';
import type { EventLexicon } from '../../kb/event-lexicon.js';
import type { Doc } from '../types.js';
import { tokenAt } from '../tokenize.js';
import { P, entityIdAt, isActor } from '../stages/attribution.js';
import type { EntityIndex } from '../stages/entity-index.js';
import type { ActsFor } from '../stages/acts-for.js';
import { CUE_VERBS } from '../lexicon/speech.js';
import { base, child, type Syntax } from './syntax.js';
import { nounEntry } from './triggers.js';

const PRECISION = process.env['ARGUS_PRECISION'] !== 'off';

/** verbs whose subject undergoes the act their object names: "faced attacks", "suffered strikes", "withstood a blockade" */
const UNDERGOING = /^(?:fac|suffer|endur|sustain|experienc|weather|withstand|withstood|surviv)/;
/** acts a party can undergo */
const UNDERGONE: ReadonlySet<string> = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'THREATEN']);
/** verbs of being or getting, which name no act of anyone's ("may receive less water", "would be higher") */
const NO_ACT_VERBS: ReadonlySet<string> = new Set(['be', 'have', 'get', 'receive', 'lose', 'feel']);
/** words of a penalty to come, which make a warning a threat ("would have serious consequences", "would pay a price") */
const PENALTY_WORDS: ReadonlySet<string> = new Set([
  'consequence', 'consequences', 'price', 'repercussion', 'repercussions', 'cost', 'costs', 'response', 'retaliation', 'reprisal',
  'reprisals', 'force', 'pay', 'suffer', 'face', 'faces', 'facing', 'regret', 'bear',
]);
/** auxiliaries of a passive clause, which opens with the act's recipient ("said Hamas positions were struck") */
const PASSIVE_AUX: ReadonlySet<string> = new Set(['was', 'were', 'been', 'being', 'is', 'are']);
/** auxiliaries of the perfect */
const PERFECT_AUX: ReadonlySet<string> = new Set(['has', 'have', 'had']);

/** Context of one article's checks. */
interface Ctx {
  doc: Doc;
  syn: Syntax;
  index: EntityIndex;
  acts: ActsFor;
  lex: EventLexicon;
}

export function withoutNonActs(doc: Doc, syn: Syntax, index: EntityIndex, acts: ActsFor, lex: EventLexicon, quotes: readonly Quote[], events: ArgusEvent[]): ArgusEvent[] {
  if (!PRECISION) return events;
  const c: Ctx = { doc, syn, index, acts, lex };
  return events.filter((e, i) => {
    if (e.source === null) return true;
    const t = tokenAt(doc, e.start);
    if (t >= doc.n) return true;
    return !(
      quotedStance(c, quotes, e, t) ||
      visitByMeeting(c, events, e, i, t) ||
      stanceAgainstAny(c, e, t) ||
      reportedForce(c, e, t) ||
      undergone(c, e, t) ||
      warningOfNoAct(c, e, t) ||
      responseToNoAct(c, e, t) ||
      speakerBackground(c, e, t)
    );
  });
}

/** modals, futures and negators that make a quoted clause a stated position, not an act reported */
const STANCE_WORDS: ReadonlySet<string> = new Set(['will', 'would', 'should', 'could', 'can', 'may', 'might', 'must', 'not', "n't", 'never', 'cannot']);
/** how many words before a trigger a stance word may stand */
const STANCE_REACH = 3;

/**
 * '"We are not asking Kenya for troops," the minister said', '"We could send observers"': in a speaker's
 * own direct quote, a clause with a modal, a future or a negation states a position or a condition; the gold codes
 * the acts the article reports, not the future, conditional or negated ones its speakers talk of.
 */
function quotedStance(c: Ctx, quotes: readonly Quote[], e: ArgusEvent, t: number): boolean {
  // (a refusal is made by its negation or its future: "we will never accept X" is a REJECT, said in quotes or not)
  if (e.type === 'REJECT' || !quotes.some((q) => q.kind === 'direct' && q.start <= e.start && e.end <= q.end)) return false;
  const { doc } = c;
  const from = doc.sentStart[doc.sentOf[t] as number] as number;
  for (let k = Math.max(from, t - STANCE_REACH); k < t; k++) if (STANCE_WORDS.has(doc.lower[k] as string)) return true;
  return false;
}

/**
 * "travelled to Tunisia, where he met General X": a visit told in the sentence of the meeting it was for
 * is that meeting (one CONSULT), and the visit to the place is not coded again.
 */
function visitByMeeting(c: Ctx, events: readonly ArgusEvent[], e: ArgusEvent, i: number, t: number): boolean {
  if (e.type !== 'CONSULT' || e.mode !== 'visit') return false;
  const s = c.doc.sentOf[t];
  return events.some((f, j) => j !== i && f.type === 'CONSULT' && f.mode !== 'visit' && f.source === e.source && f.target !== null && f.target !== e.target &&
    f.start > e.start && c.doc.sentOf[tokenAt(c.doc, f.start)] === s);
}

/**
 * "opposed any outside interference", "would oppose any attempt to change borders": a stance against whatever act may
 * come accuses no party of one (the act is determined by "any": none is named as done).
 */
function stanceAgainstAny(c: Ctx, e: ArgusEvent, t: number): boolean {
  if (e.type !== 'ACCUSE') return false;
  const { doc, syn } = c;
  const after = tokenAt(doc, e.end - 1) + 1;
  if (doc.lower[after] === 'any') return true;
  return doc.lower[t + 1] === 'any' && (syn.upos[t] === 'VERB' || doc.pos[t] === P.VERB);
}

/**
 * "The army's spokesman, Colonel X, said Sudanese troops had shelled a border post, wounding three soldiers": a use
 * of force told in the clause of a verb of saying that names another party first is that party's act, not the act of
 * the one who reports it (the source was found before the verb of saying, and is not named again in the clause). A
 * passive clause opens with the recipient ("said Hamas positions were struck by its jets") and is left alone.
 */
function reportedForce(c: Ctx, e: ArgusEvent, t: number): boolean {
  if (e.type !== 'ASSAULT' && e.type !== 'COERCE') return false;
  const { doc, index, acts } = c;
  const source = e.source as string;
  const from = doc.sentStart[doc.sentOf[t] as number] as number;
  let cue = -1;
  for (let k = t - 1; k > from && cue < 0; k--) if (CUE_VERBS.has(doc.lower[k] as string) && doc.pos[k] === P.VERB) cue = k;
  if (cue < 0) return false;
  let before = false;
  for (let k = from; k < cue && !before; k++) before = entityIdAt(index, k) === source;
  if (!before) return false;
  for (let k = cue + 1; k <= t; k++) if (PASSIVE_AUX.has(doc.lower[k] as string) || entityIdAt(index, k) === source) return false;
  for (let k = cue + 1; k < t; k++) {
    const id = isActor(index, k) ? entityIdAt(index, k) : null;
    if (id !== null && acts.party(id) !== acts.party(source)) return true;
  }
  return false;
}

/**
 * "Lithuania, which has faced repeated attacks on its pipelines": the subject of a verb of undergoing is the recipient of the
 * act its object names, so a source read there (the nearest party before the verb) is no source.
 */
function undergone(c: Ctx, e: ArgusEvent, t: number): boolean {
  if (!UNDERGONE.has(e.type)) return false;
  const { doc, index, acts } = c;
  if (doc.pos[t] !== P.NOUN) return false;
  const from = doc.sentStart[doc.sentOf[t] as number] as number;
  let v = t - 1;
  while (v > from && t - v <= 3 && (doc.pos[v] === P.DET || doc.pos[v] === P.ADJ || doc.pos[v] === P.NUM)) v--;
  if (v <= from || !UNDERGOING.test(doc.lower[v] as string)) return false;
  let s = v - 1;
  while (s >= from && !isActor(index, s)) s--;
  const id = s >= from ? entityIdAt(index, s) : null;
  return id !== null && acts.party(id) === acts.party(e.source as string);
}

/**
 * "warned that farmers in the south may receive less water": a warning with no recipient whose "that" clause names
 * no act (no verb or noun of the event lexicon but one of being or getting) and no penalty ("would have serious
 * consequences") foretells; it threatens no one.
 */
function warningOfNoAct(c: Ctx, e: ArgusEvent, t: number): boolean {
  const { doc, lex } = c;
  if (e.type !== 'THREATEN' || e.target !== null || !/^(?:warn|caution)/.test(doc.lower[t] as string)) return false;
  const to = doc.sentEnd[doc.sentOf[t] as number] as number;
  let k = t + 1;
  while (k < to && k - t <= 4 && doc.lower[k] !== 'that') k++;
  if (k >= to || doc.lower[k] !== 'that') return false;
  for (let j = k + 1; j < to; j++) {
    const w = doc.lower[j] as string;
    // (the clause ends at a semicolon or at ", and" / ", but")
    if (w === ';' || (w === ',' && (doc.lower[j + 1] === 'and' || doc.lower[j + 1] === 'but'))) break;
    if (PENALTY_WORDS.has(w) || (doc.pos[j] === P.VERB && lex.verbs.has(w) && !NO_ACT_VERBS.has(w))) return false;
    if (doc.pos[j] === P.NOUN && nounEntry(doc, lex, j) !== undefined) return false;
  }
  return true;
}

/** "stood ready to respond to any emergency": a response to whatever may happen, no act of a party, threatens no one. */
function responseToNoAct(c: Ctx, e: ArgusEvent, t: number): boolean {
  const { doc, syn, lex } = c;
  if (e.type !== 'THREATEN' || e.target !== null || !(doc.lower[t] as string).startsWith('respond')) return false;
  const to = doc.sentEnd[doc.sentOf[t] as number] as number;
  for (let k = t + 1; k < to && k <= t + 4; k++) {
    if (doc.lower[k] !== 'any') continue;
    let j = k + 1;
    while (j < to && syn.upos[j] === 'ADJ') j++;
    return syn.upos[j] === 'NOUN' && nounEntry(doc, lex, j) === undefined;
  }
  return false;
}

/**
 * "Kenya, which has expanded military ties with Uganda, said it stood with Kampala": a relative clause in
 * the perfect, set off by commas, that describes the subject of a verb of saying tells the speaker's background, not
 * the news the sentence reports (read on the parse).
 */
function speakerBackground(c: Ctx, _e: ArgusEvent, t: number): boolean {
  const { doc, syn } = c;
  const v = syn.upos[t] === 'VERB' ? t : (syn.head[t] as number);
  if (v < 0 || syn.rel[v] !== 'acl:relcl') return false;
  const s = child(syn, v, 'nsubj');
  if (s < 0 || (doc.lower[s] !== 'which' && doc.lower[s] !== 'who') || doc.words[s - 1] !== ',') return false;
  let perfect = false;
  for (let k = syn.childStart[v] as number; k < (syn.childStart[v + 1] as number); k++) {
    const x = syn.childList[k] as number;
    if (base(syn, x) === 'aux' && PERFECT_AUX.has(doc.lower[x] as string)) perfect = true;
  }
  const ante = syn.head[v] as number;
  const main = ante >= 0 && base(syn, ante) === 'nsubj' ? (syn.head[ante] as number) : -1;
  return perfect && main >= 0 && CUE_VERBS.has(doc.lower[main] as string);
}
