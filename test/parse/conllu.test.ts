// CoNLL-U reading and writing: round trip, range and empty-node lines kept, malformed lines named by line number.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConlluError, checkHeads, readConllu, writeConllu } from '../../src/nlp/parse/conllu.js';

const SAMPLE = [
  '# sent_id = a1',
  '# text = Mia didn\'t call.',
  '1\tMia\tMia\tPROPN\tNNP\t_\t4\tnsubj\t_\t_',
  '2-3\tdidn\'t\t_\t_\t_\t_\t_\t_\t_\t_',
  '2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_',
  '3\tn\'t\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_',
  '4\tcall\tcall\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No',
  '4.1\tcalled\tcall\tVERB\tVBD\t_\t_\t_\t4:conj\t_',
  '5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_',
  '',
  '1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_',
  '',
].join('\n');

test('round trip keeps every line, words exclude range and empty-node lines', () => {
  const s = readConllu(SAMPLE, 'sample');
  assert.equal(s.length, 2);
  assert.deepEqual(s[0]?.rows.map((r) => r[1]), ['Mia', 'did', "n't", 'call', '.']);
  assert.equal(s[0]?.line, 1);
  assert.equal(s[1]?.line, 11);
  assert.equal(writeConllu(s), SAMPLE + '\n');
});

test('no final blank line and CRLF line ends are accepted', () => {
  const s = readConllu('1\tHi\t_\t_\t_\t_\t0\troot\t_\t_\r\n', 'x');
  assert.equal(s.length, 1);
  assert.equal(s[0]?.rows[0]?.[9], '_');
});

const BAD: Array<[string, string, number, RegExp]> = [
  ['too few columns', '1\tHi\t_\t_\n', 1, /10 tab-separated columns/],
  ['id out of sequence', '1\tA\t_\t_\t_\t_\t0\troot\t_\t_\n3\tB\t_\t_\t_\t_\t1\tdep\t_\t_\n', 2, /out of sequence/],
  ['bad id', '# c\nx\tA\t_\t_\t_\t_\t0\troot\t_\t_\n', 2, /bad word id/],
  ['empty form', '1\t\t_\t_\t_\t_\t0\troot\t_\t_\n', 1, /empty FORM/],
  ['comment inside a sentence', '1\tA\t_\t_\t_\t_\t0\troot\t_\t_\n# late\n', 2, /comment line inside/],
];

for (const [name, text, line, msg] of BAD) {
  test(`malformed: ${name} -> error at line ${line}`, () => {
    assert.throws(() => readConllu(text, 'f.conllu'), (e: unknown) => e instanceof ConlluError && e.line === line && msg.test(e.message) && e.message.startsWith(`f.conllu:${line}:`));
  });
}

test('checkHeads: cycles and out-of-range heads are found, a tree and an empty column pass', () => {
  const make = (heads: string[]): string => heads.map((h, i) => `${i + 1}\tw${i}\t_\t_\t_\t_\t${h}\tdep\t_\t_`).join('\n') + '\n';
  const one = (heads: string[]) => checkHeads(readConllu(make(heads), 't')[0]!);
  assert.equal(one(['2', '0', '2']), null);
  assert.equal(one(['_', '_', '_']), null);
  assert.match(one(['2', '3', '1']) ?? '', /cycle/);
  assert.match(one(['0', '3', '2']) ?? '', /cycle/);
  assert.match(one(['0', '9']) ?? '', /bad HEAD/);
  assert.match(one(['0', 'x']) ?? '', /bad HEAD/);
});
