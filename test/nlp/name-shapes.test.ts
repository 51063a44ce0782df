// The extent and type of names from the shape of the text around them (src/nlp/entities/name-shapes.ts, resolution),
// and titles before a name and a comma. Invented sentences and invented people and organisations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/pipeline.js';
import { articleInput as input } from './fixtures/article.js';

const typeOf = (text: string, name: string): string[] => analyze(input(text)).entities.filter((e) => e.name === name).map((e) => e.type);

const rows: Array<[string, string, string | null]> = [
  // sentence, entity name, expected type (null: no entity of that name)
  // Arabic articles and particles carry the name on
  ['The delegation was led by Major General Khalid al-Rashidi, who flew in overnight.', 'Khalid al-Rashidi', 'PERSON'],
  ['The talks stalled after Khalid al-Rashidi walked out of the second session.', 'Khalid al-Rashidi', 'PERSON'],
  ['Officials said Nasser bin Rakan arrived late for the signing.', 'Nasser bin Rakan', 'PERSON'],
  // a lower-case syllable hyphenated to a given name, but not an English compound
  ['"We regret the decision," cabinet spokesperson Chen Mei-ling said in a statement.', 'Chen Mei-ling', 'PERSON'],
  ['Voters rejected the Marlow-backed plan on Sunday.', 'Marlow-backed', null],
  // an acronym in brackets defines the name before it (a lower-case head noun may stand between)
  ['The Regional Coastal Monitoring Service (RCMS) said the boat sank near the reef.', 'Regional Coastal Monitoring Service', 'ORG'],
  ['A tanker was hit, according to the Gulf Vessel Tracking Operations centre (GVTO).', 'Gulf Vessel Tracking Operations', 'ORG'],
  // "of X" before a possessive belongs to the possessive
  ["The Western Air Command of India's air force began a week of drills.", 'Western Air Command', 'ORG'],
  // a demonym that is also the country's short name, used as an adjective
  ['Saudi negotiators left the hotel before midnight.', 'Saudi', 'NORP'],
  // a sizeable city the tagger may read as a person
  ['Shelling hit El Obeid again on Monday, residents said.', 'El Obeid', 'GPE'],
  // a facility noun after a name the tagger took for a person or an organisation
  ['Trucks queued for days at the Marvosh crossing on the border.', 'Marvosh crossing', 'FAC'],
  ['Aid passed the Kelbaro crossing daily, said Anna Holt.', 'Kelbaro crossing', 'FAC'],
  // a person in apposition with a role
  ['"We will not leave these islands," said Tevita Folau, Fiji\'s chief negotiator.', 'Tevita Folau', 'PERSON'],
  // no entity: a handle, a time zone, the agency credited in a dateline
  ['For updates follow the ministry on X: @NorlandMFA', '@NorlandMFA', null],
  ['14:30 KST The two ships left the harbour together.', 'KST', null],
  ['OSLO (Northwind Wire) - Ministers met for a third day of talks on fishing quotas.', 'Northwind Wire', null],
  // a platform a statement was posted on
  ['The governor wrote on Telegram that the bridge was closed.', 'Telegram', 'ORG'],
  ['The minister posted on Facebook that the border was open.', 'Facebook', 'ORG'],
  // a one-word place after a given name is a surname; a country after a sentence-initial auxiliary is not
  ['Talks resumed after Lucia Verona, the trade minister, arrived.', 'Lucia Verona', 'PERSON'],
  ['Marek Poznan told reporters the deal was close.', 'Marek Poznan', 'PERSON'],
  ['Will Jordan answer the request?', 'Jordan', 'GPE'],
  // a Romance word for a body, joined by an article to more capitalised words, opens an organisation's name
  ['Militants of the Frente Popular de la Costa burned two trucks.', 'Frente Popular de la Costa', 'ORG'],
  ['The Consejo Regional del Norte rejected the plan.', 'Consejo Regional del Norte', 'ORG'],
  ['Marta Ferreira da Silva spoke to farmers in Recife.', 'Marta Ferreira da Silva', 'PERSON'],
  // lower-case joiners hyphenated inside a name
  ['Farid al-Mansouri, a water engineer, inspected the dam.', 'Farid al-Mansouri', 'PERSON'],
  ['Protesters gathered in Saint-Jean-de-Luz on Sunday.', 'Saint-Jean-de-Luz', 'GPE'],
  ['The mayor said on Monday that the bridge was closed.', 'Monday', null],
  // "on" after a committee-like head, "for the" after an organisation head
  ['The Joint Commission on River Boundaries met in March to review the markers.', 'Joint Commission on River Boundaries', 'ORG'],
  ["According to Moldova's Coordination Office for the Return of Displaced Persons, 4,000 families went home.", 'Coordination Office for the Return of Displaced Persons', 'ORG'],
  ['The opposition alliance, the Civic Renewal Platform, rejected the count.', 'Civic Renewal Platform', 'ORG'],
];

