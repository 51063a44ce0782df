// Global entities in PostgreSQL: look-up by name, the profile read model, co-occurrence graph, and manual merge/split.
import type { PgDb } from './db.js';
import type { EntityProfile, EntityRepo, EntitySummary, GraphEdge, GraphNode } from '../types.js';
import { PgEntityWriter } from './entity-writer.js';
import { normalizeName } from '../normalize.js';
import { LATEST, type EntityRow } from '../rows.js';
import { toExample, type ExampleRow } from '../corroboration-types.js';

export class PgEntityRepo implements EntityRepo {
  private readonly writer = new PgEntityWriter();

  constructor(private readonly db: PgDb) {}

  async resolve(keys: string[][]): Promise<Array<number | null>> {
    await this.writer.refreshRules(this.db);
    return this.writer.resolveAll(this.db, keys);
  }

  private async summaries(rows: EntityRow[]): Promise<EntitySummary[]> {
    if (rows.length === 0) return [];
    const counts = new Map((await this.db.all<{ id: number; n: number }>(`SELECT ae.entity_id AS id, count(DISTINCT ae.article_rowid) AS n
        FROM article_entities ae ${LATEST} WHERE ae.entity_id = ANY($1::int[]) GROUP BY ae.entity_id`, [rows.map((r) => r.id)])).map((r) => [r.id, r.n]));
    return rows.map((r) => ({ id: r.id, key: r.key, name: r.name, type: r.type, articles: counts.get(r.id) ?? 0 }));
  }

  async get(id: number): Promise<EntitySummary | null> {
    const r = await this.db.one<EntityRow>('SELECT * FROM entities WHERE id = $1', [id]);
    return r ? ((await this.summaries([r]))[0] ?? null) : null;
  }

  async find(name: string, limit = 10): Promise<EntitySummary[]> {
    const q = name.trim();
    const byKey = await this.db.all<EntityRow>('SELECT e.* FROM entity_keys k JOIN entities e ON e.id = k.entity_id WHERE k.key = $1', [q]);
    const n = normalizeName(q);
    let rows = byKey.length ? byKey : await this.db.all<EntityRow>(`SELECT e.* FROM entities e WHERE e.norm = $1
        UNION SELECT e.* FROM entity_aliases al JOIN entities e ON e.id = al.entity_id WHERE al.norm = $1`, [n]);
    if (rows.length === 0 && n.length >= 2) {
      rows = await this.db.all<EntityRow>(`SELECT DISTINCT e.* FROM entity_aliases al JOIN entities e ON e.id = al.entity_id
        WHERE al.norm LIKE $1 ESCAPE '\\' LIMIT 200`, [n.replace(/[%_\\]/g, (c) => '\\' + c) + '%']);
    }
    const seen = new Set<number>();
    const unique = rows.filter((r) => !seen.has(r.id) && seen.add(r.id));
    const out = await this.summaries(unique);
    out.sort((a, b) => b.articles - a.articles || a.id - b.id);
    return out.slice(0, limit);
  }

