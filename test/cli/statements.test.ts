// `argus statements SPEAKER --about NAME`: a speaker's statements about an entity, pretty and JSON; an unknown name is
// one line with exit 1, a bad option one line with exit 2.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
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

async function run(args: string[]): Promise<{ code: number; err: string; out: string }> {
  let err = '';
  let out = '';
  const we = process.stderr.write.bind(process.stderr);
  const wo = process.stdout.write.bind(process.stdout);
  const ce = console.error;
  // strings are the command's; bytes are the test runner's own reports (its stdout protocol), passed through
  process.stderr.write = ((s: string | Uint8Array) => (typeof s === 'string' ? ((err += s), true) : we(s))) as typeof process.stderr.write;
  process.stdout.write = ((s: string | Uint8Array) => (typeof s === 'string' ? ((out += s), true) : wo(s))) as typeof process.stdout.write;
  console.error = (...a: unknown[]) => { err += a.map(String).join(' ') + '\n'; };
  process.exitCode = undefined;
  try {
    return { code: await main(['statements', ...args, '--db', db]), err, out };
  } finally {
    process.stderr.write = we;
    process.stdout.write = wo;
    console.error = ce;
    process.exitCode = undefined;
  }
}

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
