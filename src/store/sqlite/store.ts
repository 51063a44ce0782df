// The SQLite store: one better-sqlite3 connection shared by the repositories.
import type { Store } from '../types.js';
import { openSqlite, type Db, type OpenOptions } from './open.js';
import { SqliteArticleRepo } from './articles.js';
import { SqliteEntityRepo } from './entities.js';
import { SqliteSearchRepo } from './search.js';
import { SqliteFeedRepo } from './feeds.js';
import { SqliteLogRepo } from './log.js';
import { SqliteReadModelRepo } from './reads.js';
import { SqliteDashboardRepo } from './dashboard.js';
import { SqliteWatchlistRepo } from './watchlists.js';
import { SqliteCorroborationRepo } from './corroboration.js';
import { SqliteCorrectionRepo } from './corrections.js';
import { SqliteStatementRepo } from './statements.js';
import { SqliteTimelineRepo } from './timeline.js';

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  readonly articles: SqliteArticleRepo;
  readonly entities: SqliteEntityRepo;
  readonly search: SqliteSearchRepo;
  readonly feeds: SqliteFeedRepo;
  readonly log: SqliteLogRepo;
  readonly reads: SqliteReadModelRepo;
  readonly dashboard: SqliteDashboardRepo;
  readonly watchlists: SqliteWatchlistRepo;
  readonly corroboration: SqliteCorroborationRepo;
  readonly corrections: SqliteCorrectionRepo;
  readonly statements: SqliteStatementRepo;
  readonly timeline: SqliteTimelineRepo;

  constructor(readonly db: Db, readonly path: string) {
    this.articles = new SqliteArticleRepo(db);
    this.entities = new SqliteEntityRepo(db);
    this.search = new SqliteSearchRepo(db);
    this.feeds = new SqliteFeedRepo(db);
    this.log = new SqliteLogRepo(db);
    this.reads = new SqliteReadModelRepo(db);
    this.dashboard = new SqliteDashboardRepo(db);
    this.watchlists = new SqliteWatchlistRepo(db);
    this.corroboration = new SqliteCorroborationRepo(db);
    this.corrections = new SqliteCorrectionRepo(db);
    this.statements = new SqliteStatementRepo(db);
    this.timeline = new SqliteTimelineRepo(db);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

export function openSqliteStore(path: string, opts: OpenOptions = {}): SqliteStore {
  return new SqliteStore(openSqlite(path, opts), path);
}
