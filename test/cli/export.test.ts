// `argus export`: every format to a file and to standard output, the search filters, and the bad input of issue 13
// (an unknown --format or --table: one line, exit 2; an unwritable --out: one line, exit 1; nothing half written).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { main } from '../../src/cli/main.js';
import { REPO_ROOT } from '../../src/services/demo.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { fillExportStore, type ExportFixture } from '../services/export-fixture.js';
import { csvObjects } from '../services/csv-strict.js';
import { stixValidator } from '../services/stix-validator.js';

const dir = mkdtempSync(join(tmpdir(), 'argus-cli-export-'));
const db = join(dir, 'x.db');
const outDir = join(dir, 'out');
let fx: ExportFixture;

before(async () => {
  const s = openSqliteStore(db);
  fx = await fillExportStore(s);
  await s.close();
  mkdirSync(outDir);
});
after(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Runs `argus ...args` in-process with --out (standard output is the test runner's channel, so it is not captured
 * here): the exit code, the output file's text (when there is one) and what went to stderr.
 */
async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let err = '';
  const we = process.stderr.write.bind(process.stderr);
  const ce = console.error;
  process.stderr.write = ((s: string | Uint8Array) => ((err += String(s)), true)) as typeof process.stderr.write;
  console.error = (...a: unknown[]) => { err += a.map(String).join(' ') + '\n'; };
  process.exitCode = undefined;
  const given = args.indexOf('--out') >= 0 ? args.indexOf('--out') : args.indexOf('-o');
  const out = given >= 0 ? args[given + 1] as string : join(outDir, `stdout-${++runs}.txt`);
  try {
    const code = await main(given >= 0 ? args : [...args, '--out', out]);
    return { code, out: given < 0 && existsSync(out) ? readFileSync(out, 'utf8') : '', err: given < 0 ? err.replace(/^argus export: \d+ articles? written to .*\n/m, '') : err };
  } finally {
    if (given < 0) rmSync(out, { force: true });
    process.stderr.write = we;
    console.error = ce;
    process.exitCode = undefined;
  }
}
let runs = 0;

/** `argus ...args` in a child process (for standard output). */
function spawnArgus(args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'src/cli/main.ts'), ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('cli export: each format to --out, with a one-line summary; to standard output without --out', async () => {
  const csv = join(outDir, 'events.csv');
  const r = await run(['export', '--db', db, '--format', 'csv', '--out', csv]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /^argus export: 4 articles written to .*events\.csv \(\d+ bytes\)\n$/);
  assert.equal(csvObjects(readFileSync(csv, 'utf8')).length, 4);

  const quotes = spawnArgus(['export', '--db', db, '-f', 'csv', '--table', 'quotes']);
  assert.equal(quotes.code, 0, quotes.err);
  assert.equal(quotes.err, '', 'to standard output: nothing else said');
  assert.deepEqual(csvObjects(quotes.out).map((q) => q.speaker).sort(), ['Jürgen Kühn', 'Lena Hart', 'Ostmark Rail Union']);

  const jsonl = spawnArgus(['export', '--db', db, 'union']);
  assert.equal(jsonl.code, 0, jsonl.err);
  assert.deepEqual(jsonl.out.trimEnd().split('\n').map((l) => (JSON.parse(l) as { article: { id: string } }).article.id), [fx.ids[1]], 'jsonl is the default');

  const stixFile = join(outDir, 'bundle.json');
  assert.equal((await run(['export', '--db', db, '-f', 'stix', '-o', stixFile])).code, 0);
  const bundle = JSON.parse(readFileSync(stixFile, 'utf8')) as { objects: Array<{ type: string }> };
  assert.equal(stixValidator().bundle(bundle), null);

  const geo = await run(['export', '--db', db, '-f', 'geojson', '--table', 'events']);
  assert.equal(geo.code, 0, geo.err);
  assert.equal((JSON.parse(geo.out) as { features: unknown[] }).features.length, 4);
  assert.deepEqual(readdirSync(outDir).filter((f) => !f.startsWith('stdout-')).sort(), ['bundle.json', 'events.csv'], 'no temp files left');
});

test('cli export: the query and filters of `argus search`', async () => {
  const ids = async (args: string[]): Promise<string[]> => {
    const r = await run(['export', '--db', db, ...args]);
    assert.equal(r.code, 0, r.err);
    return r.out.trimEnd().split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { article: { id: string } }).article.id).sort();
  };
  assert.deepEqual(await ids(['union']), [fx.ids[1]]);
  assert.deepEqual(await ids(['--type', 'accuse']), [fx.ids[0]]);
  assert.deepEqual(await ids(['--country', 'ch']), [fx.ids[3]]);
  assert.deepEqual(await ids(['--source', 'Kurier']), [fx.ids[3]]);
  assert.deepEqual(await ids(['--entity', 'Lena Hart']), [fx.ids[0]]);
  assert.deepEqual(await ids(['--from', '2025-03-05', '--to', '2025-03-08']), [fx.ids[1]]);
  assert.deepEqual(await ids(['--entity', 'Nobody Known']), []);
});

test('cli export: an unknown --format or --table, or a bad filter, is one line and exit 2; nothing is written', async () => {
  const target = join(outDir, 'never.txt');
  for (const args of [['--format', 'xml'], ['-f', 'csv', '--table', 'places'], ['-f', 'jsonl', '--table', 'quotes'], ['--from', 'someday'], ['--type', 'HUG'],
    ['--from', '2025-05-01', '--to', '2025-01-01']]) {
    const r = await run(['export', '--db', db, ...args, '--out', target]);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
    assert.equal(r.err.trim().split('\n').length, 1, `${args.join(' ')}: one line: ${r.err}`);
    assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
    assert.equal(existsSync(target), false, `${args.join(' ')}: nothing written`);
  }
  const r = await run(['export', '--db', db, '--format', 'xml']);
  assert.match(r.err, /jsonl, csv, stix, geojson/);
});

test('cli export: an unwritable --out is one line and exit 1; nothing half written, an old file kept', async () => {
  const file = join(outDir, 'a-file');
  writeFileSync(file, 'keep me');
  for (const bad of [join(dir, 'missing', 'folder', 'x.csv'), outDir, join(file, 'x.csv'), '/proc/argus-export-test.csv']) {
    const r = await run(['export', '--db', db, '-f', 'csv', '--out', bad]);
    assert.equal(r.code, 1, `${bad}: ${r.err}`);
    assert.equal(r.err.trim().split('\n').length, 1, r.err);
    assert.match(r.err, /^argus export: .*cannot write the export.*\(WRITE_FAILED\)/);
  }
  assert.equal(readFileSync(file, 'utf8'), 'keep me');
  assert.equal(existsSync(join(dir, 'missing')), false);
  assert.deepEqual(readdirSync(outDir).filter((f) => f.endsWith('.tmp')), []);
  // a database that cannot be opened: exit 1, no output file
  const out = join(outDir, 'nodb.csv');
  const notDb = join(dir, 'not-a-db.db');
  writeFileSync(notDb, 'plain text, not SQLite '.repeat(50));
  const r = await run(['export', '--db', notDb, '-f', 'csv', '--out', out]);
  assert.equal(r.code, 1, r.err);
  assert.equal(existsSync(out), false);
});
