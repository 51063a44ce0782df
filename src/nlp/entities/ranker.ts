// The mention ranker: a trained linear model that decides which candidate spans are entity names and of which type.
// Candidates come from the trained tagger, the gazetteer/pattern rules and the capitalised runs of the text; each is
// scored for NONE and each tagger type from features of the proposals, the span's words and context, the knowledge
// base and the other occurrences of the same name in the document. Trusted rule spans are kept as typed; the others
// are chosen greedily by margin over NONE, without overlaps. Trained by scripts/train-ner.ts on the tagger's
// cross-validated output (models/ner/README.md).
import { gunzipSync, gzipSync } from 'node:zlib';
import type { EntityType } from '../../core/analysis.js';
import type { KB } from '../../kb/types.js';
import { POS_INDEX, type Doc, type EntityMention } from '../types.js';
import { hashString, mix2, mix3 } from '../ner/hash.js';
import { NER_TYPES } from '../ner/tags.js';
import { shuffleInPlace } from '../../core/random.js';
import { HONORIFICS, LOC_HEADS, ORG_HEADS } from './lexicon.js';

/** Class 0 = not a name; class 1 + k = NER_TYPES[k]. */
export const N_CLASSES = 1 + NER_TYPES.length;
export const NONE = 0;
/** the tagger/rule type of a candidate as a class (GPE and FAC are places; LAW is OTHER) */
export const CLASS_OF: Readonly<Partial<Record<EntityType, number>>> = {
  PERSON: 1, ORG: 2, LOC: 3, GPE: 3, FAC: 3, NORP: 4, EVENT: 5, OTHER: 6, LAW: 6,
};
const RULE_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'LOC', 'GPE', 'FAC', 'NORP', 'EVENT', 'LAW', 'OTHER'];
const PROPN = POS_INDEX['PROPN'] as number;

export interface RankerModel {
  bits: number;
  /** bucket -> row, -1 when absent */
  rowOf: Int32Array;
  /** nRows x N_CLASSES */
  weights: Float32Array;
}

/** A candidate span with what each source said about it. */
export interface Candidate {
  a: number;
  b: number;
  /** class the tagger gave the span, -1 when it did not propose it */
  tagger: number;
  /** the rule's mention (type, kind, score), null when the rules did not propose it */
  rule: EntityMention | null;
}

/** One number per token span [a, b) (lengths beyond 4095 share a key). */
export function spanKey(a: number, b: number): number {
  return a * 4096 + Math.min(b - a, 4095);
}

/** Marks tokens [a, b) as taken in `owner` and returns true, or returns false when one of them already is. */
export function claimSpan(owner: Uint8Array, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (owner[k]) return false;
  owner.fill(1, a, b);
  return true;
}

/**
 * Union of tagger spans, rule spans and the capitalised runs of the document with their sub-runs (split at "of",
 * "and", "the" ...; titles dropped), one candidate per token span.
 */
export function candidates(doc: Doc, fromTagger: readonly EntityMention[], fromRules: readonly EntityMention[]): Candidate[] {
  const byKey = new Map<number, Candidate>();
  for (const m of fromTagger) candidateAt(byKey, m.tokenStart, m.tokenEnd).tagger = CLASS_OF[m.type] ?? 6;
  for (const m of fromRules) {
    const c = candidateAt(byKey, m.tokenStart, m.tokenEnd);
    if (!c.rule || (m.score ?? 0) > (c.rule.score ?? 0)) c.rule = m;
  }
  capitalisedRuns(doc, byKey);
  return [...byKey.values()].sort((x, y) => x.a - y.a || y.b - x.b);
}

// (module functions taking what they read, not closures made for every document or candidate: run under tsx, every
// named closure made is also given its name by a call of Object.defineProperty: some 7 % of the ranker's time)

/** The candidate of span [a, b) in byKey, made when there is none yet. */
function candidateAt(byKey: Map<number, Candidate>, a: number, b: number): Candidate {
  const key = spanKey(a, b);
  let c = byKey.get(key);
  if (!c) { c = { a, b, tagger: -1, rule: null }; byKey.set(key, c); }
  return c;
}

