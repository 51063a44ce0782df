// The database commands end to end through the CLI: ingest, stats, search, entity, feeds, start --no-serve.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../../src/services/demo.js';

const dir = mkdtempSync(join(tmpdir(), 'argus-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function argus(args: string[], env: Record<string, string> = {}): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'src/cli/main.ts'), ...args], {
    cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('cli: ingest, stats, search, entity, merge, feeds — with --db and ARGUS_DB', () => {
  const db = join(dir, 'cli.db');
  const articles = [
    ['Rutte warns on China', 'NATO Secretary General Mark Rutte warned in Tokyo on Tuesday that the alliance cannot be naive about China. Rutte met Japanese officials.'],
    ['Rutte in Japan', 'Mark Rutte visited the Yokosuka naval base in Japan. Rutte said allies must work together in the Indo-Pacific.'],
  ];
  writeFileSync(join(dir, 'a.jsonl'), articles.map(([title, text], i) => JSON.stringify({ title, text, url: `https://news.example/${i}`, source: 'Example', published: `2025-04-0${i + 8}` })).join('\n'));
  const ing = argus(['ingest', join(dir, 'a.jsonl'), '--db', db, '--format', 'json']);
  assert.equal(ing.code, 0, ing.err);
  assert.equal((JSON.parse(ing.out) as { new: number }).new, 2);

  const stats = argus(['stats', '--format', 'json'], { ARGUS_DB: db });
  assert.equal(stats.code, 0, stats.err);
  const s = JSON.parse(stats.out) as Record<string, number>;
  assert.deepEqual(Object.keys(s), ['articles', 'versions', 'stories', 'entities', 'mentions', 'quotes', 'events', 'places', 'feeds', 'failures']);
  assert.equal(s['articles'], 2);

  const search = argus(['search', 'naive', '--db', db, '--format', 'json']);
  assert.equal(search.code, 0, search.err);
  const r = JSON.parse(search.out) as { total: number; hits: Array<{ title: string; snippetHtml: string }> };
  assert.equal(r.total, 1);
  assert.match(r.hits[0]!.snippetHtml, /<mark>naive<\/mark>/);
  for (const bad of ['"open', 'AND', '(', 'NEAR(x']) {
    const b = argus(['search', bad, '--db', db]);
    assert.equal(b.code, 0, `${bad}: ${b.err}`);
  }
  const badDate = argus(['search', 'x', '--from', 'yesterday', '--db', db]);
  assert.equal(badDate.code, 2);
  assert.match(badDate.err, /not a date/);

  const ent = argus(['entity', 'Mark Rutte', '--db', db, '--format', 'json']);
  const p = JSON.parse(ent.out) as { profile: { name: string; articles: number } | null };
  if (p.profile) assert.ok(p.profile.articles >= 1);
  const none = argus(['entity', 'Nobody Anywhere', '--db', db]);
  assert.equal(none.code, 1);

  assert.equal(argus(['feeds', 'add', 'https://feeds.example/rss.xml', '--db', db]).code, 0);
  const list = JSON.parse(argus(['feeds', 'list', '--db', db, '--format', 'json']).out) as Array<{ url: string }>;
  assert.deepEqual(list.map((f) => f.url), ['https://feeds.example/rss.xml']);
  assert.equal(argus(['feeds', 'remove', 'https://feeds.example/rss.xml', '--db', db]).code, 0);
  assert.equal(argus(['feeds', 'add', 'not a url', '--db', db]).code, 2);
});

test('cli: start --no-serve on a non-empty database prints a summary and does not ingest', () => {
  const db = join(dir, 'start.db');
  writeFileSync(join(dir, 'one.txt'), 'Harbour reopens\n\nThe harbour reopened on Monday after the storm, officials said.\n');
  assert.equal(argus(['ingest', join(dir, 'one.txt'), '--db', db]).code, 0);
  const r = argus(['start', '--no-serve', '--db', db]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /1 articles/);
  assert.doesNotMatch(r.err, /ingesting the demo/);
});
