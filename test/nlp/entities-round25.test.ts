// Entities, round 25 (classes found on eval/own/dev2's diagnosis half): a mine, a harbour or a military camp named by a
// name and a lower-case noun is one facility, as a dam or a crossing is (entities/name-shapes.ts, FAC_TAILS); a
// demonym before the noun stays a demonym. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/pipeline.js';
import { articleInput as input } from './fixtures/article.js';

const typesOf = (text: string, name: string): string[] => analyze(input(text)).entities.filter((e) => e.name === name).map((e) => e.type);

const rows: Array<[string, string, string | null]> = [
  // sentence, entity name, expected type (null: no entity of that name)
  ['Strikers shut the Tavora mine for a second week.', 'Tavora mine', 'FAC'],
  ['Workers at the Kolwezi copper mine walked out on Tuesday.', 'Kolwezi copper mine', 'FAC'],
  ['Recruits were flown to the Kelsey military camp near the border.', 'Kelsey military camp', 'FAC'],
  ['Two ferries were stuck in the Oranmore harbour overnight.', 'Oranmore harbour', 'FAC'],
  // (guards: a demonym before the noun names no facility; a bare noun names none)
  ['The Sudanese harbour was closed to shipping.', 'Sudanese', 'NORP'],
  ['The mine was closed after a blast near Kolwezi.', 'Kolwezi', 'GPE'],
];

for (const [text, name, type] of rows) {
  test(`entities: ${text} -> ${name} ${type ?? '(none)'}`, () => {
    const got = typesOf(text, name);
    if (type === null) assert.deepEqual(got, []);
    else assert.ok(got.includes(type), `${name}: got ${got.join(', ') || 'nothing'}`);
  });
}
