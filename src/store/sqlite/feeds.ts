// Feed subscriptions and their polling state (validators for conditional GET, failures for backoff).
import type { Db } from './open.js';
import type { FeedPoll, FeedRepo, FeedRow } from '../types.js';
import { SELECT_FEED, toFeed, type FeedDb } from '../rows.js';

export class SqliteFeedRepo implements FeedRepo {
  constructor(private readonly db: Db) {}

  async add(url: string, opts: { title?: string | null; source?: string | null; intervalS?: number } = {}): Promise<FeedRow> {
    const sourceId = opts.source
      ? (this.db.prepare('INSERT INTO sources (name) VALUES (?) ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id').pluck().get(opts.source) as number)
      : null;
    this.db.prepare(`INSERT INTO feeds (url, title, source_id, interval_s, added_at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (url) DO UPDATE SET title = coalesce(excluded.title, feeds.title), source_id = coalesce(excluded.source_id, feeds.source_id),
        interval_s = excluded.interval_s`)
      .run(url, opts.title ?? null, sourceId, opts.intervalS ?? 900, new Date().toISOString());
    return (await this.get(url)) as FeedRow;
  }

  async list(): Promise<FeedRow[]> {
    return (this.db.prepare(`${SELECT_FEED} ORDER BY f.id`).all() as FeedDb[]).map(toFeed);
  }

  async get(idOrUrl: number | string): Promise<FeedRow | null> {
    const r = (typeof idOrUrl === 'number'
      ? this.db.prepare(`${SELECT_FEED} WHERE f.id = ?`).get(idOrUrl)
      : this.db.prepare(`${SELECT_FEED} WHERE f.url = ?`).get(idOrUrl)) as FeedDb | undefined;
    return r ? toFeed(r) : null;
  }

  async remove(idOrUrl: number | string): Promise<boolean> {
    const info = typeof idOrUrl === 'number'
      ? this.db.prepare('DELETE FROM feeds WHERE id = ?').run(idOrUrl)
      : this.db.prepare('DELETE FROM feeds WHERE url = ?').run(idOrUrl);
    return info.changes > 0;
  }

  async due(nowIso: string): Promise<FeedRow[]> {
    return (this.db.prepare(`${SELECT_FEED} WHERE f.next_check IS NULL OR f.next_check <= ? ORDER BY coalesce(f.next_check, ''), f.id`).all(nowIso) as FeedDb[]).map(toFeed);
  }

  async recordPoll(id: number, p: FeedPoll): Promise<void> {
    if (p.ok) {
      this.db.prepare(`UPDATE feeds SET etag = coalesce(?, etag), last_modified = coalesce(?, last_modified), title = coalesce(title, ?),
          last_checked = ?, last_ok = ?, next_check = ?, failures = 0, last_error = NULL WHERE id = ?`)
        .run(p.etag ?? null, p.lastModified ?? null, p.title ?? null, p.checkedAt, p.checkedAt, p.nextCheck, id);
    } else {
      this.db.prepare('UPDATE feeds SET last_checked = ?, next_check = ?, failures = failures + 1, last_error = ? WHERE id = ?')
        .run(p.checkedAt, p.nextCheck, p.error ?? null, id);
    }
  }
}
