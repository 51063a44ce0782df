// Quote detection and speakers by construction, through the whole analyzer: reported clauses joined by "and that",
// a second main clause after the report, fragments quoted inside reported speech or after a verb of judgement,
// "according to" a role, anaphoric subjects ("the group", "it", "the spokesperson"). Invented sentences.
import { test } from 'node:test';
import { checkQuotes as check } from './fixtures/quotes.js';

test('quotes: "said A and that B" is one report; a second speech act or main clause ends it', () => {
  check([
    ['Ramona Quispe said the shaft was safe and that inspectors would return on Friday.',
      [['the shaft was safe and that inspectors would return on Friday', 'Ramona Quispe']]],
    ['Ramona Quispe said the union would honour the deal but warned that it would "strike again" if wages fell.',
      [['the union would honour the deal', 'Ramona Quispe'], ['strike again', 'Ramona Quispe']]],
    ['The Andean Miners Federation rejected the claim. The group said on Friday that its members had only defended themselves, and it blamed the owners for the clashes.',
      [['its members had only defended themselves', 'Andean Miners Federation']]],
  ]);
});

test('quotes: a quoted fragment is its reporter\'s words', () => {
  check([
    // a plural possessive is no quote mark
    ['Ramona Quispe said the trials were testing the miners\' ability to "work without light" for hours.',
      [['work without light', 'Ramona Quispe']]],
    // the cue after the fragment ends the sentence
    ['Ramona Quispe spoke in Lima. Chile was following the dispute "with deep concern", Quispe said.',
      [['Chile was following the dispute', 'Ramona Quispe'], ['with deep concern', 'Ramona Quispe']]],
    // a reported clause after "according to X," holds it (the clause stops before it, as it does for a fragment found
    // first: "Chile was following the dispute")
    ['According to Ramona Quispe, the miners are unhurt and will be brought up "within hours".',
      [['the miners are unhurt and will be brought up', 'Ramona Quispe'], ['within hours', 'Ramona Quispe']]],
    // verbs of judgement
    ['Ramona Quispe dismissed the audit as "pure fiction" on Monday.', [['pure fiction', 'Ramona Quispe']]],
    ['Ramona Quispe described the talks with the owners as "a step backwards".', [['a step backwards', 'Ramona Quispe']]],
    ['Ramona Quispe accused the owners of "reckless greed" after the collapse.', [['reckless greed', 'Ramona Quispe']]],
  ]);
});

test('quotes: reporting verbs and "according to"', () => {
  check([
    ['The tunnel will reopen in May, according to three prosecutors on the case.', [['The tunnel will reopen in May', null]]],
    ['The tunnel will reopen in May, according to the plan.', []],
    ['The new rules would add two more inspectors to every shaft.', []],
    ['Ramona Quispe conveyed that Chile would respect the ruling.', [['Chile would respect the ruling', 'Ramona Quispe']]],
    ['Ramona Quispe conveyed her condolences to the families.', []],
  ]);
});

test('quotes: the speaker of a participle, of "it", of "the spokesperson"', () => {
  check([
    ['Ramona Quispe said Lima would not sign the accord, arguing that Santiago had broken its promises.',
      [['Lima would not sign the accord', 'Ramona Quispe'], ['Santiago had broken its promises', 'Ramona Quispe']]],
    ['Ramona Quispe, the spokesperson of the Chilean Ministry of Mining, spoke first. A Ministry of Energy spokesperson said the grid was stable. "We have enough reserves," the spokesperson said.',
      [['the grid was stable', 'Ministry of Energy'], ['We have enough reserves', 'Ministry of Energy']]],
    // "it" is the subject of the last sentence: the possessed name, not its possessor
    ["Peru's Mining Authority said the shaft collapsed at noon on Sunday. Four workers were hurt, it said.",
      [['the shaft collapsed at noon on Sunday', 'Mining Authority'], ['Four workers were hurt', 'Mining Authority']]],
  ]);
});

test('quotes: interview answers in "Q." / "Question:" form', () => {
  check([
    ['Ramona Quispe spoke to us in Lima.\n\nQuestion: Will the tunnel reopen?\n\nAnswer: Not this year, and perhaps never.',
      [['Not this year, and perhaps never.', 'Ramona Quispe']]],
    ['Ramona Quispe spoke to us in Lima.\n\nQ. Will the tunnel reopen?\n\nA. Only when it is safe.', [['Only when it is safe.', 'Ramona Quispe']]],
  ]);
});
