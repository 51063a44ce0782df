// The fuzz suite (issue 14): seeded generators of malformed articles (txt, HTML, JSON, JSONL), feeds (RSS, Atom,
// JSON Feed) and API requests, run through the readers, ingest (analysis in the budgeted worker, a real SQLite
// store) and the HTTP API. Every input is classified: ok, a named failure (an ArgusError code or a 4xx answer),
// or a problem: a crash (an unnamed error, a 5xx), a stack trace in any message, or a slow input
// (over 3 s + 2 s per MB). Our own generator (mulberry32 from src/core/random.ts), no dependency.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededRandom } from '../src/core/random.js';
import { isArgusError } from '../src/core/errors.js';
import { readBuffer } from '../src/ingest/readers.js';
import { parseFeed } from '../src/ingest/feeds.js';
import { IngestService } from '../src/services/ingest.js';
import { sharedAnalyzer } from '../src/services/analysis-budget.js';
import { openSqliteStore } from '../src/store/sqlite/store.js';
import { createApp } from '../src/server/app.js';
import type { Store } from '../src/store/types.js';

export type InputKind = 'txt' | 'html' | 'json' | 'jsonl' | 'rss' | 'atom' | 'jsonfeed' | 'api';
export type Outcome = 'ok' | 'named' | 'crash' | 'stack' | 'slow';

export interface FuzzInput {
  index: number;
  kind: InputKind;
  name: string;
  body: Buffer;
  /** api inputs: method and path with query */
  method?: string;
  path?: string;
}

export interface FuzzResult {
  index: number;
  kind: InputKind;
  bytes: number;
  ms: number;
  outcome: Outcome;
  /** named failure codes, or the problem's message */
  detail: string;
}

export interface FuzzReport {
  seed: number;
  count: number;
  startupMs: number;
  totalMs: number;
  byOutcome: Record<Outcome, number>;
  byKind: Record<string, number>;
  codes: Record<string, number>;
  problems: FuzzResult[];
  slowest: FuzzResult[];
}

/** Time budget of one input: 3 s plus 2 s per MB. */
export function budgetMs(bytes: number): number {
  return 3000 + (2000 * bytes) / 1_000_000;
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

const WORDS = ['the', 'minister', 'said', 'on', 'Monday', 'that', 'talks', 'in', 'Lisbon', 'went', 'well', 'and', 'he', 'she', 'it',
  'they', 'Ana', 'Duarte', 'NATO', 'Portugal', 'accused', 'Ruritania', 'of', 'sanctions', 'met', 'with', 'officials', 'from', 'Acme',
  'Corp.', 'U.S.', 'according', 'to', 'a', 'spokesperson', 'for', 'the', 'ministry', 'told', 'reporters', 'last', 'week', '2025', '"', '“',
  '”', ',', '.', '(', ')', '-', '—', 'Mr.', 'Dr.', 'St.', 'who', 'said:', "'s", 'troops', 'attacked', 'protested', 'agreed'];
const WEIRD = ['\u0000', '\uFEFF', '\u200B', '\uD800', '\uDFFF', '\u202E', '\u2028', '\r', '\t', '\u00A0', '😀', 'ğ', 'İ', 'ß', '\u0301',
  '<', '>', '&amp;', '&#0;', '&#xD800;', '\\', '\u001B[31m', '%00', '${x}', "'; DROP TABLE articles; --", '*', 'NEAR(', '"', '^'];

function sentence(r: Rand): string {
  const n = int(r, 3, 25);
  const w: string[] = [];
  for (let i = 0; i < n; i++) w.push(pick(r, WORDS));
  return w.join(' ') + pick(r, ['.', '.', '?', '!', '', '."', ':']);
}

function prose(r: Rand, paragraphs: number): string {
  const out: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const s: string[] = [];
    for (let k = int(r, 1, 5); k > 0; k--) s.push(sentence(r));
    out.push(s.join(' '));
  }
  return out.join('\n\n');
}

/** A stress pattern: the shapes that used to stall analysis, and others like them. */
function stress(r: Rand, big: boolean): string {
  const n = big ? int(r, 50_000, 400_000) : int(r, 100, 5000);
  switch (int(r, 0, 11)) {
    case 0: return 'he said that she said that '.repeat(Math.ceil(n / 27));
    case 1: return ' '.repeat(n);
    case 2: return '-'.repeat(n);
    case 3: return 'a'.repeat(n);
    case 4: return 'A.'.repeat(Math.ceil(n / 2));
    case 5: return '.'.repeat(n);
    case 6: return '"'.repeat(n);
    case 7: return (sentence(r) + ' ').repeat(Math.ceil(n / 60));
    case 8: return 'Ana Duarte, '.repeat(Math.ceil(n / 12));
    case 9: return '\n'.repeat(n);
    case 10: return Array.from({ length: Math.ceil(n / 8) }, (_, i) => `Word${i % 997}`).join(' ');
    default: return pick(r, WEIRD).repeat(Math.ceil(n / 4));
  }
}

