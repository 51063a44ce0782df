// Beam-search decoding of the arc-eager parser and its global training (Zhang & Clark 2008, Zhang & Nivre 2011): the
// beam keeps the `width` best move sequences by the sum of their move scores; training is the structured perceptron
// with max-violation updates (Huang, Fayong & Guo 2012). The words left on the stack once the buffer is empty are
// popped by scored moves too (END, scored by the RE weights: a headless word attaches to the word below it, as
// finish() does), so every sequence of a sentence of n words is 2n moves long and sequences in the beam always compare
// like with like. Same features, tables and labeler as greedy parsing (parser.ts). A state copy costs the stack; sentences
// longer than BEAM_MAX_WORDS are parsed greedily, so parsing stays linear in the sentence length.
import { LA, N_MOVES, ParserWorkspace, RA, RE, SALT_FIN, SH, arcLabel, bestLabel, parseState } from './parser.js';
import { ROOT_REL } from './labels.js';
import type { Scorer, TrainTable } from './weights.js';
import type { ParseDictionaries } from './dictionaries.js';

/** the move that pops a word once the buffer is empty (scored by the RE weights) */
export const END = N_MOVES;

/** The relation a headless s0 takes when popped at the end (finish() in parser.ts). */
function endLabel(labeler: Scorer, ws: ParserWorkspace): number {
  const h = ws.finalHead();
  if (h === 0) return ROOT_REL;
  labeler.score(ws.lfeats, ws.labelFeatures(), SALT_FIN, ws.lscores);
  return bestLabel(ws.lscores, h);
}

/** Applies move m with relation l (END: attaches a headless s0 to the word below it, then pops it). */
function applyMove(ws: ParserWorkspace, m: number, l: number): void {
  if (m === END) {
    const s0 = ws.s0;
    if ((ws.head[s0] as number) < 0) ws.attach(ws.finalHead(), s0, l);
    ws.apply(RE, 0);
  } else ws.apply(m, l);
}

/** The relation the state's arc move m makes (features() of ws already computed), 0 for SH and RE. */
function moveLabel(labeler: Scorer, ws: ParserWorkspace, dict: ParseDictionaries | null, m: number): number {
  if (m === LA) return arcLabel(labeler, ws, dict, ws.b, ws.s0, 0);
  if (m === RA) return arcLabel(labeler, ws, dict, ws.s0, ws.b, 1);
  if (m === END && (ws.head[ws.s0] as number) < 0) return endLabel(labeler, ws);
  return 0;
}

/** Move histories of the states of a sentence's beams: node 0 is the empty history. */
class Histories {
  parent: Int32Array = new Int32Array(1024);
  move: Int32Array = new Int32Array(1024);
  label: Int32Array = new Int32Array(1024);
  size = 1;
  reset(): void {
    this.size = 1;
  }
  add(parent: number, m: number, l: number): number {
    if (this.size === this.parent.length) {
      const grow = (a: Int32Array): Int32Array => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.parent = grow(this.parent);
      this.move = grow(this.move);
      this.label = grow(this.label);
    }
    const id = this.size++;
    this.parent[id] = parent;
    this.move[id] = m;
    this.label[id] = l;
    return id;
  }
  /** The node ids of the history ending at node (oldest first), into out; returns the length. */
  path(node: number, out: Int32Array): number {
    let len = 0;
    for (let x = node; x !== 0; x = this.parent[x] as number) len++;
    let i = len;
    for (let x = node; x !== 0; x = this.parent[x] as number) out[--i] = x;
    return len;
  }
}

/** Scratch space of a beam of one width (one per thread of work). */
export class BeamWorkspace {
  cur: ParserWorkspace[] = [];
  next: ParserWorkspace[] = [];
  readonly score: Float64Array;
  readonly nextScore: Float64Array;
  readonly candScore: Float64Array;
  readonly candParent: Int32Array;
  readonly candMove: Int32Array;
  /** training: the candidate keeps the sequence on a path to the gold tree (1) or not */
  readonly candGold: Uint8Array;
  readonly chosen: Int32Array;
  readonly taken: Uint8Array;
  /** states kept over all steps parsed (to measure the beam's average size) */
  statesKept = 0;
  /** the move histories of the states: node[i] is the last move of state i of the beam */
  readonly hist = new Histories();
  node: Int32Array;
  private nextNode: Int32Array;
  private path = new Int32Array(256);
  constructor(readonly width: number) {
    this.node = new Int32Array(width);
    this.nextNode = new Int32Array(width);
    for (let i = 0; i < width; i++) {
      this.cur.push(new ParserWorkspace());
      this.next.push(new ParserWorkspace());
    }
    this.score = new Float64Array(width);
    this.nextScore = new Float64Array(width);
    const c = width * N_MOVES;
    this.candScore = new Float64Array(c);
    this.candParent = new Int32Array(c);
    this.candMove = new Int32Array(c);
    this.candGold = new Uint8Array(c);
    this.chosen = new Int32Array(width);
    this.taken = new Uint8Array(c);
  }

