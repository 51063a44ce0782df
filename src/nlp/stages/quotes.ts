// Stage: direct, mixed and indirect quotes with their cue and speaker.
import type { Quote } from '../../core/analysis.js';
import { POS_INDEX, type Doc } from '../types.js';
import { glued, gluedHyphen, tokenAt } from '../tokenize.js';
import { entityById, typeOfId, type EntityIndex } from './entity-index.js';
import { CUE_VERBS, DIRECT_ONLY_CUES, FRAGMENT_CUES, HEARER_CUES, PARTICIPLE_CUES, PHRASE_CUES, SAYER_NOUNS, SPOKES_NOUNS, THAT_CUES } from '../lexicon/speech.js';
import { GENERIC_ORG_WORDS, ORG_HEAD_WORDS, P, POSSESSIVES, afterDateline, hasVerb, personNamedBy, recentOrg, recentOrgNamed, entityIdAt, isActor, isQuoteTok, sentenceSubject, subjectAfter, subjectBefore, type Subject } from './attribution.js';
import { parseSubject, parseSubjectToken, parseSubjectVerb, speakerFromParse } from './speaker.js';
import { ROLE_HEADS } from '../entities/lexicon.js';
import type { Syntax } from '../events/syntax.js';
import type { ActsFor } from './acts-for.js';
import { loadKB } from '../../kb/index.js';

/**
 * The speaker of the cue at token k: the parse's subject when it names an entity, else the chunker's guess. When the
 * chunker's subject ends right before the cue ("…, Saudi negotiators said"), that phrase is the subject whatever the
 * parse attached: a long sentence often gets a wrong nsubj far from the verb.
 */
type Who = (k: number, fallback: string | null, subject?: Subject | null) => string | null;

/**
 * The chunker's subject phrase holds an apposition between commas and the parse's subject of the cue at k stands
 * inside it: the chunker, which reads the apposition, knows better whom the phrase names.
 */
function inPhrase(doc: Doc, syn: Syntax, subject: Subject, k: number): boolean {
  const t = parseSubjectToken(doc, syn, k);
  if (t < subject.start || t >= k) return false;
  for (let u = subject.start; u < k; u++) if (doc.words[u] === ',') return true;
  return false;
}

/**
 * "X said …, and her deputy, Y, added …": the chunker's subject opens a clause after "and"/"but"/"while", and the parse,
 * which found no subject of the cue at k (it took "her deputy, Y" for something else), climbs to a verb before that
 * clause and takes its subject; the second clause has a subject of its own, the chunker's.
 */
function secondSubject(doc: Doc, syn: Syntax, subject: Subject, k: number): boolean {
  const j = doc.lower[subject.start - 1] as string;
  if (!CLAUSE_JOINERS.has(j)) return false;
  const v = parseSubjectVerb(doc, syn, k);
  return v >= 0 && v !== k && v < subject.start;
}

/**
 * "The minister, speaking after meeting his counterpart, Y, said": the chunker's subject is the object of a verb inside
 * an aside (a verb right before it), and the parse's subject of the cue stands before the aside; Y is not the speaker.
 */
function objectOfAside(doc: Doc, syn: Syntax, subject: Subject, k: number): boolean {
  let v = subject.start - 1;
  while (v > 0 && ((doc.pos[v] as number) === P.DET || OPENING_POSSESSIVES.has(doc.lower[v] as string))) v--;
  // (a gerund after a preposition, whatever its tag: "after meeting his counterpart"; not "its managing director")
  const verb = (t: number): boolean => /ing$/.test(doc.lower[t] as string) && ((doc.pos[t - 1] as number) === P.ADP || (doc.pos[t - 1] as number) === P.SCONJ);
  if (!verb(v) && !verb(subject.start)) return false;
  const t = parseSubjectToken(doc, syn, k);
  if (t < 0 || t >= subject.start) return false;
  for (let u = t + 1; u < subject.start; u++) if (doc.words[u] === ',') return true;
  return false;
}

/**
 * the parts of speech of a plain noun phrase with its prepositional modifiers: a subject ("officials on both sides", "a
 * senior official in the ministry") or a description in apposition to a name ("the camp's director", "a lawyer for the
 * families")
 */
const PLAIN_PHRASE = new Set([P.DET, P.ADJ, P.NOUN, P.PROPN, P.NUM, P.ADP]);

/**
 * [a, k) is a plain noun phrase with its prepositional phrases, then at most auxiliaries and adverbs before the verb
 * k, no comma, verb or name: "officials on both sides insisted" (the parse may take a subject from another clause).
 */
function plainPhrase(doc: Doc, index: EntityIndex, a: number, k: number): boolean {
  let t = k - 1;
  while (t > a && ((doc.pos[t] as number) === P.AUX || (doc.pos[t] as number) === P.ADV)) t--;
  for (let u = a; u <= t; u++) if (!PLAIN_PHRASE.has(doc.pos[u] as number) || (index.entityAtToken[u] as number) >= 0) return false;
  return t > a;
}

/** Only auxiliaries, adverbs and particles stand between the subject's head h and the verb k ("X has also said"). */
function nextToVerb(doc: Doc, h: number, k: number): boolean {
  if (h >= k) return false;
  for (let t = h + 1; t < k; t++) {
    const p = doc.pos[t] as number;
    if (p !== P.AUX && p !== P.ADV && p !== P.PART) return false;
  }
  return true;
}

export type { EntityIndex } from './entity-index.js';
export { buildEntityIndex } from './entity-index.js';

/** a quoted fragment of at most this many words, not introduced by a cue, is a scare quote */
const SCARE_WORDS = 3;
/** longest single-quoted span (chars): single marks are easily apostrophes */
const SINGLE_MAX = 600;
/** how far (tokens) a cue may sit after the closing mark / before the opening mark */
const AFTER_WINDOW = 14;
const AFTER_WINDOW_PAREN = 30;
const BEFORE_WINDOW = 4;
const COLON_WINDOW = 10;
/** longest indirect clause, in tokens */
const CLAUSE_MAX = 150;

/** A span between quote marks: `open`/`close` are the char offsets of the marks. */
export interface MarkSpan {
  open: number;
  close: number;
  double: boolean;
}

const isLetter = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || /\s|[([{—–-]/.test(c);

/** The single mark at i follows a plural noun and a lower-case word follows it: "the farmers' anger". */
function plural(text: string, i: number): boolean {
  return (text[i - 1] === 's' || text[i - 1] === 'S') && text[i + 1] === ' ' && /[a-z]/.test(text[i + 2] ?? '');
}

/** Another single mark after i that can close the quote opened at sOpen, in the same paragraph and within SINGLE_MAX. */
function laterCloser(text: string, i: number, sOpen: number): boolean {
  for (let j = i + 1; j < text.length && j - sOpen <= SINGLE_MAX; j++) {
    const c = text[j] as string;
    if (c === '\n' || c === '"' || c === '“') return false;
    if ((c === "'" || c === '’') && !isSpace(text[j - 1]) && !isLetter(text[j + 1]) && !plural(text, j)) return true;
  }
  return false;
}

/** Token k is a dash set off by spaces ("X was blunt — "…""), not a hyphen inside a word. */
function isDash(doc: Doc, k: number): boolean {
  const w = doc.words[k];
  return (w === '—' || w === '–' || w === '-') && !glued(doc, k) && !glued(doc, k + 1);
}

/** Pairs quote marks in one linear pass: double marks may run over paragraphs that reopen; single marks stay short. */
export function findMarkSpans(text: string): MarkSpan[] {
  const out: MarkSpan[] = [];
  let dOpen = -1;
  let sOpen = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '\n') {
      sOpen = -1;
      if (dOpen >= 0) {
        // a quote running into the next paragraph continues only if that paragraph reopens it
        const j = reopenedAt(text, i);
        if (j >= 0) i = j;
        else dOpen = -1;
      }
    } else if (c === '"' || c === '“' || c === '«' || c === '„' || c === '‟' || c === '”' || c === '»') {
      const d = doubleMark(text, i, c, dOpen, out);
      // (a double mark that opens a quote ends any single one)
      if (d === i) sOpen = -1;
      dOpen = d;
    } else if ((c === "'" || c === '‘' || c === '’') && dOpen < 0) {
      sOpen = singleMark(text, i, c, sOpen, out);
    }
  }
  return out;
}

/** The opening mark that reopens, in the paragraph after the line break at i, a quote running on; else -1. */
function reopenedAt(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length && /\s/.test(text[j] as string)) j++;
  const n = text[j];
  return n === '"' || n === '“' || n === '«' ? j : -1;
}

/** The double mark c at i opens a quote (its offset), or closes the one open at dOpen into `out` (-1); the new open mark. */
function doubleMark(text: string, i: number, c: string, dOpen: number, out: MarkSpan[]): number {
  if (c === '"') {
    if (dOpen < 0) return i;
    out.push({ open: dOpen, close: i, double: true });
    return -1;
  }
  if (c === '“' && dOpen >= 0 && (text[dOpen] === '„' || (!isSpace(text[i - 1]) && !isLetter(text[i + 1])))) {
    // (German marks close with “: „…“; a feed that types “ for both marks closes with it after the quote's last word)
    out.push({ open: dOpen, close: i, double: true });
    return -1;
  }
  if (c === '“' || c === '«' || c === '„' || c === '‟') return i;
  // (a feed that types ” for both marks opens with it before a word)
  if (c === '”' && dOpen < 0 && isSpace(text[i - 1]) && isLetter(text[i + 1])) return i;
  if (dOpen >= 0) out.push({ open: dOpen, close: i, double: true });
  return -1;
}

/** The single mark c at i outside double marks opens a quote, closes the one open at sOpen into `out`, or is an apostrophe; the new open mark. */
function singleMark(text: string, i: number, c: string, sOpen: number, out: MarkSpan[]): number {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (isLetter(prev) && isLetter(next)) return sOpen; // apostrophe inside a word
  if (sOpen >= 0 && !isSpace(prev) && !isLetter(next)) {
    // a plural possessive inside the quote ('The farmers' anger is …,' said X) when a closing mark follows it
    if (plural(text, i) && laterCloser(text, i, sOpen)) return sOpen;
    if (i - sOpen <= SINGLE_MAX) out.push({ open: sOpen, close: i, double: false });
    return -1;
  }
  if (c !== '’' && isSpace(prev) && !isSpace(next)) return i;
  if (c === '’' && sOpen < 0 && isSpace(prev) && isLetter(next)) return i; // some feeds use ’ for both marks
  return sOpen;
}


/** The word at k ends a hyphenated compound ("so-called", "self-declared"): an adjective, not a verb of its own. */
function compoundTail(doc: Doc, k: number): boolean {
  return k > 0 && (doc.words[k - 1] === '-' || (doc.words[k - 1] as string).endsWith('-')) && doc.starts[k] === doc.ends[k - 1];
}

/** "made (it) clear that", "pointed out that", "expressed hope that", "estimated that": a verb and at most three words, then "that". */
function phraseCue(doc: Doc, k: number): boolean {
  const next = PHRASE_CUES.get(doc.lower[k] as string);
  if (!next) return false;
  // (a present form the tagger took for a plural noun, right after its subject and before "that" and a clause: "Asante
  // estimates that 300,000 hectares …"; not "the estimates that were published")
  if ((doc.pos[k] as number) !== P.VERB && !(next.size === 0 && (doc.pos[k] as number) === P.NOUN && k > 0 && (doc.pos[k - 1] as number) === P.PROPN && doc.lower[k + 1] === 'that' && (doc.pos[k + 2] as number) !== P.AUX && (doc.pos[k + 2] as number) !== P.VERB)) return false;
  for (let t = k + 1; t < doc.n && t - k <= 4; t++) {
    const w = doc.lower[t] as string;
    if (w === 'that') return t > k + 1 || next.size === 0;
    if (!next.has(w) && !(t > k + 1 && ((doc.pos[t] as number) === P.ADJ || w === 'clear'))) return false;
  }
  return false;
}

/**
 * "as X put it, …", "X put it bluntly: …", "X puts it this way": "put it" then a comma, a colon, an adverb or "this
 * way" reports the words that follow or the quote before (never an object: "put it on the table").
 */
function putIt(doc: Doc, k: number): boolean {
  const w = doc.lower[k] as string;
  if ((w !== 'put' && w !== 'puts') || doc.lower[k + 1] !== 'it') return false;
  const n = doc.words[k + 2] as string | undefined;
  return n === ',' || n === ':' || n === '.' || (doc.lower[k + 2] === 'this' && doc.lower[k + 3] === 'way') || ((doc.pos[k + 2] as number) === P.ADV && /ly$/.test(doc.lower[k + 2] as string));
}

const POST_VERBS = new Set(['posted', 'posts', 'tweeted', 'tweets', 'blogged']);

/** "posted on X that …", "tweeted on Friday that …": a post that reports a clause. */
function postCue(doc: Doc, k: number): boolean {
  if (!POST_VERBS.has(doc.lower[k] as string) || (doc.pos[k] as number) !== P.VERB) return false;
  for (let t = k + 1; t < doc.n && t - k <= 7; t++) {
    if (doc.lower[t] === 'that') return t > k + 1 && (doc.pos[t + 1] as number) !== P.VERB;
    const p = doc.pos[t] as number;
    if (p === P.VERB || p === P.AUX || (p === P.PUNCT && doc.words[t] !== ',')) return false;
  }
  return false;
}

/** Token t is a capitalised name or a noun for one who speaks (a role, an organisation, a sayer): "Lyon", "minister". */
function speakerWord(doc: Doc, t: number): boolean {
  const w = doc.lower[t] as string;
  if ((doc.pos[t] as number) === P.PROPN) return /^\p{Lu}/u.test(doc.words[t] as string);
  return ROLE_HEADS.has(w) || ORG_HEAD_WORDS.has(w) || GENERIC_ORG_WORDS.has(w) || SAYER_NOUNS.has(w) || SPOKES_NOUNS.has(w);
}

/** words that may open a reported clause with no "that": its subject's determiner, pronoun, name or noun */
const BARE_CLAUSE_OPENERS = new Set([P.DET, P.PRON, P.PROPN, P.NOUN, P.NUM]);
/** the longest subject of a clause with no "that" before its verb */
const BARE_SUBJECT_MAX = 6;

/** From a, a clause's subject (a short noun phrase or a pronoun) and then its finite verb, before any punctuation. */
function bareClauseAfter(doc: Doc, a: number): boolean {
  if (!BARE_CLAUSE_OPENERS.has(doc.pos[a] as number)) return false;
  for (let t = a + 1; t < doc.n && t - a <= BARE_SUBJECT_MAX; t++) {
    const p = doc.pos[t] as number;
    if (p === P.AUX || (p === P.VERB && !/ing$/.test(doc.lower[t] as string))) return true;
    if (p === P.PUNCT || p === P.ADP || p === P.SCONJ || p === P.CCONJ || doc.lower[t] === 'that') return false;
  }
  return false;
}

/** A reporting verb used as a verb: "state" in "Washington state growers" or "a warning" is a noun. */
function isCue(doc: Doc, k: number): boolean {
  const w = doc.lower[k] as string;
  if (compoundTail(doc, k)) return false;
  if (!CUE_VERBS.has(w)) return phraseCue(doc, k) || postCue(doc, k) || putIt(doc, k);
  const p = doc.pos[k] as number;
  if (p === P.VERB || p === P.AUX) return true;
  if (k > 0 && (doc.pos[k - 1] as number) === P.DET) return false;
  if (w.endsWith('s') && k > 0 && pluralNounCue(doc, k)) return true;
  return /(ed|ing)$/.test(w) || w === 'said' || w === 'says' || w === 'told' || w === 'wrote';
}

/**
 * A present form at k the tagger took for a plural noun, right after its subject's noun and before what it reports: "The
 * ministry notes that …", "The Department of Agriculture notes, "…"" (not "notes that were leaked").
 */
function pluralNounCue(doc: Doc, k: number): boolean {
  const b = doc.pos[k - 1] as number;
  if (b !== P.PROPN && b !== P.NOUN) return false;
  const n = doc.words[k + 1];
  if (n === ':' || (n === ',' && isQuoteTok(doc, k + 2))) return true;
  if (doc.lower[k + 1] === 'that' && (doc.pos[k + 2] as number) !== P.AUX && (doc.pos[k + 2] as number) !== P.VERB) return true;
  // (and before a clause with no "that", after a name or a noun for someone who speaks: "Lyon claims the valves were
  // never replaced", "The minister argues the plan is flawed"; not "insurance claims the firm paid")
  return speakerWord(doc, k - 1) && bareClauseAfter(doc, k + 1);
}

/**
 * "according to X" reports speech when X can speak: a sayer noun ("officials", "sources"), a role ("two negotiators",
 * the entity lexicon's role words), or a proper name the recognizer did not type ("the Coastal Shipping Safety centre
 * (MTO)"); not "according to the plan".
 */
function isSayer(doc: Doc, h: number): boolean {
  const w = doc.lower[h] as string;
  if (SAYER_NOUNS.has(w) || PEOPLE_NOUNS.has(w) || SOURCE_DOCS.has(w) || SPOKES_NOUNS.has(w) || ROLE_HEADS.has(w) || (w.endsWith('s') && ROLE_HEADS.has(w.slice(0, -1)))) return true;
  if (centralBank(doc, h)) return true;
  if ((doc.pos[h] as number) !== P.PROPN) return false;
  return /^\p{Lu}/u.test(doc.words[h] as string);
}

/** prepositions that place a sayer noun the tagger took for a verb: "according to police in Kano", "officials at the port" */
const SAYER_PLACE_ADPS = new Set(['in', 'at', 'near', 'from']);

/** groups of people who can be a source ("according to aid workers in the area"), besides the lexicon's sayer nouns */
const PEOPLE_NOUNS = new Set([
  'workers', 'officers', 'soldiers', 'farmers', 'traders', 'villagers', 'fishermen', 'staff', 'employees', 'members',
  'teachers', 'nurses', 'parents', 'students', 'protesters', 'demonstrators', 'campaigners', 'critics', 'supporters',
  'opponents', 'delegates', 'negotiators', 'insiders', 'executives', 'bankers', 'dealers', 'brokers', 'volunteers',
  'crew', 'passengers', 'pilots', 'lawmakers', 'legislators', 'mps', 'senators', 'envoys', 'mediators', 'inspectors',
]);

/** texts that can be a source ("according to a letter seen by Reuters"); not figures or results */
const SOURCE_DOCS = new Set(['letter', 'letters', 'document', 'documents', 'memo', 'draft', 'filing', 'transcript', 'readout', 'communique', 'cable', 'notice']);

const isSentPunct = (w: string | undefined): boolean => w === '.' || w === '!' || w === '?' || w === ';';

interface Attribution {
  speaker: string | null;
  /** null for a speaker's label (`X: "…"`) */
  cue: string | null;
  /** token of the cue verb (to keep it from opening an indirect quote too) */
  cueTok: number;
}

interface Found extends Quote {
  /** token range of the quote body, for ordering and overlap */
  a: number;
  b: number;
}

/** Cue phrase text: "told reporters", "said", "according to". */
function cueText(doc: Doc, k: number, hi: number): string {
  const w = doc.lower[k] as string;
  if (HEARER_CUES.has(w)) {
    const n = doc.lower[k + 1];
    if (k + 1 < hi && (n === 'reporters' || n === 'journalists' || n === 'supporters' || n === 'parliament')) {
      return doc.text.slice(doc.starts[k] as number, doc.ends[k + 1] as number);
    }
  }
  return doc.words[k] as string;
}

/** The entity id when it names a person, else null. */
function personId(index: EntityIndex, id: string | null): string | null {
  return id !== null && typeOfId(index, id) === 'PERSON' ? id : null;
}

/** A person's name right after the comma at c that closes with a comma or the sentence: the name in apposition. */
function appositionName(doc: Doc, index: EntityIndex, c: number): Subject | null {
  // (past a rank or title the name leaves out: "…, Lt. Col. Ahmed Saleh")
  let n = c + 1;
  while (n - c <= RANK_WORDS && (index.entityAtToken[n] as number) < 0 && RANK.test(doc.words[n] ?? '')) n++;
  const m = index.mentionAtToken?.[n];
  if (!m || m.kind !== 'name' || m.tokenStart !== n || !personId(index, entityIdAt(index, n))) return null;
  const after = doc.words[m.tokenEnd] ?? '.';
  if (after !== ',' && !isSentPunct(after)) return null;
  return { id: entityIdAt(index, n), start: c + 1, head: m.tokenEnd - 1 };
}
/** a rank or title abbreviated, or a capitalised role word, before a name: "Lt.", "Col.", "Dr.", "Colonel", "Ambassador" */
const RANK = /^(?:\p{Lu}\p{Ll}{0,4}\.|Colonel|General|Major|Captain|Lieutenant|Brigadier|Admiral|Commander|Sergeant|Ambassador|Professor|Doctor|Judge|Justice)$/u;
/** how many such words may stand before the name */
const RANK_WORDS = 3;

/** how far (tokens) a description before its name in apposition may run after a quote ("the authority's chief engineer, X,") */
const DESCRIBED_NAME_MAX = 8;

/**
 * From j, a lower-case description runs into a comma and a person's name in apposition to it (`"…," the authority's
 * chief engineer, Ana Ruiz, who …, told reporters`): the cue may stand as far past the name as after a name itself.
 */
function describedName(doc: Doc, index: EntityIndex, j: number): boolean {
  if (/^\p{Lu}/u.test(doc.words[j] as string) || !inChunkWord(doc, j)) return false;
  for (let t = j + 1; t < doc.n && t - j <= DESCRIBED_NAME_MAX; t++) {
    if (doc.words[t] === ',') return appositionName(doc, index, t) !== null;
    if (!inChunkWord(doc, t) && doc.lower[t] !== 'of' && doc.lower[t] !== "'s" && doc.lower[t] !== '’s') return false;
  }
  return false;
}

/** a word of a plain noun phrase: determiner, adjective, noun, name, number */
function inChunkWord(doc: Doc, t: number): boolean {
  return NP_WORDS.has(doc.pos[t] as number);
}

/** Attribution after the closing mark: `"…," X said`, `"…," said X`, `"…," X, a spokesperson for Y, told reporters`. */
function attributeAfter(doc: Doc, index: EntityIndex, closeTok: number, who: Who, fragment = false): Attribution | null {
  let j = closeTok + 1;
  // (`"…" — X said`: a spaced dash stands where the comma would)
  while (j < doc.n && (doc.words[j] === ',' || isDash(doc, j))) j++;
  // `"…," X, who has led the ministry since 2019 and …, said`: a name and a parenthetical before the cue
  let e = j;
  // a title the recognizer left out of the name goes first ("Field Marshal X, chief of …, told")
  while (e < doc.n && e - j < 3 && !isActor(index, e) && (doc.pos[e] as number) === P.PROPN && (isActor(index, e + 1) || isActor(index, e + 2))) e++;
  const named = e;
  while (e < doc.n && e - named < 6 && isActor(index, e)) e++;
  if (e === named) e = j;
  const hi = Math.min(doc.n, j + (e > j && doc.words[e] === ',' ? AFTER_WINDOW_PAREN : describedName(doc, index, j) ? AFTER_WINDOW_PAREN : AFTER_WINDOW));
  // `"…," according to X`
  if (doc.lower[j] === 'according' && doc.lower[j + 1] === 'to') {
    let stop = j + 2;
    while (stop < doc.n && stop - j < 14 && !isSentPunct(doc.words[stop]) && doc.words[stop] !== ',' && !isQuoteTok(doc, stop)) stop++;
    const s = subjectAfter(doc, index, j + 2, stop);
    if (s?.id) return { speaker: s.id, cue: 'according to', cueTok: j };
  }
  // `"…," read a statement from the office of X`: the one who put out the text
  if ((doc.lower[j] === 'read' || doc.lower[j] === 'reads') && !fragment) {
    let stop = j + 1;
    while (stop < doc.n && stop - j < 16 && !isSentPunct(doc.words[stop]) && !isQuoteTok(doc, stop)) stop++;
    const s = subjectAfter(doc, index, j + 1, stop);
    if (s && STATEMENT_NOUNS.has(doc.lower[s.head] as string)) return { speaker: s.id, cue: doc.lower[j] as string, cueTok: j };
  }
  const para = doc.paraOfSent[doc.sentOf[closeTok] as number] as number;
  for (let k = j; k < hi; k++) {
    const w = doc.words[k] as string;
    // (nor past the paragraph: a headline's quote is not the next paragraph's report)
    if (isQuoteTok(doc, k) || isSentPunct(w) || (doc.paraOfSent[doc.sentOf[k] as number] as number) !== para) break;
    // `"…," X was quoted as saying (by Interfax)`: the subject of the passive "quoted"
    if (QUOTED_VERBS.has(doc.lower[k] as string) && (doc.pos[k - 1] as number) === P.AUX && passiveQuoted(doc, k)) {
      const s = subjectBefore(doc, index, k, j);
      if (s?.id) return { speaker: s.id, cue: doc.lower[k] as string, cueTok: k };
    }
    // `"…," the statement quoted X as saying`: the object of an active "quoted" is the speaker
    if (QUOTED_VERBS.has(doc.lower[k] as string) && (doc.pos[k] as number) === P.VERB && (doc.pos[k - 1] as number) !== P.AUX) {
      let t = k + 1;
      while (t < doc.n && t - k <= 10 && doc.lower[t] !== 'as' && !isSentPunct(doc.words[t]) && !isQuoteTok(doc, t)) t++;
      const s = doc.lower[t] === 'as' && PARTICIPLE_CUES.has(doc.lower[t + 1] as string) ? subjectAfter(doc, index, k + 1, t) : null;
      if (s) return { speaker: s.id, cue: doc.lower[k] as string, cueTok: k };
    }
    // `"…," the statement read`: a text reads what it says, as its author's words
    if ((doc.lower[k] === 'read' || doc.lower[k] === 'reads') && k > j && !fragment) {
      const s = subjectBefore(doc, index, k, j);
      if (s && s.head === k - 1 && STATEMENT_NOUNS.has(doc.lower[s.head] as string)) return { speaker: who(k, s.id, s), cue: doc.lower[k] as string, cueTok: k };
    }
    if (!isCue(doc, k) || PARTICIPLE_CUES.has(doc.lower[k] as string)) continue;
    let stop = k + 1;
    while (stop < doc.n && stop - k < 12 && !isSentPunct(doc.words[stop]) && doc.words[stop] !== ',' && !isQuoteTok(doc, stop)) stop++;
    // a fragment's attribution after it ends the sentence
    // (or goes on with an apposition on the speaker: `… "a farce," said X, head of Y, who …`)
    if (fragment && stop < doc.n && !isSentPunct(doc.words[stop]) && !(k === j && doc.words[stop] === ',')) return null;
    // nor a verb with an object of its own (`In her memoir, "A Long Road", the minister recalls her exile.`)
    if (fragment && k !== j && !HEARER_CUES.has(doc.lower[k] as string) && ((doc.pos[k + 1] as number) === P.DET || (doc.pos[k + 1] as number) === P.PRON)) return null;
    let s: Subject | null;
    if (k === j) s = subjectAfter(doc, index, k + 1, stop);
    else s = subjectBefore(doc, index, k, j);
    // (`"…," said the chief engineer of the water board, Ana Ruiz`: the person in apposition to the description, also
    // when the description opens with a determiner before a capitalised title the recognizer took for a body's name,
    // "said the Secretary General of the Forum, X", or has no noun the chunker reads, "said its chief executive, X")
    if (k === j && doc.words[stop] === ',' && !(s && personId(index, s.id)) && (!/^\p{Lu}/u.test(doc.words[k + 1] as string) || (s && !/^\p{Lu}/u.test(doc.words[s.start] as string)))) {
      const p = appositionName(doc, index, stop);
      // (the name is the speaker, whatever the parse makes the description's subject)
      if (p) return { speaker: p.id, cue: cueText(doc, k, doc.n), cueTok: k };
    }
    if (!s && k !== j) continue;
    // (`"…," said Peter Hall`, the name typed a facility: the name speaks, as before the cue)
    const id = s ? (s.id ?? (k === j ? mistypedName(doc, index, s) : null)) : null;
    // (`"…," insisted Ayesha Rauf, an economist`: a name right after an inverted cue is its subject, whatever the parse
    // hangs on the cue from inside the quote)
    if (k === j && s?.id && isActor(index, s.head) && s.start === k + 1) return { speaker: s.id, cue: cueText(doc, k, doc.n), cueTok: k };
    return { speaker: who(k, id, k === j ? null : s), cue: cueText(doc, k, doc.n), cueTok: k };
  }
  return null;
}

