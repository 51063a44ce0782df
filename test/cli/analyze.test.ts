// The analyze command end to end, as a user runs it: real files, a real process, exit codes and stderr lines.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contractErrors } from '../../src/eval/contract.js';

const dir = mkdtempSync(join(tmpdir(), 'argus-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
// an invented article (never text from eval/dev or the seed) that stands for a good plain-text input
const goodTitle = 'Lindale council approves a second ferry route';
const good = join(dir, 'ferry.txt');
writeFileSync(good, [
  goodTitle,
  '',
  'LINDALE (Example Wire) - The Lindale harbour council on Tuesday approved a second ferry route to the outer islands, officials said.',
  '',
  '"We expect the new route to halve waiting times in the summer," the harbour master, Tove Ramsland, told reporters.',
  '',
  'The regional transport agency said the first crossings would start in May.',
  '',
].join('\n'));

function argus(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['bin/argus.js', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('--help works for the program and for analyze', () => {
  const a = argus('--help');
  assert.equal(a.code, 0);
  assert.match(a.stdout, /analyze/);
  const b = argus('analyze', '--help');
  assert.equal(b.code, 0);
  assert.match(b.stdout, /--format/);
});

test('jsonl: one valid analysis per input, in order, in one process', () => {
  const j = join(dir, 'two.jsonl');
  writeFileSync(j, [JSON.stringify({ title: 'First', text: 'China warned Japan on Monday.' }), JSON.stringify({ text: 'Second headline\n\nRussia said it would respond.' })].join('\n'));
  const r = argus('analyze', '--format', 'jsonl', '--published', '2025-04-09', good, j);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { article: { title: string } });
  assert.equal(lines.length, 3);
  assert.deepEqual(lines.map((l) => l.article.title), [goodTitle, 'First', 'Second headline']);
  for (const l of lines) assert.equal(contractErrors(l), null);
});

test('bad inputs: each named on stderr, exit 1, the others still analyzed', () => {
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const bin = join(dir, 'blob.txt');
  writeFileSync(bin, Buffer.from([0, 1, 2, 3, 0, 255, 254, 0]));
  const unknown = join(dir, 'notes.docx');
  writeFileSync(unknown, 'hello');
  const badJson = join(dir, 'bad.jsonl');
  writeFileSync(badJson, '{"title":"ok","text":"Japan and China met."}\n{not json\n');
  const huge = join(dir, 'huge.txt');
  writeFileSync(huge, 'Headline\n\n' + 'China and Japan met again. '.repeat(800_000)); // ~21 MB
  const noArticle = join(dir, 'nav.html');
  writeFileSync(noArticle, '<html><body><nav><a href="/">Home</a></nav></body></html>');
  const r = argus('analyze', '--format', 'jsonl', empty, bin, huge, unknown, badJson, noArticle, join(dir, 'missing.txt'), good);
  assert.equal(r.code, 1);
  const errs = r.stderr.trim().split('\n');
  for (const name of ['empty.txt', 'blob.txt', 'huge.txt', 'notes.docx', 'bad.jsonl:2', 'nav.html', 'missing.txt']) {
    assert.ok(errs.some((l) => l.includes(name)), `no error line for ${name}: ${r.stderr}`);
  }
  assert.ok(!/\n\s+at /.test(r.stderr), 'no stack traces');
  assert.equal(r.stdout.trim().split('\n').length, 2); // the good jsonl line and the good article
});

test('usage errors exit 2', () => {
  assert.equal(argus('analyze').code, 2);
  assert.equal(argus('analyze', '--format', 'xml', good).code, 2);
  assert.equal(argus('no-such-command').code, 2);
});
