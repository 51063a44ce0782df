// Entities, round 26b. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/pipeline.js';
import { articleInput as input } from './fixtures/article.js';

const entitiesOf = (text: string): Array<{ type: string; name: string }> => analyze(input(text)).entities.map((e) => ({ type: e.type, name: e.name }));
const show = (es: Array<{ type: string; name: string }>): string => es.map((e) => `${e.type} ${e.name}`).join('; ');

// a country's alternative spelling that is a common English word ("Island", Icelandic for Iceland) is no name of it
// (scripts/build-kb.ts): a post or a body's name with that word names no country
const NO_COUNTRY: Array<[string, string]> = [
  // sentence, country that must not be found
  ["Canada's Minister for Northern Island Communities, Rhea Tulloch, opened the new clinic.", 'Iceland'],
  ['The Minister for Island Transport, Leah Moana, said the ferries would run again.', 'Iceland'],
];
for (const [text, country] of NO_COUNTRY) {
  test(`entities: ${text} -> no ${country}`, () => {
    const es = entitiesOf(text);
    assert.ok(!es.some((e) => e.name === country), show(es));
  });
}

// a town's or province's name, then a surname-like word nothing knows, speaking or set off by commas, is a person
// (entities/rules.ts, placeThenSurname)
const PEOPLE: Array<[string, string, string]> = [
  // sentence, person, the town that must not be found
  ['Ararat Mirzoyan said the ceasefire line had been quiet for a week.', 'Ararat Mirzoyan', 'Ararat'],
  ["The delegation's chief negotiator, Ararat Vardanyan, told reporters the text was nearly agreed.", 'Ararat Vardanyan', 'Ararat'],
];
for (const [text, person, town] of PEOPLE) {
  test(`entities: ${text} -> PERSON ${person}`, () => {
    const es = entitiesOf(text);
    assert.ok(es.some((e) => e.type === 'PERSON' && e.name === person), show(es));
    assert.ok(!es.some((e) => e.type === 'GPE' && e.name === town), show(es));
  });
}

// "the Faroes", "the Solomons": a land named "<Word> Islands" is also called by its first word in the plural
// (scripts/build-kb.ts), unless that is the plural of a common word ("the Cooks")
const SHORT: Array<[string, string]> = [
  ['Trawlers from the Faroes landed their catch in Scotland.', 'Faroe Islands'],
  ['Police in the Solomons arrested four men after the riot.', 'Solomon Islands'],
  ['A British frigate will call at the Falklands before Christmas.', 'Falkland Islands'],
  ['Sea walls in the Marshalls are being raised by a metre.', 'Marshall Islands'],
  ['The fund moved its accounts to the Caymans in 2019.', 'Cayman Islands'],
];
for (const [text, country] of SHORT) {
  test(`entities: ${text} -> GPE ${country}`, () => {
    const es = entitiesOf(text);
    assert.ok(es.some((e) => e.type === 'GPE' && e.name === country), show(es));
  });
}

// (a guard: passes before and after)
test('entities: no island group is read into "the Cooks" or "the Virgins"', () => {
  const es = entitiesOf('The Cooks and the Virgins were the two bands playing at the festival.');
  assert.ok(!es.some((e) => e.name === 'Cook Islands' || /Virgin Islands/.test(e.name)), show(es));
});
