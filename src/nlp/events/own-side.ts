// A party's own side read as the recipient of a relation it restates. "President X reaffirmed the United States'
// commitment to Kenya", "... the U.S. commitment to the defense of Japan", "... the commitment of the United States to
// Poland", "X emphasized the partnership between Kosovo and the United States", "... the U.S.-Malawi partnership": a
// verb by which an actor restates a position (reaffirm, reiterate, underscore, emphasize, express ...) with a relation or
// commitment noun as its object speaks for one party of that relation, named beside the noun; the recipient is the
// relation's other party (the complement "to Kenya", the other of "between X and Y", the other half of "U.S.-Malawi"),
// or nobody when the text names none.
import type { ArgusEvent } from '../../core/analysis.js';
import type { ActsFor } from '../stages/acts-for.js';
import { entityById, type EntityIndex } from '../stages/entity-index.js';
import { entityIdAt, P } from '../stages/attribution.js';
import { POSSESSIVE_MARKS, tokenAt } from '../tokenize.js';
import { withTargets } from './retarget.js';
import type { Doc } from '../types.js';


const COMPLEMENT = new Set(['to', 'for', 'with', 'toward', 'towards']);
const HYPHENS = new Set(['-', '–']);
/** verbs by which an actor restates its own side's position: "reaffirmed the United States' support for ..." */
const RESTATE = /^(?:reaffirm|affirm|reiterat|restat|renew|underscor|emphasi[sz]|stress|highlight|pledg|express|convey|communicat)/;
/** nouns of a relation or a commitment, whose parties are named beside them */
const RELATION = new Set([
  'commitment', 'commitments', 'support', 'pledge', 'partnership', 'alliance', 'relationship', 'relations', 'ties', 'cooperation',
  'engagement', 'solidarity', 'friendship', 'backing', 'resolve', 'determination', 'dedication', 'assistance', 'aid',
]);
/** what one expresses about another party's relation: "expressed gratitude for Poland's cooperation", "concern over the
 * PRC's support for ..." */
const ATTITUDE = new Set([
  'appreciation', 'gratitude', 'thanks', 'admiration', 'praise', 'respect', 'condolences', 'sympathy', 'concern', 'concerns',
  'alarm', 'disappointment', 'dismay', 'outrage', 'regret', 'frustration', 'interest', 'hope',
]);
/** ARGUS_OWN_SIDE=off leaves the events as the coders give them (ablations) */
const OWN_SIDE = process.env['ARGUS_OWN_SIDE'] !== 'off';
/** words between the restating verb and its relation noun ("reaffirmed the enduring U.S.-Kenya partnership") */
const REACH = 6;

