// The timeline in PostgreSQL: the same answers as the SQLite repository (sqlite/timeline.ts), in the same order.
import type { PgDb } from './db.js';
import { toItem, type TimelineRow } from '../sqlite/timeline.js';
import { byTimeline, type TimelineFilter, type TimelineItem, type TimelineRepo } from '../timeline-types.js';

const LATEST_DAY = 'a.is_latest = 1 AND (@from::text IS NULL OR a.day >= @from::text) AND (@to::text IS NULL OR a.day <= @to::text)';

const ITEM = `a.id AS "articleId", a.title, src.name AS source, a.published, a.day, a.text AS body`;

const quotesOf = (p: string): string => `SELECT article_rowid, idx FROM quotes WHERE speaker_entity_id = @${p}::int
  UNION SELECT q.article_rowid, q.idx FROM article_entities ae
    JOIN mentions m ON m.article_rowid = ae.article_rowid AND m.local_id = ae.local_id
    JOIN quotes q ON q.article_rowid = m.article_rowid AND m.start >= q.start AND m."end" <= q."end"
    WHERE ae.entity_id = @${p}::int`;

const eventsOf = (p: string): string => `SELECT article_rowid, idx FROM events WHERE source_entity_id = @${p}::int
  UNION SELECT article_rowid, idx FROM events WHERE target_entity_id = @${p}::int`;

export class PgTimelineRepo implements TimelineRepo {
  constructor(private readonly db: PgDb) {}

  async items(f: TimelineFilter): Promise<TimelineItem[]> {
    const p = {
      from: f.from ? f.from.slice(0, 10) : null, to: f.to ? f.to.slice(0, 10) : null,
      entity: f.entity ?? null, other: f.entity != null ? f.other ?? null : null, story: f.story ?? null, limit: f.limit,
    };
    if (p.entity === null && p.story === null) return [];
    const evKeys = p.entity === null ? `SELECT ev.article_rowid, ev.idx FROM events ev JOIN articles a ON a.rowid = ev.article_rowid WHERE a.story_id = @story::int`
      : p.other === null ? eventsOf('entity') : `(${eventsOf('entity')}) INTERSECT (${eventsOf('other')})`;
    const events = await this.db.all<TimelineRow>(`SELECT 'event' AS kind, ${ITEM}, ev.date, ev.type, NULL AS "quoteKind", ev.negated,
        ev.source_entity_id AS "actorId", s.name AS "actorName", ev.target_entity_id AS "targetId", t.name AS "targetName",
        ev.trigger AS text, ev.start, ev."end"
      FROM (${evKeys}) k JOIN events ev ON ev.article_rowid = k.article_rowid AND ev.idx = k.idx
      JOIN articles a ON a.rowid = ev.article_rowid LEFT JOIN sources src ON src.id = a.source_id
      LEFT JOIN entities s ON s.id = ev.source_entity_id LEFT JOIN entities t ON t.id = ev.target_entity_id
      WHERE ${LATEST_DAY} AND (@story::int IS NULL OR a.story_id = @story::int)
      ORDER BY a.day DESC NULLS LAST, a.rowid DESC, ev.idx LIMIT @limit`, p);
    const keys = p.entity === null ? `SELECT q.article_rowid, q.idx FROM quotes q JOIN articles a ON a.rowid = q.article_rowid WHERE a.story_id = @story::int`
      : p.other === null ? quotesOf('entity') : `(${quotesOf('entity')}) INTERSECT (${quotesOf('other')})`;
    const quotes = await this.db.all<TimelineRow>(`SELECT 'quote' AS kind, ${ITEM}, NULL AS date, NULL AS type, q.kind AS "quoteKind", 0 AS negated,
        q.speaker_entity_id AS "actorId", sp.name AS "actorName", NULL::int AS "targetId", NULL AS "targetName",
        q.text, q.start, q."end"
      FROM (${keys}) k JOIN quotes q ON q.article_rowid = k.article_rowid AND q.idx = k.idx
      JOIN articles a ON a.rowid = q.article_rowid LEFT JOIN sources src ON src.id = a.source_id
      LEFT JOIN entities sp ON sp.id = q.speaker_entity_id
      WHERE ${LATEST_DAY} AND (@story::int IS NULL OR a.story_id = @story::int)
      ORDER BY a.day DESC NULLS LAST, a.rowid DESC, q.idx LIMIT @limit`, p);
    return [...events, ...quotes].map(toItem).sort(byTimeline).slice(0, f.limit);
  }
}
