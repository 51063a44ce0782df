// Watchlists and alerts in SQLite. A watchlist's query runs against one article row at a time (FTS MATCH + rowid).
import type { Statement } from 'better-sqlite3';
import type { Db } from './open.js';
import type { Alert, Watchlist, WatchlistInput, WatchlistRepo } from '../watchlist-types.js';
import { escapeFts } from './search.js';
import { complexityProblem } from '../fts-query.js';
import { SELECT_WATCHLIST, toWatchlist, type WatchlistDb } from '../rows.js';

export class SqliteWatchlistRepo implements WatchlistRepo {
  private readonly q;

  constructor(private readonly db: Db) {
    this.q = {
      insert: db.prepare(`INSERT INTO watchlists (name, query, entity_ids, source, type, country, webhook, created_at)
          VALUES (@name, @query, @entityIds, @source, @type, @country, @webhook, @at) RETURNING id`).pluck(),
      all: db.prepare(`${SELECT_WATCHLIST} ORDER BY w.id`),
      one: db.prepare(`${SELECT_WATCHLIST} WHERE w.id = ?`),
      count: db.prepare('SELECT count(*) FROM watchlists').pluck(),
      remove: db.prepare('DELETE FROM watchlists WHERE id = ?'),
      removeAlerts: db.prepare('DELETE FROM alerts WHERE watchlist_id = ?'),
      article: db.prepare('SELECT title, text FROM articles WHERE rowid = ?'),
      entity: db.prepare('SELECT 1 FROM article_entities WHERE article_rowid = ? AND entity_id IN (SELECT value FROM json_each(?)) LIMIT 1').pluck(),
      source: db.prepare(`SELECT 1 FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.rowid = ?
          AND (s.name = ? COLLATE NOCASE OR s.host = ? COLLATE NOCASE)`).pluck(),
      type: db.prepare('SELECT 1 FROM events WHERE article_rowid = ? AND type = ? LIMIT 1').pluck(),
      country: db.prepare(`SELECT 1 WHERE EXISTS (SELECT 1 FROM places WHERE article_rowid = @r AND country = @c)
          OR EXISTS (SELECT 1 FROM article_entities ae JOIN entities e ON e.id = ae.entity_id WHERE ae.article_rowid = @r AND e.iso3166 = @c)`).pluck(),
      raise: db.prepare('INSERT OR IGNORE INTO alerts (watchlist_id, article_rowid, created_at) VALUES (?, ?, ?)'),
      alerts: db.prepare(`SELECT x.id, x.watchlist_id AS watchlistId, w.name AS watchlistName, a.id AS articleId, a.title, a.published,
          s.name AS source, x.created_at AS createdAt, x.seen, x.webhook_status AS webhookStatus
          FROM alerts x JOIN watchlists w ON w.id = x.watchlist_id JOIN articles a ON a.rowid = x.article_rowid
          LEFT JOIN sources s ON s.id = a.source_id
          WHERE (@w IS NULL OR x.watchlist_id = @w) AND (@unseen = 0 OR x.seen = 0) ORDER BY x.id DESC LIMIT @limit`),
      seenAll: db.prepare('UPDATE alerts SET seen = 1 WHERE seen = 0'),
      seenSome: db.prepare('UPDATE alerts SET seen = 1 WHERE id IN (SELECT value FROM json_each(?))'),
      webhook: db.prepare('UPDATE alerts SET webhook_status = ? WHERE id = ?'),
      checked: db.prepare('SELECT checked_rowid FROM watch_state WHERE id = 1').pluck(),
      mark: db.prepare('UPDATE watch_state SET checked_rowid = max(checked_rowid, ?) WHERE id = 1'),
      markNewest: db.prepare('UPDATE watch_state SET checked_rowid = max(checked_rowid, (SELECT coalesce(max(rowid), 0) FROM articles)) WHERE id = 1'),
      after: db.prepare('SELECT rowid FROM articles WHERE rowid > ? AND is_latest = 1 ORDER BY rowid LIMIT ?').pluck(),
    };
  }

  async checkedUpTo(): Promise<number> {
    return (this.q.checked.get() as number | undefined) ?? 0;
  }

  async markChecked(rowid?: number): Promise<void> {
    if (rowid === undefined) this.q.markNewest.run();
    else this.q.mark.run(rowid);
  }

  async articlesAfter(rowid: number, limit: number): Promise<number[]> {
    return this.q.after.all(rowid, limit) as number[];
  }

