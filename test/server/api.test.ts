// Every API route against a real SQLite file with a few ingested demo articles: status, shape, errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFixtureDb, FOLLOWUP, type FixtureDb } from './fixture.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { CSP } from '../../src/server/app.js';
import { IngestService } from '../../src/services/ingest.js';
import { setWebhookPolicy, settleWebhooks } from '../../src/services/watchlists.js';

let fx: FixtureDb;
let srv: RunningServer;

before(async () => {
  fx = await buildFixtureDb();
  srv = await startServer({ dbPath: fx.dbPath, port: 0, host: '127.0.0.1', build: false });
});

after(async () => {
  await srv?.close();
  await fx?.cleanup();
});

async function get(path: string, init?: RequestInit): Promise<{ status: number; body: Record<string, unknown>; headers: Headers; text: string }> {
  const r = await fetch(srv.url + path, init);
  const text = await r.text();
  let body: Record<string, unknown> = {};
  if ((r.headers.get('content-type') ?? '').includes('json')) body = JSON.parse(text) as Record<string, unknown>;
  return { status: r.status, body, headers: r.headers, text };
}

const post = (path: string, body: unknown, method = 'POST') => get(path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

function assertError(res: { status: number; body: Record<string, unknown> }, status: number, code?: string): void {
  assert.equal(res.status, status, JSON.stringify(res.body));
  const e = res.body.error as { code: string; message: string } | undefined;
  assert.ok(e && typeof e.message === 'string' && e.message.length > 5, 'an error body with a message');
  if (code) assert.equal(e.code, code);
}

async function rutte(): Promise<number> {
  const r = await get('/api/entities?q=Mark%20Rutte');
  const ents = r.body.entities as Array<{ id: number; name: string }>;
  assert.ok(ents[0], 'Mark Rutte is an entity');
  return ents[0].id;
}

test('stats and search answer with shapes the pages use', async () => {
  const s = await get('/api/stats');
  assert.equal(s.status, 200);
  assert.ok((s.body.articles as number) >= 10, '(s.body.articles as number) >= 10');
  const r = await get('/api/search?q=Rutte');
  assert.equal(r.status, 200);
  const hits = r.body.hits as Array<{ id: string; snippet: string }>;
  assert.ok(hits.length >= 1, 'hits.length >= 1');
  assert.ok(hits.some((h) => h.snippet.includes('\u0002')), 'snippets mark the matches');
  const facets = r.body.facets as Record<string, unknown[]>;
  for (const k of ['source', 'entity', 'eventType', 'country', 'entityType', 'entities']) assert.ok(Array.isArray(facets[k]), k);
  const perDay = r.body.perDay as Array<{ day: string; count: number }>;
  assert.ok(perDay.some((d) => d.day === '2025-04-09'), 'the seed article is counted on its day');
});

test('search filters narrow the results', async () => {
  const all = await get('/api/search?q=NATO');
  const jp = await get('/api/search?q=NATO&country=JP');
  assert.equal(jp.status, 200);
  assert.ok((jp.body.total as number) >= 1 && (jp.body.total as number) <= (all.body.total as number), 'the country filter narrows');
  const none = await get('/api/search?q=NATO&from=1990-01-01&to=1990-12-31');
  assert.equal(none.body.total, 0);
});

test('bad search input answers 400 with a JSON error, and the server keeps serving', async () => {
  assertError(await get('/api/search?q=' + 'x'.repeat(10_000)), 400, 'INVALID_INPUT');
  assertError(await get('/api/search?from=2025-13-45'), 400, 'INVALID_INPUT');
  assertError(await get('/api/search?from=2025-02-30'), 400, 'INVALID_INPUT');
  assertError(await get('/api/search?from=3025-01-01'), 400, 'INVALID_INPUT');
  assertError(await get('/api/search?from=2025-05-01&to=2025-01-01'), 400, 'USAGE');
  assertError(await get('/api/search?type=DANCE'), 400, 'INVALID_INPUT');
  assertError(await get('/api/search?limit=100000'), 400, 'INVALID_INPUT');
  const malformed = await get('/api/search?q=' + encodeURIComponent('NATO AND ( "unclosed'));
  assert.equal(malformed.status, 200, 'malformed query syntax is searched as plain words');
  assert.equal(malformed.body.escaped, true);
  assert.equal((await get('/api/stats')).status, 200);
});

test('article: analysis, entity map, story; unknown and malformed ids', async () => {
  const r = await get('/api/search?q=Yokosuka');
  const id = (r.body.hits as Array<{ id: string }>)[0]?.id;
  assert.ok(id, 'id');
  const a = await get(`/api/articles/${id}`);
  assert.equal(a.status, 200);
  const art = a.body.article as { text: string; analysis: { quotes: unknown[]; places: Array<{ name: string }> }; entityMap: Record<string, number> };
  assert.ok(art.text.includes('Yokosuka'), 'the text is served');
  assert.ok(art.analysis.places.some((p) => p.name === 'Yokosuka'), 'the analysis has the place');
  assert.ok(Object.keys(art.entityMap).length > 0, 'Object.keys(art.entityMap).length > 0');
  assert.ok(Array.isArray(a.body.related), 'Array.isArray(a.body.related)');
  assertError(await get(`/api/articles/${'0'.repeat(64)}`), 404, 'NOT_FOUND');
  assertError(await get('/api/articles/not-an-id'), 400, 'INVALID_INPUT');
});

test('entity: profile with quotes and per-day counts; unknown id 404', async () => {
  const id = await rutte();
  const e = await get(`/api/entities/${id}`);
  assert.equal(e.status, 200);
  const ent = e.body.entity as { name: string; quotes: Array<{ text: string }>; aliases: unknown[] };
  assert.equal(ent.name, 'Mark Rutte');
  assert.ok(ent.quotes.length >= 1, 'a quote is attributed to Rutte');
  assert.ok((e.body.perDay as unknown[]).length >= 1, '(e.body.perDay as unknown[]).length >= 1');
  assertError(await get('/api/entities/99999999'), 404, 'NOT_FOUND');
  assertError(await get('/api/entities/abc'), 400, 'INVALID_INPUT');
  assertError(await get('/api/entities?q='), 400, 'INVALID_INPUT');
});

test('merge and split from the API', async () => {
  // two entities of one type that no other test relies on
  const g = await get('/api/graph?mode=mentions&entityType=GPE&limit=60');
  const nodes = (g.body.nodes as Array<{ id: number; name: string }>).filter((n) => !/Japan|Yokosuka|United States/.test(n.name));
  const japan = nodes[0];
  const tokyo = nodes[nodes.length - 1];
  assert.ok(japan && tokyo && japan.id !== tokyo.id, 'two entities to merge');
  const m = await post(`/api/entities/${tokyo.id}/merge`, { into: japan.id });
  assert.equal(m.status, 200, JSON.stringify(m.body));
  assertError(await get(`/api/entities/${tokyo.id}`), 404);
  const prof = (await get(`/api/entities/${japan.id}`)).body.entity as { parts: Array<{ key: string }>; key: string };
  const part = prof.parts.find((p) => p.key !== prof.key);
  assert.ok(part, 'the merged entity has a part to split off');
  const s = await post(`/api/entities/${japan.id}/split`, { keys: [part.key] });
  assert.equal(s.status, 200, JSON.stringify(s.body));
  assert.ok((s.body.newEntity as { id: number } | null)?.id, '(s.body.newEntity as { id: number } | null)?.id');
  assertError(await post(`/api/entities/${japan.id}/merge`, { into: 'no such entity at all' }), 404);
  assertError(await post(`/api/entities/${japan.id}/split`, { keys: [] }), 400);
  assertError(await get(`/api/entities/${japan.id}/merge`, { method: 'POST', body: '{not json', headers: { 'content-type': 'application/json' } }), 400, 'INVALID_JSON');
});

test('graph (events and co-mentions), evidence, places, place articles, trends', async () => {
  const g = await get('/api/graph');
  assert.equal(g.status, 200);
  const edges = g.body.edges as Array<{ source: number; target: number; type: string; quad: string }>;
  assert.ok(edges.length >= 1, 'edges.length >= 1');
  assert.ok(edges.every((e) => typeof e.quad === 'string'), 'event edges carry a quad class');
  const e0 = edges[0];
  assert.ok(e0, 'e0');
  const ev = await get(`/api/graph/evidence?a=${e0.source}&b=${e0.target}`);
  assert.equal(ev.status, 200);
  assert.ok((ev.body.evidence as Array<{ sentence: string }>)[0]?.sentence.length, '(ev.body.evidence as Array<{ sentence: string }>)[0]?.sentence.length');
  const cm = await get('/api/graph?mode=mentions&entityType=PERSON');
  assert.equal(cm.status, 200);
  assertError(await get('/api/graph?mode=nonsense'), 400);
  const p = await get('/api/places');
  const places = p.body.places as Array<{ name: string; country: string }>;
  assert.ok(places.some((x) => x.name === 'Yokosuka'), 'Yokosuka is a place');
  const pa = await get('/api/places/articles?name=Yokosuka&country=JP');
  assert.ok((pa.body.articles as unknown[]).length >= 1, '(pa.body.articles as unknown[]).length >= 1');
  const early = await get('/api/places?to=2000-01-01');
  assert.equal((early.body.places as unknown[]).length, 0);
  const tr = await get(`/api/trends?entity=${await rutte()}&entity=NATO`);
  assert.equal(tr.status, 200);
  const series = tr.body.series as Array<{ kind: string; label: string; points: unknown[] }>;
  assert.ok(series.some((s) => s.kind === 'entity' && s.label === 'Mark Rutte' && s.points.length >= 1), 'a series for Rutte');
  assertError(await get('/api/trends?entity=Nobody%20Atall%20Xyz'), 404);
});

test('watchlists: create, alert on ingest, Atom feed, seen, delete; bad input', async () => {
  assertError(await post('/api/watchlists', { name: '' }), 400, 'INVALID_INPUT');
  assertError(await post('/api/watchlists', { name: 'empty' }), 400, 'USAGE');
  assertError(await post('/api/watchlists', { name: 'x', query: 'a', webhook: 'not a url' }), 400);
  assertError(await post('/api/watchlists', { name: 'x', entities: ['No Such Person Qq'] }), 404);
  assertError(await get('/api/watchlists/424242'), 404);

  // a webhook that never answers in time: logged, and ingest is not blocked (a local receiver needs the opt-in)
  setWebhookPolicy({ allowLoopback: true, allowPrivate: false });
  const slow: Server = createServer(() => undefined);
  await new Promise<void>((r) => slow.listen(0, '127.0.0.1', r));
  const hook = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/hook`;
  const w = await post('/api/watchlists', { name: 'Rutte in Tokyo', query: 'Rutte AND Tokyo', webhook: hook });
  assert.equal(w.status, 201, JSON.stringify(w.body));
  const wid = (w.body as { id: number }).id;
  const ent = await post('/api/watchlists', { name: 'Rutte entity', entities: ['Mark Rutte'] });
  assert.equal(ent.status, 201);

  const ingest = new IngestService(srv.store, { defaults: { published: '2025-05-12' } });
  const t0 = Date.now();
  const s = await ingest.run([FOLLOWUP]);
  assert.equal(s.new, 1);
  assert.ok(Date.now() - t0 < 4000, 'ingest did not wait for the webhook');

  const alerts = (await get('/api/alerts')).body.alerts as Array<{ watchlistName: string; title: string; seen: boolean }>;
  assert.ok(alerts.some((a) => a.watchlistName === 'Rutte in Tokyo' && a.title.includes('Rutte returns')), 'the query watchlist alerted');
  assert.ok(alerts.some((a) => a.watchlistName === 'Rutte entity'), 'the entity watchlist alerted');
  const one = await get(`/api/watchlists/${wid}`);
  assert.equal((one.body.alerts as unknown[]).length, 1);
  const atom = await get(`/api/watchlists/${wid}/atom`);
  assert.equal(atom.status, 200);
  assert.match(atom.headers.get('content-type') ?? '', /atom\+xml/);
  assert.match(atom.text, /<entry>[\s\S]*Rutte returns/);
  assertError(await get('/api/watchlists/424242/atom'), 404);

  const seen = await post('/api/alerts/seen', { ids: 'all' });
  assert.ok((seen.body.updated as number) >= 2, '(seen.body.updated as number) >= 2');
  assert.equal(((await get('/api/alerts?unseen=1')).body.alerts as unknown[]).length, 0);

  // the same article again raises nothing new
  await new IngestService(srv.store, { defaults: { published: '2025-05-12' } }).run([FOLLOWUP]);
  assert.equal(((await get(`/api/watchlists/${wid}`)).body.alerts as unknown[]).length, 1);

  const del = await get(`/api/watchlists/${wid}`, { method: 'DELETE', headers: { 'content-type': 'application/json' } });
  assert.equal(del.status, 200);
  assertError(await get(`/api/watchlists/${wid}`), 404);
  slow.closeAllConnections();
  slow.close();
  await settleWebhooks();
  setWebhookPolicy(null);
});

test('unknown routes, OpenAPI, security headers, dashboard pages', async () => {
  assertError(await get('/api/nothing-here'), 404, 'NOT_FOUND');
  const spec = await get('/api/openapi.json');
  assert.equal(spec.status, 200);
  const paths = spec.body.paths as Record<string, unknown>;
  for (const p of ['/api/search', '/api/articles/{id}', '/api/entities/{id}', '/api/graph', '/api/places', '/api/trends', '/api/watchlists', '/api/alerts']) {
    assert.ok(paths[p], `OpenAPI lists ${p}`);
  }
  const s = await get('/api/stats');
  assert.equal(s.headers.get('content-security-policy'), CSP);
  assert.equal(s.headers.get('x-content-type-options'), 'nosniff');
});

test('a non-loopback host needs a token; a token is enforced', async () => {
  await assert.rejects(startServer({ dbPath: fx.dbPath, port: 0, host: '0.0.0.0', token: null, build: false }), /token/);
  const guarded = await startServer({ dbPath: fx.dbPath, port: 0, host: '127.0.0.1', token: 'sesame-1234', build: false });
  try {
    const no = await fetch(`${guarded.url}/api/stats`);
    assert.equal(no.status, 401);
    assert.equal(((await no.json()) as { error: { code: string } }).error.code, 'UNAUTHORIZED');
    const yes = await fetch(`${guarded.url}/api/stats`, { headers: { authorization: 'Bearer sesame-1234' } });
    assert.equal(yes.status, 200);
    const cookie = await fetch(`${guarded.url}/api/stats?token=sesame-1234`);
    assert.match(cookie.headers.get('set-cookie') ?? '', /argus_token=/);
  } finally {
    await guarded.close();
  }
});

test('trends and search: the bytes sent are the page object\'s JSON; a new article changes the kept theme series, facets and counts', async () => {
  const { trendsPage, searchPage } = await import('../../src/services/dashboard.js');
  const id = await rutte();
  const trends = async (path: string, entities: string[], themes: string[] = [], window = 14): Promise<Array<{ kind: string; key: string; total: number }>> => {
    const r = await get(path);
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('content-type'), 'application/json');
    assert.equal(r.text, JSON.stringify(await trendsPage(srv.store, { entities, themes, from: null, to: null, window })), path);
    return r.body.series as Array<{ kind: string; key: string; total: number }>;
  };
  const search = async (): Promise<{ total: number; perDay: Array<{ day: string }>; facets: { source: Array<{ value: string; count: number }> } }> => {
    const r = await get('/api/search?q=quayside');
    assert.equal(r.text, JSON.stringify(await searchPage(srv.store, { text: 'quayside', entity: null, type: null, source: null, country: null, from: null, to: null,
      sort: 'relevance', limit: 20, offset: 0, minSources: null, minConfidence: null })));
    return r.body as never;
  };
  const before = await trends(`/api/trends?entity=${id}`, [String(id)]);
  await trends('/api/trends', []);
  await trends(`/api/trends?entity=${id}&theme=diplomacy&window=9`, [String(id)], ['diplomacy'], 9);
  const themed = before.filter((s) => s.kind === 'theme');
  const s0 = await search();
  assert.equal(s0.total, 0);
  const articles = async (): Promise<number> => ((await get('/api/entities?q=Mark%20Rutte')).body.entities as Array<{ id: number; articles: number }>)
    .find((e) => e.id === id)?.articles ?? 0;
  const n0 = await articles();

  const dir = mkdtempSync(join(tmpdir(), 'argus-trends-'));
  try {
    const file = join(dir, 'quayside.txt');
    writeFileSync(file, 'Quayside talks resume\n\nMark Rutte visited the quayside at Varnholm on Tuesday to discuss diplomacy and trade with the harbour council. '
      + 'Mark Rutte said the alliance would help rebuild the quayside.\n');
    assert.equal((await new IngestService(srv.store, { defaults: { published: '2025-06-03' } }).run([file])).new, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const after = await trends(`/api/trends?entity=${id}`, [String(id)]);
  assert.equal(after[0]?.total, (before[0]?.total ?? 0) + 1, 'the entity series counts the new article');
  const themedAfter = after.filter((s) => s.kind === 'theme');
  assert.ok(themedAfter.reduce((n, s) => n + s.total, 0) >= themed.reduce((n, s) => n + s.total, 0), 'the theme series are rebuilt');
  const s1 = await search();
  assert.equal(s1.total, 1);
  assert.deepEqual(s1.perDay.map((d) => d.day), ['2025-06-03']);
  assert.equal(s1.facets.source.reduce((n, f) => n + f.count, 0) <= 1, true);
  assert.equal(await articles(), n0 + 1, 'the article count of the entity look-up is not kept past the new article');
});
