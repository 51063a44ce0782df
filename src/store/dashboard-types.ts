// Read models the dashboard needs beyond the Store's own: query extras, event and co-mention graphs, evidence, place filters, trends.
import type { ArticleSummary, DayCount, Facet, SearchQuery } from './types.js';

export interface DateRange {
  from?: string | null;
  to?: string | null;
}

export interface QueryExtras {
  /** articles per day matching the query and its filters */
  perDay: DayCount[];
  /** ISO 3166 alpha-2 of the places in the matching articles */
  country: Facet[];
  /** entity types mentioned in the matching articles */
  entityType: Facet[];
  /** the most mentioned entities in the matching articles, with id and type (so a page can filter them by type) */
  entities: Array<Facet & { id: number; type: string }>;
}

export interface GraphFilter extends DateRange {
  /** PLOVER event type */
  type?: string | null;
  entityType?: string | null;
  /** keep only edges touching this entity */
  entityId?: number | null;
  /** events graph: only events corroborated by at least this many independent sources */
  minSources?: number | null;
  limit: number;
}

export interface DashNode {
  id: number;
  name: string;
  type: string;
  /** events (as source or target) or articles, depending on the graph */
  weight: number;
}

export interface EventEdge {
  source: number;
  target: number;
  type: string;
  count: number;
  /** the most independent sources any of the edge's events has (corroboration) */
  sources: number;
}

export interface CoMentionEdge {
  a: number;
  b: number;
  weight: number;
}

export interface EvidenceRow {
  articleId: string;
  title: string;
  published: string | null;
  /** PLOVER type for events, null for a co-mention */
  type: string | null;
  sourceName: string | null;
  targetName: string | null;
  trigger: string | null;
  /** the sentence holding the event (or the first co-mention) */
  sentence: string;
}

export interface PlaceFilter extends DateRange {
  type?: string | null;
  /** only articles with an event corroborated by at least this many independent sources */
  minSources?: number | null;
  limit: number;
}

export interface SeriesPoint {
  key: string;
  day: string;
  count: number;
}

export interface DashboardRepo {
  queryExtras(q: SearchQuery, fts: string): Promise<QueryExtras>;
  eventGraph(f: GraphFilter): Promise<{ nodes: DashNode[]; edges: EventEdge[] }>;
  coMentionGraph(f: GraphFilter & { minWeight: number }): Promise<{ nodes: DashNode[]; edges: CoMentionEdge[] }>;
  /** events between two entities (either direction), else sentences of articles mentioning both */
  evidence(a: number, b: number, f: DateRange & { type?: string | null; limit: number }): Promise<EvidenceRow[]>;
  places(f: PlaceFilter): Promise<Array<{ name: string; country: string | null; lat: number; lon: number; geonames: number | null; articles: number }>>;
  placeArticles(name: string, country: string | null, f: PlaceFilter): Promise<ArticleSummary[]>;
  /** articles per day per entity id (key = the id as a string) */
  entitySeries(ids: number[], f: DateRange): Promise<SeriesPoint[]>;
  /** the themes of the analyses, articles per day */
  themeSeries(themes: string[] | null, f: DateRange): Promise<SeriesPoint[]>;
  topThemes(limit: number, f: DateRange): Promise<Facet[]>;
  /** changes whenever articles, alerts or (from another process) anything else was written: a cache key */
  dataVersion(): Promise<string>;
  /** the article's internal row id (latest version), or null */
  rowidOf(articleId: string): Promise<number | null>;
  /** kb.role (GOV, MIL, IGO ...) of organisations and people, as the latest analysis naming each gives it; none when unknown */
  entityRoles(ids: number[]): Promise<Array<{ id: number; role: string }>>;
}
