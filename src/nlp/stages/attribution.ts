// Who is the subject of a verb: noun-phrase chunks, pronouns and nominals resolved to entities. Shared by quotes and events.
import { POS_INDEX, type Doc } from '../types.js';
import { glued, gluedHyphen } from '../tokenize.js';
import { entityById, typeOfId, type EntityIndex } from './entity-index.js';
import { CUE_VERBS, GROUP_PRONOUNS, PERSON_PRONOUNS, SPOKES_NOUNS } from '../lexicon/speech.js';
import { ORG_HEADS, ROLE_HEADS } from '../entities/lexicon.js';
import { GIVEN_NAME_GENDER } from '../lexicon/given-names.js';
import { loadKB } from '../../kb/index.js';

export const P = {
  ADJ: POS_INDEX['ADJ'] as number,
  ADP: POS_INDEX['ADP'] as number,
  ADV: POS_INDEX['ADV'] as number,
  AUX: POS_INDEX['AUX'] as number,
  CCONJ: POS_INDEX['CCONJ'] as number,
  DET: POS_INDEX['DET'] as number,
  NOUN: POS_INDEX['NOUN'] as number,
  NUM: POS_INDEX['NUM'] as number,
  PART: POS_INDEX['PART'] as number,
  PRON: POS_INDEX['PRON'] as number,
  PROPN: POS_INDEX['PROPN'] as number,
  PUNCT: POS_INDEX['PUNCT'] as number,
  SCONJ: POS_INDEX['SCONJ'] as number,
  VERB: POS_INDEX['VERB'] as number,
  SYM: POS_INDEX['SYM'] as number,
};

/** entity types that can speak or act */
const ACTOR_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);
/** how many sentences back a pronoun may look for its antecedent */
const PRONOUN_SENTENCES = 4;
/** longest noun-phrase chunk considered, in tokens */
const CHUNK_MAX = 12;
/** longest parenthetical (", speaking from ..., ") skipped between a subject and its verb */
const PAREN_MAX = 25;

export const QUOTE_CHARS = new Set(['"', '“', '”', "'", '‘', '’', '«', '»', '„', '‟']);

export function isQuoteTok(doc: Doc, i: number): boolean {
  const w = doc.words[i] as string;
  if (!QUOTE_CHARS.has(w)) return false;
  return !((w === "'" || w === '’') && isPluralPossessive(doc, i));
}

/** how far back (tokens) a closing single mark looks for its opening mark */
const SINGLE_OPEN_WINDOW = 60;

/**
 * An apostrophe of a plural possessive ("the forces' ability"): attached to a word in -s, followed by a space, and no
 * opening single mark before it in its sentence that it could close.
 */
function isPluralPossessive(doc: Doc, i: number): boolean {
  if (i === 0 || doc.starts[i] !== doc.ends[i - 1] || !/s$/i.test(doc.words[i - 1] as string)) return false;
  if (i + 1 < doc.n && doc.starts[i + 1] === doc.ends[i]) return false;
  const s0 = doc.sentStart[doc.sentOf[i] as number] as number;
  for (let t = i - 1; t >= s0 && i - t <= SINGLE_OPEN_WINDOW; t--) {
    const w = doc.words[t] as string;
    if ((w === "'" || w === '‘' || w === '’') && (t === 0 || (doc.starts[t] as number) > (doc.ends[t - 1] as number)) && t + 1 < doc.n && doc.starts[t + 1] === doc.ends[t]) return false;
  }
  return true;
}

export function isActor(index: EntityIndex, i: number): boolean {
  const e = index.entityAtToken[i] as number;
  return e >= 0 && ACTOR_TYPES.has((index.entities[e] as { type: string }).type);
}

/**
 * Token i belongs to a mention that names its entity: not a description the article resolved to someone ("the
 * defence minister, Ana Ruiz, said": the apposition, not the last minister named, is the subject).
 */
export function namedAt(index: EntityIndex, i: number): boolean {
  return isActor(index, i) && index.mentionAtToken?.[i]?.kind !== 'nominal';
}

export function entityIdAt(index: EntityIndex, i: number): string | null {
  const e = index.entityAtToken[i] as number;
  return e >= 0 ? (index.entities[e] as { id: string }).id : null;
}

/**
 * Token is part of a noun phrase (or inside an entity mention). `strict` (the event coder's subjects) leaves out the
 * pieces of hyphenated words ("Eun-kyeong", "Montreal-based"), which only the quote stage reads as parts of a phrase.
 */
function inChunk(doc: Doc, index: EntityIndex, i: number, strict = false): boolean {
  if ((index.entityAtToken[i] as number) >= 0) return true;
  const p = doc.pos[i] as number;
  if (p === P.NOUN || p === P.PROPN || p === P.ADJ || p === P.DET || p === P.NUM) return true;
  if (p === P.PART) return doc.lower[i] === "'s" || doc.lower[i] === '’s';
  // the participle of a hyphenated adjective: "Montreal-based", "Iran-backed", "UN-led"
  if (p === P.VERB) return !strict && doc.words[i - 1] === '-' && glued(doc, i) && (doc.pos[i + 1] as number) !== P.DET;
  if (p === P.PUNCT) {
    const w = doc.words[i] as string;
    // (a hyphen inside a word: "Eun-kyeong", "Owusu-Ansah")
    if (w === '-') return !strict && gluedHyphen(doc, i);
    return w === '(' || w === ')' || (w === '.' && i > 0 && /[A-Z]$/.test(doc.words[i - 1] as string));
  }
  return false;
}

/** First token of the noun-phrase chunk that ends at `end`, not before `lo`. */
function chunkStart(doc: Doc, index: EntityIndex, end: number, lo: number, strict = false): number {
  let s = end;
  while (s - 1 >= lo && end - s < CHUNK_MAX && inChunk(doc, index, s - 1, strict)) s--;
  return s;
}

function lastActor(index: EntityIndex, a: number, b: number): number {
  for (let k = b; k >= a; k--) if (isActor(index, k)) return k;
  return b;
}

/** Head of the chunk [a, b]: the rightmost noun, name or mention token. */
function headOf(doc: Doc, index: EntityIndex, a: number, b: number): number {
  // "Jeong Eun-kyeong" with only "Jeong Eun" recognised: a hyphenated piece glued to a name ends that name
  let g = b;
  while (g > a && (index.entityAtToken[g] as number) < 0 && glued(doc, g) && (doc.words[g] === '-' || doc.words[g - 1] === '-' || (doc.words[g] as string).startsWith('-'))) g--;
  if (g < b && (index.entityAtToken[g] as number) >= 0) return g;
  for (let k = b; k >= a; k--) {
    const p = doc.pos[k] as number;
    // (a possessive before the last word is its determiner, whatever the tagger made of that word: "her rival", "rival"
    // tagged an adjective)
    if (p === P.PRON && k < b && POSSESSIVE_DETERMINERS.has(doc.lower[k] as string)) return b;
    if ((index.entityAtToken[k] as number) >= 0 || p === P.NOUN || p === P.PROPN || p === P.PRON) return k;
  }
  return b;
}

/** possessive determiners, tagged as pronouns */
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** how far left, in tokens, a pronoun looks for an antecedent in its own sentence (bounds the cost in run-on sentences) */
const PRONOUN_SAME_SENTENCE = 400;
/** pronouns that stand as a clause's subject */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'he', 'she', 'they']);

/** Pronoun resolutions of one document (token -> entity id); `next` is the first token not yet resolved in order. */
interface PronounMemo {
  done: Map<number, string | null>;
  next: number;
  byId: Map<string, number>;
  /** per entity: 0 unknown, MALE or FEMALE, from honorifics, gendered titles and unambiguous pronouns */
  gender: Uint8Array;
  /** per entity: the gender its given name suggests (GIVEN_NAME_GENDER), a preference only */
  named: Uint8Array;
  /** per entity: the gender of a person's name typed otherwise (mistypedGenders), 0 for the rest */
  mistyped: Uint8Array;
  /** per token: 1 inside double quote marks (built on first need) */
  quoted?: Uint8Array;
}

/**
 * Tokens inside double quote marks, paired in one pass: straight marks alternate, curly ones open and close; an open
 * quote ends with its paragraph unless the next paragraph reopens it.
 */
function quotedTokens(doc: Doc): Uint8Array {
  const q = new Uint8Array(doc.n);
  let open = false;
  for (let t = 0; t < doc.n; t++) {
    const w = doc.words[t] as string;
    if (t > 0 && doc.paraOfSent[doc.sentOf[t] as number] !== doc.paraOfSent[doc.sentOf[t - 1] as number] && w !== '"' && w !== '“') open = false;
    if (w === '"') open = !open;
    else if (w === '“' || w === '«') open = true;
    else if (w === '”' || w === '»') open = false;
    else if (open) q[t] = 1;
  }
  return q;
}

/** The entity the subject of the first reporting verb of sentence [a, b) outside quotes resolves to, or null. */
function sentenceReporter(doc: Doc, index: EntityIndex, a: number, b: number, quoted: Uint8Array): Subject | null {
  for (let t = a + 1; t < b && t - a < 200; t++) {
    if (quoted[t] || !CUE_VERBS.has(doc.lower[t] as string) || (doc.pos[t] as number) !== P.VERB) continue;
    return subjectBefore(doc, index, t, a);
  }
  return null;
}

/** The pronoun at i is the subject of a reporting verb right after it ("he said", "she also told"). */
function attributionPronoun(doc: Doc, i: number): boolean {
  let k = i + 1;
  if ((doc.pos[k] as number) === P.ADV || (doc.pos[k] as number) === P.AUX) k++;
  return CUE_VERBS.has(doc.lower[k] as string);
}
const MALE = 1;
const FEMALE = 2;
const PRONOUN_GENDER: ReadonlyMap<string, number> = new Map([
  ['he', MALE], ['him', MALE], ['his', MALE], ['himself', MALE], ['she', FEMALE], ['her', FEMALE], ['hers', FEMALE], ['herself', FEMALE],
]);
const HONORIFIC_GENDER: ReadonlyMap<string, number> = new Map([
  ['mr', MALE], ['mr.', MALE], ['sir', MALE], ['lord', MALE], ['mrs', FEMALE], ['mrs.', FEMALE], ['ms', FEMALE], ['ms.', FEMALE],
  ['miss', FEMALE], ['madam', FEMALE], ['madame', FEMALE], ['dame', FEMALE], ['lady', FEMALE],
]);
const TITLE_GENDER = /\b(?:(spokes|chair|congress|business|countr)(man|woman)|(king|queen|prince|princess|duke|duchess|emperor|empress|baron|baroness))\b/;

/** nouns of kinship and sex that a name stands in apposition to: "her husband, Pedro," "Ana, his widow," */
const KIN_GENDER: ReadonlyMap<string, number> = new Map([
  ['husband', MALE], ['father', MALE], ['son', MALE], ['brother', MALE], ['uncle', MALE], ['nephew', MALE], ['grandfather', MALE],
  ['grandson', MALE], ['widower', MALE], ['boyfriend', MALE], ['man', MALE], ['boy', MALE],
  ['wife', FEMALE], ['mother', FEMALE], ['daughter', FEMALE], ['sister', FEMALE], ['aunt', FEMALE], ['niece', FEMALE],
  ['grandmother', FEMALE], ['granddaughter', FEMALE], ['widow', FEMALE], ['girlfriend', FEMALE], ['woman', FEMALE], ['girl', FEMALE],
]);
/**
 * The gender a kinship noun in apposition gives the name at [s, e): "her husband, Pedro,", "his wife Ana", "Pedro,
 * her husband," (the noun right before the name, or right after its comma past a determiner); 0 when none.
 */
