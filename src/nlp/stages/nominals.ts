// Stage 3b': generic nominal anaphors of organisations ("the group", "the militia", "the lender", "the union") linked
// to the organisation named before them. News names an actor once and then refers to it by its kind: "Al-Shabaab
// claimed the attack. The militant group also accused Kenya of ...". The knowledge base gives its known
// organisations their own nominals (resolve.ts, linkNominals: "the bloc" for the EU); this stage covers every other
// organisation from what its name or its role says it is. Like the pronoun stage, it adds mentions to the entity
// index and nothing else: names, aliases and types are unchanged.
import { POS_INDEX, type Doc, type EntityMention } from '../types.js';
import type { EntityIndex } from './entity-index.js';

/** heads that name the organisation when its own name holds the same word: "the union" for a teachers' union */
const NAME_HEADS: ReadonlyMap<string, string> = new Map([
  ['union', 'union'], ['party', 'party'], ['bank', 'bank'], ['fund', 'fund'], ['agency', 'agency'],
  ['front', 'front'], ['movement', 'movement'], ['army', 'army'], ['coalition', 'coalition'],
  ['federation', 'federation'], ['association', 'association'], ['organisation', 'organization'],
  ['organization', 'organization'], ['foundation', 'foundation'], ['institute', 'institute'], ['league', 'league'],
  ['brigade', 'brigade'], ['brigades', 'brigade'], ['council', 'council'],
  ['commission', 'commission'], ['committee', 'committee'], ['court', 'court'], ['tribunal', 'tribunal'],
  ['company', 'company'], ['corporation', 'corporation'], ['authority', 'authority'], ['programme', 'programme'],
  ['program', 'program'], ['mission', 'mission'], ['ministry', 'ministry'], ['parliament', 'parliament'],
  ['force', 'force'], ['facility', 'facility'],
]);
/** heads that name a business: an organisation whose role is BUS, or whose name holds the word ("the company", "the firm") */
const BUSINESS_HEADS: ReadonlySet<string> = new Set(['company', 'firm', 'airline', 'manufacturer', 'retailer', 'insurer', 'carmaker', 'automaker', 'chipmaker', 'conglomerate']);
/** heads that name a lender: a bank or a fund */
const LENDER_HEADS: ReadonlySet<string> = new Set(['lender', 'lenders']);
/** heads that name an armed group: an organisation with an armed role, or "Forces", "Army", "Front" ... in its name */
const ARMED_HEADS: ReadonlySet<string> = new Set([
  'militia', 'militias', 'rebels', 'insurgents', 'militants', 'fighters', 'jihadists', 'guerrillas', 'guerrilla',
]);
/** "the group": the latest organisation that is not an office of a state */
const GROUP_HEADS: ReadonlySet<string> = new Set(['group', 'organisation', 'organization', 'movement', 'faction']);
/** "the regional body", "the bloc": an intergovernmental organisation */
const BODY_HEADS: ReadonlySet<string> = new Set(['body', 'bloc', 'alliance', 'grouping']);
const BODY_NAME = /\b(?:union|community|alliance|association|organi[sz]ation|league|council|forum|group|bloc|states)\b/i;
/** "the junta": the military body that rules */
const JUNTA_HEADS: ReadonlySet<string> = new Set(['junta']);
const JUNTA_NAME = /\b(?:council|committee|command|junta)\b/i;
/** Phoenix roles of armed groups outside a state's forces (kb role of an organisation) */
const ARMED_ROLES: ReadonlySet<string> = new Set(['REB', 'INS', 'UAF']);
const ARMED_NAME = /\b(?:front|brigades?|militias?|mujahideen|liberation|movement|guerrill\w*)\b/i;
/** "the paramilitaries": also a force of the state's own ("Rapid Support Forces", role MIL) */
const PARAMILITARY_HEADS: ReadonlySet<string> = new Set(['paramilitaries', 'paramilitary']);
const STATE_OFFICE = /\b(?:ministry|department|office|embassy|consulate|council|commission|parliament|court|government|presidency|cabinet|agency)\b/i;
const STATE_ROLES: ReadonlySet<string> = new Set(['GOV', 'JUD', 'LEG', 'IGO']);
/** how many sentences back an antecedent may be named */
const REACH = 8;
const ADJ = POS_INDEX['ADJ'] as number;
const NOUN = POS_INDEX['NOUN'] as number;
const VERB = POS_INDEX['VERB'] as number;

type Fits = (name: string, role: string) => boolean;

