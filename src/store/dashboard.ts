// The dashboard's extra repositories of a Store. They are part of the Store interface now (store.dashboard,
// store.watchlists, implemented by both backends); this helper stays for the callers that use it.
import type { Store } from './types.js';
import type { DashboardRepo } from './dashboard-types.js';
import type { WatchlistRepo } from './watchlist-types.js';

export type * from './dashboard-types.js';
export type * from './watchlist-types.js';

export function dashboardRepos(store: Store): { dashboard: DashboardRepo; watchlists: WatchlistRepo } {
  return { dashboard: store.dashboard, watchlists: store.watchlists };
}
