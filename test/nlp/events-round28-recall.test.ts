// Events, round 28 (recall): acts of consulting, aid and rejection told in ways the coders missed. Invented sentences ->
// every (source, type, target); each row of ROWS failed on the code before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, type Triple } from './fixtures/article.js';

const ROWS: Array<[string, Triple[]]> = [
  // a visit named as the occasion of a fronted phrase is the subject's journey; one a single subject speaks on, after the
  // subject or after the verb of speaking, too; an office with its state's possessive names the visitor's state
  // (stages/events-patterns.ts frontedMeetingSources, occasionOfClauseSources, spokeAround)
  ["Chile's president, on a visit to Peru, said relations were strong.", [['Chile', 'CONSULT', 'Peru']]],
  ["Chile's president said during a visit to Peru that relations were strong.", [['Chile', 'CONSULT', 'Peru']]],
  ["On a two-day visit to Peru, Chile's president said relations were strong.", [['Chile', 'CONSULT', 'Peru']]],
  ["During a visit to Peru, Chile's foreign minister praised the government.", [['Chile', 'CONSULT', 'Peru'], ['Chile', 'SUPPORT', 'Peru']]],
  // one who speaks "after talks with Y" is their party (spokeAfter)
  ['Alberto van Klaveren said after talks with Elmer Schialer that the border would reopen.', [['Alberto van Klaveren', 'CONSULT', 'Elmer Schialer']]],
  ['Speaking after talks with Elmer Schialer, Alberto van Klaveren said the border would reopen.', [['Alberto van Klaveren', 'CONSULT', 'Elmer Schialer']]],
  ["Chile's foreign minister told reporters after talks in Lima with Peru's foreign minister that the border would reopen.", [['Chile', 'CONSULT', 'Peru']]],
  ["Chile's president said after a meeting with Peru's president that the border would reopen.", [['Chile', 'CONSULT', 'Peru']]],
  ["Ghana's foreign minister, speaking after talks with Togo, said the crossing would reopen.", [['Ghana', 'CONSULT', 'Togo']]],
  // aid as the subject of a passive verb of sending is given by its agent (passiveGiver); aid sent that arrives is no
  // visit (sentByParty)
  ['Aid was sent by Chile to Peru on Monday.', [['Chile', 'AID', 'Peru']]],
  ['Humanitarian aid provided by Chile reached Peru on Monday.', [['Chile', 'AID', 'Peru']]],
  ['Aid sent by Chile arrived in Peru on Monday.', []],
  // a bailout or a rescue package approved is a loan (kb-data/events/argus-triggers.tsv)
  ['The IMF approved a $3 billion bailout for Peru.', [['International Monetary Fund', 'AID', 'Peru']]],
  ['The World Bank approved a $3 billion rescue package for Peru.', [['World Bank', 'AID', 'Peru']]],
  // "board" and "boards" are a governing body; boarding a ship is told by "boarded", "boarding" (lexicon/plover.ts)
  ["The IMF's executive board approved a $3 billion loan for Peru.", [['International Monetary Fund', 'AID', 'Peru']]],
  ["The ECB's board approved the plan.", []],
  // the party whose demands are ignored is named inside the trigger's phrase (lexicon/plover.ts targetInside)
  ["Chile ignored Peru's demands.", [['Chile', 'REJECT', 'Peru']]],
  ["Chile ignored Peru's ultimatum.", [['Chile', 'REJECT', 'Peru']]],
];

// guards (passed before too): what the rows above must not change
const GUARDS: Array<[string, Triple[]]> = [
  ['Chile and Peru agreed to reopen the border after a meeting with Bolivia.', [['Chile', 'AGREE', 'Peru'], ['Peru', 'AGREE', 'Chile']]],
  ['Chile said after talks between Peru and Bolivia that the border would reopen.', [['Peru', 'CONSULT', 'Bolivia']]],
  ['Humanitarian aid from Chile arrived in Peru on Monday.', [['Chile', 'AID', 'Peru']]],
  ["Chile's president visited the museum during a visit to Lima.", []],
  ['Aid was sent to Peru on Monday.', []],
  ['A delegation sent by Chile arrived in Peru.', [['Chile', 'CONSULT', 'Peru']]],
  ["Protesters rallied during a visit to Peru by Chile's president.", [['Chile', 'CONSULT', 'Peru']]],
];

for (const [text, want] of [...ROWS, ...GUARDS]) {
  test(`events: ${text}`, () => {
    assert.deepEqual(triples(text), want);
  });
}
