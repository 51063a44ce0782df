import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotes, findMarkSpans } from '../../src/nlp/stages/quotes.js';
import { fixture, type EntitySpec } from './fixtures/entities.js';

const ENTITIES: EntitySpec = {
  'Mark Rutte': ['PERSON', 'Rutte'],
  NATO: ['ORG'],
  China: ['GPE'],
  Russia: ['GPE', 'Kremlin'],
  'Jay Tarriela': ['PERSON', 'Tarriela'],
  'Philippine Coast Guard': ['ORG'],
  'Norwegian Armed Forces': ['ORG'],
  'Dmitry Peskov': ['PERSON', 'Peskov'],
  'Maria Delgado': ['PERSON', 'Delgado'],
  'Ministry of Commerce': ['ORG'],
  'Ingrid Aas': ['PERSON'],
  'Liisa Kask': ['PERSON'],
  'Peter Stano': ['PERSON'],
  // invented people and bodies for the rewritten rows
  'Teodor Brandvik': ['PERSON', 'Brandvik'],
  'Maritime Rescue Service': ['ORG'],
  'Anouk Halvorsen': ['PERSON', 'Halvorsen'],
  'Bertil Rosqvist': ['PERSON', 'The rail commissioner'],
  'Ruben Kaskela': ['PERSON', 'Kaskela'],
  'Valmora Forestry Agency': ['ORG'],
  'Sigrun Dahl Moen': ['PERSON', 'Dahl Moen'],
  'Lindale Pear Board': ['ORG'],
  'He Minzhao': ['PERSON'],
  'Lorna Whitcombe': ['PERSON'],
  'Mirela Oskarsson': ['PERSON'],
};

