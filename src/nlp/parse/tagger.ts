// The UPOS tagger: greedy left to right, averaged perceptron over word, affix, shape and context features.
import { TokenHashes, cluFine, cluMid } from './lexical.js';
import { N_UPOS as N_UPOS_ } from './labels.js';
import type { Scorer } from './weights.js';
import type { ParseDictionaries } from './dictionaries.js';

export const TAGGER_FEATURE_COUNT = 37;
const N_UPOS = N_UPOS_;
const START = 0x5a17c0de;
const END = 0x3e9d0b1f;
const START_TAG = N_UPOS;

// Hashing is defined here, not imported: calls across modules cost several times more in the hot loops.
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}
function h1(t: number, a: number): number {
  return fmix(Math.imul(t + 1, 0x9e3779b1) ^ a);
}
function h2(t: number, a: number, b: number): number {
  return fmix(Math.imul(h1(t, a), 0x85ebca77) ^ (b + 0x27d4eb2f));
}
/** Features of token i of the sentence in hs, given the two previous predicted tags; returns the count. */
export function taggerFeatures(hs: TokenHashes, i: number, t1: number, t2: number, f: Int32Array): number {
  const n = hs.n;
  const w = hs.word[i] as number;
  const wm1 = i > 0 ? (hs.word[i - 1] as number) : START;
  const wm2 = i > 1 ? (hs.word[i - 2] as number) : START;
  const wp1 = i + 1 < n ? (hs.word[i + 1] as number) : END;
  const wp2 = i + 2 < n ? (hs.word[i + 2] as number) : END;
  const s3 = hs.suf3[i] as number;
  let k = 0;
  f[k++] = h1(0, 0);
  f[k++] = h1(1, w);
  f[k++] = h1(2, hs.suf1[i] as number);
  f[k++] = h1(3, hs.suf2[i] as number);
  f[k++] = h1(4, s3);
  f[k++] = h1(5, hs.suf4[i] as number);
  f[k++] = h1(6, hs.pre1[i] as number);
  f[k++] = h1(7, hs.pre2[i] as number);
  f[k++] = h1(8, hs.pre3[i] as number);
  f[k++] = h1(9, hs.shape[i] as number);
  f[k++] = h1(10, wm1);
  f[k++] = h1(11, wp1);
  f[k++] = h1(12, wm2);
  f[k++] = h1(13, wp2);
  f[k++] = h1(14, t1);
  f[k++] = h2(15, t1, t2);
  f[k++] = h2(16, t1, w);
  f[k++] = h1(17, i > 0 ? (hs.suf3[i - 1] as number) : START);
  f[k++] = h1(18, i + 1 < n ? (hs.suf3[i + 1] as number) : END);
  f[k++] = h2(19, w, wp1);
  f[k++] = h2(20, wm1, w);
  f[k++] = h1(21, i + 1 < n ? (hs.shape[i + 1] as number) : END);
  f[k++] = h1(22, i > 0 ? (hs.shape[i - 1] as number) : START);
  f[k++] = h2(23, hs.shape[i] as number, i === 0 ? 1 : 0);
  f[k++] = h1(24, hs.raw[i] as number);
  f[k++] = h2(25, t1, s3);
  f[k++] = h2(26, t1, wp1);
  f[k++] = h2(27, wm1, wp1);
  f[k++] = h2(28, wm1, t1);
  f[k++] = h2(29, s3, wp1);
  f[k++] = h2(30, t1, hs.shape[i] as number);
  f[k++] = h2(31, hs.suf2[i] as number, i + 1 < n ? (hs.suf2[i + 1] as number) : END);
  // word clusters (learned from unlabeled text: src/nlp/ner/clusters.ts)
  const c = hs.clu[i] as number;
  f[k++] = h1(32, cluFine(c));
  f[k++] = h1(33, cluMid(c));
  f[k++] = h1(34, i + 1 < n ? cluFine(hs.clu[i + 1] as number) : END);
  f[k++] = h1(35, i > 0 ? cluFine(hs.clu[i - 1] as number) : START);
  f[k++] = h2(36, t1, cluMid(c));
  return k;
}

/** Scratch space for tagging (one per thread of work). */
export class TaggerWorkspace {
  readonly hashes = new TokenHashes();
  readonly feats = new Int32Array(TAGGER_FEATURE_COUNT);
  readonly scores = new Float32Array(N_UPOS);
}

/** A token whose tag the tagger decides (in tagHashed's `forced`). */
export const FREE = 255;

/**
 * Tags words[from..to) into out[outAt..); hs must already hold the sentence's hashes. A token with a forced tag
 * (forced[outAt + i] not FREE: the caller knows it, as the analyzer knows the words of a recognised name) takes it,
 * and the words after it see it as their previous tag; a word the tag dictionary knows takes its tag there; neither is
 * scored (dictionaries.ts).
 */
export function tagHashed(scorer: Scorer, ws: TaggerWorkspace, out: Uint8Array, outAt: number, dict: ParseDictionaries | null = null, forced: Uint8Array | null = null): void {
  const hs = ws.hashes;
  let t1: number = START_TAG;
  let t2: number = START_TAG;
  for (let i = 0; i < hs.n; i++) {
    const given = forced !== null ? (forced[outAt + i] as number) : FREE;
    const known = given !== FREE ? given : dict !== null ? dict.tagOf(hs.word[i] as number) : -1;
    const best = known >= 0 ? known : scoredTag(scorer, ws, i, t1, t2);
    out[outAt + i] = best;
    t2 = t1;
    t1 = best;
  }
}

/** The tagger's best tag for token i after tags t1, t2. */
function scoredTag(scorer: Scorer, ws: TaggerWorkspace, i: number, t1: number, t2: number): number {
  const nf = taggerFeatures(ws.hashes, i, t1, t2, ws.feats);
  scorer.score(ws.feats, nf, 0, ws.scores);
  let best = 0;
  let bv = ws.scores[0] as number;
  for (let c = 1; c < N_UPOS; c++) if ((ws.scores[c] as number) > bv) { bv = ws.scores[c] as number; best = c; }
  return best;
}

export { START_TAG };