/** Random damage: cuts, weird characters, repeated chunks. */
function mutate(r: Rand, s: string): string {
  let out = s;
  for (let k = int(r, 0, 4); k > 0; k--) {
    const at = int(r, 0, out.length);
    switch (int(r, 0, 5)) {
      case 0: out = out.slice(0, at); break;
      case 1: out = out.slice(0, at) + pick(r, WEIRD) + out.slice(at); break;
      case 2: out = out.slice(0, at) + out.slice(at, at + int(r, 1, 40)).repeat(int(r, 2, 50)) + out.slice(at); break;
      case 3: out = out.slice(0, at) + out.slice(at + int(r, 1, 200)); break;
      case 4: out = out.slice(0, at) + String.fromCharCode(int(r, 0, 0xffff)) + out.slice(at); break;
      default: out = out.toUpperCase(); break;
    }
  }
  return out;
}

const esc = (s: string): string => s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));

function html(r: Rand, big: boolean): string {
  const body = prose(r, int(r, 1, 6)).split('\n\n').map((p) => `<p>${esc(p)}</p>`).join('');
  const depth = big ? int(r, 20_000, 200_000) : int(r, 0, 300);
  const tag = pick(r, ['div', 'b', 'span', 'section', 'p', 'li', 'table', 'font']);
  const inner = r() < 0.3 ? stress(r, big) : body;
  const ld = r() < 0.3 ? `<script type="application/ld+json">${mutate(r, JSON.stringify({ '@type': 'NewsArticle', headline: sentence(r), datePublished: pick(r, ['2025-01-02', 'yesterday', '2025-13-45', '']), url: pick(r, ['javascript:alert(1)', 'https://example.org/a', 'data:text/html,x']) }))}</script>` : '';
  const closing = r() < 0.5 ? `</${tag}>`.repeat(depth) : '';
  return `<!doctype html><html><head><title>${esc(sentence(r))}</title>${ld}<meta property="og:url" content="${pick(r, ['javascript:x', 'https://example.org/x', '//x', ''])}"></head><body>${`<${tag}>`.repeat(depth)}<article><h1>${esc(sentence(r))}</h1>${r() < 0.5 ? esc(inner) : inner}</article>${closing}</body></html>`;
}

function record(r: Rand, big: boolean): Record<string, unknown> {
  const text = r() < 0.35 ? `${sentence(r)}\n\n${stress(r, big)}` : prose(r, int(r, 1, 8));
  const rec: Record<string, unknown> = { title: sentence(r), text, published: pick(r, ['2025-04-09', '2025-13-45', 'yesterday', 1700000000, null, '']), url: pick(r, ['https://example.org/' + int(r, 0, 1e6), 'javascript:alert(1)', 'not a url', null]) };
  if (r() < 0.2) delete rec['text'];
  if (r() < 0.1) rec['html'] = html(r, false);
  if (r() < 0.1) rec['text'] = pick(r, [42, null, [], { a: 1 }, '']);
  return rec;
}

function feed(r: Rand, kind: 'rss' | 'atom' | 'jsonfeed', big: boolean): string {
  const items = Array.from({ length: int(r, 0, 6) }, () => ({ title: sentence(r), text: r() < 0.3 ? stress(r, big) : prose(r, int(r, 1, 4)), link: pick(r, ['https://example.org/' + int(r, 0, 1e6), 'javascript:x', 'file:///etc/passwd', '']) }));
  if (kind === 'jsonfeed') {
    return JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: sentence(r), items: items.map((it, i) => ({ id: String(i), url: it.link, title: it.title, content_text: it.text, date_published: pick(r, ['2025-04-09T10:00:00Z', 'soon']) })) });
  }
  if (kind === 'atom') {
    return `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>${esc(sentence(r))}</title>${items.map((it) => `<entry><title>${esc(it.title)}</title><link href="${esc(it.link)}"/><updated>2025-04-09T10:00:00Z</updated><content type="${pick(r, ['text', 'html'])}">${esc(it.text)}</content></entry>`).join('')}</feed>`;
  }
  const bomb = r() < 0.05 ? '<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>' : '';
  return `<?xml version="1.0"?>${bomb}<rss version="2.0"><channel><title>${esc(sentence(r))}</title>${items.map((it) => `<item><title>${esc(it.title)}${bomb ? '&b;' : ''}</title><link>${esc(it.link)}</link><pubDate>${pick(r, ['Wed, 09 Apr 2025 10:00:00 GMT', 'never'])}</pubDate><description>${esc(it.text)}</description></item>`).join('')}</channel></rss>`;
}

