// The API's answers, typed from the server's own types where they exist.
import type {
  ArticleSummary, ArticleView, EntityProfile, EntitySummary, Facet, SearchResult, StoreStats, DayCount, PlaceCount,
} from '../../src/store/types';
import type { Alert, Watchlist, EvidenceRow } from '../../src/store/dashboard';
import type { TimelineItem } from '../../src/store/timeline-types';

export type { ArticleSummary, ArticleView, EntityProfile, EntitySummary, Facet, StoreStats, DayCount, Alert, Watchlist, EvidenceRow };
export type { MonthTone, SpeakersAnswer, StatementRow, StatementsAnswer } from '../../src/services/statement-types';

export type SearchAnswer = SearchResult & {
  facets: SearchResult['facets'] & { country: Facet[]; entityType: Facet[]; entities: Array<Facet & { id: number; type: string }> };
  perDay: DayCount[];
};

export interface ArticleAnswer {
  article: ArticleView;
  story: { id: number; title: string; articles: number } | null;
  related: Array<ArticleSummary & { duplicateOf: string | null }>;
}

export interface EntityAnswer {
  entity: EntityProfile;
  perDay: DayCount[];
}

export interface GraphAnswer {
  mode: 'events' | 'mentions';
  /** role: the actor's kb.role (GOV, MIL, IGO ...) where known */
  nodes: Array<{ id: number; name: string; type: string; weight: number; role?: string | null }>;
  /** sources: independent outlets reporting the event (corroboration), where the API gives it */
  edges: Array<{ source: number; target: number; weight: number; type: string | null; quad: string | null; sources?: number }>;
}

/** One event or quote of /api/timeline, with the quad class of an event's type. */
export type TimelineEntry = TimelineItem & { quad: string | null };

export interface TimelineAnswer {
  entity: EntitySummary | null;
  other: EntitySummary | null;
  story: { id: number; title: string; articles: number } | null;
  items: TimelineEntry[];
}

/** A mapped place with the number of articles that name it (the store's read model). */
export type PlaceRow = PlaceCount;

export interface TrendsAnswer {
  window: number;
  series: Array<{ kind: 'entity' | 'theme'; key: string; label: string; total: number; points: Array<{ day: string; count: number; baseline: number; spike: boolean }> }>;
  themes: Facet[];
}

export const PLOVER = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;

export const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT', 'PRODUCT', 'LAW', 'OTHER'] as const;
