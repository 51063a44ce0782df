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
  'planning', 'planned', 'slated', 'intends', 'aims', 'would', 'hopes', 'hope', 'expects',
]);

/** words that point forward only when no verb in the past tense stands between them and the date ("stays shut until
 * Friday", but "fighting continued until Tuesday") */
export const OPEN_CUES: ReadonlySet<string> = new Set(['until', 'till', 'ahead']);

/** past-tense forms not ending in -ed (forms that are also the present or a noun, "set", "put", "cut", "read", are left
 * out): the verb of a date's clause in the past tense makes a bare month or weekday a past one */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'said', 'met', 'held', 'took', 'made', 'began', 'came', 'went', 'gave', 'told', 'left', 'sent', 'won', 'lost', 'fell',
  'rose', 'struck', 'fought', 'broke', 'spoke', 'saw', 'kept', 'led', 'brought', 'bought', 'built', 'caught', 'drew',
  'drove', 'flew', 'froze', 'grew', 'knew', 'laid', 'meant', 'paid', 'ran', 'sat', 'shot', 'sold', 'sought', 'stood',
  'swore', 'threw', 'wrote', 'became', 'chose', 'hung', 'withdrew', 'sank', 'fled', 'found', 'felt', 'heard', 'got',
  'thought', 'taught', 'wore', 'woke', 'forbade', 'overtook', 'undertook', 'upheld', 'oversaw', 'sprang', 'slid',
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
