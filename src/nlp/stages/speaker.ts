// The speaker of a reporting verb from the dependency parse: its subject, wherever it stands ("X said", "…, said X,
// the Y of Z", "X said … and Y added …"), through names, pronouns, apposition and nouns that speak for an organisation.
import type { Doc } from '../types.js';
import type { EntityIndex } from './entity-index.js';
import { actorAt, afterDateline, entityIdAt, isActor, namedAt, resolveHead } from './attribution.js';
import { base, type Syntax } from '../events/syntax.js';
import { CUE_VERBS } from '../lexicon/speech.js';

const QUOTED = new Set(['quoted', 'cited']);

/** First token of the subtree of t (a subject phrase is contiguous in English). */
function subtreeStart(syn: Syntax, t: number): number {
  let lo = t;
  const stack = [t];
  for (let guard = 0; stack.length && guard < 64; guard++) {
    const x = stack.pop() as number;
    if (x < lo) lo = x;
    for (let k = syn.childStart[x] as number; k < (syn.childStart[x + 1] as number); k++) {
      const c = syn.childList[k] as number;
      if (base(syn, c) !== 'acl' && base(syn, c) !== 'punct') stack.push(c);
    }
  }
  return lo;
}

/** The entity a subject token names: the name itself, a person in apposition, or what resolveHead makes of the phrase. */
function entityOfSubject(doc: Doc, syn: Syntax, index: EntityIndex, s: number): string | null {
  // a description the article resolved to someone yields to the person in apposition ("the minister, Ana Lopes,")
  if (namedAt(index, s)) return entityIdAt(index, s);
  // "the minister, Ana Lopes," / "Foreign Minister Ana Lopes": a person in apposition or a flat name
  for (let k = syn.childStart[s] as number; k < (syn.childStart[s + 1] as number); k++) {
    const c = syn.childList[k] as number;
    const r = base(syn, c);
    if ((r === 'appos' || r === 'flat') && isActor(index, c)) {
      const e = index.entities[index.entityAtToken[c] as number];
      if (e?.type === 'PERSON') return e.id;
    } else if (r === 'appos') {
      // ("Its spokesperson, Senior Colonel Ana Ruiz, said": the appositive's head a title word, the name beside it)
      for (let t = subtreeStart(syn, c); t < doc.n && t <= c + 4 && doc.words[t] !== ','; t++) {
        const e = isActor(index, t) ? index.entities[index.entityAtToken[t] as number] : undefined;
        if (e?.type === 'PERSON') return e.id;
      }
    }
  }
  if (isActor(index, s)) return actorAt(doc, index, s);
  return resolveHead(doc, index, subtreeStart(syn, s), s, doc.n);
}

/** Token s is the dateline that opens its sentence ("SANTIAGO - Chile's minister, X, said"): a place, never a subject. */
function inDateline(doc: Doc, s: number, cue: number): boolean {
  const a = doc.sentStart[doc.sentOf[s] as number] as number;
  return s < afterDateline(doc, a, Math.max(cue, s + 1));
}

/**
 * Whether the verb v shares the subject of the verb it hangs on: "X said … and added …" (a conjunct with its
 * coordinator), "…, saying …" (an adverbial participle), "X wants to say" (xcomp). A conjunct with no coordinator, or a
 * finite adverbial clause with no subordinator, is not taken: the parse makes one of a reverse attribution whose subject
 * it hung elsewhere ("Y has halted imports, a spokesperson for Z said": "said" under "halted", its subject an
 * apposition), and the subject of "halted" is no speaker.
 */
function sharesSubject(doc: Doc, syn: Syntax, v: number): boolean {
  const r = base(syn, v);
  if (r === 'xcomp') return true;
  if (r !== 'conj' && r !== 'advcl') return false;
  if (r === 'advcl' && (doc.lower[v] as string).endsWith('ing')) return true;
  const marker = r === 'conj' ? 'cc' : 'mark';
  for (let k = syn.childStart[v] as number; k < (syn.childStart[v + 1] as number); k++) if (base(syn, syn.childList[k] as number) === marker) return true;
  return false;
}

/** The nsubj child of v nearest to it: a misparsed sentence may hang a second, distant nsubj on the same verb. */
function nearestSubject(syn: Syntax, v: number): number {
  let best = -1;
  for (let k = syn.childStart[v] as number; k < (syn.childStart[v + 1] as number); k++) {
    const c = syn.childList[k] as number;
    if (base(syn, c) === 'nsubj' && (best < 0 || Math.abs(c - v) < Math.abs(best - v))) best = c;
  }
  return best;
}

