// The HTTP app: security headers and token check, the JSON API from the route table, then the dashboard's static files.
import { timingSafeEqual } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { Store } from '../store/types.js';
import { API_ROUTES, notFound } from './routes/api.js';
import { errorResponse, HttpError, queryObject, type RouteDef } from './http.js';
import { openApi } from './openapi.js';
import { loadStatic, type StaticFile } from './static.js';
import { JsonText } from '../services/dashboard.js';

export interface AppOptions {
  store: Store;
  /** required on every request when set (Authorization: Bearer, ?token= once, or the cookie it sets) */
  token?: string | null;
  /** built dashboard files by path; loaded from web/dist when not given */
  files?: Map<string, StaticFile>;
  version?: string;
  /**
   * host names a request's Host header may carry (a DNS-rebinding page reaches the server under its own name);
   * default localhost, 127.0.0.1 and [::1]; null accepts any (a wildcard address, where the token is the guard)
   */
  hosts?: string[] | null;
}

export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

export const CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'", "font-src 'self'",
  "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'",
].join('; ');

const MAX_BODY = 64 * 1024;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** JSON bytes as c.json sends its text: the same Content-Type, the status the route set */
function sendJson(c: Context, bytes: Buffer): Response {
  return c.body(bytes as Uint8Array<ArrayBuffer>, undefined, { 'Content-Type': 'application/json' });
}

/** The host name of a Host header, lower case, without the port; IPv6 keeps its brackets. */
export function hostName(host: string): string {
  const h = host.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  return h.replace(/:\d*$/, '');
}

function sameOrigin(origin: string, host: string): boolean {
  try {
    const o = new URL(origin);
    return (o.protocol === 'http:' || o.protocol === 'https:') && o.host.toLowerCase() === host.trim().toLowerCase();
  } catch {
    return false; // 'null' (sandboxed frames, file: pages) or garbage
  }
}

/**
 * Why a state-changing request must be refused, or null: another site's page (Sec-Fetch-Site, Origin) cannot write, and
 * without the token in an Authorization header every write must say Content-Type: application/json, which a page on
 * another origin cannot send without a CORS preflight that this server never grants.
 */
function crossSiteWrite(c: Context, bearer: boolean): HttpError | null {
  const site = c.req.header('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') {
    return new HttpError(403, 'CROSS_SITE', `a ${site} page may not change data here (Sec-Fetch-Site: ${site})`);
  }
  const origin = c.req.header('origin');
  if (origin !== undefined) {
    if (!sameOrigin(origin, c.req.header('host') ?? '')) return new HttpError(403, 'CROSS_SITE', `a page from ${origin} may not change data here`);
  }
  if (!bearer && mediaType(c) !== 'application/json') {
    return new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'a request that changes data must send Content-Type: application/json (or the token in an Authorization header)');
  }
  return null;
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookie(c: Context, name: string): string | null {
  const m = new RegExp(`(?:^|;\\s*)${name}=([^;]+)`).exec(c.req.header('cookie') ?? '');
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}

/** The media type without parameters: `text/plain; x=application/json` is text/plain (no CORS preflight), not JSON. */
function mediaType(c: Context): string {
  return (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

function tooLarge(): HttpError {
  return new HttpError(413, 'TOO_LARGE', `the body is larger than ${MAX_BODY} bytes`);
}

/** The body as text, read at most MAX_BODY bytes far: a huge upload is cut off while it streams, never held whole. */
async function readCapped(c: Context): Promise<string> {
  const declared = Number(c.req.header('content-length') ?? NaN);
  // the rest of an over-long upload is not read: the connection closes after the answer
  if (Number.isFinite(declared) && declared > MAX_BODY) {
    c.header('connection', 'close');
    throw tooLarge();
  }
  const stream = c.req.raw.body;
  if (!stream) return '';
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY) {
      await reader.cancel().catch(() => undefined);
      c.header('connection', 'close');
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function readBody(c: Context): Promise<unknown> {
  if (mediaType(c) !== 'application/json') throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'send the body as JSON (Content-Type: application/json)');
  const raw = await readCapped(c);
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw new HttpError(400, 'INVALID_JSON', 'the body is not valid JSON');
  }
}

/**
 * Answers of GET routes, reused until the data changes (new articles or alerts, a write from another process, or any
 * write through this API): the read models aggregate thousands of rows and the dashboard asks the same questions often.
 * Kept as the JSON bytes sent (a hit is not serialized again).
 */
class AnswerCache {
  private readonly answers = new Map<string, Buffer>();
  private version = '';
  private writes = 0;

  constructor(private readonly store: Store, private readonly max = 500) {}

  private async current(): Promise<string> {
    return `${await this.store.dashboard.dataVersion()}:${this.writes}`;
  }

  async get(key: string): Promise<Buffer | undefined> {
    const v = await this.current();
    if (v !== this.version) {
      this.answers.clear();
      this.version = v;
      return undefined;
    }
    return this.answers.get(key);
  }

  set(key: string, value: Buffer): void {
    if (this.answers.size >= this.max) this.answers.delete(this.answers.keys().next().value as string);
    this.answers.set(key, value);
  }

  wrote(): void {
    this.writes++;
  }
}

/**
 * Requests start one per turn of the event loop, in arrival order. The SQLite store answers synchronously, so a burst of
 * requests read in one turn ran back to back (under 200 connections about a second of work) while the server accepted no
 * connection and read no socket: a connection opened during a burst waited a whole burst per connection accepted before
 * it (up to 20 s). Between two starts the loop now accepts connections and reads input; a store that awaits I/O
 * (PostgreSQL) still runs many requests at once, only their starts are spread out.
 */
export class Turns {
  private readonly waiting: Array<() => void> = [];
  private head = 0;
  private scheduled = false;

  next(): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(this.run);
      }
    });
  }

  private readonly run = (): void => {
    const go = this.waiting[this.head++];
    if (this.head === this.waiting.length) {
      this.waiting.length = 0;
      this.head = 0;
    }
    // scheduled before go() runs: the next start waits for the next turn, after the loop has polled
    if (this.waiting.length > 0) setImmediate(this.run);
    else this.scheduled = false;
    go?.();
  };
}