/** Attribution before the opening mark: `X said, "…"`, `He added: "…"`, `X told reporters: "…"`, `..., stating, "…"`. */
function attributeBefore(doc: Doc, index: EntityIndex, openTok: number, lo: number, window: number, who: Who, fragment = false): Attribution | null {
  for (let k = openTok - 1; k >= lo && openTok - k <= window; k--) {
    if (isQuoteTok(doc, k)) break;
    const w = doc.lower[k] as string;
    // a fragment may also be the words a verb of judgement gives its subject: `dismissed the claims as "baseless"`
    if (!isCue(doc, k) && !(fragment && FRAGMENT_CUES.has(w) && (doc.pos[k] as number) === P.VERB && !compoundTail(doc, k))) continue;
    const s0 = doc.sentStart[doc.sentOf[k] as number] as number;
    const from = Math.max(lo, s0);
    let s: Subject | null;
    const qa = PARTICIPLE_CUES.has(w) ? quotedAs(doc, index, k) : null;
    if (qa) return { speaker: qa.id, cue: cueText(doc, k, openTok), cueTok: k };
    // (", before adding:", ", and then adding:")
    const link = PARTICIPLE_CUES.has(w) && PARTICIPLE_LINKS.has(doc.lower[k - 1] as string) ? (PARTICIPLE_LINKS.has(doc.lower[k - 2] as string) ? k - 2 : k - 1) : k;
    if (PARTICIPLE_CUES.has(w) && doc.words[link - 1] === ',') {
      // "X said A, adding: “…”": the speaker of the reporting verb the participle follows, whatever clause the parse
      // hangs it on ("X said Sweden should not expect …, adding": not Sweden)
      const r = reporterBefore(doc, index, link - 1, from, who);
      if (r?.speaker) return { speaker: r.speaker, cue: cueText(doc, k, openTok), cueTok: k };
      s = sentenceSubject(doc, index, afterDateline(doc, from, k), k);
    } else if (FRAGMENT_CUES.has(w) && w.endsWith('ing') && doc.words[k - 1] === ',') {
      // "X said A, calling it “…”": the main clause's subject, whatever clause the parse hangs the participle on
      s = sentenceSubject(doc, index, afterDateline(doc, from, k), k);
      if (s?.id) return { speaker: s.id, cue: cueText(doc, k, openTok), cueTok: k };
    } else if (fragment && !isCue(doc, k) && (doc.lower[k - 1] === 'and' || doc.lower[k - 1] === 'but')) {
      // "X said A and accused Y of “…”": the verb of judgement shares the reporting verb's subject (not that of a
      // report in a relative clause on an object: "He criticised X for dropping the aid it had pledged, and called on
      // Y to “…”", where it shares the sentence's subject)
      const r = reporterBefore(doc, index, k - 1, from, who);
      if (r && !relativeCue(doc, r.cue)) return { speaker: r.speaker, cue: cueText(doc, k, openTok), cueTok: k };
      s = (r ? sentenceSubject(doc, index, afterDateline(doc, from, k), k) : null) ?? subjectBefore(doc, index, k, from);
    } else s = subjectBefore(doc, index, k, from);
    return { speaker: who(k, s ? s.id : null, s), cue: cueText(doc, k, openTok), cueTok: k };
  }
  return null;
}

/** The verb at k is that of a relative clause on a noun, its subject a pronoun: "the aid (that) it had pledged", "the $20 million it announced". */
function relativeCue(doc: Doc, k: number): boolean {
  let t = k - 1;
  while (t > 0 && k - t <= 3 && ((doc.pos[t] as number) === P.AUX || (doc.pos[t] as number) === P.ADV)) t--;
  if ((doc.pos[t] as number) !== P.PRON || RELATIVES.has(doc.lower[t] as string)) return false;
  const p = doc.pos[t - 1] as number;
  return p === P.NOUN || p === P.NUM || doc.lower[t - 1] === 'that' || RELATIVES.has(doc.lower[t - 1] as string);
}

/** what links a quoted fragment to the one listed before it: `"reckless", "costly" and "a gift to smugglers"` */
const LIST_LINKS = new Set(['and', 'or', ',']);

/** words between a comma and a participle cue that still hang it on the main clause: ", before adding:", ", then adding" */
const PARTICIPLE_LINKS = new Set(['before', 'after', 'while', 'then', 'and', 'also', 'later']);

const QUOTED_VERBS = new Set(['quoted', 'quotes', 'quote', 'quoting', 'cited', 'cites', 'citing']);

/** "quoted" at k is followed, within a short by-phrase, by "as saying": "was quoted (by Interfax) as saying". */
function passiveQuoted(doc: Doc, k: number): boolean {
  for (let t = k + 1; t < doc.n && t - k <= 6; t++) {
    if (doc.lower[t] === 'as') return PARTICIPLE_CUES.has(doc.lower[t + 1] as string);
    if (isSentPunct(doc.words[t]) || isQuoteTok(doc, t)) return false;
  }
  return false;
}

/**
 * "The agency quoted X as saying …", "Reuters cited a senior official as saying …": the speaker is the object of
 * "quoted", not its subject (the outlet). Null when the cue at k is not so introduced, or for the passive ("X was
 * quoted as saying", left to the parse).
 */
function quotedAs(doc: Doc, index: EntityIndex, k: number): Subject | null {
  if (doc.lower[k - 1] !== 'as') return null;
  const lo = Math.max(doc.sentStart[doc.sentOf[k] as number] as number, k - 16);
  for (let q = k - 3; q >= lo; q--) {
    if (QUOTED_VERBS.has(doc.lower[q] as string)) {
      const s = subjectAfter(doc, index, q + 1, k - 1);
      return s && (s.id || isSayer(doc, s.head)) ? s : null;
    }
    if (isQuoteTok(doc, q) || isSentPunct(doc.words[q]) || (doc.pos[q] as number) === P.VERB || (doc.pos[q] as number) === P.AUX) return null;
  }
  return null;
}

/** cues whose "that" clause is a request, not a report: "urged that the vote be delayed" */
const REQUEST_CUES = new Set(['asked', 'asks', 'urged', 'urges']);
const QUANTIFIER_ADPS = new Set(['at least', 'at most', 'up to', 'more than', 'fewer than', 'less than']);

/** From a, a phrase up to its comma, then a person's name and a comma: "the team's coach, Ana Ruiz," */
function personInApposition(doc: Doc, index: EntityIndex, a: number, se: number): boolean {
  let c = a;
  while (c < se && c - a < 12 && doc.words[c] !== ',') c++;
  if (doc.words[c] !== ',' || !isActor(index, c + 1)) return false;
  const end = index.mentionAtToken?.[c + 1]?.tokenEnd ?? c + 2;
  // (the name closes its apposition with a comma, or ends the sentence: "…, according to its minister, Ana Ruiz.")
  return (doc.words[end] === ',' || end >= se || isSentPunct(doc.words[end])) && (index.entities[index.entityAtToken[c + 1] as number] as { type: string }).type === 'PERSON';
}

/** The nearest reporting verb before token `end` in [lo, end), not across a quote, and its speaker. */
function reporterBefore(doc: Doc, index: EntityIndex, end: number, lo: number, who: Who): { cue: number; speaker: string | null } | null {
  for (let t = end - 1; t >= lo; t--) {
    if (isQuoteTok(doc, t)) return null;
    if (!isCue(doc, t) || PARTICIPLE_CUES.has(doc.lower[t] as string)) continue;
    const s = subjectBefore(doc, index, t, lo);
    const speaker = who(t, s ? s.id : null, s);
    return speaker ? { cue: t, speaker } : null;
  }
  return null;
}

const NP_WORDS = new Set([P.DET, P.ADJ, P.NOUN, P.PROPN, P.NUM]);

/**
 * [a, b) is a noun phrase and a relative clause on it to the end ("claimed the attack, which came hours after …"):
 * the cue's object, not a reported clause (that one goes on after the relative clause: "said the attack, which …, was").
 */
function objectWithRelative(doc: Doc, a: number, b: number): boolean {
  let t = a;
  while (t < b && NP_WORDS.has(doc.pos[t] as number)) t++;
  if (t === a || doc.words[t] !== ',' || (doc.lower[t + 1] !== 'which' && doc.lower[t + 1] !== 'who')) return false;
  for (let u = t + 2; u < b; u++) if (doc.words[u] === ',') return false;
  return true;
}

/**
 * A name alone before a colon that opens a quote, at the start of its sentence: `Ana Ruiz: "We are ready."` (live
 * blogs, transcripts). The name is the speaker.
 */
function labelledBy(doc: Doc, index: EntityIndex, openTok: number): Attribution | null {
  const c = openTok - 1;
  if (doc.words[c] !== ':' || c < 1) return null;
  const e = index.entityAtToken[c - 1] as number;
  if (e < 0 || !isActor(index, c - 1)) return null;
  let a = c - 1;
  while (a > 0 && index.entityAtToken[a - 1] === e) a--;
  if (a !== (doc.sentStart[doc.sentOf[c] as number] as number)) return null;
  return { speaker: (index.entities[e] as { id: string }).id, cue: null, cueTok: c };
}

/** `X did not mince words: "…"`: a clause whose subject names someone, then a colon, introduces their words. */
function colonSubject(doc: Doc, index: EntityIndex, openTok: number): Attribution | null {
  const c = openTok - 1;
  if (doc.words[c] !== ':' && !isDash(doc, c)) return null;
  const sa = doc.sentStart[doc.sentOf[c] as number] as number;
  if (c - sa < 2) return null;
  const s = sentenceSubject(doc, index, afterDateline(doc, sa, c), c, true);
  // (words quoted after the subject are its own: `X defended the plan, promising a "formal update": "…"`)
  if (!s || anyMark(doc, sa, s.head + 1)) return null;
  // `X's message was blunt: "…"`: the one whose words the subject names
  if (s && !s.id && REMARK_NOUNS.has(doc.lower[s.head] as string) && (doc.lower[s.head - 1] === "'s" || doc.lower[s.head - 1] === '’s') && isActor(index, s.head - 2)) {
    return { speaker: entityIdAt(index, s.head - 2), cue: null, cueTok: c };
  }
  // (or a noun phrase alone before the colon, a label: `Iran's foreign minister: "…"`)
  return s?.id && (isActor(index, s.head) || (doc.pos[s.head] as number) === P.PRON || s.head === c - 1) ? { speaker: s.id, cue: null, cueTok: c } : null;
}

/**
 * `"This war must end." — Pope Leo, in his Sunday address`: a dash and a name alone after the quote (a signature, an
 * epigraph, a live blog's entry) name its speaker: the name then a comma, the sentence's or the paragraph's end.
 */
function dashSigned(doc: Doc, index: EntityIndex, closeTok: number): Attribution | null {
  const d = closeTok + 1;
  if (d >= doc.n || !isDash(doc, d)) return null;
  let t = d + 1;
  // (past a title the name leaves out: "Pope", "Senator")
  while (t < d + 4 && t < doc.n && (index.entityAtToken[t] as number) < 0 && ROLE_HEADS.has(doc.lower[t] as string) && /^\p{Lu}/u.test(doc.words[t] as string)) t++;
  if (!isActor(index, t) || index.mentionAtToken?.[t]?.kind !== 'name') return null;
  const end = index.mentionAtToken?.[t]?.tokenEnd ?? t + 1;
  const n = doc.words[end];
  const lastOfPara = end >= doc.n || (doc.paraOfSent[doc.sentOf[end] as number] as number) !== (doc.paraOfSent[doc.sentOf[t] as number] as number);
  return lastOfPara || n === ',' || isSentPunct(n) ? { speaker: entityIdAt(index, t), cue: null, cueTok: d } : null;
}

function anyMark(doc: Doc, a: number, b: number): boolean {
  for (let t = a; t < b; t++) if (isQuoteTok(doc, t)) return true;
  return false;
}

/** Start of the reported clause after a cue: skips the hearer ("told reporters"), adjuncts ("on Monday") and "that". */
function clauseStart(doc: Doc, index: EntityIndex, k: number, hi: number): number {
  let j = k + 1;
  // "made it clear that …", "expressed hope that …"
  if (!CUE_VERBS.has(doc.lower[k] as string) && PHRASE_CUES.has(doc.lower[k] as string)) {
    for (let t = j; t < hi && t - k <= 4; t++) if (doc.lower[t] === 'that') return t + 1;
  }
  // "assured voters he would …", "informed parliament it had …": a hearer, then the clause (with "that" the search
  // below finds it)
  if (HEARER_OBJECT_CUES.has(doc.lower[k] as string) && doc.lower[j] !== 'that') {
    let h = j;
    if (OPENING_POSSESSIVES.has(doc.lower[h] as string)) h++;
    // (a determiner after the hearer's noun opens the clause: "assured residents the water was safe")
    while (h < hi && h - j < 5 && !(h > j && (doc.pos[h] as number) === P.DET && NOUNISH.has(doc.pos[h - 1] as number)) && (HEARER_WORDS.has(doc.pos[h] as number) || ((index.entityAtToken[h] as number) >= 0 && !CLAUSE_PRONOUNS.has(doc.lower[h] as string)))) h++;
    if (h > j && CLAUSE_PRONOUNS.has(doc.lower[h] as string) && pronounClause(doc, h, hi)) return h;
    if (h > j && (doc.pos[h] as number) === P.DET && doc.lower[h] !== 'that' && hasVerb(doc, h + 1, hi)) return h;
  }
  if (HEARER_CUES.has(doc.lower[k] as string)) {
    // the hearer: a short noun phrase ("that" opens the reported clause even when tagged a determiner: "told
    // reporters that police had ..."; so does a determiner after the hearer: "told journalists the talks had ...")
    let h = j;
    // "told him that", "told her counterpart, X, that"
    // ("told us the group had …": a clause may follow with no "that"; "told them to leave" is no report)
    if (OBJECT_PRONOUNS.has(doc.lower[h] as string)) return doc.lower[h + 1] === 'that' ? h + 2 : (doc.pos[h + 1] as number) === P.DET || (doc.pos[h + 1] as number) === P.PROPN || CLAUSE_PRONOUNS.has(doc.lower[h + 1] as string) ? h + 1 : -1;
    if (OPENING_POSSESSIVES.has(doc.lower[h] as string)) h++;
    // (a name whatever its words' tags: "told The Associated Press that")
    // (a subject pronoun the pronoun stage linked to a person opens the clause: "told reporters she would …")
    // (so does a name after the hearer's noun or after another name: "told reporters Hamas would …", "told Reuters
    // Israel had …")
    while (h < hi && h - j < 5 && doc.lower[h] !== 'that' && !(h > j && (doc.pos[h] as number) === P.DET) && !(h > j && CLAUSE_PRONOUNS.has(doc.lower[h] as string)) && !(h > j && newName(doc, index, h)) && ((doc.pos[h] as number) === P.NOUN || (doc.pos[h] as number) === P.DET || (doc.pos[h] as number) === P.ADJ || (doc.pos[h] as number) === P.PROPN || (index.entityAtToken[h] as number) >= 0)) h++;
    if (h === j) return -1;
    j = h;
  }
  // "said after the meeting that ...", "noted, however, that ...": look for "that" a few tokens on
  // (further past an adjunct that opens with a preposition, "said during a visit to the centre at X in Y on Tuesday
  // that", or that names the report's medium, "said Monday in a statement posted on its website that"; not past a list
  // of hearers, "warned A, B and C on Tuesday that", whose words may be the object's)
  const reach = (doc.pos[j] as number) === P.ADP ? THAT_FAR : mediumBetween(doc, j, Math.min(hi, j + THAT_REACH)) ? THAT_REACH : THAT_NEAR;
  for (let t = j; t < hi && t - j < reach; t++) {
    const p = doc.pos[t] as number;
    // ("said that was not on the table": an auxiliary right after it makes "that" the clause's subject)
    // (and "that" right after a preposition is a determiner: "announced during that visit", "said in that interview")
    if (doc.lower[t] === 'that' && !(t > j && (doc.pos[t - 1] as number) === P.ADP)) return (doc.pos[t + 1] as number) === P.AUX && doc.lower[t + 1] !== 'to' ? t : t + 1;
    // (a verb after a determiner is a noun the tagger missed: "in a televised address that")
    // (so is one after "to" and a noun right before "that": "in an email to staff that"; and a participle after the
    // medium is a reduced relative: "in an interview published on Sunday that")
    const noun = attributive(doc, t) || (t > j && ((doc.pos[t - 1] as number) === P.DET || ((doc.pos[t - 1] as number) === P.VERB && (doc.pos[t - 2] as number) === P.DET) || (doc.lower[t - 1] === 'to' && (doc.pos[t - 2] as number) === P.NOUN && doc.lower[t + 1] === 'that') || (REPORT_MEDIA.has(doc.lower[t - 1] as string) && /ed$/.test(doc.lower[t] as string)) || gluedHyphen(doc, t - 1) || mediumParticiple(doc, j, t)));
    if ((p === P.VERB && !noun) || p === P.AUX || (p === P.PUNCT && doc.words[t] !== ',' && !gluedHyphen(doc, t))) break;
  }
  // "said Monday it was …", "said Tuesday that …" (a bare day's name, not "Tuesday's attack")
  if (DAY_WORDS.has(doc.lower[j] as string) && doc.lower[j + 1] !== "'s" && doc.lower[j + 1] !== '’s' && j + 1 < hi) {
    j++;
    if (doc.lower[j] === 'that') return j + 1;
  }
  // "said at least 40 people ...", "said up to 300 homes ...": a quantifier, not an adjunct
  if (QUANTIFIER_ADPS.has(`${doc.lower[j] as string} ${doc.lower[j + 1] as string}`)) return j;
  if ((doc.pos[j] as number) === P.ADP && doc.lower[j] !== 'that') {
    let t = j + 1;
    // (the adjunct ends before a second determiner or after a day's name: "on Tuesday the budget was …")
    while (t < hi && t - j < 6 && ([P.DET, P.ADJ, P.NOUN, P.PROPN, P.NUM].includes(doc.pos[t] as number) || OPENING_POSSESSIVES.has(doc.lower[t] as string)) && !(t > j + 1 && (doc.pos[t] as number) === P.DET)) {
      t++;
      if (DAY_WORDS.has(doc.lower[t - 1] as string) && doc.words[t] !== ',') break;
    }
    if (doc.words[t] === ',') t++;
    j = t;
  }
  return j;
}

/** words that open an adverbial set off between "that" and its clause: "that, as …,", "that as of May,", "that, based on …," */
const FRONTED_OPENERS = new Set([P.ADP, P.SCONJ, P.ADV, P.PART, P.VERB]);
/** longest such adverbial, in tokens */
const FRONTED_MAX = 30;

/**
 * "said that, as the talks had failed, they would …", "told him that, to save time, Y would …", "said that as of May, the
 * plant had …": an adverbial set off after "that" (by a comma before it, or opening with a preposition or conjunction)
 * and closed by a comma before the reported clause. Returns the token after that comma (the clause's own opener), or -1.
 */
function frontedAdverbial(doc: Doc, ca: number, se: number): number {
  if (doc.lower[ca - 1] !== 'that') return -1;
  const comma = doc.words[ca] === ',';
  const t = comma ? ca + 1 : ca;
  const p = doc.pos[t] as number;
  if (!(comma ? FRONTED_OPENERS.has(p) : p === P.ADP || p === P.SCONJ)) return -1;
  for (let u = t + 1; u + 1 < se && u - t < FRONTED_MAX; u++) {
    if (isQuoteTok(doc, u) || isSentPunct(doc.words[u])) return -1;
    if (doc.words[u] === ',' && CLAUSE_OPENERS.has(doc.pos[u + 1] as number) && hasVerb(doc, u + 1, se)) return u + 1;
  }
  return -1;
}

/** [a, b) holds a role word or a noun for a person: a description of someone, not the clause's subject */
function describesPerson(doc: Doc, a: number, b: number): boolean {
  for (let t = a; t < b; t++) if (ROLE_HEADS.has(doc.lower[t] as string) || PERSON_NOUNS.has(doc.lower[t] as string)) return true;
  return false;
}

/** quantities that stand for what was said, as an object: "said little", "told them nothing" */
const NO_CLAUSE = new Set(['little', 'nothing', 'anything', 'something', 'everything']);
/** what may follow such a word when it opens a clause after all: "said nothing had changed", "said little progress was made" */
const AFTER_QUANTITY = new Set([P.AUX, P.VERB, P.NOUN, P.ADJ]);
/** relative pronouns: they open a clause on a noun, never a reported one */
const RELATIVES = new Set(['who', 'whom', 'whose', 'which']);
/** the longest relative clause (tokens) read as an aside on the source of "according to" */
const RELATIVE_ASIDE_MAX = 25;

/** the words of a short time adjunct after a cue ("on Monday", "last week") */
const ADJUNCT_WORDS = new Set([P.DET, P.NOUN, P.PROPN, P.NUM, P.ADJ]);
/** a day's name that ends a time adjunct ("said on Tuesday the talks …") */
const DAY_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'weekend']);

/** texts put out by someone: "the statement said" refers to the last one named (and "the ministry" to the last one that reported) */
const STATEMENT_NOUNS = new Set(['statement', 'communique', 'communiqué', 'release', 'letter', 'readout', 'message', 'report', 'study', 'assessment', 'survey', 'bulletin', 'document', 'declaration', 'ruling', 'judgment', 'judgement', 'verdict']);
/** a court's texts: with no such text named before, "the ruling said" is the last court's */
const RULING_NOUNS = new Set(['ruling', 'judgment', 'judgement', 'verdict']);
const COURT_NAME = /\b(?:Court|Tribunal)\b/;
/** how many sentences back "the statement" looks for the one it refers to */
const STATEMENT_LOOKBACK = 4;

/**
 * The author of "the statement" (subject of a cue): the reporter of the last sentence that mentions a statement ("In
 * a statement, the ministry said …"), else that sentence's subject ("The ministry issued a statement …").
 */
