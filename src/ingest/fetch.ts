// A careful HTTP client for feeds and pages: User-Agent, timeouts, size and redirect limits, private-address refusal
// (checked on the resolved IP, so DNS cannot smuggle a local address), robots.txt, per-host pacing, charset detection.
import http from 'node:http';
import https from 'node:https';
import dns from 'node:dns';
import zlib from 'node:zlib';
import type { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { ArgusError } from '../core/errors.js';
import { addressAllowed, classifyAddress, type AddressPolicy } from './address.js';

export const USER_AGENT = 'ArgusBot/0.1 (+offline news intelligence; respects robots.txt)';

export interface FetchOptions {
  userAgent: string;
  /** whole request, connect to last byte */
  timeoutMs: number;
  /** limit on the body, compressed and decompressed */
  maxBytes: number;
  maxRedirects: number;
  /** allow private-network, link-local and loopback addresses (off by default) */
  allowPrivate: boolean;
  /** allow loopback only (127.0.0.0/8, ::1): local test servers, without opening the private network */
  allowLoopback: boolean;
  respectRobots: boolean;
  /** minimum gap between two requests to the same host */
  perHostIntervalMs: number;
}

export const DEFAULT_FETCH: FetchOptions = {
  userAgent: USER_AGENT, timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5, allowPrivate: false, allowLoopback: false,
  respectRobots: true, perHostIntervalMs: 1000,
};

export interface FetchRequest {
  url: string;
  etag?: string | null;
  lastModified?: string | null;
  accept?: string;
}

export interface FetchResponse {
  /** final URL after redirects */
  url: string;
  status: number;
  notModified: boolean;
  contentType: string;
  etag: string | null;
  lastModified: string | null;
  /** decompressed bytes */
  body: Buffer;
  /** charset used by text() */
  charset: string;
  text: string;
}

export { addressAllowed, isLoopbackAddress, isPrivateAddress } from './address.js';

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/**
 * A `lookup` for sockets that resolves every address of the name and keeps only those the policy allows: the socket
 * connects to an address that was checked, so a DNS answer that changes between a check and the connect cannot rebind it.
 */
export function guardedLookup(policy: AddressPolicy): (hostname: string, options: dns.LookupOptions, cb: LookupCallback) => void {
  return (hostname, options, cb) => {
    const literal = classifyAddress(hostname);
    if (literal !== null) {
      // Node skips lookup for literals; an agent may still call it with one
      if (!addressAllowed(hostname, policy)) return cb(privateError(hostname, hostname), '', 0);
      const family = hostname.includes(':') ? 6 : 4;
      return options.all ? cb(null, [{ address: hostname, family }]) : cb(null, hostname, family);
    }
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return cb(err, '', 0);
      const ok = addresses.filter((a) => addressAllowed(a.address, policy));
      if (ok.length === 0) return cb(privateError(hostname, addresses[0]?.address ?? '?'), '', 0);
      if (options.all) return cb(null, ok);
      const first = ok[0] as dns.LookupAddress;
      cb(null, first.address, first.family);
    });
  };
}

function privateError(hostname: string, address: string): NodeJS.ErrnoException {
  const what = hostname === address ? address : `${hostname} resolves to ${address}, which`;
  return Object.assign(new Error(`${what} is a private, local or special-purpose address`), { code: 'EPRIVATE' });
}

/**
 * Refuses a URL whose host is an IP literal the policy does not allow (in any written form). Host names are checked on
 * their resolved addresses by guardedLookup when the socket connects.
 */
export function checkUrlHost(u: URL, policy: AddressPolicy, ref: string, hint = ' (allow it with --allow-private)'): void {
  const host = u.hostname.replace(/^\[|\]$/g, '');
  if (classifyAddress(host) !== null && !addressAllowed(host, policy)) {
    throw new ArgusError('PRIVATE_ADDRESS', ref, `${host} is a private, local or special-purpose address${hint}`);
  }
}

// ---- charset ----

function normCharset(c: string): string {
  const s = c.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (s === 'utf8') return 'utf-8';
  if (s === 'latin1' || s === 'iso8859-1' || s === 'us-ascii' || s === 'ascii') return 'windows-1252';
  return s;
}

