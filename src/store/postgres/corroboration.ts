// Corroboration in PostgreSQL: event facts with their counts (kept by migration 007's triggers) and the outlets' profiles.
import type { PgDb } from './db.js';
import {
  checkWindow, delaysBySource, reportConfidence, toFacts, toProfile, windowFromEnv,
  type ArticleFacts, type CorroborationRepo, type EventFactRow, type QuoteFactRow, type ReportRow, type SourceCountsRow, type SourceDetail,
  type SourceProfile,
} from '../corroboration-types.js';

/** per outlet (all, or @id): latest articles, syndicated copies among them, event reports, corroborated reports */
const COUNTS = (one: boolean): string => `WITH arts AS (
    SELECT source_id, count(*) AS articles FROM articles WHERE source_id ${one ? '= @id::int' : 'IS NOT NULL'} AND is_latest = 1 GROUP BY source_id),
  syn AS (SELECT a.source_id, count(*) AS syndicated FROM article_origins o JOIN articles a ON a.rowid = o.article_rowid
    JOIN articles oa ON oa.rowid = o.origin_rowid
    WHERE o.origin_rowid <> o.article_rowid AND a.is_latest = 1 AND oa.id <> a.id AND a.source_id ${one ? '= @id::int' : 'IS NOT NULL'} GROUP BY a.source_id),
  reps AS (SELECT source_id, count(*) AS events, sum(CASE WHEN sources >= 2 THEN 1 ELSE 0 END) AS corroborated FROM event_reports
    WHERE source_id ${one ? '= @id::int' : 'IS NOT NULL'} GROUP BY source_id)
  SELECT s.id, s.name, s.host, arts.articles, coalesce(syn.syndicated, 0) AS syndicated, coalesce(reps.events, 0) AS events,
    coalesce(reps.corroborated, 0) AS corroborated
  FROM arts JOIN sources s ON s.id = arts.source_id LEFT JOIN syn ON syn.source_id = arts.source_id LEFT JOIN reps ON reps.source_id = arts.source_id
  ORDER BY arts.articles DESC, s.name COLLATE "C"`;

const REPORTS = `SELECT r.source_entity_id AS s, r.type AS t, r.target_entity_id AS g, r.day, r.at, r.source_id AS "sourceId", r.outlet, r.sources
  FROM event_reports r WHERE (r.source_entity_id, r.type, r.target_entity_id) IN`;

export class PgCorroborationRepo implements CorroborationRepo {
  constructor(private readonly db: PgDb) {}

  /** applies ARGUS_CORROBORATION_DAYS when it differs from the database's window (called once when the store opens) */
  async applyEnvWindow(): Promise<void> {
    const env = windowFromEnv();
    if (env !== null && env !== (await this.windowDays())) await this.setWindowDays(env);
  }

  async windowDays(): Promise<number> {
    return (await this.db.value<number>('SELECT days FROM corroboration_settings WHERE id = 1')) ?? 3;
  }

  async setWindowDays(days: number): Promise<void> {
    const d = checkWindow(days);
    await this.db.tx(async (t) => {
      await t.run('UPDATE corroboration_settings SET days = $1 WHERE id = 1', [d]);
      await t.query('SELECT argus_recount_all_reports()');
    });
  }

  async articleFacts(articleId: string, version?: number): Promise<ArticleFacts | null> {
    const rowid = version === undefined
      ? await this.db.value<number>('SELECT rowid FROM articles WHERE id = $1 AND is_latest = 1', [articleId])
      : await this.db.value<number>('SELECT rowid FROM articles WHERE id = $1 AND version = $2', [articleId, version]);
    if (rowid === undefined) return null;
    return (await this.factsByRowid([rowid])).get(rowid) ?? { events: [], quotes: [] };
  }