function kinGender(doc: Doc, s: number, e: number): number {
  const before = doc.words[s - 1] === ',' ? s - 2 : s - 1;
  const b = before >= 0 ? KIN_GENDER.get(doc.lower[before] as string) : undefined;
  // (a possessor before the noun: "her husband", "the widow", "Ana's son"; not "a man named …" alone)
  if (b && before > 0 && /^(?:his|her|their|the|a|an|'s|’s)$/.test(doc.lower[before - 1] as string)) return b;
  if (e <= s || doc.words[e] !== ',') return 0;
  const d = doc.lower[e + 1] as string;
  const k = /^(?:his|her|their|the|a|an)$/.test(d) ? e + 2 : -1;
  const n = k > 0 ? KIN_GENDER.get(doc.lower[k] as string) : undefined;
  return n && (doc.words[k + 1] === ',' || doc.words[k + 1] === '.' || doc.lower[k + 1] === 'of') ? n : 0;
}

/** What the article itself says of its people's gender: "Mr. Ruiz", "Ms. Ortiz", "spokeswoman Ana Ortiz". */
function genderEvidence(doc: Doc, index: EntityIndex): Uint8Array {
  const g = new Uint8Array(index.entities.length);
  for (let e = 0; e < index.entities.length; e++) {
    const ent = index.entities[e] as { type: string; name: string; titles?: string[]; mentions: Array<{ tokenStart: number; tokenEnd: number; kind?: string }> };
    if (ent.type !== 'PERSON') continue;
    for (const t of ent.titles ?? []) {
      const m = TITLE_GENDER.exec(t.toLowerCase());
      if (m) g[e] = m[2] ? (m[2] === 'man' ? MALE : FEMALE) : /queen|princess|duchess|empress|baroness/.test(m[3] ?? '') ? FEMALE : MALE;
    }
    for (const m of ent.mentions) {
      const h = m.tokenStart > 0 ? HONORIFIC_GENDER.get(doc.lower[m.tokenStart - 1] as string) : undefined;
      if (h) g[e] = h;
      else if (!g[e] && m.kind === 'name') g[e] = kinGender(doc, m.tokenStart, m.tokenEnd);
    }
  }
  pronounEvidence(doc, index, g);
  return g;
}

/** how far back (tokens) a pronoun looks for the one person of its sentence */
const SOLE_PERSON_WINDOW = 60;

/**
 * Gender from pronouns that can only mean one person: a he/she/his/her with exactly one person named before it in
 * its sentence, outside quotes and reported clauses ("X was summoned to the ministry, where he met Y": X is a man).
 * Only people with no other evidence, and no contradicting pronoun, get it.
 */
function pronounEvidence(doc: Doc, index: EntityIndex, g: Uint8Array): void {
  const seen = new Uint8Array(index.entities.length);
  // a pronoun that opens a reported clause may mean someone else ("X said he …"): it only vetoes
  const veto = new Uint8Array(index.entities.length);
  for (let i = 1; i < doc.n; i++) {
    const want = PRONOUN_GENDER.get(doc.lower[i] as string);
    if (!want || (index.mentionAtToken?.[i]?.kind === 'name')) continue;
    // an object pronoun is never the subject of its own clause ("X accused him", "Y thanked her"): no evidence on X
    if (objectPronoun(doc, i)) continue;
    // nor a possessive that opens a description in apposition to a name ("Lars Moe, her deputy,": someone else's)
    if (doc.words[i - 1] === ',' && possessiveDeterminer(doc, i) && (index.entityAtToken[i - 2] as number) >= 0) continue;
    const reported = cueBefore(doc, i) >= 0;
    const s0 = doc.sentStart[doc.sentOf[i] as number] as number;
    let sole = -1;
    let many = false;
    for (let k = i - 1; k >= s0 && i - k <= SOLE_PERSON_WINDOW && !many; k--) {
      if (isQuoteTok(doc, k)) many = true;
      const e = index.entityAtToken[k] as number;
      if (e < 0 || (doc.pos[k] as number) === P.PRON || index.mentionAtToken?.[k]?.kind === 'pronoun') continue;
      if ((index.entities[e] as { type: string }).type !== 'PERSON') continue;
      if (doc.lower[k + 1] === "'s" || doc.lower[k + 1] === '’s' || (sole >= 0 && sole !== e)) many = true;
      else sole = e;
    }
    if (many || sole < 0 || g[sole]) continue;
    if (reported) veto[sole] = (veto[sole] as number) | want;
    else seen[sole] = (seen[sole] as number) | want;
  }
  for (let e = 0; e < seen.length; e++) {
    const s = (seen[e] as number) | (veto[e] as number);
    if (!g[e] && (seen[e] === MALE || seen[e] === FEMALE) && s === seen[e]) g[e] = seen[e] as number;
  }
}
/** "him", and "her" not followed by the noun it would possess ("thanked her", "told her that"; not "her ministry") */
function objectPronoun(doc: Doc, i: number): boolean {
  const w = doc.lower[i] as string;
  if (w === 'him') return true;
  if (w !== 'her') return false;
  const p = doc.pos[i + 1] as number;
  return p !== P.NOUN && p !== P.ADJ && p !== P.PROPN && p !== P.NUM && p !== P.VERB;
}
/** keyed by the document's entity index, so nothing outlives the article */
const pronounMemos = new WeakMap<EntityIndex, PronounMemo>();

function isResolvablePronoun(w: string): boolean {
  return PERSON_PRONOUNS.has(w) || w === 'him' || w === 'her' || w === 'his' || GROUP_PRONOUNS.has(w) || w === 'its' || w === 'their';
}

/** how far before "that" (tokens) the reporting verb of a reported pronoun may stand ("told Poland that it") */
const CUE_REACH = 14;

/**
 * The reporting verb whose clause the pronoun at i opens: right before it ("said it", "said that they"), or a short
 * phrase before its "that" ("said in a statement from Bamako that it", "told Poland that it"), with no other verb
 * between; -1 when none. Only such pronouns look further back through a reporter.
 */
function cueBefore(doc: Doc, i: number): number {
  let k = i - 1;
  if (k >= 1 && CUE_VERBS.has(doc.lower[k] as string)) return k;
  if (doc.lower[k] !== 'that') return -1;
  const lo = Math.max(1, doc.sentStart[doc.sentOf[i] as number] as number, i - CUE_REACH);
  for (k--; k >= lo; k--) {
    if (CUE_VERBS.has(doc.lower[k] as string)) return k;
    const p = doc.pos[k] as number;
    if (p === P.VERB || p === P.AUX || doc.lower[k] === 'that' || isQuoteTok(doc, k)) return -1;
  }
  return -1;
}

/**
 * Resolve a pronoun at token i to the most recent compatible entity (PERSON for he/she, ORG/GPE for it/they).
 * A pronoun's answer depends only on the tokens before it, so the pronouns before i that follow a reporting verb
 * (the only ones that look back through another pronoun) are resolved first, in text order, and remembered: a
 * chain of reported pronouns ("he said that she said that ...") is then solved iteratively, once per pronoun,
 * instead of recursing down the whole chain from every pronoun.
 */
export function resolvePronoun(doc: Doc, index: EntityIndex, i: number): string | null {
  let memo = pronounMemos.get(index);
  if (memo === undefined) {
    memo = { done: new Map(), next: 0, byId: new Map(), gender: genderEvidence(doc, index), named: nameGenders(index), mistyped: mistypedGenders(index) };
    for (let k = 0; k < index.entities.length; k++) if (!memo.byId.has((index.entities[k] as { id: string }).id)) memo.byId.set((index.entities[k] as { id: string }).id, k);
    pronounMemos.set(index, memo);
  }
  const known = memo.done.get(i);
  if (known !== undefined) return known;
  for (; memo.next < i; memo.next++) {
    const j = memo.next;
    if (!memo.done.has(j) && cueBefore(doc, j) >= 0 && isResolvablePronoun(doc.lower[j] as string)) memo.done.set(j, resolvePronounOnce(doc, index, j, memo));
  }
  const id = resolvePronounOnce(doc, index, i, memo);
  memo.done.set(i, id);
  return id;
}

/**
 * An object pronoun ("thanked him", "told her") never stands for the subject of its own clause: the person it resolves
 * to, else the next fitting person when that is the subject `not`.
 */
export function resolveObjectPronoun(doc: Doc, index: EntityIndex, i: number, not: string): string | null {
  const first = resolvePronoun(doc, index, i);
  if (first !== not) return first;
  const memo = pronounMemos.get(index) as PronounMemo;
  const want = PRONOUN_GENDER.get(doc.lower[i] as string) ?? 0;
  return resolveFitting(doc, index, i, memo, (e) => {
    const ent = index.entities[e] as { id: string; type: string };
    return ent.type === 'PERSON' && ent.id !== not && !(want && memo.gender[e] && memo.gender[e] !== want);
  });
}

function resolvePronounOnce(doc: Doc, index: EntityIndex, i: number, memo: PronounMemo): string | null {
  // "He" of "He Lifeng": a word inside a name is that name
  const named = index.entityAtToken[i] as number;
  if (named >= 0 && index.mentionAtToken?.[i]?.kind === 'name') return (index.entities[named] as { id: string }).id;
  const w = doc.lower[i] as string;
  const wantPerson = PERSON_PRONOUNS.has(w) || w === 'him' || w === 'her' || w === 'his';
  const wantGroup = GROUP_PRONOUNS.has(w) || w === 'its' || w === 'their';
  if (!wantPerson && !wantGroup) return null;
  if (w === 'their') {
    const bound = theirSubject(doc, index, i);
    if (bound !== undefined) return bound;
  }
  // "he" is never a person the article calls "Ms." or "spokeswoman"
  const want = PRONOUN_GENDER.get(w) ?? 0;
  const fits = (e: number): boolean => {
    const t = (index.entities[e] as { type: string }).type;
    // (and a person's name the recognizer typed otherwise, "Terje Aasland" as a place, known by a given name of the
    // pronoun's gender and no knowledge-base id)
    if (wantPerson) return t === 'PERSON' ? !(want && memo.gender[e] && memo.gender[e] !== want) : want !== 0 && memo.mistyped[e] === want;
    return t === 'ORG' || t === 'GPE' || (w === 'they' && t === 'NORP');
  };
  // (a pronoun's own resolution is not taken as evidence: one wrong first guess would then decide every later pronoun)
  // a given name of the other gender is passed over when someone else fits ("Ana Ruiz met Ivo Tarkan. He said …"),
  // not when no one else does
  // "she" goes to someone known to be a woman (by given name, title or kin noun) before anyone whose gender the article
  // leaves open: news names more men than women, and a name the lexicon does not know is more often a man's
  // ("Maria Lopes and her counterpart, Bhupender Yadav, met. Yadav said …. She said …")
  if (want === FEMALE && wantPerson) {
    const known = resolveFitting(doc, index, i, memo, (e) => fits(e) && (memo.named[e] === want || memo.gender[e] === want));
    if (known) return known;
  }
  if (want && wantPerson) {
    const named = resolveFitting(doc, index, i, memo, (e) => fits(e) && !(memo.named[e] && memo.named[e] !== want));
    if (named) return named;
  }
  return resolveFitting(doc, index, i, memo, fits);
}

/**
 * Per entity: the gender of a two-word name the recognizer did not type a person ("Amina Yusuf" as an organisation)
 * whose first word is a given name, with no knowledge-base id; 0 for every other entity.
 */
function mistypedGenders(index: EntityIndex): Uint8Array {
  const g = new Uint8Array(index.entities.length);
  for (let e = 0; e < index.entities.length; e++) {
    const ent = index.entities[e] as { type: string; name: string; kb: { wikidata?: string; geonames?: number; iso3166?: string } };
    if (ent.type === 'PERSON' || ent.kb.wikidata || ent.kb.geonames || ent.kb.iso3166) continue;
    const sp = ent.name.indexOf(' ');
    if (sp <= 0 || ent.name.indexOf(' ', sp + 1) >= 0) continue;
    g[e] = GIVEN_NAME_GENDER.get(ent.name.slice(0, sp).toLowerCase()) ?? 0;
  }
  return g;
}

/** The gender each person's given name suggests ("Ana Ruiz"); a one-word name may be a surname and tells nothing. */
function nameGenders(index: EntityIndex): Uint8Array {
  const g = new Uint8Array(index.entities.length);
  for (let e = 0; e < index.entities.length; e++) {
    const ent = index.entities[e] as { type: string; name: string };
    const sp = ent.name.indexOf(' ');
    if (ent.type === 'PERSON' && sp > 0) g[e] = GIVEN_NAME_GENDER.get(ent.name.slice(0, sp).toLowerCase()) ?? 0;
  }
  return g;
}

function resolveFitting(doc: Doc, index: EntityIndex, i: number, memo: PronounMemo, fits: (e: number) => boolean): string | null {
  const s0 = doc.sentOf[i] as number;
  // "Washington said it stood with ...": the subject of a reported clause is, by default, the reporter
  const reporter = reporterOf(doc, index, i, memo);
  if (reporter >= 0 && fits(reporter)) return (index.entities[reporter] as { id: string }).id;
  // ("…Berg broke that promise," she said: a name inside someone's quote is seldom the one who says it)
  let quoted: Uint8Array | null = null;
  const pw = doc.lower[i] as string;
  if ((PERSON_PRONOUNS.has(pw) || pw === 'it' || pw === 'they') && attributionPronoun(doc, i)) {
    memo.quoted ??= quotedTokens(doc);
    if (!memo.quoted[i]) quoted = memo.quoted;
  }
  // same sentence: nearest to the left; not in a clause reported in reverse ("Guterres urged both sides to talk, he
  // said": the clause is the complement of the pronoun's verb, and a name inside it never refers to its subject)
  const reversed = quoted !== null && doc.words[i - 1] === ',';
  // "Mitsotakis is due to meet Erdogan, his office said": a possessive in the subject of a reverse attribution does
  // not c-command the clause; it stands for the clause's own subject (its first fitting mention), not the nearest name
  if ((pw === 'his' || pw === 'her' || pw === 'its' || pw === 'their') && doc.words[i - 1] === ',' && (CUE_VERBS.has(doc.lower[i + 2] as string) || CUE_VERBS.has(doc.lower[i + 3] as string))) {
    const sa = doc.sentStart[s0] as number;
    for (let k = afterDateline(doc, sa, i); k < i && k - sa <= PRONOUN_SAME_SENTENCE; k++) {
      const e = index.entityAtToken[k] as number;
      if (e >= 0 && fits(e)) return (index.entities[e] as { id: string }).id;
    }
  }
  // "Company officials went to the Westfield police station, where they said …": "they" after a verb of its own
  // sentence whose subject is people the article does not name stands for them, not for a place or body named between
  // (or for the body whose people they are: "Ukrainian officials met the mayor in Lviv, where they said …")
  const people = pw === 'they' && !reversed ? peopleBefore(doc, index, i) : undefined;
  if (people !== undefined) {
    const pe = people === null ? undefined : memo.byId.get(people);
    return pe !== undefined && fits(pe) ? people : null;
  }
  // "The bloc said it had received complaints from Quito, and it urged both governments ...": the subject of a clause
  // coordinated after another takes up that clause's subject (subject parallelism), not the nearest name
  if (SUBJECT_PRONOUNS.has(pw) && (doc.lower[i - 1] === 'and' || doc.lower[i - 1] === 'but') && doc.words[i - 2] === ',' && !reversed) {
    const sa = doc.sentStart[s0] as number;
    const sub = sentenceSubject(doc, index, afterDateline(doc, sa, i), i);
    const se = sub?.id && sub.head < i - 2 && (doc.pos[sub.head] as number) !== P.PRON && !quoted?.[sub.head] ? (memo.byId.get(sub.id) ?? -1) : -1;
    if (se >= 0 && fits(se)) return (index.entities[se] as { id: string }).id;
  }
  for (let k = i - 1; !reversed && k >= (doc.sentStart[s0] as number) && i - k <= PRONOUN_SAME_SENTENCE; k--) {
    if (quoted?.[k]) continue;
    const e = index.entityAtToken[k] as number;
    if (e >= 0 && fits(e)) return (index.entities[e] as { id: string }).id;
  }
  // earlier sentences: the subject (first fitting mention) of the nearest sentence that has one
  const personal = PERSON_PRONOUNS.has(doc.lower[i] as string);
  for (let s = s0 - 1; s >= 0 && s0 - s <= PRONOUN_SENTENCES; s--) {
    const a = doc.sentStart[s] as number;
    const b = doc.sentEnd[s] as number;
    // "A farmer near X said …. “…,” he said.": the unnamed speaker of the sentence before, no one named earlier
    if (personal && unnamedSpeaker(doc, index, a, b)) return null;
    // "The two leaders discussed Iran. They noted …", "Clergy stressed …. They also noted …": "they" after a sentence
    // whose subject is people stands for them, not for a country or body that sentence names
    if (pw === 'they' && peopleSubject(doc, index, a, b)) return null;
    // "The army denied the claims. It said …": "it" after a sentence whose subject is a body the article does not name
    // stands for that body, not for an organisation named before it
    if (pw === 'it' && unnamedBodySubject(doc, index, a, b)) return null;
    // "After talks with X, Y said …. He added …": the reporter of that sentence before anyone else it names
    const said = quoted ? sentenceReporter(doc, index, a, b, quoted) : null;
    const rep = said?.id ? (memo.byId.get(said.id) ?? -1) : -1;
    if (rep >= 0 && fits(rep)) return (index.entities[rep] as { id: string }).id;
    // "X's office said …. …, it said.": the office goes on reporting, for whomever it speaks
    if (rep >= 0 && !personal && said && (doc.pos[said.head] as number) === P.NOUN && !SPOKES_PEOPLE.has(doc.lower[said.head] as string)) return said.id;
    // "In a statement to the BBC, the church denied it. They also said …": the subject after an opening phrase that
    // names the medium of a report, not its hearer inside the phrase
    const a0 = afterDateline(doc, a, b);
    if ((doc.pos[a0] as number) === P.ADP && reportPhrase(doc, a0 + 1, b)) {
      const sub = sentenceSubject(doc, index, a0, b);
      const se = sub?.id && sub.start > a0 && (doc.pos[sub.head] as number) !== P.PRON ? (memo.byId.get(sub.id) ?? -1) : -1;
      if (se >= 0 && fits(se) && !quoted?.[sub?.head ?? 0]) return (index.entities[se] as { id: string }).id;
    }
    // (a possessive of a description is its owner, not the sentence's subject: "Her deputy, Lars Moe, disagreed. “…,” he
    // said"; the owner only when no one else of the sentence fits)
    let owner: string | null = null;
    for (let k = a; k < b && k - a < 200; k++) {
      if (quoted?.[k]) continue;
      const e = index.entityAtToken[k] as number;
      if (e >= 0 && owner === null && possessiveDeterminer(doc, k) && fits(e)) {
        owner = (index.entities[e] as { id: string }).id;
        continue;
      }
      // "The union's general secretary, Peter Owusu, disagreed.": a description stands for the name in apposition to it
      const desc = e >= 0 ? index.mentionAtToken?.[k] : undefined;
      if (desc?.kind === 'nominal' && doc.words[desc.tokenEnd] === ',' && index.mentionAtToken?.[desc.tokenEnd + 1]?.kind === 'name') {
        const n = index.entityAtToken[desc.tokenEnd + 1] as number;
        if (fits(n)) return (index.entities[n] as { id: string }).id;
        k = desc.tokenEnd;
        continue;
      }
      if (e >= 0 && fits(e)) {
        // "Peru's Coast Guard reported …": the subject is the possessed name, not its possessor
        let m = k + 1;
        while (m < b && index.entityAtToken[m] === e) m++;
        const pos = doc.lower[m];
        const e2 = pos === "'s" || pos === '’s' ? (index.entityAtToken[m + 1] as number) : -1;
        return (index.entities[e2 >= 0 && fits(e2) ? e2 : e] as { id: string }).id;
      }
    }
    if (owner) return owner;
  }
  return null;
}

/** The pronoun at k is a possessive determiner of a noun after it: "his", or "her" before a noun ("her deputy"). */
function possessiveDeterminer(doc: Doc, k: number): boolean {
  const w = doc.lower[k] as string;
  if ((doc.pos[k] as number) !== P.PRON || !POSSESSIVE_DETERMINERS.has(w)) return false;
  const p = doc.pos[k + 1] as number;
  return p === P.NOUN || p === P.ADJ || p === P.PROPN || p === P.NUM;
}

/** nouns for the medium of a report in an opening phrase: "In a statement to X,", "In an interview with X," */
const REPORT_PHRASE_NOUNS = new Set(['statement', 'interview', 'letter', 'speech', 'remarks', 'comments', 'briefing', 'message', 'post', 'address', 'release', 'video', 'tweet']);

/** From a, before the first comma, a noun naming the medium of a report stands within three words. */
function reportPhrase(doc: Doc, a: number, b: number): boolean {
  for (let t = a; t < b && t - a < 4 && doc.words[t] !== ','; t++) if (REPORT_PHRASE_NOUNS.has(doc.lower[t] as string)) return true;
  return false;
}

/** plural nouns for people, and words that stand for them as a subject ("the two", "both") */
const PEOPLE_PLURALS = new Set([
  'leaders', 'presidents', 'ministers', 'officials', 'clergy', 'delegates', 'participants', 'experts', 'residents',
  'two', 'both', 'sides', 'counterparts', 'diplomats', 'negotiators', 'envoys', 'advisors', 'advisers', 'secretaries',
  'people', 'men', 'women', 'lawmakers', 'senators', 'activists', 'protesters', 'witnesses', 'doctors',
  // (those who write or study: "The authors say …. They call for …")
  'authors', 'researchers', 'scientists', 'analysts', 'economists', 'critics', 'campaigners', 'investigators',
  'organisers', 'organizers', 'survivors', 'relatives', 'families', 'parents', 'villagers', 'farmers', 'workers',
]);

/** The subject of sentence [a, b) is "the <words> <body>" that names no entity: "The army denied the claims." */
function unnamedBodySubject(doc: Doc, index: EntityIndex, a: number, b: number): boolean {
  const a0 = afterDateline(doc, a, b);
  const sub = sentenceSubject(doc, index, a0, b);
  if (!sub || sub.start !== a0 || doc.lower[sub.start] !== 'the' || (doc.pos[sub.head] as number) !== P.NOUN) return false;
  for (let t = sub.start; t <= sub.head; t++) if ((index.entityAtToken[t] as number) >= 0) return false;
  const w = doc.lower[sub.head] as string;
  return ORG_HEAD_WORDS.has(w) || GENERIC_ORG_WORDS.has(w) || FORCE_NAMES.has(w);
}

/** The subject of sentence [a, b) is people: a person named, persons joined by "and", or a plural noun for people. */
function peopleSubject(doc: Doc, index: EntityIndex, a: number, b: number): boolean {
  const sub = sentenceSubject(doc, index, afterDateline(doc, a, b), b);
  if (!sub) return false;
  const e = index.entityAtToken[sub.head] as number;
  if (e >= 0) return (index.entities[e] as { type: string }).type === 'PERSON' && doc.lower[sub.head + 1] !== "'s" && doc.lower[sub.head + 1] !== '’s';
  return PEOPLE_PLURALS.has(doc.lower[sub.head] as string);
}

/**
 * The pronoun at i follows, in its sentence, a subject that is a plural noun for people ("Company officials", "Two
 * officials", "Ukrainian officials") and that subject's verb: null when no name stands in the subject, else the one
 * actor named in it; undefined when the sentence has no such subject.
 */
function peopleBefore(doc: Doc, index: EntityIndex, i: number): string | null | undefined {
  const sa = doc.sentStart[doc.sentOf[i] as number] as number;
  const sub = sentenceSubject(doc, index, afterDateline(doc, sa, i), i);
  if (!sub || sub.head >= i || (index.entityAtToken[sub.head] as number) >= 0 || !PEOPLE_PLURALS.has(doc.lower[sub.head] as string)) return undefined;
  let verb = false;
  for (let t = sub.head + 1; t < i && !verb; t++) verb = (doc.pos[t] as number) === P.VERB || (doc.pos[t] as number) === P.AUX;
  if (!verb) return undefined;
  let named: string | null = null;
  for (let t = sub.start; t < sub.head; t++) {
    const e = index.entityAtToken[t] as number;
    if (e < 0) continue;
    if (!isActor(index, t)) return undefined;
    const id = (index.entities[e] as { id: string }).id;
    if (named !== null && named !== id) return undefined;
    named = id;
  }
  return named;
}

/**
 * The sentence [a, b) opens with an unnamed person as the subject of a reporting verb: "A farmer near X, reached by
 * phone, said …" (an indefinite noun that is no spokes-noun: "a ministry statement said" speaks for the ministry).
 */
function unnamedSpeaker(doc: Doc, index: EntityIndex, a: number, b: number): boolean {
  if (doc.lower[a] !== 'a' && doc.lower[a] !== 'an' && doc.lower[a] !== 'one') return false;
  for (let k = a + 1; k < b && k - a < 20; k++) {
    if (!CUE_VERBS.has(doc.lower[k] as string) || (doc.pos[k] as number) !== P.VERB) continue;
    const s = subjectBefore(doc, index, k, a);
    return s !== null && s.start === a && s.id === null && (doc.pos[s.head] as number) === P.NOUN && !SPOKES_NOUNS.has(doc.lower[s.head] as string);
  }
  return false;
}

/** Entity index of the subject of a reporting verb just before token i ("said it", "X, an ally of Y, said that they"). */
function reporterOf(doc: Doc, index: EntityIndex, i: number, memo: PronounMemo): number {
  const k = cueBefore(doc, i);
  if (k < 0) return -1;
  const s = subjectBefore(doc, index, k, doc.sentStart[doc.sentOf[k] as number] as number);
  if (!s?.id) return -1;
  return memo.byId.get(s.id) ?? -1;
}

/** A name (an entity, or a capitalised word past the first) stands in [a, b). */
export function anyActor(index: EntityIndex, a: number, b: number, doc?: Doc): boolean {
  for (let k = a; k < b; k++) if (isActor(index, k) || (doc && k > a && /^\p{Lu}/u.test(doc.words[k] as string))) return true;
  return false;
}

/** An ORG/GPE mention in [a, b), rightmost first. */
function orgIn(index: EntityIndex, a: number, b: number): string | null {
  for (let k = b - 1; k >= a; k--) {
    const e = index.entityAtToken[k] as number;
    if (e < 0) continue;
    const t = (index.entities[e] as { type: string }).type;
    if (t === 'ORG' || t === 'GPE') return (index.entities[e] as { id: string }).id;
  }
  return null;
}

/** bodies that sit abroad: the place after "in" is where they are, not whom they speak for */
const SEATED_ABROAD = new Set(['embassy', 'consulate', 'mission', 'delegation']);

/**
 * The body a spokes-noun's "for"/"at"/"of" phrase in [a, b) names: its ORG/GPE mention, rightmost first, past a place
 * after "in" where the body sits ("a spokesperson for the UN mission in Mali": the UN); null for an embassy's city ("a
 * spokesman at the embassy in Nairobi" speaks for no one named).
 */
function bodyIn(doc: Doc, index: EntityIndex, a: number, b: number): string | null {
  let located = -1;
  for (let k = b - 1; k >= a; k--) {
    const e = index.entityAtToken[k] as number;
    if (e < 0) continue;
    const t = (index.entities[e] as { type: string }).type;
    if (t !== 'ORG' && t !== 'GPE') continue;
    let s = k;
    while (s > a && index.entityAtToken[s - 1] === e) s--;
    if (t === 'GPE' && doc.lower[s - 1] === 'in') {
      if (located < 0) located = s;
      k = s;
      continue;
    }
    return (index.entities[e] as { id: string }).id;
  }
  if (located < 0) return null;
  return SEATED_ABROAD.has(doc.lower[located - 2] as string) ? null : entityIdAt(index, located);
}

/** A demonym in [a, b) whose country the article names ("Kenyan" -> Kenya): that country's entity id, else null. */
function demonymCountry(index: EntityIndex, a: number, b: number): string | null {
  for (let k = a; k < b; k++) {
    const e = index.entityAtToken[k] as number;
    const ent = e >= 0 ? index.entities[e] : undefined;
    if (ent?.type !== 'NORP' || !ent.kb.iso3166) continue;
    const iso = ent.kb.iso3166;
    return index.entities.find((x) => x.type === 'GPE' && x.kb.iso3166 === iso)?.id ?? null;
  }
  return null;
}

/**
 * A demonym with a country code that opens the phrase [a, b) of a state body ("the Nigerian army", "a Thai foreign
 * ministry spokesman"): its NORP entity, which stands for the country when the article never names it; null when a
 * name stands between ("the Kenyan Red Cross") or there is none.
 */
function stateDemonym(doc: Doc, index: EntityIndex, a: number, b: number): string | null {
  // (not the second of coordinated demonyms, "Spanish and Moroccan police": the phrase is the whole coordination)
  if (a > 0 && (doc.lower[a - 1] === 'and' || doc.lower[a - 1] === 'or' || (index.entityAtToken[a - 1] as number) >= 0)) return null;
  for (let k = a; k < b; k++) {
    const e = index.entityAtToken[k] as number;
    if (e < 0) continue;
    const ent = index.entities[e];
    if (ent?.type !== 'NORP' || !ent.kb.iso3166) return null;
    for (let t = k + 1; t < b; t++) if ((index.entityAtToken[t] as number) >= 0 && index.entityAtToken[t] !== e) return null;
    return ent.id;
  }
  return null;
}

/** spokes-nouns that stand for a person: "the spokesperson said" refers back to the last one the article mentioned */
const SPOKES_PEOPLE = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'representative']);
/** how far back (tokens) "the spokesperson" looks for its antecedent */
const NOMINAL_LOOKBACK = 300;

