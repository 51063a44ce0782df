// Event coding, step 3: the arguments of a trigger from the dependency parse.
//   source: the subject; in the passive the by-agent; a shared subject across `conj`; the controller of an infinitive
//           (subject control "agreed to help", object control "urged X to leave"); the noun a relative clause modifies;
//           for an event noun its possessor ("Russia's invasion") or by-phrase.
//   target: the object or indirect object, else an oblique whose preposition the type's frame names ("sanctions on X",
//           "talks with X", "accused X of"); in the passive the subject.
//   A common noun stands for the party its modifiers name ("Chinese officials", "the government of Japan").
import type { PloverType } from '../../core/analysis.js';
import { POS_INDEX, type Doc } from '../types.js';
import { entityById, isCityEntity, type EntityIndex } from '../stages/entity-index.js';
import { afterDateline, entityIdAt, forceEntity, isActor, resolveObjectPronoun, resolvePronoun } from '../stages/attribution.js';
import { HOME, LED_BODIES, isStateNoun, type ActsFor } from '../stages/acts-for.js';
import { base, byAgent, caseOf, child, isPassive, markedBy, type Syntax } from './syntax.js';
import { loadEventLexicon, stem } from '../../kb/event-lexicon.js';
import { loadKB } from '../../kb/index.js';
import { groupParties } from '../stages/groups.js';
import { ACT_CARRIERS, TIME_WORDS } from '../lexicon/plover.js';
import { CALL_FORMS, calledParty } from './triggers.js';

/**
 * Token t stands inside a relative clause opened by ", who" or ", which" earlier in its clause ("X, who wrote the
 * draft with Y, urged ...": Y is no party to the urging, however the parse attaches it).
 */
export function inRelativeClause(doc: Doc, t: number): boolean {
  return relativeOpener(doc, t) >= 0;
}

/** The relative pronoun that opens the clause token t stands in (", who ...", "crews who ..."), or -1. */
export function relativeOpener(doc: Doc, t: number): number {
  const from = doc.sentStart[doc.sentOf[t] as number] as number;
  for (let i = t - 1; i > from && t - i < 15; i--) {
    if (doc.words[i] === ',' || doc.words[i] === ';') return -1;
    const w = doc.lower[i] as string;
    if ((w === 'who' || w === 'which') && (doc.words[i - 1] === ',' || doc.pos[i - 1] === NOUN_POS)) return i;
  }
  return -1;
}
const NOUN_POS = POS_INDEX['NOUN'] as number;

/** words that count an act's amount: "$45 million in aid", "a package of sanctions", "two tranches of loans" */
const AMOUNTS: ReadonlySet<string> = new Set(['million', 'billion', 'trillion', 'dollars', 'euros', 'pounds', 'yen', 'tonnes', 'tons', 'package', 'packages', 'tranche', 'tranches', 'round', 'rounds', 'batch', 'batches', 'shipment', 'shipments', 'worth']);

/** prepositions that introduce the recipient of each type, besides a direct or indirect object */
const TARGET_CASES: Readonly<Record<PloverType, readonly string[]>> = {
  AGREE: ['with', 'to', 'for'],
  CONSULT: ['with', 'to'],
  SUPPORT: ['for', 'with', 'to', 'behind'],
  CONCEDE: ['to'],
  COOPERATE: ['with'],
  AID: ['to', 'for'],
  RETREAT: ['from'],
  REQUEST: ['on', 'upon', 'to', 'from'],
  ACCUSE: ['against', 'at', 'on'],
  REJECT: ['from'],
  // (a warning or an ultimatum is delivered to its recipient: "issued a stern warning to X")
  THREATEN: ['against', 'on', 'to'],
  PROTEST: ['against', 'outside'],
  SANCTION: ['on', 'against'],
  MOBILIZE: ['against', 'toward', 'towards'],
  COERCE: ['against', 'on'],
  ASSAULT: ['on', 'against', 'at', 'upon'],
};
/** prepositions of the recipient of an amount given: "$45 million to X", "$3 billion in X's central bank" */
const AMOUNT_CASES: readonly string[] = [...TARGET_CASES.AID, 'in'];
/** prepositions of an event noun's recipient, for every type: "invasion of X", "support for X", "talks with X" */
const NOUN_TARGET_CASES = new Set(['of', 'on', 'against', 'with', 'for', 'to', 'toward', 'towards', 'upon']);
const PLACE_CASES = new Set(['in', 'at', 'near', 'inside', 'across', 'outside', 'off']);
const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);
const RELATIVE = new Set(['who', 'which', 'that', 'whom']);
/** relative pronouns the parse may read as a subject where they are the object ("which Israel struck") */
const OBJECT_RELATIVES: ReadonlySet<string> = new Set(['which', 'whom']);
/** prepositions by which a common noun names its party: "the government of X", "countries including X", "forces from X" */
const PARTY_CASES = new Set(['of', 'including', 'from', 'such as', 'like']);
const GROUP_PRONOUNS = new Set(['it', 'they', 'its', 'their', 'them']);
const POSSESSIVES = new Set(['its', 'their']);
/** verbs whose object is a party, never a thing, when a complement follows: "accused it of", "urged it to" */
const PARTY_OBJECT_VERBS = new Set(['accuse', 'accuses', 'accused', 'accusing', 'blame', 'blames', 'blamed', 'blaming', 'urge', 'urges', 'urged', 'urging', 'thank', 'thanks', 'thanked', 'thanking']);
/** verbs whose object is what is talked about, never a party */
const TOPIC_VERBS = new Set(['discuss', 'discusses', 'discussed', 'discussing', 'debate', 'debates', 'debated', 'debating', 'review', 'reviews', 'reviewed', 'reviewing']);
/** units that speak or act for the body that owns them */
const UNIT_NOUNS = new Set(['team', 'office', 'wing', 'unit', 'units', 'spokesman', 'spokeswoman', 'spokesperson', 'delegation', 'service', 'department', 'division', 'command', 'agency']);
/**
 * the armed means by which a party acts, besides Phoenix's agent nouns ("troops", "navy"): "its jets struck", "their
 * drones hit", "its forces captured" are acts of the party the possessive stands for
 */
const MEANS_NOUNS = new Set(['forces', 'force', 'jets', 'aircraft', 'planes', 'warplanes', 'drones', 'ships', 'vessels', 'warships', 'boats',
  'missiles', 'rockets', 'units', 'fighters', 'helicopters', 'gunboats', 'submarines', 'tanks', 'artillery', 'batteries', 'guards']);
/** hostile acts aimed at what a party owns: "struck its positions" */
const OWNED_TARGET_TYPES: ReadonlySet<PloverType> = new Set(['ASSAULT', 'COERCE']);
/** acts that answer or ask for another party's act: addressed to that act's author when their object names it ("rejected Hungary's proposal", "demanded an admission by Moscow") */
const AUTHOR_TYPES: ReadonlySet<PloverType> = new Set(['REJECT', 'ACCUSE', 'SUPPORT', 'AGREE', 'REQUEST']);
/** nouns for a person in office, never an act whose author a response is addressed to ("thanked his counterpart") */
const PERSON_NOUNS = new Set(['counterpart', 'counterparts', 'minister', 'ministers', 'president', 'premier', 'envoy', 'envoys', 'ambassador',
  'ambassadors', 'leader', 'leaders', 'chancellor', 'secretary', 'host', 'hosts', 'colleague', 'colleagues', 'partner', 'partners']);
