// The repository interface of the news database. SQLite (sqlite/) and PostgreSQL (postgres/) implement it and pass the
// same suite (test/store/suite.ts, runStoreSuite({ newStore })). All methods are async.
import type { Analysis, Mention } from '../core/analysis.js';
import type { DashboardRepo } from './dashboard-types.js';
import type { WatchlistRepo } from './watchlist-types.js';
import type { ArticleFacts, CorroborationRepo } from './corroboration-types.js';
import type { CorrectionRepo } from './correction-types.js';
import type { StatementRepo } from './statement-types.js';
import type { TimelineRepo } from './timeline-types.js';

export interface SimHash {
  /** high and low 32 bits, as unsigned numbers */
  hi: number;
  lo: number;
}

/** One article version as the ingest service hands it to the store. */
export interface ArticleRecord {
  id: string;
  contentHash: string;
  url: string | null;
  source: string | null;
  title: string;
  subtitle: string | null;
  published: string | null;
  language: string | null;
  byline: string | null;
  text: string;
  /** the rest of the ArticleInput (dateline, ...), kept as given */
  inputMeta: Record<string, unknown>;
  /** original bytes when we fetched them (HTML page), else null */
  raw: Buffer | null;
  /** where it came from: file, file.jsonl:12, URL */
  ref: string;
  simhash: SimHash;
  /** MinHash signature (64 x uint32) and its LSH band keys */
  minhash: Uint32Array;
  lsh: number[];
  keywords: string[];
}

/** An analysis entity with its global keys, most specific first (wd:Q.., iso:JP, gn:.., TYPE:name). */
export interface EntityRecord {
  localId: string;
  keys: string[];
  name: string;
  type: string;
  kb: { wikidata?: string; geonames?: number; iso3166?: string };
  aliases: string[];
  titles: string[];
  salience: number;
  mentions: Mention[];
}

export type StoryChoice =
  | { kind: 'join'; storyId: number; duplicateOf: number | null }
  | { kind: 'new' };

export interface SaveArticleInput {
  batchId: number | null;
  article: ArticleRecord;
  analysis: Analysis;
  entities: EntityRecord[];
  story: StoryChoice;
  /** the model's own analysis when corrections changed `analysis` (kept so that they can be undone), else absent */
  modelAnalysis?: Analysis | null;
}

export type SaveStatus = 'new' | 'updated' | 'duplicate';

export interface SaveResult {
  status: SaveStatus;
  rowid: number;
  version: number;
  storyId: number | null;
  /** global entity ids of the saved article (empty for a duplicate) */
  entityIds: number[];
}

export interface ArticleLookup {
  /** a version with this exact content already exists */
  duplicate: boolean;
  latestVersion: number | null;
}

export interface NearDuplicate {
  rowid: number;
  articleId: string;
  storyId: number | null;
  simhash: SimHash;
  minhash: Uint32Array | null;
}

export interface ClusterCandidate {
  rowid: number;
  storyId: number | null;
  entityIds: number[];
  keywords: string[];
}

export interface ArticleSummary {
  id: string;
  version: number;
  title: string;
  url: string | null;
  source: string | null;
  published: string | null;
  storyId: number | null;
}

export interface ArticleView extends ArticleSummary {
  subtitle: string | null;
  byline: string | null;
  text: string;
  versions: number;
  ingestedAt: string;
  duplicateOf: string | null;
  analysis: Analysis | null;
  /** local entity id -> global entity id */
  entityMap: Record<string, number>;
}

export interface EntitySummary {
  id: number;
  key: string;
  name: string;
  type: string;
  articles: number;
}

/** an event of an entity's profile: the other party, the trigger word, the article, its corroboration and confidence */
export interface EventExample {
  other: string | null;
  trigger: string | null;
  articleId: string;
  sources: number;
  confidence: number;
}

export interface EntityProfile {
  id: number;
  key: string;
  name: string;
  type: string;
  kb: { wikidata: string | null; geonames: number | null; iso3166: string | null };
  keys: string[];
  aliases: Array<{ alias: string; n: number }>;
  titles: Array<{ title: string; n: number }>;
  articles: number;
  mentions: number;
  firstSeen: string | null;
  lastSeen: string | null;
  quotes: Array<{ text: string; kind: string; articleId: string; title: string; published: string | null }>;
  cooccurring: Array<{ id: number; name: string; type: string; articles: number }>;
  eventsAsActor: Array<{ type: string; count: number; examples: EventExample[] }>;
  eventsAsTarget: Array<{ type: string; count: number; examples: EventExample[] }>;
  /** the original keys folded into this entity, with their article counts (for split) */
  parts: Array<{ key: string; articles: number }>;
}