/**
 * "A Treasury spokesperson said … . “…,” the spokesperson added.": a definite nominal refers to the last
 * mention of its noun. When that mention is an unnamed spokesperson, the nominal is that spokesperson, credited to
 * the organisation, not the named spokesperson elsewhere in the article that resolution linked it to.
 */
function unnamedAntecedent(doc: Doc, index: EntityIndex, head: number): string | null {
  if (!SPOKES_PEOPLE.has(doc.lower[head] as string) || index.mentionAtToken?.[head]?.kind !== 'nominal') return null;
  return spokesAntecedent(doc, index, head);
}

/** The organisation of the last unnamed mention of spokes-noun `head` before it ("A Treasury spokesperson"), or null. */
function spokesAntecedent(doc: Doc, index: EntityIndex, head: number): string | null {
  const w = doc.lower[head] as string;
  for (let j = head - 1; j >= 0 && head - j < NOMINAL_LOOKBACK; j--) {
    if (doc.lower[j] !== w) continue;
    if ((index.entityAtToken[j] as number) >= 0) return null;
    const a = chunkStart(doc, index, j + 1, Math.max(0, j - CHUNK_MAX));
    // named: "Ana Ortiz, the ministry spokesperson", "spokesperson Ana Ortiz", "the spokesperson, Ana Ortiz,"
    const named = (k: number): boolean => k >= 0 && k < doc.n && isActor(index, k) && (index.entities[index.entityAtToken[k] as number] as { type: string }).type === 'PERSON';
    if ((doc.words[a - 1] === ',' && named(a - 2)) || named(j + 1) || (doc.words[j + 1] === ',' && named(j + 2))) return null;
    return resolveHead(doc, index, a, j, Math.min(doc.n, j + 8));
  }
  return null;
}

