// Quote speakers and spans, round 16 (classes found reading unannotated news): an adverbial set off between "that" and
// its clause, names in title case in marks, "as X said ADJUNCT, …" inside a sentence, the subject after "In a statement
// to Y,", a colon after a clause that holds a quoted fragment, "in the words of" inside a sentence, negated perfects,
// a second speaker in the present ("but Y says"), an inverted parenthetical, an opening participle phrase, "according
// to" with a sayer the tagger took for a verb, with no comma after a name, or with a person in apposition; in
// interviews, reports with no one named inside the writer's questions, and an interviewee the recognizer missed in the
// intro; a present cue the tagger took for a plural noun ("The agency notes, "…""). Each row failed before this round.
// Invented sentences.
import { test } from 'node:test';
import { checkQuotes as check } from './fixtures/quotes.js';

test('quotes: "said that, ADVERBIAL, CLAUSE" and "said that as of DATE, CLAUSE" report the clause with its adverbial', () => {
  check([
    ['The trial of the two engineers resumed in Leeds on Tuesday. Speaking for the defence, Gordon Pike said that, as the engineers had followed the manual, they should be cleared.',
      [['as the engineers had followed the manual, they should be cleared', 'Gordon Pike']]],
    ['Minister Karin Olsen met the union leaders on Monday. She told them that, to speed up the talks, her deputy, Lars Moe, would chair a new working group.',
      [['to speed up the talks, her deputy, Lars Moe, would chair a new working group', 'Karin Olsen']]],
    ['The security firm Netwatch has said that as of March 2019, the software had 40 known flaws.',
      [['as of March 2019, the software had 40 known flaws', 'Netwatch']]],
  ]);
});

test('quotes: a name in title case in marks is a title, not a quote (after a comma, a possessive or a verb of naming)', () => {
  check([
    ['The summit\'s theme, "Building a Fairer and Greener Future," reflects the region\'s most urgent needs.', []],
    ['Today we publish the annual report, "Clean Water for Every Village: Progress in 2024," which describes our grants.', []],
    ['"It is time to move on," the company says on its "Old Browser Countdown" page.', [['It is time to move on', null]]],
    ['Officials said the ferry had been renamed "Northern Star" before it sailed.',
      [['the ferry had been renamed "Northern Star" before it sailed', null]]],
  ]);
});

test('quotes: "…, but as X said ADJUNCT, CLAUSE": the "as" clause inside a sentence, past a time adjunct or a "when" clause', () => {
  check([
    ['President Ana Lindqvist spoke to the families on Monday. The talks have stalled, but as the president said last week, a deal is still within reach.',
      [['a deal is still within reach', 'Ana Lindqvist']]],
    ['Jonas Berg met the mayor of Tromso on Friday. As Berg said when the bridge was opened, the harbour will stay open to fishermen.',
      [['the harbour will stay open to fishermen', 'Jonas Berg']]],
  ]);
});

test('quotes: "they" after "In a statement to Y, X denied …" is X, not the hearer Y', () => {
  check([
    ['In a statement to the Nordic Broadcasting Corporation, the Green Alliance denied the allegations. They also claimed that the former member had been paid by its rivals.',
      [['the former member had been paid by its rivals', 'Green Alliance']]],
  ]);
});

test('quotes: a colon after a clause whose object holds a quoted fragment still introduces the subject\'s words', () => {
  check([
    ['During questions in parliament on Wednesday, Premier Karel Moens defended the cabinet\'s record while promising a "full review" by May: "We are working as fast as we can to bring the bill forward."',
      [['We are working as fast as we can to bring the bill forward.', 'Karel Moens']]],
    ['Writing in a column, Ana Lindqvist of the Daily Courier gave the ferry dispute a name: "The Great Ferry War, part two".',
      [['The Great Ferry War, part two', 'Ana Lindqvist']]],
  ]);
});

