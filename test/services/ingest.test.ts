// Ingest service over real files and a real SQLite file: idempotency, syndicated copies, manifests, named failures.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { IngestService } from '../../src/services/ingest.js';
import { DEMO_DIR } from '../../src/services/demo.js';
import { stubAnalyzer } from './stub-analyzer.js';

const dir = mkdtempSync(join(tmpdir(), 'argus-ingest-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const TABLES = ['sources', 'stories', 'articles', 'article_lsh', 'analyses', 'entities', 'entity_keys', 'entity_aliases', 'entity_titles',
  'article_entities', 'mentions', 'quotes', 'events', 'places', 'ingest_log'];

function counts(path: string): Record<string, number> {
  const db = new Database(path, { readonly: true });
  const out: Record<string, number> = {};
  for (const t of TABLES) out[t] = db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number;
  out['fts'] = db.prepare("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'the'").pluck().get() as number;
  db.close();
  return out;
}

test('ingest: the demo folder (manifest metadata) twice — the second run adds 0 rows', async () => {
  const path = join(dir, 'idem.db');
  const store = openSqliteStore(path);
  const first = await new IngestService(store).run([join(DEMO_DIR, 'news-demo')]);
  assert.equal(first.new, 22);
  assert.equal(first.failed, 0);
  const a = await store.articles.recent(50);
  const manifest = readFileSync(join(DEMO_DIR, 'news-demo', 'index.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { title: string; url: string; published: string });
  // titles, dates and URLs come from the manifest
  for (const m of manifest) {
    const hit = a.find((x) => x.title === m.title);
    assert.ok(hit, m.title);
    assert.equal(hit.published?.slice(0, 10), m.published);
    assert.equal(hit.source, 'Wikinews');
  }
  const before = counts(path);
  const second = await new IngestService(store).run([join(DEMO_DIR, 'news-demo')]);
  assert.deepEqual([second.new, second.updated, second.duplicate, second.failed], [0, 0, 22, 0]);
  assert.deepEqual(counts(path), before);
  await store.close();
});

test('ingest: a syndicated copy (other URL and source, light edits) joins the original story with both sources', async () => {
  const path = join(dir, 'synd.db');
  const store = openSqliteStore(path);
  const manifest = readFileSync(join(DEMO_DIR, 'news-pd', 'index.jsonl'), 'utf8').trim().split('\n').slice(0, 40)
    .map((l) => JSON.parse(l) as { file: string; title: string; url: string; published: string; source: string });
  const folder = join(dir, 'synd');
  mkdirSync(folder);
  const originals = manifest.slice(0, 30);
  writeFileSync(join(folder, 'orig.jsonl'), originals.map((m) => JSON.stringify({
    title: m.title, url: m.url, published: m.published, source: m.source,
    text: readFileSync(join(DEMO_DIR, 'news-pd', m.file), 'utf8').split('\n').slice(2).join('\n'),
  })).join('\n'));
  const edits: Array<(t: string) => string> = [
    (t) => `WASHINGTON (Wire) - ${t}`,
    (t) => t.replace(/\bthe\b/, 'a').replace(/\band\b/, '&'),
    (t) => `${t}\n\nThis report was distributed by Example Wire.`,
  ];
  const copies = originals.slice(0, 3).map((m, i) => ({
    title: `${m.title} | Example Wire`, url: `https://wire.example.com/story/${i}?utm_source=x`, published: m.published, source: 'Example Wire',
    text: (edits[i] as (t: string) => string)(readFileSync(join(DEMO_DIR, 'news-pd', m.file), 'utf8').split('\n').slice(2).join('\n')),
  }));
  writeFileSync(join(folder, 'zcopies.jsonl'), copies.map((c) => JSON.stringify(c)).join('\n'));
  const s = await new IngestService(store).run([folder]);
  assert.equal(s.new, 33);
  for (const [i, c] of copies.entries()) {
    const orig = await store.search.search({ text: `"${(originals[i] as { title: string }).title.split(' ').slice(0, 4).join(' ')}"`, source: (originals[i] as { source: string }).source, limit: 50 });
    const o = orig.hits.find((h) => h.url === (originals[i] as { url: string }).url);
    assert.ok(o, 'original found');
    const story = await store.reads.story(o.storyId as number);
    assert.ok(story?.members.some((m) => m.title === c.title), `copy ${i} in the original's story`);
    assert.ok(story?.sources.includes('Example Wire') && story.sources.includes((originals[i] as { source: string }).source));
    assert.equal(story?.members.find((m) => m.title === c.title)?.duplicateOf, o.id);
  }
  // and distinct originals did not collapse into few stories
  assert.ok((await store.reads.stats()).stories >= 20);
  await store.close();
});

test('ingest: bad inputs are named failures in the log and the summary; the rest of the batch goes on', async () => {
  const path = join(dir, 'bad.db');
  const store = openSqliteStore(path);
  const folder = join(dir, 'bad');
  mkdirSync(folder);
  writeFileSync(join(folder, 'a-good.txt'), 'A good headline\n\nThe council met on Monday and approved the budget for the coming year after a long debate.\n');
  writeFileSync(join(folder, 'b-broken.json'), '{"title": "x", "text": ');
  writeFileSync(join(folder, 'c-empty.txt'), '   \n');
  writeFileSync(join(folder, 'd-lines.jsonl'), '{"title":"One","text":"The first record is a valid article about the harbour reopening after the storm."}\nnot json\n');
  const s = await new IngestService(store, { analyzer: stubAnalyzer }).run([folder, join(dir, 'missing.txt')]);
  assert.equal(s.new, 2);
  assert.deepEqual(s.failures.map((f) => f.code).sort(), ['EMPTY_INPUT', 'INVALID_JSON', 'INVALID_JSON', 'NOT_FOUND']);
  assert.equal((await store.reads.stats()).failures, 4);
  assert.deepEqual((await store.log.failures(10)).map((f) => f.code).sort(), ['EMPTY_INPUT', 'INVALID_JSON', 'INVALID_JSON', 'NOT_FOUND']);
  await store.close();
});

test('ingest: two analysis workers store the same rows, in the same order, as one', async () => {
  const rows = (path: string): unknown[] => {
    const db = new Database(path, { readonly: true });
    const out = db.prepare('SELECT a.rowid, a.id, a.story_id, an.json FROM articles a JOIN analyses an ON an.article_rowid = a.rowid ORDER BY a.rowid').raw().all();
    db.close();
    return out;
  };
  const result = async (workers: number): Promise<{ path: string; summary: Awaited<ReturnType<IngestService['run']>> }> => {
    const path = join(dir, `workers-${workers}.db`);
    const store = openSqliteStore(path);
    const summary = await new IngestService(store, { workers }).run([join(DEMO_DIR, 'news-demo')]);
    await store.close();
    return { path, summary };
  };
  const one = await result(1);
  const two = await result(2);
  assert.equal(one.summary.new, 22);
  assert.deepEqual([two.summary.new, two.summary.failed], [one.summary.new, one.summary.failed]);
  assert.deepEqual(counts(two.path), counts(one.path));
  assert.deepEqual(rows(two.path), rows(one.path));
});