function statementAuthor(doc: Doc, index: EntityIndex, subject: Subject, who: Who, found?: readonly Found[]): string | null {
  const w = doc.lower[subject.head] as string;
  const statement = STATEMENT_NOUNS.has(w);
  if (!(statement || SPOKES_NOUNS.has(w)) || subject.head === subject.start || doc.lower[subject.start] !== 'the') return null;
  // ("the air force", "the foreign ministry": common words before the head, no name)
  for (let t = subject.start + 1; t < subject.head; t++) if ((index.entityAtToken[t] as number) >= 0 || ((doc.pos[t] as number) !== P.NOUN && (doc.pos[t] as number) !== P.ADJ) || /^\p{Lu}/u.test(doc.words[t] as string)) return null;
  const s0 = doc.sentOf[subject.start] as number;
  for (let t = subject.start - 1; t >= 0 && s0 - (doc.sentOf[t] as number) <= STATEMENT_LOOKBACK; t--) {
    if (doc.lower[t] !== w) continue;
    const sa = doc.sentStart[doc.sentOf[t] as number] as number;
    const se = doc.sentEnd[doc.sentOf[t] as number] as number;
    for (let u = sa; u < se; u++) {
      if (!isCue(doc, u) || PARTICIPLE_CUES.has(doc.lower[u] as string) || u === subject.head + 1) continue;
      const sp = subjectBefore(doc, index, u, sa);
      // "the ministry": the body whose ministry reported last ("Peru's foreign ministry said …")
      if (!statement && sp?.head !== t) continue;
      const id = who(u, sp ? sp.id : null, sp);
      if (id) return id;
    }
    return statement ? (sentenceSubject(doc, index, afterDateline(doc, sa, t), t)?.id ?? null) : null;
  }
  // ("The court ordered … . The ruling said …": the court named last)
  if (RULING_NOUNS.has(w)) {
    for (let t = subject.start - 1; t >= 0 && s0 - (doc.sentOf[t] as number) <= STATEMENT_LOOKBACK; t--) {
      const e = index.entityAtToken[t] as number;
      const ent = e >= 0 ? (index.entities[e] as { id: string; type: string; name: string }) : undefined;
      if (ent?.type === 'ORG' && COURT_NAME.test(ent.name)) return ent.id;
    }
  }
  // no statement named before: the last report of the sentences before ("…, X's office said. …, according to the
  // statement.")
  if (statement && found) {
    for (let f = found.length - 1; f >= 0; f--) {
      const q = found[f] as Found;
      if (q.a >= subject.start || q.cue === null) continue;
      if (s0 - (doc.sentOf[q.a] as number) > STATEMENT_REPORT_LOOKBACK) break;
      if (q.speaker) return q.speaker;
    }
    // (a report in indirect speech, not yet found while direct quotes are read: "X said on Friday that …. “…,” the
    // statement said.")
    for (let s = s0 - 1; s >= 0 && s0 - s <= STATEMENT_REPORT_LOOKBACK; s--) {
      const sa = doc.sentStart[s] as number;
      for (let u = sa; u < (doc.sentEnd[s] as number); u++) {
        if (isQuoteTok(doc, u)) break;
        if (!isCue(doc, u) || PARTICIPLE_CUES.has(doc.lower[u] as string)) continue;
        const sp = subjectBefore(doc, index, u, afterDateline(doc, sa, u));
        const id = sp ? who(u, sp.id, sp) : null;
        if (id) return id;
        break;
      }
    }
  }
  return null;
}

/** how many sentences back "the statement" with no statement named before looks for the last report */
const STATEMENT_REPORT_LOOKBACK = 2;

/** [a, b) ends in a reverse attribution: "…, a company spokesman said", "…, X told reporters" */
function reverseAtEnd(doc: Doc, index: EntityIndex, a: number, b: number): boolean {
  for (let t = b - 1; t > a && b - t <= 3; t--) {
    if (!isCue(doc, t) || PARTICIPLE_CUES.has(doc.lower[t] as string)) continue;
    const sp = subjectBefore(doc, index, t, a);
    return sp !== null && commaBefore(doc, sp.start, a) > a;
  }
  return false;
}

/**
 * The comma before a reverse attribution's subject that starts at `start`, back over a title the subject leaves out
 * ("…, its chair Ana Ruiz said"); -1 when none stands after lo.
 */
function commaBefore(doc: Doc, start: number, lo: number): number {
  let c = start - 1;
  // (past the first of two coordinated subjects: "…, Holm and Moe said in a joint statement.")
  const coordinated = (t: number): boolean => doc.lower[t] === 'and' && t === start - 1 && NOUNISH.has(doc.pos[t - 1] as number);
  const reach = coordinated(c) ? COORDINATED_REACH : 5;
  while (c > lo && start - c <= reach && (HEARER_WORDS.has(doc.pos[c] as number) || OPENING_POSSESSIVES.has(doc.lower[c] as string) || attributive(doc, c) || coordinated(c))) c--;
  return c > lo && doc.words[c] === ',' ? c : -1;
}

/** how far back (tokens) the comma before two coordinated subjects may stand */
const COORDINATED_REACH = 8;

/** A participle used as an adjective before a noun: "its managing director", "the ruling party", "the acting head". */
function attributive(doc: Doc, t: number): boolean {
  return (doc.pos[t] as number) === P.VERB && /(?:ing|ed)$/.test(doc.lower[t] as string) && (doc.pos[t + 1] as number) === P.NOUN && (doc.pos[t - 1] as number) !== P.NOUN && (doc.pos[t - 1] as number) !== P.PROPN && ((doc.pos[t - 1] as number) !== P.PRON || OPENING_POSSESSIVES.has(doc.lower[t - 1] as string));
}

/**
 * A name starts at h after a common noun or after another entity's name and a verb follows it ("reporters Hamas
 * would", "Reuters Israel had"): the subject of the clause, not more of the hearer ("CNN anchor Jake Tapper the …").
 */
function newName(doc: Doc, index: EntityIndex, h: number): boolean {
  const e = index.entityAtToken[h] as number;
  if (e < 0 || !isActor(index, h)) return false;
  const p = index.entityAtToken[h - 1] as number;
  if (p >= 0 ? p === e : (doc.pos[h - 1] as number) !== P.NOUN) return false;
  const end = index.mentionAtToken?.[h]?.tokenEnd ?? h + 1;
  const v = doc.pos[end] as number;
  return v === P.AUX || v === P.VERB;
}

/** verbs with a hearer for object besides "tell", which report with "that" or a pronoun subject after the hearer */
/** a noun or a name: what ends a hearer before the determiner of the reported clause */
const NOUNISH = new Set([P.NOUN, P.PROPN]);
const HEARER_OBJECT_CUES = new Set(['assure', 'assures', 'assured', 'assuring', 'reassure', 'reassures', 'reassured', 'reassuring', 'inform', 'informs', 'informed', 'informing', 'warn', 'warns', 'warned']);

/** object pronouns that make a whole hearer: "told him that …" */
const OBJECT_PRONOUNS = new Set(['him', 'them', 'us', 'me']);

/** subject pronouns that can open a clause: "confirmed it had …" is a report, "confirmed the deployment" is not */
const CLAUSE_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);

/** A subject pronoun at a, then (past adverbs) a verb or auxiliary: a clause, even with no "that" before it. */
function pronounClause(doc: Doc, a: number, hi: number): boolean {
  if (!CLAUSE_PRONOUNS.has(doc.lower[a] as string)) return false;
  let t = a + 1;
  while (t < hi && t - a < 3 && (doc.pos[t] as number) === P.ADV) t++;
  const p = doc.pos[t] as number;
  return t < hi && (p === P.AUX || p === P.VERB);
}

/**
 * A short noun phrase at a, then an auxiliary: a clause with no "that" ("warned the truce could collapse", "confirmed
 * the talks had ended"), not an object ("stressed the need to act", "noted the importance of …").
 */
function nounClause(doc: Doc, index: EntityIndex, a: number, hi: number): boolean {
  let t = a;
  // ("its fighters had", "at least 14 people were")
  if (OPENING_POSSESSIVES.has(doc.lower[t] as string)) t++;
  else if (QUANTIFIER_ADPS.has(`${doc.lower[t] as string} ${doc.lower[t + 1] as string}`)) t += 2;
  const np = t;
  // (a noun modifier the tagger read as a verb opens the phrase: "said pay talks would resume", "wage" is a noun)
  if ((doc.pos[t] as number) === P.VERB && (doc.pos[t + 1] as number) === P.NOUN && !/(?:ed|ing)$/.test(doc.lower[t] as string)) t++;
  // (a plural possessive's apostrophe too: "the farmers' union had")
  while (t < hi && t - np < 5 && !(t > np && CLAUSE_PRONOUNS.has(doc.lower[t] as string)) && (NP_WORDS.has(doc.pos[t] as number) || doc.lower[t] === "'s" || doc.lower[t] === '’s' || possessiveApostrophe(doc, t) || (index.entityAtToken[t] as number) >= 0)) t++;
  // (and a name in apposition: "Pakistan's envoy, Ahsan Qadir, had been …")
  if (t > np && doc.words[t] === ',' && isActor(index, t + 1)) {
    let u = t + 1;
    while (u < hi && u - t < 6 && isActor(index, u)) u++;
    if (doc.words[u] === ',') t = u + 1;
  }
  return t > np && t < hi && (doc.pos[t] as number) === P.AUX && (doc.pos[t - 1] as number) !== P.DET && doc.lower[t + 1] !== 'to';
}

/** the words of a hearer's noun phrase after "told" */
const HEARER_WORDS = new Set([P.DET, P.ADJ, P.NOUN, P.PROPN]);
const CLAUSE_OPENERS = new Set([P.DET, P.PRON, P.PROPN, P.NOUN, P.NUM, P.ADJ, P.ADV]);
const CLAUSE_ENDINGS = new Set([P.NOUN, P.PROPN, P.PRON, P.NUM]);
/** the first word of a quoted adverbial ("until …", "with …", "professionally") and what it may follow */
const ADVERBIAL_OPENERS = new Set([P.ADP, P.SCONJ, P.ADV]);
const CLAUSE_PREDICATES = new Set([P.VERB, P.ADJ, P.ADV, P.ADP]); // ADP: a verb's particle ("brought up")

/** past-tense speech acts that coordinate with the reporting verb rather than continue the reported clause */
const SPEECH_ACTS: ReadonlySet<string> = new Set([
  ...[...CUE_VERBS].filter((w) => w.endsWith('ed') || w === 'said' || w === 'told' || w === 'wrote'),
  // (and the present of the commonest: "X said A, but the ministry says B")
  'says', 'adds', 'insists', 'argues', 'warns', 'maintains', 'contends', 'counters',
  'criticised', 'criticized', 'accused', 'called', 'condemned', 'denounced', 'blamed', 'rejected', 'welcomed', 'praised',
  'demanded', 'urged', 'vowed', 'pledged', 'appealed', 'thanked', 'dismissed', 'denied',
]);

/** End (exclusive) of a reported clause starting at a: sentence end, ";", ", according to", ", saying", ", and urged". */
function clauseEnd(doc: Doc, a: number, sentEnd: number, relative = false): number {
  const hi = Math.min(sentEnd, a + CLAUSE_MAX);
  for (let t = a; t < hi; t++) {
    const w = doc.words[t] as string;
    if (isSentPunct(w)) return t;
    if (w === ',' && t + 1 < hi) {
      const n = doc.lower[t + 1] as string;
      // "X, who says A, accused Y": a cue in a relative clause reports up to the main verb
      // (any finite form: "X, who says A, met Y", "…, which said A, cut its forecast", "…, has since left")
      if (relative && ((doc.pos[t + 1] as number) === P.VERB || (doc.pos[t + 1] as number) === P.AUX) && !/ing$/.test(n)) return t;
      // ", saying ...", ", calling for “…”": a participle adjunct of the reporter
      if (n === 'according' || n === 'with' || PARTICIPLE_CUES.has(n) || (FRAGMENT_CUES.has(n) && n.endsWith('ing'))) return t;
      // ", a claim Moscow denies", ", an accusation the army rejected": the writer's comment on the report
      if ((n === 'a' || n === 'an') && CLAIM_NOUNS.has(doc.lower[t + 2] as string)) return t;
      // ", a move that could …", ", a step widely seen as …": the writer's comment on what was reported
      if ((n === 'a' || n === 'an') && COMMENT_NOUNS.has(doc.lower[t + 2] as string) && COMMENT_LINKS.has(doc.lower[t + 3] as string)) return t;
      // (and one with a reduced relative, whose subject is a name, a pronoun or a determiner's phrase: ", a decision
      // Israel condemned", ", a move the opposition called …")
      if ((n === 'a' || n === 'an') && COMMENT_NOUNS.has(doc.lower[t + 2] as string) && reducedRelative(doc, t + 3, hi)) return t;
      // ", in a statement published on …", ", in a post on X": where the report was made, not what it said
      if (n === 'in' && reportMedium(doc, t + 2, hi)) return t;
      if ((doc.pos[t + 1] as number) === P.CCONJ && t + 2 < hi && (doc.pos[t + 2] as number) === P.VERB) return t;
    }
    // "said A and that B": a second reported clause; "said A and criticised B", "said A but warned B": a second
    // main-clause speech act
    if (t > a && t + 1 < hi && (doc.lower[t] === 'and' ? doc.lower[t + 1] === 'that' || SPEECH_ACTS.has(doc.lower[t + 1] as string) : doc.lower[t] === 'but' && SPEECH_ACTS.has(doc.lower[t + 1] as string))) return t;
    // "said A, and Y added that B", "said A, while a spokesperson for Y said B": a second speaker's own report
    if (t > a && CLAUSE_JOINERS.has(doc.lower[t] as string) && secondSpeaker(doc, t + 1, hi) && hasVerb(doc, a, t)) {
      return doc.words[t - 1] === ',' ? t - 1 : t;
    }
  }
  let e = hi;
  while (e > a && ((doc.pos[e - 1] as number) === P.PUNCT && !isQuoteTok(doc, e - 1))) e--;
  return e;
}

/** words that open the subject of a reduced relative: a name, a pronoun, a determiner ("a decision Israel condemned") */
const RELATIVE_SUBJECT_OPENERS = new Set([P.PROPN, P.PRON, P.DET]);
/** how far (tokens) the reduced relative's verb may stand from its subject's first word */
const RELATIVE_VERB_REACH = 6;

/** From u, a subject and then a verb within RELATIVE_VERB_REACH tokens, with no comma between: a reduced relative. */
function reducedRelative(doc: Doc, u: number, hi: number): boolean {
  if (!RELATIVE_SUBJECT_OPENERS.has(doc.pos[u] as number) || /^(?:that|which|who)$/.test(doc.lower[u] as string)) return false;
  for (let t = u + 1; t < hi && t - u <= RELATIVE_VERB_REACH; t++) {
    if (doc.words[t] === ',' || isQuoteTok(doc, t)) return false;
    const p = doc.pos[t] as number;
    if (p === P.VERB || p === P.AUX) return true;
  }
  return false;
}

/** nouns for a report itself, in an apposition that comments on it (", a claim X denied") */
/** nouns of the writer's comment on a reported act set off after it: ", a move that …", ", a decision likely to …" */
const COMMENT_NOUNS = new Set(['move', 'step', 'decision', 'development', 'shift', 'reversal', 'blow']);
/** words that open the comment's modifier after its noun */
const COMMENT_LINKS = new Set(['that', 'which', 'likely', 'expected', 'seen', 'widely', 'certain', 'sure', 'aimed', 'designed', 'intended']);
const CLAIM_NOUNS = new Set(['claim', 'charge', 'allegation', 'accusation', 'assertion', 'version', 'view', 'position', 'figure', 'number', 'account', 'characterisation', 'characterization']);

/** nouns that name the medium of a report: "in a statement", "in a post on X" */
const REPORT_MEDIA = new Set([
  'statement', 'statements', 'post', 'posts', 'video', 'message', 'interview', 'letter', 'speech', 'briefing', 'communique',
  'communiqué', 'tweet', 'release', 'note', 'broadcast', 'address', 'op-ed', 'column',
]);

/** a determiner and adjectives or names from a, then a noun naming the medium of a report ("a joint statement") */
function reportMedium(doc: Doc, a: number, hi: number): boolean {
  for (let t = a; t < hi && t - a < 4; t++) {
    if (REPORT_MEDIA.has(doc.lower[t] as string)) return true;
    const p = doc.pos[t] as number;
    if (p !== P.DET && p !== P.ADJ && p !== P.PROPN && p !== P.NOUN) return false;
  }
  return false;
}

/**
 * The verb at t is a participle on a report's medium named before it in the adjunct from a, past the medium's own
 * words: "in an interview with the Financial Times published on Sunday that", "in a letter to the board dated May 2".
 */
function mediumParticiple(doc: Doc, a: number, t: number): boolean {
  if (!/(ed|en)$/.test(doc.lower[t] as string) || !NOUNISH.has(doc.pos[t - 1] as number) || !mediumBetween(doc, a, t)) return false;
  const n = doc.pos[t + 1] as number;
  return n === P.ADP || n === P.NUM || n === P.PROPN;
}

/** A noun for the medium of a report (REPORT_MEDIA) stands in [a, b): "in a statement posted on its website". */
function mediumBetween(doc: Doc, a: number, b: number): boolean {
  for (let t = a; t < b; t++) if (REPORT_MEDIA.has(doc.lower[t] as string)) return true;
  return false;
}
/**
 * how far past the cue (tokens) its "that" may stand, across adjuncts ("said after the meeting that"); how far when they
 * name the report's medium ("said Monday in a statement posted on its website that"); and how far past an adjunct that
 * opens with a preposition ("said during a visit to the isolation centre at Mulago hospital on Tuesday that")
 */
const THAT_NEAR = 8;
const THAT_REACH = 12;
const THAT_FAR = 20;

const CLAUSE_JOINERS = new Set(['and', 'but', 'while', 'whereas', 'though', 'although']);
/** words a speaker's noun phrase may hold: "a spokesperson for the Japanese Defence Ministry", "Y, the minister," */
const SPEAKER_PHRASE = new Set([P.DET, P.ADJ, P.NOUN, P.PROPN, P.NUM, P.PART, P.ADP, P.PUNCT, P.CCONJ]);

const OPENING_POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our']);
/** the tag of a word the tagger could not place (often a particle of a foreign name: "De", "Van", "bin") */
const X_TAG = POS_INDEX['X'] as number;

/** subject pronouns that open a second main clause: "…, and it faulted the navy for …" */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we']);

/** verbs of a view of one's own that, with "to", another party holds ("officials in Oslo point to the reserves") */
const POINT_VERBS = new Set(['point', 'points', 'pointed']);

/** token u is a speech act, or "point(s) to": what a second party says or holds */
function secondAct(doc: Doc, u: number): boolean {
  return SPEECH_ACTS.has(doc.lower[u] as string) || (POINT_VERBS.has(doc.lower[u] as string) && doc.lower[u + 1] === 'to');
}

/**
 * A speaker's noun phrase (or a subject pronoun) from a, then a speech act, before any other verb: "Y added",
 * "a spokesperson for Y said", "it blamed", "officials in Y point to".
 */
function secondSpeaker(doc: Doc, a: number, hi: number): boolean {
  if (SUBJECT_PRONOUNS.has(doc.lower[a] as string)) {
    let u = a + 1;
    while (u < hi && u < a + 3 && ((doc.pos[u] as number) === P.ADV || (doc.pos[u] as number) === P.AUX)) u++;
    return secondAct(doc, u) && (doc.pos[u] as number) === P.VERB;
  }
  for (let u = a; u < hi && u < a + 14; u++) {
    // (the tagger may take "point" for a noun after a name, "officials in Oslo point to": a noun phrase after "to" says
    // it is the verb, not "the point to stress")
    if (u > a && secondAct(doc, u) && (isCue(doc, u) || (doc.pos[u] as number) === P.VERB || (POINT_VERBS.has(doc.lower[u] as string) && NP_WORDS.has(doc.pos[u + 2] as number)))) return true;
    const p = doc.pos[u] as number;
    // "his deputy, Ana Ruiz, warned": a possessive may open the phrase; a capitalised particle of a name the tagger
    // left untagged may stand in it ("De Wever", "Van Rompuy")
    // (and "including" before the members named: "critics, including X, said")
    // (and a word of a name the tagger took for a verb: "Defence Minister Tore Sandvik said")
    if (p === P.VERB && u > a && (doc.pos[u - 1] as number) === P.PROPN && /^\p{Lu}/u.test(doc.words[u] as string)) continue;
    if ((!SPEAKER_PHRASE.has(p) && !(u === a && OPENING_POSSESSIVES.has(doc.lower[u] as string)) && !(p === X_TAG && /^\p{Lu}/u.test(doc.words[u] as string)) && doc.lower[u] !== 'including') || isSentPunct(doc.words[u]) || isQuoteTok(doc, u)) return false;
  }
  return false;
}

/** subject pronouns that take a verb's base form ("they control") and its -s form ("it controls") */
const PLURAL_SUBJECTS = new Set(['they', 'we', 'i', 'you']);
const SINGULAR_SUBJECTS = new Set(['he', 'she', 'it']);
/** what may open a verb's object or complement: "control two thirds", "plans to leave", "controls the port" */
const OBJECT_OPENERS = new Set([P.DET, P.NUM, P.ADJ, P.PRON]);
/** what may stand before a plain subject noun: "the rebels", "Kurdish fighters", "that rebels" */
const SUBJECT_OPENERS = new Set([P.DET, P.ADJ, P.NUM, P.PUNCT, P.SCONJ]);

/**
 * Marks in `verb` the finite verbs the tagger took for nouns (it knows "control", "plans", "claims" as nouns first):
 * a noun right after a plain subject that agrees with it as a verb would, with an object or a "to" after it ("the
 * rebels control two thirds", "the army plans to leave", "it controls the port"). A compound of two nouns agrees so
 * only when the first is singular and the second plural ("the army plans"), and then must still be followed by an
 * object; "the rebel groups the" does not occur.
 */
function nounTaggedVerbs(doc: Doc, index: EntityIndex, verb: Uint8Array): void {
  for (let t = 1; t + 1 < doc.n; t++) {
    if ((doc.pos[t] as number) !== P.NOUN || (index.entityAtToken[t] as number) >= 0 || verb[t]) continue;
    const w = doc.lower[t] as string;
    // (a gerund is no finite verb: "foreign ministers meeting this week")
    if (!/^[a-z]{3,}$/.test(w) || w.endsWith('ing')) continue;
    const next = doc.pos[t + 1] as number;
    if (!OBJECT_OPENERS.has(next) && !(doc.lower[t + 1] === 'to' && (doc.pos[t + 2] as number) === P.VERB)) continue;
    const prev = doc.lower[t - 1] as string;
    const pp = doc.pos[t - 1] as number;
    const sForm = /[^s]s$/.test(w);
    let agrees = false;
    if (pp === P.PRON) agrees = sForm ? SINGULAR_SUBJECTS.has(prev) : PLURAL_SUBJECTS.has(prev);
    else if (pp === P.NOUN && (index.entityAtToken[t - 1] as number) < 0 && t >= 2 && SUBJECT_OPENERS.has(doc.pos[t - 2] as number)) {
      const plural = /[^su]s$/.test(prev) && prev.length > 3;
      agrees = sForm ? !plural && !/s$/.test(prev) : plural;
    }
    if (agrees) verb[t] = 1;
  }
}

/** Every word of [a, b) is capitalised: a quoted name (`what Lisbon calls the "Silver Coast"`), not someone's words. */
function isTitle(doc: Doc, a: number, b: number): boolean {
  // (short function words inside a title stay lower-case: "Clean Water for Every Village")
  // (and a year or a number may stand in one: "Vision 2030")
  for (let t = a; t < b; t++) if ((doc.pos[t] as number) !== P.PUNCT && !/^\p{Lu}/u.test(doc.words[t] as string) && !(t > a && /^\d/.test(doc.words[t] as string)) && !(t > a && t < b - 1 && TITLE_SMALL_WORDS.has(doc.words[t] as string))) return false;
  return true;
}
/** what may stand right before a title in marks: a preposition, a determiner or possessive ("its", "Nordvik's") */
const TITLE_BEFORE = new Set([P.ADP, P.DET, P.PART]);
/** nouns for a work or an undertaking whose name follows them in marks: `the film "Silent Harbour"`, `the operation "Iron Wall"` */
const WORK_NOUNS = new Set([
  'film', 'movie', 'documentary', 'book', 'novel', 'memoir', 'song', 'album', 'single', 'series', 'play', 'show', 'programme',
  'program', 'podcast', 'poem', 'opera', 'musical', 'exhibition', 'painting', 'report', 'study', 'campaign', 'operation',
  'exercise', 'plan', 'initiative', 'project', 'doctrine', 'strategy', 'newspaper', 'magazine', 'column', 'essay', 'article',
]);
/** verbs whose object in marks is a name: `renamed "Northern Star"`, `a report entitled "…"` */
const NAMING_VERBS = new Set(['named', 'renamed', 'titled', 'entitled', 'nicknamed', 'branded']);

/** the longest name (words) in marks that `known as`, `calls itself` or `what people call` give a thing */
const NAME_WORDS = 6;
const CALL_FORMS = new Set(['call', 'calls', 'called', 'calling']);
/** subjects that name a thing for a community, not someone's words: "what locals call", "what they call" */
const NAMING_SUBJECTS = new Set(['they', 'we', 'you', 'people', 'locals', 'residents', 'villagers', 'many', 'some']);
const SELF_PRONOUNS = new Set(['itself', 'themselves', 'himself', 'herself']);

/**
 * The mark at openTok opens a name something goes by: after "known (ADVERB) as", "call(s|ed) itself", or "what
 * they/locals call".
 */
function nameGoneBy(doc: Doc, openTok: number): boolean {
  const p = openTok - 1;
  if (doc.lower[p] === 'as') {
    const k = (doc.pos[p - 1] as number) === P.ADV ? p - 2 : p - 1;
    return doc.lower[k] === 'known';
  }
  if (SELF_PRONOUNS.has(doc.lower[p] as string)) return CALL_FORMS.has(doc.lower[p - 1] as string);
  if (!CALL_FORMS.has(doc.lower[p] as string)) return false;
  return NAMING_SUBJECTS.has(doc.lower[p - 1] as string) && doc.lower[p - 2] === 'what';
}
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'for', 'in', 'on', 'to', 'at', 'by', 'with', 'from']);

/** A direct quote's body or mark stands in [a, b). */
function anyQuoted(doc: Doc, inQuote: Uint8Array, a: number, b: number): boolean {
  for (let t = a; t < b; t++) if (inQuote[t] || isQuoteTok(doc, t)) return true;
  return false;
}

function wordCount(doc: Doc, a: number, b: number): number {
  let n = 0;
  for (let t = a; t < b; t++) if ((doc.pos[t] as number) !== P.PUNCT) n++;
  return n;
}

/** Direct quote text: what sits between the marks, a trailing comma dropped. */
function directText(text: string, s: MarkSpan): [number, number] {
  let a = s.open + 1;
  let b = s.close;
  while (a < b && /\s/.test(text[a] as string)) a++;
  while (b > a && /[\s,]/.test(text[b - 1] as string)) b--;
  return [a, b];
}

/**
 * "Presiding judge Marieke van Dam said", the name typed a facility or a place: a name that is the subject of a
 * reporting verb speaks, whatever type the recognizer gave it (its name is what the speaker answers to).
 */
function mistypedName(doc: Doc, index: EntityIndex, subject: Subject): string | null {
  const e = index.entityAtToken[subject.head] as number;
  if (e < 0 || isActor(index, subject.head) || index.mentionAtToken?.[subject.head]?.kind !== 'name' || !/^\p{Lu}/u.test(doc.words[subject.head] as string)) return null;
  const ent = index.entities[e] as { id: string; type: string };
  return ent.type === 'FAC' || ent.type === 'LOC' ? ent.id : null;
}

