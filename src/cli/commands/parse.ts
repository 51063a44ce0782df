// `argus parse FILE|-`: dependency parses as CoNLL-U. A .conllu input keeps its words and tokenization and gets
// UPOS, HEAD and DEPREL filled; text (.txt, or standard input that is not CoNLL-U) is tokenized and split first.
import type { Command } from 'commander';
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { ConlluError, checkHeads, readConllu, writeConllu, type ConlluSentence } from '../../nlp/parse/conllu.js';
import { DEPRELS_FULL, UPOS_TAGS, parseDoc, parseSentences } from '../../nlp/parse/index.js';
import { tokenize } from '../../nlp/tokenize.js';

const MAX_BYTES = 64 * 1024 * 1024;

class InputError extends Error {}

export function register(program: Command): void {
  program
    .command('parse')
    .description('dependency-parse a .conllu or .txt file (or - for stdin) and print CoNLL-U')
    .argument('<file>', 'input file (.conllu or .txt); - reads standard input (CoNLL-U when it looks like it, else text)')
    .action(async (file: string) => {
      try {
        const { name, text, conllu } = await readInput(file);
        process.stdout.write(conllu ? parseConllu(text, name) : parseText(text));
        process.exitCode = 0;
      } catch (e) {
        if (!(e instanceof InputError || e instanceof ConlluError)) throw e;
        console.error(`argus parse: ${e.message}`);
        process.exitCode = 1;
      }
    });
}

async function readInput(file: string): Promise<{ name: string; text: string; conllu: boolean }> {
  let buf: Buffer;
  let name = file;
  if (file === '-') {
    name = 'stdin';
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const c of process.stdin) {
      const b = typeof c === 'string' ? Buffer.from(c, 'utf8') : (c as Buffer);
      size += b.length;
      if (size > MAX_BYTES) throw new InputError(`${name}: input over ${MAX_BYTES / 1048576} MB`);
      chunks.push(b);
    }
    buf = Buffer.concat(chunks);
  } else {
    const ext = extname(file).toLowerCase();
    if (ext !== '.conllu' && ext !== '.txt') throw new InputError(`${file}: unknown extension '${ext}' (use .conllu or .txt)`);
    let size: number;
    try {
      const st = statSync(file);
      if (!st.isFile()) throw new InputError(`${file}: not a file`);
      size = st.size;
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new InputError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    if (size > MAX_BYTES) throw new InputError(`${file}: input over ${MAX_BYTES / 1048576} MB`);
    buf = readFileSync(file);
  }
  if (buf.includes(0)) throw new InputError(`${name}: binary input (NUL bytes)`);
  const text = buf.toString('utf8');
  if (text.trim() === '') throw new InputError(`${name}: empty input`);
  const conllu = file === '-' ? /^(#[^\n]*\n)*\d+(-\d+|\.\d+)?\t/.test(text.replace(/^\uFEFF/, '').trimStart()) : extname(file).toLowerCase() === '.conllu';
  return { name, text: text.replace(/^\uFEFF/, ''), conllu };
}

/** Fills UPOS, HEAD and DEPREL of every word line; a given HEAD column that is malformed or cyclic is an error. */
export function parseConllu(text: string, name: string): string {
  const sents: ConlluSentence[] = readConllu(text, name);
  if (sents.length === 0) throw new InputError(`${name}: no sentences (no word lines)`);
  for (const s of sents) {
    const bad = checkHeads(s);
    if (bad) throw new ConlluError(name, s.line, `sentence starting here: ${bad}`);
  }
  const parses = parseSentences(sents.map((s) => s.rows.map((r) => r[1] as string)));
  sents.forEach((s, k) => {
    const p = parses[k] as (typeof parses)[number];
    s.rows.forEach((r, i) => {
      r[3] = UPOS_TAGS[p.upos[i] as number] as string;
      r[6] = String(p.head[i]);
      r[7] = DEPRELS_FULL[p.deprelFull[i] as number] as string;
      r[8] = '_';
    });
  });
  return writeConllu(sents);
}

/** Tokenizes and splits text, then writes one CoNLL-U sentence per sentence found. */
export function parseText(text: string): string {
  const doc = tokenize(text);
  const p = parseDoc(doc);
  const parts: string[] = [];
  for (let k = 0; k < doc.sentStart.length; k++) {
    const from = doc.sentStart[k] as number;
    const to = doc.sentEnd[k] as number;
    if (to <= from) continue;
    parts.push(`# sent_id = ${k + 1}\n# text = ${text.slice(doc.starts[from], doc.ends[to - 1]).replace(/\s+/g, ' ')}\n`);
    for (let i = from; i < to; i++) {
      const h = p.head[i] as number;
      const glued = i + 1 < to && doc.ends[i] === doc.starts[i + 1];
      parts.push(`${i - from + 1}\t${doc.words[i] as string}\t_\t${UPOS_TAGS[p.upos[i] as number] as string}\t_\t_\t${h < 0 ? 0 : h - from + 1}\t${DEPRELS_FULL[p.deprelFull[i] as number] as string}\t_\t${glued ? 'SpaceAfter=No' : '_'}\n`);
    }
    parts.push('\n');
  }
  return parts.join('');
}
