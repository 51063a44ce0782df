// Tags token windows with a model; buffers are reused across calls, so one Tagger per thread.
import { N_FEATURES, TokenColumns, extractFeatures } from './features.js';
import { ViterbiScratch, bucketIndex, scoreEmissions, viterbi } from './decode.js';
import type { NerModel } from './model.js';
import { N_LABELS } from './tags.js';
import { joinNameParticles, personSurnames } from './particles.js';
import { DocMemory } from './history.js';
import { harmonizeTypes } from './harmonize.js';

/** Longer sentences are tagged in windows of this many tokens (keeps buffers small; decoding stays linear). */
export const MAX_WINDOW = 256;

/** each model's bucketIndex, built once (a scan of its 2^bits buckets) however many taggers read the model */
const INDEXES = new WeakMap<NerModel, Int32Array | null>();
function indexOf(model: NerModel): Int32Array | null {
  let index = INDEXES.get(model);
  if (index === undefined) {
    index = bucketIndex(model.rowOf);
    INDEXES.set(model, index);
  }
  return index;
}

export class Tagger {
  readonly model: NerModel;
  private readonly mask: number;
  /** model.rowOf in its compact layout (decode.ts, bucketIndex), null when its rows are not in bucket order */
  private readonly index: Int32Array | null;
  private readonly cols = new TokenColumns();
  private feats = new Int32Array(MAX_WINDOW * N_FEATURES);
  private emit = new Float32Array(MAX_WINDOW * N_LABELS);
  private labels = new Uint8Array(MAX_WINDOW);
  private readonly scratch = new ViterbiScratch();
  private readonly memory = new DocMemory();
  /** use the document memory (labels of earlier sentences) when tagging a document; off for models trained without */
  useMemory: boolean;

  constructor(model: NerModel) {
    this.model = model;
    this.mask = (1 << model.meta.bits) - 1;
    this.index = indexOf(model);
    this.useMemory = model.meta.training['memory'] === true;
  }

  /** Labels of words[from, to) (one sentence) written to out[from, to); pos indexed like words. */
  tagSentence(words: readonly string[], from: number, to: number, out: Uint8Array, pos: ArrayLike<number> | null = null): void {
    this.memory.reset();
    this.tagInDocument(words, from, to, out, pos);
  }

  /** tagSentence for the next sentence of a document: reads and then extends the document memory. */
  private tagInDocument(words: readonly string[], from: number, to: number, out: Uint8Array, pos: ArrayLike<number> | null): void {
    const cols = this.cols;
    for (let a = from; a < to; a += MAX_WINDOW) {
      const b = Math.min(to, a + MAX_WINDOW);
      const n = b - a;
      cols.fill(words, a, b, this.model, pos);
      if (this.useMemory) this.memory.lookup(cols.lower, cols.flags, n, cols.hist1, cols.hist2);
      extractFeatures(cols, this.mask, this.feats);
      scoreEmissions(this.feats, n, this.model.weights, this.model.rowOf, this.emit, this.index);
      viterbi(this.emit, n, this.model.trans, this.scratch, this.labels);
      out.set(this.labels.subarray(0, n), a);
      joinNameParticles(words, out, a, b);
      if (this.useMemory) this.memory.record(cols.lower, cols.flags, out.subarray(a, b), n);
    }
  }

  /**
   * Labels for all words; sentences given as [sentStart[k], sentEnd[k]) (default: one sentence).
   * Tokens outside every sentence stay O.
   */
  tag(
    words: readonly string[],
    pos: ArrayLike<number> | null,
    sentStart?: ArrayLike<number>,
    sentEnd?: ArrayLike<number>,
  ): Uint8Array {
    const out = new Uint8Array(words.length);
    if (!sentStart || !sentEnd) {
      this.tagSentence(words, 0, words.length, out, pos);
      return out;
    }
    this.memory.reset();
    for (let k = 0; k < sentStart.length; k++) {
      const a = Math.max(0, sentStart[k] as number);
      const b = Math.min(words.length, sentEnd[k] as number);
      if (b > a) this.tagInDocument(words, a, b, out, pos);
    }
    harmonizeTypes(words, out);
    personSurnames(words, out);
    return out;
  }
}