/** Events whose recipient is a party of the relation the actor restates, re-aimed at the relation's other party. */
export function ownSideRetargeted(doc: Doc, events: ArgusEvent[], index: EntityIndex, acts: ActsFor): ArgusEvent[] {
  if (!OWN_SIDE) return events;
  const out = withTargets(events, (ev) => (ev.source === null || ev.target === null || ev.source === ev.target ? undefined : retarget(doc, ev, index, acts)));
  if (out === events) return events;
  // a relation coded once per party ("the partnership between Kosovo and the United States") is one event now
  const seen = new Set<string>();
  return out.filter((e) => {
    const key = `${e.start}\u0000${e.type}\u0000${e.source}\u0000${e.target}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The event's new target (an id, or null for none named), or undefined to leave it as it is. */
function retarget(doc: Doc, ev: ArgusEvent, index: EntityIndex, acts: ActsFor): string | null | undefined {
  const trig = tokenAt(doc, ev.start);
  if (trig >= doc.n) return undefined;
  const from = doc.sentStart[doc.sentOf[trig] as number] as number;
  const to = doc.sentEnd[doc.sentOf[trig] as number] as number;
  // the restating verb: the trigger, or a verb right before a relation noun that is the trigger
  let verb = -1;
  if (RESTATE.test(doc.lower[trig] as string)) verb = trig;
  else if (RELATION.has(doc.lower[trig] as string)) {
    for (let k = trig - 1; k >= Math.max(from, trig - REACH); k--) if (RESTATE.test(doc.lower[k] as string)) verb = k;
  }
  if (verb < 0) return undefined;
  // the restated relation: the first relation noun after the verb ("reaffirmed U.S. support for President X's
  // commitment": the support is restated, X's commitment is what it supports)
  let r = -1;
  for (let k = verb + 1; k < Math.min(to, verb + REACH + 1); k++) {
    const w = doc.lower[k] as string;
    // "expressed appreciation for Italy's support", "concern over the PRC's support": an attitude to another party's
    // relation, whose party is the recipient
    if (ATTITUDE.has(w)) return undefined;
    if (RELATION.has(w)) {
      r = k;
      break;
    }
  }
  if (r < 0) return undefined;
  const t = entityById(index, ev.target);
  const m = t?.mentions.find((x) => x.tokenStart > verb && x.tokenStart < to);
  if (!t || !m) return undefined;
  const other = (k: number): string | null => {
    const id = entityIdAt(index, k);
    return id !== null && id !== ev.source && id !== t.id ? id : null;
  };
  // a pair names both parties alike: which one is the actor's own side only its title can say ("the U.S. Secretary of
  // State"); without it the event is left as it is
  const own = acts.sideOf(ev.source as string) === t.id;
  if (m.tokenEnd <= r) {
    if (!onlyModifiers(doc, m.tokenEnd, r)) return undefined;
    // "the U.S.-Malawi partnership", "the Malawi-U.S. partnership"
    if (HYPHENS.has(doc.words[m.tokenEnd] as string)) return own ? (other(m.tokenEnd + 1) ?? undefined) : undefined;
    if (HYPHENS.has(doc.words[m.tokenStart - 1] as string)) return own ? (other(m.tokenStart - 2) ?? undefined) : undefined;
    // "the United States and Senegal's commitment": both parties own it
    if (coordinated(doc, m.tokenStart, m.tokenEnd)) return undefined;
    // "the United States' commitment to Kenya", "the ironclad U.S. commitment to the defense of Japan"
    return complementAfter(doc, r + 1, to, other);
  }
  // "support for the U.S.-Israel relationship": the relation restated is the pair's, after the noun; its other half
  if (own && COMPLEMENT.has(doc.lower[r + 1] as string) && m.tokenStart <= r + 4) {
    const half = HYPHENS.has(doc.words[m.tokenEnd] as string) ? m.tokenEnd + 1 : HYPHENS.has(doc.words[m.tokenStart - 1] as string) ? m.tokenStart - 2 : -1;
    if (half >= 0 && m.tokenStart > r) {
      const o = other(half);
      if (o) return o;
    }
  }
  let j = r + 2;
  if (doc.lower[j] === 'the') j++;
  // "the commitment of the United States to Poland" (not "of Guyana and the United States")
  if (doc.lower[r + 1] === 'of' && m.tokenStart === j) return coordinated(doc, m.tokenStart, m.tokenEnd) ? undefined : complementAfter(doc, m.tokenEnd, to, other);
  // "the partnership between the United States and Kosovo", "... between Morocco and the United States"
  if (doc.lower[r + 1] === 'between' && own) {
    if (m.tokenStart === j && doc.lower[m.tokenEnd] === 'and') {
      let o = m.tokenEnd + 1;
      if (doc.lower[o] === 'the') o++;
      return other(o) ?? undefined;
    }
    if (doc.lower[m.tokenStart - 1] === 'and' || (doc.lower[m.tokenStart - 1] === 'the' && doc.lower[m.tokenStart - 2] === 'and')) return other(j) ?? undefined;
  }
  return undefined;
}

/** Only possessive marks, adjectives and participles stand between the end of a name and its relation noun. */
function onlyModifiers(doc: Doc, k: number, r: number): boolean {
  if (k < r && POSSESSIVE_MARKS.has(doc.lower[k] as string)) k++;
  if (k < r && HYPHENS.has(doc.words[k] as string)) return true; // a pair; its other half is checked by the caller
  for (; k < r; k++) {
    const p = doc.pos[k] as number;
    if (!/^\p{Ll}/u.test(doc.words[k] as string) || (p !== P.ADJ && !(p === P.VERB && (doc.lower[k] as string).endsWith('ed')))) return false;
  }
  return true;
}

/** The name at [a, b) is one of "X and Y" (a title may stand before a name: "President X and President Y"). */
function coordinated(doc: Doc, a: number, b: number): boolean {
  let p = a - 1;
  while (p >= 0 && /^\p{Lu}/u.test(doc.words[p] as string) && doc.lower[p] !== 'the') p--;
  if (doc.lower[p] === 'the') p--;
  return doc.lower[p] === 'and' || doc.lower[b] === 'and';
}

/**
 * The relation's other party after it: "to Kenya", "to Ukraine's sovereignty", "to the defense of Japan"; null when the
 * complement names none, or is a clause ("to ensuring that X never ...": X is no party to the commitment).
 */
function complementAfter(doc: Doc, k: number, to: number, other: (k: number) => string | null): string | null {
  for (let n = 0; n < 3 && k < to; n++, k++) {
    if (!COMPLEMENT.has(doc.lower[k] as string)) continue;
    let j = k + 1;
    if (doc.lower[j] === 'the') j++;
    const o = other(j);
    if (o) return o;
    // "to the defense of Japan"
    if (/^\p{Ll}/u.test(doc.words[j] as string) && doc.lower[j + 1] === 'of') {
      j += 2;
      if (doc.lower[j] === 'the') j++;
      return other(j);
    }
    return null;
  }
  return null;
}
