// Aid told with its giver alone (stages/events.ts, implicitRecipients and unaddressedAid; pipeline.ts parses such
// sentences): the recipient is the party the sentence names, else the article's home country. Invented sentences ->
// every (source, type, target); ROWS failed on the code before, GUARDS hold; NO_AID must code no aid at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, type Triple } from './fixtures/article.js';

const ROWS: Array<[string, Triple[]]> = [
  // money released, pledged or lent again, with no recipient named: the country the story is about
  ['Cholera cases keep rising in northern Mozambique. On Friday the World Health Organization released $2 million from its reserves.',
    [['World Health Organization', 'AID', 'Mozambique']]],
  ['Floods have displaced 90,000 people in Malawi. The European Union announced 5 million euros in emergency funding on Monday.',
    [['European Union', 'AID', 'Malawi']]],
  ['Drought has hit Somalia. The African Development Bank released $30 million from its crisis facility, the bank said.',
    [['African Development Bank', 'AID', 'Somalia']]],
  // the subject of a clause coordinated after the act gives in its own clause; it receives nothing
  ["Sri Lanka's reserves have fallen sharply. India rolled over a $1 billion loan in March, and Japan extended a $500 million credit line for another year.",
    [['India', 'AID', 'Sri Lanka'], ['Japan', 'AID', 'Sri Lanka']]],
];

const GUARDS: Array<[string, Triple[]]> = [
  // the country where the aid is spent, named after "in", before the article's home country
  ['Afghanistan opened a new canal on the river this spring. Kyrgyzstan accused Afghanistan of taking too much water. The Asian Development Bank, which is funding new pumping stations in Kyrgyzstan, called for calm.',
    [['Kyrgyzstan', 'ACCUSE', 'Afghanistan'], ['Asian Development Bank', 'REQUEST', null], ['Asian Development Bank', 'AID', 'Kyrgyzstan']]],
];

const NO_AID: string[] = [
  // the story is the giver's own: no one else receives it
  'Storms hit Norway last week. Norway will spend 300 million crowns in emergency funding.',
  // a receiver named by no party ("to trawlers", "for a plant") is not guessed
  'Italy has offered armed escorts to dozens of trawlers off Libya.',
  "Ghana's cocoa farmers are struggling. Germany will help pay for a new processing plant.",
  // a noun of a name read as a verb ("coast guard") gives nothing
  'The Philippines protested after Chinese coast guard vessels blocked a supply boat.',
  // freeing captives stays a release
  'Israel released 90 Palestinian prisoners on Sunday.',
];

for (const [text, want] of [...ROWS, ...GUARDS]) {
  test(`aid with its giver alone: ${text}`, () => {
    assert.deepEqual(triples(text), want);
  });
}

for (const text of NO_AID) {
  test(`no aid: ${text}`, () => {
    assert.deepEqual(triples(text).filter(([, type]) => type === 'AID'), []);
  });
}
