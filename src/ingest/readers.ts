// Input readers: .txt / .html / .json / .jsonl files, buffers and stdin -> one outcome per article, never a throw.
import { open, stat } from 'node:fs/promises';
import { constants } from 'node:fs';
import { extname } from 'node:path';
import iconv from 'iconv-lite';
import { ArgusError, isArgusError } from '../core/errors.js';
import type { ArticleInput } from '../core/input.js';
import { cleanBody, cleanScrapedText } from './clean.js';
import { normalizePublished } from './dates.js';
import { parseHtml } from './html.js';
import { guessLanguage, normalizeLanguageTag } from './language.js';
import { httpUrlOrNull } from '../core/urls.js';

export type ReadOutcome = { ok: true; ref: string; input: ArticleInput } | { ok: false; ref: string; error: ArgusError };

export interface ReadOptions {
  /** publication date used when the input gives none */
  published?: string | null;
  /** article URL used when the input gives none */
  url?: string | null;
  /** outlet name used when the input gives none */
  source?: string | null;
  /** inputs larger than this many bytes are refused; default 10 MB */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

type Format = 'txt' | 'html' | 'json' | 'jsonl';
const FORMATS: Readonly<Record<string, Format>> = {
  '.txt': 'txt', '.text': 'txt', '.md': 'txt',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};

/** The format a file name implies, or null when Argus does not read that extension. */
export function formatOf(name: string): Format | null {
  return FORMATS[extname(name).toLowerCase()] ?? null;
}

const fail = (ref: string, error: ArgusError): ReadOutcome => ({ ok: false, ref, error });

function asError(e: unknown, ref: string): ArgusError {
  if (isArgusError(e)) return e;
  return new ArgusError('READ_FAILED', ref, `could not be read: ${e instanceof Error ? e.message : String(e)}`);
}

/** Decodes bytes to text, or an error when they are not text. Handles BOMs, declared HTML charsets and Latin-1 files. */
function decode(name: string, buf: Buffer, format: Format): string | ArgusError {
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    const text = iconv.decode(buf, buf[0] === 0xff ? 'utf16le' : 'utf16be'); // iconv strips the BOM
    const bad = loneSurrogate(text);
    return bad === -1 ? text : new ArgusError('INVALID_ENCODING', name, `the UTF-16 text has a lone surrogate (code unit ${bad}): it is corrupt or not UTF-16`);
  }
  if (buf.indexOf(0) !== -1) return new ArgusError('BINARY_INPUT', name, 'the input contains NUL bytes: it is a binary file, not text');
  let control = 0;
  const probe = Math.min(buf.length, 65536);
  for (let i = 0; i < probe; i++) {
    const b = buf[i] ?? 0;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++;
  }
  if (control > probe * 0.02) return new ArgusError('BINARY_INPUT', name, 'the input is mostly control bytes: it is a binary file, not text');
  if (format === 'html') {
    const head = buf.subarray(0, 2048).toString('latin1');
    const cs = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
    if (cs && !/^utf-?8$/.test(cs) && iconv.encodingExists(cs)) return iconv.decode(buf, cs);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
  } catch {
    const text = new TextDecoder('utf-8').decode(buf);
    let bad = 0;
    for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) bad++;
    if (bad > text.length * 0.1) return new ArgusError('BINARY_INPUT', name, 'the input is not valid UTF-8 text: it looks binary');
    return iconv.decode(buf, 'windows-1252'); // legacy single-byte text: every byte is a character
  }
}

/** The index of the first unpaired UTF-16 surrogate, or -1 when the string is well-formed Unicode. */
export function loneSurrogate(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
    }
    return i;
  }
  return -1;
}

function fill(input: ArticleInput, opts: ReadOptions): ArticleInput {
  return {
    ...input,
    published: input.published ?? normalizePublished(opts.published ?? null),
    // only http(s) links are kept: a javascript: or data: url / og:url would become the article's "original" link
    url: httpUrlOrNull(input.url) ?? httpUrlOrNull(opts.url),
    source: input.source ?? opts.source ?? null,
  };
}

function fromText(text: string): ArticleInput {
  const c = cleanScrapedText(text);
  return {
    title: c.title, subtitle: c.subtitle, text: c.text, published: null, url: null, source: null,
    byline: c.byline, dateline: c.dateline, language: guessLanguage(c.text),
  };
}

