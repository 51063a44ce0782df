// The SQLite store: one better-sqlite3 connection shared by the repositories.
import type { Store, WriteGroups } from '../types.js';
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
  readonly writeGroups: WriteGroups;

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
    this.writeGroups = new SqliteWriteGroups(db);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

/**
 * One transaction around several saves: each save's own transaction runs inside it as a savepoint (better-sqlite3 nests
 * them so), and a save that fails rolls back to its savepoint only. The commit writes each changed page to the WAL once
 * for the group rather than once per article (the full-text index, the entity and event tables share pages between
 * articles).
 */
class SqliteWriteGroups implements WriteGroups {
  constructor(private readonly db: Db) {}

  get active(): boolean {
    return this.db.inTransaction;
  }

  begin(): void {
    if (!this.db.inTransaction) this.db.exec('BEGIN IMMEDIATE');
  }

  commit(): void {
    if (this.db.inTransaction) this.db.exec('COMMIT');
  }

  rollback(): void {
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
  }
}

export function openSqliteStore(path: string, opts: OpenOptions = {}): SqliteStore {
  return new SqliteStore(openSqlite(path, opts), path);
}