/** nouns for a person by standing or walk of life, besides the role words: "the retired teacher", "the mother of three" */
const PERSON_NOUNS = new Set([
  'man', 'woman', 'mother', 'father', 'farmer', 'teacher', 'veteran', 'activist', 'lawyer', 'doctor', 'nurse', 'economist',
  'student', 'widow', 'widower', 'grandmother', 'grandfather', 'retiree', 'pensioner', 'businessman', 'businesswoman',
  'shopkeeper', 'trader', 'driver', 'fisherman', 'engineer', 'scientist', 'politician', 'candidate', 'campaigner',
  'entrepreneur', 'novelist', 'writer', 'author', 'scholar', 'historian', 'cleric', 'priest', 'imam', 'bishop', 'rabbi',
  'coach', 'player', 'striker', 'athlete', 'actor', 'actress', 'singer', 'artist', 'journalist', 'photographer',
  'billionaire', 'tycoon', 'magnate', 'banker', 'investor', 'physician', 'surgeon', 'pilot', 'soldier',
]);
/** role words that as often stand for someone unnamed introduced before ("a senior official …, the official said") */
const UNNAMED_ROLES = new Set(['official', 'officer', 'diplomat', 'source', 'analyst', 'spokesperson', 'spokesman', 'spokeswoman', 'representative', 'delegate']);
/** how many sentences before the subject's own a lone named person may be the one a nominal refers to */
const NOMINAL_SENTENCES = 2;

/**
 * "Jan Novak, 58, lost his job last year. The 58-year-old said …", "Maria Lund runs a bakery. The mother of two said":
 * a definite nominal for a person that names nobody, subject of a reporting verb at k, refers to the one person named
 * as a subject in its sentence before it and the sentences just before (null when none or more than one, when its
 * noun was used for someone unnamed: "a senior official …, the official said", or when it is a role the person's
 * titles do not hold).
 */
function nominalPerson(doc: Doc, index: EntityIndex, subject: Subject, k: number): string | null {
  const a = subject.start;
  if (doc.lower[a] !== 'the' || subject.head >= k) return null;
  const head = roleHead(doc, subject, k);
  const w = doc.lower[head] as string;
  const aged = w === 'year' && doc.words[head + 1] === '-' && doc.lower[head + 2] === 'old';
  const mother = doc.words[head + 1] === '-' && doc.lower[head + 2] === 'of';
  if (!aged && !mother && (!(ROLE_HEADS.has(w) || PERSON_NOUNS.has(w)) || UNNAMED_ROLES.has(w))) return null;
  for (let t = a + 1; t < head; t++) if ((index.entityAtToken[t] as number) >= 0) return null;
  const s = doc.sentOf[a] as number;
  // "X said A. The 61-year-old, a former banker, insisted B": a person that is the subject of the sentence just before,
  // in the same paragraph, is the one meant, whoever else was named before that (not a role the person's titles do not
  // hold, nor a noun used for someone unnamed in between)
  if (s > 0 && !ROLE_HEADS.has(w) && doc.paraOfSent[s] === doc.paraOfSent[s - 1]) {
    const sa = doc.sentStart[s - 1] as number;
    let id = sentenceSubject(doc, index, afterDateline(doc, sa, sa + 1), doc.sentEnd[s - 1] as number)?.id ?? null;
    // (or the named reporter of a quote that opens it: `"…," X told the radio.`)
    if (!id && isQuoteTok(doc, sa)) {
      for (let t = sa + 1; t < (doc.sentEnd[s - 1] as number); t++) {
        const m = index.mentionAtToken?.[t];
        if (!m || m.tokenStart !== t || m.type !== 'PERSON' || !isCue(doc, m.tokenEnd)) continue;
        if (doc.words[t - 1] === ',' || isQuoteTok(doc, t - 1)) id = entityIdAt(index, t);
      }
    }
    let unnamed = false;
    for (let t = sa; t < a; t++) if (doc.lower[t] === w && UNNAMED_OPENERS.has(doc.lower[t - 1] as string)) unnamed = true;
    if (id && !unnamed && typeOfId(index, id) === 'PERSON') return id;
  }
  const introduced = ROLE_HEADS.has(w) ? namedAfterIntroduction(doc, index, w, s) : null;
  if (introduced) return introduced;
  const lo = doc.sentStart[Math.max(0, s - NOMINAL_SENTENCES)] as number;
  let only = -1;
  let at = -1;
  for (let t = a - 1; t >= lo; t--) {
    // the noun used for someone unnamed before ("a woman who …", "an engineer at the plant")
    if (doc.lower[t] === w && UNNAMED_OPENERS.has(doc.lower[t - 1] as string)) return null;
    const e = index.entityAtToken[t] as number;
    if (e < 0 || !isActor(index, t) || (index.entities[e] as { type: string }).type !== 'PERSON') continue;
    if (only >= 0 && only !== e) return null;
    only = e;
    at = t;
  }
  // (named in the subject's paragraph or the one before it, as the subject of its sentence: "Police arrested X. The
  // judge said" is someone else)
  if (only < 0 || (doc.paraOfSent[s] as number) - (doc.paraOfSent[doc.sentOf[at] as number] as number) > 1) return null;
  const ent = index.entities[only] as { id: string; titles?: readonly string[] };
  // a role word the person's titles do not hold is someone else's ("Prime Minister X … The president said")
  if (ROLE_HEADS.has(w) && ent.titles?.length && !ent.titles.some((t) => t.toLowerCase().split(/[\s-]+/).includes(w))) return null;
  const sa = doc.sentStart[doc.sentOf[at] as number] as number;
  const sub = sentenceSubject(doc, index, afterDateline(doc, sa, at + 1), doc.sentEnd[doc.sentOf[at] as number] as number);
  return sub?.id === ent.id ? ent.id : null;
}
const UNNAMED_OPENERS = new Set(['a', 'an', 'one', 'another']);

/** how many sentences back a role's unnamed introduction may stand */
const INTRODUCED_SENTENCES = 3;

/**
 * "The UN envoy for Sudan arrived on Sunday. Jan Berg has shuttled between the camps since May. … the envoy said": a
 * role first brought in unnamed as a sentence's subject and named as the subject of the very next sentence, whose name
 * appears there for the first time, is that person when the role comes back (w is the role's noun, s the sentence it
 * comes back in); null otherwise.
 */
function namedAfterIntroduction(doc: Doc, index: EntityIndex, w: string, s: number): string | null {
  for (let s0 = s - 2; s0 >= Math.max(0, s - 1 - INTRODUCED_SENTENCES); s0--) {
    const sa = doc.sentStart[s0] as number;
    const se = doc.sentEnd[s0] as number;
    const sub = sentenceSubject(doc, index, afterDateline(doc, sa, se), se);
    if (!sub || roleHeadWord(doc, sub) !== w) continue;
    for (let t = sub.start; t <= sub.head; t++) if (isActor(index, t) && (index.entities[index.entityAtToken[t] as number] as { type: string }).type === 'PERSON') return null;
    const s1a = doc.sentStart[s0 + 1] as number;
    const next = sentenceSubject(doc, index, s1a, doc.sentEnd[s0 + 1] as number);
    if (!next?.id || typeOfId(index, next.id) !== 'PERSON') return null;
    for (let t = 0; t < s1a; t++) if (isActor(index, t) && entityIdAt(index, t) === next.id) return null;
    return next.id;
  }
  return null;
}

/** The role noun that heads a subject's phrase: "envoy" in "The United Nations envoy for Sudan". */
function roleHeadWord(doc: Doc, sub: Subject): string {
  for (let t = sub.head; t >= sub.start; t--) if (ROLE_HEADS.has(doc.lower[t] as string)) return doc.lower[t] as string;
  return '';
}

/** The head of a subject phrase ending before k, past a role word the tagger took for an adjective ("policy chief"). */
function roleHead(doc: Doc, subject: Subject, k: number): number {
  let h = subject.head;
  while (h + 1 < k && ROLE_HEADS.has(doc.lower[h + 1] as string)) h++;
  return h;
}

/** how many sentences after a role nominal its holder may first be named, as the speaker of a direct quote */
const NAMED_AFTER_SENTENCES = 3;

/**
 * "Spain's prime minister said Sunday that … . “…,” Pedro Ruiz told reporters.": a role nominal of a named body or
 * country that names nobody (wire ledes name the speaker in the next paragraph) is the person named first after it,
 * within a few sentences, when that person speaks a direct quote found so far or is the subject of the first reporting
 * verb of their sentence; null otherwise.
 */
function namedAfter(doc: Doc, index: EntityIndex, subject: Subject, k: number, found: readonly Found[]): string | null {
  const w = doc.lower[roleHead(doc, subject, k)] as string;
  if (!ROLE_HEADS.has(w) || UNNAMED_ROLES.has(w) || UNNAMED_OPENERS.has(doc.lower[subject.start] as string) || subject.head >= k) return null;
  // (the role of a named body or country: "Spain's prime minister", "the EU's foreign policy chief"; a bare "the
  // minister" with no one named before is as likely someone the article never names)
  // (or its "of" phrase: "the head of the UN refugee agency")
  let end = subject.head;
  if (doc.lower[end + 1] === 'of') for (end += 2; end < k && end - subject.head < 8 && NP_WORDS.has(doc.pos[end + 1] as number); end++);
  let body = false;
  for (let t = subject.start; t <= end; t++) {
    const e = index.entityAtToken[t] as number;
    if (e >= 0 && (index.entities[e] as { type: string }).type === 'PERSON') return null;
    if (e >= 0) body = true;
  }
  if (!body) return null;
  const s = doc.sentOf[k] as number;
  const hi = doc.sentEnd[Math.min(doc.sentEnd.length - 1, s + NAMED_AFTER_SENTENCES)] as number;
  let id: string | null = null;
  let at = -1;
  for (let t = k + 1; t < hi && id === null; t++) {
    const e = index.entityAtToken[t] as number;
    if (e >= 0 && isActor(index, t) && index.mentionAtToken?.[t]?.kind === 'name' && (index.entities[e] as { type: string }).type === 'PERSON') id = (index.entities[e] as { id: string }).id;
    // (a full name the recognizer missed, whose surname names a person: "Josep Borrell" after "Borrell says")
    else if (e < 0 && (doc.pos[t] as number) === P.PROPN && (doc.pos[t - 1] as number) !== P.PROPN) id = personNamedBy(doc, index, t, hi);
    if (id !== null) at = t;
  }
  if (id === null) return null;
  const ent = entityById(index, id) as { titles?: readonly string[] };
  // (a person whose titles name another role is someone else)
  if (ent.titles?.length && !ent.titles.some((x) => x.toLowerCase().split(/[\s-]+/).includes(w))) return null;
  // the speaker of a direct quote found so far, or the subject of a reporting verb right after the name ("X told")
  for (const f of found) if (f.kind === 'direct' && f.a > k && f.a < hi && f.speaker === id) return id;
  // ("X, who hosted the talks, told reporters": the first reporting verb of X's sentence has X for its subject)
  // (a sentence of theirs with no reporting verb, a photo caption's "X speaks in Lusaka", leaves their next one to say)
  for (let guard = 0; at >= 0 && at < hi && guard < NAMED_AFTER_SENTENCES; guard++) {
    const se = doc.sentEnd[doc.sentOf[at] as number] as number;
    for (let t = at + 1; t < se; t++) {
      if (isQuoteTok(doc, t)) return null;
      if (!isCue(doc, t) || PARTICIPLE_CUES.has(doc.lower[t] as string)) continue;
      const sa = doc.sentStart[doc.sentOf[at] as number] as number;
      return subjectBefore(doc, index, t, sa)?.id === id ? id : null;
    }
    let next = -1;
    for (let t = se; t < hi && next < 0; t++) if (entityIdAt(index, t) === id && isActor(index, t)) next = t;
    at = next;
  }
  return null;
}

/** people who speak for someone and are often named only after their first words are reported */
const LATER_NAMED = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser', 'advisor']);
/** how many sentences after the cue the spokesperson's name may come */
const LATER_SENTENCES = 3;

/**
 * "A spokesman for the interior ministry said …. The spokesman, Ali Rezaei, said …", "The prime minister's aide said
 * …. His aide, Sufi Yusoff, …": a spokesperson or aide that names nobody is the person the article names in apposition
 * to the same noun in the next sentences ("the spokesman, X,", "his aide, X,", "spokesman X"); null otherwise.
 */
function namedLater(doc: Doc, index: EntityIndex, subject: Subject, k: number): string | null {
  const w = doc.lower[subject.head] as string;
  if (!LATER_NAMED.has(w) || subject.head >= k || isActor(index, subject.head)) return null;
  for (let t = subject.start; t < k; t++) if (isActor(index, t) && (index.entities[index.entityAtToken[t] as number] as { type: string }).type === 'PERSON') return null;
  const s = doc.sentOf[k] as number;
  const hi = doc.sentEnd[Math.min(doc.sentEnd.length - 1, s + LATER_SENTENCES)] as number;
  for (let t = k + 1; t < hi; t++) {
    // (the same one: "the spokesman", "his aide"; not "the army spokesman", someone else's)
    if (doc.lower[t] !== w || !(doc.lower[t - 1] === 'the' || OPENING_POSSESSIVES.has(doc.lower[t - 1] as string))) continue;
    const n = doc.words[t + 1] === ',' ? t + 2 : t + 1;
    const m = index.mentionAtToken?.[n];
    if (!m || m.kind !== 'name' || !isActor(index, n) || (index.entities[index.entityAtToken[n] as number] as { type: string }).type !== 'PERSON') continue;
    if (n === t + 2 && doc.words[m.tokenEnd] !== ',') continue;
    return entityIdAt(index, n);
  }
  return null;
}

/** "The Houthi movement said", "the ruling Civic Platform party says": a kind of organisation right after its name. */
function orgKindSubject(doc: Doc, index: EntityIndex, subject: Subject): string | null {
  const h = subject.head;
  const w = doc.lower[h] as string;
  if (h <= subject.start || (doc.pos[h] as number) !== P.NOUN || !(ORG_HEAD_WORDS.has(w) || GENERIC_ORG_WORDS.has(w))) return null;
  // (past lower-case words of its kind: "the ELN guerrilla group", "the Houthi rebel movement")
  let n = h - 1;
  while (n > subject.start && h - n <= 2 && (index.entityAtToken[n] as number) < 0 && ((doc.pos[n] as number) === P.NOUN || (doc.pos[n] as number) === P.ADJ) && !/^\p{Lu}/u.test(doc.words[n] as string)) n--;
  const e = index.entityAtToken[n] as number;
  return e >= 0 && (index.entities[e] as { type: string }).type === 'ORG' ? (index.entities[e] as { id: string }).id : null;
}

/** parts of an organisation that speak for it: "the group's political wing", "the army's media unit" */
const UNIT_NOUNS = new Set(['wing', 'arm', 'team', 'unit', 'branch', 'bureau', 'service', 'division', 'directorate', 'cell', 'centre', 'center', 'desk', 'office']);

/** "The RSF's political wing said": a unit of a named organisation or country speaks for it. */
function unitOf(doc: Doc, index: EntityIndex, subject: Subject): string | null {
  if (!UNIT_NOUNS.has(doc.lower[subject.head] as string)) return null;
  for (let t = subject.head - 1; t > subject.start; t--) {
    const w = doc.lower[t] as string;
    if (w !== "'s" && w !== '’s') continue;
    const e = index.entityAtToken[t - 1] as number;
    return e >= 0 && isActor(index, t - 1) ? (index.entities[e] as { id: string }).id : null;
  }
  // "the Kremlin press service", "the army media unit": a name that modifies the unit's words ("the Kremlin press
  // service said": not a unit of a country the sentence merely mentions)
  if (doc.lower[subject.start] === 'the' && subject.head - subject.start <= 4) {
    const e = index.entityAtToken[subject.start + 1] as number;
    const ent = e >= 0 && isActor(index, subject.start + 1) ? index.entities[e] : undefined;
    if (ent && ent.type !== 'PERSON') {
      let t = subject.start + 1;
      while (t < subject.head && index.entityAtToken[t] === e) t++;
      for (; t < subject.head; t++) if ((doc.pos[t] as number) !== P.NOUN && (doc.pos[t] as number) !== P.ADJ) return null;
      return ent.id;
    }
  }
  return null;
}

/**
 * "A spokesperson for the Montreal-based agency said": a spokes-noun for a described organisation ("the <words> agency")
 * speaks for the organisation of that kind named last, else the one named in the last sentences.
 */
function spokesForKind(doc: Doc, index: EntityIndex, subject: Subject): string | null {
  const h = subject.head;
  if (!SPOKES_NOUNS.has(doc.lower[h] as string) || doc.lower[h + 1] !== 'for' || doc.lower[h + 2] !== 'the') return null;
  let last = -1;
  for (let t = h + 3; t < doc.n && t - h < 9; t++) {
    const p = doc.pos[t] as number;
    if (p === P.NOUN) last = t;
    else if (p !== P.ADJ && p !== P.PROPN && !(p === P.VERB && doc.words[t - 1] === '-') && doc.words[t] !== '-') break;
  }
  const kind = last >= 0 ? (doc.lower[last] as string) : '';
  if (last < 0 || (index.entityAtToken[last] as number) >= 0 || !(ORG_HEAD_WORDS.has(kind) || GENERIC_ORG_WORDS.has(kind))) return null;
  return recentOrgNamed(index, subject.start, kind) ?? recentOrg(doc, index, subject.start);
}

const BARE_SPOKES = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/** people whose findings a body puts out as its own: "scientists at the institute", "researchers at X" */
const STAFF_NOUNS = new Set(['scientists', 'researchers', 'experts', 'staff', 'epidemiologists', 'economists', 'analysts', 'engineers', 'doctors']);

/**
 * "Scientists at the International Council for the Exploration of the Sea say …": the staff of an organisation the
 * article names right after "at" speak for it (not a place: "doctors at a hospital in Gaza", "analysts at Kyiv").
 */
function staffAt(doc: Doc, index: EntityIndex, subject: Subject): string | null {
  const h = subject.head;
  if (!STAFF_NOUNS.has(doc.lower[h] as string) || doc.lower[h + 1] !== 'at') return null;
  const t = doc.lower[h + 2] === 'the' && (index.entityAtToken[h + 2] as number) < 0 ? h + 3 : h + 2;
  const id = isActor(index, t) ? entityIdAt(index, t) : null;
  return id && typeOfId(index, id) === 'ORG' ? id : null;
}

/** "the Nordic Weather Institute (NWI), which said …": the body whose acronym in brackets stands before the relative. */
function bracketedAntecedent(doc: Doc, index: EntityIndex, subject: Subject): string | null {
  const h = subject.head;
  if ((doc.lower[h] !== 'which' && doc.lower[h] !== 'who') || doc.words[h - 1] !== ',' || doc.words[h - 2] !== ')' || doc.words[h - 4] !== '(') return null;
  return isActor(index, h - 3) ? entityIdAt(index, h - 3) : null;
}

/**
 * "…, according to the ministry, which said they were “…”": a relative pronoun after a description is no subject of
 * its own; the description is (its chunk of determiner, adjectives and nouns before the comma), null for none.
 */
function relativeAntecedent(doc: Doc, subject: Subject): Subject | null {
  const h = subject.head;
  if ((doc.lower[h] !== 'which' && doc.lower[h] !== 'who') || doc.words[h - 1] !== ',' || (doc.pos[h - 2] as number) !== P.NOUN) return null;
  let s = h - 2;
  while (s > 0 && h - 2 - s < 4 && ((doc.pos[s - 1] as number) === P.NOUN || (doc.pos[s - 1] as number) === P.ADJ || (doc.pos[s - 1] as number) === P.DET)) s--;
  return { id: null, start: s, head: h - 2 };
}

/** people who speak for a client: "a spokesperson for X", "lawyers for X" */
const SPEAKS_FOR = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'lawyer', 'lawyers', 'attorney', 'attorneys']);

/**
 * "A spokesperson for Karin Olsen said", "Lawyers for the company told the court": an unnamed spokesperson or lawyer
 * speaks for the one the article names after "for" (a name, or a description it linked to one).
 */
function spokesForName(doc: Doc, index: EntityIndex, subject: Subject): string | null {
  const h = subject.head;
  if (!SPEAKS_FOR.has(doc.lower[h] as string) || doc.lower[h + 1] !== 'for') return null;
  const t = doc.lower[h + 2] === 'the' && (index.entityAtToken[h + 2] as number) < 0 ? h + 3 : h + 2;
  return isActor(index, t) ? entityIdAt(index, t) : null;
}

/**
 * "…, the Pentagon said. A spokesman said …", "The agency began airlifting food …, a spokeswoman said.": a spokesperson
 * the phrase ties to no one speaks for the organisation that reported in the sentence before, else for the
 * organisation named before it in its own sentence; null otherwise.
 */
function bareSpokesperson(doc: Doc, index: EntityIndex, subject: Subject, found: readonly Found[]): string | null {
  const d = doc.lower[subject.start];
  if (!BARE_SPOKES.has(doc.lower[subject.head] as string) || subject.head !== subject.start + 1 || (d !== 'a' && d !== 'an')) return null;
  const s0 = doc.sentOf[subject.start] as number;
  const type = (id: string): string => typeOfId(index, id) ?? '';
  let last: Found | null = null;
  for (const f of found) if (f.a < subject.start && s0 - (doc.sentOf[f.a] as number) <= 1 && f.cue !== null && (!last || f.a > last.a)) last = f;
  if (last?.speaker && (type(last.speaker) === 'ORG' || type(last.speaker) === 'GPE')) return last.speaker;
  for (let k = subject.start - 1; k >= (doc.sentStart[s0] as number); k--) {
    const e = index.entityAtToken[k] as number;
    if (e >= 0 && (index.entities[e] as { type: string }).type === 'ORG') return (index.entities[e] as { id: string }).id;
  }
  return null;
}

/** how many tokens from its quote an unnamed spokesperson's attribution may stand ("…, a company spokeswoman said") */
const SPOKES_QUOTE_REACH = 6;

/**
 * "…, a company spokeswoman said. The plant would …, she said.": "he" or "she" that no named person fits (the pronoun
 * resolver found none) is the unnamed spokesperson of the quote before, in the same or the previous sentence, and
 * speaks for the organisation that one was credited to; null otherwise.
 */
function spokesPronoun(doc: Doc, index: EntityIndex, subject: Subject, found: readonly Found[]): string | null {
  const w = doc.lower[subject.head] as string;
  if (subject.start !== subject.head || (w !== 'he' && w !== 'she')) return null;
  const s0 = doc.sentOf[subject.head] as number;
  let last: Found | null = null;
  for (const f of found) if (f.b <= subject.head && s0 - (doc.sentOf[f.a] as number) <= 1 && (!last || f.a > last.a)) last = f;
  if (!last?.speaker) return null;
  const type = typeOfId(index, last.speaker);
  if (type !== 'ORG' && type !== 'GPE') return null;
  const sentence = doc.sentOf[last.a] as number;
  for (let t = Math.max(0, last.a - SPOKES_QUOTE_REACH); t < Math.min(doc.n, last.b + SPOKES_QUOTE_REACH); t++) {
    if ((t < last.a || t >= last.b) && doc.sentOf[t] === sentence && BARE_SPOKES.has(doc.lower[t] as string)) return last.speaker;
  }
  return null;
}

/** heads of a body that is a government's when its phrase says so (STATE_QUALIFIERS): "the national disaster agency" */
const STATE_BODY_HEADS = new Set(['agency', 'service', 'office', 'authority', 'directorate', 'department', 'bureau', 'administration', 'commission', 'council', 'committee', 'inspectorate', 'regulator']);
/** words that make such a body the state's: "the national statistics office", "the government's press service" */
const STATE_QUALIFIERS = new Set(['national', 'state', 'federal', 'government', 'governmental', 'state-run', 'state-owned', 'country']);

/**
 * An unnamed body whose phrase makes it the state's: "the national disaster management agency", "the Ethiopian
 * government's communication service", "the country's statistics office"; not a named organisation (the recognizer's
 * entity speaks for itself) and not "the agency" alone (the one named before).
 */
function stateBody(doc: Doc, index: EntityIndex, spoken: Subject): boolean {
  if (!STATE_BODY_HEADS.has(doc.lower[spoken.head] as string) || (index.entityAtToken[spoken.head] as number) >= 0) return false;
  for (let t = spoken.start; t < spoken.head; t++) {
    const e = index.entityAtToken[t] as number;
    if (e >= 0) {
      const type = (index.entities[e] as { type: string }).type;
      if (type !== 'GPE' && type !== 'NORP') return false;
      continue;
    }
    if (STATE_QUALIFIERS.has(doc.lower[t] as string)) return true;
  }
  return false;
}

/** heads of an unnamed government body that speaks for its country: "the interior ministry said" */
const GOV_SPEAKERS = new Set(['ministry', 'government', 'presidency', 'cabinet', 'junta', 'embassy', 'chancellery', 'palace']);

/** Token h heads an unnamed government body: "the interior ministry", and a country's "central bank". */
function govBody(doc: Doc, h: number): boolean {
  return GOV_SPEAKERS.has(doc.lower[h] as string) || centralBank(doc, h);
}

/** Token h is the "bank" of "central bank". */
function centralBank(doc: Doc, h: number): boolean {
  return doc.lower[h] === 'bank' && doc.lower[h - 1] === 'central';
}

