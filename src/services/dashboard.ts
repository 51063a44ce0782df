// Dashboard use cases: each page's JSON, joined from the store's repositories and read models. No SQL here.
import { ArgusError } from '../core/errors.js';
import { PLOVER_TYPES } from '../core/vocab.js';
import type { SearchQuery, Store } from '../store/types.js';
import { dashboardRepos, type DashboardRepo, type DateRange, type SeriesPoint } from '../store/dashboard.js';
import * as queries from './queries.js';

/** CAMEO's quad classes mapped onto PLOVER: verbal/material x cooperation/conflict. */
export const QUAD_CLASS: Record<string, 'verbal-cooperation' | 'material-cooperation' | 'verbal-conflict' | 'material-conflict'> = {
  AGREE: 'verbal-cooperation', CONSULT: 'verbal-cooperation', SUPPORT: 'verbal-cooperation', REQUEST: 'verbal-cooperation',
  CONCEDE: 'material-cooperation', COOPERATE: 'material-cooperation', AID: 'material-cooperation', RETREAT: 'material-cooperation',
  ACCUSE: 'verbal-conflict', REJECT: 'verbal-conflict', THREATEN: 'verbal-conflict',
  PROTEST: 'material-conflict', SANCTION: 'material-conflict', MOBILIZE: 'material-conflict', COERCE: 'material-conflict', ASSAULT: 'material-conflict',
};

export function checkPlover(type: string | null | undefined, input = 'type'): string | null {
  if (!type) return null;
  const t = type.toUpperCase();
  if (!(PLOVER_TYPES as readonly string[]).includes(t)) throw new ArgusError('USAGE', input, `'${type}' is not a PLOVER event type; use one of ${PLOVER_TYPES.join(', ')}`);
  return t;
}

export function checkRange(f: DateRange): void {
  if (f.from && f.to && f.from > f.to) throw new ArgusError('USAGE', 'from', `the start date ${f.from} is after the end date ${f.to}`);
}

export async function searchPage(store: Store, q: SearchQuery) {
  checkRange(q);
  if (q.type) q.type = checkPlover(q.type);
  const result = await queries.search(store, q);
  const extras = await dashboardRepos(store).dashboard.queryExtras(q, result.fts);
  return { ...result, facets: { ...result.facets, country: extras.country, entityType: extras.entityType, entities: extras.entities }, perDay: extras.perDay };
}

export async function articlePage(store: Store, id: string) {
  const article = await queries.article(store, id);
  if (!article) throw new ArgusError('NOT_FOUND', id, `no article with id ${id}`);
  const story = article.storyId != null ? await queries.story(store, article.storyId) : null;
  const related = (story?.members ?? []).filter((m) => m.id !== article.id);
  // each event's corroboration (sources, articles) and each event's and quote's confidence, by position in the analysis
  const facts = (await store.corroboration.articleFacts(article.id, article.version)) ?? { events: [], quotes: [] };
  return { article, story: story ? { id: story.id, title: story.title, articles: story.articles } : null, related, facts };
}

export async function entityPage(store: Store, id: number) {
  const profile = await store.entities.profile(id, { quotes: 20, cooccurring: 15, examples: 3 });
  if (!profile) throw new ArgusError('NOT_FOUND', `entity ${id}`, `no entity ${id}; it may have been merged into another one — search for its name`);
  const perDay = await store.reads.perDay({ entityId: id });
  return { entity: profile, perDay };
}

export async function findEntities(store: Store, name: string, limit = 10) {
  return store.entities.find(name, limit);
}

