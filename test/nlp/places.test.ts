import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Place } from '../../src/core/analysis.js';
import type { Dateline } from '../../src/core/input.js';
import { loadKB } from '../../src/kb/index.js';
import { geoparse } from '../../src/nlp/stages/places.js';
import { tokenize } from '../../src/nlp/tokenize.js';
import type { ResolvedEntity } from '../../src/nlp/types.js';
import { entities, km, type Spec } from './fixtures/places.js';

const kb = loadKB();

function run(text: string, specs: Spec[], dateline: Dateline | null = null, eventLocations?: Set<string>): { places: Place[]; ents: ResolvedEntity[] } {
  const doc = tokenize(text);
  const ents = entities(doc, specs);
  return { places: geoparse(ents, doc, { kb, dateline, eventLocations }), ents };
}

interface Row {
  what: string;
  text: string;
  entities: Spec[];
  /** the entity whose place is checked */
  target: string;
  /** [lat, lon, max km, country] */
  expect: [number, number, number, string | null];
  featureClass?: string;
}

const ROWS: Row[] = [
  {
    what: 'Yokosuka, in an article about Japan',
    text: 'The destroyer docked at Yokosuka on Monday. Japan said the visit was routine.',
    entities: [['Yokosuka', 'GPE'], ['Japan', 'GPE']],
    target: 'Yokosuka',
    expect: [35.28, 139.67, 20, 'JP'],
    featureClass: 'city',
  },
  {
    what: 'Georgia with Tbilisi and Russia is the country',
    text: 'Georgia accused Russia of moving border posts. Protesters gathered in Tbilisi.',
    entities: [['Georgia', 'GPE'], ['Russia', 'GPE'], ['Tbilisi', 'GPE']],
    target: 'Georgia',
    expect: [42.32, 43.36, 50, 'GE'],
    featureClass: 'country',
  },
  {
    what: 'Georgia with Atlanta is the US state',
    text: 'Voters in Georgia lined up early. Turnout in Atlanta was high, officials said.',
    entities: [['Georgia', 'GPE'], ['Atlanta', 'GPE']],
    target: 'Georgia',
    expect: [32.7, -83.4, 150, 'US'],
    featureClass: 'admin1',
  },
  {
    what: 'Georgia after "Savannah, Ga." is the state',
    text: 'The port of Savannah, Ga., reopened. Georgia officials said damage was light.',
    entities: [['Savannah', 'GPE'], ['Georgia', 'GPE']],
    target: 'Georgia',
    expect: [32.7, -83.4, 150, 'US'],
    featureClass: 'admin1',
  },
  {
    what: 'Georgia among other US states is the state',
    text: 'The storm moved from Alabama into Georgia and then Florida.',
    entities: [['Alabama', 'GPE'], ['Georgia', 'GPE'], ['Florida', 'GPE']],
    target: 'Georgia',
    expect: [32.7, -83.4, 150, 'US'],
    featureClass: 'admin1',
  },
  {
    what: 'a dateline in capitals ("WASHINGTON") is the capital',
    text: 'WASHINGTON officials said the talks would resume.',
    entities: [['WASHINGTON', 'GPE']],
    target: 'WASHINGTON',
    expect: [38.9, -77.04, 20, 'US'],
  },
  {
    what: 'Georgia next to a mere mention of the United States stays the country',
    text: 'The United States pledged support for Georgia and its bid to join NATO.',
    entities: [['United States', 'GPE'], ['Georgia', 'GPE'], ['NATO', 'ORG']],
    target: 'Georgia',
    expect: [42.32, 43.36, 50, 'GE'],
  },
  {
    what: 'Paris with Texas context is Paris, Texas',
    text: 'The storm hit Paris overnight. Texas officials said power was restored by noon.',
    entities: [['Paris', 'GPE'], ['Texas', 'GPE']],
    target: 'Paris',
    expect: [33.66, -95.56, 25, 'US'],
    featureClass: 'city',
  },
  {
    what: 'Paris, Texas written out',
    text: 'She grew up in Paris, Texas, a small town near the Oklahoma line.',
    entities: [['Paris', 'GPE']],
    target: 'Paris',
    expect: [33.66, -95.56, 25, 'US'],
  },
  {
    what: 'Paris alone is the French capital',
    text: 'Ministers met in Paris on Tuesday to discuss the budget.',
    entities: [['Paris', 'GPE']],
    target: 'Paris',
    expect: [48.86, 2.35, 20, 'FR'],
  },
  {
    what: 'Washington with Seattle context is the state',
    text: 'Apple growers in Washington fear the tariffs. Exporters in Seattle and Wenatchee agree.',
    entities: [['Washington', 'GPE'], ['Seattle', 'GPE'], ['Wenatchee', 'GPE']],
    target: 'Washington',
    expect: [47.38, -120.45, 100, 'US'],
    featureClass: 'admin1',
  },
  {
    what: 'Washington alone is the capital',
    text: 'The delegation flew to Washington for talks on Thursday.',
    entities: [['Washington', 'GPE']],
    target: 'Washington',
    expect: [38.9, -77.04, 20, 'US'],
    featureClass: 'city',
  },
  {
    what: 'Washington state by name',
    text: 'Farmers in Washington state export apples.',
    entities: [['Washington state', 'GPE']],
    target: 'Washington state',
    expect: [47.38, -120.45, 100, 'US'],
  },
  {
    what: 'Beijing as a place is the city, not the country',
    text: 'Talks were held in Beijing.',
    entities: [['Beijing', 'GPE']],
    target: 'Beijing',
    expect: [39.9, 116.4, 20, 'CN'],
  },
  {
    what: 'a country is put at its conventional centre point',
    text: 'Russia said it would respond.',
    entities: [['Russia', 'GPE']],
    target: 'Russia',
    expect: [61.52, 105.32, 5, 'RU'],
    featureClass: 'country',
  },
  {
    what: 'a country by alias',
    text: 'Officials in the U.S. declined to comment.',
    entities: [['United States', 'GPE', ['U.S.']]],
    target: 'United States',
    expect: [37.09, -95.71, 5, 'US'],
  },
  {
    what: 'a sea from the curated table',
    text: 'Chinese vessels patrolled the South China Sea.',
    entities: [['South China Sea', 'LOC']],
    target: 'South China Sea',
    expect: [12, 113, 150, null],
    featureClass: 'sea',
  },
  {
    what: 'a shoal by its Filipino name',
    text: 'The patrol boat reached Panatag Shoal at dawn.',
    entities: [['Scarborough Shoal', 'LOC', ['Panatag Shoal']]],
    target: 'Scarborough Shoal',
    expect: [15.15, 117.76, 20, null],
  },
  {
    what: 'a province of a country the article names',
    text: 'The boats left Palawan for the shoal. The Philippines protested.',
    entities: [['Palawan', 'GPE'], ['Philippines', 'GPE']],
    target: 'Palawan',
    // the province's centre is derived (mean of its airports), so the geoparsing threshold applies
    expect: [9.83, 118.74, 161, 'PH'],
  },
  {
    what: 'a facility named after its town',
    text: 'The carrier left Yokosuka port, Japan said.',
    entities: [['Yokosuka port', 'FAC'], ['Japan', 'GPE']],
    target: 'Yokosuka port',
    expect: [35.28, 139.67, 20, 'JP'],
    featureClass: 'facility',
  },
  {
    what: 'an air base from the curated table',
    text: 'Jets took off from Ramstein Air Base.',
    entities: [['Ramstein Air Base', 'FAC']],
    target: 'Ramstein Air Base',
    expect: [49.44, 7.6, 10, 'DE'],
  },
  {
    what: 'a facility placed by "in <place>"',
    text: 'Delegates gathered at the National Museum of Fine Arts in Buenos Aires on Monday.',
    entities: [['National Museum of Fine Arts', 'FAC'], ['Buenos Aires', 'GPE']],
    target: 'National Museum of Fine Arts',
    expect: [-34.6, -58.38, 20, 'AR'],
  },
  {
    what: 'Portland with Maine context',
    text: 'Snow closed schools in Portland. Maine braced for more.',
    entities: [['Portland', 'GPE'], ['Maine', 'GPE']],
    target: 'Portland',
    expect: [43.66, -70.26, 25, 'US'],
  },
  {
    what: 'a US article still means the French Paris',
    text: 'The United States, Canada and Mexico met in Paris. Officials from Chicago, Boston and Denver attended.',
    entities: [['United States', 'GPE'], ['Canada', 'GPE'], ['Mexico', 'GPE'], ['Paris', 'GPE'], ['Chicago', 'GPE'], ['Boston', 'GPE'], ['Denver', 'GPE']],
    target: 'Paris',
    expect: [48.86, 2.35, 20, 'FR'],
  },
  {
    what: 'Berlin in a US article',
    text: 'Washington and Berlin agreed. Officials in New Jersey and New York welcomed it.',
    entities: [['Washington', 'GPE'], ['Berlin', 'GPE'], ['New Jersey', 'GPE'], ['New York', 'GPE']],
    target: 'Berlin',
    expect: [52.52, 13.4, 20, 'DE'],
  },
  {
    what: 'a country after a capitalized word is still the country',
    text: 'Fighting continued in Eastern Ukraine.',
    entities: [['Ukraine', 'GPE']],
    target: 'Ukraine',
    expect: [48.38, 31.17, 5, 'UA'],
  },
  {
    what: 'a small town whose state is named',
    text: 'Apple growers in Wenatchee, a town in Washington state, fear tariffs.',
    entities: [['Wenatchee', 'GPE'], ['Washington state', 'GPE']],
    target: 'Wenatchee',
    expect: [47.42, -120.31, 10, 'US'],
  },
  {
    what: 'a sentence-initial preposition is not part of the name',
    text: 'In Wenatchee, growers worry. Washington state exports apples.',
    entities: [['Wenatchee', 'GPE'], ['Washington', 'GPE']],
    target: 'Wenatchee',
    expect: [47.42, -120.31, 10, 'US'],
  },
  {
    what: '"Washington state" when the recognizer kept only "Washington"',
    text: 'Growers in Washington state said prices fell. Washington imposed tariffs on imports.',
    entities: [['Washington', 'GPE']],
    target: 'Washington',
    expect: [47.38, -120.45, 100, 'US'],
    featureClass: 'admin1',
  },
  {
    what: 'London, Ontario written out',
    text: 'The plant in London, Ontario, will close.',
    entities: [['London', 'GPE']],
    target: 'London',
    expect: [42.98, -81.23, 25, 'CA'],
  },
  {
    what: 'City, Country where GeoNames has a longer name',
    text: 'Supplies left the warehouse in Subang, Malaysia. Indonesia sent more.',
    entities: [['Subang', 'GPE'], ['Indonesia', 'GPE']],
    target: 'Subang',
    expect: [3.13, 101.55, 15, 'MY'],
  },
  {
    what: 'a diacritic-folded capital',
    text: 'Thousands marched in Chișinău.',
    entities: [['Chișinău', 'GPE']],
    target: 'Chișinău',
    expect: [47.01, 28.86, 15, 'MD'],
  },
  {
    what: 'a famous city beats a small namesake when only the namesake\'s country is named',
    text: 'US officials met European ministers in Florence to discuss tariffs.',
    entities: [['US', 'GPE'], ['Florence', 'GPE']],
    target: 'Florence',
    expect: [43.78, 11.25, 20, 'IT'],
  },
  {
    what: 'the small namesake wins once its state is named',
    text: 'Flooding closed schools in Florence. Alabama officials opened shelters.',
    entities: [['Florence', 'GPE'], ['Alabama', 'GPE']],
    target: 'Florence',
    expect: [34.8, -87.68, 25, 'US'],
  },
  {
    what: 'New York is the city by default',
    text: 'The mayor of New York said subway service would resume on Monday.',
    entities: [['New York', 'GPE']],
    target: 'New York',
    expect: [40.71, -74.0, 25, 'US'],
    featureClass: 'city',
  },
  {
    what: 'New York with "state" is the state',
    text: 'New York state lawmakers passed the budget late on Friday.',
    entities: [['New York', 'GPE']],
    target: 'New York',
    expect: [42.9, -75.5, 150, 'US'],
    featureClass: 'admin1',
  },
  {
    what: 'a common-word town with its state named is the town',
    text: 'Police in Independence said the road was closed. Missouri troopers were sent.',
    entities: [['Independence', 'GPE'], ['Missouri', 'GPE']],
    target: 'Independence',
    expect: [39.09, -94.42, 25, 'US'],
  },
  {
    what: 'a common-word town after a settlement noun is the town',
    text: 'The city of Mission opened a new clinic, Texas health officials said.',
    entities: [['Mission', 'GPE'], ['Texas', 'GPE']],
    target: 'Mission',
    expect: [26.22, -98.33, 25, 'US'],
  },
  {
    what: 'a province inside an organization\'s name is context for a namesake town',
    text: 'The Ontario Court of Appeal sat in Kingston on Monday.',
    entities: [['Ontario Court of Appeal', 'ORG'], ['Kingston', 'GPE']],
    target: 'Kingston',
    expect: [44.23, -76.48, 25, 'CA'],
  },
  {
    what: 'an airport from the airport table is placed at its own point',
    text: 'Flights resumed at Ben Gurion Airport after the alert.',
    entities: [['Ben Gurion Airport', 'FAC']],
    target: 'Ben Gurion Airport',
    expect: [32.01, 34.89, 10, 'IL'],
  },
  {
    what: 'a first-level division from the ISO 3166-2 table',
    text: 'Floods hit villages in Nangarhar overnight, Afghan officials said.',
    entities: [['Nangarhar', 'GPE'], ['Afghan', 'NORP']],
    target: 'Nangarhar',
    expect: [34.3, 70.5, 161, 'AF'],
    featureClass: 'admin1',
  },
  {
    what: 'a sea from the physical-features table',
    text: 'Two frigates sailed into the Tyrrhenian Sea on Tuesday.',
    entities: [['Tyrrhenian Sea', 'LOC']],
    target: 'Tyrrhenian Sea',
    expect: [40.0, 12.0, 200, 'IT'],
  },
];

