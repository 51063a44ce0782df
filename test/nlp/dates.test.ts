import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/nlp/tokenize.js';
import { findDates } from '../../src/nlp/stages/dates.js';

// [text, published, expected date text, expected value]; published 2024-11-18 is a Monday
const ROWS: Array<[string, string | null, string, string | null]> = [
  ['Talks were held on Tuesday in Geneva.', '2024-11-20', 'on Tuesday', '2024-11-19'],
  ['The summit opened on Monday.', '2024-11-18', 'on Monday', '2024-11-18'],
  ['Troops arrived on Saturday morning.', '2024-11-18', 'on Saturday morning', '2024-11-16'],
  ['He will travel there next Friday.', '2024-11-18', 'next Friday', '2024-11-22'],
  ['The mediator is due to fly to Lisbon on Monday.', '2024-07-08', 'on Monday', '2024-07-08'],
  ['Ministers met last week.', '2024-11-20', 'last week', '2024-11-11'],
  ['Growers will travel next week.', '2025-03-11', 'next week', '2025-03-17'],
  ['Prices rose last month.', '2024-11-18', 'last month', '2024-10'],
  ['Exports fell last year.', '2024-11-18', 'last year', '2023'],
  ['Turnout this year was low.', '2025-04-02', 'this year', '2025'],
  ['The minister resigned yesterday.', '2024-11-18', 'yesterday', '2024-11-17'],
  ['The agency today announced new teams.', '2025-04-02', 'today', '2025-04-02'],
  ['Both sides agreed in February.', '2023-09-15', 'in February', '2023-02'],
  ['Measures were imposed in June.', '2023-09-15', 'in June', '2023-06'],
  ['He leaves office in January.', '2024-11-18', 'in January', '2025-01'],
  ['The pipeline was damaged in October 2023.', '2025-01-15', 'October 2023', '2023-10'],
  ['A tribunal ruled in 2016 that the claims had no basis.', '2023-08-07', 'in 2016', '2016'],
  ['Marines have lived there since 1999.', '2023-08-07', 'since 1999', '1999'],
  ['The cable was damaged on December 25.', '2025-01-15', 'December 25', '2024-12-25'],
  ['The drills run until March 20.', '2026-03-11', 'March 20', '2026-03-20'],
  ['The quake struck on 28 March 2025.', '2025-04-02', '28 March 2025', '2025-03-28'],
  ['The cable broke on Christmas Day.', '2025-01-15', 'Christmas Day', '2024-12-25'],
  ['A runoff is set for November 3.', '2024-10-21', 'November 3', '2024-11-03'],
  ['Moldova was granted candidate status in June 2022.', '2024-10-21', 'June 2022', '2022-06'],
  // a part of the day of publication
  ['The statement was issued this evening in Cairo.', '2025-03-04', 'this evening', '2025-03-04'],
  ['Crowds gathered outside the court this morning.', '2025-03-04', 'this morning', '2025-03-04'],
  ['The convoy crosses the river tonight.', '2025-03-04', 'tonight', '2025-03-04'],
  // a bare month: one or two months ahead reads as the coming one; "last" is before this month; modal cues point ahead
  ['The envoys resume their work in October.', '2025-09-10', 'in October', '2025-10'],
  ['Growers will gather in Lyon in January.', '2025-12-02', 'in January', '2026-01'],
  ['The dam burst in October.', '2025-03-10', 'in October', '2024-10'],
  ['Exports have risen since November.', '2025-10-10', 'since November', '2024-11'],
  ['Growers met last June at the fair.', '2026-06-18', 'last June', '2025-06'],
  ['Growers met last June at the fair.', '2026-08-18', 'last June', '2026-06'],
  ['The council will review the force that took charge last October.', '2026-09-29', 'last October', '2025-10'],
  ['The board said it would rule on the appeal in March.', '2025-12-01', 'in March', '2026-03'],
  ['She hopes to close the sale by December.', '2026-06-18', 'by December', '2026-12'],
  // the verb of the date's clause in the past tense decides over a cue in an earlier clause or a weak "until"
  ['The ministers said the levy would matter less than the tariff talks that both capitals reopened in March.', '2026-04-20', 'in March', '2026-03'],
  ['Shelling went on until about 4 a.m. on Monday, the army said.', '2026-05-06', 'on Monday', '2026-05-04'],
  ['The port stays closed until Friday.', '2026-05-06', 'Friday', '2026-05-08'],
  ['Inspectors will visit the plant, which was shut in March, again in July.', '2026-05-06', 'in March', '2026-03'],
  ['The envoy will be received on Thursday.', '2026-05-04', 'on Thursday', '2026-05-07'],
  ['A planned vote in June was called off.', '2026-04-20', 'in June', '2026-06'],
  // a part of the day of publication with a preposition of its own
  ['Some 2,000 trucks were stuck at the gate by this morning.', '2026-05-06', 'this morning', '2026-05-06'],
  ['The ministry said earlier this evening that the road had reopened.', '2026-05-06', 'this evening', '2026-05-06'],
  // a year that dates a named treaty or accord
  ['The rights set out in the 1982 Fisheries Accord still apply.', '2026-05-06', '1982', '1982'],
  ['Both sides invoke the Harbour Treaty of 1911 in the dispute.', '2026-05-06', '1911', '1911'],
  // no publication date: relative dates have no value, absolute ones still resolve
  ['Talks were held on Tuesday.', null, 'on Tuesday', null],
  ['The accord was signed on 2 April 2025.', null, '2 April 2025', '2025-04-02'],
  ['The treaty was signed in 1920.', null, 'in 1920', '1920'],
];

// text that holds no date expression
const NOT_DATES: string[] = [
  'He served as mayor for 20 years.',
  'Levies of 5 to 12 percent now apply to steel and timber.',
  'The 45-year-old officer was released.',
  'The premier sat down with her rival on the sidelines.',
  'Around 25,000 troops began a two-week exercise.',
  'The Cold Response 2026 drills began.',
  'At 16:40 BRT the leaders arrived.',
  'Three days later the ship left port.',
  'Of the 2000 Marines sent, most returned.',
  'Figures for the 1990s were revised.',
];

test('dates: each convention resolves against the publication date', () => {
  for (const [text, published, dateText, value] of ROWS) {
    const got = findDates(tokenize(text), published);
    const hit = got.find((d) => d.text.includes(dateText) || dateText.includes(d.text));
    assert.ok(hit, `${text}: no date found (got ${JSON.stringify(got)})`);
    assert.equal(hit.value, value, text);
    assert.equal(text.slice(hit.start, hit.end), hit.text, `${text}: offsets`);
  }
});

test('dates: the date text keeps a leading on/in/since/last/next', () => {
  const got = findDates(tokenize('The shoal was reached on Saturday and the ruling came in 2016.'), '2023-08-07');
  assert.deepEqual(got.map((d) => d.text), ['on Saturday', 'in 2016']);
});

test('dates: durations, ages, numbers, times and relative-to-event phrases are not dates', () => {
  for (const text of NOT_DATES) {
    assert.deepEqual(findDates(tokenize(text), '2024-11-18'), [], text);
  }
});
