// Row shapes, row mappers and SQL fragments that read the same in both backends (sqlite/ and postgres/): one copy here.
import type { FeedRow } from './types.js';
import type { Watchlist } from './watchlist-types.js';

export interface WatchlistDb {
  id: number; name: string; query: string; entity_ids: string; source: string | null; type: string | null; country: string | null;
  webhook: string | null; created_at: string; alerts: number; unseen: number;
}

export const SELECT_WATCHLIST = `SELECT w.*, (SELECT count(*) FROM alerts x WHERE x.watchlist_id = w.id) AS alerts,
  (SELECT count(*) FROM alerts x WHERE x.watchlist_id = w.id AND x.seen = 0) AS unseen FROM watchlists w`;

export function toWatchlist(r: WatchlistDb): Watchlist {
  return {
    id: r.id, name: r.name, query: r.query, entityIds: JSON.parse(r.entity_ids) as number[], source: r.source, type: r.type,
    country: r.country, webhook: r.webhook, createdAt: r.created_at, alerts: r.alerts, unseen: r.unseen,
  };
}

export interface FeedDb {
  id: number; url: string; title: string | null; source: string | null; interval_s: number; etag: string | null;
  last_modified: string | null; last_checked: string | null; last_ok: string | null; next_check: string | null;
  failures: number; last_error: string | null;
}

export const SELECT_FEED = `SELECT f.id, f.url, f.title, s.name AS source, f.interval_s, f.etag, f.last_modified, f.last_checked, f.last_ok,
  f.next_check, f.failures, f.last_error FROM feeds f LEFT JOIN sources s ON s.id = f.source_id`;

export function toFeed(r: FeedDb): FeedRow {
  return {
    id: r.id, url: r.url, title: r.title, source: r.source, intervalS: r.interval_s, etag: r.etag, lastModified: r.last_modified,
    lastChecked: r.last_checked, lastOk: r.last_ok, nextCheck: r.next_check, failures: r.failures, lastError: r.last_error,
  };
}

export interface EntityRow {
  id: number;
  key: string;
  name: string;
  type: string;
  wikidata: string | null;
  geonames: number | null;
  iso3166: string | null;
}

export const LATEST = 'JOIN articles a ON a.rowid = ae.article_rowid AND a.is_latest = 1';

export interface ArticleRow {
  rowid: number;
  id: string;
  version: number;
  url: string | null;
  source: string | null;
  title: string;
  subtitle: string | null;
  published: string | null;
  byline: string | null;
  text: string;
  story_id: number | null;
  duplicate_of: number | null;
  ingested_at: string;
}

export const now = (): string => new Date().toISOString();

export function dayOf(published: string | null, fallback: string): string {
  const m = published ? /^(\d{4}-\d{2}-\d{2})/.exec(published) : null;
  return m?.[1] ?? fallback.slice(0, 10);
}
