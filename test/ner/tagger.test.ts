// The shipped tagger on sentences: expected mentions (exact text + type) and mentions that must NOT appear.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/nlp/tokenize.js';
import { createTaggerRecognizer } from '../../src/nlp/ner/index.js';

const recognizer = createTaggerRecognizer();
const found = (text: string): string[] => recognizer.recognize(tokenize(text)).map((m) => `${m.text}:${m.type}`);

/** [sentence, mentions that must be found as "text:TYPE"] */
const MUST: Array<[string, string[]]> = [
  ['NATO Secretary General Mark Rutte visited Tokyo.', ['Mark Rutte:PERSON', 'NATO:ORG', 'Tokyo:LOC']],
  ['Georgia and Armenia signed a border agreement in Tbilisi on Monday.', ['Georgia:LOC', 'Armenia:LOC', 'Tbilisi:LOC']],
  ['Michael Jordan scored 30 points for the Chicago Bulls.', ['Michael Jordan:PERSON', 'Chicago Bulls:ORG']],
  ['Turkish President Recep Tayyip Erdoğan talked with Ursula von der Leyen in Brussels.',
    ['Turkish:NORP', 'Ursula von der Leyen:PERSON', 'Brussels:LOC']],
  ['Recep Tayyip Erdoğan met Ursula von der Leyen.', ['Recep Tayyip Erdoğan:PERSON', 'Ursula von der Leyen:PERSON']],
  ["Jordan's King Abdullah met officials in Amman.", ['Jordan:LOC', 'King Abdullah:PERSON', 'Amman:LOC']],
  ['Luiz Inácio Lula da Silva won the election in Brazil.', ['Luiz Inácio Lula da Silva:PERSON', 'Brazil:LOC']],
  ['Secretary of State Antony Blinken traveled to Kyiv to meet President Volodymyr Zelenskyy.', ['Antony Blinken:PERSON', 'Kyiv:LOC']],
  ['The United Nations Security Council met in New York on Tuesday.', ['United Nations Security Council:ORG', 'New York:LOC']],
  ['Russian forces shelled Kharkiv overnight, Ukrainian officials said.', ['Russian:NORP', 'Kharkiv:LOC', 'Ukrainian:NORP']],
  ['Angela Merkel met Emmanuel Macron in Berlin.', ['Angela Merkel:PERSON', 'Emmanuel Macron:PERSON', 'Berlin:LOC']],
  ['The World Health Organization warned about the outbreak in Congo.', ['World Health Organization:ORG', 'Congo:LOC']],
  ['Reuters reported that Pete Hegseth visited the naval base at Yokosuka.', ['Reuters:ORG', 'Pete Hegseth:PERSON', 'Yokosuka:LOC']],
  ['NATO CHIEF MARK RUTTE VISITS TOKYO', ['NATO:ORG']],
  // document memory: a later bare surname keeps the type of the full name ("Norton" alone read as LOC before)
  ['Joshua Abraham Norton was a citizen of San Francisco. In 1859 Norton proclaimed himself emperor.',
    ['Joshua Abraham Norton:PERSON', 'Norton:PERSON', 'San Francisco:LOC']],
];

/** [sentence, "text" or "text:TYPE" that must NOT be found] */
const MUST_NOT: Array<[string, string]> = [
  ['The talks will resume in May, officials said.', 'May'],
  ['Michael Jordan scored 30 points for the Chicago Bulls.', 'Jordan:LOC'],
  ["Jordan's King Abdullah met officials in Amman.", 'Jordan:PERSON'],
  ["Jordan's King Abdullah met officials in Amman.", 'Jordan:PERSON'],
  ['Georgia and Armenia signed a border agreement in Tbilisi on Monday.', 'Georgia:PERSON'],
  ['The committee may decide later this week.', 'may'],
  ['It rained all day and nobody came.', ''],
];

for (const [text, expected] of MUST) {
  test(`finds ${expected.join(', ')} in "${text}"`, () => {
    const got = found(text);
    for (const e of expected) assert.ok(got.includes(e), `missing ${e}; got ${JSON.stringify(got)}`);
  });
}

for (const [text, banned] of MUST_NOT) {
  test(`does not find "${banned || 'any entity'}" in "${text}"`, () => {
    const got = found(text);
    if (banned === '') assert.deepEqual(got, []);
    else if (banned.includes(':')) assert.ok(!got.includes(banned), `unexpected ${banned}; got ${JSON.stringify(got)}`);
    else assert.ok(!got.some((g) => g.slice(0, g.lastIndexOf(':')) === banned), `unexpected ${banned}; got ${JSON.stringify(got)}`);
  });
}

test('mentions carry consistent char and token offsets', () => {
  const doc = tokenize('Angela Merkel met Emmanuel Macron in Berlin.\n\nTurkish officials said so.');
  const ms = recognizer.recognize(doc);
  assert.ok(ms.length >= 3);
  for (const m of ms) {
    assert.equal(m.text, doc.text.slice(m.start, m.end));
    assert.equal(m.start, doc.starts[m.tokenStart]);
    assert.equal(m.end, doc.ends[m.tokenEnd - 1]);
    assert.equal(m.kind, m.type === 'NORP' ? 'demonym' : 'name');
  }
});
