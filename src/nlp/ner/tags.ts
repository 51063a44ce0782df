// The tagger's label set: O plus B-/I- for each output type, and BIO span decoding.
import type { EntityType } from '../../core/analysis.js';

/** Output types, in label order. LOC covers every place (a later gazetteer step splits GPE/FAC). */
export const NER_TYPES = ['PERSON', 'ORG', 'LOC', 'NORP', 'EVENT', 'OTHER'] as const satisfies readonly EntityType[];
export type NerType = (typeof NER_TYPES)[number];

/** Number of labels: O + B/I per type. Label 0 is O, 1 + 2k is B-type k, 2 + 2k is I-type k. */
export const N_LABELS = 1 + 2 * NER_TYPES.length;
export const O = 0;
export const bLabel = (type: number): number => 1 + 2 * type;
export const iLabel = (type: number): number => 2 + 2 * type;
export const isB = (label: number): boolean => label > 0 && (label & 1) === 1;
export const isI = (label: number): boolean => label > 0 && (label & 1) === 0;
export const typeOf = (label: number): number => (label - 1) >> 1;

export const LABEL_NAMES: readonly string[] = ['O', ...NER_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];

/** Corpus tag (after B-/I-) -> output type index; unknown tags read as O. */
const CORPUS_TYPE: Readonly<Record<string, NerType>> = {
  PER: 'PERSON', PERSON: 'PERSON',
  ORG: 'ORG',
  LOC: 'LOC', GPE: 'LOC', FAC: 'LOC',
  NORP: 'NORP',
  EVENT: 'EVENT',
  MISC: 'OTHER', OTHER: 'OTHER',
};

/** Maps one corpus IOB2 tag ("B-PER", "I-GPE", "O") to a label id. */
export function labelOfCorpusTag(tag: string): number {
  if (tag === 'O' || tag.length < 3 || tag[1] !== '-') return O;
  const t = CORPUS_TYPE[tag.slice(2)];
  if (!t) return O;
  const k = NER_TYPES.indexOf(t);
  return tag[0] === 'B' ? bLabel(k) : tag[0] === 'I' ? iLabel(k) : O;
}

/** BIO may only continue a span of the same type: true when label `cur` may follow `prev`. */
export function allowedTransition(prev: number, cur: number): boolean {
  if (!isI(cur)) return true;
  return prev !== O && typeOf(prev) === typeOf(cur);
}

export interface Span {
  /** token offsets, end exclusive */
  start: number;
  end: number;
  type: number;
}

/** Reads spans from labels [from, to); a stray I- opens a span (lenient, like conlleval). */
export function spansOf(labels: ArrayLike<number>, from = 0, to = labels.length): Span[] {
  const out: Span[] = [];
  let cur: Span | null = null;
  for (let i = from; i < to; i++) {
    const l = labels[i] as number;
    if (l === O) {
      if (cur) { out.push(cur); cur = null; }
      continue;
    }
    const t = typeOf(l);
    if (isB(l) || !cur || cur.type !== t) {
      if (cur) out.push(cur);
      cur = { start: i, end: i + 1, type: t };
    } else {
      cur.end = i + 1;
    }
  }
  if (cur) out.push(cur);
  return out;
}
