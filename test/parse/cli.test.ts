// `argus parse` as a user runs it: CoNLL-U and text in, CoNLL-U out, one-line errors with exit codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkHeads, readConllu } from '../../src/nlp/parse/conllu.js';

const dir = mkdtempSync(join(tmpdir(), 'argus-parse-'));

function argus(args: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', input, maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const row = (i: number, w: string, head = '_'): string => `${i}\t${w}\t_\t_\t_\t_\t${head}\t_\t_\t_`;

test('a .conllu file keeps its words and gets UPOS, HEAD and DEPREL; each sentence is a tree', () => {
  const f = join(dir, 'two.conllu');
  const words = [['The', 'court', 'fined', 'the', 'company', '.'], ['Talks', 'resume', 'today', '.']];
  writeFileSync(f, words.map((ws) => `# sent_id = s\n${ws.map((w, i) => row(i + 1, w)).join('\n')}\n`).join('\n'));
  const r = argus(['parse', f]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /\n\n$/);
  const out = readConllu(r.stdout, 'out');
  assert.deepEqual(out.map((s) => s.rows.map((x) => x[1])), words);
  for (const s of out) {
    assert.equal(checkHeads(s), null);
    assert.equal(s.rows.filter((x) => x[6] === '0').length, 1);
    assert.ok(s.rows.every((x) => x[3] !== '_' && x[7] !== '_'));
  }
  assert.equal(out[0]?.rows[1]?.[7], 'nsubj');
  assert.equal(out[0]?.comments[0], '# sent_id = s');
});

test('text on stdin is tokenized and split into sentences', () => {
  const r = argus(['parse', '-'], 'The rebels seized the town. The soldiers left the city.\n');
  assert.equal(r.code, 0, r.stderr);
  const out = readConllu(r.stdout, 'out');
  assert.equal(out.length, 2);
  assert.equal(out[0]?.comments[1], '# text = The rebels seized the town.');
  assert.equal(out[1]?.rows.find((x) => x[1] === 'soldiers')?.[7], 'nsubj');
});

test('a 5,000-word sentence is parsed (linear), not refused', () => {
  const f = join(dir, 'long.conllu');
  const ws = Array.from({ length: 5000 }, (_, i) => (i % 10 === 9 ? 'and' : i % 2 ? 'dogs' : 'cats'));
  writeFileSync(f, ws.map((w, i) => row(i + 1, w)).join('\n') + '\n');
  const r = argus(['parse', f]);
  assert.equal(r.code, 0, r.stderr);
  const out = readConllu(r.stdout, 'out');
  assert.equal(out[0]?.rows.length, 5000);
  assert.equal(checkHeads(out[0]!), null);
});

test('a one-megabyte single sentence is parsed', () => {
  const f = join(dir, 'huge.conllu');
  const lines: string[] = [];
  let size = 0;
  for (let i = 1; size < 1_000_000; i++) {
    const l = row(i, i % 7 === 0 ? ',' : 'word');
    lines.push(l);
    size += l.length + 1;
  }
  writeFileSync(f, lines.join('\n') + '\n');
  const t0 = Date.now();
  const r = argus(['parse', f]);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(Date.now() - t0 < 60_000, `took ${Date.now() - t0} ms`); // wall clock on a shared machine; linearity is tested in parser.test.ts
  assert.equal(readConllu(r.stdout, 'out')[0]?.rows.length, lines.length);
});

const ERRORS: Array<[string, string, string, RegExp]> = [
  ['malformed line', 'bad.conllu', `${row(1, 'Hi', '0')}\n2\tonly three\tcols\n`, /bad\.conllu:2: expected 10 tab-separated columns/],
  ['cycle in HEAD', 'cycle.conllu', `${row(1, 'a', '2')}\n${row(2, 'b', '3')}\n${row(3, 'c', '1')}\n`, /cycle\.conllu:1: .*cycle in the HEAD column/],
  ['empty file', 'empty.conllu', '', /empty\.conllu: empty input/],
  ['blank text file', 'blank.txt', '  \n\n', /blank\.txt: empty input/],
  ['unknown extension', 'notes.docx', 'hello', /unknown extension/],
];

for (const [name, file, content, msg] of ERRORS) {
  test(`bad input: ${name} -> one line on stderr, exit 1`, () => {
    const f = join(dir, file);
    writeFileSync(f, content);
    const r = argus(['parse', f]);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, msg);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  });
}

test('missing file exits 1; no argument is a usage error (exit 2)', () => {
  const m = argus(['parse', join(dir, 'nope.txt')]);
  assert.equal(m.code, 1);
  assert.match(m.stderr, /nope\.txt: cannot read/);
  assert.equal(argus(['parse']).code, 2);
});