  async profile(id: number, opts: { quotes?: number; cooccurring?: number; examples?: number } = {}): Promise<EntityProfile | null> {
    const db = this.db;
    const e = await db.one<EntityRow>('SELECT * FROM entities WHERE id = $1', [id]);
    if (!e) return null;
    const agg = (await db.one<{ articles: number; mentions: number; first: string | null; last: string | null }>(`SELECT
        count(DISTINCT ae.article_rowid) AS articles, coalesce(sum(ae.mention_count), 0) AS mentions, min(a.day) AS first, max(a.day) AS last
        FROM article_entities ae ${LATEST} WHERE ae.entity_id = $1`, [id])) as { articles: number; mentions: number; first: string | null; last: string | null };
    const quotes = await db.all<EntityProfile['quotes'][number]>(`SELECT q.text, q.kind, a.id AS "articleId", a.title, a.published FROM quotes q
        JOIN articles a ON a.rowid = q.article_rowid AND a.is_latest = 1
        WHERE q.speaker_entity_id = $1 ORDER BY (q.kind = 'direct') DESC, a.day DESC NULLS LAST, length(q.text) DESC LIMIT $2`, [id, opts.quotes ?? 5]);
    const cooccurring = await db.all<EntityProfile['cooccurring'][number]>(`SELECT o.id, o.name, o.type, count(DISTINCT ae2.article_rowid) AS articles
        FROM article_entities ae ${LATEST}
        JOIN article_entities ae2 ON ae2.article_rowid = ae.article_rowid AND ae2.entity_id <> ae.entity_id
        JOIN entities o ON o.id = ae2.entity_id
        WHERE ae.entity_id = $1 GROUP BY o.id ORDER BY articles DESC, o.id LIMIT $2`, [id, opts.cooccurring ?? 10]);
    const events = async (role: 'source' | 'target'): Promise<EntityProfile['eventsAsActor']> => {
      const other = role === 'source' ? 'target' : 'source';
      const types = await db.all<{ type: string; count: number }>(`SELECT ev.type, count(*) AS count FROM events ev
          JOIN articles a ON a.rowid = ev.article_rowid AND a.is_latest = 1
          WHERE ev.${role}_entity_id = $1 GROUP BY ev.type ORDER BY count DESC, ev.type`, [id]);
      const out: EntityProfile['eventsAsActor'] = [];
      for (const t of types) {
        const examples = (await db.all<ExampleRow>(`SELECT o.name AS other, ev.trigger,
            a.id AS "articleId", coalesce(r.sources, 1) AS sources, ev.source_entity_id AS s, ev.target_entity_id AS g, ev.negated
            FROM events ev JOIN articles a ON a.rowid = ev.article_rowid AND a.is_latest = 1
            LEFT JOIN entities o ON o.id = ev.${other}_entity_id
            LEFT JOIN event_reports r ON ev.negated = 0 AND r.source_entity_id = ev.source_entity_id AND r.type = ev.type
            AND r.target_entity_id = ev.target_entity_id AND r.day = a.day AND r.article_rowid = ev.article_rowid
            WHERE ev.${role}_entity_id = $1 AND ev.type = $2 ORDER BY a.day DESC NULLS LAST LIMIT $3`, [id, t.type, opts.examples ?? 3])).map(toExample);
        out.push({ ...t, examples });
      }
      return out;
    };
    return {
      id: e.id, key: e.key, name: e.name, type: e.type,
      kb: { wikidata: e.wikidata, geonames: e.geonames, iso3166: e.iso3166 },
      keys: await db.column<string>('SELECT key FROM entity_keys WHERE entity_id = $1 ORDER BY key', [id]),
      aliases: await db.all<{ alias: string; n: number }>('SELECT alias, n FROM entity_aliases WHERE entity_id = $1 ORDER BY n DESC, alias LIMIT 50', [id]),
      titles: await db.all<{ title: string; n: number }>('SELECT title, n FROM entity_titles WHERE entity_id = $1 ORDER BY n DESC, title LIMIT 20', [id]),
      articles: agg.articles, mentions: agg.mentions, firstSeen: agg.first, lastSeen: agg.last,
      quotes, cooccurring, eventsAsActor: await events('source'), eventsAsTarget: await events('target'),
      parts: await db.all<{ key: string; articles: number }>(`SELECT orig_key AS key, count(DISTINCT article_rowid) AS articles FROM article_entities
          WHERE entity_id = $1 GROUP BY orig_key ORDER BY articles DESC, orig_key`, [id]),
    };
  }

