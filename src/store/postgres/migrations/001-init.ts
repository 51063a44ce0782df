// PostgreSQL migration 1: the news database. Full text is a tsvector column (title weight A, text weight B) with a GIN
// index, filled on insert and cleared when a version is retired, so only latest versions are searchable. The text
// search configuration 'argus' is English Snowball stemming without stop words (FTS5's porter tokenizer drops none).
import type { Migration } from '../../migrations/index.js';

export const pgMigration001: Migration = {
  version: 1,
  name: 'init',
  sql: `
CREATE TEXT SEARCH DICTIONARY argus_stem (TEMPLATE = snowball, Language = english);
CREATE TEXT SEARCH CONFIGURATION argus (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION argus ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH argus_stem;

CREATE TABLE sources (
  id SERIAL PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  host TEXT
);

CREATE TABLE feeds (
  id SERIAL PRIMARY KEY,
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
  id SERIAL PRIMARY KEY,
  title TEXT NOT NULL,
  first_seen TEXT,
  last_seen TEXT,
  article_count INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);

CREATE TABLE articles (
  rowid SERIAL PRIMARY KEY,
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
  raw BYTEA,
  ref TEXT,
  sh_hi INTEGER NOT NULL,
  sh_lo INTEGER NOT NULL,
  minhash BYTEA,
  keywords TEXT NOT NULL DEFAULT '',
  story_id INTEGER REFERENCES stories(id),
  duplicate_of INTEGER,
  ingested_at TEXT NOT NULL,
  fts TSVECTOR,
  UNIQUE (id, version),
  UNIQUE (id, content_hash)
);
CREATE INDEX articles_latest_day ON articles(is_latest, day);
CREATE INDEX articles_latest_id ON articles(id) WHERE is_latest = 1;
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_source ON articles(source_id);
CREATE INDEX articles_fts ON articles USING gin (fts);

CREATE TABLE article_lsh (
  key BIGINT NOT NULL,
  article_rowid INTEGER NOT NULL REFERENCES articles(rowid),
  PRIMARY KEY (key, article_rowid)
);
CREATE INDEX article_lsh_article ON article_lsh(article_rowid);

CREATE TABLE analyses (
  article_rowid INTEGER PRIMARY KEY REFERENCES articles(rowid),
  schema TEXT NOT NULL,
  json TEXT NOT NULL,
  analyzed_at TEXT NOT NULL
);

CREATE TABLE entities (
  id SERIAL PRIMARY KEY,
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

CREATE TABLE entity_keys (
  key TEXT PRIMARY KEY,
  entity_id INTEGER NOT NULL REFERENCES entities(id)
);
CREATE INDEX entity_keys_entity ON entity_keys(entity_id);

CREATE TABLE entity_rules (
  key TEXT PRIMARY KEY,
  target_key TEXT NOT NULL,
  kind TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE entity_aliases (
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  alias TEXT NOT NULL,
  norm TEXT NOT NULL,
  n INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (entity_id, alias)
);
CREATE INDEX entity_aliases_norm ON entity_aliases(norm text_pattern_ops);

CREATE TABLE entity_titles (
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  title TEXT NOT NULL,
  n INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (entity_id, title)
);

CREATE TABLE article_entities (
  article_rowid INTEGER NOT NULL REFERENCES articles(rowid),
  local_id TEXT NOT NULL,
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  orig_key TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  salience DOUBLE PRECISION NOT NULL DEFAULT 0,
  mention_count INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (article_rowid, local_id)
);
CREATE INDEX article_entities_entity ON article_entities(entity_id, article_rowid);

CREATE TABLE mentions (
  article_rowid INTEGER NOT NULL REFERENCES articles(rowid),
  local_id TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT,
  PRIMARY KEY (article_rowid, start, local_id)
);

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
);
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
);
CREATE INDEX events_source ON events(source_entity_id);
CREATE INDEX events_target ON events(target_entity_id);
CREATE INDEX events_type ON events(type, article_rowid);

CREATE TABLE places (
  article_rowid INTEGER NOT NULL REFERENCES articles(rowid),
  idx INTEGER NOT NULL,
  entity_local TEXT NOT NULL,
  entity_id INTEGER REFERENCES entities(id),
  name TEXT NOT NULL,
  country TEXT,
  lat DOUBLE PRECISION NOT NULL,
  lon DOUBLE PRECISION NOT NULL,
  geonames INTEGER,
  feature_class TEXT,
  focus INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (article_rowid, idx)
);
CREATE INDEX places_country ON places(country, article_rowid);

CREATE TABLE ingest_batches (
  id SERIAL PRIMARY KEY,
  args TEXT NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  counts TEXT
);

CREATE TABLE ingest_log (
  id SERIAL PRIMARY KEY,
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