test('geoparse: places, namesakes and traps', () => {
  for (const row of ROWS) {
    const { places, ents } = run(row.text, row.entities);
    const id = ents.find((e) => e.name === row.target)?.id;
    const p = places.find((x) => x.entity === id);
    assert.ok(p, `${row.what}: no place`);
    const [lat, lon, maxKm, country] = row.expect;
    const d = km(lat, lon, p.lat, p.lon);
    assert.ok(d <= maxKm, `${row.what}: ${Math.round(d)} km off (${p.lat},${p.lon} ${p.country} ${p.featureClass})`);
    assert.equal(p.country ?? null, country, row.what);
    if (row.featureClass) assert.equal(p.featureClass, row.featureClass, row.what);
    // a division keeps the division word the text gives it ("Washington" of "Washington state")
    if (p.featureClass === 'admin1' && p.name.startsWith(`${row.target} `)) assert.ok(/^(state|province|region|oblast|prefecture|governorate)$/i.test(p.name.slice(row.target.length + 1)), row.what);
    else assert.equal(p.name, row.target, row.what);
  }
});

const NO_PLACE: Array<[string, string, Spec[], string]> = [
  ['broad region Europe', 'Europe must rearm, he said.', [['Europe', 'LOC']], 'Europe'],
  ['broad region Indo-Pacific', 'Allies in the Indo-Pacific worry.', [['Indo-Pacific', 'LOC']], 'Indo-Pacific'],
  ['broad region by alias', 'Unrest spread across the Sahel.', [['Sahel', 'LOC']], 'Sahel'],
  ['a person', 'Mark Rutte spoke in Brussels.', [['Mark Rutte', 'PERSON'], ['Brussels', 'GPE']], 'Mark Rutte'],
  ['an organization', 'NATO met in Brussels.', [['NATO', 'ORG'], ['Brussels', 'GPE']], 'NATO'],
  ['an unknown name', 'They reached Qwxzzy Flats.', [['Qwxzzy Flats', 'LOC']], 'Qwxzzy Flats'],
  ['a person mistyped LOC whose surname is a town', 'Said Lima Barros.', [['Lima Barros', 'LOC']], 'Lima Barros'],
  ['a capitalized common word the text also writes in lower case', 'The Summit opened. The summit will close on Friday.', [['Summit', 'GPE']], 'Summit'],
  ['a two-letter word', 'Us and them.', [['Us', 'GPE']], 'Us'],
  ['a common-word town with only its country named', 'The United States hosted the Summit for Democracy.', [['United States', 'GPE'], ['Summit', 'GPE']], 'Summit'],
  ['a common-word town that opens a sentence', 'Mission officials in the United States declined to comment.', [['Mission', 'GPE'], ['United States', 'GPE']], 'Mission'],
  ['a common-word town before a list comma and a country', 'Leaders met at the G20 Summit, U.S. officials said.', [['Summit', 'GPE']], 'Summit'],
  ['a common-word town whose state is named elsewhere', 'The Summit brings leaders together. Arizona tribes will attend.', [['Summit', 'GPE'], ['Arizona', 'GPE']], 'Summit'],
  ['a common-word town and a mere country mention', 'Independence was on the agenda as the United States watched.', [['Independence', 'GPE'], ['United States', 'GPE']], 'Independence'],
  ['a fragment of a longer name', 'Leaders met at the NATO Summit in Madrid.', [['NATO', 'ORG'], ['Summit', 'GPE'], ['Madrid', 'GPE']], 'Summit'],
  ['a small town the article gives no reason for', 'New agencies at Federal level were created.', [['Federal', 'GPE']], 'Federal'],
  ['a facility named after a person, not a town', 'He landed at Joint Base Lewis Smith.', [['Joint Base Lewis Smith', 'FAC']], 'Joint Base Lewis Smith'],
];

