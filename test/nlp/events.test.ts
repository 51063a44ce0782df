// The PLOVER coder as a table of invented sentences -> (source, type, target). None is taken from eval/dev or the seed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArgusEvent, Quote } from '../../src/core/analysis.js';
import { codeEvents } from '../../src/nlp/stages/events.js';
import { assignActsFor } from '../../src/nlp/stages/acts-for.js';
import { findQuotes } from '../../src/nlp/stages/quotes.js';
import { findDates } from '../../src/nlp/stages/dates.js';
import { syntaxOf } from '../../src/nlp/pipeline.js';
import { combineEvents, implicitTargets, openGroupTargets, placesNotCountries, withoutGroupActors } from '../../src/nlp/stages/events.js';
import { codeEvents as patternEvents } from '../../src/nlp/stages/events-patterns.js';
import { fixture as plainFixture, type EntitySpec, type Fixture } from './fixtures/entities.js';

const ENTITIES: EntitySpec = {
  Brazil: ['GPE'],
  Argentina: ['GPE'],
  Chile: ['GPE'],
  Peru: ['GPE', 'Peruvian'],
  India: ['GPE', 'New Delhi', 'Indian'],
  Pakistan: ['GPE', 'Islamabad', 'Pakistani'],
  Egypt: ['GPE', 'Cairo', 'Egyptian'],
  Ethiopia: ['GPE', 'Addis Ababa', 'Ethiopian'],
  Sudan: ['GPE', 'Khartoum', 'Sudanese'],
  Kenya: ['GPE', 'Kenyan'],
  Canada: ['GPE', 'Ottawa'],
  France: ['GPE', 'Paris'],
  Italy: ['GPE', 'Italian'],
  Turkey: ['GPE', 'Ankara', 'Turkish'],
  Greece: ['GPE', 'Athens', 'Greek'],
  Vietnam: ['GPE'],
  Indonesia: ['GPE'],
  Lima: ['GPE'],
  'Sri Lanka': ['GPE'],
  'African Union': ['ORG', 'AU'],
  'European Union': ['ORG', 'EU'],
  'Peruvian Army': ['ORG'],
  Oromo: ['NORP'],
  'Ministry of Foreign Affairs': ['ORG'],
  'Maria Lindqvist': ['PERSON', 'Lindqvist'],
  'Tomas Herrera': ['PERSON', 'Herrera'],
  'Amina Diallo': ['PERSON', 'Diallo'],
  'Rafael Ortiz': ['PERSON', 'Ortiz'],
  'Marco Bellini': ['PERSON', 'Bellini'],
};

// countries carry their ISO code, as the resolver gives them; cities and organisations do not
const ISO: Record<string, string> = {
  Brazil: 'BR', Argentina: 'AR', Chile: 'CL', Peru: 'PE', India: 'IN', Pakistan: 'PK', Egypt: 'EG', Ethiopia: 'ET', Sudan: 'SD',
  Kenya: 'KE', Canada: 'CA', France: 'FR', Italy: 'IT', Turkey: 'TR', Greece: 'GR', Vietnam: 'VN', Indonesia: 'ID', 'Sri Lanka': 'LK',
};

interface Coded extends Fixture {
  events: ArgusEvent[];
  quotes: Quote[];
}
function code(text: string, published: string | null = null): Coded {
  const fx = plainFixture(text, ENTITIES);
  for (const e of fx.index.entities) {
    const iso = ISO[e.name];
    if (iso) e.kb.iso3166 = iso;
  }
  const syn = syntaxOf(fx.doc, fx.index, true);
  const acts = assignActsFor(fx.doc, fx.index);
  const quotes = findQuotes(fx.doc, fx.index, syn);
  const events = codeEvents(fx.doc, fx.index, quotes, findDates(fx.doc, published), syn, acts);
  return { ...fx, events, quotes };
}

