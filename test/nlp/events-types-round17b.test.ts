// Round-17b trigger senses and type decisions through the whole analyzer, as a table of invented sentences -> every
// (source, type, target). Each row failed on the round-17 code, except the guards marked "(as before)".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, type Triple } from './fixtures/article.js';

const ROWS: Array<[string, Triple[]]> = [
  // suspending a restriction, a sanction or an offensive eases it (CAMEO 081, 085, 087); announced, it is a promise
  // (AGREE), no threat
  ['Uganda will suspend restrictions on imports from Kenya, the trade minister said.', [['Uganda', 'AGREE', 'Kenya']]],
  ['Sweden will suspend sanctions on Belarus.', [['Sweden', 'AGREE', 'Belarus']]],
  ['Colombia will suspend offensive operations against the ELN for six months.', [['Colombia', 'AGREE', 'ELN']]],
  // (as before: operations at an embassy suspended close a mission)
  ['The United States has suspended operations at its embassy in Minsk.', [['United States', 'SANCTION', null]]],
  // "called in the ambassador", "the ambassador was called in": a summons
  ['Chile\'s foreign ministry called in the Peruvian ambassador in Santiago on Monday.', [['Chile', 'ACCUSE', 'Peruvian']]],
  ['Peru\'s ambassador was called in by Chile.', [['Chile', 'ACCUSE', 'Peru']]],
  // giving a party until a date to act sets it a deadline
  ['ECOWAS gave Niger until March 15 to name a date for elections.', [['ECOWAS', 'THREATEN', 'Niger']]],
];

for (const [text, want] of ROWS) {
  test(`events: ${text}`, () => {
    assert.deepEqual(triples(text), want);
  });
}