test('geoparse: what must not be placed', () => {
  for (const [what, text, specs, target] of NO_PLACE) {
    const { places, ents } = run(text, specs);
    const id = ents.find((e) => e.name === target)?.id;
    assert.equal(places.find((p) => p.entity === id), undefined, what);
  }
});

test('geoparse: focus for the dateline and event locations', () => {
  const text = 'Officials in Tokyo said ships left Yokosuka. Japan and China held talks.';
  const specs: Spec[] = [['Tokyo', 'GPE'], ['Yokosuka', 'GPE'], ['Japan', 'GPE'], ['China', 'GPE']];
  const { places, ents } = run(text, specs, { place: 'TOKYO', text: 'TOKYO (Reuters) -' }, new Set(['e1']));
  const focus = (name: string): boolean | undefined => places.find((p) => p.entity === ents.find((e) => e.name === name)?.id)?.focus;
  assert.equal(focus('Tokyo'), true);
  assert.equal(focus('Yokosuka'), true);
  assert.equal(focus('Japan'), undefined);
  assert.equal(focus('China'), undefined);
});

test('geoparse: a dateline with its country ("TROMSØ, Norway") marks the town and is context', () => {
  const text = 'TROMSØ officials said Tromsø would host the drills.';
  const { places, ents } = run(text, [['Tromsø', 'GPE', ['Tromsø', 'TROMSØ']]], { place: 'TROMSØ, Norway', text: 'TROMSØ, Norway (Wire) -' });
  const p = places.find((x) => x.entity === ents[0]?.id);
  assert.equal(p?.focus, true);
  assert.equal(p?.country, 'NO');
});

