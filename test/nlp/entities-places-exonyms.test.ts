// Places named by a spelling other than GeoNames' main name, lower-case division and river words after unknown
// names, titles whose first word only modifies them, and second surnames after a place-named surname. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/pipeline.js';
import { articleInput as input } from './fixtures/article.js';

const run = (text: string) => analyze(input(text));
const typesOf = (text: string, name: string): string[] => run(text).entities.filter((e) => e.name === name).map((e) => e.type);

const typed: Array<[string, string, string]> = [
  // sentence, entity name, expected type
  // a one-word alternate name of a provincial capital, or a first-level division, is that place
  ['Shelling hit the outskirts of Taiz on Sunday, residents reported.', 'Taiz', 'GPE'],
  ['Drones struck a depot east of Marib, a local official said.', 'Marib', 'GPE'],
  // a one-word "person" after "in" that names a large city is the city
  ['Negotiators wrapped up their meeting in Geneva, the trade envoy told reporters.', 'Geneva', 'GPE'],
  // a lower-case division or river word after an unknown name types it
  ['Hundreds of families fled to Lomeri township after the raid.', 'Lomeri', 'GPE'],
  ['The patrol camped on the bank of the Kasanga river overnight.', 'Kasanga', 'LOC'],
  // a place-named surname followed by a second surname belongs to the person
  ['Raul Toledo Quispe, the union leader, rejected the offer.', 'Raul Toledo Quispe', 'PERSON'],
];

for (const [text, name, type] of typed) {
  test(`exonyms and place words: ${text}`, () => {
    assert.deepEqual(typesOf(text, name), [type], JSON.stringify(run(text).entities.map((e) => [e.name, e.type])));
  });
}

test('a division word after an unknown name is one of its names', () => {
  const e = run('Hundreds of families fled to Lomeri township after the raid.').entities.find((x) => x.name === 'Lomeri');
  assert.ok(e?.aliases?.includes('Lomeri township'));
});

test('a capital known by an exonym wins over small namesakes of that main name, whatever country the article names', () => {
  const a = run('American and Chinese officials met in Geneva on Monday. The United States said the Geneva talks went well.');
  const p = a.places.find((x) => x.name === 'Geneva');
  assert.ok(p && Math.abs(p.lat - 46.2) < 0.5 && Math.abs(p.lon - 6.15) < 0.5, JSON.stringify(p));
});

test('"Rear" of "Rear Admiral" is no person', () => {
  const a = run('At the briefing, navy spokesman Rear Admiral Tolga Demir said the frigate had turned back.');
  assert.deepEqual(a.entities.filter((e) => e.type === 'PERSON').map((e) => e.name), ['Tolga Demir']);
});

const more: Array<[string, string, string]> = [
  // a post in an organisation ("Principal Secretary of the ...") is no part of the organisation's name
  ['The talks were chaired by Ana Reyes, Principal Secretary of the Ministry of Water and Irrigation.', 'Ministry of Water and Irrigation', 'ORG'],
  // a capital named as such is the city, not its country
  ['Gunmen who hold the Kenyan capital Nairobi fired rockets overnight.', 'Nairobi', 'GPE'],
  // a large provincial capital the tagger took for a mere location is the city
  ['Militias seized the port of Hodeidah after a week of shelling.', 'Hodeidah', 'GPE'],
];

for (const [text, name, type] of more) {
  test(`posts, capitals and ports: ${text}`, () => {
    assert.deepEqual(typesOf(text, name), [type], JSON.stringify(run(text).entities.map((e) => [e.name, e.type])));
  });
}

test('a place or organisation head alone after "the" is no person', () => {
  const a = run('During the talks at the Palace, President Lena Moreau asked for more aid.');
  assert.deepEqual(a.entities.filter((e) => e.type === 'PERSON').map((e) => e.name), ['Lena Moreau']);
});

test('an adjective before a division word is no place', () => {
  const a = run('The herders crossed a Pamirian region in winter.');
  assert.equal(a.entities.filter((e) => e.name === 'Pamirian' && e.type === 'GPE').length, 0, JSON.stringify(a.entities));
});
