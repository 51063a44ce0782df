// A relation an actor restates names its own side beside the relation noun; the recipient is the relation's other party
// (events/own-side.ts). Invented sentences -> every (source, type, target) of the whole analyzer. Each row of ROWS failed
// before the rule (the recipient was the actor's own country); GUARDS hold the events the rule must leave alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, type Triple } from './fixtures/article.js';

const ROWS: Array<[string, Triple[]]> = [
  // the possessor of the restated commitment is the actor's side; the complement names the recipient
  // (speaking with a party is CONSULT, kb-data/events/argus-triggers.tsv "speak")
  ['President Ana Ruiz spoke with Prime Minister Tomas Berg of Norway on Monday. President Ruiz reaffirmed Chile’s commitment to Norway’s energy transition.',
    [['Ana Ruiz', 'CONSULT', 'Tomas Berg'], ['Ana Ruiz', 'SUPPORT', 'Norway']]],
  // "the commitment of X to Y"
  ['Chilean Foreign Minister Pablo Soto reaffirmed the commitment of Chile to Bolivia.', [['Pablo Soto', 'SUPPORT', 'Bolivia']]],
  // a pair: the minister's title names his side, the other party is the recipient (one event, not one per party)
  ['Chilean Foreign Minister Pablo Soto emphasized the strategic partnership between Chile and Peru.', [['Pablo Soto', 'COOPERATE', 'Peru']]],
  // a complement that is a clause names no party: no recipient rather than the actor's own country
  ['President Ana Ruiz reaffirmed Chile’s commitment to working with its neighbours on water security.', [['Chile', 'COOPERATE', null], ['Ana Ruiz', 'SUPPORT', null]]],
  // a pair named after the restated relation ("support for the X-Y partnership"): its other half; no title names the
  // actor's side here, but the actor dictionary gives the person one country (a full name it lists), named in the text
  ['Mario Draghi spoke with officials of Tunisia. Mario Draghi highlighted his steadfast support for the Italy-Tunisia partnership.',
    [['Mario Draghi', 'SUPPORT', 'Tunisia'], ['Italy', 'COOPERATE', 'Tunisia'], ['Tunisia', 'COOPERATE', 'Italy'], ['Mario Draghi', 'CONSULT', 'Tunisia']]],
];

const GUARDS: Array<[string, Triple]> = [
  // an attitude to another party's relation: that party is the recipient
  ['President Ana Ruiz expressed concern over Russia’s support for the junta in Mali.', ['Ana Ruiz', 'ACCUSE', 'Russia']],
  // the restated relation is the first one after the verb; the second ("Haddad's commitment") is what it supports
  ['Foreign Minister Lina Berg reaffirmed strong Swedish support for President Omar Haddad’s commitment to reform.', ['Lina Berg', 'SUPPORT', 'Omar Haddad']],
  // a leader's act on his own country in its own words stays (PLOVER codes domestic events)
  ['President Ana Ruiz promised to reform Chile’s pension system.', ['Ana Ruiz', 'AGREE', 'Chile']],
];

for (const [text, want] of ROWS) {
  test(`own side: ${text}`, () => {
    assert.deepEqual(triples(text), want);
  });
}

for (const [text, kept] of GUARDS) {
  test(`own side (guard): ${text}`, () => {
    assert.ok(triples(text).some((t) => JSON.stringify(t) === JSON.stringify(kept)), JSON.stringify(triples(text)));
  });
}
