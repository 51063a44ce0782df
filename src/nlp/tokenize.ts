// Stage 1: tokens and POS with wink-nlp (one call per article), packed into flat arrays with char offsets;
// sentences and paragraphs by our own splitter (wink's sentence detection costs as much as its POS tagger and
// does not change the tags).
import type WinkNLP from 'wink-nlp';
import { lazyRequire } from '../core/lazy.js';

const winkNLP = lazyRequire<typeof WinkNLP>('wink-nlp');
// the package's model, built by a faster loader (same model; see wink-model.ts)
import { winkModel } from './wink-model.js';
import { POS_INDEX, type Doc } from './types.js';

/** The mutable part of one of wink's feature tables (lexeme, prefix, suffix, shape, ...). */
interface WinkFeature {
  hash: Record<string, number>;
  list: string[];
  index: number;
}

/**
 * Wink's model, loaded once and kept here so that its feature tables can be reset between documents. Wink adds
 * every unseen word, prefix, suffix and shape to these tables with the next free index, and packs those indices
 * into a word's features; so the POS tags of a document depended on which documents the process had read before
 * ("USD" was PROPN alone, NOUN after another release). Same input, same output: each document starts from the
 * tables as shipped (see resetWinkTables).
 */
type WinkCore = { features: Record<string, Partial<WinkFeature>> };
interface WinkState {
  nlp: ReturnType<typeof WinkNLP>;
  tables: Array<{ name: string; f: WinkFeature; shipped: number }>;
  /** lexemes added since the last reset: their list entries stay (wink's word store is indexed by them), their keys go */
  lexemesSeen: number;
  /** the lexeme list's length as shipped */
  lexemesShipped: number;
}

/**
 * Wink keeps one record per word it has added to its lexeme table (in a store we cannot reach) for the life of the
 * instance, so a long run would grow without bound (about 4 KB per article). After this many added lexemes the
 * instance is built afresh from the model file; outputs do not change (every document starts from shipped tables).
 */
let maxAddedLexemes = 500_000;
let renewals = 0;

function newWink(): WinkState {
  const model = winkModel();
  const core = (model as unknown as { core: () => WinkCore }).core();
  const nlp = winkNLP()({ ...model, core: () => core } as typeof model, ['pos']);
  const tables = Object.entries(core.features)
    .filter((e): e is [string, WinkFeature] => e[1].hash !== undefined && Array.isArray(e[1].list) && typeof e[1].index === 'number')
    .map(([name, f]) => ({ name, f, shipped: f.list.length }));
  const lexemes = (core.features['lexeme'] as WinkFeature).list.length;
  return { nlp, tables, lexemesSeen: lexemes, lexemesShipped: lexemes };
}

/** built on the first document (loading wink's model takes a few hundred milliseconds) */
let wink: WinkState | null = null;

/** Lexemes wink holds beyond its shipped table, and how many times the instance was rebuilt (for tests and monitoring). */
export function winkStats(): { addedLexemes: number; renewals: number } {
  return { addedLexemes: wink ? wink.lexemesSeen - wink.lexemesShipped : 0, renewals };
}

/** Sets how many added lexemes trigger a rebuild (tests use a small bound). */
export function setWinkRenewal(maxAdded: number): void {
  maxAddedLexemes = maxAdded;
}

/**
 * Forgets what wink learnt from earlier documents: feature values past the shipped tables are removed, and words
 * added to the lexeme table are unlisted, so they are added again, with features computed afresh, when they recur.
 */
