// Quote speakers, round 23 (classes found on the odd rows of a new blind probe, eval/probe/quotes3.jsonl): a reverse
// attribution the parser hangs as a conjunct of the reported clause's verb is not credited to that clause's subject; a
// dateline is left out of the parse of its sentence (the parser took it for the subject); an unnamed body that its
// phrase makes the state's ("the national disaster agency", "the government's press service") speaks for the country,
// and under a dateline whose city is no capital, for the country of that city; "she said" after an unnamed company
// spokeswoman is that spokeswoman; "the report said" is whoever put out the report. Each test failed on the round-22
// code; rows marked as guards passed already. Invented sentences.
import { test } from 'node:test';
import { checkQuotes as check } from './fixtures/quotes.js';

test('quotes: a reverse attribution is not credited to the subject of the clause it reports', () => {
  check([
    ['Chile has halted salmon exports from three farms, a spokesperson for the National Fisheries Service said on Monday.',
      [['Chile has halted salmon exports from three farms', 'National Fisheries Service']]],
    ['Peru has closed two border crossings, a spokesman for the Federal Migration Office said.',
      [['Peru has closed two border crossings', 'Federal Migration Office']]],
    // guard: a true conjunct shares its subject
    ['Kenya\'s trade minister Rebecca Miano met the delegation and said tariffs would fall next year.',
      [['tariffs would fall next year', 'Rebecca Miano']]],
  ]);
});

test('quotes: a dateline is not the subject of its sentence', () => {
  check([
    ['KAMPALA - The director of the Malaria Control Unit at the health ministry\'s regional office for the north, Dr. Grace Atim, said on Friday that infections had doubled since May.',
      [['infections had doubled since May', 'Grace Atim']]],
  ]);
});

test('quotes: an unnamed body its phrase makes the state\'s speaks for the country', () => {
  check([
    ['DHAKA - Landslides have left 14 people dead in southeastern Bangladesh, the national flood response agency said on Sunday.',
      [['Landslides have left 14 people dead in southeastern Bangladesh', 'Bangladesh']]],
    ['The Kenyan government\'s press service said the talks would resume in March.',
      [['the talks would resume in March', 'Kenyan']]],
    // guard: "the agency" alone is the agency named before
    ['The World Health Organization warned of a new outbreak. The agency said cases had risen fivefold.',
      [['cases had risen fivefold', 'World Health Organization']]],
  ]);
});

test('quotes: under a dateline whose city is no capital, an unnamed ministry is that city\'s country', () => {
  check([
    ['MOSUL - Iraqi farmers blame dams upstream in Turkey and Syria for the drought. The agriculture ministry said growers would receive compensation before winter.',
      [['growers would receive compensation before winter', 'Iraqi']]],
  ]);
});

test('quotes: "she said" after an unnamed company spokeswoman is the company', () => {
  check([
    ['Toyota will build a new engine plant in Poland, a company spokeswoman said on Tuesday. The plant would open in 2029, she said.',
      [['Toyota will build a new engine plant in Poland', 'Toyota'], ['The plant would open in 2029', 'Toyota']]],
    // guard: a named woman before the pronoun is the speaker
    ['Toyota will build a new plant in Poland, a company spokeswoman said. Ewa Nowak, the mayor of Walbrzych, welcomed the news. The plant would open in 2029, she said.',
      [['Toyota will build a new plant in Poland', 'Toyota'], ['The plant would open in 2029', 'Ewa Nowak']]],
  ]);
});

test('quotes: "the study said" is whoever put out the study', () => {
  check([
    ['Rice harvests in Cambodia fell by a fifth, the Asian Development Bank said in a study on Wednesday. Late rains had delayed planting in the west, the study said.',
      [['Rice harvests in Cambodia fell by a fifth', 'Asian Development Bank'], ['Late rains had delayed planting in the west', 'Asian Development Bank']]],
  ]);
});
