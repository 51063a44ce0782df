import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKB } from '../../src/kb/index.js';
import { demonymPlural, foldKey } from '../../src/kb/text.js';

const kb = loadKB();

test('loadKB is a process-wide singleton', () => {
  assert.equal(loadKB(), kb);
});

const COUNTRY_NAMES: Array<[string, string]> = [
  ['United States', 'US'], ['U.S.', 'US'], ['US', 'US'], ['USA', 'US'], ['America', 'US'], ['the United States', 'US'],
  ['UK', 'GB'], ['U.K.', 'GB'], ['Britain', 'GB'], ['Great Britain', 'GB'], ['United Kingdom', 'GB'],
  ['PRC', 'CN'], ["People's Republic of China", 'CN'], ['China', 'CN'], ['DPRK', 'KP'], ['North Korea', 'KP'],
  ['ROK', 'KR'], ['South Korea', 'KR'], ['Türkiye', 'TR'], ['Turkey', 'TR'], ['Burma', 'MM'], ['Myanmar', 'MM'],
  ['Czechia', 'CZ'], ['Czech Republic', 'CZ'], ['the Netherlands', 'NL'], ['Holland', 'NL'], ['Ivory Coast', 'CI'],
  ["Côte d'Ivoire", 'CI'], ['DRC', 'CD'], ['Viet Nam', 'VN'], ['Kosovo', 'XK'], ['Georgia', 'GE'], ['Taiwan', 'TW'],
  ['Russian Federation', 'RU'], ['Palestine', 'PS'], ['Eswatini', 'SZ'], ['Swaziland', 'SZ'], ['East Timor', 'TL'],
  ['UNITED STATES', 'US'], ['Philippines', 'PH'], ['the Philippines', 'PH'],
];

test('countryByName: names, aliases, "the" and case of long names', () => {
  for (const [name, iso] of COUNTRY_NAMES) assert.equal(kb.countryByName(name)?.iso2, iso, name);
});

test('countryByName: not a country', () => {
  for (const name of ['us', 'Us', 'in', 'IN', 'Chinese', 'Europe', 'Texas', 'Paris', 'NATO', 'the', '']) {
    assert.equal(kb.countryByName(name), undefined, name);
  }
});

const DEMONYMS: Array<[string, string]> = [
  ['American', 'US'], ['Americans', 'US'], ['Chinese', 'CN'], ['Russian', 'RU'], ['Russians', 'RU'],
  ['North Korean', 'KP'], ['North Koreans', 'KP'], ['Iranian', 'IR'], ['Iranians', 'IR'], ['Dutch', 'NL'],
  ['Filipino', 'PH'], ['Filipinos', 'PH'], ['Israeli', 'IL'], ['Israelis', 'IL'], ['Palestinian', 'PS'],
  ['Palestinians', 'PS'], ['Ukrainian', 'UA'], ['Ukrainians', 'UA'], ['British', 'GB'], ['Britons', 'GB'],
  ['Japanese', 'JP'], ['Turkish', 'TR'], ['Swedish', 'SE'], ['Swedes', 'SE'], ['Poles', 'PL'], ['Polish', 'PL'],
  ['Moldovans', 'MD'], ['German', 'DE'], ['Germans', 'DE'], ['French', 'FR'], ['Saudi', 'SA'], ['Emirati', 'AE'],
];

test('countryByDemonym: nationality words and plurals', () => {
  for (const [word, iso] of DEMONYMS) assert.equal(kb.countryByDemonym(word)?.iso2, iso, word);
  for (const word of ['Chineses', 'Dutchs', 'america', 'China', 'Europeans']) assert.equal(kb.countryByDemonym(word), undefined, word);
});

const METONYMS: Array<[string, string]> = [
  ['Washington', 'US'], ['the White House', 'US'], ['White House', 'US'], ['Beijing', 'CN'], ['Moscow', 'RU'],
  ['the Kremlin', 'RU'], ['Kremlin', 'RU'], ['Pyongyang', 'KP'], ['Tehran', 'IR'], ['Kyiv', 'UA'], ['Kiev', 'UA'],
  ['Downing Street', 'GB'], ['Whitehall', 'GB'], ['London', 'GB'], ['Tokyo', 'JP'], ['Seoul', 'KR'], ['Taipei', 'TW'],
  ['Manila', 'PH'], ['Ankara', 'TR'], ['Paris', 'FR'], ['Berlin', 'DE'], ['New Delhi', 'IN'], ['The Hague', 'NL'],
  ['Canberra', 'AU'], ['Ottawa', 'CA'], ['Pristina', 'XK'], ['Belgrade', 'RS'],
];

