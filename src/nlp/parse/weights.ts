// Hashed linear scorers: feature hash -> bucket -> a row of one weight per class. Training tables are dense and
// averaged (the w - u/c trick); shipped tables keep only the buckets that have weights (rowOf indirection).

/** A packed, read-only weight table: rowOf[bucket] is the row of that bucket in w (-1: no weights). */
export interface WeightTable {
  readonly bits: number;
  /** classes per row */
  readonly C: number;
  readonly rowOf: Int32Array;
  readonly w: Float32Array;
}

/** Something that scores features: a packed table at run time, a training table while learning. */
export interface Scorer {
  /** Sets out[0..C) to the summed rows of features feats[0..nf), each hash offset by salt. */
  score(feats: Int32Array, nf: number, salt: number, out: Float32Array): void;
}

/** The weights w quantised to int16 with one scale (largest |w| -> 32767): the step of one level, and the levels. */
function int16Levels(w: Float32Array): { scale: number; q: Int16Array } {
  let maxAbs = 0;
  for (let i = 0; i < w.length; i++) maxAbs = Math.max(maxAbs, Math.abs(w[i] as number));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const q = new Int16Array(w.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round((w[i] as number) / scale);
  return { scale, q };
}

/** A packed table in the run-time layout of PackedScorer (what the run-time cache file stores, see runtime.ts). */
export interface PackedLayout {
  readonly bits: number;
  readonly C: number;
  /** bucket b's entries: (first entry << 8) | count, one int32 per bucket */
  readonly span: Int32Array;
  /** one entry per non-zero weight: (int16 weight << 8) | class */
  readonly ent: Int32Array;
  /** the weight of one int16 level */
  readonly scale: number;
}

/**
 * Re-lays a packed table for PackedScorer: each bucket keeps only its non-zero (class, int16 weight) pairs, and of
 * those only the ones whose magnitude is at least `minLevel` int16 levels (0: all of them).
 */
export function packedLayout(table: WeightTable, minLevel = 0): PackedLayout {
  const C = table.C;
  const { scale, q } = int16Levels(table.w);
  const nRows = table.w.length / C;
  const kept = (v: number): boolean => v !== 0 && Math.abs(v) >= minLevel;
  let nz = 0;
  for (let i = 0; i < q.length; i++) if (kept(q[i] as number)) nz++;
  const rowStart = new Int32Array(nRows + 1);
  if (C > 255) throw new Error(`PackedScorer: at most 255 classes (got ${C})`);
  if (nz >= 1 << 23) throw new Error(`PackedScorer: at most 2^23 weights (got ${nz})`);
  const ent = new Int32Array(nz);
  let e = 0;
  for (let r = 0; r < nRows; r++) {
    rowStart[r] = e;
    for (let c = 0; c < C; c++) {
      const v = q[r * C + c] as number;
      if (kept(v)) ent[e++] = (v << 8) | c;
    }
  }
  rowStart[nRows] = e;
  const span = new Int32Array(table.rowOf.length);
  for (let b = 0; b < table.rowOf.length; b++) {
    const r = table.rowOf[b] as number;
    if (r < 0) continue;
    const start = rowStart[r] as number;
    span[b] = (start << 8) | ((rowStart[r + 1] as number) - start);
  }
  return { bits: table.bits, C, span, ent, scale };
}

/**
 * The run-time scorer over a packed table with many classes (tagger, labeler): each bucket keeps only its non-zero
 * (class, int16 weight) pairs, so a feature costs the few classes it speaks for rather than all of them.
 */
export class PackedScorer implements Scorer {
  private readonly mask: number;
  private readonly span: Int32Array;
  private readonly ent: Int32Array;
  private readonly scale: number;
  private readonly acc: Int32Array;
  /** scratch: the span word ((first entry << 8) | count) of each feature being scored */
  private spans = new Int32Array(64);
  /** the OR of the entries score() read ahead (kept so that the reads are not optimised away) */
  touched = 0;
  readonly C: number;
  /** non-zero weights kept */
  readonly entries: number;
  constructor(readonly layout: PackedLayout) {
    if (layout.span.length !== 1 << layout.bits) throw new Error('PackedScorer: span table does not match its bits');
    this.C = layout.C;
    this.mask = (1 << layout.bits) - 1;
    this.scale = layout.scale;
    this.span = layout.span;
    this.ent = layout.ent;
    this.entries = layout.ent.length;
    this.acc = new Int32Array(layout.C);
  }

  static of(table: WeightTable): PackedScorer {
    return new PackedScorer(packedLayout(table));
  }

  /**
   * Two passes, so that the memory reads of different features do not wait on each other (the tables are far larger
   * than the caches): first every feature's entry range, then the entries.
   */
  score(feats: Int32Array, nf: number, salt: number, out: Float32Array): void {
    const C = this.C;
    const mask = this.mask;
    const acc = this.acc;
    const ent = this.ent;
    const span = this.span;
    if (this.spans.length < nf) this.spans = new Int32Array(nf);
    const spans = this.spans;
    for (let i = 0; i < nf; i++) spans[i] = span[((feats[i] as number) + salt) & mask] as number;
    // the first entry of every feature read back to back, with no data-dependent branch between the reads, so that
    // their cache misses overlap; the summing loop below then finds them in cache
    let touch = 0;
    for (let i = 0; i < nf; i++) touch |= ent[(spans[i] as number) >> 8] as number;
    this.touched = touch;
    for (let c = 0; c < C; c++) acc[c] = 0; // a loop: for 17 or 57 classes, cheaper than the call to fill()
    // four entries a step (the sums are of integers: the same in any order). With the span words kept whole rather
    // than as two arrays of bounds, and the loop above, tagging and parsing take about 7 % less time (parser-only A/B).
    for (let i = 0; i < nf; i++) {
      const x0 = spans[i] as number;
      let e = x0 >> 8;
      const e1 = e + (x0 & 255);
      for (; e + 3 < e1; e += 4) {
        const x = ent[e] as number;
        const y = ent[e + 1] as number;
        const z = ent[e + 2] as number;
        const w = ent[e + 3] as number;
        acc[x & 255] = (acc[x & 255] as number) + (x >> 8);
        acc[y & 255] = (acc[y & 255] as number) + (y >> 8);
        acc[z & 255] = (acc[z & 255] as number) + (z >> 8);
        acc[w & 255] = (acc[w & 255] as number) + (w >> 8);
      }
      for (; e < e1; e++) {
        const x = ent[e] as number;
        acc[x & 255] = (acc[x & 255] as number) + (x >> 8);
      }
    }
    const k = this.scale;
    for (let c = 0; c < C; c++) out[c] = (acc[c] as number) * k;
  }
}

/** A transition table in the run-time layout of DenseScorer. */
export interface DenseLayout {
  readonly bits: number;
  readonly C: number;
  /** one byte code per weight, 2^bits rows of C */
  readonly w: Uint8Array;
  /** code -> weight (0 and 128 are zero; 129..255 are the negatives of 1..127) */
  readonly lut: Float32Array;
}

/**
 * Re-lays a packed table for DenseScorer: dense rows of one byte per weight, a sign and one of 127 magnitude levels
 * spaced logarithmically between the smallest and the largest int16-quantised weight (relative error under 5 %); a
 * level stands for the mean of the weights it holds.
 */
export function denseLayout(table: WeightTable): DenseLayout {
  const C = table.C;
  const lut = new Float32Array(256);
  // int16 levels (as in the file), then their log-spaced magnitude bins
  const { scale, q } = int16Levels(table.w);
  const count = new Float64Array(32768);
  for (let i = 0; i < q.length; i++) {
    const a = Math.abs(q[i] as number);
    count[a] = (count[a] as number) + 1;
  }
  const levels = 127;
  const step = Math.log(32768) / levels;
  const codeOf = new Uint8Array(32768);
  const sum = new Float64Array(levels + 1);
  const num = new Float64Array(levels + 1);
  for (let a = 1; a < 32768; a++) {
    const k = Math.min(levels, 1 + Math.floor(Math.log(a) / step));
    codeOf[a] = k;
    sum[k] = (sum[k] as number) + a * (count[a] as number);
    num[k] = (num[k] as number) + (count[a] as number);
  }
  for (let k = 1; k <= levels; k++) {
    const a = (num[k] as number) > 0 ? (sum[k] as number) / (num[k] as number) : Math.exp((k - 0.5) * step);
    lut[k] = a * scale;
    lut[128 + k] = -a * scale;
  }
  const w = new Uint8Array((1 << table.bits) * C);
  for (let b = 0; b < table.rowOf.length; b++) {
    const r = table.rowOf[b] as number;
    if (r < 0) continue;
    for (let c = 0; c < C; c++) {
      const v = q[r * C + c] as number;
      w[b * C + c] = v > 0 ? (codeOf[v] as number) : v < 0 ? 128 + (codeOf[-v] as number) : 0;
    }
  }
  return { bits: table.bits, C, w, lut };
}

/**
 * The run-time scorer for a table read on every move (the transitions): dense rows of one byte per weight (see
 * denseLayout), no rowOf indirection, so a feature costs one memory access and the table is a quarter of float32 (the
 * reads, not the arithmetic, bound the parser).
 */
export class DenseScorer implements Scorer {
  private readonly mask: number;
  private readonly w: Uint8Array;
  /** w as one 32-bit word per row (four classes) */
  private readonly w4: Int32Array;
  private readonly lut: Float32Array;
  /** scratch: the row of each feature being scored */
  private rows = new Int32Array(128);
  readonly C: number;
  constructor(readonly layout: DenseLayout) {
    const C = layout.C;
    if (layout.w.length !== (1 << layout.bits) * C || layout.lut.length !== 256) throw new Error('DenseScorer: table does not match its bits');
    this.C = C;
    this.mask = (1 << layout.bits) - 1;
    this.w = layout.w;
    this.lut = layout.lut;
    if (new Uint8Array(Uint32Array.of(1).buffer)[0] !== 1) throw new Error('DenseScorer: big-endian platforms are not supported');
    this.w4 = C === 4 ? new Int32Array(this.w.buffer, this.w.byteOffset, this.w.length >> 2) : new Int32Array(0);
  }

  static of(table: WeightTable): DenseScorer {
    return new DenseScorer(denseLayout(table));
  }

  score(feats: Int32Array, nf: number, salt: number, out: Float32Array): void {
    const C = this.C;
    const mask = this.mask;
    const w = this.w;
    const lut = this.lut;
    if (C === 4) {
      let a = 0;
      let b = 0;
      let c = 0;
      let d = 0;
      // the four bytes of a row in one read (typed arrays use the platform's order: little-endian on x86 and ARM).
      // Two passes: every feature's row first, in a loop short enough that many of the reads (each a cache miss: the
      // table is far larger than the caches) are under way at once, then the rows' weights, added in the same order
      // as before (the same scores to the bit).
      const w4 = this.w4;
      if (this.rows.length < nf) this.rows = new Int32Array(nf);
      const rows = this.rows;
      for (let i = 0; i < nf; i++) rows[i] = w4[((feats[i] as number) + salt) & mask] as number;
      for (let i = 0; i < nf; i++) {
        const x = rows[i] as number;
        a += lut[x & 255] as number;
        b += lut[(x >>> 8) & 255] as number;
        c += lut[(x >>> 16) & 255] as number;
        d += lut[x >>> 24] as number;
      }
      out[0] = a;
      out[1] = b;
      out[2] = c;
      out[3] = d;
      return;
    }
    for (let c = 0; c < C; c++) out[c] = 0;
    for (let i = 0; i < nf; i++) {
      const base = (((feats[i] as number) + salt) & mask) * C;
      for (let c = 0; c < C; c++) out[c] = (out[c] as number) + (lut[w[base + c] as number] as number);
    }
  }
}

/** Averaged weights of a training table, as a scorer (for measuring during training without stopping it). */
export class AveragedView implements Scorer {
  readonly w: Float32Array;
  private readonly mask: number;
  constructor(w: Float32Array, u: Float64Array, step: number, readonly bits: number, readonly C: number) {
    this.mask = (1 << bits) - 1;
    this.w = new Float32Array(w.length);
    for (let j = 0; j < w.length; j++) this.w[j] = (w[j] as number) - (u[j] as number) / step;
  }

  score(feats: Int32Array, nf: number, salt: number, out: Float32Array): void {
    const C = this.C;
    const w = this.w;
    for (let c = 0; c < C; c++) out[c] = 0;
    for (let i = 0; i < nf; i++) {
      const base = (((feats[i] as number) + salt) & this.mask) * C;
      for (let c = 0; c < C; c++) out[c] = (out[c] as number) + (w[base + c] as number);
    }
  }
}

/** A dense averaged-perceptron table for training. */
export class TrainTable implements Scorer {
  readonly mask: number;
  readonly w: Float32Array;
  /** sum of step * delta, for averaging */
  private readonly u: Float64Array;
  /** step counter (number of examples seen + 1) */
  step = 1;

  constructor(readonly bits: number, readonly C: number) {
    this.mask = (1 << bits) - 1;
    this.w = new Float32Array((1 << bits) * C);
    this.u = new Float64Array((1 << bits) * C);
  }

  score(feats: Int32Array, nf: number, salt: number, out: Float32Array): void {
    const C = this.C;
    const w = this.w;
    for (let c = 0; c < C; c++) out[c] = 0;
    for (let i = 0; i < nf; i++) {
      const base = (((feats[i] as number) + salt) & this.mask) * C;
      for (let c = 0; c < C; c++) out[c] = (out[c] as number) + (w[base + c] as number);
    }
  }

  /** w[f][cls] += delta for every feature. */
  update(feats: Int32Array, nf: number, salt: number, cls: number, delta: number): void {
    const C = this.C;
    const k = this.step * delta;
    for (let i = 0; i < nf; i++) {
      const j = (((feats[i] as number) + salt) & this.mask) * C + cls;
      this.w[j] = (this.w[j] as number) + delta;
      this.u[j] = (this.u[j] as number) + k;
    }
  }

  /** The averaged weights so far, as a separate scorer. */
  averagedView(): AveragedView {
    return new AveragedView(this.w, this.u, this.step, this.bits, this.C);
  }

  /** Replaces the weights by their averages (training is over after this). */
  average(): void {
    const c = this.step;
    for (let j = 0; j < this.w.length; j++) this.w[j] = (this.w[j] as number) - (this.u[j] as number) / c;
    this.u.fill(0);
  }

  /** Starts from a packed table's weights (same bits and classes): continued training of a trained model. */
  setWeights(t: WeightTable): void {
    if (t.bits !== this.bits || t.C !== this.C) throw new Error('TrainTable.setWeights: tables differ in shape');
    const C = this.C;
    this.w.fill(0);
    for (let b = 0; b < t.rowOf.length; b++) {
      const r = t.rowOf[b] as number;
      if (r >= 0) this.w.set(t.w.subarray(r * C, r * C + C), b * C);
    }
  }

  /** Adds k times another table's weights (same shape) to this one's: mixing the averaged weights of several runs. */
  addScaled(other: TrainTable, k: number): void {
    if (other.w.length !== this.w.length) throw new Error('TrainTable.addScaled: tables differ in shape');
    for (let j = 0; j < this.w.length; j++) this.w[j] = (this.w[j] as number) + k * (other.w[j] as number);
  }

  /** The weights (call average() first), packed: buckets whose largest weight is below minAbs are dropped. */
  pack(minAbs: number): WeightTable {
    const C = this.C;
    const buckets = 1 << this.bits;
    const w = this.w;
    const rowOf = new Int32Array(buckets).fill(-1);
    let rows = 0;
    for (let b = 0; b < buckets; b++) {
      for (let k = 0; k < C; k++) {
        if (Math.abs(w[b * C + k] as number) >= minAbs) {
          rowOf[b] = rows++;
          break;
        }
      }
    }
    const out = new Float32Array(rows * C);
    for (let b = 0; b < buckets; b++) {
      const r = rowOf[b] as number;
      if (r >= 0) out.set(w.subarray(b * C, b * C + C), r * C);
    }
    return { bits: this.bits, C, rowOf, w: out };
  }
}

/** Index of the largest of out[0..C). */
export function argmax(out: Float32Array, C: number): number {
  let best = 0;
  let bv = out[0] as number;
  for (let c = 1; c < C; c++) if ((out[c] as number) > bv) { bv = out[c] as number; best = c; }
  return best;
}