test('quotes: "…, and in the words of the prosecutor, NAME, "…"": the name in apposition speaks', () => {
  check([
    ['By the end the boy could not walk, and in the words of the prosecutor, Jonas Berg, "he spent his last months in constant pain."',
      [['he spent his last months in constant pain.', 'Jonas Berg']]],
  ]);
});

test('quotes: "have not said why …" reports nothing; "but Y says CLAUSE" is a second speaker\'s report', () => {
  check([
    ['Officials have not said why the permits were refused, but Ambassador Ana Lindqvist says there were concerns the team would not return home.',
      [['there were concerns the team would not return home', 'Ana Lindqvist']]],
    ['Mayor Jonas Berg said the bridge would reopen in May, but the transport ministry says repairs will take a year.',
      [['the bridge would reopen in May', 'Jonas Berg'], ['repairs will take a year', null]]],
  ]);
});

test('quotes: "SUBJECT, said X, PREDICATE": an inverted attribution inside the clause it reports', () => {
  check([
    ['Jonas Berg, the fund\'s treasurer, said 500 schools had been invited. Schools that accept, said Berg, must show the paintings every ten years.',
      [['500 schools had been invited', 'Jonas Berg'], ['Schools that accept, said Berg, must show the paintings every ten years', 'Jonas Berg']]],
  ]);
});

test('quotes: "According to police, …", "According to NAME the …" (no comma), "According to the coach, NAME, …"', () => {
  check([
    ['According to police, at least 40 shops were looted.', [['at least 40 shops were looted', null]]],
    ['Jonas Berg ran the charity until 2020. According to Berg the money was returned to the charity by post in May.',
      [['the money was returned to the charity by post in May', 'Jonas Berg']]],
    ["According to the team's coach, Alireza Tehrani, in their first match the robot scored only two points.",
      [['in their first match the robot scored only two points', 'Alireza Tehrani']]],
  ]);
});

test('quotes: in an interview, a report with no one named inside the writer\'s question is no quote', () => {
  check([
    ["Tariq Rahman Sikdar is Bangladesh's envoy on river management. He talks about the delta plan.\n\nQ: Has the plan been funded yet?\nA: Only in part. We have money for the embankments but not for the pumps.\n\nQ: Donors say they have given what they can.\nA: With respect, that is not what their budgets show.\n\nSikdar will present the plan in Dhaka next week.",
      [['Only in part. We have money for the embankments but not for the pumps.', 'Tariq Rahman Sikdar'], ['With respect, that is not what their budgets show.', 'Tariq Rahman Sikdar']]],
    ['Anna Nowak farms wheat near Lublin. We spoke to Anna Nowak about the drought.\n\nHow bad is it this year?\n\nThe worst I remember. The wheat is half the height it should be.\n\nThe government says compensation will be paid by autumn. Do you believe that?\n\nI will believe it when the money arrives.',
      [['The worst I remember. The wheat is half the height it should be.', 'Anna Nowak'], ['I will believe it when the money arrives.', 'Anna Nowak']]],
  ]);
});

test('quotes: an interviewee the recognizer missed in the intro is the person the article names so later', () => {
  check([
    ["Saber Hossain Chowdhury is Bangladesh's special envoy for climate change. In this interview, he talks about the new fund.\n\nQ: Has Bangladesh received anything?\nA: Not yet. We have submitted two proposals.\n\nChowdhury will attend the board meeting in Manila next month.",
      [['Not yet. We have submitted two proposals.', 'Chowdhury']]],
  ]);
});

test('quotes: "The agency notes, "…"": a present cue the tagger took for a plural noun, between its subject and the quote', () => {
  check([
    ['The Fisheries Agency notes, "Warmer water drives the cod further north every year", pointing to the risk to ports.',
      [['Warmer water drives the cod further north every year', 'Fisheries Agency']]],
    ['The Fisheries Agency notes: "Warmer water drives the cod further north every year."',
      [['Warmer water drives the cod further north every year.', 'Fisheries Agency']]],
  ]);
});