function resetWinkTables(): WinkState {
  wink ??= newWink();
  for (const t of wink.tables) {
    const { f } = t;
    if (t.name === 'lexeme') {
      for (let k = wink.lexemesSeen; k < f.list.length; k++) delete f.hash[f.list[k] as string];
      wink.lexemesSeen = f.list.length;
      continue;
    }
    if (f.list.length === t.shipped) continue;
    for (let k = t.shipped; k < f.list.length; k++) delete f.hash[f.list[k] as string];
    f.list.length = t.shipped;
    f.index = t.shipped;
  }
  if (wink.lexemesSeen - wink.lexemesShipped > maxAddedLexemes) {
    wink = newWink();
    renewals++;
  }
  return wink;
}
const X = POS_INDEX['X'] ?? 16;
const LETTERS = /^\p{L}+$/u;
const SPACE = /^\s+$/u;
const UPPER_OR_DIGIT = /^[\p{Lu}\d"“‘'([«¿¡—–-]/u;
/** tokens that end a sentence */
const ENDERS = new Set(['.', '!', '?', '…', '...', '?!', '!?']);
/** words that start a sentence after an abbreviation's period */
const STARTERS = new Set(['The', 'He', 'She', 'It', 'They', 'We', 'I', 'This', 'That', 'These', 'But', 'In', 'A', 'An', 'His', 'Her', 'Their', 'Its', 'On', 'At', 'After', 'Officials', 'There']);
/**
 * The period at i stands between two letters with no space on either side: "U.S." after a hyphen, which wink splits into
 * "U", ".", "S." ("the Mekong-U.S. Partnership"). It ends no sentence.
 */
function insideAbbreviation(words: string[], starts: Int32Array, ends: Int32Array, i: number): boolean {
  if (words[i] !== '.' || i === 0 || i + 1 >= words.length) return false;
  return ends[i - 1] === starts[i] && ends[i] === starts[i + 1] && LETTERS.test(words[i - 1] as string) && (words[i - 1] as string).length === 1 &&
    /^\p{L}/u.test(words[i + 1] as string);
}
/** The wink token u is a capital and a period ("S.") written at `at` in the text, right after the period before it. */
function gluedInitial(text: string, u: string | undefined, at: number): boolean {
  return u !== undefined && u.length === 2 && u.charCodeAt(1) === 46 && /^\p{Lu}/u.test(u) && text.startsWith(u, at);
}
/** The possessive marks as tokens: "'s" and "’s", and the bare apostrophe of a plural ("the ministers' talks"). */
export const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);
/** The singular possessive marks alone ("'s", "’s"): a bare apostrophe may close a quotation as well. */
export const POSSESSIVE_S: ReadonlySet<string> = new Set(["'s", '’s']);
/** closing marks that stay with the sentence they close */
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

/**
 * Longest run of non-space characters handed to wink in one piece. Wink's tokenizer is quadratic in the length of
 * a run (1 MB of "-" took minutes), so longer runs are split into pieces of this size before tokenizing.
 */
export const MAX_TOKEN_CHARS = 100;
/** how far past the cursor a token is looked for in the text (wink drops or normalises a few characters) */
const FIND_WINDOW = 256;
// (?<!\S): a run is only tried from its first character; without it every position inside every word was tried
// (about 5 % of tokenize), with the same matches (the leftmost match of a run starts at the run's start)
const LONG_RUN = new RegExp(`(?<!\\S)\\S{${MAX_TOKEN_CHARS + 1},}`, 'gu');

/** A named warning about an input that was cut down to keep analysis linear. */
export interface TokenizeWarning {
  code: 'LONG_TOKEN_SPLIT';
  /** how many runs of non-space characters were longer than MAX_TOKEN_CHARS */
  count: number;
  /** the longest such run, in characters */
  longest: number;
  message: string;
}

/** Warnings tokenize() would raise for this text (runs of non-space characters split into pieces), or []. */
export function tokenizeWarnings(text: string): TokenizeWarning[] {
  let count = 0;
  let longest = 0;
  LONG_RUN.lastIndex = 0;
  for (let m = LONG_RUN.exec(text); m !== null; m = LONG_RUN.exec(text)) {
    count++;
    longest = Math.max(longest, m[0].length);
  }
  if (count === 0) return [];
  return [{ code: 'LONG_TOKEN_SPLIT', count, longest, message: `${count} run(s) of text without spaces (longest ${longest} characters) were split into pieces of ${MAX_TOKEN_CHARS} characters` }];
}

/**
 * Whether text may hold a run LONG_RUN matches: more than MAX_TOKEN_CHARS code units without a space (the expression
 * counts code points, never more than the units). Such a run covers MAX_TOKEN_CHARS + 1 consecutive units, so it covers
 * one of the units at MAX_TOKEN_CHARS, then every MAX_TOKEN_CHARS + 1 units after it: only the runs through those units
 * are measured (about one unit in ten is read, not all of them; the answer is the same as a loop over every unit's).
 */
