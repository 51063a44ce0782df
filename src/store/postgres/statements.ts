// Statements in PostgreSQL: the same read models as sqlite/statements.ts over the tables of migration 008.
import type { PgDb } from './db.js';
import type { EntityRef, SpeakerCount, StatementQuery, StatementRange, StatementRepo, StatementRow, StatementText } from '../statement-types.js';
import { dayOrNull, toSpeakerCounts, toStatementRows, toStatementTexts, WINDOW, type AboutDb, type StatementDb } from '../statement-rows.js';

const RANGE = '(@from::text IS NULL OR a.day >= @from::text) AND (@to::text IS NULL OR a.day <= @to::text)';

/** a speaker's statements in latest articles of the range, optionally about one entity; `joins` go before WHERE */
const match = (joins = ''): string => `FROM article_entities sp
  JOIN articles a ON a.rowid = sp.article_rowid AND a.is_latest = 1 AND ${RANGE}
  JOIN statements s ON s.article_rowid = sp.article_rowid AND s.speaker_local = sp.local_id
  ${joins}
  WHERE sp.entity_id = @speaker AND (@about::int IS NULL OR EXISTS (SELECT 1 FROM statement_about sa
    JOIN article_entities ae ON ae.article_rowid = sa.article_rowid AND ae.local_id = sa.local_id
    WHERE sa.article_rowid = s.article_rowid AND sa.kind = s.kind AND sa.fact_idx = s.fact_idx AND ae.entity_id = @about::int))`;

const ORDER = 'ORDER BY a.day DESC, s.article_rowid DESC, s.start, s.kind DESC, s.fact_idx';

const WIN = `CASE WHEN s.text IS NULL THEN substr(a.text, greatest(0, s.start - ${WINDOW}) + 1, s."end" - greatest(0, s.start - ${WINDOW}) + ${WINDOW}) END AS win,
  greatest(0, s.start - ${WINDOW}) AS "winStart"`;

function params(q: StatementQuery): Record<string, unknown> {
  return { speaker: q.speakerId, about: q.aboutId ?? null, from: dayOrNull(q.from), to: dayOrNull(q.to) };
}

export class PgStatementRepo implements StatementRepo {
  constructor(private readonly db: PgDb) {}

  private async entity(id: number): Promise<EntityRef | null> {
    return (await this.db.one<EntityRef>('SELECT id, name, type FROM entities WHERE id = $1', [id])) ?? null;
  }

  async list(q: StatementQuery & { limit: number; offset?: number }): Promise<{ total: number; rows: StatementRow[] }> {
    const speaker = await this.entity(q.speakerId);
    if (!speaker) return { total: 0, rows: [] };
    const rows = await this.db.all<StatementDb>(`SELECT s.article_rowid AS rowid, a.id AS "articleId", a.title, a.url, src.name AS source,
        a.published, a.day AS date, s.kind, s.fact_idx AS idx, s.start, s."end" AS "end", s.text, ${WIN}, s.tone AS "articleTone",
        qu.kind AS "quoteKind", ev.type AS "eventType", es.id AS "sourceId", es.name AS "sourceName", es.type AS "sourceType",
        et.id AS "targetId", et.name AS "targetName", et.type AS "targetType", count(*) OVER () AS total
      ${match(`LEFT JOIN sources src ON src.id = a.source_id
        LEFT JOIN quotes qu ON s.kind = 'quote' AND qu.article_rowid = s.article_rowid AND qu.idx = s.fact_idx
        LEFT JOIN events ev ON s.kind = 'event' AND ev.article_rowid = s.article_rowid AND ev.idx = s.fact_idx
        LEFT JOIN entities es ON es.id = ev.source_entity_id
        LEFT JOIN entities et ON et.id = ev.target_entity_id`)}
      ${ORDER} LIMIT @limit OFFSET @offset`, { ...params(q), limit: q.limit, offset: q.offset ?? 0 });
    if (rows.length === 0) {
      const total = q.offset ? ((await this.db.value<number>(`SELECT count(*) ${match()}`, params(q))) ?? 0) : 0;
      return { total, rows: [] };
    }
    const rowids = [...new Set(rows.map((r) => r.rowid))];
    const about = await this.db.all<AboutDb>(`SELECT sa.article_rowid AS rowid, sa.kind, sa.fact_idx AS idx, e.id, e.name, e.type
        FROM statement_about sa JOIN article_entities ae ON ae.article_rowid = sa.article_rowid AND ae.local_id = sa.local_id
        JOIN entities e ON e.id = ae.entity_id WHERE sa.article_rowid = ANY($1::int[])`, [rowids]);
    return { total: (rows[0] as StatementDb).total, rows: toStatementRows(rows, about, speaker) };
  }

  async texts(q: StatementQuery, cap: number): Promise<StatementText[]> {
    const rows = await this.db.all<StatementDb>(`SELECT a.day AS date, s.kind, s.start, s."end" AS "end", s.text, ${WIN} ${match()} ${ORDER} LIMIT @cap`,
      { ...params(q), cap });
    return toStatementTexts(rows);
  }

  async topics(speakerId: number, f: StatementRange & { limit: number }): Promise<Array<EntityRef & { statements: number }>> {
    return this.db.all<EntityRef & { statements: number }>(`SELECT e.id, e.name, e.type,
        count(DISTINCT (s.article_rowid, s.kind, s.fact_idx)) AS statements
      ${match(`JOIN statement_about sa2 ON sa2.article_rowid = s.article_rowid AND sa2.kind = s.kind AND sa2.fact_idx = s.fact_idx
        JOIN article_entities ae2 ON ae2.article_rowid = sa2.article_rowid AND ae2.local_id = sa2.local_id
        JOIN entities e ON e.id = ae2.entity_id AND e.id <> @speaker`)}
      GROUP BY e.id, e.name, e.type ORDER BY statements DESC, e.name LIMIT @limit`,
    { ...params({ speakerId, aboutId: null, from: f.from, to: f.to }), limit: f.limit });
  }

  async speakers(aboutId: number, f: StatementRange & { limit: number }): Promise<SpeakerCount[]> {
    const rows = await this.db.all<EntityRef & { month: string; n: number }>(`SELECT e.id, e.name, e.type, substr(a.day, 1, 7) AS month, count(*) AS n
      FROM (SELECT DISTINCT sa.article_rowid, sa.kind, sa.fact_idx FROM article_entities ab
        JOIN statement_about sa ON sa.article_rowid = ab.article_rowid AND sa.local_id = ab.local_id WHERE ab.entity_id = @about) x
      JOIN articles a ON a.rowid = x.article_rowid AND a.is_latest = 1 AND ${RANGE}
      JOIN statements s ON s.article_rowid = x.article_rowid AND s.kind = x.kind AND s.fact_idx = x.fact_idx
      JOIN article_entities sp ON sp.article_rowid = s.article_rowid AND sp.local_id = s.speaker_local
      JOIN entities e ON e.id = sp.entity_id
      WHERE sp.entity_id <> @about GROUP BY e.id, e.name, e.type, substr(a.day, 1, 7)`, { about: aboutId, from: dayOrNull(f.from), to: dayOrNull(f.to) });
    return toSpeakerCounts(rows, f.limit);
  }
}