export interface SearchQuery {
  text: string;
  entity?: string | null;
  /** PLOVER event type */
  type?: string | null;
  source?: string | null;
  /** ISO 3166 alpha-2 of a place in the article */
  country?: string | null;
  from?: string | null;
  to?: string | null;
  sort?: 'relevance' | 'date';
  limit?: number;
  offset?: number;
  /** how many top hits facets are counted over */
  facetDepth?: number;
  /** articles with an event corroborated by at least this many independent sources (1 or less: no filter) */
  minSources?: number | null;
  /** articles with a fact (event or quote) of at least this confidence, 0..1 (src/core/confidence.ts) */
  minConfidence?: number | null;
}

export interface SearchHit {
  id: string;
  title: string;
  url: string | null;
  source: string | null;
  published: string | null;
  storyId: number | null;
  score: number;
  /** plain text, matches wrapped in \u0002 ... \u0003 */
  snippet: string;
  /** the snippet HTML-escaped, matches in <mark>...</mark> */
  snippetHtml: string;
}

export interface Facet {
  value: string;
  count: number;
}

export interface SearchResult {
  query: string;
  /** the FTS expression actually run (escaped when the input was not valid FTS syntax) */
  fts: string;
  escaped: boolean;
  total: number;
  /** set when total is an estimate: past the newest 10,000 matches it is extrapolated from their share of the articles */
  totalEstimated?: boolean;
  hits: SearchHit[];
  facets: { source: Facet[]; entity: Facet[]; eventType: Facet[] };
}

/** One latest article with its full analysis (text included), as `SearchRepo.scan` pages them out for exports. */
export interface ScanRow {
  id: string;
  version: number;
  url: string | null;
  /** the outlet's name */
  source: string | null;
  published: string | null;
  title: string;
  ingestedAt: string;
  /** the argus.analysis/1 object as stored, with article.text filled in */
  analysis: Analysis;
  /** corroboration and confidence of its events and quotes (by position in the analysis) */
  facts?: ArticleFacts;
}

export interface ScanPage {
  rows: ScanRow[];
  /** opaque cursor: pass it as `after` for the next page; null when this page was the last */
  next: string | null;
}

export interface StoreStats {
  articles: number;
  versions: number;
  stories: number;
  entities: number;
  mentions: number;
  quotes: number;
  events: number;
  places: number;
  feeds: number;
  failures: number;
}

export interface FeedRow {
  id: number;
  url: string;
  title: string | null;
  source: string | null;
  intervalS: number;
  etag: string | null;
  lastModified: string | null;
  lastChecked: string | null;
  lastOk: string | null;
  nextCheck: string | null;
  failures: number;
  lastError: string | null;
}

export interface FeedPoll {
  ok: boolean;
  etag?: string | null;
  lastModified?: string | null;
  title?: string | null;
  error?: string | null;
  checkedAt: string;
  nextCheck: string;
}

export interface IngestLogEntry {
  ref: string;
  status: 'new' | 'updated' | 'duplicate' | 'failed';
  articleId?: string | null;
  code?: string | null;
  message?: string | null;
}

export interface StoryRow {
  id: number;
  title: string;
  firstSeen: string | null;
  lastSeen: string | null;
  articles: number;
  sources: string[];
}

export interface StoryView extends StoryRow {
  members: Array<ArticleSummary & { duplicateOf: string | null }>;
}

export interface GraphEdge {
  a: number;
  b: number;
  weight: number;
}

export interface GraphNode {
  id: number;
  name: string;
  type: string;
  articles: number;
}

export interface PlaceCount {
  name: string;
  country: string | null;
  lat: number;
  lon: number;
  geonames: number | null;
  articles: number;
}

export interface DayCount {
  day: string;
  count: number;
}

export interface ArticleRepo {
  lookup(id: string, contentHash: string): Promise<ArticleLookup>;
  /**
   * one transaction: article version, FTS, analysis, entities, mentions, quotes, events, places, story, ingest log.
   * Ingest paths call services/correct.ts saveArticle, which applies the analysts' corrections before this.
   */
  save(input: SaveArticleInput): Promise<SaveResult>;
  get(id: string, version?: number): Promise<ArticleView | null>;
  /** latest versions sharing a SimHash band or a MinHash LSH band */
  nearDuplicates(sh: SimHash, lsh: number[]): Promise<NearDuplicate[]>;
  /** latest articles of one day with their global entity ids and keywords (story clustering reads a window of days) */
  articlesOnDay(day: string, limit: number): Promise<ClusterCandidate[]>;
  recent(limit: number): Promise<ArticleSummary[]>;
}

