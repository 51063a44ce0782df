// Corroboration in SQLite: event facts with their counts (kept by migration 007's triggers) and the outlets' profiles.
import { withStatementCache, type Db } from './open.js';
import { RECOUNT_ALL_SQLITE } from '../migrations/007-corroboration.js';
import {
  checkWindow, delaysBySource, reportConfidence, toFacts, toProfile, windowFromEnv,
  type ArticleFacts, type CorroborationRepo, type EventFactRow, type QuoteFactRow, type ReportRow, type SourceCountsRow, type SourceDetail,
  type SourceProfile,
} from '../corroboration-types.js';

/** per outlet (all, or @id): latest articles, syndicated copies among them, event reports, corroborated reports */
const COUNTS = (one: boolean): string => `WITH arts AS (
    SELECT source_id, count(*) AS articles FROM articles INDEXED BY articles_source_latest
    WHERE source_id ${one ? '= @id' : 'IS NOT NULL'} AND is_latest = 1 GROUP BY source_id),
  syn AS (SELECT a.source_id, count(*) AS syndicated FROM article_origins o INDEXED BY article_origins_copies CROSS JOIN articles a ON a.rowid = o.article_rowid
    JOIN articles oa ON oa.rowid = o.origin_rowid
    WHERE o.origin_rowid <> o.article_rowid AND a.is_latest = 1 AND oa.id <> a.id AND a.source_id ${one ? '= @id' : 'IS NOT NULL'} GROUP BY a.source_id),
  reps AS (SELECT source_id, count(*) AS events, sum(CASE WHEN sources >= 2 THEN 1 ELSE 0 END) AS corroborated FROM event_reports
    WHERE source_id ${one ? '= @id' : 'IS NOT NULL'} GROUP BY source_id)
  SELECT s.id, s.name, s.host, arts.articles, coalesce(syn.syndicated, 0) AS syndicated, coalesce(reps.events, 0) AS events,
    coalesce(reps.corroborated, 0) AS corroborated
  FROM arts JOIN sources s ON s.id = arts.source_id LEFT JOIN syn ON syn.source_id = arts.source_id LEFT JOIN reps ON reps.source_id = arts.source_id
  ORDER BY arts.articles DESC, s.name`;

const REPORTS = `SELECT r.source_entity_id AS s, r.type AS t, r.target_entity_id AS g, r.day, r.at, r.source_id AS sourceId, r.outlet, r.sources
  FROM event_reports r WHERE (r.source_entity_id, r.type, r.target_entity_id) IN`;

