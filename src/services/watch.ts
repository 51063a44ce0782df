// Feed polling: conditional GET with the stored validators, exponential backoff on failure, one batch per poll round.
import { ArgusError, isArgusError } from '../core/errors.js';
import { parseFeed } from '../ingest/feeds.js';
import { Fetcher } from '../ingest/fetch.js';
import type { FeedRow, Store } from '../store/types.js';
import { IngestService, type IngestOptions, type IngestSummary } from './ingest.js';

export const MAX_BACKOFF_S = 24 * 3600;

export interface PollResult {
  feed: string;
  status: 'ok' | 'not-modified' | 'failed';
  items: number;
  error?: { code: string; message: string };
}

/** When to poll next: the interval after success; interval * 2^failures (capped at a day) after failures. */
export function nextCheck(now: number, intervalS: number, failures: number): string {
  const s = failures > 0 ? Math.min(MAX_BACKOFF_S, intervalS * 2 ** Math.min(failures, 16)) : intervalS;
  return new Date(now + s * 1000).toISOString();
}

export async function pollFeed(store: Store, ingest: IngestService, fetcher: Fetcher, feed: FeedRow): Promise<PollResult> {
  const now = Date.now();
  const checkedAt = new Date(now).toISOString();
  try {
    const r = await fetcher.fetch({ url: feed.url, etag: feed.etag, lastModified: feed.lastModified });
    if (r.notModified) {
      await store.feeds.recordPoll(feed.id, { ok: true, checkedAt, nextCheck: nextCheck(now, feed.intervalS, 0) });
      return { feed: feed.url, status: 'not-modified', items: 0 };
    }
    const parsed = parseFeed(r.text, feed.url, r.url);
    const { items } = await ingest.feedItems(parsed, feed.url, true);
    await store.feeds.recordPoll(feed.id, {
      ok: true, etag: r.etag, lastModified: r.lastModified, title: parsed.title, checkedAt, nextCheck: nextCheck(now, feed.intervalS, 0),
    });
    return { feed: feed.url, status: 'ok', items };
  } catch (e) {
    const err = isArgusError(e) ? e : new ArgusError('FETCH_FAILED', feed.url, e instanceof Error ? e.message : String(e));
    await store.feeds.recordPoll(feed.id, { ok: false, error: `${err.code}: ${err.message}`, checkedAt, nextCheck: nextCheck(now, feed.intervalS, feed.failures + 1) });
    await store.log.log(null, { ref: feed.url, status: 'failed', code: err.code, message: err.message });
    return { feed: feed.url, status: 'failed', items: 0, error: { code: err.code, message: err.message } };
  }
}

export interface WatchOptions extends IngestOptions {
  /** poll every feed that is due once, then return */
  once?: boolean;
  /** poll all feeds now, due or not */
  all?: boolean;
  signal?: AbortSignal;
  onRound?: (results: PollResult[], summary: IngestSummary) => void;
  /** longest sleep between checks for due feeds */
  tickMs?: number;
}

/** Polls due feeds until the signal aborts (or once). */
export async function watchFeeds(store: Store, opts: WatchOptions = {}): Promise<void> {
  const fetcher = opts.fetcher ?? new Fetcher(opts.fetch);
  while (!opts.signal?.aborted) {
    const due = opts.all ? await store.feeds.list() : await store.feeds.due(new Date().toISOString());
    if (due.length > 0) {
      const ingest = new IngestService(store, { ...opts, fetcher });
      await ingest.begin(['watch', ...due.map((f) => f.url)]);
      const results: PollResult[] = [];
      for (const f of due) results.push(await pollFeed(store, ingest, fetcher, f));
      const summary = await ingest.end();
      opts.onRound?.(results, summary);
    }
    if (opts.once) return;
    await new Promise<void>((resolve) => {
      const t = setTimeout(resolve, opts.tickMs ?? 15_000);
      opts.signal?.addEventListener('abort', () => { clearTimeout(t); resolve(); }, { once: true });
    });
  }
}
