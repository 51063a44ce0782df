// Stage: date expressions resolved against the publication date, at the precision the text gives (contract `dates.value`).
import type * as Chrono from 'chrono-node';
import { lazyRequire } from '../../core/lazy.js';

// the English locale alone (the package's main entry also loads 15 other locales, about 0.1 s): its `parse` is the
// same casual English parser, the very instance the main entry's `parse` uses
const chrono = lazyRequire<typeof Chrono>('chrono-node/en');
import type { DateMention } from '../../core/analysis.js';
import type { Doc } from '../types.js';
import { DATE_LEAD_WORDS, FUTURE_CUES, HOLIDAYS, YEAR_PREPOSITIONS } from '../lexicon/dates.js';

const DAY_MS = 86_400_000;
/** how far back (chars) to look for "next"/"will"/"due" that turn a bare month or weekday into a future one */
const FUTURE_WINDOW = 160;

interface Ymd {
  y: number;
  m: number; // 1-12
  d: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const fmtDay = (t: Ymd): string => `${t.y}-${pad(t.m)}-${pad(t.d)}`;
const fmtMonth = (y: number, m: number): string => `${y}-${pad(m)}`;
const toUtc = (t: Ymd): number => Date.UTC(t.y, t.m - 1, t.d);
function fromUtc(ms: number): Ymd {
  const dt = new Date(ms);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}
const addDays = (t: Ymd, n: number): Ymd => fromUtc(toUtc(t) + n * DAY_MS);
const weekdayOf = (t: Ymd): number => new Date(toUtc(t)).getUTCDay();
/** Monday of the ISO week holding t */
const mondayOf = (t: Ymd): Ymd => addDays(t, -((weekdayOf(t) + 6) % 7));

/** Parses "2025-04-09", "2025-04-09T10:00:00Z" and anything Date understands; null if unusable. */
export function parsePublished(published: string | null): Ymd | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (m) return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  const ms = Date.parse(published);
  return Number.isNaN(ms) ? null : fromUtc(ms);
}