export async function graphPage(store: Store, f: DateRange & {
  mode: 'events' | 'mentions'; type?: string | null; entityType?: string | null; entityId?: number | null; minSources?: number | null; limit: number;
}) {
  checkRange(f);
  const type = checkPlover(f.type);
  const { dashboard } = dashboardRepos(store);
  if (f.mode === 'mentions') {
    const g = await dashboard.coMentionGraph({ ...f, type, minWeight: 2 });
    return { mode: f.mode, nodes: await withRoles(dashboard, g.nodes), edges: g.edges.map((e) => ({ source: e.a, target: e.b, weight: e.weight, type: null, quad: null })) };
  }
  const g = await dashboard.eventGraph({ ...f, type });
  return { mode: f.mode, nodes: await withRoles(dashboard, g.nodes), edges: g.edges.map((e) => ({
    source: e.source, target: e.target, weight: e.count, type: e.type, quad: QUAD_CLASS[e.type] ?? null, sources: e.sources,
  })) };
}

/** The graph's nodes with their actor role (kb.role), so the page can filter by it; null where none is known. */
async function withRoles<N extends { id: number }>(dashboard: DashboardRepo, nodes: N[]): Promise<Array<N & { role: string | null }>> {
  const roles = new Map((await dashboard.entityRoles(nodes.map((n) => n.id))).map((r) => [r.id, r.role]));
  return nodes.map((n) => ({ ...n, role: roles.get(n.id) ?? null }));
}

export async function evidence(store: Store, a: number, b: number, f: DateRange & { type?: string | null; limit: number }) {
  checkRange(f);
  return dashboardRepos(store).dashboard.evidence(a, b, { ...f, type: checkPlover(f.type) });
}

export async function placesPage(store: Store, f: DateRange & { type?: string | null; minSources?: number | null; limit: number }) {
  checkRange(f);
  return dashboardRepos(store).dashboard.places({ ...f, type: checkPlover(f.type) });
}

export async function placeArticles(store: Store, name: string, country: string | null, f: DateRange & { type?: string | null; minSources?: number | null; limit: number }) {
  checkRange(f);
  return dashboardRepos(store).dashboard.placeArticles(name, country, { ...f, type: checkPlover(f.type) });
}

export interface TrendSeries {
  kind: 'entity' | 'theme';
  key: string;
  label: string;
  total: number;
  points: Array<{ day: string; count: number; baseline: number; spike: boolean }>;
}

/** Flags days whose count is well above the mean of the `window` days before it (zero-filled). */
export function flagSpikes(points: Array<{ day: string; count: number }>, window = 14, minCount = 3, sigmas = 3): TrendSeries['points'] {
  const out: TrendSeries['points'] = [];
  if (points.length === 0) return out;
  // day numbers, not a date string per day: a series can span decades of mostly empty days
  const dayNo = points.map((p) => Math.round(Date.parse(`${p.day}T00:00:00Z`) / 86_400_000));
  const first = dayNo[0] ?? 0;
  const span = (dayNo[dayNo.length - 1] ?? first) - first + 1;
  if (!Number.isFinite(span) || span <= 0) return out;
  const dense = new Float64Array(span);
  const present = new Int32Array(span).fill(-1);
  for (let k = 0; k < points.length; k++) {
    const i = (dayNo[k] ?? first) - first;
    dense[i] = points[k]?.count ?? 0;
    present[i] = k;
  }
  let sum = 0;
  let sumSq = 0;
  for (let i = 0; i < span; i++) {
    const c = dense[i] ?? 0;
    const k = present[i] ?? -1;
    if (k >= 0) {
      const n = Math.min(i, window);
      const mean = n ? sum / n : 0;
      const sd = n ? Math.sqrt(Math.max(0, sumSq / n - mean * mean)) : 0;
      const spike = n >= Math.min(window, 7) && c >= minCount && c > mean + sigmas * Math.max(sd, 0.5);
      out.push({ day: points[k]?.day ?? '', count: c, baseline: Math.round(mean * 100) / 100, spike });
    }
    sum += c;
    sumSq += c * c;
    if (i >= window) {
      const old = dense[i - window] ?? 0;
      sum -= old;
      sumSq -= old * old;
    }
  }
  return out;
}

