// Migration 8: statements — a quote with a speaker, or an event a speaker reports (`reported_by`) — and the local
// entities each one is about, kept in step with analyses by triggers (as article themes are, migration 4), and filled
// from the analyses already stored. Speakers and about-entities stay local ids of the article: reads join them to
// global entities through article_entities, so merges, splits and corrections need no upkeep here.
//
// About: a quote is about the entities with a mention inside the quote; a reported event is about its source and
// target and the entities mentioned inside the quote(s) holding it. The speaker is never one of its own topics.
import type { Migration } from './index.js';

/** The statement rows of the analysis `an` (NEW in a trigger; `from` lists `analyses an` for the backfill). */
function fill(an: string, from: string): string {
  const tone = `${an}.json ->> '$.tone.score'`;
  return `
INSERT OR IGNORE INTO statements (article_rowid, kind, fact_idx, speaker_local, start, "end", text, tone)
  SELECT ${an}.article_rowid, 'quote', q.key, q.value ->> 'speaker', q.value ->> 'start', q.value ->> 'end', q.value ->> 'text', ${tone}
  FROM ${from} json_each(${an}.json, '$.quotes') q WHERE q.value ->> 'speaker' IS NOT NULL;
INSERT OR IGNORE INTO statements (article_rowid, kind, fact_idx, speaker_local, start, "end", text, tone)
  SELECT ${an}.article_rowid, 'event', ev.key, ev.value ->> 'reported_by', ev.value ->> 'start', ev.value ->> 'end', NULL, ${tone}
  FROM ${from} json_each(${an}.json, '$.events') ev WHERE ev.value ->> 'reported_by' IS NOT NULL;
INSERT OR IGNORE INTO statement_about (article_rowid, local_id, kind, fact_idx)
  SELECT ${an}.article_rowid, e.value ->> 'id', 'quote', q.key
  FROM ${from} json_each(${an}.json, '$.quotes') q, json_each(${an}.json, '$.entities') e, json_each(e.value, '$.mentions') m
  WHERE q.value ->> 'speaker' IS NOT NULL AND e.value ->> 'id' <> q.value ->> 'speaker'
    AND m.value ->> 'start' >= q.value ->> 'start' AND m.value ->> 'end' <= q.value ->> 'end';
INSERT OR IGNORE INTO statement_about (article_rowid, local_id, kind, fact_idx)
  SELECT ${an}.article_rowid, p.value, 'event', ev.key
  FROM ${from} json_each(${an}.json, '$.events') ev, json_each(json_array(ev.value ->> 'source', ev.value ->> 'target')) p
  WHERE ev.value ->> 'reported_by' IS NOT NULL AND p.value IS NOT NULL AND p.value <> ev.value ->> 'reported_by';
INSERT OR IGNORE INTO statement_about (article_rowid, local_id, kind, fact_idx)
  SELECT ${an}.article_rowid, e.value ->> 'id', 'event', ev.key
  FROM ${from} json_each(${an}.json, '$.events') ev, json_each(${an}.json, '$.quotes') q,
    json_each(${an}.json, '$.entities') e, json_each(e.value, '$.mentions') m
  WHERE ev.value ->> 'reported_by' IS NOT NULL AND e.value ->> 'id' <> ev.value ->> 'reported_by'
    AND q.value ->> 'start' <= ev.value ->> 'start' AND q.value ->> 'end' >= ev.value ->> 'end'
    AND m.value ->> 'start' >= q.value ->> 'start' AND m.value ->> 'end' <= q.value ->> 'end';`;
}

function clear(rowid: string): string {
  return `
DELETE FROM statement_about WHERE article_rowid = ${rowid};
DELETE FROM statements WHERE article_rowid = ${rowid};`;
}

export const migration008: Migration = {
  version: 8,
  name: 'statements',
  sql: `
CREATE TABLE statements (
  article_rowid INTEGER NOT NULL REFERENCES articles(rowid),
  kind TEXT NOT NULL,
  fact_idx INTEGER NOT NULL,
  speaker_local TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT,
  tone REAL,
  PRIMARY KEY (article_rowid, kind, fact_idx)
) WITHOUT ROWID;
CREATE TABLE statement_about (
  article_rowid INTEGER NOT NULL REFERENCES articles(rowid),
  local_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  fact_idx INTEGER NOT NULL,
  PRIMARY KEY (article_rowid, local_id, kind, fact_idx)
) WITHOUT ROWID;
CREATE INDEX statement_about_fact ON statement_about(article_rowid, kind, fact_idx);
${fill('an', 'analyses an,')}
CREATE TRIGGER analyses_statements_insert AFTER INSERT ON analyses BEGIN${fill('NEW', '')}
END;
CREATE TRIGGER analyses_statements_update AFTER UPDATE OF json ON analyses BEGIN${clear('OLD.article_rowid')}${fill('NEW', '')}
END;
CREATE TRIGGER analyses_statements_delete AFTER DELETE ON analyses BEGIN${clear('OLD.article_rowid')}
END;
`,
};
