// The dashboard's extra repositories for a Store (SQLite only for now), created once per store.
import type { Store } from './types.js';
import type { DashboardRepo } from './dashboard-types.js';
import type { WatchlistRepo } from './watchlist-types.js';
import { SqliteStore } from './sqlite/store.js';
import { SqliteDashboardRepo } from './sqlite/dashboard.js';
import { SqliteWatchlistRepo } from './sqlite/watchlists.js';

export type * from './dashboard-types.js';
export type * from './watchlist-types.js';

interface DashboardRepos {
  dashboard: DashboardRepo;
  watchlists: WatchlistRepo;
}

const cache = new WeakMap<Store, DashboardRepos>();

export function dashboardRepos(store: Store): DashboardRepos {
  let r = cache.get(store);
  if (!r) {
    if (!(store instanceof SqliteStore)) throw new Error(`the dashboard needs a SQLite store, not ${store.kind}`);
    r = { dashboard: new SqliteDashboardRepo(store.db), watchlists: new SqliteWatchlistRepo(store.db) };
    cache.set(store, r);
  }
  return r;
}
