// Dashboard read models in SQLite: query extras (per day, country and entity-type facets), graphs, evidence, places, trends.
import { withStatementCache, type Db } from './open.js';
import { articleFilters, FACET_DEPTH } from './search.js';
import { articleFacts, countFacet, factsOf, matchKey, recalledMatches, type Holder } from './article-facts.js';
import { dataVersionOf, inReadTx } from './version.js';
import type { ArticleSummary, Facet, SearchQuery } from '../types.js';
import type {
  CoMentionEdge, DashboardRepo, DashNode, DateRange, EventEdge, EvidenceRow, GraphFilter, PlaceFilter, QueryExtras, SeriesPoint,
} from '../dashboard-types.js';

const LATEST_DAY = 'a.is_latest = 1 AND (@from IS NULL OR a.day >= @from) AND (@to IS NULL OR a.day <= @to)';

/** a corroboration threshold that filters (more than one source), else null */
export function minSourcesOf(f: { minSources?: number | null }): number | null {
  return f.minSources && f.minSources > 1 ? f.minSources : null;
}

function range(f: DateRange): { from: string | null; to: string | null } {
  return { from: f.from ? f.from.slice(0, 10) : null, to: f.to ? f.to.slice(0, 10) : null };
}

/** A window of text around [start, end) cut to whole sentences (at most ~400 characters). */
export function sentenceAround(text: string, start: number, end: number): string {
  let s = Math.max(0, start);
  const floor = Math.max(0, start - 300);
  while (s > floor && !/[.!?\n]/.test(text[s - 1] ?? '')) s--;
  let e = Math.min(text.length, Math.max(end, start));
  const ceil = Math.min(text.length, end + 300);
  while (e < ceil && !/[.!?\n]/.test(text[e] ?? '')) e++;
  return text.slice(s, Math.min(text.length, e + 1)).trim();
}

interface MentionModel {
  /** row id of article i (every stored version), its day, whether it is the latest version */
  rowids: Int32Array;
  rowIndex: Map<number, number>;
  days: Array<string | null>;
  latest: Uint8Array;
  /** the distinct entity ids of article i are entityIds[offsets[i] .. offsets[i + 1]) */
  offsets: Int32Array;
  entityIds: Int32Array;
  /** the distinct entity types of article i's mentions (an entity can be GPE in one mention and NORP in another) */
  articleTypes: string[][];
  types: Map<number, string>;
  names: Map<number, string>;
  maxId: number;
}

interface EventModel {
  rows: Array<{ source: number; target: number; type: string; day: string | null; sources: number | null; count: number }>;
  /** the rows where an entity is the source or the target (an entity's graph visits only those) */
  byEntity: Map<number, EventModel['rows']>;
  types: Map<number, string>;
  names: Map<number, string>;
}

/** The n-th highest of the counts (the lowest when there are fewer): every count in the top n is at least this. */
export function nthHighest(counts: number[], n: number): number {
  if (counts.length <= n) return counts.length === 0 ? 0 : Math.min(...counts);
  return Int32Array.from(counts).sort().reverse()[n - 1] ?? 0;
}

/** read-model answers kept per data version (a dashboard under load asks the same few questions with varying pages) */
const MEMO_MAX = 300;

export class SqliteDashboardRepo implements DashboardRepo {
  private memoVersion = '';
  private readonly memos = new Map<string, unknown>();

  private readonly db: Db;

  /** the connection itself (the per-article facts and the data version are kept per connection) */
  private readonly raw: Db;

  constructor(db: Db) {
    this.raw = db;
    this.db = withStatementCache(db);
  }

  /**
   * The version the read models are kept for: it changes on any write (an article, an entity merge or split, a
   * correction), through this connection or another.
   */
  private readVersion(): string {
    return dataVersionOf(this.raw);
  }

  private memo<T>(key: string, make: () => T): T {
    const v = this.readVersion();
    if (v !== this.memoVersion) {
      this.memos.clear();
      this.memoVersion = v;
    }
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = make();
    if (this.memos.size >= MEMO_MAX) this.memos.delete(this.memos.keys().next().value as string);
    this.memos.set(key, value);
    return value;
  }

  /** the search repository's filters, as a WHERE clause over `articles a` */
  private filters(q: SearchQuery): { where: string; params: Record<string, unknown> } | null {
    const f = articleFilters(this.db, q);
    if (!f) return null;
    return { where: ['a.is_latest = 1', ...f.sets.map((x) => x.replaceAll('{R}', 'a.rowid'))].join(' AND '), params: f.params };
  }

