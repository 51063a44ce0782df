// Round-16 event arguments through the whole analyzer, as a table of invented sentences -> every (source, type, target).
// Each row failed on the round-15 code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, type Triple } from './fixtures/article.js';

const ROWS: Array<[string, Triple[]]> = [
  // the parties coordinated with a recipient are recipients too, however many titles stand between them
  ['Canadian Trade Minister Paul Dubois met with Austrian President Anna Keller and Foreign Minister Jonas Brandt in Vienna on Monday.',
    [['Paul Dubois', 'CONSULT', 'Anna Keller'], ['Paul Dubois', 'CONSULT', 'Jonas Brandt']]],
  ['The Danish envoy, Ole Berg, held talks with Chancellor Petra Lind, Defence Minister Tomas Wulff and opposition leader Eva Kram.',
    [['Ole Berg', 'CONSULT', 'Tomas Wulff'], ['Ole Berg', 'CONSULT', 'Petra Lind'], ['Ole Berg', 'CONSULT', 'Eva Kram']]],
  // an official acts for the country her title names, never on it: the possessor of the act named is no recipient
  ['Peruvian Foreign Minister Rosa Vidal reaffirmed Peru\'s commitment to Bolivia during a visit to La Paz.',
    [['Rosa Vidal', 'SUPPORT', 'Bolivia']]],
  ['Mexican Foreign Minister Clara Ruiz welcomed Mexico\'s new trade agreement with Canada.',
    [['Clara Ruiz', 'SUPPORT', 'Canada'], ['Mexico', 'AGREE', 'Canada']]],
  // a description linked to a person of another country stands for the country it names ("the Russian ambassador")
  ['Estonian Foreign Minister Kaja Rebane condemned Russia\'s drone incursion on Tuesday. She said Estonia would summon the Russian ambassador.',
    [['Kaja Rebane', 'ACCUSE', 'Russia'], ['Estonia', 'ACCUSE', 'Russia']]],
  // the purpose of an act not yet done is not done either ("is due to travel ... to thank X")
  ['Italian Foreign Minister Marco Bellini is due to travel to Oslo next week to thank his Norwegian counterpart, Ingrid Solberg.',
    []],
  // the medium or audience of an opening "In a statement / an interview to|with X," hears the report and acts in nothing
  ['In an interview with the Daily Courier, Ecuador accused Colombia of arming the rebels.',
    [['Ecuador', 'ACCUSE', 'Colombia']]],
  ['In a statement to Al Jazeera, Paraguay condemned the raid by Bolivian troops.',
    [['Paraguay', 'ACCUSE', 'Bolivian'], ['Bolivian', 'COERCE', null]]],
];

for (const [text, want] of ROWS) {
  test(`events: ${text}`, () => {
    assert.deepEqual(triples(text), want);
  });
}
