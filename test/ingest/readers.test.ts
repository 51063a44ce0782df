import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync, openSync, ftruncateSync, closeSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { readBuffer, readFile, readStdin, type ReadOutcome } from '../../src/ingest/readers.js';
import type { ArticleInput } from '../../src/core/input.js';
import type { ErrorCode } from '../../src/core/errors.js';

const ARTICLE = 'Allies agree on new aid for Kyiv\n\nimage\n\nBRUSSELS (Reuters) - NATO allies agreed on Thursday to send more air defence systems to Ukraine, the alliance said.\n\nAdvertisement\n\nThe package is worth about 5 billion euros and will be delivered this year.';

function ok(outs: ReadOutcome[], i = 0): ArticleInput {
  const o = outs[i];
  assert.ok(o, `no outcome ${i}`);
  if (!o.ok) assert.fail(`expected success, got ${o.error.toLine()}`);
  return o.input;
}

function failed(outs: ReadOutcome[], code: ErrorCode, i = 0): string {
  const o = outs[i];
  assert.ok(o, `no outcome ${i}`);
  if (o.ok) assert.fail(`expected ${code}, got an article`);
  assert.equal(o.error.code, code, o.error.toLine());
  assert.ok(o.error.message.length > 10);
  return o.error.toLine();
}

const buf = (s: string): Buffer => Buffer.from(s, 'utf8');

test('.txt: cleaned, with CLI options filling what the text does not give', () => {
  const a = ok(readBuffer('a.txt', buf(ARTICLE), { published: 'March 3, 2024', url: 'https://x.test/a', source: 'Wire' }));
  assert.equal(a.title, 'Allies agree on new aid for Kyiv');
  assert.equal(a.published, '2024-03-03');
  assert.equal(a.url, 'https://x.test/a');
  assert.equal(a.source, 'Wire');
  assert.equal(a.language, 'en');
  assert.equal(a.dateline?.place, 'BRUSSELS');
  assert.ok(!a.text.includes('Advertisement') && !a.text.includes('image'));
  assert.equal(ok(readBuffer('a.txt', buf(ARTICLE), { published: 'sometime soon' })).published, null);
});

test('.json with a title: the title is kept, the body lightly cleaned, record fields beat CLI options', () => {
  const rec = { title: 'Allies agree on aid', text: 'Allies agree on aid\n\nShare this article\n\nA short real line.\n\nThe package is large, officials said.', url: 'https://a.test/1', published: '2024-03-03T10:00:00+0200', source: 'Rec', subtitle: 'The sub.', language: 'en-GB', byline: 'Jane Doe' };
  const a = ok(readBuffer('r.json', buf(JSON.stringify(rec)), { url: 'https://cli.test', source: 'Cli', published: '2020-01-01' }));
  assert.equal(a.title, 'Allies agree on aid');
  assert.equal(a.text, 'A short real line.\n\nThe package is large, officials said.');
  assert.equal(a.subtitle, 'The sub.');
  assert.equal(a.url, 'https://a.test/1');
  assert.equal(a.source, 'Rec');
  assert.equal(a.published, '2024-03-03T10:00:00+02:00');
  assert.equal(a.language, 'en');
  assert.equal(a.byline, 'Jane Doe');
});

test('.json without a title is treated like .txt; with html it goes through the HTML reader', () => {
  const a = ok(readBuffer('r.json', buf(JSON.stringify({ text: ARTICLE })), { source: 'Cli' }));
  assert.equal(a.title, 'Allies agree on new aid for Kyiv');
  assert.equal(a.source, 'Cli');
  const html = readFileSync(join('test', 'fixtures', 'ingest', 'captions-ads.html'), 'utf8');
  const h = ok(readBuffer('r.json', buf(JSON.stringify({ html, url: 'https://h.test/1', title: 'Given title' }))));
  assert.equal(h.title, 'Given title');
  assert.equal(h.url, 'https://h.test/1');
  assert.ok(!h.text.includes('ADVERTISEMENT'));
});

test('.json array: one outcome per record', () => {
  const outs = readBuffer('many.json', buf(JSON.stringify([{ text: ARTICLE }, { nope: 1 }])));
  assert.equal(outs.length, 2);
  ok(outs, 0);
  failed(outs, 'INVALID_RECORD', 1);
  assert.equal(outs[1]?.ref, 'many.json[1]');
});

test('.jsonl: each line its own outcome; a bad line fails alone with its line number', () => {
  const lines = [JSON.stringify({ text: ARTICLE }), '{"text": "broken', '', JSON.stringify({ title: 'T', text: 'Body text that is real, the minister said.' }), JSON.stringify({ title: 'x' }), '[1,2]'];
  const outs = readBuffer('feed.jsonl', buf(lines.join('\n') + '\n'));
  assert.deepEqual(outs.map((o) => o.ref), ['feed.jsonl:1', 'feed.jsonl:2', 'feed.jsonl:4', 'feed.jsonl:5', 'feed.jsonl:6']);
  ok(outs, 0);
  assert.match(failed(outs, 'INVALID_JSON', 1), /^feed\.jsonl:2: /);
  assert.equal(ok(outs, 2).title, 'T');
  failed(outs, 'INVALID_RECORD', 3);
  failed(outs, 'INVALID_RECORD', 4);
});

test('.html and .htm files are read through the HTML reader; a page without article is NO_ARTICLE', () => {
  const html = readFileSync(join('test', 'fixtures', 'ingest', 'og-only.html'));
  assert.equal(ok(readBuffer('page.HTM', html, { url: 'https://times.example.org/' })).title, 'Brazil hosts climate talks in Belem');
  failed(readBuffer('none.html', readFileSync(join('test', 'fixtures', 'ingest', 'no-article.html'))), 'NO_ARTICLE');
});

