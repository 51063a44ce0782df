// Migration 7: corroboration. Every latest article that reports an event signature (source entity, PLOVER type, target
// entity) is one row of event_reports, with its independent source ("outlet": the outlet of the article or, for a
// syndicated copy, of the original it copies) and the GDELT-style counts of the signature within ± the window
// (corroboration_settings.days, default 3): sources = distinct outlets, articles = reporting articles. Triggers keep the
// rows and counts current whatever writes the facts: a save, a new version (the old one's reports leave), an entity
// merge or split, a corrected or deleted event. Existing databases are backfilled here.
import type { Migration } from './index.js';

const W = "(SELECT days FROM corroboration_settings WHERE id = 1)";
const lo = (day: string): string => `date(${day}, '-' || ${W} || ' days')`;
const hi = (day: string): string => `date(${day}, '+' || ${W} || ' days')`;

/** the counts of every report of a signature within the window of each row */
const COUNTS = `(sources, articles) = (SELECT count(DISTINCT o.outlet), count(*) FROM event_reports o
    WHERE o.source_entity_id = event_reports.source_entity_id AND o.type = event_reports.type
      AND o.target_entity_id = event_reports.target_entity_id AND o.day BETWEEN ${lo('event_reports.day')} AND ${hi('event_reports.day')})`;

/** recounts the reports of one signature whose window holds `day` */
export function recountSql(s: string, t: string, g: string, day: string): string {
  return `UPDATE event_reports SET ${COUNTS}
    WHERE source_entity_id = ${s} AND type = ${t} AND target_entity_id = ${g} AND day BETWEEN ${lo(day)} AND ${hi(day)}`;
}

/** recounts every report (after the backfill, or when the window changes) */
export const RECOUNT_ALL_SQLITE = `UPDATE event_reports SET ${COUNTS}`;

const REPORTED = (r: string): string => `${r}.source_entity_id IS NOT NULL AND ${r}.target_entity_id IS NOT NULL AND ${r}.negated = 0`;

/** the report row of event `r` if its article is a latest version */
const insertReport = (r: string, extra = ''): string => `INSERT OR IGNORE INTO event_reports
    (source_entity_id, type, target_entity_id, day, article_rowid, outlet, source_id, at)
  SELECT ${r}.source_entity_id, ${r}.type, ${r}.target_entity_id, a.day, a.rowid, coalesce(o.outlet, 'a' || a.id), a.source_id, coalesce(a.published, a.day)
  FROM articles a LEFT JOIN article_origins o ON o.article_rowid = a.rowid
  WHERE a.rowid = ${r}.article_rowid AND a.is_latest = 1 AND a.day IS NOT NULL AND ${REPORTED(r)}${extra};`;

/** drops the report row of event `r` unless another event of the article still reports the same signature */
const deleteReport = (r: string): string => `DELETE FROM event_reports WHERE article_rowid = ${r}.article_rowid
    AND source_entity_id = ${r}.source_entity_id AND type = ${r}.type AND target_entity_id = ${r}.target_entity_id
    AND NOT EXISTS (SELECT 1 FROM events e WHERE e.article_rowid = ${r}.article_rowid AND e.source_entity_id = ${r}.source_entity_id
      AND e.type = ${r}.type AND e.target_entity_id = ${r}.target_entity_id AND e.negated = 0);`;

const recountFor = (r: string): string => `${recountSql(`${r}.source_entity_id`, `${r}.type`, `${r}.target_entity_id`,
  `(SELECT day FROM articles WHERE rowid = ${r}.article_rowid)`)};`;

