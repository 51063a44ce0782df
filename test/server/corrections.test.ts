// The correction routes against a real SQLite file (or, under ARGUS_TEST_BACKEND=postgres, a fresh PostgreSQL schema:
// corrections-postgres.test.ts): make a correction, see it in the article and the audit list, keep it across re-ingest
// with changed text and another analyzer, see a removed span orphaned, undo; and the 400s.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { IngestService, type IngestSummary } from '../../src/services/ingest.js';
import { articleId } from '../../src/core/ids.js';
import { factAnalyzer, type Known } from '../services/fact-analyzer.js';
import { stubAnalyzer } from '../services/stub-analyzer.js';
import { dropPgSchema, PG_TEST_URL } from '../store/pg-env.js';

const KNOWN: Known = [['Ilse Varga', 'PERSON'], ['Oskar Lind', 'PERSON'], ['Brevia', 'GPE'], ['Lisbon', 'GPE'], ['Porto', 'GPE']];
const URL = 'https://example.net/world/ferry-dispute';
const TEXT = 'Ilse Varga met Oskar Lind in Lisbon on Friday. "The ferry will run all winter," Varga said. Oskar Lind criticized Brevia.';
const ID = articleId(URL, TEXT);

let dir: string;
let srv: RunningServer;
const schema = process.env['ARGUS_TEST_BACKEND'] === 'postgres' ? `argus_corr_${process.pid}_${Math.random().toString(36).slice(2, 8)}` : null;

