// The timeline in SQLite: events and quotes of an entity, a pair or a story, newest first. Quotes "about" an entity are
// those with one of its mentions (names, nominals, pronouns the analysis resolved) inside the quote.
import { withStatementCache, type Db } from './open.js';
import { sentenceAround } from './dashboard.js';
import { byTimeline, type TimelineFilter, type TimelineItem, type TimelineRepo } from '../timeline-types.js';

const LATEST_DAY = 'a.is_latest = 1 AND (@from IS NULL OR a.day >= @from) AND (@to IS NULL OR a.day <= @to)';

const ITEM = `a.id AS articleId, a.title, src.name AS source, a.published, a.day, a.text AS body`;

/** (article_rowid, idx) of the quotes an entity speaks or is named in */
const quotesOf = (p: string): string => `SELECT article_rowid, idx FROM quotes WHERE speaker_entity_id = @${p}
  UNION SELECT q.article_rowid, q.idx FROM article_entities ae
    JOIN mentions m ON m.article_rowid = ae.article_rowid AND m.local_id = ae.local_id
    JOIN quotes q ON q.article_rowid = m.article_rowid AND m.start >= q.start AND m."end" <= q."end"
    WHERE ae.entity_id = @${p}`;

/** (article_rowid, idx) of the events an entity is a party to, through the source and target indexes */
const eventsOf = (p: string): string => `SELECT article_rowid, idx FROM events WHERE source_entity_id = @${p}
  UNION SELECT article_rowid, idx FROM events WHERE target_entity_id = @${p}`;

export type TimelineRow = Omit<TimelineItem, 'sentence' | 'negated'> & { body: string; negated: number | boolean };

export class SqliteTimelineRepo implements TimelineRepo {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = withStatementCache(db);
  }

  async items(f: TimelineFilter): Promise<TimelineItem[]> {
    const p = {
      from: f.from ? f.from.slice(0, 10) : null, to: f.to ? f.to.slice(0, 10) : null,
      entity: f.entity ?? null, other: f.entity != null ? f.other ?? null : null, story: f.story ?? null, limit: f.limit,
    };
    if (p.entity === null && p.story === null) return [];
    // the candidate events: of the entity (and the other), else every event of the story
    const evKeys = p.entity === null ? `SELECT ev.article_rowid, ev.idx FROM events ev JOIN articles a ON a.rowid = ev.article_rowid WHERE a.story_id = @story`
      : p.other === null ? eventsOf('entity') : `${eventsOf('entity')} INTERSECT SELECT * FROM (${eventsOf('other')})`;
    const events = this.db.prepare(`SELECT 'event' AS kind, ${ITEM}, ev.date, ev.type, NULL AS quoteKind, ev.negated,
        ev.source_entity_id AS actorId, s.name AS actorName, ev.target_entity_id AS targetId, t.name AS targetName,
        ev.trigger AS text, ev.start, ev."end"
      FROM (${evKeys}) k JOIN events ev ON ev.article_rowid = k.article_rowid AND ev.idx = k.idx
      JOIN articles a ON a.rowid = ev.article_rowid LEFT JOIN sources src ON src.id = a.source_id
      LEFT JOIN entities s ON s.id = ev.source_entity_id LEFT JOIN entities t ON t.id = ev.target_entity_id
      WHERE ${LATEST_DAY} AND (@story IS NULL OR a.story_id = @story)
      ORDER BY a.day DESC, a.rowid DESC, ev.idx LIMIT @limit`).all(p) as TimelineRow[];
    // the candidate quotes: by or naming the entity (and the other), else every quote of the story
    const keys = p.entity === null ? `SELECT q.article_rowid, q.idx FROM quotes q JOIN articles a ON a.rowid = q.article_rowid WHERE a.story_id = @story`
      : p.other === null ? quotesOf('entity') : `${quotesOf('entity')} INTERSECT SELECT * FROM (${quotesOf('other')})`;
    const quotes = this.db.prepare(`SELECT 'quote' AS kind, ${ITEM}, NULL AS date, NULL AS type, q.kind AS quoteKind, 0 AS negated,
        q.speaker_entity_id AS actorId, sp.name AS actorName, NULL AS targetId, NULL AS targetName,
        q.text, q.start, q."end"
      FROM (${keys}) k JOIN quotes q ON q.article_rowid = k.article_rowid AND q.idx = k.idx
      JOIN articles a ON a.rowid = q.article_rowid LEFT JOIN sources src ON src.id = a.source_id
      LEFT JOIN entities sp ON sp.id = q.speaker_entity_id
      WHERE ${LATEST_DAY} AND (@story IS NULL OR a.story_id = @story)
      ORDER BY a.day DESC, a.rowid DESC, q.idx LIMIT @limit`).all(p) as TimelineRow[];
    return [...events, ...quotes].map(toItem).sort(byTimeline).slice(0, f.limit);
  }
}

export function toItem({ body, negated, ...r }: TimelineRow): TimelineItem {
  return { ...r, negated: !!negated, sentence: sentenceAround(body, r.start, r.end) };
}