function mayHaveLongRun(text: string): boolean {
  const len = text.length;
  for (let k = MAX_TOKEN_CHARS; k < len; k += MAX_TOKEN_CHARS + 1) {
    if (isSpaceUnit(text.charCodeAt(k))) continue;
    let a = k;
    while (a > 0 && !isSpaceUnit(text.charCodeAt(a - 1))) a--;
    let b = k + 1;
    while (b < len && b - a <= MAX_TOKEN_CHARS && !isSpaceUnit(text.charCodeAt(b))) b++;
    if (b - a > MAX_TOKEN_CHARS) return true;
  }
  return false;
}

/** The text with a space after every MAX_TOKEN_CHARS characters of a longer non-space run (never inside a surrogate pair). */
function splitLongRuns(text: string): string {
  if (!mayHaveLongRun(text)) return text;
  LONG_RUN.lastIndex = 0;
  if (!LONG_RUN.test(text)) return text;
  return text.replace(LONG_RUN, (run) => {
    const parts: string[] = [];
    let a = 0;
    while (a < run.length) {
      let b = Math.min(run.length, a + MAX_TOKEN_CHARS);
      const c = run.charCodeAt(b - 1);
      if (b < run.length && c >= 0xd800 && c <= 0xdbff) b--; // keep a surrogate pair together
      parts.push(run.slice(a, b));
      a = b;
    }
    return parts.join(' ');
  });
}

/** Position of token t at or after `cursor`: after the spaces that follow the cursor, else within a short window. */
function findToken(text: string, t: string, cursor: number): number {
  let p = cursor;
  while (p < text.length && isSpaceUnit(text.charCodeAt(p))) p++;
  if (text.startsWith(t, p)) return p;
  const at = text.slice(cursor, p + FIND_WINDOW + t.length).indexOf(t);
  return at < 0 ? -1 : cursor + at;
}
const SPACE_CHAR = /\s/u;

// Per-token tests with an ASCII fast path (most tokens are ASCII); the regular expressions decide everything else.
/** SPACE_CHAR.test of the one code unit c */
function isSpaceUnit(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE_CHAR.test(String.fromCharCode(c));
}
/** SPACE.test(t): only spaces */
function allSpace(t: string): boolean {
  if (t.length > 0 && t.charCodeAt(0) < 128 && !isSpaceUnit(t.charCodeAt(0))) return false;
  return SPACE.test(t);
}
/** text.slice(a, b).includes('\n'), without the slice */
function lineBreakIn(text: string, a: number, b: number): boolean {
  const to = Math.min(b, text.length);
  for (let p = Math.max(a, 0); p < to; p++) if (text.charCodeAt(p) === 10) return true;
  return false;
}
/** LETTERS.test(t): only letters */
function allLetters(t: string): boolean {
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c >= 128) return LETTERS.test(t);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return t.length > 0;
}

/**
 * A text through tokenize's rare paths: words wink splits and tokenize joins again ("Erdoğan", "cannot", "Mekong-U.S."),
 * an abbreviation before a sentence, closing marks after a sentence's end, a paragraph break. Read twice before the first
 * document, so that these paths have run (and left type feedback) before the optimising compiler compiles tokenize:
 * otherwise the first document with such a word deoptimised the compiled tokenize, which was compiled twice more (once
 * on the stack), a few hundred milliseconds of compiler time in every process. The closing names ("Ćosić", "Şahin") run
 * wink's recursive tokenizer to its call for a letter it cannot place ("ğ") again after that function has a feedback
 * vector (V8 gives it one after a few calls), in both reads: so the call's feedback holds the closures of every document,
 * not the one closure of the first real document with such a letter, and the next one no longer deoptimises it (19
 * deopts of tokenizeTextRecursively, one per frame of its recursion, and a second compile). The results are dropped, and
 * every document starts from wink's tables as shipped (resetWinkTables), so no output changes.
 */
const RARE_PATHS = 'Erdoğan said he cannot go to the U.S. The talks on the Mekong-U.S. Partnership ended. "We agreed." (Officials) left! ' +
  'He said: "no." Then they met, e.g. at 3. noon.\n\nIt "ended." Erdoğan met Ćosić, Dương and Şahin.';
