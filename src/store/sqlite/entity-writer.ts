// Joins an analysis entity to its global entity (manual rules first, then known keys) inside the save transaction.
import type { Db } from './open.js';
import type { EntityRecord } from '../types.js';
import { nameKey, normalizeName } from '../normalize.js';

const MAX_RULE_HOPS = 8;

export class EntityWriter {
  private readonly q;
  /** manual rules held in memory; reloaded when the table's stamp changes (another process may merge or split) */
  private rules: Map<string, string> | null = null;
  private rulesStamp = '';

  constructor(db: Db) {
    this.q = {
      rules: db.prepare('SELECT key, target_key FROM entity_rules'),
      stamp: db.prepare("SELECT count(*) || ':' || coalesce(max(created_at), '') FROM entity_rules").pluck(),
      key: db.prepare('SELECT entity_id FROM entity_keys WHERE key = ?').pluck(),
      create: db.prepare(`INSERT INTO entities (key, name, norm, type, wikidata, geonames, iso3166, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`).pluck(),
      addKey: db.prepare('INSERT OR IGNORE INTO entity_keys (key, entity_id) VALUES (?, ?)'),
      kb: db.prepare(`UPDATE entities SET wikidata = coalesce(wikidata, ?), geonames = coalesce(geonames, ?), iso3166 = coalesce(iso3166, ?)
        WHERE id = ?`),
      alias: db.prepare(`INSERT INTO entity_aliases (entity_id, alias, norm, n) VALUES (?, ?, ?, 1)
        ON CONFLICT (entity_id, alias) DO UPDATE SET n = n + 1`),
      title: db.prepare(`INSERT INTO entity_titles (entity_id, title, n) VALUES (?, ?, 1)
        ON CONFLICT (entity_id, title) DO UPDATE SET n = n + 1`),
      link: db.prepare(`INSERT OR REPLACE INTO article_entities (article_rowid, local_id, entity_id, orig_key, name, type, salience, mention_count)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
      mention: db.prepare('INSERT OR IGNORE INTO mentions (article_rowid, local_id, start, "end", text, kind) VALUES (?, ?, ?, ?, ?, ?)'),
      nameOf: db.prepare('SELECT name FROM entities WHERE id = ?').pluck(),
      promote: db.prepare(`UPDATE entities SET name = @name, norm = @norm, type = @type WHERE id = @id AND (
          (type = 'NORP' AND @type IN ('GPE', 'LOC'))
          OR (type = 'PERSON' AND @type = 'PERSON' AND length(@name) > length(name) AND instr(@name, ' ') > 0 AND instr(name, ' ') = 0))`),
    };
  }

  /** re-reads the rules if they changed since last time; call once per transaction */
  refreshRules(): void {
    const stamp = this.q.stamp.get() as string;
    if (this.rules && stamp === this.rulesStamp) return;
    this.rules = new Map((this.q.rules.all() as Array<{ key: string; target_key: string }>).map((r) => [r.key, r.target_key]));
    this.rulesStamp = stamp;
  }

  /** the key after manual merge/split rules */
  mapKey(key: string): string {
    if (!this.rules) this.refreshRules();
    let k = key;
    for (let i = 0; i < MAX_RULE_HOPS; i++) {
      const t = this.rules?.get(k);
      if (t === undefined || t === k) return k;
      k = t;
    }
    return k;
  }

  /** the entity id the keys lead to today, or null ("+key": registered when free, not looked up; "?key": looked up, and registered when free) */
  resolve(keys: string[]): number | null {
    for (const key of keys) {
      if (key.startsWith('+')) continue;
      const id = this.q.key.get(this.mapKey(key.startsWith('?') ? key.slice(1) : key)) as number | undefined;
      if (id !== undefined) return id;
    }
    return null;
  }

  /** a full name's "+key" (its surname) held by an entity known only by that surname ("Blinken"): the same person */
  private bareSurnameEntity(keys: string[]): number | null {
    for (const key of keys) {
      if (!key.startsWith('+')) continue;
      const id = this.q.key.get(this.mapKey(key.slice(1))) as number | undefined;
      if (id !== undefined && !(this.q.nameOf.get(id) as string).includes(' ')) return id;
    }
    return null;
  }

  upsert(e: EntityRecord, _day: string): number {
    const keys = e.keys.length > 0 ? e.keys : [nameKey(e)];
    let id = this.resolve(keys) ?? this.bareSurnameEntity(keys);
    if (id === null) {
      const primary = keys.find((k) => !k.startsWith('+') && !k.startsWith('?')) ?? nameKey(e);
      id = this.q.create.get(this.mapKey(primary), e.name, normalizeName(e.name), e.type,
        e.kb.wikidata ?? null, e.kb.geonames ?? null, e.kb.iso3166 ?? null, new Date().toISOString()) as number;
    } else {
      if (e.kb.wikidata || e.kb.geonames || e.kb.iso3166) this.q.kb.run(e.kb.wikidata ?? null, e.kb.geonames ?? null, e.kb.iso3166 ?? null, id);
      // a demonym that came first ("Israeli", joined by the country's ISO key) becomes the country when it appears;
      // a person first seen by surname or short form takes the fuller name
      this.q.promote.run({ id, name: e.name, norm: normalizeName(e.name), type: e.type });
    }
    for (const key of keys) this.q.addKey.run(this.mapKey(key.startsWith('+') || key.startsWith('?') ? key.slice(1) : key), id);
    this.q.alias.run(id, e.name, normalizeName(e.name));
    for (const a of e.aliases) if (a !== e.name) this.q.alias.run(id, a, normalizeName(a));
    for (const t of e.titles) this.q.title.run(id, t);
    return id;
  }

  link(rowid: number, e: EntityRecord, entityId: number): void {
    const orig = e.keys[0] ?? nameKey(e);
    this.q.link.run(rowid, e.localId, entityId, orig, e.name, e.type, e.salience, e.mentions.length);
    for (const m of e.mentions) this.q.mention.run(rowid, e.localId, m.start, m.end, m.text, m.kind ?? null);
  }
}
