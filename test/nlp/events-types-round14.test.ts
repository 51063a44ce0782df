// Round-14 trigger senses and type decisions through the whole analyzer, as a table of invented sentences -> every
// (source, type, target). Each row failed before the round-14 change its comment names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, type Triple } from './fixtures/article.js';

const ROWS: Array<[string, Triple[]]> = [
  // "would keep striking": an ongoing act keeps its type (no threat), and the aspectual verb "keep" is no act of its own
  ['The United States said it would keep striking Islamic State positions in Syria.', [['United States', 'ASSAULT', 'Islamic State']]],
  // taking a town by force is fighting for it (ASSAULT), not PETRARCH2's occupation of territory (COERCE)
  ['Kenyan troops recaptured the town of Garissa from al-Shabaab on Monday.', [['Kenyan', 'ASSAULT', 'al-Shabaab']]],
  ['The Arakan Army seized the town of Sittwe from the Myanmar army last week.', [['Arakan Army', 'ASSAULT', 'Myanmar']]],
  // what parties were unable to do did not happen
  ['Serbia and Kosovo were unable to agree on the plan, Borrell said.', []],
  // approving a loan is the aid itself, no second (intent) event
  ['The Asian Development Bank approved a $90 million loan to Laos on Friday.', [['Asian Development Bank', 'AID', 'Laos']]],
  // removing or scrapping sanctions and tariffs eases them (RETREAT), it imposes nothing
  ['The European Union removed sanctions on Syria\'s central bank.', [['European Union', 'RETREAT', 'Syria']]],
  ['Canada scrapped tariffs on Chinese cars.', [['Canada', 'RETREAT', 'Chinese']]],
  // pushing parties somewhere is caused motion, not a demand
  ['Russia pushed Belarus towards a deeper union, the opposition said.', []],
  // barring another country's lorries from one's territory is a sanction on it, not the coercion of a group at home
  ['Latvia banned Russian-registered trucks at all its border crossings on Monday.', [['Latvia', 'SANCTION', 'Russian']]],
  // military aircraft sent somewhere are a deployment; an amount longer than a gap still names the troops trained
  // (another party's fighters trained are military aid to it, CAMEO 072, as PETRARCH2's PREPARE block codes "* fighter")
  ['Azerbaijan sent 20 military aircraft to the border on Friday.', [['Azerbaijan', 'MOBILIZE', null]]],
  ['Iran has trained more than 2,000 Houthi fighters in Yemen, according to Western officials.', [['Iran', 'AID', 'Houthis']]],
  // allowing deliveries in gives access (CAMEO 0863); road blockades are a protest's obstruction (CAMEO 144)
  ['Jordan allowed the delivery of 300 tonnes of flour to Gaza on Monday.', [['Jordan', 'RETREAT', null]]],
  ["The Bolivian Workers' Center began road blockades around La Paz on Tuesday.", [["Bolivian Workers' Center", 'PROTEST', null]]],
  // an act looked forward to has not happened; a negated act of giving way that refuses no one states resolve
  ['Prime Minister Albanese looks forward to working with Vietnam on maritime security.', []],
  ['"Kenya will not back down on this," President Ruto said.', []],
  // a measure withdrawn yields to its opponents (CAMEO 0832), a participle before it too ("a proposed tax")
  ["Kenya withdrew the proposed levy on mobile money after protests by traders.", [['Kenya', 'CONCEDE', null]]],
  // a meeting with no one named to meet is no consultation
  ['The Security Council meets on Friday.', []],
];

for (const [text, want] of ROWS) {
  test(`events (round 14): ${text}`, () => {
    assert.deepEqual(triples(text), want);
  });
}
