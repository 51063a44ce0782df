// Quote speakers, round 28 (classes found on the diagnosis halves of eval/own/dev2, dev3 and dev4 and the odd rows of
// eval/probe/quotes3): a description that a reporting verb follows before any comma is that verb's subject, not an
// apposition of the name before it; a bracketed short form after a name does not head the speaker's phrase; a report
// inside a quoted interview answer is part of the answer; thanks and blame take quoted fragments as praise and
// criticism do; a reporting verb coordinated with the verb of a reported clause is the reporter's second report.
// Each row failed before this round unless marked as a guard. Invented sentences.
import { test } from 'node:test';
import { checkQuotes as check } from './fixtures/quotes.js';

test('quotes: "NAME, an official in X said" makes no title of the description; "the official" stays unnamed', () => {
  check([
    ['Ana Ruiz spoke with Tomas Vidal, an official in Lima said. The official said Ruiz had offered to host talks.',
      [['Ana Ruiz spoke with Tomas Vidal', null], ['Ruiz had offered to host talks', null]]],
    ['The Bolivian minister met Carla Montes on Monday, a diplomat in La Paz said. The diplomat said Montes had asked for more time.',
      [['The Bolivian minister met Carla Montes on Monday', null], ['Montes had asked for more time', null]]],
  ]);
});

test('quotes: a bracketed short form after a name is the name\'s; a possessor in the apposition is no speaker', () => {
  check([
    ['The Harakat Tahrir al-Wadi (HTW), al-Qaeda\'s branch in the south, claimed on Telegram that its men had seized the depot.',
      [['its men had seized the depot', 'Harakat Tahrir al-Wadi']]],
    // (guard: a recognised acronym)
    ['The Liberation Front of Aravia (LFA), the rebels\' political wing, said that its fighters had taken the town.',
      [['its fighters had taken the town', 'Liberation Front of Aravia']]],
  ]);
});

test('quotes: a report inside an interview answer is part of the answer', () => {
  check([
    ['Interview with Marek Dvorak, energy analyst at the Prague Policy Institute.\n\nQ: Will the pipeline deal hold?\n\nA: Budapest has always insisted that the transit fees stay low. I expect a compromise by spring.',
      [['Budapest has always insisted that the transit fees stay low. I expect a compromise by spring.', 'Marek Dvorak']]],
  ]);
});

test('quotes: thanks and blame take a quoted fragment as praise and criticism do', () => {
  check([
    ['In Lima, a spokesperson for Peru\'s foreign ministry thanked Chile for its "steady leadership" during the crisis.',
      [['steady leadership', 'Peru']]],
    ['Ana Ruiz blamed the floods on "decades of neglect" by the regional government.',
      [['decades of neglect', 'Ana Ruiz']]],
  ]);
});

test('quotes: a reporting verb coordinated with a reported clause\'s verb is the reporter\'s second report', () => {
  check([
    ['Ana Ruiz said Chile had signed the deal but warned that prices would rise.',
      [['Chile had signed the deal', 'Ana Ruiz'], ['prices would rise', 'Ana Ruiz']]],
    ['Ana Ruiz said Chile welcomed the deal but warned that prices would rise.',
      [['Chile welcomed the deal', 'Ana Ruiz'], ['prices would rise', 'Ana Ruiz']]],
    ['Foreign Minister Lena Berg said Norway welcomed the ruling and stressed that the fishing ban would stay.',
      [['Norway welcomed the ruling', 'Lena Berg'], ['the fishing ban would stay', 'Lena Berg']]],
    // (guard: a second clause with its own subject keeps it)
    ['Ana Ruiz said Chile had signed the deal and that Peru warned that prices would rise.',
      [['Chile had signed the deal and that Peru warned that prices would rise', 'Ana Ruiz']]],
  ]);
});