  async queryExtras(q: SearchQuery, fts: string): Promise<QueryExtras> {
    // the same whatever the page, sort or limit: kept for the next page of the same search
    const key = JSON.stringify(['extras', fts, q.entity ?? null, q.type ?? null, q.source ?? null, q.country ?? null, q.from ?? null, q.to ?? null,
      q.minSources ?? null, q.minConfidence ?? null]);
    return inReadTx(this.raw, () => this.memo(key, () => this.computeExtras(q, fts)));
  }

  private computeExtras(q: SearchQuery, fts: string): QueryExtras {
    // the search just before (the Search page asks for both) kept all its matches when it saw all of them
    const h = factsOf(this.raw);
    const all = fts ? recalledMatches(h, matchKey(q, fts)) : undefined;
    if (all) return this.extrasOf(h, all);
    const f = this.filters(q);
    if (!f) return { perDay: [], country: [], entityType: [], entities: [] };
    const from = fts ? 'FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid' : 'FROM articles a';
    const match = fts ? 'articles_fts MATCH @fts AND ' : '';
    const params = { ...f.params, fts: fts || null };
    const db = this.db;
    // no TEMP table: a write, even to TEMP, would change the data version and drop every read model kept for it
    return inReadTx(db, () => {
      const perDay = db.prepare(`SELECT a.day, count(*) AS count ${from} WHERE ${match}${f.where} AND a.day IS NOT NULL GROUP BY a.day ORDER BY a.day`)
        .all(params) as QueryExtras['perDay'];
      // the facets count the FACET_DEPTH newest matches, as the search facets do: a word in every article stays cheap
      const newest = db.prepare(`SELECT a.rowid ${from} WHERE ${match}${f.where} ORDER BY a.rowid DESC LIMIT ${FACET_DEPTH}`).pluck().all(params) as number[];
      return { perDay, ...this.newestFacets(h, newest) };
    });
  }

