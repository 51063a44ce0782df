// PostgreSQL migration 5: how far watchlists have been evaluated (the newest article row checked).
import type { Migration } from '../../migrations/index.js';

export const pgMigration005: Migration = {
  version: 5,
  name: 'watch-state',
  sql: `
CREATE TABLE watch_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  checked_rowid INTEGER NOT NULL
);
INSERT INTO watch_state (id, checked_rowid) VALUES (1, (SELECT coalesce(max(rowid), 0) FROM articles));
`,
};
