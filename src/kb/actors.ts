// The actor gazetteer: organisation names with a role and a country, and people with their roles and date ranges,
// from the PETRARCH2 Phoenix dictionaries (kb-data/actors.json, built by scripts/build-actors.ts). Read on first use.
// Organisation names are matched over a document's tokens one step per token (the tokens so far joined by spaces,
// looked up among the names and their beginnings), so a lookup costs at most the length of the longest name; the
// sorted lists are cached on disk (kb-data/actors.rt), so a cold process reads them instead of building them, and the
// lookup maps are made from them on first use.
import type { ActorOrg, ActorPersonSpan } from './types.js';
import type { PackedActors } from './packed.js';

/** Lower-case words that may stand inside a name in any case ("Joint Chiefs of Staff", "Al-Qaeda"). */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'to', 'de', 'du', 'des', 'la', 'le', 'el', 'al', 'del', 'di', 'da', '&', '-', "'s", '’s', '/', '.']);
const CAPITAL = /^[\p{Lu}\d]/u;

/** "People’s Liberation Army", "Al-Qaeda" -> "people'sliberationarmy", "alqaeda": a name's key without spaces and hyphens. */
export function compactKey(name: string): string {
  let s = name.trim();
  if (/^the\s/i.test(s)) s = s.slice(4);
  return s.toLowerCase().replace(/’/g, "'").replace(/[\s\-‐]+/g, '');
}

/**
 * The index in its run-time layout: sorted string lists searched by bisection, and per-organisation columns. Made
 * from actors.json once (an index of Maps took about 0.1 s and 30 MB to build in every cold process), cached on
 * disk beside it (kb-data/actors.rt; see core/cache-file.ts), and read back with one split.
 */
export interface ActorLayout {
  /** role and country ("" for none) of each organisation, in the file's order */
  roles: string[];
  countries: string[];
  /** organisation names as lower-case tokens joined by one space, sorted (UTF-16 order), each once */
  names: string[];
  /** the organisation (index into roles) of names[k]: the first the file gives with those tokens */
  nameOrg: Int32Array;
  /** names without spaces (compactKey), sorted, each once, and the first organisation with that key */
  compact: string[];
  compactOrg: Int32Array;
  /** people by compact name, sorted, each once; the spans of person k as JSON (the last the file gives) */
  persons: string[];
  personSpans: string[];
}

const byUtf16 = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * "Save the Children Sweden", "War Child Canada": a non-governmental or international organisation whose name ends with
 * the name of its own country is a national branch, and the name before the country is the parent organisation's
 * ("Save the Children"). Returns such parent names that the dictionary does not list, as organisations of no country.
 * `countryNames`: ISO alpha-2 -> the country's names, lower case.
 */
export function parentOrgs(orgs: PackedActors['orgs'], countryNames: ReadonlyMap<string, readonly string[]>): Array<[string, string, string]> {
  const known = new Set(orgs.map((o) => o[0]));
  const out: Array<[string, string, string]> = [];
  for (const [tokens, role, country] of orgs) {
    if (!country || !/^(?:NGO|IGO)/.test(role)) continue;
    for (const n of countryNames.get(country) ?? []) {
      if (!tokens.endsWith(` ${n}`)) continue;
      const stem = tokens.slice(0, -n.length - 1);
      const words = stem.split(' ');
      if (words.length < 2 || FUNCTION_WORDS.has(words[words.length - 1] as string) || known.has(stem)) continue;
      known.add(stem);
      out.push([stem, role.slice(0, 3), '']);
    }
  }
  return out;
}

