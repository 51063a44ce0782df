// Quote speakers, round 26 (classes found by running invented wire paragraphs and on the diagnosis halves of
// eval/own/dev2 and eval/own/dev3): coordinated speakers; "which said" after a description or a bracketed acronym;
// staff at a named body; a surname with a name particle after a longer full name; an inverted cue before a description
// and a name in apposition; a fragment after a verb coordinated past a relative clause. Each row failed before this
// round unless marked as a guard. Invented sentences.
import { test } from 'node:test';
import { checkQuotes as check } from './fixtures/quotes.js';

test('quotes: coordinated speakers each get the quote', () => {
  check([
    ['Norway and Iceland said on Tuesday they would pool their herring quotas.',
      [['they would pool their herring quotas', 'Norway'], ['they would pool their herring quotas', 'Iceland']]],
    ['Kenya, Uganda and Tanzania said the new rail tariff would take effect in March.',
      [['the new rail tariff would take effect in March', 'Tanzania'], ['the new rail tariff would take effect in March', 'Uganda'], ['the new rail tariff would take effect in March', 'Kenya']]],
    ['Estonian President Maarja Kuusk and Finnish Prime Minister Aleksi Lehto told reporters in Tallinn that the ferry link would stay open.',
      [['the ferry link would stay open', 'Maarja Kuusk'], ['the ferry link would stay open', 'Aleksi Lehto']]],
    ['"We will not be divided," Chile and Peru said in a joint statement.',
      [['We will not be divided', 'Chile'], ['We will not be divided', 'Peru']]],
    // (guards: a list inside the reported clause, and one after a preposition, are no speakers)
    ['The talks between Sofia Marin and Pavel Dvorak were frank, Mirela Ionescu said.',
      [['The talks between Sofia Marin and Pavel Dvorak were frank', 'Mirela Ionescu']]],
    ['After meeting Sofia Marin and Pavel Dvorak, Mirela Ionescu said the deal was close.', [['the deal was close', 'Mirela Ionescu']]],
  ]);
});

test('quotes: "which said" speaks for a description before it, or for the body its bracketed acronym names', () => {
  check([
    ['Polish and Czech tanks began a joint exercise on Monday, Poland\'s defence ministry said. The exercise will test river crossings, according to the defence ministry, which said it was "purely defensive".',
      [['Polish and Czech tanks began a joint exercise on Monday', 'Poland'], ['The exercise will test river crossings', 'Poland'], ['purely defensive', 'Poland']]],
    ['The harvest will be late, in line with a forecast from the Andean Weather Institute (AWI), which said in May that the rains would come late.',
      [['the rains would come late', 'Andean Weather Institute']]],
  ]);
});

test('quotes: staff at a named body speak for it', () => {
  check([
    ['Researchers at the University of Tartu say the lake is warming faster than expected.',
      [['the lake is warming faster than expected', 'University of Tartu']]],
    // (guard: officials at an unnamed ministry stay unnamed)
    ['Officials at the Bolivian health ministry said the fires were contained.', [['the fires were contained', null]]],
  ]);
});

test('quotes: a surname with a name particle is the person named in full with it', () => {
  check([
    ['The Iraqi trade minister, Haidar Abdul Karim al-Rubai, said on Sunday that tariffs would fall. Later, al-Rubai said the cut was final.',
      [['tariffs would fall', 'Haidar Abdul Karim al-Rubai'], ['the cut was final', 'Haidar Abdul Karim al-Rubai']]],
  ]);
});

test('quotes: an inverted cue before a description and a name in apposition: the name speaks', () => {
  check([
    ['The Baltic Ferry Union welcomed the deal. "Our crews have waited years for this," said its chief executive, Anders Holt.',
      [['Our crews have waited years for this', 'Anders Holt']]],
    ['"We have waited too long for this money," said the Executive Secretary of the Coral Islands Forum, Tevita Manu.',
      [['We have waited too long for this money', 'Tevita Manu']]],
  ]);
});

test('quotes: a fragment after a verb coordinated past a report in a relative clause is the sentence subject\'s', () => {
  check([
    ['Kiribati\'s energy minister, Teuea Tabane, said the grants were too small. He criticised Canada for cutting the money it had promised, and called on the richest polluters to "settle their bill in full".',
      [['the grants were too small', 'Teuea Tabane'], ['settle their bill in full', 'Teuea Tabane']]],
    ['Fiji\'s trade minister, Ana Tuilau, said the offer was late. She thanked Japan but faulted Korea for halving the $12 million it had pledged, and called on donors to "keep their word".',
      [['the offer was late', 'Ana Tuilau'], ['keep their word', 'Ana Tuilau']]],
    // (guard: a report of the sentence's own subject before it)
    ['Iran\'s foreign ministry spokesman Reza Karimi said Washington bore full responsibility and accused it of "playing with fire".',
      [['Washington bore full responsibility', 'Reza Karimi'], ['playing with fire', 'Reza Karimi']]],
  ]);
});
