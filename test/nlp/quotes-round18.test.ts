// Quote speakers, round 18 (classes found reading unannotated news and invented live blogs, analyses and releases):
// a reverse "according to" whose description has the person's name in apposition after it; a speaker whose name is a
// given name and a place used as its surname; an organisation that an apposition calls a group or a charity; a
// surname with a name particle repeated alone; a subhead in title case; "a statement from the office of X"; "the
// 61-year-old" after a sentence about a person when another person was named before; "Chipmaker X said". Each test
// failed before; rows marked as guards passed already. Invented sentences.
import { test } from 'node:test';
import { checkQuotes as check } from './fixtures/quotes.js';

test('quotes: "CLAUSE, according to DESCRIPTION, NAME." reports the person named in apposition', () => {
  check([
    ['The new ferry will enter service in April, according to the harbour board\'s chairman, Oskar Lind.',
      [['The new ferry will enter service in April', 'Oskar Lind']]],
    // guard: the name first, then the description
    ['The new ferry will enter service in April, according to Oskar Lind, the harbour board chairman.',
      [['The new ferry will enter service in April', 'Oskar Lind']]],
  ]);
});

test('quotes: a given name and a place word for a surname is the speaker, not the place\'s country', () => {
  check([
    ['Odalys Lisbon, a retired teacher, joined the march. Lisbon said the school had been closed without warning.',
      [['the school had been closed without warning', 'Odalys Lisbon']]],
  ]);
});

test('quotes: a run of capitalised words an apposition or a noun before it calls a group is the speaking organisation', () => {
  check([
    ['Save Our Dunes, a coastal campaign group, said the permit ignored nesting birds. "The beach is not for sale," said Save Our Dunes.',
      [['the permit ignored nesting birds', 'Save Our Dunes'], ['The beach is not for sale', 'Save Our Dunes']]],
    ['The Belgian charity Oxfam Novib said the shelters were full.',
      [['the shelters were full', 'Oxfam Novib']]],
    // guard: a person introduced by a noun for a group she founded stays a person
    ['The charity Marta Quist founded in 2011 said it would close two shelters.',
      [['it would close two shelters', 'Marta Quist']]],
  ]);
});

test('quotes: a surname with a name particle and a hyphen, repeated alone, is the person named before', () => {
  check([
    ['Karim Al-Sayed, a shepherd, lost forty sheep. Al-Sayed said the wells had dried up in May.',
      [['the wells had dried up in May', 'Karim Al-Sayed']]],
  ]);
});

test('quotes: a title-case subhead whose cue opens a span the tagger took for a name reports for the person named after', () => {
  check([
    ['Vice President Says Alliances Keep Europe Safe\nVice President Ilona Varga spoke in Szeged on Monday. "We will not retreat," Varga said.',
      [['Alliances Keep Europe Safe', 'Ilona Varga'], ['We will not retreat', 'Ilona Varga']]],
  ]);
});

test('quotes: "A statement from the office of TITLE NAME said" reports that person', () => {
  check([
    ['A statement from the office of Tarvian President Oskar Lind said the border would reopen on Monday.',
      [['the border would reopen on Monday', 'Oskar Lind']]],
    ['The office of Tarvian President Oskar Lind said the border would reopen on Monday.',
      [['the border would reopen on Monday', 'Oskar Lind']]],
  ]);
});

test('quotes: "The 61-year-old" after a sentence whose subject is a person is that person, whoever was named before', () => {
  check([
    ['Farmers blocked the road. Their leader, Ines Duarte, said the aid was late. "We will come back," she said.\n\nMinister Rui Falcao said the delay was caused by an audit. The 61-year-old, a former banker, insisted the funds were safe.',
      [['the aid was late', 'Ines Duarte'], ['We will come back', 'Ines Duarte'], ['the delay was caused by an audit', 'Rui Falcao'], ['the funds were safe', 'Rui Falcao']]],
    // guard: a noun first used for someone unnamed stays unnamed
    ['Minister Rui Falcao visited the farm. A farmer who met him was angry. The farmer said the aid was late.',
      [['the aid was late', null]]],
  ]);
});

test('quotes: a noun for a kind of company that opens the sentence is no part of the speaking company\'s name', () => {
  check([
    ['Chipmaker Norvia said sales rose by a fifth in March.',
      [['sales rose by a fifth in March', 'Norvia']]],
    // guard: a rank and a name
    ['Group Captain Ana Holm said the jet was safe.',
      [['the jet was safe', 'Ana Holm']]],
  ]);
});
