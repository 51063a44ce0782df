// The dashboard in a real browser (Debian's chromium driven by playwright-core) over a small demo database:
// every page opens, search "Rutte", his entity page shows a quote, the map shows Yokosuka, a watchlist alerts on ingest.
// Screenshots go to test-results/e2e/. No console errors are allowed.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildFixtureDb, FOLLOWUP } from '../server/fixture.js';
import type { RunningServer } from '../../src/server/index.js';
import { IngestService } from '../../src/services/ingest.js';
import { browserSuite, SHOTS } from './harness.js';

let srv: RunningServer;
let page: Page;
const { browserTest, consoleErrors } = browserSuite({
  what: 'browser tests',
  checks: '9 page checks',
  database: () => buildFixtureDb({ pd: 16, wikinews: 3 }),
  ready: (s) => ({ page, srv } = s),
});

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

browserTest('search "Rutte": hits with highlighted snippets, facets and the per-day chart', async () => {
  await page.goto(`${srv.url}/search`);
  await page.getByRole('searchbox').fill('Rutte');
  await page.waitForURL(/q=Rutte/);
  await page.locator('.hits li').first().waitFor();
  // the page searches as one types: wait for the answer to the whole word (earlier answers may still be on screen)
  await page.locator('.hits mark').first().waitFor({ timeout: 15_000 }).catch(() => undefined);
  assert.ok(await page.locator('.hits mark').count() >= 1, 'matches are highlighted');
  await page.locator('.chart svg rect').first().waitFor();
  assert.ok(await page.locator('.facet').count() >= 2, 'facets are shown');
  await shot('search');
});

browserTest("Rutte's entity page shows a quote attributed to him", async () => {
  await page.goto(`${srv.url}/search?q=Rutte`);
  await page.locator('.facet a', { hasText: 'Mark Rutte' }).first().waitFor();
  const r = (await (await fetch(`${srv.url}/api/entities?q=Mark%20Rutte`)).json()) as { entities: Array<{ id: number }> };
  await page.goto(`${srv.url}/entity/${r.entities[0]?.id}`);
  await page.getByRole('heading', { level: 1, name: /Mark Rutte/ }).waitFor();
  const quote = page.locator('ul.quotes li').first();
  await quote.waitFor();
  assert.match(await quote.locator('.speaker').innerText(), /Mark Rutte/);
  await shot('entity');
});

browserTest('article page: highlighted entities, quotes linked to speakers, events, a map', async () => {
  await page.goto(`${srv.url}/search?q=Yokosuka`);
  await page.locator('.hits li a.title').first().click();
  await page.locator('.article-text a.ent').first().waitFor();
  assert.ok(await page.locator('.article-text .ent-PERSON').count() >= 1, 'people are highlighted');
  assert.ok(await page.locator('ul.quotes .speaker a').count() >= 1, 'quotes link to their speakers');
  await page.locator('svg.map').waitFor();
  await shot('article');
  await page.locator('ul.quotes .speaker a').first().click();
  await page.locator('.page.entity h1').waitFor();
});

browserTest('map shows Yokosuka and clicks through to its articles', async () => {
  await page.goto(`${srv.url}/map`);
  await page.locator('svg.map path.land').first().waitFor();
  const link = page.locator('.places-table a', { hasText: 'Yokosuka' });
  await link.waitFor();
  await link.click();
  await page.locator('.place-articles li a').first().waitFor();
  assert.ok(await page.locator('svg.map circle[aria-label^="Yokosuka"]').count() === 1, 'a circle for Yokosuka');
  await shot('map');
});

browserTest('graph and trends pages render', async () => {
  await page.goto(`${srv.url}/graph`);
  await page.locator('.graph-canvas[data-phase=ready]').waitFor({ timeout: 60_000 });
  await page.locator('.edge-list button').first().click();
  await page.waitForURL(/a=\d+&b=\d+/);
  await page.locator('.evidence li').first().waitFor();
  await shot('graph');
  await page.goto(`${srv.url}/trends`);
  await page.locator('.trend .chart svg').first().waitFor();
  await shot('trends');
});

browserTest('bad input shows a clear message and the app keeps working', async () => {
  await page.goto(`${srv.url}/entity/99999999`);
  await page.locator('[role=alert]').waitFor();
  assert.match(await page.locator('[role=alert]').innerText(), /no entity/i);
  await page.goto(`${srv.url}/search?q=Rutte&from=2025-13-45`);
  await page.locator('[role=alert]').waitFor();
  assert.match(await page.locator('[role=alert]').innerText(), /from/);
  await page.goto(`${srv.url}/search?q=${encodeURIComponent('NATO AND (')}`);
  await page.locator('.hits li').first().waitFor();
  await page.locator('.summary .note', { hasText: 'not valid search syntax' }).waitFor();
  await page.goto(`${srv.url}/search?q=${'x'.repeat(10_000)}`);
  await page.locator('[role=alert]', { hasText: 'too long' }).waitFor();
  // the API answers these with 4xx, which the browser logs; they are expected here
  consoleErrors.length = 0;
});

browserTest('create a watchlist, ingest a matching article, see the alert', async () => {
  await page.goto(`${srv.url}/watchlists`);
  await page.getByLabel('Name').fill('Rutte watch');
  await page.getByLabel('Query').fill('Rutte AND Tokyo');
  await page.getByRole('button', { name: 'Create watchlist' }).click();
  await page.locator('.watchlist-list li', { hasText: 'Rutte watch' }).waitFor();
  await page.getByLabel('Name').fill('no query');
  await page.getByRole('button', { name: 'Create watchlist' }).click();
  await page.locator('[role=alert]', { hasText: 'needs a query' }).waitFor();
  consoleErrors.length = 0;
  const s = await new IngestService(srv.store, { defaults: { published: '2025-05-12' } }).run([FOLLOWUP]);
  assert.equal(s.new, 1);
  await page.locator('.alerts li', { hasText: 'Rutte returns to Tokyo' }).waitFor({ timeout: 15_000 });
  await shot('watchlists');
});

browserTest('an unknown page says so, with the path as typed (not percent-encoded)', async () => {
  await page.goto(`${srv.url}/no-such/page one`);
  const alert = page.locator('[role=alert]', { hasText: 'There is no page at' });
  await alert.waitFor();
  assert.match(await alert.innerText(), /There is no page at \/no-such\/page one\./);
});

browserTest('no console errors in the browser', () => {
  assert.deepEqual(consoleErrors, []);
});
