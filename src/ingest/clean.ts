// Turns raw scraped article text into headline, standfirst, byline, dateline and clean body paragraphs.
import type { Dateline } from '../core/input.js';
import { junkReason } from './junk.js';
import { isBareDate, parseByline, parseDateline, parseIssuerLine } from './meta.js';

export interface CleanResult {
  title: string;
  subtitle: string | null;
  text: string;
  byline: string | null;
  dateline: Dateline | null;
  /** every line dropped from the body (junk, repeated headline, byline, section labels), as written */
  removed: string[];
}

interface Line {
  text: string;
  /** a blank line (or the start of the input) comes before this line */
  blankBefore: boolean;
}

/** A standfirst is a short summary: under this many characters and at most two sentences. */
const SUBTITLE_MAX = 300;
/** A first line longer than this (or of several sentences) is body text, not a headline. */
const HEADLINE_MAX = 250;

// Section labels ("World", "EXCLUSIVE") printed above a headline.
const KICKERS = new Set([
  'world', 'world news', 'news', 'uk', 'uk news', 'us', 'us news', 'u.s.', 'europe', 'asia', 'asia pacific', 'asia-pacific', 'africa',
  'americas', 'middle east', 'latin america', 'politics', 'business', 'economy', 'markets', 'finance', 'technology', 'tech', 'science',
  'health', 'sport', 'sports', 'opinion', 'analysis', 'exclusive', 'explainer', 'breaking', 'breaking news', 'live', 'update', 'updated',
  'culture', 'environment', 'climate', 'defence', 'defense', 'security', 'diplomacy', 'international', 'national', 'local', 'features',
  'feature', 'commentary', 'editorial', 'interview', 'investigation', 'fact check', 'special report', 'in depth', 'top stories',
  'latest', 'latest news', 'press release', 'news release', 'media release', 'statement',
]);

const ABBREV = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Sen|Rep|Gov|Pres|Rev|Hon|Jr|Sr|Inc|Ltd|Co|Corp|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|est)|\b\p{Lu}|\b\p{Lu}\.\p{Lu})\.$/u;
const SENT_END = /[.!?]+["”’)\]]*\s+(?=["“‘(]?[\p{Lu}\p{N}])/gu;

/** Number of sentences in a paragraph (rough: terminal punctuation followed by a capital, minus abbreviations). */
export function countSentences(para: string): number {
  let n = 1;
  SENT_END.lastIndex = 0;
  for (let m = SENT_END.exec(para); m !== null; m = SENT_END.exec(para)) {
    const before = para.slice(Math.max(0, m.index - 12), m.index + 1);
    if (!ABBREV.test(before)) n++;
  }
  return n;
}

function firstSentence(para: string): string {
  SENT_END.lastIndex = 0;
  for (let m = SENT_END.exec(para); m !== null; m = SENT_END.exec(para)) {
    const before = para.slice(Math.max(0, m.index - 12), m.index + 1);
    if (!ABBREV.test(before)) return cutWords(para.slice(0, m.index + m[0].trimEnd().length), 200);
  }
  return cutWords(para, 200);
}

function cutWords(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.lastIndexOf(' ', max);
  return (cut > 40 ? s.slice(0, cut) : s.slice(0, max)) + '…';
}

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

function splitLines(raw: string): Line[] {
  const out: Line[] = [];
  let blank = true;
  for (const l of raw.replace(INVISIBLE, '').split(/\r\n|\r|\n|\u2028|\u2029/)) {
    const text = l.trim(); // trim() strips exactly \s, in linear time (/\s+$/ is quadratic on a long run of spaces)
    if (text === '') {
      blank = true;
      continue;
    }
    out.push({ text, blankBefore: blank });
    blank = false;
  }
  return out;
}

