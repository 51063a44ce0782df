// Quote speakers, round 25 (classes found on a fresh gold set written this round, eval/own/dev2's diagnosis half): a
// fronted place phrase the parse took for the subject; "which said" after a description; a ministry named by a list
// of portfolios; "the national government" against a regional one named last; "according to" a description with a
// possessive pronoun and a name in apposition that ends the sentence. Each row failed before this round unless marked
// as a guard. Invented sentences.
import { test } from 'node:test';
import { checkQuotes as check } from './fixtures/quotes.js';

test('quotes: a fronted place phrase is no speaker; the name in apposition after it is', () => {
  check([
    ['In Moscow, Dmitry Peskov, a Kremlin spokesman, said the exercise was routine.',
      [['the exercise was routine', 'Dmitry Peskov']]],
    // (guard: a named subject after the phrase, as before)
    ['In Moscow, Ivan Karpenko, the Kremlin spokesman, said the exercise was routine.', [['the exercise was routine', 'Ivan Karpenko']]],
  ]);
});

test('quotes: "which said" after a description speaks for what the description resolves to', () => {
  check([
    ['The Peruvian Navy said the frigate had sailed. The patrol will last a week, according to the navy, which said it was routine.',
      [['the frigate had sailed', 'Peruvian Navy'], ['The patrol will last a week', 'Peruvian Navy'], ['it was routine', 'Peruvian Navy']]],
  ]);
});

test('quotes: a ministry named by a list of portfolios is one organisation', () => {
  check([
    ['The Ministry of Energy, Mines and Water said the reservoirs were full.',
      [['the reservoirs were full', 'Ministry of Energy, Mines and Water']]],
  ]);
});

test('quotes: "the national government" is the state, not the regional government named last', () => {
  check([
    ['Iraq and the Kurdistan Regional Government met in May. The federal government said the talks had stalled.',
      [['the talks had stalled', 'Iraq']]],
  ]);
});

test('quotes: "according to" a description with a possessive, the name in apposition closing the sentence', () => {
  check([
    ['Chile will not join the boycott, according to its trade minister, Marta Olivares.',
      [['Chile will not join the boycott', 'Marta Olivares']]],
  ]);
});
