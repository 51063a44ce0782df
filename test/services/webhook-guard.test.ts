// Issue 14, item 3: webhooks go through the fetch address guard when they are sent (a stored URL, a name that resolves
// to loopback), with an explicit opt-in for a receiver on this machine.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import dns from 'node:dns';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { postWebhook, setWebhookPolicy, settleWebhooks } from '../../src/services/watchlists.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { dashboardRepos } from '../../src/store/dashboard.js';
import { IngestService } from '../../src/services/ingest.js';
import { stubAnalyzer } from './stub-analyzer.js';

const dir = mkdtempSync(join(tmpdir(), 'argus-webhook-guard-'));
let receiver: http.Server;
let port = 0;
let hits = 0;

before(async () => {
  receiver = http.createServer((req, res) => {
    hits++;
    req.resume();
    req.on('end', () => res.writeHead(204).end());
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  port = (receiver.address() as AddressInfo).port;
});

after(async () => {
  setWebhookPolicy(null);
  receiver.closeAllConnections();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

test('webhook: a loopback receiver is refused without the opt-in, in any address form, and gets nothing', async () => {
  setWebhookPolicy(null);
  const before = hits;
  for (const host of ['127.0.0.1', '[::ffff:127.0.0.1]', '[::ffff:7f00:1]', '0x7f.1', 'localhost']) {
    const status = await postWebhook(`http://${host}:${port}/hook`, { x: 1 }, 2000);
    assert.match(status, /^failed: .*(private|local)/, `${host}: ${status}`);
    assert.match(status, /ARGUS_WEBHOOK_ALLOW/, 'the status line says how to opt in');
  }
  assert.equal(hits, before);
  setWebhookPolicy({ allowLoopback: true, allowPrivate: false });
  assert.equal(await postWebhook(`http://127.0.0.1:${port}/hook`, { x: 1 }, 2000), 'ok 204');
  assert.equal(hits, before + 1);
  setWebhookPolicy(null);
});

test('webhook: a public-looking name that resolves to loopback is refused when it is sent', async () => {
  const real = dns.lookup;
  (dns as { lookup: unknown }).lookup = (_h: string, _o: unknown, cb: (e: null, a: Array<{ address: string; family: number }>) => void): void =>
    cb(null, [{ address: '127.0.0.1', family: 4 }]);
  try {
    const before = hits;
    const status = await postWebhook(`http://hooks.example:${port}/hook`, { x: 1 }, 2000);
    assert.match(status, /^failed: .*hooks\.example resolves to 127\.0\.0\.1/, status);
    assert.equal(hits, before);
  } finally {
    (dns as { lookup: unknown }).lookup = real;
  }
});

test('webhook: a stored webhook to a private address is not called on ingest; the alert records why', async () => {
  setWebhookPolicy(null);
  const store = openSqliteStore(join(dir, 'w.db'));
  try {
    const { watchlists } = dashboardRepos(store);
    // stored directly, as an older version would have accepted it
    await watchlists.create({ name: 'harbour', query: 'harbour', entityIds: [], source: null, type: null, country: null, webhook: `http://[::ffff:127.0.0.1]:${port}/hook` });
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ title: 'Harbour reopens', url: 'https://news.example/h',
      text: 'The harbour authority said on Tuesday that the port would reopen to commercial traffic after three days of repairs.' }));
    const before = hits;
    const s = await new IngestService(store, { analyzer: stubAnalyzer }).run([join(dir, 'a.json')]);
    assert.equal(s.new, 1);
    await settleWebhooks();
    const alerts = await watchlists.alerts({ limit: 10 });
    assert.equal(alerts.length, 1);
    assert.match(alerts[0]?.webhookStatus ?? '', /^failed: .*private/);
    assert.equal(hits, before);
  } finally {
    await store.close();
  }
});