/** the head noun of a title: "NATO Secretary General Mark Rutte" is Rutte */
const MODIFIER_RELS = new Set(['appos', 'flat', 'compound', 'nmod', 'amod']);

/** acts named by a noun whose "that" clause says what is charged or asked ("the accusation that X had ...") */
export const CLAUSE_CONTENT_NOUNS: ReadonlySet<PloverType> = new Set(['ACCUSE', 'REQUEST']);
/** acts a party receives from another (aid), by a verb of receiving whose subject is their recipient */
const RECEIVED: ReadonlySet<PloverType> = new Set(['AID']);
const RECEIVING: ReadonlySet<string> = new Set([
  'receive', 'receives', 'received', 'receiving', 'obtain', 'obtains', 'obtained', 'obtaining', 'secure', 'secures',
  'secured', 'securing', 'get', 'gets', 'got', 'getting', 'accept', 'accepts', 'accepted', 'accepting',
]);

/** verbs by which what is sent gets where it goes */
const ARRIVING = /^(?:reach|arriv|enter)/;

/** types of joint acts (meetings, agreements, cooperation), which light verbs hold, make or resume */
const JOINT_ACTS: ReadonlySet<PloverType> = new Set(['CONSULT', 'AGREE', 'COOPERATE']);
/** verbs that hold, make or resume a joint act named by their object */
const HOLDS_ACT = /^(?:h[oe]ld|resum|restart|re-?open|open|beg[ia]n|start|launch|conduct|conclud|seal|reach|sign|renew|relaunch)/;

/**
 * The verb of an object relative clause on event noun v that holds or makes the act ("the talks that Brussels and
 * Beijing restarted", "the accord the two sides sealed"; also hung on the noun's own modifier: "the talks on prices
 * that X and Y restarted"): a clause with a subject and no object but its relative pronoun; else -1.
 */
function relativeHolder(doc: Doc, syn: Syntax, v: number): number {
  for (let k = syn.childStart[v] as number; k < (syn.childStart[v + 1] as number); k++) {
    const c = syn.childList[k] as number;
    if (c < v) continue;
    if (base(syn, c) === 'acl' && holdsAct(doc, syn, c)) return c;
    if (base(syn, c) === 'nmod') {
      for (let j = syn.childStart[c] as number; j < (syn.childStart[c + 1] as number); j++) {
        const d = syn.childList[j] as number;
        if (d > c && syn.rel[d] === 'acl:relcl' && holdsAct(doc, syn, d)) return d;
      }
    }
  }
  return -1;
}

/** Clause verb c holds or makes an act named outside it: a verb of HOLDS_ACT with a subject and no object but a relative pronoun. */
function holdsAct(doc: Doc, syn: Syntax, c: number): boolean {
  if (syn.upos[c] !== 'VERB' || !HOLDS_ACT.test(doc.lower[c] as string) || child(syn, c, 'nsubj') < 0 || isPassive(syn, c)) return false;
  const o = child(syn, c, 'obj');
  return o < 0 || (o < c && RELATIVE_PRONOUNS.has(doc.lower[o] as string));
}
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['that', 'which', 'whom']);

/** verbs of a journey whose purpose ("for talks with X") is the traveller's act */
export const JOURNEYS = /^(?:travel|flew$|fly|flies$|went$|go$|goes$|going$|arriv|came$|come|head|return|visit|land(?:s|ed|ing)?$|was$|were$|is$|are$)/;

export interface Arguments {
  sources: string[];
  targets: string[];
  location: string | null;
  passive: boolean;
  /** the sentence's parties when the trigger is "talks between X and Y" */
  between: string[];
}

const HOME_NOUNS = new Set(['country', 'nation']);
/** participles by which a thing is said to be a party's: "positions held by", "bases used by", "areas controlled by" */
const HOLDING = new Set(['held', 'used', 'controlled', 'run', 'operated', 'occupied', 'manned', 'owned', 'belonging']);
/** "member states", "member countries": the members of a body */
const MEMBER_HEADS = new Set(['states', 'countries', 'nations', 'governments']);
/** words by which a compound names the body whose members a noun names ("council members", "alliance members") */
const BODY_WORDS = new Set(['council', 'alliance', 'bloc', 'union', 'assembly', 'commission', 'parliament', 'organisation', 'organization', 'group', 'committee', 'board']);
/** how far back (tokens) the body whose members are named may be named */
const MEMBER_LOOKBACK = 400;
/** relations by which a parse hangs the subject on a dateline read as the subject */
const DATELINE_HANGERS = new Set(['list', 'appos', 'parataxis', 'dep', 'flat']);
/** modifiers by which a state agent is another state's, or no one's the article names: "foreign troops", "unnamed intelligence services" */
const NOT_OWN: ReadonlySet<string> = new Set(['foreign', 'unnamed', 'unidentified', 'unknown']);
/** determiners that single out no one: "any government", "no country" */
const UNSPECIFIED: ReadonlySet<string> = new Set(['any', 'no', 'every', 'each']);
/** a clock time ("18:20", "9.45"), as a live blog stamps its entries */
const CLOCK_TIME = /^\d{1,2}[:.]\d{2}$/;

export class ArgumentFinder {
  private readonly lex = loadEventLexicon();
  /** the first token after the article's dateline ("BEIJING -"), 0 when it has none */
  private readonly dateline: number;
  constructor(
    private readonly doc: Doc,
    private readonly syn: Syntax,
    private readonly index: EntityIndex,
    private readonly acts: ActsFor,
  ) {
    this.dateline = doc.n > 0 ? afterDateline(doc, 0, doc.sentEnd[0] as number) : 0;
  }

  /** The party (entity id) a token stands for, or null. HOME for an unnamed government ("police", "the authorities"). */
  partyAt(t: number, depth = 0): string | null {
    const { doc, syn, index } = this;
    // "BEIJING - China said ...": the dateline is where the story was filed, no party
    if (t < this.dateline && (index.mentionAtToken?.[t]?.tokenEnd ?? t + 1) <= this.dateline) return null;
    // "expelled the ambassador, whom it accused of spying": the subject pronoun of a relative clause on the object of
    // another verb is that verb's subject, not the nearest name (the relative pronoun is the clause's object)
    if (GROUP_PRONOUNS.has(doc.lower[t] as string) && depth < 2) {
      const outer = this.relativeClauseAuthor(t);
      if (outer >= 0) return this.partyAt(outer, depth + 1);
    }
    if (isActor(index, t)) {
      // a city or region the resolver did not make stand for its country is a place, not a party ("in Lima, ...")
      const e = index.entities[index.entityAtToken[t] as number];
      if (e && isCityEntity(e)) return null;
      const id = entityIdAt(index, t);
      return id !== null && e?.type === 'PERSON' ? this.describedCountry(t, id) : id;
    }
    if ((index.entityAtToken[t] as number) >= 0) return null; // a place or an event name is not a party
    const w = doc.lower[t] as string;
    // "urged members to back it", "rejected it": "it" as an object is mostly a thing (the plan, the draft), no party
    // (but the object of a verb that takes a party as its object is one: "accusing it of ...", "urged it to ...")
    if (w === 'it' && base(syn, t) === 'obj' && !PARTY_OBJECT_VERBS.has(doc.lower[syn.head[t] as number] as string)) return null;
    if (GROUP_PRONOUNS.has(w)) return this.pronounParty(t);
    if (RELATIVE.has(w) && depth < 2) return this.relativeParty(t, w, depth);
    const u = syn.upos[t];
    if (u !== 'NOUN' && u !== 'PROPN') return null;
    return this.nounParty(t, w, depth);
  }