  async merge(fromId: number, intoId: number): Promise<void> {
    if (fromId === intoId) return;
    await this.db.tx(async (t) => {
      await t.query("SELECT pg_advisory_xact_lock(hashtext('argus-entity-rules'))");
      const from = await t.one<EntityRow>('SELECT * FROM entities WHERE id = $1 FOR UPDATE', [fromId]);
      const into = await t.one<EntityRow>('SELECT * FROM entities WHERE id = $1 FOR UPDATE', [intoId]);
      if (!from || !into) throw new Error(`no entity ${from ? intoId : fromId}`);
      const at = new Date().toISOString();
      const keys = await t.column<string>('SELECT key FROM entity_keys WHERE entity_id = $1', [fromId]);
      for (const k of keys) {
        if (k === into.key) continue;
        await t.run(`INSERT INTO entity_rules (key, target_key, kind, created_at) VALUES ($1, $2, 'merge', $3)
            ON CONFLICT (key) DO UPDATE SET target_key = excluded.target_key, kind = excluded.kind, created_at = excluded.created_at`, [k, into.key, at]);
      }
      await t.run('UPDATE entity_rules SET target_key = $1 WHERE target_key = $2 AND key <> $1', [into.key, from.key]);
      await t.run('DELETE FROM entity_rules WHERE key = $1 AND target_key = $1', [into.key]);
      await t.run('UPDATE entity_keys SET entity_id = $1 WHERE entity_id = $2', [intoId, fromId]);
      await this.moveFacts(t, fromId, intoId, null);
      await t.run(`INSERT INTO entity_aliases (entity_id, alias, norm, n) SELECT $1, alias, norm, n FROM entity_aliases WHERE entity_id = $2
          ON CONFLICT (entity_id, alias) DO UPDATE SET n = entity_aliases.n + excluded.n`, [intoId, fromId]);
      await t.run(`INSERT INTO entity_titles (entity_id, title, n) SELECT $1, title, n FROM entity_titles WHERE entity_id = $2
          ON CONFLICT (entity_id, title) DO UPDATE SET n = entity_titles.n + excluded.n`, [intoId, fromId]);
      await t.run('DELETE FROM entity_aliases WHERE entity_id = $1', [fromId]);
      await t.run('DELETE FROM entity_titles WHERE entity_id = $1', [fromId]);
      await t.run('UPDATE entities SET wikidata = coalesce(wikidata, $1), geonames = coalesce(geonames, $2), iso3166 = coalesce(iso3166, $3) WHERE id = $4',
        [from.wikidata, from.geonames, from.iso3166, intoId]);
      await t.run('DELETE FROM entities WHERE id = $1', [fromId]);
    });
  }

  /** repoints article entities (all, or those with the given original keys) and the facts that name them */
  private async moveFacts(t: PgDb, fromId: number, intoId: number, origKeys: string[] | null): Promise<void> {
    if (origKeys) {
      await t.run('UPDATE article_entities SET entity_id = $1 WHERE entity_id = $2 AND orig_key = ANY($3::text[])', [intoId, fromId, origKeys]);
    } else {
      await t.run('UPDATE article_entities SET entity_id = $1 WHERE entity_id = $2', [intoId, fromId]);
    }
    const moved = 'SELECT article_rowid, local_id FROM article_entities WHERE entity_id = $1';
    await t.run(`UPDATE quotes SET speaker_entity_id = $1 WHERE speaker_entity_id = $2 AND (article_rowid, speaker_local) IN (${moved})`, [intoId, fromId]);
    await t.run(`UPDATE events SET source_entity_id = $1 WHERE source_entity_id = $2 AND (article_rowid, source_local) IN (${moved})`, [intoId, fromId]);
    await t.run(`UPDATE events SET target_entity_id = $1 WHERE target_entity_id = $2 AND (article_rowid, target_local) IN (${moved})`, [intoId, fromId]);
    await t.run(`UPDATE places SET entity_id = $1 WHERE entity_id = $2 AND (article_rowid, entity_local) IN (${moved})`, [intoId, fromId]);
  }