  /** The extras over all the matches of a search, newest first. */
  private extrasOf(h: Holder, all: number[]): QueryExtras {
    const perDay = new Map<string, number>();
    for (const f of articleFacts(h, all)) if (f?.day != null) perDay.set(f.day, (perDay.get(f.day) ?? 0) + 1);
    return {
      perDay: [...perDay].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([day, count]) => ({ day, count })),
      ...this.newestFacets(h, all.slice(0, FACET_DEPTH)),
    };
  }

  /** Countries, entity types and entities over the newest matches. */
  private newestFacets(h: Holder, newest: number[]): Pick<QueryExtras, 'country' | 'entityType' | 'entities'> {
    const country = countFacet(articleFacts(h, newest, true).map((f) => f?.detail?.countries ?? []), 20);
    // entity facets from the in-memory read model: the same counts as a GROUP BY over article_entities, without the scan
    return { country, ...this.entityFacets(newest) };
  }

  /** graphs by their filters, kept per data version (the Graph page's default views are asked for again and again) */
  private graphs: { version: string; byKey: Map<string, unknown> } = { version: '', byKey: new Map() };

  private keptGraph<T>(key: string, make: () => T): T {
    const version = this.readVersion();
    if (this.graphs.version !== version) this.graphs = { version, byKey: new Map() };
    let g = this.graphs.byKey.get(key) as T | undefined;
    if (g === undefined) {
      g = make();
      if (this.graphs.byKey.size >= 500) this.graphs.byKey.delete(this.graphs.byKey.keys().next().value as string);
      this.graphs.byKey.set(key, g);
    }
    return g;
  }

  async eventGraph(f: GraphFilter): Promise<{ nodes: DashNode[]; edges: EventEdge[] }> {
    const { from, to } = range(f);
    const key = JSON.stringify(['events', from, to, f.type ? f.type.toUpperCase() : null, f.entityType ?? null, f.entityId ?? null,
      f.minSources && f.minSources > 1 ? f.minSources : null, f.limit]);
    return this.keptGraph(key, () => this.makeEventGraph(f));
  }

  private makeEventGraph(f: GraphFilter): { nodes: DashNode[]; edges: EventEdge[] } {
    const { from, to } = range(f);
    const type = f.type ? f.type.toUpperCase() : null;
    const etype = f.entityType ?? null;
    const entity = f.entityId ?? null;
    const minSources = f.minSources && f.minSources > 1 ? f.minSources : null;
    const m = this.eventModel();
    // the same as GROUP BY source, target, type over the events that pass the filters, from the model's pre-grouped rows
    const groups = new Map<string, EventEdge>();
    for (const r of entity === null ? m.rows : m.byEntity.get(entity) ?? []) {
      if (type !== null && r.type !== type) continue;
      if (entity !== null && r.source !== entity && r.target !== entity) continue;
      if (etype !== null && m.types.get(r.source) !== etype && m.types.get(r.target) !== etype) continue;
      if (minSources !== null && (r.sources === null || r.sources < minSources)) continue;
      if ((from !== null || to !== null) && (r.day === null || (from !== null && r.day < from) || (to !== null && r.day > to))) continue;
      const key = `${r.source}:${r.target}:${r.type}`;
      const g = groups.get(key);
      if (g) {
        g.count += r.count;
        if (r.sources !== null && r.sources > g.sources) g.sources = r.sources;
      } else {
        groups.set(key, { source: r.source, target: r.target, type: r.type, count: r.count, sources: r.sources ?? 1 });
      }
    }
    const edges = [...groups.values()]
      .sort((a, b) => b.count - a.count || a.source - b.source || a.target - b.target || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
    edges.length = Math.min(edges.length, Math.max(0, f.limit));
    const w = new Map<number, number>();
    for (const e of edges) for (const id of [e.source, e.target]) w.set(id, (w.get(id) ?? 0) + e.count);
    const nodes = [...w].filter(([id]) => m.names.has(id))
      .map(([id, weight]) => ({ id, name: m.names.get(id) ?? '', type: m.types.get(id) ?? '', weight }))
      .sort((a, b) => b.weight - a.weight || a.id - b.id);
    return { nodes, edges };
  }

  private events: { version: string; value: EventModel } | null = null;

  /**
   * Events between two different non-NORP entities in latest articles, grouped by (source, target, type, day, sources):
   * the event graph's SQL aggregate took 3-10 ms per uncached request (the whole table without an entity), a pass over
   * these rows well under 1 ms; rebuilt when the data changes.
   */
  private eventModel(): EventModel {
    const version = this.readVersion();
    if (this.events?.version === version) return this.events.value;
    const rows = this.db.prepare(`SELECT ev.source_entity_id AS source, ev.target_entity_id AS target, ev.type, a.day, r.sources, count(*) AS count
        FROM events ev JOIN articles a ON a.rowid = ev.article_rowid
        JOIN entities s ON s.id = ev.source_entity_id JOIN entities t ON t.id = ev.target_entity_id
        LEFT JOIN event_reports r ON ev.negated = 0 AND r.source_entity_id = ev.source_entity_id AND r.type = ev.type
          AND r.target_entity_id = ev.target_entity_id AND r.day = a.day AND r.article_rowid = ev.article_rowid
        WHERE a.is_latest = 1 AND ev.negated = 0 AND ev.source_entity_id <> ev.target_entity_id
          AND s.type <> 'NORP' AND t.type <> 'NORP' -- a demonym is no actor node: it joins its country (iso key) or stays out
        GROUP BY ev.source_entity_id, ev.target_entity_id, ev.type, a.day, r.sources`).all() as EventModel['rows'];
    const types = new Map<number, string>();
    const names = new Map<number, string>();
    for (const [id, name, t] of this.db.prepare('SELECT id, name, type FROM entities').raw().all() as Array<[number, string, string]>) {
      types.set(id, t);
      names.set(id, name);
    }
    const byEntity = new Map<number, EventModel['rows']>();
    for (const r of rows) {
      for (const id of r.source === r.target ? [r.source] : [r.source, r.target]) {
        let list = byEntity.get(id);
        if (!list) byEntity.set(id, (list = []));
        list.push(r);
      }
    }
    const value: EventModel = { rows, byEntity, types, names };
    this.events = { version, value };
    return value;
  }

  /**
   * The co-mention graph from an in-memory read model of (article, day, entities), rebuilt when the data changes: the
   * SQL self-join took 50-100 ms per uncached request and stalled the server under load; a pass over the model takes ~1 ms.
   */
  async coMentionGraph(f: GraphFilter & { minWeight: number }): Promise<{ nodes: DashNode[]; edges: CoMentionEdge[] }> {
    // the PLOVER type and minSources do not filter co-mentions
    const { from, to } = range(f);
    const key = JSON.stringify(['mentions', from, to, f.entityType ?? null, f.entityId ?? null, f.limit, f.minWeight]);
    return this.keptGraph(key, () => this.makeCoMentionGraph(f));
  }

  private makeCoMentionGraph(f: GraphFilter & { minWeight: number }): { nodes: DashNode[]; edges: CoMentionEdge[] } {
    const m = this.mentionModel();
    const { from, to } = range(f);
    const focus = f.entityId ?? null;
    const etype = f.entityType ?? null;
    const inRange = (i: number): boolean => {
      if (!m.latest[i]) return false;
      if (from === null && to === null) return true;
      const day = m.days[i] ?? null;
      return day !== null && (from === null || day >= from) && (to === null || day <= to);
    };
    // the most mentioned entities in the articles in range (those mentioning the focus entity, when one is given)
    const counts = new Int32Array(m.maxId + 1);
    for (let i = 0; i < m.days.length; i++) {
      if (!inRange(i)) continue;
      const lo = m.offsets[i] ?? 0;
      const hi = m.offsets[i + 1] ?? lo;
      if (focus !== null) {
        let has = false;
        for (let k = lo; k < hi && !has; k++) has = m.entityIds[k] === focus;
        if (!has) continue;
      }
      for (let k = lo; k < hi; k++) {
        const id = m.entityIds[k] ?? 0;
        if (etype === null || m.types.get(id) === etype) counts[id] = (counts[id] ?? 0) + 1;
      }
    }
    const top: Array<{ id: number; n: number }> = [];
    for (let id = 0; id < counts.length; id++) if ((counts[id] ?? 0) > 0) top.push({ id, n: counts[id] ?? 0 });
    top.sort((a, b) => b.n - a.n || a.id - b.id);
    top.length = Math.min(top.length, f.limit);
    const ids = top.map((t) => t.id);
    if (focus !== null && focus <= m.maxId && !ids.includes(focus)) ids.push(focus);
    if (ids.length < 2) return { nodes: this.namedNodes(m, top), edges: [] };
    // then how many articles in range mention each pair of them (a dense matrix: at most ~300 x 300)
    const pos = new Int32Array(m.maxId + 1).fill(-1);
    ids.forEach((id, p) => { pos[id] = p; });
    const n = ids.length;
    const pairs = new Int32Array(n * n);
    const here: number[] = [];
    for (let i = 0; i < m.days.length; i++) {
      if (!inRange(i)) continue;
      here.length = 0;
      for (let k = m.offsets[i] ?? 0, hi = m.offsets[i + 1] ?? 0; k < hi; k++) {
        const p = pos[m.entityIds[k] ?? 0] ?? -1;
        if (p >= 0) here.push(p);
      }
      for (let x = 0; x < here.length; x++) {
        const px = here[x] ?? 0;
        for (let y = 0; y < here.length; y++) pairs[px * n + (here[y] ?? 0)] = (pairs[px * n + (here[y] ?? 0)] ?? 0) + 1;
      }
    }
    const edges: CoMentionEdge[] = [];
    for (let x = 0; x < n; x++) {
      for (let y = 0; y < n; y++) {
        const a = ids[x] ?? 0;
        const b = ids[y] ?? 0;
        const weight = pairs[x * n + y] ?? 0;
        if (a < b && weight >= f.minWeight) edges.push({ a, b, weight });
      }
    }
    edges.sort((p, q) => q.weight - p.weight || p.a - q.a || p.b - q.b);
    edges.length = Math.min(edges.length, 400);
    return { nodes: this.namedNodes(m, top), edges };
  }

  private model: { version: string; value: MentionModel } | null = null;

  /** Latest articles with their day and distinct entity ids (CSR arrays), entity names and types; rebuilt when data changes. */
  private mentionModel(): MentionModel {
    const version = this.readVersion();
    if (this.model?.version === version) return this.model.value;
    const rows = this.db.prepare(`SELECT DISTINCT ae.article_rowid AS r, ae.entity_id AS e, a.day, a.is_latest FROM article_entities ae
        JOIN articles a ON a.rowid = ae.article_rowid ORDER BY ae.article_rowid, ae.entity_id`).raw().all() as Array<[number, number, string | null, number]>;
    const offsets: number[] = [0];
    const rowids: number[] = [];
    const days: Array<string | null> = [];
    const latest: number[] = [];
    const entityIds = new Int32Array(rows.length);
    let last = -1;
    let maxId = 0;
    rows.forEach(([r, e, day, isLatest], k) => {
      if (r !== last) {
        if (last !== -1) offsets.push(k);
        rowids.push(r);
        days.push(day);
        latest.push(isLatest ? 1 : 0);
        last = r;
      }
      entityIds[k] = e;
      if (e > maxId) maxId = e;
    });
    offsets.push(rows.length);
    const types = new Map<number, string>();
    const names = new Map<number, string>();
    for (const [id, name, type] of this.db.prepare('SELECT id, name, type FROM entities').raw().all() as Array<[number, string, string]>) {
      types.set(id, type);
      names.set(id, name);
      if (id > maxId) maxId = id;
    }
    const rowIndex = new Map(rowids.map((r, i) => [r, i]));
    const articleTypes = rowids.map((): string[] => []);
    for (const [r, t] of this.db.prepare('SELECT DISTINCT article_rowid, type FROM article_entities').raw().all() as Array<[number, string]>) {
      const i = rowIndex.get(r);
      if (i !== undefined) articleTypes[i]?.push(t);
    }
    const value: MentionModel = {
      rowids: Int32Array.from(rowids), rowIndex, days, latest: Uint8Array.from(latest), offsets: Int32Array.from(offsets), entityIds, articleTypes,
      types, names, maxId,
    };
    this.model = { version, value };
    return value;
  }

  private facetCounts: Int32Array | null = null;

  /** Articles per entity type and the 60 most frequent entities (by articles, then name) over the given article rows. */
  private entityFacets(rowids: number[]): Pick<QueryExtras, 'entityType' | 'entities'> {
    const m = this.mentionModel();
    // counts in an array by entity id (a Map cost ~0.5 ms per search of 500 articles)
    const counts = this.facetCounts && this.facetCounts.length > m.maxId ? this.facetCounts : (this.facetCounts = new Int32Array(m.maxId + 1));
    const seen: number[] = [];
    const perType = new Map<string, number>();
    for (const r of rowids) {
      const i = m.rowIndex.get(r);
      if (i === undefined) continue;
      for (let k = m.offsets[i] ?? 0, hi = m.offsets[i + 1] ?? 0; k < hi; k++) {
        const id = m.entityIds[k] ?? 0;
        if (counts[id] === 0) seen.push(id);
        counts[id] = (counts[id] ?? 0) + 1;
      }
      for (const t of m.articleTypes[i] ?? []) perType.set(t, (perType.get(t) ?? 0) + 1);
    }
    const perEntity = seen.map((id): [number, number] => [id, counts[id] ?? 0]);
    for (const id of seen) counts[id] = 0;
    const byCount = <T extends { count: number; value: string }>(a: T, b: T): number => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
    const entityType: Facet[] = [...perType].map(([value, count]) => ({ value, count })).sort(byCount);
    // only the entities that can be among the 60 are named and sorted: those with at least the 60th highest count
    const named = perEntity.filter(([id]) => m.names.has(id));
    const floor = nthHighest(named.map(([, count]) => count), 60);
    const entities: QueryExtras['entities'] = named.filter(([, count]) => count >= floor)
      .map(([id, count]) => ({ id, value: m.names.get(id) ?? '', type: m.types.get(id) ?? '', count })).sort(byCount).slice(0, 60);
    return { entityType, entities };
  }

  private namedNodes(m: MentionModel, top: Array<{ id: number; n: number }>): DashNode[] {
    return top.filter((t) => m.names.has(t.id)).map((t) => ({ id: t.id, name: m.names.get(t.id) ?? '', type: m.types.get(t.id) ?? '', weight: t.n }))
      .sort((a, b) => b.weight - a.weight || a.id - b.id);
  }

  async evidence(a: number, b: number, f: DateRange & { type?: string | null; limit: number }): Promise<EvidenceRow[]> {
    const p = { ...range(f), a, b, type: f.type ? f.type.toUpperCase() : null, limit: f.limit };
    const events = this.db.prepare(`SELECT a.id AS articleId, a.title, a.published, ev.type, s.name AS sourceName, t.name AS targetName,
        ev.trigger, a.text, ev.start, ev."end" FROM events ev JOIN articles a ON a.rowid = ev.article_rowid
        LEFT JOIN entities s ON s.id = ev.source_entity_id LEFT JOIN entities t ON t.id = ev.target_entity_id
        WHERE ${LATEST_DAY} AND ((ev.source_entity_id = @a AND ev.target_entity_id = @b) OR (ev.source_entity_id = @b AND ev.target_entity_id = @a))
          AND (@type IS NULL OR ev.type = @type)
        ORDER BY a.day DESC, ev.idx LIMIT @limit`).all(p) as Array<Omit<EvidenceRow, 'sentence'> & { text: string; start: number; end: number }>;
    const out: EvidenceRow[] = events.map(({ text, start, end, ...r }) => ({ ...r, sentence: sentenceAround(text, start, end) }));
    if (out.length > 0 || p.type) return out;
    // no event between them: the first sentence in each shared article that mentions one of them
    const shared = this.db.prepare(`SELECT a.id AS articleId, a.title, a.published, a.text, m.start, m."end", ea.name AS sourceName, eb.name AS targetName
        FROM article_entities x JOIN article_entities y ON y.article_rowid = x.article_rowid AND y.entity_id = @b
        JOIN articles a ON a.rowid = x.article_rowid JOIN entities ea ON ea.id = @a JOIN entities eb ON eb.id = @b
        JOIN mentions m ON m.article_rowid = x.article_rowid AND m.local_id = x.local_id
        WHERE x.entity_id = @a AND ${LATEST_DAY} GROUP BY a.rowid HAVING m.start = min(m.start) ORDER BY a.day DESC LIMIT @limit`)
      .all(p) as Array<{ articleId: string; title: string; published: string | null; text: string; start: number; end: number; sourceName: string; targetName: string }>;
    return shared.map(({ text, start, end, ...r }) => ({ ...r, type: null, trigger: null, sentence: sentenceAround(text, start, end) }));
  }

  async places(f: PlaceFilter) {
    const p = { ...range(f), type: f.type ? f.type.toUpperCase() : null, limit: f.limit, minSources: minSourcesOf(f) };
    return this.db.prepare(`SELECT p.name, p.country, avg(p.lat) AS lat, avg(p.lon) AS lon, max(p.geonames) AS geonames, count(DISTINCT p.article_rowid) AS articles
        FROM places p JOIN articles a ON a.rowid = p.article_rowid
        WHERE ${LATEST_DAY} AND (@type IS NULL OR p.article_rowid IN (SELECT article_rowid FROM events WHERE type = @type))
          AND (@minSources IS NULL OR p.article_rowid IN (SELECT article_rowid FROM event_reports WHERE sources >= @minSources))
        GROUP BY p.name, p.country ORDER BY articles DESC, p.name LIMIT @limit`).all(p) as Array<{
      name: string; country: string | null; lat: number; lon: number; geonames: number | null; articles: number;
    }>;
  }

  async placeArticles(name: string, country: string | null, f: PlaceFilter): Promise<ArticleSummary[]> {
    const p = { ...range(f), type: f.type ? f.type.toUpperCase() : null, limit: f.limit, name, country, minSources: minSourcesOf(f) };
    return this.db.prepare(`SELECT a.id, a.version, a.title, a.url, s.name AS source, a.published, a.story_id AS storyId
        FROM articles a LEFT JOIN sources s ON s.id = a.source_id
        WHERE ${LATEST_DAY} AND a.rowid IN (SELECT article_rowid FROM places WHERE name = @name AND (@country IS NULL OR country = @country))
          AND (@type IS NULL OR a.rowid IN (SELECT article_rowid FROM events WHERE type = @type))
          AND (@minSources IS NULL OR a.rowid IN (SELECT article_rowid FROM event_reports WHERE sources >= @minSources))
        ORDER BY a.day DESC, a.rowid DESC LIMIT @limit`).all(p) as ArticleSummary[];
  }

  /** each entity's series by range, kept per data version (the Trends page asks for a few of the same entities again and again) */
  private series: { version: string; byKey: Map<string, SeriesPoint[]> } = { version: '', byKey: new Map() };

  async entitySeries(ids: number[], f: DateRange): Promise<SeriesPoint[]> {
    if (ids.length === 0) return [];
    const r = range(f);
    return inReadTx(this.raw, () => {
      const version = this.readVersion();
      if (this.series.version !== version) this.series = { version, byKey: new Map() };
      const kept = this.series.byKey;
      const out: SeriesPoint[] = [];
      for (const id of new Set(ids)) {
        const key = `${id}:${r.from}:${r.to}`;
        let pts = kept.get(key);
        if (!pts) {
          pts = this.db.prepare(`SELECT CAST(ae.entity_id AS TEXT) AS key, a.day, count(DISTINCT a.rowid) AS count
              FROM article_entities ae JOIN articles a ON a.rowid = ae.article_rowid
              WHERE ae.entity_id = @id AND ${LATEST_DAY} AND a.day IS NOT NULL
              GROUP BY a.day ORDER BY a.day`).all({ ...r, id }) as SeriesPoint[];
          if (kept.size >= 2000) kept.delete(kept.keys().next().value as string);
          kept.set(key, pts);
        }
        out.push(...pts);
      }
      // by day, as one GROUP BY over all of them gave (each entity's points in day order; entities in the order asked)
      return out.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
    });
  }

  async themeSeries(themes: string[] | null, f: DateRange): Promise<SeriesPoint[]> {
    return this.memo(JSON.stringify(['themes', themes, range(f)]), () => this.db.prepare(`SELECT t.theme AS key, a.day, count(*) AS count
        FROM article_themes t JOIN articles a ON a.rowid = t.article_rowid
        WHERE ${LATEST_DAY} AND a.day IS NOT NULL AND (@themes IS NULL OR t.theme IN (SELECT value FROM json_each(@themes)))
        GROUP BY t.theme, a.day ORDER BY a.day`).all({ ...range(f), themes: themes ? JSON.stringify(themes) : null }) as SeriesPoint[]);
  }

  async topThemes(limit: number, f: DateRange): Promise<Facet[]> {
    return this.memo(JSON.stringify(['topThemes', limit, range(f)]), () => this.db.prepare(`SELECT t.theme AS value, count(*) AS count
        FROM article_themes t JOIN articles a ON a.rowid = t.article_rowid
        WHERE ${LATEST_DAY} GROUP BY t.theme ORDER BY count DESC, value LIMIT @limit`).all({ ...range(f), limit }) as Facet[]);
  }

  async dataVersion(): Promise<string> {
    return dataVersionOf(this.raw);
  }

  async rowidOf(articleId: string): Promise<number | null> {
    const r = this.db.prepare('SELECT rowid FROM articles WHERE id = ? AND +is_latest = 1').pluck().get(articleId) as number | undefined;
    return r ?? null;
  }

  private roles: { version: string; byId: Map<number, string | null> } | null = null;

  async entityRoles(ids: number[]): Promise<Array<{ id: number; role: string }>> {
    if (ids.length === 0) return [];
    // each entity's role is read once per data version (the JSON walk cost ~2 ms per graph of 50 nodes)
    const version = this.readVersion();
    if (this.roles?.version !== version) this.roles = { version, byId: new Map() };
    const known = this.roles.byId;
    const missing = [...new Set(ids)].filter((id) => !known.has(id));
    if (missing.length > 0) {
      for (const id of missing) known.set(id, null);
      for (const r of this.readRoles(missing)) known.set(r.id, r.role);
    }
    return [...new Set(ids)].sort((a, b) => a - b).flatMap((id) => {
      const role = known.get(id);
      return role === null || role === undefined ? [] : [{ id, role }];
    });
  }

  private readRoles(ids: number[]): Array<{ id: number; role: string }> {
    // one analysis per entity (its newest article): the role is stored on the analysis entity, not in a column
    return this.db.prepare(`SELECT x.entity_id AS id, min(json_extract(e.value, '$.kb.role')) AS role
        FROM (SELECT ae.entity_id, max(ae.article_rowid) AS r FROM article_entities ae JOIN entities en ON en.id = ae.entity_id
              WHERE ae.entity_id IN (SELECT value FROM json_each(@ids)) AND en.type IN ('ORG', 'PERSON') GROUP BY ae.entity_id) x
        JOIN article_entities ae ON ae.article_rowid = x.r AND ae.entity_id = x.entity_id
        JOIN analyses an ON an.article_rowid = x.r, json_each(an.json, '$.entities') e
        WHERE json_extract(e.value, '$.id') = ae.local_id AND json_extract(e.value, '$.kb.role') IS NOT NULL
        GROUP BY x.entity_id ORDER BY x.entity_id`).all({ ids: JSON.stringify(ids) }) as Array<{ id: number; role: string }>;
  }
}
