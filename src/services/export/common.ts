// What the exporters share: the formats, the per-article look-ups (entity by local id, place of an entity), quad classes,
// deterministic UUIDv5 ids, and a tiny async helper. Pure: no store, no I/O.
import { createHash } from 'node:crypto';
import type { Analysis, ArgusEvent, Entity, Place, Quote } from '../../core/analysis.js';
import type { ScanRow } from '../../store/types.js';
import { eventConfidence, quoteConfidence } from '../../core/confidence.js';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'stix', 'geojson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The tables a format can give: CSV events (default) or quotes; GeoJSON places (default) or events. */
export const EXPORT_TABLES: Record<ExportFormat, readonly string[]> = {
  jsonl: ['articles'], csv: ['events', 'quotes'], stix: ['bundle'], geojson: ['places', 'events'],
};

export const MEDIA_TYPES: Record<ExportFormat, string> = {
  jsonl: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  stix: 'application/stix+json; version=2.1; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
};

export const FILE_EXTENSIONS: Record<ExportFormat, string> = { jsonl: 'jsonl', csv: 'csv', stix: 'stix.json', geojson: 'geojson' };

/** The rows an exporter reads: store pages flattened, or an array in tests. */
export type Rows = AsyncIterable<ScanRow> | Iterable<ScanRow>;

/**
 * CAMEO's quad classes (GDELT's QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
 * conflict), from the CAMEO root code when there is one, else from the PLOVER type (the same table the Graph page uses).
 */
const PLOVER_QUAD: Record<string, 1 | 2 | 3 | 4> = {
  AGREE: 1, CONSULT: 1, SUPPORT: 1, REQUEST: 1, CONCEDE: 2, COOPERATE: 2, AID: 2, RETREAT: 2,
  ACCUSE: 3, REJECT: 3, THREATEN: 3, PROTEST: 4, SANCTION: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4,
};

export function quadClass(type: string, cameo: string | null | undefined): 1 | 2 | 3 | 4 | null {
  const root = cameo && /^\d{2}/.test(cameo) ? Number(cameo.slice(0, 2)) : NaN;
  if (root >= 1 && root <= 5) return 1;
  if (root >= 6 && root <= 8) return 2;
  if (root >= 9 && root <= 13) return 3;
  if (root >= 14 && root <= 20) return 4;
  return PLOVER_QUAD[type] ?? null;
}

/** Per-article look-ups over one analysis. */
export class ArticleIndex {
  readonly entities = new Map<string, Entity>();
  readonly places = new Map<string, Place>();

  constructor(readonly analysis: Analysis) {
    for (const e of analysis.entities) this.entities.set(e.id, e);
    // the first place of an entity (the analysis gives one per geocoded entity)
    for (const p of analysis.places) if (!this.places.has(p.entity)) this.places.set(p.entity, p);
  }

  name(local: string | null | undefined): string | null {
    return local ? this.entities.get(local)?.name ?? null : null;
  }

  /** an actor's country: its own ISO code (a country), else the country of its place */
  country(local: string | null | undefined): string | null {
    if (!local) return null;
    return this.entities.get(local)?.kb?.iso3166 ?? this.places.get(local)?.country ?? null;
  }

  place(local: string | null | undefined): Place | null {
    return local ? this.places.get(local) ?? null : null;
  }

  /** the sentence (or span) an event or quote was read from */
  span(start: number, end: number): string {
    return this.analysis.article.text.slice(Math.max(0, start), Math.max(start, end)).replace(/\s+/g, ' ').trim();
  }
}

/** The DNS namespace of RFC 9562 (for the Argus namespace below). */
export const NAMESPACE_DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

/** RFC 9562 UUID version 5 (SHA-1 of namespace and name). */
export function uuidv5(name: string, namespace: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const h = createHash('sha1').update(ns).update(name, 'utf8').digest();
  h[6] = ((h[6] as number) & 0x0f) | 0x50;
  h[8] = ((h[8] as number) & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** Argus's own namespace for its deterministic ids. */
export const ARGUS_NAMESPACE = uuidv5('argus.export', NAMESPACE_DNS);

/** The export's fact thresholds: events corroborated by at least minSources sources; facts of at least minConfidence. */
export interface FactFilter {
  minSources?: number | null;
  minConfidence?: number | null;
}

/** An event's corroboration and confidence: from the store's facts of the row, else (rows built without a store) its prior alone. */
export function eventFact(r: ScanRow, i: number, e: ArgusEvent): { sources: number; articles: number; confidence: number } {
  const evs = r.facts?.events;
  const f = evs ? (evs[i]?.idx === i ? evs[i] : evs.find((x) => x.idx === i)) : undefined;
  return f ? { sources: f.sources, articles: f.articles, confidence: f.confidence } : { sources: 1, articles: 1, confidence: eventConfidence(e, 1) };
}

export function quoteFact(r: ScanRow, i: number, q: Quote): { confidence: number } {
  const qs = r.facts?.quotes;
  const f = qs ? (qs[i]?.idx === i ? qs[i] : qs.find((x) => x.idx === i)) : undefined;
  return { confidence: f ? f.confidence : quoteConfidence(q) };
}

/** whether a fact passes the thresholds (1 source or fewer: no corroboration filter) */
export function keep(f: { sources?: number; confidence: number }, filter: FactFilter): boolean {
  if (filter.minSources && filter.minSources > 1 && (f.sources ?? 1) < filter.minSources) return false;
  if (filter.minConfidence && f.confidence < filter.minConfidence) return false;
  return true;
}

/** Rows from an async or sync iterable. */
export async function* each(rows: Rows): AsyncGenerator<ScanRow> {
  for await (const r of rows) yield r;
}
