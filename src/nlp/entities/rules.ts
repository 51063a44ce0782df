// The gazetteer + pattern recognizer: capitalized runs split at titles, typed by gazetteer, heads and cues.
// It is the first recognizer and also the typing layer the trained tagger's spans pass through.
import type { EntityType, MentionKind } from '../../core/analysis.js';
import type { KB } from '../../kb/types.js';
import { unaccented } from '../../kb/text.js';
import { POS_INDEX, type Doc, type EntityMention, type EntityRecognizer } from '../types.js';
import { POSSESSIVE_S, glued } from '../tokenize.js';
import { loadModel } from '../ner/load.js';
import { lowerHash } from '../ner/hash.js';
import { BODY_HEADS, EVENT_HEADS, FIRST_HEADS, HONORIFICS, ORG_FIRST_HEADS, LAW_HEADS, LOC_HEADS, NAME_PARTICLES, NOT_ENTITY_ACRONYMS, NOT_NAMES, ORG_HEADS, PERSON_NOUNS, ROLE_HEADS, ROLE_MODIFIERS, TITLE_MODIFIERS } from './lexicon.js';

const PROPN = POS_INDEX['PROPN'] as number;
const NOUN = POS_INDEX['NOUN'] as number;
const ADJ = POS_INDEX['ADJ'] as number;
const NUM = POS_INDEX['NUM'] as number;
const ADV = POS_INDEX['ADV'] as number;
const VERB = POS_INDEX['VERB'] as number;
const DET = POS_INDEX['DET'] as number;
const MAX_PHRASE = 6;
const LOCATIVE = new Set(['in', 'at', 'from', 'to', 'near', 'outside', 'around', 'across', 'inside', 'into', 'via', 'toward', 'towards', 'through', 'throughout', 'visit', 'visited', 'visiting', 'arrived', 'left', 'flew', 'travelled', 'traveled']);

const UPPER = /^\p{Lu}/u;
/** Months and weekdays are dates, not names ("May" the person needs a title before it). */
const CALENDAR = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Jan.', 'Feb.', 'Aug.', 'Sept.', 'Sep.', 'Oct.', 'Nov.', 'Dec.']);
const ALLCAPS = /^[\p{Lu}\d&.-]{2,}$/u;

export function isCapitalized(w: string): boolean {
  // an ASCII first letter by its code (most words: this is asked of every token, many times), the others by UPPER
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(w);
}

/** Trust of each rule, for fusion with the trained tagger (which scores 2). */
export const RULE_SCORE = { gazetteer: 3, titled: 3, head: 2.5, pattern: 1, unknown: 0.5 } as const;

function mention(doc: Doc, a: number, b: number, type: EntityType, kind: MentionKind, score: number): EntityMention {
  const start = doc.starts[a] as number;
  const end = doc.ends[b - 1] as number;
  return entityMention(start, end, a, b, doc.text.slice(start, end), type, kind, score);
}

/**
 * The one object literal the entity recognizers build every mention with: all fields in one order, `score` even when
 * undefined. The code that reads mentions then sees one hidden class; spread copies ({ ...m, type }) made one per site
 * and source, some forty in all, and each new one deoptimised the functions reading it.
 */
export function entityMention(start: number, end: number, tokenStart: number, tokenEnd: number, text: string, type: EntityType, kind: MentionKind,
  score: number | undefined): EntityMention {
  return { start, end, tokenStart, tokenEnd, text, type, kind, score };
}

/** m with another type (and kind, and score) */
export function retyped(m: EntityMention, type: EntityType, kind: MentionKind = m.kind, score: number | undefined = m.score): EntityMention {
  return entityMention(m.start, m.end, m.tokenStart, m.tokenEnd, m.text, type, kind, score);
}

/** m cut or grown to end at token b - 1 (char offset `end`), its text sliced again from the document */
export function reachingTo(doc: Doc, m: EntityMention, b: number, end: number): EntityMention {
  return entityMention(m.start, end, m.tokenStart, b, doc.text.slice(m.start, end), m.type, m.kind, m.score);
}

/** Token i starts a sentence (or follows an opening quote/dash at a sentence start). */
function sentenceInitial(doc: Doc, i: number): boolean {
  const s = doc.sentStart[doc.sentOf[i] as number] as number;
  // backwards: the word just before decides almost always, so this stays O(1) even in a one-sentence megabyte
  for (let k = i - 1; k >= s; k--) if (/\p{L}/u.test(doc.words[k] as string)) return false;
  return true;
}

/** Lower-case words that join the parts of a hyphenated name ("Port-au-Prince", "al-Rubaie", "Aix-en-Provence"). */
const HYPHEN_JOINERS: ReadonlySet<string> = new Set(['al', 'el', 'ul', 'ud', 'wal', 'wa', 'ad', 'as', 'ash', 'an', 'ar', 'at', 'az', 'e', 'i', 'o', 'a', 'au', 'aux', 'en', 'sur', 'sous', 'les', 'la', 'le', 'de', 'des', 'du', 'di', 'da', 'del', 'y', 'upon', 'on', 'in', 'am', 'bin', 'ibn', 'bint', 'abu', 'ben']);

/** the Arabic article as romanisations write it before sun letters ("ez-Zor", "es-Sidr", "er-Rumeida"), and joined to
 * "and" ("wal-": "Ahl al-Sunna wal-Jamaa", "Nusrat al-Islam wal-Muslimin") */
const ARABIC_ARTICLES: ReadonlySet<string> = new Set(['ed', 'er', 'es', 'ez', 'et', 'en', 'esh', 'edh', 'eth', 'adh', 'ath', 'ur', 'us', 'uz', 'ut', 'un', 'ush', 'wal']);

/**
 * Token j is a hyphen inside a name, written without spaces: the end (exclusive) of the chain of hyphens and short
 * joiners ("-au-", "-al-") that reaches a capitalised word, else j (no chain). "Asia-Pacific", "Port-au-Prince",
 * "Jurf al-Sakhar" (j at the hyphen after "al").
 */
function hyphenChain(doc: Doc, j: number): number {
  let k = j;
  for (let guard = 0; guard < 6 && k + 1 < doc.n; guard++) {
    const w = doc.words[k] as string;
    if ((w !== '-' && w !== '‐') || doc.starts[k] !== doc.ends[k - 1] || doc.starts[k + 1] !== doc.ends[k]) return j;
    const nxt = doc.words[k + 1] as string;
    if (isCapitalized(nxt)) return k + 2;
    if (!HYPHEN_JOINERS.has(nxt)) return j;
    k += 2;
  }
  return j;
}

/** Token i is the lower-case article that leads a hyphenated name ("al-Qaim", "el-Arish"). */
function articleLed(doc: Doc, i: number): boolean {
  return (doc.words[i] === 'al' || doc.words[i] === 'el') && hyphenChain(doc, i + 1) > i + 1;
}

/** Can token i belong to a capitalized name run? */
function nameToken(doc: Doc, i: number): boolean {
  const w = doc.words[i] as string;
  if (!isCapitalized(w)) return false;
  if (NOT_NAMES.has(w) && (sentenceInitial(doc, i) || doc.pos[i] !== PROPN)) {
    // "ambassador He Yadong": after a lower-case role word, a capitalized word before another one starts a name
    // "He Yadong said": He is also a common Chinese surname, and the pronoun is never followed by a proper name
    const afterRole = (i > 0 && ROLE_HEADS.has(doc.words[i - 1] as string)) || w === 'He';
    const nextWord = doc.words[i + 1] as string | undefined;
    if (!(afterRole && nextWord && isCapitalized(nextWord) && doc.pos[i + 1] === PROPN && !NOT_NAMES.has(nextWord) && !CALENDAR.has(nextWord))) return false;
  }
  if (CALENDAR.has(w) && !(i > 0 && HONORIFICS.has(doc.words[i - 1] as string))) return false;
  return true;
}

export interface RuleRecognizerOptions {
  kb: KB;
}

export function createRuleRecognizer(opts: RuleRecognizerOptions): EntityRecognizer {
  const kb = opts.kb;
  return {
    name: 'rules',
    recognize(doc: Doc): EntityMention[] {
      const out: EntityMention[] = [];
      const n = doc.n;
      let i = 0;
      while (i < n) {
        // lowercase gazetteer entries: "the Kremlin" is caught at "Kremlin"; demonym adjectives are capitalized
        // "near al-Qaim", "the el-Arish road": a name led by a lower-case article joined to it by a hyphen
        if (!nameToken(doc, i)) {
          // "al-Qaida", "al - Shabaab": an actor-gazetteer organisation led by a lower-case article
          const led = doc.lower[i] === 'al' || doc.lower[i] === 'el' ? kb.actorOrgAt(doc.lower, doc.words, i, doc.sentEnd[doc.sentOf[i] as number] as number) : null;
          if (led) {
            out.push(mention(doc, i, led.end, 'ORG', 'name', RULE_SCORE.gazetteer));
            i = led.end;
            continue;
          }
          // "near al-Qaim", "the el-Arish road": a name led by a lower-case article joined to it by a hyphen
          if (!articleLed(doc, i)) {
            i++;
            continue;
          }
        }
        i = runMentions(doc, kb, i, out);
      }
      return acronymsAsDefined(out);
    },
  };
}

/**
 * The end (exclusive) of the capitalised run that starts at token i, grown over the particles, hyphens and joiners that
 * stand inside names ("von der Leyen", "Port-au-Prince", "Department of Housing and Urban Development", "King's College").
 */
