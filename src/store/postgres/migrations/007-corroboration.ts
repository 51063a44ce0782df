// PostgreSQL migration 7: corroboration (see ../../migrations/007-corroboration.ts): the original and outlet of each
// article version, one event_reports row per (latest article, event signature) with the signature's sources and articles
// within ± corroboration_settings.days, kept current by triggers, and a backfill of existing databases. Recounting one
// signature takes a transaction-scoped advisory lock on it, so two processes saving reports of one signature at once
// count each other's rows (the second waits, then recounts with both committed).
import type { Migration } from '../../migrations/index.js';

const REPORTED = (r: string): string => `${r}.source_entity_id IS NOT NULL AND ${r}.target_entity_id IS NOT NULL AND ${r}.negated = 0`;
const INSERT_REPORT = `INSERT INTO event_reports (source_entity_id, type, target_entity_id, day, article_rowid, outlet, source_id, at)`;
const REPORT_VALUES = `a.day, a.rowid, coalesce(o.outlet, 'a' || a.id), a.source_id, coalesce(a.published, a.day)
  FROM articles a LEFT JOIN article_origins o ON o.article_rowid = a.rowid`;
const COUNTS = (w: string): string => `(sources, articles) = (SELECT count(DISTINCT o.outlet), count(*) FROM event_reports o
    WHERE o.source_entity_id = r.source_entity_id AND o.type = r.type AND o.target_entity_id = r.target_entity_id
      AND o.day BETWEEN to_char(r.day::date - ${w}, 'YYYY-MM-DD') AND to_char(r.day::date + ${w}, 'YYYY-MM-DD'))`;

