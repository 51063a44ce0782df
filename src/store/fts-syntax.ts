// The search query language, parsed by Argus: SQLite FTS5 syntax (phrases "a b", prefix word*, AND / OR / NOT, implicit
// AND, parentheses, NEAR(a b, N), column filters title: / text: / {title text}: / -title:, phrase joins a + b). SQLite runs
// the text itself; the PostgreSQL store translates the parsed form (postgres/tsquery.ts), so both read the same language.
// Text that is not valid syntax is escaped the same way on both (escapeFts): every piece becomes a quoted phrase.

export const FTS_COLUMNS = ['title', 'text'] as const;
export type FtsColumn = (typeof FTS_COLUMNS)[number];

export interface FtsWord {
  word: string;
  prefix: boolean;
}

export interface FtsPhrase {
  kind: 'phrase';
  /** tokens as the unicode61 tokenizer cuts them (letters, digits, marks), lower case, diacritics folded */
  words: FtsWord[];
  /** the columns it may match in; null for all */
  columns: ReadonlySet<FtsColumn> | null;
}

export type FtsNode =
  | FtsPhrase
  | { kind: 'near'; phrases: FtsPhrase[]; distance: number }
  | { kind: 'and' | 'or' | 'not'; left: FtsNode; right: FtsNode };

export class FtsSyntaxError extends Error {
  constructor(message: string) {
    super(`fts5: syntax error: ${message}`);
    this.name = 'FtsSyntaxError';
  }
}

/** Each whitespace-separated piece becomes a quoted phrase: the tokenizer splits "Indo-Pacific" the same way it split the text. */
export function escapeFts(text: string): string {
  return text
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
    .map((w) => `"${w.replace(/"/g, '""')}"`)
    .join(' ');
}

/** Folds case and diacritics (unicode61 remove_diacritics). */
export function foldToken(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The unicode61 tokenizer: runs of letters, digits and marks (private-use characters too); everything else separates. */
export function ftsTokens(s: string): string[] {
  return (s.match(/[\p{L}\p{N}\p{M}\p{Co}]+/gu) ?? []).map(foldToken).filter((t) => t !== '');
}

type Tok =
  | { t: 'str'; v: string; quoted: boolean }
  | { t: '(' | ')' | '{' | '}' | ':' | ',' | '+' | '*' | '-' | '^' | 'eof' };

// an FTS5 bareword character: letters/digits (ASCII), '_', U+001A and every non-ASCII character
const isBareword = (c: string): boolean => /[A-Za-z0-9_\u0080-\uffff]/.test(c) || c === '\u001a';

function lex(q: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < q.length) {
    const c = q[i] as string;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if ('(){}:,+*-^'.includes(c)) {
      out.push({ t: c as '(' });
      i++;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      let v = '';
      for (;;) {
        if (j >= q.length) throw new FtsSyntaxError('unterminated string');
        if (q[j] === '"') {
          if (q[j + 1] === '"') {
            v += '"';
            j += 2;
            continue;
          }
          break;
        }
        v += q[j];
        j++;
      }
      out.push({ t: 'str', v, quoted: true });
      i = j + 1;
      continue;
    }
    if (isBareword(c)) {
      let j = i;
      while (j < q.length && isBareword(q[j] as string)) j++;
      out.push({ t: 'str', v: q.slice(i, j), quoted: false });
      i = j;
      continue;
    }
    throw new FtsSyntaxError(`near "${c}"`);
  }
  out.push({ t: 'eof' });
  return out;
}

