// Events, round 26: who is no recipient of an act. Invented sentences -> a name no event may take as its target; each
// row failed on the code before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples } from './fixtures/article.js';

const NOT_TARGETED: Array<[string, string]> = [
  // a name after ", and" that a verb follows at once is the subject of a clause of its own (stages/events-patterns.ts)
  ['Kenyan President William Ruto arrived in Kampala on Monday. Kenyan officials have complained for months about transit fees, and Ruto has repeatedly called the fees a tax on trade.', 'William Ruto'],
  ['Ghana condemned the raid, and Mahama said the army would respond.', 'Mahama'],
];

for (const [text, name] of NOT_TARGETED) {
  test(`events: no act is aimed at ${name}: ${text}`, () => {
    const hit = triples(text).filter(([, , target]) => target === name);
    assert.deepEqual(hit, []);
  });
}
