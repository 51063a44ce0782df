// Training of the tagger and the parser (averaged perceptron; the parser with the arc-eager dynamic oracle of
// Goldberg & Nivre 2012, exploring its own mistakes). Deterministic for a given input order and seed.
import { seededRandom, shuffleInPlace } from '../../core/random.js';
import { readConllu, type ConlluSentence } from './conllu.js';
import { N_DEPRELS_FULL, N_UPOS, ROOT_REL, UPOS_INDEX, fullDeprelIndex, FULL_TO_BASE } from './labels.js';
import { TokenHashes, type WordTable } from './lexical.js';
import { TAGGER_FEATURE_COUNT, TaggerWorkspace, taggerFeatures, tagHashed, START_TAG } from './tagger.js';
import { LA, N_MOVES, ParserWorkspace, RA, RE, SH, SALT_FIN, SALT_LA, SALT_RA, bestLabel, parseState } from './parser.js';
import { TrainTable, type Scorer, type WeightTable } from './weights.js';
import { BeamTrainer, BeamWorkspace, parseBeam } from './beam.js';
import type { ParseDictionaries } from './dictionaries.js';

/** A gold sentence: heads and relations 1-based (slot 0 is the root). */
export interface GoldSentence {
  readonly words: string[];
  readonly upos: Uint8Array;
  readonly head: Int32Array;
  /** DEPRELS_FULL index per word (slot 0 unused) */
  readonly rel: Uint8Array;
}

export function goldSentences(text: string, source: string): GoldSentence[] {
  return readConllu(text, source).map(toGold);
}

function toGold(s: ConlluSentence): GoldSentence {
  const n = s.rows.length;
  const upos = new Uint8Array(n);
  const head = new Int32Array(n + 1);
  const rel = new Uint8Array(n + 1);
  head[0] = -1;
  for (let i = 0; i < n; i++) {
    const r = s.rows[i] as string[];
    upos[i] = UPOS_INDEX[r[3] as string] ?? (UPOS_INDEX['X'] as number);
    head[i + 1] = Number(r[6]);
    rel[i + 1] = fullDeprelIndex(r[7] as string);
  }
  return { words: s.rows.map((r) => r[1] as string), upos, head, rel };
}

/** Lifts non-projective arcs (the dependent moves to its head's head) until the tree is projective; returns the lifts. */
export function projectivize(head: Int32Array): number {
  const n = head.length - 1;
  let lifts = 0;
  for (let guard = 0; guard < n * n; guard++) {
    let bad = -1;
    let badLen = Infinity;
    for (let d = 1; d <= n; d++) {
      const h = head[d] as number;
      const lo = Math.min(h, d);
      const hi = Math.max(h, d);
      if (hi - lo >= badLen) continue;
      for (let k = lo + 1; k < hi; k++) {
        let a = k;
        while (a !== h && a !== 0) a = head[a] as number;
        if (a !== h) { bad = d; badLen = hi - lo; break; }
      }
    }
    if (bad < 0) break;
    head[bad] = head[head[bad] as number] as number;
    lifts++;
  }
  return lifts;
}

// ---------------------------------------------------------------- tagger

/** the hash a hidden word takes in word dropout */
const UNK_WORD = 0x3c6ef372;

/** `dropout`: probability of hiding a word's identity (form, lower-case form) in a training pass (0 = off). */
export function trainTagger(sents: readonly GoldSentence[], epochs: number, seed: number, bits: number, log?: (s: string) => void, words: WordTable | null = null, dropout = 0): TrainTable {
  const table = new TrainTable(bits, N_UPOS);
  const ws = new TaggerWorkspace();
  ws.hashes.table = words;
  const order = sents.map((_, i) => i);
  const rnd = seededRandom(seed);
  const f = new Int32Array(TAGGER_FEATURE_COUNT);
  const dropRnd = seededRandom(seed + 17);
  for (let e = 0; e < epochs; e++) {
    shuffleInPlace(order, rnd);
    let right = 0;
    let total = 0;
    for (const si of order) {
      const s = sents[si] as GoldSentence;
      ws.hashes.set(s.words, 0, s.words.length);
      if (dropout > 0) {
        for (let i = 0; i < s.words.length; i++) {
          if (dropRnd() < dropout) {
            ws.hashes.word[i] = UNK_WORD;
            ws.hashes.raw[i] = UNK_WORD;
          }
        }
      }
      let t1: number = START_TAG;
      let t2: number = START_TAG;
      for (let i = 0; i < s.words.length; i++) {
        const nf = taggerFeatures(ws.hashes, i, t1, t2, f);
        table.score(f, nf, 0, ws.scores);
        let best = 0;
        for (let c = 1; c < N_UPOS; c++) if ((ws.scores[c] as number) > (ws.scores[best] as number)) best = c;
        const gold = s.upos[i] as number;
        if (best !== gold) {
          table.update(f, nf, 0, gold, 1);
          table.update(f, nf, 0, best, -1);
        } else right++;
        total++;
        table.step++;
        t2 = t1;
        t1 = best;
      }
    }
    log?.(`  tagger epoch ${e + 1}: train acc ${(right / total).toFixed(4)}`);
  }
  return table;
}

