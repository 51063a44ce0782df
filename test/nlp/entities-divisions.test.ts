// A division named with its division word ("Rakhine State") and then without it ("Rakhine") is one entity, unless a town
// has the short name ("Lviv Oblast" and the city of Lviv). Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/pipeline.js';
import { articleInput as input } from './fixtures/article.js';

test('divisions: the short name of a division named in full is that division', () => {
  for (const [text, long, short] of [
    ['Fighting spread across Rakhine State on Monday. Aid groups said thousands had fled Rakhine since March.', 'Rakhine State', 'Rakhine'],
    ['Floods hit Sindh Province last week. Officials in Sindh said the waters were receding.', 'Sindh Province', 'Sindh'],
  ] as const) {
    const a = analyze(input(text));
    const e = a.entities.filter((x) => x.mentions.some((m) => m.text === short || m.text === long));
    assert.equal(e.length, 1, `${text}: ${JSON.stringify(e.map((x) => x.name))}`);
    assert.equal(e[0]?.name, long, text);
  }
});

test('divisions: a city with the short name stays the city', () => {
  const a = analyze(input('Shelling hit Lviv Oblast on Monday, and sirens sounded in Lviv.'));
  const city = a.entities.find((x) => x.name === 'Lviv');
  assert.ok(city && city.type === 'GPE', JSON.stringify(a.entities.map((x) => x.name)));
  assert.ok(a.entities.some((x) => x.name === 'Lviv Oblast'));
});

test('divisions: a division named with its division word and the town of its name are two places', () => {
  const a = analyze(input('Drones struck the Kharkiv region overnight, the governor said. In Kharkiv itself, two people were wounded.'));
  const region = a.entities.find((x) => x.name === 'Kharkiv region');
  const city = a.entities.find((x) => x.name === 'Kharkiv');
  assert.ok(region && city && region !== city, JSON.stringify(a.entities.map((x) => [x.name, x.aliases])));
  assert.ok(!(region.aliases ?? []).includes('Kharkiv'), JSON.stringify(region.aliases));
  const p = a.places.find((x) => x.name === 'Kharkiv');
  assert.ok(p && Math.abs(p.lat - 49.98) < 0.1 && Math.abs(p.lon - 36.25) < 0.1, JSON.stringify(a.places));
  // without a town cue the bare name is the division
  const c = analyze(input('Fighting raged in the Donetsk region. Russian forces advanced across Donetsk on Monday.'));
  assert.equal(c.entities.filter((x) => x.name.startsWith('Donetsk')).length, 1, JSON.stringify(c.entities.map((x) => x.name)));
  // an unknown name with no town of its own stays one place
  const b = analyze(input('Floods hit the Tarvo region again. Tarvo officials said the dams held.'));
  assert.equal(b.entities.filter((x) => x.name.startsWith('Tarvo')).length, 1, JSON.stringify(b.entities.map((x) => x.name)));
});
