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