const API_PATHS = ['/api/search', '/api/stats', '/api/entities', '/api/graph', '/api/places', '/api/trends', '/api/alerts', '/api/watchlists',
  '/api/articles/', '/api/entities/', '/api/graph/evidence', '/api/places/articles', '/api/watchlists/'];
const PARAMS = ['q', 'limit', 'offset', 'entity', 'type', 'country', 'from', 'to', 'sort', 'source', 'a', 'b', 'name', 'min', 'entities', 'themes', 'unseen'];

function apiQuery(r: Rand): string {
  const q = pick(r, [sentence(r), 'a* '.repeat(int(r, 1, 200)), '"unbalanced', 'NEAR(a b, 99999)', 'x OR '.repeat(int(r, 1, 100)), pick(r, WEIRD), '', 'Lisbon*']);
  return r() < 0.5 ? mutate(r, q) : q;
}

/** encodeURIComponent that also encodes lone surrogates (as the invalid UTF-8 bytes a careless client would send) */
function enc(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return s.split('').map((c) => (/[\uD800-\uDFFF]/.test(c) ? '%ED%A0%80' : encodeURIComponent(c))).join('');
  }
}

function api(r: Rand): { method: string; path: string; body: string } {
  const base = pick(r, API_PATHS);
  const id = pick(r, ['1', '-1', '0', '99999999999999999999', 'abc', '%00', '../../etc/passwd', '1e9', '']);
  let path = base.endsWith('/') ? base + enc(id) : base;
  const params: string[] = [];
  for (let k = int(r, 0, 5); k > 0; k--) {
    const p = pick(r, PARAMS);
    const v = p === 'q' ? apiQuery(r) : pick(r, ['1', '-5', 'abc', '1e308', '2025-13-45', 'ASSAULT', 'ZZ', '', '99999999', 'date', apiQuery(r)]);
    params.push(`${enc(p)}=${enc(v)}`);
  }
  if (params.length) path += '?' + params.join('&');
  const method = base === '/api/watchlists' || base === '/api/alerts' ? pick(r, ['GET', 'POST']) : r() < 0.1 ? pick(r, ['POST', 'DELETE', 'PUT']) : 'GET';
  const body = method === 'GET' ? '' : mutate(r, JSON.stringify(pick(r, [{ name: sentence(r), query: apiQuery(r) }, { ids: [1, 'x'] }, { all: true }, [], null, { into: id }])));
  return { method, path, body };
}

