// Word lists for the date stage: lead words kept in the date text, future cues, fixed-date holidays.

/** words kept in front of a date expression ("on Tuesday", "in 2016", "last week") */
export const DATE_LEAD_WORDS: ReadonlySet<string> = new Set([
  'on', 'in', 'since', 'by', 'until', 'last', 'next', 'this', 'coming', 'early', 'late', 'mid',
]);

/** words before a bare year that make it a date ("in 2016", "since 1999", "the 2016 ..." is not) */
export const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'during', 'before', 'after', 'through', 'early', 'late', 'mid',
]);

/** words that, earlier in the sentence, point a bare month/weekday forward ("will meet on Friday", "due in March") */
export const FUTURE_CUES: ReadonlySet<string> = new Set([
  'will', "'ll", 'shall', 'due', 'expected', 'scheduled', 'upcoming', 'next', 'coming', 'leaves', 'plans', 'plan',
  'planning', 'intends', 'aims', 'until', 'ahead', 'would', 'hopes', 'hope', 'expects',
]);

/** fixed-date holidays: lower-case name -> [month, day] */
export const HOLIDAYS: ReadonlyMap<string, readonly [number, number]> = new Map<string, readonly [number, number]>([
  ['christmas day', [12, 25]],
  ['christmas eve', [12, 24]],
  ['boxing day', [12, 26]],
  ["new year's day", [1, 1]],
  ["new year's eve", [12, 31]],
  ["valentine's day", [2, 14]],
  ['halloween', [10, 31]],
]);
