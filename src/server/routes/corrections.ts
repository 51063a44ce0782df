// Corrections of quotes, events and places: make one (POST), the audit list (GET), undo (POST), and the gazetteer look-up
// the dashboard's "move place" uses. Writes follow the app's rules for every mutating route (JSON body, same-origin, token).
import { z } from 'zod';
import { route, type RouteDef } from '../http.js';
import * as S from '../schemas.js';
import { PLOVER_TYPES } from '../../core/analysis.js';
import { CORRECTION_KINDS, CORRECTION_STATUSES } from '../../store/correction-types.js';
import { correctFact, gazetteer, listCorrections, undoCorrection } from '../../services/correct.js';

const offset = z.number({ error: 'an offset is a whole number' }).int('an offset is a whole number').min(0, 'an offset is at least 0').max(10_000_000);
const who = z.union([
  z.string().min(1).max(100).describe("an entity id of the article's analysis, e.g. e3"),
  z.number().int('an entity id is a whole number').positive().describe('a global entity id'),
  z.null(),
]);

export const CorrectionBody = z.object({
  kind: z.enum(CORRECTION_KINDS, { error: `use a kind: ${CORRECTION_KINDS.join(', ')}` }),
  target: z.object({
    index: z.number().int('an index is a whole number').min(0).max(100_000).optional().describe("the fact's position in the latest analysis' quotes, events or places"),
    start: offset.optional(),
    end: offset.optional(),
    text: z.string().max(20_000).optional().describe("the span's text as the client saw it; a mismatch answers 400 (the article changed)"),
  }).refine((t) => t.index !== undefined || (t.start !== undefined && t.end !== undefined), 'name the fact by index, or by start and end')
    .refine((t) => t.start === undefined || t.end === undefined || t.end > t.start, 'end must be after start'),
  speaker: who.optional().describe('quote.speaker: the new speaker, null for none'),
  entity: who.optional().describe('event.source / event.target: the new party, null for none'),
  type: z.string().transform((s) => s.toUpperCase()).pipe(z.enum(PLOVER_TYPES, { error: `use a PLOVER type: ${PLOVER_TYPES.join(', ')}` })).optional()
    .describe('event.type: the new PLOVER type'),
  place: z.object({
    name: z.string().trim().min(1, 'name the place').max(200),
    geonames: z.number().int().positive().nullish().describe('the GeoNames id of a gazetteer entry (GET /api/gazetteer)'),
    lat: z.number().min(-90, 'a latitude is from -90 to 90').max(90, 'a latitude is from -90 to 90').optional(),
    lon: z.number().min(-180, 'a longitude is from -180 to 180').max(180, 'a longitude is from -180 to 180').optional(),
    country: z.string().regex(/^[A-Za-z]{2}$/, 'use a two-letter country code such as JP').transform((s) => s.toUpperCase()).nullish(),
  }).optional().describe('place.move: where the place really is'),
  author: z.string().max(100, 'at most 100 characters').nullish().describe('who made the correction, when known'),
  note: z.string().max(1000, 'at most 1000 characters').nullish(),
});

export const CorrectionListParams = z.object({
  article: S.ArticleId.optional(),
  status: z.enum(CORRECTION_STATUSES, { error: `use a status: ${CORRECTION_STATUSES.join(', ')}` }).optional(),
  limit: z.coerce.number().int('use a whole number from 1 to 500').min(1, 'at least 1').max(500, 'at most 500').default(100),
  offset: z.coerce.number().int('use a whole number from 0 to 100000').min(0, 'at least 0').max(100_000, 'at most 100000').default(0),
});

export const GazetteerParams = z.object({
  q: z.string().trim().min(1, 'type a place name').max(200, 'too long: at most 200 characters'),
  limit: z.coerce.number().int('use a whole number from 1 to 50').min(1, 'at least 1').max(50, 'at most 50').default(20),
});

const correctionId = z.coerce.number().int('a correction id is a whole number').positive('a correction id is a positive number');

export const CORRECTION_ROUTES: RouteDef[] = [
  route<undefined, z.output<typeof CorrectionBody>>({
    method: 'post', path: '/api/articles/:id/corrections',
    summary: "Corrects a quote's speaker, an event's type, source or target, or a place, or deletes one; kept across re-ingest and re-analysis",
    params: { id: S.ArticleId }, body: CorrectionBody,
    handle: async ({ store, params, body, c }) => {
      const correction = await correctFact(store, S.ArticleId.parse(params.id), {
        kind: body.kind, target: body.target, speaker: body.speaker, entity: body.entity, type: body.type,
        place: body.place ? { ...body.place, geonames: body.place.geonames ?? null, country: body.place.country ?? null } : undefined,
        author: body.author ?? null, note: body.note ?? null,
      });
      c.status(201);
      return { correction };
    },
  }),
  route<z.output<typeof CorrectionListParams>>({
    method: 'get', path: '/api/corrections',
    summary: 'The audit list of corrections, newest first: what, who, when, before and after, and whether each applies (applied, orphaned, undone)',
    query: CorrectionListParams,
    handle: async ({ store, query: q }) => ({
      corrections: await listCorrections(store, { articleId: q.article ?? null, status: q.status ?? null, limit: q.limit, offset: q.offset }),
    }),
  }),
  route({
    method: 'post', path: '/api/corrections/:id/undo',
    summary: "Undoes a correction: the fact gets the model's value back (the correction stays in the audit list as undone)",
    params: { id: correctionId },
    handle: async ({ store, params }) => ({ correction: await undoCorrection(store, correctionId.parse(params.id)) }),
  }),
  route<z.output<typeof GazetteerParams>>({
    method: 'get', path: '/api/gazetteer',
    summary: "Gazetteer entries by name (countries, regions, first-level divisions, GeoNames cities): where a place can be moved to",
    query: GazetteerParams,
    handle: async ({ query: q }) => ({ places: gazetteer(q.q, q.limit) }),
  }),
];
