// One type per name per document: the tagger types each occurrence from a ±2-token window, so one name can come
// out as PERSON in one sentence and LOC in the next. All occurrences of a name (same lower-case token sequence)
// take the type most of them got (ties: the earliest type in NER_TYPES order).
import { lowerHash } from './hash.js';
import { phraseHash } from './gazetteer.js';
import { NER_TYPES, bLabel, iLabel, spansOf } from './tags.js';

const N_TYPES = NER_TYPES.length;

/** Re-types the mentions in `labels` (BIO label ids over `words`, one document) in place. */
export function harmonizeTypes(words: readonly string[], labels: Uint8Array): void {
  const spans = spansOf(labels);
  if (spans.length < 2) return;
  const lower = new Int32Array(words.length);
  const keys = new Int32Array(spans.length);
  const votes = new Map<number, Int32Array>();
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k] as { start: number; end: number; type: number };
    for (let i = s.start; i < s.end; i++) lower[i] = lowerHash(words[i] as string);
    const key = phraseHash(lower, s.start, s.end);
    keys[k] = key;
    let v = votes.get(key);
    if (!v) { v = new Int32Array(N_TYPES); votes.set(key, v); }
    v[s.type] = (v[s.type] as number) + 1;
  }
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k] as { start: number; end: number; type: number };
    const v = votes.get(keys[k] as number) as Int32Array;
    let best = 0;
    for (let t = 1; t < N_TYPES; t++) if ((v[t] as number) > (v[best] as number)) best = t;
    if (best === s.type) continue;
    labels[s.start] = bLabel(best);
    for (let i = s.start + 1; i < s.end; i++) labels[i] = iLabel(best);
  }
}