  async create(w: WatchlistInput): Promise<Watchlist> {
    // a new watchlist watches articles from now on
    this.q.markNewest.run();
    const id = this.q.insert.get({
      name: w.name, query: w.query, entityIds: JSON.stringify(w.entityIds), source: w.source ?? null, type: w.type ?? null,
      country: w.country ?? null, webhook: w.webhook ?? null, at: new Date().toISOString(),
    }) as number;
    return toWatchlist(this.q.one.get(id) as WatchlistDb);
  }

  async list(): Promise<Watchlist[]> {
    return (this.q.all.all() as WatchlistDb[]).map(toWatchlist);
  }

  async get(id: number): Promise<Watchlist | null> {
    const r = this.q.one.get(id) as WatchlistDb | undefined;
    return r ? toWatchlist(r) : null;
  }

  async remove(id: number): Promise<boolean> {
    return this.db.transaction(() => {
      this.q.removeAlerts.run(id);
      return this.q.remove.run(id).changes > 0;
    })();
  }

  private one: { insert: Statement; match: Statement; clear: Statement } | null = null;

  /**
   * The article alone in a temporary full-text index (same tokenizer as articles_fts): a saved query is matched against
   * one article's words, not expanded over the whole corpus's vocabulary for every new article.
   */
  private oneArticleIndex(): { insert: Statement; match: Statement; clear: Statement } {
    if (!this.one) {
      this.db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.watch_fts USING fts5(title, text, tokenize='porter unicode61 remove_diacritics 2')");
      this.one = {
        insert: this.db.prepare('INSERT INTO temp.watch_fts (rowid, title, text) VALUES (1, ?, ?)'),
        match: this.db.prepare('SELECT 1 FROM temp.watch_fts WHERE watch_fts MATCH ?').pluck(),
        clear: this.db.prepare('DELETE FROM temp.watch_fts'),
      };
    }
    return this.one;
  }

  private ftsMatch(query: string): boolean {
    const { match } = this.oneArticleIndex();
    try {
      return match.get(query) !== undefined;
    } catch {
      const escaped = escapeFts(query);
      return escaped !== '' && match.get(escaped) !== undefined;
    }
  }

  async matching(rowid: number): Promise<Watchlist[]> {
    // the common case on a bulk ingest: no watchlists at all, one cheap count
    if ((this.q.count.get() as number) === 0) return [];
    const out: Watchlist[] = [];
    const lists = await this.list();
    const withQuery = lists.some((w) => w.query.trim() !== '');
    if (withQuery) {
      const a = this.q.article.get(rowid) as { title: string | null; text: string } | undefined;
      const idx = this.oneArticleIndex();
      idx.clear.run();
      if (a) idx.insert.run(a.title ?? '', a.text);
    }
    for (const w of lists) {
      if (w.entityIds.length && this.q.entity.get(rowid, JSON.stringify(w.entityIds)) === undefined) continue;
      if (w.source && this.q.source.get(rowid, w.source, w.source) === undefined) continue;
      if (w.type && this.q.type.get(rowid, w.type) === undefined) continue;
      if (w.country && this.q.country.get({ r: rowid, c: w.country }) === undefined) continue;
      // a query saved before the complexity bounds existed and over them never matches (creating one is refused)
      if (w.query.trim() && (complexityProblem(w.query) !== null || !this.ftsMatch(w.query.trim()))) continue;
      if (!w.query.trim() && !w.entityIds.length) continue;
      out.push(w);
    }
    return out;
  }

  async raise(watchlistId: number, rowid: number): Promise<number | null> {
    const r = this.q.raise.run(watchlistId, rowid, new Date().toISOString());
    return r.changes > 0 ? Number(r.lastInsertRowid) : null;
  }

  async alerts(opts: { watchlistId?: number | null; limit: number; unseenOnly?: boolean }): Promise<Alert[]> {
    const rows = this.q.alerts.all({ w: opts.watchlistId ?? null, unseen: opts.unseenOnly ? 1 : 0, limit: opts.limit }) as Array<Omit<Alert, 'seen'> & { seen: number }>;
    return rows.map((r) => ({ ...r, seen: r.seen === 1 }));
  }

  async markSeen(ids: number[] | 'all'): Promise<number> {
    return ids === 'all' ? this.q.seenAll.run().changes : this.q.seenSome.run(JSON.stringify(ids)).changes;
  }

  async recordWebhook(alertId: number, status: string): Promise<void> {
    this.q.webhook.run(status, alertId);
  }
}