/** how far back (tokens) a definite nominal looks for the organisation it names ("the ministry", "the army") */
const ORG_LOOKBACK = 400;

/** The most recent ORG before token i, not before token lo, whose name passes `test`; null when there is none. */
function recentOrgWhere(index: EntityIndex, i: number, lo: number, test: (name: string) => boolean, doc?: Doc): string | null {
  for (let k = i - 1; k >= lo; k--) {
    const e = index.entityAtToken[k] as number;
    if (e < 0) continue;
    const ent = index.entities[e] as { id: string; type: string; name: string };
    if (ent.type === 'ORG' && test(ent.name) && !(doc && isMedium(doc, index, k))) return ent.id;
  }
  return null;
}

/** verbs of putting a text out: the organisation after "posted on" / "said via" is the medium, not a speaker */
const PUBLISH_VERBS = new Set(['posted', 'published', 'shared', 'uploaded', 'broadcast', 'released', 'issued', 'aired', 'said', 'wrote', 'announced', 'tweeted']);

/** The mention at token k is where a text was put out: "a statement posted on Telegram", "said on X". */
function isMedium(doc: Doc, index: EntityIndex, k: number): boolean {
  let a = k;
  while (a > 0 && index.entityAtToken[a - 1] === index.entityAtToken[k]) a--;
  if (doc.lower[a - 1] === 'the') a--;
  return (doc.lower[a - 1] === 'on' || doc.lower[a - 1] === 'via') && PUBLISH_VERBS.has(doc.lower[a - 2] as string);
}

/** The most recent ORG whose name contains `word` ("the ministry" -> "Ministry of Commerce"), within a bounded lookback. */
export function recentOrgNamed(index: EntityIndex, i: number, word: string): string | null {
  return recentOrgWhere(index, i, Math.max(0, i - ORG_LOOKBACK + 1), (name) => name.toLowerCase().includes(word));
}

/** words that set a state's own government apart from a regional one */
const NATIONAL = new Set(['national', 'federal', 'central', 'union']);

/** a state's forces, which "the army" names again after "Nigeria's army" */
const FORCE_NOUNS = new Set(['army', 'military', 'navy']);
/** how many words before a force noun may hold its country ("Nigeria's army", "the Sudanese military") */
const FORCE_COUNTRY_WORDS = 3;

/**
 * "Nigeria's army said … . The army said": the country named with the last earlier mention of the same force noun
 * (within ORG_LOOKBACK tokens), as its GPE entity; null when that mention names none (or the article names no such
 * country).
 */
function earlierForceCountry(doc: Doc, index: EntityIndex, head: number): string | null {
  const w = doc.lower[head] as string;
  for (let j = head - 1; j >= 0 && head - j <= ORG_LOOKBACK; j--) {
    // (only a mention that heads its phrase: not "Army spokesman X", someone of the army)
    if (doc.lower[j] !== w || (index.entityAtToken[j] as number) >= 0 || (doc.pos[j + 1] as number) === P.NOUN || (doc.pos[j + 1] as number) === P.PROPN) continue;
    for (let t = j - 1; t >= 0 && j - t <= FORCE_COUNTRY_WORDS; t--) {
      const e = index.entityAtToken[t] as number;
      if (e < 0) {
        if (doc.words[t] === ',' || doc.words[t] === '.') break;
        continue;
      }
      const ent = index.entities[e] as { id: string; type: string; kb: { iso3166?: string } };
      if (ent.type === 'GPE' && ent.kb.iso3166) return ent.id;
      return ent.type === 'NORP' ? demonymCountry(index, t, t + 1) : null;
    }
    return null;
  }
  return null;
}

/** common nouns for a state's forces, and the words an organisation's name holds when it is such a force */
const FORCE_NAMES: ReadonlyMap<string, RegExp> = new Map([
  ['army', /\b(?:Army|Armed Forces|Military|Defen[cs]e Forces)\b/],
  ['military', /\b(?:Army|Armed Forces|Military|Defen[cs]e Forces)\b/],
  ['navy', /\bNavy\b/],
  ['police', /\bPolice\b/],
]);

/**
 * The organisation a force noun at token t refers to: "Chile's army" -> "Chilean Army" when the article names
 * such a force of that country (its name holds a name or demonym of `country`); "the army" -> the latest such force
 * named before t. Null when the article names none.
 */
export function forceEntity(doc: Doc, index: EntityIndex, t: number, country: string | null): string | null {
  const re = FORCE_NAMES.get(doc.lower[t] as string);
  if (!re) return null;
  if (country) {
    const c = entityById(index, country) as { kb: { iso3166?: string | null } } | undefined;
    const iso = c?.kb.iso3166;
    if (!iso) return null;
    const names: string[] = [];
    for (const e of index.entities) {
      if ((e.type === 'GPE' || e.type === 'NORP') && e.kb.iso3166 === iso) for (const m of e.mentions) if (m.kind !== 'pronoun') names.push(m.text);
    }
    for (const e of index.entities) {
      if (e.type === 'ORG' && re.test(e.name) && names.some((n) => e.name.includes(n))) return e.id;
    }
    return null;
  }
  return recentOrgWhere(index, t, Math.max(0, t - ORG_LOOKBACK + 1), (name) => re.test(name));
}

export interface Subject {
  /** entity id, or null when the subject names no entity ("a source", "growers") */
  id: string | null;
  /** first token of the subject chunk */
  start: number;
  /** head token */
  head: number;
}

/**
 * The entity of the actor mention at token t, checked against the nationality a description gives: "the Indian
 * minister" that entity resolution linked to a person of another country (the last minister named, "Foreign Minister
 * Sergei Lavrov") is the one other person of the article who is of that country (titled so, or named right after its
 * demonym: "his Indian counterpart, S. Jaishankar,"), else no one named when the linked person is of another country.
 */
export function actorAt(doc: Doc, index: EntityIndex, t: number): string | null {
  const id = entityIdAt(index, t);
  const m = index.mentionAtToken?.[t];
  const ent = index.entities[index.entityAtToken[t] as number];
  if (m?.kind !== 'nominal' || ent?.type !== 'PERSON') return id;
  // the country a demonym or a country's name inside the description names
  let iso: string | undefined;
  for (const c of index.entities) {
    if ((c.type !== 'NORP' && c.type !== 'GPE') || !c.kb.iso3166) continue;
    if (c.mentions.some((x) => x.kind !== 'pronoun' && x.tokenStart >= m.tokenStart && x.tokenStart < m.tokenEnd)) {
      iso = c.kb.iso3166;
      break;
    }
  }
  if (!iso) return id;
  const own = countriesOf(doc, index, ent);
  if (own.has(iso)) return id;
  let found: string | null = null;
  for (const p of index.entities) {
    if (p.type !== 'PERSON' || p === ent || !countriesOf(doc, index, p).has(iso)) continue;
    if (found) return null;
    found = p.id;
  }
  return found ?? (own.size > 0 ? null : id);
}

/**
 * The countries (ISO codes) the article ties person p to: a title that holds a country's name or demonym ("Prime
 * Minister of Fiji"), or a name mention right after one ("Indian Foreign Minister S. Jaishankar", "his Indian
 * counterpart, S. Jaishankar"). A title the resolver took from a description linked to p is left out: it is in question.
 */
