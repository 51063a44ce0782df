// Event rules that need a whole article through the analyzer (the coders joined, implicit recipients, final filters).
// Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/pipeline.js';
import { articleInput as input, triples, type Triple } from './fixtures/article.js';

test('an untargeted mention of an act is dropped when the article gives its recipient elsewhere', () => {
  const got = triples('Voters in Sudan backed the new constitution. The African Union welcomed the outcome. "Sudan is on a good path," AU spokesperson Rafael Ortiz said, and he said the union would continue its support for the country.');
  assert.deepEqual(got.filter(([, t]) => t === 'SUPPORT'), [['African Union', 'SUPPORT', 'Sudan']]);
});

// [text, the whole list of (source, type, target) the analyzer gives]
const ROWS: Array<[string, Triple[]]> = [
  // a town, a region or a base is where an act happens, never its party
  ['Uganda said it would not withdraw its troops from Kismayo before the rains.', []],
  // a pledge or a meeting with no partner is no event; "agreed" alone still is
  ['Kenya pledged to raise spending on border security.', []],
  ['The finance minister of Kenya met every deadline set by the lenders.', []],
  ['Sudan agreed to hold elections in June.', [['Sudan', 'AGREE', null]]],
  // "it" in a clause reported by X is X, however far the reporting verb stands before "that"
  ['The Arab League said in a statement from Cairo that it stood with Somalia.', [['Arab League', 'SUPPORT', 'Somalia']]],
  // a protest made to a government is a formal complaint, not a demonstration
  ['Chile protested to Peru about the fishing boats.', [['Chile', 'ACCUSE', 'Peru']]],
  ['Norway conveyed a strong protest to Russia on Monday.', [['Norway', 'ACCUSE', 'Russia']]],
  ['Norway lodged a formal protest with Russia over the arrests.', [['Norway', 'ACCUSE', 'Russia']]],
  // ... but an international body the complaint is lodged with is the forum, not the one accused
  ['Morocco lodged a complaint with the United Nations about the closure of the border.', [['Morocco', 'ACCUSE', null]]],
  // ordering diplomats out, or declaring one persona non grata, is an expulsion
  ['Chile recalled its envoy. Peru ordered two Chilean diplomats to leave the country.', [['Chile', 'SANCTION', null], ['Peru', 'SANCTION', 'Chile']]],
  ['Chile recalled its envoy. Peru declared the Chilean ambassador persona non grata.', [['Chile', 'SANCTION', null], ['Peru', 'SANCTION', 'Chile']]],
  // "rejected the accusation" answers the accuser, not the last person named; a party inside the subject's own
  // phrase ("Argentina's president, X,") is no recipient
  ["Chile accused Peru of spying on its navy. Argentina's president, Javier Milei, called for calm. Peru rejected the accusation on Tuesday.",
    [['Chile', 'ACCUSE', 'Peru'], ['Javier Milei', 'REQUEST', null], ['Peru', 'REJECT', 'Chile']]],
  // lending is aid; an act counted in an amount takes the counting verb's subject ("announced $12 million in aid")
  ['China lent $2 billion to Pakistan in March.', [['China', 'AID', 'Pakistan']]],
  ['Norway announced $12 million in flood aid for Pakistan.', [['Norway', 'AID', 'Pakistan']]],
  // an act condemned that names its own agent is an event of that agent
  ['Peru condemned the bombing of its embassy, which was claimed by the Shining Path.', [['Peru', 'ACCUSE', 'Shining Path'], ['Shining Path', 'ASSAULT', null]]],
  // a judgement of what someone did is a criticism or, with a favourable predicate, support; not a phone call
  ["Japan called China's actions dangerous.", [['Japan', 'ACCUSE', 'China']]],
  ["Chile called Peru's decision unacceptable.", [['Chile', 'ACCUSE', 'Peru']]],
  ["Kenya called Somalia's proposal a useful step.", [['Kenya', 'SUPPORT', 'Somalia']]],
  // an act named in a compound ("the drone strike") still answers to its own agent; a noun naming a kind of thing
  // ("missile systems") is no act; an act with no known agent is not coded
  ['Somalia condemned the drone strike on its base, which was claimed by al-Shabaab.', [['Somalia', 'ACCUSE', 'al-Shabaab'], ['al-Shabaab', 'ASSAULT', null]]],
  ['Poland moved its coastal missile batteries north.', []],
  ['Three Kenyan soldiers were wounded in an ambush near the border with Somalia.', []],
  // talks counted in rounds take the subject of the verb that holds them; the recipient is the person in apposition
  ['Trade Minister Lars Eng held a second round of negotiations with the delegation head, Mira Solberg, in Oslo.', [['Lars Eng', 'CONSULT', 'Mira Solberg']]],
  // claiming an attack is carrying it out; a party inside a relative clause on the source, and an object "it" (a
  // thing), are no recipients
  ['Al-Shabaab, which controls much of southern Somalia, claimed responsibility for the ambush.', [['al-Shabaab', 'ASSAULT', null]]],
  ['French Ambassador Claire Roux, who wrote the draft together with Chile, urged council members to support it.', [['Claire Roux', 'REQUEST', null]]],
  // thanks for no party is no event, and a party inside a relative clause on the object is no recipient
  ['President Ana Duarte thanked the crews who had shadowed Chinese vessels for weeks.', []],
  // "seized on" an occasion is no seizure
  ['The opposition Liberty Party seized on the delay.', []],
  // fighting between two parties is each attacking the other
  ['Clashes between Eritrea and Djibouti killed five soldiers.', [['Eritrea', 'ASSAULT', 'Djibouti'], ['Djibouti', 'ASSAULT', 'Eritrea']]],
  // denying "the charge" answers the accuser; a video call is a call
  ['Chad accused Sudan of arming rebels. Khartoum denies the charge.', [['Chad', 'ACCUSE', 'Sudan'], ['Sudan', 'REJECT', 'Chad']]],
  // an act named as the object of a participle clause is the main clause's subjects' ("..., capping months of talks")
  ['Chile and Peru signed a fishing deal on Friday, capping months of negotiations.', [['Chile', 'AGREE', 'Peru'], ['Peru', 'AGREE', 'Chile'], ['Chile', 'CONSULT', 'Peru']]],
  // an act dated two years or more before publication, by the date next to it, is background; a sentence's other
  // dates do not date it
  ['Contacts between the two capitals have been frozen since Chad severed diplomatic ties with Sudan in March 2021.', []],
  ['Chile and Peru agreed on Tuesday to a truce, ending fighting that began in 2019.', [['Chile', 'AGREE', 'Peru'], ['Peru', 'AGREE', 'Chile']]],
  // a standing role told in a relative clause is a description, not an act
  ['Clara Vives, who heads the EU mission in Mali, said the monitors would stay.', []],
  // "both sides", "the two governments": the article's two main parties
  ['Greek and Turkish warships faced off near Crete. Greece accused Turkey of provocation. The EU urged both sides to show restraint.',
    [['Greece', 'ACCUSE', 'Turkey'], ['European Union', 'REQUEST', 'Greece'], ['European Union', 'REQUEST', 'Turkey']]],
  // closing a crossing is a sanction; an unnamed ministry's spokesperson acts for the country named just before
  ['Chad closed the main crossing with Sudan. Egypt asked both neighbours for calm. Foreign ministry spokesperson Li Wen called on Chad and Sudan to settle their dispute through dialogue.',
    [['Chad', 'SANCTION', 'Sudan'], ['Egypt', 'REQUEST', 'Chad'], ['Egypt', 'REQUEST', 'Sudan']]],
  // people in apposition to coordinated titles are the subjects ("The Minister of X, A, and the Secretary of Y, B,")
  ['The Trade Minister of Chile, Ana Duarte, and the Fisheries Secretary of Peru, Luis Vera, today signed an agreement on fishing.',
    [['Ana Duarte', 'AGREE', 'Luis Vera'], ['Luis Vera', 'AGREE', 'Ana Duarte']]],
  // a platform a statement was posted on is no party
  ["Kenya's president, William Ruto, praised the ruling in a message on X.", []],
  // signing an agreement is an agreement between the signatories, each with the other
  ['Chile and Peru signed a fisheries agreement in Lima on Monday.', [['Chile', 'AGREE', 'Peru'], ['Peru', 'AGREE', 'Chile']]],
  // a deployment or a march to a town is whole without a recipient: the town is where it happens
  ['Kenya deployed 800 more police officers to Mombasa on Friday.', [['Kenya', 'MOBILIZE', null]]],
  // a work stoppage named by its length or kind is a protest, not an air strike
  ['The Zambian Union of Miners began a 72-hour strike at the Kitwe copper mines on Monday.', [['Zambian Union of Miners', 'PROTEST', null]]],
  ['The Zambian Union of Miners called an indefinite strike on Monday.', [['Zambian Union of Miners', 'PROTEST', null]]],
  // easing sanctions or a suspension is a retreat (CAMEO 085); firing tear gas is repression
  ['The Arab League lifted its suspension of Libya on Tuesday.', [['Arab League', 'RETREAT', 'Libya']]],
  ['Canada eased sanctions on Syria in March.', [['Canada', 'RETREAT', 'Syria']]],
  ['Ugandan riot police fired tear gas at market vendors in Jinja on Thursday.', [['Ugandan', 'COERCE', null]]],
  // an organisation referred to by its kind: "the militant group", "the lender", "the paramilitaries", "the regional
  // body", the article's main actor of that kind when several were named
  ['Boko Haram claimed responsibility for the raid on Tuesday. The militant group also accused Chad of killing civilians.', [['Boko Haram', 'ASSAULT', null], ['Boko Haram', 'ACCUSE', 'Chad']]],
  // (an agreement signed with a party binds both: AGREE each way, stages/events.ts mutualAgreements)
  ['The Asian Development Bank signed a new loan with Nepal. The lender accused Nepal of delaying earlier projects.',
    [['Asian Development Bank', 'AGREE', 'Nepal'], ['Nepal', 'AGREE', 'Asian Development Bank'], ['Asian Development Bank', 'ACCUSE', 'Nepal']]],
  ['ECOWAS suspended Mali on Friday. Mali said it would leave, and it accused the regional body of serving foreign powers.', [['ECOWAS', 'SANCTION', 'Mali'], ['Mali', 'ACCUSE', 'ECOWAS']]],
  // a summons told in the passive is still the summoner's protest to the envoy's state: the summoner is the agent,
  // else the one who reports it
  ['Chile\'s ambassador was summoned by Peru on Monday over the remarks.', [['Peru', 'ACCUSE', 'Chile']]],
  ['Peru said Chile\'s ambassador had been summoned to its ministry in Lima.', [['Peru', 'ACCUSE', 'Chile']]],
  // an unnamed ministry's spokesperson speaks for the country whose capital the sentence is set in, not for the
  // country named last; a setting before a comma is not the spokesperson's body
  ['Peru protested. Chile rejected the claim. In Lima, foreign ministry spokesman Luis Ortega accused Santiago of spying.',
    [['Chile', 'REJECT', 'Peru'], ['Peru', 'ACCUSE', 'Chile']]],
  ['Chile rejected the claim. In Lima, spokesman Luis Ortega accused Chile of spying.', [['Chile', 'REJECT', null], ['Luis Ortega', 'ACCUSE', 'Chile']]],
  // a demonym as the subject of a passive stands for its country, as it does as an object
  ['Russia protested on Monday. Three Russian sailors were detained by Norwegian police at the airport.', [['Russia', 'ACCUSE', null], ['Norwegian', 'COERCE', 'Russia']]],
  // sending forces is a deployment; announced, it threatens only the party it is aimed at
  ['Malta sent two frigates to the area on Monday, its navy said.', [['Malta', 'MOBILIZE', null]]],
  ['Peru announced it would send 300 extra soldiers to its side of the river.', [['Peru', 'MOBILIZE', null]]],
  ['Peru said it would send troops against the rebels of the Shining Path.', [['Peru', 'THREATEN', 'Shining Path']]],
  // an expulsion whose object is a long phrase is still an expulsion, of the state the phrase names
  ['Chile protested. Peru declared an attaché at the Chilean embassy in Lima persona non grata on Monday.', [['Chile', 'ACCUSE', null], ['Peru', 'SANCTION', 'Chile']]],
  ['Peru protested. Chile ordered a Peruvian employee of the consulate in Arica to leave the country.', [['Peru', 'ACCUSE', null], ['Chile', 'SANCTION', 'Peru']]],
  // an envoy's post between the noun and the verb; a single joint exercise; an alert
  ["Peru's ambassador in Santiago was summoned by Chile on Monday.", [['Chile', 'ACCUSE', 'Peru']]],
  ['Chile and Peru held a joint naval exercise off Arica this week.',
    [['Chile', 'COOPERATE', 'Peru'], ['Peru', 'COOPERATE', 'Chile'], ['Chile', 'MOBILIZE', null], ['Peru', 'MOBILIZE', null]]],
  ['Peru placed its army on high alert along the border on Friday.', [['Peru', 'MOBILIZE', null]]],
  // a currency sign in the amount before an act noun does not hide the subject that announced it
  ['Canada announced a $75 million humanitarian aid package for Haiti.', [['Canada', 'AID', 'Haiti']]],
  // a host or mediator of talks between two parties deals with each, and the parties meet each other
  ['Angola hosted talks between Rwanda and Burundi in Luanda on Saturday.',
    [['Angola', 'CONSULT', 'Rwanda'], ['Angola', 'CONSULT', 'Burundi'], ['Rwanda', 'CONSULT', 'Burundi']]],
  // a hyphenated compound before an act noun is one modifier: the light verb's subject is still the actor
  ['Mali imposed a round-the-clock curfew in Gao on Thursday.', [['Mali', 'COERCE', null]]],
  // ... also before an act named in several words
  ['Peru proclaimed a 60-day state of emergency across Puno on Monday.', [['Peru', 'COERCE', null]]],
  // a subject in apposition after a dateline, with a time adjunct before the verb, is still the subject
  ['GENEVA - Ilse Marten, the UN rights chief, on Tuesday urged Chile to free the detainees.', [['Ilse Marten', 'REQUEST', 'Chile']]],
  // what a bill is withdrawn from is where it was, not the party the act is addressed to
  ['President Ana Duarte withdrew the bill from Congress on Monday.', [['Ana Duarte', 'CONCEDE', null]]],
  ['Chile withdrew its ambassador from Peru on Monday.', [['Chile', 'SANCTION', 'Peru']]],
  // an amount with "than" inside the object of an expulsion
  ['Chile protested. Peru declared more than 20 staff at the Chilean consulate persona non grata.', [['Chile', 'ACCUSE', null], ['Peru', 'SANCTION', 'Chile']]],
  ['Chile protested. Peru ordered more than 40 Chilean diplomats to leave by Friday.', [['Chile', 'ACCUSE', null], ['Peru', 'SANCTION', 'Chile']]],
];