  /** The party the relative pronoun w at t stands for: the noun its clause modifies, or the name just before it. */
  private relativeParty(t: number, w: string, depth: number): string | null {
    const { doc, syn, index } = this;
    // "the army, which shelled X": the relative pronoun stands for the noun the clause modifies (and a clause the
    // parse hung on a time after the object, "expelled the envoy on Monday, who ...", on that object)
    const v = syn.head[t] as number;
    if (v >= 0 && syn.rel[v] === 'acl:relcl') {
      let a = syn.head[v] as number;
      const g = a >= 0 ? (syn.head[a] as number) : -1;
      if (a >= 0 && TIME_WORDS.has(doc.lower[a] as string) && g >= 0 && syn.upos[g] === 'VERB' && child(syn, g, 'obj') >= 0) a = child(syn, g, 'obj');
      return this.partyAt(a, depth + 1);
    }
    // a relative clause the parse attached elsewhere: the name just before ", which"
    let k = t - 1;
    if (doc.words[k] === ',') k--;
    if (k >= 0 && !isActor(index, k) && syn.upos[k] === 'NOUN' && (w === 'whom' || (w === 'who' && base(syn, t) === 'obj')) && syn.upos[v] === 'VERB') return this.partyAt(k, depth + 1);
    return k >= 0 && isActor(index, k) ? this.partyAt(k, depth + 1) : null;
  }

  /** The party common noun or name w at t stands for: its possessor pronoun's, a person in apposition, its modifiers'. */
  private nounParty(t: number, w: string, depth: number): string | null {
    const { doc, syn, index } = this;
    // "on Friday, the Chilean Navy said": a time is nobody, whatever the parse hangs on it
    if (TIME_WORDS.has(w)) return null;
    // "X said its jets struck ...", "their forces captured ...": as a subject, an agent or the armed means of the party
    // a possessive pronoun stands for acts for that party (before the article's home country, which an unowned "troops" takes)
    const poss = child(syn, t, 'nmod:poss');
    if (poss >= 0 && base(syn, t) === 'nsubj' && POSSESSIVES.has(doc.lower[poss] as string) && (MEANS_NOUNS.has(w) || this.lex.agents.has(stem(w)))) {
      const p = this.pronounParty(poss);
      if (p !== null) return p;
    }
    // "phoned his Indian counterpart, S. Kumar, on Monday": a person in apposition that the parse hung elsewhere is
    // the one the noun describes, before its possessor and the country its modifier names
    const named = this.appositionPerson(t);
    if (named !== null) return named;
    // a common noun: the party its modifiers name; a person named in apposition first ("his counterpart, X")
    let found: string | null = null;
    for (let k = syn.childStart[t] as number; k < (syn.childStart[t + 1] as number); k++) {
      const c = syn.childList[k] as number;
      const r = base(syn, c);
      // "struck facilities used by X", "shelled positions held by the rebels": what a party holds stands for the party
      if (r === 'acl' && depth < 2 && HOLDING.has(doc.lower[c] as string)) {
        const by = this.agentOf(c);
        if (by >= 0) found ??= this.partyAt(by, depth + 1);
        continue;
      }
      if (!MODIFIER_RELS.has(r)) continue;
      if (r === 'nmod' && syn.rel[c] !== 'nmod:poss' && !PARTY_CASES.has(caseOf(syn, doc.lower, c))) continue;
      // "his Ugandan counterpart": the possessor of a person in office is another person, not the one meant
      if (syn.rel[c] === 'nmod:poss' && syn.upos[c] === 'PRON' && PERSON_NOUNS.has(w)) continue;
      if (!isActor(index, c)) {
        // "positions of the Syrian army", "the homes of Kurdish villagers": the noun the "of" phrase names stands in
        if (r === 'nmod' && depth < 2 && caseOf(syn, doc.lower, c) === 'of') found ??= this.namedBy(c, depth + 1);
        // "the junta's information team", "the army's press office": a unit that speaks or acts for a state agent
        else if (syn.rel[c] === 'nmod:poss' && depth < 2 && UNIT_NOUNS.has(w) && syn.upos[c] === 'NOUN' && isStateNoun(this.lex, doc.lower[c] as string)) found ??= this.partyAt(c, depth + 1);
        continue;
      }
      const e = index.entities[index.entityAtToken[c] as number];
      // "the Carney government", "Maduro's regime": the government a person leads acts for the person's country
      if (e?.type === 'PERSON') return LED_BODIES.has(w) ? this.acts.sideOf(e.id) : e.id;
      found ??= e?.id ?? null;
    }
    // "shelled army positions", "attacked a police post": what a state agent named by a compound holds is that agent's
    // party (the force the article names, else the home country)
    if (found === null && depth < 2 && !isStateNoun(this.lex, w)) {
      const cp = child(syn, t, 'compound');
      if (cp >= 0 && cp < t && syn.upos[cp] === 'NOUN' && isStateNoun(this.lex, doc.lower[cp] as string) && !this.foreign(t)) return forceEntity(doc, index, cp, null) ?? this.partyAt(cp, depth + 1);
    }
    return this.unnamedParty(t, w, found);
  }

  /** The noun at t is said to be another state's or no one's named: "foreign troops", "unnamed intelligence services". */
  private foreign(t: number): boolean {
    const m = child(this.syn, t, 'amod');
    return m >= 0 && NOT_OWN.has(this.doc.lower[m] as string);
  }

  /** The party of the noun w at t whose modifiers name `found`: the force the article names, a body, the home country. */
  private unnamedParty(t: number, w: string, found: string | null): string | null {
    const { doc, syn, index } = this;
    // "Sudan's army", "the army": the force the article names, if it names one
    if (found || doc.lower[t - 1] === 'the') {
      const force = forceEntity(doc, index, t, found);
      if (force) return force;
    }
    if (found) return found;
    // "urged council members to back it", "member states": the members of a body, addressed or acting together, are the
    // body (the one the compound names, else the intergovernmental body named last)
    if (w === 'members' || (MEMBER_HEADS.has(w) && doc.lower[t - 1] === 'member')) {
      const body = this.memberBody(t);
      if (body) return body;
    }
    // "will not accept any government trying to ...": a state agent no determiner singles out is no party
    const det = child(syn, t, 'det');
    if (det >= 0 && UNSPECIFIED.has(doc.lower[det] as string)) return null;
    // an unnamed state agent ("police", "troops", "the ministry", "prosecutors") acts for the article's home country;
    // rebels, protesters and other non-state agents name no party; nor do "foreign troops" (another state's) or
    // "unnamed officials"
    if (isStateNoun(this.lex, w)) return this.foreign(t) ? null : HOME;
    // "the country", "the nation": the article's home country
    if (HOME_NOUNS.has(w) && child(syn, t, 'det') >= 0 && doc.lower[child(syn, t, 'det')] === 'the') return HOME;
    return null;
  }

