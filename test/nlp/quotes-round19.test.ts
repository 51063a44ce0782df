// Quote detection and speakers, round 19 (classes found on invented news paragraphs): a definite "the ministry" or "the
// army" refers back to the country named with its earlier mention; "the official" after "a senior official" is that
// unnamed person, not a titled one named later; kinship nouns in apposition give a name its gender; a possessive that
// opens a phrase ending in a name leaves the name the subject; coordinated countries go to the first one named; a
// quote standing alone after a sentence where someone takes a position is theirs; the "that" of a report may stand
// past an adjunct that names its medium or opens with a preposition; German and one-sided curly marks pair; a plural
// noun the tagger took for a verb after "that" opens a clause; a name in title case after a noun for a work is no
// quote; a name the tagger took for a verb does not stop a second speaker's phrase; a role holder first seen in a
// photo caption is found in their next sentence; a reported clause may be two words; a name after a rank in
// apposition speaks. Each test failed before; rows marked as guards passed already. Invented sentences.
import { test } from 'node:test';
import { checkQuotes as check } from './fixtures/quotes.js';

test('quotes: "the ministry" refers back to the country of the last minister or ministry named with one', () => {
  check([
    ['ACCRA - Malawi\'s trade minister, Ruth Banda, said maize exports would be halted. The ministry said the ban would last until March.',
      [['maize exports would be halted', 'Ruth Banda'], ['the ban would last until March', 'Malawi']]],
  ]);
});

test('quotes: "the army" refers back to the country named with an earlier "army"', () => {
  check([
    ["Chad's army said on Friday it had repelled an attack near the border. Army spokesman Idriss Mahamat said the situation was calm. The army said four soldiers had been wounded.",
      [['it had repelled an attack near the border', 'Chad'], ['the situation was calm', 'Idriss Mahamat'], ['four soldiers had been wounded', 'Chad']]],
  ]);
});

test('quotes: "the official" after "a senior official" is that unnamed person', () => {
  check([
    ['A senior Egyptian official said the truce talks had stalled. The official said both sides had rejected the draft. Hamas official Khalil Saad said no new draft had arrived.',
      [['the truce talks had stalled', null], ['both sides had rejected the draft', null], ['no new draft had arrived', 'Khalil Saad']]],
  ]);
});

test('quotes: a kinship noun in apposition gives a one-word name its gender', () => {
  check([
    ['Elena Costa has sold flowers in the square for 30 years. Her husband, Dario, repairs bicycles. "The rent has tripled," she said.',
      [['The rent has tripled', 'Elena Costa']]],
  ]);
});

test('quotes: "Her neighbour X" is X, not the one "her" stands for', () => {
  check([
    ['Lina Duarte runs a bakery on the harbour road. Her neighbour Tomas Ribeiro agreed, saying tourist numbers had fallen.',
      [['tourist numbers had fallen', 'Tomas Ribeiro']]],
  ]);
});

// (round 26: each country gets the quote, as eval/own/dev2's gold has it)
test('quotes: coordinated countries each get the quote', () => {
  check([
    ['Chile and Peru said in a joint communique that they would share fishing data.',
      [['they would share fishing data', 'Chile'], ['they would share fishing data', 'Peru']]],
  ]);
});

test('quotes: a quote standing alone after a sentence where someone takes a position is theirs', () => {
  check([
    ['Transport Minister Ilse Vogt on Monday defended the fare rise. "Trains cost money. Someone has to pay for them."',
      [['Trains cost money. Someone has to pay for them.', 'Ilse Vogt']]],
  ]);
});

test('quotes: "that" may stand far past a cue when the adjunct names the medium of the report', () => {
  check([
    ["Peru's foreign ministry said on Sunday in a statement published on its website that the ambassador had been recalled.",
      [['the ambassador had been recalled', 'Peru']]],
  ]);
});

test('quotes: German marks and one-sided curly marks pair', () => {
  check([
    ['Mayor Hanna Pohl said: „The square will be closed until June.“ Traders were not consulted.',
      [['The square will be closed until June.', 'Hanna Pohl']]],
    ['“The square will be closed until June,“ Mayor Hanna Pohl said.',
      [['The square will be closed until June', 'Hanna Pohl']]],
    ['”The square will be closed until June,” Mayor Hanna Pohl said.',
      [['The square will be closed until June', 'Hanna Pohl']]],
    // guard: plain curly marks
    ['“The square will be closed until June,” Mayor Hanna Pohl said.',
      [['The square will be closed until June', 'Hanna Pohl']]],
  ]);
});

test('quotes: a plural noun tagged as a verb after "that" opens the reported clause', () => {
  check([
    ['Fisheries officer Amos Tembo noted that catches of tilapia had fallen by half since 2021.',
      [['catches of tilapia had fallen by half since 2021', 'Amos Tembo']]],
  ]);
});

test('quotes: a name in title case after a noun for a work is a title, not a quote', () => {
  check([
    ['The documentary "Winter Harvest", which tells the story of migrant workers in Spain, won a prize in Madrid. Its director, Laura Medina, said the workers deserved better pay.',
      [['the workers deserved better pay', 'Laura Medina']]],
  ]);
});

test('quotes: a word of a name the tagger took for a verb does not hide a second speaker', () => {
  check([
    ['Interior Minister Clara Nieto said the border would stay open, while Defence Minister Tore Lindqvist said patrols would be doubled.',
      [['the border would stay open', 'Clara Nieto'], ['patrols would be doubled', 'Tore Lindqvist']]],
  ]);
});

test('quotes: a role in a headline goes to its holder even when a photo caption names them first', () => {
  check([
    ["Namibia's president says drought fund will reach farmers by May\nPhoto: President Selma Haingura visits a farm near Windhoek on Monday.\nWINDHOEK, Namibia (Example Wire) - Namibian President Selma Haingura said on Monday a drought fund would reach farmers by May.",
      [['drought fund will reach farmers by May', 'Selma Haingura'], ['a drought fund would reach farmers by May', 'Selma Haingura']]],
  ]);
});

test('quotes: "that" may stand far past a cue after an adjunct that opens with a preposition', () => {
  check([
    ['Water Minister Paulo Mendes said during a visit to the pumping station at Lobito port in Benguela on Friday that rationing would end in July.',
      [['rationing would end in July', 'Paulo Mendes']]],
  ]);
});

test('quotes: "reassured X that" reports as "assured X that" does', () => {
  check([
    ['Water Minister Paulo Mendes reassured residents that the tap water was safe to drink.',
      [['the tap water was safe to drink', 'Paulo Mendes']]],
  ]);
});

test('quotes: a two-word clause of a subject and its finite verb is reported', () => {
  check([
    ['Chancellor Olaf Brandt met the Polish premier in Warsaw. Brandt said Poland agreed.',
      [['Poland agreed', 'Olaf Brandt']]],
    // guard: an elided clause is no report
    ['Asked if the border would reopen, Chancellor Olaf Brandt said it would.',
      []],
  ]);
});

test('quotes: a name in apposition after an inverted spokes-phrase speaks, past an abbreviated rank', () => {
  check([
    ['"The convoy was not attacked," said a spokesman for the Malian army, Lt. Col. Souleymane Traore.',
      [['The convoy was not attacked', 'Souleymane Traore']]],
  ]);
});
