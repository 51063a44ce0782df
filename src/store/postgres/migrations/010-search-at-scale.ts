// PostgreSQL migration 10 (see ../../migrations/010-search-at-scale.ts): the full-text index moves to a narrow table of
// latest versions, article_search (rowid, source_id, day, the tsvector, and the title's part of it).
// A search on `articles` visited every match's ~4 KB row (text, analysis keys, the tsvector) and the planner walked the
// primary key backwards testing each row's tsvector (decompressing it), 310 ms for one word at 39,000 articles. Here the
// newest matches come from one GIN scan: the tsvector also holds the rowid's block of 4096 as a word no query can spell
// ('#243'), so "the matches among the newest blocks" is one tsquery, `query && ('#243' | '#242')`, evaluated inside the
// index, and the rows visited are about the ones returned. (A rowid range, or the block as a column of its own, left the
// planner free to read the block and test every row's tsvector, decompressing it: 10-20 us a row.) The source is such a
// word too ('#s7'), so a source filter is part of the same scan; the other filters read the same columns, a date-ordered walk uses (day, rowid), and the title's tsvector (ts_filter of weight A, with the
// block word too, GIN-indexed) gives the title matches among the window for the title-first relevance past it.
import type { Migration } from '../../migrations/index.js';

export const pgMigration010: Migration = {
  version: 10,
  name: 'search-at-scale',
  sql: `
CREATE TABLE article_search (
  rowid INTEGER PRIMARY KEY,
  source_id INTEGER,
  day TEXT,
  fts TSVECTOR NOT NULL,
  title TSVECTOR NOT NULL
);
INSERT INTO article_search (rowid, source_id, day, fts, title)
  SELECT rowid, source_id, day, fts || array_to_tsvector(array_remove(ARRAY['#' || (rowid >> 12), '#s' || source_id], NULL)), ts_filter(fts, '{a}') || array_to_tsvector(ARRAY['#' || (rowid >> 12)])
  FROM articles WHERE is_latest = 1 AND fts IS NOT NULL ORDER BY rowid;
CREATE INDEX article_search_fts ON article_search USING gin (fts);
CREATE INDEX article_search_title ON article_search USING gin (title);
CREATE INDEX article_search_day ON article_search (day DESC NULLS LAST, rowid DESC);
DROP INDEX IF EXISTS articles_fts;
ALTER TABLE articles DROP COLUMN fts;
ANALYZE article_search;
`,
};
