// Surnames that are also places: invented sentences -> the people and places the analyzer finds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/pipeline.js';

// [text, [type, name, mention texts]] for the entities the row is about
const ROWS: Array<[string, Array<[string, string, string[]]>]> = [
  // a place name right after a given name is the rest of the name, and the bare surname later is the person
  ['Former senator Alejandro Toledo lost the appeal on Friday. Toledo said he would fight on.', [['PERSON', 'Alejandro Toledo', ['Alejandro Toledo', 'Toledo']]]],
  ['Interior Minister Carlos Mendoza met the mayors in Quito. Mendoza promised more police.', [['PERSON', 'Carlos Mendoza', ['Carlos Mendoza', 'Mendoza']], ['GPE', 'Quito', ['Quito']]]],
  // ... but after a preposition the same word is the place
  ['The engineer Ana Valencia has lived in Valencia since 2019.', [['PERSON', 'Ana Valencia', ['Ana Valencia']], ['GPE', 'Valencia', ['Valencia']]]],
];

test('entities: a surname that is also a place names the person of the article', () => {
  const failures: string[] = [];
  for (const [text, want] of ROWS) {
    const a = analyze({ text, title: null, subtitle: null, url: null, source: null, byline: null, published: '2025-01-01', language: 'en' } as unknown as Parameters<typeof analyze>[0]);
    for (const [type, name, mentions] of want) {
      const e = a.entities.find((x) => x.name === name && x.type === type);
      const got = e ? e.mentions.filter((m) => m.kind === 'name').map((m) => m.text) : null;
      if (JSON.stringify(got) !== JSON.stringify(mentions)) {
        failures.push(`${text}\n    want ${type} ${name} ${JSON.stringify(mentions)}\n    got  ${JSON.stringify(a.entities.map((x) => [x.type, x.name, x.mentions.map((m) => m.text)]))}`);
      }
    }
  }
  assert.equal(failures.length, 0, failures.join('\n  '));
});