function countriesOf(doc: Doc, index: EntityIndex, p: EntityIndex['entities'][number]): Set<string> {
  const out = new Set<string>();
  const described = new Set<string>();
  for (const x of p.mentions) if (x.kind === 'nominal') described.add(x.text.toLowerCase().replace(/^the\s+/, ''));
  for (const c of index.entities) {
    const iso = c.kb.iso3166;
    if ((c.type !== 'NORP' && c.type !== 'GPE') || !iso) continue;
    for (const t of p.titles ?? []) {
      const tl = t.toLowerCase();
      if (described.has(tl)) continue;
      if (c.mentions.some((x) => x.kind !== 'pronoun' && holdsWords(tl, x.text.toLowerCase()))) out.add(iso);
    }
  }
  for (const x of p.mentions) {
    if (x.kind !== 'name') continue;
    const comma = doc.words[x.tokenStart - 1] === ',' ? x.tokenStart - 1 : x.tokenStart;
    for (let k = comma - 1; k >= 0 && comma - k <= 4; k--) {
      const e = index.entityAtToken[k] as number;
      const c = e >= 0 ? index.entities[e] : undefined;
      if (c && (c.type === 'NORP' || c.type === 'GPE') && c.kb.iso3166) {
        out.add(c.kb.iso3166);
        break;
      }
      if (doc.words[k] === ',' || (doc.pos[k] as number) === P.VERB || (doc.pos[k] as number) === P.PUNCT) break;
    }
  }
  return out;
}

/** Text holds the words w whole: not inside a longer word ("Indian" is not in "Indiana"). */
function holdsWords(text: string, w: string): boolean {
  for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
    if (!/\p{L}/u.test(text[i - 1] ?? ' ') && !/\p{L}/u.test(text[i + w.length] ?? ' ')) return true;
  }
  return false;
}

/** Resolve the head of the chunk [a, head]: entity, pronoun, or nominal that speaks for an organization. */
export function resolveHead(doc: Doc, index: EntityIndex, a: number, head: number, hi: number): string | null {
  if (isActor(index, head)) return unnamedAntecedent(doc, index, head) ?? actorAt(doc, index, head);
  const w = doc.lower[head] as string;
  if (w === 'who' || w === 'which') {
    // "Biden, who met Erdoğan": the antecedent just before
    let k = head - 1;
    if (doc.words[k] === ',') k--;
    if (k >= 0 && isActor(index, k)) return entityIdAt(index, k);
    // "Ana Ruiz, the opposition candidate who ...": the name the description stands in apposition to
    const c = chunkStart(doc, index, k + 1, Math.max(0, k - CHUNK_MAX));
    if (c >= 2 && c <= k && doc.words[c - 1] === ',' && isActor(index, c - 2)) return entityIdAt(index, c - 2);
    // "according to the ministry, which said ...": a description, resolved as it would be as a subject
    return c <= k && (doc.pos[k] as number) === P.NOUN ? resolveHead(doc, index, c, k, hi) : null;
  }
  if ((doc.pos[head] as number) === P.PRON) return resolvePronoun(doc, index, head);
  if (SPOKES_NOUNS.has(w)) {
    // "Kremlin spokesman", "China's foreign ministry"
    const inside = orgIn(index, a, head);
    if (inside) return inside;
    // "the Kenyan government", "the Israeli military": the country the demonym names (its force when the article names it)
    const country = demonymCountry(index, a, head);
    if (country) return forceEntity(doc, index, head, country) ?? country;
    // (a country the article does not name: the demonym stands for it, "the Nigerian army said")
    const demonym = stateDemonym(doc, index, a, head);
    if (demonym) return demonym;
    // "his office", "its spokesman", "their representative": whoever the possessive names
    const poss = POSSESSIVES.has(doc.lower[a] as string) ? a : a > 0 && POSSESSIVES.has(doc.lower[a - 1] as string) ? a - 1 : -1;
    if (poss >= 0 && head - poss <= 3) {
      const id = resolvePronoun(doc, index, poss);
      // "his spokesman said": the spokesman the article names for him ("X, spokesman for the Secretary-General")
      if (id) return (SPOKES_PEOPLE.has(w) ? spokesmanFor(index, w, id) : null) ?? id;
    }
    // "Ana Ruiz's office", "Ruiz's spokesman": the person's own voice
    for (let k = a; k < head; k++) {
      if ((doc.lower[k + 1] === "'s" || doc.lower[k + 1] === '’s') && isActor(index, k) && (index.entities[index.entityAtToken[k] as number] as { type: string }).type === 'PERSON') return entityIdAt(index, k);
    }
    // "a Commission spokesperson", "a Council spokesman": a capitalised word of an organisation's name the recognizer
    // left untagged stands for the body named so last
    for (let k = a; k < head; k++) {
      const m = doc.lower[k] as string;
      if ((index.entityAtToken[k] as number) < 0 && ORG_HEAD_WORDS.has(m) && /^\p{Lu}/u.test(doc.words[k] as string) && !(k === a && (doc.pos[k] as number) === P.DET)) {
        const org = recentOrgNamed(index, a, m);
        if (org) return org;
      }
    }
    // "a ministry spokeswoman", "the ministry's spokesperson": the body of that kind named last (not when a name
    // says whose: "a Vestrian ministry spokeswoman")
    for (let k = a; k < head && !anyActor(index, a, head, doc); k++) {
      const m = doc.lower[k] as string;
      if ((doc.pos[k] as number) === P.NOUN && !SPOKES_PEOPLE.has(m) && (ORG_HEAD_WORDS.has(m) || SPOKES_NOUNS.has(m) || GENERIC_ORG_WORDS.has(m))) {
        // "a company spokesman", "an airline spokeswoman": the organisation of the last sentences, whatever its name
        // (or a company's name the recognizer took for a person's: "Norsk Hydro said …. A company spokeswoman said")
        const org = recentOrgNamed(index, a, m) ?? (GENERIC_ORG_WORDS.has(m) ? recentOrg(doc, index, a) ?? (COMPANY_WORDS.has(m) ? companyAsPerson(doc, index, a) : null) : null);
        if (org) return org;
      }
    }
    // "a spokesperson for the ministry", "a statement from the ministry"
    const nx = doc.lower[head + 1];
    if (head + 1 < hi && (nx === 'for' || nx === 'of' || nx === 'at' || nx === 'from' || nx === 'by')) {
      // (the phrase ends at its clause's verb: in "a spokesperson for X's ministry thanked Y" Y is no body of the phrase)
      let pe = head + 2;
      while (pe < Math.min(hi, head + 8) && (doc.pos[pe] as number) !== P.VERB && (doc.pos[pe] as number) !== P.AUX) pe++;
      const e = bodyIn(doc, index, head + 2, pe);
      // (not the place of "the Montreal-based agency")
      if (e && !(doc.lower[head + 2] === 'the' && placeModifier(doc, index, head + 3))) return e;
      // "a statement from the office of President X", "a statement from X's office": the person's own voice
      const holder = e ? null : officeHolder(doc, index, head + 2, Math.min(hi, head + 10));
      if (holder) return holder;
    }
    // "the national government", "the federal government": the state's own (the article's state, which the quote
    // stage's government speaker finds), not the regional government named last
    if (doc.lower[a] === 'the' && w === 'government' && head === a + 2 && NATIONAL.has(doc.lower[a + 1] as string)) return null;
    if (doc.lower[a] === 'the') return SPOKES_PEOPLE.has(w) ? spokesAntecedent(doc, index, head) : (recentOrgNamed(index, a, w) ?? (FORCE_NOUNS.has(w) && head === a + 1 ? earlierForceCountry(doc, index, head) : null));
  }
  // "The opposition says …": the organisation the article calls the opposition ("the main opposition coalition, the X")
  if (w === 'opposition' && doc.lower[a] === 'the' && head === a + 1) {
    const o = oppositionOrg(doc, index, head);
    if (o) return o;
  }
  // "the group", "the coalition", "the movement" (an organisation's head word, entities/lexicon ORG_HEADS): the
  // organisation of that kind named last, else the one named in the last sentences
  // (or a company's name the recognizer took for a person's: "Statoil Nordic said …. The company said")
  if (doc.lower[a] === 'the' && head === a + 1 && (ORG_HEAD_WORDS.has(w) || GENERIC_ORG_WORDS.has(w))) return recentOrgNamed(index, a, w) ?? recentOrg(doc, index, a) ?? ledeOrgNamed(doc, index, a, w) ?? (COMPANY_WORDS.has(w) ? companyAsPerson(doc, index, a) : null);
  // ("A senior official said … . The official said": the unnamed one introduced before, not a titled person)
  if (ROLE_HEADS.has(w) && doc.lower[a] === 'the' && introducedUnnamed(doc, index, head)) return null;
  // "his guest said", "the visitor said", "the visiting minister said": the person the article has someone host
  if (head === a + 1 && (w === 'guest' || w === 'visitor') && (doc.lower[a] === 'the' || POSSESSIVES.has(doc.lower[a] as string))) return guestNamed(doc, index, a, null);
  if (head === a + 2 && doc.lower[a] === 'the' && doc.lower[a + 1] === 'visiting' && ROLE_HEADS.has(w)) return guestNamed(doc, index, a, w);
  if (ROLE_HEADS.has(w) && !SPOKES_PEOPLE.has(w)) return roleHolder(doc, index, a, head) ?? (doc.lower[a] === 'the' && head === a + 1 ? roleAntecedent(doc, index, head) : null);
  return null;
}

/** verbs whose object is a guest ("X hosted Y", "X received Y") and verbs whose subject is one ("Y visited", "Y arrived in") */
const HOSTING_VERBS: ReadonlySet<string> = new Set(['hosted', 'hosts', 'hosting', 'received', 'receives', 'receiving', 'welcomed', 'welcomes', 'welcoming']);
const VISITING_VERBS: ReadonlySet<string> = new Set(['visited', 'visits', 'visiting', 'arrived', 'arrives', 'toured', 'tours']);
/** how far after a hosting verb its object's name may stand (past the title and nationality before the name) */
const GUEST_SPAN = 10;

/**
 * The guest of the last visit the article tells before token a: the first person after "hosted"/"received"/"welcomed"
 * in its clause, or the person right before "visited"/"arrived" (past "was"/"is"/"has"); such a verb with no person
 * there ("welcomed the offer") is passed over. With `role` ("the visiting minister"), a guest titled otherwise is not the one.
 */
function guestNamed(doc: Doc, index: EntityIndex, a: number, role: string | null): string | null {
  for (let j = a - 1; j >= 0 && a - j < NOMINAL_LOOKBACK; j--) {
    const v = doc.lower[j] as string;
    if ((doc.pos[j] as number) !== P.VERB) continue;
    let found: string | null = null;
    if (HOSTING_VERBS.has(v)) {
      for (let k = j + 1; k < doc.n && k - j <= GUEST_SPAN && doc.sentOf[k] === doc.sentOf[j] && found === null; k++) {
        found = personAt(doc, index, k);
        if (found === null && (doc.words[k] === ',' || (doc.pos[k] as number) === P.VERB)) break;
      }
    } else if (VISITING_VERBS.has(v)) {
      let k = j - 1;
      if (k >= 0 && AUX_BEFORE_VISIT.has(doc.lower[k] as string)) k--;
      found = personAt(doc, index, k);
    } else continue;
    // ("Vietnam welcomed the offer": a verb of the kind with no person there tells no visit)
    if (found === null) continue;
    const titles = entityById(index, found)?.titles;
    return role && titles?.length && !titles.some((t) => t.toLowerCase().split(/[\s-]+/).includes(role)) ? null : found;
  }
  return null;
}
const AUX_BEFORE_VISIT: ReadonlySet<string> = new Set(['was', 'is', 'has', 'had']);

/**
 * The organisation named in apposition to a phrase with "opposition" within ORG_LOOKBACK tokens of token i ("the main
 * opposition coalition, the Unitary Platform,", "the Unitary Platform, the main opposition alliance"); null when none
 * or when two different ones are.
 */
function oppositionOrg(doc: Doc, index: EntityIndex, i: number): string | null {
  let found: string | null = null;
  const org = (k: number): string | null => {
    if (doc.lower[k] === 'the') k++;
    const e = k >= 0 && k < doc.n ? (index.entityAtToken[k] as number) : -1;
    return e >= 0 && (index.entities[e] as { type: string }).type === 'ORG' ? (index.entities[e] as { id: string }).id : null;
  };
  for (let t = Math.max(0, i - ORG_LOOKBACK); t < Math.min(doc.n, i + ORG_LOOKBACK); t++) {
    if (t === i || doc.lower[t] !== 'opposition') continue;
    let id: string | null = null;
    // "opposition (coalition|party …), the X"
    for (let k = t + 1; k < doc.n && k - t <= 3 && !id; k++) if (doc.words[k] === ',') id = org(k + 1);
    // "X, the (main) opposition …": the name before the description's comma
    if (!id) {
      let c = t - 1;
      while (c > 0 && t - c <= 3 && doc.words[c] !== ',') c--;
      if (doc.words[c] === ',') {
        const e = index.entityAtToken[c - 1] as number;
        if (e >= 0 && (index.entities[e] as { type: string }).type === 'ORG') id = (index.entities[e] as { id: string }).id;
      }
    }
    if (id && found && id !== found) return null;
    found ??= id;
  }
  return found;
}