  async factsByRowid(rowids: number[]): Promise<Map<number, ArticleFacts>> {
    if (rowids.length === 0) return new Map();
    const events = await this.db.all<EventFactRow>(`SELECT ev.article_rowid AS rowid, ev.idx, ev.source_entity_id, ev.target_entity_id, ev.negated,
        coalesce(r.sources, 1) AS sources, coalesce(r.articles, 1) AS articles
      FROM events ev JOIN articles a ON a.rowid = ev.article_rowid
      LEFT JOIN event_reports r ON ev.negated = 0 AND r.source_entity_id = ev.source_entity_id AND r.type = ev.type
        AND r.target_entity_id = ev.target_entity_id AND r.day = a.day AND r.article_rowid = ev.article_rowid
      WHERE ev.article_rowid = ANY($1::int[]) ORDER BY ev.article_rowid, ev.idx`, [rowids]);
    const quotes = await this.db.all<QuoteFactRow>(`SELECT article_rowid AS rowid, idx, kind, speaker_local FROM quotes
      WHERE article_rowid = ANY($1::int[]) ORDER BY article_rowid, idx`, [rowids]);
    const out = toFacts(events, quotes);
    for (const r of rowids) if (!out.has(r)) out.set(r, { events: [], quotes: [] });
    return out;
  }

  async sources(): Promise<SourceProfile[]> {
    const rows = await this.db.all<SourceCountsRow>(COUNTS(false));
    const delays = delaysBySource(await this.db.all<ReportRow>(`${REPORTS}
        (SELECT source_entity_id, type, target_entity_id FROM event_reports WHERE sources >= 2)`), await this.windowDays());
    return rows.filter((r) => Number(r.articles) > 0).map((r) => toProfile(r, delays.get(r.id)));
  }

  async source(name: string): Promise<SourceDetail | null> {
    const id = await this.db.value<number>(`SELECT id FROM sources WHERE lower(name) = lower(@n::text) OR lower(host) = lower(@n::text)
        ORDER BY (name = @n::text) DESC, id LIMIT 1`, { n: name.trim() });
    if (id === undefined) return null;
    const r = (await this.db.one<SourceCountsRow>(COUNTS(true), { id }))
      ?? { ...(await this.db.one<{ id: number; name: string; host: string | null }>('SELECT id, name, host FROM sources WHERE id = $1', [id]))!, articles: 0, syndicated: 0, events: 0, corroborated: 0 };
    const w = await this.windowDays();
    const delays = delaysBySource(await this.db.all<ReportRow>(`${REPORTS} (SELECT source_entity_id, type, target_entity_id FROM event_reports
        WHERE source_id = $1 AND sources >= 2)`, [r.id]), w);
    const corroboratedBy = await this.db.all<SourceDetail['corroboratedBy'][number]>(`SELECT s2.name, count(DISTINCT (mine.article_rowid,
          mine.source_entity_id, mine.type, mine.target_entity_id)) AS events
        FROM event_reports mine
        JOIN event_reports o ON o.source_entity_id = mine.source_entity_id AND o.type = mine.type AND o.target_entity_id = mine.target_entity_id
          AND o.day BETWEEN to_char(mine.day::date - @w::int, 'YYYY-MM-DD') AND to_char(mine.day::date + @w::int, 'YYYY-MM-DD') AND o.outlet <> mine.outlet
        JOIN sources s2 ON 's' || s2.id = o.outlet
        WHERE mine.source_id = @id::int AND mine.sources >= 2 AND s2.id <> @id::int GROUP BY s2.name ORDER BY events DESC, s2.name COLLATE "C" LIMIT 20`, { id: r.id, w });
    const examples = (await this.db.all<Omit<SourceDetail['examples'][number], 'confidence'>>(`SELECT a.id AS "articleId", a.title, r.day, r.type,
        se.name AS "sourceEntity", te.name AS "targetEntity", r.sources, r.articles
        FROM (SELECT * FROM event_reports WHERE source_id = $1 ORDER BY sources DESC, day DESC, article_rowid DESC LIMIT 10) r
        JOIN articles a ON a.rowid = r.article_rowid JOIN entities se ON se.id = r.source_entity_id JOIN entities te ON te.id = r.target_entity_id
        ORDER BY r.sources DESC, r.day DESC, r.article_rowid DESC`, [r.id]))
      .map((x) => ({ ...x, confidence: reportConfidence(x.sources) }));
    return { ...toProfile(r, delays.get(r.id)), corroboratedBy: corroboratedBy.map((c) => ({ name: c.name, events: Number(c.events) })), examples };
  }
}
