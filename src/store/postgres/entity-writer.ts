// Joins an analysis entity to its global entity (manual rules first, then known keys) inside the save transaction.
// Several writers may create the same entity at once: the key's unique index decides, the loser reads the winner's row.
import type { PgDb } from './db.js';
import type { EntityRecord } from '../types.js';
import { nameKey, normalizeName } from '../normalize.js';

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

  /** a key as entity_keys stores it: the "+"/"?" mark dropped, manual rules applied (refreshRules first) */
  private stored(key: string): string {
    return this.mapKey(key.startsWith('+') || key.startsWith('?') ? key.slice(1) : key);
  }

  /** The entities that hold these stored keys now, with their names and types, in one query. */
  private async holders(t: PgDb, keys: Iterable<string>): Promise<Map<string, Holder>> {
    const list = [...new Set(keys)];
    const out = new Map<string, Holder>();
    if (list.length === 0) return out;
    const rows = await t.all<{ key: string; entity_id: number; name: string | null; type: string | null }>(
      'SELECT k.key, k.entity_id, e.name, e.type FROM entity_keys k LEFT JOIN entities e ON e.id = k.entity_id WHERE k.key = ANY($1::text[])', [list]);
    for (const r of rows) out.set(r.key, { id: r.entity_id, name: r.name ?? '', type: r.type ?? '' });
    return out;
  }

  /** The entity id each key list leads to today, or null ("+key": registered when free, not looked up; "?key": looked up too); one query. */
  async resolveAll(t: PgDb, lists: string[][]): Promise<Array<number | null>> {
    const held = await this.holders(t, lists.flatMap((keys) => keys.filter((k) => !k.startsWith('+')).map((k) => this.stored(k))));
    return lists.map((keys) => this.firstHeld(keys, held));
  }

  /** The entity that the first looked-up key of keys leads to among `held` (a "+key" is not looked up), or null. */
  private firstHeld(keys: readonly string[], held: ReadonlyMap<string, Holder>): number | null {
    for (const k of keys) {
      if (k.startsWith('+')) continue;
      const h = held.get(this.stored(k));
      if (h) return h.id;
    }
    return null;
  }

  /**
   * Joins an article's entities to global entities and links them to the article (rowid), in a fixed number of
   * statements whatever the number of entities. The entities are decided one after another, as if each were written
   * before the next is looked up: the keys an earlier one registers, the entity it creates and a name it renames are
   * seen by the later ones. Manual rules first (refreshRules), then known keys, then an entity known only by the
   * surname of a full name ("+key"), else a new entity. Returns the global id of each local id.
   */
  async writeAll(t: PgDb, rowid: number, entities: readonly EntityRecord[]): Promise<Map<string, number>> {
    const local = new Map<string, number>();
    if (entities.length === 0) return local;
    await this.refreshRules(t);
    const keysOf = entities.map((e) => (e.keys.length > 0 ? e.keys : [nameKey(e)]));
    const held = await this.holders(t, keysOf.flat().map((k) => this.stored(k)));
    // the entities decided so far: existing ones by id, new ones by a placeholder id below 0
    const current = new Map<number, Current>();
    for (const h of held.values()) current.set(h.id, { name: h.name, type: h.type });
    const created = new Map<number, NewEntity>();
    const createdByKey = new Map<string, number>();
    const kbOf = new Map<number, EntityRecord['kb']>();
    const renamed = new Map<number, { name: string; type: string }>();
    const keyRows = new Map<string, number>();
    const aliasCount = new Map<string, { id: number; alias: string; n: number }>();
    const titleCount = new Map<string, { id: number; title: string; n: number }>();
    const count = <T extends { n: number }>(m: Map<string, T>, k: string, make: () => T): void => {
      const v = m.get(k);
      if (v) v.n++;
      else m.set(k, make());
    };
    const idOf: number[] = [];
    for (const [i, e] of entities.entries()) {
      const keys = keysOf[i] as string[];
      let id = this.firstHeld(keys, held);
      if (id === null) {
        // a full name's surname key held by an entity known only by that surname ("Blinken"): the same person
        for (const k of keys) {
          if (!k.startsWith('+')) continue;
          const h = held.get(this.stored(k));
          if (h && !(current.get(h.id)?.name ?? '').includes(' ')) { id = h.id; break; }
        }
      }
      if (id === null) {
        const primary = this.mapKey(keys.find((k) => !k.startsWith('+') && !k.startsWith('?')) ?? nameKey(e));
        const same = createdByKey.get(primary);
        if (same !== undefined) id = same; // created above under the same key: the insert would find it
        else {
          id = -(created.size + 1);
          created.set(id, { key: primary, name: e.name, type: e.type, kb: { ...e.kb } });
          createdByKey.set(primary, id);
          current.set(id, { name: e.name, type: e.type });
        }
      } else {
        if (e.kb.wikidata || e.kb.geonames || e.kb.iso3166) {
          // coalesce: a value already there stays; the first entity of the article to bring one gives it
          const kb = id < 0 ? (created.get(id) as NewEntity).kb : (kbOf.get(id) ?? {});
          kb.wikidata ??= e.kb.wikidata;
          kb.geonames ??= e.kb.geonames;
          kb.iso3166 ??= e.kb.iso3166;
          if (id >= 0) kbOf.set(id, kb);
        }
        // a demonym that came first becomes the country when it appears; a person first seen by surname takes the fuller name
        const cur = current.get(id) ?? { name: '', type: '' };
        if (renames(cur, e)) {
          current.set(id, { name: e.name, type: e.type });
          const c = created.get(id);
          if (c) { c.name = e.name; c.type = e.type; } else renamed.set(id, { name: e.name, type: e.type });
        }
      }
      for (const k of keys) {
        const s = this.stored(k);
        if (held.has(s)) continue; // ON CONFLICT DO NOTHING: the key stays with the entity that holds it
        held.set(s, { id, name: '', type: '' });
        keyRows.set(s, id);
      }
      count(aliasCount, `${id}\u0000${e.name}`, () => ({ id: id as number, alias: e.name, n: 1 }));
      for (const a of e.aliases) if (a !== e.name) count(aliasCount, `${id}\u0000${a}`, () => ({ id: id as number, alias: a, n: 1 }));
      for (const title of e.titles) count(titleCount, `${id}\u0000${title}`, () => ({ id: id as number, title, n: 1 }));
      idOf.push(id);
    }

    // the new entities, then the placeholders replaced by their ids (one created meanwhile by another writer is read back)
    const real = new Map<number, number>();
    if (created.size > 0) {
      const rows = [...created.values()];
      const at = new Date().toISOString();
      const got = await t.all<{ key: string; id: number }>(`INSERT INTO entities (key, name, norm, type, wikidata, geonames, iso3166, created_at)
          SELECT v.key, v.name, v.norm, v.type, v.wikidata, v.geonames, v.iso3166, $8 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[],
            $5::text[], $6::int[], $7::text[]) WITH ORDINALITY AS v(key, name, norm, type, wikidata, geonames, iso3166, ord)
          ORDER BY v.ord ON CONFLICT (key) DO NOTHING RETURNING key, id`,
      [rows.map((r) => r.key), rows.map((r) => r.name), rows.map((r) => normalizeName(r.name)), rows.map((r) => r.type),
        rows.map((r) => r.kb.wikidata ?? null), rows.map((r) => r.kb.geonames ?? null), rows.map((r) => r.kb.iso3166 ?? null), at]);
      const byKey = new Map(got.map((r) => [r.key, r.id]));
      const missing = rows.filter((r) => !byKey.has(r.key)).map((r) => r.key);
      if (missing.length > 0) {
        for (const r of await t.all<{ key: string; id: number }>('SELECT key, id FROM entities WHERE key = ANY($1::text[])', [missing])) byKey.set(r.key, r.id);
      }
      for (const [tmp, c] of created) real.set(tmp, byKey.get(c.key) as number);
    }
    const fix = (id: number): number => (id < 0 ? (real.get(id) as number) : id);

    if (kbOf.size > 0) {
      const ids = [...kbOf.keys()];
      await t.run(`UPDATE entities e SET wikidata = coalesce(e.wikidata, v.wikidata), geonames = coalesce(e.geonames, v.geonames),
          iso3166 = coalesce(e.iso3166, v.iso3166) FROM unnest($1::int[], $2::text[], $3::int[], $4::text[]) AS v(id, wikidata, geonames, iso3166)
          WHERE e.id = v.id`,
      [ids, ids.map((id) => kbOf.get(id)?.wikidata ?? null), ids.map((id) => kbOf.get(id)?.geonames ?? null), ids.map((id) => kbOf.get(id)?.iso3166 ?? null)]);
    }
    if (renamed.size > 0) {
      const ids = [...renamed.keys()];
      const names = ids.map((id) => (renamed.get(id) as { name: string }).name);
      // the same conditions as renames(), checked against the row as it is now
      await t.run(`UPDATE entities e SET name = v.name, norm = v.norm, type = v.type
          FROM unnest($1::int[], $2::text[], $3::text[], $4::text[]) AS v(id, name, norm, type)
          WHERE e.id = v.id AND ((e.type = 'NORP' AND v.type IN ('GPE', 'LOC'))
            OR (e.type = 'PERSON' AND v.type = 'PERSON' AND length(v.name) > length(e.name) AND strpos(v.name, ' ') > 0 AND strpos(e.name, ' ') = 0))`,
      [ids, names, names.map((n) => normalizeName(n)), ids.map((id) => (renamed.get(id) as { type: string }).type)]);
    }
    if (keyRows.size > 0) {
      // rows in one order in every writer, so that two writers' locks are taken in the same order
      const keys = [...keyRows.keys()].sort();
      await t.run(`INSERT INTO entity_keys (key, entity_id) SELECT k, id FROM unnest($1::text[], $2::int[]) WITH ORDINALITY AS v(k, id, ord)
          ORDER BY v.ord ON CONFLICT DO NOTHING`, [keys, keys.map((k) => fix(keyRows.get(k) as number))]);
    }
    const aliases = [...aliasCount.values()].map((a) => ({ ...a, id: fix(a.id) })).sort((x, y) => x.id - y.id || (x.alias < y.alias ? -1 : x.alias > y.alias ? 1 : 0));
    if (aliases.length > 0) {
      await t.run(`INSERT INTO entity_aliases (entity_id, alias, norm, n) SELECT id, alias, norm, n
          FROM unnest($1::int[], $2::text[], $3::text[], $4::int[]) WITH ORDINALITY AS v(id, alias, norm, n, ord) ORDER BY v.ord
          ON CONFLICT (entity_id, alias) DO UPDATE SET n = entity_aliases.n + excluded.n`,
      [aliases.map((a) => a.id), aliases.map((a) => a.alias), aliases.map((a) => normalizeName(a.alias)), aliases.map((a) => a.n)]);
    }
    const titles = [...titleCount.values()].map((a) => ({ ...a, id: fix(a.id) })).sort((x, y) => x.id - y.id || (x.title < y.title ? -1 : x.title > y.title ? 1 : 0));
    if (titles.length > 0) {
      await t.run(`INSERT INTO entity_titles (entity_id, title, n) SELECT id, title, n
          FROM unnest($1::int[], $2::text[], $3::int[]) WITH ORDINALITY AS v(id, title, n, ord) ORDER BY v.ord
          ON CONFLICT (entity_id, title) DO UPDATE SET n = entity_titles.n + excluded.n`,
      [titles.map((a) => a.id), titles.map((a) => a.title), titles.map((a) => a.n)]);
    }
    for (const [i, e] of entities.entries()) local.set(e.localId, fix(idOf[i] as number));
    await this.linkAll(t, rowid, entities, local);
    return local;
  }

  /** The article's rows for its entities (article_entities) and their mentions: two statements. */
  private async linkAll(t: PgDb, rowid: number, entities: readonly EntityRecord[], local: Map<string, number>): Promise<void> {
    await t.run(`INSERT INTO article_entities (article_rowid, local_id, entity_id, orig_key, name, type, salience, mention_count)
        SELECT $1, v.local_id, v.entity_id, v.orig_key, v.name, v.type, v.salience, v.mention_count
        FROM unnest($2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::float8[], $8::int[])
          WITH ORDINALITY AS v(local_id, entity_id, orig_key, name, type, salience, mention_count, ord) ORDER BY v.ord
        ON CONFLICT (article_rowid, local_id) DO UPDATE SET entity_id = excluded.entity_id, orig_key = excluded.orig_key, name = excluded.name,
          type = excluded.type, salience = excluded.salience, mention_count = excluded.mention_count`,
    [rowid, entities.map((e) => e.localId), entities.map((e) => local.get(e.localId) as number),
      entities.map((e) => e.keys[0] ?? nameKey(e)), entities.map((e) => e.name), entities.map((e) => e.type),
      entities.map((e) => e.salience), entities.map((e) => e.mentions.length)]);
    const ms = entities.flatMap((e) => e.mentions.map((m) => ({ lid: e.localId, m })));
    if (ms.length === 0) return;
    await t.run(`INSERT INTO mentions (article_rowid, local_id, start, "end", text, kind)
        SELECT $1, v.local_id, v.start, v."end", v.text, v.kind FROM unnest($2::text[], $3::int[], $4::int[], $5::text[], $6::text[])
          WITH ORDINALITY AS v(local_id, start, "end", text, kind, ord) ORDER BY v.ord
        ON CONFLICT DO NOTHING`,
    [rowid, ms.map((x) => x.lid), ms.map((x) => x.m.start), ms.map((x) => x.m.end), ms.map((x) => x.m.text), ms.map((x) => x.m.kind ?? null)]);
  }
}

interface Holder extends Current {
  id: number;
}

/** What the renaming rules read of an entity as it stands. */
interface Current {
  name: string;
  type: string;
}

interface NewEntity {
  key: string;
  name: string;
  type: string;
  kb: EntityRecord['kb'];
}

/** Whether entity e renames the entity it joined (cur): a demonym becomes its country, a surname the full name. */
function renames(cur: Current, e: EntityRecord): boolean {
  if (cur.type === 'NORP' && (e.type === 'GPE' || e.type === 'LOC')) return true;
  return cur.type === 'PERSON' && e.type === 'PERSON' && [...e.name].length > [...cur.name].length && e.name.includes(' ') && !cur.name.includes(' ');
}
