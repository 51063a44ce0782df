// /api/sources: the outlets' reliability profiles (the Sources page): articles, share of syndicated copies, share of
// events corroborated by other independent sources, median delay against the first report.
import { route, type RouteDef } from '../http.js';
import * as S from '../schemas.js';
import * as sources from '../../services/sources.js';

export const SOURCE_ROUTES: RouteDef[] = [
  route({
    method: 'get', path: '/api/sources',
    summary: 'Every outlet with its articles, share of syndicated copies, share of its events corroborated by others and median delay (hours) against the first report (the Sources page)',
    handle: async ({ store }) => sources.sourcesPage(store),
  }),
  route({
    method: 'get', path: '/api/sources/:name',
    summary: "One outlet's profile (by name or host): the figures of /api/sources, the outlets that corroborate it most, its most corroborated reports",
    params: { name: S.SourceName },
    handle: async ({ store, params }) => sources.sourcePage(store, S.SourceName.parse(params.name)),
  }),
];
