// Global keys of an analysis entity, most specific first: wd:Q.., iso:XX, gn:N, then TYPE:normalized name.
import type { Entity } from '../core/analysis.js';
import { normalizeName } from '../store/normalize.js';

export function entityKeys(e: Pick<Entity, 'name' | 'type' | 'kb'>): string[] {
  const keys: string[] = [];
  if (e.kb?.wikidata) keys.push(`wd:${e.kb.wikidata}`);
  if (e.kb?.iso3166) keys.push(`iso:${e.kb.iso3166}`);
  if (e.kb?.geonames !== undefined) keys.push(`gn:${e.kb.geonames}`);
  keys.push(`${e.type}:${normalizeName(e.name)}`);
  return keys;
}
