// Round-25 (b) event parties through the whole analyzer, as a table of invented sentences -> every (source, type,
// target). Each row of ROWS failed on the code before it; GUARDS hold what the new rules must not do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, type Triple } from './fixtures/article.js';

const ROWS: Array<[string, Triple[]]> = [
  // a demonym coordinated before the demonym of the subject's head stands for its country, as that one does
  // (events-patterns.ts, coordinatedLeft): "Chinese and Russian naval forces" are China and Russia
  ['France and Germany have planned the exercise for months. French and German troops began joint drills in Lithuania on Monday.',
    [['France', 'MOBILIZE', null], ['Germany', 'MOBILIZE', null], ['France', 'COOPERATE', 'Germany'], ['Germany', 'COOPERATE', 'France']]],
  ['India and Japan have held the drills every year. Indian and Japanese coast guard vessels began joint drills off Chennai on Tuesday.',
    [['India', 'MOBILIZE', null], ['Japan', 'MOBILIZE', null], ['India', 'COOPERATE', 'Japan'], ['Japan', 'COOPERATE', 'India']]],
  // the subject of a warning's "that" clause that would do an act is the one who would act, the warner's side, no
  // recipient (events.ts, warnedActor); the recipient is the party the act would fall on, or none named
  ['The ECOWAS chairman, Bola Adeyemi, warned that the bloc would close its borders with Niger.', [['Bola Adeyemi', 'THREATEN', 'Niger']]],
  ['The Arab League\'s envoy, Samir Haddad, warned that the league could expel Syria.', [['Samir Haddad', 'THREATEN', 'Syria'], ['Arab League', 'THREATEN', 'Syria']]],
  ["Hungary's foreign minister, Peter Nagy, warned that Hungarian officials would block the sanctions against Russia.", [['Peter Nagy', 'THREATEN', 'Russia'], ['Hungary', 'THREATEN', 'Russia']]],
  // ... also when a party modifies that subject ("Kenyan troops"); the warner's own state is no recipient either
  ["Kenya's president, Daniel Mwangi, warned that Kenyan troops would respond to any incursion by Somalia.", [['Daniel Mwangi', 'THREATEN', null]]],
  ["Brazil's foreign minister, Ana Lima, warned that Brazil could recall its ambassador from Nicaragua.", [['Ana Lima', 'THREATEN', null], ['Brazil', 'THREATEN', 'Nicaragua']]],
];

const GUARDS: Array<[string, Triple[]]> = [
  // what a party warned of would suffer makes it the recipient
  ['Russia warned that Ukraine would pay a heavy price for the attack.', [['Russia', 'THREATEN', 'Ukraine']]],
  ['Pakistan warned that India would regret any strike.', [['Pakistan', 'THREATEN', 'India']]],
  // the one warned, named as the verb's object, stays the recipient
  ['China warned Japan that it would take countermeasures.', [['China', 'THREATEN', 'Japan']]],
  ['Turkey warned that it would block Sweden\'s bid to join NATO.', [['Turkey', 'THREATEN', 'Sweden']]],
];

for (const [text, want] of [...ROWS, ...GUARDS]) {
  test(`events: ${text}`, () => {
    assert.deepEqual(triples(text), want);
  });
}
