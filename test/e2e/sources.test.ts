// The Sources page and the corroboration filter in a real browser, over invented articles
// (test/services/corroboration-fixture.ts): the outlets' profiles, one outlet's profile, "corroborated by ≥ 2 sources"
// on the Search page, and an event's sources and confidence on its article page. No console errors are allowed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { IngestService } from '../../src/services/ingest.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { ensureWebBuild } from '../../src/server/static.js';
import { analyzer, ARTICLES, writeArticles } from '../services/corroboration-fixture.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = join('test-results', 'e2e');
const skip = existsSync(CHROMIUM) ? false : `no browser at ${CHROMIUM} (apt-get install -y chromium)`;
const browserTest: (name: string, fn: () => void | Promise<void>) => void = skip ? () => undefined : (name, fn) => test(name, fn);
if (skip) {
  if (process.env['CI'] === 'true') test('the sources browser tests need chromium on CI', () => assert.fail(`${skip}; CI=true requires the browser tests to run`));
  else test('sources browser tests', { skip }, () => undefined);
}

let dir: string;
let srv: RunningServer;
let browser: BrowserContext;
let page: Page;
const consoleErrors: string[] = [];

before(async () => {
  if (skip) return;
  ensureWebBuild();
  dir = mkdtempSync(join(tmpdir(), 'argus-sources-e2e-'));
  mkdirSync(join(dir, 'in'));
  writeArticles(join(dir, 'in'), ARTICLES);
  const store = openSqliteStore(join(dir, 'argus.db'));
  await new IngestService(store, { analyzer }).run([join(dir, 'in')]);
  await store.close();
  srv = await startServer({ dbPath: join(dir, 'argus.db'), port: 0, host: '127.0.0.1', build: false });
  mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launchPersistentContext(join(dir, 'profile'), {
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
});

browserTest('the Sources page lists the outlets; one outlet shows who corroborates it', async () => {
  await page.goto(`${srv.url}/search`);
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Sources' }).click();
  await page.waitForURL(/\/sources$/);
  const rows = page.locator('.sources-table tbody tr');
  await rows.first().waitFor();
  assert.equal(await rows.count(), 4);
  const harbor = page.locator('.sources-table tr', { hasText: 'Harbor Gazette' });
  assert.match(await harbor.innerText(), /100\.0%/);
  await page.screenshot({ path: join(SHOTS, 'sources.png'), fullPage: true });
  await page.locator('.sources-table a', { hasText: 'Coastal Times' }).click();
  await page.waitForURL(/name=Coastal/);
  await page.getByRole('heading', { level: 2, name: /Coastal Times/ }).waitFor();
  assert.match(await page.locator('.corroborated-by').innerText(), /Harbor Gazette — 1 event\b/);
  assert.match(await page.locator('.source-examples tbody tr').first().innerText(), /Olga Brandt —ACCUSE→ Northland Council\s+2\s+3\s+0\.83/);
  await page.screenshot({ path: join(SHOTS, 'source.png'), fullPage: true });
});

browserTest('Search: "corroborated by ≥ 2 sources" keeps the three reports in the window; the article shows sources and confidence', async () => {
  await page.goto(`${srv.url}/search?q=`);
  await page.locator('.summary').filter({ hasText: /^4 articles/ }).waitFor();
  await page.getByRole('combobox', { name: 'Corroborated by' }).selectOption('2');
  await page.waitForURL(/minSources=2/);
  await page.locator('.summary').filter({ hasText: /^3 articles/ }).waitFor();
  const titles = await page.locator('.hits li a.title').allInnerTexts();
  assert.ok(!titles.includes(ARTICLES.late.title), 'the report 5 days later is not corroborated');
  await page.locator('.hits li a.title', { hasText: ARTICLES.other.title }).click();
  await page.locator('ul.events .corroboration').first().waitFor();
  assert.match(await page.locator('ul.events .corroboration').first().innerText(), /2 sources · confidence 0\.83/);
  assert.deepEqual(consoleErrors, []);
});
