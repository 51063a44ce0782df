// The statement routes against a real database (the seed article and a few demo releases, test/server/fixture.ts):
// a speaker's statements about an entity, who speaks about an entity, paging and date filters, bad input, OpenAPI.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { buildFixtureDb, type FixtureDb } from './fixture.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import type { StatementsAnswer, SpeakersAnswer } from '../../src/services/statements.js';

let fx: FixtureDb;
let srv: RunningServer;

before(async () => {
  fx = await buildFixtureDb({ pd: 8, wikinews: 2 });
  srv = await startServer({ dbPath: fx.dbPath, port: 0, host: '127.0.0.1', build: false });
});

after(async () => {
  await srv?.close();
  await fx?.cleanup();
});

async function get<T = Record<string, unknown>>(path: string): Promise<{ status: number; body: T }> {
  const r = await fetch(srv.url + path);
  return { status: r.status, body: (await r.json()) as T };
}

async function idOf(name: string): Promise<number> {
  const r = await get<{ entities: Array<{ id: number; name: string }> }>(`/api/entities?q=${encodeURIComponent(name)}`);
  assert.ok(r.body.entities[0], `${name} is an entity`);
  return r.body.entities[0].id;
}

function assertError(res: { status: number; body: unknown }, status: number, code: string): void {
  assert.equal(res.status, status, JSON.stringify(res.body));
  const e = (res.body as { error?: { code: string; message: string } }).error;
  assert.ok(e && e.message.length > 5, 'an error body with a message');
  assert.equal(e.code, code);
}

test('statements: what Rutte said about China, with article, speaker, about-entities, tone and months', async () => {
  const [rutte, china] = [await idOf('Mark Rutte'), await idOf('China')];
  const r = await get<StatementsAnswer>(`/api/entities/${rutte}/statements?about=${china}`);
  assert.equal(r.status, 200);
  assert.equal(r.body.speaker.name, 'Mark Rutte');
  assert.equal(r.body.about?.name, 'China');
  const st = r.body.statements;
  assert.ok(st.length >= 3, `${st.length} statements about China`);
  assert.equal(r.body.total, st.length);
  assert.ok(st.some((s) => s.kind === 'quote') && st.some((s) => s.kind === 'event'), 'quotes and reported events');
  for (const s of st) {
    assert.equal(s.speaker.id, rutte);
    assert.ok(s.about.some((a) => a.id === china), 'each is about China');
    assert.ok(!s.about.some((a) => a.id === rutte), 'never about its speaker');
    assert.match(s.date, /^\d{4}-\d{2}-\d{2}$/);
    assert.match(s.article.id, /^[0-9a-f]{64}$/);
    assert.ok(s.article.title.length > 0 && s.text.length > 0);
    assert.ok(s.tone >= -1 && s.tone <= 1);
    if (s.kind === 'event') assert.ok(s.eventType, 'a reported event has its type');
  }
  assert.deepEqual(r.body.months.map((m) => [m.month, m.statements]), [['2025-04', st.length]]);
  assert.ok(r.body.topics.some((t) => t.id === china), 'China is among the topics');

  const all = await get<StatementsAnswer>(`/api/entities/${rutte}/statements`);
  assert.ok(all.body.total >= st.length);
  const page = await get<StatementsAnswer>(`/api/entities/${rutte}/statements?about=${china}&limit=2&offset=1`);
  assert.deepEqual(page.body.statements.map((s) => s.text), st.slice(1, 3).map((s) => s.text));
  assert.equal(page.body.total, st.length);
  const later = await get<StatementsAnswer>(`/api/entities/${rutte}/statements?about=${china}&from=2025-05-01`);
  assert.deepEqual([later.body.total, later.body.statements.length, later.body.months.length], [0, 0, 0]);
  const within = await get<StatementsAnswer>(`/api/entities/${rutte}/statements?about=${china}&from=2025-04-09&to=2025-04-09`);
  assert.equal(within.body.total, st.length);
});

test('speakers: who talks about China, with counts per month', async () => {
  const [rutte, china] = [await idOf('Mark Rutte'), await idOf('China')];
  const r = await get<SpeakersAnswer>(`/api/entities/${china}/speakers`);
  assert.equal(r.status, 200);
  assert.equal(r.body.entity.id, china);
  const ru = r.body.speakers.find((s) => s.id === rutte);
  assert.ok(ru, 'Rutte speaks about China');
  assert.deepEqual(ru.months, [{ month: '2025-04', statements: ru.statements }]);
  assert.ok(r.body.speakers.every((s) => s.id !== china && s.statements === s.months.reduce((n, m) => n + m.statements, 0)));
  const counts = r.body.speakers.map((s) => s.statements);
  assert.deepEqual(counts, [...counts].sort((a, b) => b - a), 'most statements first');
  const total = r.body.months.reduce((n, m) => n + m.statements, 0);
  assert.ok(total >= counts.reduce((n, c) => n + c, 0));
  const one = await get<SpeakersAnswer>(`/api/entities/${china}/speakers?limit=1`);
  assert.equal(one.body.speakers.length, Math.min(1, r.body.speakers.length));
  const none = await get<SpeakersAnswer>(`/api/entities/${china}/speakers?from=2099-01-01`);
  assert.deepEqual([none.body.speakers, none.body.months], [[], []]);
});

test('statements and speakers: bad input is a 400, an unknown entity a 404', async () => {
  const rutte = await idOf('Mark Rutte');
  assertError(await get(`/api/entities/${rutte}/statements?about=abc`), 400, 'INVALID_INPUT');
  assertError(await get(`/api/entities/${rutte}/statements?from=2025-02-30`), 400, 'INVALID_INPUT');
  assertError(await get(`/api/entities/${rutte}/statements?limit=0`), 400, 'INVALID_INPUT');
  assertError(await get('/api/entities/x/statements'), 400, 'INVALID_INPUT');
  assertError(await get('/api/entities/99999999/statements'), 404, 'NOT_FOUND');
  assertError(await get(`/api/entities/${rutte}/statements?about=99999999`), 404, 'NOT_FOUND');
  assertError(await get('/api/entities/99999999/speakers'), 404, 'NOT_FOUND');
  assertError(await get(`/api/entities/${rutte}/speakers?limit=1000`), 400, 'INVALID_INPUT');
});

test('OpenAPI documents both routes with their parameters', async () => {
  const spec = await get<{ paths: Record<string, { get?: { summary: string; parameters: Array<{ name: string; in: string }> } }> }>('/api/openapi.json');
  const st = spec.body.paths['/api/entities/{id}/statements']?.get;
  assert.ok(st, 'statements route documented');
  assert.deepEqual(st.parameters.map((p) => `${p.in}:${p.name}`), ['path:id', 'query:about', 'query:from', 'query:to', 'query:limit', 'query:offset']);
  assert.match(st.summary, /tone/);
  const sp = spec.body.paths['/api/entities/{id}/speakers']?.get;
  assert.ok(sp, 'speakers route documented');
  assert.deepEqual(sp.parameters.map((p) => p.name), ['id', 'from', 'to', 'limit']);
});