  /**
   * "said Estonia would summon the Russian ambassador": a description the resolver linked to a person is that person,
   * unless a country word in it names another country than the person's own ("the Russian ambassador" is not the
   * Estonian minister named before): then it stands for that country (the article's entity for it), or for no one.
   */
  private describedCountry(t: number, id: string): string | null {
    const m = this.index.mentionAtToken?.[t];
    if (!m || m.kind !== 'nominal') return id;
    const kb = loadKB();
    for (let k = m.tokenStart; k < m.tokenEnd; k++) {
      const w = this.doc.words[k] as string;
      if (!/^\p{Lu}/u.test(w)) continue;
      const c = kb.countryByDemonym(w) ?? kb.countryByName(w);
      if (!c) continue;
      const own = this.acts.stateOf(id);
      const ownIso = entityById(this.index, own)?.kb.iso3166;
      // (a person whose country the article does not tell keeps the description)
      if (ownIso === undefined || ownIso === c.iso2) return id;
      return this.index.entities.find((x) => x.type === 'GPE' && x.kb.iso3166 === c.iso2)?.id ?? null;
    }
    return id;
  }

  /**
   * The person named in apposition right after the common noun at t ("his counterpart, X, ..."), closed by a comma or the
   * sentence end, that the parse did not hang on the noun; null when none (", X said" reports, it describes nothing).
   */
  private appositionPerson(t: number): string | null {
    const { doc, syn, index } = this;
    if (doc.words[t + 1] !== ',' || !isActor(index, t + 2)) return null;
    const e = index.entities[index.entityAtToken[t + 2] as number];
    if (e?.type !== 'PERSON' || syn.head[t + 2] === t) return null;
    const end = index.mentionAtToken?.[t + 2]?.tokenEnd ?? t + 3;
    const next = doc.words[end] ?? '.';
    return next === ',' || next === '.' || next === ';' ? e.id : null;
  }

  /** The body whose members the noun at t names: the organisation its compound names ("council members"), else the intergovernmental one named last. */
  private memberBody(t: number): string | null {
    const { doc, syn, index } = this;
    const c = child(syn, t, 'compound');
    const word = c >= 0 && doc.lower[c] !== 'member' ? (doc.lower[c] as string) : '';
    if (word && !BODY_WORDS.has(word)) return null;
    for (let k = t - 1; k >= 0 && t - k <= MEMBER_LOOKBACK; k--) {
      const e = index.entities[index.entityAtToken[k] as number];
      if (!e || e.type !== 'ORG') continue;
      if (word ? e.name.toLowerCase().includes(word) : (e.kb as { role?: string }).role === 'IGO') return e.id;
    }
    return null;
  }

  /** The agent of a participle: its "by" phrase ("used by X"), or -1. */
  private agentOf(v: number): number {
    return byAgent(this.syn, this.doc.lower, v);
  }

  /**
   * For a subject pronoun t of a relative clause opened by an object relative pronoun ("..., whom it accused"), the
   * subject of the verb whose object (or the time after it) the clause hangs on; -1 otherwise.
   */
  private relativeClauseAuthor(t: number): number {
    const { doc, syn } = this;
    if (base(syn, t) !== 'nsubj') return -1;
    const v = syn.head[t] as number;
    if (v < 0 || (syn.rel[v] !== 'acl:relcl' && syn.rel[v] !== 'conj')) return -1;
    const rel = child(syn, v, 'obj');
    if (rel < 0 || rel !== t - 1 || (doc.lower[rel] !== 'who' && doc.lower[rel] !== 'whom')) return -1;
    // up from the noun the clause hangs on (through an apposition or a time: "the envoy on Monday, a diplomat who")
    let g = syn.head[v] as number;
    for (let hops = 0; g >= 0 && syn.upos[g] !== 'VERB' && hops < 3; hops++) g = syn.head[g] as number;
    if (g < 0 || syn.upos[g] !== 'VERB' || child(syn, g, 'obj') < 0) return -1;
    return child(syn, g, 'nsubj');
  }

  /**
   * "rolled over a loan to X": the particle of a multi-word verb the parse read as a preposition; the noun it heads is
   * the verb's object (-1 when the verb has no such particle).
   */
  private particleObject(v: number): number {
    const { doc, syn } = this;
    const p = doc.lower[v + 1];
    if (p === undefined || !(this.lex.verbs.get(doc.lower[v] as string) ?? []).some((e) => e.rest[0] === p)) return -1;
    for (let k = syn.childStart[v] as number; k < (syn.childStart[v + 1] as number); k++) {
      const c = syn.childList[k] as number;
      if (base(syn, c) === 'obl' && (syn.upos[c] === 'NOUN' || syn.upos[c] === 'SYM' || syn.upos[c] === 'NUM') && child(syn, c, 'case') === v + 1) return c;
    }
    return -1;
  }

  /** The subject of verb v after token c (and before v), or -1. */
  private laterSubject(v: number, c: number): number {
    const syn = this.syn;
    for (let k = syn.childStart[v] as number; k < (syn.childStart[v + 1] as number); k++) {
      const d = syn.childList[k] as number;
      if (d > c && d < v && syn.rel[d] === 'nsubj') return d;
    }
    return -1;
  }

  /** A relative pronoun stands between tokens a and b. */
  private relativeBetween(a: number, b: number): boolean {
    for (let k = Math.min(a, b) + 1; k < Math.max(a, b); k++) if (RELATIVE.has(this.doc.lower[k] as string) && this.doc.lower[k] !== 'that') return true;
    return false;
  }

  /** The party the pronoun at t stands for; null when none, or when it was read as a city (the dateline's "YANGON"). */
  private pronounParty(t: number): string | null {
    const p = resolvePronoun(this.doc, this.index, t);
    const e = p === null ? undefined : entityById(this.index, p);
    return e && isCityEntity(e) ? null : p;
  }

  /** The party a common noun names by its own modifiers (not a pronoun, nor an unnamed state agent), or null. */
  private namedBy(t: number, depth: number): string | null {
    const { syn, index } = this;
    if (syn.upos[t] !== 'NOUN') return null;
    for (let k = syn.childStart[t] as number; k < (syn.childStart[t + 1] as number); k++) {
      const c = syn.childList[k] as number;
      const r = base(syn, c);
      if ((r === 'amod' || r === 'compound' || syn.rel[c] === 'nmod:poss') && isActor(index, c)) return entityIdAt(index, c);
    }
    return depth < 2 ? this.partyAt(t, depth) : null;
  }

