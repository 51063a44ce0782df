// Global keys of an analysis entity, most specific first: wd:Q.., iso:XX, gn:N, then TYPE:normalized name, then for
// people the name variants that the store joins across articles ("Joe Biden" = "Joseph R. Biden" = "Biden").
// Prefixes the store reads (src/store/sqlite/entity-writer.ts): "+" a key registered when free but not used to look up
// (a full name's surname: "Hunter Biden" must not find Joe), except that it adopts an entity known only by that surname;
// "?" a key used to look up, and registered when free (a bare surname finds the first full name that registered it).
import type { Entity } from '../core/analysis.js';
import { normalizeName } from '../store/normalize.js';

/** Short forms of given names as news writes them, to the full form ("Joe" Biden = "Joseph" Biden). CC0, written for Argus. */
const GIVEN_NAME_FORMS: Readonly<Record<string, string>> = {
  joe: 'joseph', bill: 'william', will: 'william', bob: 'robert', rob: 'robert', mike: 'michael', jim: 'james',
  jimmy: 'james', tom: 'thomas', tony: 'anthony', antony: 'anthony', dick: 'richard', rick: 'richard', dan: 'daniel', dave: 'david',
  steve: 'stephen', ed: 'edward', ted: 'edward', chuck: 'charles', charlie: 'charles', nick: 'nicholas', pete: 'peter',
  andy: 'andrew', alex: 'alexander', sam: 'samuel', ben: 'benjamin', ron: 'ronald', don: 'donald', matt: 'matthew',
  chris: 'christopher', jeff: 'jeffrey', greg: 'gregory', kate: 'katherine', liz: 'elizabeth', beth: 'elizabeth',
  jen: 'jennifer', jenny: 'jennifer', sue: 'susan', pat: 'patrick', vlad: 'vladimir', sergei: 'sergey',
};

/** Tokens that do not tell two people apart: middle initials and generational suffixes. */
const NEUTRAL = /^([a-z]\.?|jr\.?|sr\.?|ii|iii|iv)$/;

/** "Joseph R. Biden Jr." -> { given: "joseph", surname: "biden" }; null for a one-word name. */
export function personNameParts(name: string): { given: string | null; surname: string } | null {
  const words = normalizeName(name).replace(/,/g, ' ').split(' ').filter((w) => w && !NEUTRAL.test(w));
  const surname = words[words.length - 1];
  if (!surname || !/^\p{L}[\p{L}'-]*$/u.test(surname)) return null;
  if (words.length === 1) return { given: null, surname };
  const first = words[0] as string;
  return { given: GIVEN_NAME_FORMS[first] ?? first, surname };
}

export function entityKeys(e: Pick<Entity, 'name' | 'type' | 'kb'>): string[] {
  const keys: string[] = [];
  if (e.kb?.wikidata) keys.push(`wd:${e.kb.wikidata}`);
  if (e.kb?.iso3166) keys.push(`iso:${e.kb.iso3166}`);
  if (e.kb?.geonames !== undefined) keys.push(`gn:${e.kb.geonames}`);
  const own = `${e.type}:${normalizeName(e.name)}`;
  keys.push(own);
  if (e.type === 'PERSON') {
    const parts = personNameParts(e.name);
    if (parts?.given) {
      // given name + surname, short forms and middle initials aside; the surname alone is registered, not looked up
      const variant = `PERSON:${parts.given} ${parts.surname}`;
      if (variant !== own) keys.push(variant);
      keys.push(`+PERSON~surname:${parts.surname}`);
    } else if (parts) {
      keys.push(`?PERSON~surname:${parts.surname}`);
    }
  }
  return keys;
}