type Triple = [string | null, string, string | null];
// [sentence, the (source, type, target) triples coded, in order]
const ROWS: Array<[string, Triple[]]> = [
  // one row per PLOVER type: subject -> source, object or the frame's preposition -> target
  ['Lindqvist met Herrera in Lima on Tuesday.', [['Maria Lindqvist', 'CONSULT', 'Tomas Herrera']]],
  ['Herrera visited India in March.', [['Tomas Herrera', 'CONSULT', 'India']]],
  ['Diallo urged the African Union to act quickly.', [['Amina Diallo', 'REQUEST', 'African Union']]],
  ['Pakistan accused India of violating the truce.', [['Pakistan', 'ACCUSE', 'India']]],
  ['Ethiopia attacked Sudan with artillery.', [['Ethiopia', 'ASSAULT', 'Sudan']]],
  ['The European Union imposed sanctions on Peru.', [['European Union', 'SANCTION', 'Peru']]],
  ['Chile supports Peru in the dispute.', [['Chile', 'SUPPORT', 'Peru']]],
  ['France praised Kenya for the reforms.', [['France', 'SUPPORT', 'Kenya']]],
  ['Canada provided humanitarian aid to Sudan.', [['Canada', 'AID', 'Sudan']]],
  ['Pakistan rejected the proposal from India.', [['Pakistan', 'REJECT', 'India']]],
  ['Ethiopia withdrew its troops from Sudan.', [['Ethiopia', 'RETREAT', 'Sudan']]],
  ['Pakistan threatened to attack India.', [['Pakistan', 'THREATEN', 'India']]],
  // passive voice: the by-agent is the source, the subject the target
  ['Peru was criticized by Chile.', [['Chile', 'ACCUSE', 'Peru']]],
  // agentless passive of a hostile act: the source is unknown
  ['Two Kenyan soldiers were killed near the border.', [[null, 'ASSAULT', 'Kenya']]],
  // intent: a future cooperative act is a promise (AGREE), a future hostile one a threat (CAMEO 03 / 13); promised aid
  // is coded as the aid, as the article gold does (PLOVER's records code the promise)
  ['Canada will provide aid to Kenya.', [['Canada', 'AID', 'Kenya']]],
  ['Canada will meet Kenya in Nairobi.', [['Canada', 'AGREE', 'Kenya']]],
  ['Turkey would retaliate against Greece.', [['Turkey', 'THREATEN', 'Greece']]],
  // an ongoing act keeps its type
  ['The African Union will continue to support Sudan.', [['African Union', 'SUPPORT', 'Sudan']]],
  // negated agreement is a refusal
  ['Turkey did not agree with Greece.', [['Turkey', 'REJECT', 'Greece']]],
  // object control: the object of "urge" is the one asked; subject control: "agreed to help" is a promise to the helped
  ['France urged Turkey to release the journalist.', [['France', 'REQUEST', 'Turkey']]],
  ['Italy agreed to help Greece.', [['Italy', 'AGREE', 'Greece']]],
  // the subject of a demanded clause is the recipient
  ['India demanded that Pakistan free the fishermen.', [['India', 'REQUEST', 'Pakistan']]],
  // a reported clause that obliges its subject is a demand on it; what is demanded has not happened
  ['Ethiopia said Kenya must hand over the suspects to Sudan.', [['Ethiopia', 'REQUEST', 'Kenya']]],
  ['Herrera told reporters that Chile must return the ambassador to Lima.', [['Tomas Herrera', 'REQUEST', 'Chile']]],
  // ... but not when the speaker obliges their own side, nor when the clause is passive
  ['Ethiopia said we must remain calm about Sudan.', []],
  ['Ethiopia said the border with Sudan must be reopened.', []],
  // a violent protest (CAMEO 145) named by its noun
  ['Kenyan riots against Ethiopian traders spread to the capital.', [['Kenya', 'PROTEST', 'Ethiopia']]],
  // coordination: shared subject, coordinated objects and subjects
  ['Canada criticised Egypt and urged Sudan to negotiate.', [['Canada', 'ACCUSE', 'Egypt'], ['Canada', 'REQUEST', 'Sudan']]],
  ['Canada condemned Egypt and Sudan.', [['Canada', 'ACCUSE', 'Egypt'], ['Canada', 'ACCUSE', 'Sudan']]],
  // symmetric acts between coordinated subjects
  ['Greece and Turkey signed a treaty.', [['Greece', 'AGREE', 'Turkey'], ['Turkey', 'AGREE', 'Greece']]],
  // a relative clause's subject is the noun it modifies
  ['Sudan condemned Ethiopia, which shelled Kenyan border villages.', [['Sudan', 'ACCUSE', 'Ethiopia'], ['Ethiopia', 'ASSAULT', 'Kenya']]],
  // an act with no recipient is coded only when it is complete without one (mobilising, protesting, withdrawing, refusing)
  ['Ethiopia shelled two border villages.', []],
  ['Ethiopia mobilised its reserves.', [['Ethiopia', 'MOBILIZE', null]]],
  // an event noun: its possessor acts, its "of" phrase is acted on; the verb it is subject of is a second event
  ["Ethiopia's invasion of Sudan was condemned by Kenya.", [['Ethiopia', 'ASSAULT', 'Sudan'], ['Kenya', 'ACCUSE', 'Ethiopia']]],
  // a light verb's subject acts through its event noun
  ['Pakistan launched an attack on India.', [['Pakistan', 'ASSAULT', 'India']]],
  // talks between two sides are recorded once, from the first-named
  ['Talks between Chile and Peru resumed in Lima.', [['Chile', 'CONSULT', 'Peru']]],
  // a common noun stands for the party its modifiers name
  ['Egyptian officials criticised Sudan.', [['Egypt', 'ACCUSE', 'Sudan']]],
  ['The government of Kenya welcomed the decision of Italy.', [['Kenya', 'SUPPORT', 'Italy']]],
  // ... and a noun in its "of" phrase does too: the positions of the Sudanese army are Sudan's
  ['Ethiopian troops attacked positions of the Sudanese army.', [['Ethiopia', 'ASSAULT', 'Sudan']]],
  ['Ethiopian jets bombed the bases of the Sudanese army.', [['Ethiopia', 'ASSAULT', 'Sudan']]],
  // a person in apposition is the party, not the nationality before it
  ['Lindqvist met her Italian counterpart Marco Bellini.', [['Maria Lindqvist', 'CONSULT', 'Marco Bellini']]],
  // government bodies act for their country; a spokesperson for the organisation of the title
  ["Egypt's Ministry of Foreign Affairs accused Sudan of smuggling.", [['Egypt', 'ACCUSE', 'Sudan']]],
  ['Peruvian Army spokesman Rafael Ortiz accused Chile of spying.', [['Peruvian Army', 'ACCUSE', 'Chile']]],
];