test('countryByMetonym: seats of government, capitals of every country', () => {
  for (const [name, iso] of METONYMS) assert.equal(kb.countryByMetonym(name)?.iso2, iso, name);
  let withCapital = 0;
  for (const c of kb.countries) {
    if (!c.capital || !c.metonyms.includes(c.capital)) continue;
    withCapital++;
    assert.ok(kb.countryByMetonym(c.capital), c.capital);
  }
  assert.ok(withCapital > 200);
  for (const name of ['Texas', 'Seattle', 'Atlanta', 'Douglas', 'Stanley', 'Hamilton']) assert.equal(kb.countryByMetonym(name), undefined, name);
});

test('country points are the conventional centre points', () => {
  const rows: Array<[string, number, number]> = [
    ['JP', 36.2, 138.25], ['CN', 35.86, 104.2], ['RU', 61.52, 105.32], ['US', 37.09, -95.71], ['UA', 48.38, 31.17],
    ['PH', 12.88, 121.77],
  ];
  for (const [iso, lat, lon] of rows) {
    const c = kb.countryByIso2(iso);
    assert.ok(c, iso);
    assert.ok(Math.abs(c.lat - lat) < 0.02 && Math.abs(c.lon - lon) < 0.02, `${iso} ${c.lat},${c.lon}`);
  }
  assert.equal(kb.countries.length, 250);
  for (const c of kb.countries) assert.ok(Number.isFinite(c.lat) && Number.isFinite(c.lon) && /^[A-Z]{2}$/.test(c.iso2), c.name);
});

const ORGS: Array<[string, string, string | null]> = [
  ['NATO', 'NATO', 'Q7184'], ['North Atlantic Treaty Organization', 'NATO', 'Q7184'], ['UN', 'United Nations', 'Q1065'],
  ['U.N.', 'United Nations', 'Q1065'], ['the United Nations', 'United Nations', 'Q1065'], ['EU', 'European Union', 'Q458'],
  ['UN Security Council', 'UN Security Council', 'Q37470'], ['UNHCR', 'UNHCR', null], ['WHO', 'World Health Organization', 'Q7817'],
  ['IAEA', 'IAEA', 'Q826700'], ['IMF', 'International Monetary Fund', 'Q7804'], ['World Bank', 'World Bank', 'Q7164'],
  ['ICC', 'International Criminal Court', 'Q47488'], ['ICJ', 'International Court of Justice', 'Q7801'],
  ['G7', 'G7', 'Q1377'], ['G-7', 'G7', 'Q1377'], ['G20', 'G20', 'Q19771'], ['ASEAN', 'ASEAN', 'Q7768'],
  ['Hamas', 'Hamas', null], ['Hezbollah', 'Hezbollah', 'Q41053'], ['Houthis', 'Houthis', null], ['the Houthis', 'Houthis', null],
  ['ISIS', 'Islamic State', 'Q2429253'], ['Daesh', 'Islamic State', 'Q2429253'], ['al-Qaeda', 'al-Qaeda', 'Q34490'],
  ['Wagner', 'Wagner Group', null], ['Red Cross', 'International Committee of the Red Cross', 'Q71817'],
  ['Doctors Without Borders', 'Médecins Sans Frontières', null], ['Reuters', 'Reuters', 'Q130879'],
  ['AP', 'Associated Press', 'Q40469'], ['AFP', 'Agence France-Presse', 'Q40464'], ['Xinhua', 'Xinhua', null],
  ['Pentagon', 'US Department of Defense', 'Q11209'], ['State Department', 'US Department of State', 'Q789915'],
  ['CIA', 'Central Intelligence Agency', 'Q37230'], ['FBI', 'Federal Bureau of Investigation', 'Q8333'],
];

test('orgByName: names, acronyms, aliases and QIDs', () => {
  for (const [name, canonical, qid] of ORGS) {
    const o = kb.orgByName(name);
    assert.equal(o?.name, canonical, name);
    assert.equal(o?.wikidata, qid, name);
  }
  for (const name of ['Alliance', 'the alliance', 'who', 'Texas', 'China']) assert.equal(kb.orgByName(name), undefined, name);
});

test('orgsByNominal and org metonyms', () => {
  assert.ok(kb.orgsByNominal('the alliance').some((o) => o.name === 'NATO'));
  assert.ok(kb.orgsByNominal('bloc').some((o) => o.name === 'European Union'));
  assert.ok(kb.orgsByNominal('the bloc').some((o) => o.name === 'ASEAN'));
  assert.deepEqual(kb.orgsByNominal('the teapot'), []);
  assert.ok(kb.orgByName('European Union')?.metonyms.includes('Brussels'));
});

