// Quote detection and speakers, round 18b (classes found reading unannotated news and invented paragraphs): coordinated
// speakers go to the first one named; "a company spokeswoman" after a company's name the recognizer typed a person; a
// second party that "points to" something ends the reported clause; a noun modifier the tagger read as a verb ("said
// pay talks would …") opens a clause; quoted fragments listed after an attributed one are the same speaker's; a
// ministry's press office speaks for the ministry's country. Each test
// failed before; rows marked as guards passed already. Invented sentences.
import { test } from 'node:test';
import { checkQuotes as check } from './fixtures/quotes.js';

// (round 26: each named speaker gets the quote, as eval/own/dev2's gold has it; the unnamed deputy gets none)
test('quotes: coordinated speakers each get the quote, an unnamed one none', () => {
  check([
    ['Finance Minister Lena Varga and her deputy said the budget would be balanced by 2028.',
      [['the budget would be balanced by 2028', 'Lena Varga']]],
    ['Lena Varga and Tomas Berg said in a joint communique that the talks had made progress.',
      [['the talks had made progress', 'Lena Varga'], ['the talks had made progress', 'Tomas Berg']]],
  ]);
});

test('quotes: "a company spokeswoman" speaks for a company whose name was read as a person\'s', () => {
  check([
    ['Vestra Kraft said the plant would close. A company spokesman said 200 jobs would go.',
      [['the plant would close', 'Vestra Kraft'], ['200 jobs would go', 'Vestra Kraft']]],
    ['Statoil Nordic said the rig would close. The company said 40 jobs would go.',
      [['the rig would close', 'Statoil Nordic'], ['40 jobs would go', 'Statoil Nordic']]],
    // guard: a person with a known given name is no company
    ['Jonas Lind said the smelter would reopen in May. A company spokeswoman said the workers had been paid.',
      [['the smelter would reopen in May', 'Jonas Lind'], ['the workers had been paid', null]]],
  ]);
});

test('quotes: ", and officials in X point to ..." ends the reported clause', () => {
  check([
    ['The bank said the funds are safe, and officials in Oslo point to the strong reserves.',
      [['the funds are safe', null]]],
    ['The bank said the funds were safe, and analysts pointed to the strong reserves.',
      [['the funds were safe', null]]],
  ]);
});

test('quotes: a noun modifier tagged as a verb opens a reported clause ("said pay talks would resume")', () => {
  check([
    ['The union said pay talks would resume on Monday.',
      [['pay talks would resume on Monday', null]]],
    // guard: a participle modifier did already
    ['The union said rising prices would hurt members.',
      [['rising prices would hurt members', null]]],
  ]);
});

test('quotes: quoted fragments listed after an attributed one are the same speaker\'s', () => {
  check([
    ['Lena Varga called the plan "reckless" and "a gift to smugglers".',
      [['reckless', 'Lena Varga'], ['a gift to smugglers', 'Lena Varga']]],
    ['Lena Varga described the levy as "unfair", "costly" and "badly timed".',
      [['unfair', 'Lena Varga'], ['costly', 'Lena Varga'], ['badly timed', 'Lena Varga']]],
  ]);
});

test('quotes: the press office of an unnamed ministry speaks for its country, as the ministry does', () => {
  check([
    ['OSLO - The foreign ministry press office said the quota was fair. Norway will not sign.',
      [['the quota was fair', 'Norway']]],
    ["OSLO - The foreign ministry's press service said the quota was fair. Norway will not sign.",
      [['the quota was fair', 'Norway']]],
  ]);
});