function runEnd(doc: Doc, kb: KB, i: number): number {
  const n = doc.n;
  let j = i + 1;
  let against = false;
  while (j < n) {
    if (doc.sentOf[j] !== doc.sentOf[i]) break;
    if (nameToken(doc, j)) {
      j++;
      continue;
    }
    const w = doc.lower[j] as string;
    const next = j + 1 < n && doc.sentOf[j + 1] === doc.sentOf[i] && nameToken(doc, j + 1);
    // "Asia-Pacific", "Euro-Atlantic", "Al-Shabaab": a hyphen with no spaces inside a name; "Port-au-Prince",
    // "Zainab al-Rubaie", "Aix-en-Provence": short lower-case parts joined by hyphens to a capitalised word
    const chain = hyphenChain(doc, j);
    if (chain > j) {
      j = chain;
      continue;
    }
    // "Deir ez-Zor", "Ras es-Sidr", "Tell er-Rumeida": an Arabic article in any of its assimilated forms joined by a
    // hyphen to the next capitalised word
    if (ARABIC_ARTICLES.has(w) && j + 1 < n) {
      const joined = hyphenChain(doc, j + 1);
      if (joined > j + 1) {
        j = joined;
        continue;
      }
    }
    if (NAME_PARTICLES.has(w)) {
      // "von der Leyen", "da Silva": up to three particles before a capitalized word
      let k = j;
      while (k < n && k - j < 3 && NAME_PARTICLES.has(doc.lower[k] as string)) k++;
      if (k < n && doc.sentOf[k] === doc.sentOf[i] && nameToken(doc, k)) {
        j = k;
        continue;
      }
      // "Zainab al-Rubaie", "Jurf al-Sakhar": the particle joined to the next word by a hyphen
      const joined = k < n ? hyphenChain(doc, k) : k;
      if (joined > k) {
        j = joined;
        continue;
      }
    }
    // "the Liaison Office in Tarvia", "the Consulate General in Porvik": a post abroad is named by where it sits
    if (next && w === 'in' && postedHead(doc, j)) {
      j++;
      continue;
    }
    // "Task Force on Water Rights", "Committee on Foreign Relations": "on" after a committee-like head
    if (next && ((w === 'of' || w === 'for' || w === '&') && runHasHead(doc, i, j) || (w === 'on' && ON_HEADS.has(doc.words[j - 1] as string)))) {
      j++;
      continue;
    }
    // "National Library of the Netherlands", "Bank of the Philippine Islands"
    // "Office for the Return of Displaced Families": "for the" only right after an organisation head
    if ((w === 'of' || (w === 'for' && ORG_HEADS.has(doc.words[j - 1] as string))) && doc.lower[j + 1] === 'the' && j + 2 < n && doc.sentOf[j + 2] === doc.sentOf[i] && nameToken(doc, j + 2) && runHasHead(doc, i, j)) {
      j += 2;
      continue;
    }
    // "the Global Alliance Against Hunger and Poverty", "Coalition Against Arms Sales": a capitalised "Against"
    // after an organisation head names what the body campaigns against; the things named after it may be joined
    // by "and"
    if (next && doc.words[j] === 'Against' && ORG_HEADS.has(doc.words[j - 1] as string)) {
      against = true;
      j++;
      continue;
    }
    if (next && against && w === 'and') {
      j++;
      continue;
    }
    // "Jammu and Kashmir", "Bosnia and Herzegovina": a gazetteer name with "and" inside it
    if (next && w === 'and') {
      const g = gazetteerAt(doc, kb, i, Math.min(n, doc.sentEnd[doc.sentOf[i] as number] as number));
      if (g && g.end > j + 1 && !g.actor) {
        j = g.end;
        continue;
      }
    }
    // "Ministry of Trade, Industry and Fisheries", "Ministry of Economy, Trade and Industry": after "<organisation head>
    // of/for", a list of portfolios joined by commas and a closing "and" still names the organisation
    if (next && w === ',' && hasOrgHeadBeforeOf(doc, i, j + 1)) {
      const k = portfolioListEnd(doc, kb, j, n);
      if (k > j) {
        j = k;
        continue;
      }
    }
    if (next && w === 'and' && hasOrgHeadBeforeOf(doc, i, j + 1)) {
      // "Department of Housing and Urban Development", "Ministry of Agriculture and Forestry", "Center for Strategic
      // and International Studies": after "<organisation head> of/for", the capitalised words joined by "and" still
      // name the organisation (not a country or place after it: "the Council of Europe and Russia")
      let k = j + 1;
      while (k < n && doc.sentOf[k] === doc.sentOf[i] && nameToken(doc, k)) k++;
      const placeAfter = kb.phrases.get(doc.text.slice(doc.starts[j + 1], doc.ends[k - 1]))?.type;
      if (k - j <= 4 && placeAfter !== 'GPE' && placeAfter !== 'LOC') {
        j = k;
        continue;
      }
    }
    // "CCNG, Inc.", "Acme Widgets, Ltd.": the legal form after a comma makes a run that names no organisation
    // by its head a company name ("Atlantic Lottery Corporation, Inc." is named by its head already; a trade is no
    // such head: "Northwind Logistics, Inc.")
    if (w === ',' && j + 1 < n && doc.sentOf[j + 1] === doc.sentOf[i] && LEGAL_FORMS.has(doc.words[j + 1] as string) && !BODY_HEADS.has(doc.words[j - 1] as string)) {
      j += 2;
      break;
    }
    // "King's College", "Children's Hospital": one capitalised word, "'s", then a run that ends an organisation or a
    // building
    // (a town's building stays the town's: "Mecca's Grand Mosque")
    if ((w === "'s" || w === '’s') && j === i + 1 && next && !kb.phrases.has(doc.words[i] as string) && !kb.isGivenName(doc.words[i] as string)) {
      let k = j + 1;
      while (k < n && doc.sentOf[k] === doc.sentOf[i] && nameToken(doc, k)) k++;
      const last = doc.words[k - 1] as string;
      if ((ORG_HEADS.has(last) || (bodyOrBuildingHead(last) && kb.cities(doc.words[i] as string).length === 0)) && k - j <= 3) {
        j = k;
        continue;
      }
    }
    // "the Kurdistan Workers' Party", "the People's Defence Force": a plural noun of people in the possessive names
    // the members of an organisation, not its owner ("Russia's Defence Ministry" stays two names)
    if (next && (w === "'" || w === '’' || w === "'s" || w === '’s') && glued(doc, j) && groupPossessive(doc, j)) {
      let k = j + 1;
      while (k < n && doc.sentOf[k] === doc.sentOf[i] && nameToken(doc, k)) k++;
      if (bodyOrBuildingHead(doc.words[k - 1] as string) && k - j <= 3) {
        j = k;
        continue;
      }
    }
    if (next && w === 'and' && !ORG_HEADS.has(doc.words[j - 1] as string)) {
      // "Emergency Response and Assessment Team": joined only when the run after "and" ends an organization
      // (not two names: "the British Library and Columbia University")
      let k = j + 1;
      while (k < n && doc.sentOf[k] === doc.sentOf[i] && nameToken(doc, k)) k++;
      // (nor an organisation the knowledge base knows before "and": "Airbus and General Motors")
      if (ORG_HEADS.has(doc.words[k - 1] as string) && k - j <= 4 && !(knownOrgName(kb, doc.text.slice(doc.starts[i], doc.ends[j - 1])))) {
        j = k;
        continue;
      }
    }
    break;
  }
  return j;
}

/**
 * The mentions of the capitalised run (or article-led name) that starts at token i, pushed onto `out`: a gazetteer name
 * with a possessive or an article in it, an organisation's description, a name before a hyphenated compound, else the
 * run classified; returns where the next run may start.
 */
function runMentions(doc: Doc, kb: KB, i: number, out: EntityMention[]): number {
  // "the People's Republic of China": a gazetteer name with a possessive inside it
  if (i + 1 < doc.n && (doc.words[i + 1] === "'s" || doc.words[i + 1] === '’s')) {
    const g = possessiveName(doc, kb, i);
    if (g) {
      out.push(adjust(doc, mention(doc, i, g.end, g.type, g.kind, RULE_SCORE.gazetteer)));
      return g.end;
    }
  }
  let j = runEnd(doc, kb, i);
  // "Joint Chiefs of Staff", "Al - Qaeda": an organisation of the actor gazetteer that runs past the capitalised run
  const actor = kb.actorOrgAt(doc.lower, doc.words, i, doc.sentEnd[doc.sentOf[i] as number] as number);
  if (actor && actor.end > j) j = actor.end;
  // "The Hague", "The Gambia": a gazetteer name that starts with the article and spans the whole run
  if (i > 0 && (doc.words[i - 1] === 'The' || doc.words[i - 1] === 'the')) {
    // only when the bare name is not itself an entry ("the Netherlands" is Netherlands)
    const bare = kb.phrases.has(doc.text.slice(doc.starts[i], doc.ends[j - 1]));
    const g = bare ? null : gazetteerAt(doc, kb, i - 1, j, true);
    if (g && g.end === j) {
      out.push(adjust(doc, mention(doc, i - 1, j, g.type, g.kind, RULE_SCORE.gazetteer)));
      return j;
    }
  }
  // "the UN refugee agency", "the U.N. nuclear watchdog": a description of an organisation the gazetteer lists,
  // led by the name of the body it belongs to and going on in lower-case words, is that organisation
  const described = orgDescription(doc, kb, i, j);
  if (described > j) {
    out.push(mention(doc, i, described, 'ORG', 'name', RULE_SCORE.gazetteer));
    return described;
  }
  // "Pakistan-administered Kashmir": a gazetteer name with a hyphenated compound after its first run
  if (hyphenCompound(doc, j)) {
    const g = gazetteerAt(doc, kb, i, doc.sentEnd[doc.sentOf[i] as number] as number);
    if (g && g.end > j + 2) {
      out.push(mention(doc, i, g.end, g.type, g.kind, RULE_SCORE.gazetteer));
      return g.end;
    }
  }
  classifyRun(doc, kb, i, j, out);
  return j;
}

/** lower-case words an organisation's description may run on for after the name of the body ("children's agency") */
const MAX_DESCRIPTION_TOKENS = 4;

/**
 * The end of a gazetteer organisation name that starts with the run [a, b), one word that is itself an organisation's
 * name, and goes on in lower-case words ("UN refugee agency", "UN children's agency", "Houthi movement"), else b.
 */
function orgDescription(doc: Doc, kb: KB, a: number, b: number): number {
  // (the body is named by one word, "UN", "U.N.", "Houthi": looked up as it stands, no slice of the text); the description
  // may open with the body's possessive ("the EU's executive arm") or with a demonym ("the UN Palestinian refugee agency")
  if (b >= doc.n) return b;
  const demonym = b === a + 2 && kb.phrases.get(doc.words[a + 1] as string)?.type === 'NORP';
  if (b !== a + 1 && !demonym) return b;
  if (!demonym && !/^\p{Ll}/u.test(doc.words[b] as string) && !(POSSESSIVE_S.has(doc.words[b] as string) && glued(doc, b))) return b;
  const body = kb.phrases.get(doc.words[a] as string);
  if (!body || body.type !== 'ORG' || body.kind !== 'name') return b;
  const last = Math.min(doc.sentEnd[doc.sentOf[a] as number] as number, b + MAX_DESCRIPTION_TOKENS);
  for (let e = last; e > b; e--) {
    if (!/^\p{Ll}/u.test(doc.words[e - 1] as string)) continue;
    const g = kb.phrases.get(doc.text.slice(doc.starts[a] as number, doc.ends[e - 1] as number).replace(/’/g, "'"));
    if (g && g.type === 'ORG' && g.kind === 'name') return e;
  }
  return b;
}

/** irregular plurals of people that take "'s" ("People's", "Women's") */
const PEOPLE_PLURALS: ReadonlySet<string> = new Set(['People', 'Women', 'Men', 'Children']);

/**
 * The possessive at token j ("'" or "'s", glued to the word before) marks a capitalised plural of people ("Workers'",
 * "Farmers'", "People's"): a group named by its members.
 */
function groupPossessive(doc: Doc, j: number): boolean {
  const w = doc.words[j - 1] as string;
  const plain = doc.words[j] === "'" || doc.words[j] === '’';
  // (a plural in "-s", not a name ending in "s": "Jesus'", "Lewis'")
  return plain ? /^\p{Lu}\p{Ll}+[^siu]s$/u.test(w) : PEOPLE_PLURALS.has(w);
}

/** The longest gazetteer name from token i that has a possessive "'s" as its second token ("People's Republic of China",
 * "Moody's"). */
function possessiveName(doc: Doc, kb: KB, i: number): GazetteerHit | null {
  const last = Math.min(doc.sentEnd[doc.sentOf[i] as number] as number, i + kb.maxPhraseTokens + 1);
  for (let e = last; e > i + 2; e--) {
    if (!isCapitalized(doc.words[e - 1] as string)) continue;
    const g = kb.phrases.get(doc.text.slice(doc.starts[i] as number, doc.ends[e - 1] as number).replace(/’/g, "'"));
    if (g) return gazetteerHit(e, g.type, g.kind, false);
  }
  // "Moody's", "Lloyd's": an organisation whose whole name is a word and its possessive
  if (!glued(doc, i + 1)) return null;
  const g = kb.phrases.get(doc.text.slice(doc.starts[i] as number, doc.ends[i + 1] as number).replace(/’/g, "'"));
  if (g) return g.type === 'ORG' ? gazetteerHit(i + 2, g.type, g.kind, false) : null;
  // (the actor dictionaries' "Aaron's" is also a man's possessive: not after a given name)
  return !kb.isGivenName(doc.words[i] as string) && kb.actorOrg(`${doc.lower[i] as string} 's`) ? gazetteerHit(i + 2, 'ORG', 'name', false) : null;
}

/** Heads of an organisation's post in a place ("Embassy", "Mission", "Consulate General"): "in" + the place ends the name. */
const POSTED_HEADS: ReadonlySet<string> = new Set(['Office', 'Mission', 'Embassy', 'Consulate', 'Delegation', 'Representation', 'Bureau', 'Liaison']);

