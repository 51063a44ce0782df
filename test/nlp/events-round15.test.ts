// Round-15 event arguments through the whole analyzer, as a table of invented sentences -> every (source, type, target).
// Each row failed on the round-14 code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, type Triple } from './fixtures/article.js';

const ROWS: Array<[string, Triple[]]> = [
  // a response to an act is addressed to the act's author, named by a "by" or "from" phrase of the object
  ['Portugal rejected recent calls by Morocco\'s government for a larger fishing quota.',
    [['Portugal', 'REJECT', 'Morocco']]],
  // a place the pattern coder took for the recipient is where the act happened; the parse names the party hit
  ['Bases of the Malian Armed Forces north of Gao were shelled by the Azawad Liberation Front on Friday, witnesses said.',
    [['Azawad Liberation Front', 'ASSAULT', 'Malian Armed Forces']]],
  // the members of a body are the body: "member states" of the union, "council members" of the council
  ['The European Union is divided over the tariffs. Its foreign policy chief, Maria Stone, urged member states to back the new duties.',
    [['Maria Stone', 'REQUEST', 'European Union']]],
  // ... and a verb hung on a name at the root ("X, who ..., urged") has the name for its subject
  ['The UN Security Council will vote on the mission on Friday. French Ambassador Paul Girard, who wrote the draft together with Chile, urged council members to adopt it.',
    [['Paul Girard', 'REQUEST', 'UN Security Council']]],
  // "both sides" far from a trigger that has its recipient is no object of it: no third party joins the talks
  ['Peru and Chile agreed on Tuesday to prolong their fishing truce, ending a week of talks in Quito which envoys from both sides described as useful. The European Union welcomed the deal. The European Union said the truce would help European fleets.',
    [['Peru', 'AGREE', 'Chile'], ['Chile', 'AGREE', 'Peru'], ['Peru', 'CONSULT', 'Chile']]],
  // an act told in a relative clause on a party takes no recipient from past the comma that closes the clause
  ['Egypt, which has mediated between the two sides, urged Israel to allow aid into Gaza.',
    [['Egypt', 'REQUEST', 'Israel']]],
];

for (const [text, want] of ROWS) {
  test(`events: ${text}`, () => {
    assert.deepEqual(triples(text), want);
  });
}