function register(app: Hono, store: Store, r: RouteDef, cache: AnswerCache): void {
  app[r.method](r.path, async (c) => {
    const url = new URL(c.req.url);
    const key = r.method === 'get' && !r.produces ? url.pathname + url.search : null;
    if (key) {
      const hit = await cache.get(key);
      if (hit !== undefined) return sendJson(c, hit);
    } else if (r.method !== 'get') cache.wrote();
    const params = c.req.param() as Record<string, string>;
    if (r.params) z.object(r.params).parse(params);
    const query = r.query ? r.query.parse(queryObject(url, r.arrays)) : undefined;
    const body = r.body ? r.body.parse(await readBody(c)) : undefined;
    const out = await r.handle({ store, query, body, params, c, baseUrl: url.origin });
    if (out instanceof Response) return out;
    if (key) {
      // the bytes JSON.stringify gives (c.json's body), sent as they are; c.body keeps a status the route set
      const bytes = out instanceof JsonText ? out.bytes : Buffer.from(JSON.stringify(out));
      cache.set(key, bytes);
      return sendJson(c, bytes);
    }
    if (r.method !== 'get') cache.wrote();
    if (out instanceof JsonText) return sendJson(c, out.bytes);
    return c.json(out);
  });
}

export function createApp(opts: AppOptions): Hono {
  const { store } = opts;
  const files = opts.files ?? loadStatic();
  const app = new Hono();
  const spec = openApi(API_ROUTES, opts.version ?? '1');

  app.onError((e, c) => errorResponse(c, e));

  const hosts = opts.hosts === undefined ? LOOPBACK_HOSTS : opts.hosts;
  const allowedHosts = hosts ? new Set(hosts.map((h) => h.toLowerCase())) : null;

  const turns = new Turns();
  app.use('*', async (c, next) => {
    await turns.next();
    if (allowedHosts && !allowedHosts.has(hostName(c.req.header('host') ?? ''))) {
      c.header('connection', 'close');
      return errorResponse(c, new HttpError(403, 'HOST_NOT_ALLOWED',
        `this server answers to ${[...allowedHosts].join(', ')}, not '${c.req.header('host') ?? ''}' (start it with --host <name> to serve another name)`));
    }
    let bearer = false;
    if (opts.token) {
      const url = new URL(c.req.url);
      const header = c.req.header('authorization')?.replace(/^Bearer\s+/i, '');
      const given = header ?? url.searchParams.get('token') ?? cookie(c, 'argus_token');
      if (!given || !sameToken(given, opts.token)) {
        const e = new HttpError(401, 'UNAUTHORIZED', 'this server needs a token: open the URL it printed (with ?token=…) or send Authorization: Bearer <token>');
        return errorResponse(c, e);
      }
      bearer = header !== undefined;
      if (url.searchParams.get('token')) c.header('set-cookie', `argus_token=${encodeURIComponent(given)}; Path=/; HttpOnly; SameSite=Strict`);
    }
    if (!SAFE_METHODS.has(c.req.method)) {
      const refused = crossSiteWrite(c, bearer);
      if (refused) {
        c.header('connection', 'close');
        return errorResponse(c, refused);
      }
    }
    await next();
    // set in place: c.header() on a finished answer rebuilds it around its body as a stream (~0.3 ms per request under load);
    // a response whose headers are immutable (none today) still gets them through c.header()
    const set = (k: string, v: string): void => {
      try {
        c.res.headers.set(k, v);
      } catch {
        c.header(k, v);
      }
    };
    set('content-security-policy', CSP);
    set('x-content-type-options', 'nosniff');
    set('referrer-policy', 'no-referrer');
    set('x-frame-options', 'DENY');
    if (c.req.path.startsWith('/api/')) set('cache-control', 'no-store');
  });

  app.get('/api/openapi.json', (c) => c.json(spec));
  const cache = new AnswerCache(store);
  for (const r of API_ROUTES) register(app, store, r, cache);
  app.all('/api/*', (c) => errorResponse(c, notFound(c.req.path)));
  app.all('/api', (c) => errorResponse(c, notFound(c.req.path)));

  app.get('*', (c) => {
    const path = c.req.path;
    let f = files.get(path);
    // page paths (/search, /entity/12, ...) are the app's own routes; a missing file with an extension is a 404
    if (!f && !/\.[a-z0-9]+$/i.test(path)) f = files.get('/index.html');
    if (!f) {
      if (files.size === 0) return c.text('the dashboard is not built: run `npm run build:web` (the JSON API is under /api/)', 503);
      return c.text('not found', 404);
    }
    return c.body(new Uint8Array(f.body), 200, {
      'content-type': f.type,
      'cache-control': f.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  });
  return app;
}
