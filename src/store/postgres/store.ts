// The PostgreSQL store: one connection pool shared by the repositories. Chosen by a postgres:// URL (--db or
// ARGUS_DATABASE_URL); opening connects, then applies pending migrations (./migrations) under an advisory lock.
import type { Store } from '../types.js';
import { openPg, redactUrl, type PgDb, type PgOpenOptions } from './db.js';
import { PgArticleRepo } from './articles.js';
import { PgEntityRepo } from './entities.js';
import { PgSearchRepo } from './search.js';
import { PgFeedRepo } from './feeds.js';
import { PgLogRepo } from './log.js';
import { PgReadModelRepo } from './reads.js';
import { PgDashboardRepo } from './dashboard.js';
import { PgWatchlistRepo } from './watchlists.js';
import { PgCorroborationRepo } from './corroboration.js';
import { PgCorrectionRepo } from './corrections.js';
import { PgStatementRepo } from './statements.js';
import { PgTimelineRepo } from './timeline.js';

export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  readonly articles: PgArticleRepo;
  readonly entities: PgEntityRepo;
  readonly search: PgSearchRepo;
  readonly feeds: PgFeedRepo;
  readonly log: PgLogRepo;
  readonly reads: PgReadModelRepo;
  readonly dashboard: PgDashboardRepo;
  readonly watchlists: PgWatchlistRepo;
  readonly corroboration: PgCorroborationRepo;
  readonly corrections: PgCorrectionRepo;
  readonly statements: PgStatementRepo;
  readonly timeline: PgTimelineRepo;
  private closed = false;

  constructor(readonly db: PgDb, readonly url: string) {
    this.articles = new PgArticleRepo(db);
    this.entities = new PgEntityRepo(db);
    this.search = new PgSearchRepo(db);
    this.feeds = new PgFeedRepo(db);
    this.log = new PgLogRepo(db);
    this.reads = new PgReadModelRepo(db);
    this.dashboard = new PgDashboardRepo(db);
    this.watchlists = new PgWatchlistRepo(db);
    this.corroboration = new PgCorroborationRepo(db);
    this.corrections = new PgCorrectionRepo(db);
    this.statements = new PgStatementRepo(db);
    this.timeline = new PgTimelineRepo(db);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.db.pool.end();
  }
}

export async function openPostgresStore(url: string, opts: PgOpenOptions = {}): Promise<PostgresStore> {
  const store = new PostgresStore(await openPg(url, opts), redactUrl(url));
  await store.corroboration.applyEnvWindow();
  return store;
}
