// Issue 14, item 1: the private-address guard on every hop (the URL, each redirect, each feed item), in every address form,
// on the address the socket really connects to.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import dns from 'node:dns';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { Fetcher, guardedLookup } from '../../src/ingest/fetch.js';
import { isArgusError } from '../../src/core/errors.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { IngestService } from '../../src/services/ingest.js';
import { stubAnalyzer } from './stub-analyzer.js';

const dir = mkdtempSync(join(tmpdir(), 'argus-guard-'));
let server: http.Server;
let port = 0;
let hits = 0;

const PAGE = '<html><head><title>Inside</title></head><body><article><h1>Inside</h1><p>' +
  'The harbour authority said on Tuesday that the port would reopen to commercial traffic after three days of repairs. '.repeat(4) + '</p></article></body></html>';

before(async () => {
  server = http.createServer((req, res) => {
    hits++;
    const u = new URL(req.url ?? '/', 'http://x');
    if (u.pathname === '/robots.txt') return void res.writeHead(404).end();
    if (u.pathname === '/redirect') return void res.writeHead(302, { location: u.searchParams.get('to') ?? '/' }).end();
    if (u.pathname === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const item = (link: string): string => `<item><title>Item</title><link>${link}</link><description>short</description></item>`;
      return void res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Guard feed</title>${
        item(`http://[::ffff:a9fe:a9fe]:${port}/latest/meta-data`)}${item(`http://[fd00::2]:${port}/x`)}${item(`http://0x7f.1:${port}/page`)}</channel></rss>`);
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

after(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return isArgusError(e) ? e.code : `thrown: ${String(e)}`;
  }
}

const strict = (): Fetcher => new Fetcher({ perHostIntervalMs: 0, timeoutMs: 1500 });
const loopbackOnly = (): Fetcher => new Fetcher({ allowLoopback: true, perHostIntervalMs: 0, timeoutMs: 1500 });

test('guard: loopback in any written form is refused without --allow-loopback, and nothing is sent', async () => {
  const before = hits;
  for (const host of ['[::ffff:127.0.0.1]', '[::ffff:7f00:1]', '[::127.0.0.1]', '[64:ff9b::7f00:1]', '0x7f.1', '0177.0.0.1', '2130706433', '[::1]', '127.0.0.1', 'localhost']) {
    assert.equal(await code(strict().fetch({ url: `http://${host}:${port}/x` })), 'PRIVATE_ADDRESS', host);
  }
  assert.equal(hits, before, 'no request reached the local server');
});

test('guard: --allow-loopback opens loopback (also IPv4-mapped) but no other private range', async () => {
  assert.equal(await code(loopbackOnly().fetch({ url: `http://[::ffff:127.0.0.1]:${port}/page` })), 'ok');
  for (const host of ['10.0.0.1', '[fd00::2]', '[::ffff:a9fe:a9fe]', '169.254.169.254', '100.64.0.1', '198.18.0.1', '[fe80::1]', '224.0.0.1']) {
    assert.equal(await code(loopbackOnly().fetch({ url: `http://${host}:${port}/x` })), 'PRIVATE_ADDRESS', host);
  }
});

test('guard: a redirect to a private address in any form is refused', async () => {
  for (const to of [`http://[::ffff:a00:1]:${port}/x`, `http://[fd00::2]:${port}/x`, 'http://169.254.169.254/latest/meta-data', `http://0xa.1:${port}/x`]) {
    const url = `http://127.0.0.1:${port}/redirect?to=${encodeURIComponent(to)}`;
    assert.equal(await code(loopbackOnly().fetch({ url })), 'PRIVATE_ADDRESS', to);
  }
});

test('guard: feed items pointing at private addresses fail one by one with PRIVATE_ADDRESS', async () => {
  const store = openSqliteStore(join(dir, 'feed.db'));
  try {
    const svc = new IngestService(store, { fetcher: new Fetcher({ perHostIntervalMs: 0, timeoutMs: 1500, allowLoopback: true }), analyzer: stubAnalyzer, afterSave: false });
    const s = await svc.run([`http://127.0.0.1:${port}/feed.xml`]);
    // 0x7f.1 is loopback, which this fetcher allows: it is fetched; the two others are refused
    assert.deepEqual(s.failures.map((f) => f.code), ['PRIVATE_ADDRESS', 'PRIVATE_ADDRESS'], JSON.stringify(s.failures));
    assert.equal(s.new, 1);
  } finally {
    await store.close();
  }
});

test('guard: a name is checked on every address it resolves to, and the socket connects only to a checked one', async () => {
  const real = dns.lookup;
  let answers: Array<{ address: string; family: number }> = [];
  (dns as { lookup: unknown }).lookup = (_h: string, _o: unknown, cb: (e: null, a: typeof answers) => void): void => cb(null, answers);
  try {
    const lookup = guardedLookup({ allowPrivate: false, allowLoopback: false });
    const ask = (all: boolean): Promise<unknown> => new Promise((resolve) => {
      lookup('rebind.example', { all }, (err, address) => resolve(err ? (err as NodeJS.ErrnoException).code : address));
    });
    answers = [{ address: '127.0.0.1', family: 4 }];
    assert.equal(await ask(false), 'EPRIVATE');
    answers = [{ address: '::ffff:7f00:1', family: 6 }, { address: '10.1.1.1', family: 4 }];
    assert.equal(await ask(true), 'EPRIVATE');
    // a mixed answer: only the public address is handed to the socket
    answers = [{ address: '127.0.0.1', family: 4 }, { address: '93.184.216.34', family: 4 }];
    assert.deepEqual(await ask(true), [{ address: '93.184.216.34', family: 4 }]);
    assert.equal(await ask(false), '93.184.216.34');
    // the fetcher uses this lookup for its connection: a name answering with loopback is refused
    answers = [{ address: '127.0.0.1', family: 4 }];
    assert.equal(await code(strict().fetch({ url: `http://rebind.example:${port}/page` })), 'PRIVATE_ADDRESS');
  } finally {
    (dns as { lookup: unknown }).lookup = real;
  }
});
