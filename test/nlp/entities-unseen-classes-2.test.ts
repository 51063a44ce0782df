// More classes of names mistyped on unseen news (src/nlp/entities/rules.ts, name-shapes.ts, recognizer.ts,
// src/nlp/stages/resolve.ts, src/kb/actors.ts): acronyms the article spells out, possessives of groups inside names,
// an organisation run on into a person's name, parties named with a demonym, a country's short name shared with a
// neighbour, agent plurals opening a sentence, news media and armed groups named by a lower-case noun, national branches
// of an organisation, "Against" in a campaign's name, a body's summit, appositions to a role or a town noun, a capital
// that owns a city's things. Invented sentences; real names only where the knowledge base is under test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/pipeline.js';
import { articleInput as input } from './fixtures/article.js';

const typeOf = (text: string, name: string): string[] => analyze(input(text)).entities.filter((e) => e.name === name).map((e) => e.type);

const rows: Array<[string, string, string | null]> = [
  // sentence, entity name, expected type (null: no entity of that name)
  // an acronym the article spells out is that name, not a namesake the knowledge base knows by the same letters
  ['Aid reached camps run by the Syrian Democratic Forces near Hasakah. Later the SDF said more trucks were needed.', 'Japan Self-Defense Forces', null],
  // a plural of people in the possessive inside an organisation's name
  ["Members of the Tarvo Workers' Party voted to leave the coalition.", "Tarvo Workers' Party", 'ORG'],
  ["The Norland Farmers' Union of Kelvaro called off the protest.", "Norland Farmers' Union of Kelvaro", 'ORG'],
  // a confederation of unions is an organisation
  ['The Confederation of Danish Transport Unions called a general strike.', 'Confederation of Danish Transport Unions', 'ORG'],
  // an organisation's name and a person's name right after it are two names; "Channel" and a number is a broadcaster
  ['Chief executive of the Refugee Aid Council Mara Ilves told Channel 4 the rules were unfair.', 'Refugee Aid Council', 'ORG'],
  ['Chief executive of the Refugee Aid Council Mara Ilves told Channel 4 the rules were unfair.', 'Channel', null],
  // a demonym before a party's name is part of that name, also where the article names the party again
  ["Moldova's governing Moldovan Renewal party won the vote. Moldovan Renewal denied any fraud.", 'Moldovan Renewal', 'ORG'],
  ["Moldova's governing Moldovan Renewal party won the vote. Moldovan Renewal denied any fraud.", 'Renewal', null],
  // a country's short name that ends a neighbour's longer name is the neighbour when the article's places are there
  ['KINSHASA, May 4 - Congo said rebels had seized Bukavu in South Kivu.', 'Democratic Republic of the Congo', 'GPE'],
  ['KINSHASA, May 4 - Congo said rebels had seized Bukavu in South Kivu.', 'Republic of the Congo', null],
  // an agent plural opening a sentence is a common noun
  ['Traders say the price of flour has doubled since March.', 'Traders', null],
  // a name before a lower-case media noun is a news medium ("X News Agency" is how news agencies are named)
  ['Kelmar news agency reported that six people were arrested.', 'Kelmar news agency', 'ORG'],
  ['The Dorvik newspaper said six people were arrested.', 'Dorvik', 'ORG'],
  // national branches of an organisation ("Save the Children Sweden") give the parent organisation's name
  ['Save the Children said the camp lacked clean water.', 'Save the Children', 'ORG'],
  // a capitalised "Against" after an organisation head stays in the name
  ['The Coalition Against Arms Sales said the deal was unlawful.', 'Coalition Against Arms Sales', 'ORG'],
  ['Tarvo will join the Global Alliance Against Drought and Famine next year.', 'Global Alliance Against Drought and Famine', 'ORG'],
  // a body named by its head noun holds a summit and stays the body
  ['Leaders met at the Norland Cooperation Council summit in Porvik.', 'Norland Cooperation Council', 'ORG'],
  // a name in apposition to a role is a person even where the tagger found nothing
  ['"The levy will stay," Ilmar Vask, the bureau\'s chief economist, said on Monday.', 'Ilmar Vask', 'PERSON'],
  // a name before a group noun ("rebel group", "fighters") is an armed group
  ['R45 fighters entered Bukavu on Friday.', 'R45', 'ORG'],
  // a capital is the city when what it owns is the city's ("Tallinn's mayor"), not the government's
  ["Tallinn's mayor Mart Kask said the trams would run again.", 'Tallinn', 'GPE'],
  ["Tallinn's mayor Mart Kask said the trams would run again.", 'Estonia', null],
  // a name before "security service" is the service
  ["Tarvia's Kel Vosh security service said it had arrested two men.", 'Kel Vosh', 'ORG'],
  // a person's name after the "of" part of an organisation's name; a titled person "of the" organisation
  ['Spokesperson for the Tarvo Ministry of Health Anna Lee told reporters that 12 people had died.', 'Anna Lee', 'PERSON'],
  ['Former Prime Minister Jonas Rand of the Norland Social Democratic Party died on Sunday.', 'Jonas Rand', 'PERSON'],
  ['Former Prime Minister Jonas Rand of the Norland Social Democratic Party died on Sunday.', 'Norland Social Democratic Party', 'ORG'],
  // a name after what a town has ("the streets of", "the mayor of") is a town
  ['Mourners carried the coffins through the streets of Dorvali.', 'Dorvali', 'GPE'],
  ['The mayor of Kelvaro said the water had been cut.', 'Kelvaro', 'GPE'],
  ['The spokesman told the state-run KNTA news agency that talks would resume.', 'KNTA', 'ORG'],
  // a one-word name keeps the organisation's type it has elsewhere in the article
  ['The Nasso militias are close to defeat. Analysts said Nasso was divided.', 'Nasso', 'ORG'],
  // a name in apposition to a town noun is a town
  ['Rebels captured Kelvoro, a town of 40,000 people, on Tuesday.', 'Kelvoro', 'GPE'],
  ['Clashes erupted in the provincial capital, Talvik, late on Sunday.', 'Talvik', 'GPE'],
  ['Residents of the Norland capital, Porvik, said the shelling lasted all night.', 'Porvik', 'GPE'],
];