  /**
   * Scores the moves of the `size` states of the beam into the candidate arrays (parent order, then move order);
   * returns their count. With gh (training), candGold says which keep a gold-reachable state (gold[i]: state i does).
   */
  expand(trans: Scorer, size: number, gh: Int32Array | null, gold: Uint8Array | null, cost: (ws: ParserWorkspace, m: number, gh: Int32Array) => number): number {
    let nc = 0;
    for (let i = 0; i < size; i++) {
      const ws = this.cur[i] as ParserWorkspace;
      const s = this.score[i] as number;
      const g = gold !== null && gold[i] === 1;
      if (ws.sp === 1) {
        this.addCand(nc++, i, SH, s, g);
        continue;
      }
      const nf = ws.features();
      const sc = ws.tscores;
      trans.score(ws.feats, nf, 0, sc);
      if (ws.b > ws.n) {
        this.addCand(nc++, i, END, s + (sc[RE] as number), g && endCost(ws, gh as Int32Array) === 0);
        continue;
      }
      for (let k = 0; k < N_MOVES; k++) {
        if (!ws.valid(k)) continue;
        this.addCand(nc++, i, k, s + (sc[k] as number), g && cost(ws, k, gh as Int32Array) === 0);
      }
    }
    return nc;
  }

  private addCand(c: number, parent: number, m: number, s: number, g: boolean): void {
    this.candParent[c] = parent;
    this.candMove[c] = m;
    this.candScore[c] = s;
    this.candGold[c] = g ? 1 : 0;
  }

  /**
   * The best min(width, nc) candidates into chosen[], best first (ties: the earlier candidate), leaving out those more
   * than `margin` below the best; returns their count.
   */
  select(nc: number, margin = Infinity): number {
    const k = Math.min(this.width, nc);
    const taken = this.taken;
    taken.fill(0, 0, nc);
    let floor = -Infinity;
    for (let j = 0; j < k; j++) {
      let best = -1;
      let bv = -Infinity;
      for (let c = 0; c < nc; c++) {
        if (taken[c] === 0 && (best < 0 || (this.candScore[c] as number) > bv)) { best = c; bv = this.candScore[c] as number; }
      }
      if (j === 0) floor = bv - margin;
      else if (bv < floor) return j;
      taken[best] = 1;
      this.chosen[j] = best;
    }
    return k;
  }

  /** Builds the next beam from the chosen candidates (labels[j]: the relation of chosen j's move) and makes it current. */
  advance(k: number, labels: Int32Array): void {
    for (let j = 0; j < k; j++) {
      const c = this.chosen[j] as number;
      const ws = this.next[j] as ParserWorkspace;
      ws.copyState(this.cur[this.candParent[c] as number] as ParserWorkspace);
      applyMove(ws, this.candMove[c] as number, labels[j] as number);
      this.nextScore[j] = this.candScore[c] as number;
      this.nextNode[j] = this.hist.add(this.node[this.candParent[c] as number] as number, this.candMove[c] as number, labels[j] as number);
    }
    const tn = this.node;
    this.node = this.nextNode;
    this.nextNode = tn;
    const t = this.cur;
    this.cur = this.next;
    this.next = t;
    this.score.set(this.nextScore.subarray(0, k));
  }

  /** Starts a sentence: every state of the beam takes the sentence of ws in its initial state. */
  start(ws: ParserWorkspace): void {
    for (let i = 0; i < this.width; i++) {
      (this.cur[i] as ParserWorkspace).initLike(ws);
      (this.next[i] as ParserWorkspace).initLike(ws);
    }
    this.score[0] = 0;
    this.node[0] = 0;
    this.hist.reset();
  }

  /** Replays the moves of history `node` on ws (in its initial state): the whole tree, as the beam's states keep only what parsing reads. */
  replay(ws: ParserWorkspace, node: number): void {
    if (this.path.length < 2 * ws.n + 1) this.path = new Int32Array(4 * ws.n + 2);
    const len = this.hist.path(node, this.path);
    for (let s = 0; s < len; s++) {
      const x = this.path[s] as number;
      applyMove(ws, this.hist.move[x] as number, this.hist.label[x] as number);
    }
  }