const NO_EVENTS: string[] = [
  'Chile is a long country in South America.',
  'Herrera was born in 1970 and studied law.',
  // irrealis: an ability or a schedule is not an event
  "The exercise tested India's ability to defend Sri Lanka.",
  'Herrera is expected to visit Peru next week.',
  // a noun modifying a noun names a kind of thing
  'The attack helicopters stood in a hangar near Cairo.',
];

test('events: each sentence codes its (source, type, target) triples', () => {
  const failures: string[] = [];
  for (const [text, expected] of ROWS) {
    const c = code(text);
    const got = c.events.map((e): Triple => [c.name(e.source), e.type, c.name(e.target)]);
    try {
      assert.deepEqual(got.slice(0, expected.length), expected);
    } catch {
      failures.push(`${text}\n    want ${JSON.stringify(expected)}\n    got  ${JSON.stringify(got)}`);
    }
  }
  assert.equal(failures.length, 0, `${failures.length} of ${ROWS.length} rows wrong:\n  ${failures.join('\n  ')}`);
});

test('events: sentences without an event between parties code none', () => {
  for (const text of NO_EVENTS) {
    const c = code(text);
    assert.deepEqual(c.events.filter((e) => e.target !== null), [], text);
  }
});

test('events: negation, reported speech, date, location, mode and CAMEO code', () => {
  const c = code('Lindqvist said Ethiopia had attacked Sudan. Herrera met Diallo in Lima on Friday. India held naval exercises near Sri Lanka.', '2025-03-12');
  const attack = c.events.find((e) => e.type === 'ASSAULT');
  assert.equal(c.name(attack?.source), 'Ethiopia');
  assert.equal(c.name(attack?.reported_by), 'Maria Lindqvist');
  const meet = c.events.find((e) => e.type === 'CONSULT');
  assert.equal(meet?.date, '2025-03-07');
  assert.equal(c.name(meet?.location), 'Lima');
  assert.equal(meet?.trigger, 'met');
  const drill = c.events.find((e) => e.type === 'MOBILIZE');
  assert.equal(c.name(drill?.source), 'India');
  assert.match(drill?.cameo ?? '', /^15/);
  const neg = code('Chile does not support Argentina.').events[0];
  assert.equal(neg?.type, 'SUPPORT');
  assert.equal(neg?.negated, true);
});