export function actorLayout(packed: PackedActors, countryNames?: ReadonlyMap<string, readonly string[]>): ActorLayout {
  const byName = new Map<string, number>();
  const byCompact = new Map<string, number>();
  const orgs = countryNames ? [...packed.orgs, ...parentOrgs(packed.orgs, countryNames)] : packed.orgs;
  orgs.forEach(([tokens], i) => {
    if (!byName.has(tokens)) byName.set(tokens, i);
    const k = tokens.replace(/ /g, '');
    if (!byCompact.has(k)) byCompact.set(k, i);
  });
  const persons = new Map<string, string>();
  for (const [tokens, spans] of packed.persons) persons.set(tokens.replace(/ /g, ''), JSON.stringify(spans));
  const names = [...byName.keys()].sort(byUtf16);
  const compact = [...byCompact.keys()].sort(byUtf16);
  const personKeys = [...persons.keys()].sort(byUtf16);
  return {
    roles: orgs.map((o) => o[1]),
    countries: orgs.map((o) => o[2]),
    names,
    nameOrg: Int32Array.from(names, (k) => byName.get(k) as number),
    compact,
    compactOrg: Int32Array.from(compact, (k) => byCompact.get(k) as number),
    persons: personKeys,
    personSpans: personKeys.map((k) => persons.get(k) as string),
  };
}

const FORMAT = 2;

/** The layout as one UTF-8 text: a header line (source, format, length of the rest, counts), then one line per list entry. */
export function encodeActors(l: ActorLayout, source: string): Buffer {
  const lines = [l.roles.join(','), l.countries.join(','), l.nameOrg.join(','), l.compactOrg.join(','), ...l.names, ...l.compact, ...l.persons, ...l.personSpans];
  const body = Buffer.from(lines.join('\n'), 'utf8');
  const header = JSON.stringify({ source, format: FORMAT, bytes: body.length, orgs: l.roles.length, names: l.names.length, compact: l.compact.length, persons: l.persons.length });
  return Buffer.concat([Buffer.from(`${header}\n`, 'utf8'), body]);
}

/** The layout in a cache file, or null when it was made from another source or by another FORMAT, or is cut short. */
export function decodeActors(buf: Buffer, source: string): ActorLayout | null {
  const eol = buf.indexOf(10);
  if (eol < 0) return null;
  let h: { source?: string; format?: number; bytes: number; orgs: number; names: number; compact: number; persons: number };
  try {
    h = JSON.parse(buf.toString('utf8', 0, eol)) as typeof h;
  } catch {
    return null;
  }
  if (h.source !== source || h.format !== FORMAT || buf.length !== eol + 1 + h.bytes) return null;
  const lines = buf.toString('utf8', eol + 1).split('\n');
  if (lines.length !== 4 + h.names + h.compact + 2 * h.persons) return null;
  const list = (line: string | undefined, n: number): string[] | null => {
    const a = n === 0 ? [] : (line ?? '').split(',');
    return a.length === n ? a : null;
  };
  const roles = list(lines[0], h.orgs);
  const countries = list(lines[1], h.orgs);
  const nameOrg = list(lines[2], h.names);
  const compactOrg = list(lines[3], h.compact);
  if (!roles || !countries || !nameOrg || !compactOrg) return null;
  let at = 4;
  const take = (n: number): string[] => lines.slice(at, (at += n));
  return {
    roles, countries, nameOrg: Int32Array.from(nameOrg, Number), compactOrg: Int32Array.from(compactOrg, Number),
    names: take(h.names), compact: take(h.compact), persons: take(h.persons), personSpans: take(h.persons),
  };
}

/** Each entry of `a` (distinct strings) and its index: a lookup costs one hash, not a bisection of string comparisons. */
function positions(a: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  a.forEach((k, i) => m.set(k, i));
  return m;
}

export class ActorIndex {
  private readonly l: ActorLayout;
  private readonly orgObjects: Array<ActorOrg | undefined> = [];
  private readonly personCache = new Map<number, readonly ActorPersonSpan[]>();
  readonly orgCount: number;
  readonly personCount: number;

  constructor(from: PackedActors | ActorLayout) {
    this.l = 'orgs' in from ? actorLayout(from) : from;
    this.orgCount = this.l.compact.length;
    this.personCount = this.l.persons.length;
  }

  /** Builds now the name positions and paths that org(), person() and orgAt() otherwise make on their first call. */
  prepare(): void {
    this.compactAt ??= positions(this.l.compact);
    this.personAt ??= positions(this.l.persons);
    if (!this.paths) this.buildPaths();
  }

  private orgOf(i: number): ActorOrg {
    let o = this.orgObjects[i];
    if (!o) {
      o = { role: this.l.roles[i] as string, country: this.l.countries[i] || null };
      this.orgObjects[i] = o;
    }
    return o;
  }

