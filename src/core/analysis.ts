// The argus.analysis/1 contract as one zod schema: validates and types (mirrors contract/analysis.schema.json).
import { z } from 'zod';
import { ENTITY_TYPES, MENTION_KINDS, PLOVER_TYPES, QUOTE_KINDS } from './vocab.js';

export { ENTITY_TYPES, MENTION_KINDS, PLOVER_TYPES, QUOTE_KINDS } from './vocab.js';
export type { EntityType, MentionKind, PloverType, QuoteKind } from './vocab.js';

const nullableString = z.string().nullable();

export const ArticleSchema = z.object({
  id: z.string(),
  url: nullableString.optional(),
  source: nullableString.optional(),
  title: z.string(),
  subtitle: nullableString.optional(),
  published: nullableString.optional(),
  language: nullableString.optional(),
  text: z.string(),
});

export const MentionSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  kind: z.enum(MENTION_KINDS).optional(),
});

export const EntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(ENTITY_TYPES),
  aliases: z.array(z.string()).optional(),
  titles: z.array(z.string()).optional(),
  kb: z
    .object({
      wikidata: z.string().regex(/^Q[0-9]+$/).optional(),
      geonames: z.number().int().optional(),
      iso3166: z.string().regex(/^[A-Z]{2}$/).optional(),
    })
    .optional(),
  mentions: z.array(MentionSchema),
  salience: z.number().min(0).max(1).optional(),
});

export const QuoteSchema = z.object({
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  kind: z.enum(QUOTE_KINDS),
  speaker: nullableString,
  cue: nullableString.optional(),
});

export const EventSchema = z.object({
  type: z.enum(PLOVER_TYPES),
  mode: nullableString.optional(),
  cameo: nullableString.optional(),
  source: nullableString,
  target: nullableString,
  location: nullableString.optional(),
  date: nullableString.optional(),
  trigger: nullableString.optional(),
  negated: z.boolean().optional(),
  reported_by: nullableString.optional(),
  start: z.number().int(),
  end: z.number().int(),
});

export const PlaceSchema = z.object({
  entity: z.string(),
  name: z.string(),
  country: z.string().regex(/^[A-Z]{2}$/).nullable().optional(),
  lat: z.number(),
  lon: z.number(),
  geonames: z.number().int().nullable().optional(),
  featureClass: nullableString.optional(),
  focus: z.boolean().optional(),
});

export const DateSchema = z.object({
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  value: nullableString,
});

export const AnalysisSchema = z.object({
  schema: z.literal('argus.analysis/1'),
  article: ArticleSchema,
  entities: z.array(EntitySchema),
  quotes: z.array(QuoteSchema),
  events: z.array(EventSchema),
  places: z.array(PlaceSchema),
  dates: z.array(DateSchema),
  themes: z.array(z.string()).optional(),
  tone: z.object({ score: z.number() }).optional(),
});

export type Article = z.infer<typeof ArticleSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type ArgusEvent = z.infer<typeof EventSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type DateMention = z.infer<typeof DateSchema>;
export type Analysis = z.infer<typeof AnalysisSchema>;