/** "in" at token j follows a posted head ("Office in", "Consulate General in"). */
function postedHead(doc: Doc, j: number): boolean {
  const w = doc.words[j - 1] as string;
  return POSTED_HEADS.has(w) || (w === 'General' && doc.words[j - 2] === 'Consulate');
}

/** "the Liaison Office in Tarvia": a posted head and "in" inside [a, b) */
function headBeforeIn(doc: Doc, a: number, b: number): boolean {
  for (let k = a + 1; k < b - 1; k++) if (doc.lower[k] === 'in' && postedHead(doc, k)) return true;
  return false;
}

/** "House of Commons", "House of Delegates": "House" names a chamber before "of" (alone it is a building or a family). */
function chamberOf(doc: Doc, k: number): boolean {
  return doc.words[k] === 'House' && doc.lower[k + 1] === 'of';
}

/** "the Line of Control", "the Line of Actual Control": "Line" opening a name after "the" is a boundary */
function boundaryLine(doc: Doc, k: number, a: number): boolean {
  return k === a && k > 0 && doc.words[k] === 'Line' && doc.lower[k - 1] === 'the' && doc.lower[k + 1] === 'of';
}

function runHasHead(doc: Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = doc.words[k] as string;
    if (ORG_HEADS.has(w) || LOC_HEADS.has(w) || chamberOf(doc, k) || boundaryLine(doc, k, a) || w === 'Republic' || w === 'Kingdom' || w === 'Secretary' || w === 'Minister' || w === 'Head' || w === 'Bank' || w === 'State' || w === 'States') return true;
  }
  return false;
}


/** a name the gazetteer knows, ending at token `end` (exclusive); `actor`: found in the actor dictionaries only */
interface GazetteerHit {
  end: number;
  type: EntityType;
  kind: MentionKind;
  actor: boolean;
}

/** a gazetteer hit, built by one object literal (one hidden class for the code that reads hits) */
function gazetteerHit(end: number, type: EntityType, kind: MentionKind, actor: boolean): GazetteerHit {
  return { end, type, kind, actor };
}

/**
 * Longest gazetteer phrase starting at token a and ending by b: the KB's curated phrases, else an organisation of the
 * actor gazetteer (PETRARCH2 dictionaries; the curated phrase wins a tie).
 */
function gazetteerAt(doc: Doc, kb: KB, a: number, b: number, exact = false): GazetteerHit | null {
  const actor = exact ? null : kb.actorOrgAt(doc.lower, doc.words, a, b);
  const lim = Math.min(b, a + MAX_PHRASE);
  if (actor && actor.end > lim) return gazetteerHit(actor.end, 'ORG', 'name', true);
  for (let e = lim; e > a + (exact ? 1 : 0); e--) {
    const key = doc.text.slice(doc.starts[a] as number, doc.ends[e - 1] as number);
    // (the key alone: a phrase "the X" is also a phrase "X" (KB.phrases), so "the " + key finds nothing it does not)
    let hit = kb.phrases.get(key);
    // "the Elysée" for "the Élysée" or "the Elysee": a seat of government or a name of several words written with only
    // some of its accents, looked up without any (one word alone is not: "Türk" is a surname, not "Turk")
    const bare = hit ? key : unaccented(key); // (no second look-up once found, or when there is no accent to drop)
    if (bare !== key) {
      const folded = kb.phrases.get(bare);
      if (folded && (folded.kind === 'metonym' || e - a > 1)) hit = folded;
    }
    if (hit) return gazetteerHit(e, hit.type, hit.kind, false);
    if (actor && actor.end === e) return gazetteerHit(e, 'ORG', 'name', true);
  }
  return null;
}

/** words before "Staff" that make it a military command's name rather than a title's last word ("Chief of Staff") */
const STAFF_KINDS: ReadonlySet<string> = new Set(['General', 'Joint', 'Defence', 'Defense', 'Naval', 'Air', 'Army', 'Military']);

/** a word of [a, b) is a country's name, alias or demonym ("U.S.", "Japan", "Kenyan") */
function namesCountry(doc: Doc, kb: KB, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = doc.words[k] as string;
    if (kb.countryByName(w) || kb.countryByDemonym(w)) return true;
  }
  return false;
}

/** lower-case nouns for bodies written after a body's capitalised name ("the Multinational Security Support mission") */
const BODY_NOUNS_AFTER: ReadonlySet<string> = new Set(['mission', 'militia', 'coalition', 'alliance']);

/** Capitalised division words that end a division's name ("Kurdistan Region", "Anbar Province"). */
const DIVISION_HEADS: ReadonlySet<string> = new Set(['Region', 'Province', 'Oblast', 'Governorate', 'Prefecture', 'Krai']);

/** Titles of named storms, and the words that may come before them. */
const STORM_TITLES = new Set(['Hurricane', 'Typhoon', 'Cyclone', 'Storm']);
const STORM_MODIFIERS = new Set(['Tropical', 'Super', 'Severe', 'Post-Tropical', 'Subtropical', 'Extratropical']);

/** Lower-case words before a name that make it an event: "the exercise Cold Response 2026", "operation Baltic Sentry". */
const EVENT_BEFORE = new Set(['exercise', 'exercises', 'operation', 'drills', 'drill', 'mission', 'offensive', 'campaign', 'manoeuvres', 'maneuvers', 'wargames']);
/** ... and after it: "the G20 summit", "the Vilnius summit". */
const EVENT_AFTER = new Set(['summit', 'summits']);
/** ... and exercise nouns after a name that is the exercise's alone: "the Balikatan exercises" */
const EXERCISE_AFTER: ReadonlySet<string> = new Set(['exercise', 'exercises', 'drills', 'wargames', 'war-games', 'manoeuvres', 'maneuvers']);


/** words that introduce the name of what precedes them: "the drills, known as X", "exercises, code-named X" */
const NAMING_WORDS = new Set(['code-named', 'codenamed', 'dubbed', 'named', 'called', 'as']);

/**
 * The name at token a is given to an exercise or operation just before it: "a new operation, Baltic Sentry,", "the
 * drills, known as Cold Response 2026", "joint exercises, code-named Northern Shield" (up to one adjective between).
 */
function namedEvent(doc: Doc, a: number): boolean {
  let k = a - 1;
  if (k >= 0 && NAMING_WORDS.has(doc.lower[k] as string)) {
    k -= doc.lower[k] === 'as' && doc.lower[k - 1] === 'known' ? 2 : 1;
    // "code - named" written as three tokens
    if (doc.lower[k + 1] === 'named' && doc.lower[k] === '-' && doc.lower[k - 1] === 'code') k -= 2;
  } else if (k >= 0 && doc.words[k] === ',') {
    // a bare apposition: only after the event noun itself ("a new operation, Baltic Sentry,")
    return k > 0 && EVENT_BEFORE.has(doc.lower[k - 1] as string) && doc.lower[k - 1] !== 'mission';
  } else return false;
  if (k >= 0 && doc.words[k] === ',') k--;
  // (a "mission" so named is a body: "the mission, known as EUFOR Althea")
  return k >= 0 && EVENT_BEFORE.has(doc.lower[k] as string) && doc.lower[k] !== 'mission';
}

/**
 * Types the capitalised run [a, b): an event, a post in an organisation, an organisation and a person after it, a
 * titled person, else the run without a title (typeSegment); pushes the mentions onto `out`.
 */
function classifyRun(doc: Doc, kb: KB, a: number, b: number, out: EntityMention[]): void {
  if (eventRun(doc, kb, a, b, out) || postInOrganisation(doc, kb, a, b, out) || organisationThenPerson(doc, kb, a, b, out) || titledPerson(doc, kb, a, b, out)) return;
  typeSegment(doc, kb, a, b, out);
}

/** The run [a, b) names an event (a storm, a conference, an operation or exercise, a meeting, a war): pushes it and returns true. */
function eventRun(doc: Doc, kb: KB, a: number, b: number, out: EntityMention[]): boolean {
  // "Hurricane Katrina", "Cyclone Phailin", "Tropical Storm Bill", "Storm Ciarán": a storm is an event, not a person
  // (a bare "Storm" only before a given name and not as a noun's modifier: "Storm Shadow missiles" are weapons)
  const s = STORM_MODIFIERS.has(doc.words[a] as string) ? a + 1 : a;
  const title = doc.words[s] as string;
  const bareStorm = title === 'Storm' && s === a;
  if (s < b - 1 && STORM_TITLES.has(title) && (!bareStorm || (kb.isGivenName(doc.words[s + 1] as string) && doc.pos[b] !== NOUN))) {
    out.push(mention(doc, a, b, 'EVENT', 'name', RULE_SCORE.head));
    return true;
  }
  const before = a > 0 ? (doc.lower[a - 1] as string) : '';
  // "COP29", "COP30 talks": the numbered conferences of the parties to a UN convention
  const cop = b - a === 1 && /^COP-?\d{1,2}$/.test(doc.words[a] as string);
  // "Operation Escudo Sur": an operation named with its capitalised word is an event (not a post, "Operation
  // Commander", nor a force whose name is written in capitals, "Operation ATALANTA", a body)
  const last = doc.words[b - 1] as string;
  const operation = (doc.words[a] === 'Operation' || doc.words[a] === 'Exercise') && b - a > 1 && !ORG_HEADS.has(last) && !HONORIFICS.has(last) && !ROLE_HEADS.has(last.toLowerCase()) &&
    !/^[\p{Lu}\d-]+$/u.test(last);
  if (cop || operation || (EVENT_BEFORE.has(before) && !isCapitalized(doc.words[a - 1] as string)) || namedEvent(doc, a)) {
    let e = b;
    if (e < doc.n && /^(19|20)\d\d$/.test(doc.words[e] as string)) e++; // "Cold Response 2026"
    out.push(mention(doc, a, e, 'EVENT', 'name', RULE_SCORE.head));
    return true;
  }
  // "the Balikatan exercises", "the Zapad-2025 drills", "the Talisman Sabre 2025 exercise": a name the knowledge base does not
  // know, right before an exercise noun, is the exercise (not a country, a people or a body that holds it: "NATO
  // exercises", "Chinese drills", "Pacific Fleet drills")
  {
    let e = b;
    if (e < doc.n && /^(19|20)\d\d$/.test(doc.words[e] as string)) e++;
    if (e < doc.n && EXERCISE_AFTER.has(doc.words[e] as string) && b - a <= 3 && !ORG_HEADS.has(last) && !namesCountry(doc, kb, a, b) &&
      !kb.phrases.has(doc.text.slice(doc.starts[a], doc.ends[b - 1])) && !kb.actorOrgAt(doc.lower, doc.words, a, b) && !/^[\p{Lu}.&-]+$/u.test(doc.words[a] as string)) {
      out.push(mention(doc, a, e, 'EVENT', 'name', RULE_SCORE.head));
      return true;
    }
  }
  // "the Pacific Islands Forum Leaders Meeting", "the NATO Summit", "the Gulf War": a name whose last word is a
  // meeting's or a war's is that event (a body whose name ends so has an organisation word or a title in it: "Department of
  // War"; a body holding the meeting may lead its name)
  if (b - a > 1 && EVENT_HEADS.has(last) && !(a > 0 && doc.lower[a - 1] === 'of' && HONORIFICS.has(doc.words[a - 2] ?? ''))) {
    let body = false;
    for (let k = a; k < b - 1 && !body; k++) body = HONORIFICS.has(doc.words[k] as string) || (last === 'War' && ORG_HEADS.has(doc.words[k] as string));
    if (!body) {
      out.push(mention(doc, a, b, 'EVENT', 'name', RULE_SCORE.head));
      return true;
    }
  }
  // ("the European Council summit", "an Arab League summit": a body named by its head noun holds the summit and stays
  // the body; "the G20 summit", "the Vilnius summit" are the meetings)
  if (b < doc.n && EVENT_AFTER.has(doc.lower[b] as string) && b - a <= 3 && !(b - a > 1 && ORG_HEADS.has(doc.words[b - 1] as string))) {
    out.push(mention(doc, a, b + 1, 'EVENT', 'name', RULE_SCORE.head));
    return true;
  }
  return false;
}

