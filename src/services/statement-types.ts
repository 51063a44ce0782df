// The answers of the statement service (API, CLI, dashboard): types only, so the dashboard can import them.
import type { EntityRef, SpeakerCount, StatementRow } from '../store/statement-types.js';

export type { EntityRef, SpeakerCount, StatementRow } from '../store/statement-types.js';

export interface MonthTone {
  /** YYYY-MM */
  month: string;
  statements: number;
  /** mean statement tone, -1..1 */
  tone: number;
}

export interface StatementsAnswer {
  speaker: EntityRef;
  about: EntityRef | null;
  from: string | null;
  to: string | null;
  total: number;
  limit: number;
  offset: number;
  statements: Array<StatementRow & { tone: number }>;
  /** every matching statement per month, oldest first, with its mean tone */
  months: MonthTone[];
  /** what the speaker's statements (in the date range, any about) are about, most statements first: the about-filter's choices */
  topics: Array<EntityRef & { statements: number }>;
}

export interface SpeakersAnswer {
  entity: EntityRef;
  from: string | null;
  to: string | null;
  speakers: SpeakerCount[];
  /** statements about the entity by anyone per month, oldest first */
  months: Array<{ month: string; statements: number }>;
}
