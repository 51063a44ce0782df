// Events, round 27 (types): what an act is when its words look like another's. Invented sentences -> every (source,
// type, target); each row failed on the code before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, type Triple } from './fixtures/article.js';

const ROWS: Array<[string, Triple[]]> = [
  // "ordered a halt to exports": the "to" is the halted noun's, no order to a party to act; the halt of trade is the
  // orderer's own measure (stages/events-patterns.ts noTriggerHere)
  ['Chile ordered a halt to copper exports to Peru.', [['Chile', 'SANCTION', 'Peru']]],
  ['Mali\'s government on Monday ordered a halt to fuel imports through the corridor to Guinea.', [['Mali', 'SANCTION', 'Guinea']]],
  ['Kenya ordered a halt to sugar exports to Uganda.', [['Kenya', 'SANCTION', 'Uganda']]],
  // a truce or a deal named as what is broken is no act of making it (events/triggers.ts brokenBefore, used by both
  // coders)
  ['"Chile has trampled on the ceasefire with Peru," the minister said.', []],
  ['Peru said Chile had broken the truce with Bolivia.', [['Peru', 'ACCUSE', 'Chile']]],
  ['Chile violated the peace agreement with Peru, the minister said.', [['Chile', 'REJECT', 'Peru']]],
  // "in retaliation for", ", retaliating against": the motive of the act the clause tells, no threat of another
  // (stages/events-patterns.ts noTriggerHere); a retaliation announced is still a threat
  ['Ecuador raised its fees last week. Colombia imposed tariffs on Ecuadorian goods on Monday, retaliating against the levy.', []],
];

// guards (passed before too): what the rows above must not change
const GUARDS: Array<[string, Triple[]]> = [
  ['Chile expelled two Peruvian diplomats in retaliation for the arrest of its consul in Peru.', [['Chile', 'SANCTION', 'Peru']]],
  ['Russia said it would retaliate against Finland.', [['Russia', 'THREATEN', 'Finland']]],
  ['Uruguay ordered Paraguay to pull its barges out of the river port.', [['Uruguay', 'REQUEST', 'Paraguay']]],
];

for (const [text, want] of [...ROWS, ...GUARDS]) {
  test(`events: ${text}`, () => {
    assert.deepEqual(triples(text), want);
  });
}
