// Migration 6: analysts' corrections of quotes, events and places, kept as overrides keyed to the article id and the
// fact's text span (its text, offsets and a little context), so they apply again to every new version or analysis of
// the article. A row is never deleted: undo sets status 'undone' (the audit list keeps it). analyses.model_json holds
// the model's own analysis of a version when corrections changed it (analyses.json is then the corrected one), so a
// correction can be undone, or re-applied in a different order, from the model's values.
import type { Migration } from './index.js';

export const migration006: Migration = {
  version: 6,
  name: 'corrections',
  sql: `
CREATE TABLE corrections (
  id INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  span_text TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  context_before TEXT NOT NULL DEFAULT '',
  context_after TEXT NOT NULL DEFAULT '',
  anchor TEXT NOT NULL,
  before TEXT NOT NULL,
  after TEXT NOT NULL,
  status TEXT NOT NULL,
  reason TEXT,
  author TEXT,
  note TEXT,
  created_at TEXT NOT NULL,
  applied_at TEXT,
  applied_version INTEGER,
  undone_at TEXT
);
CREATE INDEX corrections_article ON corrections(article_id, id);
CREATE INDEX corrections_status ON corrections(status, id);
ALTER TABLE analyses ADD COLUMN model_json TEXT;
`,
};
