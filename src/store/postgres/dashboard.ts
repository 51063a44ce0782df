// Dashboard read models in PostgreSQL: query extras (per day, country and entity-type facets), graphs, evidence, places,
// trends. The same answers as the SQLite repository, computed in SQL (SQLite keeps an in-memory model for the co-mention
// graph; PostgreSQL's planner handles the self-join).
import type { PgDb } from './db.js';
import { pgArticleFilters, MATCH } from './search.js';
import { FACET_DEPTH } from '../sqlite/search.js';
import { minSourcesOf, sentenceAround } from '../sqlite/dashboard.js';
import { toTsQuery } from './tsquery.js';
import type { ArticleSummary, Facet, SearchQuery } from '../types.js';
import type {
  CoMentionEdge, DashboardRepo, DashNode, DateRange, EventEdge, EvidenceRow, GraphFilter, PlaceFilter, QueryExtras, SeriesPoint,
} from '../dashboard-types.js';

const LATEST_DAY = 'a.is_latest = 1 AND (@from::text IS NULL OR a.day >= @from::text) AND (@to::text IS NULL OR a.day <= @to::text)';

function range(f: DateRange): { from: string | null; to: string | null } {
  return { from: f.from ? f.from.slice(0, 10) : null, to: f.to ? f.to.slice(0, 10) : null };
}

const SUMMARY = `a.id, a.version, a.title, a.url, s.name AS source, a.published, a.story_id AS "storyId"`;

export class PgDashboardRepo implements DashboardRepo {
  constructor(private readonly db: PgDb) {}

  async queryExtras(q: SearchQuery, fts: string): Promise<QueryExtras> {
    const none: QueryExtras = { perDay: [], country: [], entityType: [], entities: [] };
    const f = await pgArticleFilters(this.db, q);
    if (!f) return none;
    const where = ['a.is_latest = 1', ...f.where];
    const params: Record<string, unknown> = { ...f.params, depth: FACET_DEPTH };
    if (fts.trim() !== '' && fts.trim() !== '*') {
      const t = toTsQuery(fts.trim());
      if (t.tsquery === null) return none;
      params.tsq = t.tsquery;
      where.push(MATCH);
    }
    const w = where.join(' AND ');
    const perDay = await this.db.all<QueryExtras['perDay'][number]>(`SELECT a.day, count(*) AS count FROM articles a WHERE ${w} AND a.day IS NOT NULL
        GROUP BY a.day ORDER BY a.day`, params);
    // the facets count the FACET_DEPTH newest matches, as the search facets do
    const newest = await this.db.column<number>(`SELECT a.rowid FROM articles a WHERE ${w} ORDER BY a.rowid DESC LIMIT @depth`, params);
    if (newest.length === 0) return { perDay, country: [], entityType: [], entities: [] };
    const country = await this.db.all<Facet>(`SELECT p.country AS value, count(DISTINCT p.article_rowid) AS count FROM places p
        WHERE p.article_rowid = ANY($1::int[]) AND p.country IS NOT NULL GROUP BY p.country ORDER BY count DESC, p.country COLLATE "C" LIMIT 20`, [newest]);
    const entityType = await this.db.all<Facet>(`SELECT type AS value, count(DISTINCT article_rowid) AS count FROM article_entities
        WHERE article_rowid = ANY($1::int[]) GROUP BY type ORDER BY count DESC, type COLLATE "C"`, [newest]);
    const entities = await this.db.all<QueryExtras['entities'][number]>(`SELECT e.id, e.name AS value, e.type, t.count FROM
        (SELECT entity_id, count(DISTINCT article_rowid) AS count FROM article_entities WHERE article_rowid = ANY($1::int[]) GROUP BY entity_id) t
        JOIN entities e ON e.id = t.entity_id ORDER BY t.count DESC, e.name COLLATE "C", e.id LIMIT 60`, [newest]);
    return { perDay, country, entityType, entities };
  }

