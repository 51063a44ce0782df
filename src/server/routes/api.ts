// The JSON API: one route per dashboard page (its JSON twin) plus the actions the pages take. Thin: validate, call a service, shape.
import type { z } from 'zod';
import { HttpError, route, type RouteDef } from '../http.js';
import * as S from '../schemas.js';
import * as dash from '../../services/dashboard.js';
import * as queries from '../../services/queries.js';
import * as watch from '../../services/watchlists.js';
import { queueName, redisConfigured, redisUrl } from '../../services/queue-config.js';
import { EXPORT_ROUTES } from './export.js';
import { SOURCE_ROUTES } from './sources.js';
import { CORRECTION_ROUTES } from './corrections.js';
import { STATEMENT_ROUTES } from './statements.js';
import { TIMELINE_ROUTES } from './timeline.js';

type Q<T extends z.ZodType> = z.output<T>;

function pathId(params: Record<string, string>, name: string): number {
  return S.entityId.parse(params[name]);
}

export const API_ROUTES: RouteDef[] = [
  route({
    method: 'get', path: '/api/stats', summary: 'Counts of articles, stories, entities, quotes, events, places; the job queue\'s depth when ARGUS_REDIS_URL is set',
    handle: async ({ store, c }) => {
      const counts = await queries.stats(store);
      if (!redisConfigured()) return counts;
      const { queueDepthCached } = await import('../../services/queue.js'); // BullMQ loads only when a queue is configured
      // a Response, not an object: the answer cache keeps answers until the database changes, and the queue moves without it
      return c.json({ ...counts, queue: await queueDepthCached(redisUrl(), queueName()) });
    },
  }),
  route<Q<typeof S.SearchParams>>({
    method: 'get', path: '/api/search', summary: 'Full-text search with facets and articles per day (the Search page)', query: S.SearchParams,
    handle: async ({ store, query: q }) => dash.searchPage(store, {
      text: q.q, entity: q.entity ?? null, type: q.type ?? null, source: q.source ?? null, country: q.country ?? null,
      from: q.from ?? null, to: q.to ?? null, sort: q.sort, limit: q.limit, offset: q.offset,
      minSources: q.minSources ?? null, minConfidence: q.minConfidence ?? null,
    }),
  }),
  route({
    method: 'get', path: '/api/articles/:id', summary: 'One article: text, analysis, global entity ids, same-story articles (the Article page)',
    params: { id: S.ArticleId },
    handle: async ({ store, params }) => dash.articlePage(store, S.ArticleId.parse(params.id)),
  }),
  route<Q<typeof S.EntityFindParams>>({
    method: 'get', path: '/api/entities', summary: 'Entities by name, alias or key (for look-ups and autocompletion)', query: S.EntityFindParams,
    handle: async ({ store, query }) => ({ entities: await dash.findEntities(store, query.q, query.limit) }),
  }),
  route({
    method: 'get', path: '/api/entities/:id', summary: 'One entity: profile, quotes, events, co-occurring entities, mentions per day (the Entity page)',
    params: { id: S.entityId },
    handle: async ({ store, params }) => dash.entityPage(store, pathId(params, 'id')),
  }),
  route<undefined, Q<typeof S.MergeBody>>({
    method: 'post', path: '/api/entities/:id/merge', summary: 'Merges this entity into another (by id or name)', params: { id: S.entityId }, body: S.MergeBody,
    handle: async ({ store, params, body }) => queries.mergeEntities(store, `#${pathId(params, 'id')}`, typeof body.into === 'number' ? `#${body.into}` : body.into),
  }),
  route<undefined, Q<typeof S.SplitBody>>({
    method: 'post', path: '/api/entities/:id/split', summary: 'Splits parts (original keys) off this entity into a new one', params: { id: S.entityId }, body: S.SplitBody,
    handle: async ({ store, params, body }) => queries.splitEntity(store, `#${pathId(params, 'id')}`, body.keys),
  }),
  route<Q<typeof S.GraphParams>>({
    method: 'get', path: '/api/graph', summary: 'Actor network from events (PLOVER quad classes) or co-mentions (the Graph page)', query: S.GraphParams,
    handle: async ({ store, query: q }) => dash.graphPage(store, {
      mode: q.mode, type: q.type ?? null, entityType: q.entityType ?? null, entityId: q.entity ?? null, from: q.from ?? null, to: q.to ?? null, limit: q.limit,
      minSources: q.minSources ?? null,
    }),
  }),
  route<Q<typeof S.EvidenceParams>>({
    method: 'get', path: '/api/graph/evidence', summary: 'The sentences behind an edge between two entities', query: S.EvidenceParams,
    handle: async ({ store, query: q }) => ({ evidence: await dash.evidence(store, q.a, q.b, { type: q.type ?? null, from: q.from ?? null, to: q.to ?? null, limit: q.limit }) }),
  }),
  route<Q<typeof S.PlacesParams>>({
    method: 'get', path: '/api/places', summary: 'Places with their article counts (the Map page)', query: S.PlacesParams,
    handle: async ({ store, query: q }) => ({ places: await dash.placesPage(store, {
      type: q.type ?? null, from: q.from ?? null, to: q.to ?? null, minSources: q.minSources ?? null, limit: q.limit,
    }) }),
  }),
  route<Q<typeof S.PlaceArticlesParams>>({
    method: 'get', path: '/api/places/articles', summary: 'The articles that mention one place', query: S.PlaceArticlesParams,
    handle: async ({ store, query: q }) => ({
      articles: await dash.placeArticles(store, q.name, q.country ?? null, {
        type: q.type ?? null, from: q.from ?? null, to: q.to ?? null, minSources: q.minSources ?? null, limit: q.limit,
      }),
    }),
  }),
  route<Q<typeof S.TrendsParams>>({
    method: 'get', path: '/api/trends', summary: 'Articles per day for entities and themes, with spikes against a rolling baseline (the Trends page)',
    query: S.TrendsParams, arrays: ['entity', 'theme'],
    handle: async ({ store, query: q }) => dash.trendsPageJson(store, { entities: q.entity, themes: q.theme, from: q.from ?? null, to: q.to ?? null, window: q.window }),
  }),
  route({
    method: 'get', path: '/api/watchlists', summary: 'Saved queries and watched entities (the Watchlists page)',
    handle: async ({ store }) => ({ watchlists: await watch.listWatchlists(store), alerts: await watch.listAlerts(store, { limit: 50 }) }),
  }),
  route<undefined, Q<typeof S.WatchlistBody>>({
    method: 'post', path: '/api/watchlists', summary: 'Creates a watchlist; new matching articles raise alerts', body: S.WatchlistBody,
    handle: async ({ store, body, c }) => {
      c.status(201);
      return watch.createWatchlist(store, { ...body, source: body.source ?? null, type: body.type ?? null, country: body.country ?? null, webhook: body.webhook ?? null });
    },
  }),
  route({
    method: 'get', path: '/api/watchlists/:id', summary: 'One watchlist and its alerts', params: { id: S.entityId },
    handle: async ({ store, params }) => {
      const w = await watch.getWatchlist(store, pathId(params, 'id'));
      return { watchlist: w, alerts: await watch.listAlerts(store, { watchlistId: w.id, limit: 100 }) };
    },
  }),
  route({
    method: 'delete', path: '/api/watchlists/:id', summary: 'Deletes a watchlist and its alerts', params: { id: S.entityId },
    handle: async ({ store, params }) => {
      await watch.deleteWatchlist(store, pathId(params, 'id'));
      return { deleted: true };
    },
  }),
  route({
    method: 'get', path: '/api/watchlists/:id/atom', summary: "A watchlist's alerts as an Atom feed", params: { id: S.entityId }, produces: 'application/atom+xml',
    handle: async ({ store, params, c, baseUrl }) => {
      const w = await watch.getWatchlist(store, pathId(params, 'id'));
      const xml = watch.alertsAtom(w, await watch.listAlerts(store, { watchlistId: w.id, limit: 100 }), baseUrl);
      return c.body(xml, 200, { 'content-type': 'application/atom+xml; charset=utf-8' });
    },
  }),
  route<Q<typeof S.AlertsParams>>({
    method: 'get', path: '/api/alerts', summary: 'Alerts raised by watchlists, newest first', query: S.AlertsParams,
    handle: async ({ store, query: q }) => ({
      alerts: await watch.listAlerts(store, { watchlistId: q.watchlist ?? null, limit: q.limit, unseenOnly: q.unseen === '1' || q.unseen === 'true' }),
    }),
  }),
  route<undefined, Q<typeof S.SeenBody>>({
    method: 'post', path: '/api/alerts/seen', summary: 'Marks alerts (or all) as seen', body: S.SeenBody,
    handle: async ({ store, body }) => ({ updated: await watch.markAlertsSeen(store, body.ids) }),
  }),
  ...EXPORT_ROUTES,
  ...SOURCE_ROUTES,
  ...CORRECTION_ROUTES,
  ...STATEMENT_ROUTES,
  ...TIMELINE_ROUTES,
];

export function notFound(path: string): HttpError {
  return new HttpError(404, 'NOT_FOUND', `no API route ${path}; see /api/openapi.json for the routes`, path);
}
