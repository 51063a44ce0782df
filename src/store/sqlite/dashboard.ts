// Dashboard read models in SQLite: query extras (per day, country and entity-type facets), graphs, evidence, places, trends.
import type { Db } from './open.js';
import { articleFilters } from './search.js';
import type { ArticleSummary, Facet, SearchQuery } from '../types.js';
import type {
  CoMentionEdge, DashboardRepo, DashNode, DateRange, EventEdge, EvidenceRow, GraphFilter, PlaceFilter, QueryExtras, SeriesPoint,
} from '../dashboard-types.js';

const LATEST_DAY = 'a.is_latest = 1 AND (@from IS NULL OR a.day >= @from) AND (@to IS NULL OR a.day <= @to)';

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

export class SqliteDashboardRepo implements DashboardRepo {
  constructor(private readonly db: Db) {}

  /** the search repository's filters, as a WHERE clause over `articles a` */
  private filters(q: SearchQuery): { where: string; params: Record<string, unknown> } | null {
    const f = articleFilters(this.db, q);
    if (!f) return null;
    return { where: ['a.is_latest = 1', ...f.sets.map((x) => x.replaceAll('{R}', 'a.rowid'))].join(' AND '), params: f.params };
  }

  async queryExtras(q: SearchQuery, fts: string): Promise<QueryExtras> {
    const f = this.filters(q);
    if (!f) return { perDay: [], country: [], entityType: [], entities: [] };
    const from = fts ? 'FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid' : 'FROM articles a';
    const match = fts ? 'articles_fts MATCH @fts AND ' : '';
    const params = { ...f.params, fts: fts || null };
    const db = this.db;
    db.exec('CREATE TEMP TABLE IF NOT EXISTS dash_hits (rowid INTEGER PRIMARY KEY, day TEXT)');
    return db.transaction(() => {
      db.exec('DELETE FROM temp.dash_hits');
      db.prepare(`INSERT INTO temp.dash_hits SELECT a.rowid, a.day ${from} WHERE ${match}${f.where}`).run(params);
      const perDay = db.prepare('SELECT day, count(*) AS count FROM temp.dash_hits WHERE day IS NOT NULL GROUP BY day ORDER BY day').all() as QueryExtras['perDay'];
      const country = db.prepare(`SELECT p.country AS value, count(DISTINCT p.article_rowid) AS count FROM places p
          WHERE p.article_rowid IN (SELECT rowid FROM temp.dash_hits) AND p.country IS NOT NULL GROUP BY p.country ORDER BY count DESC, value LIMIT 20`).all() as Facet[];
      const entityType = db.prepare(`SELECT type AS value, count(DISTINCT article_rowid) AS count FROM article_entities
          WHERE article_rowid IN (SELECT rowid FROM temp.dash_hits) GROUP BY type ORDER BY count DESC, value`).all() as Facet[];
      const entities = db.prepare(`SELECT e.id, e.name AS value, e.type, count(DISTINCT ae.article_rowid) AS count FROM article_entities ae
          JOIN entities e ON e.id = ae.entity_id WHERE ae.article_rowid IN (SELECT rowid FROM temp.dash_hits)
          GROUP BY e.id ORDER BY count DESC, e.name LIMIT 60`).all() as QueryExtras['entities'];
      return { perDay, country, entityType, entities };
    })();
  }

  private focusIds(f: GraphFilter): number[] | null {
    return f.entityId != null ? [f.entityId] : null;
  }

  async eventGraph(f: GraphFilter): Promise<{ nodes: DashNode[]; edges: EventEdge[] }> {
    const p = {
      ...range(f), type: f.type ? f.type.toUpperCase() : null, etype: f.entityType ?? null, entity: f.entityId ?? null, limit: f.limit,
    };
    const edges = this.db.prepare(`SELECT ev.source_entity_id AS source, ev.target_entity_id AS target, ev.type, count(*) AS count
        FROM events ev JOIN articles a ON a.rowid = ev.article_rowid
        JOIN entities s ON s.id = ev.source_entity_id JOIN entities t ON t.id = ev.target_entity_id
        WHERE ${LATEST_DAY} AND ev.negated = 0 AND ev.source_entity_id <> ev.target_entity_id
          AND (@type IS NULL OR ev.type = @type)
          AND (@etype IS NULL OR s.type = @etype OR t.type = @etype)
          AND (@entity IS NULL OR ev.source_entity_id = @entity OR ev.target_entity_id = @entity)
        GROUP BY ev.source_entity_id, ev.target_entity_id, ev.type ORDER BY count DESC LIMIT @limit`).all(p) as EventEdge[];
    return { nodes: this.nodesFor(edges.flatMap((e) => [[e.source, e.count], [e.target, e.count]] as Array<[number, number]>)), edges };
  }