/** The person whose office [a, b) names: "the office of (President) X", "X's office". */
function officeHolder(doc: Doc, index: EntityIndex, a: number, b: number): string | null {
  for (let k = a; k < b; k++) {
    const e = index.entityAtToken[k] as number;
    if (e < 0 || (index.entities[e] as { type: string }).type !== 'PERSON' || !isActor(index, k)) continue;
    let end = k;
    while (end + 1 < b && index.entityAtToken[end + 1] === e) end++;
    const poss = doc.lower[end + 1] === "'s" || doc.lower[end + 1] === '’s';
    if (poss && doc.lower[end + 2] === 'office') return entityIdAt(index, k);
    // "office of" before the name, past title words ("the office of Prime Minister X")
    let t = k - 1;
    while (t > a && /^\p{Lu}/u.test(doc.words[t] as string) && (index.entityAtToken[t] as number) < 0) t--;
    if (doc.lower[t] === 'of' && doc.lower[t - 1] === 'office') return entityIdAt(index, k);
    return null;
  }
  return null;
}

/**
 * The one person the article titles `word` ("spokesman") for the person `whose`: a title like "spokesman for the
 * Secretary-General" that holds a word of that person's name or title; null when none or more than one.
 */
function spokesmanFor(index: EntityIndex, word: string, whose: string): string | null {
  const boss = entityById(index, whose);
  if (!boss) return null;
  const marks = new Set<string>();
  for (const t of [boss.name, ...(boss.titles ?? [])]) for (const x of t.toLowerCase().split(/[^\p{L}]+/u)) if (x.length >= 4) marks.add(x);
  let found: string | null = null;
  for (const e of index.entities) {
    if (e.type !== 'PERSON' || e.id === whose) continue;
    const fits = (e.titles ?? []).some((t) => {
      const m = /\b(\p{L}+) (?:for|of|to) (.+)$/u.exec(t.toLowerCase());
      return m !== null && m[1] === word && m[2]!.split(/[^\p{L}]+/u).some((x) => marks.has(x));
    });
    if (!fits) continue;
    if (found) return null;
    found = e.id;
  }
  return found;
}

/** The person an actor mention at token k names, else null (and null outside the text). */
function personAt(doc: Doc, index: EntityIndex, k: number): string | null {
  const e = k >= 0 && k < doc.n ? (index.entityAtToken[k] as number) : -1;
  return e >= 0 && isActor(index, k) && (index.entities[e] as { type: string }).type === 'PERSON' ? (index.entities[e] as { id: string }).id : null;
}

/**
 * "The Ambassador said", its holder named once in apposition the recognizer did not take as a title ("The Ambassador of
 * X in Dhaka, Ana Ruiz, attended"): the person named with the last earlier mention of the role word, after it
 * ("the ambassador, Ana Ruiz", "Ambassador Ana Ruiz") or before it ("Ana Ruiz, the ambassador"); null otherwise.
 */
function roleAntecedent(doc: Doc, index: EntityIndex, head: number): string | null {
  const w = doc.lower[head] as string;
  for (let j = head - 1; j >= 0 && head - j < NOMINAL_LOOKBACK; j--) {
    if (doc.lower[j] !== w) continue;
    const direct = personAt(doc, index, j + 1);
    if (direct) return direct;
    for (let k = j + 1; k < doc.n && k - j < PAREN_MAX; k++) {
      if (doc.words[k] === ',') return personAt(doc, index, k + 1);
      if (!inChunk(doc, index, k) && (doc.pos[k] as number) !== P.ADP) break;
    }
    const c = chunkStart(doc, index, j + 1, Math.max(0, j - CHUNK_MAX));
    return doc.words[c - 1] === ',' ? personAt(doc, index, c - 2) : null;
  }
  return null;
}

/**
 * The last earlier mention of the role noun at `head` (within NOMINAL_LOOKBACK tokens) opens with an unnamed opener and
 * names no one in apposition: "A senior Israeli official said …" before "The official said", the same unnamed person.
 */
function introducedUnnamed(doc: Doc, index: EntityIndex, head: number): boolean {
  const w = doc.lower[head] as string;
  for (let j = head - 1; j >= 0 && head - j < NOMINAL_LOOKBACK; j--) {
    if (doc.lower[j] !== w) continue;
    if ((index.entityAtToken[j] as number) >= 0) return false;
    const a = chunkStart(doc, index, j + 1, Math.max(0, j - CHUNK_MAX));
    if (!UNNAMED_OPENERS.has(doc.lower[a] as string)) return false;
    const named = (k: number): boolean => k >= 0 && k < doc.n && isActor(index, k) && (index.entities[index.entityAtToken[k] as number] as { type: string }).type === 'PERSON';
    return !(named(j + 1) || (doc.words[j + 1] === ',' && named(j + 2)));
  }
  return false;
}

/** An entity from t then "-based", "-backed" (a hyphenated participle): where or by whom, not the body itself. */
function placeModifier(doc: Doc, index: EntityIndex, t: number): boolean {
  const e = index.entityAtToken[t] as number;
  if (e < 0) return false;
  let k = t;
  while (k + 1 < doc.n && index.entityAtToken[k + 1] === e) k++;
  return doc.words[k + 1] === '-' && (doc.pos[k + 2] as number) === P.VERB;
}

/** determiners and numbers that make a role phrase someone unnamed ("a UN official", "two ministers") */
const UNNAMED_OPENERS = new Set(['a', 'an', 'one', 'two', 'three', 'several', 'some', 'many', 'another', 'other', 'any', 'each', 'every', 'no']);

/**
 * "the UN envoy", "UN envoy" (a headline), "the foreign minister": the one person of the article whose title holds
 * all its words, even when named only later ("…, UN envoy says" above "The UN envoy, Hans Lindgren, said"); null
 * when no one or more than one person holds such a title.
 */
function roleHolder(doc: Doc, index: EntityIndex, a: number, head: number): string | null {
  if (UNNAMED_OPENERS.has(doc.lower[a] as string)) return null;
  const words: string[] = [];
  for (let k = a; k <= head; k++) {
    const p = doc.pos[k] as number;
    if (p === P.DET || p === P.PUNCT || p === P.PART) continue;
    if (p !== P.NOUN && p !== P.PROPN && p !== P.ADJ) return null;
    words.push(doc.lower[k] as string);
  }
  let found: string | null = null;
  for (const e of index.entities) {
    if (e.type !== 'PERSON' || !e.titles?.length) continue;
    const fits = e.titles.some((t) => {
      const tw = t.toLowerCase().split(/[\s-]+/);
      return words.every((x) => tw.includes(x));
    });
    if (!fits) continue;
    if (found && found !== e.id) return null;
    found = e.id;
  }
  return found;
}

/** possessive pronouns that may open a description of someone or name a party's own ("its spokesman", "their forces") */
export const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their']);
/** common nouns for a kind of organisation whose names seldom hold the word ("Nordic Air" is "the airline") */
export const GENERIC_ORG_WORDS = new Set(['company', 'firm', 'airline', 'carrier', 'operator', 'manufacturer', 'lender', 'insurer', 'retailer', 'broadcaster', 'charity', 'organisation', 'organization', 'group', 'bank', 'union', 'party', 'club']);

/** paragraphs that make the lede (standfirst and first paragraph), where "the fund" may name the body before the text does */
const LEDE_PARAGRAPHS = 2;

/** In the lede, "the fund" with no body of that kind named before it: the first one named after it ("… IMF …"). */
function ledeOrgNamed(doc: Doc, index: EntityIndex, a: number, word: string): string | null {
  if ((doc.paraOfSent[doc.sentOf[a] as number] as number) >= LEDE_PARAGRAPHS) return null;
  for (let k = a + 1; k < doc.n && k - a < ORG_LOOKBACK; k++) {
    const e = index.entityAtToken[k] as number;
    if (e < 0) continue;
    const ent = index.entities[e] as { id: string; type: string; name: string };
    if (ent.type === 'ORG' && ent.name.toLowerCase().includes(word)) return ent.id;
  }
  return null;
}

export const ORG_HEAD_WORDS: ReadonlySet<string> = new Set([...ORG_HEADS].map((w) => w.toLowerCase()).filter((w) => /^[a-z]+$/.test(w)));
/** nouns for a business, the kind of body an unknown two-word name may be ("Norsk Hydro", "Vestra Kraft") */
const COMPANY_WORDS = new Set(['company', 'firm']);

/**
 * The last name before token i (in its sentence and the ORG_ANAPHOR_SENTENCES before it) when it is one the recognizer
 * typed a person but that reads as a company's: several words, the first no known given name, no title, no knowledge-base
 * id, never referred to by "he" or "she" ("Norsk Hydro said …. A company spokeswoman said"); null otherwise.
 */
function companyAsPerson(doc: Doc, index: EntityIndex, i: number): string | null {
  const lo = doc.sentStart[Math.max(0, (doc.sentOf[i] as number) - ORG_ANAPHOR_SENTENCES)] as number;
  for (let k = i - 1; k >= lo; k--) {
    const e = index.entityAtToken[k] as number;
    if (e < 0 || !isActor(index, k)) continue;
    const ent = index.entities[e] as { id: string; type: string; name: string; titles: string[]; kb: { wikidata?: string }; mentions: Array<{ kind: string }> };
    if (ent.type !== 'PERSON' || ent.titles.length > 0 || ent.kb.wikidata || ent.mentions.some((x) => x.kind === 'pronoun')) return null;
    const words = ent.name.split(' ');
    if (words.length < 2 || loadKB().isGivenName(words[0] as string) || GIVEN_NAME_GENDER.has((words[0] as string).toLowerCase())) return null;
    return ent.id;
  }
  return null;
}

/** how many sentences back "the group" looks for the organisation it names */
const ORG_ANAPHOR_SENTENCES = 2;

/** The most recent ORG mentioned in the sentence of token i or the ORG_ANAPHOR_SENTENCES before it. */
export function recentOrg(doc: Doc, index: EntityIndex, i: number): string | null {
  const s = doc.sentOf[i] as number;
  return recentOrgWhere(index, i, doc.sentStart[Math.max(0, s - ORG_ANAPHOR_SENTENCES)] as number, () => true, doc);
}

/**
 * The subject of the verb at token `verb`, looking left but not before `lo`: skips auxiliaries and adverbs
 * ("has also said"), one parenthetical between commas (", speaking from ...,"), and prepositional phrases
 * ("growers in Washington state said" -> "growers").
 */
export function subjectBefore(doc: Doc, index: EntityIndex, verb: number, lo: number, modifiers = false): Subject | null {
  let i = pastAuxiliaries(doc, index, verb, lo);
  if (i < lo) return null;
  const close = i;
  const paren = parentheticalBefore(doc, i, lo, modifiers);
  if (paren === NO_PAREN_BOUND) return null;
  if (paren >= 0) i = paren - 1;
  if (i >= lo && (doc.pos[i] as number) === P.CCONJ) return (modifiers ? reportedConjunctSubject(doc, index, verb, i, lo) : null) ?? sentenceSubject(doc, index, lo, verb);
  let oblique = -1;
  let obliqueStart = -1;
  let obliquePrep = '';
  for (let hop = 0; hop < 3 && i >= lo; hop++) {
    // (a pronoun the pronoun stage linked is a whole subject too: "In a sermon on Sunday he told …", not "Sunday he")
    if ((doc.pos[i] as number) === P.PRON && ((index.entityAtToken[i] as number) < 0 || index.mentionAtToken?.[i]?.kind === 'pronoun')) {
      return { id: resolveHead(doc, index, i, i, verb), start: i, head: i };
    }
    if (!inChunk(doc, index, i, modifiers)) return null;
    const a = chunkStart(doc, index, i + 1, lo, modifiers);
    const before = a - 1;
    const absolute = doc.lower[before] === 'with' && /ing$/.test(doc.lower[verb] as string);
    if (hop === 0 && before > lo && (doc.pos[before] as number) === P.ADP) {
      const titled = titledPerson(doc, index, a, i, before, lo);
      if (titled) return titled;
    }
    // (but a subordinator before the subject of the verb opens its clause: "said after X met Y", and for events "after
    // three Russian jets flew into ...")
    const opensClause = hop === 0 && SUBORDINATORS.has(doc.lower[before] as string) && (modifiers ? (doc.pos[verb] as number) === P.VERB && !/ing$/.test(doc.lower[verb] as string) : CUE_VERBS.has(doc.lower[verb] as string));
    if (before >= lo && (doc.pos[before] as number) === P.ADP && doc.lower[before] !== 'that' && !absolute && !opensClause) {
      // oblique phrase: the subject is the chunk before the preposition
      if (oblique < 0) oblique = i;
      obliqueStart = a;
      obliquePrep = doc.lower[before] as string;
      i = before - 1;
      if (i >= lo && inChunk(doc, index, i, modifiers)) continue;
      // a reduced relative before a reporting verb: "analysts interviewed for this report say", "officials based in X said"
      if (i - 1 >= lo && CUE_VERBS.has(doc.lower[verb] as string) && (doc.pos[i] as number) === P.VERB && /ed$/.test(doc.lower[i] as string) && inChunk(doc, index, i - 1) && (doc.pos[i - 1] as number) !== P.DET) {
        i--;
        oblique = -1;
        continue;
      }
      break;
    }
    return chunkSubject(doc, index, verb, lo, modifiers, a, i, paren, close, oblique, obliqueStart, obliquePrep);
  }
  // "up to 100 ethnic Albanians demonstrated": no chunk before the preposition
  if (modifiers && oblique >= 0) {
    const k = lastActor(index, obliqueStart, oblique);
    if (isActor(index, k)) return { id: entityIdAt(index, k), start: obliqueStart, head: k };
  }
  return null;
}

