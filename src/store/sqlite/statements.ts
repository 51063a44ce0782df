// Statements in SQLite: a speaker's quotes and reported events with what they are about, and who speaks about an entity.
// Speakers and topics are the article's local entities (tables statements, statement_about; migration 008) joined to
// global entities through article_entities, so merges and splits apply at once.
import { withStatementCache, type Db } from './open.js';
import type { EntityRef, SpeakerCount, StatementQuery, StatementRange, StatementRepo, StatementRow, StatementText } from '../statement-types.js';
import { dayOrNull, toSpeakerCounts, toStatementRows, toStatementTexts, WINDOW, type AboutDb, type StatementDb } from '../statement-rows.js';

/** a speaker's statements in latest articles of the range, optionally about one entity; `joins` go before WHERE */
const match = (joins = ''): string => `FROM article_entities sp
  JOIN articles a ON a.rowid = sp.article_rowid AND a.is_latest = 1 AND (@from IS NULL OR a.day >= @from) AND (@to IS NULL OR a.day <= @to)
  JOIN statements s ON s.article_rowid = sp.article_rowid AND s.speaker_local = sp.local_id
  ${joins}
  WHERE sp.entity_id = @speaker AND (@about IS NULL OR EXISTS (SELECT 1 FROM statement_about sa
    JOIN article_entities ae ON ae.article_rowid = sa.article_rowid AND ae.local_id = sa.local_id
    WHERE sa.article_rowid = s.article_rowid AND sa.kind = s.kind AND sa.fact_idx = s.fact_idx AND ae.entity_id = @about))`;

const ORDER = 'ORDER BY a.day DESC, s.article_rowid DESC, s.start, s.kind DESC, s.fact_idx';

/** the article text around a reported event (quotes carry their own text) */
const WIN = `CASE WHEN s.text IS NULL THEN substr(a.text, max(0, s.start - ${WINDOW}) + 1, s."end" - max(0, s.start - ${WINDOW}) + ${WINDOW}) END AS win,
  max(0, s.start - ${WINDOW}) AS winStart`;

function params(q: StatementQuery): Record<string, unknown> {
  return { speaker: q.speakerId, about: q.aboutId ?? null, from: dayOrNull(q.from), to: dayOrNull(q.to) };
}

export class SqliteStatementRepo implements StatementRepo {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = withStatementCache(db);
  }

  private entity(id: number): EntityRef | null {
    return (this.db.prepare('SELECT id, name, type FROM entities WHERE id = ?').get(id) as EntityRef | undefined) ?? null;
  }

  async list(q: StatementQuery & { limit: number; offset?: number }): Promise<{ total: number; rows: StatementRow[] }> {
    const speaker = this.entity(q.speakerId);
    if (!speaker) return { total: 0, rows: [] };
    const rows = this.db.prepare(`SELECT s.article_rowid AS rowid, a.id AS articleId, a.title, a.url, src.name AS source, a.published,
        a.day AS date, s.kind, s.fact_idx AS idx, s.start, s."end" AS "end", s.text, ${WIN}, s.tone AS articleTone,
        qu.kind AS quoteKind, ev.type AS eventType, es.id AS sourceId, es.name AS sourceName, es.type AS sourceType,
        et.id AS targetId, et.name AS targetName, et.type AS targetType, count(*) OVER () AS total
      ${match(`LEFT JOIN sources src ON src.id = a.source_id
        LEFT JOIN quotes qu ON s.kind = 'quote' AND qu.article_rowid = s.article_rowid AND qu.idx = s.fact_idx
        LEFT JOIN events ev ON s.kind = 'event' AND ev.article_rowid = s.article_rowid AND ev.idx = s.fact_idx
        LEFT JOIN entities es ON es.id = ev.source_entity_id
        LEFT JOIN entities et ON et.id = ev.target_entity_id`)}
      ${ORDER} LIMIT @limit OFFSET @offset`).all({ ...params(q), limit: q.limit, offset: q.offset ?? 0 }) as StatementDb[];
    if (rows.length === 0) {
      const total = q.offset ? (this.db.prepare(`SELECT count(*) ${match()}`).pluck().get(params(q)) as number) : 0;
      return { total, rows: [] };
    }
    const rowids = [...new Set(rows.map((r) => r.rowid))];
    const about = this.db.prepare(`SELECT sa.article_rowid AS rowid, sa.kind, sa.fact_idx AS idx, e.id, e.name, e.type
        FROM statement_about sa JOIN article_entities ae ON ae.article_rowid = sa.article_rowid AND ae.local_id = sa.local_id
        JOIN entities e ON e.id = ae.entity_id WHERE sa.article_rowid IN (SELECT value FROM json_each(?))`).all(JSON.stringify(rowids)) as AboutDb[];
    return { total: (rows[0] as StatementDb).total, rows: toStatementRows(rows, about, speaker) };
  }

  async texts(q: StatementQuery, cap: number): Promise<StatementText[]> {
    const rows = this.db.prepare(`SELECT a.day AS date, s.kind, s.start, s."end" AS "end", s.text, ${WIN} ${match()} ${ORDER} LIMIT @cap`)
      .all({ ...params(q), cap }) as StatementDb[];
    return toStatementTexts(rows);
  }

  async topics(speakerId: number, f: StatementRange & { limit: number }): Promise<Array<EntityRef & { statements: number }>> {
    return this.db.prepare(`SELECT e.id, e.name, e.type, count(DISTINCT s.article_rowid || ':' || s.kind || ':' || s.fact_idx) AS statements
        ${match(`JOIN statement_about sa2 ON sa2.article_rowid = s.article_rowid AND sa2.kind = s.kind AND sa2.fact_idx = s.fact_idx
        JOIN article_entities ae2 ON ae2.article_rowid = sa2.article_rowid AND ae2.local_id = sa2.local_id
        JOIN entities e ON e.id = ae2.entity_id AND e.id <> @speaker`)}
      GROUP BY e.id ORDER BY statements DESC, e.name LIMIT @limit`)
      .all({ ...params({ speakerId, aboutId: null, from: f.from, to: f.to }), limit: f.limit }) as Array<EntityRef & { statements: number }>;
  }

  async speakers(aboutId: number, f: StatementRange & { limit: number }): Promise<SpeakerCount[]> {
    const rows = this.db.prepare(`SELECT e.id, e.name, e.type, substr(a.day, 1, 7) AS month, count(*) AS n
      FROM (SELECT DISTINCT sa.article_rowid, sa.kind, sa.fact_idx FROM article_entities ab
        JOIN statement_about sa ON sa.article_rowid = ab.article_rowid AND sa.local_id = ab.local_id WHERE ab.entity_id = @about) x
      JOIN articles a ON a.rowid = x.article_rowid AND a.is_latest = 1 AND (@from IS NULL OR a.day >= @from) AND (@to IS NULL OR a.day <= @to)
      JOIN statements s ON s.article_rowid = x.article_rowid AND s.kind = x.kind AND s.fact_idx = x.fact_idx
      JOIN article_entities sp ON sp.article_rowid = s.article_rowid AND sp.local_id = s.speaker_local
      JOIN entities e ON e.id = sp.entity_id
      WHERE sp.entity_id <> @about GROUP BY e.id, month`).all({ about: aboutId, from: dayOrNull(f.from), to: dayOrNull(f.to) }) as Array<EntityRef & { month: string; n: number }>;
    return toSpeakerCounts(rows, f.limit);
  }
}
