// Confidence of an extracted fact: the extractor's prior for facts of its shape, raised by independent corroboration.
//
// Argus's coders emit no per-fact score, so the extractor's own score is the measured precision of facts of the same
// shape on the gold articles (eval/dev + the seed), smoothed as (correct + 1) / (predicted + 2);
// `node --import tsx scripts/calibrate-confidence.ts` reproduces the table below.
// Corroboration: each independent source beyond the first halves the remaining doubt:
//   confidence = min(CAP, 1 − (1 − prior) · 0.5^(sources − 1))
// Quotes are not corroborated (a quote's wording differs between outlets), so a quote's confidence is its prior.

/** the shape of an event: both actors named; one actor only; negated ("did not attack") */
export const EVENT_CLASSES = ['actors', 'one-actor', 'negated'] as const;
export type EventClass = (typeof EVENT_CLASSES)[number];
/** the shape of a quote: direct with a speaker; indirect or mixed with a speaker; no speaker */
export const QUOTE_CLASSES = ['direct', 'indirect', 'unattributed'] as const;
export type QuoteClass = (typeof QUOTE_CLASSES)[number];

/**
 * Measured by scripts/calibrate-confidence.ts on 2026-12-04 (11 gold articles: 46/68 events with both actors right,
 * 4/20 one-actor, 1/2 negated; 34/34 direct quotes with the right speaker, 41/47 indirect, 6/8 unattributed). eval/dev
 * guided development, so these are optimistic; the negated prior rests on two events.
 */
export const EVENT_PRIOR: Record<EventClass, number> = { actors: 0.67, 'one-actor': 0.23, negated: 0.5 };
export const QUOTE_PRIOR: Record<QuoteClass, number> = { direct: 0.97, indirect: 0.86, unattributed: 0.7 };

/** each extra independent source keeps this share of the remaining doubt */
export const DOUBT_PER_SOURCE = 0.5;
/** no fact is certain */
export const CONFIDENCE_CAP = 0.99;

export function eventClass(e: { source: unknown; target: unknown; negated?: boolean | null | number }): EventClass {
  if (e.negated) return 'negated';
  return e.source != null && e.target != null ? 'actors' : 'one-actor';
}

export function quoteClass(q: { kind: string; speaker: unknown }): QuoteClass {
  if (q.speaker == null) return 'unattributed';
  return q.kind === 'direct' ? 'direct' : 'indirect';
}

/** prior combined with corroboration by `sources` independent sources (1 = only the reporting outlet), rounded to 3 places */
export function corroborated(prior: number, sources: number): number {
  const extra = Math.max(0, Math.floor(sources) - 1);
  const c = 1 - (1 - prior) * DOUBT_PER_SOURCE ** extra;
  return Math.round(Math.min(CONFIDENCE_CAP, c) * 1000) / 1000;
}

export function eventConfidence(e: { source: unknown; target: unknown; negated?: boolean | null | number }, sources: number): number {
  return corroborated(EVENT_PRIOR[eventClass(e)], sources);
}

export function quoteConfidence(q: { kind: string; speaker: unknown }): number {
  return corroborated(QUOTE_PRIOR[quoteClass(q)], 1);
}

/**
 * The fewest independent sources an event of a class needs to reach `min` confidence, or null when none can (above
 * the cap). The stores filter on this (an integer per class), so SQL never computes the formula.
 */
export function sourcesNeeded(cls: EventClass, min: number): number | null {
  if (min > CONFIDENCE_CAP) return null;
  for (let k = 1; k <= 64; k++) if (corroborated(EVENT_PRIOR[cls], k) >= min) return k;
  return null;
}

/** Whether a quote class reaches `min` (quotes are not corroborated). */
export function quoteReaches(cls: QuoteClass, min: number): boolean {
  return corroborated(QUOTE_PRIOR[cls], 1) >= min;
}
