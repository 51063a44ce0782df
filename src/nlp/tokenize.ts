// Stage 1: sentences, tokens and POS with wink-nlp, packed into flat arrays with char offsets.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { POS_INDEX, type Doc } from './types.js';

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;
const X = POS_INDEX['X'] ?? 16;
const LETTERS = /^\p{L}+$/u;

/** Paragraphs are separated by one or more blank lines (or single newlines in the clean text). */
const PARA = /\n\s*\n|\n/g;

export function tokenize(text: string): Doc {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const pos: number[] = [];
  const sentStart: number[] = [];
  const sentEnd: number[] = [];
  const paraOfSent: number[] = [];

  let para = 0;
  let from = 0;
  const pieces: Array<[number, number]> = [];
  PARA.lastIndex = 0;
  for (let m = PARA.exec(text); m; m = PARA.exec(text)) {
    pieces.push([from, m.index]);
    from = m.index + m[0].length;
  }
  pieces.push([from, text.length]);

  for (const [a, b] of pieces) {
    const chunk = text.slice(a, b);
    if (!chunk.trim()) continue;
    const wd = nlp.readDoc(chunk);
    const toks = wd.tokens().out() as string[];
    const tags = wd.tokens().out(its.pos) as string[];
    const spans = wd.sentences().out(its.span) as unknown as Array<[number, number]>;
    const base = words.length;
    // wink splits words at some Latin Extended letters (Erdo|ğ|an): adjacent letter-only pieces are re-joined
    const map = new Int32Array(toks.length);
    let cursor = 0;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as string;
      let at = chunk.indexOf(t, cursor);
      if (at < 0) at = cursor; // wink normalised the token: keep position monotone
      const last = words.length - 1;
      if (last >= base && ends[last] === a + at && LETTERS.test(t) && LETTERS.test(words[last] as string)) {
        words[last] = (words[last] as string) + t;
        ends[last] = a + at + t.length;
        map[i] = last;
      } else {
        words.push(t);
        starts.push(a + at);
        ends.push(a + Math.min(at + t.length, chunk.length));
        pos.push(POS_INDEX[tags[i] as string] ?? X);
        map[i] = words.length - 1;
      }
      cursor = at + t.length;
    }
    for (const [s, e] of spans) {
      const from = map[s] as number;
      const to = (map[e] as number) + 1;
      const prev = sentEnd.length > 0 ? (sentEnd[sentEnd.length - 1] as number) : 0;
      if (to <= prev) continue; // a sentence boundary fell inside a re-joined word
      sentStart.push(Math.max(from, prev));
      sentEnd.push(to);
      paraOfSent.push(para);
    }
    para++;
  }

  const n = words.length;
  const sentOf = new Int32Array(n);
  for (let k = 0; k < sentStart.length; k++) {
    for (let i = sentStart[k] as number; i < (sentEnd[k] as number); i++) sentOf[i] = k;
  }
  return {
    text,
    n,
    words,
    lower: words.map((w) => w.toLowerCase()),
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    pos: Uint8Array.from(pos),
    sentStart: Int32Array.from(sentStart),
    sentEnd: Int32Array.from(sentEnd),
    sentOf,
    paraOfSent: Int32Array.from(paraOfSent),
  };
}