/** The run [a, b) is a post in an organisation ("Principal Secretary of the Ministry of Energy"): types the organisation and returns true. */
function postInOrganisation(doc: Doc, kb: KB, a: number, b: number, out: EntityMention[]): boolean {
  // "Principal Secretary of the Ministry of Energy": a post in an organisation is no part of its name; the organisation
  // is what follows "of the" (only with an organisation head in it: "Secretary of State" stays a title)
  // (the organisation ends the run: "President of the Commission Ana Lee" is left to the title reading below)
  let p = a;
  while (p < b && p - a < 2 && !HONORIFICS.has(doc.words[p] as string) && !ORG_HEADS.has(doc.words[p] as string)) p++;
  if (p < b - 3 && HONORIFICS.has(doc.words[p] as string) && doc.lower[p + 1] === 'of' && doc.lower[p + 2] === 'the' &&
    (ORG_HEADS.has(doc.words[b - 1] as string) || hasOrgHeadBeforeOf(doc, p + 3, b))) {
    typeSegment(doc, kb, p + 3, b, out);
    return true;
  }
  return false;
}

/** The run [a, b) is an organisation's name, then a person's given name and surname: pushes both and returns true. */
function organisationThenPerson(doc: Doc, kb: KB, a: number, b: number, out: EntityMention[]): boolean {
  // "the Migrant Aid Council Harriet Olu": an organisation's name and, right after its head, a given name and a surname
  // are two names (a title before them is outside the run: "chief executive of the ...")
  // ("the Tarvo Ministry of Health Anna Lee": also after the "of" part of the organisation's name)
  for (let k = a + 1; k < b - 2 && k - a < 10; k++) {
    if (b - k > 4 || !kb.isGivenName(doc.words[k + 1] as string) || ORG_HEADS.has(doc.words[k + 1] as string) || !isCapitalized(doc.words[k] as string)) continue;
    if (!ORG_HEADS.has(doc.words[k] as string) && !(OF_FOR.has(doc.lower[k - 1] as string) && hasOrgHeadBeforeOf(doc, a, k + 1))) continue;
    if (kb.phrases.has(doc.text.slice(doc.starts[k + 1], doc.ends[b - 1])) || kb.cities(doc.text.slice(doc.starts[k + 1], doc.ends[b - 1])).length > 0) continue;
    let person = true;
    for (let t = k + 1; person && t < b; t++) person = /^\p{Lu}\p{Ll}+$/u.test(doc.words[t] as string) && !ORG_HEADS.has(doc.words[t] as string) && !LOC_HEADS.has(doc.words[t] as string) && !HONORIFICS.has(doc.words[t] as string);
    if (!person) continue;
    typeSegment(doc, kb, a, k + 1, out);
    out.push(mention(doc, k + 1, b, 'PERSON', 'name', RULE_SCORE.titled));
    return true;
  }
  return false;
}

/** The run [a, b) holds a title: the person named after it, the names before and inside it; returns true when it did. */
function titledPerson(doc: Doc, kb: KB, a: number, b: number, out: EntityMention[]): boolean {
  // sentence-initial single common word ("Officials", "Speaking") is not a name unless the gazetteer knows it
  // a title inside the run: the name is what follows the last honorific
  let h = -1;
  // ("Consulate General", "Inspectorate General": "General" after an organisation head is part of that head)
  for (let k = a; k < b - 1; k++) if (HONORIFICS.has(doc.words[k] as string) && !TITLE_MODIFIERS.has(doc.words[k] as string) && !(doc.words[k] === 'General' && k > a && ORG_HEADS.has(doc.words[k - 1] as string))) h = k;
  let lastOrg = -1;
  let lastLoc = -1;
  for (let k = a; k < b; k++) {
    const w = doc.words[k] as string;
    if (ORG_HEADS.has(w)) lastOrg = k;
    if (LOC_HEADS.has(w)) lastLoc = k;
  }
  // "Former Prime Minister Ivo Rand of the Norland Social Democratic Party": after the title, a given name and a surname,
  // then "of (the)" and an organisation: a person of that organisation
  let personEnd = b;
  if (h >= 0 && h + 3 < b && kb.isGivenName(doc.words[h + 1] as string)) {
    let k = h + 2;
    while (k < b && k - h <= 3 && doc.lower[k] !== 'of' && /^\p{Lu}\p{Ll}+$/u.test(doc.words[k] as string) && !ORG_HEADS.has(doc.words[k] as string) && !LOC_HEADS.has(doc.words[k] as string)) k++;
    const org = doc.lower[k + 1] === 'the' ? k + 2 : k + 1;
    if (k > h + 2 && doc.lower[k] === 'of' && org < b && ORG_HEADS.has(doc.words[b - 1] as string) && lastOrg >= org) personEnd = k;
  }
  // "Head of State Almaz Tokayev", "Minister of Energy Rui Sousa": a title's one-word remit after "of" ends the title
  // when two or more name words follow it
  h = remitEnd(doc, h, personEnd);
  // ("Gen Z": a lone letter after a title is no name)
  let nameOk = h >= 0 && !(personEnd === h + 2 && (doc.words[h + 1] as string).length === 1);
  for (let k = h + 1; nameOk && k < personEnd; k++) if (ROLE_MODIFIERS.has(doc.lower[k] as string) || ORG_HEADS.has(doc.words[k] as string)) nameOk = false;
  const after: EntityMention[] = [];
  if (nameOk && personEnd < b) {
    typeSegment(doc, kb, doc.lower[personEnd + 1] === 'the' ? personEnd + 2 : personEnd + 1, b, after);
    b = personEnd;
    lastOrg = -1;
    lastLoc = -1;
  }
  if (nameOk && lastOrg <= h && lastLoc <= h) {
    // "NATO Secretary General Mark Rutte": [NATO] [Secretary General] [Mark Rutte]
    let t = a;
    while (t <= h && !HONORIFICS.has(doc.words[t] as string)) t++;
    if (t > a) typeSegment(doc, kb, a, t, out);
    // inside the title, organization/country words still are entities ("U.S. Defense Secretary")
    for (let k = t; k <= h; k++) {
      const g = gazetteerAt(doc, kb, k, h + 1);
      if (g && !HONORIFICS.has(doc.words[k] as string)) {
        out.push(adjust(doc, mention(doc, k, g.end, g.type, g.kind, RULE_SCORE.gazetteer)));
        k = g.end - 1;
      }
    }
    out.push(mention(doc, h + 1, b, 'PERSON', 'name', RULE_SCORE.titled), ...after);
    return true;
  }
  return false;
}

/** a person's name word (capitalised; hyphenated given names are several tokens: "Kassym", "-", "Jomart") */
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * The last token of a title whose honorific is at h and whose one-word remit follows after "of" ("Head of State",
 * "Minister of Energy") when at least two name words, none a head of an organisation or place nor a title word, follow
 * the remit before token b; else h. (Remits of several words, "Minister of Foreign Affairs X", were tried: one more
 * false event on own/test, round 29.)
 */
function remitEnd(doc: Doc, h: number, b: number): number {
  if (h < 0 || doc.lower[h + 1] !== 'of' || h + 2 >= b || !NAME_WORD.test(doc.words[h + 2] as string)) return h;
  const k = h + 3;
  let words = 0;
  for (let t = k; t < b; t++) {
    const w = doc.words[t] as string;
    if ((w === '-' || w === '‐') && glued(doc, t) && glued(doc, t + 1)) continue;
    if (!NAME_WORD.test(w) || ORG_HEADS.has(w) || LOC_HEADS.has(w) || HONORIFICS.has(w) || ROLE_MODIFIERS.has(w.toLowerCase())) return h;
    if (!glued(doc, t)) words++;
  }
  return words >= 2 ? k - 1 : h;
}

/** Types a run without a person title: organizations and places by their head, else gazetteer, else patterns. */
function typeSegment(doc: Doc, kb: KB, a: number, b: number, out: EntityMention[]): void {
  if (a < b && !typedWhole(doc, kb, a, b, out)) typedPiecewise(doc, kb, a, b, out);
}

/**
 * The run [a, b) typed as a whole (a gazetteer name, a post and the names inside it, a name by its head or its first
 * word): pushes the mentions onto `out` and returns true, else false.
 */
function typedWhole(doc: Doc, kb: KB, a: number, b: number, out: EntityMention[]): boolean {
  const lastWord = doc.words[b - 1] as string;
  // whole-run gazetteer match first ("North Atlantic Treaty Organization", "South China Sea")
  const whole = gazetteerAt(doc, kb, a, b);
  if (whole && whole.end === b) {
    out.push(adjust(doc, mention(doc, a, b, whole.type, whole.kind, RULE_SCORE.gazetteer)));
    return true;
  }
  // "The Minister of Foreign Affairs and International Cooperation of the Federal Republic of Somalia, Name,": a post
  // (a title word, then its remit after "of"/"for") is no organisation; the names the gazetteer knows inside it are kept,
  // but for the remit itself ("Secretary of Homeland Security" names no department)
  const of = b - a > 2 ? postOf(doc, a) : -1;
  if (of > 0 && of < b - 1) {
    // (the body after "of the" is the post's: "Secretary General of the Arab League"; a remit right after "of" is not)
    const remit = doc.lower[of + 1] !== 'the';
    for (let k = remit ? of + 1 : of + 2; k < b;) {
      const g = gazetteerAt(doc, kb, k, b);
      if (g) {
        if (!(g.type === 'ORG' && k === of + 1)) out.push(adjust(doc, mention(doc, k, g.end, g.type, g.kind, RULE_SCORE.gazetteer)));
        k = g.end;
      } else k++;
    }
    return true;
  }
  // "Kataib Hezbollah", "Jaish al-Adl", "Tehrik-e-Taliban Pakistan", "Partido Popular": a body's name led by the word for
  // the kind of body (not a place so named: "Liwa Oasis" ends in no organisation word and is left to its head)
  if (b - a > 1 && ORG_FIRST_HEADS.has(doc.words[a] as string) && !(LOC_HEADS.has(lastWord) && doc.words[b - 2] !== '-')) {
    out.push(mention(doc, a, b, 'ORG', 'name', RULE_SCORE.head));
    return true;
  }
  // "the Multinational Security Support mission", "the Baltic Air Policing mission": capitalised words before a
  // lower-case noun for a body name that body (not a place the gazetteer knows whole: "the Mali mission")
  // ("the U.S.-Japan alliance" is two countries' alliance)
  if (b - a > 1 && b < doc.n && BODY_NOUNS_AFTER.has(doc.words[b] as string) && !ORG_HEADS.has(lastWord) && !LOC_HEADS.has(lastWord) && !HONORIFICS.has(doc.words[a] as string) && !namesCountry(doc, kb, a, b)) {
    out.push(mention(doc, a, b, 'ORG', 'name', RULE_SCORE.head));
    return true;
  }
  // "Upper Nile", "clashes in Upper Nile state": a division listed as "X State", written without its division word (its
  // last word may be a gazetteer name of its own: the Nile)
  if (b - a > 1 && !DIVISION_HEADS.has(lastWord) && lastWord !== 'State' && kb.admin1(`${doc.text.slice(doc.starts[a], doc.ends[b - 1])} State`).length > 0) {
    out.push(mention(doc, a, b, 'GPE', 'name', RULE_SCORE.gazetteer));
    return true;
  }
  if (LAW_HEADS.has(lastWord) && b - a > 1) {
    out.push(mention(doc, a, b, 'LAW', 'name', RULE_SCORE.head));
    return true;
  }
  return typedByHead(doc, kb, a, b, out);
}

