// PostgreSQL migration 4: article themes as indexed rows, kept in step with analyses by a trigger (trends, theme facets).
import type { Migration } from '../../migrations/index.js';

export const pgMigration004: Migration = {
  version: 4,
  name: 'article-themes',
  sql: `
CREATE TABLE article_themes (
  article_rowid INTEGER NOT NULL REFERENCES articles(rowid),
  theme TEXT NOT NULL,
  PRIMARY KEY (article_rowid, theme)
);
CREATE INDEX article_themes_theme ON article_themes(theme, article_rowid);
INSERT INTO article_themes (article_rowid, theme)
  SELECT an.article_rowid, t.value FROM analyses an, jsonb_array_elements_text(
    CASE WHEN jsonb_typeof(an.json::jsonb -> 'themes') = 'array' THEN an.json::jsonb -> 'themes' ELSE '[]'::jsonb END) t(value)
  ON CONFLICT DO NOTHING;
CREATE FUNCTION analyses_themes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM article_themes WHERE article_rowid = OLD.article_rowid;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO article_themes (article_rowid, theme)
      SELECT NEW.article_rowid, t.value FROM jsonb_array_elements_text(
        CASE WHEN jsonb_typeof(NEW.json::jsonb -> 'themes') = 'array' THEN NEW.json::jsonb -> 'themes' ELSE '[]'::jsonb END) t(value)
      ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER analyses_themes AFTER INSERT OR UPDATE OF json OR DELETE ON analyses FOR EACH ROW EXECUTE FUNCTION analyses_themes();
`,
};
