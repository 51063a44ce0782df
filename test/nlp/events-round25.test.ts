// Round-25 event arguments through the whole analyzer, as a table of invented sentences -> every (source, type,
// target). Each row of ROWS failed on the code before it (a missing or wrong party, or an act that did not happen);
// GUARDS hold what the new rules must not do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, type Triple } from './fixtures/article.js';

const ROWS: Array<[string, Triple[]]> = [
  // an object relative clause has both parties before its verb: the sentence is parsed (pipeline.ts, sentencesToParse),
  // the pattern coder leaves it to the parse (events-patterns.ts, objectRelativeSubject), and the relative pronoun is
  // the object; the denial that follows answers the accuser
  ['Iran, which Washington has repeatedly accused of arming the Houthis, rejected the report.', [['Iran', 'REJECT', 'United States'], ['United States', 'ACCUSE', 'Iran']]],
  ['Russia, which Ukraine accused of shelling the plant, denied the charge.', [['Russia', 'REJECT', 'Ukraine'], ['Ukraine', 'ACCUSE', 'Russia']]],
  // the subject of the "that" clause of an accusation or a demand named by a noun is the one accused or asked
  // (events/arguments.ts, nounContentClause) ...
  ["Ghana dismissed Togo's accusation that Ghanaian troops had crossed the border.", [['Ghana', 'REJECT', 'Togo'], ['Togo', 'ACCUSE', 'Ghana']]],
  ["Peru rejected Chile's allegation that Peruvian boats had entered Chilean waters.", [['Peru', 'REJECT', 'Chile'], ['Chile', 'ACCUSE', 'Peru']]],
  // ... and what the clause says is asked for, not done (stages/events.ts, absorbedTriggers and contentOf)
  ['Kenya repeated its demand that Uganda withdraw its troops.', [['Kenya', 'REQUEST', 'Uganda']]],
  // what a state agent named by a compound holds is that agent's party (events/arguments.ts, nounParty)
  ['Kenya said Somali militants had attacked a police post near the border.', [['Somali', 'ASSAULT', 'Kenya']]],
  ["Taliban fighters attacked army checkpoints in Kurram, Pakistan's military said.", [['Taliban', 'ASSAULT', 'Pakistan']]],
];

const GUARDS: Array<[string, Triple[]]> = [
  // a relative clause whose subject is the relative pronoun is no object relative clause
  ['Turkey, which hosted the talks on Monday, urged Russia to extend the grain deal.', [['Turkey', 'REQUEST', 'Russia']]],
  // an object relative clause on a noun that names no party codes nothing new
  ['Colombia expelled the Venezuelan diplomat, whom it accused of spying.', [['Colombia', 'SANCTION', 'Venezuelan']]],
  // "foreign" agents are another state's, not the home country's
  ['Chilean President Gabriel Boric blamed foreign intelligence agencies for organising the riots.', [['Gabriel Boric', 'ACCUSE', null]]],
  ['The Bolivian minister accused foreign troops of stealing cattle.', [['Bolivian', 'ACCUSE', null]]],
  // a demand whose clause names its own recipient keeps it
  ['Egypt renewed its call on Israel to open the crossing.', [['Egypt', 'REQUEST', 'Israel']]],
];

for (const [text, want] of [...ROWS, ...GUARDS]) {
  test(`events: ${text}`, () => {
    assert.deepEqual(triples(text), want);
  });
}