let rarePathsRead = false;

/** Loads wink's model and reads RARE_PATHS, as the first tokenize() would: the analyzer's start-up (pipeline warmUp). */
export function prepareTokenizer(): void {
  if (rarePathsRead) return;
  rarePathsRead = true;
  tokenizeText(RARE_PATHS);
  tokenizeText(RARE_PATHS);
}

export function tokenize(text: string): Doc {
  prepareTokenizer();
  return tokenizeText(text);
}

function tokenizeText(text: string): Doc {
  const { nlp } = resetWinkTables();
  const wd = nlp.readDoc(splitLongRuns(text));
  const toks = wd.tokens().out() as string[];
  const tags = wd.tokens().out(nlp.its.pos) as string[];

  const words: string[] = [];
  // at most one entry per wink token: typed arrays of that size, cut to the words kept at the end
  const starts = new Int32Array(toks.length);
  const ends = new Int32Array(toks.length);
  const pos = new Uint8Array(toks.length);
  let cursor = 0;
  /** the last word is letters only (tested once per piece, not again on the re-joined word) */
  let lastIsLetters = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as string;
    if (allSpace(t)) continue; // wink keeps line breaks as tokens; the splitter reads them from the text
    let at = findToken(text, t, cursor);
    if (at < 0) at = cursor; // wink normalised the token: keep positions monotone
    const last = words.length - 1;
    const letters = allLetters(t);
    // wink splits words at some Latin Extended letters (Erdo|ğ|an): adjacent letter-only pieces are re-joined
    if (last >= 0 && ends[last] === at && letters && lastIsLetters) {
      words[last] = (words[last] as string) + t;
      ends[last] = at + t.length;
    } else if (t === '.' && last >= 0 && ends[last] === at && lastIsLetters && (words[last] as string).length === 1 && gluedInitial(text, toks[i + 1], at + 1)) {
      // "U", ".", "S." after a hyphen ("the Mekong-U.S. Partnership", "Japan-U.S. ties"): one word, as "U.S." is elsewhere
      const u = toks[++i] as string;
      words[last] = (words[last] as string) + t + u;
      ends[last] = at + 1 + u.length;
      lastIsLetters = false;
      cursor = ends[last] as number;
      continue;
    } else {
      lastIsLetters = letters;
      const w = words.length;
      words.push(t);
      starts[w] = at;
      ends[w] = Math.min(at + t.length, text.length);
      pos[w] = POS_INDEX[tags[i] as string] ?? X;
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
      if (lineBreakIn(text, ends[i] as number, starts[next] as number)) {
        end = true;
        breakPara = true;
      } else if (ENDERS.has(words[i] as string) && !insideAbbreviation(words, starts, ends, i)) {
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
  // built by push, not map: an optimised map returns holey arrays, a second hidden class for every reader of doc.lower
  const lower: string[] = [];
  for (let i = 0; i < n; i++) lower.push((words[i] as string).toLowerCase());
  return {
    text,
    n,
    words,
    lower,
    starts: starts.slice(0, n),
    ends: ends.slice(0, n),
    pos: pos.slice(0, n),
    sentStart: Int32Array.from(sentStart),
    sentEnd: Int32Array.from(sentEnd),
    sentOf,
    paraOfSent: Int32Array.from(paraOfSent),
  };
}

/** Tokens k-1 and k are written with no space between them ("30-day": "30" and "-", "-" and "day"). */
export function glued(doc: Doc, k: number): boolean {
  return k > 0 && k < doc.n && doc.starts[k] === doc.ends[k - 1];
}

/** Token k is a hyphen glued to the tokens on both sides: "30-day", "NATO-led", "Eun-kyeong". */
export function gluedHyphen(doc: Doc, k: number): boolean {
  return doc.words[k] === '-' && glued(doc, k) && glued(doc, k + 1);
}

/** First token whose start is at or after char offset c (doc.n when none). */
export function tokenAt(doc: Doc, c: number): number {
  let lo = 0;
  let hi = doc.n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((doc.starts[mid] as number) < c) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