/** Words that lead the name of a harbour town ("Port Moresby", "Puerto Cortés", "Porto Novo"). */
const TOWN_FIRST_HEADS: ReadonlySet<string> = new Set(['Port', 'Puerto', 'Porto']);

/**
 * The run [a, b) typed as a whole by its first or last word (a physical feature, a boundary, a facility, an organisation,
 * a division, a command, a town): pushes the mention onto `out` and returns true, else false.
 */
function typedByHead(doc: Doc, kb: KB, a: number, b: number, out: EntityMention[]): boolean {
  const lastWord = doc.words[b - 1] as string;
  // "Lake Tharthar", "Mount Sinjar", "Cape Guardafui": a physical feature named by its head first (not a town so named:
  // "Cape Town", "Lake Charles")
  if (b - a > 1 && FIRST_HEADS.has(doc.words[a] as string) && isCapitalized(doc.words[a + 1] as string) &&
    kb.cities(doc.text.slice(doc.starts[a], doc.ends[b - 1])).length === 0) {
    out.push(mention(doc, a, b, 'LOC', 'name', RULE_SCORE.head));
    return true;
  }
  // "Port Sudan", "Puerto Cortés": a town named by its harbour (not "Port Authority": a body's head ends the name)
  if (b - a === 2 && TOWN_FIRST_HEADS.has(doc.words[a] as string) && /^\p{Lu}\p{Ll}/u.test(lastWord) && !ORG_HEADS.has(lastWord) && !LOC_HEADS.has(lastWord)) {
    out.push(mention(doc, a, b, 'GPE', 'name', RULE_SCORE.head));
    return true;
  }
  // ("Line of Control", "Line of Actual Control": a boundary)
  const firstHead = b - a > 2 && doc.lower[a + 1] === 'of' ? (LOC_HEADS.get(doc.words[a] as string) ?? (boundaryLine(doc, a, a) ? 'LOC' : undefined)) : undefined;
  if (firstHead) {
    out.push(mention(doc, a, b, firstHead === 'FAC' ? 'FAC' : 'LOC', 'name', RULE_SCORE.head));
    return true;
  }
  // "the National Palace of Culture", "the Royal Museum of Fine Arts": a facility head before the name's first "of";
  // "the State Guest House Padma": a guest house, named before or after its head
  if ((b - a > 2 && !ORG_HEADS.has(lastWord) && facilityHeadBeforeOf(doc, a, b)) || (b - a > 1 && guestHouse(doc, a, b))) {
    out.push(mention(doc, a, b, 'FAC', 'name', RULE_SCORE.head));
    return true;
  }
  if ((ORG_HEADS.has(lastWord) && b - a > 1) || hasOrgHeadBeforeOf(doc, a, b) || headBeforeOn(doc, a, b) || headBeforeIn(doc, a, b) || chamberOf(doc, a)) {
    out.push(mention(doc, a, b, 'ORG', 'name', RULE_SCORE.head));
    return true;
  }
  if (orgHeadThenPlace(doc, kb, a, b)) {
    out.push(mention(doc, a, b, 'ORG', 'name', RULE_SCORE.head));
    return true;
  }
  // "the Tarvia Region", "Porvik Province": a division word after the name of a known division names that division
  if (b - a > 1 && DIVISION_HEADS.has(lastWord)) {
    const g = kb.phrases.get(doc.text.slice(doc.starts[a], doc.ends[b - 2]));
    if (g?.type === 'GPE' && g.kind === 'name' && !kb.countryByName(g.canonical)) {
      out.push(mention(doc, a, b, 'GPE', 'name', RULE_SCORE.head));
      return true;
    }
  }
  // "Statistics Norway", "Statistics Canada": national statistics offices are named "Statistics" + the country
  if (b - a === 2 && doc.words[a] === 'Statistics' && kb.countryByName(lastWord)) {
    out.push(mention(doc, a, b, 'ORG', 'name', RULE_SCORE.head));
    return true;
  }
  // "Hellenic National Defence General Staff", "the Joint Staff": a general or joint staff is a military command
  // ("Chief of Defence Staff", "Chief of the Air Staff" are titles)
  if (lastWord === 'Staff' && b - a > 1 && STAFF_KINDS.has(doc.words[b - 2] as string) && !(a > 0 && (doc.lower[a - 1] === 'of' || doc.lower[a - 1] === 'the' && doc.lower[a - 2] === 'of'))) {
    out.push(mention(doc, a, b, 'ORG', 'name', RULE_SCORE.head));
    return true;
  }
  const loc = LOC_HEADS.get(lastWord);
  if (loc && b - a > 1) {
    out.push(mention(doc, a, b, loc === 'FAC' ? 'FAC' : 'LOC', 'name', RULE_SCORE.head));
    return true;
  }
  // "Santiago de Compostela", "San Juan de los Lagos": a GeoNames town whose name starts with the name of a country or a
  // capital is that town, not the country and a rest
  if (b - a > 1) {
    const g0 = gazetteerAt(doc, kb, a, b);
    if (g0 && g0.end < b && g0.type === 'GPE' && !g0.actor && kb.cities(doc.text.slice(doc.starts[a], doc.ends[b - 1])).length > 0) {
      out.push(mention(doc, a, b, 'GPE', 'name', RULE_SCORE.gazetteer));
      return true;
    }
  }
  return false;
}

/** The run [a, b) typed left to right: the gazetteer phrases in it, and the unknown words between them grouped. */
function typedPiecewise(doc: Doc, kb: KB, a: number, b: number, out: EntityMention[]): void {
  // left to right: gazetteer phrases, the rest grouped
  let k = a;
  let restStart = -1;
  while (k < b) {
    let g = gazetteerAt(doc, kb, k, b);
    // "Christian Lindner", "Christian Aid", "Muslim Brotherhood": a group's name (NORP, not a country's demonym) followed
    // by more capitalised words is the first word of a person's or a body's name
    if (g && g.type === 'NORP' && g.kind === 'name' && g.end < b) g = null;
    // "Jaish Hezbollah", "Ansar Hamas": one unknown capitalised word written before a one-word organisation that ends the
    // run names a group of its own (a faction, a wing; "Fiona Apple": not after a given name; curated organisations only,
    // the actor dictionaries holding common words such as "Ancestry")
    if (g && g.type === 'ORG' && g.kind === 'name' && !g.actor && g.end === b && b === k + 1 && restStart === k - 1 && k === a + 1 && unknownWordBefore(doc, kb, k - 1)) {
      out.push(mention(doc, k - 1, b, 'ORG', 'name', RULE_SCORE.head));
      return;
    }
    // "Fiona Apple", "Walt Disney": a one-word company name after unknown capitalised words is a surname; so is a
    // one-word place that ends the run after a given name ("Lucia Verona", "Tom Hamburg"), or is followed only by an
    // unknown second surname ("Ana Toledo Quispe")
    // "Paris Okoro said ... Okoro added": a one-word place, then one unknown capitalised word that the article uses alone
    // elsewhere as a speaker, is a person's given name and surname
    // "Oxfam Novib", "Oxfam Intermon": a one-word aid body or international organisation and one capitalised word nothing
    // knows, the whole run, is an affiliate of that body, one name (not a company's: "Amazon Rainforest")
    if (g && k === a && b === a + 2 && g.end === k + 1 && g.type === 'ORG' && g.kind === 'name' && affiliateOf(doc, kb, a)) {
      out.push(mention(doc, a, b, 'ORG', 'name', RULE_SCORE.gazetteer));
      return;
    }
    if (g && k === a && b === a + 2 && g.end === k + 1 && placeThenSurname(doc, kb, a, g.type)) {
      out.push(mention(doc, a, b, 'PERSON', 'name', RULE_SCORE.head));
      return;
    }
    if (g && !(g.end === k + 1 && restStart >= 0 && (g.actor || ((g.end === b || (g.end === b - 1 && unknownWordBefore(doc, kb, b - 1))) && surnameAfterGiven(doc, kb, restStart, k, g.type))))) {
      if (restStart >= 0) unknownName(doc, kb, restStart, k, out);
      restStart = -1;
      out.push(adjust(doc, mention(doc, k, g.end, g.type, g.kind, RULE_SCORE.gazetteer)));
      k = g.end;
    } else {
      if (restStart < 0) restStart = k;
      k++;
    }
  }
  if (restStart >= 0) unknownName(doc, kb, restStart, b, out);
}

/** The one-word organisation at a is an aid body or an international one and the word after it is one nothing knows. */
function affiliateOf(doc: Doc, kb: KB, a: number): boolean {
  const role = kb.actorOrg(doc.lower[a] as string)?.role;
  if (role !== 'NGO' && role !== 'IGO') return false;
  const w = doc.words[a + 1] as string;
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(w) || kb.isGivenName(w) || HONORIFICS.has(w) || NOT_NAMES.has(w) || ROLE_HEADS.has(w.toLowerCase()) || ROLE_MODIFIERS.has(w.toLowerCase())) return false;
  if (kb.phrases.has(w) || kb.cities(w).length > 0 || LOC_HEADS.has(w) || kb.countryByDemonym(w)) return false;
  // not a word news also writes in lower case ("NATO Allies", "UN Members")
  return writtenCapitalised(w.toLowerCase());
}
/** the case lexicon's class of words capitalised in 60 % or more of their mid-sentence uses (ner/lexicon.ts) */
const MOSTLY_CAPITALISED = 4;

/**
 * Whether news writes this word (lower case) capitalised, by the tagger's case lexicon: capitalised in most of its
 * mid-sentence uses, or unseen by the lexicon and not plural-looking ("Diplomats", "Allies", "Campaigners" are not).
 */
export function writtenCapitalised(lower: string): boolean {
  const cls = loadModel().lexicon?.get(lowerHash(lower)) ?? 0;
  return cls === 0 ? !lower.endsWith('s') : cls >= MOSTLY_CAPITALISED;
}

/**
 * Token t is a capitalised word nothing knows: no given name, title, gazetteer entry or city; a sentence's first word
 * only when the article also writes it with the word after it inside a sentence ("Kataib Hezbollah said ... the drones
 * of Kataib Hezbollah"), where its capital is the name's.
 */
function unknownWordBefore(doc: Doc, kb: KB, t: number): boolean {
  const w = doc.words[t] as string;
  if (!/^\p{Lu}\p{Ll}+$/u.test(w) || (sentenceInitial(doc, t) && !pairInsideSentence(doc, t)) || kb.isGivenName(w) || HONORIFICS.has(w) || NOT_NAMES.has(w)) return false;
  return !kb.phrases.has(w) && kb.cities(w).length === 0 && !ORG_HEADS.has(w) && !LOC_HEADS.has(w);
}

/** reporting verbs after a speaker's name ("Paris Okoro said") */
const SPEAKER_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'added', 'wrote', 'stated', 'explained', 'argued', 'warned', 'insisted', 'noted', 'recalled', 'asked', 'replied', 'spoke', 'announced', 'confirmed', 'denied', 'claimed']);
/** words before a capitalised word that make it part of a name or a noun phrase, no person named alone */
const NOT_ALONE: ReadonlySet<string> = new Set(['the', 'of', "'s", 'a', 'an', 'in', 'at']);

/**
 * The one-word place at a and the unknown capitalised word at a + 1 name a person: not after "the" or a possessive,
 * and the pair speaks or stands between commas with a surname-like second word, or the article writes the second word
 * alone elsewhere as a speaker, away from other capitalised words ("Paris Okoro said ... Okoro added"; "Kabul
 * Polytechnic said ... the Polytechnic said" is no person).
 */
