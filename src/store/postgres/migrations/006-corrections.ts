// PostgreSQL migration 6: analysts' corrections (overrides keyed to the article id and the fact's text span) and
// analyses.model_json, the model's own analysis of a version that corrections changed. See ../../migrations/006-corrections.ts.
import type { Migration } from '../../migrations/index.js';

export const pgMigration006: Migration = {
  version: 6,
  name: 'corrections',
  sql: `
CREATE TABLE corrections (
  id SERIAL PRIMARY KEY,
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
