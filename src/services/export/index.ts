// Exports: the articles matching a search (query and filters, as `argus search` takes them) in one of four formats,
// as a stream of text chunks. The store is read a page at a time (Store.search.scan) and each page is written before the
// next is read, so memory stays flat however many articles match. One module per format, each a pure generator from
// scan rows to chunks of text: jsonl.ts, csv.ts, stix.ts, geojson.ts.
import { ArgusError } from '../../core/errors.js';
import { PLOVER_TYPES } from '../../core/vocab.js';
import type { ScanRow, SearchQuery, Store } from '../../store/types.js';
import { EXPORT_FORMATS, EXPORT_TABLES, FILE_EXTENSIONS, MEDIA_TYPES, type ExportFormat, type FactFilter, type Rows } from './common.js';
import { jsonlChunks } from './jsonl.js';
import { csvEventChunks, csvQuoteChunks } from './csv.js';
import { stixChunks } from './stix.js';
import { geojsonEventChunks, geojsonPlaceChunks } from './geojson.js';

export { EXPORT_FORMATS, EXPORT_TABLES, MEDIA_TYPES, type ExportFormat } from './common.js';
export { writeExportFile, writeToStream } from './write.js';

export interface ExportRequest {
  format: ExportFormat;
  /** csv: events (default) | quotes; geojson: places (default) | events */
  table?: string | null;
  /** articles per store page */
  pageSize?: number;
  /** counts the articles read so far (for a closing summary) */
  counter?: { articles: number };
}

/** Bytes gathered before a chunk is handed on (fewer, larger writes). */
const CHUNK_BYTES = 64 * 1024;

/** The format and table, checked: an unknown one is a usage error naming the choices. */
export function checkExport(format: string, table?: string | null): { format: ExportFormat; table: string } {
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new ArgusError('USAGE', format, `unknown export format; use one of ${EXPORT_FORMATS.join(', ')}`);
  }
  const f = format as ExportFormat;
  const tables = EXPORT_TABLES[f];
  const t = table ?? tables[0] as string;
  if (!tables.includes(t)) {
    throw new ArgusError('USAGE', t, `the ${f} export has no table '${t}'; use ${tables.join(' or ')}`);
  }
  return { format: f, table: t };
}

/** The filters, checked as `search` checks them. */
export function checkQuery(q: SearchQuery): void {
  if (q.type && !(PLOVER_TYPES as readonly string[]).includes(q.type.toUpperCase())) {
    throw new ArgusError('USAGE', q.type, `not a PLOVER event type; use one of ${PLOVER_TYPES.join(', ')}`);
  }
  for (const [k, v] of [['from', q.from], ['to', q.to]] as const) {
    if (v && !/^\d{4}(-\d{2}(-\d{2})?)?/.test(v)) throw new ArgusError('USAGE', `--${k}`, `'${v}' is not a date (use YYYY-MM-DD)`);
  }
  if (q.from && q.to && q.from.slice(0, 10) > q.to.slice(0, 10)) throw new ArgusError('USAGE', q.from, `the start date ${q.from} is after the end date ${q.to}`);
  if (q.minSources != null && (!Number.isInteger(q.minSources) || q.minSources < 1)) {
    throw new ArgusError('USAGE', String(q.minSources), 'the minimum number of sources is a whole number, 1 or more');
  }
  if (q.minConfidence != null && !(q.minConfidence >= 0 && q.minConfidence <= 1)) {
    throw new ArgusError('USAGE', String(q.minConfidence), 'the minimum confidence is a number between 0 and 1');
  }
}

/** Every article matching `q`, page by page from the store. */
export async function* scanRows(store: Store, q: SearchQuery, pageSize = 500, counter?: { articles: number }): AsyncGenerator<ScanRow> {
  let after: string | null = null;
  for (;;) {
    const page = await store.search.scan(q, { after, limit: pageSize });
    if (counter) counter.articles += page.rows.length;
    yield* page.rows;
    if (!page.next) return;
    after = page.next;
  }
}

/** A name for the bundle id that depends only on the request, so a re-export gets the same bundle id. */
export function requestKey(q: SearchQuery, format: string, table: string): string {
  return JSON.stringify([format, table, q.text.trim(), q.entity ?? null, q.type ?? null, q.source ?? null, q.country ?? null, q.from ?? null, q.to ?? null,
    ...(q.minSources || q.minConfidence ? [q.minSources ?? null, q.minConfidence ?? null] : [])]);
}

/** The chunks of one format over rows (unbuffered: exactly what the format module yields). */
export function formatChunks(rows: Rows, format: ExportFormat, table: string, opts: { bundleKey?: string; filter?: FactFilter } = {}): AsyncGenerator<string> {
  const filter = opts.filter ?? {};
  switch (format) {
    case 'jsonl': return jsonlChunks(rows);
    case 'csv': return table === 'quotes' ? csvQuoteChunks(rows, filter) : csvEventChunks(rows, filter);
    case 'stix': return stixChunks(rows, opts);
    case 'geojson': return table === 'events' ? geojsonEventChunks(rows, filter) : geojsonPlaceChunks(rows);
  }
}

/** Joins small chunks into ~64 KB ones. */
export async function* buffered(chunks: AsyncIterable<string>, size = CHUNK_BYTES): AsyncGenerator<string> {
  let buf = '';
  for await (const c of chunks) {
    buf += c;
    if (buf.length >= size) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}

/** The export of the articles matching `q` as text chunks; checks the request before the first chunk. */
export function exportChunks(store: Store, q: SearchQuery, req: ExportRequest): AsyncGenerator<string> {
  const { format, table } = checkExport(req.format, req.table);
  checkQuery(q);
  const filter: FactFilter = { minSources: q.minSources ?? null, minConfidence: q.minConfidence ?? null };
  return buffered(formatChunks(scanRows(store, q, req.pageSize, req.counter), format, table, { bundleKey: requestKey(q, format, table), filter }));
}

export function mediaType(format: ExportFormat): string {
  return MEDIA_TYPES[format];
}

/** A download name: argus-events.csv, argus-bundle.stix.json, argus-places.geojson, argus-articles.jsonl */
export function exportFileName(format: ExportFormat, table: string): string {
  return `argus-${table}.${FILE_EXTENSIONS[format]}`;
}
