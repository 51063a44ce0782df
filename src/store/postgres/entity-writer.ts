// Joins an analysis entity to its global entity (manual rules first, then known keys) inside the save transaction.
// Several writers may create the same entity at once: the key's unique index decides, the loser reads the winner's row.
import type { PgDb } from './db.js';
import type { EntityRecord } from '../types.js';
import { normalizeName } from '../normalize.js';

const MAX_RULE_HOPS = 8;

export class PgEntityWriter {
  /** manual rules held in memory; reloaded when the table's stamp changes (another process may merge or split) */
  private rules: Map<string, string> | null = null;
  private rulesStamp = '';

  /** re-reads the rules if they changed since last time; call once per transaction */
  async refreshRules(t: PgDb): Promise<void> {
    const stamp = (await t.value<string>("SELECT count(*) || ':' || coalesce(max(created_at), '') FROM entity_rules")) ?? '';
    if (this.rules && stamp === this.rulesStamp) return;
    const rows = await t.all<{ key: string; target_key: string }>('SELECT key, target_key FROM entity_rules');
    this.rules = new Map(rows.map((r) => [r.key, r.target_key]));
    this.rulesStamp = stamp;
  }

  /** the key after manual merge/split rules (refreshRules first) */
  mapKey(key: string): string {
    let k = key;
    for (let i = 0; i < MAX_RULE_HOPS; i++) {
      const t = this.rules?.get(k);
      if (t === undefined || t === k) return k;
      k = t;
    }
    return k;
  }

  private async byKey(t: PgDb, key: string): Promise<number | undefined> {
    return t.value<number>('SELECT entity_id FROM entity_keys WHERE key = $1', [this.mapKey(key)]);
  }

  /** the entity id the keys lead to today, or null ("+key": registered when free, not looked up; "?key": looked up too) */
  async resolve(t: PgDb, keys: string[]): Promise<number | null> {
    for (const key of keys) {
      if (key.startsWith('+')) continue;
      const id = await this.byKey(t, key.startsWith('?') ? key.slice(1) : key);
      if (id !== undefined) return id;
    }
    return null;
  }

  /** a full name's "+key" (its surname) held by an entity known only by that surname ("Blinken"): the same person */
  private async bareSurnameEntity(t: PgDb, keys: string[]): Promise<number | null> {
    for (const key of keys) {
      if (!key.startsWith('+')) continue;
      const id = await this.byKey(t, key.slice(1));
      if (id !== undefined && !((await t.value<string>('SELECT name FROM entities WHERE id = $1', [id])) ?? '').includes(' ')) return id;
    }
    return null;
  }

  async upsert(t: PgDb, e: EntityRecord): Promise<number> {
    const keys = e.keys.length > 0 ? e.keys : [`${e.type}:${normalizeName(e.name)}`];
    let id = (await this.resolve(t, keys)) ?? (await this.bareSurnameEntity(t, keys));
    if (id === null) {
      const primary = this.mapKey(keys.find((k) => !k.startsWith('+') && !k.startsWith('?')) ?? `${e.type}:${normalizeName(e.name)}`);
      id = (await t.value<number>(`INSERT INTO entities (key, name, norm, type, wikidata, geonames, iso3166, created_at)
          VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (key) DO NOTHING RETURNING id`,
      [primary, e.name, normalizeName(e.name), e.type, e.kb.wikidata ?? null, e.kb.geonames ?? null, e.kb.iso3166 ?? null, new Date().toISOString()]))
        ?? (await t.value<number>('SELECT id FROM entities WHERE key = $1', [primary])) as number;
    } else {
      if (e.kb.wikidata || e.kb.geonames || e.kb.iso3166) {
        await t.run(`UPDATE entities SET wikidata = coalesce(wikidata, $1), geonames = coalesce(geonames, $2), iso3166 = coalesce(iso3166, $3)
            WHERE id = $4`, [e.kb.wikidata ?? null, e.kb.geonames ?? null, e.kb.iso3166 ?? null, id]);
      }
      // a demonym that came first becomes the country when it appears; a person first seen by surname takes the fuller name
      await t.run(`UPDATE entities SET name = @name, norm = @norm, type = @type WHERE id = @id AND (
          (type = 'NORP' AND @type::text IN ('GPE', 'LOC'))
          OR (type = 'PERSON' AND @type::text = 'PERSON' AND length(@name::text) > length(name) AND strpos(@name::text, ' ') > 0 AND strpos(name, ' ') = 0))`,
      { id, name: e.name, norm: normalizeName(e.name), type: e.type });
    }
    for (const key of keys) {
      await t.run('INSERT INTO entity_keys (key, entity_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
        [this.mapKey(key.startsWith('+') || key.startsWith('?') ? key.slice(1) : key), id]);
    }
    const alias = (a: string): Promise<number> => t.run(`INSERT INTO entity_aliases (entity_id, alias, norm, n) VALUES ($1, $2, $3, 1)
        ON CONFLICT (entity_id, alias) DO UPDATE SET n = entity_aliases.n + 1`, [id, a, normalizeName(a)]);
    await alias(e.name);
    for (const a of e.aliases) if (a !== e.name) await alias(a);
    for (const title of e.titles) {
      await t.run(`INSERT INTO entity_titles (entity_id, title, n) VALUES ($1, $2, 1)
          ON CONFLICT (entity_id, title) DO UPDATE SET n = entity_titles.n + 1`, [id, title]);
    }
    return id;
  }

  async link(t: PgDb, rowid: number, e: EntityRecord, entityId: number): Promise<void> {
    const orig = e.keys[0] ?? `${e.type}:${normalizeName(e.name)}`;
    await t.run(`INSERT INTO article_entities (article_rowid, local_id, entity_id, orig_key, name, type, salience, mention_count)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
        ON CONFLICT (article_rowid, local_id) DO UPDATE SET entity_id = excluded.entity_id, orig_key = excluded.orig_key, name = excluded.name,
          type = excluded.type, salience = excluded.salience, mention_count = excluded.mention_count`,
    [rowid, e.localId, entityId, orig, e.name, e.type, e.salience, e.mentions.length]);
    if (e.mentions.length === 0) return;
    await t.run(`INSERT INTO mentions (article_rowid, local_id, start, "end", text, kind)
        SELECT $1, $2, m.start, m."end", m.text, m.kind FROM unnest($3::int[], $4::int[], $5::text[], $6::text[]) AS m(start, "end", text, kind)
        ON CONFLICT DO NOTHING`,
    [rowid, e.localId, e.mentions.map((m) => m.start), e.mentions.map((m) => m.end), e.mentions.map((m) => m.text), e.mentions.map((m) => m.kind ?? null)]);
  }
}
