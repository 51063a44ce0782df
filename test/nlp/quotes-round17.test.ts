// Quote speakers and spans, round 17 (classes found reading unannotated news and invented wire, live-blog and release
// copy): an unnamed spokesperson or statement of an unnamed government body; a second speaker after "and" with a description in
// apposition, or after "though"; a possessive before a role word the tagger took for an adjective; a name inside an aside that is the
// object of its gerund; a possessive that opens a description is not the sentence's subject for a later "he"; a
// relative clause on the source of "according to", or "according to X" set off inside the clause; a description with a name in apposition after an inverted or a
// reverse cue; a report inside a clause reported in reverse; names something goes by; an organisation in apposition to
// a description with a possessor; the writer's comment after a reported clause; a quote after a sentence in which
// someone takes a stance ("Y disagreed.", "Y was not convinced."); "it" after an unnamed body as subject; the hearer of "assured", "warned" before a clause with no "that"; a
// spokesperson or lawyer "for" someone named; passives that name the speaker ("told by X that", "is said to have
// told", "X was quoted as saying."); a reverse attribution to two coordinated subjects. Each row failed before this round
// unless marked as a guard. Invented sentences.
import { test } from 'node:test';
import { checkQuotes as check } from './fixtures/quotes.js';

test('quotes: an unnamed spokesperson (or statement) of an unnamed ministry or government speaks for its country, as the body does', () => {
  check([
    ['Ghana recalled its envoy to Lome on Monday. Talks would continue, a government spokesman said.',
      [['Talks would continue', 'Ghana']]],
    ['Ghana recalled its envoy to Lome on Monday. A foreign ministry spokesman said talks would continue.',
      [['talks would continue', 'Ghana']]],
    ['Ghana recalled its envoy to Lome on Monday. Talks would continue, a spokesman for the foreign ministry said.',
      [['Talks would continue', 'Ghana']]],
    ["Ghana's foreign ministry said on Monday that the envoy had been recalled. A ministry spokesperson added that talks would continue.",
      [['the envoy had been recalled', 'Ghana'], ['talks would continue', 'Ghana']]],
    // (and so does its statement)
    ['Ghana recalled its envoy to Lome on Monday. A foreign ministry statement said talks would continue.',
      [['talks would continue', 'Ghana']]],
    ['Ghana recalled its envoy to Lome on Monday. Talks would continue, a statement from the foreign ministry said.',
      [['Talks would continue', 'Ghana']]],
    ['Ghana recalled its envoy to Lome on Monday. Talks would continue, according to a government statement.',
      [['Talks would continue', 'Ghana']]],
    // guard: a ministry the article names keeps its spokesperson
    ['Kenya reported 12 new cases on Monday. A spokesman for the Ministry of Health said the clinics had enough vaccine.',
      [['the clinics had enough vaccine', 'Ministry of Health']]],
  ]);
});

test('quotes: "X said A, and her deputy, Y, added B": the second clause has a subject of its own', () => {
  check([
    ['Karin Olsen, the finance minister, said the budget would be balanced, and her deputy, Lars Moe, added that taxes would not rise.',
      [['the budget would be balanced', 'Karin Olsen'], ['taxes would not rise', 'Lars Moe']]],
  ]);
});

test('quotes: "X said A, though Y said B", "although her rivals said B": a second speaker after a concessive', () => {
  check([
    ['Karin Olsen said the budget would be balanced, though the opposition leader, Lars Moe, said the plan was a fantasy.',
      [['the budget would be balanced', 'Karin Olsen'], ['the plan was a fantasy', 'Lars Moe']]],
    ['Karin Olsen said the budget would be balanced, although her rivals said the plan was a fantasy.',
      [['the budget would be balanced', 'Karin Olsen'], ['the plan was a fantasy', null]]],
  ]);
});

test('quotes: "Her rival, Y, insisted": a possessive before a role word tagged as an adjective is not the subject', () => {
  check([
    ['Karin Olsen said the budget would be balanced. Her rival, Lars Moe, insisted that taxes would rise.',
      [['the budget would be balanced', 'Karin Olsen'], ['taxes would rise', 'Lars Moe']]],
  ]);
});

test('quotes: "The minister, speaking after meeting his counterpart, Y, said": Y is the object inside the aside', () => {
  check([
    ['The minister, speaking at a news conference in Oslo after meeting his Swedish counterpart, Karin Olsen, said the border would reopen.',
      [['the border would reopen', null]]],
  ]);
});

test('quotes: "he said" after "Her deputy, Y, disagreed." or "Y, her deputy, disagreed." is Y', () => {
  check([
    ['"We have waited long enough," Holm said. "The money is there." Her deputy, Lars Moe, disagreed. "It is too early," he said.',
      [['We have waited long enough', 'Holm'], ['The money is there.', 'Holm'], ['It is too early', 'Lars Moe']]],
    ['Anna Holm said the money was there. Lars Moe, her deputy, disagreed. "It is too early," he said.',
      [['the money was there', 'Anna Holm'], ['It is too early', 'Lars Moe']]],
  ]);
});

test('quotes: "According to X, who …, CLAUSE": the relative clause on the source is not reported', () => {
  check([
    ['According to Anna Holm, who chairs the inquiry, the findings will be published in June.',
      [['the findings will be published in June', 'Anna Holm']]],
    ['According to Anna Holm, who chairs the inquiry, which was set up in May, the findings will be published in June.',
      [['the findings will be published in June', 'Anna Holm']]],
  ]);
});

