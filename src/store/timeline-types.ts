// The timeline read model: what happened to an entity, between two entities, or in a story — events and quotes by date,
// each with the offsets of its span in the article so a page can link to the sentence.
import type { DateRange } from './dashboard-types.js';

export interface TimelineFilter extends DateRange {
  /** events where it is a party; quotes it speaks or that name it */
  entity?: number | null;
  /** with `entity`: only what involves both (an event between them; a quote by one naming the other, or naming both) */
  other?: number | null;
  /** only the articles of this story */
  story?: number | null;
  limit: number;
}

export interface TimelineItem {
  kind: 'event' | 'quote';
  articleId: string;
  title: string;
  /** the outlet */
  source: string | null;
  published: string | null;
  /** the article's day (YYYY-MM-DD): the timeline's order */
  day: string | null;
  /** the event's own date when the text gives one (YYYY, YYYY-MM or YYYY-MM-DD) */
  date: string | null;
  /** PLOVER type of an event; null for a quote */
  type: string | null;
  /** quote: direct, indirect ...; event: null */
  quoteKind: string | null;
  negated: boolean;
  /** the event's source, or the quote's speaker */
  actorId: number | null;
  actorName: string | null;
  /** the event's target; null for a quote */
  targetId: number | null;
  targetName: string | null;
  /** the quote, or the event's trigger word */
  text: string | null;
  /** the sentence(s) around the span */
  sentence: string;
  /** character offsets of the event or quote in the article text */
  start: number;
  end: number;
}

export interface TimelineRepo {
  /** newest first (by the article's day), at most `limit` items */
  items(f: TimelineFilter): Promise<TimelineItem[]>;
}

/** Newest day first; within a day by article, then by position in the text. */
export function byTimeline(a: TimelineItem, b: TimelineItem): number {
  const d = (b.day ?? '').localeCompare(a.day ?? '');
  return d !== 0 ? d : a.articleId.localeCompare(b.articleId) || a.start - b.start || a.kind.localeCompare(b.kind);
}
