import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeEvents } from '../../src/nlp/stages/events.js';
import { findQuotes } from '../../src/nlp/stages/quotes.js';
import { findDates } from '../../src/nlp/stages/dates.js';
import { fixture as plainFixture, type EntitySpec, type Fixture } from './fixtures/entities.js';

const ENTITIES: EntitySpec = {
  China: ['GPE', 'Beijing', 'Chinese'],
  Russia: ['GPE', 'Moscow', 'Kremlin'],
  'United States': ['GPE', 'Washington', 'U.S.'],
  Japan: ['GPE'],
  Taiwan: ['GPE'],
  Ukraine: ['GPE'],
  Germany: ['GPE'],
  Philippines: ['GPE', 'Philippine'],
  Moldova: ['GPE'],
  Kosovo: ['GPE'],
  Serbia: ['GPE'],
  Norway: ['GPE'],
  Myanmar: ['GPE'],
  Geneva: ['GPE'],
  NATO: ['ORG', 'the alliance'],
  'European Union': ['ORG', 'EU'],
  'China Coast Guard': ['ORG'],
  'Mark Rutte': ['PERSON', 'Rutte'],
  'Dmitry Peskov': ['PERSON', 'Peskov'],
  'Ana Petrović': ['PERSON', 'Petrović'],
  'Luan Berisha': ['PERSON', 'Berisha'],
  Sweden: ['GPE'],
  'Joe Biden': ['PERSON', 'Biden'],
  'Xi Jinping': ['PERSON', 'Xi'],
  'Ilan Shor': ['PERSON', 'Shor'],
  German: ['NORP'],
  Swedish: ['NORP'],
  'Annalena Baerbock': ['PERSON', 'Baerbock'],
  'Tobias Billström': ['PERSON'],
  'Ministry of Commerce': ['ORG'],
  'Department of Foreign Affairs': ['ORG'],
  'Foreign Ministry': ['ORG'],
  'Philippine Coast Guard': ['ORG'],
};

// countries carry their ISO code, as the resolver gives them; cities and organizations do not
const ISO: Record<string, string> = {
  China: 'CN', Russia: 'RU', 'United States': 'US', Japan: 'JP', Taiwan: 'TW', Ukraine: 'UA', Germany: 'DE', Philippines: 'PH',
  Moldova: 'MD', Kosovo: 'XK', Serbia: 'RS', Norway: 'NO', Myanmar: 'MM', Sweden: 'SE', Poland: 'PL', 'United Kingdom': 'GB',
  Polish: 'PL', Swedish: 'SE', Finnish: 'FI', Norwegian: 'NO',
};
function fixture(text: string, spec: EntitySpec): Fixture {
  const fx = plainFixture(text, spec);
  for (const e of fx.index.entities) {
    const iso = ISO[e.name];
    if (iso) e.kb.iso3166 = iso;
  }
  return fx;
}