  async eventGraph(f: GraphFilter): Promise<{ nodes: DashNode[]; edges: EventEdge[] }> {
    const p = {
      ...range(f), type: f.type ? f.type.toUpperCase() : null, etype: f.entityType ?? null, entity: f.entityId ?? null, limit: f.limit,
      minSources: minSourcesOf(f),
    };
    const edges = await this.db.all<EventEdge>(`SELECT ev.source_entity_id AS source, ev.target_entity_id AS target, ev.type, count(*) AS count,
          coalesce(max(r.sources), 1) AS sources
        FROM events ev JOIN articles a ON a.rowid = ev.article_rowid
        JOIN entities s ON s.id = ev.source_entity_id JOIN entities t ON t.id = ev.target_entity_id
        LEFT JOIN event_reports r ON ev.negated = 0 AND r.source_entity_id = ev.source_entity_id AND r.type = ev.type
          AND r.target_entity_id = ev.target_entity_id AND r.day = a.day AND r.article_rowid = ev.article_rowid
        WHERE ${LATEST_DAY} AND ev.negated = 0 AND (@minSources::int IS NULL OR r.sources >= @minSources::int) AND ev.source_entity_id <> ev.target_entity_id
          AND s.type <> 'NORP' AND t.type <> 'NORP'
          AND (@type::text IS NULL OR ev.type = @type::text)
          AND (@etype::text IS NULL OR s.type = @etype::text OR t.type = @etype::text)
          AND (@entity::int IS NULL OR ev.source_entity_id = @entity::int OR ev.target_entity_id = @entity::int)
        GROUP BY ev.source_entity_id, ev.target_entity_id, ev.type ORDER BY count DESC, source, target, ev.type LIMIT @limit`, p);
    return { nodes: await this.nodesFor(edges.flatMap((e) => [[e.source, e.count], [e.target, e.count]] as Array<[number, number]>)), edges };
  }

  private async nodesFor(weights: Array<[number, number]>): Promise<DashNode[]> {
    const w = new Map<number, number>();
    for (const [id, n] of weights) w.set(id, (w.get(id) ?? 0) + n);
    if (w.size === 0) return [];
    const rows = await this.db.all<{ id: number; name: string; type: string }>('SELECT id, name, type FROM entities WHERE id = ANY($1::int[])', [[...w.keys()]]);
    return rows.map((r) => ({ ...r, weight: w.get(r.id) ?? 0 })).sort((a, b) => b.weight - a.weight || a.id - b.id);
  }

  async coMentionGraph(f: GraphFilter & { minWeight: number }): Promise<{ nodes: DashNode[]; edges: CoMentionEdge[] }> {
    const p = { ...range(f), focus: f.entityId ?? null, etype: f.entityType ?? null, limit: f.limit };
    // the most mentioned entities in the articles in range (those mentioning the focus entity, when one is given)
    const top = await this.db.all<{ id: number; name: string; type: string; n: number }>(`SELECT e.id, e.name, e.type, t.n FROM
        (SELECT ae.entity_id, count(DISTINCT ae.article_rowid) AS n FROM article_entities ae JOIN articles a ON a.rowid = ae.article_rowid
          WHERE ${LATEST_DAY}
            AND (@focus::int IS NULL OR ae.article_rowid IN (SELECT article_rowid FROM article_entities WHERE entity_id = @focus::int))
          GROUP BY ae.entity_id) t JOIN entities e ON e.id = t.entity_id
        WHERE (@etype::text IS NULL OR e.type = @etype::text) ORDER BY t.n DESC, e.id LIMIT @limit`, p);
    const nodes: DashNode[] = top.map((t) => ({ id: t.id, name: t.name, type: t.type, weight: t.n }));
    const ids = top.map((t) => t.id);
    if (p.focus !== null && !ids.includes(p.focus) && (await this.db.value('SELECT 1 FROM entities WHERE id = $1', [p.focus])) !== undefined) ids.push(p.focus);
    if (ids.length < 2) return { nodes, edges: [] };
    // then how many articles in range mention each pair of them
    const edges = await this.db.all<CoMentionEdge>(`SELECT x.entity_id AS a, y.entity_id AS b, count(DISTINCT x.article_rowid) AS weight
        FROM article_entities x JOIN article_entities y ON y.article_rowid = x.article_rowid AND x.entity_id < y.entity_id
        JOIN articles a ON a.rowid = x.article_rowid
        WHERE ${LATEST_DAY} AND x.entity_id = ANY(@ids::int[]) AND y.entity_id = ANY(@ids::int[])
        GROUP BY x.entity_id, y.entity_id HAVING count(DISTINCT x.article_rowid) >= @min
        ORDER BY weight DESC, a, b LIMIT 400`, { ...range(f), ids, min: f.minWeight });
    return { nodes, edges };
  }

