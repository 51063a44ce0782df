// Corrections in a real browser (Debian's chromium driven by playwright-core): on an article page, correct a quote's
// speaker; re-ingest the article with changed text and the full analysis pipeline; the correction is still there; undo
// it; a correction whose text is later removed shows as orphaned. Invented article text. No console errors allowed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { IngestService } from '../../src/services/ingest.js';
import { ensureWebBuild } from '../../src/server/static.js';
import { articleId } from '../../src/core/ids.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = join('test-results', 'e2e');
const skip = existsSync(CHROMIUM) ? false : `no browser at ${CHROMIUM} (apt-get install -y chromium)`;
const browserTest: (name: string, fn: () => void | Promise<void>) => void = skip ? () => undefined : (name, fn) => test(name, fn);
if (skip) {
  if (process.env['CI'] === 'true') test('the correction browser tests need chromium on CI', () => assert.fail(`${skip}; CI=true requires the browser tests to run`));
  else test('correction browser tests (2 page checks)', { skip }, () => undefined);
}

const URL = 'https://example.org/news/harbour-talks';
const QUOTE = 'We will not accept any blockade of our ports';
const TEXT = `Valdoria's foreign minister Elena Markova met Chinese envoys in Lisbon on Monday. "${QUOTE}," Markova said after the talks. `
  + 'The Portuguese government criticized the delay. Prime Minister Tomas Berg said the talks were useful.';
const ID = articleId(URL, TEXT);

let dir: string;
let srv: RunningServer;
let browser: BrowserContext;
let page: Page;
let profile: string;
const consoleErrors: string[] = [];

async function ingest(text: string): Promise<void> {
  const file = join(dir, `v${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify({ url: URL, title: 'Harbour talks end in Valdoria', published: '2025-03-02', source: 'Example Wire', text }));
  const s = await new IngestService(srv.store, { afterSave: false }).run([file]);
  assert.equal(s.failed, 0, JSON.stringify(s.failures));
}

before(async () => {
  if (skip) return;
  ensureWebBuild();
  dir = mkdtempSync(join(tmpdir(), 'argus-e2e-corrections-'));
  srv = await startServer({ dbPath: join(dir, 'c.db'), port: 0, host: '127.0.0.1', build: false });
  await ingest(TEXT);
  mkdirSync(SHOTS, { recursive: true });
  profile = mkdtempSync(join(tmpdir(), 'argus-chromium-'));
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    viewport: { width: 1366, height: 900 },
  });
  page = browser.pages()[0] ?? (await browser.newPage());
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
});

after(async () => {
  await browser?.close();
  await srv?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  if (profile) rmSync(profile, { recursive: true, force: true });
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
