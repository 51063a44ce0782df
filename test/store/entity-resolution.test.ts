// Cross-article entity resolution on a small demo-like slice: name variants of one person join, a demonym joins its
// country and is never an event-graph actor, and manual merge/split rules stay authoritative over the variant keys.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Entity } from '../../src/core/analysis.js';
import { entityKeys, personNameParts } from '../../src/analytics/entity-keys.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { dashboardRepos } from '../../src/store/dashboard.js';
import type { Store } from '../../src/store/types.js';
import { entity, input, record } from './suite.js';

const dir = mkdtempSync(join(tmpdir(), 'argus-entres-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

async function withStore(fn: (s: Store) => Promise<void>): Promise<void> {
  const s = openSqliteStore(join(dir, `s${++n}.db`));
  try {
    await fn(s);
  } finally {
    await s.close();
  }
}

/** An analysis-style entity with the keys the ingest service gives it. */
function ent(localId: string, name: string, type: Entity['type'], kb: Entity['kb'] = {}): ReturnType<typeof entity> {
  return entity(localId, name, type, entityKeys({ name, type, kb }), { kb });
}

test('entity keys: person name parts fold short given names, middle initials and suffixes', () => {
  const rows: Array<[string, string | null, string]> = [
    ['Joe Biden', 'joseph', 'biden'], ['Joseph R. Biden', 'joseph', 'biden'], ['Joseph R. Biden Jr.', 'joseph', 'biden'],
    ['Biden', null, 'biden'], ['Bill Clinton', 'william', 'clinton'], ['Hunter Biden', 'hunter', 'biden'],
    // a spelling of the full form and its short form fold to one
    ['Antony Okafor', 'anthony', 'okafor'], ['Tony Okafor', 'anthony', 'okafor'],
  ];
  for (const [name, given, surname] of rows) assert.deepEqual(personNameParts(name), { given, surname }, name);
  assert.deepEqual(entityKeys({ name: 'Joseph R. Biden', type: 'PERSON', kb: {} }), ['PERSON:joseph r. biden', 'PERSON:joseph biden', '+PERSON~surname:biden']);
  assert.deepEqual(entityKeys({ name: 'Biden', type: 'PERSON', kb: {} }), ['PERSON:biden', '?PERSON~surname:biden']);
  assert.deepEqual(entityKeys({ name: 'Biden', type: 'ORG', kb: {} }), ['ORG:biden']);
});

test('store: "Joe Biden", "Joseph R. Biden" and "Biden" are one person; another Biden stays apart', () => withStore(async (s) => {
  await s.articles.save(input(record(), [ent('e1', 'Joe Biden', 'PERSON')]));
  await s.articles.save(input(record(), [ent('e1', 'Joseph R. Biden', 'PERSON')]));
  await s.articles.save(input(record(), [ent('e1', 'Biden', 'PERSON')]));
  await s.articles.save(input(record(), [ent('e1', 'Hunter Biden', 'PERSON')]));
  const joe = await s.entities.find('Joe Biden');
  assert.equal(joe.length, 1);
  assert.equal(joe[0]?.articles, 3);
  assert.equal(joe[0]?.name, 'Joe Biden');
  const p = await s.entities.profile(joe[0]!.id);
  assert.deepEqual(p?.aliases.map((a) => a.alias).sort(), ['Biden', 'Joe Biden', 'Joseph R. Biden']);
  const hunter = await s.entities.find('Hunter Biden');
  assert.notEqual(hunter[0]?.id, joe[0]?.id);
  assert.equal(hunter[0]?.articles, 1);
}));

test('store: a surname seen first takes the full name when the person appears in full', () => withStore(async (s) => {
  await s.articles.save(input(record(), [ent('e1', 'Blinken', 'PERSON')]));
  await s.articles.save(input(record(), [ent('e1', 'Antony Blinken', 'PERSON')]));
  const all = await s.entities.find('Blinken');
  assert.equal(all.length, 1);
  assert.equal(all[0]?.name, 'Antony Blinken');
  assert.equal(all[0]?.articles, 2);
}));

test('entity keys: Chinese and Korean names put the family name first; Western-order names keep the last word', () => {
  const rows: Array<[string, string | null, string]> = [
    ['Zhao Minghui', 'minghui', 'zhao'], ['Park Sol-ji', 'sol-ji', 'park'], ['Choi Jae Won', 'jae won', 'choi'],
    // a family name last (a Korean American name in Western order), a Western given name, a Western surname
    ['Jin Kim', 'jin', 'kim'], ['Lee Dorsey', 'lee', 'dorsey'], ['Bo Fletcher', 'bo', 'fletcher'],
  ];
  for (const [name, given, surname] of rows) assert.deepEqual(personNameParts(name), { given, surname }, name);
  // a two-word name in either order shares one key
  const pair = (n: string): string | undefined => entityKeys({ name: n, type: 'PERSON', kb: {} }).find((k) => k.startsWith('PERSON~pair:'));
  assert.equal(pair('Tanabe Koichi'), pair('Koichi Tanabe'));
  assert.notEqual(pair('Koichi Tanabe'), undefined);
});

test('store: a Chinese name joins its family name alone, and a Japanese name joins its other order', () => withStore(async (s) => {
  await s.articles.save(input(record(), [ent('e1', 'Zhao', 'PERSON')]));
  await s.articles.save(input(record(), [ent('e1', 'Zhao Minghui', 'PERSON')]));
  await s.articles.save(input(record(), [ent('e1', 'Tanabe Koichi', 'PERSON')]));
  await s.articles.save(input(record(), [ent('e1', 'Koichi Tanabe', 'PERSON')]));
  await s.articles.save(input(record(), [ent('e1', 'Jin Kim', 'PERSON')]));
  const zhao = await s.entities.find('Zhao Minghui');
  assert.equal(zhao.length, 1);
  assert.deepEqual([zhao[0]?.name, zhao[0]?.articles], ['Zhao Minghui', 2]);
  const tanabe = await s.entities.find('Koichi Tanabe');
  assert.equal(tanabe[0]?.articles, 2);
  // "Jin Kim" is not the family name "Jin" of anyone
  assert.equal((await s.entities.find('Jin Kim'))[0]?.articles, 1);
  assert.equal((await s.reads.stats()).entities, 3);
}));

test('entity keys: a Japanese name in either order registers both words as a surname; other names only the last', () => {
  const surnames = (n: string): string[] => entityKeys({ name: n, type: 'PERSON', kb: {} }).filter((k) => k.includes('~surname:')).map((k) => k.slice(k.indexOf(':') + 1));
  const rows: Array<[string, string[]]> = [
    ['Tanabe Koichi', ['koichi', 'tanabe']], ['Koichi Tanabe', ['tanabe', 'koichi']], ['Hayashi Shinzo', ['shinzo', 'hayashi']],
    // a known given name first is the given name; a name that is not Japanese-syllabic keeps its last word only
    ['Kenji Morita', ['morita']], ['Peter Morita', ['morita']], ['Liesl Brandt', ['brandt']], ['Morita', ['morita']],
  ];
  for (const [name, want] of rows) assert.deepEqual(surnames(name), want, name);
});

test('store: a Japanese name written family name first joins its family name alone, in either order of arrival', () => withStore(async (s) => {
  await s.articles.save(input(record(), [ent('e1', 'Tanabe', 'PERSON')]));
  await s.articles.save(input(record(), [ent('e1', 'Tanabe Koichi', 'PERSON')]));
  await s.articles.save(input(record(), [ent('e1', 'Tanabe', 'PERSON')]));
  await s.articles.save(input(record(), [ent('e1', 'Hayashi Emiko', 'PERSON')]));
  await s.articles.save(input(record(), [ent('e1', 'Hayashi', 'PERSON')]));
  const tanabe = await s.entities.find('Tanabe Koichi');
  assert.equal(tanabe.length, 1);
  assert.deepEqual([tanabe[0]?.name, tanabe[0]?.articles], ['Tanabe Koichi', 3]);
  assert.equal((await s.entities.find('Hayashi Emiko'))[0]?.articles, 2);
  assert.equal((await s.reads.stats()).entities, 2);
}));

test('store: an alliance named by its acronym and the word "Alliance" is the alliance; a bilateral alliance is not', () => withStore(async (s) => {
  await s.articles.save(input(record(), [ent('e1', 'SEATO', 'ORG')]));
  await s.articles.save(input(record(), [ent('e1', 'SEATO Alliance', 'ORG')]));
  await s.articles.save(input(record(), [ent('e1', 'U.S.-Japan Alliance', 'ORG')]));
  const seato = await s.entities.find('SEATO');
  assert.deepEqual([seato[0]?.name, seato[0]?.articles], ['SEATO', 2]);
  assert.equal((await s.reads.stats()).entities, 2);
}));

test('store: a split made by hand wins over the name-variant keys on re-ingest', () => withStore(async (s) => {
  await s.articles.save(input(record(), [ent('e1', 'Joe Biden', 'PERSON')]));
  await s.articles.save(input(record(), [ent('e1', 'Biden', 'PERSON')]));
  const [joe] = await s.entities.find('Joe Biden');
  assert.equal(joe?.articles, 2);
  const part = await s.entities.split(joe!.id, ['PERSON:biden']);
  await s.articles.save(input(record(), [ent('e1', 'Biden', 'PERSON')]));
  assert.equal((await s.entities.get(part))?.articles, 2);
  assert.equal((await s.entities.get(joe!.id))?.articles, 1);
}));

test('store: a demonym joins its country and is never an event-graph actor', () => withStore(async (s) => {
  const { dashboard } = dashboardRepos(s);
  // the demonym comes first, as an event actor; the country arrives in a later article
  await s.articles.save(input(record(), [ent('e1', 'Israeli', 'NORP', { iso3166: 'IL' }), ent('e2', 'Hamas', 'ORG')], {
    events: [{ type: 'ASSAULT', source: 'e1', target: 'e2', start: 0, end: 1 }],
  }));
  await s.articles.save(input(record(), [ent('e1', 'Muslims', 'NORP'), ent('e2', 'Hamas', 'ORG')], {
    events: [{ type: 'CONSULT', source: 'e1', target: 'e2', start: 0, end: 1 }],
  }));
  await s.articles.save(input(record(), [ent('e1', 'Israel', 'GPE', { iso3166: 'IL' })]));
  const israel = await s.entities.find('Israel');
  assert.equal(israel.length, 1);
  assert.equal(israel[0]?.type, 'GPE');
  assert.equal(israel[0]?.name, 'Israel');
  const g = await dashboard.eventGraph({ limit: 50 });
  assert.ok(g.nodes.every((x) => x.type !== 'NORP'), JSON.stringify(g.nodes));
  assert.deepEqual(g.nodes.map((x) => x.name).sort(), ['Hamas', 'Israel']);
}));
