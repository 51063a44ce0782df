// Linking nominals ("the X's trade commissioner") to persons, as a table of invented texts -> what the analyzer must
// (and must not) conclude. Runs the whole analyzer: the rules sit after recognition and in resolution.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/pipeline.js';

interface Row {
  name: string;
  text: string;
  /** entity name -> mention texts it must have */
  has?: Record<string, string[]>;
  /** mention texts no entity may have */
  noMention?: string[];
  /** entity name -> mention texts it must not have */
  notOf?: Record<string, string[]>;
}

const ROWS: Row[] = [
  {
    name: "an organization's officer is not the one person named before, whose own title is another",
    text:
      "Talks between Chile's Foreign Minister Rosa Varela and Peruvian trade negotiators ended on Friday, with the African Union's trade commissioner saying the round had been useful.",
    notOf: { 'Rosa Varela': ["the African Union's trade commissioner"] },
  },
  {
    name: 'nor either of two people named before when recency alone would pick one',
    text:
      "Talks between Chile's Foreign Minister Rosa Varela and Peru's President Tomas Ibarra ended on Friday, with the African Union's trade commissioner saying the round had been useful.",
    notOf: { 'Rosa Varela': ["the African Union's trade commissioner"], 'Tomas Ibarra': ["the African Union's trade commissioner"] },
  },
  {
    name: 'a place\'s other name after "which X calls" is that place',
    text: 'Tarvik Reef, which Jakarta calls Karang Besi, lies 40 miles south of the coast.',
    has: { 'Tarvik Reef': ['Tarvik Reef', 'Karang Besi'] },
  },
  {
    name: 'and after "known in X as", also when "the shoal" stands for the name',
    text: 'The Lorvan Shoal lies west of the island. The shoal, known in Vietnam as Bai Tien Shoal and which China calls Xian Jiao, has a small garrison.',
    has: { 'Lorvan Shoal': ['Lorvan Shoal', 'Bai Tien Shoal', 'Xian Jiao'] },
  },
  {
    name: 'a place name without its head noun is that place',
    text: 'Boats left Maro Island at dawn. Fishermen from Maro said the catch was poor.',
    has: { 'Maro Island': ['Maro Island', 'Maro'] },
  },
  {
    name: 'an organisation named by the first or last words of a longer name in the article is that organisation',
    text: 'The Frente Armado del Sur signed a ceasefire on Friday. Two days later the Frente accused the army of breaking it. The Kenya-Uganda Joint Border Commission met in Busia. Tororo will host the Joint Border Commission in May.',
    has: { 'Frente Armado del Sur': ['Frente'], 'Kenya-Uganda Joint Border Commission': ['Joint Border Commission'] },
  },
  {
    name: 'but not a body the gazetteer knows',
    text: 'The European Union Naval Force escorted the ship, and the European Union praised it.',
    notOf: { 'European Union Naval Force': ['European Union'] },
  },
  {
    name: 'unless the gazetteer knows it as a place of its own',
    text: 'Ships queued at the Panama Canal while Panama said the drought was easing.',
    notOf: { 'Panama Canal': ['Panama'] },
  },
];

for (const row of ROWS) {
  test(row.name, () => {
    const a = analyze({ text: row.text, title: '', subtitle: null, published: null, url: null, source: null, byline: null, dateline: null, language: 'en' });
    const mentionsOf = (name: string): string[] => {
      const e = a.entities.find((x) => x.name === name);
      assert.ok(e, `no entity "${name}" in ${a.entities.map((x) => x.name).join(', ')}`);
      return e.mentions.map((m) => m.text);
    };
    for (const [name, ms] of Object.entries(row.has ?? {})) for (const m of ms) assert.ok(mentionsOf(name).includes(m), `${name} lacks mention "${m}"`);
    for (const [name, ms] of Object.entries(row.notOf ?? {})) {
      const e = a.entities.find((x) => x.name === name);
      if (e) for (const m of ms) assert.ok(!e.mentions.some((x) => x.text === m), `${name} has mention "${m}"`);
    }
    const all = a.entities.flatMap((e) => e.mentions.map((m) => m.text));
    for (const m of row.noMention ?? []) assert.ok(!all.includes(m), `"${m}" is a mention`);
  });
}