export function tagAll(scorer: Scorer, sents: readonly GoldSentence[], words: WordTable | null = null): Uint8Array[] {
  const ws = new TaggerWorkspace();
  ws.hashes.table = words;
  return sents.map((s) => {
    ws.hashes.set(s.words, 0, s.words.length);
    const out = new Uint8Array(s.words.length);
    tagHashed(scorer, ws, out, 0);
    return out;
  });
}

/** Predicted tags for every training sentence from taggers trained on the other folds (jackknifing). */
export function jackknifeTags(sents: readonly GoldSentence[], folds: number, epochs: number, seed: number, bits: number, words: WordTable | null = null, dropout = 0): Uint8Array[] {
  const out: Uint8Array[] = new Array<Uint8Array>(sents.length);
  for (let k = 0; k < folds; k++) {
    const train = sents.filter((_, i) => i % folds !== k);
    const table = trainTagger(train, epochs, seed + k, bits, undefined, words, dropout);
    table.average();
    const scorer = table;
    const held = sents.map((s, i) => [s, i] as const).filter(([, i]) => i % folds === k);
    const tags = tagAll(scorer, held.map(([s]) => s), words);
    held.forEach(([, i], j) => { out[i] = tags[j] as Uint8Array; });
  }
  return out;
}

// ---------------------------------------------------------------- parser

export interface ParserTraining {
  trans: TrainTable;
  labeler: TrainTable;
}

/**
 * Move costs of the arc-eager dynamic oracle (Goldberg & Nivre 2012) against projective gold heads gh, with the root
 * arc made at the end (the word left at the bottom of the stack), as the parser does.
 */
export function moveCost(ws: ParserWorkspace, m: number, gh: Int32Array): number {
  const n = ws.n;
  const b = ws.b;
  const s0 = ws.s0;
  let c = 0;
  if (m === LA) {
    for (let k = b; k <= n; k++) if (gh[k] === s0) c++;
    const g = gh[s0] as number;
    if (g > b || g === 0) c++;
  } else if (m === RE) {
    for (let k = b; k <= n; k++) if (gh[k] === s0) c++;
  } else {
    const g = gh[b] as number;
    let headlessBelow = false;
    for (let i = 1; i < ws.sp; i++) {
      const k = ws.stack[i] as number;
      if ((ws.head[k] as number) < 0) {
        headlessBelow = true;
        if (gh[k] === b) c++;
      }
    }
    if (m === RA) {
      if (g !== s0 && (g > b || ws.inStack[g] === 1)) c++;
    } else if (g === 0) {
      // the root word must end at the bottom of the stack: a headless word below it would take its place
      if (headlessBelow) c++;
    } else if (ws.inStack[g] === 1) c++;
  }
  return c;
}

export interface ParserTrainOptions {
  epochs: number;
  seed: number;
  transBits: number;
  labelBits: number;
  /** probability of following a wrong prediction (after the first epoch) */
  explore: number;
  log?: (s: string) => void;
  /** called after each epoch with the tables (to measure on held-out data) */
  afterEpoch?: (epoch: number, t: ParserTraining) => void;
  /** the model's word table (clusters) */
  words?: WordTable | null;
  /** probability of hiding a word's identity in a training sentence (word dropout; 0 = off) */
  wordDropout?: number;
}

/** The gold heads of each sentence, projectivized by lifting (the oracle's trees). */
function projectiveHeads(sents: readonly GoldSentence[]): Int32Array[] {
  return sents.map((s) => {
    const h = Int32Array.from(s.head);
    projectivize(h);
    return h;
  });
}

/**
 * What the greedy and the beam training share: the projectivized gold heads, and a workspace set on each training
 * sentence's words (hashed with the model's word table) and tags, the sentences visited in a seeded shuffled order each
 * epoch. `rnd` is the seeded source of the order (the greedy training draws its exploration from it too).
 */