export class SqliteCorroborationRepo implements CorroborationRepo {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = withStatementCache(db);
    const env = windowFromEnv();
    if (env !== null && !db.readonly && env !== this.window()) this.setWindow(env);
  }

  private window(): number {
    return this.db.prepare('SELECT days FROM corroboration_settings WHERE id = 1').pluck().get() as number;
  }

  private setWindow(days: number): void {
    const d = checkWindow(days);
    this.db.transaction(() => {
      this.db.prepare('UPDATE corroboration_settings SET days = ? WHERE id = 1').run(d);
      this.db.exec(RECOUNT_ALL_SQLITE);
    }).immediate();
  }

  async windowDays(): Promise<number> {
    return this.window();
  }

  async setWindowDays(days: number): Promise<void> {
    this.setWindow(days);
  }

  async articleFacts(articleId: string, version?: number): Promise<ArticleFacts | null> {
    const rowid = (version === undefined
      ? this.db.prepare('SELECT rowid FROM articles WHERE id = ? AND +is_latest = 1').pluck().get(articleId)
      : this.db.prepare('SELECT rowid FROM articles WHERE id = ? AND version = ?').pluck().get(articleId, version)) as number | undefined;
    if (rowid === undefined) return null;
    return (await this.factsByRowid([rowid])).get(rowid) ?? { events: [], quotes: [] };
  }

  async factsByRowid(rowids: number[]): Promise<Map<number, ArticleFacts>> {
    if (rowids.length === 0) return new Map();
    const ids = JSON.stringify(rowids);
    const events = this.db.prepare(`SELECT ev.article_rowid AS rowid, ev.idx, ev.source_entity_id, ev.target_entity_id, ev.negated,
        coalesce(r.sources, 1) AS sources, coalesce(r.articles, 1) AS articles
      FROM events ev JOIN articles a ON a.rowid = ev.article_rowid
      LEFT JOIN event_reports r ON ev.negated = 0 AND r.source_entity_id = ev.source_entity_id AND r.type = ev.type
        AND r.target_entity_id = ev.target_entity_id AND r.day = a.day AND r.article_rowid = ev.article_rowid
      WHERE ev.article_rowid IN (SELECT value FROM json_each(?)) ORDER BY ev.article_rowid, ev.idx`).all(ids) as EventFactRow[];
    const quotes = this.db.prepare(`SELECT article_rowid AS rowid, idx, kind, speaker_local FROM quotes
      WHERE article_rowid IN (SELECT value FROM json_each(?)) ORDER BY article_rowid, idx`).all(ids) as QuoteFactRow[];
    const out = toFacts(events, quotes);
    for (const r of rowids) if (!out.has(r)) out.set(r, { events: [], quotes: [] });
    return out;
  }

  async sources(): Promise<SourceProfile[]> {
    const rows = this.db.prepare(COUNTS(false)).all() as SourceCountsRow[];
    const delays = delaysBySource(this.db.prepare(`${REPORTS} (SELECT source_entity_id, type, target_entity_id FROM event_reports WHERE sources >= 2)`)
      .all() as ReportRow[], this.window());
    return rows.filter((r) => r.articles > 0).map((r) => toProfile(r, delays.get(r.id)));
  }

  async source(name: string): Promise<SourceDetail | null> {
    const id = this.db.prepare('SELECT id FROM sources WHERE name = @n COLLATE NOCASE OR host = @n COLLATE NOCASE ORDER BY name = @n DESC, id LIMIT 1')
      .pluck().get({ n: name.trim() }) as number | undefined;
    if (id === undefined) return null;
    const r = (this.db.prepare(COUNTS(true)).get({ id }) as SourceCountsRow | undefined)
      ?? { ...(this.db.prepare('SELECT id, name, host FROM sources WHERE id = ?').get(id) as { id: number; name: string; host: string | null }), articles: 0, syndicated: 0, events: 0, corroborated: 0 };
    const w = this.window();
    const delays = delaysBySource(this.db.prepare(`${REPORTS} (SELECT source_entity_id, type, target_entity_id FROM event_reports
        WHERE source_id = ? AND sources >= 2)`).all(r.id) as ReportRow[], w);
    const corroboratedBy = this.db.prepare(`SELECT s2.name, count(DISTINCT mine.article_rowid || ':' || mine.source_entity_id || ':' || mine.type
          || ':' || mine.target_entity_id) AS events
        FROM event_reports mine
        JOIN event_reports o ON o.source_entity_id = mine.source_entity_id AND o.type = mine.type AND o.target_entity_id = mine.target_entity_id
          AND o.day BETWEEN date(mine.day, '-' || @w || ' days') AND date(mine.day, '+' || @w || ' days') AND o.outlet <> mine.outlet
        JOIN sources s2 ON 's' || s2.id = o.outlet
        WHERE mine.source_id = @id AND mine.sources >= 2 AND s2.id <> @id GROUP BY s2.name ORDER BY events DESC, s2.name LIMIT 20`).all({ id: r.id, w }) as SourceDetail['corroboratedBy'];
    const examples = (this.db.prepare(`SELECT a.id AS articleId, a.title, r.day, r.type, se.name AS sourceEntity, te.name AS targetEntity, r.sources, r.articles
        FROM (SELECT * FROM event_reports WHERE source_id = ? ORDER BY sources DESC, day DESC, article_rowid DESC LIMIT 10) r
        JOIN articles a ON a.rowid = r.article_rowid JOIN entities se ON se.id = r.source_entity_id JOIN entities te ON te.id = r.target_entity_id
        ORDER BY r.sources DESC, r.day DESC, r.article_rowid DESC`).all(r.id) as Array<Omit<SourceDetail['examples'][number], 'confidence'>>)
      .map((x) => ({ ...x, confidence: reportConfidence(x.sources) }));
    return { ...toProfile(r, delays.get(r.id)), corroboratedBy, examples };
  }
}