/** The index-th input of a run with this seed (deterministic: the same seed and index give the same bytes). */
export function generate(seed: number, index: number): FuzzInput {
  const r = seededRandom((Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0);
  const big = r() < 0.01;
  const kind = pick(r, ['txt', 'txt', 'html', 'html', 'json', 'jsonl', 'rss', 'atom', 'jsonfeed', 'api', 'api'] as const);
  const name = `fuzz-${seed}-${index}`;
  let text: string;
  switch (kind) {
    case 'txt': text = mutate(r, `${sentence(r)}\n\n${r() < 0.4 ? stress(r, big) : ''}${prose(r, int(r, 1, 10))}`); break;
    case 'html': text = r() < 0.3 ? mutate(r, html(r, big)) : html(r, big); break;
    case 'json': text = r() < 0.3 ? mutate(r, JSON.stringify(record(r, big))) : JSON.stringify(record(r, big)); break;
    case 'jsonl': text = Array.from({ length: int(r, 1, 5) }, () => (r() < 0.2 ? mutate(r, JSON.stringify(record(r, false))) : JSON.stringify(record(r, false)))).join('\n'); break;
    case 'rss': case 'atom': case 'jsonfeed': text = r() < 0.3 ? mutate(r, feed(r, kind, big)) : feed(r, kind, big); break;
    default: {
      const a = api(r);
      return { index, kind, name, body: Buffer.from(a.body), method: a.method, path: a.path };
    }
  }
  const ext = kind === 'rss' || kind === 'atom' ? 'xml' : kind === 'jsonfeed' ? 'json' : kind;
  const body = Buffer.from(text);
  // a few inputs as raw bytes: UTF-16 with lone surrogates, binary noise
  if (r() < 0.03) return { index, kind, name: `${name}.${ext}`, body: Buffer.from(text, 'utf16le') };
  if (r() < 0.02) return { index, kind, name: `${name}.${ext}`, body: Buffer.from(Array.from({ length: int(r, 1, 4000) }, () => int(r, 0, 255))) };
  return { index, kind, name: `${name}.${ext}`, body };
}

const STACK = /\n\s+at \S/;
/** unnamed errors: a failure whose message is a JavaScript error, not one of ours */
const JS_ERROR = /\b(TypeError|RangeError|ReferenceError|SyntaxError|Maximum call stack|Cannot read properties|is not a function|is not iterable|undefined)\b/;

export interface FuzzOptions {
  count: number;
  seed: number;
  /** called after every input */
  onResult?: (r: FuzzResult) => void;
}

/** Runs `count` inputs of the seed; returns the report. */
export async function runFuzz(opts: FuzzOptions): Promise<FuzzReport> {
  const dir = mkdtempSync(join(tmpdir(), 'argus-fuzz-'));
  const t0 = performance.now();
  let store: Store | null = null;
  try {
    store = openSqliteStore(join(dir, 'fuzz.db'));
    const app = createApp({ store, token: null, files: new Map() });
    const failures: Array<{ code: string; message: string }> = [];
    const svc = new IngestService(store, { afterSave: false, onItem: () => undefined });
    await svc.begin(['fuzz']);
    // start-up: the worker loads the models before the first budget runs
    const s0 = performance.now();
    await sharedAnalyzer().analyze({ title: 'Start', subtitle: null, text: 'The minister said the talks went well.', published: null, url: null, source: null, byline: null, dateline: null, language: 'en' }, 'start', 'start');
    const startupMs = performance.now() - s0;
    const report: FuzzReport = {
      seed: opts.seed, count: opts.count, startupMs, totalMs: 0, byOutcome: { ok: 0, named: 0, crash: 0, stack: 0, slow: 0 }, byKind: {}, codes: {}, problems: [], slowest: [],
    };
    for (let i = 0; i < opts.count; i++) {
      const input = generate(opts.seed, i);
      const before = svc.failures.length;
      const t = performance.now();
      let outcome: Outcome = 'ok';
      let detail = '';
      try {
        if (input.kind === 'api') {
          const res = await app.fetch(new Request(`http://127.0.0.1${input.path ?? '/'}`, {
            method: input.method, headers: { host: '127.0.0.1', 'content-type': 'application/json' }, body: input.method === 'GET' ? undefined : input.body.toString('utf8'),
          }));
          const text = await res.text();
          if (res.status >= 500) { outcome = 'crash'; detail = `${input.method} ${input.path} -> ${res.status} ${text.slice(0, 200)}`; }
          else if (STACK.test(text)) { outcome = 'stack'; detail = `${input.method} ${input.path}: ${text.slice(0, 200)}`; }
          else if (res.status >= 400) { outcome = 'named'; detail = `HTTP_${res.status}`; }
        } else if (input.kind === 'rss' || input.kind === 'atom' || input.kind === 'jsonfeed') {
          let parsed;
          try {
            parsed = parseFeed(input.body.toString('utf8'), input.name);
          } catch (e) {
            failures.push(isArgusError(e) ? { code: e.code, message: e.message } : { code: 'UNNAMED', message: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) });
          }
          if (parsed) await svc.feedItems(parsed, input.name, false);
        } else {
          for (const o of readBuffer(input.name, input.body)) await svc.outcome(o);
        }
      } catch (e) {
        outcome = 'crash';
        detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      }
      const ms = performance.now() - t;
      const named = [...svc.failures.slice(before), ...failures.splice(0)];
      for (const f of named) {
        if (STACK.test(f.message) && outcome === 'ok') { outcome = 'stack'; detail = `${f.code}: ${f.message.slice(0, 300)}`; }
        else if ((f.code === 'UNNAMED' || f.code === 'ANALYSIS_FAILED' || (f.code === 'READ_FAILED' && JS_ERROR.test(f.message))) && outcome === 'ok') {
          outcome = 'crash';
          detail = `${f.code}: ${f.message.split('\n')[0] ?? ''}`;
        }
        report.codes[f.code] = (report.codes[f.code] ?? 0) + 1;
      }
      if (outcome === 'ok' && named.length > 0) { outcome = 'named'; detail = named.map((f) => f.code).join(','); }
      if (ms > budgetMs(input.body.length) && (outcome === 'ok' || outcome === 'named')) { outcome = 'slow'; detail = `${Math.round(ms)} ms for ${input.body.length} bytes`; }
      const result: FuzzResult = { index: i, kind: input.kind, bytes: input.body.length, ms, outcome, detail };
      report.byOutcome[outcome]++;
      report.byKind[input.kind] = (report.byKind[input.kind] ?? 0) + 1;
      if (outcome === 'crash' || outcome === 'stack' || outcome === 'slow') report.problems.push(result);
      report.slowest.push(result);
      report.slowest.sort((a, b) => b.ms - a.ms);
      report.slowest.length = Math.min(report.slowest.length, 5);
      opts.onResult?.(result);
    }
    await svc.end();
    report.totalMs = performance.now() - t0;
    return report;
  } finally {
    await store?.close();
    await sharedAnalyzer().close();
    rmSync(dir, { recursive: true, force: true });
  }
}
