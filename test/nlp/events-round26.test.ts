// Events, round 26: who is and who is not the recipient of an act. Invented sentences -> a name no event may take as
// its target, or every (source, type, target); each row failed on the code before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, type Triple } from './fixtures/article.js';

const NOT_TARGETED: Array<[string, string]> = [
  // a name after ", and" that a verb follows at once is the subject of a clause of its own (stages/events-patterns.ts)
  ['Kenyan President William Ruto arrived in Kampala on Monday. Kenyan officials have complained for months about transit fees, and Ruto has repeatedly called the fees a tax on trade.', 'William Ruto'],
  ['Ghana condemned the raid, and Mahama said the army would respond.', 'Mahama'],
  // one who acts for the source's own state is no recipient guessed from the sentence (stages/events.ts, implicitRecipients)
  ['Kenyan President William Ruto flew to Mombasa on Monday. Kenyan officials have long complained about port charges, and Ruto has often described access to the lake as a question of survival.', 'William Ruto'],
];

const ROWS: Array<[string, Triple[]]> = [
  // a body named after a country speaks of its own country's government (stages/acts-for.ts, homeFor)
  ['Uganda and Kenya signed a new tea export pact in Kampala. The Kenya Tea Growers Association accused the government of ignoring small farmers.',
    [['Uganda', 'AGREE', 'Kenya'], ['Kenya', 'AGREE', 'Uganda'], ['Kenya Tea Growers Association', 'ACCUSE', 'Kenya']]],
];

for (const [text, want] of ROWS) {
  test(`events: ${text}`, () => {
    assert.deepEqual(triples(text), want);
  });
}

for (const [text, name] of NOT_TARGETED) {
  test(`events: no act is aimed at ${name}: ${text}`, () => {
    const hit = triples(text).filter(([, , target]) => target === name);
    assert.deepEqual(hit, []);
  });
}