/** Token u is a lone apostrophe that closes a plural possessive ("the farmers' union"), not a quotation mark. */
function possessiveApostrophe(doc: Doc, u: number): boolean {
  return /^['’]$/.test(doc.words[u] as string) && !isQuoteTok(doc, u);
}

/**
 * An unnamed government body as a subject speaks for its country: the one named in its phrase ("Vietnam's trade
 * ministry"), else the one whose seat follows it ("the junta in Bamako") or that its sentence opens with ("In the Czech
 * Republic, the ministry says"), else the one whose seat the dateline names, else the article's home country
 * (acts-for.ts); null for anything else.
 */
function governmentSpeaker(doc: Doc, index: EntityIndex, acts: ActsFor | undefined, spoken: Subject): string | null {
  if (!acts) return null;
  // (an unnamed spokesperson of such a body speaks for it as the body does: "a ministry spokesperson said")
  const subject = govBody(doc, spoken.head) || stateBody(doc, index, spoken) ? spoken : bodyOfSpokesperson(doc, index, spoken);
  if (!subject) return null;
  for (let t = subject.start; t < subject.head; t++) {
    const e = index.entityAtToken[t] as number;
    if (e >= 0) {
      const ent = index.entities[e] as { id: string; type: string; kb: { iso3166?: string } };
      return (ent.type === 'GPE' || ent.type === 'NORP') && ent.kb.iso3166 ? acts.party(ent.id) : null;
    }
    // (a nationality adjective the recognizer left out of its mentions: "Indian commerce ministry")
    const c = /^\p{Lu}/u.test(doc.words[t] as string) ? loadKB().countryByDemonym(doc.words[t] as string) : undefined;
    const own = c ? countryOrPeople(index, c.iso2) : undefined;
    if (own) return acts.party(own);
  }
  // "the junta in Bamako", "the government in Kabul": the country whose seat follows (none when the article does not
  // name that country)
  if (doc.lower[subject.head + 1] === 'in') {
    const seat = seatCountry(index, subject.head + 2);
    if (seat !== undefined) return seat;
    // (a seat the resolver already took for its country: "Kabul" as Afghanistan)
    const e = index.entityAtToken[subject.head + 2] as number;
    const ent = e >= 0 ? index.entities[e] : undefined;
    if (ent?.type === 'GPE' && ent.kb.iso3166) return acts.party(ent.id);
  }
  // "In the Czech Republic, the environment ministry says": the country (or seat) the sentence opens with
  const sa = doc.sentStart[doc.sentOf[subject.start] as number] as number;
  let t = afterDateline(doc, sa, subject.start);
  if (doc.lower[t] === 'in' && doc.words[subject.start - 1] === ',') {
    t++;
    if (doc.lower[t] === 'the') t++;
    const e = index.entityAtToken[t] as number;
    const ent = e >= 0 ? index.entities[e] : undefined;
    if (ent?.type === 'GPE' && ent.kb.iso3166) return acts.party(ent.id);
    const seat = seatCountry(index, t);
    if (seat !== undefined) return seat;
  }
  // "the country's health ministry", "the territory's interior ministry": the place named last before it
  const owner = placeOwner(doc, index, acts, subject);
  if (owner !== undefined) return owner;
  // "Uganda's health minister said … . The ministry said …": a definite body refers back to the country of the last
  // ministry or minister named with one
  if (doc.lower[subject.start] === 'the') {
    const back = earlierBodyCountry(doc, index, acts, subject.head);
    if (back) return back;
  }
  // "MOSCOW - … The foreign ministry said": the country whose seat the dateline names; "BASRA - … The water ministry
  // said": the country of the dateline's city, when the article names that country or its people
  const s0 = doc.n > 0 ? afterDateline(doc, 0, doc.sentEnd[0] as number) : 0;
  for (let d = 0; d < s0; d++) {
    const seat = seatCountry(index, d);
    if (seat) return seat;
  }
  return datelineCountry(doc, index, s0) ?? acts.homeFor(undefined);
}

/** nouns for a place that may be no country, as a body's owner ("the territory's health ministry") */
const PLACE_OWNERS = new Set(['territory', 'enclave', 'region', 'province', 'island', 'state']);
/** how far back (tokens) "the territory's" looks for the place it stands for */
const OWNER_LOOKBACK = 300;

/**
 * The place a possessive place noun in the body's phrase stands for ("the territory's health ministry", "the region's
 * government"): the last place named in the sentences before (Gaza, not the article's home country); undefined when the
 * phrase holds no such noun, null when no place is named before it. (Not the clause the body reports: "Israel has
 * killed …, the territory's health ministry said".)
 */
function placeOwner(doc: Doc, index: EntityIndex, acts: ActsFor, subject: Subject): string | null | undefined {
  let at = -1;
  for (let t = subject.start; t + 1 < subject.head; t++) {
    const poss = doc.lower[t + 1] === "'s" || doc.lower[t + 1] === '’s';
    if (poss && PLACE_OWNERS.has(doc.lower[t] as string) && (index.entityAtToken[t] as number) < 0) at = t;
  }
  if (at < 0) return undefined;
  const from = doc.sentStart[doc.sentOf[at] as number] as number;
  for (let t = from - 1; t >= 0 && from - t <= OWNER_LOOKBACK; t--) {
    const e = index.entityAtToken[t] as number;
    const ent = e >= 0 ? index.entities[e] : undefined;
    if (ent?.type === 'GPE') return ent.kb.iso3166 ? acts.party(ent.id) : ent.id;
  }
  return null;
}

/** the nouns whose earlier mention a definite government body refers back to: "the ministry" after "Uganda's health minister" */
const BODY_ANTECEDENTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['ministry', new Set(['ministry', 'minister'])],
  ['government', new Set(['government', 'minister', 'ministry', 'president'])],
  ['embassy', new Set(['embassy', 'ambassador'])],
  ['presidency', new Set(['presidency', 'president'])],
]);
/** how many words before an antecedent noun may hold its country ("Uganda's minister of health", "the Kenyan foreign ministry") */
const BODY_COUNTRY_WORDS = 4;

/**
 * The country of the nearest earlier mention (within BODY_LOOKBACK tokens) of a noun the body at `head` refers back to,
 * when a country's name or demonym stands just before it ("Uganda's health minister", "the Kenyan embassy"); null when
 * that nearest mention names no country, or there is none.
 */
function earlierBodyCountry(doc: Doc, index: EntityIndex, acts: ActsFor, head: number): string | null {
  const nouns = BODY_ANTECEDENTS.get(doc.lower[head] as string);
  if (!nouns) return null;
  for (let j = head - 1; j >= 0 && head - j <= BODY_LOOKBACK; j--) {
    if (!nouns.has(doc.lower[j] as string) || (index.entityAtToken[j] as number) >= 0) continue;
    for (let t = j - 1; t >= 0 && j - t <= BODY_COUNTRY_WORDS; t--) {
      const w = doc.words[t] as string;
      if (w === ',' || w === '.' || isQuoteTok(doc, t)) break;
      const e = index.entityAtToken[t] as number;
      if (e < 0) continue;
      const ent = index.entities[e] as { id: string; type: string; kb: { iso3166?: string } };
      if ((ent.type === 'GPE' || ent.type === 'NORP') && ent.kb.iso3166) return acts.party(ent.id);
      break;
    }
    // (the nearest mention names no country: the body is that one, whose country is found elsewhere)
    return null;
  }
  return null;
}
/** how far back (tokens) a definite government body looks for the mention it refers back to */
const BODY_LOOKBACK = 400;

/** those who speak for a party in court */
const COUNSEL = new Set(['lawyer', 'lawyers', 'attorney', 'attorneys', 'counsel']);

/** a body's unit that speaks for it, after one of PRESS_WORDS: "the ministry's press office" */
const PRESS_UNITS = new Set(['office', 'service']);
const PRESS_WORDS = new Set(['press', 'media']);

/** how many words may stand between "a spokesman for the" and the body's head ("the Ghanaian foreign ministry") */
const SPOKES_FOR_WORDS = 3;

/**
 * The unnamed government body an unnamed spokesperson (or statement) speaks for, as a subject of its own: "a (foreign)
 * ministry spokesperson", "the ministry's spokeswoman", "a spokesman for (Ghana's) foreign ministry", "a statement from
 * the ministry"; null when the
 * spokesperson is of no such body, or the body is one the article names ("a spokesman for the Ministry of Health":
 * the organisation, read elsewhere).
 */
function bodyOfSpokesperson(doc: Doc, index: EntityIndex, subject: Subject): Subject | null {
  const h = subject.head;
  const w = doc.lower[h] as string;
  // (so does its statement: "a foreign ministry statement said", "a statement from the ministry", "the ministry's statement")
  // (and its press office: "the foreign ministry's press office said", "the ministry press service")
  const press = PRESS_UNITS.has(w) && h - 1 > subject.start && PRESS_WORDS.has(doc.lower[h - 1] as string);
  // (and its lawyers in court: "lawyers for the government", "lawyers for the state", the state a party to the case)
  if (COUNSEL.has(w) && doc.lower[h + 1] === 'for' && doc.lower[h + 2] === 'the' && (doc.lower[h + 3] === 'state' || doc.lower[h + 3] === 'government') && (index.entityAtToken[h + 3] as number) < 0 && (doc.pos[h + 4] as number) !== P.NOUN && doc.lower[h + 4] !== 'of') return { id: null, start: h + 2, head: h + 3 };
  if (!BARE_SPOKES.has(w) && !STATEMENT_NOUNS.has(w) && !press) return null;
  const gov = (t: number): boolean => GOV_SPEAKERS.has(doc.lower[t] as string) && (index.entityAtToken[t] as number) < 0;
  let t = press ? h - 2 : h - 1;
  if (t > subject.start && (doc.lower[t] === "'s" || doc.lower[t] === '’s')) t--;
  if (t >= subject.start && gov(t)) return { id: null, start: subject.start, head: t };
  if (press) return null;
  if (doc.lower[h + 1] !== (BARE_SPOKES.has(w) ? 'for' : 'from')) return null;
  for (let u = h + 2; u < doc.n && u - h - 2 <= SPOKES_FOR_WORDS; u++) {
    if (gov(u)) return { id: null, start: h + 2, head: u };
    const p = doc.pos[u] as number;
    if (p !== P.DET && p !== P.ADJ && p !== P.NOUN && p !== P.PROPN && p !== P.PART) return null;
  }
  return null;
}

/**
 * A capital (or seat of government) named at token t: the entity of its country when the article names that country,
 * else the seat itself (a metonym for its government: "the ministry in Bamako" with Mali never named); undefined when t
 * names no seat.
 */
function seatCountry(index: EntityIndex, t: number): string | undefined {
  const e = index.entityAtToken[t] as number;
  const ent = e >= 0 ? index.entities[e] : undefined;
  if (ent?.type !== 'GPE' || ent.kb.iso3166) return undefined;
  const iso = loadKB().countryByMetonym(ent.name)?.iso2;
  if (!iso) return undefined;
  // (else the demonym of that country, which stands for it: "ANKARA - Turkish police …, the ministry said")
  return countryOrPeople(index, iso) ?? ent.id;
}

/**
 * The country of the city that opens the dateline ("BASRA -", "ADDIS ABABA, March 3 -": the first run of capitalised
 * words before `s0`, the most populous city of that name), as the article's entity for that country, else for its
 * people ("BASRA - Iraqi officials …"); undefined when the dateline names no city or the article neither country nor
 * people.
 */
function datelineCountry(doc: Doc, index: EntityIndex, s0: number): string | undefined {
  let b = 0;
  while (b < s0 && /^\p{Lu}[\p{L}'’.-]*$/u.test(doc.words[b] as string)) b++;
  if (b === 0) return undefined;
  const name = doc.words.slice(0, b).map((w) => (w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w)).join(' ');
  // (GeoNames' alternate names too: "Basra" is "Basrah" there)
  let iso: string | null = null;
  let pop = -1;
  for (const c of loadKB().cities(name, true)) if (c.population > pop) ({ country: iso, population: pop } = c);
  return iso ? countryOrPeople(index, iso) : undefined;
}

/** The article's entity for the country with ISO code iso, else for its people (a demonym); undefined for neither. */
function countryOrPeople(index: EntityIndex, iso: string): string | undefined {
  return index.entities.find((c) => c.type === 'GPE' && c.kb.iso3166 === iso)?.id ?? index.entities.find((c) => c.type === 'NORP' && c.kb.iso3166 === iso)?.id;
}

/** What findQuotes keeps while it reads an article: the quotes found so far and what each token has become. */
interface QuoteRun {
  readonly doc: Doc;
  readonly index: EntityIndex;
  readonly text: string;
  readonly syn: Syntax | undefined;
  readonly acts: ActsFor | undefined;
  readonly who: Who;
  readonly found: Found[];
  readonly usedCue: Uint8Array;
  /** speaker of each cue token already attributed */
  readonly cueSpeaker: Map<number, string | null>;
  /** 1 inside a direct/mixed quote body */
  readonly inQuote: Uint8Array;
  readonly clauses: Clauses;
  /** fragments with no cue before them in their sentence: quotes if a reported clause holds them */
  readonly pending: Found[];
  /** the interview's intro ("we spoke to X"), looked up once */
  readonly interview: { asked?: { id: string | null; at: number } };
}

export function findQuotes(doc: Doc, index: EntityIndex, syn?: Syntax, acts?: ActsFor): Quote[] {
  const text = doc.text;
  // (and when the chunker named someone in the very phrase the parse takes for the subject: the chunker reads its
  // apposition, "the Head of X, Ambassador Y, insisted", where the parse may hang the subject on the name of X)
  const byCue: Who = syn
    ? (k, fallback, subject) => (subject && (nextToVerb(doc, subject.head, k) || secondSubject(doc, syn, subject, k) || (fallback !== null ? inPhrase(doc, syn, subject, k) : plainPhrase(doc, index, subject.start, k))) ? fallback : (speakerFromParse(doc, syn, index, k) ?? (subject && objectOfAside(doc, syn, subject, k) ? null : fallback)))
    : (_k, fallback) => fallback;
  // (the one who reported before, an unnamed ministry too: "The defence ministry in Kyiv said …. “…,” the ministry said.")
  const reporter: Who = (k, fallback, subject) => byCue(k, fallback, subject) ?? (subject ? governmentSpeaker(doc, index, acts, subject) : null);
  // "the statement said": whoever put out the statement named last
  const who: Who = (k, fallback, subject) =>
    (subject ? namedLater(doc, index, subject, k) : null) ?? byCue(k, fallback, subject) ?? (subject ? (spokesPronoun(doc, index, subject, found) ?? statementAuthor(doc, index, subject, reporter, found) ?? governmentSpeaker(doc, index, acts, subject) ?? orgKindSubject(doc, index, subject) ?? unitOf(doc, index, subject) ?? spokesForKind(doc, index, subject) ?? spokesForName(doc, index, subject) ?? staffAt(doc, index, subject) ?? bareSpokesperson(doc, index, subject, found) ?? mistypedName(doc, index, subject) ?? nominalPerson(doc, index, subject, k) ?? namedAfter(doc, index, subject, k, found) ?? relativeSpeaker(k, subject)) : null);
  // ("according to the ministry, which said …": the description the relative pronoun stands for, as a subject)
  const relativeSpeaker = (k: number, subject: Subject): string | null => {
    const ante = relativeAntecedent(doc, subject);
    return ante ? who(k, null, ante) : bracketedAntecedent(doc, index, subject);
  };
  const found: Found[] = [];
  const usedCue = new Uint8Array(doc.n);
  /** speaker of each cue token already attributed */
  const cueSpeaker = new Map<number, string | null>();
  /** 1 inside a direct/mixed quote body */
  const inQuote = new Uint8Array(doc.n);
  const clauses: Clauses = { at: new Int32Array(doc.n).fill(-1), fragment: new Uint8Array(doc.n), who: [], verb: new Uint8Array(doc.n) };
  if (syn) for (let t = 0; t < doc.n; t++) if (syn.upos[t] === 'VERB' || syn.upos[t] === 'AUX') clauses.verb[t] = 1;
  nounTaggedVerbs(doc, index, clauses.verb);
  /** fragments with no cue before them in their sentence: quotes if a reported clause holds them */
  const pending: Found[] = [];
  /** the interview's intro ("we spoke to X"), looked up once */
  const interview: { asked?: { id: string | null; at: number } } = {};
  const run: QuoteRun = { doc, index, text, syn, acts, who, found, usedCue, cueSpeaker, inQuote, clauses, pending, interview };
  // (three functions rather than one: V8 optimises each on its own, and one function of this size costs it far more)
  directQuotes(run);
  // indirect speech: "X said (that) CLAUSE", "CLAUSE, X said.", "CLAUSE, according to X."
  for (let k = 0; k < doc.n; k++) indirectAt(run, k);
  for (const f of pending) {
    const c = clauses.at[f.a] as number;
    const r = c >= 0 ? clauses.who[c] : undefined;
    if (r) found.push({ ...f, speaker: r.speaker, cue: r.cue });
  }
  // a fragment whose own verb has no named subject, inside a reported clause: the reporter's words ("X said that
  // troops had responded “in kind”")
  for (const f of found) {
    if (f.kind !== 'mixed' || f.speaker !== null) continue;
    const c = clauses.at[f.a] as number;
    const r = c >= 0 ? clauses.who[c] : undefined;
    if (r?.speaker) {
      f.speaker = r.speaker;
      f.cue = r.cue;
    }
  }
  coordinatedSpeakers(doc, index, cueSpeaker, found);
  interviewAnswers(doc, index, found);
  // a report inside someone's quoted words is part of them, not a quote of its own (an interview answer that says
  // "Moscow has always insisted that Iran stay inside")
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i] as Found;
    if (f.kind === 'indirect' && found.some((d) => d.kind === 'direct' && d.start <= f.start && f.end <= d.end)) found.splice(i, 1);
  }
  found.sort((x, y) => x.start - y.start);
  return found.map(({ a: _a, b: _b, ...q }) => q);
}

/** entity types that speak together in a coordinated subject */
const COORDINATED_TYPES = new Set(['PERSON', 'ORG', 'GPE']);

/**
 * The other speakers of a coordinated subject right before cue k whose speaker is `speaker` ("Japan and South Korea
 * said", "France, Germany and Italy say"): the names of a list closed by "and" (commas only before it) that stands
 * where a subject opens (sentence start, after a comma, a quote or a conjunction); empty when speaker is not one of them.
 */
function coordinatedWith(doc: Doc, index: EntityIndex, k: number, speaker: string): string[] {
  const ids: string[] = [];
  let t = k - 1;
  for (;;) {
    if (!isActor(index, t)) return [];
    const e = index.entityAtToken[t] as number;
    const id = entityIdAt(index, t);
    if (!id || !COORDINATED_TYPES.has(typeOfId(index, id) ?? '')) return [];
    while (t > 0 && index.entityAtToken[t - 1] === e) t--;
    if (!ids.includes(id)) ids.push(id);
    let u = t - 1;
    // (past a person's title: "Lithuanian President X and Latvian Prime Minister Y said")
    if (typeOfId(index, id) === 'PERSON') while (u >= 0 && t - u <= TITLE_WORDS && titleWord(doc, index, u)) u--;
    if (doc.lower[u] === 'the' && (index.entityAtToken[u] as number) < 0) u--;
    const link = doc.lower[u];
    // (the last link is "and", the earlier ones commas: "Qureshi, Modi said" is no list)
    if (link === 'and' && ids.length === 1) t = u - 1;
    else if (link === ',' && ids.length > 1 && doc.lower[u - 1] !== 'and') t = u - 1;
    else {
      const sa = doc.sentStart[doc.sentOf[k] as number] as number;
      const opens = u + 1 === afterDateline(doc, sa, k) || (u >= 0 && (doc.words[u] === ',' || isQuoteTok(doc, u) || (doc.pos[u] as number) === P.CCONJ || (doc.pos[u] as number) === P.SCONJ));
      return opens && ids.length > 1 && ids.includes(speaker) ? ids.filter((x) => x !== speaker) : [];
    }
  }
}

/** how many words of a title may stand before a coordinated person's name */
const TITLE_WORDS = 4;

/** A capitalised word of a title before a name ("Prime", "Minister"), or a demonym ("Latvian"). */
function titleWord(doc: Doc, index: EntityIndex, u: number): boolean {
  const e = index.entityAtToken[u] as number;
  if (e >= 0) return (index.entities[e] as { type: string }).type === 'NORP';
  return /^\p{Lu}/u.test(doc.words[u] as string) && ((doc.pos[u] as number) === P.PROPN || (doc.pos[u] as number) === P.NOUN);
}

/**
 * Coordinated speakers say the same words each: a quote cued by "X and Y said" is X's and Y's (one quote each); the
 * quotes of a cue are those its sentence holds with its speaker.
 */
function coordinatedSpeakers(doc: Doc, index: EntityIndex, cueSpeaker: ReadonlyMap<number, string | null>, found: Found[]): void {
  const add: Found[] = [];
  for (const [k, speaker] of cueSpeaker) {
    if (!speaker || !isActor(index, k - 1)) continue;
    const others = coordinatedWith(doc, index, k, speaker);
    if (!others.length) continue;
    const sent = doc.sentOf[k];
    for (const f of found) {
      if (f.speaker !== speaker || doc.sentOf[f.a] !== sent) continue;
      for (const o of others) if (!found.some((g) => g.start === f.start && g.speaker === o) && !add.some((g) => g.start === f.start && g.speaker === o)) add.push({ ...f, speaker: o });
    }
  }
  found.push(...add);
}