  /**
   * The parties at token t and at the tokens coordinated with it ("Japan and South Korea"); with `pairs`, a group
   * reference ("the two sides", "the two ministers") stands for the parties it refers to (groups.ts).
   */
  partiesAt(t: number, out: string[], pairs = true): void {
    const p = this.partyAt(t);
    // "the two sides agreed", "the sides had agreed": the pair they stand for, named before (not the subject of another
    // clause a verb without its own subject was hung on: "the two sides reviewed the operation, in which police arrested")
    if (p === null && pairs && (this.syn.upos[t] === 'NOUN' || this.syn.upos[t] === 'PROPN')) {
      const pair = groupParties(this.doc, this.index, t);
      if (pair) {
        for (const x of pair) if (!out.includes(x)) out.push(x);
        return;
      }
    }
    if (p && !out.includes(p)) out.push(p);
    const { syn, index } = this;
    this.conjuncts(t, out);
    // "countries including X, Y and Z": the modifier that named the party has conjuncts of its own
    if (p && !isActor(index, t)) {
      for (let k = syn.childStart[t] as number; k < (syn.childStart[t + 1] as number); k++) {
        const c = syn.childList[k] as number;
        if (isActor(index, c) && entityIdAt(index, c) === p) this.conjuncts(c, out);
      }
    }
  }

  private conjuncts(t: number, out: string[]): void {
    const { syn } = this;
    for (let k = syn.childStart[t] as number; k < (syn.childStart[t + 1] as number); k++) {
      const c = syn.childList[k] as number;
      if (base(syn, c) !== 'conj') continue;
      const q = this.partyAt(c);
      if (q && !out.includes(q)) out.push(q);
    }
  }

  /**
   * "GENEVA - Ilse Marten, the UN rights chief, on Tuesday urged ...": a parse that takes the dateline for the subject
   * hangs the real one on it (list, apposition); the first such noun after the dateline, else the dateline itself.
   */
  private pastDateline(s: number): number {
    const { syn } = this;
    for (let k = syn.childStart[s] as number; k < (syn.childStart[s + 1] as number); k++) {
      const c = syn.childList[k] as number;
      if (c < this.dateline || !DATELINE_HANGERS.has(base(syn, c))) continue;
      if (syn.upos[c] === 'PROPN' || syn.upos[c] === 'NOUN') return c;
    }
    return s;
  }

  /**
   * "18:20 AST Hamas rejected ...": a live blog's time stamp glued to its entry is read by the parse as the subject, with
   * the real one hung under it (on the time zone, in apposition); that name (within two levels), else s itself.
   */
  private pastTimestamp(s: number): number {
    const { doc, syn, index } = this;
    if (!CLOCK_TIME.test(doc.words[s] as string)) return s;
    const level = [s];
    for (let depth = 0; depth < 2; depth++) {
      const next: number[] = [];
      for (const t of level) {
        for (let k = syn.childStart[t] as number; k < (syn.childStart[t + 1] as number); k++) {
          const c = syn.childList[k] as number;
          if (c > s && isActor(index, c)) return c;
          next.push(c);
        }
      }
      level.length = 0;
      level.push(...next);
    }
    return s;
  }

  /**
   * The subject parties of predicate v, climbing through infinitives, coordination and participles (a group reference
   * counts only as the subject of v's own clause, of a coordinate verb or of a control verb: `pairs`).
   */
  subjectOf(v: number, out: string[], depth = 0, pairs = true): void {
    const { syn } = this;
    let s0 = child(this.syn, v, 'nsubj');
    // ("Hezbollah, which Israel struck": the second of two subjects, when the first is a relative pronoun)
    const later = s0 >= 0 && OBJECT_RELATIVES.has(this.doc.lower[s0] as string) ? this.laterSubject(v, s0) : -1;
    if (later >= 0) s0 = later;
    if (s0 >= 0) {
      const s = this.pastTimestamp(s0);
      if (syn.rel[s0] !== 'nsubj:pass') this.partiesAt(s < this.dateline ? this.pastDateline(s) : s, out, pairs);
      return;
    }
    if (depth >= 4) return;
    const h = syn.head[v] as number;
    if (h < 0) return;
    const r = base(syn, v);
    if (r === 'xcomp') {
      // object control ("urged Russia to withdraw") or subject control ("agreed to help")
      const o = child(syn, h, 'obj');
      if (o >= 0) this.partiesAt(o, out, pairs);
      else this.subjectOf(h, out, depth + 1, pairs);
    } else if (r === 'conj' || r === 'advcl') {
      // (a relative pronoun between the two verbs puts v in a relative clause the parse read as a coordinate)
      if (!isPassive(syn, h)) this.subjectOf(h, out, depth + 1, pairs && r === 'conj' && !this.relativeBetween(h, v));
    } else if (r === 'acl' && syn.rel[v] === 'acl:relcl') {
      this.partiesAt(h, out, false);
    } else if (r === 'parataxis' && h < v && syn.rel[h] === 'root' && (syn.upos[h] === 'PROPN' || syn.upos[h] === 'NOUN')) {
      // "US Ambassador X, who drafted the text, urged members to back it" parsed with the name as the root: the verb
      // hung on it is its predicate
      this.partiesAt(h, out, false);
    } else if (r === 'acl' && child(syn, v, 'obj') >= 0 && child(syn, v, 'mark') < 0 && syn.upos[h] !== 'VERB') {
      // a clause on a noun that has an object of its own is active: the noun acts ("the group leading the protests";
      // "The opposition Democratic Party accused the government ..." parsed with "accused" hung on the noun); not a
      // charge it is accused of ("accused the militia of shelling the town")
      this.partiesAt(h, out, false);
    }
  }

  find(v: number, type: PloverType, noun: boolean): Arguments {
    const a: Arguments = { sources: [], targets: [], location: null, passive: false, between: [] };
    const passive = !noun && isPassive(this.syn, v);
    a.passive = passive;
    const cases = TARGET_CASES[type];
    if (noun) this.nounArguments(v, type, a);
    else this.verbArguments(v, type, passive, cases, a);
    if (!noun) {
      if (!passive) this.subjectOf(v, a.sources);
      // ("deposited $3 billion in Pakistan's central bank": an amount given in a party's keeping goes to that party)
      this.objectPhraseOf(v, type === 'AID' && this.countedObject(v) ? AMOUNT_CASES : cases, a);
      if (!passive && RECEIVED.has(type) && RECEIVING.has(this.doc.lower[v] as string)) this.receivedFrom(v, a);
    } else if (a.sources.length === 0) this.lightVerbArguments(v, type, cases, a);
    if (noun && type === 'AID' && a.targets.length === 0) this.arrivedAt(v, a);
    // a party is never its own recipient
    for (let y = a.targets.length - 1; y >= 0; y--) if (a.sources.includes(a.targets[y] as string)) a.targets.splice(y, 1);
    // "fired on its positions", "seized their boats": a hostile act on what a possessive pronoun owns is aimed at the
    // party the pronoun stands for, when that is not the source
    if (!noun && a.targets.length === 0 && a.sources.length > 0 && OWNED_TARGET_TYPES.has(type)) this.ownedTargets(v, cases, a);
    // "Lula thanked him": an object pronoun is someone other than the subject
    if (!noun && a.targets.length === 0 && a.sources.length === 1) this.objectPronounTarget(v, a);
    return a;
  }

