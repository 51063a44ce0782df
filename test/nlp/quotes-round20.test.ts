// Quote detection and speakers, round 20 (classes found on invented news paragraphs): a state body named with a
// demonym speaks for that country through the demonym when the article never names the country; an unnamed ministry
// under a capital's dateline goes to the country's demonym before the city; "the territory's ministry" is the place
// named before its sentence, not the article's home country; lawyers for the state speak for the state; a reported
// clause whose verb the tagger took for a noun ("the rebels control") is still a clause; the "that" of a report may
// stand past a participle on its medium ("in an interview with X published on Sunday that"); a rank before a name in
// apposition after "according to" leaves the name the source; "she" goes to someone known to be a woman before a
// name of unknown gender; a comment on the report with a reduced relative (", a decision Israel condemned") ends the
// reported clause; "according to police in X" reports though the tagger took "police" for a verb. Each test failed on the round-19 code; rows marked as guards passed already. Invented
// sentences.
import { test } from 'node:test';
import { checkQuotes as check } from './fixtures/quotes.js';

test('quotes: a state body named with a demonym speaks through the demonym when the country is not named', () => {
  check([
    ['Nine soldiers died when their convoy hit a mine, the Nigerian army said on Monday.',
      [['Nine soldiers died when their convoy hit a mine', 'Nigerian']]],
    ['Four bridges were washed away overnight, according to the Malawian army.',
      [['Four bridges were washed away overnight', 'Malawian']]],
    // guard: the country named, it is the country
    ['Nigeria holds elections in May. Nine soldiers died when their convoy hit a mine, the Nigerian army said.',
      [['Nine soldiers died when their convoy hit a mine', 'Nigeria']]],
  ]);
});

test('quotes: an unnamed ministry under a capital\'s dateline goes to the demonym of its country before the city', () => {
  check([
    ['LIMA - Peruvian police arrested 15 suspected gang members in a night raid, the interior ministry said.',
      [['Peruvian police arrested 15 suspected gang members in a night raid', 'Peruvian']]],
  ]);
});

test('quotes: "the territory\'s ministry" is the place named before its sentence, not one its clause names', () => {
  check([
    ['Air strikes hit Gaza overnight. Israel has killed 60 people since Friday, the territory\'s health ministry said.',
      [['Israel has killed 60 people since Friday', 'Gaza']]],
  ]);
});

test('quotes: lawyers for the state speak for the state', () => {
  check([
    ['OSLO - A Norwegian court halted the sale of the oil field. In court, lawyers for the state argued that the sale would help Norway.',
      [['the sale would help Norway', 'Norway']]],
    // guard: no country to speak for
    ['In court, lawyers for the government argued that the decree was lawful.',
      [['the decree was lawful', null]]],
  ]);
});

test('quotes: a reported clause whose verb the tagger took for a noun is a clause', () => {
  check([
    ['Colonel Marta Vidal said the rebels control two thirds of the valley.',
      [['the rebels control two thirds of the valley', 'Marta Vidal']]],
    ['The militia controls the northern airport, Colonel Marta Vidal said.',
      [['The militia controls the northern airport', 'Marta Vidal']]],
  ]);
});

test('quotes: the "that" of a report past a participle on its medium', () => {
  check([
    ['Energy Minister Tomas Lund said in an interview with the newspaper Politiken published on Sunday that the plant would shut.',
      [['the plant would shut', 'Tomas Lund']]],
  ]);
});

test('quotes: a rank before a name in apposition after "according to" leaves the name the source', () => {
  check([
    ['Two patrol boats were sunk, according to the navy chief of staff, Admiral Rui Matos.',
      [['Two patrol boats were sunk', 'Rui Matos']]],
  ]);
});

test('quotes: "she" goes to someone known to be a woman before a name of unknown gender', () => {
  check([
    ['Trade Minister Maria Lopes and her counterpart, Bhupender Yadav, met on Friday. Yadav said tariffs would fall. She said the deal was close.',
      [['tariffs would fall', 'Bhupender Yadav'], ['the deal was close', 'Maria Lopes']]],
  ]);
});

test('quotes: a comment on the report with a reduced relative ends the reported clause', () => {
  check([
    ['Premier Ana Belmonte said Portugal would recognise the new state, a decision Israel condemned on Friday.',
      [['Portugal would recognise the new state', 'Ana Belmonte']]],
    ['Premier Ana Belmonte said Portugal would recognise the new state, a move Israeli minister Dan Peretz called "a gift to extremists".',
      [['Portugal would recognise the new state', 'Ana Belmonte'], ['a gift to extremists', 'Dan Peretz']]],
  ]);
});

test('quotes: "according to police in X": a sayer noun the tagger took for a verb, placed by a preposition', () => {
  check([
    ['According to police in the port city of Mombasa, nine people were detained.',
      [['nine people were detained', null]]],
    ['Nine people were detained, according to police in Mombasa.',
      [['Nine people were detained', null]]],
  ]);
});