/** modal verbs that open the predicate of a reported clause: "said China would join ..." */
const CLAUSE_MODALS: ReadonlySet<string> = new Set(['would', 'will', 'could', 'can', 'should', 'shall', 'may', 'might', 'must']);

/**
 * "Xi said China would join the alliance and share its experience": a bare verb coordinated (by `and` at cc, no comma
 * before it) with the modal verb of a clause reported by a reporting verb shares that clause's subject, not the
 * reporter's (a modal's verb takes the bare form, which no past reporting verb can be coordinated with); null otherwise.
 */
function reportedConjunctSubject(doc: Doc, index: EntityIndex, verb: number, cc: number, lo: number): Subject | null {
  if (/ed$/.test(doc.lower[verb] as string)) return null;
  let modal = -1;
  for (let k = cc - 1; k >= lo; k--) {
    const w = doc.lower[k] as string;
    if ((doc.pos[k] as number) === P.PUNCT || isQuoteTok(doc, k)) return null;
    if (modal < 0 && CLAUSE_MODALS.has(w)) modal = k;
    else if (modal >= 0 && CUE_VERBS.has(w) && (doc.pos[k] as number) === P.VERB) {
      let v = modal + 1;
      while (v < cc && (doc.pos[v] as number) !== P.VERB) v++;
      if (v >= cc) return null;
      const s = subjectBefore(doc, index, v, doc.lower[k + 1] === 'that' ? k + 2 : k + 1, true);
      return s?.id ? s : null;
    }
  }
  return null;
}

/** A verb or an auxiliary stands in [a, b). */
export function hasVerb(doc: Doc, a: number, b: number): boolean {
  for (let t = a; t < b; t++) {
    const p = doc.pos[t] as number;
    if (p === P.VERB || p === P.AUX) return true;
  }
  return false;
}

/** The token before `verb` past auxiliaries, adverbs, particles and opening marks (at most 4), down to lo - 1. */
function pastAuxiliaries(doc: Doc, index: EntityIndex, verb: number, lo: number): number {
  let i = verb - 1;
  let skipped = 0;
  while (i >= lo && skipped < 4) {
    const p = doc.pos[i] as number;
    // (and an intensifying reflexive after the subject: "Orban himself has said")
    if (((p === P.AUX || p === P.ADV || (p === P.PART && doc.lower[i] !== "'s") || (INTENSIFIERS.has(doc.lower[i] as string) && i > lo && inChunk(doc, index, i - 1))) && (index.entityAtToken[i] as number) < 0) || isQuoteTok(doc, i)) {
      // auxiliaries, adverbs and the opening mark of a mixed quote: `it had “taken ...`
      i--;
      skipped++;
    } else break;
  }
  return i;
}

/** parentheticalBefore: the parenthetical's opening bound is missing (no subject) */
const NO_PAREN_BOUND = -2;

/**
 * The opening comma or dash of a parenthetical that ends at token i before the verb (", speaking from ...,", "— who took
 * office in May —"; before an age in apposition, "X, 71, whose ...", that age's comma); -1 when none, NO_PAREN_BOUND
 * when its opening bound is missing.
 */
function parentheticalBefore(doc: Doc, i: number, lo: number, modifiers: boolean): number {
  if (doc.words[i] === ',') {
    let c = i - 1;
    while (c >= lo && i - c < PAREN_MAX && doc.words[c] !== ',' && !isQuoteTok(doc, c)) c--;
    if (c < lo || doc.words[c] !== ',') return NO_PAREN_BOUND;
    // a list inside the parenthetical (", formed by Mali, Chad and Niger,"): its commas are no bounds
    c = listStart(doc, c, i, lo);
    const j = c - 1;
    // "X, 71, whose house …, said": an age in apposition before the parenthetical
    if (j - 2 >= lo && (doc.pos[j] as number) === P.NUM && doc.words[j - 1] === ',' && /^\d{1,3}$/.test(doc.words[j] as string)) return j - 1;
    return c;
  } else if ((doc.words[i] === '—' || doc.words[i] === '–') && !modifiers) {
    // "X — who took office in May — said": a parenthetical between dashes
    let c = i - 1;
    while (c >= lo && i - c < PAREN_MAX && doc.words[c] !== doc.words[i] && !isQuoteTok(doc, c)) c--;
    if (c < lo || doc.words[c] !== doc.words[i] || c === i - 1) return NO_PAREN_BOUND;
    return c;
  }
  return -1;
}

/** the longest bracketed short form after a name, in tokens with its closing bracket */
const BRACKET_MAX = 4;

/**
 * The subject whose chunk spans tokens [a, i] before the verb: the person in apposition (paren: the parenthetical's
 * opening bound, close: the token before the verb), the one who put a text out, the actor the chunk names, else its head.
 */
function chunkSubject(doc: Doc, index: EntityIndex, verb: number, lo: number, modifiers: boolean, a: number, i: number, paren: number, close: number, oblique: number, obliqueStart: number, obliquePrep: string): Subject {
  let head = headOf(doc, index, a, i);
  // "Jama'at Nusrat al-Islam (JNIM), al-Qaeda's affiliate, said": a bracketed short form after a name is that name's,
  // not a head of its own (for a speaker)
  if (!modifiers && doc.words[i] === ')') {
    let o = i - 1;
    while (o > a && i - o <= BRACKET_MAX && doc.words[o] !== '(') o--;
    if (o > a && doc.words[o] === '(' && (index.entityAtToken[o - 1] as number) >= 0) head = o - 1;
  }
  // a possessor is never the head of its phrase: "Viktor Orban's chief of staff", "chief" tagged an adjective
  if (head < i && (doc.lower[head + 1] === "'s" || doc.lower[head + 1] === '’s') && (index.entityAtToken[i] as number) < 0) head = i;
  // "Peru's trade chief, Ana Ruiz, condemned": the person in apposition, not the title's organisation
  // (also when a name only modifies the title, the tagger having missed its noun: "the UN humanitarian chief, X,")
  const modifierName = head < i && namedAt(index, head) && (index.entities[index.entityAtToken[head] as number] as { type: string }).type !== 'PERSON';
  let id = paren >= 0 && (!namedAt(index, head) || modifierName) ? appositivePerson(doc, index, paren, verb) : null;
  // events: "the UN peacekeeping mission, MONUSCO, condemned": a name that fills the whole apposition of a description
  // is the subject, not the body the description's modifiers or head word point to ("UN")
  if (!id && modifiers && paren >= 0 && !namedAt(index, head)) id = wholeApposition(doc, index, paren + 1, close);
  // so for a speaker, when the name is an organisation's ("The UN's humanitarian office, OCHA, says": not the UN)
  if (!id && !modifiers && paren >= 0 && !namedAt(index, head)) {
    const w = wholeApposition(doc, index, paren + 1, close);
    if (w && typeOfId(index, w) === 'ORG') id = w;
  }
  id ??= resolveHead(doc, index, a, head, verb);
  // "A statement from the office of Egyptian President X said", "The office of X said": the one who put the text out
  if (!id && !modifiers && oblique >= 0 && SOURCE_PREPS.has(obliquePrep) && (DOC_NOUNS.has(doc.lower[head] as string) || doc.lower[head] === 'office') && CUE_VERBS.has(doc.lower[verb] as string)) {
    id = sourceIn(doc, index, obliqueStart, oblique);
  }
  if (!id && CUE_VERBS.has(doc.lower[verb] as string)) id = personNamedBy(doc, index, (doc.pos[a] as number) === P.DET ? a + 1 : a, Math.max(i, oblique) + 1);
  // events: "Israeli soldiers", "Chinese coast guard vessels" act for the entity that modifies them
  if (!id && modifiers) {
    for (let k = i; k >= a && !id; k--) if (isActor(index, k)) id = entityIdAt(index, k);
    if (id) return { id, start: a, head: lastActor(index, a, i) };
  }
  if (!id && modifiers && (obliquePrep === 'of' || obliquePrep === 'from') && oblique >= 0) {
    // events: "thousands of Iraqi Kurds", "troops from 14 NATO countries" act as the group named, before a
    // description in apposition names another ("fighters of X, an al-Qaeda-linked group,")
    const k = lastActor(index, obliqueStart, oblique);
    if (isActor(index, k)) return { id: entityIdAt(index, k), start: a, head: k };
  }
  // "The host, Ruritanian President Ana Duarte, said": the apposition names the subject
  if (!id && paren >= 0) {
    for (let k = paren + 1; k < verb && k - paren < PAREN_MAX; k++) {
      if (doc.words[k] === ',' || !inChunk(doc, index, k)) break;
      if (isActor(index, k)) id = entityIdAt(index, k);
    }
  }
  // "Lena Varga and her deputy said", "X and Y said in a joint statement": coordinated speakers go to the first one named
  if (!modifiers && paren < 0 && oblique < 0 && CUE_VERBS.has(doc.lower[verb] as string)) {
    const first = firstConjunct(doc, index, a, lo);
    if (first) return first;
  }
  return { id, start: a, head };
}

/**
 * The first of two coordinated subjects when it is a name that opens the sentence ("Lena Varga and her deputy said",
 * "Varga and Tomas Berg said in a joint statement"): the speaker credited for both; null when the chunk at `a` follows
 * no "and", or the words before "and" are no name opening the sentence ("officials met Varga and Berg said" is no
 * coordination; a report in reverse, "CLAUSE, Holm and Moe said", keeps the nearer one: test/nlp/quotes-round17.test.ts).
 */
function firstConjunct(doc: Doc, index: EntityIndex, a: number, lo: number): Subject | null {
  const and = a - 1;
  if (and - 1 < lo || doc.lower[and] !== 'and' || !namedAt(index, and - 1)) return null;
  const e = index.entities[index.entityAtToken[and - 1] as number] as { id: string; type: string };
  if (e.type !== 'PERSON' && e.type !== 'ORG' && e.type !== 'GPE') return null;
  const a2 = chunkStart(doc, index, and, lo);
  if (a2 > lo) return null;
  return { id: e.id, start: a2, head: and - 1 };
}

/**
 * The source a prepositional phrase [a, b] names after a text or an office ("from the office of President X", "from
 * X's office", "by the ministry"): a person in it first, else the first named actor; null when none is named.
 */
function sourceIn(doc: Doc, index: EntityIndex, a: number, b: number): string | null {
  let first: string | null = null;
  for (let k = a; k <= b; k++) {
    if (!isActor(index, k)) continue;
    const id = entityIdAt(index, k);
    if (id && typeOfId(index, id) === 'PERSON') return id;
    first ??= id;
  }
  return first;
}

/** The one name that fills tokens a..b (a leading "the" aside), or null: "MONUSCO", "the Wagner Group". */
function wholeApposition(doc: Doc, index: EntityIndex, a: number, b: number): string | null {
  if (doc.lower[a] === 'the') a++;
  if (a >= b || !isActor(index, a)) return null;
  const m = index.mentionAtToken?.[a];
  const end = m ? m.tokenEnd : a + 1;
  return end === b && (m ? m.tokenStart : a) === a ? entityIdAt(index, a) : null;
}

/**
 * "Chief executive of the Nordic Timber Council Maria Lund said": a title with "of"/"for" and an organisation's name
 * run straight into the person's name; the person is the subject, not the title before the preposition. Only when a
 * role word heads the title and the name follows an organisation's name ("supporters of Ana Ruiz", "a spokesman for
 * President Ana Ruiz" keep their head). The chunk [a, i] ends right before the verb; `before` is the preposition.
 */