  async split(id: number, keys: string[]): Promise<number> {
    return this.db.tx(async (t) => {
      await t.query("SELECT pg_advisory_xact_lock(hashtext('argus-entity-rules'))");
      const e = await t.one<EntityRow>('SELECT * FROM entities WHERE id = $1 FOR UPDATE', [id]);
      if (!e) throw new Error(`no entity ${id}`);
      if (keys.length === 0) throw new Error('name at least one key to split off');
      if (keys.includes(e.key)) throw new Error(`${e.key} is the entity's own key; split off the other parts instead`);
      const names = await t.all<{ name: string; type: string; n: number }>(`SELECT name, type, count(*) AS n FROM article_entities
          WHERE entity_id = $1 AND orig_key = ANY($2::text[]) GROUP BY name, type ORDER BY n DESC, name`, [id, keys]);
      const top = names[0];
      if (!top) throw new Error(`entity ${e.name} has no articles under ${keys.join(', ')}`);
      const at = new Date().toISOString();
      const newId = (await t.value<number>('INSERT INTO entities (key, name, norm, type, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id',
        [keys[0], top.name, normalizeName(top.name), top.type, at])) as number;
      for (const k of keys) {
        await t.run(`INSERT INTO entity_rules (key, target_key, kind, created_at) VALUES ($1, $2, 'split', $3)
            ON CONFLICT (key) DO UPDATE SET target_key = excluded.target_key, kind = excluded.kind, created_at = excluded.created_at`, [k, keys[0], at]);
        await t.run('INSERT INTO entity_keys (key, entity_id) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET entity_id = excluded.entity_id', [k, newId]);
      }
      await this.moveFacts(t, id, newId, keys);
      for (const nm of names) {
        await t.run(`INSERT INTO entity_aliases (entity_id, alias, norm, n) VALUES ($1, $2, $3, $4)
            ON CONFLICT (entity_id, alias) DO UPDATE SET n = entity_aliases.n + excluded.n`, [newId, nm.name, normalizeName(nm.name), nm.n]);
        const still = await t.value('SELECT 1 FROM article_entities WHERE entity_id = $1 AND name = $2 LIMIT 1', [id, nm.name]);
        if (still === undefined) await t.run('DELETE FROM entity_aliases WHERE entity_id = $1 AND alias = $2', [id, nm.name]);
      }
      return newId;
    });
  }

  async top(limit: number, type: string | null = null): Promise<EntitySummary[]> {
    return this.db.all<EntitySummary>(`SELECT e.id, e.key, e.name, e.type, count(DISTINCT ae.article_rowid) AS articles
        FROM article_entities ae ${LATEST} JOIN entities e ON e.id = ae.entity_id
        WHERE ($1::text IS NULL OR e.type = $1) GROUP BY e.id ORDER BY articles DESC, e.id LIMIT $2`, [type, limit]);
  }

  async graph(limit: number, minWeight = 1): Promise<{ nodes: GraphNode[]; edges: GraphEdge[] }> {
    const nodes = (await this.top(limit)).map((e) => ({ id: e.id, name: e.name, type: e.type, articles: e.articles }));
    if (nodes.length < 2) return { nodes, edges: [] };
    const ids = nodes.map((n) => n.id);
    const edges = await this.db.all<GraphEdge>(`SELECT x.entity_id AS a, y.entity_id AS b, count(DISTINCT x.article_rowid) AS weight
        FROM article_entities x JOIN articles art ON art.rowid = x.article_rowid AND art.is_latest = 1
        JOIN article_entities y ON y.article_rowid = x.article_rowid AND x.entity_id < y.entity_id
        WHERE x.entity_id = ANY($1::int[]) AND y.entity_id = ANY($1::int[])
        GROUP BY x.entity_id, y.entity_id HAVING count(DISTINCT x.article_rowid) >= $2 ORDER BY weight DESC, a, b`, [ids, minWeight]);
    return { nodes, edges };
  }
}