test('events: inside a quotation the speaker reports the event; "we" is the speaker', () => {
  const c = code('Lindqvist said: "We will never recognise the annexation. Pakistan attacked India."');
  const attack = c.events.find((e) => e.type === 'ASSAULT');
  assert.equal(c.name(attack?.reported_by), 'Maria Lindqvist');
});

test('events: each (source, type, target) once per article, and a long sentence stays bounded', () => {
  assert.equal(code('Ethiopia attacked Sudan. Ethiopia attacked Sudan again.').events.length, 1);
  const long = code(`Chile ${'attacked and '.repeat(1000)}met Peru.`);
  assert.ok(long.events.length <= 16);
});

test('events: the syntax coder fills the recipient of a pattern event and adds what the patterns missed', () => {
  const ev = (start: number, source: string | null, type: ArgusEvent['type'], target: string | null): ArgusEvent => ({
    type, mode: null, cameo: '000', source, target, location: null, date: null, trigger: 'x', start, end: start + 1,
  });
  const patterns = [ev(0, 'a', 'ACCUSE', null), ev(10, 'b', 'SUPPORT', 'c')];
  const syntax = [ev(0, 'a', 'ACCUSE', 'd'), ev(10, 'b', 'SUPPORT', 'e'), ev(20, 'c', 'ASSAULT', 'd'), ev(30, 'c', 'ASSAULT', null)];
  const got = combineEvents(syntax, patterns).map((e) => [e.start, e.source, e.type, e.target]);
  // the same trigger keeps the pattern coder's decision when it has a recipient; a new trigger needs both parties
  assert.deepEqual(got, [[0, 'a', 'ACCUSE', 'd'], [10, 'b', 'SUPPORT', 'c'], [20, 'c', 'ASSAULT', 'd']]);
});