test('geoparse: an all-caps dateline ("WASHINGTON") is context for namesakes', () => {
  const text = 'Officials said Georgia would vote early. Turnout in Birmingham was low.';
  const { places, ents } = run(text, [['Birmingham', 'GPE']], { place: 'WASHINGTON', text: 'WASHINGTON (Reuters) -' });
  assert.equal(places.find((x) => x.entity === ents[0]?.id)?.country, 'US');
  const without = run(text, [['Birmingham', 'GPE']]);
  assert.equal(without.places[0]?.country, 'GB');
});

const CAPITALS: Array<[string, string, Spec, string, [number, number]]> = [
  ['a capital acting for its country, country also named', "Damascus said the strikes violated Syria's sovereignty.", ['Syria', 'GPE', ['Syria', 'Damascus']], 'Damascus', [33.51, 36.29]],
  ['a capital acting for its country alone', 'Damascus said it would respond.', ['Syria', 'GPE', ['Damascus']], 'Damascus', [33.51, 36.29]],
  ['a seat named by the first word of the capital', 'Washington said the talks would go on.', ['United States', 'GPE', ['Washington']], 'Washington', [38.9, -77.04]],
  ['an all-caps capital', 'MOSCOW rejected the proposal.', ['Russia', 'GPE', ['MOSCOW']], 'Moscow', [55.75, 37.62]],
];

