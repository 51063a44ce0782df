// Migration 1: the news database — sources, feeds, article versions, analyses, global entities, stories, FTS, ingest log.
import type { Migration } from './index.js';

export const migration001: Migration = {
  version: 1,
  name: 'init',
  sql: `
CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  host TEXT
);

CREATE TABLE feeds (
  id INTEGER PRIMARY KEY,
  url TEXT NOT NULL UNIQUE,
  title TEXT,
  source_id INTEGER REFERENCES sources(id),
  interval_s INTEGER NOT NULL DEFAULT 900,
  etag TEXT,
  last_modified TEXT,
  last_checked TEXT,
  last_ok TEXT,
  next_check TEXT,
  failures INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  added_at TEXT NOT NULL
);

CREATE TABLE stories (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  first_seen TEXT,
  last_seen TEXT,
  article_count INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);

-- One row per article version; rowid is the FTS content rowid. Only is_latest rows are searchable.
CREATE TABLE articles (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL,
  version INTEGER NOT NULL,
  is_latest INTEGER NOT NULL DEFAULT 1,
  content_hash TEXT NOT NULL,
  url TEXT,
  source_id INTEGER REFERENCES sources(id),
  title TEXT NOT NULL,
  subtitle TEXT,
  published TEXT,
  day TEXT,
  language TEXT,
  byline TEXT,
  text TEXT NOT NULL,
  input_meta TEXT NOT NULL,
  raw BLOB,
  ref TEXT,
  sh_hi INTEGER NOT NULL,
  sh_lo INTEGER NOT NULL,
  b0 INTEGER NOT NULL, b1 INTEGER NOT NULL, b2 INTEGER NOT NULL, b3 INTEGER NOT NULL,
  minhash BLOB,
  keywords TEXT NOT NULL DEFAULT '',
  story_id INTEGER REFERENCES stories(id),
  duplicate_of INTEGER,
  ingested_at TEXT NOT NULL,
  UNIQUE (id, version),
  UNIQUE (id, content_hash)
);
CREATE INDEX articles_latest_day ON articles(is_latest, day);
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_source ON articles(source_id);
CREATE INDEX articles_b0 ON articles(b0);
CREATE INDEX articles_b1 ON articles(b1);
CREATE INDEX articles_b2 ON articles(b2);
CREATE INDEX articles_b3 ON articles(b3);

-- MinHash LSH bands (band index * 2^32 + band hash) of latest versions, for near-duplicate candidates.
CREATE TABLE article_lsh (
  key INTEGER NOT NULL,
  article_rowid INTEGER NOT NULL REFERENCES articles(rowid),
  PRIMARY KEY (key, article_rowid)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text, content='articles', content_rowid='rowid', tokenize='porter unicode61 remove_diacritics 2'
);

CREATE TABLE analyses (
  article_rowid INTEGER PRIMARY KEY REFERENCES articles(rowid),
  schema TEXT NOT NULL,
  json TEXT NOT NULL,
  analyzed_at TEXT NOT NULL
);

CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  norm TEXT NOT NULL,
  type TEXT NOT NULL,
  wikidata TEXT,
  geonames INTEGER,
  iso3166 TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX entities_norm ON entities(norm);

-- Every global key (kb ids, TYPE:name) that leads to an entity.
CREATE TABLE entity_keys (
  key TEXT PRIMARY KEY,
  entity_id INTEGER NOT NULL REFERENCES entities(id)
) WITHOUT ROWID;
CREATE INDEX entity_keys_entity ON entity_keys(entity_id);

-- Manual merges and splits, keyed by global key; consulted before entity_keys so they survive re-ingest.
CREATE TABLE entity_rules (
  key TEXT PRIMARY KEY,
  target_key TEXT NOT NULL,
  kind TEXT NOT NULL,
  created_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE entity_aliases (
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  alias TEXT NOT NULL,
  norm TEXT NOT NULL,
  n INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;
CREATE INDEX entity_aliases_norm ON entity_aliases(norm);

CREATE TABLE entity_titles (
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  title TEXT NOT NULL,
  n INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (entity_id, title)
) WITHOUT ROWID;

-- An entity as it appears in one article version (the analysis' local entity).
CREATE TABLE article_entities (
  article_rowid INTEGER NOT NULL REFERENCES articles(rowid),
  local_id TEXT NOT NULL,
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  orig_key TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  salience REAL NOT NULL DEFAULT 0,
  mention_count INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (article_rowid, local_id)
) WITHOUT ROWID;
CREATE INDEX article_entities_entity ON article_entities(entity_id, article_rowid);
CREATE INDEX article_entities_orig ON article_entities(orig_key);

CREATE TABLE mentions (
  article_rowid INTEGER NOT NULL REFERENCES articles(rowid),
  local_id TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT,
  PRIMARY KEY (article_rowid, start, local_id)
) WITHOUT ROWID;

CREATE TABLE quotes (
  article_rowid INTEGER NOT NULL REFERENCES articles(rowid),
  idx INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  speaker_local TEXT,
  speaker_entity_id INTEGER REFERENCES entities(id),
  cue TEXT,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  PRIMARY KEY (article_rowid, idx)
) WITHOUT ROWID;
CREATE INDEX quotes_speaker ON quotes(speaker_entity_id);

CREATE TABLE events (
  article_rowid INTEGER NOT NULL REFERENCES articles(rowid),
  idx INTEGER NOT NULL,
  type TEXT NOT NULL,
  mode TEXT,
  cameo TEXT,
  source_local TEXT,
  source_entity_id INTEGER REFERENCES entities(id),
  target_local TEXT,
  target_entity_id INTEGER REFERENCES entities(id),
  location TEXT,
  date TEXT,
  trigger TEXT,
  negated INTEGER NOT NULL DEFAULT 0,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  PRIMARY KEY (article_rowid, idx)
) WITHOUT ROWID;
CREATE INDEX events_source ON events(source_entity_id);
CREATE INDEX events_target ON events(target_entity_id);
CREATE INDEX events_type ON events(type);

CREATE TABLE places (
  article_rowid INTEGER NOT NULL REFERENCES articles(rowid),
  idx INTEGER NOT NULL,
  entity_local TEXT NOT NULL,
  entity_id INTEGER REFERENCES entities(id),
  name TEXT NOT NULL,
  country TEXT,
  lat REAL NOT NULL,
  lon REAL NOT NULL,
  geonames INTEGER,
  feature_class TEXT,
  focus INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (article_rowid, idx)
) WITHOUT ROWID;
CREATE INDEX places_country ON places(country);

CREATE TABLE ingest_batches (
  id INTEGER PRIMARY KEY,
  args TEXT NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  counts TEXT
);

-- One row per input handled: new, updated, duplicate or failed (with a stable code).
CREATE TABLE ingest_log (
  id INTEGER PRIMARY KEY,
  batch_id INTEGER REFERENCES ingest_batches(id),
  ref TEXT NOT NULL,
  status TEXT NOT NULL,
  article_id TEXT,
  code TEXT,
  message TEXT,
  at TEXT NOT NULL
);
CREATE INDEX ingest_log_batch ON ingest_log(batch_id, status);
CREATE INDEX ingest_log_status ON ingest_log(status);
`,
};
