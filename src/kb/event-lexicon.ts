// The event lexicon: PETRARCH2's CAMEO verb dictionary (kb-data/events/cameo-verbs.tsv, MIT), Argus's event nouns and
// verbs missing from it (kb-data/events/argus-triggers.tsv, CC0), and the CAMEO -> PLOVER table
// (corpora/plover/CAMEO2PLOVER-2021.txt, CC BY-SA 4.0). Read once per process.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PloverType } from '../core/analysis.js';
import { dataDir } from './index.js';

/** One word slot of a pattern: the forms it accepts (already normalized with `stem`). */
export type Slot = ReadonlySet<string>;
/** Consecutive slots: a bare word, a `{multi word phrase}` or a `(preposition words)` phrase. */
export interface Group {
  readonly slots: readonly Slot[];
  /** a prepositional phrase: its first slot is the preposition */
  readonly pp: boolean;
}
export interface Pattern {
  readonly before: readonly Group[];
  readonly after: readonly Group[];
  /** CAMEO code, or '---' for "no event" */
  readonly code: string;
  /** number of words the pattern requires: more specific patterns win */
  readonly weight: number;
}
export interface VerbEntry {
  readonly block: string;
  readonly lemma: string;
  /** words that must follow the first one ("meet with", "step down") */
  readonly rest: readonly string[];
  /** the verb's own CAMEO code, '---' when it codes only through a pattern */
  readonly code: string;
  /** the code is the verb's own (not its block's default): the block's patterns do not apply to it */
  readonly own: boolean;
}
export interface NounEntry {
  readonly lemma: string;
  readonly code: string;
}
export interface PloverCode {
  readonly type: PloverType;
  readonly mode: string | null;
}
export interface EventLexicon {
  /** inflected verb form (lower case) -> entries, multi-word ones first */
  readonly verbs: ReadonlyMap<string, readonly VerbEntry[]>;
  readonly patterns: ReadonlyMap<string, readonly Pattern[]>;
  /** stemmed noun -> entry */
  readonly nouns: ReadonlyMap<string, NounEntry>;
  /** the event nouns' word forms as written (lower case), for a cheap look-up before stemming */
  readonly nounForms: ReadonlySet<string>;
  /** CAMEO code -> PLOVER type and mode (longest known prefix) */
  plover(code: string): PloverCode | null;
  /** lemmas of light and generic verbs, which code only through a context pattern */
  readonly generic: ReadonlySet<string>;
  /** lemmas of verbs of standing roles ("heads the mission", "controls the capital"), the G row "roles" */
  readonly roles: ReadonlySet<string>;
  /** generic agent noun (stemmed, one word) -> CAMEO role (GOV, MIL, COP, REB, ...), from PETRARCH2's Phoenix.agents.txt */
  readonly agents: ReadonlyMap<string, string>;
  /** the patterns' synsets by name ("&weapon", "&materiel"): the stems of their words */
  readonly synsets: ReadonlyMap<string, Slot>;
}

/** A plural noun to its singular, crudely but symmetrically (lexicon words and text words go through the same function). */
export function stem(w: string): string {
  let s = w.toLowerCase();
  // (every rule below reads a final "s": a word without one is its own stem)
  if (!s.endsWith('s')) return s;
  if (s.endsWith("'s") || s.endsWith('’s')) s = s.slice(0, -2);
  if (s.length <= 3) return s;
  if (s.endsWith('ies') && s.length > 4) return `${s.slice(0, -3)}y`;
  if (/(?:ss|us|is|ous)$/.test(s)) return s;
  if (/(?:ches|shes|sses|xes)$/.test(s)) return s.slice(0, -2);
  if (s.endsWith('s')) return s.slice(0, -1);
  return s;
}