for (const [text, name, type] of rows) {
  test(`unseen classes 2: ${text}`, () => {
    assert.deepEqual(typeOf(text, name), type ? [type] : []);
  });
}

const guards: Array<[string, string, string | null]> = [
  ['Chief executive of the Refugee Aid Council Mara Ilves told Channel 4 the rules were unfair.', 'Mara Ilves', 'PERSON'],
  ['Aid reached camps run by the Syrian Democratic Forces near Hasakah. Later the SDF said more trucks were needed.', 'Syrian Democratic Forces', 'ORG'],
  // a possessive of a country is its owner, no part of the name
  ["Russia's Defence Ministry said two drones were downed.", "Russia's Defence Ministry", null],
  // the short name's own country, by its capital; a country's own name is never its neighbour's short form
  ['Congo and Gabon signed a transit deal in Brazzaville.', 'Republic of the Congo', 'GPE'],
  ['Sudan and its neighbour held talks in Juba.', 'Sudan', 'GPE'],
  // an acronym the article does not spell out keeps its knowledge-base organisation
  ['NATO said the drills would start on Monday.', 'NATO', 'ORG'],
  ['Reuters reported that the talks had stalled.', 'Reuters', 'ORG'],
  ['Vendors say the price of flour has doubled since March.', 'Vendors', null],
  ['We met Dalia Varn, a village elder, on Tuesday.', 'Dalia Varn', 'PERSON'],
  // a meeting named by its place or a grouping without a head noun stays an event
  ['Leaders met at the G20 summit in Porvik.', 'G20 summit', 'EVENT'],
  ['The R45 rebel group seized Goma in January. The R45 said it would withdraw.', 'R45', 'ORG'],
];

for (const [text, name, type] of guards) {
  test(`unseen classes 2 (unchanged): ${text}`, () => {
    assert.deepEqual(typeOf(text, name), type ? [type] : []);
  });
}