// [sentence, expected [source, type, target] triples (first ones coded, in order)]
type Row = [string, Array<[string, string, string | null]>];
const ROWS: Row[] = [
  ['Biden met Xi in Geneva on Saturday.', [['Joe Biden', 'CONSULT', 'Xi Jinping']]],
  ['Rutte visited Japan last week.', [['Mark Rutte', 'CONSULT', 'Japan']]],
  ['Rutte urged NATO to do more.', [['Mark Rutte', 'REQUEST', 'NATO']]],
  ['Washington criticised Chinese conduct at sea.', [['United States', 'ACCUSE', 'China']]],
  ['Moscow accused Moldova of restricting campaigning.', [['Russia', 'ACCUSE', 'Moldova']]],
  ['Russia attacked Ukraine with drones.', [['Russia', 'ASSAULT', 'Ukraine']]],
  ['The EU imposed sanctions on Kosovo.', [['European Union', 'SANCTION', 'Kosovo']]],
  ['China supports Russia in the war.', [['China', 'SUPPORT', 'Russia']]],
  ['The European Union welcomed Moldova’s vote.', [['European Union', 'SUPPORT', 'Moldova']]],
  ['Kosovo and Serbia signed an agreement.', [['Kosovo', 'SUPPORT', 'Serbia'], ['Serbia', 'SUPPORT', 'Kosovo']]],
  ['Germany agreed to a ceasefire with Russia.', [['Germany', 'AGREE', 'Russia']]],
  ['NATO has strengthened its ties with Japan and Taiwan.', [['NATO', 'COOPERATE', 'Japan'], ['NATO', 'COOPERATE', 'Taiwan']]],
  ['China held military exercises near Taiwan.', [['China', 'MOBILIZE', 'Taiwan']]],
  ['China Coast Guard vessels fired water cannon at a Philippine boat.', [['China Coast Guard', 'COERCE', 'Philippines']]],
  // a diplomatic protest is a complaint (ACCUSE); PROTEST is a demonstration
  ['The Philippines lodged a diplomatic protest with China.', [['Philippines', 'ACCUSE', 'China']]],
  ['Kosovo opposition supporters staged a rally against Serbia.', [['Kosovo', 'PROTEST', 'Serbia']]],
  ['Russia threatened to cut gas supplies to Moldova.', [['Russia', 'THREATEN', 'Moldova']]],
  ['Serbia rejected the proposal from Kosovo.', [['Serbia', 'REJECT', 'Kosovo']]],
  ['Russia withdrew its troops from Ukraine.', [['Russia', 'RETREAT', null]]],
  ['Germany provided humanitarian aid to Ukraine.', [['Germany', 'AID', 'Ukraine']]],
  ['Japan conceded the point to China.', [['Japan', 'CONCEDE', 'China']]],
  // passive voice: the agent is the source
  ['The move has been criticized by Beijing.', []],
  ['NATO was criticized by Beijing.', [['China', 'ACCUSE', 'NATO']]],
  // intent: a future cooperative act is AGREE, a future hostile one THREATEN (CAMEO 03 / 13)
  ['Germany will provide aid to Ukraine.', [['Germany', 'AGREE', 'Ukraine']]],
  ['Russia would take countermeasures against NATO.', [['Russia', 'THREATEN', 'NATO']]],
  // an ongoing act keeps its type
  ['The EU will continue to support Moldova.', [['European Union', 'SUPPORT', 'Moldova']]],
  // a spokesperson acts for the organization or country of the title
  ['Kremlin spokesman Dmitry Peskov accused Moldova of meddling.', [['Russia', 'ACCUSE', 'Moldova']]],
  // a pronoun subject of the reported clause is the reporter
  ['Japan, a close partner of Manila, said it stood with the Philippines.', [['Japan', 'SUPPORT', 'Philippines']]],
  // deontic modal in reported speech: the reporter asks the subject
  ['Russia said on Monday that Ukraine must withdraw its forces.', [['Russia', 'REQUEST', 'Ukraine']]],
  ['Beijing said the Philippines should stop the patrols.', [['China', 'REQUEST', 'Philippines']]],
  // the subject of a demanded clause is the target
  ['Germany demanded that Serbia release the journalists.', [['Germany', 'REQUEST', 'Serbia']]],
  // deploying or sending relief is aid, not mobilization
  ['Japan deployed rescue teams and medical supplies to Myanmar.', [['Japan', 'AID', 'Myanmar']]],
  ['Japan deployed warships to the Taiwan Strait.', [['Japan', 'MOBILIZE', 'Taiwan']]],
  // "troops from X" act for X
  ['Thousands of troops from NATO began an exercise in Norway.', [['NATO', 'MOBILIZE', null]]],
  // "X's President Y and Z's Prime Minister W" are the parties of the talks
  ["Talks between Serbia's President Ana Petrović and Kosovo's Prime Minister Luan Berisha ended in Geneva.",
    [['Ana Petrović', 'CONSULT', 'Luan Berisha'], ['Luan Berisha', 'CONSULT', 'Ana Petrović']]],
  // coordinated verb phrases are separate events
  ['Washington criticised China and urged Russia to withdraw.', [['United States', 'ACCUSE', 'China'], ['United States', 'REQUEST', 'Russia']]],
  // "along with X" is a co-agent, not a target
  ['Rutte hosted the talks along with Biden on Monday.', [['Mark Rutte', 'CONSULT', null]]],
  // a participle after a noun takes the main subject
  ['Germany issued a statement demanding that Serbia release the journalists.', [['Germany', 'REQUEST', 'Serbia']]],
  // agentless passive of a hostile act: the source is unknown
  ['Three soldiers from Ukraine were killed near the border.', [[null as unknown as string, 'ASSAULT', 'Ukraine']]],
  // a multi-word trigger is coded once: "never recognise" is a refusal, not a negated recognition
  ['Serbia will never recognise Kosovo.', [['Serbia', 'REJECT', 'Kosovo']]],
  // government bodies act for their country: by possessor, by modifier, else the article's home country (never the other party)
  ["China's Ministry of Commerce accused Washington of undermining trade.", [['China', 'ACCUSE', 'United States']]],
  ['The Philippine Department of Foreign Affairs urged Beijing to stop the patrols.', [['Philippines', 'REQUEST', 'China']]],
  ['Philippine boats sailed near the reef. The Department of Foreign Affairs accused Beijing of harassment.', [['Philippines', 'ACCUSE', 'China']]],
  ['Beijing summoned diplomats. Japan said the Foreign Ministry accused Beijing of harassment.', [['Japan', 'ACCUSE', 'China']]],
  ['Moldova counted the votes. Police have accused Shor of paying voters.', [['Moldova', 'ACCUSE', 'Ilan Shor']]],
  // a named agency with its own identity stays an organization
  ['The Philippine Coast Guard accused China of harassment.', [['Philippine Coast Guard', 'ACCUSE', 'China']]],
  // a nationality only modifies the person it introduces; alone, it stands for its country
  ['Rutte met his German counterpart Annalena Baerbock in Geneva.', [['Mark Rutte', 'CONSULT', 'Annalena Baerbock']]],
  ['Rutte met his Swedish counterpart, Tobias Billström, on Monday.', [['Mark Rutte', 'CONSULT', 'Tobias Billström']]],
  ['Rutte met Swedish officials to discuss the defence of Sweden.', [['Mark Rutte', 'CONSULT', 'Sweden']]],
  // announcing an act is doing it
  ['Germany announced a new package of military aid for Ukraine.', [['Germany', 'AID', 'Ukraine']]],
  // a hyphenated compound is one modifier of the trigger's object
  ['Japan sent search-and-rescue teams to Myanmar.', [['Japan', 'AID', 'Myanmar']]],
  // what is sent is not the recipient; aid without a named recipient goes to the article's latest recipient
  ['Japan deployed rescue teams to Myanmar. Germany and Sweden have also sent medical personnel.',
    [['Japan', 'AID', 'Myanmar'], ['Germany', 'AID', 'Myanmar'], ['Sweden', 'AID', 'Myanmar']]],
  ['NATO dispatched members of the EU rescue team to Ukraine.', [['NATO', 'AID', 'Ukraine']]],
  // the object of a trigger names the act answered, not a second event of the subject
  ['Norway rejected the criticism from Russia.', [['Norway', 'REJECT', 'Russia']]],
];