function noText(ref: string, input: ArticleInput): ArgusError | null {
  if (input.text.trim() === '') return new ArgusError('NO_ARTICLE', ref, 'no article text is left after removing junk lines');
  // JSON escapes ("\ud800") and HTML entities can smuggle in what decoding refused
  for (const [field, value] of [['text', input.text], ['title', input.title]] as const) {
    const at = value ? loneSurrogate(value) : -1;
    if (at !== -1) return new ArgusError('INVALID_ENCODING', ref, `the ${field} has a lone UTF-16 surrogate at character ${at}: it is not well-formed Unicode`);
  }
  return null;
}

const optStr = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/** One JSON record {text | html, title?, subtitle?, url?, published?, source?, language?, byline?} -> an article. */
export function readRecord(ref: string, rec: unknown): ArticleInput {
  if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) {
    throw new ArgusError('INVALID_RECORD', ref, 'expected a JSON object with a "text" or "html" field');
  }
  const r = rec as Record<string, unknown>;
  const text = typeof r['text'] === 'string' ? r['text'] : null;
  const html = typeof r['html'] === 'string' ? r['html'] : null;
  if (text === null && html === null) throw new ArgusError('INVALID_RECORD', ref, 'the record has no "text" or "html" string field');
  if ((text ?? html ?? '').trim() === '') throw new ArgusError('EMPTY_INPUT', ref, `the record's "${text !== null ? 'text' : 'html'}" field is empty`);
  const title = optStr(r['title']) ?? optStr(r['headline']);
  const url = optStr(r['url']) ?? optStr(r['link']);
  let input: ArticleInput;
  if (text !== null && title !== null) {
    const c = cleanBody(text, title);
    input = { title, subtitle: null, text: c.text, published: null, url: null, source: null, byline: c.byline, dateline: c.dateline, language: guessLanguage(c.text) };
  } else if (text !== null) {
    input = fromText(text);
  } else {
    input = parseHtml(html ?? '', url ?? undefined, ref);
    if (title !== null) input.title = title;
  }
  const published = r['published'] ?? r['published_at'] ?? r['date'] ?? r['datePublished'];
  return {
    ...input,
    subtitle: optStr(r['subtitle']) ?? optStr(r['description']) ?? input.subtitle,
    published: normalizePublished(published) ?? input.published,
    url: url ?? input.url,
    source: optStr(r['source']) ?? input.source,
    byline: optStr(r['byline']) ?? optStr(r['author']) ?? input.byline,
    language: normalizeLanguageTag(r['language'] ?? r['lang']) ?? input.language,
  };
}

function outcome(ref: string, make: () => ArticleInput, opts: ReadOptions): ReadOutcome {
  try {
    const input = fill(make(), opts);
    const err = noText(ref, input);
    return err ? fail(ref, err) : { ok: true, ref, input };
  } catch (e) {
    return fail(ref, asError(e, ref));
  }
}

function jsonError(ref: string, e: unknown): ArgusError {
  const msg = e instanceof Error ? e.message : String(e);
  return new ArgusError('INVALID_JSON', ref, `the JSON is invalid: ${msg}`);
}

function readJsonl(name: string, text: string, opts: ReadOptions): ReadOutcome[] {
  const out: ReadOutcome[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '') continue;
    const ref = `${name}:${i + 1}`;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch (e) {
      out.push(fail(ref, jsonError(ref, e)));
      continue;
    }
    out.push(outcome(ref, () => readRecord(ref, rec), opts));
  }
  if (out.length === 0) out.push(fail(name, new ArgusError('EMPTY_INPUT', name, 'the file has no records')));
  return out;
}

function readJson(name: string, text: string, opts: ReadOptions): ReadOutcome[] {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    return [fail(name, jsonError(name, e))];
  }
  if (Array.isArray(v)) {
    if (v.length === 0) return [fail(name, new ArgusError('EMPTY_INPUT', name, 'the JSON array is empty'))];
    return v.map((rec, i) => outcome(`${name}[${i}]`, () => readRecord(`${name}[${i}]`, rec), opts));
  }
  return [outcome(name, () => readRecord(name, v), opts)];
}

