// The fetcher against a local server: limits, redirects, charsets, compression, robots.txt, private addresses.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Fetcher, detectCharset, isPrivateAddress, parseRobots, robotsAllows } from '../../src/ingest/fetch.js';
import { isArgusError } from '../../src/core/errors.js';
import { startFixtureServer, type FixtureServer } from './http-fixture.js';

let srv: FixtureServer;
before(async () => { srv = await startFixtureServer(); });
after(async () => { await srv.close(); });

const fetcher = (): Fetcher => new Fetcher({ allowLoopback: true, perHostIntervalMs: 0, timeoutMs: 1500, maxBytes: 10 * 1024 * 1024 });

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return isArgusError(e) ? e.code : `thrown: ${String(e)}`;
  }
}

test('fetch: each bad case is a named failure', async () => {
  const rows: Array<[string, string, Fetcher?]> = [
    ['/loop-a', 'REDIRECT_LIMIT'],
    ['/slow', 'FETCH_TIMEOUT'],
    ['/big', 'TOO_LARGE'],
    ['/big-declared', 'TOO_LARGE'],
    ['/to-private', 'PRIVATE_ADDRESS'],
    ['/private/page', 'ROBOTS_DISALLOWED'],
    ['/gone', 'HTTP_ERROR'],
    ['/article/1', 'PRIVATE_ADDRESS', new Fetcher({ perHostIntervalMs: 0 })],
    ['/article/1', 'ok'],
    ['/redirect-ok', 'ok'],
  ];
  for (const [path, expected, f] of rows) assert.equal(await code((f ?? fetcher()).fetch({ url: srv.url + path })), expected, path);
});

test('fetch: gzip bodies are decompressed; redirects report the final URL; a clear User-Agent is sent', async () => {
  const r = await fetcher().fetch({ url: `${srv.url}/gzip` });
  assert.match(r.text, /Compressed/);
  const red = await fetcher().fetch({ url: `${srv.url}/redirect-ok` });
  assert.equal(red.url, `${srv.url}/article/5`);
  assert.ok(srv.requests.every((q) => q.userAgent?.startsWith('ArgusBot/')));
});

test('fetch: ISO-8859-1 without any declaration, and behind a wrong utf-8 header, decode correctly', async () => {
  for (const path of ['/latin1', '/wrong-charset']) {
    const r = await fetcher().fetch({ url: srv.url + path });
    assert.equal(r.charset, 'windows-1252', path);
    assert.match(r.text, /Café culture/, path);
    assert.match(r.text, /José Martínez/, path);
  }
});

test('fetch: conditional GET gets a 304 with the stored ETag', async () => {
  const f = fetcher();
  const first = await f.fetch({ url: `${srv.url}/rss.xml` });
  assert.equal(first.etag, '"rss-v1"');
  const again = await f.fetch({ url: `${srv.url}/rss.xml`, etag: first.etag });
  assert.equal(again.notModified, true);
  assert.equal(again.status, 304);
});

test('fetch: charset detection table', () => {
  const rows: Array<[Buffer, string, string]> = [
    [Buffer.from('plain ascii'), '', 'utf-8'],
    [Buffer.from('caf\u00e9', 'utf8'), '', 'utf-8'],
    [Buffer.from('caf\u00e9', 'latin1'), '', 'windows-1252'],
    [Buffer.from('caf\u00e9', 'latin1'), 'text/html; charset=utf-8', 'windows-1252'],
    [Buffer.from('caf\u00e9', 'utf8'), 'text/html; charset=iso-8859-1', 'utf-8'],
    [Buffer.from('<meta charset="koi8-r"><p>\xc1', 'latin1'), '', 'koi8-r'],
    [Buffer.from('<?xml version="1.0" encoding="ISO-8859-2"?><a>\xb1</a>', 'latin1'), '', 'iso-8859-2'],
    [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('x')]), 'text/html; charset=latin1', 'utf-8'],
  ];
  for (const [buf, ct, expected] of rows) assert.equal(detectCharset(buf, ct), expected, `${buf.toString('latin1')} ${ct}`);
});

test('fetch: private address table', () => {
  const yes = ['127.0.0.1', '10.1.2.3', '192.168.0.1', '172.16.5.4', '169.254.1.1', '::1', 'fd00::1', '::ffff:127.0.0.1', '0.0.0.0', '100.64.0.1'];
  const no = ['8.8.8.8', '172.32.0.1', '2001:4860::8888', '93.184.216.34'];
  for (const ip of yes) assert.equal(isPrivateAddress(ip), true, ip);
  for (const ip of no) assert.equal(isPrivateAddress(ip), false, ip);
});

test('fetch: robots.txt rules (longest match wins, our agent group first)', () => {
  const rules = parseRobots('User-agent: *\nDisallow: /\n\nUser-agent: ArgusBot\nDisallow: /private/\nAllow: /private/ok\n', 'ArgusBot/0.1');
  const rows: Array<[string, boolean]> = [['/news/1', true], ['/private/x', false], ['/private/ok/1', true]];
  for (const [p, ok] of rows) assert.equal(robotsAllows(rules, p), ok, p);
  const star = parseRobots('User-agent: *\nDisallow: /tmp\n', 'ArgusBot/0.1');
  assert.equal(robotsAllows(star, '/tmp/a'), false);
  assert.equal(robotsAllows(star, '/news'), true);
});
