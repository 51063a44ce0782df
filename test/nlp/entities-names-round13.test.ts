// Names cut or mistyped on unseen news (src/nlp/entities/name-shapes.ts, rules.ts, src/nlp/stages/resolve.ts,
// kb-data/sources/orgs.tsv): the upper-case city of a dateline read as a person or run on into the name after its dash,
// longer romanised syllables of hyphenated given names, the wire descriptions of UN agencies ("the UN food agency"),
// a one-word place name that opens a later sentence, firms named with "consultancy", surnames with a Dutch particle
// and a place head ("van Dam"), and a surname that is also a town. Invented sentences; real names only where the knowledge base
// is under test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/pipeline.js';
import { articleInput as input } from './fixtures/article.js';

const typesOf = (text: string, name: string): string[] => analyze(input(text)).entities.filter((e) => e.name === name).map((e) => e.type);

const rows: Array<[string, string, string | null]> = [
  // sentence, entity name, expected type (null: no entity of that name)
  // a dateline's upper-case city before a spaced dash is the place the story was filed from, whatever the tagger made of it
  ['WASHINGTON - The Tarvo Development Fund agreed a new credit line with Chile on Monday.', 'WASHINGTON', null],
  ['PARIS - Culture Minister Odile Marchand opened the new wing of the gallery on Sunday.', 'Paris', 'GPE'],
  ['PARIS - Culture Minister Odile Marchand opened the new wing of the gallery on Sunday.', 'PARIS', null],
  // ... also where one name runs on across the dash into a person's name: the dash ends the place
  ['GENEVA - Ottokar Frey, the agency\'s chief of staff, on Monday asked donors for more money.', 'Ottokar Frey', 'PERSON'],
  ['GENEVA - Ottokar Frey, the agency\'s chief of staff, on Monday asked donors for more money.', 'GENEVA - Ottokar Frey', null],
  // a longer romanised syllable after a hyphen is part of a Korean or Chinese given name
  ['Vice Minister Baek Ji-hyeong said the rules would change in May.', 'Baek Ji-hyeong', 'PERSON'],
  ['Vice Minister Baek Ji-hyeong said the rules would change in May.', 'Baek Ji', null],
  // "the UN food agency", "the UN health agency": the wire descriptions of UN agencies are those agencies, not the UN
  ['The UN food agency said it had run out of flour in the northern camps.', 'World Food Programme', 'ORG'],
  ['The UN food agency said it had run out of flour in the northern camps.', 'United Nations', null],
  ['Staff of the UN health agency flew to the coast with vaccines on Friday.', 'World Health Organization', 'ORG'],
  ["The UN children's agency said 40 schools had been damaged.", 'UNICEF', 'ORG'],
  ['The UN migration agency counted 300 arrivals on the islands last week.', 'International Organization for Migration', 'ORG'],
  // a one-word town named as a place and later opening a sentence is that place, never a person
  ['Drones struck fuel depots near Kovalivka overnight. Kovalivka has been without power since March.', 'Kovalivka', 'GPE'],
  // a firm named by a consultancy noun before it or in apposition after it
  ['Kelvane, a shipping consultancy, said freight rates had doubled since May.', 'Kelvane', 'ORG'],
  ['Shipping consultancy Kelvane said freight rates had doubled since May.', 'Kelvane', 'ORG'],
  // a given name, a Dutch particle and a word that is also a place head are a person's name
  ['The appeal was drafted by Femke van Dam, who teaches law in Leiden.', 'Femke van Dam', 'PERSON'],
  ['Support came from Ilse ter Haven and two other councillors.', 'Ilse ter Haven', 'PERSON'],
  // a surname that is also a town, with a role in apposition, ends the person's name
  ['Murat Tokat, a lawyer for the families, said the hearing was postponed.', 'Murat Tokat', 'PERSON'],
  ['Murat Tokat, a lawyer for the families, said the hearing was postponed.', 'Tokat', null],
  // "Management" and "Investments" end a firm's name as "Holdings" does
  ['Kelvor Bank Investment Management said it had sold its stake in the miner.', 'Kelvor Bank Investment Management', 'ORG'],
  // a person's name after a long capitalised title, and one run on after an organisation's name, stand on their own
  ["Togo's Minister for Mines and Water Resources Emmanuel Kossi-Agbo Dogbe said on Monday that licences were revoked.", 'Emmanuel Kossi-Agbo Dogbe', 'PERSON'],
  ['Chairperson of the Norland Association of Small Farmers Kofi Mensah said the rules were unfair.', 'Kofi Mensah', 'PERSON'],
  ['Chairperson of the Norland Association of Small Farmers Kofi Mensah said the rules were unfair.', 'Norland Association of Small Farmers', 'ORG'],
  // a town that is also a given name, right after "near", is the town
  ['Soldiers dug trenches near Kati after the raid on the depot.', 'Kati', 'GPE'],
];

for (const [text, name, type] of rows) {
  test(`names round 13: ${text} -> ${name}`, () => {
    assert.deepEqual(typesOf(text, name), type ? [type] : []);
  });
}

// what must stay as it was
const guards: Array<[string, string, string | null]> = [
  ['The Biden-backed plan was shelved on Friday.', 'Biden-backed', null],
  ['The UN said the talks would resume in June.', 'United Nations', 'ORG'],
  ['Kim Jong-un inspected the new missile base.', 'Kim Jong-un', 'PERSON'],
  ['Ana Rios met Mateo Vidal in Lima. Vidal said the deal was close.', 'Mateo Vidal', 'PERSON'],
  ['Hikers crossed the Sierra de la Laguna on foot.', 'Sierra de la Laguna', 'LOC'],
  ['Floods hit Rio de Janeiro on Sunday.', 'Rio de Janeiro', 'GPE'],
  ['Ana Ruiz, a group leader, said the road was closed.', 'Ana Ruiz', 'PERSON'],
  ['Management said the plant would close in June.', 'Management', null],
  ['The Bill and Melinda Gates Foundation paid for the vaccines.', 'Bill and Melinda Gates Foundation', 'ORG'],
  ['The lawyer sat near Kati Saar in the courtroom.', 'Kati Saar', 'PERSON'],
];

for (const [text, name, type] of guards) {
  test(`names round 13 (unchanged): ${text} -> ${name}`, () => {
    assert.deepEqual(typesOf(text, name), type ? [type] : []);
  });
}

// a person's full name repeated at the start of a later sentence is that person again (and "He" after it is too)
test('names round 13: a full name repeated at a sentence start is the same person', () => {
  const text = "Laos's foreign minister, Sone Vilay, welcomed Cambodia's Prime Minister Hun Manet to Vientiane on Monday for talks on river dams. Sone said both sides wanted more trade. Hun Manet thanked his host. He said the dams must not harm fishermen.";
  const a = analyze(input(text));
  const hun = a.entities.find((e) => e.name === 'Hun Manet');
  assert.equal(hun?.mentions.filter((m) => text.slice(m.start, m.end) === 'Hun Manet').length, 2);
});
