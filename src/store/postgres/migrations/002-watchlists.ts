// PostgreSQL migration 2: watchlists (saved queries, watched entities) and the alerts new articles raise.
import type { Migration } from '../../migrations/index.js';

export const pgMigration002: Migration = {
  version: 2,
  name: 'watchlists',
  sql: `
CREATE TABLE watchlists (
  id SERIAL PRIMARY KEY,
  name TEXT NOT NULL,
  query TEXT NOT NULL DEFAULT '',
  entity_ids TEXT NOT NULL DEFAULT '[]',
  source TEXT,
  type TEXT,
  country TEXT,
  webhook TEXT,
  created_at TEXT NOT NULL
);

CREATE TABLE alerts (
  id SERIAL PRIMARY KEY,
  watchlist_id INTEGER NOT NULL REFERENCES watchlists(id) ON DELETE CASCADE,
  article_rowid INTEGER NOT NULL REFERENCES articles(rowid),
  created_at TEXT NOT NULL,
  seen INTEGER NOT NULL DEFAULT 0,
  webhook_status TEXT,
  UNIQUE (watchlist_id, article_rowid)
);
CREATE INDEX alerts_created ON alerts(created_at);
`,
};
