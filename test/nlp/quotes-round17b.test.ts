// Quote speakers and spans, round 17 (second pass; classes found reading unannotated news and releases): a present-tense
// cue the tagger took for a plural noun before a clause with no "that" ("Lyon claims the valves …"); "they" after a
// sentence whose subject is people who write or study ("The authors say …. They call for …"); "they" in a clause after
// a people subject of its own sentence, not a place or demonym that only modifies a noun between ("… went to the
// Westfield police station, where they said …"); a comma and a cue in a series of verb phrases ("X raised A, noted all
// members of Y have B, and underscored C") is no inverted attribution. Each row failed before unless marked as a guard.
// Invented sentences.
import { test } from 'node:test';
import { checkQuotes as check } from './fixtures/quotes.js';

test('quotes: "X claims CLAUSE" with no "that", the cue tagged a plural noun after a name or a role', () => {
  check([
    ['Marta Lyon, a former engineer, spoke to reporters on Monday. Lyon claims the valves were never replaced.',
      [['the valves were never replaced', 'Marta Lyon']]],
    // guard: a present form the tagger reads as a verb
    ['Jonas Berg chairs the port authority. Berg argues the new quay will halve waiting times.',
      [['the new quay will halve waiting times', 'Jonas Berg']]],
    // guard: a noun before "claims" that names no one who speaks reports nothing
    ['The storm flooded 300 homes in March. Insurance claims rose by a third in April.',
      []],
  ]);
});

test('quotes: "they" after a sentence whose subject is the authors, researchers or scientists is them, not a demonym', () => {
  check([
    ['The authors say the survey shows a steep decline in Chilean rivers. They call for "urgent limits on water use."',
      [['the survey shows a steep decline in Chilean rivers', null], ['urgent limits on water use.', null]]],
    ['Researchers say the sample covered every Norwegian county. They said the results would be published in May.',
      [['the sample covered every Norwegian county', null], ['the results would be published in May', null]]],
  ]);
});

test('quotes: "People went to the X station, where they said …": "they" is the people subject, not a modifying place name', () => {
  check([
    ['Company officials went to the Westfield police station on Monday, where they said the files had been stolen.',
      [['the files had been stolen', null]]],
    ['Two officials visited the Swedish embassy on Friday, where they said the visas were ready.',
      [['the visas were ready', null]]],
  ]);
});

test('quotes: ", noted all members of Y have Z," inside a series of verb phrases is no inverted attribution', () => {
  check([
    ['President Anna Holm also raised concerns about the border, noted all members of the alliance have an interest in stability, and underscored her commitment to the treaty.',
      []],
    // guard: an inverted cue with a relative clause on the speaker
    ['The talks will resume in May, said a senior diplomat from Norway who attended the talks.',
      [['The talks will resume in May', null]]],
  ]);
});
