// Issue 14 item 9: CLI usage errors are one line with exit 2; failures while running are one line with exit 1;
// never a stack trace. Runs the command line in-process (main) with stderr captured.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';

const dir = mkdtempSync(join(tmpdir(), 'argus-cli-usage-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const db = join(dir, 'empty.db');
const notDb = join(dir, 'not-a-db.db');
writeFileSync(notDb, 'this is a text file, not SQLite '.repeat(40));
const article = join(dir, 'a.txt');
writeFileSync(article, 'A headline\n\nThe minister said on Monday that the talks went well.\n');

/**
 * Runs `argus ...args` in-process; returns the exit code and what went to stderr. Standard output is left alone: the
 * test runner reports through it, and a test that swapped it out would swallow other tests' results.
 */
async function run(args: string[]): Promise<{ code: number; err: string }> {
  let err = '';
  const we = process.stderr.write.bind(process.stderr);
  const ce = console.error;
  process.stderr.write = ((s: string | Uint8Array) => ((err += String(s)), true)) as typeof process.stderr.write;
  console.error = (...a: unknown[]) => { err += a.map(String).join(' ') + '\n'; };
  process.exitCode = undefined;
  try {
    const code = await main(args);
    return { code, err };
  } finally {
    process.stderr.write = we;
    console.error = ce;
    process.exitCode = undefined;
  }
}

function oneLine(err: string, what: string): void {
  const lines = err.trimEnd().split('\n');
  assert.equal(lines.length, 1, `${what}: ${err}`);
  assert.doesNotMatch(err, /\n\s+at |Error:.*\n.*at /, `${what}: a stack trace`);
}

const USAGE: Array<[string[], RegExp]> = [
  [['serve', '--port', '99999'], /--port.*99999.*0 to 65535/],
  [['serve', '--port', 'abc'], /--port/],
  [['serve', '--host', '0.0.0.0', '--db', db], /0\.0\.0\.0.*token/],
  [['search', 'x', '--limit', 'abc', '--db', db], /--limit.*abc/],
  [['search', 'x', '--offset', '-1', '--db', db], /--offset/],
  [['analyze', article, '--published', 'yesterday'], /--published.*yesterday/],
  [['analyze', article, '--published', '2025-13-45'], /--published.*2025-13-45/],
  [['ingest', article, '--published', '2025-02-30', '--db', db], /--published.*2025-02-30/],
  [['analyze', article, '--format', 'xml'], /--format.*xml/],
  [['search', 'x', '--format', 'xml', '--db', db], /--format.*xml/],
  [['stats', '--format', 'yaml', '--db', db], /--format.*yaml/],
  [['entity', 'x', '--format', 'csv', '--db', db], /--format.*csv/],
  [['ingest', article, '--format', 'csv', '--db', db], /--format.*csv/],
  [['search', 'x', '--sort', 'best', '--db', db], /--sort.*best/],
  [['search', 'x', '--type', 'FLY', '--db', db], /--type.*FLY/],
  [['search', 'x', '--country', 'ZZ', '--db', db], /--country.*ZZ/],
  [['search', 'x', '--country', 'France', '--db', db], /--country.*France/],
  [['search', 'x', '--from', 'soon', '--db', db], /--from.*soon/],
];

test('cli usage: each bad option is one line on stderr and exit 2', async () => {
  for (const [args, message] of USAGE) {
    const r = await run(args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
    assert.match(r.err, message, args.join(' '));
    oneLine(r.err, args.join(' '));
  }
});

test('cli usage: good values of the same options are accepted', async () => {
  for (const args of [
    ['search', 'minister', '--limit', '5', '--offset', '0', '--sort', 'date', '--type', 'consult', '--country', 'fr', '--from', '2025-01-01', '--db', db],
    ['stats', '--format', 'json', '--db', db],
  ]) {
    const r = await run(args);
    assert.equal(r.code, 0, `${args.join(' ')}: ${r.err}`);
  }
});

test('cli usage: failures while running are one line and exit 1 (database not SQLite or not writable, port in use)', async () => {
  const busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  const port = (busy.address() as { port: number }).port;
  try {
    const rows: Array<[string[], RegExp]> = [
      [['stats', '--db', notDb], /not-a-db\.db.*not a database/],
      [['search', 'x', '--db', notDb], /not-a-db\.db/],
      [['stats', '--db', join(notDb, 'inside.db')], /inside\.db/],
      [['serve', '--port', String(port), '--db', db], new RegExp(`port ${port}.*already in use`)],
    ];
    for (const [args, message] of rows) {
      const r = await run(args);
      assert.equal(r.code, 1, `${args.join(' ')}: ${r.err}`);
      assert.match(r.err, message, args.join(' '));
      oneLine(r.err, args.join(' '));
    }
  } finally {
    busy.close();
  }
});

test('cli usage: entity not found exits 1 in every form (profile, json, merge, split)', async () => {
  for (const args of [
    ['entity', 'Nobody Atall', '--db', db],
    ['entity', 'Nobody Atall', '--format', 'json', '--db', db],
    ['entity', 'merge', 'Nobody Atall', 'Noone Either', '--db', db],
    ['entity', 'split', 'Nobody Atall', '--part', 'x', '--db', db],
  ]) {
    const r = await run(args);
    assert.equal(r.code, 1, `${args.join(' ')}: ${r.err}`);
    assert.match(r.err, /NOT_FOUND/, args.join(' '));
    oneLine(r.err, args.join(' '));
  }
});