  private nodesFor(weights: Array<[number, number]>): DashNode[] {
    const w = new Map<number, number>();
    for (const [id, n] of weights) w.set(id, (w.get(id) ?? 0) + n);
    if (w.size === 0) return [];
    const rows = this.db.prepare('SELECT id, name, type FROM entities WHERE id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify([...w.keys()])) as Array<{ id: number; name: string; type: string }>;
    return rows.map((r) => ({ ...r, weight: w.get(r.id) ?? 0 })).sort((a, b) => b.weight - a.weight || a.id - b.id);
  }

  async coMentionGraph(f: GraphFilter & { minWeight: number }): Promise<{ nodes: DashNode[]; edges: CoMentionEdge[] }> {
    const p = { ...range(f), etype: f.entityType ?? null, limit: f.limit, entity: f.entityId ?? null };
    // the most mentioned entities (with the focus entity's neighbours first when one is given), then the pairs among them
    const focus = this.focusIds(f);
    const top = this.db.prepare(`SELECT ae.entity_id AS id, count(DISTINCT ae.article_rowid) AS n FROM article_entities ae
        JOIN articles a ON a.rowid = ae.article_rowid JOIN entities e ON e.id = ae.entity_id
        WHERE ${LATEST_DAY} AND (@etype IS NULL OR e.type = @etype)
          AND (@entity IS NULL OR ae.article_rowid IN (SELECT article_rowid FROM article_entities WHERE entity_id = @entity))
        GROUP BY ae.entity_id ORDER BY n DESC LIMIT @limit`).all(p) as Array<{ id: number; n: number }>;
    const ids = top.map((t) => t.id);
    if (focus) for (const id of focus) if (!ids.includes(id)) ids.push(id);
    if (ids.length < 2) return { nodes: this.nodesFor(top.map((t) => [t.id, t.n])), edges: [] };
    const edges = this.db.prepare(`SELECT x.entity_id AS a, y.entity_id AS b, count(DISTINCT x.article_rowid) AS weight
        FROM article_entities x JOIN articles a ON a.rowid = x.article_rowid
        JOIN article_entities y ON y.article_rowid = x.article_rowid AND x.entity_id < y.entity_id
        WHERE ${LATEST_DAY} AND x.entity_id IN (SELECT value FROM json_each(@ids)) AND y.entity_id IN (SELECT value FROM json_each(@ids))
        GROUP BY x.entity_id, y.entity_id HAVING weight >= @min ORDER BY weight DESC LIMIT 400`)
      .all({ ...range(f), ids: JSON.stringify(ids), min: f.minWeight }) as CoMentionEdge[];
    return { nodes: this.nodesFor(top.map((t) => [t.id, t.n])), edges };
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
    const p = { ...range(f), type: f.type ? f.type.toUpperCase() : null, limit: f.limit };
    return this.db.prepare(`SELECT p.name, p.country, avg(p.lat) AS lat, avg(p.lon) AS lon, max(p.geonames) AS geonames, count(DISTINCT p.article_rowid) AS articles
        FROM places p JOIN articles a ON a.rowid = p.article_rowid
        WHERE ${LATEST_DAY} AND (@type IS NULL OR p.article_rowid IN (SELECT article_rowid FROM events WHERE type = @type))
        GROUP BY p.name, p.country ORDER BY articles DESC, p.name LIMIT @limit`).all(p) as Array<{
      name: string; country: string | null; lat: number; lon: number; geonames: number | null; articles: number;
    }>;
  }

  async placeArticles(name: string, country: string | null, f: PlaceFilter): Promise<ArticleSummary[]> {
    const p = { ...range(f), type: f.type ? f.type.toUpperCase() : null, limit: f.limit, name, country };
    return this.db.prepare(`SELECT a.id, a.version, a.title, a.url, s.name AS source, a.published, a.story_id AS storyId
        FROM articles a LEFT JOIN sources s ON s.id = a.source_id
        WHERE ${LATEST_DAY} AND a.rowid IN (SELECT article_rowid FROM places WHERE name = @name AND (@country IS NULL OR country = @country))
          AND (@type IS NULL OR a.rowid IN (SELECT article_rowid FROM events WHERE type = @type))
        ORDER BY a.day DESC, a.rowid DESC LIMIT @limit`).all(p) as ArticleSummary[];
  }

  async entitySeries(ids: number[], f: DateRange): Promise<SeriesPoint[]> {
    if (ids.length === 0) return [];
    return this.db.prepare(`SELECT CAST(ae.entity_id AS TEXT) AS key, a.day, count(DISTINCT a.rowid) AS count
        FROM article_entities ae JOIN articles a ON a.rowid = ae.article_rowid
        WHERE ae.entity_id IN (SELECT value FROM json_each(@ids)) AND ${LATEST_DAY} AND a.day IS NOT NULL
        GROUP BY ae.entity_id, a.day ORDER BY a.day`).all({ ...range(f), ids: JSON.stringify(ids) }) as SeriesPoint[];
  }

  async themeSeries(themes: string[] | null, f: DateRange): Promise<SeriesPoint[]> {
    return this.db.prepare(`SELECT t.theme AS key, a.day, count(*) AS count
        FROM article_themes t JOIN articles a ON a.rowid = t.article_rowid
        WHERE ${LATEST_DAY} AND a.day IS NOT NULL AND (@themes IS NULL OR t.theme IN (SELECT value FROM json_each(@themes)))
        GROUP BY t.theme, a.day ORDER BY a.day`).all({ ...range(f), themes: themes ? JSON.stringify(themes) : null }) as SeriesPoint[];
  }

  async topThemes(limit: number, f: DateRange): Promise<Facet[]> {
    return this.db.prepare(`SELECT t.theme AS value, count(*) AS count
        FROM article_themes t JOIN articles a ON a.rowid = t.article_rowid
        WHERE ${LATEST_DAY} GROUP BY t.theme ORDER BY count DESC, value LIMIT @limit`).all({ ...range(f), limit }) as Facet[];
  }

  dataVersion(): string {
    const dv = this.db.pragma('data_version', { simple: true }) as number;
    const r = this.db.prepare('SELECT (SELECT max(rowid) FROM articles) AS a, (SELECT max(id) FROM alerts) AS x, (SELECT count(*) FROM watchlists) AS w')
      .get() as { a: number | null; x: number | null; w: number };
    return `${dv}:${r.a ?? 0}:${r.x ?? 0}:${r.w}`;
  }

  async rowidOf(articleId: string): Promise<number | null> {
    const r = this.db.prepare('SELECT rowid FROM articles WHERE id = ? AND +is_latest = 1').pluck().get(articleId) as number | undefined;
    return r ?? null;
  }
}
