// Statement tracking over HTTP: a speaker's statements (optionally about one entity) and who speaks about an entity.
import { z } from 'zod';
import { route, type RouteDef } from '../http.js';
import * as S from '../schemas.js';
import { entitySpeakers, entityStatements } from '../../services/statements.js';

const intIn = (min: number, max: number, dflt: number) => z.coerce.number().int(`use a whole number from ${min} to ${max}`)
  .min(min, `at least ${min}`).max(max, `at most ${max}`).default(dflt);

export const StatementsParams = z.object({
  about: S.entityId.optional(),
  from: S.day.optional(),
  to: S.day.optional(),
  limit: intIn(1, 200, 50),
  offset: intIn(0, 100_000, 0),
});

export const SpeakersParams = z.object({ from: S.day.optional(), to: S.day.optional(), limit: intIn(1, 100, 20) });

export const STATEMENT_ROUTES: RouteDef[] = [
  route<z.output<typeof StatementsParams>>({
    method: 'get', path: '/api/entities/:id/statements',
    summary: "This speaker's statements — quotes, and events the speaker reports — newest first, optionally only those about "
      + 'another entity (about=ID): date (the article\'s day), article, text, kind (quote|event), speaker, about-entities, tone (of the '
      + "statement's own words) and articleTone; with statements and mean tone per month, and the entities the speaker talks about",
    params: { id: S.entityId }, query: StatementsParams,
    handle: async ({ store, params, query: q }) => entityStatements(store, S.entityId.parse(params.id), {
      aboutId: q.about ?? null, from: q.from ?? null, to: q.to ?? null, limit: q.limit, offset: q.offset,
    }),
  }),
  route<z.output<typeof SpeakersParams>>({
    method: 'get', path: '/api/entities/:id/speakers',
    summary: 'Who makes statements about this entity: speakers with their statement counts, in total and per month, most first; and all statements about it per month',
    params: { id: S.entityId }, query: SpeakersParams,
    handle: async ({ store, params, query: q }) => entitySpeakers(store, S.entityId.parse(params.id), { from: q.from ?? null, to: q.to ?? null, limit: q.limit }),
  }),
];
