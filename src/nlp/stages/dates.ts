// Stage: date expressions resolved against the publication date, at the precision the text gives (contract `dates.value`).
import type * as Chrono from 'chrono-node';
import { lazyRequire } from '../../core/lazy.js';

// the English locale alone (the package's main entry also loads 15 other locales, about 0.1 s): its `parse` is the
// same casual English parser, the very instance the main entry's `parse` uses
const chrono = lazyRequire<typeof Chrono>('chrono-node/en');

import type { DateMention } from '../../core/analysis.js';
import { POS_INDEX, type Doc } from '../types.js';
import { tokenAt } from '../tokenize.js';
import { DATE_LEAD_WORDS, FUTURE_CUES, HOLIDAYS, IRREGULAR_PAST, OPEN_CUES, YEAR_PREPOSITIONS } from '../lexicon/dates.js';

/**
 * Loads chrono, which is otherwise loaded by the first date search, and has it read one invented date, which
 * compiles its patterns (about a hundred regular expressions, compiled on their first use): the analyzer's start-up
 * (pipeline warmUp), so that the first article does not pay for it.
 */
export function prepareDates(): void {
  chrono().parse('on Monday, 3 March 2025', { instant: new Date(Date.UTC(2025, 2, 5)), timezone: 0 }, { forwardDate: false });
}

const DAY_MS = 86_400_000;

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

const VERB = POS_INDEX['VERB'] as number;
const AUX = POS_INDEX['AUX'] as number;
const ADV = POS_INDEX['ADV'] as number;
const PART = POS_INDEX['PART'] as number;
/** auxiliaries of a past clause: "were imposed in June", "had agreed in May" */
const PAST_AUX = new Set(['was', 'were', 'had', 'did']);
/** linking verbs in the present before a participle ("stays closed", "remains shut") */
const LINKING = new Set(['stay', 'stays', 'remain', 'remains', 'keep', 'keeps', 'get', 'gets', 'become', 'becomes', 'seem', 'seems']);

/** A past-tense verb form: "restarted", "met", "continued" (not a form that is also the present: "set", "put"). */
function pastForm(w: string): boolean {
  return IRREGULAR_PAST.has(w) || (w.length > 4 && w.endsWith('ed'));
}

/**
 * Whether a bare month or weekday at character offset `at` points forward: the words before it in its sentence, nearest
 * first. A cue ("will", "due", "next", "would", "plans") says so; the nearest verb, when it is in the past tense as a
 * finite verb ("talks that restarted in January", "fire continued until 3 a.m. on Tuesday", "sanctions were imposed in
 * June"), says the opposite and ends the search, since the date belongs to its clause, whatever an earlier clause or a
 * weak cue ("until", "ahead") says. A past form after a present or future auxiliary or linking verb ("will be held",
 * "stays closed") is no tense of its own.
 */
function futureContext(doc: Doc, at: number): boolean {
  const t0 = tokenAt(doc, at);
  if (t0 >= doc.n) return false;
  const from = doc.sentStart[doc.sentOf[t0] as number] as number;
  let open = OPEN_CUES.has(doc.lower[t0] as string); // the date's own lead word: "until Friday"
  let verbSeen = false;
  for (let t = t0 - 1; t >= from && t >= t0 - 40; t--) {
    const w = doc.lower[t] as string;
    if (OPEN_CUES.has(w)) {
      open = true;
      continue;
    }
    if (FUTURE_CUES.has(w)) return true;
    if (verbSeen) continue;
    const p = doc.pos[t] as number;
    if (p !== VERB) continue;
    verbSeen = true;
    let u = t - 1;
    while (u >= from && (doc.pos[u] === ADV || doc.pos[u] === PART)) u--;
    // after an auxiliary or a linking verb ("were shut", "will be held", "stays closed"), the tense is the auxiliary's
    if (u >= from && doc.pos[u] === AUX) {
      if (PAST_AUX.has(doc.lower[u] as string)) return false;
      continue;
    }
    if (u >= from && doc.pos[u] === VERB && LINKING.has(doc.lower[u] as string)) continue;
    if (!pastForm(w) || /^\p{Lu}/u.test(doc.words[t] as string)) continue;
    return false;
  }
  return open;
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
const PART_OF_TODAY = /^(?:(?:at|about|around|by|until|before|after|from|since|earlier|later)\s+)?(?:(?:about|around)\s+)?(?:[\d:.]+\s*(?:a\.?m\.?|p\.?m\.?)?\s*)?(?:this\s+(?:morning|afternoon|evening)|tonight)$/;

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
  // "this morning", "this evening", "tonight", "by this morning", "earlier this evening": the day of publication (chrono gives them a clock time only)
  if (PART_OF_TODAY.test(low)) return ref ? fmtDay(ref) : null;
  if (/^(for|within|over|in)\s+(the\s+)?(next|past|last)?\s*\d|\b(later|after|before|earlier|now)\b|^\d+\s*(-|to)\s*\d+$/.test(low)) return undefined;
  // "sat down", "wed": weekday abbreviations only count capitalised and as whole names
  if (/^(on\s+)?(sat|sun|mon|tue|tues|wed|thu|thur|thurs|fri)\.?$/i.test(surface.trim())) return undefined;
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

const NEXT_WORD = /^\d{4}\s+(\p{Lu}[\p{L}-]*)/u;
const WORD_BEFORE = /(\p{Lu}[\p{L}-]*)\s+$/u;

/**
 * A year that dates a named thing: "the 1974 Memorandum of Understanding", "the 2015 Paris Agreement" (the year before
 * a capitalised name; not a round hundred, which is more often a count: "the 2000 Marines"), "the Treaty of 1920", "the
 * Act of 1964" (after a capitalised word and "of"). "The" opening a sentence before a name with a year inside it ("The
 * Cold Response 2026 drills") is not this pattern: the year must follow "the" directly.
 */
function namedYear(text: string, lead: string, at: number, yearAt: number): boolean {
  if (lead === 'the') return !text.startsWith('00', yearAt + 2) && NEXT_WORD.test(text.slice(yearAt, yearAt + 40));
  if (lead === 'of') {
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1];
    return before !== undefined && before !== 'The';
  }
  return false;
}

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
    const value = valueOf(r, full, ref, futureContext(doc, wide));
    if (value === undefined) continue;
    if (!ref && value !== null && !r.start.isCertain('year')) continue;
    spans.push({ start: wide, end: start + surface.length, value });
  }

  // bare years after a preposition ("in 2016", "since 1999"): chrono leaves them alone
  YEAR_RE.lastIndex = 0;
  for (let m = YEAR_RE.exec(text); m; m = YEAR_RE.exec(text)) {
    const lead = (m[1] as string).toLowerCase();
    const yearAt = m.index + m[0].length - (m[2] as string).length;
    if (!YEAR_PREPOSITIONS.has(lead)) {
      if (namedYear(text, lead, m.index, yearAt)) spans.push({ start: yearAt, end: yearAt + 4, value: m[2] as string });
      continue;
    }
    const start = DATE_LEAD_WORDS.has(lead) ? m.index : yearAt;
    spans.push({ start, end: yearAt + 4, value: m[2] as string });
  }

  HOLIDAY_RE.lastIndex = 0;
  for (let m = HOLIDAY_RE.exec(text); m; m = HOLIDAY_RE.exec(text)) {
    const key = m[0].toLowerCase().replace(/’/g, "'");
    const md = HOLIDAYS.get(key);
    if (!md) continue;
    const start = widenLeft(text, m.index);
    const value = ref ? resolveDayOfYear(ref, md[0], md[1], futureContext(doc, start)) : null;
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
