// Round-18 trigger senses and type decisions through the whole analyzer, as a table of invented sentences -> every
// (source, type, target). Each row failed on the round-17b code, except the guards marked "(as before)".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, type Triple } from './fixtures/article.js';

const ROWS: Array<[string, Triple[]]> = [
  // an act weighed, ruled out or debated is not done
  ['The European Union is considering imposing new sanctions on Belarus.', []],
  ['Japan weighed sending troops to the Philippines.', []],
  ['Germany ruled out sending tanks to Ukraine.', [['Germany', 'REJECT', 'Ukraine']]],
  ['France debated whether to recognise Palestine.', []],
  // talks put off did not take place; (as before) talks held did
  ['The talks between Kenya and Somalia were postponed.', []],
  ['The talks between Kenya and Somalia were held in Nairobi.', [['Kenya', 'CONSULT', 'Somalia']]],
  // acknowledging a fact is no diplomatic recognition; (as before) recognising a state's independence is
  ['Australia and Japan recognize the need for improving cybersecurity.', []],
  ['Spain recognised Kosovo\'s independence.', [['Spain', 'SUPPORT', 'Kosovo']]],
  // the act named by the object of an irrealis infinitive has not happened
  ['Leaders discussed efforts to secure the release of hostages held by Hamas.', []],
  // ties that stand are no act; (as before) a partnership launched is one
  ['The leaders emphasized the strong partnership between Japan and India.', []],
  ['Japan and India launched a new partnership on semiconductors.', [['Japan', 'COOPERATE', 'India'], ['India', 'COOPERATE', 'Japan']]],
  // signing a domestic instrument is no agreement; (as before) signing a memorandum between parties is
  ['President Biden signed an executive order imposing new sanctions on Russia.', [['Biden', 'SANCTION', 'Russia']]],
  ['Kenya and Uganda signed a memorandum of understanding on trade.', [['Kenya', 'AGREE', 'Uganda'], ['Uganda', 'AGREE', 'Kenya']]],
  // briefing a party on a matter consults it; extending a deposit lends money again
  ['Denmark briefed the European Commission on the damage to the cable.', [['Denmark', 'CONSULT', 'European Commission']]],
  ['Saudi Arabia extended a $3 billion deposit to Pakistan.', [['Saudi Arabia', 'AID', 'Pakistan']]],
  // scrambling jets puts forces on alert; voting against a resolution rejects it
  ['Japan scrambled fighter jets to intercept Chinese drones near Okinawa.', [['Japan', 'MOBILIZE', null], ['Japan', 'COERCE', 'Chinese']]],
  ['Poland voted against the resolution.', [['Poland', 'REJECT', null]]],
  // the noun of an act PETRARCH2 codes by its verb (annex, 171)
  ['Iraq\'s annexation of Kuwait shocked the world.', [['Iraq', 'COERCE', 'Kuwait']]],
];

for (const [text, want] of ROWS) {
  test(`events: ${text}`, () => {
    assert.deepEqual(triples(text), want);
  });
}