function titledPerson(doc: Doc, index: EntityIndex, a: number, i: number, before: number, lo: number): Subject | null {
  const e = index.entityAtToken[i] as number;
  if (e < 0 || !namedAt(index, i) || (index.entities[e] as { type: string }).type !== 'PERSON') return null;
  let ms = i;
  while (ms > a && index.entityAtToken[ms - 1] === e) ms--;
  const o = ms > a ? (index.entityAtToken[ms - 1] as number) : -1;
  if (o < 0 || (index.entities[o] as { type: string }).type !== 'ORG') return null;
  const g = chunkStart(doc, index, before, lo);
  if (g >= before || SPOKES_NOUNS.has(doc.lower[before - 1] as string)) return null;
  for (let k = g; k < before; k++) if (ROLE_HEADS.has(doc.lower[k] as string)) return { id: (index.entities[e] as { id: string }).id, start: g, head: i };
  return null;
}

const LIST_ITEM = new Set([P.PROPN, P.NOUN]);
/** reflexives that only stress the subject before them ("the minister himself said") */
const INTENSIFIERS = new Set(['himself', 'herself', 'itself', 'themselves']);
/** words tagged as prepositions that open a clause: "after Sweden said", "until the ministry confirmed" */
const SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'till', 'because', 'although', 'though', 'once', 'unless']);

/**
 * The opening comma of a parenthetical that closes at `close`, given the nearest comma `c` before it: when `c` joins
 * two items of a list that an "and"/"or" ends before `close` ("…, formed by Mali, Chad and Niger after 2023,"), the
 * comma before the list.
 */
function listStart(doc: Doc, c: number, close: number, lo: number): number {
  const isList = (x: number): boolean => LIST_ITEM.has(doc.pos[x + 1] as number) && LIST_ITEM.has(doc.pos[x - 1] as number);
  if (!isList(c)) return c;
  let conj = false;
  for (let t = c + 1; t < close; t++) if (doc.lower[t] === 'and' || doc.lower[t] === 'or') conj = true;
  if (!conj) return c;
  let b = c - 1;
  while (b >= lo && close - b < PAREN_MAX && doc.words[b] !== ',' && !isQuoteTok(doc, b)) b--;
  if (b < lo || doc.words[b] !== ',' || isList(b)) return c;
  return b;
}

/** The speaker after a cue: `said X`, `said Dr. X, director of ...`, `said a spokesperson for X`. */
export function subjectAfter(doc: Doc, index: EntityIndex, from: number, hi: number): Subject | null {
  let i = from;
  if (i >= hi || !inChunk(doc, index, i)) return null;
  const a = i;
  while (i + 1 < hi && i - a < CHUNK_MAX && inChunk(doc, index, i + 1)) i++;
  const head = headOf(doc, index, a, i);
  // "said Kao Kim Hourn, Secretary-General": the head is the name, even if a title follows the comma
  let id = resolveHead(doc, index, a, head, hi);
  // "said Secretary of State Ana Ruiz": a title with "of" before the name, or in apposition after it ("according to the Minister of Fisheries, Ana Ruiz")
  if (!id && doc.lower[i + 1] === 'of' && /^\p{Lu}/u.test(doc.words[(doc.pos[a] as number) === P.DET ? a + 1 : a] as string)) {
    // ("Assistant Secretary of State for International Security and Nonproliferation Eliot Kang": "for", "and" between
    // capitalised words of the title)
    const titleLink = (k: number): boolean => doc.lower[k] === 'of' || ((doc.lower[k] === 'for' || doc.lower[k] === 'and') && /^\p{Lu}/u.test(doc.words[k + 1] ?? ''));
    for (let k = i + 2; k < hi && k - a < CHUNK_MAX + 4 && (inChunk(doc, index, k) || titleLink(k) || (doc.words[k] === ',' && isActor(index, k + 1))); k++) {
      const e = index.entityAtToken[k] as number;
      if (e >= 0 && (index.entities[e] as { type: string }).type === 'PERSON') {
        id = entityIdAt(index, k);
        break;
      }
    }
  }
  // "said Foreign Minister Ana Maria Ruiz", the recognizer having missed this mention: a person the article names so
  if (!id) id = personNamedBy(doc, index, a, hi);
  // "according to a statement from X('s office)", "a report by X": the one who put the text out
  if (!id && DOC_NOUNS.has(doc.lower[head] as string) && i + 2 < hi && SOURCE_PREPS.has(doc.lower[i + 1] as string)) {
    const by = subjectAfter(doc, index, i + 2, hi);
    if (by?.id) return { id: by.id, start: a, head };
    // "... from Ruiz's office": the office speaks for its holder
    for (let k = i + 2; by && k < by.head; k++) {
      if (isActor(index, k) && (doc.lower[k + 1] === "'s" || doc.lower[k + 1] === '’s')) return { id: entityIdAt(index, k), start: a, head };
    }
  }
  return { id, start: a, head };
}
/** how many words of a capitalised run may name a person ("Barth Eide", "Ruiz") */
const NAME_WORDS = 3;

/**
 * A run of capitalised words from a the recognizer left untagged ("Minister of Fisheries Ana Maria Ruiz") whose last words
 * are the name of a person the article names elsewhere ("Ruiz", "Maria Ruiz"): that person; else null.
 */
export function personNamedBy(doc: Doc, index: EntityIndex, a: number, hi: number): string | null {
  let e = a;
  const word = (t: number): boolean => ((doc.pos[t] as number) === P.PROPN && /^\p{Lu}/u.test(doc.words[t] as string)) || (t > a && doc.lower[t] === 'of');
  while (e < hi && e - a < CHUNK_MAX + 4 && (index.entityAtToken[e] as number) < 0 && word(e)) e++;
  while (e > a && doc.lower[e - 1] === 'of') e--;
  if (e === a) return null;
  for (let n = Math.min(NAME_WORDS, e - a); n >= 1; n--) {
    const tail = doc.text.slice(doc.starts[e - n] as number, doc.ends[e - 1] as number);
    for (const ent of index.entities) {
      if (ent.type === 'PERSON' && (ent.name === tail || ent.mentions.some((m) => m.kind === 'name' && m.text === tail))) return ent.id;
    }
  }
  // "Hon. Muchima said" after "Elijah Muchima": the last word is the surname of the one person the article so names
  const last = doc.words[e - 1] as string;
  let only: string | null = null;
  for (const ent of index.entities) {
    if (ent.type !== 'PERSON' || !ent.name.endsWith(` ${last}`)) continue;
    if (only) return null;
    only = ent.id;
  }
  return only;
}

const DOC_NOUNS = new Set(['statement', 'communique', 'communiqué', 'report', 'letter', 'post', 'release', 'note', 'transcript', 'readout', 'video', 'message', 'tweet', 'filing', 'memo']);
const SOURCE_PREPS = new Set(['from', 'by', 'of']);

/** The subject of the sentence's main clause: skips an introductory phrase ("In a statement, ..."). */
export function sentenceSubject(doc: Doc, index: EntityIndex, from: number, hi: number, participle = false): Subject | null {
  let a = from;
  while (a < hi && (isQuoteTok(doc, a) || doc.words[a] === ',' || (doc.pos[a] as number) === P.PUNCT)) a++;
  const p = doc.pos[a] as number;
  // (or, when asked for, a participle's phrase: "Writing in a column, X gave it a name:")
  if (p === P.ADP || p === P.SCONJ || p === P.ADV || (participle && p === P.VERB && /ing$/.test(doc.lower[a] as string))) {
    let c = a;
    while (c < hi && c - a < 15 && doc.words[c] !== ',') c++;
    if (c < hi && doc.words[c] === ',') a = c + 1;
  }
  if (a >= hi || !inChunk(doc, index, a) && (doc.pos[a] as number) !== P.PRON) return null;
  // ("Her neighbour Peter Otieno agreed": a possessive opens a phrase whose head is the name, not the pronoun)
  if ((doc.pos[a] as number) === P.PRON && !(possessiveDeterminer(doc, a) && namedPersonIn(doc, index, a + 1, hi))) return { id: resolvePronoun(doc, index, a), start: a, head: a };
  let i = a;
  while (i + 1 < hi && i - a < CHUNK_MAX && inChunk(doc, index, i + 1)) i++;
  const head = headOf(doc, index, a, i);
  let id: string | null = null;
  if (!namedAt(index, head)) {
    // "Peru's Minister for Trade and Tourism, Ana Ruiz, ...": the person in apposition after the title's phrase
    let c = i + 1;
    while (c < hi && c - i < PAREN_MAX && doc.words[c] !== ',' && (doc.pos[c] as number) !== P.VERB && (doc.pos[c] as number) !== P.AUX) c++;
    if (c < hi && doc.words[c] === ',') id = appositivePerson(doc, index, c, hi);
  }
  id ??= resolveHead(doc, index, a, head, hi);
  return { id, start: a, head };
}

/** A person's name ends the noun chunk that starts at a (at most CHUNK_MAX words on): "neighbour Peter Otieno". */
function namedPersonIn(doc: Doc, index: EntityIndex, a: number, hi: number): boolean {
  let i = a;
  while (i + 1 < hi && i - a < CHUNK_MAX && inChunk(doc, index, i + 1)) i++;
  const e = index.entityAtToken[i] as number;
  return i >= a && e >= 0 && isActor(index, i) && (index.entities[e] as { type: string }).type === 'PERSON' && (index.entityAtToken[a] as number) !== e;
}

/** The person named in the apposition that opens at the comma `comma` ("the minister, Ana Ruiz, said"), or null. */
function appositivePerson(doc: Doc, index: EntityIndex, comma: number, hi: number): string | null {
  for (let k = comma + 1; k < hi && k - comma < PAREN_MAX; k++) {
    if (doc.words[k] === ',' || !inChunk(doc, index, k)) break;
    const e = index.entityAtToken[k] as number;
    if (e >= 0 && (index.entities[e] as { type: string }).type === 'PERSON' && isActor(index, k)) return entityIdAt(index, k);
  }
  return null;
}

/** Skips a dateline ("TROMSØ, Norway (Example Wire) - ", "JAKARTA, 2 April 2025 – ") at the start of a sentence. */
export function afterDateline(doc: Doc, a: number, b: number): number {
  // a live blog's time stamp: "23:10 CET – …", "09:05 – …"
  if (/^\d{1,2}[:.]\d{2}$/.test(doc.words[a] ?? '')) {
    for (let t = a + 1; t < b && t - a <= 3; t++) if (isDashWord(doc.words[t] as string)) return t + 1;
    return a;
  }
  if (!/^[A-ZÀ-Þ]{3,}/.test(doc.words[a] ?? '') || (doc.words[a] ?? '') !== (doc.words[a] ?? '').toUpperCase()) return a;
  for (let t = a + 1; t < b && t - a < 15; t++) {
    const w = doc.words[t] as string;
    if (w === '-' || w === '–' || w === '—') return t + 1;
  }
  return a;
}

const isDashWord = (w: string): boolean => w === '-' || w === '–' || w === '—';

/**
 * What the "their" at i stands for when its sentence's subject binds it, else undefined: the subject's own referent,
 * whatever parties the predicate names before it. "The leaders underscored their support for ...": a plural noun that
 * names no party, so null; "They discussed Russia's build-up near Ukraine and reaffirmed their support for ...": what
 * "They" stands for.
 */
function theirSubject(doc: Doc, index: EntityIndex, i: number): string | null | undefined {
  if (pluralNounSubject(doc, index, i)) return null;
  const s = doc.sentStart[doc.sentOf[i] as number] as number;
  return s < i && doc.lower[s] === 'they' ? resolvePronoun(doc, index, s) : undefined;
}

/**
 * The sentence of token i opens with a plural common noun that is its subject ("The leaders", "Both ministers",
 * "Officials"), naming no party itself (not "The leaders of France and Spain"): parties named later in the sentence,
 * before i, are inside its predicate ("discussed Russia's build-up on Ukraine's borders and affirmed their support").
 */
function pluralNounSubject(doc: Doc, index: EntityIndex, i: number): boolean {
  const s = doc.sentStart[doc.sentOf[i] as number] as number;
  let k = s;
  const first = doc.lower[k] as string;
  if (first === 'the' || first === 'both' || first === 'all') k++;
  while (k < i && doc.pos[k] === P.ADJ) k++;
  if (k + 1 >= i || doc.pos[k] !== P.NOUN || !(doc.lower[k] as string).endsWith('s')) return false;
  for (let t = s; t <= k; t++) if ((index.entityAtToken[t] as number) >= 0) return false;
  const next = doc.lower[k + 1] as string;
  return next !== 'of' && next !== 'from' && next !== ',' && (index.entityAtToken[k + 1] as number) < 0;
}
