// Migration 10: prefix indexes for full-text search. A prefix term (`minist*`) without one merges the doclist of every
// indexed word it starts, in full, before the first match comes out: 164 ms at 1,000,000 articles, the slowest query of
// the benchmark mix (and it ran twice per search, once more for bm25's document frequency). With an index of the
// prefixes of 2 to 6 characters, a prefix term of that length is one doclist read newest first, like a word; a longer
// prefix still merges (its words are rarer). The cost: the full-text index is about 4x larger (+2.8 KB per article with
// the synthetic mix, the database about +28%) and indexing an article takes about 3x as long. FTS5 cannot add a prefix
// index to a table, so the table is made again and filled from the latest versions: minutes at 1,000,000 articles.
import type { Migration } from './index.js';

export const migration010: Migration = {
  version: 10,
  name: 'search-at-scale',
  sql: `
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text, content='articles', content_rowid='rowid', tokenize='porter unicode61 remove_diacritics 2', prefix='2 3 4 5 6'
);
INSERT INTO articles_fts (rowid, title, text) SELECT rowid, title, text FROM articles WHERE is_latest = 1;
`,
};