function placeThenSurname(doc: Doc, kb: KB, a: number, type: EntityType): boolean {
  if ((type !== 'GPE' && type !== 'LOC') || doc.pos[a + 1] !== PROPN) return false;
  // the second word: capitalised, and no given name, title, gazetteer phrase or name head (a small town's name may
  // also be a surname: "Mills")
  const w2 = doc.words[a + 1] as string;
  if (!/^\p{Lu}\p{Ll}+$/u.test(w2) || kb.isGivenName(w2) || HONORIFICS.has(w2) || NOT_NAMES.has(w2) || kb.phrases.has(w2) || ORG_HEADS.has(w2) || LOC_HEADS.has(w2)) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(doc.words[a] as string)) return false;
  const prev = a > 0 ? (doc.lower[a - 1] as string) : '';
  if (prev === 'the' || prev === "'s" || prev === 'of' || (/^\p{Lu}/u.test(doc.words[a - 1] ?? '') && !sentenceInitial(doc, a))) return false;
  // "Ararat Mirzoyan said", "its top diplomat, Ararat Mirzoyan, said": a town's or province's name (no country's nor a
  // capital standing for one: "Kabul Polytechnic"), then a word nothing knows that news writes capitalised (a surname,
  // not "Valley"), the pair the subject of a reporting verb or set off by a comma
  const next = doc.lower[a + 2] ?? '';
  if ((SPEAKER_VERBS.has(next) || next === ',') && !kb.countryByName(doc.words[a] as string) && !kb.countryByMetonym(doc.words[a] as string) && unknownWordBefore(doc, kb, a + 1) && writtenCapitalised(w2.toLowerCase())) return true;
  const sur = doc.words[a + 1] as string;
  for (let t = 0; t < doc.n; t++) {
    if (t === a + 1 || doc.words[t] !== sur || isCapitalized(doc.words[t + 1] ?? '')) continue;
    const before = t > 0 ? (doc.lower[t - 1] as string) : '';
    if (NOT_ALONE.has(before) || (isCapitalized(doc.words[t - 1] ?? '') && !sentenceInitial(doc, t))) continue;
    // the word alone names a speaker: a reporting verb after it, or "said" before it ("Disneyland is busy" is no speaker)
    if (SPEAKER_VERBS.has(doc.lower[t + 1] ?? '') || before === 'said' || before === 'says') return true;
  }
  return false;
}

/** The words at t and t + 1 occur together again, one space apart, where the first is not its sentence's first word. */
function pairInsideSentence(doc: Doc, t: number): boolean {
  const w = doc.words[t] as string;
  const next = doc.words[t + 1];
  if (next === undefined) return false;
  for (let k = 0; k + 1 < doc.n; k++) {
    if (k !== t && doc.words[k] === w && doc.words[k + 1] === next && !sentenceInitial(doc, k) && (doc.ends[k] as number) + 1 === doc.starts[k + 1]) return true;
  }
  return false;
}

/**
 * The capitalised words [a, k) before a one-word place at k form a person's first names: they start with a given name
 * that is no sentence-initial function word ("Will Jordan ...?"), and all are unknown to the gazetteer.
 */
function surnameAfterGiven(doc: Doc, kb: KB, a: number, k: number, type: EntityType): boolean {
  if ((type !== 'GPE' && type !== 'LOC') || k - a > 2 || !kb.isGivenName(doc.words[a] as string)) return false;
  if (sentenceInitial(doc, a) && doc.pos[a] !== PROPN) return false;
  for (let t = a; t < k; t++) if (!isCapitalized(doc.words[t] as string) || HONORIFICS.has(doc.words[t] as string)) return false;
  return true;
}

/** "Vrije Universiteit Amsterdam", "Erasmus University Rotterdam": an organization head followed only by a place. */
function orgHeadThenPlace(doc: Doc, kb: KB, a: number, b: number): boolean {
  for (let k = a + 1; k < b - 1; k++) {
    if (!ORG_HEADS.has(doc.words[k] as string)) continue;
    const g = gazetteerAt(doc, kb, k + 1, b);
    return g !== null && g.end === b && (g.type === 'GPE' || g.type === 'LOC');
  }
  return false;
}

const OF_FOR: ReadonlySet<string> = new Set(['of', 'for', 'against']);
/** "Task Force on Water Rights": a committee-like head and "on" inside [a, b) */
function headBeforeOn(doc: Doc, a: number, b: number): boolean {
  for (let k = a + 1; k < b - 1; k++) if (doc.lower[k] === 'on' && ON_HEADS.has(doc.words[k - 1] as string)) return true;
  return false;
}
/** organisation heads that take their remit with "on" ("Task Force on Water Rights", "Commission on Human Rights") */
const ON_HEADS: ReadonlySet<string> = new Set(['Group', 'Committee', 'Subcommittee', 'Commission', 'Council', 'Conference', 'Panel', 'Forum', 'Taskforce', 'Institute', 'Centre', 'Center']);

/** An organisation head followed by one of `linkers` inside [a, b): "Ministry of Defence", "Agency for ...". */
/** the last word of an organisation's or a building's name ("College", "Hospital") */
function bodyOrBuildingHead(w: string): boolean {
  return ORG_HEADS.has(w) || LOC_HEADS.get(w) === 'FAC';
}

/**
 * Token a opens a post: a title word that names no body ("Minister", "Secretary", "Ambassador"), with "General" after
 * it or not ("Secretary General", "Director General"), then "of" or "for": the token of that "of" or "for", else -1.
 */
function postOf(doc: Doc, a: number): number {
  const w = doc.words[a] as string;
  if (!(HONORIFICS.has(w) && !TITLE_MODIFIERS.has(w) && !ORG_HEADS.has(w) && ROLE_HEADS.has(w.toLowerCase()))) return -1;
  const of = doc.words[a + 1] === 'General' ? a + 2 : a + 1;
  return doc.lower[of] === 'of' || doc.lower[of] === 'for' ? of : -1;
}

/** [a, b) holds "Guest House" or "Guesthouse" */
function guestHouse(doc: Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = doc.words[k] as string;
    if (w === 'Guesthouse' || (w === 'Guest' && doc.words[k + 1] === 'House' && k + 1 < b)) return true;
  }
  return false;
}

/** The first "of" inside [a, b) follows a facility head that names no organisation ("Palace", "Museum"; not "Embassy"). */
function facilityHeadBeforeOf(doc: Doc, a: number, b: number): boolean {
  for (let k = a + 1; k < b - 1; k++) {
    if (doc.lower[k] !== 'of') continue;
    const head = doc.words[k - 1] as string;
    return LOC_HEADS.get(head) === 'FAC' && !ORG_HEADS.has(head);
  }
  return false;
}

/**
 * The end of a list of portfolios from the comma at c, ", Industry and Fisheries": one or two capitalised words per
 * item, items joined by commas, a closing "and" before the last, no place among them; else c.
 */
function portfolioListEnd(doc: Doc, kb: KB, c: number, n: number): number {
  const s = doc.sentOf[c];
  let k = c;
  for (let items = 0; items < 4; items++) {
    const sep = doc.lower[k] as string;
    if (sep !== ',' && sep !== 'and') return c;
    let e = k + 1;
    while (e < n && doc.sentOf[e] === s && e - k <= 2 && nameToken(doc, e)) e++;
    if (e === k + 1) return c;
    const type = kb.phrases.get(doc.text.slice(doc.starts[k + 1], doc.ends[e - 1]))?.type;
    if (type === 'GPE' || type === 'LOC') return c;
    if (sep === 'and') return items > 0 ? e : c;
    k = e;
  }
  return c;
}

function hasOrgHeadBeforeOf(doc: Doc, a: number, b: number, linkers: ReadonlySet<string> = OF_FOR): boolean {
  for (let k = a + 1; k < b - 1; k++) if (linkers.has(doc.lower[k] as string) && ORG_HEADS.has(doc.words[k - 1] as string)) return true;
  return false;
}

/** Words that count or group people: "millions of Americans", "43 million Americans", "a wave of Indonesians". */
const PEOPLE_COUNTS = new Set([
  'million', 'millions', 'thousand', 'thousands', 'hundred', 'hundreds', 'dozen', 'dozens', 'billion', 'billions',
  'many', 'most', 'some', 'few', 'several', 'all', 'more', 'fewer', 'majority', 'minority', 'number', 'wave', 'waves',
  'group', 'groups', 'generation', 'generations', 'percent', '%', 'ordinary', 'fellow', 'young', 'older', 'other',
]);

/** The demonym at token i is preceded by a count or a group of people ("millions of", "43 million", "many"). */
function counted(doc: Doc, i: number): boolean {
  let k = i - 1;
  if (k >= 0 && doc.lower[k] === 'of') k--;
  if (k < 0) return false;
  return doc.pos[k] === NUM || PEOPLE_COUNTS.has(doc.lower[k] as string);
}

/** "Thai and Cambodian officials", "US and Chinese negotiators": "and"/"or" at token b, then one capitalised modifier and a
 * lower-case noun, so the word before b modifies that noun too */
export function coordinatedModifier(doc: Doc, b: number): boolean {
  if (b + 2 >= doc.n || (doc.lower[b] !== 'and' && doc.lower[b] !== 'or')) return false;
  const second = doc.words[b + 1] as string;
  const noun = doc.words[b + 2] as string;
  return /^\p{Lu}/u.test(second) && !/s$/.test(second) && /^\p{Ll}/u.test(noun) && doc.pos[b + 2] === NOUN && doc.sentOf[b + 2] === doc.sentOf[b];
}

/** "Kenyan-led", "Saudi-backed": a hyphen glued to the word before token b and a lower-case word glued after it */
export function hyphenCompound(doc: Doc, b: number): boolean {
  return (doc.words[b] === '-' || doc.words[b] === '–') && glued(doc, b) && glued(doc, b + 1) && /^\p{Ll}/u.test(doc.words[b + 1] as string);
}

