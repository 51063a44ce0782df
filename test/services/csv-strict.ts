// A strict RFC 4180 parser for the export tests: CRLF between records, fields either plain (no comma, quote, CR or LF)
// or quoted with doubled quotes inside; anything else (a bare LF, a stray quote, a ragged row) throws.
export function parseCsvStrict(input: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = input.length;
  if (n === 0) return rows;
  for (;;) {
    let field = '';
    if (input[i] === '"') {
      i++;
      for (;;) {
        if (i >= n) throw new Error('unterminated quoted field');
        const c = input[i] as string;
        if (c === '"') {
          if (input[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += c;
        i++;
      }
    } else {
      while (i < n && input[i] !== ',' && input[i] !== '\r') {
        const c = input[i] as string;
        if (c === '"' || c === '\n') throw new Error(`a ${c === '"' ? 'quote' : 'line feed'} in an unquoted field at ${i}`);
        field += c;
        i++;
      }
    }
    row.push(field);
    if (i >= n) {
      rows.push(row);
      break;
    }
    const c = input[i];
    if (c === ',') {
      i++;
      continue;
    }
    if (c === '\r' && input[i + 1] === '\n') {
      rows.push(row);
      row = [];
      i += 2;
      if (i >= n) break;
      continue;
    }
    throw new Error(`expected a comma or CRLF at ${i}, found ${JSON.stringify(input.slice(i, i + 10))}`);
  }
  const width = rows[0]?.length ?? 0;
  rows.forEach((r, k) => {
    if (r.length !== width) throw new Error(`row ${k} has ${r.length} fields, the header ${width}`);
  });
  return rows;
}

/** Rows as objects keyed by the header. */
export function csvObjects(input: string): Array<Record<string, string>> {
  const [head, ...rows] = parseCsvStrict(input);
  return rows.map((r) => Object.fromEntries((head ?? []).map((h, k) => [h, r[k] as string])));
}
