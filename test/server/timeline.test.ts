// GET /api/timeline against a real SQLite file with ingested demo articles: an entity, a pair, a story; spans that point
// at the text; errors; the OpenAPI entry. Also the graph's actor roles (/api/graph nodes carry kb.role).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { buildFixtureDb, type FixtureDb } from './fixture.js';
import { startServer, type RunningServer } from '../../src/server/index.js';

let fx: FixtureDb;
let srv: RunningServer;

before(async () => {
  fx = await buildFixtureDb({ pd: 12, wikinews: 2 });
  srv = await startServer({ dbPath: fx.dbPath, port: 0, host: '127.0.0.1', build: false });
});

after(async () => {
  await srv?.close();
  await fx?.cleanup();
});

interface Item {
  kind: 'event' | 'quote'; articleId: string; day: string | null; type: string | null; quad: string | null; actorId: number | null; actorName: string | null;
  targetId: number | null; text: string | null; sentence: string; start: number; end: number;
}

async function get<T>(path: string): Promise<{ status: number; body: T }> {
  const r = await fetch(srv.url + path);
  return { status: r.status, body: (await r.json()) as T };
}

async function idOf(name: string): Promise<number> {
  const r = await get<{ entities: Array<{ id: number; name: string }> }>(`/api/entities?q=${encodeURIComponent(name)}`);
  const e = r.body.entities.find((x) => x.name === name);
  assert.ok(e, `${name} is an entity`);
  return e.id;
}

test('timeline of an entity: its events and quotes, newest first, each span inside its article text', async () => {
  const rutte = await idOf('Mark Rutte');
  const r = await get<{ entity: { id: number; name: string }; items: Item[] }>(`/api/timeline?entity=${rutte}`);
  assert.equal(r.status, 200);
  assert.equal(r.body.entity.name, 'Mark Rutte');
  const items = r.body.items;
  assert.ok(items.some((i) => i.kind === 'quote' && i.actorId === rutte), 'his quotes are on it');
  assert.ok(items.some((i) => i.kind === 'event' && (i.actorId === rutte || i.targetId === rutte)), 'events he is a party to are on it');
  const days = items.map((i) => i.day ?? '');
  assert.deepEqual(days, [...days].sort().reverse(), 'newest first');
  const texts = new Map<string, string>();
  for (const i of items.slice(0, 10)) {
    if (!texts.has(i.articleId)) {
      const a = await get<{ article: { text: string } }>(`/api/articles/${i.articleId}`);
      texts.set(i.articleId, a.body.article.text);
    }
    const text = texts.get(i.articleId)!;
    assert.ok(i.start >= 0 && i.end > i.start && i.end <= text.length, 'the span is inside the text');
    assert.ok(i.sentence.length > 0 && text.includes(i.sentence), 'the sentence is a piece of the article');
    if (i.kind === 'quote') assert.equal(text.slice(i.start, i.end), i.text, 'a quote span is the quote');
    if (i.kind === 'event') assert.ok(i.quad, 'an event carries its quad class');
  }
});

test('timeline of a pair and of a story; from/to and limit narrow it', async () => {
  const rutte = await idOf('Mark Rutte');
  const china = await idOf('China');
  const pair = await get<{ other: { name: string }; items: Item[] }>(`/api/timeline?entity=${rutte}&other=${china}`);
  assert.equal(pair.status, 200);
  assert.equal(pair.body.other.name, 'China');
  assert.ok(pair.body.items.length >= 1, 'Rutte and China share at least one statement or event');
  for (const i of pair.body.items) {
    if (i.kind === 'event') assert.deepEqual([i.actorId, i.targetId].filter((x) => x === rutte || x === china).length, 2, 'an event between the two');
  }
  const all = await get<{ items: Item[] }>(`/api/timeline?entity=${china}`);
  const one = await get<{ items: Item[] }>(`/api/timeline?entity=${china}&limit=1`);
  assert.equal(one.body.items.length, 1);
  const day = all.body.items[0]?.day;
  assert.ok(day, 'a dated item');
  const narrowed = await get<{ items: Item[] }>(`/api/timeline?entity=${china}&from=${day}&to=${day}`);
  assert.ok(narrowed.body.items.length >= 1 && narrowed.body.items.every((i) => i.day === day));
  const art = await get<{ story: { id: number } | null }>(`/api/articles/${all.body.items[0]!.articleId}`);
  assert.ok(art.body.story, 'the article belongs to a story');
  const story = await get<{ story: { id: number; title: string }; items: Item[] }>(`/api/timeline?story=${art.body.story.id}`);
  assert.equal(story.status, 200);
  assert.equal(story.body.story.id, art.body.story.id);
  assert.ok(story.body.items.some((i) => i.articleId === all.body.items[0]!.articleId));
});

test('timeline errors: nothing to show, other without entity, unknown ids, bad dates', async () => {
  const none = await get<{ error: { code: string; message: string } }>('/api/timeline');
  assert.equal(none.status, 400);
  assert.match(none.body.error.message, /entity .* or a story/);
  assert.equal((await get('/api/timeline?other=3')).status, 400);
  const unknown = await get<{ error: { code: string } }>('/api/timeline?entity=99999999');
  assert.equal(unknown.status, 404);
  assert.equal(unknown.body.error.code, 'NOT_FOUND');
  assert.equal((await get('/api/timeline?story=99999999')).status, 404);
  assert.equal((await get('/api/timeline?entity=1&from=2025-13-01')).status, 400);
  assert.equal((await get('/api/timeline?entity=1&limit=0')).status, 400);
});

test('OpenAPI documents /api/timeline with its parameters', async () => {
  const r = await get<{ paths: Record<string, { get?: { summary: string; parameters: Array<{ name: string }> } }> }>('/api/openapi.json');
  const op = r.body.paths['/api/timeline']?.get;
  assert.ok(op, '/api/timeline is documented');
  assert.deepEqual(op.parameters.map((p) => p.name).sort(), ['entity', 'from', 'limit', 'other', 'story', 'to']);
});

test('graph nodes carry the actor role where the analysis gives one, and limit reaches 2000 links', async () => {
  const g = await get<{ nodes: Array<{ id: number; type: string; role: string | null }> }>('/api/graph?limit=2000');
  assert.equal(g.status, 200);
  assert.ok(g.body.nodes.every((n) => n.role === null || /^[A-Z]{3}$/.test(n.role)), 'a role is a three-letter code or null');
  assert.ok(g.body.nodes.some((n) => n.role !== null), 'some actor has a role');
  assert.ok(g.body.nodes.filter((n) => n.role !== null).every((n) => n.type === 'ORG' || n.type === 'PERSON'), 'only organisations and people have roles');
  assert.equal((await get('/api/graph?limit=2001')).status, 400);
});