/** Demonyms: adjective before a noun is NORP; as a noun ("the Russians") it stands for the country. Metonyms by position. */
function adjust(doc: Doc, m: EntityMention): EntityMention {
  if (m.kind === 'demonym') {
    // "the Russians", "North Koreans" stand for the country; "Dutch prime minister", "American and British troops",
    // "millions of Americans" (counted people) are NORP
    const nxt = m.tokenEnd < doc.n ? doc.pos[m.tokenEnd] : -1;
    // ("the Russian and Ukrainian delegations": a noun after a second, coordinated demonym; "the Kenyan-led mission")
    const nounNext = nxt === NOUN || nxt === PROPN || nxt === ADJ || nxt === NUM || coordinatedModifier(doc, m.tokenEnd) || hyphenCompound(doc, m.tokenEnd);
    const plural = /s$/.test(m.text) && !/ese$|ss$/.test(m.text);
    const afterThe = m.tokenStart > 0 && doc.lower[m.tokenStart - 1] === 'the';
    if (!nounNext && (plural || afterThe) && !counted(doc, m.tokenStart)) return retyped(m, 'GPE');
    return retyped(m, 'NORP');
  }
  if (m.kind === 'metonym' && m.tokenEnd < doc.n) {
    // "Washington state", "Washington, D.C.": the place itself
    const next = doc.lower[m.tokenEnd] as string;
    const after = doc.words[m.tokenEnd + 1] ?? '';
    if (next === 'state' || next === 'province' || (next === ',' && /^D\.?C\.?$/.test(after))) {
      const end = next === 'state' || next === 'province' ? m.tokenEnd + 1 : m.tokenEnd + 2;
      return retyped(reachingTo(doc, m, end, doc.ends[end - 1] as number), m.type, 'name');
    }
  }
  if (m.kind === 'metonym' && m.tokenStart > 0 && LOCATIVE.has(doc.lower[m.tokenStart - 1] as string) && !partyTo(doc, m.tokenStart - 1) && !rulersIn(doc, m.tokenStart - 1)) {
    // "a summit in Beijing" is the city, not the government
    return retyped(m, m.type, 'name');
  }
  // "teams sent to Mandalay and Nay Pyi Taw", "in Lviv, Odesa and Kyiv": a capital listed with other names after a
  // locative preposition is a city of the list
  if (m.kind === 'metonym' && m.tokenStart > 2 && (doc.lower[m.tokenStart - 1] === 'and' || doc.words[m.tokenStart - 1] === ',')) {
    let k = m.tokenStart - 2;
    while (k > 0 && m.tokenStart - k < 12 && (isCapitalized(doc.words[k] as string) || doc.words[k] === ',' || doc.words[k] === '-')) k--;
    // (not after a party's "to" or "from": "appealed to London and Paris", "reaction from Aden, Sanaa and Riyadh")
    if (k < m.tokenStart - 2 && LOCATIVE.has(doc.lower[k] as string) && isCapitalized(doc.words[k + 1] as string) && !partyTo(doc, k)) return retyped(m, m.type, 'name');
  }
  // "the streets of Kyiv", "their hold on Port-au-Prince", "the siege of Sarajevo": a part of a capital or a grip on its
  // ground is the city, not the government
  if (m.kind === 'metonym' && m.tokenStart > 1 && SPATIAL_LINKS.has(doc.lower[m.tokenStart - 1] as string) && SPATIAL_PARTS.has(doc.lower[m.tokenStart - 2] as string)) {
    return retyped(m, m.type, 'name');
  }
  // "the Kenyan capital Nairobi", "the capital, Lima": a capital named as such is the city
  if (m.kind === 'metonym' && m.tokenStart > 0) {
    const k = doc.words[m.tokenStart - 1] === ',' ? m.tokenStart - 2 : m.tokenStart - 1;
    if (k >= 0 && (doc.lower[k] === 'capital' || doc.lower[k] === 'city')) return retyped(m, m.type, 'name');
  }
  return m;
}

/** nouns for those who rule from a capital: "the junta in Bamako", "the government in Kabul", "authorities in Tehran" */
const RULERS: ReadonlySet<string> = new Set(['government', 'junta', 'regime', 'authorities', 'leadership', 'rulers', 'administration', 'cabinet']);

/**
 * "the junta in Bamako said", "authorities in Tehran": "in" at token `prep` follows a noun for the rulers, named as such
 * ("the", a possessive, or a bare plural), so the capital stands for them ("a change of government in Ankara" is the city)
 */
function rulersIn(doc: Doc, prep: number): boolean {
  if (doc.lower[prep] !== 'in' || prep < 1) return false;
  const noun = doc.lower[prep - 1] as string;
  return RULERS.has(noun) && (RULER_DETERMINERS.has(doc.lower[prep - 2] ?? '') || noun === 'authorities' || noun === 'rulers');
}
const RULER_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their']);

/** nouns for a part of a city's ground or a hold on it, before "of", "on" or "over" ("the streets of", "their grip on") */
const SPATIAL_PARTS: ReadonlySet<string> = new Set(['streets', 'outskirts', 'suburbs', 'centre', 'center', 'heart', 'districts', 'neighbourhoods', 'neighborhoods',
  'residents', 'inhabitants', 'mayor', 'siege', 'hold', 'grip', 'control', 'skies', 'airport', 'port', 'north', 'south', 'east', 'west']);
const SPATIAL_LINKS: ReadonlySet<string> = new Set(['of', 'on', 'over']);

/** words of going somewhere: "to" after them names a destination ("travelled to Beijing", "a trip to Moscow") */
const MOTION = /^(?:travel|trip|flew|fly|flies|flight|went|go|goes|going|gone|visit|mov|return|arriv|head|came|come|sail|drove|driv|relocat|deport|extradit|fled|flee|rout|road|way|back|journey|tour|expel|evacuat|transferr|transfer|sen[dt]|deploy|dispatch|shipp|flown|bound)/;

/** nouns of what a government says or does, before "from" and a capital: "reaction from Islamabad", "pressure from Moscow" */
const FROM_PARTY: ReadonlySet<string> = new Set(['reaction', 'reactions', 'response', 'responses', 'readout', 'comment', 'comments', 'statement', 'word',
  'pressure', 'warning', 'warnings', 'threat', 'threats', 'protest', 'protests', 'criticism', 'condemnation', 'support', 'backing', 'approval', 'request',
  'demand', 'demands', 'offer', 'signal', 'signals', 'message', 'messages', 'assurances', 'guarantees', 'objections', 'retaliation', 'sanctions', 'aid', 'help', 'call', 'calls']);

const DIPLOMATIC = /^(?:ambassador|envoy|embass|diplomat|consul|charg[eé]|emissar)/;

/**
 * "to" before a capital names a party rather than a destination when what precedes it is no motion: "protested to
 * Beijing", "appealed to Moscow", "an offer to Tehran" (but "travelled to Beijing", "troops sent to Kyiv").
 */
function partyTo(doc: Doc, to: number): boolean {
  const prep = doc.lower[to];
  if ((prep !== 'to' && prep !== 'from') || to === 0) return false;
  let k = to - 1;
  while (k > 0 && (doc.pos[k] === ADV || doc.pos[k] === NUM || doc.pos[k] === ADJ || doc.lower[k] === 'back')) k--;
  const w = doc.lower[k] as string;
  // "its ambassador to Paris", "recalled its envoy from Algiers": the state the diplomat is sent to
  if (DIPLOMATIC.test(w)) return true;
  // "reaction from Islamabad", "no readout from Washington", "pressure from Moscow": what a government says or does
  if (prep === 'from' && FROM_PARTY.has(w)) return true;
  if (prep !== 'to') return false;
  if (MOTION.test(w)) return false;
  // "sent 400 troops to Haiti", "delivered a note to Beijing": the verb before the object decides
  for (let j = k; j >= 0 && k - j < 5; j--) {
    const p = doc.pos[j];
    if (p === VERB) return !MOTION.test(doc.lower[j] as string);
    if (!(p === NOUN || p === DET || p === ADJ || p === NUM || p === PROPN)) break;
  }
  return true;
}

/** Lower-case nouns that put an organisation's name in apposition after them ("the carmaker Toyota"). */
const ORG_CUES: ReadonlySet<string> = new Set(['company', 'firm', 'corporation', 'carmaker', 'automaker', 'retailer', 'airline', 'startup', 'conglomerate', 'manufacturer', 'broadcaster', 'newspaper', 'publisher', 'insurer', 'lender', 'bank', 'militia', 'group',
  // producers and operators ("the state-owned coal miner Arktikugol", "the steelmaker Vorstal")
  'miner', 'producer', 'exporter', 'refiner', 'shipper', 'steelmaker', 'chipmaker', 'drugmaker', 'utility', 'operator', 'charity',
  // advisers and market firms ("shipping consultancy Drayton", "the brokerage Kelm")
  'consultancy', 'brokerage', 'shipbroker']);

/** Legal forms of company names written after a comma ("Google, Inc."). */
const LEGAL_FORMS: ReadonlySet<string> = new Set(['Inc.', 'Inc', 'Ltd.', 'Ltd', 'LLC', 'L.L.C.', 'Corp.', 'Co.', 'PLC', 'plc', 'LLP', 'L.P.', 'S.A.', 'AG', 'GmbH', 'N.V.']);

/** Institutions news names by a capitalised head alone ("the Army", "Congress"): the PETRARCH2 agent nouns with
 * a MIL, LEG or GOV code that are one capitalised word in news, and the Crown (the state in Commonwealth law). */
const INSTITUTIONS: ReadonlySet<string> = new Set(['Army', 'Navy', 'Marines', 'Congress', 'Senate', 'Parliament', 'Knesset', 'Duma', 'Bundestag', 'Pentagon', 'Crown']);

/** A capitalized run the gazetteer does not know: a person, an acronym, a city, or (tentatively) OTHER. */
function unknownName(doc: Doc, kb: KB, a: number, b: number, out: EntityMention[]): void {
  // "National Iodine Nutrition Study": a run led by a title modifier is not a person's name
  const ledByModifier = TITLE_MODIFIERS.has(doc.words[a] as string);
  // drop leading sentence-initial non-names and trailing honorifics
  while (a < b && HONORIFICS.has(doc.words[a] as string) && b - a > 1) a++;
  // "Minister for Foreign Affairs": what follows a title joined by "for"/"of" is the rest of the title, not a name
  if (a >= b || !(isCapitalized(doc.words[a] as string) || articleLed(doc, a))) return;
  const first = doc.words[a] as string;
  const len = b - a;
  // "the Army", "Congress", "the Crown": a national institution named by its head alone, mid-sentence
  if (len === 1 && INSTITUTIONS.has(first) && !sentenceInitial(doc, a)) {
    out.push(mention(doc, a, b, 'ORG', 'name', RULE_SCORE.head));
    return;
  }
  if (len === 1 && (HONORIFICS.has(first) || NOT_ENTITY_ACRONYMS.has(first))) return;
  // "ambassador He Yadong", "spokesperson Wang Wenbin": a lowercase role word right before a capitalized run;
  // "Liisa Kask, director of ...", "He Yadong, a spokesperson for ...": a role in apposition right after it
  // (not one word after "the": "victims of the Holocaust, the director said" names no person)
  if (len <= 4 && ((a > 0 && ROLE_HEADS.has(doc.lower[a - 1] as string) && !isCapitalized(doc.words[a - 1] as string)) || (roleAfter(doc, b) && !(len === 1 && a > 0 && doc.lower[a - 1] === 'the')))) {
    out.push(mention(doc, a, b, 'PERSON', 'name', RULE_SCORE.titled));
    return;
  }
  // "satellite imaging company Keyhole", "the ruling Fatah party": a lower-case organisation noun right before or
  // "party" right after the name (PETRARCH2 agent nouns with a BUS or party code)
  if (len <= 3 && ((a > 0 && ORG_CUES.has(doc.words[a - 1] as string)) || (len === 1 && doc.words[b] === 'party'))) {
    out.push(mention(doc, a, b, 'ORG', 'name', RULE_SCORE.head));
    return;
  }
  // "Anjuman-e-Tajiran, the largest traders' association, ...": an organisation noun in apposition right after the name
  if (len <= 5 && orgAfter(doc, b)) {
    out.push(mention(doc, a, b, 'ORG', 'name', RULE_SCORE.head));
    return;
  }
  if (len === 1) {
    if (sentenceInitial(doc, a) && doc.pos[a] !== PROPN) return;
    if (ALLCAPS.test(first) && first.length > 3 && kb.cities(first).length > 0) {
      out.push(mention(doc, a, b, 'OTHER', 'name', RULE_SCORE.unknown)); // "JAKARTA —": resolution makes it the city
      return;
    }
    // "LARISSA, 20 August 2025 –": a dateline names the city the story was filed from, also by a GeoNames alternate name
    if (ALLCAPS.test(first) && first.length > 3 && dateline(doc, a, b) && kb.cities(first, true).some((c) => c.population >= DATELINE_CITY_POP)) {
      out.push(mention(doc, a, b, 'GPE', 'name', RULE_SCORE.head));
      return;
    }
    if (ORG_HEADS.has(first)) return; // "Police said": a common noun at the start of a sentence
    // "the World Conservation Union (IUCN)", "Real Estate Council of Ontario (RECO)": an acronym in brackets right
    // after an organisation's name
    if (ALLCAPS.test(first) && a >= 2 && doc.words[a - 1] === '(' && doc.words[b] === ')' && orgNameBefore(doc, a - 1)) {
      out.push(mention(doc, a, b, 'ORG', 'name', RULE_SCORE.head));
      return;
    }
    if (ALLCAPS.test(first) && first.length <= 8 && /[A-Z]/.test(first)) {
      out.push(mention(doc, a, b, 'ORG', 'name', RULE_SCORE.pattern));
      return;
    }
    // a single word: OTHER until resolution knows better (surname of a person, a city)
    out.push(mention(doc, a, b, 'OTHER', 'name', RULE_SCORE.unknown));
    return;
  }
  const runText = doc.text.slice(doc.starts[a], doc.ends[b - 1]);
  if ((kb.cities(runText).length > 0 || largeCityByAlternate(kb, runText)) && !kb.isGivenName(first)) {
    out.push(mention(doc, a, b, 'OTHER', 'name', RULE_SCORE.unknown)); // "Rio de Janeiro": resolution decides
    return;
  }
  // "Coordinadora Guerrillera del Pacífico", "Comandos de la Frontera": capitalised words joined by a Romance article
  // and led by a Romance word for a body name that body ("José Ferreira da Costa", led by a given name, is a person)
  if (ROMANCE_ORG_HEADS.has(first) && b - a >= 3 && romanceJoined(doc, a, b)) {
    out.push(mention(doc, a, b, 'ORG', 'name', RULE_SCORE.head));
    return;
  }
  // "Royal Air Maroc", "Algérie Presse Service": words that qualify institutions, not people, make a run of proper
  // nouns an organisation's name (tentatively: the tagger and the ranker decide)
  if (!kb.isGivenName(first) && allPropn(doc, a, b) && institutionWord(doc, a, b)) {
    out.push(mention(doc, a, b, 'ORG', 'name', RULE_SCORE.pattern));
    return;
  }
  if (kb.isGivenName(first) || (allPropn(doc, a, b) && !ledByModifier)) {
    out.push(mention(doc, a, b, 'PERSON', 'name', kb.isGivenName(first) ? RULE_SCORE.pattern + 0.5 : RULE_SCORE.pattern));
    return;
  }
  out.push(mention(doc, a, b, 'OTHER', 'name', RULE_SCORE.unknown));
}

