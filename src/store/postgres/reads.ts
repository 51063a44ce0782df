// Read models in PostgreSQL for dashboards and the CLI: counts, stories, places, articles per day.
import type { PgDb } from './db.js';
import type { DayCount, PlaceCount, ReadModelRepo, StoreStats, StoryRow, StoryView } from '../types.js';

interface StoryDb {
  id: number; title: string; first_seen: string | null; last_seen: string | null; article_count: number;
}

export class PgReadModelRepo implements ReadModelRepo {
  constructor(private readonly db: PgDb) {}

  async stats(): Promise<StoreStats> {
    const r = await this.db.one<StoreStats>(`SELECT
        (SELECT count(*) FROM articles WHERE is_latest = 1) AS articles,
        (SELECT count(*) FROM articles) AS versions,
        (SELECT count(*) FROM stories WHERE article_count > 0) AS stories,
        (SELECT count(*) FROM entities) AS entities,
        (SELECT count(*) FROM mentions) AS mentions,
        (SELECT count(*) FROM quotes) AS quotes,
        (SELECT count(*) FROM events) AS events,
        (SELECT count(*) FROM places) AS places,
        (SELECT count(*) FROM feeds) AS feeds,
        (SELECT count(*) FROM ingest_log WHERE status = 'failed') AS failures`);
    return r as StoreStats;
  }

  private async toRows(rows: StoryDb[]): Promise<StoryRow[]> {
    if (rows.length === 0) return [];
    const srcs = await this.db.all<{ story_id: number; name: string }>(`SELECT DISTINCT a.story_id, s.name COLLATE "C" AS name FROM articles a JOIN sources s ON s.id = a.source_id
        WHERE a.story_id = ANY($1::int[]) AND a.is_latest = 1 ORDER BY 1, 2`, [rows.map((r) => r.id)]);
    const by = new Map<number, string[]>();
    for (const s of srcs) by.set(s.story_id, [...(by.get(s.story_id) ?? []), s.name]);
    return rows.map((r) => ({ id: r.id, title: r.title, firstSeen: r.first_seen, lastSeen: r.last_seen, articles: r.article_count, sources: by.get(r.id) ?? [] }));
  }

  async stories(opts: { limit: number; offset?: number; minArticles?: number }): Promise<StoryRow[]> {
    const rows = await this.db.all<StoryDb>(`SELECT id, title, first_seen, last_seen, article_count FROM stories WHERE article_count >= $1
        ORDER BY last_seen DESC NULLS LAST, article_count DESC, id DESC LIMIT $2 OFFSET $3`, [opts.minArticles ?? 1, opts.limit, opts.offset ?? 0]);
    return this.toRows(rows);
  }

  async story(id: number): Promise<StoryView | null> {
    const r = await this.db.one<StoryDb>('SELECT id, title, first_seen, last_seen, article_count FROM stories WHERE id = $1', [id]);
    if (!r) return null;
    const members = await this.db.all<StoryView['members'][number]>(`SELECT a.id, a.version, a.title, a.url, s.name AS source, a.published,
        a.story_id AS "storyId", d.id AS "duplicateOf" FROM articles a LEFT JOIN sources s ON s.id = a.source_id LEFT JOIN articles d ON d.rowid = a.duplicate_of
        WHERE a.story_id = $1 AND a.is_latest = 1 ORDER BY a.day NULLS FIRST, a.rowid`, [id]);
    const [row] = await this.toRows([r]);
    return { ...(row as StoryRow), members };
  }

  async places(opts: { limit: number; from?: string | null; to?: string | null }): Promise<PlaceCount[]> {
    return this.db.all<PlaceCount>(`SELECT p.name, p.country, avg(p.lat) AS lat, avg(p.lon) AS lon, max(p.geonames) AS geonames,
        count(DISTINCT p.article_rowid) AS articles
        FROM places p JOIN articles a ON a.rowid = p.article_rowid AND a.is_latest = 1
        WHERE (@from::text IS NULL OR a.day >= @from) AND (@to::text IS NULL OR a.day <= @to)
        GROUP BY p.name, p.country ORDER BY articles DESC, p.name LIMIT @limit`, { from: opts.from ?? null, to: opts.to ?? null, limit: opts.limit });
  }

  async perDay(opts: { entityId?: number | null; from?: string | null; to?: string | null }): Promise<DayCount[]> {
    const p = { entity: opts.entityId ?? null, from: opts.from ?? null, to: opts.to ?? null };
    const sql = opts.entityId != null
      ? `SELECT a.day, count(DISTINCT a.rowid) AS count FROM article_entities ae JOIN articles a ON a.rowid = ae.article_rowid AND a.is_latest = 1
          WHERE ae.entity_id = @entity::int AND (@from::text IS NULL OR a.day >= @from) AND (@to::text IS NULL OR a.day <= @to) GROUP BY a.day ORDER BY a.day NULLS FIRST`
      : `SELECT a.day, count(*) AS count FROM articles a WHERE a.is_latest = 1
          AND (@from::text IS NULL OR a.day >= @from) AND (@to::text IS NULL OR a.day <= @to) GROUP BY a.day ORDER BY a.day NULLS FIRST`;
    return this.db.all<DayCount>(sql, p);
  }
}