// [text, expected quotes as [kind, speaker name | null, quote text, cue]]
type Row = [string, Array<[string, string | null, string, string]>];
const ROWS: Row[] = [
  // direct: cue after, speaker after the cue
  ['"We will respond firmly," said Rutte.', [['direct', 'Mark Rutte', 'We will respond firmly', 'said']]],
  // direct: curly marks, speaker before the cue, apposition skipped
  ['“That was a reckless manoeuvre,” Teodor Brandvik, a spokesperson for the Maritime Rescue Service, told reporters.',
    [['direct', 'Teodor Brandvik', 'That was a reckless manoeuvre', 'told reporters']]],
  // split quote: the second part inherits the speaker
  ['"We will respond," Rutte said. "And firmly."',
    [['direct', 'Mark Rutte', 'We will respond', 'said'], ['direct', 'Mark Rutte', 'And firmly.', 'said']]],
  // cue before, comma; multi-sentence body
  ['Halvorsen said, "China backs Russia\'s proposal. China is steadily expanding its port capacity."',
    [['direct', 'Anouk Halvorsen', "China backs Russia's proposal. China is steadily expanding its port capacity.", 'said']]],
  // nominal speaker with a participle clause between subject and cue
  ['The rail commissioner, speaking from the main depot of the eastern line, stated, "We won\'t be rushed."',
    [['direct', 'Bertil Rosqvist', "We won't be rushed.", 'stated']]],
  // colon quote with a pronoun speaker
  ['Tarriela spoke to the crew. He added: “Our presence will continue.”', [['direct', 'Jay Tarriela', 'Our presence will continue.', 'added']]],
  // pronoun after the quote
  ['Kaskela told reporters in Harvik that the town was ready. "Flooding on this scale does not happen every year," he said.',
    [['indirect', 'Ruben Kaskela', 'the town was ready', 'told reporters'], ['direct', 'Ruben Kaskela', 'Flooding on this scale does not happen every year', 'said']]],
  // indirect with "that", and with no "that"
  ['Halvorsen said the U.S. wants port operators to invest more in the north.', [['indirect', 'Anouk Halvorsen', 'the U.S. wants port operators to invest more in the north', 'said']]],
  ['Brandvik said that further rescue drills were being scheduled.', [['indirect', 'Teodor Brandvik', 'further rescue drills were being scheduled', 'said']]],
  // indirect after the clause
  ['Around 3,500 volunteers began a spring tree planting on Saturday, the Valmora Forestry Agency said.',
    [['indirect', 'Valmora Forestry Agency', 'Around 3,500 volunteers began a spring tree planting on Saturday', 'said']]],
  // participle cue: the speaker is the subject of the main clause
  ['Dahl Moen dismissed the complaint, saying the fees were fair.', [['indirect', 'Sigrun Dahl Moen', 'the fees were fair', 'saying']]],
  // according to
  ['Lindale county is the largest pear producer, according to the Lindale Pear Board.',
    [['indirect', 'Lindale Pear Board', 'Lindale county is the largest pear producer', 'according to']]],
  // anonymous source: speaker null
  ['Analysts say the lenders settled the terms last week.', [['indirect', null, 'the lenders settled the terms last week', 'say']]],
  // mixed: a quoted fragment in indirect speech
  ['He Minzhao said the ministry stayed ready for talks "as long as both sides act in good faith".',
    [['indirect', 'He Minzhao', 'the ministry stayed ready for talks', 'said'], ['mixed', 'He Minzhao', 'as long as both sides act in good faith', 'said']]],
  // unnamed spokesperson of a named organization -> the organization
  ['A spokeswoman for the Ministry of Commerce said the measures were legitimate.', [['indirect', 'Ministry of Commerce', 'the measures were legitimate', 'said']]],
  ['Kremlin spokesman said the results raised questions.', [['indirect', 'Russia', 'the results raised questions', 'said']]],
  // coordinated verb: the subject is the sentence subject
  ['Lorna Whitcombe criticised the ruling and said the council would support tenants.',
    [['indirect', 'Lorna Whitcombe', 'the council would support tenants', 'said']]],
  // multi-paragraph quote: the first paragraph is not closed, the next reopens
  ['Peter Stano said: "The first point is clear.\n\n"The second point is clearer."',
    [['direct', 'Peter Stano', 'The first point is clear.\n\n"The second point is clearer.', 'said']]],
  // one cue, two reported clauses: "said A, and that B"
  // "said A, and that B": one report of two clauses (as the gold sets write it)
  ['The Norwegian Armed Forces said the drill had ended, and that all ships had returned to port.',
    [['indirect', 'Norwegian Armed Forces', 'the drill had ended, and that all ships had returned to port', 'said']]],
  // a second speech act coordinated with the cue is not part of the reported clause
  ['Peskov said Moscow was watching and accused NATO of provoking tension.', [['indirect', 'Dmitry Peskov', 'Moscow was watching', 'said']]],
  // the hearer of "told" ends before "that" (even tagged a determiner) and before a determiner opening the clause
  ['Maria Delgado told reporters that police had detained four men.', [['indirect', 'Maria Delgado', 'police had detained four men', 'told reporters']]],
  ['Ingrid Aas told journalists the vote had been postponed.', [['indirect', 'Ingrid Aas', 'the vote had been postponed', 'told journalists']]],
  // a second speaker's own report coordinated with the first ends the first reported clause
  ['Maria Delgado said the port would reopen, and Ingrid Aas added that fares would fall.',
    [['indirect', 'Maria Delgado', 'the port would reopen', 'said'], ['indirect', 'Ingrid Aas', 'fares would fall', 'added']]],
  ['Diplomats said the vote was close, while a spokeswoman for the Ministry of Commerce said it was a formality.',
    [['indirect', null, 'the vote was close', 'said'], ['indirect', 'Ministry of Commerce', 'it was a formality', 'said']]],
  // ... but a coordinated subject inside the reported clause does not
  ['Maria Delgado said that Ingrid Aas and Liisa Kask warned the board about the costs.',
    [['indirect', 'Maria Delgado', 'Ingrid Aas and Liisa Kask warned the board about the costs', 'said']]],
  // "said it ...": the reported pronoun is the reporter, the reporter is the speaker
  ['The Philippine Coast Guard said it would continue the resupply missions.', [['indirect', 'Philippine Coast Guard', 'it would continue the resupply missions', 'said']]],
  // interview answers
  ['We spoke to Mirela Oskarsson.\nQ: What happens next?\nA: The ferries run twice as often.', [['direct', 'Mirela Oskarsson', 'The ferries run twice as often.', '']]],
];

// text with quote marks that hold no quote
const NOT_QUOTES: string[] = [
  "NATO cannot be 'naive' about the buildup.",
  "Officials promised a 'reset' of relations.",
  'The boats reached what Lisbon calls the "Silver Coast" last month.',
  "Russia's navy and the players' union can't agree.",
  'The tanker group is often dubbed Russia’s ‘grey armada’ by traders.',
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
