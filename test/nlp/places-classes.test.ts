// Classes of places the geoparser reads beyond a gazetteer name: the place an office abroad is named after ("the
// Consulate General in Lviv"), buildings the recognizer typed ORG, divisions named without their division word or with
// a single vowel, the land sibling divisions are named after ("Kivu"), "X Region"/"X Township", "X, north of Y", a
// country or division name split in two ("Trinidad" and "Tobago"), and a longer-named town of the article's country.
// Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Place } from '../../src/core/analysis.js';
import { loadKB } from '../../src/kb/index.js';
import { geoparse } from '../../src/nlp/stages/places.js';
import { tokenize } from '../../src/nlp/tokenize.js';
import { entities, km, type Spec } from './fixtures/places.js';

const kb = loadKB();


/** the places of the target entity */
function placesOf(text: string, specs: Spec[], target: string): Place[] {
  const doc = tokenize(text);
  const ents = entities(doc, specs);
  const places = geoparse(ents, doc, { kb, dateline: null });
  const id = ents.find((e) => e.name === target)?.id;
  return places.filter((p) => p.entity === id);
}

/** [what, text, entities, target entity, place name, [lat, lon, max km, country]] */
const ROWS: Array<[string, string, Spec[], string, string, [number, number, number, string]]> = [
  ['a consulate named after its city', 'Staff of the Italian Consulate General in Lviv resumed issuing visas.',
    [['Italian Consulate General in Lviv', 'ORG']], 'Italian Consulate General in Lviv', 'Lviv', [49.84, 24.03, 20, 'UA']],
  ['a UN mission named after its country', 'The UN Assistance Mission in Afghanistan published the casualty figures.',
    [['UN Assistance Mission in Afghanistan', 'ORG']], 'UN Assistance Mission in Afghanistan', 'Afghanistan', [33.9, 67.7, 300, 'AF']],
  ['an embassy named after its city', 'A protest was held outside the Embassy in Nairobi on Friday.',
    [['Embassy in Nairobi', 'ORG']], 'Embassy in Nairobi', 'Nairobi', [-1.28, 36.82, 20, 'KE']],
  ['a hospital typed ORG, in a named city', 'Doctors at the Al-Rahma Hospital in Mosul treated the wounded.',
    [['Al-Rahma Hospital', 'ORG'], ['Mosul', 'GPE']], 'Al-Rahma Hospital', 'Al-Rahma Hospital', [36.34, 43.13, 20, 'IQ']],
  ['a Colombian department without its word', 'Rebels ambushed a patrol in Putumayo on Friday.',
    [['Putumayo', 'GPE']], 'Putumayo', 'Putumayo', [0.8, -76.3, 161, 'CO']],
  ['a Somali region spelt with a single vowel', 'Drought has emptied wells across Galgudud this spring.',
    [['Galgudud', 'GPE']], 'Galgudud', 'Galgudud', [5.05, 46.7, 161, 'SO']],
  ['the land of North and South Kivu', 'Aid convoys were turned back on the roads of Kivu.',
    [['Kivu', 'GPE']], 'Kivu', 'Kivu', [-1.7, 29.1, 161, 'CD']],
  ['Kordofan from the Kordofan/Kurdufan divisions', 'Fighting spread from the Nuba Mountains across Kordofan.',
    [['Kordofan', 'GPE']], 'Kordofan', 'Kordofan', [13.0, 29.5, 161, 'SD']],
  ['Sulawesi from its five divisions', 'A ferry sank off Sulawesi on Monday.',
    [['Sulawesi', 'LOC']], 'Sulawesi', 'Sulawesi', [-1.5, 121.3, 161, 'ID']],
  ['a region written with its division word', 'Reporters were barred from the Xinjiang Region last year.',
    [['Xinjiang Region', 'GPE']], 'Xinjiang Region', 'Xinjiang Region', [41, 85, 161, 'CN']],
  ['a town written with "Township"', 'Floods cut the roads of Hinthada Township on Monday.',
    [['Hinthada Township', 'GPE']], 'Hinthada Township', 'Hinthada Township', [17.65, 95.46, 30, 'MM']],
  ['a base no gazetteer has, north of a named town', 'Two rockets hit Zorkavan Air Base, north of Kirkuk, officials said.',
    [['Zorkavan Air Base', 'FAC'], ['Kirkuk', 'GPE']], 'Zorkavan Air Base', 'Zorkavan Air Base', [35.47, 44.39, 20, 'IQ']],
  ['a village some kilometres from a named town', 'Militants attacked Zorkavan, 20 km south of Mosul, at dawn.',
    [['Zorkavan', 'GPE'], ['Mosul', 'GPE']], 'Zorkavan', 'Zorkavan', [36.34, 43.13, 20, 'IQ']],
  ['a country name the recognizer split in two', 'Heavy rain flooded roads across Trinidad and Tobago overnight.',
    [['Trinidad', 'GPE'], ['Tobago', 'LOC']], 'Trinidad', 'Trinidad and Tobago', [10.7, -61.2, 100, 'TT']],
  ['a division name the recognizer split in two', 'Snow closed the passes of Jammu and Kashmir for a week.',
    [['Jammu', 'GPE'], ['Kashmir', 'LOC']], 'Jammu', 'Jammu and Kashmir', [33.5, 75.0, 161, 'IN']],
  ['a numbered town of the article\'s country, not a namesake abroad', 'Shops stayed shut in Delmas after a night of gunfire, Haiti\'s police said.',
    [['Delmas', 'GPE'], ['Haiti', 'GPE']], 'Delmas', 'Delmas', [18.54, -72.3, 20, 'HT']],
];