const LINKERS = new Set(['of', 'the', 'for', 'and', '&', "'s", '’s', 'de', 'da', 'del', 'di', 'du', 'von', 'van', 'der', 'den', 'la', 'le', 'y', 'on', 'in']);
const ARTICLES = new Set(['The', 'A', 'An', 'THE']);
const FUNCTION_POS: ReadonlySet<number> = new Set(['DET', 'ADP', 'PRON', 'CCONJ', 'SCONJ', 'ADV', 'AUX', 'PART', 'INTJ'].map((t) => POS_INDEX[t] as number));
const CAP = /^[\p{Lu}\d]/u;
/** module constants, not literals in the loops: a regular-expression literal is a new object each time it runs */
const HAS_LETTER = /\p{L}/u;
const SHAPE_CAPS = /^\p{Lu}[\p{Lu}\d&.-]+$/u;
const SHAPE_UPPER = /^\p{Lu}/u;
const SHAPE_LOWER = /^\p{Ll}/u;
const SHAPE_DIGIT = /^\d/;
const MAX_SEGMENTS = 5;

// CAP and HAS_LETTER for every token, with an ASCII fast path (most words); the expressions decide the others
/** CAP.test(w): a capital or a digit first */
function capOrDigitFirst(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return CAP.test(w);
}
/** HAS_LETTER.test(w) */
function hasLetter(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 128) return HAS_LETTER.test(w);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  }
  return false;
}

/**
 * Capitalised runs ("National Library", "Netherlands") chained by linker words into a name-like stretch; every
 * contiguous range of up to MAX_SEGMENTS runs is a candidate, and so is each range without leading title words.
 */
function capitalisedRuns(doc: Doc, byKey: Map<number, Candidate>): void {
  const segStart: number[] = [];
  const segEnd: number[] = [];
  let i = 0;
  while (i < doc.n) {
    // a capitalised function word ("The", "In", "However" at a sentence start) does not start a run
    if (!capOrDigitFirst(doc.words[i] as string) || !hasLetter(doc.words[i] as string) || (segStart.length === 0 && FUNCTION_POS.has(doc.pos[i] as number))) {
      if (segStart.length > 0) emitRuns(doc, byKey, segStart, segEnd);
      i++;
      continue;
    }
    const sent = doc.sentOf[i];
    let j = i + 1;
    while (j < doc.n && doc.sentOf[j] === sent && capOrDigitFirst(doc.words[j] as string)) j++;
    segStart.push(i);
    segEnd.push(j);
    // linkers up to the next capitalised word keep the chain going
    let k = j;
    while (k < doc.n && k - j < 2 && doc.sentOf[k] === sent && LINKERS.has(doc.lower[k] as string)) k++;
    if (k > j && k < doc.n && doc.sentOf[k] === sent && capOrDigitFirst(doc.words[k] as string) && hasLetter(doc.words[k] as string)) {
      i = k;
      continue;
    }
    emitRuns(doc, byKey, segStart, segEnd);
    i = j;
  }
  if (segStart.length > 0) emitRuns(doc, byKey, segStart, segEnd);
}

/** The candidates of a chain of runs [segStart[i], segEnd[i]) (see capitalisedRuns), which it then empties. */
function emitRuns(doc: Doc, byKey: Map<number, Candidate>, segStart: number[], segEnd: number[]): void {
  const k = segStart.length;
  for (let i = 0; i < k; i++) {
    for (let j = i; j < k && j < i + MAX_SEGMENTS; j++) {
      const a = segStart[i] as number;
      const b = segEnd[j] as number;
      candidateAt(byKey, a, b);
      let t = a;
      while (t < b - 1 && (HONORIFICS.has(doc.words[t] as string) || ARTICLES.has(doc.words[t] as string))) t++;
      if (t > a) candidateAt(byKey, t, b);
    }
  }
  segStart.length = 0;
  segEnd.length = 0;
}

const wordShape = (w: string): number => {
  if (SHAPE_CAPS.test(w)) return 1; // all caps / acronym
  if (SHAPE_UPPER.test(w)) return 2;
  if (SHAPE_LOWER.test(w)) return 3;
  if (SHAPE_DIGIT.test(w)) return 4;
  return 5;
};

