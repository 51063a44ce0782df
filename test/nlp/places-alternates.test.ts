// The geoparser with GeoNames alternate names and villages (cities500), appositive and "in" hints, division words,
// and places for villages and features no gazetteer has, put at the town or division the text names next to them.
// Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Place } from '../../src/core/analysis.js';
import { loadKB } from '../../src/kb/index.js';
import { geoparse } from '../../src/nlp/stages/places.js';
import { tokenize } from '../../src/nlp/tokenize.js';
import { entities, km, type Spec } from './fixtures/places.js';

const kb = loadKB();


function placeOf(text: string, specs: Spec[], target: string): Place | undefined {
  const doc = tokenize(text);
  const ents = entities(doc, specs);
  const places = geoparse(ents, doc, { kb, dateline: null });
  const id = ents.find((e) => e.name === target)?.id;
  return places.find((p) => p.entity === id);
}

/** [what, text, entities, target, [lat, lon, max km, country], place name (default: the target)] */
const ROWS: Array<[string, string, Spec[], string, [number, number, number, string], string?]> = [
  ['a city GeoNames knows by its transliteration only ("Al Fallujah")', 'Iraqi commanders said the militants had been pushed out of Fallujah by dawn.',
    [['Iraqi', 'NORP'], ['Fallujah', 'GPE']], 'Fallujah', [33.35, 43.78, 25, 'IQ']],
  ['a village of under 1,000 people with its division in an appositive', 'Floodwater reached Zvenyachyn, a village in Chernivtsi Oblast, before noon.',
    [['Zvenyachyn', 'GPE'], ['Chernivtsi Oblast', 'GPE']], 'Zvenyachyn', [48.63, 25.73, 10, 'UA']],
  ['"X in <state>" picks the namesake in that state', 'Storm damage in Springfield in Illinois was lighter than feared.',
    [['Springfield', 'GPE'], ['Illinois', 'GPE']], 'Springfield', [39.8, -89.64, 15, 'US']],
  ['a division written with its word takes the division and its name', 'Drones struck targets across the Kherson region overnight.',
    [['Kherson', 'GPE']], 'Kherson', [46.6, 33.4, 161, 'UA'], 'Kherson Oblast'],
  ['a division GeoNames names bare keeps the text\'s word', 'Curfews were extended in the Idlib province on Monday.',
    [['Idlib', 'GPE']], 'Idlib', [35.8, 36.6, 120, 'SY'], 'Idlib province'],
  ['a village no gazetteer has, near a named town', 'Troops entered the village of Zorkavan, near the town of Fallujah, an Iraqi officer said.',
    [['Zorkavan', 'GPE'], ['Fallujah', 'GPE'], ['Iraqi', 'NORP']], 'Zorkavan', [33.35, 43.78, 25, 'IQ']],
  ['a village no gazetteer has, in a named division', 'Shells fell on the village of Zorkavan in the Kherson region.',
    [['Zorkavan', 'GPE'], ['Kherson', 'GPE']], 'Zorkavan', [46.6, 33.4, 161, 'UA']],
  ['a river named after its town', 'Herders watered their flocks in the Mukalla River valley, Yemeni officials said.',
    [['Mukalla River', 'LOC']], 'Mukalla River', [14.54, 49.12, 40, 'YE']],
  ['a state stays the state, not a town known by its name', 'They moved to Arizona in 1990 and never left.',
    [['Arizona', 'GPE']], 'Arizona', [34.3, -111.7, 161, 'US']],
];

test('geoparse: alternate names, villages, appositives, division words and host places', () => {
  for (const [what, text, specs, target, [lat, lon, maxKm, country], name] of ROWS) {
    const p = placeOf(text, specs, target);
    assert.ok(p, `${what}: no place`);
    const d = km(lat, lon, p.lat, p.lon);
    assert.ok(d <= maxKm, `${what}: ${Math.round(d)} km off (${p.lat},${p.lon} ${p.country} ${p.featureClass} ${p.name})`);
    assert.equal(p.country, country, what);
    assert.equal(p.name, name ?? target, what);
  }
});

const NO_PLACE: Array<[string, string, Spec[], string]> = [
  ['a name with no settlement word is not put at the next town', 'Officials from Zorkavan met near the town of Fallujah, in Iraq.', [['Zorkavan', 'GPE'], ['Fallujah', 'GPE'], ['Iraq', 'GPE']], 'Zorkavan'],
  ['an alternate name that is no capital needs its country named', 'Reporters counted the damage in Fallujah on Sunday.', [['Fallujah', 'GPE']], 'Fallujah'],
  ['a village whose only neighbour named is a country stays unplaced', 'Troops entered the village of Zorkavan in Iraq.', [['Zorkavan', 'GPE'], ['Iraq', 'GPE']], 'Zorkavan'],
  ['a tiny alternate-name village needs its division or a place head', 'Zvenyachyn said the vote would be close.', [['Zvenyachyn', 'GPE']], 'Zvenyachyn'],
  ['a county name that GeoNames lists for a large town is no place alone', 'Hudson voters backed the measure by a wide margin.', [['Hudson', 'GPE']], 'Hudson'],
];

test('geoparse: what alternate names and host places must not place', () => {
  for (const [what, text, specs, target] of NO_PLACE) assert.equal(placeOf(text, specs, target), undefined, what);
});

test('kb: alternate names and villages only when asked for', () => {
  assert.deepEqual(kb.cities('Fallujah'), [], 'recognition sees main names only');
  const alt = kb.cities('Fallujah', true);
  assert.equal(alt[0]?.country, 'IQ');
  assert.equal(alt[0]?.alternate, true);
  // the Arabic article dropped from an alternate name ("Al-Fallujah" -> "Fallujah") in Arabic-speaking countries only
  assert.ok(kb.cities('Zvenyachyn', true).some((c) => c.country === 'UA' && c.population < 1000));
  assert.equal(kb.cities('Zvenyachyn').length, 0);
  // a main-name lookup is unchanged: the largest Paris first
  assert.equal(kb.cities('Paris')[0]?.country, 'FR');
});
