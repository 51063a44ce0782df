// /api/timeline: the Timeline page's JSON twin.
import { z } from 'zod';
import { route, type RouteDef } from '../http.js';
import * as S from '../schemas.js';
import { timelinePage } from '../../services/timeline.js';

const storyId = z.coerce.number().int('a story id is a whole number').positive('a story id is a positive number');

export const TimelineParams = z.object({
  entity: S.entityId.optional(),
  other: S.entityId.optional(),
  story: storyId.optional(),
  from: S.day.optional(),
  to: S.day.optional(),
  limit: z.coerce.number().int('use a whole number from 1 to 500').min(1, 'at least 1').max(500, 'at most 500').default(200),
});

export const TIMELINE_ROUTES: RouteDef[] = [
  route<z.output<typeof TimelineParams>>({
    method: 'get', path: '/api/timeline',
    summary: 'Events and quotes of an entity (entity=), a pair (entity= and other=) or a story (story=) by date, newest first, each with its sentence and its span (start, end) in the article',
    query: TimelineParams,
    handle: async ({ store, query: q }) => timelinePage(store, {
      entity: q.entity ?? null, other: q.other ?? null, story: q.story ?? null, from: q.from ?? null, to: q.to ?? null, limit: q.limit,
    }),
  }),
];
