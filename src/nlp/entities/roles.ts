// Roles of entities (GOV, MIL, COP, JUD, LEG, IGO, NGO, REB, BUS, MED, PTY ...): what kind of actor an organisation
// or a person is. Organisations: the actor gazetteer (PETRARCH2 dictionaries, kb-data/actors.json) by name, else the
// head noun of the name ("Ministry of Defence" GOV, "Coast Guard" MIL) with the codes the PETRARCH2 agent dictionary
// (corpora/petrarch2/Phoenix.agents.txt) gives those nouns. People: the title the article gives them first; the
// dictionary's role only when the article gives none, and only from an entry still open in the dictionary (it stops
// in 2014, so a closed date range says the person left that office). The dictionary never renames an entity.
import type { ActorPersonSpan, KB } from '../../kb/types.js';

/** Head nouns of organisation names and their role (Phoenix.agents.txt codes: ARMY [~MIL], PARLIAMENT [~LEG] ...). */
const HEAD_ROLE: ReadonlyMap<string, string> = new Map([
  ...['ministry', 'ministries', 'department', 'government', 'cabinet', 'administration', 'presidency', 'treasury', 'embassy', 'consulate', 'kremlin', 'ministerio', 'ministère', 'ministerium'].map((w): [string, string] => [w, 'GOV']),
  ...['army', 'navy', 'forces', 'force', 'guard', 'guards', 'marines', 'command', 'corps', 'brigade', 'battalion', 'regiment', 'division', 'staff', 'military', 'pentagon', 'bundeswehr'].map((w): [string, string] => [w, 'MIL']),
  ...['police', 'gendarmerie', 'constabulary'].map((w): [string, string] => [w, 'COP']),
  ...['court', 'tribunal', 'judiciary'].map((w): [string, string] => [w, 'JUD']),
  ...['parliament', 'senate', 'congress', 'assembly', 'legislature', 'duma', 'knesset', 'diet', 'majlis', 'bundestag', 'bundesrat', 'rada', 'sejm', 'storting', 'riksdag', 'folketing', 'eduskunta'].map((w): [string, string] => [w, 'LEG']),
  ...['party', 'partei', 'parti', 'partido', 'partito'].map((w): [string, string] => [w, 'PTY']),
  ...['militia', 'rebels', 'brigades', 'front'].map((w): [string, string] => [w, 'REB']),
  ...['inc', 'inc.', 'corp', 'corp.', 'corporation', 'company', 'co.', 'ltd', 'ltd.', 'plc', 'llc', 'holdings', 'industries', 'airlines', 'airways'].map((w): [string, string] => [w, 'BUS']),
  ...['times', 'post', 'news', 'herald', 'journal', 'tribune', 'gazette', 'chronicle', 'broadcasting', 'television', 'radio', 'reuters'].map((w): [string, string] => [w, 'MED']),
]);

/** Title words and the role they give a person ("Defence Minister" GOV, "General" MIL, "Judge" JUD, "Senator" LEG). */
const TITLE_ROLE: ReadonlyMap<string, string> = new Map([
  ...['general', 'gen.', 'admiral', 'adm.', 'colonel', 'col.', 'commander', 'lieutenant', 'lt.', 'major', 'maj.', 'sergeant', 'sgt.', 'marshal', 'commodore', 'brigadier'].map((w): [string, string] => [w, 'MIL']),
  ...['judge', 'justice', 'prosecutor'].map((w): [string, string] => [w, 'JUD']),
  ...['senator', 'sen.', 'lawmaker', 'legislator', 'mp', 'congressman', 'congresswoman', 'rep.', 'parliamentarian'].map((w): [string, string] => [w, 'LEG']),
  ...['president', 'minister', 'secretary', 'chancellor', 'premier', 'ambassador', 'envoy', 'governor', 'gov.', 'mayor', 'king', 'queen', 'emir', 'sultan', 'diplomat', 'spokesperson', 'spokesman', 'spokeswoman', 'consul'].map((w): [string, string] => [w, 'GOV']),
  ...['ceo', 'chairman', 'chairwoman', 'founder'].map((w): [string, string] => [w, 'BUS']),
]);
/** the role precedence when a title has several role words ("Defence Minister General X" is MIL) */
const TITLE_ORDER = ['MIL', 'JUD', 'LEG', 'GOV', 'BUS'];

