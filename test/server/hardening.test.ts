// Issue 14, items 2, 3, 5 and 6 at the HTTP API: Host allow-list (DNS rebinding), no cross-site writes, JSON (or the
// token) on every write, webhooks only to public addresses unless opted in, bounded query complexity, a streamed body cap.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { IngestService } from '../../src/services/ingest.js';
import { setWebhookPolicy } from '../../src/services/watchlists.js';
import { allowedHosts, startServer, type RunningServer } from '../../src/server/index.js';
import { stubAnalyzer } from '../services/stub-analyzer.js';

const dir = mkdtempSync(join(tmpdir(), 'argus-hardening-'));
let srv: RunningServer;
let tokened: RunningServer;
const TOKEN = 'hardening-test-token';

before(async () => {
  const db = join(dir, 'h.db');
  const words = ['alliance', 'agreement', 'army', 'accord', 'airbase', 'ambassador', 'annex', 'arms', 'august', 'appeal'];
  const rows = words.map((w, i) => JSON.stringify({
    title: `Report ${i} on the ${w}`, url: `https://news.example/${i}`, published: '2025-04-0' + (1 + (i % 9)),
    text: `The minister spoke about the ${w} on Tuesday. ${words.join(' ')} were all discussed at length by the delegates in the capital.`,
  }));
  writeFileSync(join(dir, 'a.jsonl'), rows.join('\n') + '\n');
  const store = openSqliteStore(db);
  try {
    const s = await new IngestService(store, { analyzer: stubAnalyzer, afterSave: false }).run([join(dir, 'a.jsonl')]);
    assert.equal(s.new, words.length, JSON.stringify(s.failures));
  } finally {
    await store.close();
  }
  srv = await startServer({ dbPath: db, port: 0, host: '127.0.0.1', build: false });
  tokened = await startServer({ dbPath: db, port: 0, host: '127.0.0.1', build: false, token: TOKEN });
});

after(async () => {
  setWebhookPolicy(null);
  await srv?.close();
  await tokened?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Answer { status: number; code: string | null; body: string; headers: http.IncomingHttpHeaders }

function errorCode(text: string): string | null {
  try {
    return (JSON.parse(text) as { error?: { code?: string } }).error?.code ?? null;
  } catch {
    return null;
  }
}

/** A raw request (fetch may not set Host or Sec-Fetch-Site). */
function raw(s: RunningServer, method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${s.url}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, code: errorCode(text), body: text, headers: res.headers });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

const JSON_TYPE = { 'content-type': 'application/json' };

async function watchlistCount(): Promise<number> {
  const r = await raw(srv, 'GET', '/api/watchlists');
  return (JSON.parse(r.body) as { watchlists: unknown[] }).watchlists.length;
}

test('host: a foreign Host header is refused (DNS rebinding); loopback names and the --host value are served', async () => {
  const port = new URL(srv.url).port;
  for (const host of ['evil.example', `evil.example:${port}`, `attacker.test:${port}`, '10.0.0.1']) {
    const r = await raw(srv, 'GET', '/api/stats', { host });
    assert.equal(r.status, 403, host);
    assert.equal(r.code, 'HOST_NOT_ALLOWED', host);
  }
  for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, `LOCALHOST:${port}`]) {
    assert.equal((await raw(srv, 'GET', '/api/stats', { host })).status, 200, host);
  }
  assert.deepEqual(allowedHosts('192.168.1.5'), ['localhost', '127.0.0.1', '[::1]', '192.168.1.5']);
  assert.deepEqual(allowedHosts('::1', ['argus.lan']), ['localhost', '127.0.0.1', '[::1]', 'argus.lan']);
  assert.equal(allowedHosts('0.0.0.0'), null, 'a wildcard address (which needs a token) takes any name');
});

