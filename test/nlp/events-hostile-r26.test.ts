// Less frequent hostile acts (round 26): refusals answering a minister's or a report's claim go to the claimant's
// country (stages/events.ts, answeredClaims: claimantState, claimantBefore); abstaining and saying no refuse
// (lexicon/plover.ts, argus-triggers.tsv, triggers.ts REFUSAL); a refusal about a place keeps no recipient
// (withoutPlaceActors); a hostile act named by a noun is intended when its verb is (triggers.ts, intendedVerb); riot
// police and security forces act for the home state (events-patterns.ts, stateNominal); envoys expelled and trade
// banned in the passive are sanctions (passiveOf); forces massed are deployed. Invented sentences -> every (source,
// type, target); ROWS failed on the code before; GUARDS hold before and after.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, type Triple } from './fixtures/article.js';

const ROWS: Array<[string, Triple[]]> = [
  // a rebuttal of a minister's charge is aimed at the minister's country: the one a possessive names before the title
  ["Uruguay's trade minister, Ana Ferreyra, accused Paraguay of dumping cheap beef. Paraguay rejected the accusation on Friday.",
    [['Ana Ferreyra', 'ACCUSE', 'Paraguay'], ['Paraguay', 'REJECT', 'Uruguay']]],
  // ... else, for an official whose title names no country, the country the story is about
  ['Hungary wants a new gas pipeline. Foreign Minister Lena Varga accused Slovakia of blocking the project. Slovakia dismissed the accusation as absurd.',
    [['Lena Varga', 'ACCUSE', 'Slovakia'], ['Slovakia', 'REJECT', 'Hungary']]],
  // a report set aside answers whoever said it of the refuser
  ['Human Rights Watch said Egyptian police had tortured detainees in Alexandria. Egypt called the report "fabricated".',
    [['Egypt', 'REJECT', 'Human Rights Watch']]],
  // abstaining in a vote and saying no refuse
  ['The resolution passed with 13 votes in favour; Russia and China abstained.',
    [['Russia', 'REJECT', null], ['China', 'REJECT', null]]],
  ['Brazil said no to the US demand on ethanol tariffs.',
    [['Brazil', 'REJECT', 'United States']]],
  // a refusal about a place still refuses
  ['The United States vetoed the resolution on Gaza.',
    [['United States', 'REJECT', null]]],
  // "would take countermeasures": the noun's act is intended, a threat, in reported speech too
  ['Spokesman Dmitri Orlov said on Friday that Russia would take countermeasures against NATO.',
    [['Russia', 'THREATEN', 'NATO']]],
  // riot police and security forces act for the state the story is about
  ['Thousands marched in Kenya on Tuesday. Riot police fired water cannon at the protesters.',
    [['Kenya', 'COERCE', null]]],
  ['Thousands marched in Peru on Monday. Security forces detained the opposition leader.',
    [['Peru', 'COERCE', null]]],
  // envoys expelled and imports banned, in the passive
  ["Russia's ambassador was expelled by Estonia on Tuesday.",
    [['Estonia', 'SANCTION', 'Russia']]],
  ['Imports of Polish grain were banned by Hungary.',
    [['Hungary', 'SANCTION', 'Polish']]],
  // forces massed are deployed
  ['Russia massed forces near the border with Ukraine.',
    [['Russia', 'MOBILIZE', null]]],
];

const GUARDS: Array<[string, Triple[]]> = [
  // other people expelled are deported, not a sanction
  ['Two Russian journalists were expelled by Estonia.', [['Estonia', 'COERCE', 'Russian']]],
  // a sanction named inside another's act keeps its own agent
  ['Russia condemned the sanctions imposed on Iran by the European Union.',
    [['Russia', 'ACCUSE', 'Iran'], ['European Union', 'SANCTION', 'Iran']]],
  // declining to comment refuses no one; a church mass is no deployment
  ['Peru declined to comment on the Chilean report.', []],
  ['Thousands attended a mass in the cathedral.', []],
  // an unnamed government is the subject of a use of force only, not of cooperation it is open to
  ['Norway has told its NATO partners about the affair. The government remains keen on practical cooperation with Russia in fisheries.', []],
  // a claim answered in the next sentence keeps its author
  ['Chile accused Peru of smuggling. Lima called the claims baseless.', [['Chile', 'ACCUSE', 'Peru'], ['Peru', 'REJECT', 'Chile']]],
];

for (const [text, want] of ROWS) {
  test(`hostile act: ${text}`, () => {
    assert.deepEqual(triples(text), want);
  });
}

for (const [text, want] of GUARDS) {
  test(`hostile guard: ${text}`, () => {
    assert.deepEqual(triples(text), want);
  });
}
