// Migration 11: nothing in SQLite. PostgreSQL's article_search takes an article's entities, event types and countries, and
// spans of rowid blocks, as words of its tsvector, so the search filters are part of the GIN scan (../postgres/migrations/011-search-words.ts);
// SQLite's search probes the filters' indexes per match (sqlite/search.ts). The number is kept so that both stores list
// the same migrations.
import type { Migration } from './index.js';

export const migration011: Migration = {
  version: 11,
  name: 'search-words',
  sql: '',
};
