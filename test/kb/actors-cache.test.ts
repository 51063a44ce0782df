// The actor index in its run-time layout: the cache file round-trips, stale or foreign files are refused, lookups
// answer as the Map trie did (longest name, capitalised words, hyphens skipped, first organisation of a name wins,
// last person wins), and cache files read ahead into shared memory are found by readCache.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActorIndex, actorLayout, decodeActors, encodeActors } from '../../src/kb/actors.js';
import { loadActors } from '../../src/kb/index.js';
import { preloadCaches, readCache } from '../../src/core/cache-file.js';
import type { PackedActors } from '../../src/kb/packed.js';

const dir = mkdtempSync(join(tmpdir(), 'argus-actors-cache-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const PACKED: PackedActors = {
  source: 'invented',
  license: 'none',
  roles: '',
  orgs: [
    ['velmora harbour authority', 'GOV', 'XV'],
    ['velmora harbour', 'BUS', ''],
    ['velmora harbour authority', 'MIL', 'XW'], // a second entry of one name: the first wins
    ['ministry of tides', 'GOV', 'XV'],
    ['al qarnen', 'REB', ''],
    ["keller 's brigade", 'MIL', 'XW'],
  ],
  persons: [
    ['ondra vesk', [['GOV', 'XV', '2001-02-03', '']]],
    ['ondra vesk', [['MIL', 'XW', '', '2010-01-01']]], // the last entry of one name wins
  ],
};

function at(index: ActorIndex, text: string, start: number): string | null {
  const words = text.split(' ');
  const m = index.orgAt(words.map((w) => w.toLowerCase()), words, start, words.length);
  return m ? `${words.slice(start, m.end).join(' ')} ${m.org.role}` : null;
}

test('actor index: longest capitalised name, hyphens skipped, never ending on a function word', () => {
  const index = new ActorIndex(PACKED);
  assert.equal(at(index, 'the Velmora Harbour Authority said', 1), 'Velmora Harbour Authority GOV');
  assert.equal(at(index, 'the Velmora Harbour said', 1), 'Velmora Harbour BUS');
  assert.equal(at(index, 'the velmora harbour authority said', 1), null);
  assert.equal(at(index, 'the Ministry of Tides said', 1), 'Ministry of Tides GOV');
  assert.equal(at(index, 'the Ministry of', 1), null);
  assert.equal(at(index, 'fighters of Al - Qarnen fled', 2), 'Al - Qarnen REB');
  assert.equal(at(index, 'fighters of - Qarnen', 2), null);
  assert.equal(at(index, 'Keller ’s Brigade moved', 0), 'Keller ’s Brigade MIL');
  assert.deepEqual(index.org('The Velmora-Harbour Authority'), { role: 'GOV', country: 'XV' });
  assert.equal(index.org('Velmora'), undefined);
  assert.deepEqual(index.person('Ondra Vesk'), [{ role: 'MIL', country: 'XW', from: null, to: '2010-01-01' }]);
  assert.equal(index.orgCount, 5);
  assert.equal(index.personCount, 1);
});

test('actor index: the cache round-trips and refuses another source, a cut file and garbage', () => {
  const layout = actorLayout(PACKED);
  const bytes = encodeActors(layout, 'v1');
  const back = decodeActors(bytes, 'v1');
  assert.ok(back);
  assert.deepEqual(back, layout);
  assert.equal(decodeActors(bytes, 'v2'), null);
  assert.equal(decodeActors(bytes.subarray(0, bytes.length - 30), 'v1'), null);
  assert.equal(decodeActors(Buffer.from('not a cache at all'), 'v1'), null);
  const empty = actorLayout({ ...PACKED, orgs: [], persons: [] });
  assert.deepEqual(decodeActors(encodeActors(empty, 'v1'), 'v1'), empty);
});

test('actor index: loadActors writes the cache beside actors.json, reads it back, and rebuilds it when the file changes', () => {
  const json = join(dir, 'actors.json');
  writeFileSync(json, JSON.stringify(PACKED));
  const first = loadActors(dir);
  assert.ok(existsSync(join(dir, 'actors.rt')));
  const second = loadActors(dir);
  assert.deepEqual(second.org('Ministry of Tides'), first.org('Ministry of Tides'));
  writeFileSync(json, JSON.stringify({ ...PACKED, orgs: [['ministry of tides', 'LEG', 'XQ']] }));
  utimesSync(json, new Date(), new Date(Date.now() + 5000));
  assert.deepEqual(loadActors(dir).org('Ministry of Tides'), { role: 'LEG', country: 'XQ' });
});

test('cache files read ahead into shared memory are what readCache returns', async () => {
  const file = join(dir, 'ahead.rt');
  writeFileSync(file, 'bytes read ahead');
  preloadCaches([file, join(dir, 'missing.rt')]);
  await new Promise((r) => setImmediate(r));
  writeFileSync(file, 'bytes on disk now');
  assert.equal(readCache([file], (b) => b.toString('utf8')), 'bytes read ahead');
  assert.equal(readCache([join(dir, 'missing.rt')], (b) => b.toString('utf8')), null);
});