test('geoparse: offices abroad, buildings, divisions, sibling-division lands, division words, compass and longer names', () => {
  for (const [what, text, specs, target, name, [lat, lon, maxKm, country]] of ROWS) {
    const p = placesOf(text, specs, target).find((x) => x.name === name);
    assert.ok(p, `${what}: no place named ${name}`);
    const d = km(lat, lon, p.lat, p.lon);
    assert.ok(d <= maxKm, `${what}: ${Math.round(d)} km off (${p.lat},${p.lon} ${p.country} ${p.featureClass})`);
    assert.equal(p.country, country, what);
  }
});

const NO_PLACE: Array<[string, string, Spec[], string]> = [
  ['an office named after a place the article names itself gets no second place', 'The Consulate in Lviv reopened. Lviv was calm.',
    [['Consulate in Lviv', 'ORG'], ['Lviv', 'GPE']], 'Consulate in Lviv'],
  ['a ministry is no office abroad', 'The Ministry of Finance in Kyiv declined to comment.', [['Ministry of Finance in Kyiv', 'ORG']], 'Ministry of Finance in Kyiv'],
  ['a building-named organisation with no place given is not put at a town in its name', 'Buckingham Palace said the visit would go ahead.',
    [['Buckingham Palace', 'ORG']], 'Buckingham Palace'],
  ['a university typed ORG stays an organisation', 'Students at Harvard University in Cambridge protested.',
    [['Harvard University', 'ORG'], ['Cambridge', 'GPE']], 'Harvard University'],
  ['a place too far from the town it is measured from', 'Militants attacked Zorkavan, 400 km south of Mosul, at dawn.',
    [['Zorkavan', 'GPE'], ['Mosul', 'GPE']], 'Zorkavan'],
  ['a compass word before a country', 'Militants attacked Zorkavan, south of Iraq, at dawn.', [['Zorkavan', 'GPE'], ['Iraq', 'GPE']], 'Zorkavan'],
  ['a one-word name is no longer-named town of the article\'s country', 'The Horn of Africa drought worried United States officials.',
    [['Horn', 'GPE'], ['United States', 'GPE']], 'Horn'],
];

test('geoparse: what these classes must not place', () => {
  for (const [what, text, specs, target] of NO_PLACE) assert.deepEqual(placesOf(text, specs, target), [], what);
});

test('geoparse: a longer-named town must add no more than a number or a word for town', () => {
  // "Kingston upon Hull" is no reading of "Kingston" in an article that names Britain
  const p = placesOf('Flights to Kingston were cancelled, British officials said. Britain sent aid.', [['Kingston', 'GPE'], ['Britain', 'GPE']], 'Kingston')[0];
  assert.notEqual(p?.name, undefined);
  assert.ok(km(53.74, -0.33, p?.lat ?? 0, p?.lon ?? 0) > 100, `Kingston put at ${p?.lat},${p?.lon}`);
});

test('geoparse: two places joined by "and" that the gazetteer has no name for stay two', () => {
  const doc = 'Ministers from Croatia and Slovenia met in Zagreb.';
  for (const t of ['Croatia', 'Slovenia']) assert.deepEqual(placesOf(doc, [['Croatia', 'GPE'], ['Slovenia', 'GPE'], ['Zagreb', 'GPE']], t).map((p) => p.name), [t]);
});

test('kb: division names without their word, single-vowel spellings and sibling-division lands', () => {
  assert.equal(kb.admin1('Cauca', 'CO').length, 1, 'a department written "Cauca department" is also "Cauca"');
  assert.equal(kb.admin1('Banadir', 'SO').length, 1, '"Banaadir" also "Banadir"');
  assert.deepEqual(kb.admin1('Grece'), [], 'doubled e and o are no variants');
  assert.equal(kb.region('Kivu')?.country, 'CD');
  assert.equal(kb.region('Kurdufan')?.name, kb.region('Kordofan')?.name, 'one land for both spellings');
  // generic shared parts, countries and divisions the kb already has make no land
  for (const n of ['District', 'Governorate', 'Lakes', 'Australia', 'Upper Nile', 'Bohemian']) assert.equal(kb.region(n), undefined, n);
  assert.equal(kb.phrases.get('Kivu')?.type, 'GPE', 'recognised by the gazetteer');
});
