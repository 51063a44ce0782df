import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeEvents } from '../../src/nlp/stages/events.js';
import { findQuotes } from '../../src/nlp/stages/quotes.js';
import { findDates } from '../../src/nlp/stages/dates.js';
import { fixture, type EntitySpec } from './fixtures/entities.js';

const ENTITIES: EntitySpec = {
  China: ['GPE', 'Beijing', 'Chinese'],
  Russia: ['GPE', 'Moscow'],
  'United States': ['GPE', 'Washington', 'U.S.'],
  Japan: ['GPE'],
  Taiwan: ['GPE'],
  Ukraine: ['GPE'],
  Germany: ['GPE'],
  Philippines: ['GPE', 'Philippine'],
  Moldova: ['GPE'],
  Kosovo: ['GPE'],
  Serbia: ['GPE'],
  Norway: ['GPE'],
  Myanmar: ['GPE'],
  Geneva: ['GPE'],
  NATO: ['ORG', 'the alliance'],
  'European Union': ['ORG', 'EU'],
  'China Coast Guard': ['ORG'],
  'Mark Rutte': ['PERSON', 'Rutte'],
  'Joe Biden': ['PERSON', 'Biden'],
  'Xi Jinping': ['PERSON', 'Xi'],
  'Ilan Shor': ['PERSON', 'Shor'],
};

// [sentence, expected [source, type, target] triples (first ones coded, in order)]
type Row = [string, Array<[string, string, string | null]>];
const ROWS: Row[] = [
  ['Biden met Xi in Geneva on Saturday.', [['Joe Biden', 'CONSULT', 'Xi Jinping']]],
  ['Rutte visited Japan last week.', [['Mark Rutte', 'CONSULT', 'Japan']]],
  ['Rutte urged NATO to do more.', [['Mark Rutte', 'REQUEST', 'NATO']]],
  ['Washington criticised Chinese conduct at sea.', [['United States', 'ACCUSE', 'China']]],
  ['Moscow accused Moldova of restricting campaigning.', [['Russia', 'ACCUSE', 'Moldova']]],
  ['Russia attacked Ukraine with drones.', [['Russia', 'ASSAULT', 'Ukraine']]],
  ['The EU imposed sanctions on Kosovo.', [['European Union', 'SANCTION', 'Kosovo']]],
  ['China supports Russia in the war.', [['China', 'SUPPORT', 'Russia']]],
  ['The European Union welcomed Moldova’s vote.', [['European Union', 'SUPPORT', 'Moldova']]],
  ['Kosovo and Serbia signed an agreement.', [['Kosovo', 'SUPPORT', 'Serbia'], ['Serbia', 'SUPPORT', 'Kosovo']]],
  ['Germany agreed to a ceasefire with Russia.', [['Germany', 'AGREE', 'Russia']]],
  ['NATO has strengthened its ties with Japan and Taiwan.', [['NATO', 'COOPERATE', 'Japan'], ['NATO', 'COOPERATE', 'Taiwan']]],
  ['China held military exercises near Taiwan.', [['China', 'MOBILIZE', 'Taiwan']]],
  ['China Coast Guard vessels fired water cannon at a Philippine boat.', [['China Coast Guard', 'COERCE', 'Philippines']]],
  ['The Philippines lodged a diplomatic protest with China.', [['Philippines', 'PROTEST', 'China']]],
  ['Russia threatened to cut gas supplies to Moldova.', [['Russia', 'THREATEN', 'Moldova']]],
  ['Serbia rejected the proposal from Kosovo.', [['Serbia', 'REJECT', 'Kosovo']]],
  ['Russia withdrew its troops from Ukraine.', [['Russia', 'RETREAT', null]]],
  ['Germany provided humanitarian aid to Ukraine.', [['Germany', 'AID', 'Ukraine']]],
  ['Japan conceded the point to China.', [['Japan', 'CONCEDE', 'China']]],
  // passive voice: the agent is the source
  ['The move has been criticized by Beijing.', []],
  ['NATO was criticized by Beijing.', [['China', 'ACCUSE', 'NATO']]],
  // intent: a future cooperative act is AGREE, a future hostile one THREATEN (CAMEO 03 / 13)
  ['Germany will provide aid to Ukraine.', [['Germany', 'AGREE', 'Ukraine']]],
  ['Russia would take countermeasures against NATO.', [['Russia', 'THREATEN', 'NATO']]],
];

// sentences with no event between actors
const NO_EVENTS: string[] = [
  'China is a large country in Asia.',
  'Rutte was born in 1967 and studied history.',
  'The report on Japan was published.',
];

test('events: each PLOVER type is coded with its source and target', () => {
  for (const [text, expected] of ROWS) {
    const fx = fixture(text, ENTITIES);
    const got = codeEvents(fx.doc, fx.index, [], []).map((e) => [fx.name(e.source), e.type, fx.name(e.target)]);
    assert.deepEqual(got.slice(0, expected.length), expected, text);
    if (expected.length === 0) assert.deepEqual(got.filter((g) => g[2] !== null), [], text);
  }
});

test('events: sentences without a trigger code nothing', () => {
  for (const text of NO_EVENTS) {
    const fx = fixture(text, ENTITIES);
    assert.deepEqual(codeEvents(fx.doc, fx.index, [], []), [], text);
  }
});

test('events: negation, reported speech, date, location, mode and CAMEO code', () => {
  const text = 'Rutte said, "China does not support Russia." Biden met Xi in Geneva on Saturday. China held exercises near Taiwan.';
  const fx = fixture(text, ENTITIES);
  const quotes = findQuotes(fx.doc, fx.index);
  const dates = findDates(fx.doc, '2024-11-18');
  const events = codeEvents(fx.doc, fx.index, quotes, dates);
  const support = events.find((e) => e.type === 'SUPPORT');
  assert.equal(support?.negated, true);
  assert.equal(fx.name(support?.reported_by), 'Mark Rutte');
  const meet = events.find((e) => e.type === 'CONSULT');
  assert.equal(meet?.date, '2024-11-16');
  assert.equal(fx.name(meet?.location), 'Geneva');
  assert.equal(meet?.trigger, 'met');
  assert.equal(text.slice(meet?.start, meet?.end), 'met');
  const drill = events.find((e) => e.type === 'MOBILIZE');
  assert.equal(drill?.mode, 'military-exercise');
  assert.match(drill?.cameo ?? '', /^15/);
});

test('events: each (source, type, target) once per article', () => {
  const fx = fixture('Russia attacked Ukraine. Russia attacked Ukraine again.', ENTITIES);
  assert.equal(codeEvents(fx.doc, fx.index, [], []).length, 1);
});

test('events: a 2,000-token sentence does not crash', () => {
  const fx = fixture(`China ${'attacked and '.repeat(1000)}met Russia.`, ENTITIES);
  assert.ok(codeEvents(fx.doc, fx.index, [], []).length <= 16);
});