class TrainingPass {
  readonly ws = new ParserWorkspace();
  readonly rnd: () => number;
  readonly gheads: Int32Array[];
  private readonly hs = new TokenHashes();
  private readonly order: number[];

  constructor(
    private readonly sents: readonly GoldSentence[],
    private readonly tags: readonly Uint8Array[],
    words: WordTable | null,
    seed: number,
  ) {
    this.hs.table = words;
    this.rnd = seededRandom(seed);
    this.order = sents.map((_, i) => i);
    this.gheads = projectiveHeads(sents);
  }

  /** The sentence indices of a new epoch, shuffled. */
  epoch(): readonly number[] {
    shuffleInPlace(this.order, this.rnd);
    return this.order;
  }

  /** Sets the workspace on sentence si; returns the sentence. */
  load(si: number): GoldSentence {
    const s = this.sents[si] as GoldSentence;
    this.hs.set(s.words, 0, s.words.length);
    this.ws.init(this.hs, this.tags[si] as Uint8Array, 0);
    return s;
  }
}

export function trainParser(sents: readonly GoldSentence[], tags: readonly Uint8Array[], opts: ParserTrainOptions): ParserTraining {
  const trans = new TrainTable(opts.transBits, N_MOVES);
  const labeler = new TrainTable(opts.labelBits, N_DEPRELS_FULL);
  const pass = new TrainingPass(sents, tags, opts.words ?? null, opts.seed);
  const { ws, rnd, gheads } = pass;
  const costs = new Int32Array(N_MOVES);
  const dropout = opts.wordDropout ?? 0;
  const dropRnd = seededRandom(opts.seed + 17);
  for (let e = 0; e < opts.epochs; e++) {
    const order = pass.epoch();
    const explore = e > 0 ? opts.explore : 0;
    let right = 0;
    let total = 0;
    for (const si of order) {
      const s = pass.load(si);
      const gh = gheads[si] as Int32Array;
      const n = ws.n;
      if (dropout > 0) for (let i = 1; i <= n; i++) if (dropRnd() < dropout) ws.hideWord(i);
      while (ws.b <= n) {
        if (ws.sp === 1) {
          ws.apply(SH, 0);
          continue;
        }
        const nf = ws.features();
        trans.score(ws.feats, nf, 0, ws.tscores);
        let pred = -1;
        let best = -1;
        let minCost = Infinity;
        for (let k = 0; k < N_MOVES; k++) {
          if (!ws.valid(k)) { costs[k] = -1; continue; }
          const c = moveCost(ws, k, gh);
          costs[k] = c;
          if (c < minCost) minCost = c;
          if (pred < 0 || (ws.tscores[k] as number) > (ws.tscores[pred] as number)) pred = k;
        }
        for (let k = 0; k < N_MOVES; k++) {
          if (costs[k] === minCost && (best < 0 || (ws.tscores[k] as number) > (ws.tscores[best] as number))) best = k;
        }
        let m = best;
        if (costs[pred] !== minCost) {
          trans.update(ws.feats, nf, 0, best, 1);
          trans.update(ws.feats, nf, 0, pred, -1);
          if (explore > 0 && rnd() < explore) m = pred;
        } else {
          m = pred;
          right++;
        }
        total++;
        trans.step++;
        let l = 0;
        if (m === LA || m === RA) {
          const h = m === LA ? ws.b : ws.s0;
          const d = m === LA ? ws.s0 : ws.b;
          l = trainLabel(labeler, ws, m === LA ? SALT_LA : SALT_RA, h, d, gh, s, explore, rnd);
        }
        ws.apply(m, l);
      }
      // the words left headless at the end
      while (ws.sp > 1) {
        const s0 = ws.s0;
        if ((ws.head[s0] as number) < 0) {
          const h = ws.finalHead();
          ws.features();
          const l = trainLabel(labeler, ws, SALT_FIN, h, s0, gh, s, explore, rnd);
          ws.attach(h, s0, l);
        }
        ws.apply(RE, 0);
      }
    }
    opts.log?.(`  parser epoch ${e + 1}: oracle-move acc ${(right / total).toFixed(4)}`);
    opts.afterEpoch?.(e + 1, { trans, labeler });
  }
  return { trans, labeler };
}