async function ingest(text: string, reverse: boolean | 'stub'): Promise<IngestSummary> {
  const file = join(dir, `article-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify({ url: URL, title: 'Ferry dispute', published: '2025-02-03', source: 'Example Net', text }));
  const analyzer = reverse === 'stub' ? stubAnalyzer : factAnalyzer(KNOWN, { reverse });
  const s = await new IngestService(srv.store, { analyzer, afterSave: false }).run([file]);
  assert.equal(s.failed, 0, JSON.stringify(s.failures));
  return s;
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'argus-corrections-'));
  const dbPath = schema ? `${PG_TEST_URL}${PG_TEST_URL.includes('?') ? '&' : '?'}schema=${schema}` : join(dir, 'c.db');
  srv = await startServer({ dbPath, port: 0, host: '127.0.0.1', build: false });
  await ingest(TEXT, false);
});

after(async () => {
  await srv?.close();
  rmSync(dir, { recursive: true, force: true });
  if (schema) await dropPgSchema(schema);
});

async function call(path: string, init?: RequestInit): Promise<{ status: number; body: Record<string, unknown> }> {
  const r = await fetch(srv.url + path, init);
  return { status: r.status, body: (await r.json()) as Record<string, unknown> };
}
const post = (path: string, body?: unknown, headers: Record<string, string> = {}) =>
  call(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });

function assertError(res: { status: number; body: Record<string, unknown> }, status: number, re?: RegExp): void {
  assert.equal(res.status, status, JSON.stringify(res.body));
  const e = res.body.error as { code: string; message: string };
  assert.ok(e && e.message.length > 5, 'an error body with a message');
  if (re) assert.match(e.message, re);
}

interface Fact { speaker?: string | null; type?: string; source?: string | null; target?: string | null; trigger?: string; name?: string; geonames?: number | null }
interface ArticleBody { article: { version: number; analysis: { entities: Array<{ id: string; name: string }>; quotes: Fact[]; events: Fact[]; places: Fact[] } } }
interface CorrectionBody { id: number; kind: string; status: string; reason: string | null; before: Record<string, unknown>; after: Record<string, unknown>; author: string | null; appliedVersion: number }

async function article(): Promise<ArticleBody['article'] & { name: (lid: string | null | undefined) => string | null }> {
  const r = await call(`/api/articles/${ID}`);
  assert.equal(r.status, 200);
  const a = (r.body as unknown as ArticleBody).article;
  return { ...a, name: (lid) => a.analysis.entities.find((e) => e.id === lid)?.name ?? null };
}

test('correct a speaker: the article, its rows and the audit list show it; it survives re-ingest with changed text and another analyzer', async () => {
  let a = await article();
  assert.equal(a.name(a.analysis.quotes[0]?.speaker), 'Ilse Varga');
  const lind = a.analysis.entities.find((e) => e.name === 'Oskar Lind')!;
  const r = await post(`/api/articles/${ID}/corrections`, { kind: 'quote.speaker', target: { index: 0, text: 'The ferry will run all winter' }, speaker: lind.id, author: 'night desk', note: 'Lind said it' });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  const c = r.body.correction as CorrectionBody;
  assert.deepEqual([c.kind, c.status, c.author, c.before['speaker'], (c.after['speaker'] as { name: string }).name], ['quote.speaker', 'applied', 'night desk', 'Ilse Varga', 'Oskar Lind']);
  a = await article();
  assert.equal(a.name(a.analysis.quotes[0]?.speaker), 'Oskar Lind');
  const ents = (await call('/api/entities?q=Oskar%20Lind')).body.entities as Array<{ id: number }>;
  const profile = (await call(`/api/entities/${ents[0]!.id}`)).body.entity as { quotes: Array<{ text: string }> };
  assert.deepEqual(profile.quotes.map((q) => q.text), ['The ferry will run all winter'], 'the quote rows follow');

  await ingest(`Updated Saturday. ${TEXT.replace('on Friday', 'late on Friday')}`, true);
  a = await article();
  assert.equal(a.version, 2);
  assert.equal(a.name(a.analysis.quotes[0]?.speaker), 'Oskar Lind', 'still corrected after re-ingest');
  const list = (await call(`/api/corrections?article=${ID}`)).body.corrections as CorrectionBody[];
  assert.deepEqual(list.map((x) => [x.id, x.status, x.appliedVersion]), [[c.id, 'applied', 2]]);
});

test('event type and target, place move through the gazetteer; undo gives the model value back', async () => {
  let a = await article();
  const i = a.analysis.events.findIndex((e) => e.trigger === 'criticized');
  const t = await post(`/api/articles/${ID}/corrections`, { kind: 'event.type', target: { index: i }, type: 'protest' });
  assert.equal(t.status, 201, JSON.stringify(t.body));
  const varga = a.analysis.entities.find((e) => e.name === 'Ilse Varga')!;
  assert.equal((await post(`/api/articles/${ID}/corrections`, { kind: 'event.target', target: { index: i }, entity: varga.id })).status, 201);
  a = await article();
  const ev = a.analysis.events.find((e) => e.trigger === 'criticized')!;
  assert.deepEqual([ev.type, a.name(ev.target)], ['PROTEST', 'Ilse Varga']);

  const g = await call('/api/gazetteer?q=Porto');
  assert.equal(g.status, 200);
  const porto = (g.body.places as Array<{ name: string; geonames: number | null; featureClass: string }>).find((p) => p.featureClass === 'city');
  assert.ok(porto?.geonames, 'the gazetteer knows Porto, the city');
  const m = await post(`/api/articles/${ID}/corrections`, { kind: 'place.move', target: { index: 0 }, place: { name: 'Porto', geonames: porto.geonames } });
  assert.equal(m.status, 201, JSON.stringify(m.body));
  a = await article();
  assert.deepEqual([a.analysis.places[0]?.name, a.analysis.places[0]?.geonames], ['Porto', porto.geonames]);
  const places = (await call('/api/places')).body.places as Array<{ name: string }>;
  assert.ok(places.some((p) => p.name === 'Porto') && !places.some((p) => p.name === 'Lisbon'), 'the map reads the corrected place');

  const u = await post(`/api/corrections/${(t.body.correction as CorrectionBody).id}/undo`);
  assert.equal(u.status, 200, JSON.stringify(u.body));
  assert.equal((u.body.correction as CorrectionBody).status, 'undone');
  a = await article();
  const back = a.analysis.events.find((e) => e.trigger === 'criticized')!;
  assert.deepEqual([back.type, a.name(back.target)], ['ACCUSE', 'Ilse Varga'], 'the type is the model one again; the target correction stays');
  assertError(await post(`/api/corrections/${(t.body.correction as CorrectionBody).id}/undo`), 400, /undone already/);
  assertError(await post('/api/corrections/999999/undo'), 404);
  const undone = (await call('/api/corrections?status=undone')).body.corrections as CorrectionBody[];
  assert.deepEqual(undone.map((x) => x.kind), ['event.type']);
});

test('a removed span makes its correction orphaned, listed with the reason', async () => {
  const a = await article();
  const i = a.analysis.events.findIndex((e) => e.trigger === 'met');
  assert.equal((await post(`/api/articles/${ID}/corrections`, { kind: 'event.delete', target: { index: i } })).status, 201);
  assert.equal((await article()).analysis.events.some((e) => e.trigger === 'met'), false);
  const s = await ingest(`Updated Saturday. ${TEXT.replace('on Friday', 'late on Friday').replace('Ilse Varga met Oskar Lind in Lisbon', 'Ilse Varga and Oskar Lind were in Lisbon')}`, false);
  // the ingest reports it (argus ingest prints the summary's warnings)
  assert.deepEqual(s.warnings.map((w) => w.code), ['CORRECTION_ORPHANED']);
  assert.match(s.warnings[0]?.message ?? '', /\(event\.delete\) is orphaned: the text “met” is no longer in the article/);
  const orphans = (await call(`/api/corrections?article=${ID}&status=orphaned`)).body.corrections as CorrectionBody[];
  assert.deepEqual(orphans.map((x) => x.kind), ['event.delete']);
  assert.match(orphans[0]?.reason ?? '', /“met” is no longer in the article/);
  const still = (await call(`/api/corrections?article=${ID}&status=applied`)).body.corrections as CorrectionBody[];
  assert.ok(still.some((x) => x.kind === 'quote.speaker'), 'the speaker correction still applies');

  // an analyzer that finds no facts at all: the text is there, the quote is not; the speaker correction is orphaned, not dropped
  await ingest(`Updated Sunday. ${TEXT}`, 'stub');
  const now = (await call(`/api/corrections?article=${ID}`)).body.corrections as CorrectionBody[];
  const speaker = now.find((x) => x.kind === 'quote.speaker');
  assert.deepEqual([speaker?.status, speaker?.appliedVersion], ['orphaned', 4]);
  assert.match(speaker?.reason ?? '', /finds no quote/);
  assert.equal((await article()).analysis.quotes.length, 0);
  // the model that finds the quote again brings the correction back
  await ingest(`Updated Monday. ${TEXT}`, false);
  const back = ((await call(`/api/corrections?article=${ID}`)).body.corrections as CorrectionBody[]).find((x) => x.kind === 'quote.speaker');
  assert.equal(back?.status, 'applied');
  const latest = await article();
  assert.equal(latest.name(latest.analysis.quotes[0]?.speaker), 'Oskar Lind');
});

test('bad corrections are 400s that say why; unknown articles 404; cross-site writes refused', async () => {
  const path = `/api/articles/${ID}/corrections`;
  assertError(await post(path, { kind: 'quote.rename', target: { index: 0 } }), 400, /use a kind/);
  assertError(await post(path, { kind: 'quote.delete' }), 400, /target/);
  assertError(await post(path, { kind: 'quote.delete', target: {} }), 400, /index, or by start and end/);
  assertError(await post(path, { kind: 'quote.delete', target: { index: 40 } }), 400, /no quote 40/);
  assertError(await post(path, { kind: 'quote.delete', target: { index: 0, text: 'Something else' } }), 400, /the article changed/);
  assertError(await post(path, { kind: 'quote.speaker', target: { index: 0 } }), 400, /say who the speaker is/);
  assertError(await post(path, { kind: 'quote.speaker', target: { index: 0 }, speaker: 'e99' }), 400, /no entity 'e99'/);
  assertError(await post(path, { kind: 'event.type', target: { index: 0 }, type: 'GOSSIP' }), 400, /PLOVER/);
  assertError(await post(path, { kind: 'place.move', target: { index: 0 } }), 400, /where the place is/);
  assertError(await post(path, { kind: 'place.move', target: { index: 0 }, place: { name: 'Porto', geonames: 123 } }), 400, /no entry 123/);
  assertError(await post(path, { kind: 'place.move', target: { index: 0 }, place: { name: 'Nowhere', lat: 95, lon: 0 } }), 400, /latitude/);
  assertError(await post(`/api/articles/${'0'.repeat(64)}/corrections`, { kind: 'quote.delete', target: { index: 0 } }), 404);
  assertError(await post('/api/articles/not-an-id/corrections', { kind: 'quote.delete', target: { index: 0 } }), 400);
  assertError(await call('/api/corrections?status=maybe'), 400, /use a status/);
  assertError(await call('/api/gazetteer'), 400);
  assertError(await post(path, { kind: 'quote.delete', target: { index: 0 } }, { origin: 'https://elsewhere.example' }), 403);
  assertError(await call(path, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"kind":"quote.delete","target":{"index":0}}' }), 415);
  const spec = (await call('/api/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
  for (const p of ['/api/articles/{id}/corrections', '/api/corrections', '/api/corrections/{id}/undo', '/api/gazetteer']) assert.ok(spec.paths[p], `${p} is documented`);
  assert.ok((spec.paths['/api/articles/{id}/corrections']?.['post'] as { requestBody?: unknown }).requestBody, 'the body schema is documented');
});
