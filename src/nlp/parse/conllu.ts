// CoNLL-U reading and writing: word lines kept with their columns; range (1-2) and empty-node (8.1) lines kept aside.

export class ConlluError extends Error {
  constructor(readonly source: string, readonly line: number, reason: string) {
    super(`${source}:${line}: ${reason}`);
    this.name = 'ConlluError';
  }
}

/** One sentence of a CoNLL-U file. Word columns are the 10 fields of each word line. */
export interface ConlluSentence {
  /** comment lines (with the leading '#') */
  readonly comments: string[];
  /** the 10 columns of each word line, in order */
  readonly rows: string[][];
  /** range and empty-node lines, each placed before word `before` (0-based) */
  readonly extra: Array<{ before: number; line: string }>;
  /** 1-based line number of the first line of the sentence in its file */
  readonly line: number;
}

export const words = (s: ConlluSentence): string[] => s.rows.map((r) => r[1] as string);

/**
 * Splits CoNLL-U text into sentences. Throws ConlluError (file and line) for a malformed line: not 10 tab-separated
 * columns, a word id out of sequence, or an empty FORM.
 */
export function readConllu(text: string, source = 'input'): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  let comments: string[] = [];
  let rows: string[][] = [];
  let extra: Array<{ before: number; line: string }> = [];
  let first = 0;
  const flush = (): void => {
    if (rows.length > 0) out.push({ comments, rows, extra, line: first });
    else if (extra.length > 0) throw new ConlluError(source, first, 'sentence has no word lines');
    comments = [];
    rows = [];
    extra = [];
    first = 0;
  };
  let pos = 0;
  let lineNo = 0;
  const n = text.length;
  while (pos <= n) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = n;
    let line = text.slice(pos, end);
    pos = end + 1;
    lineNo++;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.trim() === '') {
      flush();
      if (end === n) break;
      continue;
    }
    if (first === 0) first = lineNo;
    if (line.startsWith('#')) {
      if (rows.length === 0) comments.push(line);
      else throw new ConlluError(source, lineNo, 'comment line inside a sentence (a blank line must end each sentence)');
      continue;
    }
    const cols = line.split('\t');
    if (cols.length !== 10) throw new ConlluError(source, lineNo, `expected 10 tab-separated columns, found ${cols.length}`);
    const id = cols[0] as string;
    if (/^\d+-\d+$/.test(id) || /^\d+\.\d+$/.test(id)) {
      extra.push({ before: rows.length, line });
      continue;
    }
    if (!/^\d+$/.test(id)) throw new ConlluError(source, lineNo, `bad word id '${id.slice(0, 20)}'`);
    if (Number(id) !== rows.length + 1) throw new ConlluError(source, lineNo, `word id ${id} out of sequence (expected ${rows.length + 1})`);
    if ((cols[1] as string) === '') throw new ConlluError(source, lineNo, 'empty FORM column');
    rows.push(cols);
  }
  flush();
  return out;
}

/**
 * Checks the HEAD column of a sentence: each HEAD is '_' (for all words) or an integer in 0..n, and the arcs form no
 * cycle. Returns a reason, or null when the column is well formed (or absent).
 */
export function checkHeads(s: ConlluSentence): string | null {
  const n = s.rows.length;
  if (s.rows.every((r) => r[6] === '_')) return null;
  const head = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const h = (s.rows[i] as string[])[6] as string;
    if (!/^\d+$/.test(h) || Number(h) > n) return `word ${i + 1}: bad HEAD '${h.slice(0, 20)}'`;
    head[i + 1] = Number(h);
  }
  // colour walk: 0 unseen, 1 on the current path, 2 reaches the root
  const state = new Uint8Array(n + 1);
  state[0] = 2;
  for (let i = 1; i <= n; i++) {
    let k = i;
    while (state[k] === 0) {
      state[k] = 1;
      k = head[k] as number;
    }
    if (state[k] === 1) return `cycle in the HEAD column through word ${k}`;
    k = i;
    while (state[k] === 1) {
      state[k] = 2;
      k = head[k] as number;
    }
  }
  return null;
}

/** Writes sentences as CoNLL-U, one blank line after each. */
export function writeConllu(sentences: readonly ConlluSentence[]): string {
  const parts: string[] = [];
  for (const s of sentences) {
    for (const c of s.comments) parts.push(c, '\n');
    let e = 0;
    for (let i = 0; i < s.rows.length; i++) {
      while (e < s.extra.length && (s.extra[e] as { before: number }).before === i) parts.push((s.extra[e++] as { line: string }).line, '\n');
      parts.push((s.rows[i] as string[]).join('\t'), '\n');
    }
    while (e < s.extra.length) parts.push((s.extra[e++] as { line: string }).line, '\n');
    parts.push('\n');
  }
  return parts.join('');
}