function isValidUtf8(buf: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

/** Picks the charset: BOM, then the header, then <meta>/<?xml?>; a declared charset that the bytes contradict loses to UTF-8 validity. */
export function detectCharset(buf: Buffer, contentType = ''): string {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return 'utf-8';
  if (buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
  if (buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  const head = buf.subarray(0, 4096).toString('latin1');
  const declared = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1]
    ?? /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1]
    ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1];
  const utf8 = isValidUtf8(buf);
  const hasNonAscii = NON_ASCII.test(buf.toString('latin1'));
  if (declared) {
    const d = normCharset(declared);
    if (d === 'utf-8' && !utf8) return 'windows-1252';
    // bytes that are valid multi-byte UTF-8 are almost never meant as a single-byte charset
    if (d !== 'utf-8' && utf8 && hasNonAscii && /^(windows-125\d|iso-8859-\d+)$/.test(d)) return 'utf-8';
    if (iconv.encodingExists(d)) return d;
  }
  return utf8 ? 'utf-8' : 'windows-1252';
}

export function decodeBody(buf: Buffer, contentType = ''): { text: string; charset: string } {
  const charset = detectCharset(buf, contentType);
  const text = charset === 'utf-8' ? buf.toString('utf8').replace(/^\uFEFF/, '') : iconv.decode(buf, charset);
  return { text, charset };
}

// ---- robots.txt ----

interface RobotsRules {
  allow: string[];
  disallow: string[];
}