for (const [text, want] of ROWS) {
  test(`article events: ${text}`, () => {
    assert.deepEqual(triples(text), want);
  });
}

test('an act noun that is the object of a negated verb is negated', () => {
  for (const text of ['The Kenyan police did not carry out any arrests in Nakuru last week.', 'Kenya has not yet imposed new sanctions on Uganda.']) {
    const events = analyze(input(text)).events;
    assert.ok(events.length > 0 && events.every((e) => e.negated === true), `${text}: ${JSON.stringify(events.map((e) => [e.type, e.negated ?? false]))}`);
  }
});

test('a counted group ("the three European countries", "both governments") and "they" after it stand for the parties just listed', () => {
  const got = triples('Iran warned Chile, Peru and Ecuador on Tuesday. The three Andean countries rejected the warning. They urged Tehran to respect the treaty.');
  assert.deepEqual(got.filter(([, t]) => t === 'REQUEST'), [['Chile', 'REQUEST', 'Iran'], ['Peru', 'REQUEST', 'Iran'], ['Ecuador', 'REQUEST', 'Iran']]);
  assert.deepEqual(got.filter(([, t]) => t === 'REJECT'), [['Chile', 'REJECT', 'Iran'], ['Peru', 'REJECT', 'Iran'], ['Ecuador', 'REJECT', 'Iran']]);
  const both = triples('Qatar spoke to Rwanda and Burundi on Monday. It urged both governments to reopen the border crossing.');
  assert.deepEqual(both.filter(([, t]) => t === 'REQUEST'), [['Qatar', 'REQUEST', 'Rwanda'], ['Qatar', 'REQUEST', 'Burundi']]);
  // no list of that many: no group
  assert.deepEqual(triples('Kenya criticised Uganda on Monday. They met on Friday.').filter(([, t]) => t === 'CONSULT'), []);
});

