// CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break quoted, quotes doubled), one
// header row. The events table has one row per event; the quotes table one row per quote. Text cells that a spreadsheet
// would run as a formula (starting with = + - @ or a tab) get a leading apostrophe: article text comes from the web.
import { entityKeys } from '../../analytics/entity-keys.js';
import { ArticleIndex, each, eventFact, keep, quadClass, quoteFact, type FactFilter, type Rows } from './common.js';

export const EVENT_COLUMNS = [
  'date', 'source_name', 'source_country', 'target_name', 'target_country', 'plover_type', 'mode', 'cameo', 'quad_class',
  'latitude', 'longitude', 'place', 'article_url', 'sentence_start', 'sentence_end', 'reported_by', 'negated', 'article_id', 'sentence',
  'sources', 'articles', 'confidence',
] as const;

export const QUOTE_COLUMNS = [
  'date', 'speaker', 'speaker_entity', 'quote', 'kind', 'cue', 'article_url', 'article_title', 'start', 'end', 'article_id', 'confidence',
] as const;

type Cell = string | number | boolean | null | undefined;

/** A numeric cell as it is; any other cell defused against formula injection. */
function text(v: string | null | undefined): string {
  if (v == null) return '';
  return /^[=+\-@\t\r]/.test(v) && !/^[+-]?\d+(\.\d+)?$/.test(v) ? `'${v}` : v;
}

/** One RFC 4180 field. */
export function csvField(v: Cell): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRecord(cells: readonly Cell[]): string {
  return cells.map(csvField).join(',') + '\r\n';
}

const day = (d: string | null | undefined): string => (d ? d.slice(0, 10) : '');

export async function* csvEventChunks(rows: Rows, filter: FactFilter = {}): AsyncGenerator<string> {
  yield csvRecord(EVENT_COLUMNS);
  for await (const r of each(rows)) {
    const a = r.analysis;
    if (a.events.length === 0) continue;
    const ix = new ArticleIndex(a);
    let out = '';
    for (const [i, e] of a.events.entries()) {
      const f = eventFact(r, i, e);
      if (!keep(f, filter)) continue;
      const p = ix.place(e.location);
      out += csvRecord([
        day(e.date) || day(r.published), text(ix.name(e.source)), ix.country(e.source), text(ix.name(e.target)), ix.country(e.target),
        e.type, text(e.mode), e.cameo ?? '', quadClass(e.type, e.cameo), p?.lat, p?.lon, text(p?.name), r.url ?? '',
        e.start, e.end, text(ix.name(e.reported_by)), e.negated ? 'true' : 'false', r.id, text(ix.span(e.start, e.end)),
        f.sources, f.articles, f.confidence,
      ]);
    }
    yield out;
  }
}

export async function* csvQuoteChunks(rows: Rows, filter: FactFilter = {}): AsyncGenerator<string> {
  yield csvRecord(QUOTE_COLUMNS);
  for await (const r of each(rows)) {
    const a = r.analysis;
    if (a.quotes.length === 0) continue;
    const ix = new ArticleIndex(a);
    let out = '';
    for (const [i, q] of a.quotes.entries()) {
      const f = quoteFact(r, i, q);
      if (!keep(f, { minConfidence: filter.minConfidence })) continue;
      const speaker = q.speaker ? ix.entities.get(q.speaker) : undefined;
      out += csvRecord([
        day(r.published), text(speaker?.name), speaker ? entityKeys(speaker)[0] : '', text(q.text), q.kind, text(q.cue), r.url ?? '',
        text(r.title), q.start, q.end, r.id, f.confidence,
      ]);
    }
    yield out;
  }
}