const REGIONS: Array<[string, string, boolean]> = [
  ['South China Sea', 'sea', false], ['the South China Sea', 'sea', false], ['Taiwan Strait', 'strait', false],
  ['Strait of Hormuz', 'strait', false], ['Red Sea', 'sea', false], ['Black Sea', 'sea', false], ['Persian Gulf', 'sea', false],
  ['Gaza Strip', 'region', false], ['West Bank', 'region', false], ['Crimea', 'region', false], ['Donbas', 'region', false],
  ['Scarborough Shoal', 'island', false], ['Panatag Shoal', 'island', false], ['Spratly Islands', 'island', false],
  ['Barents Sea', 'sea', false], ['Kola Peninsula', 'other', false], ['Hindu Kush', 'other', false], ['Danube', 'other', false],
  ['Heathrow Airport', 'facility', false], ['Joint Base Andrews', 'facility', false],
  ['Golan Heights', 'region', false], ['Europe', 'continent', true], ['Asia', 'continent', true], ['Indo-Pacific', 'region', true],
  ['Middle East', 'region', true], ['Sahel', 'region', true], ['Pacific', 'sea', true], ['Euro-Atlantic', 'region', true],
  ['Ramstein Air Base', 'facility', false],
];

test('region: seas, straits, islands, broad regions', () => {
  for (const [name, fc, broad] of REGIONS) {
    const r = kb.region(name);
    assert.equal(r?.featureClass, fc, name);
    assert.equal(Boolean(r?.broad), broad, name);
  }
  assert.equal(kb.region('Texas'), undefined);
  assert.equal(kb.region('China'), undefined);
});

test('admin1: US states with codes, provinces elsewhere', () => {
  const rows: Array<[string, string | undefined, string, string]> = [
    ['Texas', undefined, 'US', 'TX'], ['Georgia', 'US', 'US', 'GA'], ['Ga.', undefined, 'US', 'GA'],
    ['Washington state', undefined, 'US', 'WA'], ['California', 'US', 'US', 'CA'], ['Calif.', undefined, 'US', 'CA'],
    ['District of Columbia', undefined, 'US', 'DC'], ['Ontario', undefined, 'CA', '08'], ['Kanagawa', undefined, 'JP', '19'],
    ['Troms', undefined, 'NO', '54'],
  ];
  for (const [name, country, iso, code] of rows) {
    const a = kb.admin1(name, country)[0];
    assert.equal(a?.country, iso, name);
    assert.equal(a?.admin1, code, name);
  }
  let us = 0;
  for (const code of 'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(' ')) {
    if (kb.admin1ByCode('US', code)) us++;
  }
  assert.equal(us, 51);
  assert.deepEqual(kb.admin1('Georgia', 'GE'), []);
  assert.deepEqual(kb.admin1('Paris'), []);
});

test('cities: GeoNames namesakes, most populous first, exonyms and diacritics', () => {
  const paris = kb.cities('Paris');
  assert.equal(paris[0]?.country, 'FR');
  assert.ok(paris.some((c) => c.country === 'US' && c.admin1 === 'TX'));
  for (let i = 1; i < paris.length; i++) assert.ok((paris[i - 1]?.population ?? 0) >= (paris[i]?.population ?? 0));
  const rows: Array<[string, string, string]> = [
    ['Yokosuka', 'JP', 'Yokosuka'], ['Kiev', 'UA', 'Kyiv'], ['Chișinău', 'MD', 'Chisinau'], ['Tromsø', 'NO', 'Tromsø'],
    ['Naypyidaw', 'MM', 'Nay Pyi Taw'], ['Washington, D.C.', 'US', 'Washington, D.C.'], ['Washington DC', 'US', 'Washington, D.C.'],
    ['Odesa', 'UA', 'Odessa'], ['Sana\'a', 'YE', 'Sanaa'], ['New York', 'US', 'New York City'],
  ];
  for (const [name, iso, gn] of rows) {
    const c = kb.cities(name)[0];
    assert.equal(c?.country, iso, name);
    assert.equal(c?.name, gn, name);
    assert.equal(c?.featureClass, 'city');
    assert.ok(typeof c?.geonames === 'number');
  }
  assert.deepEqual(kb.cities('Qwxzzy'), []);
  assert.ok(kb.citiesContaining('Subang', 'MY').some((c) => c.name === 'Kampung Baru Subang'));
  assert.deepEqual(kb.citiesContaining('Subang', 'FR'), []);
  // a name of two words inside a longer one; whole words only ("Baru" is no part of a longer word); never the name itself
  assert.ok(kb.citiesContaining('Tecún Umán', 'GT').some((c) => c.name === 'Ciudad Tecún Umán'));
  assert.ok(kb.citiesContaining('Baru', 'MY').every((c) => /(?:^|\s)Baru(?:\s|$)/.test(c.name)));
  assert.ok(kb.citiesContaining('Kampung Baru Subang', 'MY').every((c) => c.name !== 'Kampung Baru Subang'));
});

