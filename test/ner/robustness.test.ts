// Bad input does not crash the tagger and yields well-formed mentions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/nlp/tokenize.js';
import { createTaggerRecognizer, tagTokens } from '../../src/nlp/ner/index.js';
import type { Doc } from '../../src/nlp/types.js';

const recognizer = createTaggerRecognizer();

function checkMentions(doc: Doc): void {
  for (const m of recognizer.recognize(doc)) {
    assert.ok(m.tokenStart >= 0 && m.tokenEnd <= doc.n && m.tokenStart < m.tokenEnd);
    assert.equal(m.text, doc.text.slice(m.start, m.end));
  }
}

/** A Doc built by splitting on spaces (no wink), one sentence: exercises the tagger's windowing on huge sentences. */
function spaceDoc(text: string): Doc {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    words.push(m[0]);
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  const n = words.length;
  return {
    text, n, words, lower: words.map((w) => w.toLowerCase()),
    starts: Int32Array.from(starts), ends: Int32Array.from(ends), pos: new Uint8Array(n),
    sentStart: Int32Array.from([0]), sentEnd: Int32Array.from([n]), sentOf: new Int32Array(n), paraOfSent: Int32Array.from([0]),
  };
}

const CASES: Array<[string, string]> = [
  ['empty', ''],
  ['no letters', '12345 ... --- 67,89 %%% 2024-05-01 !!! ???'],
  ['mixed scripts', 'Путин встретился с 習近平 in Beijing; وزير الخارجية met Antony Blinken. 東京 🙂'],
  ['all caps', 'BREAKING: RUSSIAN TROOPS ENTER KHARKIV AS ZELENSKYY CALLS FOR HELP FROM NATO AND WASHINGTON'],
  ['control characters', 'Angela\u0000Merkel \u200bmet\u00a0Macron\tin\u0007Paris.'],
];

for (const [name, text] of CASES) {
  test(`no crash on ${name}`, () => checkMentions(tokenize(text)));
}

test('a 1 MB single line (one huge sentence) is tagged', () => {
  const unit = 'Angela Merkel met Emmanuel Macron in Berlin and ';
  const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
  const doc = spaceDoc(text);
  const ms = recognizer.recognize(doc);
  assert.ok(ms.length > 1000, `only ${ms.length} mentions`);
  assert.ok(ms.every((m) => m.text === text.slice(m.start, m.end)));
});

test('a 1 MB token with no spaces does not crash', () => {
  const doc = spaceDoc('x'.repeat(1_000_000));
  assert.deepEqual(recognizer.recognize(doc), []);
});

test('tagTokens labels every word and respects sentence bounds', () => {
  const words = ['Angela', 'Merkel', 'spoke', '.', 'Macron', 'listened', '.'];
  const labels = tagTokens(words, [0, 4], [4, 7]);
  assert.equal(labels.length, words.length);
  assert.ok(labels[0]! > 0 && labels[4]! > 0);
  assert.equal(labels[3], 0);
});