  /** labels of the chosen candidates (scratch) */
  readonly labels = new Int32Array(64);

  /** The relations of the chosen candidates' moves, into labels[]. */
  labelChosen(labeler: Scorer, k: number, dict: ParseDictionaries | null): void {
    for (let j = 0; j < k; j++) {
      const c = this.chosen[j] as number;
      const m = this.candMove[c] as number;
      // features() of the parent is current: expand() computed it, and nothing since has changed the parent
      this.labels[j] = m === SH || m === RE ? 0 : moveLabel(labeler, this.cur[this.candParent[c] as number] as ParserWorkspace, dict, m);
    }
  }
}

const noCost = (): number => 0;

/**
 * Longer sentences are parsed greedily: a state copy costs the stack, and in a run of words that never reduce (a table
 * or list the sentence splitter left whole) the stack grows with the sentence, which would make the beam quadratic.
 * The longest training sentence has 159 words, the longest dev one 88.
 */
export const BEAM_MAX_WORDS = 250;

/** The oracle cost of END: 1 when it attaches a headless s0 to another word than its gold head. */
function endCost(ws: ParserWorkspace, gh: Int32Array): number {
  const s0 = ws.s0;
  return (ws.head[s0] as number) < 0 && gh[s0] !== ws.finalHead() ? 1 : 0;
}

/**
 * Parses the sentence set up in ws (init already called) with a beam of bw.width; heads and labels end in ws.head /
 * ws.label, as after parseState (paired punctuation re-attached).
 */
export function parseBeam(trans: Scorer, labeler: Scorer, ws: ParserWorkspace, bw: BeamWorkspace, dict: ParseDictionaries | null = null, margin = Infinity): void {
  if (ws.n > BEAM_MAX_WORDS) {
    parseState(trans, labeler, ws, dict);
    return;
  }
  bw.start(ws);
  let size = 1;
  const steps = 2 * ws.n;
  for (let t = 0; t < steps; t++) {
    const nc = bw.expand(trans, size, null, null, noCost);
    size = bw.select(nc, margin);
    bw.statesKept += size;
    bw.labelChosen(labeler, size, dict);
    bw.advance(size, bw.labels);
  }
  bw.replay(ws, bw.node[0] as number);
  ws.attachPairs();
}

// ---------------------------------------------------------------- training

/** Max-violation training state for one beam width (one per training run). */
export class BeamTrainer {
  readonly bw: BeamWorkspace;
  private gold: Uint8Array;
  private nextGold: Uint8Array;
  private readonly gws = new ParserWorkspace();
  private readonly rws = new ParserWorkspace();
  private pathA = new Int32Array(256);
  private pathB = new Int32Array(256);
  /** sentences with an update, and sentences whose best sequence at the end was gold-reachable */
  updates = 0;
  rightAtEnd = 0;
  constructor(width: number) {
    this.bw = new BeamWorkspace(width);
    this.gold = new Uint8Array(width);
    this.nextGold = new Uint8Array(width);
  }