test('given names: common first names, not places or months', () => {
  for (const n of ['John', 'Mary', 'Mark', 'Volodymyr', 'Xi', 'Emmanuel', 'Olaf', 'Keir', 'Pete']) assert.ok(kb.isGivenName(n), n);
  for (const n of ['May', 'June', 'China', 'Georgia', 'Jordan', 'Washington', 'Monday', 'john', 'Will']) assert.ok(!kb.isGivenName(n), n);
});

test('phrases: surface forms with type, canonical and kind', () => {
  const rows: Array<[string, string, string, string]> = [
    ['United States', 'GPE', 'United States', 'name'], ['U.S.', 'GPE', 'United States', 'name'],
    ['Kremlin', 'GPE', 'Russia', 'metonym'], ['the Kremlin', 'GPE', 'Russia', 'metonym'],
    ['Washington', 'GPE', 'United States', 'metonym'], ['Beijing', 'GPE', 'China', 'metonym'],
    ['Chinese', 'NORP', 'China', 'demonym'], ['North Koreans', 'NORP', 'North Korea', 'demonym'],
    ['NATO', 'ORG', 'NATO', 'name'], ['European Union', 'ORG', 'European Union', 'name'],
    ['South China Sea', 'LOC', 'South China Sea', 'name'], ['Indo-Pacific', 'LOC', 'Indo-Pacific', 'name'],
    ['Gaza Strip', 'GPE', 'Gaza Strip', 'name'], ['Texas', 'GPE', 'Texas', 'name'], ['Georgia', 'GPE', 'Georgia', 'name'], ['Paris', 'GPE', 'France', 'metonym'],
    ['Ramstein Air Base', 'FAC', 'Ramstein Air Base', 'name'],
  ];
  for (const [surface, type, canonical, kind] of rows) assert.deepEqual(kb.phrases.get(surface), { type, canonical, kind }, surface);
  for (const surface of ['Wenatchee', 'Yokosuka', 'IN', 'IS', 'Miss.', 'the alliance', 'CA', 'Douglas', 'Stanley', 'Pole', 'Finn', 'Kiwi']) {
    assert.equal(kb.phrases.get(surface), undefined, surface);
  }
  let max = 0;
  for (const k of kb.phrases.keys()) max = Math.max(max, k.split(/\s+/).length);
  assert.equal(kb.maxPhraseTokens, max);
  // a form with "the " is also there without it (the recognizer looks the bare words up alone)
  for (const k of kb.phrases.keys()) if (k.startsWith('the ')) assert.ok(kb.phrases.has(k.slice(4)), k);
});

test('foldKey and demonymPlural', () => {
  const fold: Array<[string, string]> = [['Chișinău', 'chisinau'], ['Washington, D.C.', 'washington dc'], ['Xi’an', 'xian'], ['Tromsø', 'tromso'], ['Rostov-na-Donu', 'rostov na donu'], ['Paris', 'paris']];
  for (const [a, b] of fold) assert.equal(foldKey(a), b, a);
  const plural: Array<[string, string | null]> = [['American', 'Americans'], ['Chinese', null], ['Swiss', null], ['British', null], ['Frenchman', 'Frenchmen'], ['Israeli', 'Israelis']];
  for (const [a, b] of plural) assert.equal(demonymPlural(a), b, a);
});

