// Round-20 events through the whole analyzer, as a table of invented sentences -> every (source, type, target). Each
// row of ROWS failed on the round-19 code; GUARDS hold what the new rules must not do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, type Triple } from './fixtures/article.js';

const ROWS: Array<[string, Triple[]]> = [
  // talks as the purpose of a journey are the traveller's (events/arguments.ts, "for talks with" on a verb of travel)
  ['Foreign Minister Elmer Schialer flew to Santiago on Monday for talks with his Chilean counterpart, Alberto van Klaveren.',
    [['Elmer Schialer', 'CONSULT', 'Alberto van Klaveren']]],
  ['Ghanaian President John Mahama arrived in Abuja for talks with Nigerian President Bola Tinubu.',
    [['John Mahama', 'CONSULT', 'Bola Tinubu']]],
  // a reported clause that calls a claim false denies it (REJECT), answering the one who made it
  ['Latvia accused Belarus of arson in Riga. The Belarusian foreign ministry said these accusations were fabricated.',
    [['Latvia', 'ACCUSE', 'Belarus'], ['Belarus', 'REJECT', 'Latvia']]],
  ['Kenya accused Uganda of backing rebels near Busia. Kampala said the claims were completely false.',
    [['Kenya', 'ACCUSE', 'Uganda'], ['Uganda', 'REJECT', 'Kenya']]],
  // a recipient no phrase of the act names is not guessed from a sentence that offers two candidates apart (here the
  // list "Guinea and Mali" and "Gambia"): the nearest one was a guess
  ['Senegal condemned the coup attempt on Sunday, as Guinea and Mali closed their borders with Gambia.',
    [['Senegal', 'ACCUSE', null], ['Guinea', 'SANCTION', 'Gambia'], ['Mali', 'SANCTION', 'Gambia']]],
];

const GUARDS: Array<[string, Triple[]]> = [
  // a journey still to come holds no talks yet
  ["Chile's foreign minister will fly to Lima on Friday for talks with Peruvian officials.", []],
  // a denial that answers no claim told is coded with no one, and so not at all
  ['Moscow said the claims were groundless.', []],
  // a claim said to be something else than false is no denial
  ['Kenya accused Uganda of backing rebels near Busia. Uganda said the claims were a matter for the courts.',
    [['Kenya', 'ACCUSE', 'Uganda']]],
];

for (const [text, want] of [...ROWS, ...GUARDS]) {
  test(`events: ${text}`, () => {
    assert.deepEqual(triples(text), want);
  });
}