/** The role of an organisation named `name` (or by one of `aliases`), or null. */
export function orgRole(kb: KB, name: string, aliases: readonly string[] = []): string | null {
  const known = kb.actorOrg(name);
  if (known) return known.role;
  // (an acronym the dictionary knows says nothing of a body the article names in full by another name: "the Nordic
  // Centers for Disease Control (CDC)" is no "CDC Corporation")
  const long = /\s/.test(name);
  for (const a of aliases) {
    if (long && /^[\p{Lu}\d&.-]+$/u.test(a)) continue;
    const k = kb.actorOrg(a);
    if (k) return k.role;
  }
  return headRole(name);
}

/** "Ministry of Defence" -> GOV (the word before "of"/"for"), "Philippine Coast Guard" -> MIL (the last word). */
export function headRole(name: string): string | null {
  const words = name.toLowerCase().split(/\s+/);
  const of = words.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for'));
  const head = of > 0 ? words[of - 1] : words[words.length - 1];
  const role = head ? HEAD_ROLE.get(head) : undefined;
  if (role) return role;
  // "Central Bank of Nigeria", "the central bank": government (CENTRAL_BANK [~GOVBUS]); other banks are businesses
  if (head === 'bank') return words.includes('central') || words.includes('reserve') ? 'GOV' : 'BUS';
  return null;
}

/** posts that "general" follows as an adjective ("Secretary-General", "Attorney General"), not as a military rank */
const CIVIL_GENERAL: ReadonlySet<string> = new Set(['secretary', 'director', 'attorney', 'solicitor', 'auditor', 'inspector', 'governor',
  'consul', 'surgeon', 'prosecutor', 'procurator', 'comptroller', 'registrar', 'accountant', 'postmaster', 'commissioner', 'advocate']);

/** The role a person's titles in the article give ("former Defence Minister" still says GOV), or null. */
export function titleRole(titles: readonly string[]): string | null {
  let best = -1;
  for (const t of titles) {
    const words = t.toLowerCase().split(/[\s-]+/);
    for (let k = 0; k < words.length; k++) {
      const w = words[k] as string;
      const r = TITLE_ROLE.get(w);
      if (!r) continue;
      // "Secretary-General", "Attorney General", "Director General": "general" after a civil post is no rank
      if (w === 'general' && k > 0 && CIVIL_GENERAL.has(words[k - 1] as string)) continue;
      const i = TITLE_ORDER.indexOf(r);
      if (best < 0 || i < best) best = i;
    }
  }
  return best >= 0 ? (TITLE_ORDER[best] as string) : null;
}

/**
 * A person's role: from the article's titles, else from the actor dictionary for a full name whose entries all name
 * one country and whose latest entry is still open (no end date). Dates are weak evidence: they only keep a role out.
 */
export function personRole(kb: KB, name: string, titles: readonly string[]): string | null {
  const fromText = titleRole(titles);
  if (fromText) return fromText;
  if (!/\s/.test(name.trim())) return null;
  const spans = kb.actorPerson(name);
  if (!spans || spans.length === 0) return null;
  // (a loop, not map and filter: their arrays' several hidden classes deoptimised the callers this is inlined into)
  const countries = new Set<string>();
  for (const s of spans) if (s.country !== null) countries.add(s.country);
  if (countries.size > 1) return null;
  let latest: ActorPersonSpan | null = null;
  for (const s of spans) if (s.role !== 'ELI' && (!latest || (s.from ?? '') > (latest.from ?? ''))) latest = s;
  return latest && latest.to === null ? latest.role : null;
}
