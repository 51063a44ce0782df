// Issue 14, items 6 and 7 at the readers: a byte cap however the size is reported, no blocking on FIFOs or devices,
// UTF-16 with lone surrogates refused by name, and only http(s) article links kept.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBuffer, readFile, type ReadOutcome } from '../../src/ingest/readers.js';
import type { ErrorCode } from '../../src/core/errors.js';
import { httpUrlOrNull } from '../../src/core/urls.js';

const dir = mkdtempSync(join(tmpdir(), 'argus-readers-hard-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const TEXT = 'Port reopens after repairs\n\nThe harbour authority said on Tuesday that the port would reopen to commercial traffic after three days of repairs.';

function code(outs: ReadOutcome[]): ErrorCode | 'ok' {
  const o = outs[0];
  assert.ok(o);
  return o.ok ? 'ok' : o.error.code;
}

async function within<T>(ms: number, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms); });
  try {
    return await Promise.race([p, t]);
  } finally {
    clearTimeout(timer);
  }
}

test('files: a FIFO and a symlink to /dev/zero are refused at once as NOT_A_FILE', async () => {
  const fifo = join(dir, 'pipe.txt');
  execFileSync('mkfifo', [fifo]);
  assert.equal(code(await within(2000, readFile(fifo))), 'NOT_A_FILE');
  const zero = join(dir, 'zero.txt');
  symlinkSync('/dev/zero', zero);
  assert.equal(code(await within(2000, readFile(zero, { maxBytes: 1024 * 1024 }))), 'NOT_A_FILE');
  const dev = join(dir, 'null.html');
  symlinkSync('/dev/null', dev);
  assert.equal(code(await within(2000, readFile(dev))), 'NOT_A_FILE');
});

test('files: the byte cap holds, and regular files, symlinked ones too, still read', async () => {
  const big = join(dir, 'big.txt');
  writeFileSync(big, `${TEXT}\n\n${'More text about the harbour. '.repeat(200)}`);
  assert.equal(code(await readFile(big, { maxBytes: 1000 })), 'TOO_LARGE');
  assert.equal(code(await readFile(big)), 'ok');
  const link = join(dir, 'link.txt');
  symlinkSync(big, link);
  assert.equal(code(await readFile(link)), 'ok');
  assert.equal(code(await readFile(join(dir, 'missing.txt'))), 'NOT_FOUND');
  assert.equal(code(await readFile(dir)), 'READ_FAILED');
});

test('UTF-16 text with a lone surrogate is INVALID_ENCODING; well-formed UTF-16 (with a surrogate pair) reads', () => {
  const le = (s: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
  const be = (s: string): Buffer => Buffer.from(le(s).swap16());
  for (const [name, bytes] of [['le', le(`${TEXT} \ud800 end`)], ['be', be(`${TEXT} \udfff end`)], ['tail', le(`${TEXT} \ud83d`)]] as const) {
    const outs = readBuffer(`${name}.txt`, bytes);
    assert.equal(code(outs), 'INVALID_ENCODING', name);
  }
  assert.equal(code(readBuffer('ok.txt', le(`${TEXT} \ud83d\ude00`))), 'ok');
  assert.equal(code(readBuffer('ok-be.txt', be(TEXT))), 'ok');
  // a JSON escape smuggles in the same thing
  assert.equal(code(readBuffer('a.json', Buffer.from(JSON.stringify({ title: 'T', text: `${TEXT} ` }).replace('"}', '\\ud800"}')))), 'INVALID_ENCODING');
});

test('links: javascript: and data: URLs (url, og:url, link) are dropped at ingest; http(s) stay', () => {
  const rows: Array<[string, string | null]> = [
    ['javascript:alert(1)', null], ['JavaScript:alert(document.domain)', null], [' javascript:alert(1)', null], ['java\tscript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null], ['vbscript:msgbox(1)', null], ['file:///etc/passwd', null], ['/relative/path', null],
    ['https://news.example/a', 'https://news.example/a'], ['http://news.example/b?x=1', 'http://news.example/b?x=1'],
  ];
  for (const [url, want] of rows) {
    assert.equal(httpUrlOrNull(url), want, url);
    const rec = readBuffer('a.json', Buffer.from(JSON.stringify({ title: 'Port reopens', text: TEXT, url })));
    assert.ok(rec[0]?.ok, url);
    if (rec[0]?.ok) assert.equal(rec[0].input.url, want, `record url ${url}`);
  }
  const html = (og: string): Buffer => Buffer.from(`<html><head><meta property="og:url" content="${og}"><title>Port reopens</title></head><body><article><h1>Port reopens</h1>` +
    `<p>${TEXT.split('\n\n')[1]} Officials said the damage was less severe than first feared.</p><p>Ferries will resume on the normal timetable, the authority said.</p></article></body></html>`);
  for (const og of ['javascript:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=']) {
    const out = readBuffer('page.html', html(og));
    assert.ok(out[0]?.ok, og);
    if (out[0]?.ok) assert.equal(out[0].input.url, null, og);
  }
  const good = readBuffer('page.html', html('https://news.example/port'));
  assert.ok(good[0]?.ok);
  if (good[0]?.ok) assert.equal(good[0].input.url, 'https://news.example/port');
  // an unsafe URL from the input does not hide a safe default
  const d = readBuffer('a.json', Buffer.from(JSON.stringify({ title: 'T', text: TEXT, url: 'javascript:x' })), { url: 'https://fallback.example/a' });
  if (d[0]?.ok) assert.equal(d[0].input.url, 'https://fallback.example/a');
});
