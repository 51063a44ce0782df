// Round-15 trigger senses and type decisions through the whole analyzer, as a table of invented sentences -> every
// (source, type, target). Each row failed before the round-15 change its comment names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, type Triple } from './fixtures/article.js';

const ROWS: Array<[string, Triple[]]> = [
  // an announced embargo or listing is the sanction itself ("announced commitments are coded as the act"), not a threat
  ['China said on Monday it would add five Japanese defence firms to its export control list.', [['China', 'SANCTION', 'Japanese']]],
  // ... but an announced cut in relations made on a condition stays a threat, and the condition ("if the board
  // censured it") is no act
  ['Iran warned on Monday that it would cut its cooperation with the IAEA if the board censured it.', [['Iran', 'THREATEN', 'IAEA']]],
  // "apply" is an appeal only with "for" or "to join"; applying rules uses them
  ['Estonia applied the new rules to Russia on Monday.', []],
  // what a party hopes to do is neither done nor promised
  ['Kenya hopes to sign a trade deal with Uganda next year.', []],
  // the acts an accusation charges are the accused's, told by the accuser: ACCUSE only
  ['Kenya accused Uganda of shelling the border town and denying any role in it.', [['Kenya', 'ACCUSE', 'Uganda']]],
  // a threat someone is judged to pose is a danger, no threat made
  ["Lithuania's defence minister spoke of the threat posed by Belarus to the region.", []],
  ['Kenya said al-Shabaab poses a serious threat to Somalia.', []],
  // what a party can do is an ability; what it cannot accept it refuses
  ['Putin said Russia can strike any target in Ukraine.', []],
  ['Both Peru and Chile can appeal the ruling, the court said.', []],
  ['Ghana cannot accept the proposal from Togo.', [['Ghana', 'REJECT', 'Togo']]],
  // troops raiding an armed group's base fight it (CAMEO 190); police raids on offices stay arrests and searches
  ['Kenyan troops raided a base of al-Shabaab near Kismayo on Monday.', [['Kenyan', 'ASSAULT', 'al-Shabaab']]],
  // an act someone stops is not done
  ['Prices will rise when Poland stops buying Ukrainian grain, traders said.', []],
  // helping with a task names no one helped
  ['The Red Cross, which helped register the prisoners, renewed its appeal to Kyiv.', [['International Committee of the Red Cross', 'REQUEST', 'Ukraine']]],
  // an act named as a condition has not happened
  ['Latvia said it would close its border if Russia attacked Lithuania.', [['Latvia', 'THREATEN', 'Russia']]],
  ['Kenya will recall its envoy if Uganda expels Kenyan traders, the ministry said.', [['Kenya', 'THREATEN', 'Uganda']]],
  // a warning of a danger (a common-noun subject, an active verb that names no act) is no threat; a warning of what
  // the speaker's side or its forces would do stays one
  ['UNICEF warned that 300,000 children in Tigray would need food aid by August.', []],
  ['Oxfam warned on Monday that prices would rise.', []],
  ['Hamas warned that its fighters would respond to any raid.', [['Hamas', 'THREATEN', null]]],
  // "which hosts the court" or "a US air base" tells a standing role, no meeting; a host of talks or of a visitor meets
  ['Qatar, which hosts a large US air base, condemned the strike.', [['Qatar', 'ACCUSE', null]]],
  ['Egypt, which hosted Abbas on Monday, called for a ceasefire.', [['Egypt', 'CONSULT', 'Abbas'], ['Egypt', 'REQUEST', null]]],
  // an act said to be close, near or possible is expected, not done
  ['Kenya and Ethiopia said an agreement on the dam was close.', []],
  ['A deal between Serbia and Kosovo is possible this year, Borrell said.', []],
  // "releases from its reservoirs" free no one (the noun frees people with "of", a possessor or a captive noun)
  ['Turkey said it had increased releases from its reservoirs to Iraq.', []],
  // an agreement named with no parties is no AGREE (only the verb "agree" keeps an untargeted one)
  ['The International Monetary Fund expects the agreement to be approved by its board in June.', []],
];

for (const [text, want] of ROWS) {
  test(`events (round 15, types): ${text}`, () => {
    assert.deepEqual(triples(text), want);
  });
}
