// Read models for dashboards and the CLI: counts, stories, places, articles per day.
import type { Db } from './open.js';
import type { DayCount, PlaceCount, ReadModelRepo, StoreStats, StoryRow, StoryView } from '../types.js';

interface StoryDb {
  id: number; title: string; first_seen: string | null; last_seen: string | null; article_count: number;
}

export class SqliteReadModelRepo implements ReadModelRepo {
  constructor(private readonly db: Db) {}

  async stats(): Promise<StoreStats> {
    const n = (sql: string): number => this.db.prepare(sql).pluck().get() as number;
    return {
      articles: n('SELECT count(*) FROM articles WHERE is_latest = 1'),
      versions: n('SELECT count(*) FROM articles'),
      stories: n('SELECT count(*) FROM stories WHERE article_count > 0'),
      entities: n('SELECT count(*) FROM entities'),
      mentions: n('SELECT count(*) FROM mentions'),
      quotes: n('SELECT count(*) FROM quotes'),
      events: n('SELECT count(*) FROM events'),
      places: n('SELECT count(*) FROM places'),
      feeds: n('SELECT count(*) FROM feeds'),
      failures: n("SELECT count(*) FROM ingest_log WHERE status = 'failed'"),
    };
  }

  private sources(storyId: number): string[] {
    return this.db.prepare(`SELECT DISTINCT s.name FROM articles a JOIN sources s ON s.id = a.source_id
        WHERE a.story_id = ? AND +a.is_latest = 1 ORDER BY s.name`).pluck().all(storyId) as string[];
  }

  private toRow(r: StoryDb): StoryRow {
    return { id: r.id, title: r.title, firstSeen: r.first_seen, lastSeen: r.last_seen, articles: r.article_count, sources: this.sources(r.id) };
  }

  async stories(opts: { limit: number; offset?: number; minArticles?: number }): Promise<StoryRow[]> {
    const rows = this.db.prepare(`SELECT id, title, first_seen, last_seen, article_count FROM stories WHERE article_count >= ?
        ORDER BY last_seen DESC, article_count DESC, id DESC LIMIT ? OFFSET ?`).all(opts.minArticles ?? 1, opts.limit, opts.offset ?? 0) as StoryDb[];
    return rows.map((r) => this.toRow(r));
  }

  async story(id: number): Promise<StoryView | null> {
    const r = this.db.prepare('SELECT id, title, first_seen, last_seen, article_count FROM stories WHERE id = ?').get(id) as StoryDb | undefined;
    if (!r) return null;
    const members = this.db.prepare(`SELECT a.id, a.version, a.title, a.url, s.name AS source, a.published, a.story_id AS storyId,
        d.id AS duplicateOf FROM articles a LEFT JOIN sources s ON s.id = a.source_id LEFT JOIN articles d ON d.rowid = a.duplicate_of
        WHERE a.story_id = ? AND +a.is_latest = 1 ORDER BY a.day, a.rowid`).all(id) as StoryView['members'];
    return { ...this.toRow(r), members };
  }

  async places(opts: { limit: number; from?: string | null; to?: string | null }): Promise<PlaceCount[]> {
    return this.db.prepare(`SELECT p.name, p.country, avg(p.lat) AS lat, avg(p.lon) AS lon, p.geonames, count(DISTINCT p.article_rowid) AS articles
        FROM places p JOIN articles a ON a.rowid = p.article_rowid AND a.is_latest = 1
        WHERE (@from IS NULL OR a.day >= @from) AND (@to IS NULL OR a.day <= @to)
        GROUP BY p.name, p.country ORDER BY articles DESC LIMIT @limit`).all({ from: opts.from ?? null, to: opts.to ?? null, limit: opts.limit }) as PlaceCount[];
  }

  async perDay(opts: { entityId?: number | null; from?: string | null; to?: string | null }): Promise<DayCount[]> {
    const p = { entity: opts.entityId ?? null, from: opts.from ?? null, to: opts.to ?? null };
    const sql = opts.entityId != null
      ? `SELECT a.day, count(DISTINCT a.rowid) AS count FROM article_entities ae JOIN articles a ON a.rowid = ae.article_rowid AND a.is_latest = 1
          WHERE ae.entity_id = @entity AND (@from IS NULL OR a.day >= @from) AND (@to IS NULL OR a.day <= @to) GROUP BY a.day ORDER BY a.day`
      : `SELECT a.day, count(*) AS count FROM articles a WHERE a.is_latest = 1 AND (@entity IS NULL)
          AND (@from IS NULL OR a.day >= @from) AND (@to IS NULL OR a.day <= @to) GROUP BY a.day ORDER BY a.day`;
    return this.db.prepare(sql).all(p) as DayCount[];
  }
}
