// Statement tracking in a real browser (Debian's chromium via playwright-core) over a small demo database: open Mark
// Rutte's entity page, filter his statements to those about China, see them with their tone per month; on China's page,
// "Who talks about China" lists Rutte and leads back to his statements about China. No console errors are allowed.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildFixtureDb } from '../server/fixture.js';
import type { RunningServer } from '../../src/server/index.js';
import { browserSuite, SHOTS } from './harness.js';

let srv: RunningServer;
let page: Page;
const { browserTest, consoleErrors } = browserSuite({
  what: 'statement browser tests',
  checks: '2 page checks',
  database: () => buildFixtureDb({ pd: 6, wikinews: 1 }),
  ready: (s) => ({ page, srv } = s),
});

async function idOf(name: string): Promise<number> {
  const r = (await (await fetch(`${srv.url}/api/entities?q=${encodeURIComponent(name)}`)).json()) as { entities: Array<{ id: number }> };
  assert.ok(r.entities[0], `${name} is an entity`);
  return r.entities[0].id;
}

browserTest('open Rutte, filter his statements to those about China, and see them with their tone per month', async () => {
  const [rutte, china] = [await idOf('Mark Rutte'), await idOf('China')];
  await page.goto(`${srv.url}/entity/${rutte}`);
  await page.getByRole('heading', { level: 2, name: 'Statements by Mark Rutte' }).waitFor();
  const section = page.locator('section.statements-section');
  await section.locator('ol.statements li').first().waitFor();
  const before = await section.locator('ol.statements li').count();
  await section.getByLabel('About').selectOption(String(china));
  await page.waitForURL(new RegExp(`/entity/${rutte}\\?about=${china}$`));
  await section.locator('p.meta', { hasText: 'about China' }).waitFor();
  const items = section.locator('ol.statements li');
  const n = await items.count();
  assert.ok(n >= 3 && n <= before, `${n} statements about China (of ${before})`);
  for (let i = 0; i < n; i++) {
    const item = items.nth(i);
    assert.ok(await item.locator('.about a', { hasText: /^China$/ }).count() === 1, 'each statement lists China among what it is about');
    assert.ok((await item.locator('blockquote').innerText()).length > 10, 'the statement text is shown');
    assert.match(await item.locator('.tone').innerText(), /^tone [-+]?\d\.\d\d$/);
    assert.match(await item.locator('time').innerText(), /^\d{4}-\d{2}-\d{2}$/);
  }
  assert.ok(await section.locator('.statement.quote').count() >= 1 && await section.locator('.statement.event').count() >= 1, 'quotes and reported events');
  await section.locator('.tone-chart .tone-bar[data-month="2025-04"]').waitFor();
  await page.screenshot({ path: join(SHOTS, 'statements.png'), fullPage: true });
  // a reload keeps the filter (it lives in the URL), and clearing it shows every statement again
  await page.reload();
  await section.locator('p.meta', { hasText: 'about China' }).waitFor();
  await section.getByRole('button', { name: 'clear' }).click();
  await page.waitForURL(new RegExp(`/entity/${rutte}$`));
  await section.locator('p.meta', { hasText: /^\d+ statements?, newest first$/ }).waitFor();
  assert.equal(await section.locator('ol.statements li').count(), before);
});

browserTest("China's page: who talks about China, with Rutte leading to his statements about it", async () => {
  const [rutte, china] = [await idOf('Mark Rutte'), await idOf('China')];
  await page.goto(`${srv.url}/entity/${china}`);
  const who = page.locator('section.speakers-section');
  await who.getByRole('heading', { name: 'Who talks about China' }).waitFor();
  const link = who.locator('ol.speakers a', { hasText: 'Mark Rutte' });
  await link.waitFor();
  assert.match(await who.locator('ol.speakers li').filter({ has: page.locator('a', { hasText: 'Mark Rutte' }) }).innerText(), /2025-04 \(\d+\)/);
  await link.click();
  await page.waitForURL(new RegExp(`/entity/${rutte}\\?about=${china}$`));
  await page.locator('section.statements-section p.meta', { hasText: 'about China' }).waitFor();
  assert.deepEqual(consoleErrors, []);
});
