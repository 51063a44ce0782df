// Migration 9: indexes for search filters at 1,000,000 articles. events_type with the article rowid: the articles of a
// PLOVER type are an index range (it held the type only, so the set cost a table look-up per event). articles_rowid_day:
// the day of an article by rowid from a small index, for the dates filter of a text search, probed per match (the set of
// every article since 2024 took 270 ms to build; the probes for the newest 10,000 matches take 10 ms; the table row is
// ~2 KB, the index entry ~20 bytes).
import type { Migration } from './index.js';

export const migration009: Migration = {
  version: 9,
  name: 'search-indexes',
  sql: `
DROP INDEX IF EXISTS events_type;
CREATE INDEX events_type ON events(type, article_rowid);
CREATE INDEX articles_rowid_day ON articles(rowid, day);
`,
};
