// Round-19 event arguments through the whole analyzer, as a table of invented sentences -> every (source, type, target).
// Each row of ROWS failed on the round-18 code; GUARDS hold what the new rules must not do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, type Triple } from './fixtures/article.js';

const ROWS: Array<[string, Triple[]]> = [
  // "the kingdom" as the subject of a reported clause is the reporter's own state, not the article's home country
  ["MUSCAT - Oman hosted a new round of talks between Yemen's government and the Houthis this week. Riyadh's foreign ministry commended Oman for its tireless work and said the kingdom would continue to back UN mediation.",
    [['Oman', 'CONSULT', 'Yemen'], ['Saudi Arabia', 'SUPPORT', 'Oman'], ['Saudi Arabia', 'SUPPORT', 'United Nations']]],
  // a complaint lodged with an organisation is not aimed at it: the party it is "against" is
  ['Ghana has filed a formal complaint with the African Union against Togo over the detention of its fishermen.',
    [['Ghana', 'ACCUSE', 'Togo']]],
  // an act named by a noun with no recipient is a mention, not a report
  ["The ruling followed an investigation by Peru's tax agency into undeclared copper exports.", []],
  // a name inside a clause that modifies another noun ("ships linked to Israel") is no recipient of a later threat
  ['The Houthis claimed the tanker was owned by a firm that had defied their ban on vessels tied to Israel, and warned that further tankers would be hit.',
    [['Houthis', 'THREATEN', null]]],
  // "left the country for X": the unnamed country one leaves is no host of a visit
  ['The former president, Juan Ortega, left the country for Montevideo days after the coup.', []],
];

const GUARDS: Array<[string, Triple[]]> = [
  // a protest lodged with a state (or its embassy) is aimed at that state
  ['Chile lodged a protest with Peru over the detention of two fishermen.', [['Chile', 'ACCUSE', 'Peru']]],
  // a verb without a recipient stays: the agreement, the warning
  ['Sudan agreed to hold elections in June.', [['Sudan', 'AGREE', null]]],
  // a noun mention of a directed act without a recipient is dropped, one with a recipient kept
  ['A trade panel found errors in how Chile calculated its import duties but left them in place.', []],
];

for (const [text, want] of [...ROWS, ...GUARDS]) {
  test(`events (round 19, arguments): ${text}`, () => {
    assert.deepEqual(triples(text), want);
  });
}
