// AID events through the whole analyzer, as a table of invented sentences -> every (source, type, target). Each row of
// ROWS failed on the code before it; GUARDS hold what the new rules must not do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, type Triple } from './fixtures/article.js';

const ROWS: Array<[string, Triple[]]> = [
  // a place-like name that an apposition calls a fund is an organisation (entities/name-shapes.ts, bodyInApposition), and
  // a recipient the parse hangs on a span of time is the verb's (events/arguments.ts)
  ['Germany will contribute 500 million euros over five years to the Coral Reef Recovery Facility, the fund Indonesia set up last year.',
    [['Germany', 'AID', 'Coral Reef Recovery Facility']]],
  // "supply X with Y": the recipient is the object (lexicon/plover.ts); "the force" refers back to the named force
  ['The Coastal Protection Force began patrols in April. Chile will go on supplying the force with diesel and food.',
    [['Coastal Protection Force', 'MOBILIZE', null], ['Chile', 'AID', 'Coastal Protection Force']]],
  // the recipient of an amount stands in the phrase that says what the amount is
  ['Qatar rolled over $700 million in deposits for Egypt.', [['Qatar', 'AID', 'Egypt']]],
  ['The United States provided $40 million in aid to Guatemala.', [['United States', 'AID', 'Guatemala']]],
  // financing or allocating money for work in a country is economic aid to it (kb-data/events/argus-triggers.tsv;
  // stages/events.ts, aidedCountry)
  ['Japan will finance the construction of a new bridge in Laos.', [['Japan', 'AID', 'Laos']]],
  ['The World Bank allocated $300 million for reconstruction in Ukraine.', [['World Bank', 'AID', 'Ukraine']]],
  // material support is aid; the clause it comes "with" has the recipient for its subject
  ['Kenya will rebuild the schools, with financial support from Germany.', [['Germany', 'AID', 'Kenya']]],
  // a verb of receiving: the subject is the recipient, the party after "from" the giver
  ['Pakistan received a $3 billion loan from China.', [['China', 'AID', 'Pakistan']]],
  // arms delivered, money released
  ['The United States delivered a new batch of Patriot missiles to Ukraine.', [['United States', 'AID', 'Ukraine']]],
  ['The African Development Bank released a $50 million grant to Chad.', [['African Development Bank', 'AID', 'Chad']]],
  // training another's forces is military aid, no promise
  ["Britain is training Ukraine's army.", [['United Kingdom', 'AID', 'Ukraine']]],
  // the giver of a loan secured "from" a lender is the lender, whatever the amount before the loan
  ['Egypt secured a $5 billion loan from the International Monetary Fund.', [['International Monetary Fund', 'AID', 'Egypt']]],
  ['Sudan will receive 50,000 tonnes of wheat from Russia this year.', [['Russia', 'AID', 'Sudan']]],
  // the one who reports an act after a comma is no second recipient of it
  ['The EU sent 500 tonnes of food to Egypt, Egyptian Finance Minister Karim Nassar said.', [['European Union', 'AID', 'Egypt']]],
  // another's soldiers trained are military aid to that party
  ["Britain is training Ukrainian soldiers, Ukraine's defence ministry said.", [['United Kingdom', 'AID', 'Ukraine']]],
  // aid nouns: their giver after "from", their recipient where they arrive; a disbursement is money paid out
  ['Aid from Saudi Arabia reached Yemen last week.', [['Saudi Arabia', 'AID', 'Yemen']]],
  ["The IMF's disbursement of $1.1 billion to Pakistan came on Friday.", [['International Monetary Fund', 'AID', 'Pakistan']]],
  // the secretariat of a body the article names acts in the body's name (stages/acts-for.ts)
  ['Tonga is a member of the Pacific Islands Forum. The Pacific Islands Forum Secretariat sent relief supplies to Tonga on Monday.',
    [['Pacific Islands Forum', 'AID', 'Tonga']]],
  // aid sent to a city goes to its country, when the article names it
  ['Egypt sent 30 trucks of medical supplies to Port Sudan as fighting spread across Sudan.', [['Egypt', 'AID', 'Sudan']]],
];

const GUARDS: Array<[string, Triple[]]> = [
  // where something received comes from is no recipient of aid
  ['Hungary receives most of its oil from Russia through the Druzhba pipeline.', []],
  // captives released stay a release; training with no force trained codes nothing
  ['Israel released 90 Palestinian prisoners.', [['Israel', 'RETREAT', 'Palestinian']]],
  ['The team trained in Kenya before the tournament.', []],
  ['The army trained 5,000 new recruits in March.', []],
  // work in the giver's own country aids no one
  ['Germany will finance solar plants in Germany.', []],
  ['Spain will contribute 500 million euros to the Global Fund.', [['Spain', 'AID', 'Global Fund']]],
];

for (const [text, want] of [...ROWS, ...GUARDS]) {
  test(`events: ${text}`, () => {
    assert.deepEqual(triples(text), want);
  });
}
