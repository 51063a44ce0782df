// Rivers named without their head noun ("the Mekong", "down the Tarvel") are rivers (LOC), placed where the gazetteer
// has the river. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/pipeline.js';
import { articleInput as input } from './fixtures/article.js';

// [text, a mention, the type of its entity]
const ROWS: Array<[string, string, string]> = [
  // the article names the river in full first
  ['Fishermen on the Tarvel River say the water is low. Further down the Tarvel, three villages flooded.', 'Tarvel', 'LOC'],
  ['The Varo River burst its banks on Sunday. Dams on the Varo have cut its flow to the delta.', 'Varo', 'LOC'],
  // a verb of moving along it, or a part of a river
  ['Barges carried the grain up the Shatt al-Kelim before dawn.', 'Shatt al-Kelim', 'LOC'],
  ['Soldiers dug trenches along the Orvena to stop the advance.', 'Orvena', 'LOC'],
  ['Rebels hold the villages on the banks of the Kalamu.', 'Kalamu', 'LOC'],
  // the gazetteer knows the river ("Amazon River"), and a demonym may stand before the short name
  ['Loggers are clearing the Brazilian Amazon faster than last year, officials in Manaus said.', 'Amazon', 'LOC'],
  ['Boats moved slowly along the Irrawaddy after the storm.', 'Irrawaddy', 'LOC'],
  // "up"/"down" as verb particles are no cue: the organisation keeps its type
  ['Nurses and clerks make up the Halvora Health Administration, its director said.', 'Halvora Health Administration', 'ORG'],
  ['The two ministries set up the Coastal Recovery Office in March.', 'Coastal Recovery Office', 'ORG'],
];

test('rivers: a river named without its head noun is a river', () => {
  for (const [text, mention, type] of ROWS) {
    const a = analyze(input(text));
    const e = a.entities.find((x) => x.mentions.some((m) => m.text === mention));
    assert.equal(e?.type, type, `${text}: ${JSON.stringify(a.entities.map((x) => [x.type, x.name]))}`);
  }
});

test('rivers: the short form is the same entity as the full name', () => {
  const a = analyze(input('Fishermen on the Tarvel River say the water is low. Further down the Tarvel, three villages flooded.'));
  const rivers = a.entities.filter((x) => x.name.startsWith('Tarvel'));
  assert.equal(rivers.length, 1, JSON.stringify(rivers));
});

test('rivers: a short name the gazetteer knows as a river is placed on it', () => {
  const a = analyze(input('Loggers are clearing the Brazilian Amazon faster than last year, officials in Manaus said.'));
  const p = a.places.find((x) => x.name === 'Amazon');
  assert.ok(p && Math.abs(p.lat + 3.3) < 1 && Math.abs(p.lon + 60) < 1, JSON.stringify(a.places));
});

test('rivers: a company or a modifier stays what it is', () => {
  const a = analyze(input('The Amazon warehouse near Leipzig will close, the company said. Workers at Amazon were told on Monday.'));
  assert.ok(!a.entities.some((x) => x.type === 'LOC' && x.name === 'Amazon'), JSON.stringify(a.entities.map((x) => [x.type, x.name])));
});
