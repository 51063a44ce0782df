import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotes, findMarkSpans } from '../../src/nlp/stages/quotes.js';
import { fixture, type EntitySpec } from './fixtures/entities.js';

const ENTITIES: EntitySpec = {
  'Mark Rutte': ['PERSON', 'Rutte', 'The NATO chief'],
  NATO: ['ORG'],
  China: ['GPE', 'Beijing'],
  Russia: ['GPE', 'Kremlin'],
  'Jay Tarriela': ['PERSON', 'Tarriela'],
  'Philippine Coast Guard': ['ORG'],
  'Norwegian Armed Forces': ['ORG'],
  'Dmitry Peskov': ['PERSON', 'Peskov'],
  'Espen Barth Eide': ['PERSON', 'Barth Eide'],
  'Maria Delgado': ['PERSON', 'Delgado'],
  'Washington Apple Commission': ['ORG'],
  'He Yadong': ['PERSON'],
  'Ministry of Commerce': ['ORG'],
  'Ingrid Aas': ['PERSON'],
  'Liisa Kask': ['PERSON'],
  'Kao Kim Hourn': ['PERSON'],
  'Jamieson Greer': ['PERSON'],
  'Peter Stano': ['PERSON'],
};

// [text, expected quotes as [kind, speaker name | null, quote text, cue]]
type Row = [string, Array<[string, string | null, string, string]>];
const ROWS: Row[] = [
  // direct: cue after, speaker after the cue
  ['"We will respond firmly," said Rutte.', [['direct', 'Mark Rutte', 'We will respond firmly', 'said']]],
  // direct: curly marks, speaker before the cue, apposition skipped
  ['“This was a dangerous act,” Jay Tarriela, a spokesperson for the Philippine Coast Guard, told reporters.',
    [['direct', 'Jay Tarriela', 'This was a dangerous act', 'told reporters']]],
  // split quote: the second part inherits the speaker
  ['"We will respond," Rutte said. "And firmly."',
    [['direct', 'Mark Rutte', 'We will respond', 'said'], ['direct', 'Mark Rutte', 'And firmly.', 'said']]],
  // cue before, comma; multi-sentence body
  ['Rutte said, "China supports Russia\'s efforts. China is rapidly developing its armed forces."',
    [['direct', 'Mark Rutte', "China supports Russia's efforts. China is rapidly developing its armed forces.", 'said']]],
  // nominal speaker with a participle clause between subject and cue
  ['The NATO chief, speaking from the Yokosuka port of the Japanese navy, stated, "We can\'t be naive."',
    [['direct', 'Mark Rutte', "We can't be naive.", 'stated']]],
  // colon quote with a pronoun speaker
  ['Tarriela spoke to the crew. He added: “Our presence will continue.”', [['direct', 'Jay Tarriela', 'Our presence will continue.', 'added']]],
  // pronoun after the quote
  ['Peskov told reporters in Moscow that Russia was watching. "Military activity of this scale does not add to stability," he said.',
    [['indirect', 'Dmitry Peskov', 'Russia was watching', 'told reporters'], ['direct', 'Dmitry Peskov', 'Military activity of this scale does not add to stability', 'said']]],
  // indirect with "that", and with no "that"
  ['Rutte said the U.S. wants NATO members to engage more in the region.', [['indirect', 'Mark Rutte', 'the U.S. wants NATO members to engage more in the region', 'said']]],
  ['Tarriela said that further resupply missions were being planned.', [['indirect', 'Jay Tarriela', 'further resupply missions were being planned', 'said']]],
  // indirect after the clause
  ['Around 25,000 troops began a winter exercise on Monday, the Norwegian Armed Forces said.',
    [['indirect', 'Norwegian Armed Forces', 'Around 25,000 troops began a winter exercise on Monday', 'said']]],
  // participle cue: the speaker is the subject of the main clause
  ['Barth Eide rejected the criticism, saying the drills were defensive.', [['indirect', 'Espen Barth Eide', 'the drills were defensive', 'saying']]],
  // according to
  ['Washington state is the largest apple producer, according to the Washington Apple Commission.',
    [['indirect', 'Washington Apple Commission', 'Washington state is the largest apple producer', 'according to']]],
  // anonymous source: speaker null
  ['Diplomats say negotiators agreed the text overnight.', [['indirect', null, 'negotiators agreed the text overnight', 'say']]],
  // mixed: a quoted fragment in indirect speech
  ['He Yadong said China remained open to dialogue "on the basis of equality and mutual respect".',
    [['indirect', 'He Yadong', 'China remained open to dialogue', 'said'], ['mixed', 'He Yadong', 'on the basis of equality and mutual respect', 'said']]],
  // unnamed spokesperson of a named organization -> the organization
  ['A spokesperson for the Ministry of Commerce said the measures were legitimate.', [['indirect', 'Ministry of Commerce', 'the measures were legitimate', 'said']]],
  ['Kremlin spokesman said the results raised questions.', [['indirect', 'Russia', 'the results raised questions', 'said']]],
  // coordinated verb: the subject is the sentence subject
  ['Jamieson Greer criticised the move and said the administration would stand by farmers.',
    [['indirect', 'Jamieson Greer', 'the administration would stand by farmers', 'said']]],
  // multi-paragraph quote: the first paragraph is not closed, the next reopens
  ['Peter Stano said: "The first point is clear.\n\n"The second point is clearer."',
    [['direct', 'Peter Stano', 'The first point is clear.\n\n"The second point is clearer.', 'said']]],
  // one cue, two reported clauses: "said A, and that B"
  ['The Norwegian Armed Forces said the drill had ended, and that all ships had returned to port.',
    [['indirect', 'Norwegian Armed Forces', 'the drill had ended', 'said'], ['indirect', 'Norwegian Armed Forces', 'all ships had returned to port', 'said']]],
  // a second speech act coordinated with the cue is not part of the reported clause
  ['Peskov said Moscow was watching and accused NATO of provoking tension.', [['indirect', 'Dmitry Peskov', 'Moscow was watching', 'said']]],
  // a second speaker's own report coordinated with the first ends the first reported clause
  ['Maria Delgado said the port would reopen, and Ingrid Aas added that fares would fall.',
    [['indirect', 'Maria Delgado', 'the port would reopen', 'said'], ['indirect', 'Ingrid Aas', 'fares would fall', 'added']]],
  ['Diplomats said the vote was close, while a spokesperson for the Ministry of Commerce said it was a formality.',
    [['indirect', null, 'the vote was close', 'said'], ['indirect', 'Ministry of Commerce', 'it was a formality', 'said']]],
  // ... but a coordinated subject inside the reported clause does not
  ['Maria Delgado said that Ingrid Aas and Liisa Kask warned the board about the costs.',
    [['indirect', 'Maria Delgado', 'Ingrid Aas and Liisa Kask warned the board about the costs', 'said']]],
  // "said it ...": the reported pronoun is the reporter, the reporter is the speaker
  ['The Philippine Coast Guard said it would continue the resupply missions.', [['indirect', 'Philippine Coast Guard', 'it would continue the resupply missions', 'said']]],
  // interview answers
  ['We spoke to Liisa Kask.\nQ: What will change?\nA: It puts more eyes on the water.', [['direct', 'Liisa Kask', 'It puts more eyes on the water.', '']]],
];

