// The corroboration API: /api/sources and /api/sources/{name}, the minSources/minConfidence filters on search, graph,
// places and export, and corroboration on the article and entity pages, over a SQLite file ingested from invented
// articles (test/services/corroboration-fixture.ts).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { IngestService } from '../../src/services/ingest.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { corroborated, EVENT_PRIOR } from '../../src/core/confidence.js';
import { analyzer, ARTICLES, writeArticles } from '../services/corroboration-fixture.js';

let dir: string;
let srv: RunningServer;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'argus-sources-'));
  mkdirSync(join(dir, 'in'));
  writeArticles(join(dir, 'in'), ARTICLES);
  const store = openSqliteStore(join(dir, 'argus.db'));
  const s = await new IngestService(store, { analyzer }).run([join(dir, 'in')]);
  await store.close();
  assert.equal(s.new, 4);
  srv = await startServer({ dbPath: join(dir, 'argus.db'), port: 0, host: '127.0.0.1', build: false });
});

after(async () => {
  await srv?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function get<T = Record<string, unknown>>(path: string): Promise<{ status: number; body: T; text: string }> {
  const r = await fetch(srv.url + path);
  const text = await r.text();
  return { status: r.status, body: ((r.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : {}) as T, text };
}

function assertError(r: { status: number; body: unknown }, status: number, code: string, input?: string): void {
  assert.equal(r.status, status, JSON.stringify(r.body));
  const e = (r.body as { error?: { code: string; message: string; input: string | null } }).error;
  assert.ok(e && e.message.length > 5, 'an error with a message');
  assert.equal(e.code, code);
  if (input) assert.equal(e.input, input);
}

interface Profile {
  name: string; host: string | null; articles: number; syndicated: number; syndicatedShare: number | null; events: number; corroborated: number;
  corroboratedShare: number | null; medianDelayHours: number | null; firstReports: number;
}

const TWO = corroborated(EVENT_PRIOR.actors, 2);

test('GET /api/sources lists every outlet with syndication, corroboration and delay', async () => {
  const r = await get<{ windowDays: number; formula: string; sources: Profile[] }>('/api/sources');
  assert.equal(r.status, 200);
  assert.equal(r.body.windowDays, 3);
  assert.match(r.body.formula, /1 - \(1 - prior\)/);
  const by = new Map(r.body.sources.map((p) => [p.name, p]));
  assert.deepEqual([...by.keys()].sort(), ['Coastal Times', 'Harbor Gazette', 'Mountain Post', 'Valley Wire']);
  const harbor = by.get('Harbor Gazette')!;
  assert.deepEqual([harbor.articles, harbor.syndicated, harbor.events, harbor.corroborated, harbor.corroboratedShare, harbor.medianDelayHours, harbor.firstReports],
    [1, 0, 1, 1, 1, 0, 1]);
  assert.equal(harbor.host, 'harbor-gazette.example');
  const wire = by.get('Valley Wire')!;
  assert.deepEqual([wire.syndicated, wire.syndicatedShare, wire.medianDelayHours], [1, 1, 3]);
  assert.equal(by.get('Coastal Times')!.medianDelayHours, 23);
  const mountain = by.get('Mountain Post')!;
  assert.deepEqual([mountain.events, mountain.corroborated, mountain.corroboratedShare, mountain.medianDelayHours], [1, 0, 0, null]);
});

test('GET /api/sources/{name} answers by name or host; an unknown outlet is a 404', async () => {
  const r = await get<{ source: Profile & { corroboratedBy: Array<{ name: string; events: number }>; examples: Array<{ type: string; sources: number; articles: number; confidence: number }> } }>(
    `/api/sources/${encodeURIComponent('Coastal Times')}`);
  assert.equal(r.status, 200);
  assert.equal(r.body.source.name, 'Coastal Times');
  // the copy in Valley Wire counts as Harbor Gazette's report
  assert.deepEqual(r.body.source.corroboratedBy, [{ name: 'Harbor Gazette', events: 1 }]);
  assert.deepEqual(r.body.source.examples.map((e) => [e.type, e.sources, e.articles, e.confidence]), [['ACCUSE', 2, 3, TWO]]);
  const byHost = await get<{ source: Profile }>('/api/sources/coastal-times.example');
  assert.equal(byHost.body.source.name, 'Coastal Times');
  assertError(await get('/api/sources/No%20Such%20Outlet'), 404, 'NOT_FOUND', 'No Such Outlet');
});

test('minSources and minConfidence filter search, graph, places and export; bad values are 400s naming the parameter', async () => {
  const total = async (q: string): Promise<number> => (await get<{ total: number }>(`/api/search?${q}`)).body.total;
  assert.equal(await total('q='), 4);
  assert.equal(await total('q=&minSources=2'), 3);
  assert.equal(await total('q=radio&minSources=2'), 1);
  assert.equal(await total('q=&minSources=3'), 0);
  assert.equal(await total('q=&minConfidence=0.8'), 3);
  assert.equal(await total('q=&minConfidence=0.5'), 4);
  assertError(await get('/api/search?q=&minSources=0'), 400, 'INVALID_INPUT', 'minSources');
  assertError(await get('/api/search?q=&minSources=two'), 400, 'INVALID_INPUT', 'minSources');
  assertError(await get('/api/search?q=&minConfidence=1.5'), 400, 'INVALID_INPUT', 'minConfidence');

  const g = await get<{ edges: Array<{ type: string; weight: number; sources: number }> }>('/api/graph?mode=events&minSources=2');
  assert.equal(g.status, 200);
  assert.deepEqual(g.body.edges.map((e) => [e.type, e.weight, e.sources]), [['ACCUSE', 3, 2]]);
  const all = await get<{ edges: Array<{ weight: number; sources: number }> }>('/api/graph?mode=events');
  assert.deepEqual(all.body.edges.map((e) => [e.weight, e.sources]), [[4, 2]]);
  assert.deepEqual((await get<{ edges: unknown[] }>('/api/graph?mode=events&minSources=3')).body.edges, []);
  assertError(await get('/api/graph?minSources=-1'), 400, 'INVALID_INPUT', 'minSources');
  const places = await get<{ places: unknown[] }>('/api/places?minSources=2');
  assert.equal(places.status, 200);
  assert.ok(Array.isArray(places.body.places));
  assertError(await get('/api/places?minSources=x'), 400, 'INVALID_INPUT', 'minSources');

  const csv = await get('/api/export?format=csv&minSources=2');
  assert.equal(csv.status, 200);
  const rows = csv.text.trim().split('\r\n');
  assert.equal(rows.length, 4);
  for (const row of rows.slice(1)) assert.ok(row.endsWith(`,2,3,${TWO}`), row);
  assert.equal((await get('/api/export?format=csv&minConfidence=0.9')).text.trim().split('\r\n').length, 1, 'no event reaches 0.9 with two sources');
  const geo = await get<{ features: unknown[] }>('/api/export?format=geojson&table=events&minSources=2');
  assert.equal(geo.status, 200);
  assertError(await get('/api/export?format=csv&minConfidence=abc'), 400, 'INVALID_INPUT', 'minConfidence');
});

test('the article page gives each event its sources, articles and confidence; the entity page its examples', async () => {
  const hits = (await get<{ hits: Array<{ id: string; url: string }> }>('/api/search?q=&limit=10')).body.hits;
  const late = hits.find((h) => h.url === ARTICLES.late.url)!;
  const first = hits.find((h) => h.url === ARTICLES.first.url)!;
  const a = await get<{ facts: { events: Array<{ idx: number; sources: number; articles: number; confidence: number }> } }>(`/api/articles/${first.id}`);
  assert.deepEqual(a.body.facts.events, [{ idx: 0, sources: 2, articles: 3, confidence: TWO }]);
  const b = await get<{ facts: { events: Array<{ sources: number; confidence: number }> } }>(`/api/articles/${late.id}`);
  assert.deepEqual(b.body.facts.events.map((e) => [e.sources, e.confidence]), [[1, EVENT_PRIOR.actors]]);
  const ent = (await get<{ entities: Array<{ id: number }> }>('/api/entities?q=Olga%20Brandt')).body.entities[0]!;
  const p = await get<{ entity: { eventsAsActor: Array<{ type: string; examples: Array<{ sources: number; confidence: number }> }> } }>(`/api/entities/${ent.id}`);
  const ex = p.body.entity.eventsAsActor.find((t) => t.type === 'ACCUSE')!.examples;
  assert.ok(ex.length >= 1);
  for (const e of ex) assert.ok([1, 2].includes(e.sources) && e.confidence === corroborated(EVENT_PRIOR.actors, e.sources), JSON.stringify(e));
});

test('OpenAPI documents the sources routes and the corroboration parameters', async () => {
  const spec = (await get<{ paths: Record<string, Record<string, { summary: string; parameters: Array<{ name: string; in: string }> }>> }>('/api/openapi.json')).body;
  assert.ok(spec.paths['/api/sources']?.get?.summary);
  assert.deepEqual(spec.paths['/api/sources/{name}']?.get?.parameters.map((p) => [p.name, p.in]), [['name', 'path']]);
  for (const path of ['/api/search', '/api/graph', '/api/places', '/api/export']) {
    assert.ok(spec.paths[path]?.get?.parameters.some((p) => p.name === 'minSources'), `${path} minSources`);
  }
  for (const path of ['/api/search', '/api/export']) assert.ok(spec.paths[path]?.get?.parameters.some((p) => p.name === 'minConfidence'), `${path} minConfidence`);
});