const MAX_OTHER_OCCURRENCES = 16;
export const MAX_FEATURES = 40 + 2 * MAX_OTHER_OCCURRENCES;
/**
 * Rule spans at least this trusted (gazetteer, titled person, head noun: RULE_SCORE in rules.ts) are kept as the
 * rules typed them: on news (eval/dev) the knowledge base is right more often than a ranker trained on GUM's genres.
 */
const PROTECT = 2.5;
/**
 * A person span that both the tagger and a person pattern (a given name, a title, all proper nouns: trust >= 1)
 * propose is kept as a person ("Ursula von der Leyen"): +0.2 on GUM dev and UNER-EWT dev for every seed tried.
 */
const AGREE = 1;

/** Bucket ids of candidate c's features into out; returns the count. */
export function candidateFeatures(
  doc: Doc,
  kb: KB,
  c: Candidate,
  docInfo: DocInfo,
  mask: number,
  out: Int32Array,
): number {
  let k = 0;
  const { a, b } = c;
  const len = b - a;
  const rt = c.rule ? RULE_TYPES.indexOf(c.rule.type) : -1;
  const rs = c.rule ? Math.round((c.rule.score ?? 0) * 2) : -1;
  const rk = c.rule ? hashString(c.rule.kind) : 0;
  const src = mix3(c.tagger, rt, rs);
  const lenB = Math.min(len, 5);
  out[k++] = mix2(1, src) & mask;
  out[k++] = mix3(2, src, lenB) & mask;
  out[k++] = mix2(3, c.tagger) & mask;
  out[k++] = mix3(4, rt, rs) & mask;
  out[k++] = mix3(5, rt, rk) & mask;
  const key = docInfo.keyOf[docInfo.ci] as number;
  out[k++] = mix2(6, key) & mask;
  out[k++] = mix3(7, wordHash(doc, docInfo, b - 1), c.tagger) & mask;
  out[k++] = mix2(8, wordHash(doc, docInfo, a)) & mask;
  out[k++] = mix2(9, suffixHash(doc, docInfo, b - 1)) & mask;
  const shapeF = shapeOf(doc, docInfo, a);
  const shapeL = shapeOf(doc, docInfo, b - 1);
  out[k++] = mix3(10, mix2(shapeF, shapeL), lenB) & mask;
  let propn = 0;
  for (let i = a; i < b; i++) if (doc.pos[i] === PROPN) propn++;
  out[k++] = mix3(11, lenB, propn === len ? 0 : propn === 0 ? 1 : 2) & mask;
  out[k++] = mix3(12, doc.pos[a] as number, doc.pos[b - 1] as number) & mask;
  const prev = wordHash(doc, docInfo, a - 1);
  const next = wordHash(doc, docInfo, b);
  const sentInitial = a === doc.sentStart[doc.sentOf[a] as number];
  out[k++] = mix2(13, prev) & mask;
  out[k++] = mix3(14, wordHash(doc, docInfo, a - 2), prev) & mask;
  out[k++] = mix2(15, next) & mask;
  out[k++] = mix3(16, next, wordHash(doc, docInfo, b + 1)) & mask;
  out[k++] = mix3(17, sentInitial ? 1 : 0, mix2(lenB, c.tagger)) & mask;
  out[k++] = mix3(18, a > 0 ? (doc.pos[a - 1] as number) : 99, b < doc.n ? (doc.pos[b] as number) : 99) & mask;
  // the knowledge base
  // (looked up once per distinct text and first word in the document)
  let kbv = docInfo.kbOf.get(key);
  if (kbv === undefined) {
    const text = doc.text.slice(doc.starts[a], doc.ends[b - 1]);
    const g = kb.phrases.get(text);
    kbv = [g ? mix2(hashString(g.type), hashString(g.kind)) : 0, (kb.countryByName(text) ? 1 : 0) + (kb.cities(text).length > 0 ? 2 : 0)];
    docInfo.kbOf.set(key, kbv);
  }
  out[k++] = mix2(19, kbv[0]) & mask;
  out[k++] = mix2(20, kb.isGivenName(doc.words[a] as string) ? 1 : 0) & mask;
  out[k++] = mix2(21, kbv[1]) & mask;
  out[k++] = mix2(22, HONORIFICS.has(doc.words[a - 1] ?? '') ? 1 : HONORIFICS.has(doc.words[a] as string) ? 2 : 0) & mask;
  out[k++] = mix2(23, ORG_HEADS.has(doc.words[b - 1] as string) ? 1 : LOC_HEADS.has(doc.words[b - 1] as string) ? 2 : 0) & mask;
  // the document: how the tagger typed the same name elsewhere; nesting among candidates
  const v = docInfo.votes.get(key);
  if (v) {
    let top = 0;
    let total = 0;
    for (let t = 0; t < N_CLASSES; t++) {
      total += v[t] as number;
      if ((v[t] as number) > (v[top] as number)) top = t;
    }
    out[k++] = mix3(24, top, Math.min(total, 4)) & mask;
  } else {
    out[k++] = mix2(24, -1) & mask;
  }
  out[k++] = mix3(25, docInfo.inside[docInfo.ci] as number, docInfo.covers[docInfo.ci] as number) & mask;
  out[k++] = mix3(26, docInfo.inside[docInfo.ci] as number, src) & mask;
  out[k++] = mix3(27, docInfo.covers[docInfo.ci] as number, src) & mask;
  // the words around the other occurrences of the same name ("the island of Coron", "Coron is a town")
  const same = docInfo.groups.get(key);
  if (same) {
    let taken = 0;
    for (const j of same) {
      if (j === docInfo.ci) continue;
      const o = docInfo.cands[j] as Candidate;
      out[k++] = mix2(28, wordHash(doc, docInfo, o.a - 1)) & mask;
      out[k++] = mix2(29, wordHash(doc, docInfo, o.b)) & mask;
      if (++taken === MAX_OTHER_OCCURRENCES) break;
    }
  }
  return k;
}

