// /api/export: the CLI's export over HTTP, streamed (chunked, no Content-Length), with the Search page's filters;
// bad input answers a JSON error before any byte of export.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { fillExportStore, type ExportFixture } from '../services/export-fixture.js';
import { record } from '../store/suite.js';
import { csvObjects } from '../services/csv-strict.js';
import { stixValidator } from '../services/stix-validator.js';

const dir = mkdtempSync(join(tmpdir(), 'argus-api-export-'));
let srv: RunningServer;
let fx: ExportFixture;

before(async () => {
  const db = join(dir, 'x.db');
  const s = openSqliteStore(db);
  fx = await fillExportStore(s);
  await s.close();
  srv = await startServer({ dbPath: db, port: 0, host: '127.0.0.1', build: false });
});
after(async () => {
  await srv?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** GET with node:http, to see the raw framing headers (fetch hides Transfer-Encoding). */
function raw(path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    request(srv.url + path, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (b: Buffer) => parts.push(b));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts).toString('utf8') }));
      res.on('error', reject);
    }).on('error', reject).end();
  });
}

test('api export: each format streams with its media type and a download name', async () => {
  const cases: Array<[string, RegExp, string]> = [
    ['format=jsonl', /^application\/x-ndjson/, 'argus-articles.jsonl'],
    ['format=csv', /^text\/csv/, 'argus-events.csv'],
    ['format=csv&table=quotes', /^text\/csv/, 'argus-quotes.csv'],
    ['format=stix', /^application\/stix\+json/, 'argus-bundle.stix.json'],
    ['format=geojson', /^application\/geo\+json/, 'argus-places.geojson'],
    ['format=geojson&table=events', /^application\/geo\+json/, 'argus-events.geojson'],
  ];
  for (const [qs, type, name] of cases) {
    const r = await raw(`/api/export?${qs}`);
    assert.equal(r.status, 200, `${qs}: ${r.body}`);
    assert.match(String(r.headers['content-type']), type);
    assert.equal(r.headers['content-disposition'], `attachment; filename="${name}"`);
    // a small export that is complete within the server's first reads gets a Content-Length; larger ones are chunked (below)
    assert.ok(r.headers['transfer-encoding'] === 'chunked' || Number(r.headers['content-length']) === Buffer.byteLength(r.body), qs);
    assert.equal(r.headers['cache-control'], 'no-store');
    assert.ok(r.body.length > 20);
  }
  const events = csvObjects((await raw('/api/export?format=csv')).body);
  assert.equal(events.length, 4);
  const bundle = JSON.parse((await raw('/api/export?format=stix')).body) as unknown;
  assert.equal(stixValidator().bundle(bundle), null);
  const lines = (await raw('/api/export?format=jsonl')).body.trimEnd().split('\n');
  assert.equal(lines.length, fx.ids.length);
});

test('api export: a large export is sent chunked as it is read, and a client that goes away stops it', async () => {
  const db = join(dir, 'big.db');
  const s = openSqliteStore(db);
  await fillExportStore(s);
  const base = await s.search.scan({ text: '' }, { after: null });
  for (let i = 0; i < 400; i++) {
    const r = base.rows[i % base.rows.length]!;
    const a = record({ title: `${r.title} ${i}`, text: r.analysis.article.text, source: r.source, published: r.published, url: `https://news.example/big/${i}` });
    await s.articles.save({ batchId: null, article: a, analysis: { ...r.analysis, article: { ...r.analysis.article, id: a.id, title: a.title } }, entities: [], story: { kind: 'new' } });
  }
  await s.close();
  const big = await startServer({ dbPath: db, port: 0, host: '127.0.0.1', build: false });
  try {
    const r = await new Promise<{ headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
      request(`${big.url}/api/export?format=jsonl`, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (b: Buffer) => parts.push(b));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(parts).toString('utf8') }));
      }).on('error', reject).end();
    });
    assert.equal(r.headers['transfer-encoding'], 'chunked');
    assert.equal(r.headers['content-length'], undefined);
    assert.equal(r.body.trimEnd().split('\n').length, 404);
    // read a little, then hang up: the server stays up and answers the next request
    await new Promise<void>((resolve, reject) => {
      const req = request(`${big.url}/api/export?format=stix`, (res) => {
        res.once('data', () => {
          req.destroy();
          resolve();
        });
      });
      req.on('error', (e: NodeJS.ErrnoException) => (e.code === 'ECONNRESET' ? resolve() : reject(e))).end();
    });
    const after = await fetch(`${big.url}/api/stats`);
    assert.equal(after.status, 200);
  } finally {
    await big.close();
  }
});

test('api export: the Search filters (q, entity, type, source, country, from, to) apply', async () => {
  const ids = async (qs: string): Promise<string[]> => {
    const r = await raw(`/api/export?format=jsonl&${qs}`);
    assert.equal(r.status, 200, r.body);
    return r.body.trimEnd().split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { article: { id: string } }).article.id).sort();
  };
  assert.deepEqual(await ids('q=union'), [fx.ids[1]]);
  assert.deepEqual(await ids('type=accuse'), [fx.ids[0]]);
  assert.deepEqual(await ids('country=ch'), [fx.ids[3]]);
  assert.deepEqual(await ids('source=Kurier'), [fx.ids[3]]);
  assert.deepEqual(await ids(`entity=${encodeURIComponent('Lena Hart')}`), [fx.ids[0]]);
  assert.deepEqual(await ids('from=2025-03-05&to=2025-03-08'), [fx.ids[1]]);
  assert.deepEqual(await ids('entity=nobody'), []);
});

test('api export: an unknown format or table, or a bad filter, is a 400 JSON error', async () => {
  for (const qs of ['', 'format=xml', 'format=csv&table=places', 'format=jsonl&table=quotes', 'format=csv&from=someday', 'format=csv&type=HUG',
    'format=csv&from=2025-05-01&to=2025-01-01']) {
    const r = await raw(`/api/export?${qs}`);
    assert.equal(r.status, 400, `${qs}: ${r.body}`);
    assert.match(String(r.headers['content-type']), /json/);
    const e = (JSON.parse(r.body) as { error: { code: string; message: string } }).error;
    assert.ok(e.message.length > 5, qs);
  }
});

test('api export: listed in the OpenAPI document with its media types', async () => {
  const spec = await (await fetch(`${srv.url}/api/openapi.json`)).json() as { paths: Record<string, { get: { parameters: Array<{ name: string }>; responses: Record<string, { content?: Record<string, unknown> }> } }> };
  const op = spec.paths['/api/export']?.get;
  assert.ok(op, '/api/export is documented');
  assert.deepEqual(Object.keys(op.responses['200']?.content ?? {}), ['application/x-ndjson', 'text/csv', 'application/stix+json', 'application/geo+json']);
  assert.deepEqual(op.parameters.map((p) => p.name).sort(), ['country', 'entity', 'format', 'from', 'minConfidence', 'minSources', 'q', 'source', 'table', 'to', 'type']);
});