test('cross-site: a text/plain POST (no preflight) changes nothing, and neither does a foreign Origin or Sec-Fetch-Site', async () => {
  const before = await watchlistCount();
  const wl = JSON.stringify({ name: 'csrf', query: 'alliance' });
  const rows: Array<[string, string, Record<string, string>, number, string]> = [
    ['POST', '/api/watchlists', { 'content-type': 'text/plain' }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['POST', '/api/watchlists', { 'content-type': 'text/plain; charset=application/json' }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['POST', '/api/watchlists', { 'content-type': 'application/x-www-form-urlencoded' }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['POST', '/api/watchlists', {}, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['POST', '/api/watchlists', { ...JSON_TYPE, origin: 'http://evil.example' }, 403, 'CROSS_SITE'],
    ['POST', '/api/watchlists', { ...JSON_TYPE, origin: 'null' }, 403, 'CROSS_SITE'],
    ['POST', '/api/watchlists', { ...JSON_TYPE, 'sec-fetch-site': 'cross-site' }, 403, 'CROSS_SITE'],
    ['POST', '/api/watchlists', { ...JSON_TYPE, 'sec-fetch-site': 'same-site' }, 403, 'CROSS_SITE'],
    ['POST', '/api/entities/1/merge', { 'content-type': 'text/plain' }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['POST', '/api/entities/1/split', { 'content-type': 'text/plain' }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['POST', '/api/alerts/seen', { 'content-type': 'text/plain' }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['DELETE', '/api/watchlists/1', {}, 415, 'UNSUPPORTED_MEDIA_TYPE'],
  ];
  for (const [method, path, headers, status, code] of rows) {
    const body = path.endsWith('merge') ? JSON.stringify({ into: 2 }) : path.endsWith('split') ? JSON.stringify({ keys: ['x'] }) : path.endsWith('seen') ? JSON.stringify({ ids: 'all' }) : wl;
    const r = await raw(srv, method, path, headers, method === 'DELETE' ? undefined : body);
    assert.equal(r.status, status, `${method} ${path} ${JSON.stringify(headers)}: ${r.body}`);
    assert.equal(r.code, code, `${method} ${path} ${JSON.stringify(headers)}`);
  }
  assert.equal(await watchlistCount(), before, 'no watchlist was created');
  // the dashboard's own requests: same origin, JSON
  const port = new URL(srv.url).port;
  const ok = await raw(srv, 'POST', '/api/watchlists', { ...JSON_TYPE, origin: `http://127.0.0.1:${port}`, 'sec-fetch-site': 'same-origin' }, wl);
  assert.equal(ok.status, 201, ok.body);
  const id = (JSON.parse(ok.body) as { id: number }).id;
  assert.equal((await raw(srv, 'DELETE', `/api/watchlists/${id}`, JSON_TYPE)).status, 200);
});

test('cross-site: with a token, a write needs JSON unless the token comes in an Authorization header', async () => {
  const port = new URL(tokened.url).port;
  const cookie = { cookie: `argus_token=${TOKEN}`, host: `127.0.0.1:${port}` };
  assert.equal((await raw(tokened, 'DELETE', '/api/watchlists/4242', cookie)).code, 'UNSUPPORTED_MEDIA_TYPE');
  assert.equal((await raw(tokened, 'DELETE', '/api/watchlists/4242', { ...cookie, 'sec-fetch-site': 'cross-site', ...JSON_TYPE })).code, 'CROSS_SITE');
  const bearer = await raw(tokened, 'DELETE', '/api/watchlists/4242', { authorization: `Bearer ${TOKEN}` });
  assert.equal(bearer.status, 404, 'past the write checks: the watchlist does not exist');
  assert.equal((await raw(tokened, 'GET', '/api/stats')).status, 401);
});

test('body cap: an over-long body is refused while it streams, without reading it whole', async () => {
  // declared: answered before any of the body is read
  const declared = await raw(srv, 'POST', '/api/watchlists', { ...JSON_TYPE, 'content-length': String(1100 * 1024 * 1024) });
  assert.equal(declared.status, 413);
  assert.equal(declared.code, 'TOO_LARGE');
  // chunked, no length: cut off after the cap; the client stops when the answer arrives
  const rssBefore = process.memoryUsage().rss;
  const { status, sent } = await new Promise<{ status: number; sent: number }>((resolve) => {
    let sent = 0;
    let answered = 0;
    const req = http.request(`${srv.url}/api/watchlists`, { method: 'POST', headers: { ...JSON_TYPE, 'transfer-encoding': 'chunked' } }, (res) => {
      answered = res.statusCode ?? 0;
      res.resume();
      res.on('end', () => resolve({ status: answered, sent }));
    });
    req.on('error', () => resolve({ status: answered, sent }));
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = (): void => {
      while (!answered && sent < 400 * 1024 * 1024) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
  assert.equal(status, 413);
  assert.ok(sent < 32 * 1024 * 1024, `the client could send only ${sent} bytes before the refusal`);
  assert.ok(process.memoryUsage().rss - rssBefore < 200 * 1024 * 1024, 'memory stayed bounded');
  assert.equal((await raw(srv, 'GET', '/api/stats')).status, 200, 'the server still answers');
});

test('search: `a* ` x160 is a clear 400 at once, and bounded queries still run', async () => {
  const t0 = performance.now();
  const r = await raw(srv, 'GET', `/api/search?q=${encodeURIComponent('a* '.repeat(160))}`);
  assert.equal(r.status, 400);
  assert.equal(r.code, 'QUERY_TOO_COMPLEX');
  assert.ok(performance.now() - t0 < 1000, 'refused without running it');
  for (const q of ['al* ag* ar* ac* am*', 'a*', Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '), 'NEAR(alliance army, 500)',
    'NEAR(a b c d e f g h)', 'NEAR(x y) NEAR(x y) NEAR(x y) NEAR(x y)']) {
    const x = await raw(srv, 'GET', `/api/search?q=${encodeURIComponent(q)}`);
    assert.equal(x.status, 400, q);
    assert.equal(x.code, 'QUERY_TOO_COMPLEX', q);
  }
  for (const q of ['al* ag* ar* ac*', 'alliance OR army', 'NEAR(alliance army, 20)', '"the minister"']) {
    const x = await raw(srv, 'GET', `/api/search?q=${encodeURIComponent(q)}`);
    assert.equal(x.status, 200, `${q}: ${x.body.slice(0, 200)}`);
    assert.ok((JSON.parse(x.body) as { total: number }).total >= 1, q);
  }
});

test('watchlists: a query over the bounds is refused when saved', async () => {
  const r = await raw(srv, 'POST', '/api/watchlists', JSON_TYPE, JSON.stringify({ name: 'heavy', query: 'a* '.repeat(160) }));
  assert.equal(r.status, 400);
  assert.equal(r.code, 'QUERY_TOO_COMPLEX');
});

test('webhooks: private and local receivers are refused unless opted in', async () => {
  const make = (webhook: string): Promise<Answer> => raw(srv, 'POST', '/api/watchlists', JSON_TYPE, JSON.stringify({ name: `hook ${webhook}`, query: 'alliance', webhook }));
  setWebhookPolicy(null);
  for (const hook of ['http://127.0.0.1:9/h', 'http://[::1]:9/h', 'http://[fd00::2]/h', 'http://localhost:9/h', 'http://api.localhost/h',
    'http://[::ffff:127.0.0.1]/h', 'http://169.254.169.254/latest', 'http://0x7f.1/h', 'http://10.1.2.3/h']) {
    const r = await make(hook);
    assert.equal(r.status, 400, hook);
    assert.equal(r.code, 'PRIVATE_ADDRESS', hook);
    assert.match(r.body, /ARGUS_WEBHOOK_ALLOW/, 'the message says how to opt in');
  }
  assert.equal((await make('https://hooks.example.org/argus')).status, 201);
  setWebhookPolicy({ allowLoopback: true, allowPrivate: false });
  assert.equal((await make('http://127.0.0.1:9/h')).status, 201, 'a local receiver, opted in');
  assert.equal((await make('http://[fd00::2]/h')).code, 'PRIVATE_ADDRESS', 'loopback opt-in does not open the private network');
  setWebhookPolicy(null);
});