/** True when words like "will", "due", "next" precede the expression in its sentence: the date points forward. */
function futureContext(text: string, at: number): boolean {
  let from = Math.max(0, at - FUTURE_WINDOW);
  const cut = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('\n', at));
  if (cut >= from) from = cut + 1;
  const words = text.slice(from, at).toLowerCase().match(/[a-z']+/g);
  if (!words) return false;
  for (const w of words) if (FUTURE_CUES.has(w)) return true;
  return false;
}

/** Latest such weekday on or before ref, or the next one after ref when `forward`. */
function resolveWeekday(ref: Ymd, wd: number, forward: boolean): Ymd {
  const cur = weekdayOf(ref);
  if (forward) return addDays(ref, (wd - cur + 7) % 7);
  return addDays(ref, -((cur - wd + 7) % 7));
}

/** how many months ahead a bare month still reads as the coming one when nothing in its sentence says which */
const NEAR_AHEAD_MONTHS = 2;

/**
 * A bare month as YYYY-MM. "last June" is the latest June before ref's month (said in June, a year back), whatever else
 * the sentence says. With a future cue, the next such month on or after ref. Otherwise the month within
 * NEAR_AHEAD_MONTHS ahead ("talks resume in October", written in September: a month ten or eleven months back is
 * written "last October" or "in October last year"), unless "since"; else the latest on or before ref.
 */
function resolveMonth(ref: Ymd, month: number, forward: boolean, low: string): string {
  if (/\blast\b/.test(low)) return fmtMonth(month < ref.m ? ref.y : ref.y - 1, month);
  if (forward) return fmtMonth(month >= ref.m ? ref.y : ref.y + 1, month);
  const ahead = (month - ref.m + 12) % 12;
  if (ahead > 0 && ahead <= NEAR_AHEAD_MONTHS && !/\bsince\b/.test(low)) return fmtMonth(month > ref.m ? ref.y : ref.y + 1, month);
  return fmtMonth(month <= ref.m ? ref.y : ref.y - 1, month);
}

function resolveDayOfYear(ref: Ymd, month: number, day: number, forward: boolean): string {
  const same: Ymd = { y: ref.y, m: month, d: day };
  if (forward) return fmtDay(toUtc(same) >= toUtc(ref) ? same : { y: ref.y + 1, m: month, d: day });
  return fmtDay(toUtc(same) <= toUtc(ref) ? same : { y: ref.y - 1, m: month, d: day });
}

type Span = { start: number; end: number; value: string | null };

/** a part of the day of publication, with no other date in the expression */
const PART_OF_TODAY = /^(?:(?:at|about|around|by|until|before|after|from|since)?\s*[\d:.]+\s*(?:a\.?m\.?|p\.?m\.?)?\s*)?(?:this\s+(?:morning|afternoon|evening)|tonight)$/;

/** Widen a span left over "on", "in", "since", "last", "next", ... (at most two words). */
function widenLeft(text: string, start: number): number {
  let s = start;
  for (let k = 0; k < 2; k++) {
    const m = /([A-Za-z]+)\s+$/.exec(text.slice(Math.max(0, s - 16), s));
    if (!m || !DATE_LEAD_WORDS.has((m[1] as string).toLowerCase())) break;
    s -= m[0].length;
  }
  return s;
}

/** The contract value of one chrono result, or undefined when it is not a date (durations, clock times). */
function valueOf(r: Chrono.ParsedResult, surface: string, ref: Ymd | null, future: boolean): string | null | undefined {
  const low = surface.toLowerCase();
  const c = r.start;
  const hasDay = c.isCertain('day');
  const hasMonth = c.isCertain('month');
  const hasYear = c.isCertain('year');
  const hasWeekday = c.isCertain('weekday');
  const relative = r.tags().has('result/relativeDate');
  if (/^(for|within|over|in)\s+(the\s+)?(next|past|last)?\s*\d|\b(later|after|before|earlier|now)\b|^\d+\s*(-|to)\s*\d+$/.test(low)) return undefined;
  // "sat down", "wed": weekday abbreviations only count capitalised and as whole names
  if (/^(on\s+)?(sat|sun|mon|tue|tues|wed|thu|thur|thurs|fri)\.?$/i.test(surface.trim())) return undefined;
  // "this morning", "this evening", "tonight": the day of publication (chrono gives them a clock time only)
  if (PART_OF_TODAY.test(low)) return ref ? fmtDay(ref) : null;
  if (!hasDay && !hasMonth && !hasYear && !hasWeekday) return undefined; // clock time only
  if (/\b(week|weekend)\b/.test(low) && /\b(last|next|this|coming|past)\b/.test(low)) {
    if (!ref) return null;
    const shift = /\b(last|past)\b/.test(low) ? -7 : /\b(next|coming)\b/.test(low) ? 7 : 0;
    return fmtDay(mondayOf(addDays(ref, shift)));
  }
  if (relative || /\b(today|tonight|yesterday|tomorrow|this)\b/.test(low)) {
    if (!ref) return null;
    const got: Ymd = { y: c.get('year') ?? ref.y, m: c.get('month') ?? ref.m, d: c.get('day') ?? ref.d };
    if (/\byears?\b/.test(low)) return String(got.y);
    if (/\bmonths?\b/.test(low)) return fmtMonth(got.y, got.m);
    return fmtDay(got);
  }
  if (hasDay && hasMonth) {
    const m = c.get('month') as number;
    const d = c.get('day') as number;
    if (hasYear) return fmtDay({ y: c.get('year') as number, m, d });
    if (!ref) return null;
    return future ? resolveDayOfYear(ref, m, d, true) : fmtDay({ y: c.get('year') ?? ref.y, m, d });
  }
  if (hasMonth) {
    const m = c.get('month') as number;
    if (hasYear) return fmtMonth(c.get('year') as number, m);
    if (!ref) return null;
    return resolveMonth(ref, m, future, low);
  }
  if (hasWeekday) {
    if (!ref) return null;
    const wd = c.get('weekday') as number;
    if (/\b(next|coming)\b/.test(low)) return fmtDay(addDays(resolveWeekday(ref, wd, true), weekdayOf(ref) === wd ? 7 : 0));
    return fmtDay(resolveWeekday(ref, wd, future && !/\blast\b/.test(low)));
  }
  if (hasYear) return String(c.get('year'));
  return undefined;
}

const YEAR_RE = /\b([A-Za-z]+)\s+((?:1[6-9]|20)\d\d)\b(?![-/.]\d|\s*(?:percent|%|people|troops|km|kilometres|miles|tons|tonnes|votes))/g;
const HOLIDAY_RE = new RegExp(`\\b(${[...HOLIDAYS.keys()].map((h) => h.replace(/'/g, "['’]")).join('|')})\\b`, 'gi');

/** words without which chrono cannot find a date: paragraphs lacking all of them are skipped (chrono is the slow part) */
const DATE_HINT = /\d|\b(mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|today|tonight|yesterday|tomorrow|week|month|year|ago|noon|midnight|weekend|christmas|this (?:morning|afternoon|evening))/i;

/** chrono over each sentence that may hold a date, with indexes mapped back to the whole text. */
function parseChunks(doc: Doc, refDate: Date): Array<{ r: Chrono.ParsedResult; at: number }> {
  const out: Array<{ r: Chrono.ParsedResult; at: number }> = [];
  const text = doc.text;
  for (let k = 0; k < doc.sentStart.length; k++) {
    const a = doc.sentStart[k] as number;
    const b = doc.sentEnd[k] as number;
    if (b <= a) continue;
    const from = doc.starts[a] as number;
    const chunk = text.slice(from, doc.ends[b - 1] as number);
    if (DATE_HINT.test(chunk)) {
      for (const r of chrono().parse(chunk, { instant: refDate, timezone: 0 }, { forwardDate: false })) out.push({ r, at: from + r.index });
    }
  }
  return out;
}

/** All date expressions of the text, in text order. */
export function findDates(doc: Doc, published: string | null): DateMention[] {
  const text = doc.text;
  const ref = parsePublished(published);
  const refDate = ref ? new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  const spans: Span[] = [];

  for (const { r, at } of parseChunks(doc, refDate)) {
    let start = at;
    let surface = r.text.replace(/[\s,;.:]+$/, '');
    // chrono glues "at 16:40 BRT, next Monday": keep only the date part after the last comma
    const comma = surface.lastIndexOf(',');
    if (comma > 0 && /\d:\d/.test(surface.slice(0, comma))) {
      const rest = surface.slice(comma + 1);
      start += comma + 1 + (rest.length - rest.trimStart().length);
      surface = rest.trim();
    }
    if (!surface) continue;
    const wide = widenLeft(text, start);
    const full = text.slice(wide, start + surface.length);
    const value = valueOf(r, full, ref, futureContext(text, wide));
    if (value === undefined) continue;
    if (!ref && value !== null && !r.start.isCertain('year')) continue;
    spans.push({ start: wide, end: start + surface.length, value });
  }

  // bare years after a preposition ("in 2016", "since 1999"): chrono leaves them alone
  YEAR_RE.lastIndex = 0;
  for (let m = YEAR_RE.exec(text); m; m = YEAR_RE.exec(text)) {
    const lead = (m[1] as string).toLowerCase();
    if (!YEAR_PREPOSITIONS.has(lead)) continue;
    const yearAt = m.index + m[0].length - (m[2] as string).length;
    const start = DATE_LEAD_WORDS.has(lead) ? m.index : yearAt;
    spans.push({ start, end: yearAt + 4, value: m[2] as string });
  }

  HOLIDAY_RE.lastIndex = 0;
  for (let m = HOLIDAY_RE.exec(text); m; m = HOLIDAY_RE.exec(text)) {
    const key = m[0].toLowerCase().replace(/’/g, "'");
    const md = HOLIDAYS.get(key);
    if (!md) continue;
    const start = widenLeft(text, m.index);
    const value = ref ? resolveDayOfYear(ref, md[0], md[1], futureContext(text, start)) : null;
    spans.push({ start, end: m.index + m[0].length, value });
  }

  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateMention[] = [];
  let lastEnd = -1;
  for (const s of spans) {
    if (s.start < lastEnd) continue; // overlapping: the earlier, longer one wins
    out.push({ text: text.slice(s.start, s.end), start: s.start, end: s.end, value: s.value });
    lastEnd = s.end;
  }
  return out;
}
