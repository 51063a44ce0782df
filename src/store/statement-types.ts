// Statements: a quote by a speaker, or an event a speaker reports (`reported_by`), and the entities it is about
// (migration 008 keeps them in step with the analyses). Read models for one speaker's statements and for who speaks
// about an entity.

export interface EntityRef {
  id: number;
  name: string;
  type: string;
}

export interface StatementRange {
  /** YYYY-MM-DD (or a longer ISO date; the day is used), inclusive */
  from?: string | null;
  to?: string | null;
}

export interface StatementQuery extends StatementRange {
  speakerId: number;
  /** only statements about this entity */
  aboutId?: number | null;
}

export type StatementKind = 'quote' | 'event';

export interface StatementArticle {
  id: string;
  title: string;
  url: string | null;
  /** the outlet */
  source: string | null;
  published: string | null;
}

export interface StatementRow {
  article: StatementArticle;
  /** the article's day (YYYY-MM-DD): when the statement was made or reported */
  date: string;
  kind: StatementKind;
  /** the quote's or the event's index in the article's analysis */
  index: number;
  /** the quote, or the sentence holding the reported event */
  text: string;
  /** offsets in the article text: the quote, or the event's trigger */
  start: number;
  end: number;
  /** direct, indirect, ... for a quote */
  quoteKind: string | null;
  /** the PLOVER type and the two parties of a reported event */
  eventType: string | null;
  eventSource: EntityRef | null;
  eventTarget: EntityRef | null;
  speaker: EntityRef;
  /** the entities it is about (never the speaker), by name */
  about: EntityRef[];
  /** the article's tone score (analysis.tone.score), -1..1 */
  articleTone: number | null;
}

/** One matching statement, light: what a timeline or a tone-per-month chart needs. */
export interface StatementText {
  date: string;
  kind: StatementKind;
  text: string;
}

export interface SpeakerCount extends EntityRef {
  statements: number;
  /** statements per month (YYYY-MM), oldest first */
  months: Array<{ month: string; statements: number }>;
}

export interface StatementRepo {
  /** a speaker's statements, newest first, with their about-entities; total counts every match */
  list(q: StatementQuery & { limit: number; offset?: number }): Promise<{ total: number; rows: StatementRow[] }>;
  /** every matching statement's date and text, newest first, at most `cap` */
  texts(q: StatementQuery, cap: number): Promise<StatementText[]>;
  /** the entities a speaker's statements are about, most statements first */
  topics(speakerId: number, f: StatementRange & { limit: number }): Promise<Array<EntityRef & { statements: number }>>;
  /** who makes statements about an entity (not the entity itself), most statements first, with counts per month */
  speakers(aboutId: number, f: StatementRange & { limit: number }): Promise<SpeakerCount[]>;
}