  /**
   * The parties of event noun v's own phrase: possessor and "by" agent, "between", place, recipient, modifier actor; for
   * a noun that modifies the noun carrying its act, that noun's phrase too ("Japan's $50 million aid package for X").
   */
  private nounArguments(v: number, type: PloverType, a: Arguments): void {
    const { doc, syn } = this;
    this.nounPhraseParties(v, v, type, a);
    const h = syn.head[v] as number;
    if (h > v && syn.rel[v] === 'compound' && ACT_CARRIERS.has(doc.lower[h] as string)) this.nounPhraseParties(h, v, type, a);
    // "Togo's accusation that Ghanaian troops had crossed the border", "the demand that Israel withdraw": the subject
    // of the clause an accusation or a demand states is the one accused or asked
    if (a.targets.length === 0 && CLAUSE_CONTENT_NOUNS.has(type)) {
      const cc = this.nounContentClause(v);
      if (cc >= 0) this.subjectOf(cc, a.targets, 4);
    }
  }

  /** nounArguments' reading of the dependents of noun n (but `skip`, the act noun itself). */
  private nounPhraseParties(n: number, skip: number, type: PloverType, a: Arguments): void {
    const { doc, syn, index } = this;
    for (let k = syn.childStart[n] as number; k < (syn.childStart[n + 1] as number); k++) {
      const c = syn.childList[k] as number;
      if (c === skip) continue;
      const r = base(syn, c);
      if (syn.rel[c] === 'nmod:poss') this.partiesAt(c, a.sources);
      else if (r === 'nmod' || r === 'obl') {
        const cs = caseOf(syn, doc.lower, c);
        // ("aid from Saudi Arabia", "a loan from the World Bank": what is given comes from its giver)
        if (cs === 'by' || (cs === 'from' && type === 'AID')) this.partiesAt(c, a.sources);
        else if (cs === 'between') this.partiesAt(c, a.between);
        else if (this.isPlace(c) && PLACE_CASES.has(cs)) a.location ??= entityIdAt(index, c);
        else if (NOUN_TARGET_CASES.has(cs)) this.partiesAt(c, a.targets);
      } else if ((r === 'amod' || r === 'compound') && isActor(index, c)) {
        // "a Russian attack", "US sanctions": the modifier is the actor
        this.partiesAt(c, a.sources);
      }
    }
  }

  /**
   * The "that" clause event noun v states: hung on the noun, or (a frequent misparse) on the verb whose object the noun
   * is, right after the noun's phrase; -1 when none.
   */
  private nounContentClause(v: number): number {
    const { doc, syn } = this;
    for (let k = syn.childStart[v] as number; k < (syn.childStart[v + 1] as number); k++) {
      const c = syn.childList[k] as number;
      if (c > v && base(syn, c) === 'acl' && markedBy(syn, doc.lower, c, 'that')) return c;
    }
    const h = syn.head[v] as number;
    if (h < 0 || base(syn, v) !== 'obj') return -1;
    for (let k = syn.childStart[h] as number; k < (syn.childStart[h + 1] as number); k++) {
      const c = syn.childList[k] as number;
      if (c > v && (base(syn, c) === 'advcl' || base(syn, c) === 'ccomp') && markedBy(syn, doc.lower, c, 'that') && this.phraseEnd(v) + 1 === this.clauseStart(c)) return c;
    }
    return -1;
  }

  /** The last token of the phrase token t heads. */
  private phraseEnd(t: number): number {
    const syn = this.syn;
    let end = t;
    for (let k = syn.childStart[t] as number; k < (syn.childStart[t + 1] as number); k++) {
      const c = syn.childList[k] as number;
      if (c > end && base(syn, c) !== 'punct') end = Math.max(end, this.phraseEnd(c));
    }
    return end;
  }

  /** The first token of the clause token c heads. */
  private clauseStart(c: number): number {
    const syn = this.syn;
    let start = c;
    for (let k = syn.childStart[c] as number; k < (syn.childStart[c + 1] as number); k++) start = Math.min(start, syn.childList[k] as number);
    return start;
  }

  /** The parties of verb v's dependents: objects, passive agents and subjects, obliques (place, "between", recipient). */
  private verbArguments(v: number, type: PloverType, passive: boolean, cases: readonly string[], a: Arguments): void {
    const { doc, syn, index } = this;
    // "called Jorge Soto on Monday": the party called, which the parse may read as a predicate (triggers.ts, calledParty)
    if (type === 'CONSULT' && !passive && CALL_FORMS.has(doc.lower[v] as string)) {
      const called = calledParty(doc, syn, v, (i) => isActor(index, i));
      if (called >= 0 && base(syn, called) === 'xcomp') this.partiesAt(called, a.targets);
    }
    for (let k = syn.childStart[v] as number; k < (syn.childStart[v + 1] as number); k++) {
      const c = syn.childList[k] as number;
      const r = base(syn, c);
      const full = syn.rel[c] as string;
      if (r === 'obj' || r === 'iobj') {
        if (passive) continue;
        // "discussed the impact of Russia's war", "discussed Ukraine": the object of a verb of discussion is its topic;
        // the partner is the one talked with ("discussed trade with X") or a co-subject ("X and Y discussed")
        if (r === 'obj' && TOPIC_VERBS.has(doc.lower[v] as string)) continue;
        // "renewed Peru's support for Chile": an act named as the object has its own parties (the
        // possessor is its agent); its recipient comes from its phrase (objectPhrase below)
        // ... and a response to an act is addressed to the act's author: "rejected Hungary's proposal", "condemned the
        // Russian strike on Kyiv", "dismissed calls by the opposition" (not to the act's own recipient)
        if (r === 'obj' && AUTHOR_TYPES.has(type) && syn.upos[c] === 'NOUN' && !isActor(index, c) && this.authorOf(c, type, a.targets)) continue;
        // "will fund Kenya's deployment to Haiti", "finance the agency's work": what aid pays for is its owner's, the
        // recipient (a possessive pronoun mostly stands for the giver: "provided its aid to X")
        if (r === 'obj' && type === 'AID' && !isActor(index, c) && this.namedOwner(c, a)) continue;
        if (r === 'obj' && !isActor(index, c) && this.lex.nounForms.has(doc.lower[c] as string)) continue;
        this.partiesAt(c, a.targets);
      } else if (full === 'obl:agent' || (r === 'obl' && passive && caseOf(syn, doc.lower, c) === 'by')) {
        this.partiesAt(c, a.sources);
      } else if (r === 'obl') {
        const cs = caseOf(syn, doc.lower, c);
        if (this.isPlace(c) && (PLACE_CASES.has(cs) || (cs === 'from' && !cases.includes('from')))) a.location ??= entityIdAt(index, c);
        else if (cs === 'between') this.partiesAt(c, a.between);
        // "voted against the resolution backed by X": a vote against a text answers its author, as a refusal of it does
        else if (type === 'REJECT' && cs === 'against' && syn.upos[c] === 'NOUN' && !isActor(index, c)) this.authorOf(c, type, a.targets);
        else if (cases.includes(cs) && !(c < v && inRelativeClause(doc, c))) {
          // "would respond to any attack by X": a threat answers the act it names, and is aimed at that act's author
          if (type === 'THREATEN' && syn.upos[c] === 'NOUN' && this.lex.nounForms.has(doc.lower[c] as string) && this.authorOf(c, type, a.targets)) continue;
          const n = a.targets.length;
          this.partiesAt(c, a.targets);
          // "allocated $300 million for reconstruction in Ukraine": aid for a work names where it goes in that work's phrase
          if (type === 'AID' && a.targets.length === n) this.objectPhrase(c, cases, a);
        }
        // "will contribute 1 billion euros over ten years to X": a recipient the parse hung on a span of time is the verb's
        else if (TIME_WORDS.has(doc.lower[c] as string)) this.objectPhrase(c, cases, a, 1);
        // "provided $40 million in aid to X", "rolled over $2 billion in deposits for X": the recipient of an amount
        // given stands in the phrase that says what the amount is
        // ("deposited $3 billion in Pakistan's central bank": the phrase itself may name the recipient)
        else if (cs === 'in' && type === 'AID' && this.countedObject(v)) {
          this.partiesAt(c, a.targets);
          if (a.targets.length === 0) this.objectPhrase(c, cases, a);
        }
      } else if (full === 'nsubj:pass') {
        this.partiesAt(c, a.targets);
      } else if (r === 'nsubj' && OBJECT_RELATIVES.has(doc.lower[c] as string) && this.laterSubject(v, c) >= 0) {
        // "Hezbollah, which Israel struck": a relative pronoun the parse made a second subject, before the real one, is
        // the clause's object
        this.partiesAt(c, a.targets);
      }
    }
  }

