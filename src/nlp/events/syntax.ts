// A dependency parse seen the way the event and quote coders read it: heads, relations, children lists.
// Built once per article from the parser's flat arrays; no object per token.

export interface Syntax {
  readonly n: number;
  /** head token (global index), -1 for a sentence root */
  readonly head: Int32Array;
  /** full relation per token ('nsubj:pass', 'obl:agent', 'acl:relcl'; 'root' for roots) */
  readonly rel: readonly string[];
  /** universal POS per token ('VERB', 'NOUN', ...) */
  readonly upos: readonly string[];
  /** children of token i are childList[childStart[i] .. childStart[i + 1]), in text order */
  readonly childStart: Int32Array;
  readonly childList: Int32Array;
}

export function buildSyntax(head: Int32Array, rel: readonly string[], upos: readonly string[]): Syntax {
  const n = head.length;
  const count = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const h = head[i] as number;
    if (h >= 0) count[h + 1] = (count[h + 1] as number) + 1;
  }
  const childStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) childStart[i + 1] = (childStart[i] as number) + (count[i + 1] as number);
  const fill = childStart.slice(0, n);
  const childList = new Int32Array(childStart[n] as number);
  for (let i = 0; i < n; i++) {
    const h = head[i] as number;
    if (h >= 0) {
      childList[fill[h] as number] = i;
      fill[h] = (fill[h] as number) + 1;
    }
  }
  return { n, head, rel, upos, childStart, childList };
}

/** the universal part of a relation: 'nsubj:pass' -> 'nsubj' */
export function base(syn: Syntax, i: number): string {
  const r = syn.rel[i] as string;
  const c = r.indexOf(':');
  return c < 0 ? r : r.slice(0, c);
}

/** First child of `i` whose relation (full, or universal when `rel` has no subtype) is `rel`, or -1. */
export function child(syn: Syntax, i: number, rel: string): number {
  const full = rel.includes(':');
  for (let k = syn.childStart[i] as number; k < (syn.childStart[i + 1] as number); k++) {
    const c = syn.childList[k] as number;
    if ((full ? syn.rel[c] : base(syn, c)) === rel) return c;
  }
  return -1;
}

/** Children of `i` with universal relation `rel`. */
export function children(syn: Syntax, i: number, rel: string, out: number[] = []): number[] {
  for (let k = syn.childStart[i] as number; k < (syn.childStart[i + 1] as number); k++) {
    const c = syn.childList[k] as number;
    if (base(syn, c) === rel) out.push(c);
  }
  return out;
}

/** The word of a case/mark child ("on" in "sanctions on Iran"), lower-cased, or ''. */
/** Whether clause head v has a marker `word` before it ("to leave", "that X withdraw", "unless Y agrees"). */
export function markedBy(syn: Syntax, lower: readonly string[], v: number, word: string): boolean {
  for (let k = syn.childStart[v] as number; k < (syn.childStart[v + 1] as number); k++) {
    const c = syn.childList[k] as number;
    if (c < v && base(syn, c) === 'mark' && lower[c] === word) return true;
  }
  return false;
}

export function caseOf(syn: Syntax, lower: readonly string[], i: number): string {
  let w = '';
  for (let k = syn.childStart[i] as number; k < (syn.childStart[i + 1] as number); k++) {
    const c = syn.childList[k] as number;
    const r = base(syn, c);
    if (r === 'case') w = w ? `${w} ${lower[c] as string}` : (lower[c] as string);
    // "because of", "on behalf of": the last word decides
    if (r === 'fixed' && w) w = `${w} ${lower[c] as string}`;
  }
  return w;
}

/** The first dependent of v after token `after` that is its "by" agent (obl:agent, or an oblique in "by"), or -1. */
export function byAgent(syn: Syntax, lower: readonly string[], v: number, after = -1): number {
  for (let k = syn.childStart[v] as number; k < (syn.childStart[v + 1] as number); k++) {
    const c = syn.childList[k] as number;
    if (c > after && (syn.rel[c] === 'obl:agent' || (base(syn, c) === 'obl' && caseOf(syn, lower, c) === 'by'))) return c;
  }
  return -1;
}

/** Whether token a is b or one of b's heads (a bounded climb: a malformed parse cannot loop). */
export function governs(syn: Syntax, a: number, b: number): boolean {
  for (let k = b, step = 0; k >= 0 && step < 64; k = syn.head[k] as number, step++) if (k === a) return true;
  return false;
}

/** A passive verb: it has a passive subject, a passive auxiliary or a by-agent. */
export function isPassive(syn: Syntax, v: number): boolean {
  for (let k = syn.childStart[v] as number; k < (syn.childStart[v + 1] as number); k++) {
    const r = syn.rel[syn.childList[k] as number] as string;
    if (r === 'nsubj:pass' || r === 'aux:pass' || r === 'csubj:pass' || r === 'obl:agent') return true;
  }
  return false;
}

/** The parser's flat arrays (src/nlp/parse), as label strings shared by every article (no string per token is made). */
export interface ParseArrays {
  readonly upos: Uint8Array;
  readonly head: Int32Array;
  readonly deprel: Uint8Array;
  readonly deprelFull?: Uint8Array;
}

export function syntaxFromParse(p: ParseArrays, uposTags: readonly string[], deprels: readonly string[], deprelsFull: readonly string[]): Syntax {
  const n = p.head.length;
  const rel = new Array<string>(n);
  const upos = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    rel[i] = p.deprelFull ? (deprelsFull[p.deprelFull[i] as number] as string) : (deprels[p.deprel[i] as number] as string);
    upos[i] = uposTags[p.upos[i] as number] as string;
  }
  return buildSyntax(p.head, rel, upos);
}
