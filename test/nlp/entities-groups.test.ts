// Religious, sectarian and ethnic groups are peoples (NORP), one entity per group whatever the form ("Kurds",
// "Kurdish"); a division named after a people ("Jewish Autonomous Oblast") does not make the adjective a place. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/pipeline.js';
import { articleInput as input } from './fixtures/article.js';

test('groups: religious and ethnic groups are NORP', () => {
  const text = 'Sikh groups marched past the hall. Tibetan monks and Druze villagers joined them, and Hazara leaders met Fulani herders. Jewish and Christian leaders called for calm.';
  const a = analyze(input(text));
  for (const n of ['Sikh', 'Tibetan', 'Druze', 'Hazara', 'Fulani', 'Jewish', 'Christian']) {
    assert.equal(a.entities.find((e) => e.name === n)?.type, 'NORP', `${n}: ${JSON.stringify(a.entities.map((e) => [e.type, e.name]))}`);
  }
  assert.ok(!a.places.some((p) => p.name === 'Jewish'), JSON.stringify(a.places));
});

test('groups: the forms of one group are one entity, and names of bodies keep their type', () => {
  const a = analyze(input('The Kurds said the vote was fair. Kurdish officials in Erbil agreed. The Sikh Federation issued a statement.'));
  const kurds = a.entities.filter((e) => e.type === 'NORP' && (e.name === 'Kurdish' || e.name === 'Kurds'));
  assert.equal(kurds.length, 1, JSON.stringify(a.entities.map((e) => [e.type, e.name])));
  assert.equal(a.entities.find((e) => e.name === 'Sikh Federation')?.type, 'ORG');
});

test('groups: a group word that starts a longer name is part of that name', () => {
  const a = analyze(input('Christian Lindner said the budget was sound, and the Muslim Brotherhood rejected the vote.'));
  assert.equal(a.entities.find((e) => e.name === 'Christian Lindner')?.type, 'PERSON', JSON.stringify(a.entities.map((e) => [e.type, e.name])));
  assert.equal(a.entities.find((e) => e.name === 'Muslim Brotherhood')?.type, 'ORG', JSON.stringify(a.entities.map((e) => [e.type, e.name])));
});

test('coordinated demonyms: two demonyms before one noun are both peoples, not countries', () => {
  const a = analyze(input('Thai and Cambodian officials met in Bangkok on Monday to discuss the border.'));
  assert.equal(a.entities.find((e) => e.mentions.some((m) => m.text === 'Thai'))?.type, 'NORP', JSON.stringify(a.entities.map((e) => [e.type, e.name])));
  assert.equal(a.entities.find((e) => e.mentions.some((m) => m.text === 'Cambodian'))?.type, 'NORP');
  const b = analyze(input('The Russian and Ukrainian delegations met in Istanbul for a second round.'));
  assert.equal(b.entities.find((e) => e.mentions.some((m) => m.text === 'Russian'))?.type, 'NORP', JSON.stringify(b.entities.map((e) => [e.type, e.name])));
});

test('groups: the packed gazetteer is in step with kb-data/sources/groups.tsv, and a group that is a demonym stops the build', async () => {
  const { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { spawnSync } = await import('node:child_process');
  const src = new URL('../../kb-data/sources/groups.tsv', import.meta.url);
  const rows = readFileSync(src, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('|')[0]?.trim());
  const gaz = JSON.parse(readFileSync(new URL('../../kb-data/gazetteer.json', import.meta.url), 'utf8')) as { groups?: Array<{ name: string }> };
  assert.deepEqual(gaz.groups?.map((g) => g.name), rows, 'run scripts/build-kb.ts after editing groups.tsv');
  const dir = mkdtempSync(join(tmpdir(), 'argus-kb-groups-'));
  try {
    cpSync(new URL('../../kb-data/sources', import.meta.url).pathname, join(dir, 'sources'), { recursive: true });
    writeFileSync(join(dir, 'sources', 'groups.tsv'), `${readFileSync(src, 'utf8')}Russian|Russians\n`);
    const script = new URL('../../scripts/build-kb.ts', import.meta.url).pathname;
    const r = spawnSync(process.execPath, ['--import', 'tsx', script], { env: { ...process.env, ARGUS_KB_DATA: dir }, encoding: 'utf8' });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /groups\.tsv: Russian is a country's name or demonym/);
    assert.equal(existsSync(join(dir, 'gazetteer.json')), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('demonym compounds: "the Kenyan-led mission" names a people, not the country', () => {
  const a = analyze(input('Soldiers of the Kenyan-led police unit patrolled the harbour while Saudi-backed mediators waited in Geneva.'));
  const types = a.entities.map((e) => [e.type, e.name]);
  assert.equal(a.entities.find((e) => e.mentions.some((m) => m.text === 'Kenyan'))?.type, 'NORP', JSON.stringify(types));
  assert.equal(a.entities.find((e) => e.mentions.some((m) => m.text === 'Saudi'))?.type, 'NORP', JSON.stringify(types));
  // a country's own name keeps its type ("Iran-backed")
  const b = analyze(input('An Iran-backed militia fired rockets at the base on Sunday.'));
  assert.equal(b.entities.find((e) => e.name === 'Iran')?.type, 'GPE', JSON.stringify(b.entities.map((e) => [e.type, e.name])));
});
