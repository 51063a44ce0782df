// Group references: "the three European countries", "both governments", "the two sides", and "they" after such a
// subject stand for a list of parties the article has just named ("France, Germany and the United Kingdom").
import type { Doc, ResolvedEntity } from '../types.js';
import type { EntityIndex } from './entity-index.js';
import { isActor } from './attribution.js';
import { countryOfEntity } from './acts-for.js';

/** plural nouns that refer back to a counted list of parties */
const GROUP_NOUNS = new Set([
  'countries', 'governments', 'nations', 'states', 'sides', 'parties', 'leaders', 'ministers', 'allies', 'partners',
  'capitals', 'neighbours', 'neighbors', 'presidents', 'delegations', 'organisations', 'organizations', 'groups',
]);
/** nouns whose list is of people, not of countries or bodies */
const PEOPLE_NOUNS = new Set(['leaders', 'ministers', 'presidents']);
const COUNTS: ReadonlyMap<string, number> = new Map([['two', 2], ['three', 3], ['four', 4], ['five', 5], ['both', 2]]);
/** how many sentences back the list may stand */
const SENTENCES_BACK = 3;
/** words that join the members of a list */
const JOINERS = new Set([',', 'and', 'the', '&']);

/**
 * The parties a group reference at token `head` stands for, or null: "the three European countries" (a count, any
 * adjectives, a group noun) takes the latest list of exactly that many parties named in the three sentences before it
 * (or earlier in its own); "they" as the first word of a sentence takes the group its previous sentence opened with.
 */
export function groupParties(doc: Doc, index: EntityIndex, head: number): string[] | null {
  const w = doc.lower[head] as string;
  if (w === 'they') {
    const s = doc.sentOf[head] as number;
    if (s < 1 || head !== (doc.sentStart[s] as number)) return null;
    return openingGroup(doc, index, s - 1);
  }
  if (!GROUP_NOUNS.has(w)) return null;
  const n = countBefore(doc, head);
  if (n === 0) return null;
  return latestList(doc, index, head, n, PEOPLE_NOUNS.has(w));
}

/** "the three (European) countries", "both governments": the count before a group noun, else 0 */
function countBefore(doc: Doc, head: number): number {
  for (let k = head - 1; k >= 0 && head - k <= 3; k--) {
    const c = COUNTS.get(doc.lower[k] as string);
    // "both" counts on its own; a number needs "the" or "all" before it ("the three countries", not "three countries")
    if (c !== undefined) return doc.lower[k] === 'both' || doc.lower[k - 1] === 'the' || doc.lower[k - 1] === 'all' ? c : 0;
    if (!/^\p{L}+$/u.test(doc.words[k] as string) || doc.lower[k] === 'the') return 0;
  }
  return 0;
}

/** The group sentence s opens with: a list of parties, or a counted group noun. */
function openingGroup(doc: Doc, index: EntityIndex, s: number): string[] | null {
  const a = doc.sentStart[s] as number;
  const b = Math.min(doc.sentEnd[s] as number, a + 8);
  for (let t = a; t < b; t++) {
    if (isActor(index, t)) {
      const list = listFrom(doc, index, t, doc.sentEnd[s] as number, false);
      return list.length >= 2 ? list : null;
    }
    if (GROUP_NOUNS.has(doc.lower[t] as string)) return groupParties(doc, index, t);
  }
  return null;
}

/** The latest list of exactly n parties before token `head`, within SENTENCES_BACK sentences. */
function latestList(doc: Doc, index: EntityIndex, head: number, n: number, people: boolean): string[] | null {
  const s = doc.sentOf[head] as number;
  const lo = doc.sentStart[Math.max(0, s - SENTENCES_BACK)] as number;
  for (let t = head - 1; t >= lo; t--) {
    if (!isActor(index, t) || (t > 0 && index.entityAtToken[t - 1] === index.entityAtToken[t])) continue;
    // a member inside a list ("Germany" in "France, Germany and ..."): the list starts further back
    let j = t - 1;
    while (j >= lo && t - j <= 3 && JOINERS.has(doc.lower[j] as string)) j--;
    if (j >= lo && j < t - 1 && isActor(index, j) && doc.sentOf[j] === doc.sentOf[t]) continue;
    const list = listFrom(doc, index, t, doc.sentEnd[doc.sentOf[t] as number] as number, people);
    if (list.length === n) return list;
  }
  return null;
}

/** The parties listed from the mention at token t: "France, Germany and the United Kingdom". */
function listFrom(doc: Doc, index: EntityIndex, t: number, hi: number, people: boolean): string[] {
  const out: string[] = [];
  let k = t;
  while (k < hi && out.length < 8) {
    if (!isActor(index, k)) break;
    const e = index.entities[index.entityAtToken[k] as number] as ResolvedEntity;
    if (people !== (e.type === 'PERSON')) break;
    const id = countryOfEntity(index, e);
    if (!out.includes(id)) out.push(id);
    const ei = index.entityAtToken[k];
    while (k < hi && index.entityAtToken[k] === ei) k++;
    let j = k;
    while (j < hi && j - k < 3 && JOINERS.has(doc.lower[j] as string)) j++;
    if (j === k) break;
    k = j;
  }
  return out;
}