test('packed files are in step with kb-data/sources (run scripts/build-kb.ts after editing a source)', async () => {
  const { readFileSync } = await import('node:fs');
  const rows = (f: string): number =>
    readFileSync(new URL(`../../kb-data/sources/${f}`, import.meta.url), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).length;
  const gaz = JSON.parse(readFileSync(new URL('../../kb-data/gazetteer.json', import.meta.url), 'utf8')) as Record<string, unknown[]>;
  assert.equal(gaz['orgs']?.length, rows('orgs.tsv'));
  // curated rows first, in file order; the airport and ISO 3166-2 rows follow
  const names = (f: string): string[] =>
    readFileSync(new URL(`../../kb-data/sources/${f}`, import.meta.url), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('|')[0]?.trim() ?? '');
  const curatedRegions = [...names('regions.tsv'), ...names('physical.tsv')];
  const packedName = (x: unknown): string => (x as { name: string }).name;
  assert.deepEqual(gaz['regions']?.slice(0, curatedRegions.length).map(packedName), curatedRegions);
  assert.deepEqual(gaz['admin1']?.slice(0, rows('admin1.tsv')).map(packedName), names('admin1.tsv'));
  assert.ok((gaz['regions']?.length ?? 0) > curatedRegions.length + 4000, 'airports');
  assert.ok((gaz['admin1']?.length ?? 0) > rows('admin1.tsv') + 3000, 'first-level divisions of every country');
  assert.equal(gaz['cityAliases']?.length, rows('city-aliases.tsv'));
  for (const line of readFileSync(new URL('../../kb-data/sources/countries-extra.tsv', import.meta.url), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [iso, , , , , qid] = line.split('|');
    assert.equal(kb.countryByIso2(iso as string)?.wikidata ?? '', qid, iso);
  }
});

test('airports: IATA/ICAO codes kept as data, never as phrases', () => {
  const heathrow = kb.region('London Heathrow Airport') as (ReturnType<typeof kb.region> & { codes?: string[] }) | undefined;
  assert.equal(heathrow?.country, 'GB');
  assert.deepEqual(heathrow?.codes, ['LHR', 'EGLL']);
  assert.equal(kb.phrases.get('LHR'), undefined);
  assert.equal(kb.phrases.get('Heathrow Airport')?.type, 'FAC');
});

test('first-level divisions of every country: ISO 3166-2 names, GeoNames codes, no capital or given-name clashes', () => {
  const nangarhar = kb.admin1('Nangarhar')[0];
  assert.equal(nangarhar?.country, 'AF');
  assert.equal(nangarhar?.admin1, '18');
  assert.equal(kb.admin1('Nangarhar Province')[0]?.name, 'Nangarhar');
  // a division named like a capital ("Beijing", "Moscow") or a person ("Vladimir") is not added under that name
  for (const name of ['Beijing', 'Moscow', 'Oslo', 'Vladimir', 'Central', 'Northern']) assert.deepEqual(kb.admin1(name), [], name);
  assert.equal(kb.phrases.get('Vladimir'), undefined);
  assert.ok(kb.isGivenName('Vladimir'));
});

test('common-word town names come from the public-domain news text', () => {
  for (const w of ['Summit', 'Mission', 'Independence']) assert.ok(kb.isCommonWordPlace(w), w);
  for (const w of ['Paris', 'Yokosuka', 'Florence']) assert.equal(kb.isCommonWordPlace(w), false, w);
});

test('build-kb: a missing or corrupt source stops the build with one line and writes nothing', async () => {
  const { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { spawnSync } = await import('node:child_process');
  const script = new URL('../../scripts/build-kb.ts', import.meta.url).pathname;
  const dir = mkdtempSync(join(tmpdir(), 'argus-kb-'));
  try {
    cpSync(new URL('../../kb-data/sources', import.meta.url).pathname, join(dir, 'sources'), { recursive: true });
    const build = (): { status: number | null; stderr: string } => {
      const r = spawnSync(process.execPath, ['--import', 'tsx', script], { env: { ...process.env, ARGUS_KB_DATA: dir }, encoding: 'utf8' });
      return { status: r.status, stderr: r.stderr };
    };
    rmSync(join(dir, 'sources', 'physical.tsv'));
    let r = build();
    assert.equal(r.status, 1);
    assert.match(r.stderr.trim(), /^build-kb: kb-data\/sources\/physical\.tsv is missing; nothing written$/);
    assert.equal(existsSync(join(dir, 'gazetteer.json')), false);
    assert.equal(existsSync(join(dir, 'countries.json')), false);

    cpSync(new URL('../../kb-data/sources/physical.tsv', import.meta.url).pathname, join(dir, 'sources', 'physical.tsv'));
    writeFileSync(join(dir, 'sources', 'regions.tsv'), `${readFileSync(join(dir, 'sources', 'regions.tsv'), 'utf8')}Broken row|only two\n`);
    r = build();
    assert.equal(r.status, 1);
    assert.match(r.stderr, /regions\.tsv: expected 8 fields, got 2/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.equal(existsSync(join(dir, 'gazetteer.json')), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
