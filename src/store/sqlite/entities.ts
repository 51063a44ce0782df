// Global entities: look-up by name, the profile read model, co-occurrence graph, and manual merge/split.
import { withStatementCache, type Db } from './open.js';
import type { EntityProfile, EntityRepo, EntitySummary, GraphEdge, GraphNode } from '../types.js';
import { EntityWriter } from './entity-writer.js';
import { normalizeName } from '../normalize.js';
import { LATEST, type EntityRow } from '../rows.js';
import { toExample, type ExampleRow } from '../corroboration-types.js';
import { dataVersionOf, inReadTx } from './version.js';

export class SqliteEntityRepo implements EntityRepo {
  private readonly writer: EntityWriter;

  /** the connection with prepared statements kept (the look-ups below run on every Trends request) */
  private readonly cached: Db;

  constructor(private readonly db: Db) {
    this.writer = new EntityWriter(db);
    this.cached = withStatementCache(db, 16);
  }

  async resolve(keys: string[][]): Promise<Array<number | null>> {
    this.writer.refreshRules();
    return keys.map((k) => this.writer.resolve(k));
  }

  /** articles per entity id, kept per data version (the Trends page looks entities up by name or id on every request) */
  private counts: { version: string; byId: Map<number, number> } = { version: '', byId: new Map() };

  /** the article counts known in the current data version */
  private countsNow(): Map<number, number> {
    const version = dataVersionOf(this.db);
    if (this.counts.version !== version) this.counts = { version, byId: new Map() };
    return this.counts.byId;
  }

  private articleCount(id: number, known: Map<number, number>): number {
    let n = known.get(id);
    if (n === undefined) {
      n = this.cached.prepare(`SELECT count(DISTINCT ae.article_rowid) FROM article_entities ae ${LATEST} WHERE ae.entity_id = ?`).pluck().get(id) as number;
      if (known.size >= 100_000) known.clear();
      known.set(id, n);
    }
    return n;
  }

  private summary(r: EntityRow, known = this.countsNow()): EntitySummary {
    return { id: r.id, key: r.key, name: r.name, type: r.type, articles: this.articleCount(r.id, known) };
  }

  async get(id: number): Promise<EntitySummary | null> {
    return inReadTx(this.db, () => {
      const r = this.cached.prepare('SELECT * FROM entities WHERE id = ?').get(id) as EntityRow | undefined;
      return r ? this.summary(r) : null;
    });
  }

  async find(name: string, limit = 10): Promise<EntitySummary[]> {
    return inReadTx(this.db, () => this.findNow(name, limit));
  }

