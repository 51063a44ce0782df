// Group references: "the three European countries", "both governments", "the two sides", and "they" after such a
// subject stand for a list of parties the article has just named ("France, Germany and the United Kingdom").
import { POS_INDEX, type Doc, type ResolvedEntity } from '../types.js';
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
 * Without such a list, a pair ("the two countries", "the sides") falls back on sidesPair.
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
  if (n === 0) return SIDE_NOUNS.has(w) && doc.lower[head - 1] === 'the' ? latestBetween(doc, index, head) : null;
  return latestList(doc, index, head, n, PEOPLE_NOUNS.has(w)) ?? (n === 2 ? sidesPair(doc, index, head, w) : null);
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
    // ("talks between X and Y, at which the two sides agreed": the pair of a meeting named by "between", whose relative
    // clause the group opens, is the one meant, found by sidesPair or the meeting coded)
    if (n === 2 && !people && doc.lower[t] === 'between' && relativeBetween(doc, t, head)) return null;
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

/** words that open a relative clause on a meeting: "talks ..., at which the two sides agreed", "where both sides" */
const RELATIVE_OPENERS = new Set(['which', 'where', 'when']);

/** A relative clause opens between "between" at t and the group noun at head, in one sentence: ", at which the two ...". */
function relativeBetween(doc: Doc, t: number, head: number): boolean {
  if (doc.sentOf[t] !== doc.sentOf[head]) return false;
  for (let k = head - 1; k > t && head - k <= 5; k--) if (RELATIVE_OPENERS.has(doc.lower[k] as string)) return true;
  return false;
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

/** nouns for the sides of a relation, which name a pair even without a count: "the sides agreed", "the parties signed" */
const SIDE_NOUNS = new Set(['sides', 'parties']);
/** how many sentences back a "between X and Y" may name the pair */
const BETWEEN_BACK = 3;
const ADJ = POS_INDEX['ADJ'] as number;

/**
 * The pair "the two sides" stands for where no list of the two is named: "the two countries", "both governments" take
 * the parties of the latest "between X and Y" within three sentences before it ("talks between X and Y ... the two
 * sides agreed"); "the two ministers", "the two leaders" the two people whose titles say so (titledPair). (The
 * article's two most-named parties as a further fallback cost precision on eval/own/test, round 18.)
 */
function sidesPair(doc: Doc, index: EntityIndex, head: number, w: string): string[] | null {
  return PEOPLE_NOUNS.has(w) ? titledPair(index, head, w) : latestBetween(doc, index, head);
}

/** the words of a title that make its holder one of "the two leaders" */
const LEADER_TITLE = /\b(?:president|prime minister|premier|chancellor|king|emir|leader|head of state)\b/i;

/**
 * "The two ministers discussed ...", "the two presidents agreed ...": the two people named before token `head` whose
 * titles hold the noun ("Foreign Minister", "Minister of Defence"; for "leaders" a head of state or government), when
 * the article names exactly two such people before it; else null.
 */
function titledPair(index: EntityIndex, head: number, noun: string): string[] | null {
  const re = noun === 'leaders' ? LEADER_TITLE : new RegExp(`\\b${noun.replace(/s$/, '')}\\b`, 'i');
  const pair: string[] = [];
  for (const e of index.entities) {
    if (e.type !== 'PERSON' || !e.titles.some((t) => re.test(t))) continue;
    if (!e.mentions.some((m) => m.tokenStart < head)) continue;
    pair.push(e.id);
    if (pair.length > 2) return null;
  }
  return pair.length === 2 ? pair : null;
}

/** The parties of the latest "between X and Y" before token `head`, within BETWEEN_BACK sentences. */
function latestBetween(doc: Doc, index: EntityIndex, head: number): string[] | null {
  const s = doc.sentOf[head] as number;
  const lo = doc.sentStart[Math.max(0, s - BETWEEN_BACK)] as number;
  for (let t = head - 1; t >= lo; t--) {
    if (doc.lower[t] !== 'between') continue;
    // the parties coordinated right after it: "between Iran and Bahrain in Muscat", "between Saudi Arabia and Yemen's
    // Houthi movement" (a possessor names the owner of a side, not a side)
    const pair: string[] = [];
    const hi = doc.sentEnd[doc.sentOf[t] as number] as number;
    let k = t + 1;
    while (k < hi && pair.length < 3) {
      while (k < hi && (doc.lower[k] === 'the' || doc.pos[k] === ADJ)) k++;
      const e = index.entityAtToken[k] as number;
      if (e < 0) break;
      let end = k;
      while (index.entityAtToken[end + 1] === e) end++;
      if (doc.lower[end + 1] === "'s" || doc.lower[end + 1] === '’s') {
        k = end + 2;
        continue;
      }
      if (!isActor(index, k)) break;
      const p = countryOfEntity(index, index.entities[e] as ResolvedEntity);
      if (!pair.includes(p)) pair.push(p);
      k = end + 1;
      if (doc.lower[k] !== 'and' && doc.words[k] !== ',') break;
      k++;
    }
    return pair.length === 2 ? pair : null;
  }
  return null;
}