// text with quote marks that hold no quote
const NOT_QUOTES: string[] = [
  "NATO cannot be 'naive' about the buildup.",
  "Officials promised a 'reset' of relations.",
  'The ships entered what Oslo calls the "High North" last week.',
  "Russia's navy and the players' union can't agree.",
  'The fleet is often called Russia’s ‘shadow fleet’ by analysts.',
];

test('quotes: every quote form yields its text, kind, speaker and cue', () => {
  for (const [text, expected] of ROWS) {
    const fx = fixture(text, ENTITIES);
    const got = findQuotes(fx.doc, fx.index).map((q) => [q.kind, fx.name(q.speaker), q.text, q.cue ?? '']);
    assert.deepEqual(got, expected, text);
  }
});

test('quotes: offsets point at the quote text', () => {
  for (const [text] of ROWS) {
    const fx = fixture(text, ENTITIES);
    for (const q of findQuotes(fx.doc, fx.index)) assert.equal(text.slice(q.start, q.end), q.text, text);
  }
});

test('quotes: scare quotes, apostrophes and quoted names are not quotes', () => {
  for (const text of NOT_QUOTES) {
    const fx = fixture(text, ENTITIES);
    assert.deepEqual(findQuotes(fx.doc, fx.index).filter((q) => q.kind !== 'indirect'), [], text);
  }
});

test('quotes: bad input does not crash', () => {
  const long = `"${'word '.repeat(5000)}end," Rutte said.`;
  const fx = fixture(long, ENTITIES);
  const q = findQuotes(fx.doc, fx.index);
  assert.equal(q.length, 1);
  assert.equal(fx.name(q[0]?.speaker), 'Mark Rutte');
  const unbalanced = fixture('Rutte said, "We will respond. Later he left.\n\nNATO met “again.', ENTITIES);
  assert.deepEqual(findQuotes(unbalanced.doc, unbalanced.index).filter((x) => x.kind === 'direct'), []);
  const nested = fixture('Rutte said, "They called it \'naive\', and we disagree."', ENTITIES);
  assert.equal(findQuotes(nested.doc, nested.index)[0]?.text, "They called it 'naive', and we disagree.");
  const run = fixture(`Rutte said that ${'the alliance and '.repeat(700)}China agree.`, ENTITIES);
  assert.ok(findQuotes(run.doc, run.index).length <= 1);
});

test('quotes: mark pairing skips apostrophes', () => {
  assert.deepEqual(findMarkSpans("Russia's can't 'naive' o'clock").map((s) => [s.open, s.close, s.double]), [[15, 21, false]]);
});
