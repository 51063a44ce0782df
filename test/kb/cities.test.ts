// The city index's on-disk cache: a cached index answers exactly as one built from the package, and a cache made
// from other aliases, cut short or corrupted is refused and rebuilt.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CityIndex, decodeColumns, type CityAlias } from '../../src/kb/cities.js';

const ALIASES: CityAlias[] = [['Bombay', 'Mumbai', 'IN'], ['Saigon', 'Ho Chi Minh City', 'VN']];
const NAMES = ['Paris', 'Springfield', 'Mumbai', 'Bombay', 'Saigon', 'São Paulo', 'Sao Paulo', 'Kraków', 'Lagos', 'Nowhere-at-all', 'Alexandria'];

test('a cached city index answers exactly as one built from the package', () => {
  const dir = mkdtempSync(join(tmpdir(), 'argus-cities-'));
  const built = new CityIndex(ALIASES, null);
  const first = new CityIndex(ALIASES, dir); // builds and writes the cache
  assert.ok(existsSync(join(dir, 'cities.rt')));
  const cached = new CityIndex(ALIASES, dir); // reads it
  assert.equal(cached.size, built.size);
  for (const n of NAMES) {
    assert.deepEqual(cached.find(n), built.find(n), n);
    assert.deepEqual(first.find(n), built.find(n), n);
    assert.deepEqual(cached.find(n, true), built.find(n, true), `${n} (alternates)`);
  }
  assert.ok(cached.find('Geneva', true).some((c) => c.country === 'CH'), 'GeoNames alternate names are indexed');
  assert.ok(built.find('Bombay').some((c) => c.country === 'IN'), 'aliases are indexed');
  assert.deepEqual(cached.containing('Subang', 'MY'), built.containing('Subang', 'MY'));
});

test('a cache made from other aliases, cut short or corrupted is refused', () => {
  const dir = mkdtempSync(join(tmpdir(), 'argus-cities-'));
  new CityIndex(ALIASES, dir);
  const bytes = readFileSync(join(dir, 'cities.rt'));
  const header = JSON.parse(bytes.toString('utf8', 8, 8 + bytes.readUInt32LE(4))) as { source: string };
  assert.ok(decodeColumns(bytes, header.source));
  assert.equal(decodeColumns(bytes, 'another-source'), null);
  assert.equal(decodeColumns(bytes.subarray(0, bytes.length - 10), header.source), null);
  assert.equal(decodeColumns(Buffer.from('garbage that is not a cache'), header.source), null);
  // a corrupted file on disk: the index is rebuilt from the package and still answers
  writeFileSync(join(dir, 'cities.rt'), Buffer.from('garbage'));
  const again = new CityIndex(ALIASES, dir);
  assert.ok(again.find('Paris').length > 0);
  // with other aliases the old cache does not apply: the new alias is found
  const other = new CityIndex([['Leningrad', 'Saint Petersburg', 'RU']], dir);
  assert.ok(other.find('Leningrad').some((c) => c.country === 'RU'));
});