  async evidence(a: number, b: number, f: DateRange & { type?: string | null; limit: number }): Promise<EvidenceRow[]> {
    const p = { ...range(f), a, b, type: f.type ? f.type.toUpperCase() : null, limit: f.limit };
    const events = await this.db.all<Omit<EvidenceRow, 'sentence'> & { text: string; start: number; end: number }>(`SELECT a.id AS "articleId",
        a.title, a.published, ev.type, s.name AS "sourceName", t.name AS "targetName", ev.trigger, a.text, ev.start, ev."end"
        FROM events ev JOIN articles a ON a.rowid = ev.article_rowid
        LEFT JOIN entities s ON s.id = ev.source_entity_id LEFT JOIN entities t ON t.id = ev.target_entity_id
        WHERE ${LATEST_DAY} AND ((ev.source_entity_id = @a::int AND ev.target_entity_id = @b::int) OR (ev.source_entity_id = @b::int AND ev.target_entity_id = @a::int))
          AND (@type::text IS NULL OR ev.type = @type::text)
        ORDER BY a.day DESC NULLS LAST, ev.idx LIMIT @limit`, p);
    const out: EvidenceRow[] = events.map(({ text, start, end, ...r }) => ({ ...r, sentence: sentenceAround(text, start, end) }));
    if (out.length > 0 || p.type) return out;
    // no event between them: the first sentence in each shared article that mentions one of them
    const shared = await this.db.all<{ articleId: string; title: string; published: string | null; text: string; start: number; end: number; sourceName: string; targetName: string }>(`
      SELECT * FROM (SELECT DISTINCT ON (a.rowid) a.id AS "articleId", a.title, a.published, a.text, m.start, m."end", ea.name AS "sourceName",
          eb.name AS "targetName", a.day, a.rowid
        FROM article_entities x JOIN article_entities y ON y.article_rowid = x.article_rowid AND y.entity_id = @b::int
        JOIN articles a ON a.rowid = x.article_rowid JOIN entities ea ON ea.id = @a::int JOIN entities eb ON eb.id = @b::int
        JOIN mentions m ON m.article_rowid = x.article_rowid AND m.local_id = x.local_id
        WHERE x.entity_id = @a::int AND ${LATEST_DAY} ORDER BY a.rowid, m.start) t
      ORDER BY t.day DESC NULLS LAST, t.rowid DESC LIMIT @limit`, p);
    return shared.map(({ text, start, end, articleId, title, published, sourceName, targetName }) => ({
      articleId, title, published, sourceName, targetName, type: null, trigger: null, sentence: sentenceAround(text, start, end),
    }));
  }

  async places(f: PlaceFilter) {
    const p = { ...range(f), type: f.type ? f.type.toUpperCase() : null, limit: f.limit, minSources: minSourcesOf(f) };
    return this.db.all<{ name: string; country: string | null; lat: number; lon: number; geonames: number | null; articles: number }>(`SELECT p.name,
        p.country, avg(p.lat) AS lat, avg(p.lon) AS lon, max(p.geonames) AS geonames, count(DISTINCT p.article_rowid) AS articles
        FROM places p JOIN articles a ON a.rowid = p.article_rowid
        WHERE ${LATEST_DAY} AND (@type::text IS NULL OR p.article_rowid IN (SELECT article_rowid FROM events WHERE type = @type::text))
          AND (@minSources::int IS NULL OR p.article_rowid IN (SELECT article_rowid FROM event_reports WHERE sources >= @minSources::int))
        GROUP BY p.name, p.country ORDER BY articles DESC, p.name COLLATE "C" LIMIT @limit`, p);
  }

