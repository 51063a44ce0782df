// Events, round 29 (parties): the recipient of a charge the text names only by a description, given by the one who
// rejects it; the author of a condemned act named by its participle; and the states of "the two sides" of a meeting
// held by an official whose title names no country.
// Invented sentences -> every (source, type, target); each row failed on the code before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, type Triple } from './fixtures/article.js';

const ROWS: Array<[string, Triple[]]> = [
  // "accused its eastern neighbour of ...; Sudan rejected the accusation": a charge with no recipient named is aimed at
  // the one who rejects it, and the rejection at the accuser, not at a party that spoke in between
  // (stages/events.ts rebuttedCharges)
  ["Chad's government accused its eastern neighbour of arming rebels on Tuesday. Sudan rejected the accusation.", [['Chad', 'ACCUSE', 'Sudan'], ['Sudan', 'REJECT', 'Chad']]],
  ["NDJAMENA - Chad's government accused its eastern neighbour of arming rebels on Tuesday. A statement from the Rapid Support Forces claimed the raid for its own fighters. Sudan rejected the accusation as baseless.", [['Chad', 'ACCUSE', 'Sudan'], ['Sudan', 'REJECT', 'Chad']]],
  ['Kyrgyzstan on Friday accused its southern neighbour of moving troops to the border. Tajikistan denied the allegations.', [['Kyrgyzstan', 'ACCUSE', 'Tajikistan'], ['Tajikistan', 'REJECT', 'Kyrgyzstan']]],
  // "talks between Defence Minister X and US Defense Secretary Y, during which the two countries agreed": the sides are states,
  // the official whose title names none of the dateline's country; a place and its country named before ("In Seoul,
  // South Korea's ...") are no list of the two (stages/events-patterns.ts sideState, stages/groups.ts latestList)
  ["TOKYO - Japan stepped up air patrols on Monday. In Seoul, South Korea's military said it was watching the flotilla. The patrols come a week after talks in Tokyo last month between Defence Minister Kenji Abe and US Defense Secretary Mark Reed, during which the two countries agreed to widen joint surveillance flights.", [['Japan', 'MOBILIZE', null], ['Kenji Abe', 'CONSULT', 'Mark Reed'], ['Japan', 'AGREE', 'United States'], ['United States', 'AGREE', 'Japan']]],
  // "condemned the rocket attack on X, claimed by Y, in which Z's troops were hurt": the agent of the participle that
  // names the condemned act's author is its recipient, though the sentence names another party (stages/events.ts
  // claimedBy)
  ['The government of Mali also condemned the rocket attack on Gao airport on 3 May, claimed by the Islamic State Sahel Province, in which three UN peacekeepers were hurt.', [['Mali', 'ACCUSE', 'Islamic State Sahel Province'], ['Islamic State Sahel Province', 'ASSAULT', null]]],
];

for (const [text, want] of ROWS) {
  test(`events: ${text}`, () => {
    assert.deepEqual(triples(text), want);
  });
}
