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

/**
 * The run-time scorer over a packed table with many classes (tagger, labeler): each bucket keeps only its non-zero
 * (class, int16 weight) pairs, so a feature costs the few classes it speaks for rather than all of them.
 */
export class PackedScorer implements Scorer {
  private readonly mask: number;
  /** bucket b's entries are span[2b] .. span[2b+1] (start and end side by side: one memory access) */
  private readonly span: Int32Array;
  /** one entry per non-zero weight: (int16 weight << 8) | class */
  private readonly ent: Int32Array;
  private readonly scale: number;
  private readonly acc: Int32Array;
  /** scratch: the entry ranges of the features being scored */
  private lo = new Int32Array(64);
  private hi = new Int32Array(64);
  readonly C: number;
  /** non-zero weights kept */
  readonly entries: number;
  constructor(table: WeightTable) {
    const C = table.C;
    this.C = C;
    this.mask = (1 << table.bits) - 1;
    let maxAbs = 0;
    for (let i = 0; i < table.w.length; i++) maxAbs = Math.max(maxAbs, Math.abs(table.w[i] as number));
    this.scale = maxAbs > 0 ? maxAbs / 32767 : 1;
    const nRows = table.w.length / C;
    let nz = 0;
    const q = new Int16Array(table.w.length);
    for (let i = 0; i < q.length; i++) {
      q[i] = Math.round((table.w[i] as number) / this.scale);
      if (q[i] !== 0) nz++;
    }
    const rowStart = new Int32Array(nRows + 1);
    if (C > 256) throw new Error(`PackedScorer: at most 256 classes (got ${C})`);
    this.ent = new Int32Array(nz);
    let e = 0;
    for (let r = 0; r < nRows; r++) {
      rowStart[r] = e;
      for (let c = 0; c < C; c++) {
        const v = q[r * C + c] as number;
        if (v !== 0) this.ent[e++] = (v << 8) | c;
      }
    }
    rowStart[nRows] = e;
    this.entries = e;
    this.span = new Int32Array(table.rowOf.length * 2);
    for (let b = 0; b < table.rowOf.length; b++) {
      const r = table.rowOf[b] as number;
      if (r < 0) continue;
      this.span[2 * b] = rowStart[r] as number;
      this.span[2 * b + 1] = rowStart[r + 1] as number;
    }
    this.acc = new Int32Array(C);
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
    if (this.lo.length < nf) {
      this.lo = new Int32Array(nf);
      this.hi = new Int32Array(nf);
    }
    const lo = this.lo;
    const hi = this.hi;
    for (let i = 0; i < nf; i++) {
      const b = (((feats[i] as number) + salt) & mask) << 1;
      lo[i] = span[b] as number;
      hi[i] = span[b + 1] as number;
    }
    acc.fill(0);
    for (let i = 0; i < nf; i++) {
      const e1 = hi[i] as number;
      for (let e = lo[i] as number; e < e1; e++) {
        const x = ent[e] as number;
        const c = x & 255;
        acc[c] = (acc[c] as number) + (x >> 8);
      }
    }
    const k = this.scale;
    for (let c = 0; c < C; c++) out[c] = (acc[c] as number) * k;
  }
}

/**
 * The run-time scorer for a table read on every move (the transitions): dense int16 rows, one memory access per
 * feature instead of two (no rowOf indirection).
 */
export class DenseScorer implements Scorer {
  private readonly mask: number;
  private readonly w: Int16Array;
  private readonly scale: number;
  readonly C: number;
  constructor(table: WeightTable) {
    const C = table.C;
    this.C = C;
    this.mask = (1 << table.bits) - 1;
    let maxAbs = 0;
    for (let i = 0; i < table.w.length; i++) maxAbs = Math.max(maxAbs, Math.abs(table.w[i] as number));
    this.scale = maxAbs > 0 ? maxAbs / 32767 : 1;
    this.w = new Int16Array((1 << table.bits) * C);
    for (let b = 0; b < table.rowOf.length; b++) {
      const r = table.rowOf[b] as number;
      if (r < 0) continue;
      for (let c = 0; c < C; c++) this.w[b * C + c] = Math.round((table.w[r * C + c] as number) / this.scale);
    }
  }

  score(feats: Int32Array, nf: number, salt: number, out: Float32Array): void {
    const C = this.C;
    const mask = this.mask;
    const w = this.w;
    if (C === 4) {
      let a = 0;
      let b = 0;
      let c = 0;
      let d = 0;
      for (let i = 0; i < nf; i++) {
        const base = (((feats[i] as number) + salt) & mask) << 2;
        a += w[base] as number;
        b += w[base + 1] as number;
        c += w[base + 2] as number;
        d += w[base + 3] as number;
      }
      const k = this.scale;
      out[0] = a * k;
      out[1] = b * k;
      out[2] = c * k;
      out[3] = d * k;
      return;
    }
    for (let c = 0; c < C; c++) out[c] = 0;
    for (let i = 0; i < nf; i++) {
      const base = (((feats[i] as number) + salt) & mask) * C;
      for (let c = 0; c < C; c++) out[c] = (out[c] as number) + (w[base + c] as number);
    }
    for (let c = 0; c < C; c++) out[c] = (out[c] as number) * this.scale;
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
