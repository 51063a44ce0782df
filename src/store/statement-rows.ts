// Row shapes and mappers of the statement read models, the same in both backends (sqlite/statements.ts, postgres/statements.ts).
import { sentenceAround } from './sqlite/dashboard.js';
import type { EntityRef, SpeakerCount, StatementKind, StatementRow, StatementText } from './statement-types.js';

/** characters read around a reported event's trigger to cut its sentence from (sentenceAround looks 300 either side) */
export const WINDOW = 300;

export interface StatementDb {
  rowid: number;
  articleId: string;
  title: string;
  url: string | null;
  source: string | null;
  published: string | null;
  date: string;
  kind: StatementKind;
  idx: number;
  start: number;
  end: number;
  text: string | null;
  /** for an event: the article text from offset winStart, around the trigger */
  win: string | null;
  winStart: number;
  quoteKind: string | null;
  eventType: string | null;
  sourceId: number | null;
  sourceName: string | null;
  sourceType: string | null;
  targetId: number | null;
  targetName: string | null;
  targetType: string | null;
  articleTone: number | null;
  total: number;
}

export interface AboutDb {
  rowid: number;
  kind: string;
  idx: number;
  id: number;
  name: string;
  type: string;
}

/** the statement's own words: the quote, or the sentence around the reported event */
export function statementText(r: Pick<StatementDb, 'text' | 'win' | 'winStart' | 'start' | 'end'>): string {
  if (r.text !== null) return r.text;
  if (r.win === null) return '';
  // the sentence cut after a closing quote mark starts with it: drop it
  return sentenceAround(r.win, r.start - r.winStart, r.end - r.winStart).replace(/\s+/g, ' ').replace(/^["'”’»)\]]\s*/, '');
}

const ref = (id: number | null, name: string | null, type: string | null): EntityRef | null =>
  id === null || name === null || type === null ? null : { id, name, type };

export function toStatementRows(rows: StatementDb[], about: AboutDb[], speaker: EntityRef): StatementRow[] {
  const byFact = new Map<string, EntityRef[]>();
  for (const a of about) {
    if (a.id === speaker.id) continue;
    const key = `${a.rowid}:${a.kind}:${a.idx}`;
    const list = byFact.get(key) ?? [];
    if (!list.some((x) => x.id === a.id)) list.push({ id: a.id, name: a.name, type: a.type });
    byFact.set(key, list);
  }
  return rows.map((r) => ({
    article: { id: r.articleId, title: r.title, url: r.url, source: r.source, published: r.published }, date: r.date,
    kind: r.kind, index: r.idx, text: statementText(r), start: r.start, end: r.end,
    quoteKind: r.quoteKind, eventType: r.eventType,
    eventSource: ref(r.sourceId, r.sourceName, r.sourceType), eventTarget: ref(r.targetId, r.targetName, r.targetType),
    speaker, about: (byFact.get(`${r.rowid}:${r.kind}:${r.idx}`) ?? []).sort((x, y) => x.name.localeCompare(y.name)),
    articleTone: r.articleTone === null ? null : Number(r.articleTone),
  }));
}

export function toStatementTexts(rows: Array<Pick<StatementDb, 'date' | 'kind' | 'text' | 'win' | 'winStart' | 'start' | 'end'>>): StatementText[] {
  return rows.map((r) => ({ date: r.date, kind: r.kind, text: statementText(r) }));
}

/** (speaker, month, count) rows, grouped by speaker: most statements first, then by name */
export function toSpeakerCounts(rows: Array<EntityRef & { month: string; n: number }>, limit: number): SpeakerCount[] {
  const by = new Map<number, SpeakerCount>();
  for (const r of rows) {
    let s = by.get(r.id);
    if (!s) {
      s = { id: r.id, name: r.name, type: r.type, statements: 0, months: [] };
      by.set(r.id, s);
    }
    s.statements += r.n;
    s.months.push({ month: r.month, statements: r.n });
  }
  const out = [...by.values()].sort((a, b) => b.statements - a.statements || a.name.localeCompare(b.name)).slice(0, limit);
  for (const s of out) s.months.sort((a, b) => a.month.localeCompare(b.month));
  return out;
}

/** a date filter's day, or null */
export const dayOrNull = (d: string | null | undefined): string | null => (d ? d.slice(0, 10) : null);
