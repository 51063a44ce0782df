// POS tags for pre-tokenised words (corpora, tagTokens): wink-nlp tags the space-joined words and each word
// takes the tag of the wink token where it starts. At run time the Doc already carries POS.
import { tokenize } from '../tokenize.js';
import { POS_TAGS } from '../types.js';

/** Label used when no POS is available. */
export const NO_POS = POS_TAGS.length;

export function projectPos(words: readonly string[]): Uint8Array {
  const out = new Uint8Array(words.length).fill(NO_POS);
  if (words.length === 0) return out;
  const starts = new Int32Array(words.length);
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    starts[i] = at;
    at += (words[i] as string).length + 1;
  }
  const doc = tokenize(words.join(' '));
  let k = 0;
  for (let i = 0; i < words.length; i++) {
    const s = starts[i] as number;
    while (k + 1 < doc.n && (doc.ends[k] as number) <= s) k++;
    if (k < doc.n && (doc.starts[k] as number) <= s + (words[i] as string).length) out[i] = doc.pos[k] as number;
  }
  return out;
}