  /**
   * One sentence (ws initialised with it, gh its projective gold heads): beam search; the gold sequence is the best
   * gold-reachable one in the beam while there is one, then extended alone by its best zero-cost move (Goldberg &
   * Nivre's oracle costs, `cost`); at the step where the best sequence beats the gold one by most, the gold prefix's
   * features are rewarded and the best prefix's penalised (the shared prefix cancels and is skipped).
   */
  train(trans: TrainTable, labeler: Scorer, ws: ParserWorkspace, gh: Int32Array, cost: (ws: ParserWorkspace, m: number, gh: Int32Array) => number): void {
    const bw = this.bw;
    const hist = bw.hist;
    bw.start(ws);
    this.gws.initLike(ws);
    let size = 1;
    this.gold[0] = 1;
    let goldIn = true;
    let goldNode = 0;
    let goldScore = 0;
    let maxV = 0;
    let vBest = -1;
    let vGold = -1;
    const steps = 2 * ws.n;
    const gws = this.gws;
    for (let t = 0; t < steps; t++) {
      const nc = bw.expand(trans, size, gh, this.gold, cost);
      let goldCand = -1;
      if (goldIn) {
        // the best gold-reachable candidate (the gold sequence's next state if it leaves the beam now)
        for (let c = 0; c < nc; c++) if (bw.candGold[c] === 1 && (goldCand < 0 || (bw.candScore[c] as number) > (bw.candScore[goldCand] as number))) goldCand = c;
        if (goldCand < 0) {
          // no zero-cost move (should not happen): the cheapest move of the best gold state
          let p = 0;
          while (p < size - 1 && this.gold[p] !== 1) p++;
          const pws = bw.cur[p] as ParserWorkspace;
          let bc = Infinity;
          for (let c = 0; c < nc; c++) {
            if (bw.candParent[c] !== p) continue;
            const mc = bw.candMove[c] as number;
            const k = mc === END ? endCost(pws, gh) : cost(pws, mc, gh);
            if (k < bc) { bc = k; goldCand = c; }
          }
          bw.candGold[goldCand] = 1;
        }
      }
      const k = bw.select(nc);
      bw.labelChosen(labeler, k, null);
      let goldAt = -1;
      for (let j = 0; j < k; j++) {
        const c = bw.chosen[j] as number;
        this.nextGold[j] = bw.candGold[c] as number;
        if (goldAt < 0 && bw.candGold[c] === 1) goldAt = j;
      }
      if (goldIn && goldAt < 0) {
        // the gold sequence falls off the beam: it continues alone in gws
        const c = goldCand;
        const pws = bw.cur[bw.candParent[c] as number] as ParserWorkspace;
        const m = bw.candMove[c] as number;
        const l = m === SH || m === RE ? 0 : moveLabel(labeler, pws, null, m);
        gws.copyState(pws);
        applyMove(gws, m, l);
        goldNode = hist.add(bw.node[bw.candParent[c] as number] as number, m, l);
        goldScore = bw.candScore[c] as number;
        goldIn = false;
      } else if (!goldIn) {
        let m = SH;
        let l = 0;
        if (gws.sp > 1) {
          const nf = gws.features();
          trans.score(gws.feats, nf, 0, gws.tscores);
          if (gws.b > gws.n) {
            m = END;
            goldScore += gws.tscores[RE] as number;
          } else {
            let bc = Infinity;
            let bs = -Infinity;
            for (let q = 0; q < N_MOVES; q++) {
              if (!gws.valid(q)) continue;
              const cq = cost(gws, q, gh);
              const sq = gws.tscores[q] as number;
              if (cq < bc || (cq === bc && sq > bs)) { bc = cq; bs = sq; m = q; }
            }
            goldScore += bs;
          }
          l = m === SH || m === RE ? 0 : moveLabel(labeler, gws, null, m);
        }
        applyMove(gws, m, l);
        goldNode = hist.add(goldNode, m, l);
      }
      bw.advance(k, bw.labels);
      const tg = this.gold;
      this.gold = this.nextGold;
      this.nextGold = tg;
      size = k;
      if (goldIn) {
        goldNode = bw.node[goldAt] as number;
        goldScore = bw.score[goldAt] as number;
      }
      const v = (bw.score[0] as number) - goldScore;
      if (v > maxV) {
        maxV = v;
        vBest = bw.node[0] as number;
        vGold = goldNode;
      }
    }
    if (this.gold[0] === 1) this.rightAtEnd++;
    trans.step++;
    if (vBest < 0) return;
    this.updates++;
    const need = steps + 1;
    if (this.pathA.length < need) {
      this.pathA = new Int32Array(need * 2);
      this.pathB = new Int32Array(need * 2);
    }
    const la = hist.path(vGold, this.pathA);
    const lb = hist.path(vBest, this.pathB);
    let div = 0;
    while (div < la && div < lb && hist.move[this.pathA[div] as number] === hist.move[this.pathB[div] as number]) div++;
    this.replay(trans, ws, this.pathA, la, div, 1);
    this.replay(trans, ws, this.pathB, lb, div, -1);
  }

  /** Re-runs the moves of a history, updating the weights of those from step `from` on by delta. */
  private replay(trans: TrainTable, ws: ParserWorkspace, path: Int32Array, len: number, from: number, delta: number): void {
    const r = this.rws;
    r.initLike(ws);
    const hist = this.bw.hist;
    for (let s = 0; s < len; s++) {
      const x = path[s] as number;
      const m = hist.move[x] as number;
      if (s >= from && r.sp > 1) {
        const nf = r.features();
        trans.update(r.feats, nf, 0, m === END ? RE : m, delta);
      }
      applyMove(r, m, hist.label[x] as number);
    }
  }
}