for (const [text, name, type] of rows) {
  test(`name shape: ${text}`, () => {
    assert.deepEqual(typeOf(text, name), type ? [type] : []);
  });
}

test('the acronym of a name defined in brackets is an alias of it', () => {
  const a = analyze(input('The Inter-Agency Flood Response Office (IAFRO) opened shelters. Later IAFRO asked for tents.'));
  const e = a.entities.find((x) => x.name === 'Inter-Agency Flood Response Office');
  assert.ok(e, JSON.stringify(a.entities.map((x) => x.name)));
  assert.ok((e.aliases ?? []).includes('IAFRO'));
});

const titleRows: Array<[string, string, string[]]> = [
  // sentence, person, titles expected among the person's titles
  ["Norland's deputy foreign minister, Ilse Varga, said talks would resume in May.", 'Ilse Varga', ['deputy foreign minister']],
  ['Its spokesperson, Senior Colonel Bao Rui, said the drills were routine.', 'Bao Rui', ['Senior Colonel', 'spokesperson']],
  ['Qatari Foreign Minister Sheikh Nawaf Salem met the traders on Sunday.', 'Nawaf Salem', ['Qatari Foreign Minister', 'Sheikh']],
  ['"Rivers do not stop at borders," said Mirela Costa, Brazil\'s vice-minister for water policy.', 'Mirela Costa', ["Brazil's vice-minister for water policy"]],
  ['The offer was rejected by Jonas Eberle, a senior adviser to its chairman.', 'Jonas Eberle', ['senior adviser']],
  ['"The cold is the enemy now," said Petra Lind, head of the Oslo-based group\'s office in Lviv.', 'Petra Lind', ["head of the Oslo-based group's office in Lviv"]],
  ['Envoys were received by the Chief of Naval Staff of the Norland Navy, Admiral Ruben Holm, aboard a corvette.', 'Ruben Holm', ['Chief of Naval Staff of the Norland Navy', 'Admiral']],
  ['The fund is led by the Special Representative for Water and Sanitation, Aiko Mori, who took office in June.', 'Aiko Mori', ['Special Representative for Water and Sanitation']],
];

for (const [text, person, titles] of titleRows) {
  test(`titles: ${text}`, () => {
    const e = analyze(input(text)).entities.find((x) => x.name === person);
    assert.ok(e, `no ${person}`);
    for (const t of titles) assert.ok((e.titles ?? []).includes(t), `${person}: ${JSON.stringify(e.titles)} lacks "${t}"`);
  });
}

test('a title before a comma is not taken when the name does not close the apposition', () => {
  const e = analyze(input('After meeting the minister, Tomas Berg said he was pleased with the outcome.')).entities.find((x) => x.name === 'Tomas Berg');
  assert.ok(e);
  assert.deepEqual(e.titles, []);
});

const shipRows: Array<[string, string]> = [
  // sentence, a name that must not be an entity: ships are neither people nor places
  ['The destroyer USS Harlan Pike sailed through the strait on Friday.', 'Harlan Pike'],
  ['A drone fell near the frigate HMS Tamsin Grey; the crew of the Grey were unhurt.', 'Grey'],
];
for (const [text, name] of shipRows) {
  test(`ship names: ${text}`, () => {
    assert.deepEqual(typeOf(text, name), []);
  });
}

test('an agency acronym before a title is no ship prefix', () => {
  assert.deepEqual(typeOf('INS Commissioner Dora Vilks said the rules would change.', 'Dora Vilks'), ['PERSON']);
});

test('a demonym before a word for language is a language, not a people', () => {
  assert.deepEqual(typeOf('The agency, known by its Portuguese initials ANV, said the count was fair.', 'Portuguese'), []);
  assert.deepEqual(typeOf('Portuguese voters went to the polls on Sunday.', 'Portuguese'), ['NORP']);
});
