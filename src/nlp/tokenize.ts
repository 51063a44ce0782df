// Stage 1: tokens and POS with wink-nlp (one call per article), packed into flat arrays with char offsets;
// sentences and paragraphs by our own splitter (wink's sentence detection costs as much as its POS tagger and
// does not change the tags).
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { POS_INDEX, type Doc } from './types.js';

const nlp = winkNLP(model, ['pos']);
const its = nlp.its;
const X = POS_INDEX['X'] ?? 16;
const LETTERS = /^\p{L}+$/u;
const SPACE = /^\s+$/u;
const UPPER_OR_DIGIT = /^[\p{Lu}\d"“‘'([«¿¡—–-]/u;
/** tokens that end a sentence */
const ENDERS = new Set(['.', '!', '?', '…', '...', '?!', '!?']);
/** words that start a sentence after an abbreviation's period */
const STARTERS = new Set(['The', 'He', 'She', 'It', 'They', 'We', 'I', 'This', 'That', 'These', 'But', 'In', 'A', 'An', 'His', 'Her', 'Their', 'Its', 'On', 'At', 'After', 'Officials', 'There']);
/** closing marks that stay with the sentence they close */
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

export function tokenize(text: string): Doc {
  const wd = nlp.readDoc(text);
  const toks = wd.tokens().out() as string[];
  const tags = wd.tokens().out(its.pos) as string[];

  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const pos: number[] = [];
  let cursor = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as string;
    if (SPACE.test(t)) continue; // wink keeps line breaks as tokens; the splitter reads them from the text
    let at = text.indexOf(t, cursor);
    if (at < 0) at = cursor; // wink normalised the token: keep positions monotone
    const last = words.length - 1;
    // wink splits words at some Latin Extended letters (Erdo|ğ|an): adjacent letter-only pieces are re-joined
    if (last >= 0 && ends[last] === at && LETTERS.test(t) && LETTERS.test(words[last] as string)) {
      words[last] = (words[last] as string) + t;
      ends[last] = at + t.length;
    } else {
      words.push(t);
      starts.push(at);
      ends.push(Math.min(at + t.length, text.length));
      pos.push(POS_INDEX[tags[i] as string] ?? X);
    }
    cursor = at + t.length;
  }

  const n = words.length;
  const sentStart: number[] = [];
  const sentEnd: number[] = [];
  const paraOfSent: number[] = [];
  const sentOf = new Int32Array(n);
  let para = 0;
  let s = 0;
  for (let i = 0; i < n; i++) {
    sentOf[i] = sentStart.length;
    const next = i + 1;
    let end = false;
    let breakPara = false;
    if (next >= n) end = true;
    else {
      const gap = text.slice(ends[i], starts[next]);
      if (gap.includes('\n')) {
        end = true;
        breakPara = true;
      } else if (ENDERS.has(words[i] as string)) {
        // ". The" / ."  The: a sentence ends unless the next word is lower case ("e.g. this", "3. point")
        let k = next;
        while (k < n && CLOSERS.has(words[k] as string) && text.slice(ends[k - 1], starts[k]) === '') k++;
        if (k >= n) {
          // only closing marks follow: they belong to this sentence
        } else if (k > next && !text.slice(ends[k - 1], starts[k]).includes('\n')) {
          // closing marks then more text on the same line: end after the marks
          if (UPPER_OR_DIGIT.test(words[k] as string)) {
            for (let c = next; c < k; c++) sentOf[c] = sentStart.length;
            i = k - 1;
            end = true;
          }
        } else if (k === next && UPPER_OR_DIGIT.test(words[next] as string)) end = true;
      } else if ((words[i] as string).length > 2 && (words[i] as string).endsWith('.') && STARTERS.has(words[next] as string)) {
        end = true; // "... to the U.S. The President ...": an abbreviation ends the sentence
      }
    }
    if (end) {
      sentStart.push(s);
      sentEnd.push(i + 1);
      paraOfSent.push(para);
      s = i + 1;
      if (breakPara || (i + 1 < n && /\n\s*\n/.test(text.slice(ends[i], starts[i + 1])))) para++;
    }
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