export interface EntityRepo {
  /** the entity each key list resolves to today (rules, then keys), or null */
  resolve(keys: string[][]): Promise<Array<number | null>>;
  find(name: string, limit?: number): Promise<EntitySummary[]>;
  get(id: number): Promise<EntitySummary | null>;
  profile(id: number, opts?: { quotes?: number; cooccurring?: number; examples?: number }): Promise<EntityProfile | null>;
  /** folds `fromId` into `intoId`; recorded as rules so re-ingest keeps it */
  merge(fromId: number, intoId: number): Promise<void>;
  /** moves the parts (original keys) of an entity to a new entity of their own; returns its id */
  split(id: number, keys: string[]): Promise<number>;
  top(limit: number, type?: string | null): Promise<EntitySummary[]>;
  graph(limit: number, minWeight?: number): Promise<{ nodes: GraphNode[]; edges: GraphEdge[] }>;
}

export interface SearchRepo {
  search(q: SearchQuery): Promise<SearchResult>;
  /**
   * Every latest article matching `q`'s text and filters, a page at a time in a stable order (sort, limit, offset and
   * facetDepth are ignored): start with `after` null, then pass each page's `next` until it is null. For exports over
   * any number of articles: memory stays at one page. Query syntax, escaping and an unknown entity (no rows) as `search`.
   */
  scan(q: SearchQuery, page: { after?: string | null; limit?: number }): Promise<ScanPage>;
}

export interface FeedRepo {
  add(url: string, opts?: { title?: string | null; source?: string | null; intervalS?: number }): Promise<FeedRow>;
  list(): Promise<FeedRow[]>;
  get(idOrUrl: number | string): Promise<FeedRow | null>;
  remove(idOrUrl: number | string): Promise<boolean>;
  due(nowIso: string): Promise<FeedRow[]>;
  recordPoll(id: number, poll: FeedPoll): Promise<void>;
}

export interface LogRepo {
  startBatch(args: string[]): Promise<number>;
  finishBatch(id: number, counts: Record<string, number>): Promise<void>;
  log(batchId: number | null, entry: IngestLogEntry): Promise<void>;
  failures(limit: number): Promise<Array<IngestLogEntry & { at: string }>>;
}

export interface ReadModelRepo {
  stats(): Promise<StoreStats>;
  stories(opts: { limit: number; offset?: number; minArticles?: number }): Promise<StoryRow[]>;
  story(id: number): Promise<StoryView | null>;
  places(opts: { limit: number; from?: string | null; to?: string | null }): Promise<PlaceCount[]>;
  /** articles per day, optionally those mentioning one entity or matching an FTS query */
  perDay(opts: { entityId?: number | null; from?: string | null; to?: string | null }): Promise<DayCount[]>;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  readonly articles: ArticleRepo;
  readonly entities: EntityRepo;
  readonly search: SearchRepo;
  readonly feeds: FeedRepo;
  readonly log: LogRepo;
  readonly reads: ReadModelRepo;
  /** the dashboard's read models (graphs, evidence, trends, query extras) */
  readonly dashboard: DashboardRepo;
  /** saved queries and watched entities, and their alerts */
  readonly watchlists: WatchlistRepo;
  /** event corroboration counts, fact confidence, outlet profiles (migration 007) */
  readonly corroboration: CorroborationRepo;
  /** analysts' corrections of quotes, events and places, and their audit list */
  readonly corrections: CorrectionRepo;
  /** statements (quotes, reported events) by speaker and by what they are about */
  readonly statements: StatementRepo;
  /** events and quotes of an entity, a pair or a story by date */
  readonly timeline: TimelineRepo;
  /**
   * Several articles' saves committed as one (SQLite: one write transaction and one commit for many articles, the saves
   * inside it as savepoints). Absent where every save commits on its own (PostgreSQL: a pool of connections).
   */
  readonly writeGroups?: WriteGroups;
  close(): Promise<void>;
}

/**
 * A group of writes on the store's one connection: everything written between begin() and commit() becomes visible,
 * and durable, at once; a process killed before commit() leaves none of it (the next ingest stores those articles).
 */
export interface WriteGroups {
  /** whether a group is open */
  readonly active: boolean;
  /** opens a group (a no-op when one is open); waits for the write lock as a save would */
  begin(): void;
  /** commits the open group (a no-op when none is open) */
  commit(): void;
  /** drops the open group's writes (a no-op when none is open) */
  rollback(): void;
}
