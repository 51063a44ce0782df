// The dependency parser of Argus: UPOS tags, heads and relations for every sentence of a Doc (or of pre-split words).
import type { Doc } from '../types.js';
import { DEPREL_FULL_INDEX, FULL_TO_BASE, UPOS_TAGS } from './labels.js';
import { loadRuntimeParser, parserPath } from './load.js';
import { loadDictionaries, type ParseDictionaries } from './dictionaries.js';
import type { ParserWeights } from './model.js';
import { runtimeOf, type RuntimeParser } from './runtime.js';
import { ParserWorkspace, parseState } from './parser.js';
import { BeamWorkspace, parseBeam } from './beam.js';
import { TaggerWorkspace, tagHashed } from './tagger.js';
import { DenseScorer, PackedScorer } from './weights.js';
import type { WordTable } from './lexical.js';

export { UPOS_TAGS, DEPRELS, DEPRELS_FULL, FULL_TO_BASE } from './labels.js';

const UNPARSED_TAG = UPOS_TAGS.indexOf('X');
/** a token whose tag the tagger decides (see parseDoc's `forced`) */
export { FREE } from './tagger.js';

/** The parse of one article: flat arrays over the Doc's tokens. */
export interface Parse {
  /** index into UPOS_TAGS */
  readonly upos: Uint8Array;
  /** global token index of the head, -1 for a sentence root */
  readonly head: Int32Array;
  /** index into DEPRELS (universal relation, no subtype) */
  readonly deprel: Uint8Array;
  /** index into DEPRELS_FULL (with subtypes such as nsubj:pass, obl:agent, acl:relcl) */
  readonly deprelFull: Uint8Array;
}

/** The parse of one pre-split sentence, CoNLL-U style: head[i] is 0 for the root, else the 1-based head word. */
export interface SentenceParse {
  readonly upos: Uint8Array;
  readonly head: Int32Array;
  readonly deprel: Uint8Array;
  readonly deprelFull: Uint8Array;
}

/** A loaded parser: the tagger and the parser's two scorers, and the tag and relation dictionaries that spare them work. */
export class ParserModel {
  readonly tagger: PackedScorer;
  readonly trans: DenseScorer;
  readonly labeler: PackedScorer;
  /** word clusters */
  readonly words: WordTable | null;
  /** the beam width the model decodes with (1: greedy) */
  readonly beam: number;
  /** states scoring more than this below the best one leave the beam */
  readonly beamMargin: number;
  constructor(readonly runtime: RuntimeParser, readonly dict: ParseDictionaries | null = null) {
    this.words = runtime.words;
    this.beam = Math.max(1, runtime.meta.beam ?? 1);
    this.beamMargin = runtime.meta.beamMargin ?? Infinity;
    this.tagger = new PackedScorer(runtime.tagger);
    this.trans = new DenseScorer(runtime.trans);
    this.labeler = new PackedScorer(runtime.labeler);
  }

  /** A model from weights as trained (training and evaluation; the shipped model loads through the cache). */
  static fromWeights(w: ParserWeights, dict: ParseDictionaries | null = null): ParserModel {
    return new ParserModel(runtimeOf(w), dict);
  }
}

let loaded: ParserModel | null = null;

/** The shipped model (models/parse/parser.bin.gz, or ARGUS_PARSE_MODEL) and its dictionaries, loaded once per process. */
export function loadParser(): ParserModel {
  loaded ??= new ParserModel(loadRuntimeParser(), loadDictionaries(parserPath()));
  return loaded;
}

// one set of scratch arrays per process: parsing is synchronous
const tws = new TaggerWorkspace();
const pws = new ParserWorkspace();
let bws: BeamWorkspace | null = null;
/** the hashes the parser reads (TokenHashes word, suf3, clu) of every tagged token, kept from tagging to parsing */
let keptWord = new Int32Array(0);
let keptSuf3 = new Int32Array(0);
let keptClu = new Int32Array(0);

/** Makes room for the kept hashes of n tokens. */
function keepRoom(n: number): void {
  if (keptWord.length >= n) return;
  const m = Math.max(n, 2 * keptWord.length, 1024);
  keptWord = new Int32Array(m);
  keptSuf3 = new Int32Array(m);
  keptClu = new Int32Array(m);
}

/**
 * Tags words[from..to) into upos[at..) (a forced tag, when not FREE, replaces the tagger's), and keeps the hashes the
 * parser reads at [at..) of the kept arrays (keepRoom first).
 */
function tagSpan(model: ParserModel, words: readonly string[], from: number, to: number, upos: Uint8Array, at: number, forced?: Uint8Array): void {
  const hs = tws.hashes;
  hs.table = model.words;
  hs.set(words, from, to);
  tagHashed(model.tagger, tws, upos, at, model.dict, forced ?? null);
  for (let i = 0; i < hs.n; i++) {
    keptWord[at + i] = hs.word[i] as number;
    keptSuf3[at + i] = hs.suf3[i] as number;
    keptClu[at + i] = hs.clu[i] as number;
  }
}