/** Reads one input held in memory; the extension of `name` picks the format. */
export function readBuffer(name: string, buf: Buffer, opts: ReadOptions = {}): ReadOutcome[] {
  const format = formatOf(name);
  if (format === null) return [fail(name, unknownFormat(name))];
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (buf.length > max) return [fail(name, tooLarge(name, buf.length, max))];
  const text = decode(name, buf, format);
  if (typeof text !== 'string') return [fail(name, text)];
  if (text.trim() === '') return [fail(name, new ArgusError('EMPTY_INPUT', name, 'the input is empty'))];
  switch (format) {
    case 'txt':
      return [outcome(name, () => fromText(text), opts)];
    case 'html':
      return [outcome(name, () => parseHtml(text, opts.url ?? undefined, name), opts)];
    case 'json':
      return readJson(name, text, opts);
    case 'jsonl':
      return readJsonl(name, text, opts);
  }
}

function unknownFormat(name: string): ArgusError {
  const ext = extname(name) || 'no extension';
  return new ArgusError('UNKNOWN_FORMAT', name, `Argus reads .txt, .html, .htm, .json and .jsonl files, not '${ext}'`);
}

function tooLarge(name: string, size: number, max: number): ArgusError {
  const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return new ArgusError('TOO_LARGE', name, `the input is ${mb(size)}, more than the ${mb(max)} limit (raise maxBytes to read it)`);
}

/**
 * Reads at most `max` bytes of a regular file. A FIFO, a device (a symlink to /dev/zero has no size to check) or a socket
 * is refused with NOT_A_FILE without blocking on it; a file over `max` is TOO_LARGE however its size was reported.
 */
export async function readFileCapped(path: string, max: number): Promise<Buffer> {
  const s = await stat(path);
  if (s.isDirectory()) throw new ArgusError('READ_FAILED', path, 'is a directory, not a file');
  if (!s.isFile()) throw notAFile(path);
  if (s.size > max) throw tooLarge(path, s.size, max);
  // O_NONBLOCK: if the path was swapped for a FIFO since stat, opening it does not wait for a writer
  const fh = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!(await fh.stat()).isFile()) throw notAFile(path);
    const buf = Buffer.allocUnsafe(Math.min(max, Math.max(s.size, 64 * 1024)) + 1);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > max) throw tooLarge(path, total, max);
      chunks.push(Buffer.from(buf.subarray(0, bytesRead)));
    }
    return Buffer.concat(chunks, total);
  } finally {
    await fh.close();
  }
}

function notAFile(path: string): ArgusError {
  return new ArgusError('NOT_A_FILE', path, 'is not a regular file (a FIFO, device or socket); Argus reads regular files only');
}

/** Reads one file; checks existence, type, extension and size before reading it, and reads no more than the limit. */
export async function readFile(path: string, opts: ReadOptions = {}): Promise<ReadOutcome[]> {
  try {
    if ((await stat(path)).isDirectory()) return [fail(path, new ArgusError('READ_FAILED', path, 'is a directory, not a file'))];
  } catch (e) {
    return [fail(path, statError(path, e))];
  }
  if (formatOf(path) === null) return [fail(path, unknownFormat(path))];
  let buf: Buffer;
  try {
    buf = await readFileCapped(path, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  } catch (e) {
    return [fail(path, statError(path, e))];
  }
  return readBuffer(path, buf, opts);
}

function statError(path: string, e: unknown): ArgusError {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new ArgusError('NOT_FOUND', path, 'no such file');
  return asError(e, path);
}

/** Reads standard input (or any byte stream) as one input named `name` (its extension picks the format). */
export async function readStdin(name = 'stdin.txt', opts: ReadOptions = {}, stream: AsyncIterable<Buffer | string> = process.stdin): Promise<ReadOutcome[]> {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const c of stream) {
      const b = typeof c === 'string' ? Buffer.from(c, 'utf8') : c;
      size += b.length;
      if (size > max) return [fail(name, tooLarge(name, size, max))];
      chunks.push(b);
    }
  } catch (e) {
    return [fail(name, asError(e, name))];
  }
  return readBuffer(name, Buffer.concat(chunks), opts);
}
