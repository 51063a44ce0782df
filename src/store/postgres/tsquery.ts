// The parsed search language (../fts-syntax.ts) as a PostgreSQL tsquery text for to_tsquery('argus', ...): every word is a
// quoted operand (user text never reaches tsquery syntax), phrases are <->, NEAR(a b, N) is "within N tokens, either order",
// title: / text: become the weights A / B the store gives the two columns.
import { escapeFts, parseFts, FtsSyntaxError, type FtsNode, type FtsPhrase } from '../fts-syntax.js';

/** null: the query can match nothing (an empty phrase, an impossible column set) */
export type TsQuery = string | null;

/** a word as a quoted tsquery operand */
export const quoteWord = (w: string): string => `'${w.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

function phraseQuery(p: FtsPhrase): TsQuery {
  if (p.words.length === 0) return null;
  let label = '';
  if (p.columns !== null) {
    if (p.columns.size === 0) return null;
    if (p.columns.size === 1) label = p.columns.has('title') ? 'A' : 'B';
  }
  const ops = p.words.map((w) => {
    const suffix = (w.prefix ? '*' : '') + label;
    return quoteWord(w.word) + (suffix ? `:${suffix}` : '');
  });
  return ops.length === 1 ? (ops[0] as string) : `(${ops.join(' <-> ')})`;
}

/** two phrases within `distance` tokens of each other, in either order (FTS5 NEAR) */
function near2(a: string, b: string, distance: number): string {
  const alts: string[] = [];
  for (let k = 1; k <= distance + 1; k++) alts.push(`${a} <${k}> ${b}`, `${b} <${k}> ${a}`);
  return `(${alts.join(' | ')})`;
}

function build(n: FtsNode): TsQuery {
  switch (n.kind) {
    case 'phrase':
      return phraseQuery(n);
    case 'near': {
      const ps = n.phrases.map(phraseQuery);
      if (ps.some((p) => p === null)) return null;
      const qs = ps as string[];
      if (qs.length === 1) return qs[0] as string;
      // every pair within the distance: the same as FTS5 for two phrases, a close superset for more
      const pairs: string[] = [];
      for (let i = 0; i < qs.length; i++) for (let j = i + 1; j < qs.length; j++) pairs.push(near2(qs[i] as string, qs[j] as string, n.distance));
      return pairs.length === 1 ? (pairs[0] as string) : `(${pairs.join(' & ')})`;
    }
    case 'and': {
      const l = build(n.left);
      const r = build(n.right);
      return l === null || r === null ? null : `(${l} & ${r})`;
    }
    case 'or': {
      const l = build(n.left);
      const r = build(n.right);
      return l === null ? r : r === null ? l : `(${l} | ${r})`;
    }
    case 'not': {
      const l = build(n.left);
      const r = build(n.right);
      return l === null ? null : r === null ? l : `(${l} & !${r})`;
    }
  }
}

export interface Translated {
  /** the query in the search language that was run (escaped when the input was not valid syntax) */
  fts: string;
  escaped: boolean;
  tsquery: TsQuery;
}

/** Translates a search-language query; invalid syntax is escaped (each piece a quoted phrase), as the SQLite store does. */
export function toTsQuery(text: string): Translated {
  try {
    return { fts: text, escaped: false, tsquery: build(parseFts(text)) };
  } catch (e) {
    if (!(e instanceof FtsSyntaxError)) throw e;
    const escaped = escapeFts(text);
    if (!escaped) return { fts: '', escaped: true, tsquery: null };
    return { fts: escaped, escaped: true, tsquery: build(parseFts(escaped)) };
  }
}

/** The text the store indexes: unicode61's token boundaries (letters, digits, marks), diacritics folded. */
export function indexText(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[^\p{L}\p{N}\p{Co}]+/gu, ' ');
}
