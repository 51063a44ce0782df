// AID from goods handed to another and from nouns that carry the act (and two CONSULT readings), as a table of invented sentences -> every
// (source, type, target). Each row of ROWS failed on the code before it; GUARDS hold what the new rows must not do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, type Triple } from './fixtures/article.js';

const ROWS: Array<[string, Triple[]]> = [
  // goods of relief or of war given, sent, shipped or handed over are aid (kb-data/events/argus-triggers.tsv: the
  // synsets &relief_goods and &materiel and the verbs of transfer that read them)
  ['Austria sent three mobile hospitals to Albania.', [['Austria', 'AID', 'Albania']]],
  ['Portugal will send 8,000 doses of vaccine to Angola.', [['Portugal', 'AID', 'Angola']]],
  ['Belgium sent tents and blankets to Morocco.', [['Belgium', 'AID', 'Morocco']]],
  ['Greece shipped 60 tonnes of flour to Lebanon.', [['Greece', 'AID', 'Lebanon']]],
  ['Japan gave Vietnam six patrol boats.', [['Japan', 'AID', 'Vietnam']]],
  // (the pattern coder's "hand over" reads the same &materiel words)
  ['South Korea handed over four patrol vessels to the Philippines.', [['South Korea', 'AID', 'Philippines']]],
  // money mobilised for another is aid, not forces mobilised; funding is an act noun of aid
  ['The European Commission has mobilised a further 4 million euros of funding for Niger.', [['European Commission', 'AID', 'Niger']]],
  ['Ireland announced 12 million euros in funding for Ethiopia.', [['Ireland', 'AID', 'Ethiopia']]],
  // an act noun that modifies the noun carrying the act takes that noun's parties (events/arguments.ts)
  ["Canada's $90 million aid package for Jordan was approved on Monday.", [['Canada', 'AID', 'Jordan']]],
  ['The aid package from Norway to Somalia was signed on Tuesday.', [['Norway', 'AID', 'Somalia']]],
  // aid that arrives from a party is no visit by it
  ['Humanitarian aid from Qatar arrived in Afghanistan.', [['Qatar', 'AID', 'Afghanistan']]],
  // a date is no context of the act (events/triggers.ts, afterContext): "called X on Friday" is a call, no call "on" X
  ["Chile's foreign minister called his Peruvian counterpart on Friday.", [['Chile', 'CONSULT', 'Peruvian']]],
  // a visitor welcomed to a city is hosted, past a possessor and a title (stages/events-patterns.ts, welcomedTo)
  ["Qatar welcomed Oman's foreign minister to Doha on Sunday.", [['Qatar', 'CONSULT', 'Oman']]],
  // the recipient of an act denied is not the one the denial answers (stages/events.ts DENIALS, the pattern coder's
  // deniedAct): a denial with no accuser named has none
  ['Belarus denied selling rifles to Sudan.', [['Belarus', 'REJECT', null]]],
  // an agreement renewed or extended is agreed again
  ['Chile renewed its border treaty with Bolivia.', [['Chile', 'AGREE', 'Bolivia']]],
  ['Kenya and Uganda extended the rail deal until 2030.', [['Kenya', 'AGREE', 'Uganda'], ['Uganda', 'AGREE', 'Kenya']]],
  // the names joined to an act noun's "by" agent are its agents, not its recipients (stages/events-patterns.ts,
  // coAgentsAfter): no attack of one on the other
  ['The raids by Chad and Niger on the camps were condemned.', [['Chad', 'COERCE', null], ['Niger', 'COERCE', null]]],
  // a clause of its own after ", and" opened by a possessive names no recipient of the first act
  ['The African Union condemned the raid by Sudanese troops, and its chairman, Amadou Diallo, spoke to reporters in Addis Ababa.',
    [['African Union', 'ACCUSE', 'Sudanese'], ['Sudanese', 'COERCE', null]]],
  // a missile launched at no party is a show of force, as the gold codes missile tests (events/triggers.ts, missileTests)
  ['North Korea launched a short-range ballistic missile on Friday.', [['North Korea', 'MOBILIZE', null]]],
];

const GUARDS: Array<[string, Triple[]]> = [
  // sending or giving what is no aid stays what it was
  ['Spain sent its condolences to Peru.', []],
  ['The minister gave a speech in Lisbon.', []],
  ['India sent troops to the border with China.', [['India', 'MOBILIZE', null]]],
  ['A delegation from Ghana arrived in Togo.', [['Ghana', 'CONSULT', 'Togo']]],
  // funding halted is aid cut, not aid given
  ['Washington halted funding for the agency in Gaza.', []],
  // a refusal's complement still names whom it refuses
  ['Serbia refused to recognise Kosovo.', [['Serbia', 'REJECT', 'Kosovo']]],
  // fired at a party it stays an attack
  ['Iran fired two missiles at Israel.', [['Iran', 'ASSAULT', 'Israel']]],
  // a call "on" someone stays a request, whatever date stands between
  ['Chile called on Peru on Friday to reopen the border.', [['Chile', 'REQUEST', 'Peru']]],
  // a noun that modifies a noun naming a thing names a kind of thing
  ['Aid workers in Chad said the roads were flooded.', []],
];

for (const [text, want] of [...ROWS, ...GUARDS]) {
  test(`events: ${text}`, () => {
    assert.deepEqual(triples(text), want);
  });
}
