// Names listed before a lower-case plural place noun ("the Varo and Kelim rivers", "the Kelvar, Tarsk and Orna
// districts") are each a place of that kind. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/pipeline.js';
import { articleInput as input } from './fixtures/article.js';

// [text, names, the type each must have]
const ROWS: Array<[string, string[], string]> = [
  ['Dams on the Varo and Kelim rivers have cut the flow to the farms.', ['Varo', 'Kelim'], 'LOC'],
  ['Troops pressed on in the Kelvar, Tarsk and Orna districts overnight.', ['Kelvar', 'Tarsk', 'Orna'], 'GPE'],
  ['The Barvo and Kessa islands lie off the northern coast.', ['Barvo', 'Kessa'], 'LOC'],
  ['Herders from the Mirav and Toska valleys moved south before the snow.', ['Mirav', 'Toska'], 'LOC'],
  ['Floods hit the Orna and Belik provinces after three days of rain.', ['Orna', 'Belik'], 'GPE'],
];

test('coordinated places: names listed before a plural place noun are places of that kind', () => {
  for (const [text, names, type] of ROWS) {
    const a = analyze(input(text));
    for (const n of names) {
      const e = a.entities.find((x) => x.name === n);
      assert.equal(e?.type, type, `${text} / ${n}: ${JSON.stringify(a.entities.map((x) => [x.type, x.name]))}`);
    }
  }
});

test('coordinated places: demonyms and lone names before the noun are left alone', () => {
  const a = analyze(input('Officials from the Russian and Ukrainian sides met in Geneva.'));
  assert.ok(!a.entities.some((x) => x.name === 'Ukrainian' && x.type !== 'NORP'), JSON.stringify(a.entities.map((x) => [x.type, x.name])));
  const b = analyze(input('Maria Kelim districts her time carefully.'));
  assert.ok(!b.entities.some((x) => x.type === 'GPE' && x.name === 'Kelim'), JSON.stringify(b.entities.map((x) => [x.type, x.name])));
});