test('rejecting a warning, an appeal or a complaint answers the one who made it; an accused act is no event of its own', () => {
  assert.deepEqual(triples('Moldova warned Russia against meddling in the vote. Moscow rejected the warning.'),
    [['Moldova', 'THREATEN', 'Russia'], ['Russia', 'REJECT', 'Moldova']]);
  assert.deepEqual(triples('Chile accused Bolivia of sending troops across the border.'), [['Chile', 'ACCUSE', 'Bolivia']]);
});

test('a verdict on another\'s act ("called the measures unlawful", "called the claims baseless") answers its author', () => {
  assert.deepEqual(triples('The European Union imposed fresh sanctions on Iran. Tehran called the measures unlawful.'),
    [['European Union', 'SANCTION', 'Iran'], ['Iran', 'ACCUSE', 'European Union']]);
  assert.deepEqual(triples('Kenya accused Uganda of smuggling gold. Kampala called the claims baseless.'),
    [['Kenya', 'ACCUSE', 'Uganda'], ['Uganda', 'REJECT', 'Kenya']]);
  assert.deepEqual(triples('The United States withdrew 500 troops from Syria. Turkey welcomed the withdrawal.'),
    [['United States', 'RETREAT', 'Syria'], ['Turkey', 'SUPPORT', 'United States']]);
});

