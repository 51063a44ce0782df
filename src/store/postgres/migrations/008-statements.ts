// PostgreSQL migration 8: statements (a quote with a speaker, or an event a speaker reports) and the local entities each
// is about, kept in step with analyses by a trigger and filled from the analyses already stored. The rules are those
// of the SQLite migration (../../migrations/008-statements.ts); fill_statements() holds them once for both uses.
import type { Migration } from '../../migrations/index.js';

export const pgMigration008: Migration = {
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
  tone DOUBLE PRECISION,
  PRIMARY KEY (article_rowid, kind, fact_idx)
);
CREATE TABLE statement_about (
  article_rowid INTEGER NOT NULL REFERENCES articles(rowid),
  local_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  fact_idx INTEGER NOT NULL,
  PRIMARY KEY (article_rowid, local_id, kind, fact_idx)
);
CREATE INDEX statement_about_fact ON statement_about(article_rowid, kind, fact_idx);

CREATE FUNCTION fill_statements(p_rowid INTEGER, doc JSONB) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  v_tone DOUBLE PRECISION := CASE WHEN jsonb_typeof(doc #> '{tone,score}') = 'number' THEN (doc #>> '{tone,score}')::double precision END;
BEGIN
  INSERT INTO statements (article_rowid, kind, fact_idx, speaker_local, start, "end", text, tone)
    SELECT p_rowid, 'quote', q.i - 1, q.v ->> 'speaker', (q.v ->> 'start')::int, (q.v ->> 'end')::int, q.v ->> 'text', v_tone
    FROM jsonb_array_elements(coalesce(doc -> 'quotes', '[]'::jsonb)) WITH ORDINALITY q(v, i)
    WHERE q.v ->> 'speaker' IS NOT NULL
  UNION ALL
    SELECT p_rowid, 'event', ev.i - 1, ev.v ->> 'reported_by', (ev.v ->> 'start')::int, (ev.v ->> 'end')::int, NULL, v_tone
    FROM jsonb_array_elements(coalesce(doc -> 'events', '[]'::jsonb)) WITH ORDINALITY ev(v, i)
    WHERE ev.v ->> 'reported_by' IS NOT NULL
  ON CONFLICT DO NOTHING;

  INSERT INTO statement_about (article_rowid, local_id, kind, fact_idx)
    WITH m AS (
      SELECT e.v ->> 'id' AS local, (mm.v ->> 'start')::int AS s, (mm.v ->> 'end')::int AS t
      FROM jsonb_array_elements(coalesce(doc -> 'entities', '[]'::jsonb)) e(v),
        jsonb_array_elements(coalesce(e.v -> 'mentions', '[]'::jsonb)) mm(v)
    ), q AS (
      SELECT (v ->> 'start')::int AS s, (v ->> 'end')::int AS t FROM jsonb_array_elements(coalesce(doc -> 'quotes', '[]'::jsonb)) v
    ), st AS (
      SELECT kind, fact_idx, speaker_local, start, "end" FROM statements WHERE article_rowid = p_rowid
    )
    SELECT p_rowid, m.local, st.kind, st.fact_idx FROM st JOIN m ON m.s >= st.start AND m.t <= st."end" AND m.local <> st.speaker_local
      WHERE st.kind = 'quote'
    UNION
    SELECT p_rowid, p.local, 'event', ev.i - 1
      FROM jsonb_array_elements(coalesce(doc -> 'events', '[]'::jsonb)) WITH ORDINALITY ev(v, i),
        LATERAL (VALUES (ev.v ->> 'source'), (ev.v ->> 'target')) p(local)
      WHERE ev.v ->> 'reported_by' IS NOT NULL AND p.local IS NOT NULL AND p.local <> ev.v ->> 'reported_by'
    UNION
    SELECT p_rowid, m.local, st.kind, st.fact_idx FROM st JOIN q ON q.s <= st.start AND q.t >= st."end"
      JOIN m ON m.s >= q.s AND m.t <= q.t AND m.local <> st.speaker_local
      WHERE st.kind = 'event'
  ON CONFLICT DO NOTHING;
END $$;

CREATE FUNCTION analyses_statements() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM statement_about WHERE article_rowid = OLD.article_rowid;
    DELETE FROM statements WHERE article_rowid = OLD.article_rowid;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM fill_statements(NEW.article_rowid, NEW.json::jsonb);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER analyses_statements AFTER INSERT OR UPDATE OF json OR DELETE ON analyses FOR EACH ROW EXECUTE FUNCTION analyses_statements();
SELECT fill_statements(article_rowid, json::jsonb) FROM analyses;
`,
};