/** Parses the n tagged words at [at..) (tagSpan kept their hashes) into the out arrays; heads relative to `base` (-1 = root). */
function parseTagged(model: ParserModel, n: number, upos: Uint8Array, head: Int32Array, full: Uint8Array, at: number, rootHead: number, base: number): void {
  pws.initFrom(keptWord, keptSuf3, keptClu, at, n, upos, at);
  if (model.beam > 1) {
    if (bws === null || bws.width !== model.beam) bws = new BeamWorkspace(model.beam);
    parseBeam(model.trans, model.labeler, pws, bws, model.dict, model.beamMargin);
  } else parseState(model.trans, model.labeler, pws, model.dict);
  for (let i = 1; i <= n; i++) {
    const h = pws.head[i] as number;
    head[at + i - 1] = h === 0 ? rootHead : base + h;
    full[at + i - 1] = pws.label[i] as number;
  }
}

/**
 * Parses [a, to) as the sentence and hangs the words of its lead [from, a) (a dateline, "TUNIS -", or a live blog's time
 * stamp, "18:20 GMT -") on its root as `dep`: a lead parsed with the sentence is taken for its subject.
 */
function parseLed(model: ParserModel, from: number, a: number, to: number, upos: Uint8Array, head: Int32Array, full: Uint8Array): void {
  // (tagSpan kept the hashes of [from, to): the parser reads those of [a, to))
  parseTagged(model, to - a, upos, head, full, a, -1, a - 1);
  let root = a;
  while (root < to && head[root] !== -1) root++;
  for (let t = from; t < a; t++) {
    head[t] = root;
    full[t] = LEAD_LABEL;
  }
}

/** the relation of a lead's words to the sentence's root */
const LEAD_LABEL = DEPREL_FULL_INDEX['dep'] as number;

/**
 * Parses every sentence of doc (doc.sentStart / doc.sentEnd), or only those with wanted[k] = 1; linear in the number of
 * tokens. The tokens of a sentence left out are tagged X with no head. `forced[i]`, when not FREE, is the UPOS index
 * token i must have (the analyzer knows that the words of a recognised name are proper nouns).
 */
export function parseDoc(doc: Doc, model: ParserModel = loadParser(), wanted?: Uint8Array, forced?: Uint8Array, lead?: Int32Array): Parse {
  const n = doc.n;
  const upos = new Uint8Array(n);
  const head = new Int32Array(n).fill(-1);
  const deprelFull = new Uint8Array(n);
  keepRoom(n);
  // Every sentence is tagged first, then every sentence parsed: a sentence's tags do not depend on the parse of the
  // one before, and the tagger's tables and the parser's are each read in one run (they do not fit the caches together).
  for (let k = 0; k < doc.sentStart.length; k++) {
    const from = doc.sentStart[k] as number;
    const to = doc.sentEnd[k] as number;
    if (wanted && !wanted[k]) upos.fill(UNPARSED_TAG, from, to);
    else if (to > from) tagSpan(model, doc.words, from, to, upos, from, forced);
  }
  for (let k = 0; k < doc.sentStart.length; k++) {
    const from = doc.sentStart[k] as number;
    const to = doc.sentEnd[k] as number;
    if ((!wanted || wanted[k]) && to > from) {
      const a = Math.min(to, from + (lead ? (lead[k] as number) : 0));
      if (a === from) parseTagged(model, to - from, upos, head, deprelFull, from, -1, from - 1);
      else if (a < to) parseLed(model, from, a, to, upos, head, deprelFull);
    }
  }
  return { upos, head, deprel: baseOf(deprelFull), deprelFull };
}

/** Parses pre-split sentences (CoNLL-U input). */
export function parseSentences(sentences: readonly (readonly string[])[], model: ParserModel = loadParser()): SentenceParse[] {
  return sentences.map((words) => {
    const n = words.length;
    const upos = new Uint8Array(n);
    const head = new Int32Array(n);
    const deprelFull = new Uint8Array(n);
    if (n > 0) {
      keepRoom(n);
      tagSpan(model, words, 0, n, upos, 0);
      parseTagged(model, n, upos, head, deprelFull, 0, 0, 0);
    }
    return { upos, head, deprel: baseOf(deprelFull), deprelFull };
  });
}

function baseOf(full: Uint8Array): Uint8Array {
  const out = new Uint8Array(full.length);
  for (let i = 0; i < full.length; i++) out[i] = FULL_TO_BASE[full[i] as number] as number;
  return out;
}