export const pgMigration007: Migration = {
  version: 7,
  name: 'corroboration',
  sql: `
CREATE TABLE corroboration_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  days INTEGER NOT NULL CHECK (days >= 0)
);
INSERT INTO corroboration_settings (id, days) VALUES (1, 3);

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
INSERT INTO article_origins (article_rowid, origin_rowid, outlet)
  SELECT c.rowid, c.origin, CASE WHEN o.source_id IS NOT NULL THEN 's' || o.source_id ELSE 'a' || o.id END
  FROM chain c JOIN articles o ON o.rowid = c.origin
  ON CONFLICT (article_rowid) DO NOTHING;
CREATE INDEX article_origins_copies ON article_origins(article_rowid) WHERE origin_rowid <> article_rowid;

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
);
CREATE INDEX event_reports_article ON event_reports(article_rowid);
CREATE INDEX event_reports_sources ON event_reports(sources, article_rowid);
CREATE INDEX event_reports_source ON event_reports(source_id, sources, day);
-- the outlet profiles count each outlet's latest articles from this index alone, and find the copies from the next
CREATE INDEX articles_source_latest ON articles(source_id, is_latest);

CREATE FUNCTION argus_recount_reports(s INTEGER, t TEXT, g INTEGER, d TEXT) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  w INTEGER := (SELECT days FROM corroboration_settings WHERE id = 1);
BEGIN
  IF s IS NULL OR g IS NULL OR d IS NULL THEN RETURN; END IF;
  PERFORM pg_advisory_xact_lock(hashtext('argus-report'), hashtext(s || ':' || t || ':' || g));
  UPDATE event_reports r SET ${COUNTS('w')}
    WHERE r.source_entity_id = s AND r.type = t AND r.target_entity_id = g
      AND r.day BETWEEN to_char(d::date - w, 'YYYY-MM-DD') AND to_char(d::date + w, 'YYYY-MM-DD');
END $$;

CREATE FUNCTION argus_recount_all_reports() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  w INTEGER := (SELECT days FROM corroboration_settings WHERE id = 1);
BEGIN
  UPDATE event_reports r SET ${COUNTS('w')};
END $$;

${INSERT_REPORT}
  SELECT ev.source_entity_id, ev.type, ev.target_entity_id, ${REPORT_VALUES}
  JOIN events ev ON ev.article_rowid = a.rowid
  WHERE a.is_latest = 1 AND a.day IS NOT NULL AND ${REPORTED('ev')}
  ON CONFLICT DO NOTHING;
SELECT argus_recount_all_reports();

CREATE FUNCTION articles_origin() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO article_origins (article_rowid, origin_rowid, outlet)
    SELECT NEW.rowid, o.rowid, CASE WHEN o.source_id IS NOT NULL THEN 's' || o.source_id ELSE 'a' || o.id END
    FROM articles o WHERE o.rowid = coalesce((SELECT origin_rowid FROM article_origins WHERE article_rowid = NEW.duplicate_of),
      (SELECT rowid FROM articles WHERE rowid = NEW.duplicate_of), NEW.rowid)
    ON CONFLICT (article_rowid) DO UPDATE SET origin_rowid = excluded.origin_rowid, outlet = excluded.outlet;
  RETURN NULL;
END $$;
CREATE TRIGGER articles_origin AFTER INSERT ON articles FOR EACH ROW EXECUTE FUNCTION articles_origin();

CREATE FUNCTION events_report() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND ${REPORTED('OLD')} THEN
    DELETE FROM event_reports WHERE article_rowid = OLD.article_rowid
      AND source_entity_id = OLD.source_entity_id AND type = OLD.type AND target_entity_id = OLD.target_entity_id
      AND NOT EXISTS (SELECT 1 FROM events e WHERE e.article_rowid = OLD.article_rowid AND e.source_entity_id = OLD.source_entity_id
        AND e.type = OLD.type AND e.target_entity_id = OLD.target_entity_id AND e.negated = 0);
    PERFORM argus_recount_reports(OLD.source_entity_id, OLD.type, OLD.target_entity_id, (SELECT day FROM articles WHERE rowid = OLD.article_rowid));
  END IF;
  IF TG_OP <> 'DELETE' AND ${REPORTED('NEW')} THEN
    ${INSERT_REPORT}
      SELECT NEW.source_entity_id, NEW.type, NEW.target_entity_id, ${REPORT_VALUES}
      WHERE a.rowid = NEW.article_rowid AND a.is_latest = 1 AND a.day IS NOT NULL
      ON CONFLICT DO NOTHING;
    PERFORM argus_recount_reports(NEW.source_entity_id, NEW.type, NEW.target_entity_id, (SELECT day FROM articles WHERE rowid = NEW.article_rowid));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER events_report AFTER INSERT OR DELETE OR UPDATE OF source_entity_id, type, target_entity_id, negated ON events
  FOR EACH ROW EXECUTE FUNCTION events_report();

-- a retired version's reports leave (and a version made latest again comes back); the signatures it shared are recounted
CREATE FUNCTION articles_report_latest() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  sig RECORD;
BEGIN
  DELETE FROM event_reports WHERE article_rowid = OLD.rowid;
  IF NEW.is_latest = 1 THEN
    ${INSERT_REPORT}
      SELECT ev.source_entity_id, ev.type, ev.target_entity_id, ${REPORT_VALUES}
      JOIN events ev ON ev.article_rowid = a.rowid
      WHERE a.rowid = NEW.rowid AND a.day IS NOT NULL AND ${REPORTED('ev')}
      ON CONFLICT DO NOTHING;
  END IF;
  FOR sig IN SELECT DISTINCT ev.source_entity_id, ev.type, ev.target_entity_id FROM events ev WHERE ev.article_rowid = OLD.rowid AND ${REPORTED('ev')}
    ORDER BY 1, 2, 3 LOOP
    PERFORM argus_recount_reports(sig.source_entity_id, sig.type, sig.target_entity_id, OLD.day);
  END LOOP;
  RETURN NULL;
END $$;
CREATE TRIGGER articles_report_latest AFTER UPDATE OF is_latest ON articles FOR EACH ROW WHEN (OLD.is_latest <> NEW.is_latest)
  EXECUTE FUNCTION articles_report_latest();
`,
};