function parseSide(side: string, synsets: Map<string, Set<string>>): Group[] {
  if (side === '-') return [];
  const groups: Group[] = [];
  const slot = (w: string): Slot | null => {
    if (w === '$' || w === '+' || w === '^' || w === '%' || w === '') return null;
    if (w.startsWith('&')) return synsets.get(w) ?? synsets.get(`${w}_`) ?? new Set([stem(w.slice(1))]);
    return new Set([stem(w.replace(/_+$/, '').replace(/_/g, ' ').split(' ').pop() as string)]);
  };
  const re = /\(([^)]*)\)|\{([^}]*)\}|(\S+)/g;
  for (let m = re.exec(side); m; m = re.exec(side)) {
    const words = (m[1] ?? m[2] ?? m[3] ?? '').replace(/[{}]/g, ' ').split(/\s+/);
    // (by push: the arrays of map() and filter() take hidden classes of their own, deoptimising this function at load)
    const slots: Slot[] = [];
    for (const w of words) {
      const s = slot(w);
      if (s !== null) slots.push(s);
    }
    if (slots.length) groups.push({ slots, pp: m[1] !== undefined });
  }
  return groups;
}

function rows(file: string): string[][] {
  if (!existsSync(file)) throw new Error(`event lexicon not found at ${file}: run "npm run build:events"`);
  const out: string[][] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    out.push(line.split('\t'));
  }
  return out;
}