const OUTSIDE = hashString('<s>');

/** hashString of token i's lower form, computed once per document (outside the document: a boundary marker). */
function wordHash(doc: Doc, info: DocInfo, i: number): number {
  if (i < 0 || i >= doc.n) return OUTSIDE;
  if (info.hashed[i] === 0) {
    info.words[i] = hashString(doc.lower[i] as string);
    info.hashed[i] = 1;
  }
  return info.words[i] as number;
}

// The word features of candidateFeatures, once per token rather than once per candidate: the candidates of a run of
// capitalised words are all its sub-runs, which share their first and last words (a slice and up to four regular
// expressions each time)
/** wordShape of token i's word */
function shapeOf(doc: Doc, info: DocInfo, i: number): number {
  let s = info.shapes[i] as number;
  if (s === 0) {
    s = wordShape(doc.words[i] as string);
    info.shapes[i] = s;
  }
  return s;
}

/** hashString of the last three characters of token i's lower form */
function suffixHash(doc: Doc, info: DocInfo, i: number): number {
  if (info.suffixed[i] === 0) {
    info.suffixes[i] = hashString((doc.lower[i] as string).slice(-3));
    info.suffixed[i] = 1;
  }
  return info.suffixes[i] as number;
}

export interface DocInfo {
  /** lower-form hashes of the tokens, filled on first use (hashed[i] = 1) */
  words: Int32Array;
  hashed: Uint8Array;
  /** wordShape of the tokens, filled on first use (0: not yet) */
  shapes: Uint8Array;
  /** hashes of the tokens' last three lower-case characters, filled on first use (suffixed[i] = 1) */
  suffixes: Int32Array;
  suffixed: Uint8Array;
  /** knowledge-base features per name key: [phrase type/kind hash, country/city bits] */
  kbOf: Map<number, [number, number]>;
  /** the tagger's class votes per name key */
  votes: Map<number, Int32Array>;
  /** name key of each candidate (hash of its lower-cased text) */
  keyOf: Int32Array;
  /** candidate indices per name key */
  groups: Map<number, number[]>;
  /** the candidates, and the one being featurised */
  cands: readonly Candidate[];
  ci: number;
  inside: Uint8Array;
  covers: Uint8Array;
}

