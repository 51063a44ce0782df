// Events, round 29 (precision): acts the coders read that are no act of their source — a position stated in a direct
// quote, a visit told by the meeting it was for, a stance against any act to come, a use of force a reporter only
// reports, an attack its "source" suffered, a warning of no act, a response to no act, an act in a speaker's
// background, a headline's act the body tells between people. Invented sentences -> every (source, type, target);
// each row failed on the code before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/pipeline.js';
import { articleInput, triples, type Triple } from './fixtures/article.js';

const ROWS: Array<[string, Triple[]]> = [
  // a position stated in a direct quote with a modal or a negation is no act reported (quotedStance)
  ['"We are not asking Kenya for more troops," Somalia\'s defence minister, Omar Ali, said.', []],
  ['"We could send observers to Bolivia within days," Foreign Minister Luis Pardo told reporters.', []],
  // a visit told by the meeting it was for is that meeting (events/precision.ts, visitByMeeting)
  ['Foreign Minister Ana Rojas travelled to Peru on Monday, where she held talks with Peruvian Foreign Minister Jorge Salas.', [['Ana Rojas', 'CONSULT', 'Jorge Salas']]],
  ['Admiral Jan Novak travelled to Tunisia on Friday, where he met the head of the Tunisian navy, General Sami Trabelsi.', [['Jan Novak', 'CONSULT', 'Sami Trabelsi']]],
  // a stance against any act to come accuses no one (stanceAgainstAny)
  ["Ghana said it opposed any foreign interference in Togo's affairs.", []],
  ['Senegal said it would oppose any attempt by Mali to redraw the border.', []],
  // a use of force told in a reported clause with its own agent is not the reporter's (reportedForce)
  ["The Chadian army's spokesman, Colonel Idriss Kane, said Sudanese troops had shelled a border post, wounding three soldiers.", [['Sudanese', 'ASSAULT', 'Chadian']]],
  ["Armenia's defence ministry said Azerbaijani forces had opened fire on its positions overnight, wounding two soldiers.", [['Azerbaijani', 'ASSAULT', 'Armenia']]],
  // the subject of a verb of undergoing receives the act (undergone)
  ['Lithuania, which has faced repeated attacks on its pipelines, sent investigators to Riga.', []],
  // a warning of no act and no penalty threatens no one (warningOfNoAct); a response to no act neither (responseToNoAct)
  ["Kazakhstan's energy ministry has warned that farmers in the south may receive less water this summer.", []],
  ["Mongolia's army said its units stood ready to respond to any emergency.", []],
  // a perfect relative clause on a speaker tells background (speakerBackground)
  ['Kenya, which has expanded military ties with Uganda, said it stood with Kampala.', [['Kenya', 'SUPPORT', 'Uganda']]],
  ["Turkey, which has strengthened its ties with Azerbaijan, said it backed Baku's position.", [['Turkey', 'SUPPORT', 'Azerbaijan']]],
];

for (const [text, want] of ROWS) {
  test(`events: ${text}`, () => {
    assert.deepEqual(triples(text), want);
  });
}

// a headline's act the body tells between people is coded once, by the people (pipeline.ts, toldByPeople)
const HEADLINES: Array<[string, string, Triple[]]> = [
  ['Chile and Peru agree to reopen border crossing', 'Chilean Foreign Minister Ana Rojas and Peruvian Foreign Minister Jorge Salas agreed on Monday to reopen the crossing at Chacalluta.',
    [['Ana Rojas', 'AGREE', 'Jorge Salas'], ['Jorge Salas', 'AGREE', 'Ana Rojas']]],
  ['Ghanaian and Togolese ministers discuss border security', "Ghana's interior minister Kwame Asante held talks with Togo's security minister Yao Mensah in Accra on Tuesday.",
    [['Kwame Asante', 'CONSULT', 'Yao Mensah']]],
];
for (const [title, text, want] of HEADLINES) {
  test(`events with headline: ${title}`, () => {
    const a = analyze({ ...articleInput(text), title });
    const name = (id: string | null): string | null => (id ? a.entities.find((e) => e.id === id)?.name ?? id : null);
    assert.deepEqual(a.events.map((e) => [name(e.source), e.type, name(e.target)]), want);
  });
}
