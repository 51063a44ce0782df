// Watchlists and alerts in PostgreSQL. A watchlist's query is the search language translated to a tsquery and matched
// against one article's tsvector (its stored one, or one made from its text for a retired version).
import type { PgDb } from './db.js';
import type { Alert, Watchlist, WatchlistInput, WatchlistRepo } from '../watchlist-types.js';
import { complexityProblem } from '../fts-query.js';
import { toTsQuery } from './tsquery.js';
import { SELECT_WATCHLIST, toWatchlist, type WatchlistDb } from '../rows.js';

export class PgWatchlistRepo implements WatchlistRepo {
  constructor(private readonly db: PgDb) {}

  async checkedUpTo(): Promise<number> {
    return (await this.db.value<number>('SELECT checked_rowid FROM watch_state WHERE id = 1')) ?? 0;
  }

  async markChecked(rowid?: number): Promise<void> {
    if (rowid === undefined) {
      await this.db.run('UPDATE watch_state SET checked_rowid = GREATEST(checked_rowid, (SELECT coalesce(max(rowid), 0) FROM articles)) WHERE id = 1');
    } else {
      await this.db.run('UPDATE watch_state SET checked_rowid = GREATEST(checked_rowid, $1) WHERE id = 1', [rowid]);
    }
  }

  async articlesAfter(rowid: number, limit: number): Promise<number[]> {
    return this.db.column<number>('SELECT rowid FROM articles WHERE rowid > $1 AND is_latest = 1 ORDER BY rowid LIMIT $2', [rowid, limit]);
  }

  async create(w: WatchlistInput): Promise<Watchlist> {
    // a new watchlist watches articles from now on
    await this.markChecked();
    const id = (await this.db.value<number>(`INSERT INTO watchlists (name, query, entity_ids, source, type, country, webhook, created_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`, [w.name, w.query, JSON.stringify(w.entityIds), w.source ?? null, w.type ?? null,
      w.country ?? null, w.webhook ?? null, new Date().toISOString()])) as number;
    return (await this.get(id)) as Watchlist;
  }

  async list(): Promise<Watchlist[]> {
    return (await this.db.all<WatchlistDb>(`${SELECT_WATCHLIST} ORDER BY w.id`)).map(toWatchlist);
  }

  async get(id: number): Promise<Watchlist | null> {
    const r = await this.db.one<WatchlistDb>(`${SELECT_WATCHLIST} WHERE w.id = $1`, [id]);
    return r ? toWatchlist(r) : null;
  }

  async remove(id: number): Promise<boolean> {
    return this.db.tx(async (t) => {
      await t.run('DELETE FROM alerts WHERE watchlist_id = $1', [id]);
      return (await t.run('DELETE FROM watchlists WHERE id = $1', [id])) > 0;
    });
  }

  private async ftsMatch(rowid: number, query: string): Promise<boolean> {
    const { tsquery } = toTsQuery(query);
    if (tsquery === null) return false;
    const r = await this.db.value<boolean>(`SELECT coalesce((SELECT fts FROM article_search s WHERE s.rowid = a.rowid), setweight(to_tsvector('argus', a.title), 'A') || setweight(to_tsvector('argus', a.text), 'B'))
        @@ to_tsquery('argus', $2) FROM articles a WHERE a.rowid = $1`, [rowid, tsquery]);
    return r === true;
  }

  async matching(rowid: number): Promise<Watchlist[]> {
    // the common case on a bulk ingest: no watchlists at all, one cheap count
    if (((await this.db.value<number>('SELECT count(*) FROM watchlists')) ?? 0) === 0) return [];
    const out: Watchlist[] = [];
    const has = async (sql: string, params: unknown[]): Promise<boolean> => (await this.db.value(sql, params)) !== undefined;
    for (const w of await this.list()) {
      if (w.entityIds.length && !(await has('SELECT 1 FROM article_entities WHERE article_rowid = $1 AND entity_id = ANY($2::int[]) LIMIT 1', [rowid, w.entityIds]))) continue;
      if (w.source && !(await has(`SELECT 1 FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.rowid = $1
          AND (lower(s.name) = lower($2) OR lower(s.host) = lower($2))`, [rowid, w.source]))) continue;
      if (w.type && !(await has('SELECT 1 FROM events WHERE article_rowid = $1 AND type = $2 LIMIT 1', [rowid, w.type]))) continue;
      if (w.country && !(await has(`SELECT 1 WHERE EXISTS (SELECT 1 FROM places WHERE article_rowid = $1 AND country = $2)
          OR EXISTS (SELECT 1 FROM article_entities ae JOIN entities e ON e.id = ae.entity_id WHERE ae.article_rowid = $1 AND e.iso3166 = $2)`, [rowid, w.country]))) continue;
      // a query saved before the complexity bounds existed and over them never matches (creating one is refused)
      if (w.query.trim() && (complexityProblem(w.query) !== null || !(await this.ftsMatch(rowid, w.query.trim())))) continue;
      if (!w.query.trim() && !w.entityIds.length) continue;
      out.push(w);
    }
    return out;
  }

  async raise(watchlistId: number, rowid: number): Promise<number | null> {
    const id = await this.db.value<number>(`INSERT INTO alerts (watchlist_id, article_rowid, created_at) VALUES ($1, $2, $3)
        ON CONFLICT (watchlist_id, article_rowid) DO NOTHING RETURNING id`, [watchlistId, rowid, new Date().toISOString()]);
    return id ?? null;
  }

  async alerts(opts: { watchlistId?: number | null; limit: number; unseenOnly?: boolean }): Promise<Alert[]> {
    const rows = await this.db.all<Omit<Alert, 'seen'> & { seen: number }>(`SELECT x.id, x.watchlist_id AS "watchlistId", w.name AS "watchlistName",
        a.id AS "articleId", a.title, a.published, s.name AS source, x.created_at AS "createdAt", x.seen, x.webhook_status AS "webhookStatus"
        FROM alerts x JOIN watchlists w ON w.id = x.watchlist_id JOIN articles a ON a.rowid = x.article_rowid
        LEFT JOIN sources s ON s.id = a.source_id
        WHERE ($1::int IS NULL OR x.watchlist_id = $1) AND ($2::int = 0 OR x.seen = 0) ORDER BY x.id DESC LIMIT $3`,
    [opts.watchlistId ?? null, opts.unseenOnly ? 1 : 0, opts.limit]);
    return rows.map((r) => ({ ...r, seen: r.seen === 1 }));
  }

  async markSeen(ids: number[] | 'all'): Promise<number> {
    return ids === 'all'
      ? this.db.run('UPDATE alerts SET seen = 1 WHERE seen = 0')
      : this.db.run('UPDATE alerts SET seen = 1 WHERE id = ANY($1::int[])', [ids]);
  }

  async recordWebhook(alertId: number, status: string): Promise<void> {
    await this.db.run('UPDATE alerts SET webhook_status = $1 WHERE id = $2', [status, alertId]);
  }
}
