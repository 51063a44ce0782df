// Entities, round 29 (invented sentences): classes of names found on the diagnosis sets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/pipeline.js';
import { articleInput as input } from './fixtures/article.js';

const listed = (text: string): string => analyze(input(text)).entities.map((e) => `${e.type} ${e.name}`).join('; ');

// A demonym before waters, goods, duties, a base or debates describes a thing, not a people (NORP is for people and
// forces, eval/README.md); after a verb of speaking it is the language (name-shapes.ts THING_HEADS, adjectiveOnly).
const NOT_PEOPLE: Array<[string, string]> = [
  ['Trawlers from three countries now follow the shoals into Icelandic waters each July.', 'Icelandic'],
  ['Two refiners on the coast have begun buying Colombian crude at a steep discount.', 'Colombian'],
  ['Farmers in the valley fear that new Chinese tariffs will close their last market.', 'Chinese'],
  ['Rockets struck near a Kurdish air base before dawn, officials in the city said.', 'Kurdish'],
  ['Most families in the border villages speak Russian at home, the survey found.', 'Russian'],
  ['The bidders include Kazakh, Russian, Turkish and Korean companies, the tender office said.', 'Turkish'],
];
for (const [text, demonym] of NOT_PEOPLE) {
  test(`entities: ${text} -> no NORP ${demonym}`, () => {
    const got = listed(text);
    assert.ok(!got.split('; ').includes(`NORP ${demonym}`), got);
    // (nor a facility named by the demonym: "Kurdish air base")
    assert.ok(!got.split('; ').some((x) => x.startsWith(`FAC ${demonym} `)), got);
  });
}

// A state body's name with its country and without: the possessive before the name ("Peru's Ministry of Energy and
// Mines") and the name without the country that opens it ("US Fish and Wildlife Service") are forms of the body
// (resolve.ts, countryForms).
const FORMS: Array<[string, string]> = [
  ["A spokeswoman for Peru's Ministry of Energy and Mines said the permits would be reviewed.", "Peru's Ministry of Energy and Mines"],
  ["Inspectors from South Korea's Ministry of Oceans and Fisheries boarded the vessel.", "South Korea's Ministry of Oceans and Fisheries"],
  ['Biologists with the US Fish and Wildlife Service counted the nests on Tuesday.', 'Fish and Wildlife Service'],
  ['The Nigerian Customs Service said it had seized 40 containers of rice.', 'Customs Service'],
];
for (const [text, form] of FORMS) {
  test(`entities: ${text} -> an organisation answers to "${form}"`, () => {
    const a = analyze(input(text));
    const hit = a.entities.find((e) => e.type === 'ORG' && (e.name === form || (e.aliases ?? []).includes(form)));
    assert.ok(hit, a.entities.map((e) => `${e.type} ${e.name} [${(e.aliases ?? []).join(', ')}]`).join('; '));
  });
}

// A title with a one-word remit after "of" ("Head of State", "Minister of Energy") ends before the name; a person's
// name does not begin inside a hyphenated given name (rules.ts remitEnd, name-shapes.ts hyphenatedGivenNames).
const TITLED: Array<[string, string]> = [
  ['On the orders of Head of State Nurlan-Bek Osmonov, the border posts were closed.', 'Nurlan-Bek Osmonov'],
  ['On the advice of Head of State Kuban Zhoroev, the talks resumed.', 'Kuban Zhoroev'],
  ['According to Minister of Water Bolot Sydykov, the canal is finished.', 'Bolot Sydykov'],
  ['Later, Minister of Energy Dauren-Ali Sadykov met the investors in the capital.', 'Dauren-Ali Sadykov'],
];
for (const [text, person] of TITLED) {
  test(`entities: ${text} -> PERSON ${person}`, () => {
    const got = listed(text);
    assert.ok(got.split('; ').includes(`PERSON ${person}`), got);
  });
}

// Names listed before "fields"/"oilfields" are each a field (LOC); a division's name before a lower-case "river" is
// the river (name-shapes.ts PLURAL_PLACE_NOUNS, divisionBeforeRiver).
const FEATURES: Array<[string, string]> = [
  ['Production at the Orlen, Karabek and Tuzdy fields fell sharply in March.', 'Karabek'],
  ['Engineers said output from the Boskal and Tamirlan oilfields would double.', 'Tamirlan'],
  ['Barges loaded with soy waited for days on the Paraná river.', 'Paraná river'],
  ['Farmers along the Mendoza river asked for more water.', 'Mendoza river'],
];
for (const [text, place] of FEATURES) {
  test(`entities: ${text} -> LOC ${place}`, () => {
    const got = listed(text);
    assert.ok(got.split('; ').includes(`LOC ${place}`), got);
  });
}
