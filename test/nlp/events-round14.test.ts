// Round-14 event rules through the whole analyzer, as a table of invented sentences -> every (source, type, target).
// Each row failed on the round-13 code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, type Triple } from './fixtures/article.js';

const ROWS: Array<[string, Triple[]]> = [
  // what a request asks for has not happened, however long the noun phrase of the party asked ("the interim army rulers
  // of X and Y", "the new military government of X and its allies")
  ['Ana Lima called on the interim army rulers of Peru and Bolivia to release imprisoned students.',
    [['Ana Lima', 'REQUEST', 'Peru'], ['Ana Lima', 'REQUEST', 'Bolivia']]],
  ['Ana Lima urged the new military government of Peru and its Bolivian allies to withdraw their troops from the border.',
    [['Ana Lima', 'REQUEST', 'Peru'], ['Ana Lima', 'REQUEST', 'Bolivian']]],
  // a call for a captive's release is addressed to the captor, not to the captive
  ['Belarus jailed the Lithuanian blogger Tomas Vaitkus for five years on Monday. Poland condemned the sentence and called for his release.',
    [['Belarus', 'COERCE', 'Tomas Vaitkus'], ['Poland', 'ACCUSE', 'Belarus'], ['Poland', 'REQUEST', 'Belarus']]],
  ['Iran detained the Swiss aid worker Nora Keller in March. Switzerland called for her release.',
    [['Iran', 'COERCE', 'Nora Keller'], ['Switzerland', 'REQUEST', 'Iran']]],
  // a pronoun subject opens a clause of its own: the name before ", and she" is no second source
  ['Minister Anna Berg said the rebels had attacked a convoy bound for Chad, and she urged Sudan to protect aid workers.',
    [['Anna Berg', 'REQUEST', 'Sudan']]],
  // whoever reports the sentence (", Interior Minister X said.") is no recipient of its acts, with a title before the name
  ['The Oromo Liberation Army warned that it would attack government convoys on the highway, Interior Minister Daniel Bekele said.',
    [['Oromo Liberation Army', 'THREATEN', null]]],
  // a spokesperson whose title names no body speaks for the organisation named just before
  ['Peru\'s Ministry of Foreign Affairs criticised the decision. Spokesperson Ana Quispe said the measure hurt Peruvian farmers and urged Bolivia to reverse it.',
    [['Peru', 'ACCUSE', null], ['Peru', 'REQUEST', 'Bolivia']]],
  // "who" stands for a person: in "said X, head of the Y Council, who called on ..." X calls, not the council
  ['The talks went well, said Rosa Diaz, head of the Andean Trade Council, who called on Chile to cut its tariffs.',
    [['Rosa Diaz', 'REQUEST', 'Chile']]],
];

for (const [text, want] of ROWS) {
  test(`events: ${text}`, () => {
    assert.deepEqual(triples(text), want);
  });
}