function normForCompare(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** True when `line` repeats `title` exactly or nearly (case, punctuation, a truncation, a word or two changed). */
export function isRepeatOf(line: string, title: string): boolean {
  const a = normForCompare(line);
  const b = normForCompare(title);
  if (a === '' || b === '') return false;
  if (a === b) return true;
  if (a.length < 0.7 * b.length || b.length < 0.7 * a.length) return false;
  if (a.startsWith(b) || b.startsWith(a)) return true;
  const wa = a.split(' ');
  const wb = new Set(b.split(' '));
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / Math.max(wa.length, wb.size) >= 0.85;
}

function looksLikeBody(line: string): boolean {
  return line.length > HEADLINE_MAX || countSentences(line) >= 3 || (countSentences(line) === 2 && line.length > 120);
}

function isStandfirst(para: string): boolean {
  if (para.length >= SUBTITLE_MAX || para.length < 20) return false;
  if (countSentences(para) > 2) return false;
  if (!/\p{Ll}{2,}/u.test(para) || para.split(' ').length < 4) return false;
  if (/^(Q|A)\s*[:.]/.test(para)) return false;
  return parseDateline(para) === null;
}

const TERMINAL = /[.!?:;"”’)\]…]$/;
const STARTS_LOWER = /^[\p{Ll}]/u;

/** Joins hard-wrapped lines back into paragraphs; separate lines otherwise stay separate paragraphs. */
function toParagraphs(lines: Line[], removed: string[]): string[] {
  const paras: string[] = [];
  let prev: Line | null = null;
  for (const l of lines) {
    const last = paras.length - 1;
    if (prev && !l.blankBefore && last >= 0 && !TERMINAL.test(prev.text) && STARTS_LOWER.test(l.text)) {
      paras[last] = `${paras[last] ?? ''} ${l.text}`;
    } else if (last >= 0 && paras[last] === l.text) {
      removed.push(l.text); // the same paragraph twice in a row: a scraping artefact
    } else {
      paras.push(l.text);
    }
    prev = l;
  }
  return paras;
}

interface BodyState {
  title: string;
  /** the title was cut from the first body paragraph, which must not be taken for a repeat of it */
  titleFromBody: boolean;
  byline: string | null;
  removed: string[];
}

/** Drops junk, bylines and headline repeats from body lines; returns the kept lines. */
function filterBody(lines: Line[], st: BodyState): Line[] {
  const kept: Line[] = [];
  for (const l of lines) {
    if (junkReason(l.text) !== null || (kept.length === 0 && isBareDate(l.text))) {
      st.removed.push(l.text);
      continue;
    }
    const by = kept.length < 3 || st.byline === null ? (parseByline(l.text) ?? (kept.length === 0 ? parseIssuerLine(l.text) : null)) : null;
    if (by !== null) {
      st.byline ??= by;
      st.removed.push(l.text);
      continue;
    }
    if (kept.length < 2 && !st.titleFromBody && st.title !== '' && isRepeatOf(l.text, st.title)) {
      st.removed.push(l.text);
      continue;
    }
    kept.push(l);
  }
  return kept;
}

/** A short upper-case label above the dateline of a release ("PRESS RELEASE", "FOR IMMEDIATE RELEASE", "READOUT"). */
function isLabel(para: string): boolean {
  return para.length <= 40 && /^[\p{Lu}][\p{Lu}\p{M} &:/-]*$/u.test(para.trim());
}

function finish(paras: string[], st: BodyState, findSubtitle: boolean): CleanResult {
  const subtitle = findSubtitle && paras.length >= 2 && isStandfirst(paras[0] ?? '') ? (paras[0] ?? null) : null;
  let dateline = paras[0] !== undefined ? parseDateline(paras[0]) : null;
  if (dateline === null && (subtitle !== null || isLabel(paras[0] ?? '')) && paras[1] !== undefined) dateline = parseDateline(paras[1]);
  return {
    title: st.title,
    subtitle,
    text: paras.join('\n\n'),
    byline: st.byline,
    dateline,
    removed: st.removed,
  };
}

/**
 * Cleans raw scraped article text: the first real line is the headline; junk lines go to `removed`; the
 * byline is lifted out; the dateline and the standfirst stay in `text` and are also returned apart.
 */
export function cleanScrapedText(raw: string): CleanResult {
  const lines = splitLines(raw);
  const st: BodyState = { title: '', titleFromBody: false, byline: null, removed: [] };
  let i = 0;
  for (; i < lines.length; i++) {
    const l = lines[i];
    if (l === undefined) break;
    if (junkReason(l.text) !== null || isBareDate(l.text)) {
      st.removed.push(l.text);
      continue;
    }
    const by = parseByline(l.text);
    if (by !== null) {
      st.byline ??= by;
      st.removed.push(l.text);
      continue;
    }
    if (KICKERS.has(l.text.toLowerCase().replace(/[:|•·\s]+$/, '')) && i + 1 < lines.length) {
      st.removed.push(l.text);
      continue;
    }
    if (looksLikeBody(l.text)) {
      st.title = firstSentence(l.text); // no headline line: the lede's first sentence stands in, and stays in the body
      st.titleFromBody = true;
    } else {
      st.title = l.text;
      i++;
    }
    break;
  }
  const kept = filterBody(lines.slice(i), st);
  let paras = toParagraphs(kept, st.removed);
  if (paras.length === 0 && st.title !== '') paras = [st.title]; // a one-line input: the line is both headline and body
  return finish(paras, st, true);
}

/**
 * Cleans a body whose headline is known (JSON records, HTML after extraction): junk lines, bylines and
 * repeats of the headline are dropped; no headline or standfirst is guessed.
 */
export function cleanBody(raw: string, title: string): CleanResult {
  const st: BodyState = { title: title.trim(), titleFromBody: false, byline: null, removed: [] };
  const kept = filterBody(splitLines(raw), st);
  return finish(toParagraphs(kept, st.removed), st, false);
}
