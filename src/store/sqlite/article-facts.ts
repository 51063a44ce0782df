// Per-article facts for the search facets and query extras (day, source, distinct entities, event types, countries),
// read once per data version and kept by article rowid: the facets of a search counted 500 articles' rows in SQL on every
// request (3-6 ms with article_entities and events), the same few thousand articles again and again under load.
// Also the full set of matches of the last searches, so the query extras (articles per day) of the same search reuse it.
import type Database from 'better-sqlite3';
import type { Db } from './open.js';
import type { Facet, SearchQuery } from '../types.js';
import { dataVersionOf } from './version.js';

export interface ArticleFacts {
  day: string | null;
  /** the source's name; null without a source */
  source: string | null;
  /** read with `detail` only (a search's extras need the days of all its matches, the facets the rest of the newest 500) */
  detail?: {
    /** distinct entity ids, ascending */
    entities: number[];
    /** distinct PLOVER types of the article's events */
    eventTypes: string[];
    /** distinct countries of the article's places */
    countries: string[];
  };
}

/** articles kept per connection (the oldest read are dropped first past it) */
const MAX_FACTS = 200_000;
/** match sets kept per connection: a search's next pages and its extras come soon after it */
const MAX_MATCH_SETS = 64;
/** rowids per look-up statement */
const CHUNK = 2000;

/** The facts kept for a connection, checked against its data version once per use (a search takes it once). */
export interface Holder {
  version: string;
  /** scratch counts by entity id (zero between uses) */
  counts: Int32Array;
  facts: Map<number, ArticleFacts>;
  /** all matches (newest first) of recent searches by matchKey, when the search saw all of them */
  matches: Map<string, number[]>;
  st: {
    articles: Database.Statement;
    entities: Database.Statement;
    events: Database.Statement;
    places: Database.Statement;
    names: Database.Statement;
  };
}

const holders = new WeakMap<Db, Holder>();

export function factsOf(db: Db): Holder {
  const version = dataVersionOf(db);
  let h = holders.get(db);
  if (!h) {
    const ids = 'SELECT value FROM json_each(?)';
    h = {
      version, counts: new Int32Array(0), facts: new Map(), matches: new Map(),
      st: {
        articles: db.prepare(`SELECT a.rowid, a.day, s.name FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.rowid IN (${ids})`).raw(),
        entities: db.prepare(`SELECT DISTINCT article_rowid, entity_id FROM article_entities WHERE article_rowid IN (${ids}) ORDER BY article_rowid, entity_id`).raw(),
        events: db.prepare(`SELECT DISTINCT article_rowid, type FROM events WHERE article_rowid IN (${ids})`).raw(),
        places: db.prepare(`SELECT DISTINCT article_rowid, country FROM places WHERE article_rowid IN (${ids}) AND country IS NOT NULL`).raw(),
        names: db.prepare(`SELECT id, name FROM entities WHERE id IN (${ids})`).raw(),
      },
    };
    holders.set(db, h);
  } else if (h.version !== version) {
    h.version = version;
    h.facts.clear();
    h.matches.clear();
  }
  return h;
}

/**
 * The facts of each rowid (undefined for a rowid with no article), read from the database for those not yet known in
 * this data version; with `detail`, their entities, event types and countries too.
 */
export function articleFacts(h: Holder, rowids: readonly number[], detail = false): Array<ArticleFacts | undefined> {
  const out = rowids.map((r) => h.facts.get(r));
  const missing = rowids.filter((_, i) => out[i] === undefined);
  if (missing.length > 0) {
    const got = new Map<number, ArticleFacts>();
    for (let i = 0; i < missing.length; i += CHUNK) load(h, missing.slice(i, i + CHUNK), got);
    rowids.forEach((r, i) => { out[i] ??= got.get(r); });
  }
  if (detail) {
    const bare = out.filter((f): f is ArticleFacts => f !== undefined && !f.detail);
    const rows = rowids.filter((_, i) => out[i] !== undefined && !out[i]?.detail);
    for (let i = 0; i < rows.length; i += CHUNK) loadDetail(h, rows.slice(i, i + CHUNK), bare.slice(i, i + CHUNK));
  }
  return out;
}