/** The quotes in marks, direct and mixed, with their speakers (findQuotes). */
function directQuotes(run: QuoteRun): void {
  const { doc, index, text, who, found, usedCue, cueSpeaker, inQuote, clauses, pending, interview } = run;
  let prev: { speaker: string | null; cue: string | null | undefined; para: number; end: number; fragment: boolean; cueTok: number } | null = null;
  const spans = findMarkSpans(text);
  // a text that quotes whole sentences in single marks (British style) uses them for short quotes too
  const singleStyle = spans.some((sp) => !sp.double && /[.!?,]\s*$/.test(text.slice(sp.open + 1, sp.close)) && /\s\S+\s\S+\s/.test(text.slice(sp.open + 1, sp.close)));
  for (const span of spans) {
    const openTok = tokenAt(doc, span.open);
    const closeTok = Math.min(doc.n - 1, tokenAt(doc, span.close));
    const a = openTok + 1;
    const b = closeTok;
    if (b <= a) continue;
    const words = wordCount(doc, a, b);
    const [ts, te] = directText(text, span);
    if (te <= ts) continue;
    const body = text.slice(ts, te);
    // (a quote that ends with a quote inside it ends where that one does: `"He told me, 'Go home,'" she said`)
    const inner = /['’‘"”]$/.test(body) ? body.replace(/[\s'’‘"”]+$/, '') : body;
    const lastChar = inner === body ? (text[span.close - 1] ?? '') : inner.slice(-1);
    const sent = doc.sentOf[a] as number;
    const sentA = doc.sentStart[sent] as number;
    const before = openTok - 1;
    // (a quote that opens the article after its dateline, "KIGALI - "…"", starts a clause too)
    const startsClause = before < sentA || before < 0 || doc.words[before] === ':' || doc.words[before] === ',' || isDash(doc, before) || isQuoteTok(doc, before) || openTok <= (doc.sentStart[doc.sentOf[openTok] as number] as number) || (before > sentA && afterDateline(doc, sentA, openTok) === openTok);
    // (a quote that closes its paragraph ends its sentence: a headline `Iran's foreign minister: "Ready for talks"`)
    const endsSentence = /[.!?…,—–-]$/.test(inner) || lastChar === ',' || closeTok + 1 >= doc.n || (doc.paraOfSent[doc.sentOf[closeTok + 1] as number] as number) > (doc.paraOfSent[sent] as number);
    // (British style keeps the full stop outside the marks: `X said, "We are ready".`; a quote introduced by a cue and a
    // comma, or by a colon, that the sentence's end follows is a whole quote)
    const introduced = doc.words[before] === ':' || isDash(doc, before) || (doc.words[before] === ',' && isCue(doc, before - 1));
    // (and a whole quote a dash and its attribution follow: `"We will win" — X said.`)
    const closesSentence = (introduced && isSentPunct(doc.words[closeTok + 1]) && words > SCARE_WORDS) || (startsClause && isDash(doc, closeTok + 1) && words > SCARE_WORDS && attributeAfter(doc, index, closeTok, () => null) !== null);
    const fragment = !(startsClause && (endsSentence || closesSentence || /[.!?]/.test(body)));
    if (fragment && (words <= SCARE_WORDS && !span.double && !singleStyle)) continue;
    // a one-word label inside a noun phrase: `the bloc's "anti-subsidy" duties`, `its "zero-Covid" policy` (not `a
    // "necessary and legitimate" response`: words someone chose)
    if (fragment && !/\s/.test(body) && attributiveLabel(doc, openTok, closeTok)) continue;
    // a short name the text defines in brackets: `NuScale Power LLC ("NuScale")`, `the Treaty ("the Accord")`
    if (fragment && words <= SCARE_WORDS && doc.words[openTok - 1] === '(' && doc.words[closeTok + 1] === ')') continue;
    // a name in title case after a preposition, a determiner or a verb of naming: `on "The Browser Countdown"`, `its
    // "Clean Seas Pledge"`, `renamed "Northern Star"` (a title, not words someone chose)
    if (fragment && words >= 2 && isTitle(doc, a, b) && (TITLE_BEFORE.has(doc.pos[openTok - 1] as number) || WORK_NOUNS.has(doc.lower[openTok - 1] as string) || OPENING_POSSESSIVES.has(doc.lower[openTok - 1] as string) || NAMING_VERBS.has(doc.lower[openTok - 1] as string))) continue;
    // a name something goes by: `known locally as "the ghost bridge"`, `which calls itself "the Guardians"`, `what
    // locals call "the green zone"` (no one's words)
    if (fragment && words <= NAME_WORDS && nameGoneBy(doc, openTok)) continue;

    let att: Attribution | null = null;
    const afterOk = lastChar === ',' || /[!?—–-]$/.test(inner) || !/[.]$/.test(inner);
    if (!fragment) {
      // a quote opened by a colon belongs to the cue before it (`X wrote on social media: "…!" Y said …`), a cue
      // after it may be the next sentence's
      const colon = doc.words[openTok - 1] === ':' || isDash(doc, openTok - 1);
      if (colon) att = attributeBefore(doc, index, openTok, Math.max(0, prev ? prev.end : 0), COLON_WINDOW, who);
      if (!att && afterOk) att = attributeAfter(doc, index, closeTok, who);
      // after a colon the cue may stand further back: `X told the Lima Times on Friday: "…"`
      if (!att && !colon) att = attributeBefore(doc, index, openTok, Math.max(0, prev ? prev.end : 0), BEFORE_WINDOW, who);
      if (!att) att = labelledBy(doc, index, openTok) ?? colonSubject(doc, index, openTok) ?? asBefore(doc, index, openTok, sentA, who) ?? dashSigned(doc, index, closeTok);
      // `In the words of X, "…"`, `…, and in the words of the prosecutor, Jonas Berg, QC, "…"`
      if (!att && doc.words[openTok - 1] === ',') att = wordsBefore(doc, index, openTok, sentA);
      // a quote after a comma inside a reported clause: `X told the court that, over five months, "…"`
      if (!att && doc.words[openTok - 1] === ',' && openTok > sentA + 1) att = attributeBefore(doc, index, openTok, Math.max(sentA, prev ? prev.end : 0), 40, who);
      // a name in title case inside a sentence, with no one who says it: `the summit's theme, "Building a Fairer Future,"`,
      // `the annual report, "Clean Water for All."` (a title, not someone's words)
      if (!att && openTok > sentA && words >= 2 && isTitle(doc, a, b)) continue;
    } else {
      // a fragment is a quote only when a cue earlier in its sentence introduces it, or a cue right after it ends the
      // sentence (`… "with great care", the minister said.`), or a reported clause holds it (resolved below)
      // ("called the plan "reckless" and "a gift to smugglers"": a fragment listed right after an attributed one is
      // the same speaker's, though its mark stands between it and the cue)
      const listed: boolean = prev !== null && prev.fragment && prev.cueTok >= 0 && prev.end === openTok - 1 && LIST_LINKS.has(doc.lower[openTok - 1] as string);
      att = listed && prev ? { speaker: prev.speaker, cue: prev.cue ?? null, cueTok: prev.cueTok } : attributeBefore(doc, index, openTok, Math.max(sentA, openTok - 40), 40, who, !isTitle(doc, a, b));
      // (the comma may stand inside the marks: `… "a farce," said X.`)
      if (!att && (doc.words[closeTok + 1] === ',' || lastChar === ',') && (doc.pos[closeTok + 2] as number) !== P.CCONJ) {
        att = attributeAfter(doc, index, closeTok, who, true);
        // an inverted cue right after the marks ("said X") reports nothing after it; "…, X said." still reports the
        // clause before the fragment (below)
        if (att && att.cueTok === closeTok + (doc.words[closeTok + 1] === ',' ? 2 : 1)) usedCue[att.cueTok] = 1;
      }
      // the words on a sign: `banners that read "…"`, `a placard reading "…"` (not a chant: test/nlp/quotes-news.test.ts)
      const slogan = doc.lower[openTok - 1] as string;
      if (!att && SLOGAN_CUES.has(slogan) && signBefore(doc, openTok - 1)) att = { speaker: null, cue: slogan, cueTok: openTok - 1 };
      if (!att) {
        pending.push({ text: body, start: ts, end: te, kind: 'mixed', speaker: null, cue: null, a, b });
        clauses.fragment.fill(1, a, b);
        continue;
      }
    }
    const para = doc.paraOfSent[sent] as number;
    let speaker: string | null = att ? att.speaker : null;
    let cue: string | null | undefined = att ? att.cue : null;
    const answerOf: string | null = !att && !fragment && openTok <= (doc.sentStart[sent] as number) ? answerAfterQuestion(doc, index, sent, interview) : null;
    const describer: string | null = !att && !fragment && !answerOf ? describedAfter(doc, index, closeTok) : null;
    if (describer) {
      // `"We were never asked." That was how X described the hearings.`
      speaker = describer;
      cue = doc.lower[doc.sentStart[doc.sentOf[closeTok + 1] as number] as number] ?? null;
    } else if (answerOf) {
      // an interview's answer after the writer's question: `Is it working? "Better than the headlines suggest."`
      speaker = answerOf;
    } else if (!att && prev && (prev.speaker !== null || !prev.fragment) && (prev.para === para || (prev.para === para - 1 && openTok <= (doc.sentStart[sent] as number)))) {
      // a split quote: "We will respond," she said. "And firmly."
      // (unless a sentence between has someone else take the floor: `"…," X said. Y disagreed. "…"`)
      const between: string | null = !fragment && openTok <= (doc.sentStart[sent] as number) && sent > 0 && (doc.sentStart[sent - 1] as number) >= prev.end ? introducedBy(doc, index, sent) : null;
      speaker = between ?? prev.speaker;
      cue = between ? null : prev.cue;
    } else if (!att && !fragment && openTok <= (doc.sentStart[sent] as number)) {
      // a quote standing alone after a sentence that has someone speak: `X spoke to reporters. "We …"`; else one that
      // opens a feature before its speaker is introduced: `"Nobody came." \n\n Amina Yusuf, 45, has lived …`
      speaker = introducedBy(doc, index, sent) ?? introducedAfter(doc, index, closeTok);
    }
    if (att && !fragment) {
      usedCue[att.cueTok] = 1;
      cueSpeaker.set(att.cueTok, att.speaker);
    }
    for (let t = a; t < b; t++) inQuote[t] = 1;
    found.push({ text: body, start: ts, end: te, kind: fragment ? 'mixed' : 'direct', speaker, cue, a, b });
    prev = { speaker, cue, para, end: closeTok + 1, fragment, cueTok: att ? att.cueTok : -1 };
  }
}

/** The report, if any, that token k cues: indirect speech (findQuotes). */
function indirectAt(run: QuoteRun, k: number): void {
  if (run.inQuote[k] || run.usedCue[k]) return;
  const doc = run.doc;
  const w = doc.lower[k] as string;
  const s = doc.sentOf[k] as number;
  const sa = doc.sentStart[s] as number;
  const se = doc.sentEnd[s] as number;
  // "In the words of X, CLAUSE": X's report, as with "according to"
  if (w === 'in' && doc.lower[k + 3] === 'of' && doc.lower[k + 2] === 'words' && k === afterDateline(doc, sa, k + 1)) wordsOfReport(run, k, se);
  else if (w === 'according' && doc.lower[k + 1] === 'to') accordingToReport(run, k, sa, se);
  // "promised that …", "complained that …": with "that" these report a clause too
  else if (isCue(doc, k) && !(DIRECT_ONLY_CUES.has(w) && !(doc.lower[k + 1] === 'that' && !REQUEST_CUES.has(w)) && !postCue(doc, k))) cuedReport(run, k, w, sa, se);
}

/** "In the words of X, CLAUSE" at k: the clause as X's report. */
function wordsOfReport(run: QuoteRun, k: number, se: number): void {
  const { doc, found, inQuote } = run;
  const wo = wordsOf(doc, run.index, k, se);
  if (!wo) return;
  const cb = clauseEnd(doc, wo.comma + 1, se);
  if (cb > wo.comma + 1 && !holdsDirect(doc, found, inQuote, wo.comma + 1, cb)) pushIndirect(doc, found, inQuote, wo.comma + 1, cb, wo.sp.id, 'in the words of', run.clauses);
}

/** "according to X" at k: the clause it opens or closes as X's report. */
function accordingToReport(run: QuoteRun, k: number, sa: number, se: number): void {
  const { doc, index, found, inQuote } = run;
  // ("according to aid workers": a noun of a compound tagged as a verb)
  // (and "according to police": a sayer noun the tagger took for a verb)
  let sp = subjectAfter(doc, index, k + 2, Math.min(se, k + 14)) ?? ((doc.pos[k + 2] as number) === P.VERB && PEOPLE_NOUNS.has(doc.lower[k + 3] as string) ? { id: null, start: k + 2, head: k + 3 } : null) ?? (SAYER_NOUNS.has(doc.lower[k + 2] as string) && (doc.words[k + 3] === ',' || isSentPunct(doc.words[k + 3]) || SAYER_PLACE_ADPS.has(doc.lower[k + 3] as string)) ? { id: null, start: k + 2, head: k + 2 } : null);
  const opening = k === sa || (k - 1 >= sa && isQuoteTok(doc, k - 1));
  // ("According to Berg the money was …": a name, no comma, then the clause: its first token, else -1)
  const m = opening && isActor(index, k + 2) ? index.mentionAtToken?.[k + 2] : undefined;
  const bare = m && m.tokenStart === k + 2 && m.kind === 'name' && (doc.pos[m.tokenEnd] as number) === P.DET && hasVerb(doc, m.tokenEnd, se) ? m.tokenEnd : -1;
  if (bare >= 0) sp = { id: entityIdAt(index, k + 2), start: k + 2, head: bare - 1 };
  // ("According to the team's coach, Ana Ruiz, CLAUSE", "CLAUSE, according to its fisheries minister, Ana Ruiz": a
  // person named in apposition to any description)
  const apposed = personInApposition(doc, index, k + 2, se);
  if (!sp && apposed) sp = { id: null, start: k + 2, head: k + 2 };
  // ("according to figures from the ministry": a data noun the tagger took for a verb)
  if (!sp && DATA_NOUNS.has(doc.lower[k + 2] as string)) sp = { id: null, start: k + 2, head: k + 2 };
  if (sp && !sp.id && DATA_NOUNS.has(doc.lower[sp.head] as string)) sp = dataOwner(run, sp, se) ?? sp;
  if (!sp || (!sp.id && !isSayer(doc, sp.head) && !apposed)) return;
  let ca: number;
  let cb: number;
  if (opening) {
    const src = openingSource(run, k, sp, bare, se);
    if (!src) return;
    sp = src.sp;
    ca = src.ca;
    cb = src.cb;
  } else if (doc.words[k - 1] === ',') {
    ca = afterDateline(doc, sa, k - 1);
    cb = k - 1;
    // "The dam, according to Holm, collapsed at midnight": the source set off inside the clause it reports
    let stop = k + 2;
    while (stop < se && stop - k < 14 && doc.words[stop] !== ',' && !isQuoteTok(doc, stop)) stop++;
    if (doc.words[stop] === ',' && wordCount(doc, ca, cb) <= PAREN_SUBJECT && !hasVerb(doc, ca, cb) && predicateAfter(doc, stop + 1, se)) cb = clauseEnd(doc, stop + 1, se);
    // "X told Y that A, according to a statement": the source of a report already found, not a report of its own
    if (reportWithin(found, sa, cb)) return;
    // "A, according to the board's chairman, Jonas Berg.": a person named in apposition after the description
    if (!sp.id) {
      const named = apposedPersonAfter(doc, index, k + 2, se);
      if (named) sp = { ...sp, id: named };
    }
  } else return;
  pushIndirect(doc, found, inQuote, ca, cb, sp.id ?? statementAuthor(doc, index, sp, run.who, found) ?? governmentSpeaker(doc, index, run.acts, sp), 'according to', run.clauses);
}

/** figures a body puts out: "according to ministry figures", "according to World Bank data" */
const DATA_NOUNS = new Set(['figures', 'data', 'statistics', 'estimates']);

/**
 * The body whose figures sp names, which reports what they show: a named organisation or an unnamed government body
 * that modifies the noun ("World Bank figures", "Indian trade ministry data") or follows it ("figures from the central
 * bank"); null for figures of no one ("official figures", "the latest data").
 */
function dataOwner(run: QuoteRun, sp: Subject, se: number): Subject | null {
  const { doc, index } = run;
  const ownerIn = (a: number, b: number): Subject | null => {
    for (let t = b - 1; t >= a; t--) {
      const e = index.entityAtToken[t] as number;
      if (e >= 0 && (index.entities[e] as { type: string }).type === 'ORG') return { id: entityIdAt(index, t), start: sp.start, head: sp.head };
      if (e < 0 && govBody(doc, t)) {
        const id = governmentSpeaker(doc, index, run.acts, { id: null, start: a, head: t });
        return id ? { id, start: sp.start, head: sp.head } : null;
      }
    }
    return null;
  };
  const before = ownerIn(sp.start, sp.head);
  if (before) return before;
  if (SOURCE_PREPS_OF_DATA.has(doc.lower[sp.head + 1] as string)) {
    const by = subjectAfter(doc, index, sp.head + 2, Math.min(se, sp.head + 14));
    if (by?.id && isActor(index, by.head)) return { id: by.id, start: sp.start, head: sp.head };
    if (by) return ownerIn(by.start, by.head + 1);
  }
  return null;
}
const SOURCE_PREPS_OF_DATA = new Set(['from', 'by', 'of']);

/** An indirect report already found within tokens [sa, cb). */
function reportWithin(found: readonly Found[], sa: number, cb: number): boolean {
  for (const f of found) if (f.kind === 'indirect' && f.a >= sa && f.b <= cb) return true;
  return false;
}

/**
 * "According to X, CLAUSE" opening a sentence: the source (past a name in apposition, a description, relative
 * asides) and the clause [ca, cb) it reports; null when the clause is another's report the outlet relays.
 */
function openingSource(run: QuoteRun, k: number, sp0: Subject, bare: number, se: number): { sp: Subject; ca: number; cb: number } | null {
  const { doc, index } = run;
  let sp = sp0;
  let c = k + 2;
  if (bare >= 0) c = bare - 1;
  else while (c < se && doc.words[c] !== ',') c++;
  // "According to the agency's head of mission, Ana Ruiz, CLAUSE": the name in apposition is the source
  const named = c + 1 < se && isActor(index, c + 1) ? (index.mentionAtToken?.[c + 1]?.tokenEnd ?? c + 2) : -1;
  if (named > 0 && doc.words[named] === ',' && (index.entities[index.entityAtToken[c + 1] as number] as { type: string }).type === 'PERSON') {
    sp = { id: entityIdAt(index, c + 1), start: c + 1, head: named - 1 };
    c = named;
  } else if (sp.id && isActor(index, c - 1)) {
    // "According to Omar Saleh, the camp's director, CLAUSE": past a description in apposition to the name
    let d = c + 1;
    while (d < se && d - c <= 8 && (PLAIN_PHRASE.has(doc.pos[d] as number) || doc.lower[d] === "'s" || doc.lower[d] === '’s')) d++;
    if (d > c + 2 && doc.words[d] === ',' && describesPerson(doc, c + 1, d)) c = d;
  }
  // "According to Ana Ruiz, who chairs the panel, CLAUSE": past a relative clause on the source
  // (and a second one on the first one's object: "…, who chairs the panel, which met in May, CLAUSE")
  for (let step = 0; step < 2 && RELATIVES.has(doc.lower[c + 1] as string); step++) {
    let d = c + 2;
    while (d < se && d - c <= RELATIVE_ASIDE_MAX && doc.words[d] !== ',' && !isQuoteTok(doc, d)) d++;
    if (doc.words[d] !== ',' || !hasVerb(doc, d + 1, se)) break;
    c = d;
  }
  const ca = c + 1;
  const cb = clauseEnd(doc, ca, se);
  // "According to the Herald, Professor X, the panel's chair, said CLAUSE": the clause is X's report, which the
  // outlet only relays (the reporting verb reports it below)
  if (reportInside(doc, index, ca, cb)) return null;
  return { sp, ca, cb };
}

/** The report cued by the reporting verb w at k: inverted, "as X said", by a passive's agent, or a clause before or after. */
function cuedReport(run: QuoteRun, k: number, w: string, sa: number, se: number): void {
  const doc = run.doc;
  // "did not say when …", "would not confirm that …", "declined to say whether …": nothing was reported
  if (negatedCue(doc, k, sa)) return;
  // "What do you say to those who …?", "Did he tell them the plant would close?": a question reports nothing
  if (doc.words[se - 1] === '?' && (se >= doc.n || !isQuoteTok(doc, se))) return;
  const participle = PARTICIPLE_CUES.has(w);
  // "…, adding a margin for expected falls": an object, no report (", adding that …" reports)
  if (participle && (doc.lower[k + 1] === 'a' || doc.lower[k + 1] === 'an') && !thatWithin(doc, k + 2, 5)) return;
  // inverted: "CLAUSE, said X, the Y of Z." (wire copy): the speaker follows the cue
  if (!participle && !HEARER_CUES.has(w) && doc.words[k - 1] === ',' && k - 1 > sa && invertedReport(run, k, sa, se)) return;
  if (!participle && (asReport(run, k, sa, se) || agentReport(run, k, se))) return;
  // "CLAUSE, X was quoted as saying (by the Courier).": a report in reverse through the passive "quoted"
  if (participle && doc.lower[k - 1] === 'as' && QUOTED_VERBS.has(doc.lower[k - 2] as string) && (doc.pos[k - 3] as number) === P.AUX && quotedAsReport(run, k, sa, se)) return;
  // ("put it" reports only in an "as" clause or before a quote)
  if (w === 'put' || w === 'puts') return;
  const ca0 = clauseStart(doc, run.index, k, se);
  // ("said that, as the talks had failed, they would …": the clause opens with the adverbial set off after "that")
  const fronted = ca0 > 0 ? frontedAdverbial(doc, ca0, se) : -1;
  const ca = fronted >= 0 && doc.words[ca0] === ',' ? ca0 + 1 : ca0;
  const opener = fronted >= 0 ? fronted : ca;
  const sp = cueSubject(run, k, sa, participle);
  // "the yarn, which its members say they can spin at home": a relative pronoun before the cue's subject is the object
  // or subject missing from the clause after the cue, which is no report of its own ("a statement in which X said …"
  // is one: the pronoun hangs on the preposition)
  // (the subject's phrase may take the pronoun in, or begin past a possessive: "which its members say")
  const rel = !sp ? -1 : sp.start < sp.head && GAP_RELATIVES.has(doc.lower[sp.start] as string) ? sp.start : OPENING_POSSESSIVES.has(doc.lower[sp.start - 1] as string) ? sp.start - 2 : sp.start - 1;
  if (sp && rel >= sa && GAP_RELATIVES.has(doc.lower[rel] as string) && (doc.pos[rel - 1] as number) !== P.ADP) return;
  // (no verb after the cue: no clause, but perhaps a reverse attribution: "…, the agency said in its update.")
  if (ca > 0 && ca < se && opensClause(run, ca, opener, se)) clauseAfterCue(run, k, w, sp, ca, fronted, se);
  else if (!participle && sp) reverseReport(run, k, w, sp, sa, se);
}

/** relative pronouns that open a clause on a noun with a gap in it: "which critics say will fail" */
const GAP_RELATIVES = new Set(['which', 'whom', 'who']);

/** "CLAUSE, said X, the Y of Z." at cue k: X's report of the clause before; false when no speaker follows the cue. */
function invertedReport(run: QuoteRun, k: number, sa: number, se: number): boolean {
  const { doc, found, inQuote } = run;
  const inv = invertedSpeaker(doc, run.index, k, se);
  if (!inv) return false;
  const cb = k - 1;
  const ca = afterDateline(doc, sa, cb);
  // "Schools that accept, said Berg, must show …": the attribution stands inside the clause it reports
  let stop = k + 1;
  while (stop < se && stop - k < 14 && doc.words[stop] !== ',' && !isSentPunct(doc.words[stop]) && !isQuoteTok(doc, stop)) stop++;
  const inside = doc.words[stop] === ',' && wordCount(doc, ca, cb) <= PAREN_SUBJECT && predicateAfter(doc, stop + 1, se);
  if (!holdsDirect(doc, found, inQuote, sa, cb)) pushIndirect(doc, found, inQuote, ca, inside ? clauseEnd(doc, stop + 1, se) : cb, inv.id ?? run.who(k, null), cueText(doc, k, se), run.clauses);
  return true;
}

/** "As X said, CLAUSE" at cue k: X's report of the clause after the comma; false when no "as" clause. */
function asReport(run: QuoteRun, k: number, sa: number, se: number): boolean {
  const { doc, found, inQuote } = run;
  const as = asReporter(doc, run.index, k, sa, se);
  if (!as) return false;
  const cb = clauseEnd(doc, as.comma + 1, se);
  const id = run.who(k, as.sp.id, as.sp);
  run.cueSpeaker.set(k, id);
  if (cb > as.comma + 1 && !holdsDirect(doc, found, inQuote, as.comma + 1, cb)) pushIndirect(doc, found, inQuote, as.comma + 1, cb, id, cueText(doc, k, se), run.clauses);
  return true;
}

/** "Reporters were told by X that CLAUSE" at cue k: the passive's agent reports; false when no agent. */
function agentReport(run: QuoteRun, k: number, se: number): boolean {
  const { doc, found, inQuote } = run;
  const agent = passiveAgent(doc, run.index, k, se);
  if (!agent) return false;
  const cb = clauseEnd(doc, agent.ca, se);
  const id = run.who(k, agent.sp.id, agent.sp);
  run.cueSpeaker.set(k, id);
  if (cb > agent.ca && !holdsDirect(doc, found, inQuote, agent.ca, cb)) pushIndirect(doc, found, inQuote, agent.ca, cb, id, cueText(doc, k, se), run.clauses);
  return true;
}

/** The token of "quoted" in "was quoted (by the daily) as" before the participle cue at k; -1 when none. */
function passiveQuotedVerb(doc: Doc, k: number, sa: number): number {
  if (doc.lower[k - 1] !== 'as') return -1;
  for (let q = k - 2; q > sa && k - q <= 8; q--) {
    if (QUOTED_VERBS.has(doc.lower[q] as string)) return q;
    if (isSentPunct(doc.words[q]) || isQuoteTok(doc, q) || doc.words[q] === ',') return -1;
  }
  return -1;
}

/** "CLAUSE, X was quoted as saying (by the Courier)." at participle k: X's report of the clause; false when none. */
function quotedAsReport(run: QuoteRun, k: number, sa: number, se: number): boolean {
  const { doc, found, inQuote } = run;
  let t = k + 1;
  if (doc.lower[t] === 'by') while (t < se && !isSentPunct(doc.words[t]) && doc.words[t] !== ',' && !isQuoteTok(doc, t)) t++;
  const qs = t >= se || isSentPunct(doc.words[t]) ? subjectBefore(doc, run.index, k - 3, sa) : null;
  const comma = qs ? commaBefore(doc, qs.start, sa) : -1;
  if (!qs || comma <= sa) return false;
  if (!holdsDirect(doc, found, inQuote, sa, comma)) pushIndirect(doc, found, inQuote, afterDateline(doc, sa, comma), comma, run.who(k - 2, qs.id, qs), cueText(doc, k - 2, se), run.clauses);
  return true;
}

/** The speaker of the cue at k: its subject (or a participle's main speaker), as the parse and earlier cues resolve it. */
function cueSubject(run: QuoteRun, k: number, sa: number, participle: boolean): Subject | null {
  const { doc, index, syn } = run;
  let sp: Subject | null;
  if (participle && doc.words[k - 1] === ',') sp = mainSpeaker(doc, index, k, sa, run.cueSpeaker);
  else sp = subjectBefore(doc, index, k, sa) ?? raisingSubject(doc, index, k, sa);
  // a participle's speaker is the reporter of the clause it hangs on, which the parse may attach to the reported verb
  // ("X said Lima would not sign it, arguing that ...": not Lima)
  const qa = participle ? quotedAs(doc, index, k) : null;
  if (qa) return qa;
  if (sp) {
    if (!(participle && sp.id && doc.words[k - 1] === ',')) return { ...sp, id: run.who(k, sp.id, sp) };
    return sp;
  }
  if (participle) {
    // "X was quoted as saying ...": no subject next to the cue, the parse may still name one
    const id = run.who(k, null);
    if (id) return { id, start: k, head: k };
    // (else the subject of the passive, named or not: "The minister was quoted (by the daily) as saying …")
    const q = passiveQuotedVerb(doc, k, sa);
    const sub = q > sa && (doc.pos[q - 1] as number) === P.AUX ? subjectBefore(doc, index, q - 1, sa) : null;
    return sub ? { ...sub, id: run.who(k, sub.id, sub) } : null;
  }
  return syn ? parseSubject(doc, syn, index, k) : null;
}

/** The words from ca (opened at `opener`) start a reported clause with a verb. */
function opensClause(run: QuoteRun, ca: number, opener: number, se: number): boolean {
  const doc = run.doc;
  return (CLAUSE_OPENERS.has(doc.pos[opener] as number) || nounClause(doc, run.index, opener, se) || gerundAfterThat(doc, ca, se) || pluralNounOpener(doc, ca, se) || QUANTIFIER_ADPS.has(`${doc.lower[ca] as string} ${doc.lower[ca + 1] as string}`)) && !isQuoteTok(doc, ca) && doc.lower[ca] !== 'also' && (hasVerb(doc, ca, se) || run.clauses.verb.subarray(ca, se).includes(1));
}

/** The clause from ca after the cue w at k as sp's report ("said A and that B" as one report or two). */
function clauseAfterCue(run: QuoteRun, k: number, w: string, sp: Subject | null, ca: number, fronted: number, se: number): void {
  const { doc, found, inQuote, clauses } = run;
  if (THAT_CUES.has(w) && fronted < 0 && doc.lower[ca - 1] !== 'that' && !pronounClause(doc, ca, se) && !nounClause(doc, run.index, ca, se)) return;
  // "said little in public", "told them nothing new": a quantity for an object, no clause ("said nothing would
  // change" has its verb); nor a relative clause on the hearer ("say to the families who …")
  if ((NO_CLAUSE.has(doc.lower[ca] as string) && !AFTER_QUANTITY.has(doc.pos[ca + 1] as number)) || RELATIVES.has(doc.lower[ca] as string)) return;
  // (a relative on the speaker: "X, who says A, …", "the ministry, which said A, …")
  const rel = (t: number): boolean => doc.lower[t] === 'who' || (doc.lower[t] === 'which' && doc.words[t - 1] === ',');
  const cb = clauseEnd(doc, ca, se, rel(k - 1) || (rel(k - 2) && (doc.pos[k - 1] as number) !== P.VERB));
  if (objectWithRelative(doc, ca, cb)) return;
  // "A, adding B, a spokesman said.": the participle is part of a clause reported in reverse, not a cue; so is any
  // verb of a report inside such a clause ("Engineers had warned that the dam was unsafe, X said.": X's report)
  if (reverseAtEnd(doc, run.index, ca, cb)) return;
  if (!sp) return;
  const cue = cueText(doc, k, se);
  run.cueSpeaker.set(k, sp.id);
  // "said A and that B": the same cue reports a second clause; the two are one report, unless a quoted fragment
  // stands in either (then the fragment is the quote of its clause: "…, and that its troops had “acted in kind”")
  let c = cb;
  if (doc.words[c] === ',') c++;
  if (!((doc.lower[c] === 'and' || doc.lower[c] === 'but') && doc.lower[c + 1] === 'that')) {
    pushIndirect(doc, found, inQuote, ca, cb, sp.id, cue, clauses);
    // `said Lima was watching "with unease" and had sent a note`: past the fragment that cut the clause, "and" with an
    // auxiliary goes on with the reported clause's own subject and tense, a second report of the same speaker
    for (let t = ca + 1; t + 2 < cb; t++) {
      if (isQuoteTok(doc, t) && (inQuote[t - 1] || clauses.fragment[t - 1]) && doc.lower[t + 1] === 'and' && (doc.pos[t + 2] as number) === P.AUX) {
        pushIndirect(doc, found, inQuote, t + 2, cb, sp.id, cue, clauses);
        break;
      }
    }
    return;
  }
  const cb2 = clauseEnd(doc, c + 2, se);
  // (a fragment that only closes the second clause, `said A and that B "while …"`, leaves the two one report cut
  // before it, as a fragment closing a single clause does; when that cut leaves no clause, each is tried alone)
  const n = found.length;
  if (!anyQuoted(doc, inQuote, ca, cb)) pushIndirect(doc, found, inQuote, ca, cb2, sp.id, cue, clauses);
  if (found.length === n) {
    pushIndirect(doc, found, inQuote, ca, cb, sp.id, cue, clauses);
    pushIndirect(doc, found, inQuote, c + 2, cb2, sp.id, cue, clauses);
  }
}

/** "CLAUSE, the Norwegian Armed Forces said." at cue w at k: sp's report of the clause before its comma. */
function reverseReport(run: QuoteRun, k: number, w: string, sp: Subject, sa: number, se: number): void {
  const { doc, index, found, inQuote } = run;
  const comma = commaBefore(doc, sp.start, sa);
  if (comma <= sa) return;
  // "CLAUSE, X told reporters." / "…, X told the Lima Times on Friday.": the hearer comes first
  let h = k + 1;
  if (HEARER_CUES.has(w)) while (h < se && h - k <= 6 && (HEARER_WORDS.has(doc.pos[h] as number) || OBJECT_PRONOUNS.has(doc.lower[h] as string) || OPENING_POSSESSIVES.has(doc.lower[h] as string) || (index.entityAtToken[h] as number) >= 0)) h++;
  // ("The plant, the minister said on Monday, will close": a short adjunct may follow the cue inside the commas)
  let g = h === k + 1 && ((doc.pos[h] as number) === P.ADP || DAY_WORDS.has(doc.lower[h] as string)) ? h + 1 : -1;
  while (g > 0 && g < se && g - h < 5 && ADJUNCT_WORDS.has(doc.pos[g] as number)) g++;
  if (g > 0 && doc.words[g] === ',' && DAY_WORDS.has(doc.lower[g - 1] as string)) h = g;
  const n = doc.words[h];
  if (n === ',' && (h === k + 1 || h === g) && wordCount(doc, afterDateline(doc, sa, comma), comma) <= PAREN_SUBJECT && predicateAfter(doc, h + 1, se)) {
    // "The talks, Holm said, would resume in June.": the attribution stands inside the clause it reports
    const ca = afterDateline(doc, sa, comma);
    if (!holdsDirect(doc, found, inQuote, sa, se)) pushIndirect(doc, found, inQuote, ca, clauseEnd(doc, h + 1, se), sp.id, cueText(doc, k, se), run.clauses);
  } else if (h >= se || isSentPunct(n) || n === ',' || (doc.pos[h] as number) === P.ADP) {
    const cb = comma;
    if (!holdsDirect(doc, found, inQuote, sa, cb)) {
      pushIndirect(doc, found, inQuote, afterDateline(doc, sa, cb), cb, sp.id, cueText(doc, k, se), run.clauses);
      continuedReport(run, h, sp, k, se);
    }
  }
}

/** auxiliaries of a clause about a plan, a prospect or a state reached, the stuff of reports */
const REPORTED_AUX = new Set(['would', 'will', 'could', 'can', 'should', 'may', 'might', 'must', 'had', 'has', 'have']);
/** conjunctions that join a second clause to a report whose attribution stands in mid-sentence */
const CONTINUING = new Set(['and', 'but', 'while', 'whereas']);
/** how many words of adjuncts ("on Friday", "in a statement") may follow the mid-sentence cue before its comma */
const CUE_ADJUNCT_MAX = 6;

/**
 * "A, the envoy said on Friday, and B": the attribution set off in mid-sentence reports the clause that goes on after
 * it as well, as a direct quote split by its attribution is one speaker's (B with its own subject and finite verb, and
 * no report, stance or quote of its own: "…, officials said, while Chile warned (feared) that …" is Chile's).
 */
function continuedReport(run: QuoteRun, h: number, sp: Subject, k: number, se: number): void {
  const { doc, found, inQuote } = run;
  let c = h;
  while (c < se && c - h < CUE_ADJUNCT_MAX && doc.words[c] !== ',' && (ADJUNCT_WORDS.has(doc.pos[c] as number) || (doc.pos[c] as number) === P.ADP)) c++;
  if (doc.words[c] !== ',' || !CONTINUING.has(doc.lower[c + 1] as string)) return;
  const a = c + 2;
  if (!(bareClauseAfter(doc, a) || pronounClause(doc, a, se) || nounClause(doc, run.index, a, se))) return;
  const b = clauseEnd(doc, a, se);
  let modal = false;
  for (let t = a; t < b; t++) {
    if (isCue(doc, t) || isQuoteTok(doc, t) || inQuote[t]) return;
    // (nor a clause whose verb takes a "that" clause of its own: "…, while smaller states feared that …")
    if (doc.lower[t] === 'that' && (doc.pos[t - 1] as number) === P.VERB) return;
    if (REPORTED_AUX.has(doc.lower[t] as string) && (doc.pos[t] as number) === P.AUX) modal = true;
  }
  // (a clause in the simple past is as often the writer's own narration: "…, diplomats said, and each side signed")
  if (modal) pushIndirect(doc, found, inQuote, a, b, sp.id, cueText(doc, k, se), run.clauses);
}

/**
 * From a (a description: "the board's chairman"), a comma and a person's name that closes the sentence or the aside
 * ("…, according to the board's chairman, Jonas Berg."): that person; else null.
 */
function apposedPersonAfter(doc: Doc, index: EntityIndex, a: number, se: number): string | null {
  let c = a;
  // (a possessive pronoun may open the description: "…, according to its fisheries minister, Ana Ruiz.")
  if (POSSESSIVES.has(doc.lower[c] as string)) c++;
  while (c < se && c - a <= 8 && doc.words[c] !== ',' && (PLAIN_PHRASE.has(doc.pos[c] as number) || doc.lower[c] === "'s" || doc.lower[c] === '’s') && (index.entityAtToken[c] as number) < 0) c++;
  if (c === a || doc.words[c] !== ',') return null;
  // (past a rank or honorific the recognizer left out of the name: "…, the army chief of staff, General Yaakov Dror.")
  let n = c + 1;
  while (n < se && n - c <= RANK_WORDS && (index.entityAtToken[n] as number) < 0 && RANK.test(doc.words[n] as string)) n++;
  if (!isActor(index, n)) return null;
  const e = index.entityAtToken[n] as number;
  if ((index.entities[e] as { type: string }).type !== 'PERSON') return null;
  let d = n;
  while (d < se && (index.entityAtToken[d] as number) === e) d++;
  if (d < se && doc.words[d] !== ',' && !isSentPunct(doc.words[d])) return null;
  return entityIdAt(index, n);
}

/**
 * A clause [sa, cb) reported in reverse that holds a full direct quote is that quote's attribution; one that ends in a
 * quoted fragment is reported up to the fragment (`Peru was watching "with great care", Ruiz said.`).
 */
function holdsDirect(doc: Doc, found: Found[], inQuote: Uint8Array, sa: number, cb: number): boolean {
  let quoted = false;
  for (let t = sa; t < cb; t++) if (isQuoteTok(doc, t) || inQuote[t]) quoted = true;
  return quoted && found.some((f) => f.a < cb && f.b > sa && f.kind !== 'mixed');
}

/**
 * The speaker right after an inverted cue ("…, said Ana Ruiz, an economist at …", "…, said a spokesman for the
 * ministry", "…, said X on Tuesday"): a name or a noun that can speak, then a comma, the sentence's end or an adjunct;
 * not the subject of a clause the cue reports ("said the company would …").
 */
function invertedSpeaker(doc: Doc, index: EntityIndex, k: number, se: number): Subject | null {
  let stop = k + 1;
  while (stop < se && stop - k < 14 && doc.words[stop] !== ',' && !isSentPunct(doc.words[stop]) && !isQuoteTok(doc, stop)) stop++;
  const s = subjectAfter(doc, index, k + 1, stop);
  if (!s || !(s.id || isSayer(doc, s.head))) return null;
  const n = s.head + 1;
  // (not the subject of a clause the cue reports: "X raised concerns, noted all members of the community have an
  // interest in …, and underscored …": a finite verb follows the "of" phrase)
  if ((doc.pos[n] as number) === P.ADP && finiteVerbIn(doc, n + 1, stop)) return null;
  // (or a relative clause on the speaker: "…, said a senior diplomat who attended the talks")
  return n >= stop || (doc.pos[n] as number) === P.ADP || ((doc.lower[n] === 'who' || doc.lower[n] === 'whose') && s.head > k + 1) ? s : null;
}

/** A finite verb stands in [a, b) before any relative word: an auxiliary, or a verb in no participle's form ("have"). */
function finiteVerbIn(doc: Doc, a: number, b: number): boolean {
  for (let t = a; t < b; t++) {
    if (RELATIVES.has(doc.lower[t] as string) || doc.lower[t] === 'that') return false;
    const p = doc.pos[t] as number;
    if (p === P.AUX || (p === P.VERB && !/(?:ed|ing|en)$/.test(doc.lower[t] as string))) return true;
  }
  return false;
}

/**
 * verbs that introduce someone's words in the sentence before them without reporting any themselves ("X spoke to
 * reporters.", "X addressed the crowd."); every reporting verb (CUE_VERBS) introduces them too
 */
const INTRO_VERBS = new Set(['spoke', 'speaks', 'addressed', 'addresses', 'briefed', 'briefs']);
/** verbs of a stance taken on what was said before, which the quote after them gives: "Y disagreed. “…”" */
const STANCE_VERBS = new Set(['agreed', 'agrees', 'disagreed', 'disagrees', 'objected', 'objects', 'countered', 'counters', 'concurred', 'concurs', 'demurred']);
/** verbs of taking a public position on something, whose words the quote after them gives: "X defended the budget. “…”" */
const POSITION_VERBS = new Set([
  'defended', 'defends', 'criticised', 'criticized', 'criticises', 'criticizes', 'praised', 'praises', 'welcomed', 'welcomes',
  'rejected', 'rejects', 'dismissed', 'dismisses', 'hailed', 'hails', 'slammed', 'slams', 'condemned', 'condemns', 'vowed',
  'vows', 'pledged', 'pledges', 'promised', 'promises', 'appealed', 'appeals', 'urged', 'urges', 'remembers', 'remembered',
]);
const STANCE_COPULAS = new Set(['was', 'is', 'were', 'are', 'remains', 'remained', 'sounded', 'seemed']);
/** adjectives of a speaker's stance after a copula: "X was not convinced.", "Y is more cautious." */
const STANCE_ADJECTIVES = new Set([
  'convinced', 'unconvinced', 'sceptical', 'skeptical', 'unimpressed', 'blunt', 'defiant', 'adamant', 'optimistic', 'pessimistic',
  'unapologetic', 'upbeat', 'cautious', 'hopeful', 'doubtful', 'dismissive', 'scathing', 'unmoved', 'unrepentant', 'emphatic', 'frank',
]);

/** From a, at most a negation or a degree word, then a stance adjective that ends the sentence [.., se). */
function stanceAfter(doc: Doc, a: number, se: number): boolean {
  let t = a;
  for (let n = 0; n < 2 && t < se && /^(?:not|less|more|far|also|still|much|rather|n't)$/.test(doc.lower[t] as string); n++) t++;
  if (!STANCE_ADJECTIVES.has(doc.lower[t] as string)) return false;
  return t + 1 >= se || isSentPunct(doc.words[t + 1]);
}

/**
 * The speaker of a quote with no cue that opens sentence `sent`: the named subject of the sentence before it (in its
 * paragraph or the one before) when that sentence has them speak ("X spoke to reporters after the meeting.",
 * "X addressed the miners:"); else null.
 */
function introducedBy(doc: Doc, index: EntityIndex, sent: number): string | null {
  if (sent < 1 || (doc.paraOfSent[sent] as number) - (doc.paraOfSent[sent - 1] as number) > 1) return null;
  const sa = doc.sentStart[sent - 1] as number;
  const se = doc.sentEnd[sent - 1] as number;
  let intro = -1;
  for (let t = sa; t < se; t++) {
    if (isQuoteTok(doc, t)) return null;
    const w = doc.lower[t] as string;
    // any reporting verb ("X noted that …", "X said …") as well as the introducing ones ("X spoke to reporters")
    if (intro < 0 && (INTRO_VERBS.has(w) || STANCE_VERBS.has(w) || POSITION_VERBS.has(w) || (CUE_VERBS.has(w) && !PARTICIPLE_CUES.has(w))) && (doc.pos[t] as number) === P.VERB) intro = t;
    // ("X was not convinced.", "Y remains hopeful.": a stance the quote then gives in their words)
    if (intro < 0 && STANCE_COPULAS.has(w) && stanceAfter(doc, t + 1, se)) intro = t;
  }
  if (intro < 0) return null;
  const as = asReporter(doc, index, intro, sa, se);
  if (as) return as.sp.id;
  const s = subjectBefore(doc, index, intro, afterDateline(doc, sa, intro));
  return s?.id && (isActor(index, s.head) || (doc.pos[s.head] as number) === P.PRON) ? s.id : null;
}

/**
 * A quote that closes its sentence with no cue: the person named as the subject of the sentence right after it, when
 * that sentence opens with the name ("Amina Yusuf, 45, has lived in the camp since 2021."); null otherwise.
 */
function introducedAfter(doc: Doc, index: EntityIndex, closeTok: number): string | null {
  const t0 = closeTok + 1;
  if (t0 >= doc.n || (doc.sentStart[doc.sentOf[t0] as number] as number) !== t0 || (doc.sentOf[t0] as number) === (doc.sentOf[closeTok] as number)) return null;
  if ((doc.paraOfSent[doc.sentOf[t0] as number] as number) - (doc.paraOfSent[doc.sentOf[closeTok] as number] as number) > 1) return null;
  // (past a title the name leaves out: "President Luisa Moreno was speaking in …")
  let n = t0;
  while (n < t0 + 3 && (index.entityAtToken[n] as number) < 0 && ROLE_HEADS.has(doc.lower[n] as string) && /^\p{Lu}/u.test(doc.words[n] as string)) n++;
  const e = index.entityAtToken[n] as number;
  if (e < 0 || !isActor(index, n) || index.mentionAtToken?.[n]?.kind !== 'name' || (index.entities[e] as { type: string }).type !== 'PERSON') return null;
  const se = doc.sentEnd[doc.sentOf[t0] as number] as number;
  // (its own sentence's subject: a verb of its own follows, not a quote)
  for (let t = t0 + 1; t < se; t++) if (isQuoteTok(doc, t)) return null;
  const sub = sentenceSubject(doc, index, t0, se);
  return sub?.id === (index.entities[e] as { id: string }).id ? sub.id : null;
}

/** words right before the quoted text of a sign */
const SLOGAN_CUES = new Set(['read', 'reads', 'reading']);

/** what a slogan is written on: "banners that read", "a sign reading" */
const SIGN_NOUNS = new Set([
  'sign', 'signs', 'banner', 'banners', 'placard', 'placards', 'poster', 'posters', 'graffiti', 'slogan', 'slogans',
  'billboard', 'billboards', 'shirt', 'shirts', 't-shirts', 'inscription', 'plaque', 'flag', 'flags', 'card', 'cards',
  'headline', 'headlines', 'message', 'messages', 'note', 'notes', 'sticker', 'stickers', 'leaflet', 'leaflets',
]);

/** "read"/"reading" at k follows what a slogan is written on, within three words ("banners that read"). */
function signBefore(doc: Doc, k: number): boolean {
  for (let t = k - 1; t >= 0 && k - t <= 3; t--) if (SIGN_NOUNS.has(doc.lower[t] as string)) return true;
  return false;
}

/** nouns for what was said: "The warning came from X" */
const REMARK_NOUNS = new Set([
  'comment', 'comments', 'remark', 'remarks', 'words', 'warning', 'message', 'criticism', 'appeal', 'plea', 'statement',
  'rebuke', 'admission', 'reply', 'answer', 'response', 'verdict', 'accusation', 'charge', 'claim', 'complaint',
  'assessment', 'prediction', 'promise', 'pledge', 'threat', 'boast', 'confession', 'retort', 'question', 'demand',
]);

/** words that open a sentence naming who said the quote before it: "That was how X described …" */
const DESCRIBED_OPENERS = new Set(['that', 'this', 'those', 'these', 'such']);
const DESCRIBED_COPULAS = new Set(['was', 'is', 'were', 'are', "'s", '’s']);
/** verbs of the describing sentence, after its speaker ("how X put it", "how X summed up …") */
const DESCRIBE_VERBS = new Set([
  'described', 'describes', 'put', 'puts', 'summed', 'sums', 'summarised', 'summarized', 'explained', 'explains',
  'characterised', 'characterized', 'recalled', 'recalls', 'remembered', 'remembers', 'saw', 'sees', 'said', 'says',
  'told', 'assessed', 'assesses', 'greeted', 'welcomed', 'reacted',
]);

/**
 * The speaker of a quote that ends a sentence with no cue, named by the sentence right after it: `"…." That was how
 * X described …`, `"…." That is how X, a farmer, puts it.`, `"…." Those were the words of X …`. Null otherwise.
 */
function describedAfter(doc: Doc, index: EntityIndex, closeTok: number): string | null {
  const t0 = closeTok + 1;
  if (t0 >= doc.n || (doc.sentStart[doc.sentOf[t0] as number] as number) !== t0 || (doc.sentOf[t0] as number) === (doc.sentOf[closeTok] as number)) return null;
  // `"…." So said X, …`: an inverted cue after "so" names the speaker of the quote before
  if (doc.lower[t0] === 'so' && (doc.lower[t0 + 1] === 'said' || doc.lower[t0 + 1] === 'says')) {
    let stop = t0 + 2;
    while (stop < doc.n && stop - t0 < 14 && doc.words[stop] !== ',' && !isSentPunct(doc.words[stop]) && !isQuoteTok(doc, stop)) stop++;
    return subjectAfter(doc, index, t0 + 2, stop)?.id ?? null;
  }
  // `"…." The speaker was X, …`
  if (doc.lower[t0] === 'the' && doc.lower[t0 + 1] === 'speaker' && DESCRIBED_COPULAS.has(doc.lower[t0 + 2] as string)) {
    for (let t = t0 + 3; t < t0 + 7 && t < doc.n; t++) {
      const e = index.entityAtToken[t] as number;
      if (e >= 0 && isActor(index, t)) return (index.entities[e] as { id: string }).id;
      if (!/^\p{Lu}/u.test(doc.words[t] as string) && (doc.pos[t] as number) !== P.ADJ && (doc.pos[t] as number) !== P.NOUN) break;
    }
    return null;
  }
  // ("The warning came from X, …", "The remarks came from X")
  const came = doc.lower[t0] === 'the' && REMARK_NOUNS.has(doc.lower[t0 + 1] as string) && (doc.lower[t0 + 2] === 'came' || doc.lower[t0 + 2] === 'comes') && doc.lower[t0 + 3] === 'from';
  if (!came && (!DESCRIBED_OPENERS.has(doc.lower[t0] as string) || !DESCRIBED_COPULAS.has(doc.lower[t0 + 1] as string))) return null;
  const se = doc.sentEnd[doc.sentOf[t0] as number] as number;
  const words = doc.lower[t0 + 2];
  const how = words === 'how';
  for (let t = t0 + 2; t < se && t - t0 < 30; t++) {
    if (isQuoteTok(doc, t)) return null;
    if (!isActor(index, t)) continue;
    const e = index.entities[index.entityAtToken[t] as number] as { id: string; type: string };
    if (e.type !== 'PERSON' && e.type !== 'ORG') return null;
    // "the words of X", "the message from the mayor, X," (no "how"): the actor after "of"/"from"
    if (!how) {
      for (let u = t0 + 2; u < t; u++) if (doc.lower[u] === 'of' || doc.lower[u] === 'from') return e.id;
      return null;
    }
    // "how X (, a farmer,) described …": a verb of describing after the actor's phrase
    for (let u = t + 1; u < se && u - t < 20; u++) if (DESCRIBE_VERBS.has(doc.lower[u] as string) && (doc.pos[u] as number) === P.VERB) return e.id;
    return null;
  }
  return null;
}

/**
 * "As X told Reuters, CLAUSE." / "As the minister noted on Monday, CLAUSE.": a sentence that opens with "as", a
 * subject and a reporting verb reports the clause after the comma. Returns the subject and the comma's token, or null.
 */
function asReporter(doc: Doc, index: EntityIndex, k: number, sa: number, se: number): { sp: Subject; comma: number } | null {
  let start = afterDateline(doc, sa, k);
  // (the "as" clause may follow a comma or a conjunction: "The talks stalled, but as X said last week, …")
  if (doc.lower[start] !== 'as') {
    let b = k - 2;
    while (b > start && k - b <= 10 && doc.lower[b] !== 'as') b--;
    if (doc.lower[b] !== 'as' || !(doc.words[b - 1] === ',' || (doc.pos[b - 1] as number) === P.CCONJ)) return null;
    start = b;
  }
  if (doc.lower[start] !== 'as' || k - start < 2 || k - start > 10) return null;
  const sp = subjectAfter(doc, index, start + 1, k) ?? (CLAUSE_PRONOUNS.has(doc.lower[start + 1] as string) ? { id: null, start: start + 1, head: start + 1 } : null);
  if (!sp || sp.head >= k || !(sp.id || isSayer(doc, sp.head) || CLAUSE_PRONOUNS.has(doc.lower[sp.head] as string))) return null;
  // only auxiliaries and adverbs between the subject and the verb, then a hearer or circumstance before the comma
  for (let t = sp.head + 1; t < k; t++) {
    const p = doc.pos[t] as number;
    if (p !== P.AUX && p !== P.ADV && p !== P.PART && !inSubject(index, sp, t)) return null;
  }
  let c = k + 1;
  while (c < se && c - k <= 8 && doc.words[c] !== ',' && doc.lower[c] !== 'when' && !isQuoteTok(doc, c) && (ASIDE_POS.has(doc.pos[c] as number) || (index.entityAtToken[c] as number) >= 0)) c++;
  // ("as I said when the treaty was signed, …": a time clause on the cue)
  if (doc.lower[c] === 'when') while (c < se && c - k <= 25 && doc.words[c] !== ',' && !isQuoteTok(doc, c)) c++;
  return doc.words[c] === ',' && c + 1 < se ? { sp, comma: c } : null;
}
/** `As X told reporters in Oslo, "…"`: the opening "as"-attribution whose comma stands right before the mark. */
function asBefore(doc: Doc, index: EntityIndex, openTok: number, sa: number, who: Who): Attribution | null {
  if (doc.words[openTok - 1] !== ',') return null;
  const se = doc.sentEnd[doc.sentOf[openTok] as number] as number;
  for (let k = openTok - 2; k > sa && openTok - k <= 10; k--) {
    if (!isCue(doc, k)) continue;
    const as = asReporter(doc, index, k, sa, se);
    return as && as.comma === openTok - 1 ? { speaker: who(k, as.sp.id, as.sp), cue: cueText(doc, k, openTok), cueTok: k } : null;
  }
  return null;
}
/** the words of a hearer or circumstance between a cue and its comma: "told Reuters", "noted on Monday" */
const ASIDE_POS = new Set([P.DET, P.ADJ, P.NOUN, P.PROPN, P.NUM, P.ADP, P.PRON, P.ADV]);
/** token t is part of the subject phrase (a multi-token entity may run past its head) */
function inSubject(index: EntityIndex, sp: Subject, t: number): boolean {
  const e = index.entityAtToken[t] as number;
  return e >= 0 && e === (index.entityAtToken[sp.head] as number);
}

/**
 * "said permits for the quarry were …", "said talks would …": a plural noun the tagger took for a verb opens the
 * reported clause. A verb in -s right after the cue (or its "that") would have no subject; a verb follows it.
 */
function pluralNounOpener(doc: Doc, ca: number, se: number): boolean {
  const w = doc.lower[ca] as string;
  // (after a "that" the tagger took for a pronoun too, when a preposition or a noun follows: "noted that catches of crab
  // had fallen"; not "said that remains to be seen")
  const n = doc.pos[ca + 1] as number;
  const complementizer = doc.lower[ca - 1] === 'that' && (n === P.ADP || n === P.NOUN);
  if ((doc.pos[ca] as number) !== P.VERB || !/[^s]s$/.test(w) || w === 'thanks' || ((doc.pos[ca - 1] as number) === P.PRON && !complementizer)) return false;
  if (n === P.DET || n === P.PRON || n === P.PUNCT) return false;
  for (let t = ca + 2; t < se && t - ca < 12; t++) {
    const p = doc.pos[t] as number;
    if (p === P.AUX || p === P.VERB) return true;
    // (a plural possessive's apostrophe stays in the subject: "hopes of a leaders' summit are fading")
    if (p === P.PUNCT && !possessiveApostrophe(doc, t)) return false;
  }
  return false;
}

/** base forms of reporting verbs that a negation or a refusal can govern */
const HAVE_FORMS = new Set(['have', 'has', 'had', "'ve"]);
const BARE_CUES = new Set(['say', 'confirm', 'comment', 'disclose', 'specify', 'reveal', 'tell', 'deny', 'explain']);
const NEGATORS = new Set(['not', "n't", 'never', 'declined', 'declines', 'refused', 'refuses', 'without']);

/** The bare reporting verb at k is negated or refused in its clause: "did not name X or say when", "declined to say". */
function negatedCue(doc: Doc, k: number, sa: number): boolean {
  // "have not said why …", "has never confirmed that …", "has not yet said": a perfect negated right before the participle
  const n = doc.lower[k - 1] === 'yet' ? k - 2 : k - 1;
  if (CUE_VERBS.has(doc.lower[k] as string) && n - 1 >= sa && NEGATORS.has(doc.lower[n] as string) && HAVE_FORMS.has(doc.lower[n - 1] as string)) return true;
  if (!BARE_CUES.has(doc.lower[k] as string)) return false;
  for (let t = k - 1; t >= sa && k - t <= 8; t--) {
    const w = doc.lower[t] as string;
    if (NEGATORS.has(w)) return true;
    if (w === ',' || w === ';' || isQuoteTok(doc, t)) return false;
  }
  return false;
}

/** longest subject (words) before a parenthetical attribution: "The talks, Holm said, would …" */
const PAREN_SUBJECT = 8;

/** A predicate opens at t: an auxiliary or a verb, after at most one adverb ("…, Holm said, would resume"). */
function predicateAfter(doc: Doc, t: number, se: number): boolean {
  if ((doc.pos[t] as number) === P.ADV) t++;
  const p = doc.pos[t] as number;
  return t < se && (p === P.AUX || (p === P.VERB && !/ing$/.test(doc.lower[t] as string)));
}

/** A reporting verb in [a, b) whose subject, named, stands in [a, b) too: a report of its own. */
function reportInside(doc: Doc, index: EntityIndex, a: number, b: number): boolean {
  for (let t = a + 1; t < b; t++) {
    const w = doc.lower[t] as string;
    if (!isCue(doc, t) || PARTICIPLE_CUES.has(w) || DIRECT_ONLY_CUES.has(w) || (THAT_CUES.has(w) && doc.lower[t + 1] !== 'that') || (doc.pos[t] as number) !== P.VERB) continue;
    const sp = subjectBefore(doc, index, t, a);
    return sp !== null && sp.id !== null && sp.start === a && isActor(index, sp.head);
  }
  return false;
}

/** "In the words of X, …" at token k: X (named, or a sayer: "one diplomat") and the comma after it; else null. */
function wordsOf(doc: Doc, index: EntityIndex, k: number, se: number): { sp: Subject; comma: number } | null {
  if (doc.lower[k] !== 'in' || doc.lower[k + 1] !== 'the' || doc.lower[k + 2] !== 'words' || doc.lower[k + 3] !== 'of') return null;
  let c = k + 4;
  while (c < se && c - k < 20 && doc.words[c] !== ',' && !isQuoteTok(doc, c)) c++;
  if (doc.words[c] !== ',' || c + 1 >= se) return null;
  const sp = subjectAfter(doc, index, k + 4, c);
  return sp && (sp.id || isSayer(doc, sp.head) || ROLE_HEADS.has(doc.lower[sp.head] as string)) ? { sp, comma: c } : null;
}

/**
 * `In the words of X, "…"` at the sentence's start or after a comma or conjunction, its comma right before the mark (past
 * appositions on X: `in the words of the prosecutor, Jonas Berg, QC, "…"`, whose name is then the speaker).
 */
function wordsBefore(doc: Doc, index: EntityIndex, openTok: number, sa: number): Attribution | null {
  for (let k = openTok - 5; k >= sa && openTok - k <= 30; k--) {
    if (doc.lower[k] !== 'in' || doc.lower[k + 2] !== 'words' || !(k === afterDateline(doc, sa, k + 1) || doc.words[k - 1] === ',' || (doc.pos[k - 1] as number) === P.CCONJ)) continue;
    const wo = wordsOf(doc, index, k, openTok + 1);
    if (!wo) return null;
    let id = wo.sp.id;
    for (let c = wo.comma; c < openTok - 1;) {
      let d = c + 1;
      while (d < openTok - 1 && d - c <= 6 && doc.words[d] !== ',' && !hasVerb(doc, d, d + 1)) d++;
      if (doc.words[d] !== ',' || d - c > 6) return null;
      for (let t = c + 1; t < d && !(id && isActor(index, wo.sp.head)); t++) {
        if (isActor(index, t) && (index.entities[index.entityAtToken[t] as number] as { type: string }).type === 'PERSON') id = entityIdAt(index, t);
      }
      c = d;
    }
    return { speaker: id, cue: 'in the words of', cueTok: openTok - 1 };
  }
  return null;
}

/**
 * "X went on to say that …", "X was quick to say …", "X continued to insist …": a bare cue after "to" reports for
 * the subject of the verb that governs it (its particle or an adjective between them).
 */
function raisingSubject(doc: Doc, index: EntityIndex, k: number, sa: number): Subject | null {
  // ("X is reported to have said that …": a perfect infinitive)
  const to = doc.lower[k - 1] === 'have' && doc.lower[k - 2] === 'to' ? k - 2 : k - 1;
  if (doc.lower[to] !== 'to') return null;
  let v = to - 1;
  if (v > sa && ((doc.pos[v] as number) === P.ADP || (doc.pos[v] as number) === P.ADJ || (doc.pos[v] as number) === P.ADV)) v--;
  // (a passive verb of saying raises its subject too: "X is said to have told staff that …")
  const passive = v - 1 > sa && (doc.pos[v - 1] as number) === P.AUX && (doc.pos[v] as number) === P.VERB;
  if (v <= sa || ((doc.pos[v] as number) !== P.VERB && (doc.pos[v] as number) !== P.AUX) || (isCue(doc, v) && !passive)) return null;
  return subjectBefore(doc, index, v, sa);
}

/** hearer cues whose passive names the speaker as its agent: "Reporters were told by X that …" */
const AGENT_CUES = new Set(['told', 'informed', 'assured', 'warned']);
/** how far (tokens) from the cue the "that" after a passive's agent may stand */
const AGENT_REACH = 12;

/**
 * "Reporters were told by Anna Holm that CLAUSE", "The families were informed by the ministry that CLAUSE": the agent
 * of a passive hearer cue is the speaker; its clause opens after "that". Null for anything else.
 */
function passiveAgent(doc: Doc, index: EntityIndex, k: number, se: number): { sp: Subject; ca: number } | null {
  if (!AGENT_CUES.has(doc.lower[k] as string) || (doc.pos[k - 1] as number) !== P.AUX || doc.lower[k + 1] !== 'by') return null;
  let t = k + 2;
  while (t < se && t - k <= AGENT_REACH && doc.lower[t] !== 'that' && !isQuoteTok(doc, t)) t++;
  if (doc.lower[t] !== 'that' || t - k > AGENT_REACH) return null;
  const sp = subjectAfter(doc, index, k + 2, t);
  return sp ? { sp, ca: t + 1 } : null;
}

/** "that" stands within n tokens from a. */
function thatWithin(doc: Doc, a: number, n: number): boolean {
  for (let t = a; t < doc.n && t - a < n; t++) if (doc.lower[t] === 'that') return true;
  return false;
}

/** The marks at openTok and closeTok enclose a modifier: a determiner or possessive before, a noun right after. */
function attributiveLabel(doc: Doc, openTok: number, closeTok: number): boolean {
  const p = doc.pos[openTok - 1] as number;
  const w = doc.lower[openTok - 1] as string;
  const before = p === P.DET || w === "'s" || w === '’s' || OPENING_POSSESSIVES.has(w);
  const n = closeTok + 1;
  return before && (doc.pos[n] as number) === P.NOUN && !glued(doc, n);
}

/**
 * "said that rising prices …", "warned that waiting lists …": after "that", an -ing word opens the clause; with no
 * "that" ("said slowing growth in China would weigh on …") when a noun follows it and a verb the noun phrase.
 */
function gerundAfterThat(doc: Doc, ca: number, se = ca): boolean {
  const w = doc.lower[ca] as string;
  if ((doc.pos[ca] as number) !== P.VERB || !/ing$/.test(w)) return false;
  if (doc.lower[ca - 1] === 'that') return true;
  if (PARTICIPLE_CUES.has(w) || (doc.pos[ca + 1] as number) !== P.NOUN) return false;
  for (let t = ca + 2; t < se && t - ca < 10; t++) {
    const p = doc.pos[t] as number;
    if (p === P.AUX || (p === P.VERB && !/ing$/.test(doc.lower[t] as string))) return true;
    if (p === P.PUNCT || p === P.PRON || p === P.SCONJ) return false;
  }
  return false;
}

/** The speaker of a participle cue (", saying ..."): the subject of the nearest reporting verb or main clause before it. */
function mainSpeaker(doc: Doc, index: EntityIndex, k: number, sa: number, cueSpeaker: Map<number, string | null>): Subject | null {
  for (let t = k - 2; t >= sa && k - t < 20; t--) {
    if (isQuoteTok(doc, t)) break;
    if (!isCue(doc, t) || PARTICIPLE_CUES.has(doc.lower[t] as string)) continue;
    if (cueSpeaker.has(t)) return { id: cueSpeaker.get(t) ?? null, start: t, head: t };
    return subjectBefore(doc, index, t, sa);
  }
  // the sentence may open with the quote: "“…,” X said, adding ..."
  for (let t = k - 1; t >= sa && k - t < 20; t--) if (cueSpeaker.has(t)) return { id: cueSpeaker.get(t) ?? null, start: t, head: t };
  const s = sentenceSubject(doc, index, afterDateline(doc, sa, k), k);
  // "Leaders of the Andean Pact (CAN) met ..., warning that ...": people who speak for the body named after "of"
  if (s && !s.id && SAYER_NOUNS_OF.has(doc.lower[s.head] as string) && doc.lower[s.head + 1] === 'of') {
    for (let t = s.head + 2; t < k && t - s.head < 16 && OF_PHRASE.has(doc.pos[t] as number); t++) {
      const e = index.entityAtToken[t] as number;
      const type = e >= 0 ? (index.entities[e] as { type: string }).type : '';
      if (type === 'ORG' || type === 'GPE') return { ...s, id: (index.entities[e] as { id: string }).id };
    }
  }
  return s;
}

/** plural heads that speak for the body they are "of": "leaders of X", "officials of X" */
const OF_PHRASE = new Set([P.DET, P.ADJ, P.NOUN, P.PROPN, P.ADP, P.PUNCT]);
const SAYER_NOUNS_OF = new Set(['leaders', 'officials', 'members', 'representatives', 'ministers', 'envoys', 'delegates', 'heads']);

/** interview paragraphs: "Q: …" / "A: …", also "Q. …", "Question: …", "Answer: …" */
// (or run on within one paragraph: "… what lies ahead. Q: Will it hold? A: Only if …. Q: …")
const ANSWER = /(^|\n|\?["”]?[ \t]+)[ \t]*(?:A:|A\.(?=[ \t])|Answer:)[ \t]*([^\n]+?)(?=[ \t]+(?:Q:|Question:)|[ \t]*\n|[ \t]*$)/g;
const QUESTION = /(^|\n|[.?!]["”]?[ \t]+)[ \t]*(?:Q:|Q\.(?=[ \t])|Question:)/;

/** Removes from `found` the quotes with no speaker that lie within a span `within` accepts (a question's, in an interview). */
function dropUnnamedWithin(found: Found[], within: (start: number, end: number) => boolean): void {
  for (let f = found.length - 1; f >= 0; f--) {
    const x = found[f] as Found;
    if (x.speaker === null && within(x.start, x.end)) found.splice(f, 1);
  }
}
/** a whole line of the writer's question: "Q: …", "Q. …", "Question: …" */
const QUESTION_LINE = /^[ \t]*(?:Q:|Q\.(?=[ \t])|Question:)[^\n]*/gm;
/** a byline's line: its names are the interviewer's */
const BYLINE = /^[ \t]*(?:by|interview by|interviewed by|reporting by|words by)\b/i;
/** verbs the intro puts before the interviewee: "We asked X", "spoke to X", "sat down with X" */
const ASKED = new Set(['asked', 'interviewed', 'questioned']);
const SPOKE = new Set(['spoke', 'talked', 'speaks', 'talks', 'down', 'speaking', 'talking']);

/**
 * The interviewee: the person the intro (before the first question) says was asked ("We asked X", "spoke to X, who
 * ..."), else the first person it names outside a byline.
 */
function interviewee(doc: Doc, index: EntityIndex, firstQ: number): string | null {
  const asked = askedInIntro(doc, index, firstQ)?.id;
  if (asked) return asked;
  let first: string | null = null;
  for (let t = 0; t < firstQ; t++) {
    const e = index.entityAtToken[t] as number;
    if (e < 0 || (index.entities[e] as { type: string }).type !== 'PERSON' || index.entityAtToken[t - 1] === e) continue;
    const lineStart = doc.text.lastIndexOf('\n', doc.starts[t] as number) + 1;
    if (BYLINE.test(doc.text.slice(lineStart, doc.starts[t] as number))) continue;
    const id = (index.entities[e] as { id: string }).id;
    first ??= id;
    // back over a title ("asked the former minister, X"): nouns, adjectives, names, determiners, one comma
    let k = t - 1;
    while (k >= 0 && t - k <= 8 && (index.entityAtToken[k] as number) < 0 && (NP_WORDS.has(doc.pos[k] as number) || doc.words[k] === ',')) k--;
    const w = doc.lower[k] as string;
    if (ASKED.has(w) || ((w === 'to' || w === 'with') && SPOKE.has(doc.lower[k - 1] as string))) return id;
  }
  // (a name in the intro the recognizer missed, the article naming that person later: "Saber Chowdhury is … Q: …
  // Chowdhury will attend …")
  for (let t = 0; first === null && t < firstQ; t++) {
    if ((doc.pos[t] as number) === P.PROPN && (doc.pos[t - 1] as number) !== P.PROPN && (index.entityAtToken[t] as number) < 0) first = personNamedBy(doc, index, t, firstQ);
  }
  return first;
}

/** how far (tokens) after "we spoke to" / "we asked" the interviewee's name may stand */
const ASKED_REACH = 25;

/**
 * The person the intro before token `upTo` says was interviewed, and the token of their name: the first person named
 * after "asked", "interviewed", "spoke to", "sat down with", in that sentence, who is no possessor ("spoke to X's
 * successor, Y": Y).
 */
function askedInIntro(doc: Doc, index: EntityIndex, upTo: number): { id: string; at: number } | null {
  for (let t = 0; t < upTo; t++) {
    const w = doc.lower[t] as string;
    const n = doc.lower[t + 1];
    if (!(ASKED.has(w) || (SPOKE.has(w) && (n === 'to' || n === 'with')) || (w === 'sat' && n === 'down'))) continue;
    const se = Math.min(upTo, doc.sentEnd[doc.sentOf[t] as number] as number, t + ASKED_REACH);
    for (let u = t + 1; u < se; u++) {
      const e = index.entityAtToken[u] as number;
      if (e < 0 || (index.entities[e] as { type: string }).type !== 'PERSON') continue;
      let v = u;
      while (v + 1 < doc.n && index.entityAtToken[v + 1] === e) v++;
      if (doc.lower[v + 1] === "'s" || doc.lower[v + 1] === '’s') {
        u = v;
        continue;
      }
      return { id: (index.entities[e] as { id: string }).id, at: u };
    }
  }
  return null;
}

/**
 * Sentence `sent` follows a question of the writer's own ("Is the customs union working?"), not in quote marks: in an
 * interview whose intro names the person asked, the quote that opens `sent` is that person's answer.
 */
function answerAfterQuestion(doc: Doc, index: EntityIndex, sent: number, memo: { asked?: { id: string | null; at: number } }): string | null {
  if (sent < 1) return null;
  const pa = doc.sentStart[sent - 1] as number;
  const pe = doc.sentEnd[sent - 1] as number;
  let last = pe - 1;
  while (last > pa && isQuoteTok(doc, last)) last--;
  if (doc.words[last] !== '?' || anyMark(doc, pa, pe)) return null;
  // (the intro is searched once per document: the first "we asked X" and where it stands)
  memo.asked ??= askedInIntro(doc, index, doc.n) ?? { id: null, at: doc.n };
  return memo.asked.at < pa ? memo.asked.id : null;
}

/** Interviews: each "A: ..." paragraph is a direct quote of the interviewee, the first person named before the first "Q:". */
function interviewAnswers(doc: Doc, index: EntityIndex, found: Found[]): void {
  const q = QUESTION.exec(doc.text);
  if (!q) {
    plainInterview(doc, index, found);
    // (a transcript whose answers are labelled with the speaker's name: "Lars Eriksen: I expect …", twice at least)
    labelledAnswers(doc, index, found, 2);
    return;
  }
  const speaker = interviewee(doc, index, tokenAt(doc, q.index));
  // the writer's question is no quote, nor what it puts to the interviewee with no one named ("Q: You said …", "Q: Rich
  // countries say they do what they can."); a report by someone named stays ("Q: Ankara said it had …")
  const asked: Array<[number, number]> = [];
  for (const m of doc.text.matchAll(QUESTION_LINE)) asked.push([m.index, m.index + m[0].length]);
  dropUnnamedWithin(found, (a, b) => asked.some(([qa, qb]) => a >= qa && b <= qb));
  ANSWER.lastIndex = 0;
  for (let m = ANSWER.exec(doc.text); m; m = ANSWER.exec(doc.text)) {
    const body = (m[2] as string).trimEnd();
    const start = m.index + m[0].length - (m[2] as string).length;
    const a = tokenAt(doc, start);
    // the answer was found already (`A: "…"`); a quote inside a longer answer does not stand for it
    if (found.some((f) => f.start >= start && f.start < start + body.length && (f.end - f.start) * 2 >= body.length)) continue;
    found.push({ text: body, start, end: start + body.length, kind: 'direct', speaker, cue: null, a, b: tokenAt(doc, start + body.length) });
  }
  labelledAnswers(doc, index, found, 1);
}

/**
 * Answers labelled with the speaker's name: "Van der Molen: Not this year." (a paragraph that opens with a person's
 * whole name and a colon), when at least `min` paragraphs are so labelled.
 */
function labelledAnswers(doc: Doc, index: EntityIndex, found: Found[], min: number): void {
  const add: Found[] = [];
  LABELLED.lastIndex = 0;
  for (let m = LABELLED.exec(doc.text); m; m = LABELLED.exec(doc.text)) {
    const label = m.index + (m[1] as string).length + (m[2] as string).length;
    const t0 = tokenAt(doc, label);
    const colon = tokenAt(doc, label + (m[3] as string).length);
    const e = index.entityAtToken[t0] as number;
    if (e < 0 || (index.entities[e] as { type: string }).type !== 'PERSON' || doc.words[colon] !== ':') continue;
    let same = true;
    for (let t = t0; t < colon; t++) if (index.entityAtToken[t] !== e) same = false;
    if (!same) continue;
    const body = (m[4] as string).trimEnd();
    const start = m.index + m[0].length - (m[4] as string).length;
    if (found.some((f) => f.start >= start && f.start < start + body.length && (f.end - f.start) * 2 >= body.length)) continue;
    add.push({ text: body, start, end: start + body.length, kind: 'direct', speaker: (index.entities[e] as { id: string }).id, cue: null, a: tokenAt(doc, start), b: tokenAt(doc, start + body.length) });
  }
  if (add.length >= min) found.push(...add);
}

/** an intro that presents what follows as an interview */
const INTERVIEW_INTRO = /\b(?:interview|Q&A|in conversation)\b/i;

/** a paragraph of its own, trimmed */
const PARAGRAPH = /[^\n]+/g;
/** a paragraph that is the writer's question: no quote marks, ends with "?" */
const QUESTION_PARA = /^[^"“”«»]*\?$/;
/** at most this many words in a question paragraph */
const QUESTION_WORDS = 60;

/**
 * Interviews whose questions stand as paragraphs of their own with no "Q:" ("What will the deal change?"), each followed
 * by the answer's paragraphs: when the intro names the person asked and at least two such questions follow, every
 * paragraph after a question, up to the next one, is a direct quote of that person.
 */
function plainInterview(doc: Doc, index: EntityIndex, found: Found[]): void {
  const text = doc.text;
  const paras: Array<{ start: number; end: number; question: boolean }> = [];
  let questions = 0;
  PARAGRAPH.lastIndex = 0;
  for (let m = PARAGRAPH.exec(text); m; m = PARAGRAPH.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    const question = QUESTION_PARA.test(body) && body.split(/\s+/).length <= QUESTION_WORDS;
    if (question) questions++;
    paras.push({ start: m.index + lead, end: m.index + lead + body.length, question });
  }
  if (questions < 2) return;
  const first = paras.findIndex((p) => p.question);
  const firstQ = tokenAt(doc, (paras[first] as { start: number }).start);
  // the person asked, else, when the intro calls the piece an interview, the first person it names
  const speaker = askedInIntro(doc, index, firstQ)?.id ?? (INTERVIEW_INTRO.test(text.slice(0, (paras[first] as { start: number }).start)) ? interviewee(doc, index, firstQ) : null);
  if (!speaker) return;
  // (nor is what a question puts to the interviewee with no one named)
  dropUnnamedWithin(found, (a, b) => paras.some((p) => p.question && a >= p.start && b <= p.end));
  for (let k = first + 1; k < paras.length; k++) {
    const p = paras[k] as { start: number; end: number; question: boolean };
    if (p.question) continue;
    // the answer was found already (`"…"` after the question)
    if (found.some((f) => f.start >= p.start && f.start < p.end && (f.end - f.start) * 2 >= p.end - p.start)) continue;
    // ("Nasser: We run the generators …": the speaker's name as a label is no part of the answer)
    let start = p.start;
    const t0 = tokenAt(doc, p.start);
    const m = index.mentionAtToken?.[t0];
    if (m && m.kind === 'name' && entityIdAt(index, t0) === speaker && doc.words[m.tokenEnd] === ':' && m.tokenEnd + 1 < doc.n) start = doc.starts[m.tokenEnd + 1] as number;
    if (start >= p.end) continue;
    found.push({ text: text.slice(start, p.end), start, end: p.end, kind: 'direct', speaker, cue: null, a: tokenAt(doc, start), b: tokenAt(doc, p.end) });
  }
}

/** a paragraph that opens with a short label and a colon */
const LABELLED = /(^|\n)([ \t]*)([^\n:]{2,40}?)[ \t]*:[ \t]*([^\n]+)/g;

/** The reported clauses of the document: clause index per token (-1 outside any), and each clause's reporter. */
interface Clauses {
  at: Int32Array;
  /** 1 inside a quoted fragment that waits for a reported clause to hold it */
  fragment: Uint8Array;
  who: Array<{ speaker: string | null; cue: string }>;
  /** 1 where the parse tags a verb the tagger missed ("spoke" tagged a noun) */
  verb: Uint8Array;
}

/**
 * Adds an indirect quote for tokens [a, b), truncated before any direct quote inside it (mixed quotes). The whole
 * clause is remembered, so that a quoted fragment inside it is credited to the same reporter.
 */
/** tags of a one-word subject */
const SUBJECT_TAGS = new Set([P.PROPN, P.NOUN, P.PRON]);

function pushIndirect(doc: Doc, found: Found[], inQuote: Uint8Array, a: number, b: number, speaker: string | null, cue: string, clauses: Clauses): void {
  const c = clauses.who.length;
  clauses.who.push({ speaker, cue });
  for (let t = a; t < b; t++) if ((clauses.at[t] as number) < 0) clauses.at[t] = c;
  let e = b;
  let cut = -1;
  for (let t = a; t < b; t++) {
    // a quoted fragment, found already or still waiting for the clause that holds it
    if (inQuote[t] || clauses.fragment[t]) {
      e = t - 1;
      cut = t;
      break;
    }
  }
  // trailing punctuation goes, but not the mark that closes a fragment the clause opened (`will leave "within days"`)
  let marks = 0;
  for (let t = a; t < e; t++) if (isQuoteTok(doc, t)) marks++;
  while (e > a && ((doc.pos[e - 1] as number) === P.PUNCT) && !(isQuoteTok(doc, e - 1) && marks % 2 === 0)) e--;
  // (two words make a clause when they are a subject and its finite verb: "said France agreed", "said talks continue")
  const pair = e - a === 2 && SUBJECT_TAGS.has(doc.pos[a] as number) && (doc.pos[a + 1] as number) === P.VERB && !/ing$/.test(doc.lower[a + 1] as string);
  if ((e - a < 3 && !pair) || !(hasVerb(doc, a, e) || clauses.verb.subarray(a, e).includes(1))) return;
  // cut before a quoted fragment: keep it only if what remains is a complete clause ("X remained open to dialogue"),
  // or a verb or adjective that an adverbial fragment qualifies ("troops would stay "until the vote"", "the army acted
  // "with restraint""); not a verb the fragment completes ("would "continue to fight"", "were "a disgrace"")
  if (cut >= 0 && !CLAUSE_ENDINGS.has(doc.pos[e - 1] as number) && !(ADVERBIAL_OPENERS.has(doc.pos[cut] as number) && CLAUSE_PREDICATES.has(doc.pos[e - 1] as number))) return;
  // (nor a noun that is the subject of the fragment's verb: "would help Kyiv "defend itself"", "said its leaders "have
  // lost their way"")
  if (cut >= 0 && ((doc.pos[cut] as number) === P.AUX || ((doc.pos[cut] as number) === P.VERB && !/ing$/.test(doc.lower[cut] as string)))) return;
  const start = doc.starts[a] as number;
  const end = doc.ends[e - 1] as number;
  for (let t = a; t < e; t++) inQuote[t] = 1;
  found.push({ text: doc.text.slice(start, end), start, end, kind: 'indirect', speaker, cue, a, b: e });
}

