// Article metadata found in the text itself: bylines ("By Jane Doe, Reuters") and datelines ("TOKYO (Reuters) -").
import type { Dateline } from '../core/input.js';

const BYLINE_HEAD = /^by[:\s]\s*/i;
// Words a byline may contain besides capitalized names: "By Jane Doe and John Roe, Reuters staff in Kyiv".
const BYLINE_LOWER = new Set([
  'and', '&', 'of', 'the', 'in', 'at', 'for', 'from', 'with', 'staff', 'correspondent', 'correspondents', 'reporter', 'reporters',
  'writer', 'writers', 'editor', 'editors', 'agencies', 'agency', 'bureau', 'desk', 'team', 'news', 'de', 'van', 'von', 'der', 'da', 'di',
  'du', 'la', 'le', 'bin', 'al', 'el', 'y', 'senior', 'chief', 'political', 'foreign', 'diplomatic', 'defence', 'defense', 'security',
  'economics', 'business', 'europe', 'special', 'contributor', 'contributing', 'wire', 'services', 'service', 'international', 'affairs',
]);
const NAME_WORD = /^[\p{Lu}][\p{L}\p{M}'’.-]*$|^[\p{Lu}]\.$|^[\p{Lu}]{2,}$/u;

/** Roles that make a short "Name, Role" line an issuer byline ("Ned Price, Department Spokesperson"). */
const ISSUER_ROLE = /\b(Spokesperson|Spokesman|Spokeswoman|Secretary|Ambassador|Minister|Ministry|Department|President|Press Secretary|Envoy|Representative|Coordinator|Director)\b/;

/**
 * A press release's issuer line at the top of the body: "Office of the Spokesperson", "Antony J. Blinken, Secretary of
 * State", "Ned Price, Department Spokesperson". No verb, no closing punctuation, a handful of capitalized words.
 */
export function parseIssuerLine(line: string): string | null {
  const t = line.trim();
  if (t.length > 90 || /[.!?:;"“”]$/.test(t)) return null;
  const words = t.split(/[\s,]+/).filter(Boolean);
  if (words.length < 2 || words.length > 10) return null;
  for (const w of words) if (!NAME_WORD.test(w) && !BYLINE_LOWER.has(w.toLowerCase())) return null;
  if (/^Office of (the )?[\p{Lu}]/u.test(t)) return t;
  const comma = t.indexOf(',');
  return comma > 0 && ISSUER_ROLE.test(t.slice(comma + 1)) ? t : null;
}

/** The author part of a byline line ("By Jane Doe, Reuters" -> "Jane Doe, Reuters"), or null when the line is not a byline. */
export function parseByline(line: string): string | null {
  if (line.length > 160 || !BYLINE_HEAD.test(line)) return null;
  const rest = line.replace(BYLINE_HEAD, '').trim();
  if (rest === '' || /[.!?]["”’]?$/.test(rest) && !/\b[\p{Lu}]\.$/u.test(rest)) return null;
  const words = rest.split(/[\s,;|/]+/).filter((w) => w !== '' && w !== '-' && w !== '–' && w !== '—');
  if (words.length === 0 || words.length > 16) return null;
  if (!NAME_WORD.test(words[0] ?? '')) return null;
  let names = 0;
  for (const w of words) {
    if (NAME_WORD.test(w)) names++;
    else if (!BYLINE_LOWER.has(w.toLowerCase())) return null;
  }
  return names > 0 ? rest.replace(/\s*[|]\s*$/, '') : null;
}

// PLACE: an all-caps word group ("TOKYO", "NEW YORK", "TROMSØ"), optionally ", Region" in any case.
const CAPS_PLACE = String.raw`[\p{Lu}][\p{Lu}\p{M}.'’ -]*[\p{Lu}\p{M}.]`;
const TITLE_PLACE = String.raw`[\p{Lu}][\p{L}\p{M}.'’-]*(?: [\p{Lu}][\p{L}\p{M}.'’-]*){0,3}`;
const REGION = String.raw`(?:,\s*[\p{Lu}][\p{L}\p{M}.'’-]*(?: [\p{Lu}][\p{L}\p{M}.'’-]*){0,3}){0,2}`;
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DATE = String.raw`(?:,\s*(?:${MONTH} \d{1,2}(?:,? \d{4})?|\d{1,2} ${MONTH}(?:,? \d{4})?|\d{4}-\d{2}-\d{2}))?`;
const AGENCY = String.raw`(?:\s*\((?:[^()\n]{1,40})\))?`;
const DASH = String.raw`\s*(?:[-–—]{1,2}|:)\s+`;
const CAPS_DATELINE = new RegExp(String.raw`^(${CAPS_PLACE}${REGION})${DATE}${AGENCY}${DASH}`, 'u');
// Title-case place names need more evidence: an agency in parentheses or a region after a comma.
const TITLE_DATELINE_AGENCY = new RegExp(String.raw`^(${TITLE_PLACE}${REGION})${DATE}\s*\((?:[^()\n]{1,40})\)${DASH}`, 'u');
const TITLE_DATELINE_REGION = new RegExp(String.raw`^(${TITLE_PLACE},\s*${TITLE_PLACE})${DATE}\s*[–—]{1,2}\s+`, 'u');

// Capitalized labels that open a paragraph like a dateline but name no place.
const NOT_PLACES = new Set([
  'UPDATE', 'UPDATED', 'BREAKING', 'BREAKING NEWS', 'EXCLUSIVE', 'ANALYSIS', 'OPINION', 'COMMENT', 'EDITOR’S NOTE', "EDITOR'S NOTE",
  'CORRECTION', 'CLARIFICATION', 'WATCH', 'LIVE', 'NOTE', 'FACT CHECK', 'FACTBOX', 'EXPLAINER', 'REVIEW', 'INTERVIEW', 'VIDEO',
  'PHOTOS', 'UPDATE 1', 'URGENT', 'FLASH', 'NEWS', 'WARNING', 'SPOILER', 'ALERT', 'NB', 'PS', 'FAQ', 'TL;DR', 'TLDR', 'NATO', 'EU', 'UN',
]);

/** The dateline at the start of a paragraph ("WASHINGTON, March 3 (AP) —"), or null. */
export function parseDateline(para: string): Dateline | null {
  const m = CAPS_DATELINE.exec(para) ?? TITLE_DATELINE_AGENCY.exec(para) ?? TITLE_DATELINE_REGION.exec(para);
  if (!m || m[1] === undefined) return null;
  const place = m[1].trim();
  // "I" or "A" followed by a dash is a sentence, not a place; so is a place with no letters after it.
  if (place.replace(/[^\p{L}]/gu, '').length < 2) return null;
  if (NOT_PLACES.has(place.toUpperCase())) return null;
  if (m[0].length >= para.length) return null;
  return { place, text: m[0].trim() };
}

const WEEKDAY = String.raw`(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s+`;
const CLOCK = String.raw`(?:\s*(?:[,·|•-]|at)?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?)?`;
const BARE_DATE = new RegExp(
  String.raw`^(?:${WEEKDAY})?(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})${CLOCK}$`,
  'i',
);

/** A line that is only a date, perhaps with a weekday and a time ("Tue 5 Mar 2024 10.00 GMT"): page metadata near the top. */
export function isBareDate(line: string): boolean {
  return line.length <= 60 && BARE_DATE.test(line);
}