test('quotes: "The dam, according to X, collapsed …": "according to" set off inside the clause it reports', () => {
  check([
    ['The dam, according to Holm, collapsed shortly after midnight.',
      [['The dam, according to Holm, collapsed shortly after midnight', 'Holm']]],
  ]);
});

test('quotes: a description with a name in apposition after an inverted or reverse cue names the speaker', () => {
  check([
    ['"The dam is safe," said the chief engineer of the Northern Water Authority, Lars Moe.',
      [['The dam is safe', 'Lars Moe']]],
    ['"The dam is safe," the authority\'s chief engineer, Lars Moe, who has overseen the site since 2010, told reporters on Tuesday.',
      [['The dam is safe', 'Lars Moe']]],
  ]);
});

test('quotes: "A had warned that B, X said.": the whole clause is X\'s report, not the inner report with X in it', () => {
  check([
    ['Engineers had warned for years that the dam was unsafe, Anna Holm, a local councillor, said.',
      [['Engineers had warned for years that the dam was unsafe', 'Anna Holm']]],
    ['The government has promised that the road will be rebuilt, the mayor, Anna Holm, said on Friday.',
      [['The government has promised that the road will be rebuilt', 'Anna Holm']]],
  ]);
});

test('quotes: a name something goes by ("what locals call", "calls itself", "known as") is no quote', () => {
  check([
    ['Fishermen in the harbour now sell their catch for what they call "sea gold" at the Sunday market.', []],
    ['The rebels control what locals call "the green zone" along the river.', []],
    ['The group, which calls itself "the Guardians", claimed the attack.', []],
  ]);
});

test('quotes: "The UN\'s humanitarian office, OCHA, says": the organisation in apposition, not the possessor', () => {
  check([
    ["The UN's humanitarian office, OCHA, says at least 12,000 people have been displaced.",
      [['at least 12,000 people have been displaced', 'OCHA']]],
  ]);
});

test('quotes: ", a move that …" after a reported clause is the writer\'s comment, not part of the report', () => {
  check([
    ["Burkina Faso's government says it will open the dam further on Thursday, a move that could worsen flooding in Ghana.",
      [['it will open the dam further on Thursday', 'Burkina Faso']]],
    ['The central bank said it would raise rates by half a point, a step widely seen as overdue.',
      [['it would raise rates by half a point', null]]],
  ]);
});

test('quotes: a quote after "Y disagreed." or "Y was not convinced." is Y\'s, not the speaker of the quote before', () => {
  check([
    ['"We will rebuild every house," Anna Holm said. Lars Moe disagreed. "We have heard this before."',
      [['We will rebuild every house', 'Anna Holm'], ['We have heard this before.', 'Lars Moe']]],
    ['"We will rebuild every house," Anna Holm said. Lars Moe, who lost his home, was not convinced. "We have heard this before."',
      [['We will rebuild every house', 'Anna Holm'], ['We have heard this before.', 'Lars Moe']]],
    ['Anna Holm was blunt. "The budget is empty."', [['The budget is empty.', 'Anna Holm']]],
    // guard: a sentence about someone that takes no stance gives the quote no speaker
    ['Lars Moe was killed in the storm. "He was a kind man."', [['He was a kind man.', null]]],
  ]);
});

test('quotes: "it said" after "The army denied the claims." is the unnamed army, not an organisation named before', () => {
  check([
    ['Amnesty International accused the army of torture. The army denied the claims. It said its soldiers had acted within the law.',
      [['its soldiers had acted within the law', null]]],
    ['Greenpeace criticised the company on Monday. The company rejected the criticism. It said the spill had been contained.',
      [['the spill had been contained', null]]],
  ]);
});

test('quotes: "assured residents the water was safe": the hearer before a clause with no "that" is not reported', () => {
  check([
    ['Anna Holm assured residents the water was safe to drink.', [['the water was safe to drink', 'Anna Holm']]],
    ['Anna Holm warned the government the dam could burst.', [['the dam could burst', 'Anna Holm']]],
  ]);
});

test('quotes: "a spokesperson for X", "lawyers for X": they speak for the one named after "for"', () => {
  check([
    ['A spokesperson for Karin Olsen said she would not attend the summit.', [['she would not attend the summit', 'Karin Olsen']]],
    ['Lawyers for Nordea told the court that the bank had followed the rules.', [['the bank had followed the rules', 'Nordea']]],
    // guard: no one named after "for"
    ['A spokesperson for the families said they would appeal.', [['they would appeal', null]]],
  ]);
});

test('quotes: passives that name the speaker: "were told by X that", "X is said to have told", "…, X was quoted as saying"', () => {
  check([
    ['Reporters were told by Anna Holm that the plant would close.', [['the plant would close', 'Anna Holm']]],
    ['Anna Holm is reported to have said that the plant would close.', [['the plant would close', 'Anna Holm']]],
    ['Anna Holm is said to have told staff that the plant would close.', [['the plant would close', 'Anna Holm']]],
    ['The plant will close, Anna Holm was quoted as saying by the Courier.', [['The plant will close', 'Anna Holm']]],
  ]);
});

test('quotes: "CLAUSE, X and Y said." is a report in reverse (the speaker the nearer conjunct, as with "X and Y said CLAUSE")', () => {
  check([
    ['The talks would resume in June, Anna Holm and Lars Moe said.', [['The talks would resume in June', 'Lars Moe']]],
    // guard: "and" that opens a clause is no coordinated subject
    ['The talks broke down, and Moe said the plan was dead.', [['the plan was dead', 'Moe']]],
  ]);
});