/** Per-document context of the candidates: name keys, the tagger's votes per name, nesting flags. */
export function documentInfo(doc: Doc, cands: readonly Candidate[]): DocInfo {
  const keyOf = new Int32Array(cands.length);
  const votes = new Map<number, Int32Array>();
  const groups = new Map<number, number[]>();
  const inside = new Uint8Array(cands.length);
  const covers = new Uint8Array(cands.length);
  const info: DocInfo = {
    words: new Int32Array(doc.n), hashed: new Uint8Array(doc.n),
    shapes: new Uint8Array(doc.n), suffixes: new Int32Array(doc.n), suffixed: new Uint8Array(doc.n),
    kbOf: new Map(), votes, keyOf, groups, cands, ci: 0, inside, covers,
  };
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i] as Candidate;
    let key = c.b - c.a;
    for (let t = c.a; t < c.b; t++) key = mix2(key, wordHash(doc, info, t));
    keyOf[i] = key;
    const g = groups.get(key);
    if (g) g.push(i); else groups.set(key, [i]);
    if (c.tagger >= 0) {
      let v = votes.get(key);
      if (!v) { v = new Int32Array(N_CLASSES); votes.set(key, v); }
      v[c.tagger] = (v[c.tagger] as number) + 1;
    }
  }
  // candidates are sorted by start, longer first: a sweep over the open ones finds nesting in near-linear time
  let open = -1;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i] as Candidate;
    if (open >= 0 && c.a < (cands[open] as Candidate).b) {
      inside[i] = 1;
      covers[open] = 1;
      if (c.b > (cands[open] as Candidate).b) open = i;
    } else {
      open = i;
    }
  }
  return info;
}

/** scratch for scoreFeatures: the weight row of each feature */
let rowsScratch = new Int32Array(MAX_FEATURES);

/** Scores of candidate features into scores[0..N_CLASSES). */
export function scoreFeatures(m: RankerModel, feats: Int32Array, nf: number, scores: Float32Array): void {
  scores.fill(0);
  // every feature's row first, in a short loop whose table reads (cache misses) overlap, then the rows' weights,
  // added in the same order as one pass would
  if (rowsScratch.length < nf) rowsScratch = new Int32Array(nf);
  const rows = rowsScratch;
  const rowOf = m.rowOf;
  for (let i = 0; i < nf; i++) rows[i] = rowOf[feats[i] as number] as number;
  for (let i = 0; i < nf; i++) {
    const r = rows[i] as number;
    if (r < 0) continue;
    const o = r * N_CLASSES;
    for (let t = 0; t < N_CLASSES; t++) scores[t] = (scores[t] as number) + (m.weights[o + t] as number);
  }
}

/** Rule spans this trusted keep the rules' class (see PROTECT); 0 for the others. */
function forcedClass(c: Candidate): number {
  if (c.rule === null) return 0;
  const cls = CLASS_OF[c.rule.type] ?? 6;
  if ((c.rule.score ?? 0) >= PROTECT) return cls;
  // the tagger and a person pattern (a given name, a title) propose the same span as a person, or an organisation
  // pattern the same name of several words as an organisation ("Royal Air Maroc"; one-word acronyms stay scored: "DUI")
  return (cls === 1 || (cls === 2 && c.b - c.a > 1)) && c.tagger === cls && (c.rule.score ?? 0) >= AGREE ? cls : 0;
}

/**
 * The decision over one document's candidates: forced (trusted rule) spans first, then candidates whose best class
 * beats NONE, by margin; no two chosen spans overlap. Returns each candidate's class (NONE when not chosen); the
 * chosen tokens are marked in `owner`.
 */
