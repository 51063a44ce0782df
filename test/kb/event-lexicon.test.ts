import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEventLexicon, stem } from '../../src/kb/event-lexicon.js';

test('event lexicon: plural nouns and their singulars stem alike', () => {
  const rows: Array<[string, string]> = [
    ['sanctions', 'sanction'], ['talks', 'talk'], ['countries', 'country'], ['marches', 'march'],
    ['press', 'press'], ['status', 'status'], ["Russia's", 'russia'], ['gas', 'gas'],
  ];
  for (const [w, s] of rows) assert.equal(stem(w), s, w);
});

test('event lexicon: PETRARCH2 verbs, their inflections and the CAMEO -> PLOVER table', () => {
  const lex = loadEventLexicon();
  assert.ok(lex.verbs.size > 5000, `only ${lex.verbs.size} verb forms`);
  // irregular forms come from the dictionary's {...} lists, regular ones are generated
  for (const form of ['fought', 'fighting', 'condemned', 'condemns', 'met', 'accusing']) assert.ok(lex.verbs.has(form), form);
  // multi-word verbs keep their particle
  assert.ok((lex.verbs.get('met') ?? []).some((e) => e.rest.join(' ') === 'with'));
  const rows: Array<[string, string | null]> = [
    ['190', 'ASSAULT'], ['1823', 'ASSAULT'], ['111', 'ACCUSE'], ['090', 'ACCUSE'], ['100', 'REQUEST'], ['020', 'REQUEST'],
    ['057', 'AGREE'], ['0871', 'RETREAT'], ['163', 'SANCTION'], ['173', 'COERCE'], ['010', null], ['012', null],
  ];
  for (const [code, type] of rows) assert.equal(lex.plover(code)?.type ?? null, type, code);
  assert.equal(lex.plover('0871')?.mode, 'ceasefire');
  // Argus's event nouns
  assert.equal(lex.nouns.get(stem('airstrikes'))?.code, '195');
});

test('event lexicon: the build script refuses a missing or truncated source and leaves no half-written file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'argus-lex-'));
  try {
    const out = join(dir, 'out.tsv');
    const run = (source: string) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-event-lexicon.ts', '--source', source, '--out', out], { encoding: 'utf8' });
    const missing = run(join(dir, 'nope.txt'));
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /missing source/);
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, readFileSync('corpora/petrarch2/CAMEO.2.0.txt', 'utf8').slice(0, 60_000));
    const truncated = run(bad);
    assert.equal(truncated.status, 1);
    assert.match(truncated.stderr, /truncated/);
    assert.equal(existsSync(out), false);
    assert.equal(existsSync(`${out}.tmp`), false);
    // the committed lexicon is exactly what the script makes from the committed source
    const good = run('corpora/petrarch2/CAMEO.2.0.txt');
    assert.equal(good.status, 0, good.stderr);
    assert.equal(readFileSync(out, 'utf8'), readFileSync('kb-data/events/cameo-verbs.tsv', 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