/** Parses a query in the FTS5 language; throws FtsSyntaxError where SQLite's FTS5 would reject it. */
export function parseFts(q: string): FtsNode {
  const toks = lex(q);
  let p = 0;
  const peek = (k = 0): Tok => toks[Math.min(p + k, toks.length - 1)] as Tok;
  const next = (): Tok => toks[p++] as Tok;
  const isKw = (t: Tok, kw: string): boolean => t.t === 'str' && !t.quoted && t.v === kw;
  const isOperand = (t: Tok): boolean =>
    (t.t === 'str' && !isKw(t, 'AND') && !isKw(t, 'OR') && !isKw(t, 'NOT')) || t.t === '(' || t.t === '{' || t.t === '-' || t.t === '^';

  const intersect = (a: ReadonlySet<FtsColumn> | null, b: ReadonlySet<FtsColumn>): ReadonlySet<FtsColumn> =>
    a === null ? b : new Set([...a].filter((x) => b.has(x)));

  const column = (name: string): FtsColumn => {
    const c = name.toLowerCase();
    if (!(FTS_COLUMNS as readonly string[]).includes(c)) throw new FtsSyntaxError(`no such column: ${name}`);
    return c as FtsColumn;
  };

  /** colset COLON, when the tokens ahead are one; else null (nothing consumed) */
  const colset = (): ReadonlySet<FtsColumn> | null => {
    let k = 0;
    let negate = false;
    if (peek().t === '-') {
      negate = true;
      k = 1;
    }
    const t = peek(k);
    let cols: FtsColumn[];
    if (t.t === '{') {
      let j = k + 1;
      const names: string[] = [];
      for (let t2 = peek(j); t2.t === 'str'; t2 = peek(++j)) names.push(t2.v);
      if (peek(j).t !== '}' || names.length === 0) throw new FtsSyntaxError('bad column set');
      if (peek(j + 1).t !== ':') throw new FtsSyntaxError('a column set needs a ":"');
      cols = names.map(column);
      p += j + 2;
    } else if (t.t === 'str' && peek(k + 1).t === ':') {
      cols = [column(t.v)];
      p += k + 2;
    } else {
      if (negate) throw new FtsSyntaxError('near "-"');
      return null;
    }
    const set = new Set(cols);
    return negate ? new Set(FTS_COLUMNS.filter((c) => !set.has(c))) : set;
  };

  const phrase = (cols: ReadonlySet<FtsColumn> | null): FtsPhrase => {
    const words: FtsWord[] = [];
    for (;;) {
      const t = next();
      if (t.t !== 'str') throw new FtsSyntaxError('expected a phrase');
      const ws = ftsTokens(t.v).map((word) => ({ word, prefix: false }));
      if (peek().t === '*') {
        next();
        const last = ws.at(-1);
        if (last) last.prefix = true;
      }
      words.push(...ws);
      if (peek().t !== '+') break;
      next();
    }
    return { kind: 'phrase', words, columns: cols };
  };

  /** nearset: phrase, ^phrase or NEAR(phrase phrase ..., N) */
  const nearset = (cols: ReadonlySet<FtsColumn> | null): FtsNode => {
    if (peek().t === '^') next(); // "first token of a column": matched anywhere here (looser, never fewer hits)
    const t = peek();
    if (isKw(t, 'NEAR') && peek(1).t === '(') {
      p += 2;
      const phrases: FtsPhrase[] = [];
      while (peek().t === 'str') phrases.push(phrase(cols));
      if (phrases.length === 0) throw new FtsSyntaxError('empty NEAR group');
      let distance = 10;
      if (peek().t === ',') {
        next();
        const d = next();
        if (d.t !== 'str' || d.quoted || !/^\d+$/.test(d.v)) throw new FtsSyntaxError('expected a number after "," in NEAR');
        distance = Number(d.v);
      }
      if (next().t !== ')') throw new FtsSyntaxError('expected ")" after NEAR');
      return { kind: 'near', phrases, distance };
    }
    if (t.t !== 'str' || isKw(t, 'AND') || isKw(t, 'OR') || isKw(t, 'NOT')) throw new FtsSyntaxError('expected a phrase');
    return phrase(cols);
  };

  const primary = (cols: ReadonlySet<FtsColumn> | null): FtsNode => {
    const c = colset();
    const here = c === null ? cols : intersect(cols, c);
    if (peek().t === '(') {
      next();
      const e = orExpr(here);
      if (next().t !== ')') throw new FtsSyntaxError('expected ")"');
      return e;
    }
    return nearset(here);
  };

  // adjacency (implicit AND) binds tightest, then NOT, then AND, then OR
  const seq = (cols: ReadonlySet<FtsColumn> | null): FtsNode => {
    let left = primary(cols);
    while (isOperand(peek())) left = { kind: 'and', left, right: primary(cols) };
    return left;
  };
  const notExpr = (cols: ReadonlySet<FtsColumn> | null): FtsNode => {
    let left = seq(cols);
    while (isKw(peek(), 'NOT')) {
      next();
      left = { kind: 'not', left, right: seq(cols) };
    }
    return left;
  };
  const andExpr = (cols: ReadonlySet<FtsColumn> | null): FtsNode => {
    let left = notExpr(cols);
    while (isKw(peek(), 'AND')) {
      next();
      left = { kind: 'and', left, right: notExpr(cols) };
    }
    return left;
  };
  function orExpr(cols: ReadonlySet<FtsColumn> | null): FtsNode {
    let left = andExpr(cols);
    while (isKw(peek(), 'OR')) {
      next();
      left = { kind: 'or', left, right: andExpr(cols) };
    }
    return left;
  }

  const e = orExpr(null);
  if (peek().t !== 'eof') throw new FtsSyntaxError('unexpected input after the query');
  return e;
}