function decide(cands: readonly Candidate[], forced: Uint8Array, best: Uint8Array, margin: Float32Array, owner: Uint8Array): Uint8Array {
  const order: number[] = [];
  for (let i = 0; i < cands.length; i++) if ((forced[i] as number) > 0 || (margin[i] as number) > 0) order.push(i);
  const pri = (i: number): number => ((forced[i] as number) > 0 ? 1e6 : 0) + (margin[i] as number);
  order.sort((x, y) => pri(y) - pri(x) || (cands[x] as Candidate).a - (cands[y] as Candidate).a);
  const out = new Uint8Array(cands.length);
  for (const i of order) {
    const c = cands[i] as Candidate;
    if (claimSpan(owner, c.a, c.b)) out[i] = (forced[i] as number) > 0 ? (forced[i] as number) : (best[i] as number);
  }
  return out;
}

/** Best non-NONE class and its margin over NONE. */
function bestOf(scores: Float32Array): [number, number] {
  let best = 1;
  for (let t = 2; t < N_CLASSES; t++) if ((scores[t] as number) > (scores[best] as number)) best = t;
  return [best, (scores[best] as number) - (scores[NONE] as number)];
}

/** The chosen candidates with their classes (see decide), then rule-only OTHER words on the tokens left. */
export function rank(m: RankerModel, doc: Doc, kb: KB, cands: readonly Candidate[]): Array<{ c: Candidate; cls: number }> {
  const info = documentInfo(doc, cands);
  const mask = (1 << m.bits) - 1;
  const feats = new Int32Array(MAX_FEATURES);
  const scores = new Float32Array(N_CLASSES);
  const count = cands.length;
  const forced = new Uint8Array(count);
  const best = new Uint8Array(count);
  const margin = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    const c = cands[i] as Candidate;
    forced[i] = forcedClass(c);
    if (forced[i]) {
      // a trusted rule span is kept whatever the model says: rank it among its kind by the rule's trust, unscored
      margin[i] = (c.rule as EntityMention).score ?? 0;
      continue;
    }
    info.ci = i;
    scoreFeatures(m, feats, candidateFeatures(doc, kb, c, info, mask, feats), scores);
    const [bc, mg] = bestOf(scores);
    best[i] = bc;
    margin[i] = mg;
  }
  const owner = new Uint8Array(doc.n);
  const cls = decide(cands, forced, best, margin, owner);
  const out: Array<{ c: Candidate; cls: number }> = [];
  for (let i = 0; i < count; i++) if (cls[i] !== NONE) out.push({ c: cands[i] as Candidate, cls: cls[i] as number });
  // capitalised words the rules could not type stay as OTHER where nothing else was kept: resolution may still
  // find them to be a person's surname or a city (they are not names of a scored type)
  for (const c of cands) if (c.rule?.type === 'OTHER' && claimSpan(owner, c.a, c.b)) out.push({ c, cls: CLASS_OF.OTHER as number });
  return out.sort((x, y) => x.c.a - y.c.a);
}

export interface RankerExample {
  feats: Int32Array;
  target: number;
}

/** Training examples of one document: every candidate, its target the gold class of the same span (else NONE). */
export function examplesOf(doc: Doc, kb: KB, cands: readonly Candidate[], goldClassOf: (a: number, b: number) => number, bits: number): RankerExample[] {
  const info = documentInfo(doc, cands);
  const mask = (1 << bits) - 1;
  const buf = new Int32Array(MAX_FEATURES);
  const out: RankerExample[] = [];
  for (let i = 0; i < cands.length; i++) {
    info.ci = i;
    const c = cands[i] as Candidate;
    const nf = candidateFeatures(doc, kb, c, info, mask, buf);
    out.push({ feats: buf.slice(0, nf), target: goldClassOf(c.a, c.b) });
  }
  return out;
}

/**
 * Averaged multiclass perceptron over the candidates, one at a time in a seeded shuffled order, each against its
 * own gold class (measured better than structured updates on whole-document decisions: GUM dev 71.5 vs 76.4).
 */