/** capitalised adjectives and nouns that name or qualify institutions and never a person ("Royal Air Maroc", "General Staff") */
const INSTITUTION_WORDS: ReadonlySet<string> = new Set([
  'Royal', 'Imperial', 'Federal', 'International', 'Islamic', 'Democratic', 'Republican', 'Popular', 'United', 'Revolutionary',
  'Liberation', 'Patriotic', 'Socialist', 'Armed', 'Naval', 'Military', 'Staff', 'Joint', 'Air', 'National', 'Defence', 'Defense',
  'Ministry', 'Presse', 'Press', 'Airlines', 'Airways', 'Maritime', 'Aviation', 'Civil', 'Public', 'Central', 'Supreme',
]);

/** a word of [a, b) is an institution word */
function institutionWord(doc: Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (INSTITUTION_WORDS.has(doc.words[k] as string)) return true;
  return false;
}

/** a city named in a dateline by an alternate name is read from this size on */
const DATELINE_CITY_POP = 20000;
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.']);

/** [a, b) opens a sentence as a dateline: "CITY, 20 August 2025 –", "CITY, Aug. 20 (Agency) -", "CITY (Agency) -", "CITY —" */
function dateline(doc: Doc, a: number, b: number): boolean {
  if (!sentenceInitial(doc, a) || b >= doc.n) return false;
  const w = doc.words[b] as string;
  if (w === '(' || w === '—' || w === '–') return true;
  return w === ',' && b + 1 < doc.n && (doc.pos[b + 1] === NUM || MONTHS.has(doc.lower[b + 1] as string));
}

/** Spanish, Portuguese, French and Italian words for a body, that open its name ("Frente", "Partido", "Conseil") */
const ROMANCE_ORG_HEADS: ReadonlySet<string> = new Set([
  'Coordinadora', 'Unidad', 'Comando', 'Comandos', 'Frente', 'Ejército', 'Exército', 'Movimiento', 'Movimento', 'Partido',
  'Fuerzas', 'Forças', 'Consejo', 'Conselho', 'Asamblea', 'Assembleia', 'Instituto', 'Ministerio', 'Ministério',
  'Secretaría', 'Comisión', 'Comissão', 'Confederación', 'Federación', 'Unión', 'União', 'Alianza', 'Aliança',
  'Asociación', 'Associação', 'Articulação', 'Sindicato', 'Corte', 'Tribunal', 'Banco', 'Servicio', 'Serviço', 'Policía',
  'Polícia', 'Guardia', 'Armada', 'Agencia', 'Agência', 'Autoridad', 'Oficina', 'Organización', 'Organização',
  'Fundación', 'Fundação', 'Junta', 'Cámara', 'Câmara', 'Congreso', 'Parti', 'Front', 'Conseil', 'Assemblée',
  'Mouvement', 'Rassemblement', 'Armée', 'Forces', 'Direction', 'Agence', 'Comité', 'Comitato', 'Consiglio', 'Movimento',
  'Brigada', 'Brigadas', 'Colectivo', 'Coletivo', 'Defensoría', 'Procuraduría', 'Fiscalía', 'Registraduría',
]);

/** articles and contractions that join the words of a Spanish, Portuguese, French or Italian name */
const ROMANCE_JOINERS: ReadonlySet<string> = new Set(['del', 'de', 'la', 'las', 'los', 'do', 'da', 'dos', 'das', 'des', 'du', 'della', 'degli', 'y', 'e']);

/** [a, b) is capitalised words joined by a Romance article ("Comandos de la Frontera") */
function romanceJoined(doc: Doc, a: number, b: number): boolean {
  let caps = 0;
  let joined = false;
  for (let k = a; k < b; k++) {
    const w = doc.words[k] as string;
    if (ROMANCE_JOINERS.has(w)) {
      if (caps >= 1) joined = true;
    } else if (isCapitalized(w)) caps++;
    else return false;
  }
  return joined && caps >= 2;
}

/** a city GeoNames lists under another main name is read by its alternate name from this size on (see resolution) */
export const ALTERNATE_CITY_POP = 100000;


/** a name the curated organisations or the actor dictionaries list */
function knownOrgName(kb: KB, name: string): boolean {
  return kb.orgByName(name) !== undefined || kb.actorOrg(name) !== undefined;
}

/**
 * "Cap-Haïtien" (GeoNames: Okap): a name of two or more words, or hyphenated, that is an alternate name of a large
 * city. One-word alternates are left to the geoparser: too many are ordinary words or surnames.
 */
export function largeCityByAlternate(kb: KB, text: string): boolean {
  return /[\s\-‐]/u.test(text) && kb.cities(text, true).some((c) => c.population >= ALTERNATE_CITY_POP);
}

/** The capitalised name ending right before token `end` has an organisation head ("Council of Ontario"). */
function orgNameBefore(doc: Doc, end: number): boolean {
  const s = doc.sentStart[doc.sentOf[end] as number] as number;
  for (let k = end - 1; k >= s && end - k <= 10; k--) {
    const w = doc.words[k] as string;
    if (ORG_HEADS.has(w)) return true;
    if (!isCapitalized(w) && w !== 'of' && w !== 'for' && w !== 'and' && w !== 'the' && !(w === 'in' && postedHead(doc, k))) return false;
  }
  return false;
}

/**
 * An acronym the document defines in brackets after an organisation's name ("... Ontario (RECO)") is that
 * organisation wherever else it stands ("RECO can levy"): later all-caps mentions of it become ORG (mutates `out`).
 */
function acronymsAsDefined(out: EntityMention[]): EntityMention[] {
  let defined: Set<string> | null = null;
  for (const m of out) if (m.type === 'ORG' && m.score === RULE_SCORE.head && m.tokenEnd - m.tokenStart === 1 && ALLCAPS.test(m.text)) (defined ??= new Set()).add(m.text);
  if (!defined) return out;
  for (let i = 0; i < out.length; i++) {
    const m = out[i] as EntityMention;
    if ((m.score ?? 0) < RULE_SCORE.head && m.tokenEnd - m.tokenStart === 1 && defined.has(m.text)) out[i] = retyped(m, 'ORG', 'name', RULE_SCORE.head);
  }
  return out;
}

/** lower-case nouns for a body that an apposition gives a name ("X, the largest traders' association, ...") */
const ORG_NOUNS: ReadonlySet<string> = new Set([
  'association', 'union', 'party', 'movement', 'coalition', 'alliance', 'federation', 'agency', 'company', 'firm', 'charity',
  'organisation', 'organization', 'militia', 'network', 'watchdog', 'regulator', 'carrier', 'airline', 'operator', 'broadcaster',
  'newspaper', 'insurgency', 'consortium', 'conglomerate', 'lender', 'insurer', 'miner', 'producer', 'exporter', 'manufacturer',
  // ("Drayton, a shipping consultancy, said"; "Kelm, a monitoring group,")
  'consultancy', 'brokerage', 'shipbroker', 'retailer', 'carmaker', 'automaker', 'startup', 'group', 'bank',
]);

/**
 * ", the largest traders' association,", ", a Sunni militia,", ", the state-owned coal miner.": an article, up to four
 * modifiers (no role, no "of") and an organisation noun right after token b-1, closing the apposition or opening a
 * relative clause.
 */
function orgAfter(doc: Doc, b: number): boolean {
  if (doc.words[b] !== ',') return false;
  const art = doc.lower[b + 1] as string;
  if (art !== 'a' && art !== 'an' && art !== 'the') return false;
  for (let k = b + 2; k < doc.n && k <= b + 6; k++) {
    const w = doc.lower[k] as string;
    if (ORG_NOUNS.has(w)) {
      const after = doc.words[k + 1];
      // (or a relative clause that tells what the body does: ", the border agency that oversees crossings,")
      return after === undefined || after === ',' || after === '.' || after === ';' || after === ')' || after === 'that' || after === 'which';
    }
    // (", an economist with the X Bank,": a person's occupation, and what follows a preposition, is no organisation noun)
    if (w === 'of' || w === ',' || ROLE_HEADS.has(w) || PERSON_NOUNS.has(w) || APPOSITION_PREPS.has(w) || doc.pos[k] === VERB) return false;
  }
  return false;
}

/** prepositions after which an apposition names where or for whom, not what the name is */
const APPOSITION_PREPS: ReadonlySet<string> = new Set(['with', 'at', 'in', 'for', 'from', 'to', 'on']);

/** ", a spokesperson for", ", the director of", ", director of": a role noun in apposition after token b-1. */
function roleAfter(doc: Doc, b: number): boolean {
  if (doc.words[b] !== ',') return false;
  let k = b + 1;
  if (['a', 'an', 'the'].includes(doc.lower[k] as string)) k++;
  for (const end = Math.min(doc.n, k + 3); k < end; k++) {
    const w = doc.lower[k] as string;
    // (not a capitalised title that opens the next person's name: "… for Consular Affairs, Ambassador Tor Haug,")
    if ((ROLE_HEADS.has(w) && !w.endsWith('.')) || PERSON_NOUNS.has(w)) return !(isCapitalized(doc.words[k] as string) && /^\p{Lu}\p{Ll}/u.test(doc.words[k + 1] ?? '') && !ROLE_HEADS.has(doc.lower[k + 1] as string));
    if (!ROLE_MODIFIERS.has(w)) return false;
  }
  return false;
}

function allPropn(doc: Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    // the hyphens and joiners of "al-Rubaie", "el-Sisi" belong to the name
    const joiner = (doc.words[k] === '-' || HYPHEN_JOINERS.has(doc.words[k] as string)) && k > a && doc.starts[k] === doc.ends[k - 1];
    if (doc.pos[k] !== PROPN && !NAME_PARTICLES.has(doc.lower[k] as string) && !joiner) return false;
  }
  return true;
}
