// Round-24 event arguments through the whole analyzer, as a table of invented sentences -> every (source, type,
// target). Each row of ROWS failed on the code before it (right type, wrong or missing party); GUARDS hold what the
// new rules must not do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, type Triple } from './fixtures/article.js';

const ROWS: Array<[string, Triple[]]> = [
  // a response to an act named with its possessor is addressed to the act's author, not to the act's own recipient
  // (stages/events-patterns.ts, phraseHead: an event noun's "for"/"of" phrase is no title's)
  ["Chile condemned Peru's support for Bolivia on Monday.", [['Chile', 'ACCUSE', 'Peru'], ['Peru', 'SUPPORT', 'Bolivia']]],
  ["Paraguay criticised Uruguay's invasion of Brazil.", [['Paraguay', 'ACCUSE', 'Uruguay'], ['Uruguay', 'ASSAULT', 'Brazil']]],
  // a bare verb coordinated inside a reported clause shares that clause's subject, not the reporter
  // (stages/attribution.ts, reportedConjunctSubject)
  ['President Lula said Brazil would join the new fund and provide aid to Mozambique.', [['Brazil', 'AID', 'Mozambique']]],
  // what a party receives "from" another, one "of" down the object, is the giver's act (events/arguments.ts, receivedFrom)
  ['Kenya has received 40 tonnes of food aid from Japan.', [['Japan', 'AID', 'Kenya']]],
  ['Moldova received a shipment of vaccines from Romania on Monday.', [['Romania', 'AID', 'Moldova']]],
  // a loan between a country and a bank or a fund is the lender's (stages/events.ts, lendersGive)
  ['Zambia finalised a loan of $80 million with the World Bank for rural roads.', [['World Bank', 'AID', 'Zambia']]],
  // a hostile act on a city whose namesakes lie in several countries (Donetsk) is aimed at the one of them the article
  // names (stages/events.ts, countryEntityOf)
  ["Wagner Group fighters shelled Donetsk overnight, killing four civilians, Ukraine's army said.", [['Wagner Group', 'ASSAULT', 'Ukraine']]],
];

const GUARDS: Array<[string, Triple[]]> = [
  // a title's own "for" phrase still leads to the person it names
  ["Kenya's Minister for Foreign Affairs, Musalia Mudavadi, met Tanzania's foreign minister in Arusha.", [['Musalia Mudavadi', 'CONSULT', 'Tanzania']]],
  // a past verb after "and" is the reporter's own second act, not the reported clause's
  ['Chancellor Olaf Brenner said Germany would send engineers and urged Poland to open its border.', [['Olaf Brenner', 'REQUEST', 'Poland']]],
  // a coordinated verb with no reporting verb before it keeps the sentence's subject
  ['Ghana signed the accord with Togo and sent troops to Burkina Faso.', [['Ghana', 'AGREE', 'Togo'], ['Togo', 'AGREE', 'Ghana'], ['Ghana', 'MOBILIZE', null]]],
  // a bank's loan to a country keeps its order
  ['The World Bank signed a $50 million grant agreement with Nepal.', [['World Bank', 'AGREE', 'Nepal'], ['Nepal', 'AGREE', 'World Bank'], ['World Bank', 'AID', 'Nepal']]],
];

for (const [text, want] of [...ROWS, ...GUARDS]) {
  test(`events: ${text}`, () => {
    assert.deepEqual(triples(text), want);
  });
}
