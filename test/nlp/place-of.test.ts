// "the town of X", "the island of X": a capitalised name after a lower-case place noun and "of" is a place of that
// kind, whatever the tagger made of it. A name with a capitalised head ("the City of London Corporation") is left to
// the recognizers. Invented sentences and invented names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/pipeline.js';
import { articleInput as input } from './fixtures/article.js';

const rows: Array<[string, string, string | null]> = [
  // sentence, name, expected type (null: no entity of that name)
  ['Militia fighters pulled back from the town of Gorazde after a week of clashes.', 'Gorazde', 'GPE'],
  ['Artillery struck the southern port city of Kelvarro before dawn.', 'Kelvarro', 'GPE'],
  ['Aid workers reached the remote village of Oshmar Tepe on foot.', 'Oshmar Tepe', 'GPE'],
  ['Fishing boats were turned away from the island of Varnholm.', 'Varnholm', 'LOC'],
  ['Floods cut every road into the province of Dellaquin.', 'Dellaquin', 'GPE'],
  // a country after "capital of" stays the country
  ['Talks moved to the capital of Kenya on Monday.', 'Kenya', 'GPE'],
];

for (const [text, name, type] of rows) {
  test(`place named after "of": ${text}`, () => {
    const a = analyze(input(text));
    assert.deepEqual(a.entities.filter((e) => e.name === name).map((e) => e.type), type ? [type] : []);
  });
}
