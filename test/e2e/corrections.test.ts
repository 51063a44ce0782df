// Corrections in a real browser (Debian's chromium driven by playwright-core): on an article page, correct a quote's
// speaker; re-ingest the article with changed text and the full analysis pipeline; the correction is still there; undo
// it; a correction whose text is later removed shows as orphaned. Invented article text. No console errors allowed.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../src/server/index.js';
import { IngestService } from '../../src/services/ingest.js';
import { articleId } from '../../src/core/ids.js';
import { browserSuite, SHOTS } from './harness.js';

const URL = 'https://example.org/news/harbour-talks';
const QUOTE = 'We will not accept any blockade of our ports';
const TEXT = `Valdoria's foreign minister Elena Markova met Chinese envoys in Lisbon on Monday. "${QUOTE}," Markova said after the talks. `
  + 'The Portuguese government criticized the delay. Prime Minister Tomas Berg said the talks were useful.';
const ID = articleId(URL, TEXT);

let dir: string;
let srv: RunningServer;
let page: Page;

async function ingest(text: string): Promise<void> {
  const file = join(dir, `v${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify({ url: URL, title: 'Harbour talks end in Valdoria', published: '2025-03-02', source: 'Example Wire', text }));
  const s = await new IngestService(srv.store, { afterSave: false }).run([file]);
  assert.equal(s.failed, 0, JSON.stringify(s.failures));
}

const { browserTest, consoleErrors } = browserSuite({
  what: 'correction browser tests',
  checks: '2 page checks',
  database: async () => {
    dir = mkdtempSync(join(tmpdir(), 'argus-e2e-corrections-'));
    return { dbPath: join(dir, 'c.db'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
  },
  afterServer: async (server) => {
    srv = server;
    await ingest(TEXT);
  },
  ready: (s) => ({ page, srv } = s),
});

const quoteItem = (text: string) => page.locator('ul.quotes > li', { hasText: text });

browserTest('correct a speaker on the article page, re-ingest the article with changed text, still see the correction; undo it', async () => {
  await page.goto(`${srv.url}/article/${ID}`);
  const li = quoteItem(QUOTE);
  await li.waitFor();
  assert.match(await li.locator('.speaker').innerText(), /Elena Markova/);
  await page.getByLabel('Sign corrections as').fill('Night desk');
  await li.getByRole('button', { name: 'correct' }).click();
  await li.getByLabel('Speaker').selectOption({ label: 'Tomas Berg (PERSON)' });
  await li.getByRole('button', { name: 'Save speaker' }).click();
  await li.locator('.speaker', { hasText: 'Tomas Berg' }).waitFor();
  await li.locator('.corrected-mark').waitFor();
  const entry = page.locator('.correction-list li', { hasText: 'Quote speaker' });
  await entry.locator('.status-applied').waitFor();
  assert.match(await entry.innerText(), /Elena Markova\s*→\s*Tomas Berg/);
  assert.match(await entry.innerText(), /Night desk/);

  // the same article (same URL) with changed text elsewhere, analyzed again by the full pipeline
  await ingest(`Updated on Tuesday with the minister's schedule. ${TEXT.replace('on Monday', 'early on Monday')}`);
  await page.reload();
  await page.locator('.meta', { hasText: 'version 2 of 2' }).waitFor();
  await quoteItem(QUOTE).locator('.speaker', { hasText: 'Tomas Berg' }).waitFor();
  await quoteItem(QUOTE).locator('.corrected-mark').waitFor();
  assert.match(await page.locator('.correction-list li', { hasText: 'Quote speaker' }).innerText(), /version 2/);
  await page.screenshot({ path: join(SHOTS, 'corrections.png'), fullPage: true });

  await page.locator('.correction-list li', { hasText: 'Quote speaker' }).getByRole('button', { name: 'undo' }).click();
  await page.locator('.correction-list li', { hasText: 'Quote speaker' }).locator('.status-undone').waitFor();
  await quoteItem(QUOTE).locator('.speaker', { hasText: 'Elena Markova' }).waitFor();
  assert.equal(await quoteItem(QUOTE).locator('.corrected-mark').count(), 0);
});

browserTest('a correction whose text is removed by a new version shows as orphaned', async () => {
  await page.goto(`${srv.url}/article/${ID}`);
  const li = page.locator('ul.events > li', { hasText: 'criticized' });
  await li.waitFor();
  await li.getByRole('button', { name: 'correct' }).click();
  await li.getByRole('button', { name: 'Delete event' }).click();
  await page.locator('.correction-list li', { hasText: 'Event deleted' }).locator('.status-applied').waitFor();
  assert.equal(await page.locator('ul.events > li', { hasText: 'criticized' }).count(), 0);
  await ingest(`Updated on Wednesday. ${TEXT.replace('The Portuguese government criticized the delay. ', '')}`);
  await page.reload();
  const orphan = page.locator('.correction-list li', { hasText: 'Event deleted' });
  await orphan.locator('.status-orphaned').waitFor();
  assert.match(await orphan.innerText(), /no longer in the article/);
  await page.locator('.corrections [role=status]', { hasText: 'orphaned' }).waitFor();
  await page.screenshot({ path: join(SHOTS, 'corrections-orphaned.png'), fullPage: true });
  // the Corrections page lists the orphans of every article, linked to them
  await page.goto(`${srv.url}/corrections?status=orphaned`);
  const listed = page.locator('.correction-list li', { hasText: 'Event deleted' });
  await listed.locator('.status-orphaned').waitFor();
  assert.equal(await page.locator('.correction-list li').count(), 1);
  await listed.getByRole('link', { name: 'Harbour talks end in Valdoria' }).click();
  await page.locator('.article h1', { hasText: 'Harbour talks' }).waitFor();
});

browserTest('no console errors in the browser', () => {
  assert.deepEqual(consoleErrors, []);
});
