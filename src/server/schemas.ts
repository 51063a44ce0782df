// The API's inputs, one zod schema each: they validate the query string or body and type the handler.
import { z } from 'zod';
import { ENTITY_TYPES, PLOVER_TYPES } from '../core/analysis.js';
import { EXPORT_FORMATS } from '../services/export/common.js';

export const MAX_QUERY_CHARS = 500;

const upper = (s: string): string => s.toUpperCase();

export const day = z.string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date like 2025-04-09 (YYYY-MM-DD)')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && d.getUTCFullYear() >= 1900 && d.getUTCFullYear() <= 2100;
  }, 'not a calendar date between 1900-01-01 and 2100-12-31');

const text = (max: number) => z.string().max(max, `too long: at most ${max} characters`);
const intIn = (min: number, max: number, dflt: number) => z.coerce.number().int(`use a whole number from ${min} to ${max}`)
  .min(min, `at least ${min}`).max(max, `at most ${max}`).default(dflt);
const ploverType = z.string().transform(upper).pipe(z.enum(PLOVER_TYPES, { error: `use a PLOVER type: ${PLOVER_TYPES.join(', ')}` }));
const entityType = z.string().transform(upper).pipe(z.enum(ENTITY_TYPES, { error: `use an entity type: ${ENTITY_TYPES.join(', ')}` }));
const country = z.string().regex(/^[A-Za-z]{2}$/, 'use a two-letter country code such as JP').transform(upper);
export const entityId = z.coerce.number().int('an entity id is a whole number').positive('an entity id is a positive number');

const range = { from: day.optional(), to: day.optional() };

/** corroboration filters: events reported by at least n independent sources; facts of at least this confidence */
const minSources = z.coerce.number({ error: 'use a whole number of independent sources, 1 or more' })
  .int('use a whole number of independent sources, 1 or more').min(1, 'at least 1').max(1000, 'at most 1000').optional();
const minConfidence = z.coerce.number({ error: 'use a confidence between 0 and 1, such as 0.8' })
  .min(0, 'a confidence is between 0 and 1').max(1, 'a confidence is between 0 and 1').optional();
const corroboration = { minSources, minConfidence };

export const SearchParams = z.object({
  q: text(MAX_QUERY_CHARS).default(''),
  entity: text(200).optional(),
  type: ploverType.optional(),
  source: text(200).optional(),
  country: country.optional(),
  ...range,
  ...corroboration,
  sort: z.enum(['relevance', 'date']).default('relevance'),
  limit: intIn(1, 100, 20),
  offset: intIn(0, 10_000, 0),
});

export const ArticleId = z.string().regex(/^[0-9a-f]{64}$/, 'an article id is 64 hexadecimal characters');

export const EntityFindParams = z.object({ q: text(200).min(1, 'type a name'), limit: intIn(1, 50, 10) });

export const MergeBody = z.object({ into: z.union([entityId, text(200).min(1)]) });
export const SplitBody = z.object({ keys: z.array(text(300).min(1)).min(1, 'name at least one part (key) to split off').max(50) });

export const GraphParams = z.object({
  mode: z.enum(['events', 'mentions']).default('events'),
  type: ploverType.optional(),
  entityType: entityType.optional(),
  entity: entityId.optional(),
  ...range,
  /** events mode: only events corroborated by at least this many independent sources */
  minSources,
  /** links (the strongest first); 2000 gives a graph of several hundred entities */
  limit: intIn(5, 2000, 80),
});

export const EvidenceParams = z.object({ a: entityId, b: entityId, type: ploverType.optional(), ...range, limit: intIn(1, 50, 10) });

export const PlacesParams = z.object({ type: ploverType.optional(), ...range, minSources, limit: intIn(1, 2000, 500) });
export const PlaceArticlesParams = z.object({
  name: text(200).min(1), country: country.optional(), type: ploverType.optional(), ...range, minSources, limit: intIn(1, 100, 30),
});

/** /api/sources/{name}: an outlet's name or host */
export const SourceName = text(200).min(1, 'name an outlet');

export const TrendsParams = z.object({
  entity: z.array(text(200).min(1)).max(10, 'at most 10 entities').default([]),
  theme: z.array(text(100).min(1)).max(10, 'at most 10 themes').default([]),
  ...range,
  window: intIn(3, 90, 14),
});

export const WatchlistBody = z.object({
  name: text(120).trim().min(1, 'give the watchlist a name'),
  query: text(MAX_QUERY_CHARS).default(''),
  entities: z.array(text(200).min(1)).max(20).default([]),
  source: text(200).nullish(),
  type: ploverType.nullish(),
  country: country.nullish(),
  webhook: text(2000).url('the webhook must be a URL such as https://example.org/hook').nullish().or(z.literal('').transform(() => null)),
});

/** /api/export: the Search page's query and filters plus the format (and table) to export in */
export const ExportParams = z.object({
  format: z.enum(EXPORT_FORMATS, { error: `use a format: ${EXPORT_FORMATS.join(', ')}` }),
  table: z.enum(['events', 'quotes', 'places', 'articles', 'bundle'], { error: 'use a table: events or quotes (csv), places or events (geojson)' }).optional(),
  q: text(MAX_QUERY_CHARS).default(''),
  entity: text(200).optional(),
  type: ploverType.optional(),
  source: text(200).optional(),
  country: country.optional(),
  ...range,
  ...corroboration,
});

export const AlertsParams = z.object({ watchlist: entityId.optional(), unseen: z.enum(['0', '1', 'true', 'false']).optional(), limit: intIn(1, 500, 50) });
export const SeenBody = z.object({ ids: z.union([z.literal('all'), z.array(z.number().int().positive()).max(1000)]) });
