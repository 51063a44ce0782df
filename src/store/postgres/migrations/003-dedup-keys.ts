// PostgreSQL migration 3: SQLite's moved SimHash bands into article_lsh; PostgreSQL had them there from migration 1,
// so only the index by ISO country code (search --country) is new.
import type { Migration } from '../../migrations/index.js';

export const pgMigration003: Migration = {
  version: 3,
  name: 'dedup-keys',
  sql: `CREATE INDEX IF NOT EXISTS entities_iso ON entities(iso3166) WHERE iso3166 IS NOT NULL;`,
};