  /**
   * "Pakistan received a $3 billion loan from China", "Egypt obtained $2 billion from the UAE": what the subject of a
   * verb of receiving gets is the act of the party after "from", and the subject its recipient
   */
  private receivedFrom(v: number, a: Arguments): void {
    const { doc, syn } = this;
    const givers: string[] = [];
    for (let k = syn.childStart[v] as number; k < (syn.childStart[v + 1] as number); k++) {
      const c = syn.childList[k] as number;
      if (base(syn, c) === 'obl' && caseOf(syn, doc.lower, c) === 'from') this.partiesAt(c, givers);
    }
    // (or in the object's "from" phrase, also one "of" down: "received 40 tonnes of food aid from Japan")
    let o = child(syn, v, 'obj');
    for (let depth = 0; givers.length === 0 && o >= 0 && depth < 2; depth++) {
      let inner = -1;
      for (let k = syn.childStart[o] as number; k < (syn.childStart[o + 1] as number); k++) {
        const c = syn.childList[k] as number;
        if (base(syn, c) !== 'nmod') continue;
        const cs = caseOf(syn, doc.lower, c);
        if (cs === 'from') this.partiesAt(c, givers);
        else if (cs === 'of' && inner < 0) inner = c;
      }
      o = inner;
    }
    if (givers.length === 0) return;
    a.targets.length = 0;
    a.targets.push(...a.sources);
    a.sources.length = 0;
    a.sources.push(...givers);
  }

  /** "Aid from Saudi Arabia reached Yemen", "the first loan tranche arrived in Kyiv": where aid that arrives reaches is its recipient. */
  private arrivedAt(v: number, a: Arguments): void {
    const { doc, syn } = this;
    const h = syn.head[v] as number;
    if (h < 0 || base(syn, v) !== 'nsubj' || !ARRIVING.test(doc.lower[h] as string)) return;
    for (let k = syn.childStart[h] as number; k < (syn.childStart[h + 1] as number); k++) {
      const c = syn.childList[k] as number;
      const cs = base(syn, c) === 'obl' ? caseOf(syn, doc.lower, c) : '';
      if (base(syn, c) === 'obj' || cs === 'in' || cs === 'to') this.partiesAt(c, a.targets);
    }
  }

  /** The named possessor of noun o ("Kenya's deployment") added to the targets; false when it has none. */
  private namedOwner(o: number, a: Arguments): boolean {
    const p = child(this.syn, o, 'nmod:poss');
    if (p < 0 || this.syn.upos[p] === 'PRON') return false;
    const n = a.targets.length;
    this.partiesAt(p, a.targets);
    return a.targets.length > n;
  }

  /** Verb v's object is an amount: a number, a currency sign or a word of AMOUNTS ("provided $40 million", "sent 20 tonnes"). */
  private countedObject(v: number): boolean {
    const { doc, syn } = this;
    const o = child(syn, v, 'obj');
    return o >= 0 && (syn.upos[o] === 'NUM' || syn.upos[o] === 'SYM' || AMOUNTS.has(doc.lower[o] as string));
  }

  /** A prepositional phrase attached to verb v's object: "imposed sanctions on X", "provided aid to X", "met Y in Lima". */
  private objectPhraseOf(v: number, cases: readonly string[], a: Arguments): void {
    const o = child(this.syn, v, 'obj') >= 0 ? child(this.syn, v, 'obj') : this.particleObject(v);
    if (o >= 0 && !isActor(this.index, o)) this.objectPhrase(o, cases, a);
    else if (o >= 0 && a.location === null) this.objectPhrase(o, [], a);
  }

  /**
   * The parties of event noun v with no source of its own through the verb it is the object of: a light verb's subject
   * and recipient ("China launched an attack", "the EU imposed sanctions on X"), an amount's, a journey's.
   */
  private lightVerbArguments(v: number, type: PloverType, cases: readonly string[], a: Arguments): void {
    const { doc, syn } = this;
    // a light verb's subject: "China launched an attack", "the EU imposed sanctions on X"; also through an amount
    // the act is counted in: "announced $45 million in aid for X", "approved a package of loans"
    const q = syn.head[v] as number;
    const counted = q >= 0 && base(syn, v) === 'nmod' && (syn.upos[q] === 'NUM' || syn.upos[q] === 'SYM' || AMOUNTS.has(doc.lower[q] as string)) && base(syn, q) === 'obj';
    if (counted) this.countedSources(q, a);
    // ... and where the parse hangs the act on the verb: "announced 120 million euros in humanitarian assistance for X"
    else if (q >= 0 && base(syn, v) === 'obl' && caseOf(syn, doc.lower, v) === 'in' && syn.upos[q] === 'VERB' && this.countedObject(q)) this.subjectOf(q, a.sources);
    const h = syn.head[v] as number;
    if (h >= 0 && base(syn, v) === 'obj' && syn.upos[h] === 'VERB') this.subjectOf(h, a.sources);
    // the object of a relative clause whose verb holds or makes the act: "the talks that Brussels and Beijing restarted
    // in January", "the pact both sides sealed last year"
    if (a.sources.length === 0 && JOINT_ACTS.has(type)) {
      const rel = relativeHolder(doc, syn, v);
      if (rel >= 0) this.subjectOf(rel, a.sources, 0, true);
    }
    // talks as the purpose of a journey are the traveller's: "flew to Santiago for talks with X", "arrived in Kampala
    // for talks with Y" (the journey's subject holds them; a visit to a city alone names no partner)
    if (a.sources.length === 0 && type === 'CONSULT' && h >= 0 && this.journeyPurpose(v, h)) this.subjectOf(h, a.sources);
    // the light verb's prepositional recipient: "imposed sanctions on Iran"
    if (h >= 0 && a.targets.length === 0 && base(syn, v) === 'obj') {
      for (let k = syn.childStart[h] as number; k < (syn.childStart[h + 1] as number); k++) {
        const c = syn.childList[k] as number;
        if (base(syn, c) !== 'obl') continue;
        const cs = caseOf(syn, doc.lower, c);
        if (cases.includes(cs) || (cs !== 'in' && NOUN_TARGET_CASES.has(cs) && cs !== 'for')) this.partiesAt(c, a.targets);
      }
    }
  }