test('accusations in other words: holding responsible, voicing concern, a charge of violation reported, a state\'s protest', () => {
  const rows: Array<[string, Array<[string | null, string, string | null]>]> = [
    ['Ghana held Togo responsible for the border clash.', [['Ghana', 'ACCUSE', 'Togo']]],
    ['Ghana voiced concern about Togo\'s troop build-up.', [['Ghana', 'ACCUSE', 'Togo']]],
    ['Ghana described Togo\'s patrols as a violation of the 2019 treaty.', [['Ghana', 'ACCUSE', 'Togo']]],
    ['Ghana said Togo had violated the 2019 border agreement.', [['Ghana', 'ACCUSE', 'Togo']]],
    // a state protests by note (ACCUSE); a union protests in the street (PROTEST)
    ['Ghana protested to Togo over the arrest of three fishermen.', [['Ghana', 'ACCUSE', 'Togo']]],
    ['The Ghana Trades Union Congress protested against the new tariffs of Togo.', [['Ghana Trades Union Congress', 'PROTEST', 'Togo']]],
  ];
  for (const [text, want] of rows) assert.deepEqual(triples(text).filter(([, t]) => t === 'ACCUSE' || t === 'PROTEST'), want, text);
});

test('mobilising in other words, and joint drills that are each party\'s own mobilisation too', () => {
  assert.deepEqual(triples('Latvia raised its border alert level on Monday.'), [['Latvia', 'MOBILIZE', null]]);
  assert.deepEqual(triples('Armenia has called up reservists after the clashes.'), [['Armenia', 'MOBILIZE', null]]);
  assert.deepEqual(triples('Chile and Peru began joint naval drills off Arica on Monday.'),
    [['Chile', 'COOPERATE', 'Peru'], ['Peru', 'COOPERATE', 'Chile'], ['Chile', 'MOBILIZE', null], ['Peru', 'MOBILIZE', null]]);
});

