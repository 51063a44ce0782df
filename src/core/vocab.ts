// The contract's closed vocabularies (entity types, mention kinds, quote kinds, PLOVER types), without zod: the CLI's
// option parsers read them at start-up, before any schema is needed.
export const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT', 'PRODUCT', 'LAW', 'OTHER'] as const;
export const MENTION_KINDS = ['name', 'nominal', 'pronoun', 'demonym', 'metonym'] as const;
export const QUOTE_KINDS = ['direct', 'indirect', 'mixed'] as const;
export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];
export type MentionKind = (typeof MENTION_KINDS)[number];
export type QuoteKind = (typeof QUOTE_KINDS)[number];
export type PloverType = (typeof PLOVER_TYPES)[number];
