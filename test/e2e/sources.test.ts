// The Sources page and the corroboration filter in a real browser, over invented articles
// (test/services/corroboration-fixture.ts): the outlets' profiles, one outlet's profile, "corroborated by ≥ 2 sources"
// on the Search page, and an event's sources and confidence on its article page. No console errors are allowed.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../src/server/index.js';
import { IngestService } from '../../src/services/ingest.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { analyzer, ARTICLES, writeArticles } from '../services/corroboration-fixture.js';
import { browserSuite, SHOTS } from './harness.js';

let srv: RunningServer;
let page: Page;
const { browserTest, consoleErrors } = browserSuite({
  what: 'sources browser tests',
  database: async () => {
    const dir = mkdtempSync(join(tmpdir(), 'argus-sources-e2e-'));
    mkdirSync(join(dir, 'in'));
    writeArticles(join(dir, 'in'), ARTICLES);
    const store = openSqliteStore(join(dir, 'argus.db'));
    await new IngestService(store, { analyzer }).run([join(dir, 'in')]);
    await store.close();
    return { dbPath: join(dir, 'argus.db'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
  },
  ready: (s) => ({ page, srv } = s),
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
