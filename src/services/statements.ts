// Statement tracking: what one speaker said (quotes) or reported (events with reported_by), optionally about one entity,
// with its tone per month; and who makes statements about an entity. Shared by the API, the CLI and the dashboard.
//
// Tone: each statement's own tone is scored over its words (the quote, or the sentence holding the reported event) with
// the analyzer's tone word lists (src/nlp/stages/themes.ts, `toneOfText`), so a speaker's tone about one target is not
// drowned by the rest of the article; the article's tone (analysis.tone.score) is given beside it as `articleTone`.
import { ArgusError } from '../core/errors.js';
import { toneOfText } from '../nlp/stages/themes.js';
import type { Store } from '../store/types.js';
import type { EntityRef, StatementRange } from '../store/statement-types.js';
import type { SpeakersAnswer, StatementsAnswer } from './statement-types.js';
import { findEntity } from './queries.js';

export type { MonthTone, SpeakersAnswer, StatementsAnswer } from './statement-types.js';

/** statements read to compute the tone per month (a speaker with more has the newest this many counted) */
export const MONTHS_CAP = 5000;

export interface StatementOptions extends StatementRange {
  aboutId?: number | null;
  limit?: number;
  offset?: number;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

async function entityRef(store: Store, id: number, what: string): Promise<EntityRef> {
  const e = await store.entities.get(id);
  if (!e) throw new ArgusError('NOT_FOUND', `#${id}`, `no ${what ? `${what} ` : ''}entity with this id`);
  return { id: e.id, name: e.name, type: e.type };
}

export async function entityStatements(store: Store, speakerId: number, o: StatementOptions = {}): Promise<StatementsAnswer> {
  const speaker = await entityRef(store, speakerId, 'speaker');
  const about = o.aboutId != null ? await entityRef(store, o.aboutId, 'about') : null;
  const range = { from: o.from ?? null, to: o.to ?? null };
  const q = { speakerId, aboutId: about?.id ?? null, ...range };
  const limit = o.limit ?? 50;
  const offset = o.offset ?? 0;
  const [page, texts, topics] = await Promise.all([
    store.statements.list({ ...q, limit, offset }),
    store.statements.texts(q, MONTHS_CAP),
    store.statements.topics(speakerId, { ...range, limit: 30 }),
  ]);
  const byMonth = new Map<string, { n: number; tone: number }>();
  for (const t of texts) {
    const m = t.date.slice(0, 7);
    const b = byMonth.get(m) ?? { n: 0, tone: 0 };
    b.n++;
    b.tone += toneOfText(t.text);
    byMonth.set(m, b);
  }
  return {
    speaker, about, ...range, total: page.total, limit, offset,
    statements: page.rows.map((r) => ({ ...r, tone: toneOfText(r.text) })),
    months: [...byMonth].sort((a, b) => a[0].localeCompare(b[0])).map(([month, b]) => ({ month, statements: b.n, tone: round3(b.tone / b.n) })),
    topics,
  };
}

export async function entitySpeakers(store: Store, entityId: number, o: StatementRange & { limit?: number } = {}): Promise<SpeakersAnswer> {
  const entity = await entityRef(store, entityId, '');
  const range = { from: o.from ?? null, to: o.to ?? null };
  // every speaker is counted for the per-month totals; the answer lists the top `limit`
  const all = await store.statements.speakers(entityId, { ...range, limit: 1_000_000 });
  const months = new Map<string, number>();
  for (const s of all) for (const m of s.months) months.set(m.month, (months.get(m.month) ?? 0) + m.statements);
  return {
    entity, ...range, speakers: all.slice(0, o.limit ?? 20),
    months: [...months].sort((a, b) => a[0].localeCompare(b[0])).map(([month, statements]) => ({ month, statements })),
  };
}

/** The CLI's look-up: a speaker and an optional about-entity by name, alias, key or #id; NOT_FOUND names the one missing. */
export async function statementsByName(store: Store, speaker: string, o: Omit<StatementOptions, 'aboutId'> & { about?: string | null } = {}): Promise<StatementsAnswer> {
  const s = (await findEntity(store, speaker)).entity;
  if (!s) throw new ArgusError('NOT_FOUND', speaker, 'no entity with this name, alias or key');
  let aboutId: number | null = null;
  if (o.about) {
    const a = (await findEntity(store, o.about)).entity;
    if (!a) throw new ArgusError('NOT_FOUND', o.about, 'no entity with this name, alias or key (--about)');
    aboutId = a.id;
  }
  return entityStatements(store, s.id, { ...o, aboutId });
}