test('a hostile act on a city is aimed at the country the article names for it, unless that is the source\'s own', () => {
  assert.deepEqual(triples('Russian drones struck Kharkiv in Ukraine overnight.'), [['Russian', 'ASSAULT', 'Ukraine']]);
  assert.deepEqual(triples('Ukrainian drones struck Kharkiv overnight, Ukraine said.'), [['Ukraine', 'ASSAULT', null]]);
  // a city the article's countries do not hold, or no country named: no recipient
  assert.deepEqual(triples('Russian drones struck Kharkiv overnight.'), [['Russian', 'ASSAULT', null]]);
});

test('talking with a named party is CONSULT; an object pronoun is someone other than the subject', () => {
  assert.deepEqual(triples('President Ana Ruiz spoke with Ivo Tarkan on Tuesday.'), [['Ana Ruiz', 'CONSULT', 'Ivo Tarkan']]);
  assert.deepEqual(triples('President Ana Ruiz spoke to Peruvian media on Tuesday.'), []);
  assert.deepEqual(triples('Ana Ruiz met Ivo Tarkan in Lima. Ruiz thanked him warmly on Wednesday.'),
    [['Ana Ruiz', 'CONSULT', 'Ivo Tarkan'], ['Ana Ruiz', 'SUPPORT', 'Ivo Tarkan']]);
});