function readPlover(file: string): Map<string, PloverCode> {
  const out = new Map<string, PloverCode>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^(\d{2,4}):\s*([A-Z]+)\s*(?:,\s*([^,#]*))?/.exec(line);
    if (!m) continue;
    const mode = (m[3] ?? '').trim();
    // the first line of a code wins: "08: CONCEDE" before the later "08: RETREAT" root, whose own codes are listed
    if (!out.has(m[1] as string)) out.set(m[1] as string, { type: m[2] as PloverType, mode: mode || null });
  }
  for (const [code, pc] of OVERRIDES) out.set(code, pc);
  return out;
}

/**
 * Where Argus departs from the 2021 draft table, with the reason:
 * - CAMEO 02 (appeal) is not in the table; PLOVER's REQUEST covers CAMEO 02 and 10 (PLOVER manual, REQUEST).
 * - CAMEO 163 (impose embargo, boycott or sanctions): the draft files it under COERCE, but the PLOVER manual and the
 *   PLOVER gold records put economic sanctions and embargoes under SANCTION.
 * - CAMEO 057 (sign formal agreement): the draft files it under SUPPORT (as do two of the PLOVER gold records), but
 *   Argus's annotation convention (eval/README.md) records a signed agreement as what it is, an agreement, from each
 *   signatory to the other: AGREE, as PLOVER's AGREE covers commitments to a joint course.
 */
const OVERRIDES: ReadonlyArray<[string, PloverCode]> = [
  ['02', { type: 'REQUEST', mode: null }],
  ['163', { type: 'SANCTION', mode: 'restrict' }],
  ['057', { type: 'AGREE', mode: null }],
];

let cached: EventLexicon | null = null;

export function loadEventLexicon(): EventLexicon {
  if (cached) return cached;
  const dir = dataDir();
  const synsets = new Map<string, Set<string>>();
  const verbs = new Map<string, VerbEntry[]>();
  const patterns = new Map<string, Pattern[]>();
  const nouns = new Map<string, NounEntry>();
  const nounForms = new Set<string>();
  const generic = new Set<string>();
  const roles = new Set<string>();
  const addVerb = (form: string, e: VerbEntry): void => {
    const list = verbs.get(form) ?? [];
    list.push(e);
    verbs.set(form, list);
  };
  const cameo = rows(join(dir, 'events', 'cameo-verbs.tsv'));
  for (const r of cameo) if (r[0] === 'S') synsets.set(r[1] as string, new Set((r[2] as string).split('|').map((w) => stem(w.split(' ').pop() as string))));
  for (const r of cameo) {
    if (r[0] === 'V') {
      for (const f of (r[3] as string).split('|')) {
        const [first, ...rest] = f.split(' ');
        addVerb(first as string, { block: r[1] as string, lemma: r[2] as string, rest, code: r[4] as string, own: r[5] === 'own' });
      }
    } else if (r[0] === 'P') {
      const before = parseSide(r[2] as string, synsets);
      const after = parseSide(r[3] as string, synsets);
      const weight = [...before, ...after].reduce((n, g) => n + g.slots.length, 0);
      const list = patterns.get(r[1] as string) ?? [];
      list.push({ before, after, code: r[4] as string, weight });
      patterns.set(r[1] as string, list);
    }
  }
  const argus = rows(join(dir, 'events', 'argus-triggers.tsv'));
  // Argus's own synsets, written as PETRARCH2's S rows, for its patterns below; a name may not repeat one of PETRARCH2's
  for (const r of argus) {
    if (r[0] !== 'S') continue;
    if (synsets.has(r[1] as string)) throw new Error(`event lexicon: synset ${r[1]} of argus-triggers.tsv is already PETRARCH2's`);
    synsets.set(r[1] as string, new Set((r[2] as string).split('|').map((w) => stem(w.split(' ').pop() as string))));
  }
  for (const r of argus) {
    const [kind, lemma, forms, code] = r as [string, string, string, string];
    if (kind === 'V') {
      for (const f of forms.split('|')) {
        const [first, ...rest] = f.split(' ');
        addVerb(first as string, { block: `ARGUS_${lemma.toUpperCase()}`, lemma, rest, code, own: false });
      }
    } else if (kind === 'G') {
      for (const f of forms.split('|')) generic.add(f);
      if (lemma === 'roles') for (const f of forms.split('|')) roles.add(f);
    } else if (kind === 'N') {
      for (const f of forms.split('|')) {
        nouns.set(stem(f), { lemma, code });
        nounForms.add(f);
      }
    }
  }
  // a pattern block for Argus verbs: "ARGUS_<lemma>" rows of kind P
  for (const r of argus) {
    if (r[0] !== 'P') continue;
    const before = parseSide(r[2] as string, synsets);
    const after = parseSide(r[3] as string, synsets);
    const block = `ARGUS_${(r[1] as string).toUpperCase()}`;
    const list = patterns.get(block) ?? [];
    list.push({ before, after, code: r[4] as string, weight: [...before, ...after].reduce((n, g) => n + g.slots.length, 0) });
    patterns.set(block, list);
  }
  // multi-word forms first; at equal length an Argus row (which corrects or adds a default) before PETRARCH's
  const argusFirst = (e: VerbEntry): number => (e.block.startsWith('ARGUS_') ? 0 : 1);
  for (const list of verbs.values()) list.sort((a, b) => b.rest.length - a.rest.length || argusFirst(a) - argusFirst(b));
  for (const list of patterns.values()) list.sort((a, b) => b.weight - a.weight);
  const table = readPlover(ploverTable(dir));
  const agents = readAgents(join(dirname(dir), 'corpora', 'petrarch2', 'Phoenix.agents.txt'));
  const memo = new Map<string, PloverCode | null>();
  cached = {
    verbs,
    patterns,
    nouns,
    nounForms,
    generic,
    roles,
    agents,
    synsets,
    plover(code: string): PloverCode | null {
      let hit = memo.get(code);
      if (hit !== undefined) return hit;
      hit = null;
      for (let n = code.length; n >= 2 && !hit; n--) hit = table.get(code.slice(0, n)) ?? null;
      memo.set(code, hit);
      return hit;
    },
  };
  return cached;
}

/** corpora/plover/CAMEO2PLOVER-2021.txt beside kb-data/ (the repository root). */
function ploverTable(kbDir: string): string {
  const p = join(dirname(kbDir), 'corpora', 'plover', 'CAMEO2PLOVER-2021.txt');
  if (!existsSync(p)) throw new Error(`CAMEO to PLOVER table not found at ${p}`);
  return p;
}

/** One-word agent nouns of Phoenix.agents.txt ("POLICE {} [~COP]", "REBEL [~REB]") with the first role of their code. */
function readAgents(file: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(file)) throw new Error(`agent dictionary not found at ${file}`);
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^([A-Z][A-Z-]*)\s*(?:\{[^}]*\})?\s*\[~([A-Z]{3})/.exec(line);
    if (!m) continue;
    const w = stem((m[1] as string).toLowerCase());
    if (!out.has(w)) out.set(w, m[2] as string);
  }
  return out;
}

/** CAMEO roles of the state: government, military, police, judiciary, legislature, intelligence */
const STATE_ROLES: ReadonlySet<string> = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY']);

/** Whether a common noun names an agent of a state ("police", "troops", "prosecutors"), by its Phoenix role. */
export function isStateAgent(lex: EventLexicon, word: string): boolean {
  return STATE_ROLES.has(lex.agents.get(stem(word)) ?? '');
}
