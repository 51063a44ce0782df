// Round-18b event triggers and arguments through the whole analyzer, as a table of invented sentences -> every
// (source, type, target). Each row of ROWS failed on the round-18 code; GUARDS hold what the new rules must not do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, type Triple } from './fixtures/article.js';

const ROWS: Array<[string, Triple[]]> = [
  // an object relative clause: its subject pronoun is the subject of the verb whose object the clause describes, and
  // the relative pronoun that object (not the nearest name, which reversed the accusation)
  ["Kenya expelled Uganda's envoy, whom it accused of meddling in the election.",
    [['Kenya', 'SANCTION', 'Uganda'], ['Kenya', 'ACCUSE', 'Uganda']]],
  // a deadline set for a party whose name is hyphenated: the noun phrase of "gave __ until" spans the hyphen
  ["The African Union gave Timor-Leste's rulers until May 3 to free the prisoners.",
    [['African Union', 'THREATEN', 'Timor-Leste']]],
  // "rolled over" read as a verb and a preposition: the noun after the particle is the verb's object, with its recipient
  ['Russia rolled over a loan to Belarus.',
    [['Russia', 'AID', 'Belarus']]],
  // the possessor of an act noun with its preposition ("Canada's tariffs on") is its agent, not the subject further back
  ["The WTO's first ruling on Canada's tariffs on Mexican steel was cautious.",
    [['Canada', 'SANCTION', 'Mexican']]],
  // a joint drill with no partner named: the party after it is where it is held (a side of its area), no partner
  ["The Northern Fleet of Russia's navy has begun joint exercises in waters to the north and east of Norway.",
    [['Northern Fleet', 'MOBILIZE', 'Norway']]],
];

const GUARDS: Array<[string, Triple[]]> = [
  // a partner named with "with" stays a partner
  ['Japan has begun joint exercises with Australia in the Coral Sea.',
    [['Japan', 'COOPERATE', 'Australia'], ['Japan', 'MOBILIZE', null]]],
  // coordinated subjects of a joint drill are partners
  ['India and France began joint naval exercises on Monday.',
    [['India', 'COOPERATE', 'France'], ['France', 'COOPERATE', 'India'], ['India', 'MOBILIZE', null], ['France', 'MOBILIZE', null]]],
];

for (const [text, want] of [...ROWS, ...GUARDS]) {
  test(`events: ${text}`, () => {
    assert.deepEqual(triples(text), want);
  });
}