  /**
   * Every name path that stands somewhere (made on first use): each name, and each beginning of a name that ends
   * before one of its spaces, with what step() finds for it. A lookup here instead of two bisections of string
   * comparisons (each a cache miss) per token.
   */
  private paths: Map<string, { readonly org: number; readonly more: boolean }> | null = null;

  private buildPaths(): Map<string, { readonly org: number; readonly more: boolean }> {
    const names = this.l.names;
    const exact = new Map<string, number>();
    names.forEach((name, k) => exact.set(name, k));
    const paths = new Map<string, { readonly org: number; readonly more: boolean }>();
    for (const name of names) {
      for (let sp = name.indexOf(' '); sp >= 0; sp = name.indexOf(' ', sp + 1)) {
        const p = name.slice(0, sp);
        if (paths.has(p)) continue;
        const k = exact.get(p);
        paths.set(p, { org: k === undefined ? -1 : (this.l.nameOrg[k] as number), more: true });
      }
    }
    for (const [name, k] of exact) if (!paths.has(name)) paths.set(name, { org: this.l.nameOrg[k] as number, more: false });
    this.paths = paths;
    return paths;
  }

  /** Where the name path `p` stands: the organisation named exactly so (-1: none), and whether longer names go on from it. */
  private step(p: string): { readonly org: number; readonly more: boolean } | null {
    return (this.paths ?? this.buildPaths()).get(p) ?? null;
  }

  /**
   * The longest organisation name at tokens [start, end): `lower` are the tokens in lower case, `words` as written.
   * Every word of the match but the function words ("of", "the", "-") must be capitalised in the text.
   */
  orgAt(lower: readonly string[], words: readonly string[], start: number, end: number): { end: number; org: ActorOrg } | null {
    let path: string | null = null;
    let more = this.l.names.length > 0;
    let best: { end: number; org: ActorOrg } | null = null;
    for (let k = start; k < end; k++) {
      if (!more) break;
      const w = lower[k] as string;
      // hyphens are not part of the keys: "Al-Qaeda", "Al - Qaeda" and "Al Qaeda" are one name
      if (w === '-' || w === '‐') {
        if (k === start) break;
        continue;
      }
      let p: string = path === null ? w : `${path} ${w}`;
      let at = this.step(p);
      if (!at && w === '’s') {
        p = path === null ? "'s" : `${path} 's`;
        at = this.step(p);
      }
      if (!at) break;
      // (a lower-case joiner between hyphens is part of the name: "Lashkar-e-Taiba", "Hizb ut-Tahrir")
      if (!FUNCTION_WORDS.has(w) && !CAPITAL.test(words[k] as string) && !(k > start && k + 2 < end && lower[k + 1] === '-' && CAPITAL.test(words[k + 2] as string) && w.length <= 3)) break;
      // a name does not end on a function word ("Bank of")
      if (at.org >= 0 && !FUNCTION_WORDS.has(w)) best = { end: k + 1, org: this.orgOf(at.org) };
      path = p;
      more = at.more;
    }
    return best;
  }

  /** the position of each entry of the compact names and of the people (lists of distinct keys), made on first use */
  private compactAt: Map<string, number> | null = null;
  private personAt: Map<string, number> | null = null;

  org(name: string): ActorOrg | undefined {
    const x = (this.compactAt ??= positions(this.l.compact)).get(compactKey(name));
    return x === undefined ? undefined : this.orgOf(this.l.compactOrg[x] as number);
  }

  person(name: string): readonly ActorPersonSpan[] | undefined {
    const x = (this.personAt ??= positions(this.l.persons)).get(compactKey(name));
    if (x === undefined) return undefined;
    let spans = this.personCache.get(x);
    if (!spans) {
      const raw = JSON.parse(this.l.personSpans[x] as string) as Array<[string, string, string, string]>;
      const list: ActorPersonSpan[] = []; // by push: one array class for every reader (see roles.ts personRole)
      for (const [role, country, from, to] of raw) list.push({ role, country: country || null, from: from || null, to: to || null });
      spans = list;
      this.personCache.set(x, spans);
    }
    return spans;
  }
}
