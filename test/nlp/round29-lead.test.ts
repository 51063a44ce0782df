// Round 29 (lead): trade barred, restricted, cut or stopped is an embargo; objections conveyed; a deal challenged in
// court; a named party called on the telephone; a short name of several words in brackets.
// Invented sentences; each row failed on the code before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/pipeline.js';
import { articleInput as input, triples, type Triple } from './fixtures/article.js';

// barring, restricting, curbing, blocking, cutting or stopping a party's trade is an embargo (CAMEO 163), as banning it
// is; barring its fishing boats or planes from one's ports reduces relations (160), as barring its ships does
// (lexicon/plover.ts)
const EVENTS: Array<[string, Triple[]]> = [
  ['Chile restricted exports of lithium to Peru on Thursday.', [['Chile', 'SANCTION', 'Peru']]],
  ['Ghana cut electricity sales to Togo last week.', [['Ghana', 'SANCTION', 'Togo']]],
  ['Kenya stopped maize shipments to Uganda on Friday.', [['Kenya', 'SANCTION', 'Uganda']]],
  ['Argentina barred beef exports to Uruguay in March.', [['Argentina', 'SANCTION', 'Uruguay']]],
  ['Iceland barred Norwegian trawlers from its harbours.', [['Iceland', 'SANCTION', 'Norwegian']]],
  // an objection conveyed, lodged or raised is a complaint, as a protest is (lexicon/plover.ts, argus-triggers.tsv)
  ['Ecuador conveyed its objections to Colombia through diplomatic channels.', [['Ecuador', 'ACCUSE', 'Colombia']]],
  ["Malawi raised objections to Zambia's dam project.", [['Malawi', 'ACCUSE', 'Zambia']]],
  // a deal challenged, contested or scrapped is no act of making it (events/triggers.ts, brokenBefore)
  ['Senator Elena Varga challenged the fisheries accord with Peru before the Constitutional Court on Monday.', []],
  ['The opposition leader, Tomas Reyes, said his party would contest the fisheries accord with Peru in court.', []],
  // a named party called is a phone call, not a naming or a summons (events/triggers.ts, calledParty)
  ['President Lucia Ferraz called Prime Minister Tomas Brandt on Sunday.', [['Lucia Ferraz', 'CONSULT', 'Tomas Brandt']]],
  ['Foreign Minister Ines Pardo called Kamal Haddad on Tuesday to discuss the prisoner exchange.', [['Ines Pardo', 'CONSULT', 'Kamal Haddad']]],
  ['Ines Pardo called Kamal Haddad a coward.', []], // (a guard: a naming, no call)
];
for (const [text, want] of EVENTS) {
  test(`events: ${text}`, () => {
    assert.deepEqual(triples(text), want);
  });
}

// "the Pacific Fisheries Agency (Pacific FFA)": the short name in brackets is one mention of the organisation wherever
// it is written, not a place and an acronym (stages/resolve.ts, bracketShortForms)
const SHORT_FORMS: Array<[string, string, string]> = [
  // text, organisation, name that must not be found
  ['The Oceania Fisheries Monitoring Agency (Oceania FMA) opened an office in Suva. Oceania FMA said patrols would begin in May.', 'Oceania Fisheries Monitoring Agency', 'FMA'],
  ['The Andean Water Research Institute (Andean WRI) published its report on Monday. Andean WRI warned of drought.', 'Andean Water Research Institute', 'WRI'],
];
for (const [text, org, not] of SHORT_FORMS) {
  test(`entities: ${text} -> ${org}`, () => {
    const es = analyze(input(text)).entities;
    const e = es.find((x) => x.name === org);
    assert.ok(e, es.map((x) => `${x.type} ${x.name}`).join('; '));
    assert.equal(e.mentions.length, 3);
    assert.ok(!es.some((x) => x.name === not || x.name === org.split(' ')[0]), es.map((x) => `${x.type} ${x.name}`).join('; '));
  });
}
