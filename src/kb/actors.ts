// The actor gazetteer: organisation names with a role and a country, and people with their roles and date ranges,
// from the PETRARCH2 Phoenix dictionaries (kb-data/actors.json, built by scripts/build-actors.ts). Read on first use.
// Organisation names are matched over a document's tokens with a trie keyed by lower-case token (one Map step per
// token, no string building), so a lookup costs at most the length of the longest name.
import type { ActorOrg, ActorPersonSpan } from './types.js';
import type { PackedActors } from './packed.js';

interface Node {
  next: Map<string, Node> | null;
  /** the organisation a name ending here stands for */
  org: ActorOrg | null;
}

/** Lower-case words that may stand inside a name in any case ("Joint Chiefs of Staff", "Al-Qaeda"). */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'to', 'de', 'du', 'des', 'la', 'le', 'el', 'al', 'del', 'di', 'da', '&', '-', "'s", '’s', '/', '.']);
const CAPITAL = /^[\p{Lu}\d]/u;

/** "People’s Liberation Army", "Al-Qaeda" -> "people'sliberationarmy", "alqaeda": a name's key without spaces and hyphens. */
export function compactKey(name: string): string {
  let s = name.trim();
  if (/^the\s/i.test(s)) s = s.slice(4);
  return s.toLowerCase().replace(/’/g, "'").replace(/[\s\-‐]+/g, '');
}

export class ActorIndex {
  private readonly root: Node = { next: null, org: null };
  private readonly orgsByKey = new Map<string, ActorOrg>();
  private readonly persons = new Map<string, readonly ActorPersonSpan[]>();
  readonly orgCount: number;
  readonly personCount: number;

  constructor(packed: PackedActors) {
    for (const [tokens, role, country] of packed.orgs) {
      const org: ActorOrg = { role, country: country || null };
      let node = this.root;
      for (const t of tokens.split(' ')) {
        node.next ??= new Map();
        let child = node.next.get(t);
        if (!child) {
          child = { next: null, org: null };
          node.next.set(t, child);
        }
        node = child;
      }
      node.org ??= org;
      const k = tokens.replace(/ /g, '');
      if (!this.orgsByKey.has(k)) this.orgsByKey.set(k, org);
    }
    for (const [tokens, spans] of packed.persons) {
      this.persons.set(tokens.replace(/ /g, ''), spans.map(([role, country, from, to]) => ({ role, country: country || null, from: from || null, to: to || null })));
    }
    this.orgCount = this.orgsByKey.size;
    this.personCount = this.persons.size;
  }

  /**
   * The longest organisation name at tokens [start, end): `lower` are the tokens in lower case, `words` as written.
   * Every word of the match but the function words ("of", "the", "-") must be capitalised in the text.
   */
  orgAt(lower: readonly string[], words: readonly string[], start: number, end: number): { end: number; org: ActorOrg } | null {
    let node: Node | undefined = this.root;
    let best: { end: number; org: ActorOrg } | null = null;
    for (let k = start; k < end; k++) {
      const next: Map<string, Node> | null = node.next;
      if (!next) break;
      const w = lower[k] as string;
      // hyphens are not part of the keys: "Al-Qaeda", "Al - Qaeda" and "Al Qaeda" are one name
      if (w === '-' || w === '‐') {
        if (k === start) break;
        continue;
      }
      node = next.get(w) ?? (w === '’s' ? next.get("'s") : undefined);
      if (!node) break;
      if (!FUNCTION_WORDS.has(w) && !CAPITAL.test(words[k] as string)) break;
      // a name does not end on a function word ("Bank of")
      if (node.org && !FUNCTION_WORDS.has(w)) best = { end: k + 1, org: node.org };
    }
    return best;
  }

  org(name: string): ActorOrg | undefined {
    return this.orgsByKey.get(compactKey(name));
  }

  person(name: string): readonly ActorPersonSpan[] | undefined {
    return this.persons.get(compactKey(name));
  }
}
