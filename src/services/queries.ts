// Read use cases for the CLI and the HTTP API: plain JSON-able objects, no SQL here.
import { ArgusError } from '../core/errors.js';
import type { ArticleView, EntityProfile, EntitySummary, SearchQuery, SearchResult, Store, StoreStats } from '../store/types.js';

export async function stats(store: Store): Promise<StoreStats> {
  return store.reads.stats();
}

export async function search(store: Store, q: SearchQuery): Promise<SearchResult> {
  if (q.type && !/^[A-Za-z]+$/.test(q.type)) throw new ArgusError('USAGE', '--type', `'${q.type}' is not a PLOVER event type`);
  for (const [k, v] of [['from', q.from], ['to', q.to]] as const) {
    if (v && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) throw new ArgusError('USAGE', `--${k}`, `'${v}' is not a date (use YYYY-MM-DD)`);
  }
  return store.search.search(q);
}

export async function article(store: Store, id: string, version?: number): Promise<ArticleView | null> {
  return store.articles.get(id, version);
}

/** An entity by id (#12 or 12), global key (wd:Q7184) or name/alias; the candidates when ambiguous. */
export async function findEntity(store: Store, name: string): Promise<{ entity: EntitySummary | null; candidates: EntitySummary[] }> {
  const m = /^#?(\d+)$/.exec(name.trim());
  if (m) {
    const e = await store.entities.get(Number(m[1]));
    return { entity: e, candidates: e ? [e] : [] };
  }
  const candidates = await store.entities.find(name, 10);
  return { entity: candidates[0] ?? null, candidates };
}

export async function entityProfile(store: Store, name: string): Promise<{ profile: EntityProfile | null; candidates: EntitySummary[] }> {
  const { entity, candidates } = await findEntity(store, name);
  if (!entity) return { profile: null, candidates };
  return { profile: await store.entities.profile(entity.id), candidates };
}

export async function mergeEntities(store: Store, from: string, into: string): Promise<{ from: EntitySummary; into: EntitySummary }> {
  const a = (await findEntity(store, from)).entity;
  const b = (await findEntity(store, into)).entity;
  if (!a) throw new ArgusError('NOT_FOUND', from, 'no such entity');
  if (!b) throw new ArgusError('NOT_FOUND', into, 'no such entity');
  if (a.id === b.id) throw new ArgusError('USAGE', from, 'both names are the same entity already');
  await store.entities.merge(a.id, b.id);
  return { from: a, into: b };
}

export async function splitEntity(store: Store, name: string, parts: string[]): Promise<{ entity: EntitySummary; newEntity: EntitySummary | null }> {
  const e = (await findEntity(store, name)).entity;
  if (!e) throw new ArgusError('NOT_FOUND', name, 'no such entity');
  const profile = await store.entities.profile(e.id);
  const known = new Set(profile?.parts.map((p) => p.key) ?? []);
  const missing = parts.filter((p) => !known.has(p));
  if (missing.length) {
    throw new ArgusError('USAGE', missing[0] ?? name, `not a part of ${e.name}; its parts are: ${[...known].join(', ')}`);
  }
  try {
    const id = await store.entities.split(e.id, parts);
    return { entity: e, newEntity: await store.entities.get(id) };
  } catch (err) {
    throw new ArgusError('USAGE', name, err instanceof Error ? err.message : String(err));
  }
}

export async function stories(store: Store, opts: { limit?: number; offset?: number; minArticles?: number } = {}) {
  return store.reads.stories({ limit: opts.limit ?? 20, offset: opts.offset ?? 0, minArticles: opts.minArticles ?? 1 });
}

export async function story(store: Store, id: number) {
  return store.reads.story(id);
}

export async function entityGraph(store: Store, opts: { limit?: number; minWeight?: number } = {}) {
  return store.entities.graph(opts.limit ?? 50, opts.minWeight ?? 2);
}

export async function places(store: Store, opts: { limit?: number; from?: string | null; to?: string | null } = {}) {
  return store.reads.places({ limit: opts.limit ?? 200, from: opts.from ?? null, to: opts.to ?? null });
}

export async function trends(store: Store, opts: { entity?: string | null; from?: string | null; to?: string | null } = {}) {
  let entityId: number | null = null;
  if (opts.entity) {
    const e = (await findEntity(store, opts.entity)).entity;
    if (!e) return [];
    entityId = e.id;
  }
  return store.reads.perDay({ entityId, from: opts.from ?? null, to: opts.to ?? null });
}