/** Scores and (when the head is right) learns the label of arc h -> d; returns the label the state takes. */
function trainLabel(labeler: TrainTable, ws: ParserWorkspace, salt: number, h: number, d: number, gh: Int32Array, s: GoldSentence, explore: number, rnd: () => number): number {
  if (h === 0) return ROOT_REL;
  const nf = ws.labelFeatures();
  labeler.score(ws.lfeats, nf, salt, ws.lscores);
  const pred = bestLabel(ws.lscores, h);
  if (gh[d] !== h) return pred;
  const gold = s.rel[d] as number;
  labeler.step++;
  if (gold === ROOT_REL) return pred;
  if (pred !== gold) {
    labeler.update(ws.lfeats, nf, salt, gold, 1);
    labeler.update(ws.lfeats, nf, salt, pred, -1);
    return explore > 0 && rnd() < explore ? pred : gold;
  }
  return gold;
}

export interface BeamTrainOptions {
  width: number;
  epochs: number;
  seed: number;
  /** the transition weights training starts from (the averaged greedy ones); bits: a table of 2^bits buckets from zero */
  init: WeightTable | { bits: number };
  /** labels the arcs of the beam's states (fixed: the greedy training's labeler) */
  labeler: Scorer;
  words?: WordTable | null;
  log?: (s: string) => void;
  afterEpoch?: (epoch: number, trans: TrainTable) => void;
}

/**
 * Global training of the transition weights for beam search (structured perceptron, max-violation updates; beam.ts),
 * starting from the greedy weights: returns the table (not yet averaged).
 */
export function trainBeam(sents: readonly GoldSentence[], tags: readonly Uint8Array[], opts: BeamTrainOptions): TrainTable {
  const trans = new TrainTable(opts.init.bits, N_MOVES);
  if ('w' in opts.init) trans.setWeights(opts.init);
  const bt = new BeamTrainer(opts.width);
  const pass = new TrainingPass(sents, tags, opts.words ?? null, opts.seed);
  for (let e = 0; e < opts.epochs; e++) {
    bt.updates = 0;
    bt.rightAtEnd = 0;
    for (const si of pass.epoch()) {
      pass.load(si);
      bt.train(trans, opts.labeler, pass.ws, pass.gheads[si] as Int32Array, moveCost);
    }
    opts.log?.(`  beam epoch ${e + 1}: updates ${(bt.updates / sents.length).toFixed(4)}, gold-reachable best ${(bt.rightAtEnd / sents.length).toFixed(4)}`);
    opts.afterEpoch?.(e + 1, trans);
  }
  return trans;
}

// ---------------------------------------------------------------- evaluation

export interface ParseScores {
  words: number;
  uas: number;
  las: number;
  lasFull: number;
  upos: number;
  /** the beam's average size (states kept per move) */
  beamSize: number;
}

/** UAS, LAS (universal relation), LAS with subtypes and UPOS accuracy; punctuation counted like any word (CoNLL 2018). */
export function evaluate(tagger: Scorer, trans: Scorer, labeler: Scorer, sents: readonly GoldSentence[], wordTable: WordTable | null = null, dict: ParseDictionaries | null = null, beam = 1, margin = Infinity): ParseScores {
  const bw = beam > 1 ? new BeamWorkspace(beam) : null;
  const tws = new TaggerWorkspace();
  tws.hashes.table = wordTable;
  const ws = new ParserWorkspace();
  let words = 0;
  let uh = 0;
  let lh = 0;
  let fh = 0;
  let ph = 0;
  let tags = new Uint8Array(64);
  for (const s of sents) {
    const n = s.words.length;
    if (tags.length < n) tags = new Uint8Array(n * 2);
    tws.hashes.set(s.words, 0, n);
    tagHashed(tagger, tws, tags, 0, dict);
    ws.init(tws.hashes, tags, 0);
    if (bw) parseBeam(trans, labeler, ws, bw, dict, margin);
    else parseState(trans, labeler, ws, dict);
    for (let i = 1; i <= n; i++) {
      words++;
      if (tags[i - 1] === s.upos[i - 1]) ph++;
      if (ws.head[i] === s.head[i]) {
        uh++;
        const pl = ws.label[i] as number;
        const gl = s.rel[i] as number;
        if (FULL_TO_BASE[pl] === FULL_TO_BASE[gl]) lh++;
        if (pl === gl) fh++;
      }
    }
  }
  return { words, uas: uh / words, las: lh / words, lasFull: fh / words, upos: ph / words, beamSize: bw ? bw.statesKept / (2 * words) : 1 };
}