/**
 * A subject with a preposition of its own is a fronted phrase the parse took for it ("In Moscow, X, the Kremlin's
 * spokesman, said"): the subject is the apposition after it, else there is none (-1).
 */
function obliqueSubject(syn: Syntax, s: number): number {
  if (s < 0) return s;
  let prep = false;
  let appos = -1;
  for (let k = syn.childStart[s] as number; k < (syn.childStart[s + 1] as number); k++) {
    const c = syn.childList[k] as number;
    if (c < s && base(syn, c) === 'case') prep = true;
    else if (c > s && appos < 0 && base(syn, c) === 'appos') appos = c;
  }
  return prep ? appos : s;
}

/**
 * The parse's subject of the reporting verb at token cue when it stands before the cue in its sentence, named or not
 * ("officials interviewed for this article say ...", "The alliance, formed by three juntas, said ..."): the chunker
 * cannot see past a reduced relative or a parenthetical with commas. Null when the sentence was not parsed.
 */
export function parseSubject(doc: Doc, syn: Syntax, index: EntityIndex, cue: number): { id: string | null; start: number; head: number } | null {
  // "X met Y and said ...": a conjoined verb shares its subject
  let v = cue;
  for (let step = 0; step < 2 && nearestSubject(syn, v) < 0 && base(syn, v) === 'conj' && sharesSubject(doc, syn, v) && (syn.head[v] as number) >= 0; step++) v = syn.head[v] as number;
  const s = obliqueSubject(syn, nearestSubject(syn, v));
  if (s < 0 || s >= cue || syn.rel[s] === 'nsubj:pass' || doc.sentOf[s] !== doc.sentOf[cue]) return null;
  // (a subject the parse found in the dateline names nobody: the clause is still reported)
  return { id: inDateline(doc, s, cue) ? null : entityOfSubject(doc, syn, index, s), start: subtreeStart(syn, s), head: s };
}

/**
 * The verb whose subject the parse gives the reporting verb at token cue: the cue itself, or the verb its "and added",
 * ", saying" hangs on; -1 for none.
 */
export function parseSubjectVerb(doc: Doc, syn: Syntax, cue: number): number {
  let v = cue;
  for (let step = 0; step < 3; step++) {
    if (nearestSubject(syn, v) >= 0) return v;
    const h = syn.head[v] as number;
    if (h < 0 || !sharesSubject(doc, syn, v)) return -1;
    v = h;
  }
  return -1;
}

/** The token of the parse's subject of the reporting verb at token cue (through "and added", ", saying"), or -1. */
export function parseSubjectToken(doc: Doc, syn: Syntax, cue: number): number {
  let v = cue;
  for (let step = 0; step < 3; step++) {
    const s = nearestSubject(syn, v);
    if (s >= 0) return s;
    const h = syn.head[v] as number;
    if (h < 0 || !sharesSubject(doc, syn, v)) return -1;
    v = h;
  }
  return -1;
}

/** The speaker (entity id) of the reporting verb at token cue, or null when the parse names none. */
export function speakerFromParse(doc: Doc, syn: Syntax, index: EntityIndex, cue: number): string | null {
  let v = cue;
  for (let step = 0; step < 3; step++) {
    const s0 = nearestSubject(syn, v);
    const s = obliqueSubject(syn, s0);
    if (s0 >= 0 && s < 0) return null;
    // a passive subject is no speaker, but for "X was quoted as saying", "X was cited as saying"
    if (s >= 0) return (syn.rel[s] === 'nsubj:pass' && !QUOTED.has(doc.lower[v] as string)) || inDateline(doc, s, cue) ? null : entityOfSubject(doc, syn, index, s);
    // "X said … and added …", "…, saying …": the subject of the verb it hangs on
    let h = syn.head[v] as number;
    if (h < 0 || !sharesSubject(doc, syn, v)) return null;
    // "X said Chile had signed the deal but warned that …": a reporting verb coordinated with the verb of a clause X
    // reports is X's own second report (the first ends at the conjunction), not one made by that clause's subject
    if (base(syn, v) === 'conj' && CUE_VERBS.has(doc.lower[v] as string) && base(syn, h) === 'ccomp' && !CUE_VERBS.has(doc.lower[h] as string)) {
      const r = syn.head[h] as number;
      if (r >= 0 && CUE_VERBS.has(doc.lower[r] as string)) h = r;
    }
    v = h;
  }
  return null;
}
