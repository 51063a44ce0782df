// Post-rule: name particles ("von der", "da", "bin") inside person names are rare in the training data,
// so a PERSON span followed by particles and a capitalised word is extended over them.
import { NER_TYPES, O, bLabel, iLabel } from './tags.js';

export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'von', 'van', 'der', 'den', 'de', 'da', 'das', 'do', 'dos', 'du', 'del', 'della', 'di', 'la', 'le',
  'bin', 'ibn', 'al', 'el', 'ter', 'ten', 'zu', 'y', 'e',
]);
const MAX_PARTICLES = 3;

const PER = NER_TYPES.indexOf('PERSON');
const B_PER = bLabel(PER);
const I_PER = iLabel(PER);

const isCapitalised = (w: string): boolean => {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 192) return false;
  const ch = w.charAt(0);
  return ch.toUpperCase() === ch && ch.toLowerCase() !== ch;
};

/** Extends PERSON spans in labels[from, to) over "particle+ Capitalised" continuations, in place. */
export function joinNameParticles(words: readonly string[], labels: Uint8Array, from: number, to: number): void {
  for (let j = from; j < to - 2; j++) {
    const l = labels[j] as number;
    if (l !== B_PER && l !== I_PER) continue;
    if (labels[j + 1] === I_PER) continue;
    let k = j + 1;
    while (k < to && k - j - 1 < MAX_PARTICLES && NAME_PARTICLES.has(words[k] as string) && labels[k] === O) k++;
    if (k === j + 1 || k >= to) continue;
    const w = words[k] as string;
    if (!isCapitalised(w)) continue;
    const next = labels[k] as number;
    if (next !== O && next !== B_PER) continue;
    for (let m = j + 1; m <= k; m++) labels[m] = I_PER;
    j = k - 1;
  }
}

/**
 * Document consistency: a one-token mention of another type whose word is the surname (last token) of a
 * multi-token PERSON mention elsewhere in the document becomes PERSON ("Joshua Norton ... Norton").
 */
export function personSurnames(words: readonly string[], labels: Uint8Array): void {
  const surnames = new Set<string>();
  for (let j = 0; j + 1 < labels.length; j++) {
    if (labels[j] === I_PER && labels[j + 1] !== I_PER) surnames.add(words[j] as string);
  }
  if (labels.length > 0 && labels[labels.length - 1] === I_PER) surnames.add(words[labels.length - 1] as string);
  if (surnames.size === 0) return;
  for (let j = 0; j < labels.length; j++) {
    const l = labels[j] as number;
    if (l === O || l === B_PER || l === I_PER || (l & 1) === 0) continue; // only B- of other types
    if (j + 1 < labels.length && labels[j + 1] === l + 1) continue; // multi-token span
    if (surnames.has(words[j] as string)) labels[j] = B_PER;
  }
}