// sentences with no event between actors
const NO_EVENTS: string[] = [
  'China is a large country in Asia.',
  'Rutte was born in 1967 and studied history.',
  'The report on Japan was published.',
  // a nominal trigger with only its own modifier as actor describes, it does not report
  'Energy security was a key Russian demand.',
  // irrealis: an ability or a plan is not an event
  "The drill tested NATO's ability to reinforce Norway.",
  // a noun in the reported clause does not take the reporter as its actor
  'Biden said the summit in Geneva ended late.',
  // a visit to a city names no host
  'Rutte travelled to Geneva on Monday.',
  // a schedule, an expectation or a judgement is not an event, nor is its purpose clause
  'Rutte was due to visit Japan on Monday to meet Biden.',
  'Biden is expected to travel to Japan next week.',
  'For Japan, the absence of a timeline was hard to accept.',
  // watching someone's act is not doing it
  'Russia was following the exercise closely.',
];

test('events: each PLOVER type is coded with its source and target', () => {
  for (const [text, expected] of ROWS) {
    const fx = fixture(text, ENTITIES);
    const got = codeEvents(fx.doc, fx.index, [], []).map((e) => [fx.name(e.source), e.type, fx.name(e.target)]);
    assert.deepEqual(got.slice(0, expected.length), expected, text);
    if (expected.length === 0) assert.deepEqual(got.filter((g) => g[2] !== null), [], text);
  }
});

test('events: sentences without a trigger code nothing', () => {
  for (const text of NO_EVENTS) {
    const fx = fixture(text, ENTITIES);
    assert.deepEqual(codeEvents(fx.doc, fx.index, [], []), [], text);
  }
});

test('events: negation, reported speech, date, location, mode and CAMEO code', () => {
  const text = 'Rutte said, "China does not support Russia." Biden met Xi in Geneva on Saturday. China held exercises near Taiwan.';
  const fx = fixture(text, ENTITIES);
  const quotes = findQuotes(fx.doc, fx.index);
  const dates = findDates(fx.doc, '2024-11-18');
  const events = codeEvents(fx.doc, fx.index, quotes, dates);
  const support = events.find((e) => e.type === 'SUPPORT');
  assert.equal(support?.negated, true);
  assert.equal(fx.name(support?.reported_by), 'Mark Rutte');
  const meet = events.find((e) => e.type === 'CONSULT');
  assert.equal(meet?.date, '2024-11-16');
  assert.equal(fx.name(meet?.location), 'Geneva');
  assert.equal(meet?.trigger, 'met');
  assert.equal(text.slice(meet?.start, meet?.end), 'met');
  const drill = events.find((e) => e.type === 'MOBILIZE');
  assert.equal(drill?.mode, 'military-exercise');
  assert.match(drill?.cameo ?? '', /^15/);
});

test('events: a multi-word trigger does not fire twice', () => {
  const fx = fixture('Serbia will never recognise Kosovo.', ENTITIES);
  assert.equal(codeEvents(fx.doc, fx.index, [], []).length, 1);
});

test('events: each (source, type, target) once per article', () => {
  const fx = fixture('Russia attacked Ukraine. Russia attacked Ukraine again.', ENTITIES);
  assert.equal(codeEvents(fx.doc, fx.index, [], []).length, 1);
});

test('events: a 2,000-token sentence does not crash', () => {
  const fx = fixture(`China ${'attacked and '.repeat(1000)}met Russia.`, ENTITIES);
  assert.ok(codeEvents(fx.doc, fx.index, [], []).length <= 16);
});

test('events: rejecting "the criticism" answers the latest speaker; a trigger object is not a second event', () => {
  const text = 'Kremlin spokesman Dmitry Peskov said: "These drills harm stability." Norway rejected the criticism on Monday.';
  const fx = fixture(text, ENTITIES);
  const events = codeEvents(fx.doc, fx.index, findQuotes(fx.doc, fx.index), []);
  const got = events.map((e) => [fx.name(e.source), e.type, fx.name(e.target)]);
  assert.deepEqual(got, [['Norway', 'REJECT', 'Russia']]);
});