function group(points: SeriesPoint[]): Map<string, Array<{ day: string; count: number }>> {
  const m = new Map<string, Array<{ day: string; count: number }>>();
  for (const p of points) {
    let arr = m.get(p.key);
    if (!arr) m.set(p.key, (arr = []));
    arr.push({ day: p.day, count: p.count });
  }
  return m;
}

/** A page's JSON already serialized (UTF-8): the server sends it as it is, byte for byte what JSON.stringify gives. */
export class JsonText {
  constructor(readonly bytes: Buffer) {}
}

interface ThemedSeries {
  series: TrendSeries[];
  /** JSON.stringify(series) without its brackets: the same ~180 KB in every answer of a data version, serialized once */
  inner: Buffer;
}

const themeMemo = new WeakMap<Store, { version: string; series: Map<string, ThemedSeries> }>();

export async function trendsPage(store: Store, f: DateRange & { entities: string[]; themes: string[]; window: number }) {
  const t = await trends(store, f);
  return { window: t.window, series: [...t.entitySeries, ...t.themed.series], themes: t.themes };
}

/** trendsPage's answer as JSON text, the same bytes as JSON.stringify(await trendsPage(…)) with the theme series serialized once. */
export async function trendsPageJson(store: Store, f: DateRange & { entities: string[]; themes: string[]; window: number }): Promise<JsonText> {
  const t = await trends(store, f);
  const ents = JSON.stringify(t.entitySeries);
  const sep = t.entitySeries.length > 0 && t.themed.series.length > 0 ? ',' : '';
  return new JsonText(Buffer.concat([
    Buffer.from(`{"window":${JSON.stringify(t.window)},"series":[${ents.slice(1, -1)}${sep}`),
    t.themed.inner,
    Buffer.from(`],"themes":${JSON.stringify(t.themes)}}`),
  ]));
}

async function trends(store: Store, f: DateRange & { entities: string[]; themes: string[]; window: number }) {
  checkRange(f);
  const { dashboard } = dashboardRepos(store);
  const ents: Array<{ id: number; name: string }> = [];
  for (const name of f.entities) {
    const e = (await queries.findEntity(store, name)).entity;
    if (!e) throw new ArgusError('NOT_FOUND', name, `no entity named '${name}'`);
    ents.push({ id: e.id, name: e.name });
  }
  if (f.entities.length === 0) for (const e of await store.entities.top(5)) ents.push({ id: e.id, name: e.name });
  const themes = f.themes.length ? f.themes : (await dashboard.topThemes(5, f)).map((t) => t.value);
  const entitySeries: TrendSeries[] = [];
  const byEntity = group(await dashboard.entitySeries(ents.map((e) => e.id), f));
  for (const e of ents) {
    const pts = byEntity.get(String(e.id)) ?? [];
    entitySeries.push({ kind: 'entity', key: String(e.id), label: e.name, total: pts.reduce((s, p) => s + p.count, 0), points: flagSpikes(pts, f.window) });
  }
  // the theme series are the same for every entity asked about: built once per data version, window and range
  const key = JSON.stringify([themes, f.from ?? null, f.to ?? null, f.window]);
  const version = await dashboard.dataVersion();
  let memo = themeMemo.get(store);
  if (memo?.version !== version) themeMemo.set(store, (memo = { version, series: new Map() }));
  let themed = memo.series.get(key);
  if (!themed) {
    const byTheme = group(themes.length ? await dashboard.themeSeries(themes, f) : []);
    const series = themes.map((t) => {
      const pts = byTheme.get(t) ?? [];
      return { kind: 'theme' as const, key: t, label: t, total: pts.reduce((s, p) => s + p.count, 0), points: flagSpikes(pts, f.window) };
    });
    themed = { series, inner: Buffer.from(JSON.stringify(series).slice(1, -1)) };
    if (memo.series.size >= 200) memo.series.clear();
    memo.series.set(key, themed);
  }
  return { window: f.window, entitySeries, themed, themes: await dashboard.topThemes(30, f) };
}
