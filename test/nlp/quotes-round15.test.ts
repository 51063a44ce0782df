// Quote speakers and spans, round 15: coordination with a second speaker whose name holds a particle, pronouns and
// possessives in reverse attributions (binding), the head of a possessive phrase, intensifying reflexives, "that" as a
// clause's subject or a determiner, organisations named by their kind ("the company", "the X guerrilla group") and
// palaces. Each row failed before this round. Invented sentences.
import { test } from 'node:test';
import { checkQuotes as check } from './fixtures/quotes.js';

test('quotes: "X said A, and Y added that B" ends A before a second speaker whose name holds a particle ("De Smedt")', () => {
  check([
    ['Premier Karel Moens and Mayor Bart De Smedt met in Ghent on Monday. Moens said the port would be expanded, and De Smedt added that work could begin in the spring.',
      [['the port would be expanded', 'Karel Moens'], ['work could begin in the spring', 'Bart De Smedt']]],
    ['The sale of the plant was approved on Friday. Moens said the jobs were safe, while De Smedt said the union would be consulted.',
      [['the jobs were safe', 'Moens'], ['the union would be consulted', 'De Smedt']]],
  ]);
});

test('quotes: "NAME did A, he said": a name inside a clause reported in reverse is not its pronoun speaker', () => {
  check([
    ['The spokesperson for the mayor, Tomas Berg, said the city had opened three shelters. Mayor Elin Dahl would visit the flooded district on Monday, he said.',
      [['the city had opened three shelters', 'Tomas Berg'], ['Mayor Elin Dahl would visit the flooded district on Monday', 'Tomas Berg']]],
  ]);
});

test('quotes: "NAME will meet OTHER, her office said": the possessive stands for the subject of the reported clause', () => {
  check([
    ['Ana Lindqvist will meet Jonas Berg in Oslo next week, her office said.',
      [['Ana Lindqvist will meet Jonas Berg in Oslo next week', 'Ana Lindqvist']]],
  ]);
});

test('quotes: a possessor is not the head of its phrase ("X\'s chief of staff, Y, said")', () => {
  check([
    ["President Ana Lindqvist's chief of staff, Jonas Berg, said on Friday that the cabinet would meet again in May.",
      [['the cabinet would meet again in May', 'Jonas Berg']]],
  ]);
});

test('quotes: an intensifying reflexive after the subject ("X herself has said")', () => {
  check([
    ['Ana Lindqvist met the bankers on Monday. Lindqvist herself has said the levy is temporary.',
      [['the levy is temporary', 'Ana Lindqvist']]],
  ]);
});

test('quotes: "that" before an auxiliary is the clause\'s subject; after a preposition it is a determiner', () => {
  check([
    ['Asked about a new election, Ana Lindqvist said that was out of the question.',
      [['that was out of the question', 'Ana Lindqvist']]],
    ['Officials discussed progress on projects announced during that visit, including a new bridge.', []],
  ]);
});

test('quotes: "the company" is the business named before it, not another organisation named closer', () => {
  check([
    ['The Competition Authority fined Nordvik Holdings 40 million crowns on Tuesday. "The authority ignored our evidence," the company said.',
      [['The authority ignored our evidence', 'Nordvik Holdings']]],
  ]);
});

test('quotes: an organisation named before words of its kind ("the ELN guerrilla group"); a royal palace speaks for its country', () => {
  check([
    ['The ELN guerrilla group said on Sunday it would release two soldiers.', [['it would release two soldiers', 'ELN']]],
    ["Lesotho's King Letsie III pardoned 200 prisoners on Friday, the royal palace said.",
      [["Lesotho's King Letsie III pardoned 200 prisoners on Friday", 'Lesotho']]],
  ]);
});

test('quotes: a description with a demonym ("the Indian minister") is the person of that country, not a person of another', () => {
  check([
    ['Foreign Minister Ivo Tarkan met his Indian counterpart, Rajesh Menon, in Sofia on Monday. "Our ties have never been stronger," Tarkan said after the talks. Menon said India would buy more grain from the region. "Food security comes first for us," the Indian minister said.',
      [['Our ties have never been stronger', 'Ivo Tarkan'], ['India would buy more grain from the region', 'Rajesh Menon'], ['Food security comes first for us', 'Rajesh Menon']]],
    ["The Prime Minister of Tonga, Aisake Eke, met the Australian Foreign Minister in Nuku'alofa on Monday. Eke told her that the region must stay a zone of peace. The Australian minister said her country respected Tonga's choices.",
      [['the region must stay a zone of peace', 'Aisake Eke'], ["her country respected Tonga's choices", null]]],
  ]);
});

test('quotes: "the opposition" is the organisation the article calls the opposition in apposition', () => {
  check([
    ['Vote count disputed in Valdoria\nThe opposition says the count was rigged in three provinces; the currency fell.\n\nThe main opposition alliance, the Democratic Renewal Front, called for a recount on Monday.',
      [['the count was rigged in three provinces', 'Democratic Renewal Front']]],
  ]);
});

test('quotes: an inverted cue whose speaker carries a relative clause ("…, said a diplomat who attended")', () => {
  check([
    ['The talks stalled over sanctions relief, said a senior Western diplomat who attended the meeting.',
      [['The talks stalled over sanctions relief', null]]],
  ]);
});

test('quotes: a place after "in" in a spokesperson\'s phrase is where the body sits, not whom it speaks for', () => {
  check([
    ['A spokesperson for the UN mission in Mali said two peacekeepers were wounded.', [['two peacekeepers were wounded', 'United Nations']]],
    ['"We are investigating," a spokesman at the embassy in Nairobi said.', [['We are investigating', null]]],
  ]);
});

test('quotes: "told HEARER he …": a subject pronoun the pronoun stage linked opens the clause, it is no part of the hearer', () => {
  check([
    ['Pedro Soto arrived in Lima on Monday. He told the BBC he would not resign.', [['he would not resign', 'Pedro Soto']]],
    ['Ana Ruiz arrived in Lima on Monday. Ruiz told reporters she would not resign.', [['she would not resign', 'Ana Ruiz']]],
  ]);
});

test('quotes: "assured/informed/warned HEARER he …": the hearer is no part of the reported clause', () => {
  check([
    ['Pedro Soto arrived in Lima on Monday. Soto assured voters he would not resign.', [['he would not resign', 'Pedro Soto']]],
    ['Mayor Ana Ruiz warned residents she would close the bridge.', [['she would close the bridge', 'Ana Ruiz']]],
  ]);
});

test('quotes: "told HEARER NAME had …": a name after the hearer that a verb follows is the clause\'s subject', () => {
  check([
    ['Ana Ruiz told reporters Hamas would release four hostages on Saturday.', [['Hamas would release four hostages on Saturday', 'Ana Ruiz']]],
    ['Ana Ruiz told Reuters Israel had agreed to the plan.', [['Israel had agreed to the plan', 'Ana Ruiz']]],
    ['Ana Ruiz told CNN anchor Jake Tapper the talks had failed.', [['the talks had failed', 'Ana Ruiz']]],
  ]);
});