test('bad inputs: one failed outcome each, with a stable code and never a throw', () => {
  const rows: Array<[string, Buffer, ErrorCode]> = [
    ['empty.txt', Buffer.alloc(0), 'EMPTY_INPUT'],
    ['blank.txt', buf(' \n\n \t\n'), 'EMPTY_INPUT'],
    ['empty.json', Buffer.alloc(0), 'EMPTY_INPUT'],
    ['img.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'BINARY_INPUT'],
    ['noise.txt', Buffer.from(Array.from({ length: 4000 }, (_, i) => 0x80 + ((i * 37) % 0x7f))), 'BINARY_INPUT'],
    ['ctrl.txt', Buffer.from(Array.from({ length: 1000 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))), 'BINARY_INPUT'],
    ['bad.json', buf('{"text": "a",'), 'INVALID_JSON'],
    ['notobj.json', buf('42'), 'INVALID_RECORD'],
    ['notext.json', buf('{"title": "x", "text": 5}'), 'INVALID_RECORD'],
    ['emptytext.json', buf('{"text": "   "}'), 'EMPTY_INPUT'],
    ['emptyarr.json', buf('[]'), 'EMPTY_INPUT'],
    ['blank.jsonl', buf('\n\n'), 'EMPTY_INPUT'],
    ['doc.pdf', buf('%PDF-1.4'), 'UNKNOWN_FORMAT'],
    ['noext', buf('text'), 'UNKNOWN_FORMAT'],
    ['junk.txt', buf('Advertisement\nimage\nShare this article'), 'NO_ARTICLE'],
    ['nobody.html', buf('<html><body><nav><a href="/">Home</a></nav></body></html>'), 'NO_ARTICLE'],
  ];
  for (const [name, b, code] of rows) {
    const outs = readBuffer(name, b);
    assert.equal(outs.length, 1, name);
    assert.match(failed(outs, code), new RegExp(`^${name.replace('.', '\\.')}: `));
  }
  failed(readBuffer('big.txt', buf('x'.repeat(2000)), { maxBytes: 1000 }), 'TOO_LARGE');
});

test('legacy encodings: Latin-1 text, UTF-16 with BOM, declared HTML charset', () => {
  const latin = iconv.encode('Café talks end\n\nThe café owners in Zürich said the talks had ended without a deal.', 'latin1');
  assert.equal(ok(readBuffer('l.txt', latin)).title, 'Café talks end');
  const u16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('Kyiv talks end\n\nThe talks in Kyiv ended on Monday, officials said.', 'utf16le')]);
  assert.equal(ok(readBuffer('u.txt', u16)).title, 'Kyiv talks end');
  const html = iconv.encode('<html><head><meta charset="windows-1252"><title>Débat à Genève</title></head><body><article><p>Le débat à Genève a duré trois heures, et les délégués sont repartis sans accord, selon les diplomates présents.</p><p>Une autre séance est prévue la semaine prochaine à Genève, ont-ils ajouté.</p></article></body></html>', 'windows-1252');
  const a = ok(readBuffer('f.html', html));
  assert.equal(a.title, 'Débat à Genève');
  assert.ok(a.text.includes('délégués'));
  assert.equal(a.language, null, 'French is not guessed as English');
});

test('language: declared in JSON wins; English guessed; other languages left null', () => {
  assert.equal(ok(readBuffer('a.json', buf(JSON.stringify({ text: ARTICLE, language: 'de-DE' })))).language, 'de');
  assert.equal(ok(readBuffer('a.txt', buf('Gespräche beendet\n\nDie Gespräche in Genf wurden am Montag ohne Einigung beendet, sagten Diplomaten.'))).language, null);
});

test('readFile: missing file, unknown extension, directory, size checked before reading', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'argus-ingest-'));
  try {
    failed(await readFile(join(dir, 'missing.txt')), 'NOT_FOUND');
    const pdf = join(dir, 'x.pdf');
    writeFileSync(pdf, 'x');
    failed(await readFile(pdf), 'UNKNOWN_FORMAT');
    failed(await readFile(dir), 'READ_FAILED');
    const big = join(dir, 'big.txt');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 20 * 1024 * 1024); // 20 MB sparse file: refused from its size alone
    closeSync(fd);
    assert.match(failed(await readFile(big), 'TOO_LARGE'), /20\.0 MB/);
    const good = join(dir, 'a.txt');
    writeFileSync(good, ARTICLE);
    const outs = await readFile(good, { source: 'Wire' });
    assert.equal(outs[0]?.ref, good);
    assert.equal(ok(outs).source, 'Wire');
    const empty = join(dir, 'e.txt');
    writeFileSync(empty, '');
    failed(await readFile(empty), 'EMPTY_INPUT');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('readStdin: reads a stream as one input; refuses a stream over the limit', async () => {
  const a = ok(await readStdin('stdin.txt', {}, Readable.from([buf(ARTICLE.slice(0, 50)), buf(ARTICLE.slice(50))])));
  assert.equal(a.title, 'Allies agree on new aid for Kyiv');
  const outs = await readStdin('stdin.jsonl', {}, Readable.from([buf(JSON.stringify({ text: ARTICLE }) + '\n' + JSON.stringify({ text: ARTICLE }) + '\n')]));
  assert.equal(outs.length, 2);
  failed(await readStdin('stdin.txt', { maxBytes: 100 }, Readable.from([buf('x'.repeat(80)), buf('x'.repeat(80))])), 'TOO_LARGE');
});
