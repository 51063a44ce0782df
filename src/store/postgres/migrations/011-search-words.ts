// PostgreSQL migration 11 (see ../../migrations/011-search-words.ts): more words no query can spell (the indexed text has
// no '#') in article_search, as migration 010 added the rowid's block and the source.
// - The article's entities ('#e42'), PLOVER event types ('#tASSAULT') and place countries ('#cUA') in fts: the entity,
//   type and country filters of a text search become part of its GIN scan (`query && '#tASSAULT' && ('#48' | '#47')`), so
//   only the matches that pass every filter are visited, where a filter that keeps few of a common word's matches made
//   the search visit them all (`attack` with type ASSAULT: 26,000 rows read for 2,400 kept at 200,000 articles).
//   search_facets(rowid) gives an article's words from its rows; the save and the scale benchmark's copy add them to the
//   tsvector they write, and triggers on article_entities, events and places keep them current through every later change
//   of those rows (corrections rewrite the facts, merges and splits move article entities to another entity).
// - The day's year ('#y2024') in fts: a date filter names the years it spans (the day condition stays, for the first and
//   last), so `election` in 2022 visits the matches of 2022, not of every year.
// - The rowid's span of 16 blocks ('#x3': rowids 3 * 65,536 ..) in fts and title: a pass over many blocks names their
//   spans instead of each block (a GIN scan costs about as much per word of an OR as per match).
// - search_lexemes: every word of every tsvector in article_search (not the '#' ones), kept by a trigger on its inserts
//   (in a fixed order: two saves adding the same new words do not deadlock), so that a prefix term is spelled out as the
//   words that start with it (postgres/search.ts expandPrefixes) instead of GIN's partial match, which reads every match
//   of every such word whatever the blocks (`minist*`: 112,000 rows at 200,000 articles). Words no article has any more
//   stay: they match nothing.
// The table is written anew rather than updated in place, which would leave a dead copy of every row.
import type { Migration } from '../../migrations/index.js';

/** the facet words of a tsvector (the trigger removes them before adding the article's current ones) */
const FACET_WORDS = (v: string): string => `ARRAY(SELECT w FROM unnest(tsvector_to_array(${v})) w WHERE w ~ '^#[etc]')`;

/** the tables whose rows give an article's facet words, each with the column whose update changes them */
const FACET_TABLES: ReadonlyArray<readonly [string, string]> = [['article_entities', 'entity_id'], ['events', 'type'], ['places', 'country']];

/** The three statement triggers that keep the facet words current when a table's rows are inserted, updated or deleted. */
function facetTriggers(table: string, column: string): string {
  return `CREATE TRIGGER ${table}_search_ins AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_facets_changed();
CREATE TRIGGER ${table}_search_upd AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_facets_changed('${column}');
CREATE TRIGGER ${table}_search_del AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_facets_changed();
`;
}

export const pgMigration011: Migration = {
  version: 11,
  name: 'search-words',
  sql: `
CREATE FUNCTION search_facets(r INTEGER) RETURNS TSVECTOR LANGUAGE sql STABLE AS $$
  SELECT array_to_tsvector(ARRAY(
    SELECT '#e' || entity_id FROM article_entities WHERE article_rowid = r
    UNION SELECT '#t' || type FROM events WHERE article_rowid = r
    UNION SELECT '#c' || country FROM places WHERE article_rowid = r AND country IS NOT NULL))
$$;

-- the articles whose facet words may have changed: those of the rows inserted or deleted, or updated in the word's column
CREATE FUNCTION search_facets_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  rowids INTEGER[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT article_rowid) INTO rowids FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT article_rowid) INTO rowids FROM old_rows;
  ELSE
    EXECUTE format('SELECT array_agg(DISTINCT article_rowid) FROM ((SELECT article_rowid, %1$I FROM new_rows EXCEPT SELECT article_rowid, %1$I FROM old_rows)
        UNION ALL (SELECT article_rowid, %1$I FROM old_rows EXCEPT SELECT article_rowid, %1$I FROM new_rows)) d', TG_ARGV[0]) INTO rowids;
  END IF;
  IF rowids IS NOT NULL THEN
    UPDATE article_search s SET fts = x.v
      FROM (SELECT rowid, ts_delete(fts, ${FACET_WORDS('fts')}) || search_facets(rowid) AS v, ${FACET_WORDS('fts')} AS had
        FROM article_search WHERE rowid = ANY(rowids)) x
      WHERE s.rowid = x.rowid AND x.had IS DISTINCT FROM ${FACET_WORDS('x.v')};
  END IF;
  RETURN NULL;
END
$$;
${FACET_TABLES.map(([table, column]) => facetTriggers(table, column)).join('')}
CREATE TABLE article_search_011 (
  rowid INTEGER NOT NULL,
  source_id INTEGER,
  day TEXT,
  fts TSVECTOR NOT NULL,
  title TSVECTOR NOT NULL
);
INSERT INTO article_search_011 (rowid, source_id, day, fts, title)
  SELECT rowid, source_id, day, fts || search_facets(rowid) || x || array_to_tsvector(array_remove(ARRAY['#y' || substr(day, 1, 4)], NULL)), title || x
  FROM (SELECT *, array_to_tsvector(ARRAY['#x' || (rowid >> 16)]) AS x FROM article_search) s ORDER BY rowid;
DROP TABLE article_search;
ALTER TABLE article_search_011 RENAME TO article_search;
ALTER TABLE article_search ADD PRIMARY KEY (rowid);
CREATE INDEX article_search_fts ON article_search USING gin (fts);
CREATE INDEX article_search_title ON article_search USING gin (title);
CREATE INDEX article_search_day ON article_search (day DESC NULLS LAST, rowid DESC);
ANALYZE article_search;

CREATE TABLE search_lexemes (
  lexeme TEXT COLLATE "C" PRIMARY KEY
);
INSERT INTO search_lexemes (lexeme) SELECT DISTINCT w FROM article_search, unnest(tsvector_to_array(fts)) w WHERE w NOT LIKE '#%';
CREATE FUNCTION search_lexemes_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_lexemes (lexeme) SELECT DISTINCT w FROM new_rows, unnest(tsvector_to_array(fts)) w WHERE w NOT LIKE '#%' ORDER BY w
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
CREATE TRIGGER article_search_lexemes AFTER INSERT ON article_search REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_lexemes_add();
ANALYZE search_lexemes;
`,
};
