// Migration 5: how far watchlists have been evaluated (the newest article row checked). Alerts are raised after an
// article's transaction commits; a process killed in between leaves articles unchecked, and the next ingest catches up
// from this watermark. New watchlists start at the newest article, so older articles raise no alerts.
import type { Migration } from './index.js';

export const migration005: Migration = {
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
