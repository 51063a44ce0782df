// Round-24 meetings, agreements and cooperation through the whole analyzer, as a table of invented sentences -> every
// (source, type, target). Each row of ROWS failed on the code before it; GUARDS hold what the new rules must not do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, type Triple } from './fixtures/article.js';

const ROWS: Array<[string, Triple[]]> = [
  // talks named as the occasion of the clause are its subjects' talks (stages/events-patterns.ts, occasionOfClauseSources)
  ['Kenya and Ethiopia agreed on Friday to reopen the border crossing, after two weeks of indirect talks in Djibouti.',
    [['Kenya', 'AGREE', 'Ethiopia'], ['Ethiopia', 'AGREE', 'Kenya'], ['Kenya', 'CONSULT', 'Ethiopia']]],
  // ... and so is a joint operation that is the means of their act (bilateral operations: COOPERATE both ways)
  ['Peru and Bolivia arrested 30 smugglers in a joint operation on Lake Titicaca.',
    [['Peru', 'COERCE', null], ['Bolivia', 'COERCE', null], ['Peru', 'COOPERATE', 'Bolivia'], ['Bolivia', 'COOPERATE', 'Peru']]],
  ['Chile and Peru arrested 40 suspects in coordinated raids on Tuesday.',
    [['Chile', 'COERCE', null], ['Peru', 'COERCE', null], ['Chile', 'COOPERATE', 'Peru'], ['Peru', 'COOPERATE', 'Chile']]],
  // the outcome of an act told before refers back to its agent, who held the talks
  ['Chile agreed on Monday to open its ports to Bolivian cargo. The decision came days after negotiations with Bolivia.',
    [['Chile', 'AGREE', 'Bolivia'], ['Chile', 'CONSULT', 'Bolivia']]],
  // exercises two parties hold are joint exercises, besides each party's own forces in the field
  ['Greece and Egypt began naval exercises in the eastern Mediterranean on Monday.',
    [['Greece', 'MOBILIZE', null], ['Egypt', 'MOBILIZE', null], ['Greece', 'COOPERATE', 'Egypt'], ['Egypt', 'COOPERATE', 'Greece']]],
  // talks held by the subject of an object relative clause on the noun (events/arguments.ts, relativeHolder)
  ['The talks that Kenya and Ethiopia resumed in March have stalled.', [['Kenya', 'CONSULT', 'Ethiopia']]],
  // a telephone call, not a call on someone (kb-data/events/argus-triggers.tsv)
  ['Kenyan President William Ruto phoned Tanzanian President Samia Suluhu Hassan on Sunday.', [['William Ruto', 'CONSULT', 'Samia Suluhu Hassan']]],
  // receiving a leader hosts a visit, also where a named reporter tells it (the parse's lexicon now knows it)
  ["Kenyan President William Ruto received Ugandan President Yoweri Museveni in Nairobi on Monday, Kenya's foreign ministry said.",
    [['William Ruto', 'CONSULT', 'Yoweri Museveni']]],
  // a gerund with a party for its object meets it
  ['After meeting Japanese Prime Minister Shigeru Ishiba in Tokyo, Indonesian President Prabowo Subianto flew to Seoul.',
    [['Prabowo Subianto', 'CONSULT', 'Shigeru Ishiba']]],
  // light verbs and phrases of the lexicon (lexicon/plover.ts)
  ['Japan and South Korea held a security dialogue in Seoul on Friday.', [['Japan', 'CONSULT', 'South Korea']]],
  ['Chile inked a lithium deal with Argentina on Monday.', [['Chile', 'AGREE', 'Argentina'], ['Argentina', 'AGREE', 'Chile']]],
  ['Norway teamed up with Iceland to monitor fishing fleets.', [['Norway', 'COOPERATE', 'Iceland']]],
  ['Argentina formed an alliance with Uruguay to fight cattle theft.', [['Argentina', 'COOPERATE', 'Uruguay']]],
  ['Timor-Leste became the 11th member of ASEAN on Sunday.', [['Timor-Leste', 'COOPERATE', 'ASEAN']]],
  // a passive's agents are each party to the agreement
  ['A memorandum on fisheries was signed by Chile and Peru on Monday.', [['Chile', 'AGREE', 'Peru'], ['Peru', 'AGREE', 'Chile']]],
  // the "between" of a later noun names no party of the noun before its verb
  ['The attack followed talks between Kenya and Uganda.', [['Kenya', 'CONSULT', 'Uganda']]],
];

const GUARDS: Array<[string, Triple[]]> = [
  // talks between others than the clause's subjects have their own parties, a shared title before them included
  ['Kenya and Ethiopia agreed on Friday to reopen two crossings, after talks in Mombasa between Foreign Ministers Abel Moyo and Grace Achieng.',
    [['Kenya', 'AGREE', 'Ethiopia'], ['Ethiopia', 'AGREE', 'Kenya'], ['Abel Moyo', 'CONSULT', 'Grace Achieng']]],
  // one party and talks with no partner: no meeting
  ['Kenya reopened the border after talks in Nairobi.', [['Kenya', 'CONCEDE', null]]],
  ['Chile lowered its tariffs after a meeting in Lima.', []],
  // a passive clause's subject does not act; a gerund's cooperation not yet done is none
  ['The fund is managed by Kenya in cooperation with the World Bank.', []],
  ['Kenya expressed interest in deepening cooperation with Uganda.', []],
  // the noun "meeting", and "meeting" a thing, meet no one
  ['The meeting ended without a statement.', []],
  ['Meeting the deadline will be hard for Kenya.', []],
  // drills one party holds around another are a show of force, no joint exercise
  ['China staged military drills around Taiwan on Monday.', [['China', 'MOBILIZE', 'Taiwan']]],
];

for (const [text, want] of [...ROWS, ...GUARDS]) {
  test(`events: ${text}`, () => {
    assert.deepEqual(triples(text), want);
  });
}
