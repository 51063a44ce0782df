// Migration 4: article themes as rows (indexed), kept in step with analyses by triggers, so trends and theme facets
// read an index instead of parsing every stored analysis (the uncached /api/trends took ~250 ms on the demo).
import type { Migration } from './index.js';

export const migration004: Migration = {
  version: 4,
  name: 'article-themes',
  sql: `
CREATE TABLE article_themes (
  article_rowid INTEGER NOT NULL REFERENCES articles(rowid),
  theme TEXT NOT NULL,
  PRIMARY KEY (article_rowid, theme)
) WITHOUT ROWID;
CREATE INDEX article_themes_theme ON article_themes(theme, article_rowid);
INSERT OR IGNORE INTO article_themes (article_rowid, theme)
  SELECT an.article_rowid, t.value FROM analyses an, json_each(an.json, '$.themes') t;
CREATE TRIGGER analyses_themes_insert AFTER INSERT ON analyses BEGIN
  INSERT OR IGNORE INTO article_themes (article_rowid, theme) SELECT NEW.article_rowid, value FROM json_each(NEW.json, '$.themes');
END;
CREATE TRIGGER analyses_themes_update AFTER UPDATE OF json ON analyses BEGIN
  DELETE FROM article_themes WHERE article_rowid = NEW.article_rowid;
  INSERT OR IGNORE INTO article_themes (article_rowid, theme) SELECT NEW.article_rowid, value FROM json_each(NEW.json, '$.themes');
END;
CREATE TRIGGER analyses_themes_delete AFTER DELETE ON analyses BEGIN
  DELETE FROM article_themes WHERE article_rowid = OLD.article_rowid;
END;
`,
};