export const migration007: Migration = {
  version: 7,
  name: 'corroboration',
  sql: `
CREATE TABLE corroboration_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  days INTEGER NOT NULL CHECK (days >= 0)
);
INSERT INTO corroboration_settings (id, days) VALUES (1, 3);

-- The original each article version copies (itself when it is no syndicated copy) and that original's outlet:
-- 's' || source id, or 'a' || article id for an article without a source.
CREATE TABLE article_origins (
  article_rowid INTEGER PRIMARY KEY,
  origin_rowid INTEGER NOT NULL,
  outlet TEXT NOT NULL
);
WITH RECURSIVE chain(rowid, origin) AS (
  SELECT rowid, rowid FROM articles WHERE duplicate_of IS NULL OR duplicate_of NOT IN (SELECT rowid FROM articles)
  UNION ALL
  SELECT a.rowid, c.origin FROM articles a JOIN chain c ON a.duplicate_of = c.rowid
)
INSERT OR REPLACE INTO article_origins (article_rowid, origin_rowid, outlet)
  SELECT c.rowid, c.origin, CASE WHEN o.source_id IS NOT NULL THEN 's' || o.source_id ELSE 'a' || o.id END
  FROM chain c JOIN articles o ON o.rowid = c.origin;
CREATE INDEX article_origins_copies ON article_origins(article_rowid) WHERE origin_rowid <> article_rowid;
CREATE TRIGGER articles_origin AFTER INSERT ON articles BEGIN
  INSERT OR REPLACE INTO article_origins (article_rowid, origin_rowid, outlet)
    SELECT NEW.rowid, o.rowid, CASE WHEN o.source_id IS NOT NULL THEN 's' || o.source_id ELSE 'a' || o.id END
    FROM articles o WHERE o.rowid = coalesce((SELECT origin_rowid FROM article_origins WHERE article_rowid = NEW.duplicate_of),
      (SELECT rowid FROM articles WHERE rowid = NEW.duplicate_of), NEW.rowid);
END;

-- One row per (latest article, event signature); outlet = the independent source it counts as, source_id = the
-- article's own outlet (they differ for a syndicated copy); at = the article's publication time (else its day).
CREATE TABLE event_reports (
  source_entity_id INTEGER NOT NULL,
  type TEXT NOT NULL,
  target_entity_id INTEGER NOT NULL,
  day TEXT NOT NULL,
  article_rowid INTEGER NOT NULL,
  outlet TEXT NOT NULL,
  source_id INTEGER,
  at TEXT NOT NULL,
  sources INTEGER NOT NULL DEFAULT 1,
  articles INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (source_entity_id, type, target_entity_id, day, article_rowid)
) WITHOUT ROWID;
CREATE INDEX event_reports_article ON event_reports(article_rowid);
CREATE INDEX event_reports_sources ON event_reports(sources, article_rowid);
CREATE INDEX event_reports_source ON event_reports(source_id, sources, day);
-- the outlet profiles count each outlet's latest articles from this index alone, and find the copies from the next
CREATE INDEX articles_source_latest ON articles(source_id, is_latest);

INSERT OR IGNORE INTO event_reports (source_entity_id, type, target_entity_id, day, article_rowid, outlet, source_id, at)
  SELECT ev.source_entity_id, ev.type, ev.target_entity_id, a.day, a.rowid, coalesce(o.outlet, 'a' || a.id), a.source_id, coalesce(a.published, a.day)
  FROM events ev JOIN articles a ON a.rowid = ev.article_rowid LEFT JOIN article_origins o ON o.article_rowid = a.rowid
  WHERE a.is_latest = 1 AND a.day IS NOT NULL AND ${REPORTED('ev')};
${RECOUNT_ALL_SQLITE};

CREATE TRIGGER events_report_insert AFTER INSERT ON events WHEN ${REPORTED('NEW')} BEGIN
  ${insertReport('NEW')}
  ${recountFor('NEW')}
END;
CREATE TRIGGER events_report_delete AFTER DELETE ON events WHEN ${REPORTED('OLD')} BEGIN
  ${deleteReport('OLD')}
  ${recountFor('OLD')}
END;
CREATE TRIGGER events_report_update AFTER UPDATE OF source_entity_id, type, target_entity_id, negated ON events BEGIN
  ${deleteReport('OLD')}
  ${insertReport('NEW')}
  ${recountFor('OLD')}
  ${recountFor('NEW')}
END;
-- a retired version's reports leave (and a version made latest again comes back); the signatures it shared are recounted
CREATE TRIGGER articles_report_latest AFTER UPDATE OF is_latest ON articles WHEN OLD.is_latest <> NEW.is_latest BEGIN
  DELETE FROM event_reports WHERE article_rowid = OLD.rowid;
  INSERT OR IGNORE INTO event_reports (source_entity_id, type, target_entity_id, day, article_rowid, outlet, source_id, at)
    SELECT ev.source_entity_id, ev.type, ev.target_entity_id, a.day, a.rowid, coalesce(o.outlet, 'a' || a.id), a.source_id, coalesce(a.published, a.day)
    FROM events ev JOIN articles a ON a.rowid = ev.article_rowid LEFT JOIN article_origins o ON o.article_rowid = a.rowid
    WHERE ev.article_rowid = NEW.rowid AND NEW.is_latest = 1 AND a.day IS NOT NULL AND ${REPORTED('ev')};
  UPDATE event_reports SET ${COUNTS}
    WHERE (source_entity_id, type, target_entity_id) IN (SELECT source_entity_id, type, target_entity_id FROM events WHERE article_rowid = OLD.rowid)
      AND day BETWEEN ${lo('OLD.day')} AND ${hi('OLD.day')};
END;
`,
};
