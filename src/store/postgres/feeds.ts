// Feed subscriptions and their polling state in PostgreSQL (validators for conditional GET, failures for backoff).
import type { PgDb } from './db.js';
import type { FeedPoll, FeedRepo, FeedRow } from '../types.js';
import { SELECT_FEED, toFeed, type FeedDb } from '../rows.js';

export class PgFeedRepo implements FeedRepo {
  constructor(private readonly db: PgDb) {}

  async add(url: string, opts: { title?: string | null; source?: string | null; intervalS?: number } = {}): Promise<FeedRow> {
    const sourceId = opts.source
      ? await this.db.value<number>('INSERT INTO sources (name) VALUES ($1) ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id', [opts.source])
      : null;
    await this.db.run(`INSERT INTO feeds (url, title, source_id, interval_s, added_at) VALUES ($1, $2, $3, $4, $5)
        ON CONFLICT (url) DO UPDATE SET title = coalesce(excluded.title, feeds.title), source_id = coalesce(excluded.source_id, feeds.source_id),
        interval_s = excluded.interval_s`, [url, opts.title ?? null, sourceId, opts.intervalS ?? 900, new Date().toISOString()]);
    return (await this.get(url)) as FeedRow;
  }

  async list(): Promise<FeedRow[]> {
    return (await this.db.all<FeedDb>(`${SELECT_FEED} ORDER BY f.id`)).map(toFeed);
  }

  async get(idOrUrl: number | string): Promise<FeedRow | null> {
    const r = typeof idOrUrl === 'number'
      ? await this.db.one<FeedDb>(`${SELECT_FEED} WHERE f.id = $1`, [idOrUrl])
      : await this.db.one<FeedDb>(`${SELECT_FEED} WHERE f.url = $1`, [idOrUrl]);
    return r ? toFeed(r) : null;
  }

  async remove(idOrUrl: number | string): Promise<boolean> {
    const n = typeof idOrUrl === 'number'
      ? await this.db.run('DELETE FROM feeds WHERE id = $1', [idOrUrl])
      : await this.db.run('DELETE FROM feeds WHERE url = $1', [idOrUrl]);
    return n > 0;
  }

  async due(nowIso: string): Promise<FeedRow[]> {
    return (await this.db.all<FeedDb>(`${SELECT_FEED} WHERE f.next_check IS NULL OR f.next_check <= $1 ORDER BY coalesce(f.next_check, ''), f.id`, [nowIso])).map(toFeed);
  }

  async recordPoll(id: number, p: FeedPoll): Promise<void> {
    if (p.ok) {
      await this.db.run(`UPDATE feeds SET etag = coalesce($1, etag), last_modified = coalesce($2, last_modified), title = coalesce(title, $3),
          last_checked = $4, last_ok = $4, next_check = $5, failures = 0, last_error = NULL WHERE id = $6`,
      [p.etag ?? null, p.lastModified ?? null, p.title ?? null, p.checkedAt, p.nextCheck, id]);
    } else {
      await this.db.run('UPDATE feeds SET last_checked = $1, next_check = $2, failures = failures + 1, last_error = $3 WHERE id = $4',
        [p.checkedAt, p.nextCheck, p.error ?? null, id]);
    }
  }
}