function load(h: Holder, rowids: number[], got: Map<number, ArticleFacts>): void {
  // the oldest read go first (the caller holds the facts it has already looked up)
  const room = MAX_FACTS - rowids.length;
  for (const k of h.facts.keys()) {
    if (h.facts.size <= room) break;
    h.facts.delete(k);
  }
  for (const [r, day, source] of h.st.articles.all(JSON.stringify(rowids)) as Array<[number, string | null, string | null]>) {
    const f: ArticleFacts = { day, source };
    h.facts.set(r, f);
    got.set(r, f);
  }
}

/** reads the details of `rowids` into `facts` (the same articles, in the same order) */
function loadDetail(h: Holder, rowids: number[], facts: ArticleFacts[]): void {
  const got = new Map<number, NonNullable<ArticleFacts['detail']>>();
  rowids.forEach((r, i) => {
    const d = { entities: [], eventTypes: [], countries: [] };
    got.set(r, d);
    (facts[i] as ArticleFacts).detail = d;
  });
  const json = JSON.stringify(rowids);
  for (const [r, e] of h.st.entities.all(json) as Array<[number, number]>) got.get(r)?.entities.push(e);
  for (const [r, t] of h.st.events.all(json) as Array<[number, string]>) got.get(r)?.eventTypes.push(t);
  for (const [r, c] of h.st.places.all(json) as Array<[number, string]>) got.get(r)?.countries.push(c);
}

/** The names of the given entity ids that exist. */
export function entityNames(h: Holder, ids: readonly number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  return new Map(h.st.names.all(JSON.stringify(ids)) as Array<[number, string]>);
}

/** Remembers all matches of a search (newest first) for this data version. */
export function rememberMatches(h: Holder, key: string, rowids: number[]): void {
  if (h.matches.size >= MAX_MATCH_SETS) h.matches.delete(h.matches.keys().next().value as string);
  h.matches.set(key, rowids);
}

/** All matches of a search remembered in this data version, newest first; undefined when not known. */
export function recalledMatches(h: Holder, key: string): number[] | undefined {
  return h.matches.get(key);
}

/**
 * The `limit` entities in the most of the given articles (each article counted once), as [id, count]: by count, then
 * the highest id first (the ones SQLite's `GROUP BY entity_id ORDER BY count DESC LIMIT n` keeps among equal counts).
 */
export function topEntities(h: Holder, facts: ReadonlyArray<ArticleFacts | undefined>, limit: number): Array<[number, number]> {
  const seen: number[] = [];
  let counts = h.counts;
  for (const f of facts) {
    for (const id of f?.detail?.entities ?? []) {
      if (id >= counts.length) {
        const grown = new Int32Array(Math.max(id + 1, counts.length * 2));
        grown.set(counts);
        counts = h.counts = grown;
      }
      if (counts[id] === 0) seen.push(id);
      counts[id] = (counts[id] ?? 0) + 1;
    }
  }
  // only those with at least the limit-th highest count are sorted
  const floor = seen.length <= limit ? 0 : (Int32Array.from(seen, (id) => counts[id] ?? 0).sort().reverse()[limit - 1] ?? 0);
  const out = seen.filter((id) => (counts[id] ?? 0) >= floor).map((id): [number, number] => [id, counts[id] ?? 0]);
  for (const id of seen) counts[id] = 0;
  out.sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  out.length = Math.min(out.length, limit);
  return out;
}

/** count DESC, then value in binary order (SQLite's default collation on ASCII and BMP text) */
export function byCountThenValue(a: Facet, b: Facet): number {
  return b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
}

/** `value, count(DISTINCT article) … GROUP BY value ORDER BY count DESC, value LIMIT n` over values per article. */
export function countFacet(values: Iterable<readonly string[] | string | null>, limit: number): Facet[] {
  const counts = new Map<string, number>();
  for (const v of values) {
    if (v === null) continue;
    if (typeof v === 'string') counts.set(v, (counts.get(v) ?? 0) + 1);
    else for (const x of v) counts.set(x, (counts.get(x) ?? 0) + 1);
  }
  const out = [...counts].map(([value, count]) => ({ value, count })).sort(byCountThenValue);
  out.length = Math.min(out.length, limit);
  return out;
}

/** The identity of a search's match set: the full-text query and the filters (not the page, sort or limit). */
export function matchKey(q: SearchQuery, fts: string): string {
  return JSON.stringify([fts, q.entity ?? null, q.type ?? null, q.source ?? null, q.country ?? null, q.from ?? null, q.to ?? null,
    q.minSources ?? null, q.minConfidence ?? null]);
}