export function trainRanker(examples: readonly RankerExample[], opts: { bits: number; epochs: number; random: () => number; members?: number }): RankerModel {
  const C = N_CLASSES;
  const size = (1 << opts.bits) * C;
  const members = opts.members ?? 1;
  // members > 1: perceptrons over different example orders, their averaged weights averaged again (same model size)
  const acc = new Float32Array(size);
  const w = new Float32Array(size);
  const u = new Float64Array(size);
  const scores = new Float32Array(C);
  const order = examples.map((_, i) => i);
  for (let m = 0; m < members; m++) {
    w.fill(0);
    u.fill(0);
    let step = 1;
    for (let epoch = 0; epoch < opts.epochs; epoch++) {
      shuffleInPlace(order, opts.random);
      for (const i of order) {
        const ex = examples[i] as RankerExample;
        scores.fill(0);
        for (const f of ex.feats) for (let t = 0; t < C; t++) scores[t] = (scores[t] as number) + (w[f * C + t] as number);
        let best = 0;
        for (let t = 1; t < C; t++) if ((scores[t] as number) > (scores[best] as number)) best = t;
        if (best !== ex.target) {
          for (const f of ex.feats) {
            w[f * C + ex.target] = (w[f * C + ex.target] as number) + 1;
            u[f * C + ex.target] = (u[f * C + ex.target] as number) + step;
            w[f * C + best] = (w[f * C + best] as number) - 1;
            u[f * C + best] = (u[f * C + best] as number) - step;
          }
        }
        step++;
      }
    }
    for (let k = 0; k < size; k++) acc[k] = (acc[k] as number) + ((w[k] as number) - (u[k] as number) / step) / members;
  }
  const buckets = 1 << opts.bits;
  const rowOf = new Int32Array(buckets).fill(-1);
  let rows = 0;
  for (let b = 0; b < buckets; b++) {
    for (let t = 0; t < C; t++) if (Math.abs(acc[b * C + t] as number) >= 1e-3) { rowOf[b] = rows++; break; }
  }
  const weights = new Float32Array(rows * C);
  for (let b = 0; b < buckets; b++) {
    const r = rowOf[b] as number;
    if (r >= 0) for (let t = 0; t < C; t++) weights[r * C + t] = acc[b * C + t] as number;
  }
  return { bits: opts.bits, rowOf, weights };
}

const MAGIC = 0x4b4e5241; // "ARNK"
/** Version of candidateFeatures' templates, written into the model: bump when features change (then retrain). */
export const RANKER_FEATURES_VERSION = 2;

/** gzip of: magic, features version, bits, nRows, classes (u32), bucket ids (u32), weights (f32). */
export function encodeRanker(m: RankerModel): Buffer {
  const nRows = m.weights.length / N_CLASSES;
  const ids = new Uint32Array(nRows);
  for (let b = 0; b < m.rowOf.length; b++) {
    const r = m.rowOf[b] as number;
    if (r >= 0) ids[r] = b;
  }
  return gzipSync(Buffer.concat([
    Buffer.from(new Uint32Array([MAGIC, RANKER_FEATURES_VERSION, m.bits, nRows, N_CLASSES]).buffer),
    Buffer.from(ids.buffer),
    Buffer.from(m.weights.buffer, m.weights.byteOffset, m.weights.byteLength),
  ]), { level: 9 });
}

export function decodeRanker(gz: Uint8Array): RankerModel {
  const raw = gunzipSync(gz);
  const buf = raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength);
  if (buf.byteLength < 20) throw new Error('not an Argus mention-ranker model (too short)');
  const [magic, version, bits, nRows, classes] = new Uint32Array(buf, 0, 5) as unknown as [number, number, number, number, number];
  if (magic !== MAGIC) throw new Error('not an Argus mention-ranker model (bad magic)');
  if (version !== RANKER_FEATURES_VERSION || classes !== N_CLASSES) throw new Error(`mention-ranker model features v${version}, code v${RANKER_FEATURES_VERSION}: retrain (npm run train:ner)`);
  const ids = new Uint32Array(buf, 20, nRows);
  const weights = new Float32Array(buf.slice(20 + nRows * 4, 20 + nRows * 4 + nRows * N_CLASSES * 4));
  const rowOf = new Int32Array(1 << bits).fill(-1);
  for (let r = 0; r < nRows; r++) rowOf[ids[r] as number] = r;
  return { bits, rowOf, weights };
}