// both coders joined, then the implicit recipient, as the analyzer runs them: [sentence, the triples coded]
const IMPLICIT_ROWS: Array<[string, Triple[]]> = [
  // the act answered is named by its possessor or by the subject of a clause below the trigger
  ["Egypt said Ethiopia's dam endangered its water supply and warned of countermeasures.", [['Egypt', 'THREATEN', 'Ethiopia']]],
  ['Egypt condemned the strike, which Ethiopia carried out overnight.', [['Egypt', 'ACCUSE', 'Ethiopia']]],
  // no other party: the nationality of the source's own title, a place, the source of the report, a role of the source
  ['Peruvian Army spokesman Rafael Ortiz criticised the draft resolution.', [['Peruvian Army', 'ACCUSE', null]]],
  ['Kenya criticised the vote in Lima.', [['Kenya', 'ACCUSE', null]]],
  ['Herrera criticised the plan, according to Italian media.', [['Tomas Herrera', 'ACCUSE', null]]],
  ['Kenya, as chair of the African Union, pledged further support.', [['Kenya', 'AGREE', null]]],
  // the reporter and the subject of a clause above the trigger act; they are not its recipient
  ['Herrera said Chile would criticise the plan.', [['Chile', 'ACCUSE', null]]],
  // a text released is no release of captives, and the statement issued speaks for its issuer
  ['Kenya released a joint communique urging Ethiopia to withdraw.', [['Kenya', 'REQUEST', 'Ethiopia']]],
  // what is demanded has not happened
  ['Egypt demanded that Sudan withdraw.', [['Egypt', 'REQUEST', 'Sudan']]],
  // ... also when the demanded clause is read as an adverbial clause, and when it names a further party
  ['Canada demanded that Egypt renounce its armed campaign against Sudan.', [['Canada', 'REQUEST', 'Egypt']]],
  // verbs of standing roles say who leads or holds what, not an act between parties
  ['Clashes between the guard, led by General Tomas Herrera, and the militia of Rafael Ortiz began in June.', []],
  // a person in apposition to a title is the subject of both coordinated verbs, not the title's country
  ['Egypt\'s foreign minister, Amina Diallo, condemned the blockade and called on Sudan to reopen the port.', [['Amina Diallo', 'ACCUSE', 'Sudan'], ['Amina Diallo', 'REQUEST', 'Sudan']]],
  // a force named by its country ("Peru's army") or definitely ("the army") is the force the article names
  ["The Peruvian Army closed two roads. Peru's army and the African Union later agreed to a joint patrol.", [['Peruvian Army', 'AGREE', 'African Union'], ['African Union', 'AGREE', 'Peruvian Army']]],
  ['The Peruvian Army closed two roads. Chile blamed the army for the shooting of a farmer.', [['Chile', 'ACCUSE', 'Peruvian Army']]],
  // summoning a foreign diplomat is a protest; a ceasefire violated is an attack
  ["Kenya summoned Egypt's most senior diplomat over the remarks.", [['Kenya', 'ACCUSE', 'Egypt']]],
  ['Chile reported a ceasefire violation by Peru near the river.', [['Peru', 'ASSAULT', null]]],
  // an act named as the reason of the clause is not the subject's act
  ['Kenya summoned the Ethiopian ambassador over the strike.', [['Kenya', 'ACCUSE', 'Ethiopia']]],
  // parties of a symmetric act deal with each other; what their complement names is no third party, a "with" party is
  ['Peru and Chile agreed to convene the African Union panel in May.', [['Peru', 'AGREE', 'Chile'], ['Chile', 'AGREE', 'Peru']]],
  ['Kenya and Egypt agreed with Sudan to reopen the border.', [['Kenya', 'AGREE', 'Sudan'], ['Egypt', 'AGREE', 'Sudan']]],
  // the agreed ceasefire is the content of the agreement, not a second event
  ['Sudan and Egypt agreed on an immediate ceasefire.', [['Sudan', 'AGREE', 'Egypt'], ['Egypt', 'AGREE', 'Sudan']]],
  // an act named as the object has its own agent: the possessor is not the recipient; a bid is no act yet
  ["Amina Diallo reaffirmed Kenya's support for Peru's bid to host the games.", [['Kenya', 'SUPPORT', 'Peru'], ['Amina Diallo', 'SUPPORT', 'Peru']]],
  // a name inside an apposition of the source describes the source
  ['The African Union, a Kenyan-led bloc to which both sides belong, called for restraint.', [['African Union', 'REQUEST', null]]],
  // a promise refused is a refusal
  ['Ethiopia will not support the new plan.', [['Ethiopia', 'REJECT', null]]],
  // a demand needs a party to ask: people a demonym describes are none, a state agent is
  ['Kenya says Peruvian farmers must not pay for the crisis.', []],
  // "prisoners of war" are captives, not an act of war
  ['Peru freed 40 prisoners of war held since the Chilean offensive.', [['Peru', 'RETREAT', null]]],
  // two sides that each release captives in an exchange release them to each other
  ['Peru and Chile each released 150 soldiers on Thursday in an exchange.', [['Peru', 'RETREAT', 'Chile'], ['Chile', 'RETREAT', 'Peru']]],
  // a mediator deals with both sides
  ['Peru and Chile each freed 40 soldiers in a swap mediated by the African Union.', [['Peru', 'RETREAT', 'Chile'], ['Chile', 'RETREAT', 'Peru'], ['African Union', 'CONSULT', 'Peru'], ['African Union', 'CONSULT', 'Chile']]],
  // a call is a consultation; the person in apposition to a title is the one consulted
  ["Amina Diallo held a telephone conversation with Peru's Minister for Foreign Affairs, Senator Rafael Ortiz, on Tuesday.", [['Amina Diallo', 'CONSULT', 'Rafael Ortiz']]],
  // "A and her counterpart B": both are parties; a meeting or call is recorded once, from the first-named party
  ['Amina Diallo and her Italian counterpart Marco Bellini spoke by telephone on Tuesday.', [['Amina Diallo', 'CONSULT', 'Marco Bellini']]],
  // an infinitive takes the subject of its own governing verb, not the sentence's first subject
  ['Herrera said the talks had stalled, while Peru had been prepared to accept a proposal from Chile.', [['Peru', 'AGREE', 'Chile']]],
  // a compound modifier does not hide the light verb's subject; the reporter of the act is not its recipient, nor a time
  ['Around 9,000 troops from Peru started a ten-day mountain exercise in the south on Monday, the Peruvian Army said.', [['Peru', 'MOBILIZE', null]]],
  // "flew back", "to drill for oil": an adverb is no backing, and only the noun is a military drill
  ['Herrera, who flew back to Lima on Thursday, said Italian firms would drill for gas off Peru.', []],
  // an act made conditional is a threat, and what its condition asks for has not happened
  ['Kenya will withdraw its troops from Sudan unless Egypt agrees to a ceasefire.', [['Kenya', 'THREATEN', 'Sudan']]],
  // arms handed over are military aid; prisoners handed over are a release
  ['Italy handed over six helicopters to Kenya.', [['Italy', 'AID', 'Kenya']]],
  ['Sudan handed over two captured pilots to Egypt.', [['Sudan', 'RETREAT', 'Egypt']]],
  // an agentless act has its recipient; with neither agent nor recipient it is not coded
  ['Herrera, who was convicted of fraud in 2021, denies wrongdoing.', [[null, 'ACCUSE', 'Tomas Herrera'], ['Tomas Herrera', 'REJECT', null]]],
  ['The colonel, who was convicted of fraud in 2021, denies wrongdoing.', []],
  // two sides trading fire attack each other
  ['Ethiopia and Sudan traded fire across the border.', [['Ethiopia', 'ASSAULT', 'Sudan'], ['Sudan', 'ASSAULT', 'Ethiopia']]],
  // a mediator deals with both sides
  ['Kenya mediated between Ethiopia and Egypt.', [['Kenya', 'CONSULT', 'Ethiopia'], ['Kenya', 'CONSULT', 'Egypt']]],
  // a party named in a phrase of time is no recipient
  ['Italy criticised the plan after the African Union summit.', [['Italy', 'ACCUSE', null]]],
  // a hostile act on a group, with a place: aimed at the country where it happened
  ['Ethiopian jets struck Oromo rebel camps in Sudan.', [['Ethiopia', 'ASSAULT', 'Sudan']]],
  // a hostile act aimed at the country it happens in
  ['Ethiopian jets bombed villages in Sudan.', [['Ethiopia', 'ASSAULT', 'Sudan']]],
  // what is denied, a claim rejected and a demand refused are not events of their own
  ['Greece denied that it had sold radar systems to Turkey.', [['Greece', 'REJECT', null]]],
  ['Egypt rejected claims that it had shelled Sudan.', [['Egypt', 'REJECT', null]]],
  ['Chile rejected calls from Peru to close the border.', [['Chile', 'REJECT', 'Peru']]],
  // acts complete without a recipient, and negated acts, stay without one
  ['Ethiopia mobilised its reserves as Sudan watched.', [['Ethiopia', 'MOBILIZE', null]]],
  // "insisted" asserts; it demands only with a clause that obliges ("must", "should") or with "on"
  ['Kenya insisted that the talks with Egypt were going well.', []],
  ['Kenya insisted that Egypt should withdraw its troops.', [['Kenya', 'REQUEST', 'Egypt']]],
  ['Egypt insisted on the withdrawal of Sudanese troops.', [['Egypt', 'REQUEST', 'Sudan']]],
  // blocking motorways obstructs passage (CAMEO 144)
  ['Kenyan farmers blocked two motorways near the capital.', [['Kenya', 'PROTEST', null]]],
  // a vow of violence is a threat (CAMEO 138); a vow to fight a social ill stays a promise
  ['Sudan vowed to retaliate against Ethiopia.', [['Sudan', 'THREATEN', 'Ethiopia']]],
  ['Herrera vowed to fight corruption in Peru.', [['Tomas Herrera', 'AGREE', null]]],
  // evacuating the wounded is aid, evacuating troops a withdrawal
  ['Italy evacuated wounded civilians from Sudan.', [['Italy', 'AID', null]]],
  ['Italy evacuated its troops from Sudan.', [['Italy', 'RETREAT', 'Sudan']]],
  // sending inspectors opens an inquiry (CAMEO 090); receiving observers lets outsiders in (CAMEO 0862)
  ['The African Union dispatched inspectors to Sudan.', [['African Union', 'ACCUSE', 'Sudan']]],
  ['Peru received a team of observers from the African Union.', [['Peru', 'RETREAT', 'African Union']]],
  // a state of siege is martial rule (CAMEO 1724); dispersing a demonstration restricts dissent
  ['Herrera declared a state of siege in Peru.', [['Tomas Herrera', 'COERCE', 'Peru']]],
  ['Egyptian police dispersed a demonstration by Sudanese students.', [['Egypt', 'COERCE', null]]],
  // a boycott is imposed (CAMEO 163): announced, it is a threat (CAMEO 1312)
  ['Kenya said it would boycott the summit in Egypt.', [['Kenya', 'THREATEN', null]]],
  // reopening a border and pardoning yield (CAMEO 080); stationing troops mobilizes (CAMEO 154); defacing damages (171)
  ['Sudan reopened its border with Ethiopia on Monday.', [['Sudan', 'CONCEDE', 'Ethiopia']]],
  ['Ethiopia stationed troops near the border with Sudan.', [['Ethiopia', 'MOBILIZE', null]]],
  ['Herrera pardoned two Kenyan journalists.', [['Tomas Herrera', 'CONCEDE', 'Kenya']]],
  ['Sudanese hackers defaced the websites of Kenyan ministries.', [['Sudan', 'COERCE', 'Kenya']]],
  // wire style: the day between "called" and its particle
  ['Kenya called Friday on Egypt to release the fishermen.', [['Kenya', 'REQUEST', 'Egypt']]],
  // mobilizing support for a party rallies support on its behalf (CAMEO 053), no military mobilization
  ['Egypt mobilized support for Sudan among African states.', [['Egypt', 'SUPPORT', 'Sudan']]],
  // aid measured out in a longer phrase; letting aid in (CAMEO 0863)
  ['Italy will provide about 300 tonnes of food aid.', [['Italy', 'AID', null]]],
  ['Sudan allowed humanitarian convoys into Ethiopia.', [['Sudan', 'RETREAT', 'Ethiopia']]],
  // a verdict (CAMEO 116), a sentence, an eviction, censorship (CAMEO 17x); "warns" as "warned"
  ['A Kenyan court found two Ethiopian smugglers guilty.', [['Kenya', 'ACCUSE', 'Ethiopia']]],
  ['A Kenyan court sentenced the two smugglers to five years.', [['Kenya', 'COERCE', null]]],
  ['Egypt evicted hundreds of families from the camp.', [['Egypt', 'COERCE', null]]],
  ['Egypt censored three newspapers last year.', [['Egypt', 'COERCE', null]]],
  ['Kenya warns that the dam is a danger.', [['Kenya', 'THREATEN', null]]],
  ['Egyptian police prevented a march by Sudanese students.', [['Egypt', 'COERCE', null]]],
  // what is withdrawn decides the act: a decree yields (CAMEO 0832), an ambassador, peacekeepers or an offer of aid
  // withdrawn reduce relations (161, 166, 162), troops withdrawn retreat
  ['Peru withdrew the mining decree after weeks of protests.', [['Peru', 'CONCEDE', null]]],
  ['Kenya withdrew its ambassador from Egypt.', [['Kenya', 'SANCTION', 'Egypt']]],
  ['Italy withdrew its peacekeepers from Sudan.', [['Italy', 'SANCTION', 'Sudan']]],
  ['Italy withdrew its offer of aid to Sudan.', [['Italy', 'SANCTION', 'Sudan']]],
  // expelling envoys or inspectors reduces relations; expelling other people deports them (CAMEO 174)
  ['Egypt expelled two Kenyan journalists.', [['Egypt', 'COERCE', 'Kenya']]],
  ['Egypt expelled the Sudanese ambassador.', [['Egypt', 'SANCTION', 'Sudan']]],
  ['Sudan expelled the inspectors of the African Union.', [['Sudan', 'SANCTION', 'African Union']]],
  // captives exchanged or sent home are released (CAMEO 0841)
  ['Ethiopia and Sudan exchanged prisoners on Monday.', [['Ethiopia', 'RETREAT', 'Sudan'], ['Sudan', 'RETREAT', 'Ethiopia']]],
  ['Kenya repatriated 40 fighters.', [['Kenya', 'RETREAT', null]]],
  // giving way to demands or pressure accedes (CAMEO 083); ruling out or ignoring a call refuses it (CAMEO 12)
  ['Egypt agreed to the demands of Sudanese traders.', [['Egypt', 'CONCEDE', 'Sudan']]],
  ['Egypt bowed to pressure from Sudan.', [['Egypt', 'CONCEDE', 'Sudan']]],
  ['Kenya ruled out talks with Ethiopia.', [['Kenya', 'REJECT', 'Ethiopia']]],
  ['Kenya ignored calls from Egypt to reopen the port.', [['Kenya', 'REJECT', 'Egypt']]],
  // a deadline is an ultimatum (CAMEO 139); tightened security raises police power (153)
  ['Egypt gave Sudan a deadline to withdraw its troops.', [['Egypt', 'THREATEN', 'Sudan']]],
  ['Egyptian police tightened security around the Sudanese embassy.', [['Egypt', 'MOBILIZE', null]]],
  // newspapers shut (CAMEO 1721), an area sealed off (191), property looted (171), hostages taken (181)
  ['Sudan shut down two Kenyan newspapers.', [['Sudan', 'COERCE', null]]],
  ['Ethiopian troops sealed off the border town.', [['Ethiopia', 'COERCE', null]]],
  ['Sudanese rebels looted a Kenyan aid convoy.', [['Sudan', 'COERCE', 'Kenya']]],
  ['Sudanese rebels took two engineers hostage.', [['Sudan', 'ASSAULT', null]]],
  // a dispute settled is an agreement (CAMEO 037); a picket protests
  ['Kenya and Ethiopia settled their border dispute.', [['Kenya', 'AGREE', 'Ethiopia'], ['Ethiopia', 'AGREE', 'Kenya']]],
  ['Kenyan nurses picketed the Egyptian embassy.', [['Kenya', 'PROTEST', 'Egypt']]],
];

