// Feeds: parsing each format, ingesting feeds and pages by URL, and polling with conditional GET and backoff.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFeed, detectFeed } from '../../src/ingest/feeds.js';
import { isArgusError } from '../../src/core/errors.js';
import { Fetcher } from '../../src/ingest/fetch.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { IngestService } from '../../src/services/ingest.js';
import { nextCheck, watchFeeds } from '../../src/services/watch.js';
import { startFixtureServer, type FixtureServer } from './http-fixture.js';
import { stubAnalyzer } from './stub-analyzer.js';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'feeds');
const dir = mkdtempSync(join(tmpdir(), 'argus-feeds-'));
let srv: FixtureServer;
before(async () => { srv = await startFixtureServer(); });
after(async () => {
  await srv.close();
  rmSync(dir, { recursive: true, force: true });
});

const fetcher = (): Fetcher => new Fetcher({ allowLoopback: true, perHostIntervalMs: 0, timeoutMs: 1500 });

test('feeds: every format parses to items with URL, title and date', () => {
  const rows: Array<[string, string, string, string, string | null, string]> = [
    ['rss.xml', 'rss', 'Harbour Gazette', 'https://gazette.example/article/1', '2025-04-08T09:30:00.000Z', 'Port to reopen after storm repairs'],
    ['atom.xml', 'atom', 'Atom Wire', 'https://atom.example/news/breakwater', '2025-04-09T08:00:00.000Z', 'Breakwater inquiry announced'],
    ['rdf.xml', 'rdf', 'RDF Daily', 'https://rdf.example/2025/ferries', '2025-04-10T07:00:00.000Z', 'Ferries resume island service'],
    ['feed.json', 'json', 'JSON Times', 'https://json.example/fishermen', '2025-04-11T12:00:00.000Z', 'Fishermen ask for compensation'],
  ];
  for (const [file, kind, title, url, published, itemTitle] of rows) {
    const f = parseFeed(readFileSync(join(FIX, file), 'utf8'), file);
    assert.equal(f.kind, kind, file);
    assert.equal(f.title, title, file);
    assert.equal(f.items[0]?.url, url, file);
    assert.equal(f.items[0]?.published, published, file);
    assert.equal(f.items[0]?.title, itemTitle, file);
  }
  const rss = parseFeed(readFileSync(join(FIX, 'rss.xml'), 'utf8'), 'rss.xml');
  assert.equal(rss.items[1]?.title, 'Council approves budget & new ferry');
  assert.equal(rss.items[1]?.published, '2025-04-09T12:00:00.000Z');
  assert.equal(rss.items[0]?.author, 'Ana Souza');
});

test('feeds: broken or wrong inputs are INVALID_FEED with a reason', () => {
  const rows: Array<[string, RegExp]> = [
    ['malformed.xml', /malformed XML at line \d+/],
    ['bad-entity.xml', /undefined entity &eacute;/],
    ['html-feed.html', /HTML page, not a feed/],
  ];
  for (const [file, why] of rows) {
    try {
      parseFeed(readFileSync(join(FIX, file), 'utf8'), file);
      assert.fail(`${file} parsed`);
    } catch (e) {
      assert.ok(isArgusError(e) && e.code === 'INVALID_FEED', file);
      assert.match(e.message, why, file);
    }
  }
  // a DOCTYPE the validator passes but the parser refuses (a control character inside a declaration): named, not thrown raw
  const odd = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "x"><!EN\u202eTITY b "&a;">]><rss version="2.0"><channel><title>t</title></channel></rss>';
  assert.throws(() => parseFeed(odd, 'odd.xml'), (e: unknown) => isArgusError(e) && e.code === 'INVALID_FEED' && e.input === 'odd.xml' && /malformed/.test(e.message));
  assert.equal(detectFeed('{"version":"https://jsonfeed.org/version/1.1","items":[]}'), 'json');
  assert.equal(detectFeed('{"items":[]}'), null);
  assert.equal(detectFeed('<html><body>x</body></html>'), 'html');
});

test('feeds: ingest by URL — feeds (items fetched or taken whole), pages, and named failures; the batch goes on', async () => {
  const store = openSqliteStore(join(dir, 'url.db'));
  const svc = new IngestService(store, { fetcher: fetcher(), analyzer: stubAnalyzer });
  const s = await svc.run([
    `${srv.url}/rss.xml`, `${srv.url}/atom.xml`, `${srv.url}/rdf.xml`, `${srv.url}/feed.json`, `${srv.url}/latin1`, `${srv.url}/gzip`,
    `${srv.url}/malformed.xml`, `${srv.url}/bad-entity.xml`, `${srv.url}/loop-a`, `${srv.url}/slow`, `${srv.url}/big`, `${srv.url}/to-private`,
  ]);
  assert.equal(s.new, 2 + 1 + 1 + 1 + 1 + 1);
  assert.deepEqual(s.failures.map((f) => f.code).sort(), ['FETCH_TIMEOUT', 'INVALID_FEED', 'INVALID_FEED', 'PRIVATE_ADDRESS', 'REDIRECT_LIMIT', 'TOO_LARGE']);
  assert.equal((await store.reads.stats()).failures, 6);
  const cafe = await store.search.search({ text: 'Martínez' });
  assert.equal(cafe.total, 1, 'the ISO-8859-1 page was decoded');
  const fromRss = await store.search.search({ text: 'harbour', source: 'Harbour Gazette' });
  assert.equal(fromRss.total, 2);
  // relative item links resolve against the feed's own URL, which is where they were fetched from
  assert.ok(fromRss.hits.every((h) => h.url?.startsWith(`${srv.url}/article/`)));
  await store.close();
});

test('watch: a poll stores validators, the next poll is a 304, a failing feed backs off', async () => {
  const store = openSqliteStore(join(dir, 'watch.db'));
  const ok = await store.feeds.add(`${srv.url}/rss.xml`, { intervalS: 60 });
  const bad = await store.feeds.add(`${srv.url}/html-feed`, { intervalS: 60 });
  const rounds: string[][] = [];
  const opts = { fetcher: fetcher(), analyzer: stubAnalyzer, once: true, all: true, onRound: (r: Array<{ status: string }>) => { rounds.push(r.map((x) => x.status)); } };
  await watchFeeds(store, opts);
  await watchFeeds(store, opts);
  assert.deepEqual(rounds, [['ok', 'failed'], ['not-modified', 'failed']]);
  assert.equal((await store.feeds.get(ok.id))?.etag, '"rss-v1"');
  assert.ok(srv.requests.some((r) => r.path === '/rss.xml' && r.ifNoneMatch === '"rss-v1"'));
  const b = await store.feeds.get(bad.id);
  assert.equal(b?.failures, 2);
  assert.match(b?.lastError ?? '', /INVALID_FEED/);
  assert.equal((await store.reads.stats()).articles, 2);
  const t = Date.parse('2030-01-01T00:00:00Z');
  assert.deepEqual([0, 1, 2, 3, 30].map((n) => (Date.parse(nextCheck(t, 60, n)) - t) / 1000), [60, 120, 240, 480, 86400]);
  await store.close();
});