test('"the X affiliate" is another body than X: unnamed unless an apposition names it', () => {
  assert.deepEqual(triples('The Boko Haram affiliate attacked a market near Maiduguri on Monday.'), []);
  assert.deepEqual(triples('A Boko Haram offshoot, Ansaru, attacked a market near Kaduna on Monday.'), [['Ansaru', 'ASSAULT', null]]);
});

test('an outlet that reports an act is not its actor', () => {
  assert.deepEqual(triples('The Xinhua news agency reported heavy fighting near Lashio on Monday.'), []);
});

test('a denial answers the named party whose charge, demand or report it rebuts, at country level', () => {
  // a minister's charge is rebutted to the country the minister's title names
  assert.deepEqual(triples('Estonian Foreign Minister Kalle Tamm accused Russia of jamming GPS signals over the Baltic. The Kremlin dismissed the allegations on Thursday.'),
    [['Kalle Tamm', 'ACCUSE', 'Russia'], ['Russia', 'REJECT', 'Estonian']]);
  // a body's denial answers even an unnamed state agent ("police") that blamed it
  assert.deepEqual(triples('Kenyan police blamed al-Shabaab for the bombing in Mandera, but the group denied any role.'),
    [['Kenyan', 'ACCUSE', 'al-Shabaab'], ['al-Shabaab', 'REJECT', 'Kenyan']]);
  // an act one party reports of another, rebutted by the other
  assert.deepEqual(triples("Ghana's defence ministry said Togolese troops had shelled its border posts overnight, a claim Lomé rejected.").filter(([, t]) => t === 'REJECT'),
    [['Togo', 'REJECT', 'Ghana']]);
  // a person's denial of what unnamed police allege answers no one named
  assert.deepEqual(triples('Police accused aides of the businessman Omar Haddad of buying votes in Balti. Haddad denies wrongdoing.'), [['Omar Haddad', 'REJECT', null]]);
});

test('a deployment has a recipient only when it is aimed at that party\'s area', () => {
  assert.deepEqual(triples('Armenia moved more tanks towards its border with Azerbaijan on Friday.'), [['Armenia', 'MOBILIZE', null]]);
  assert.deepEqual(triples('Estonia raised its alert level and asked NATO for two more air-defence batteries.'), [['Estonia', 'MOBILIZE', null], ['Estonia', 'REQUEST', 'NATO']]);
});

test('"both governments" addressed by a coder that named one side is addressed to the article\'s two parties', () => {
  // (with a dateline, "governments" reads as the home government)
  assert.deepEqual(triples('ACCRA - Ghana accused Togo of harbouring smugglers on Tuesday. Nigeria urged both governments to keep talking.').filter(([, t]) => t === 'REQUEST'),
    [['Nigeria', 'REQUEST', 'Ghana'], ['Nigeria', 'REQUEST', 'Togo']]);
});

