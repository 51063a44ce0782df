// `argus statements SPEAKER --about NAME`: a speaker's statements about an entity, pretty and JSON; an unknown name is
// one line with exit 1, a bad option one line with exit 2.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMain } from './run-main.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { statementArticles } from '../store/statements-suite.js';
import type { StatementsAnswer } from '../../src/services/statements.js';

const dir = mkdtempSync(join(tmpdir(), 'argus-cli-statements-'));
const db = join(dir, 's.db');

before(async () => {
  const s = openSqliteStore(db);
  const { a, b } = statementArticles();
  await s.articles.save(a);
  await s.articles.save(b);
  await s.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[]): ReturnType<typeof runMain> => runMain(['statements', ...args, '--db', db]);

test('statements: a speaker about an entity, pretty', async () => {
  const r = await run(['Ada', 'Quell', '--about', 'Ruritania', '--format', 'pretty']);
  assert.equal(r.code, 0, r.err);
  const lines = r.out.split('\n');
  assert.match(lines[0] ?? '', /^Ada Quell \(PERSON, #\d+\): 3 statements about Ruritania \(GPE, #\d+\)$/);
  assert.ok(r.out.includes('“Ruritania must stop arming Freedonia.”'));
  assert.ok(r.out.includes('reports Ruritania —SUPPORT→ Freedonia'));
  assert.ok(r.out.includes('about: Freedonia, Ruritania'));
  assert.ok(!r.out.includes('Freedonia was ready'), 'a statement not about Ruritania is left out');
  assert.match(r.out, /per month: 2024-03 3 \(tone [-+]?\d\.\d\d\)/);
});

test('statements: JSON, dates and paging', async () => {
  const r = await run(['Ada Quell', '--format', 'json', '--limit', '1']);
  assert.equal(r.code, 0, r.err);
  const j = JSON.parse(r.out) as StatementsAnswer;
  assert.deepEqual([j.total, j.statements.length, j.statements[0]?.text], [4, 1, 'Freedonia was ready']);
  assert.deepEqual(j.topics.map((t) => t.name), ['Freedonia', 'Ruritania']);
  const march = JSON.parse((await run(['Ada Quell', '--format', 'json', '--to', '2024-03-31'])).out) as StatementsAnswer;
  assert.equal(march.total, 3);
  const pretty = await run(['Ada Quell', '--limit', '1', '--format', 'pretty']);
  assert.ok(pretty.out.includes('(3 more: --offset 1)'));
  assert.ok(pretty.out.includes('talks about: Freedonia (4), Ruritania (3)'));
});

test('statements: unknown names fail in one line (exit 1); bad options are usage errors (exit 2)', async () => {
  const who = await run(['Nobody Atall']);
  assert.equal(who.code, 1);
  assert.equal(who.err.trim().split('\n').length, 1);
  assert.match(who.err, /argus statements: .*Nobody Atall.*NOT_FOUND/);
  const about = await run(['Ada Quell', '--about', 'Atlantis']);
  assert.equal(about.code, 1);
  assert.match(about.err, /Atlantis.*--about/);
  const lim = await run(['Ada Quell', '--limit', '0']);
  assert.equal(lim.code, 2);
  const day = await run(['Ada Quell', '--from', 'yesterday-ish']);
  assert.equal(day.code, 2);
  assert.equal(day.out, '');
});
