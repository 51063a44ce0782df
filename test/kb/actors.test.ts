import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKB } from '../../src/kb/index.js';
import { tokenize } from '../../src/nlp/tokenize.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCES = ['Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt', 'Phoenix.Countries.actors.txt', 'LICENSE'];
const build = (dir: string, out: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-actors.ts', '--source-dir', dir, '--out', out], { cwd: ROOT, encoding: 'utf8' });

test('actor gazetteer: organisations with roles and countries, people with date ranges', () => {
  const kb = loadKB();
  const rows: Array<[string, string, string | null]> = [
    // generic institution names (several countries have one) keep no country: "Joint Chiefs of Staff", "Senate"
    ['Joint Chiefs of Staff', 'MIL', null], ['Senate', 'LEG', null], ['US Senate', 'LEG', 'US'], ['Department of State', 'GOV', null], ['U.S. State Department', 'GOV', 'US'], ['Hezbollah', 'REB', 'LB'], ['NATO', 'IGO', null],
    ['World Food Programme', 'IGO', null], ['Al-Qaeda', 'REB', null], ['al Qaeda', 'REB', null], ["People's Liberation Army", 'MIL', 'CN'],
  ];
  for (const [name, role, country] of rows) {
    const o = kb.actorOrg(name);
    assert.ok(o, name);
    assert.equal(o.role, role, name);
    assert.equal(o.country, country, name);
  }
  // not organisations: a country, a city, a person's surname, ordinary words
  for (const name of ['Afghanistan', 'Kabul', 'Assad', 'Direct Action', 'Marathon']) assert.equal(kb.actorOrg(name), undefined, name);
  const karzai = kb.actorPerson('Hamid Karzai');
  assert.ok(karzai && karzai.some((s) => s.role === 'GOV' && s.country === 'AF' && s.from === '2001-12-22'));
});

test('actor gazetteer: matched over tokens, longest first, only when capitalised', () => {
  const kb = loadKB();
  const at = (text: string, start: number): string | null => {
    const d = tokenize(text);
    const m = kb.actorOrgAt(d.lower, d.words, start, d.n);
    return m ? d.words.slice(start, m.end).join(' ') : null;
  };
  assert.equal(at('The Joint Chiefs of Staff met.', 1), 'Joint Chiefs of Staff');
  assert.equal(at('Fighters of Al - Qaeda in Iraq fled.', 2), 'Al - Qaeda in Iraq');
  assert.equal(at('the joint chiefs of staff met', 1), null);
  // a name never ends on a function word
  assert.equal(at('The World Bank of the future', 1), 'World Bank');
});

test('build:actors: the shipped kb-data/actors.json is what the script builds from corpora/petrarch2', () => {
  const dir = mkdtempSync(join(tmpdir(), 'argus-actors-'));
  try {
    const out = join(dir, 'actors.json');
    const r = build(join(ROOT, 'corpora/petrarch2'), out);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(readFileSync(out, 'utf8'), readFileSync(join(ROOT, 'kb-data/actors.json'), 'utf8'), 'run npm run build:actors');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('build:actors: a missing or corrupt source stops the build with one line and writes nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'argus-actors-'));
  try {
    for (const f of SOURCES) copyFileSync(join(ROOT, 'corpora/petrarch2', f), join(dir, f));
    const out = join(dir, 'out.json');
    writeFileSync(out, 'previous');
    rmSync(join(dir, 'Phoenix.MilNonState.actors.txt'));
    const missing = build(dir, out);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr.trim(), /^build:actors: corpora\/petrarch2\/Phoenix\.MilNonState\.actors\.txt is missing .*; nothing written$/);
    assert.equal(readFileSync(out, 'utf8'), 'previous');
    // a truncated or foreign file
    writeFileSync(join(dir, 'Phoenix.MilNonState.actors.txt'), 'ABU_NIDAL_ORGANIZATION [IMGMUSALQ]\n');
    const corrupt = build(dir, out);
    assert.equal(corrupt.status, 1);
    assert.match(corrupt.stderr, /is not a PETRARCH actor dictionary.*nothing written/);
    assert.equal(readFileSync(out, 'utf8'), 'previous');
    assert.ok(!existsSync(`${out}.tmp-${corrupt.pid}`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('actor gazetteer: the national branches of an organisation give the parent its name', async () => {
  const { parentOrgs } = await import('../../src/kb/actors.js');
  const names = new Map([['SE', ['sweden']], ['CA', ['canada']], ['IN', ['india', 'republic of india']]]);
  const orgs: Array<[string, string, string]> = [
    ['help the elders sweden', 'NGODEV', 'SE'], ['help the elders fund', 'NGO', ''],
    // a business named with its country, a name ending in a function word and a parent already listed stay as they are
    ['comfort stoves canada', 'BUS', 'CA'], ['communist party of india', 'PTY', 'IN'],
    ['water aid canada', 'NGO', 'CA'], ['water aid', 'NGO', ''],
  ];
  assert.deepEqual(parentOrgs(orgs, names), [['help the elders', 'NGO', '']]);
  assert.deepEqual(loadKB().actorOrg('Save the Children'), { role: 'NGO', country: null });
});