  /** "announced $45 million in aid for X", "block the EU's package of sanctions": the source through the amount q. */
  private countedSources(q: number, a: Arguments): void {
    const syn = this.syn;
    // ... unless the amount has its own owner: "block the EU's package of sanctions" (the EU's sanctions, not the
    // blocker's)
    const owner = child(syn, q, 'nmod:poss');
    if (owner >= 0 && isActor(this.index, owner)) this.partiesAt(owner, a.sources);
    else if (syn.upos[syn.head[q] as number] === 'VERB') this.subjectOf(syn.head[q] as number, a.sources);
  }

  /** Event noun v is the purpose of the journey verb h: "flew to Santiago for talks with X" (not one still to come). */
  private journeyPurpose(v: number, h: number): boolean {
    const { doc, syn } = this;
    return base(syn, v) === 'obl' && caseOf(syn, doc.lower, v) === 'for' && syn.upos[h] === 'VERB' && JOURNEYS.test(doc.lower[h] as string) && !this.futureOf(h);
  }

  /** "fired on its positions", "seized their boats": the party a possessive pronoun on verb v's object stands for. */
  private ownedTargets(v: number, cases: readonly string[], a: Arguments): void {
    const { doc, syn, index } = this;
    for (let k = syn.childStart[v] as number; k < (syn.childStart[v + 1] as number) && a.targets.length === 0; k++) {
      const c = syn.childList[k] as number;
      const r = base(syn, c);
      if (!(r === 'obj' || (r === 'obl' && cases.includes(caseOf(syn, doc.lower, c))))) continue;
      const poss = child(syn, c, 'nmod:poss');
      if (poss < 0 || !POSSESSIVES.has(doc.lower[poss] as string)) continue;
      const p = resolvePronoun(doc, index, poss);
      if (p && !a.sources.includes(p)) a.targets.push(p);
    }
  }

  /** "Lula thanked him": verb v's object pronoun is someone other than its one subject. */
  private objectPronounTarget(v: number, a: Arguments): void {
    const { doc, syn, index } = this;
    const o = child(syn, v, 'obj');
    if (o >= 0 && (doc.lower[o] === 'him' || doc.lower[o] === 'her') && syn.upos[o] === 'PRON') {
      const p = resolveObjectPronoun(doc, index, o, a.sources[0] as string);
      if (p && !a.sources.includes(p)) a.targets.push(p);
    }
  }

  /** The verb at v is told as to come ("will travel", "is to fly", "plans to go"): a journey not made yet. */
  private futureOf(v: number): boolean {
    const { doc, syn } = this;
    for (let k = syn.childStart[v] as number; k < (syn.childStart[v + 1] as number); k++) {
      const c = syn.childList[k] as number;
      const w = doc.lower[c] as string;
      if ((base(syn, c) === 'aux' || base(syn, c) === 'mark') && (w === 'will' || w === 'would' || w === 'shall' || w === "'ll" || w === 'to')) return true;
    }
    return false;
  }

  /**
   * The author of the act the noun at o names, when that act is of another type than the response to it: its possessor,
   * a name modifying it ("the Hungarian proposal", "the US statement"), or its "by"/"from" phrase ("an appeal from X").
   */
  private authorOf(o: number, type: PloverType, out: string[]): boolean {
    const { doc, syn, index, lex } = this;
    // "urged his Indian counterpart, X, to ...": a person named by the object is its recipient, the object is no act
    if (PERSON_NOUNS.has(doc.lower[o] as string) || this.appositionPerson(o) !== null) return false;
    const entry = lex.nouns.get(stem(doc.lower[o] as string));
    if (entry && lex.plover(entry.code)?.type === type) return false; // "reaffirmed its support for X": the act itself
    const n = out.length;
    for (let k = syn.childStart[o] as number; k < (syn.childStart[o + 1] as number); k++) {
      const c = syn.childList[k] as number;
      const r = base(syn, c);
      if (syn.rel[c] === 'nmod:poss' || ((r === 'amod' || r === 'compound') && isActor(index, c))) this.partiesAt(c, out);
      else if (r === 'nmod' || r === 'acl') {
        const cs = caseOf(syn, doc.lower, c);
        if (cs === 'by' || cs === 'from') this.partiesAt(c, out);
        // "rejected the truce proposed by X", "the ultimatum issued by Y": a refusal answers the author of what it
        // refuses, the agent of a participle on it (a deal "brokered by" or a plan "backed by" a third party is not
        // theirs to accept or praise: only a refusal reads the agent)
        else if (type === 'REJECT' && r === 'acl' && syn.rel[c] !== 'acl:relcl' && this.agentOf(c) >= 0) this.partiesAt(this.agentOf(c), out);
      }
    }
    return out.length > n;
  }

  /** Recipients and places in the prepositional phrases of an object noun ("a package of aid for X": one "of" deeper). */
  private objectPhrase(o: number, cases: readonly string[], a: Arguments, depth = 0): void {
    const { doc, syn, index } = this;
    for (let k = syn.childStart[o] as number; k < (syn.childStart[o + 1] as number); k++) {
      const c = syn.childList[k] as number;
      // "obl" too: a noun object mis-tagged as a verb ("provide aid/VERB to X") takes its phrase as an oblique
      if ((base(syn, c) !== 'nmod' && base(syn, c) !== 'obl') || syn.rel[c] === 'nmod:poss') continue;
      const cs = caseOf(syn, doc.lower, c);
      if (this.isPlace(c) && PLACE_CASES.has(cs)) a.location ??= entityIdAt(index, c);
      else if (a.targets.length === 0 && cases.includes(cs)) {
        this.partiesAt(c, a.targets);
        // "earmarked 50 million euros for schools in Kenya": a thing the act is for, with its place one phrase deeper
        if (a.targets.length === 0 && depth === 0 && !isActor(index, c)) this.objectPhrase(c, cases, a, 1);
      } else if (cs === 'of' && depth === 0 && !isActor(index, c)) this.objectPhrase(c, cases, a, 1);
    }
  }

  private isPlace(t: number): boolean {
    const e = this.index.entityAtToken[t] as number;
    return e >= 0 && PLACE_TYPES.has((this.index.entities[e] as { type: string }).type);
  }

  /** The party an argument acts for (resolved once per article by the acts-for stage). */
  party(id: string, other?: string): string | null {
    if (id === HOME) return this.acts.homeFor(other);
    return this.acts.party(id, other);
  }
}
