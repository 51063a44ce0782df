// Migration 3: SimHash bands move into article_lsh (one candidate-key table instead of four indexed columns),
// an unused index goes, and entities get an index by ISO country code (search --country).
import type { Migration } from './index.js';

const band = (b: number, expr: string): string =>
  `INSERT OR IGNORE INTO article_lsh (key, article_rowid) SELECT ${16 + b} * 4294967296 + (${expr}), rowid FROM articles WHERE is_latest = 1;`;

export const migration003: Migration = {
  version: 3,
  name: 'dedup-keys',
  sql: `
${band(0, '(sh_hi >> 16) & 65535')}
${band(1, 'sh_hi & 65535')}
${band(2, '(sh_lo >> 16) & 65535')}
${band(3, 'sh_lo & 65535')}
DROP INDEX IF EXISTS articles_b0;
DROP INDEX IF EXISTS articles_b1;
DROP INDEX IF EXISTS articles_b2;
DROP INDEX IF EXISTS articles_b3;
ALTER TABLE articles DROP COLUMN b0;
ALTER TABLE articles DROP COLUMN b1;
ALTER TABLE articles DROP COLUMN b2;
ALTER TABLE articles DROP COLUMN b3;
DROP INDEX IF EXISTS article_entities_orig;
CREATE INDEX IF NOT EXISTS entities_iso ON entities(iso3166) WHERE iso3166 IS NOT NULL;
`,
};