export function parseRobots(txt: string, agent: string): RobotsRules {
  const groups: Array<{ agents: string[]; allow: string[]; disallow: string[] }> = [];
  let cur: { agents: string[]; allow: string[]; disallow: string[] } | null = null;
  let lastWasAgent = false;
  for (const raw of txt.split(/\r?\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = (m[1] as string).toLowerCase();
    const val = (m[2] as string).trim();
    if (key === 'user-agent') {
      if (!cur || !lastWasAgent) {
        cur = { agents: [], allow: [], disallow: [] };
        groups.push(cur);
      }
      cur.agents.push(val.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!cur) continue;
    if (key === 'allow' && val) cur.allow.push(val);
    if (key === 'disallow' && val) cur.disallow.push(val);
  }
  const token = agent.toLowerCase().split(/[/\s]/)[0] ?? '';
  const mine = groups.filter((g) => g.agents.some((a) => a !== '*' && token.includes(a)));
  const chosen = mine.length ? mine : groups.filter((g) => g.agents.includes('*'));
  return { allow: chosen.flatMap((g) => g.allow), disallow: chosen.flatMap((g) => g.disallow) };
}

function robotsMatch(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const body = (anchored ? pattern.slice(0, -1) : pattern).split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${body}${anchored ? '$' : ''}`).test(path);
}

/** Longest matching rule wins; Allow wins a tie. */
export function robotsAllows(rules: RobotsRules, path: string): boolean {
  let best = -1;
  let allowed = true;
  for (const p of rules.disallow) if (robotsMatch(p, path) && p.length > best) { best = p.length; allowed = false; }
  for (const p of rules.allow) if (robotsMatch(p, path) && p.length >= best) { best = p.length; allowed = true; }
  return allowed;
}

// ---- the fetcher ----

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export class Fetcher {
  readonly opts: FetchOptions;
  private readonly robots = new Map<string, Promise<RobotsRules>>();
  private readonly nextSlot = new Map<string, number>();

  private readonly lookup: ReturnType<typeof guardedLookup>;
  // agents of our own: a pooled socket is always one this fetcher's guard let through
  private readonly httpAgent: http.Agent;
  private readonly httpsAgent: https.Agent;

  constructor(opts: Partial<FetchOptions> = {}) {
    this.opts = { ...DEFAULT_FETCH, ...opts };
    this.lookup = guardedLookup(this.opts);
    this.httpAgent = new http.Agent({ keepAlive: false, lookup: this.lookup } as http.AgentOptions);
    this.httpsAgent = new https.Agent({ keepAlive: false, lookup: this.lookup } as https.AgentOptions);
  }

  async fetch(req: FetchRequest): Promise<FetchResponse> {
    let url = req.url;
    const seen = new Set<string>();
    for (let hop = 0; ; hop++) {
      const u = this.parse(url, req.url);
      if (this.opts.respectRobots && !(await this.robotsAllow(u))) {
        throw new ArgusError('ROBOTS_DISALLOWED', req.url, `robots.txt of ${u.host} disallows ${u.pathname}`);
      }
      await this.pace(u.host);
      const r = await this.once(u, req, req.url);
      if (r.redirect) {
        seen.add(u.href);
        const next = new URL(r.redirect, u).href;
        if (hop + 1 > this.opts.maxRedirects || seen.has(next)) {
          throw new ArgusError('REDIRECT_LIMIT', req.url, seen.has(next) ? `redirect loop at ${next}` : `more than ${this.opts.maxRedirects} redirects`);
        }
        url = next;
        continue;
      }
      return { ...r.response, url: u.href };
    }
  }

  private parse(url: string, ref: string): URL {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      throw new ArgusError('FETCH_FAILED', ref, `not a valid URL: ${url}`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new ArgusError('FETCH_FAILED', ref, `only http and https URLs are fetched, not ${u.protocol}`);
    checkUrlHost(u, this.opts, ref);
    return u;
  }

  private async pace(host: string): Promise<void> {
    const gap = this.opts.perHostIntervalMs;
    if (gap <= 0) return;
    const now = Date.now();
    const slot = Math.max(now, this.nextSlot.get(host) ?? 0);
    this.nextSlot.set(host, slot + gap);
    if (slot > now) await sleep(slot - now);
  }

  private robotsAllow(u: URL): Promise<boolean> {
    if (u.pathname === '/robots.txt') return Promise.resolve(true);
    let rules = this.robots.get(u.origin);
    if (!rules) {
      rules = this.loadRobots(u);
      this.robots.set(u.origin, rules);
    }
    return rules.then((r) => robotsAllows(r, u.pathname + u.search));
  }

  private async loadRobots(u: URL): Promise<RobotsRules> {
    try {
      const r = await this.once(new URL('/robots.txt', u), { url: '/robots.txt' }, `${u.origin}/robots.txt`, 512 * 1024);
      if (r.redirect || r.response.status >= 400) return { allow: [], disallow: [] };
      return parseRobots(r.response.text, this.opts.userAgent);
    } catch {
      // unreachable robots.txt: allowed, as most crawlers do; the page fetch will report the real problem
      return { allow: [], disallow: [] };
    }
  }

  private once(u: URL, req: FetchRequest, ref: string, maxBytes = this.opts.maxBytes): Promise<{ redirect: string | null; response: Omit<FetchResponse, 'url'> }> {
    const o = this.opts;
    return new Promise((resolve, reject) => {
      let settled = false;
      const fail = (e: unknown): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        request.destroy();
        reject(e instanceof ArgusError ? e : new ArgusError('FETCH_FAILED', ref, e instanceof Error ? e.message : String(e)));
      };
      const headers: Record<string, string> = {
        'user-agent': o.userAgent,
        accept: req.accept ?? 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/html;q=0.8, */*;q=0.5',
        'accept-encoding': 'gzip, deflate, br',
      };
      if (req.etag) headers['if-none-match'] = req.etag;
      if (req.lastModified) headers['if-modified-since'] = req.lastModified;
      const mod = u.protocol === 'https:' ? https : http;
      const request = mod.request(u, { method: 'GET', headers, lookup: this.lookup, agent: u.protocol === 'https:' ? this.httpsAgent : this.httpAgent }, (res) => {
        const status = res.statusCode ?? 0;
        const h = (k: string): string | null => {
          const v = res.headers[k];
          return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
        };
        if (status >= 300 && status < 400 && status !== 304 && h('location')) {
          res.resume();
          settled = true;
          clearTimeout(timer);
          resolve({ redirect: h('location'), response: empty(status) });
          return;
        }
        const declared = Number(h('content-length') ?? NaN);
        if (Number.isFinite(declared) && declared > maxBytes) {
          fail(new ArgusError('TOO_LARGE', ref, `the response is ${declared} bytes, over the ${maxBytes}-byte limit`));
          return;
        }
        const enc = (h('content-encoding') ?? '').toLowerCase();
        let stream: Readable = res;
        if (enc === 'gzip' || enc === 'x-gzip') stream = res.pipe(zlib.createGunzip());
        else if (enc === 'deflate') stream = res.pipe(zlib.createInflate());
        else if (enc === 'br') stream = res.pipe(zlib.createBrotliDecompress());
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on('data', (c: Buffer) => {
          size += c.length;
          if (size > maxBytes) {
            fail(new ArgusError('TOO_LARGE', ref, `the response is over the ${maxBytes}-byte limit`));
            return;
          }
          chunks.push(c);
        });
        stream.on('error', (e) => fail(new ArgusError('FETCH_FAILED', ref, `bad ${enc || 'response'} body: ${e.message}`)));
        res.on('error', fail);
        stream.on('end', () => {
          if (settled) return;
          if (status >= 400) {
            fail(new ArgusError('HTTP_ERROR', ref, `HTTP ${status} from ${u.href}`));
            return;
          }
          settled = true;
          clearTimeout(timer);
          const body = Buffer.concat(chunks);
          const contentType = h('content-type') ?? '';
          const { text, charset } = status === 304 ? { text: '', charset: 'utf-8' } : decodeBody(body, contentType);
          resolve({
            redirect: null,
            response: { status, notModified: status === 304, contentType, etag: h('etag'), lastModified: h('last-modified'), body, charset, text },
          });
        });
      });
      const timer = setTimeout(() => fail(new ArgusError('FETCH_TIMEOUT', ref, `no complete answer from ${u.host} within ${o.timeoutMs} ms`)), o.timeoutMs);
      // the address the socket really reached, checked once more (literal hosts never pass through lookup)
      request.on('socket', (sock) => sock.once('connect', () => {
        const addr = sock.remoteAddress;
        if (addr && !addressAllowed(addr, o)) fail(new ArgusError('PRIVATE_ADDRESS', ref, `${u.host} connected to ${addr}, a private or local address (allow it with --allow-private)`));
      }));
      request.on('error', (e: NodeJS.ErrnoException) => {
        if (e.code === 'EPRIVATE') fail(new ArgusError('PRIVATE_ADDRESS', ref, `${e.message} (allow it with --allow-private)`));
        else fail(e);
      });
      request.end();
    });
  }
}

function empty(status: number): Omit<FetchResponse, 'url'> {
  return { status, notModified: false, contentType: '', etag: null, lastModified: null, body: Buffer.alloc(0), charset: 'utf-8', text: '' };
}

/**
 * POSTs a JSON body through the same address guard as fetching (the host's literal or resolved addresses, checked on the
 * connection itself). Redirects are not followed. Resolves to the HTTP status; rejects with an ArgusError.
 */
export function postJson(url: string, payload: unknown, opts: { timeoutMs: number; policy: AddressPolicy; userAgent?: string }): Promise<number> {
  return new Promise((resolve, reject) => {
    let u: URL;
    try {
      u = new URL(url);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new ArgusError('FETCH_FAILED', url, `only http and https URLs are used, not ${u.protocol}`);
      checkUrlHost(u, opts.policy, url, '');
    } catch (e) {
      reject(e instanceof ArgusError ? e : new ArgusError('FETCH_FAILED', url, `not a valid URL: ${url}`));
      return;
    }
    const body = Buffer.from(JSON.stringify(payload));
    const lookup = guardedLookup(opts.policy);
    const mod = u.protocol === 'https:' ? https : http;
    const agent = new mod.Agent({ keepAlive: false, lookup } as http.AgentOptions);
    let settled = false;
    const done = (e: unknown, status?: number): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      agent.destroy();
      if (e) {
        const err = e as NodeJS.ErrnoException;
        reject(e instanceof ArgusError ? e : new ArgusError(err.code === 'EPRIVATE' ? 'PRIVATE_ADDRESS' : 'FETCH_FAILED', url, err.message ?? String(e)));
      } else resolve(status ?? 0);
    };
    const request = mod.request(u, {
      method: 'POST', agent, lookup,
      headers: { 'content-type': 'application/json', 'content-length': String(body.length), 'user-agent': opts.userAgent ?? 'argus-alerts' },
    }, (res) => {
      res.resume();
      res.on('end', () => done(null, res.statusCode ?? 0));
      res.on('error', (e) => done(e));
    });
    const timer = setTimeout(() => done(new ArgusError('FETCH_TIMEOUT', url, `no answer within ${opts.timeoutMs} ms`)), opts.timeoutMs);
    request.on('socket', (sock) => sock.once('connect', () => {
      const addr = sock.remoteAddress;
      if (addr && !addressAllowed(addr, opts.policy)) done(new ArgusError('PRIVATE_ADDRESS', url, `${u.host} connected to ${addr}, a private or local address`));
    }));
    request.on('error', (e) => done(e));
    request.end(body);
  });
}
