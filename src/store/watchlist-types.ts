// Watchlists (saved queries and watched entities) and the alerts raised when new articles match them.

export interface WatchlistInput {
  name: string;
  /** FTS query; '' when only entities are watched */
  query: string;
  /** global entity ids; an article must mention at least one when non-empty */
  entityIds: number[];
  source?: string | null;
  type?: string | null;
  country?: string | null;
  webhook?: string | null;
}

export interface Watchlist extends Required<WatchlistInput> {
  id: number;
  createdAt: string;
  alerts: number;
  unseen: number;
}

export interface Alert {
  id: number;
  watchlistId: number;
  watchlistName: string;
  articleId: string;
  title: string;
  published: string | null;
  source: string | null;
  createdAt: string;
  seen: boolean;
  webhookStatus: string | null;
}

export interface WatchlistRepo {
  create(w: WatchlistInput): Promise<Watchlist>;
  list(): Promise<Watchlist[]>;
  get(id: number): Promise<Watchlist | null>;
  remove(id: number): Promise<boolean>;
  /** the watchlists the article (by row id) matches; a watchlist whose query is invalid FTS syntax matches nothing */
  matching(rowid: number): Promise<Watchlist[]>;
  /** records an alert once per watchlist and article; returns its id, or null when it existed */
  raise(watchlistId: number, rowid: number): Promise<number | null>;
  alerts(opts: { watchlistId?: number | null; limit: number; unseenOnly?: boolean }): Promise<Alert[]>;
  markSeen(ids: number[] | 'all'): Promise<number>;
  recordWebhook(alertId: number, status: string): Promise<void>;
  /** the newest article row whose watchlists were evaluated */
  checkedUpTo(): Promise<number>;
  /** moves the watermark forward (never back); with no argument, to the newest article */
  markChecked(rowid?: number): Promise<void>;
  /** latest-version article rows after the given row, oldest first */
  articlesAfter(rowid: number, limit: number): Promise<number[]>;
}