/** What an antecedent must be for this head, or null when the word is no organisation nominal. */
function fitsOf(head: string): Fits | null {
  if (LENDER_HEADS.has(head)) return (name) => /\b(?:bank|fund)\b/i.test(name);
  if (ARMED_HEADS.has(head)) return (name, role) => ARMED_ROLES.has(role) || ARMED_NAME.test(name);
  if (BODY_HEADS.has(head)) return (name, role) => role === 'IGO' || BODY_NAME.test(name);
  if (JUNTA_HEADS.has(head)) return (name, role) => JUNTA_NAME.test(name) && (role === '' || role === 'MIL' || role === 'GOV');
  if (PARAMILITARY_HEADS.has(head)) return (name, role) => ARMED_ROLES.has(role) || role === 'MIL' || ARMED_NAME.test(name);
  const word = NAME_HEADS.get(head);
  const inName = word ? new RegExp(`\\b${word}s?\\b`, 'i') : null;
  if (BUSINESS_HEADS.has(head)) return (name, role) => role === 'BUS' || (inName?.test(name) ?? false);
  if (GROUP_HEADS.has(head)) return (name, role) => (inName?.test(name) ?? false) || !(STATE_ROLES.has(role) || STATE_OFFICE.test(name));
  return inName ? (name) => inName.test(name) : null;
}
/** every head word and its test, built once */
const FITS: ReadonlyMap<string, Fits> = new Map(
  [...NAME_HEADS.keys(), ...BUSINESS_HEADS, ...LENDER_HEADS, ...ARMED_HEADS, ...PARAMILITARY_HEADS, ...GROUP_HEADS, ...BODY_HEADS, ...JUNTA_HEADS].map((h) => [h, fitsOf(h) as Fits]),
);

/**
 * Links "the [modifier]* HEAD" (lower-case words only, so "the Union of X" is a name, not a nominal) to the latest
 * organisation named within REACH sentences before it that fits the head. "the group of experts", "the party's" and
 * a nominal the knowledge base already linked are left alone; social platforms are never antecedents.
 */
export function linkOrgNominals(doc: Doc, index: EntityIndex, isPlatform: (name: string) => boolean = () => false): void {
  const at = index.entityAtToken;
  const mentionAt = index.mentionAtToken as Array<EntityMention | undefined> | undefined;
  // organisation name mentions in text order: token start, entity
  const orgs: Array<[number, number]> = [];
  for (let e = 0; e < index.entities.length; e++) {
    const ent = index.entities[e];
    // a platform a statement was posted on ("in a video posted on Telegram") is no actor to refer back to
    if (!ent || ent.type !== 'ORG' || isPlatform(ent.name)) continue;
    for (const m of ent.mentions) if (m.kind === 'name' || m.kind === undefined) orgs.push([m.tokenStart, e]);
  }
  if (orgs.length === 0) return;
  orgs.sort((a, b) => a[0] - b[0]);
  const touched = new Set<number>();
  for (let i = 0; i + 1 < doc.n; i++) {
    if (doc.lower[i] !== 'the' || (at[i] as number) >= 0) continue;
    // the run of lower-case modifiers and the head: "the militant group", "the Islamist armed group"
    let h = -1;
    for (let j = i + 1; j < doc.n && j <= i + 4 && (at[j] as number) < 0; j++) {
      const w = doc.words[j] as string;
      if (w !== w.toLowerCase()) break;
      const p = doc.pos[j] as number;
      if (FITS.has(doc.lower[j] as string) && p !== VERB) h = j;
      else if (p !== ADJ && p !== NOUN) break;
    }
    if (h < 0) continue;
    const next = doc.lower[h + 1];
    // "the group of experts", "the union's": not the bare nominal ("accused the group of staging ..." is)
    if ((next === 'of' && (doc.pos[h + 2] as number) !== VERB) || next === "'s" || next === '’s' || (h + 1 < doc.n && (doc.pos[h + 1] as number) === NOUN)) continue;
    const fits = FITS.get(doc.lower[h] as string) as Fits;
    const sent = doc.sentOf[i] as number;
    // of the fitting organisations named within reach, the one the article has named most so far (its main actor of
    // that kind: "the group" after a rival was named in passing), the latest at equal counts
    let found = -1;
    let best = 0;
    const before = upperBound(orgs, i);
    for (let k = before - 1; k >= 0; k--) {
      const [start, e] = orgs[k] as [number, number];
      if ((doc.sentOf[start] as number) < sent - REACH) break;
      const ent = index.entities[e];
      if (!ent || e === found || !fits(ent.name, (ent.kb as { role?: string }).role ?? '')) continue;
      let count = 0;
      for (const m of ent.mentions) if (m.tokenStart < i && (m.kind === 'name' || m.kind === undefined)) count++;
      if (count > best) {
        best = count;
        found = e;
      }
    }
    if (found < 0) continue;
    const ent = index.entities[found];
    if (!ent) continue;
    const m: EntityMention = {
      start: doc.starts[i] as number,
      end: doc.ends[h] as number,
      tokenStart: i,
      tokenEnd: h + 1,
      text: doc.text.slice(doc.starts[i] as number, doc.ends[h] as number),
      type: 'ORG',
      kind: 'nominal',
      score: undefined, // the field set of the recognizer's mentions: one hidden class
    };
    ent.mentions.push(m);
    touched.add(found);
    for (let k = i; k <= h; k++) {
      at[k] = found;
      if (mentionAt) mentionAt[k] = m;
    }
    i = h;
  }
  for (const e of touched) index.entities[e]?.mentions.sort((a, b) => a.start - b.start);
}

/** the number of entries whose token start is below i */
function upperBound(orgs: ReadonlyArray<[number, number]>, i: number): number {
  let lo = 0;
  let hi = orgs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((orgs[mid] as [number, number])[0] < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