  async placeArticles(name: string, country: string | null, f: PlaceFilter): Promise<ArticleSummary[]> {
    const p = { ...range(f), type: f.type ? f.type.toUpperCase() : null, limit: f.limit, name, country, minSources: minSourcesOf(f) };
    return this.db.all<ArticleSummary>(`SELECT ${SUMMARY} FROM articles a LEFT JOIN sources s ON s.id = a.source_id
        WHERE ${LATEST_DAY} AND a.rowid IN (SELECT article_rowid FROM places WHERE name = @name::text AND (@country::text IS NULL OR country = @country::text))
          AND (@type::text IS NULL OR a.rowid IN (SELECT article_rowid FROM events WHERE type = @type::text))
          AND (@minSources::int IS NULL OR a.rowid IN (SELECT article_rowid FROM event_reports WHERE sources >= @minSources::int))
        ORDER BY a.day DESC NULLS LAST, a.rowid DESC LIMIT @limit`, p);
  }

  async entitySeries(ids: number[], f: DateRange): Promise<SeriesPoint[]> {
    if (ids.length === 0) return [];
    return this.db.all<SeriesPoint>(`SELECT CAST(ae.entity_id AS TEXT) AS key, a.day, count(DISTINCT a.rowid) AS count
        FROM article_entities ae JOIN articles a ON a.rowid = ae.article_rowid
        WHERE ae.entity_id = ANY(@ids::int[]) AND ${LATEST_DAY} AND a.day IS NOT NULL
        GROUP BY ae.entity_id, a.day ORDER BY a.day, ae.entity_id`, { ...range(f), ids });
  }

  async themeSeries(themes: string[] | null, f: DateRange): Promise<SeriesPoint[]> {
    return this.db.all<SeriesPoint>(`SELECT t.theme AS key, a.day, count(*) AS count
        FROM article_themes t JOIN articles a ON a.rowid = t.article_rowid
        WHERE ${LATEST_DAY} AND a.day IS NOT NULL AND (@themes::text[] IS NULL OR t.theme = ANY(@themes::text[]))
        GROUP BY t.theme, a.day ORDER BY a.day, t.theme COLLATE "C"`, { ...range(f), themes });
  }

  async topThemes(limit: number, f: DateRange): Promise<Facet[]> {
    return this.db.all<Facet>(`SELECT t.theme AS value, count(*) AS count
        FROM article_themes t JOIN articles a ON a.rowid = t.article_rowid
        WHERE ${LATEST_DAY} GROUP BY t.theme ORDER BY count DESC, t.theme COLLATE "C" LIMIT @limit`, { ...range(f), limit });
  }

  /** the next transaction id of the server: it moves with every write (from any process), never with a read */
  async dataVersion(): Promise<string> {
    return (await this.db.value<string>('SELECT pg_snapshot_xmax(pg_current_snapshot())::text')) ?? '';
  }

  async rowidOf(articleId: string): Promise<number | null> {
    return (await this.db.value<number>('SELECT rowid FROM articles WHERE id = $1 AND is_latest = 1', [articleId])) ?? null;
  }

  async entityRoles(ids: number[]): Promise<Array<{ id: number; role: string }>> {
    if (ids.length === 0) return [];
    return this.db.all<{ id: number; role: string }>(`SELECT x.entity_id AS id, min(e->'kb'->>'role') AS role
        FROM (SELECT ae.entity_id, max(ae.article_rowid) AS r FROM article_entities ae JOIN entities en ON en.id = ae.entity_id
              WHERE ae.entity_id = ANY(@ids::int[]) AND en.type IN ('ORG', 'PERSON') GROUP BY ae.entity_id) x
        JOIN article_entities ae ON ae.article_rowid = x.r AND ae.entity_id = x.entity_id
        JOIN analyses an ON an.article_rowid = x.r
        CROSS JOIN LATERAL jsonb_array_elements(an.json::jsonb -> 'entities') e
        WHERE e->>'id' = ae.local_id AND e->'kb'->>'role' IS NOT NULL
        GROUP BY x.entity_id ORDER BY x.entity_id`, { ids });
  }
}