test('events: a statement vetoed does not speak for the one who vetoed it', () => {
  const fx = plainFixture('Greece vetoed a statement criticising Turkey.', ENTITIES);
  const syn = syntaxOf(fx.doc, fx.index);
  const acts = assignActsFor(fx.doc, fx.index);
  const joined = combineEvents(codeEvents(fx.doc, fx.index, [], [], syn, acts), patternEvents(fx.doc, fx.index, [], [], acts), placesNotCountries(fx.index.entities));
  assert.deepEqual(joined.filter((e) => e.type === 'ACCUSE').map((e) => [fx.name(e.source), fx.name(e.target)]), []);
});

test('events: an act of a directed type takes its recipient from the other parties of its sentence', () => {
  const failures: string[] = [];
  for (const [text, expected] of IMPLICIT_ROWS) {
    const fx = plainFixture(text, ENTITIES);
    for (const e of fx.index.entities) {
      const iso = ISO[e.name];
      if (iso) e.kb.iso3166 = iso;
    }
    const syn = syntaxOf(fx.doc, fx.index);
    const acts = assignActsFor(fx.doc, fx.index);
    const quotes = findQuotes(fx.doc, fx.index, syn);
    const dates = findDates(fx.doc, null);
    const joined = combineEvents(codeEvents(fx.doc, fx.index, quotes, dates, syn, acts), patternEvents(fx.doc, fx.index, quotes, dates, acts), placesNotCountries(fx.index.entities));
    const entities = fx.index.entities;
    const events = withoutGroupActors(implicitTargets(fx.doc, fx.index, acts, syn, openGroupTargets(joined, entities)), entities);
    const got = events.map((e): Triple => [fx.name(e.source), e.type, fx.name(e.target)]);
    if (JSON.stringify(got) !== JSON.stringify(expected)) failures.push(`${text}\n    want ${JSON.stringify(expected)}\n    got  ${JSON.stringify(got)}`);
  }
  assert.equal(failures.length, 0, `${failures.length} of ${IMPLICIT_ROWS.length} rows wrong:\n  ${failures.join('\n  ')}`);
});