test('a reported clause that charges a party with wrongdoing is an accusation; the reason given for a hostile act judges its recipient', () => {
  assert.deepEqual(triples('Human Rights Watch said Laos had broken international law.'), [['Human Rights Watch', 'ACCUSE', 'Laos']]);
  assert.deepEqual(triples('Estonia expelled two Russian diplomats over what Tallinn called a campaign of sabotage.'),
    [['Estonia', 'SANCTION', 'Russian'], ['Estonia', 'ACCUSE', 'Russian']]);
  // ... but not the reason for thanks
  assert.deepEqual(triples('Ana Ruiz met Ivo Tarkan in Lima. Ruiz thanked him for what she called a steady friendship.'),
    [['Ana Ruiz', 'CONSULT', 'Ivo Tarkan'], ['Ana Ruiz', 'SUPPORT', 'Ivo Tarkan']]);
});

test('names in the phrase of a party: a body named in apposition, a hyphenated backer, a spokesperson after a comma, a regional government', () => {
  assert.deepEqual(triples('Lebanon asked the UN-led peacekeeping force, UNIFIL, to step up patrols near Naqoura.').filter(([, t]) => t === 'REQUEST'), [['Lebanon', 'REQUEST', 'UNIFIL']]);
  assert.deepEqual(triples('An Iran-backed militia attacked a US base in Syria on Monday.').filter(([, t]) => t === 'SUPPORT'), []);
  assert.deepEqual(triples("Congo accused Rwanda of backing the rebels. Rwanda's government spokeswoman, Alice Uwase, rejected the claims.").filter(([, t]) => t === 'REJECT').map(([s]) => s), ['Rwanda']);
  assert.deepEqual(triples('The Kurdistan Regional Government accused the Iraqi army of shelling Sinjar.').map(([s]) => s), ['Kurdistan Regional Government']);
});

test('the recipient of a hostile act on what a pronoun owns, and "it" in a reported clause as the reporter', () => {
  assert.deepEqual(triples("Ghana's defence ministry said Togolese troops had shelled its border posts overnight."), [['Togolese', 'ASSAULT', 'Ghana']]);
  assert.deepEqual(triples('The Sudanese army said it had shelled a base of the Rapid Support Forces near Nyala.'), [['Sudanese', 'ASSAULT', 'Rapid Support Forces']]);
  // a unit of an unnamed state agent speaks for its state; a pronoun read as the dateline's city names no one
  assert.deepEqual(triples("YANGON - Myanmar's military shelled villages in Sagaing on Friday, residents said. The junta's press team said it had hit a base of the Kachin Independence Army."),
    [['Myanmar', 'ASSAULT', 'Kachin Independence Army']]);
});

test('cutting back a cooperative act is a reduction of relations, a threat when announced', () => {
  assert.deepEqual(triples('Minsk called the fines unfair and said it would curb its cooperation with Lithuania.'), [['Belarus', 'THREATEN', 'Lithuania']]);
});

test('an arrest with no recipient in its own phrase takes none from the rest of the sentence', () => {
  assert.deepEqual(triples('Kenyan police arrested twelve suspects in Mombasa on Friday, days after talks with Uganda.'), [['Kenyan', 'COERCE', null]]);
});

test('blocking a vessel or a vehicle restricts movement; blocking a decision refuses it', () => {
  assert.deepEqual(triples('The China Coast Guard blocked a Philippine supply boat near Scarborough Shoal on Monday.'), [['China Coast Guard', 'COERCE', 'Philippine']]);
  assert.deepEqual(triples('Bulgaria blocked the start of membership talks with Albania on Friday.'), [['Bulgaria', 'REJECT', 'Albania']]);
});

test('a verb hung on a noun with an object of its own is that noun\'s act (a misparsed main clause)', () => {
  assert.deepEqual(triples("ROME - Italy's government dropped the levy on Monday. The opposition Five Star Movement accused the government of bowing to the lenders."),
    [['Five Star Movement', 'ACCUSE', 'Italy']]);
});

test('ordering someone to leave the country is an expulsion, however far the order stands from "to leave"', () => {
  assert.deepEqual(triples('The decision came days after the Kremlin ordered an Estonian clerk at its mission in Narva to leave Russia by Sunday, calling the arrests a provocation.').filter(([, t]) => t !== 'ACCUSE'),
    [['Russia', 'SANCTION', 'Estonian']]);
});
