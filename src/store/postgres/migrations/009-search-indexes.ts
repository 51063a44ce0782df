// PostgreSQL migration 9 (see ../../migrations/009-search-indexes.ts): events_type with the article rowid, so the
// articles of a PLOVER type come from an index-only scan.
import type { Migration } from '../../migrations/index.js';

export const pgMigration009: Migration = {
  version: 9,
  name: 'search-indexes',
  sql: `
DROP INDEX IF EXISTS events_type;
CREATE INDEX events_type ON events(type, article_rowid);
`,
};