test('geoparse: a capital that acts for its country keeps its own point beside the country', () => {
  for (const [what, text, spec, capital, [lat, lon]] of CAPITALS) {
    const { places, ents } = run(text, [spec]);
    const own = places.filter((p) => p.entity === ents[0]?.id);
    const cap = own.find((p) => p.name === capital);
    assert.ok(cap, `${what}: no capital place (${own.map((p) => p.name).join(', ')})`);
    assert.ok(km(lat, lon, cap.lat, cap.lon) < 30, `${what}: capital at ${cap.lat},${cap.lon}`);
    assert.equal(cap.featureClass, 'city', what);
    assert.ok(own.some((p) => p.featureClass === 'country'), `${what}: the country keeps its place`);
  }
  // a seat-of-government building is no capital place
  const { places } = run('The Kremlin said the talks were over.', [['Russia', 'GPE', ['Kremlin']]]);
  assert.deepEqual(places.map((p) => p.featureClass), ['country']);
});

test('geoparse: fills the entities kb ids', () => {
  const { ents } = run('Japan sent ships to Yokosuka.', [['Japan', 'GPE'], ['Yokosuka', 'GPE']]);
  assert.equal(ents[0]?.kb.iso3166, 'JP');
  assert.equal(ents[0]?.kb.wikidata, 'Q17');
  assert.equal(ents[1]?.kb.geonames, 1848313);
  assert.equal(ents[1]?.kb.iso3166, undefined);
});
