// The tokenizer as a table: text -> sentences (as strings), and invariants on offsets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setWinkRenewal, tokenize, winkStats } from '../../src/nlp/tokenize.js';
import { POS_TAGS } from '../../src/nlp/types.js';

const sentences = (text: string): string[] => {
  const d = tokenize(text);
  return [...d.sentStart].map((s, k) => text.slice(d.starts[s], d.ends[(d.sentEnd[k] as number) - 1]));
};

const ROWS: Array<[string, string[]]> = [
  ['One two. Three four.', ['One two.', 'Three four.']],
  ['Headline without a period\n\nBody starts here. It goes on.', ['Headline without a period', 'Body starts here.', 'It goes on.']],
  ['He said, "We will respond." Then he left.', ['He said, "We will respond."', 'Then he left.']],
  ['"Stop now!" she shouted. Nobody moved.', ['"Stop now!" she shouted.', 'Nobody moved.']],
  ['The team flew to the U.S. The President met them.', ['The team flew to the U.S.', 'The President met them.']],
  ['Troops of the U.S. Army and Dr. Smith arrived.', ['Troops of the U.S. Army and Dr. Smith arrived.']],
  ['Visit www.example.org. It has details.', ['Visit www.example.org.', 'It has details.']],
  ['It grew 3.5 per cent in 2024. Analysts agreed.', ['It grew 3.5 per cent in 2024.', 'Analysts agreed.']],
  ['(This was expected.) Markets rose.', ['(This was expected.)', 'Markets rose.']],
  // an abbreviation after a hyphen, which wink splits at its inner period, ends no sentence there
  ['Delegates of the Andes-U.S. Council met in Quito. They agreed.', ['Delegates of the Andes-U.S. Council met in Quito.', 'They agreed.']],
  ['The Nordic-U.K. dialogue resumed on Friday.', ['The Nordic-U.K. dialogue resumed on Friday.']],
];

for (const [text, expected] of ROWS) {
  test(`sentences: ${text.slice(0, 50)}`, () => assert.deepEqual(sentences(text), expected));
}

test('tokens are verbatim slices; words split by wink at Latin Extended letters are re-joined', () => {
  const text = 'Recep Tayyip Erdoğan met Łukasz Żółw in Kraków; Dương Văn Minh was naïve.\n\nNew paragraph.';
  const d = tokenize(text);
  for (let i = 0; i < d.n; i++) assert.equal(text.slice(d.starts[i], d.ends[i]), d.words[i]);
  for (const w of ['Erdoğan', 'Łukasz', 'Żółw', 'Dương', 'Văn', 'naïve']) assert.ok(d.words.includes(w), w);
  assert.ok(!d.words.some((w) => /^\s+$/.test(w)), 'no whitespace tokens');
  assert.deepEqual([...d.paraOfSent], [0, 1]);
  for (let i = 0; i < d.n; i++) assert.ok((d.pos[i] as number) < POS_TAGS.length);
  assert.equal(POS_TAGS[d.pos[d.words.indexOf('met')] as number], 'VERB');
});

test('an abbreviation after a hyphen is one word, as it is elsewhere', () => {
  const rows: Array<[string, string[]]> = [
    ['Delegates of the Andes-U.S. Council met in Quito.', ['Andes', '-', 'U.S.', 'Council']],
    ['The Nordic-U.K. dialogue resumed.', ['Nordic', '-', 'U.K.', 'dialogue']],
    // initials apart keep their own words; a letter and a period glued to no initial stay apart
    ['They met J. R. Ostrow and Plan B. Then left.', ['J.', 'R.', 'Ostrow']],
  ];
  for (const [text, words] of rows) {
    const d = tokenize(text);
    const at = d.words.indexOf(words[0] as string);
    assert.ok(at >= 0, text);
    assert.deepEqual(d.words.slice(at, at + words.length), words, text);
    for (let i = 0; i < d.n; i++) assert.equal(text.slice(d.starts[i], d.ends[i]), d.words[i]);
  }
});

test('every token belongs to exactly one sentence, in order', () => {
  const d = tokenize('A b. C d!\n"E f?" G. h i\n\nJ');
  let expect = 0;
  for (let k = 0; k < d.sentStart.length; k++) {
    assert.equal(d.sentStart[k], expect);
    for (let i = d.sentStart[k] as number; i < (d.sentEnd[k] as number); i++) assert.equal(d.sentOf[i], k);
    expect = d.sentEnd[k] as number;
  }
  assert.equal(expect, d.n);
});

test('degenerate input: empty, no letters, one huge line', () => {
  assert.equal(tokenize('').n, 0);
  assert.ok(tokenize('1234 ... !!! ---').n > 0);
  const big = tokenize('word '.repeat(50_000));
  assert.equal(big.n, 50_000);
  assert.equal(big.sentStart.length, 1);
});

test('a long run does not grow without bound: wink is rebuilt past a bound of added words, and tags do not change', () => {
  // invented texts full of words wink has never seen (each document adds them again)
  const texts = Array.from({ length: 30 }, (_, k) => `Zorvath Quillane met Brenvik Ostrala in Talmerin on day ${k}. Velqua Dostrin said the Morrowind accord stands.`);
  const before = texts.map((t) => Array.from(tokenize(t).pos));
  setWinkRenewal(50);
  try {
    const start = winkStats().renewals;
    const after = texts.map((t) => Array.from(tokenize(t).pos));
    assert.ok(winkStats().renewals > start, 'the instance was rebuilt');
    assert.ok(winkStats().addedLexemes <= 50 + 40, `added lexemes stay bounded (${winkStats().addedLexemes})`);
    assert.deepEqual(after, before);
  } finally {
    setWinkRenewal(500_000);
  }
});
