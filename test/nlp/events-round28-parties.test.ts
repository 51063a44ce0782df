// Events, round 28 (parties): whom a refusal or condemnation of a deal told before is aimed at, and whom a group's protest
// is made against. Invented sentences -> every (source, type, target); each row failed on the code before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, type Triple } from './fixtures/article.js';

const ROWS: Array<[string, Triple[]]> = [
  // "rejected the terms", "denounced the agreement": a deal refused or condemned is aimed at all who made the latest
  // deal told before (stages/events-patterns.ts dealTargets)
  ['Norway and Britain agreed a new fisheries deal on Monday. Iceland rejected the terms.', [['Norway', 'AGREE', 'United Kingdom'], ['United Kingdom', 'AGREE', 'Norway'], ['Iceland', 'REJECT', 'United Kingdom'], ['Iceland', 'REJECT', 'Norway']]],
  ['Japan and Australia agreed to expand joint patrols. China denounced the agreement as bloc confrontation.', [['Japan', 'AGREE', 'Australia'], ['Australia', 'AGREE', 'Japan'], ['China', 'ACCUSE', 'Australia'], ['China', 'ACCUSE', 'Japan']]],
  ['Chile and Peru agreed on Tuesday to share the water of the river. Bolivia condemned the deal as illegal.', [['Chile', 'AGREE', 'Peru'], ['Peru', 'AGREE', 'Chile'], ['Bolivia', 'ACCUSE', 'Peru'], ['Bolivia', 'ACCUSE', 'Chile']]],
  // a group's strike, rally or blockade that names no recipient is made against its government: the home country by the
  // group's name, the dateline or salience (stages/events.ts protestedGovernments)
  ['CUSCO - The Andean Farmers Federation blocked highways near Juliaca for a tenth day on Thursday. Peru\'s cabinet said it would review the water tariff.', [['Andean Farmers Federation', 'PROTEST', 'Peru']]],
  ['NAIROBI, Kenya - The Kenya Teachers Union staged a national strike on Monday over unpaid wages.', [['Kenya Teachers Union', 'PROTEST', 'Kenya']]],
  ['The opposition Democratic Alliance held rallies in Maseru on Sunday. Lesotho\'s government called the protests illegal.', [['Democratic Alliance', 'PROTEST', 'Lesotho'], ['Lesotho', 'ACCUSE', 'Democratic Alliance']]],
];

for (const [text, want] of ROWS) {
  test(`events: ${text}`, () => {
    assert.deepEqual(triples(text), want);
  });
}