  private findNow(name: string, limit: number): EntitySummary[] {
    const q = name.trim();
    const byKey = this.cached.prepare('SELECT e.* FROM entity_keys k JOIN entities e ON e.id = k.entity_id WHERE k.key = ?').all(q) as EntityRow[];
    const n = normalizeName(q);
    let rows = byKey.length ? byKey : (this.cached.prepare(`SELECT DISTINCT e.* FROM entities e WHERE e.norm = @n
        UNION SELECT e.* FROM entity_aliases al JOIN entities e ON e.id = al.entity_id WHERE al.norm = @n`).all({ n }) as EntityRow[]);
    if (rows.length === 0 && n.length >= 2) {
      rows = this.cached.prepare(`SELECT DISTINCT e.* FROM entity_aliases al JOIN entities e ON e.id = al.entity_id
        WHERE al.norm LIKE @p ESCAPE '\\' LIMIT 200`).all({ p: n.replace(/[%_\\]/g, (c) => '\\' + c) + '%' }) as EntityRow[];
    }
    const seen = new Set<number>();
    const out: EntitySummary[] = [];
    const known = this.countsNow();
    for (const r of rows) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      out.push(this.summary(r, known));
    }
    out.sort((a, b) => b.articles - a.articles || a.id - b.id);
    return out.slice(0, limit);
  }

  async profile(id: number, opts: { quotes?: number; cooccurring?: number; examples?: number } = {}): Promise<EntityProfile | null> {
    const db = this.db;
    const e = db.prepare('SELECT * FROM entities WHERE id = ?').get(id) as EntityRow | undefined;
    if (!e) return null;
    const agg = db.prepare(`SELECT count(DISTINCT ae.article_rowid) AS articles, coalesce(sum(ae.mention_count), 0) AS mentions,
        min(a.day) AS first, max(a.day) AS last FROM article_entities ae ${LATEST} WHERE ae.entity_id = ?`).get(id) as {
      articles: number; mentions: number; first: string | null; last: string | null;
    };
    const quotes = db.prepare(`SELECT q.text, q.kind, a.id AS articleId, a.title, a.published FROM quotes q
        JOIN articles a ON a.rowid = q.article_rowid AND a.is_latest = 1
        WHERE q.speaker_entity_id = ? ORDER BY (q.kind = 'direct') DESC, a.day DESC, length(q.text) DESC LIMIT ?`)
      .all(id, opts.quotes ?? 5) as EntityProfile['quotes'];
    const cooccurring = db.prepare(`SELECT o.id, o.name, o.type, count(DISTINCT ae2.article_rowid) AS articles
        FROM article_entities ae ${LATEST}
        JOIN article_entities ae2 ON ae2.article_rowid = ae.article_rowid AND ae2.entity_id <> ae.entity_id
        JOIN entities o ON o.id = ae2.entity_id
        WHERE ae.entity_id = ? GROUP BY o.id ORDER BY articles DESC, o.id LIMIT ?`).all(id, opts.cooccurring ?? 10) as EntityProfile['cooccurring'];
    const events = (role: 'source' | 'target'): EntityProfile['eventsAsActor'] => {
      const other = role === 'source' ? 'target' : 'source';
      const types = db.prepare(`SELECT ev.type, count(*) AS count FROM events ev JOIN articles a ON a.rowid = ev.article_rowid AND a.is_latest = 1
          WHERE ev.${role}_entity_id = ? GROUP BY ev.type ORDER BY count DESC`).all(id) as Array<{ type: string; count: number }>;
      const ex = db.prepare(`SELECT o.name AS other, ev.trigger, a.id AS articleId, coalesce(r.sources, 1) AS sources,
            ev.source_entity_id AS s, ev.target_entity_id AS g, ev.negated FROM events ev
          JOIN articles a ON a.rowid = ev.article_rowid AND a.is_latest = 1
          LEFT JOIN entities o ON o.id = ev.${other}_entity_id
          LEFT JOIN event_reports r ON ev.negated = 0 AND r.source_entity_id = ev.source_entity_id AND r.type = ev.type
            AND r.target_entity_id = ev.target_entity_id AND r.day = a.day AND r.article_rowid = ev.article_rowid
          WHERE ev.${role}_entity_id = ? AND ev.type = ? ORDER BY a.day DESC LIMIT ?`);
      return types.map((t) => ({ ...t, examples: (ex.all(id, t.type, opts.examples ?? 3) as ExampleRow[]).map(toExample) }));
    };
    return {
      id: e.id, key: e.key, name: e.name, type: e.type,
      kb: { wikidata: e.wikidata, geonames: e.geonames, iso3166: e.iso3166 },
      keys: db.prepare('SELECT key FROM entity_keys WHERE entity_id = ? ORDER BY key').pluck().all(id) as string[],
      aliases: db.prepare('SELECT alias, n FROM entity_aliases WHERE entity_id = ? ORDER BY n DESC, alias LIMIT 50').all(id) as EntityProfile['aliases'],
      titles: db.prepare('SELECT title, n FROM entity_titles WHERE entity_id = ? ORDER BY n DESC, title LIMIT 20').all(id) as EntityProfile['titles'],
      articles: agg.articles, mentions: agg.mentions, firstSeen: agg.first, lastSeen: agg.last,
      quotes, cooccurring, eventsAsActor: events('source'), eventsAsTarget: events('target'),
      parts: db.prepare(`SELECT orig_key AS key, count(DISTINCT article_rowid) AS articles FROM article_entities
          WHERE entity_id = ? GROUP BY orig_key ORDER BY articles DESC`).all(id) as EntityProfile['parts'],
    };
  }

  async merge(fromId: number, intoId: number): Promise<void> {
    if (fromId === intoId) return;
    const db = this.db;
    db.transaction(() => {
      const from = db.prepare('SELECT * FROM entities WHERE id = ?').get(fromId) as EntityRow | undefined;
      const into = db.prepare('SELECT * FROM entities WHERE id = ?').get(intoId) as EntityRow | undefined;
      if (!from || !into) throw new Error(`no entity ${from ? intoId : fromId}`);
      const at = new Date().toISOString();
      const keys = db.prepare('SELECT key FROM entity_keys WHERE entity_id = ?').pluck().all(fromId) as string[];
      const rule = db.prepare("INSERT OR REPLACE INTO entity_rules (key, target_key, kind, created_at) VALUES (?, ?, 'merge', ?)");
      for (const k of keys) if (k !== into.key) rule.run(k, into.key, at);
      db.prepare('UPDATE entity_rules SET target_key = ? WHERE target_key = ? AND key <> ?').run(into.key, from.key, into.key);
      db.prepare('DELETE FROM entity_rules WHERE key = ? AND target_key = ?').run(into.key, into.key);
      db.prepare('UPDATE entity_keys SET entity_id = ? WHERE entity_id = ?').run(intoId, fromId);
      this.moveFacts(fromId, intoId, null);
      db.prepare(`INSERT INTO entity_aliases (entity_id, alias, norm, n) SELECT ?, alias, norm, n FROM entity_aliases WHERE entity_id = ? AND true
          ON CONFLICT (entity_id, alias) DO UPDATE SET n = entity_aliases.n + excluded.n`).run(intoId, fromId);
      db.prepare(`INSERT INTO entity_titles (entity_id, title, n) SELECT ?, title, n FROM entity_titles WHERE entity_id = ? AND true
          ON CONFLICT (entity_id, title) DO UPDATE SET n = entity_titles.n + excluded.n`).run(intoId, fromId);
      db.prepare('DELETE FROM entity_aliases WHERE entity_id = ?').run(fromId);
      db.prepare('DELETE FROM entity_titles WHERE entity_id = ?').run(fromId);
      db.prepare(`UPDATE entities SET wikidata = coalesce(wikidata, ?), geonames = coalesce(geonames, ?), iso3166 = coalesce(iso3166, ?) WHERE id = ?`)
        .run(from.wikidata, from.geonames, from.iso3166, intoId);
      db.prepare('DELETE FROM entities WHERE id = ?').run(fromId);
    }).immediate();
  }

  /** repoints article entities (all, or those with the given original keys) and the facts that name them */
  private moveFacts(fromId: number, intoId: number, origKeys: string[] | null): void {
    const db = this.db;
    if (origKeys) {
      const marks = origKeys.map(() => '?').join(',');
      db.prepare(`UPDATE article_entities SET entity_id = ? WHERE entity_id = ? AND orig_key IN (${marks})`).run(intoId, fromId, ...origKeys);
    } else {
      db.prepare('UPDATE article_entities SET entity_id = ? WHERE entity_id = ?').run(intoId, fromId);
    }
    const moved = 'SELECT article_rowid, local_id FROM article_entities WHERE entity_id = @into';
    db.prepare(`UPDATE quotes SET speaker_entity_id = @into WHERE speaker_entity_id = @from AND (article_rowid, speaker_local) IN (${moved})`).run({ into: intoId, from: fromId });
    db.prepare(`UPDATE events SET source_entity_id = @into WHERE source_entity_id = @from AND (article_rowid, source_local) IN (${moved})`).run({ into: intoId, from: fromId });
    db.prepare(`UPDATE events SET target_entity_id = @into WHERE target_entity_id = @from AND (article_rowid, target_local) IN (${moved})`).run({ into: intoId, from: fromId });
    db.prepare(`UPDATE places SET entity_id = @into WHERE entity_id = @from AND (article_rowid, entity_local) IN (${moved})`).run({ into: intoId, from: fromId });
  }

  async split(id: number, keys: string[]): Promise<number> {
    const db = this.db;
    return db.transaction(() => {
      const e = db.prepare('SELECT * FROM entities WHERE id = ?').get(id) as EntityRow | undefined;
      if (!e) throw new Error(`no entity ${id}`);
      if (keys.length === 0) throw new Error('name at least one key to split off');
      if (keys.includes(e.key)) throw new Error(`${e.key} is the entity's own key; split off the other parts instead`);
      const marks = keys.map(() => '?').join(',');
      const names = db.prepare(`SELECT name, type, count(*) AS n FROM article_entities WHERE entity_id = ? AND orig_key IN (${marks})
          GROUP BY name, type ORDER BY n DESC`).all(id, ...keys) as Array<{ name: string; type: string; n: number }>;
      const top = names[0];
      if (!top) throw new Error(`entity ${e.name} has no articles under ${keys.join(', ')}`);
      const at = new Date().toISOString();
      const newId = db.prepare('INSERT INTO entities (key, name, norm, type, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id').pluck()
        .get(keys[0], top.name, normalizeName(top.name), top.type, at) as number;
      const rule = db.prepare("INSERT OR REPLACE INTO entity_rules (key, target_key, kind, created_at) VALUES (?, ?, 'split', ?)");
      for (const k of keys) {
        rule.run(k, keys[0], at);
        db.prepare('INSERT OR REPLACE INTO entity_keys (key, entity_id) VALUES (?, ?)').run(k, newId);
      }
      this.moveFacts(id, newId, keys);
      const alias = db.prepare('INSERT INTO entity_aliases (entity_id, alias, norm, n) VALUES (?, ?, ?, ?) ON CONFLICT (entity_id, alias) DO UPDATE SET n = n + excluded.n');
      for (const nm of names) {
        alias.run(newId, nm.name, normalizeName(nm.name), nm.n);
        const still = db.prepare('SELECT 1 FROM article_entities WHERE entity_id = ? AND name = ? LIMIT 1').get(id, nm.name);
        if (!still) db.prepare('DELETE FROM entity_aliases WHERE entity_id = ? AND alias = ?').run(id, nm.name);
      }
      return newId;
    }).immediate();
  }

  async top(limit: number, type: string | null = null): Promise<EntitySummary[]> {
    return this.db.prepare(`SELECT e.id, e.key, e.name, e.type, count(DISTINCT ae.article_rowid) AS articles
        FROM article_entities ae ${LATEST} JOIN entities e ON e.id = ae.entity_id
        WHERE (@type IS NULL OR e.type = @type) GROUP BY e.id ORDER BY articles DESC, e.id LIMIT @limit`).all({ type, limit }) as EntitySummary[];
  }

  async graph(limit: number, minWeight = 1): Promise<{ nodes: GraphNode[]; edges: GraphEdge[] }> {
    const nodes = (await this.top(limit)).map((e) => ({ id: e.id, name: e.name, type: e.type, articles: e.articles }));
    if (nodes.length < 2) return { nodes, edges: [] };
    const ids = nodes.map((n) => n.id);
    const marks = ids.map(() => '?').join(',');
    const edges = this.db.prepare(`SELECT x.entity_id AS a, y.entity_id AS b, count(DISTINCT x.article_rowid) AS weight
        FROM article_entities x JOIN articles art ON art.rowid = x.article_rowid AND art.is_latest = 1
        JOIN article_entities y ON y.article_rowid = x.article_rowid AND x.entity_id < y.entity_id
        WHERE x.entity_id IN (${marks}) AND y.entity_id IN (${marks})
        GROUP BY x.entity_id, y.entity_id HAVING weight >= ? ORDER BY weight DESC`).all(...ids, ...ids, minWeight) as GraphEdge[];
    return { nodes, edges };
  }
}
