// Issue 14, item 7 at ingest: a feed item's javascript: or data: link is not stored as the article's URL.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { IngestService } from '../../src/services/ingest.js';
import { stubAnalyzer } from './stub-analyzer.js';

const dir = mkdtempSync(join(tmpdir(), 'argus-links-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const BODY = 'The harbour authority said on Tuesday that the port would reopen to commercial traffic after three days of repairs. '.repeat(8);

test('links: feed items and records keep only http(s) URLs', async () => {
  const item = (n: number, link: string): string => `<item><title>Harbour item ${n}</title><link>${link}</link><description>${BODY} (${n})</description></item>`;
  writeFileSync(join(dir, 'feed.xml'), `<?xml version="1.0"?><rss version="2.0"><channel><title>Links</title>${
    item(1, 'javascript:alert(document.cookie)')}${item(2, 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==')}${item(3, 'https://news.example/3')}</channel></rss>`);
  writeFileSync(join(dir, 'r.jsonl'), `${JSON.stringify({ title: 'Record', text: BODY, url: 'javascript:alert(1)' })}\n`);
  const store = openSqliteStore(join(dir, 'l.db'));
  try {
    const s = await new IngestService(store, { analyzer: stubAnalyzer, afterSave: false }).run([join(dir, 'feed.xml'), join(dir, 'r.jsonl')]);
    assert.equal(s.failed, 0, JSON.stringify(s.failures));
    const hits = (await store.search.search({ text: '', limit: 20, offset: 0 })).hits;
    assert.equal(hits.length, 4);
    const urls = hits.map((h) => h.url).sort();
    assert.deepEqual(urls, [null, null, null, 'https://news.example/3'].sort());
  } finally {
    await store.close();
  }
});
