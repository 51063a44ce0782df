// Token -> entity lookup shared by the quote and event stages, built once per document.
import type { Doc, EntityMention, ResolvedEntity } from '../types.js';

export interface EntityIndex {
  entities: ResolvedEntity[];
  /** entity index per token, -1 if none */
  entityAtToken: Int32Array;
  /** mention per token (the mention object of entities[entityAtToken[i]]), undefined if none */
  mentionAtToken?: ReadonlyArray<EntityMention | undefined>;
  /** entity per id, built on the first look-up (entityById) */
  byId?: Map<string, ResolvedEntity>;
}

/** Marks every token covered by a mention with its entity; on overlap the longer mention wins. */
export function buildEntityIndex(doc: Doc, entities: ResolvedEntity[]): EntityIndex {
  const entityAtToken = new Int32Array(doc.n).fill(-1);
  const mentionAtToken: Array<EntityMention | undefined> = new Array<EntityMention | undefined>(doc.n);
  const spanLen = new Int32Array(doc.n);
  for (let e = 0; e < entities.length; e++) {
    for (const m of (entities[e] as ResolvedEntity).mentions) {
      const len = m.tokenEnd - m.tokenStart;
      for (let i = Math.max(0, m.tokenStart); i < Math.min(doc.n, m.tokenEnd); i++) {
        if (entityAtToken[i] !== -1 && (spanLen[i] as number) >= len) continue;
        entityAtToken[i] = e;
        mentionAtToken[i] = m;
        spanLen[i] = len;
      }
    }
  }
  // byId present from the start (set on the first look-up): every index keeps one hidden class
  return { entities, entityAtToken, mentionAtToken, byId: undefined };
}

/** A GPE the resolver did not identify as a country (no ISO code): a city or a region, a place rather than a party. */
export function isCityEntity(e: ResolvedEntity): boolean {
  return e.type === 'GPE' && !e.kb.iso3166;
}

/** The entity with this id: one map per document, built on the first call (the stages look ids up many times). */
export function entityById(index: EntityIndex, id: string | null | undefined): ResolvedEntity | undefined {
  if (id === null || id === undefined) return undefined;
  let m = index.byId;
  if (m === undefined || m.size !== index.entities.length) {
    m = new Map();
    for (const e of index.entities) m.set(e.id, e);
    index.byId = m;
  }
  return m.get(id);
}

/** the type of the entity with this id */
export function typeOfId(index: EntityIndex, id: string): string | undefined {
  return entityById(index, id)?.type;
}

export function isCity(index: EntityIndex, id: string): boolean {
  const e = entityById(index, id);
  return e !== undefined && isCityEntity(e);
}
