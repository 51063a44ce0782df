// The Timeline page and the per-day charts in a real browser over the small demo database (test/server/fixture.ts):
// Rutte's timeline lists dated events and quotes, each linking to its sentence in the article (?span=START-END, a
// span of the article text that holds the item); a pair narrows it; the day charts' tick labels never overlap.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildFixtureDb } from '../server/fixture.js';
import type { RunningServer } from '../../src/server/index.js';
import { browserSuite, SHOTS } from './harness.js';

let srv: RunningServer;
let page: Page;
const { browserTest, consoleErrors } = browserSuite({
  what: 'timeline browser tests',
  checks: '3 checks',
  database: () => buildFixtureDb({ pd: 16, wikinews: 3 }),
  ready: (s) => ({ page, srv } = s),
});

async function idOf(name: string): Promise<number> {
  const r = (await (await fetch(`${srv.url}/api/entities?q=${encodeURIComponent(name)}`)).json()) as { entities: Array<{ id: number; name: string }> };
  const e = r.entities.find((x) => x.name === name);
  assert.ok(e, `${name} is an entity`);
  return e.id;
}

/** The boxes of the visible tick labels of every day chart on the page; no two of one chart may overlap. */
async function assertTicksApart(): Promise<number> {
  const charts = await page.locator('figure.chart svg').all();
  let labels = 0;
  for (const c of charts) {
    const boxes = (await c.locator('text.axis').evaluateAll((els) => els.map((e) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width, h: r.height, t: e.textContent ?? '' };
    }))).filter((b) => b.w > 0);
    const svg = await c.boundingBox();
    assert.ok(svg);
    for (const b of boxes) assert.ok(b.x >= svg.x - 0.5 && b.x + b.w <= svg.x + svg.width + 0.5, `tick label "${b.t}" inside the chart`);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
        assert.ok(!overlap, `tick labels "${a.t}" and "${b.t}" overlap`);
      }
    }
    labels += boxes.length;
  }
  return labels;
}

browserTest("Rutte's timeline lists dated events and quotes; each links to its sentence in the article", async () => {
  const rutte = await idOf('Mark Rutte');
  await page.goto(`${srv.url}/timeline?entity=${rutte}`);
  await page.getByRole('heading', { level: 1, name: /Timeline: Mark Rutte/ }).waitFor();
  const items = page.locator('li.tl-item');
  await items.first().waitFor();
  const n = await items.count();
  assert.ok(n >= 3, `${n} items`);
  assert.ok(await page.locator('li.tl-item.quote').count() >= 1, 'a quote');
  assert.ok(await page.locator('li.tl-item.event').count() >= 1, 'an event');
  for (const d of await page.locator('li.tl-item time').allInnerTexts()) assert.match(d, /^\d{4}-\d{2}-\d{2}$/, 'each item is dated');
  // every link points at a span of the article that holds what the item shows
  for (let i = 0; i < Math.min(n, 6); i++) {
    const item = items.nth(i);
    const href = await item.locator('a.to-sentence').getAttribute('href');
    const m = /^\/article\/([0-9a-f]{64})\?span=(\d+)-(\d+)$/.exec(href ?? '');
    assert.ok(m, `a link to the sentence: ${href}`);
    const a = (await (await fetch(`${srv.url}/api/articles/${m[1]}`)).json()) as { article: { text: string } };
    const piece = a.article.text.slice(Number(m[2]), Number(m[3]));
    assert.ok(piece.length > 0, 'the span is inside the article');
    const shown = await item.locator('mark').allInnerTexts();
    if (shown[0]) assert.ok(piece.includes(shown[0]) || shown[0].includes(piece), `the marked words "${shown[0]}" are the span "${piece}"`);
  }
  await page.locator('figure.chart svg rect').first().waitFor();
  await assertTicksApart();
  await page.screenshot({ path: join(SHOTS, 'timeline.png'), fullPage: true });
  const firstHref = (await items.first().locator('a.to-sentence').getAttribute('href')) ?? '';
  await items.first().locator('a.to-sentence').click();
  await page.waitForURL(/\/article\/[0-9a-f]{64}\?span=\d+-\d+/);
  await page.locator('.article-text').waitFor();
  // the article marks the linked span
  const [, aid, from, to] = /^\/article\/([0-9a-f]{64})\?span=(\d+)-(\d+)$/.exec(firstHref) ?? [];
  const text = ((await (await fetch(`${srv.url}/api/articles/${aid}`)).json()) as { article: { text: string } }).article.text;
  assert.equal(await page.locator('#focus-span').innerText(), text.slice(Number(from), Number(to)));
  assert.deepEqual(consoleErrors, []);
});

browserTest('a pair: Rutte and China, and the entity picker', async () => {
  const rutte = await idOf('Mark Rutte');
  await page.goto(`${srv.url}/timeline?entity=${rutte}`);
  await page.locator('li.tl-item').first().waitFor();
  const all = await page.locator('li.tl-item').count();
  await page.getByLabel('with').fill('China');
  await page.getByRole('button', { name: 'Show' }).click();
  await page.waitForURL(/other=\d+/);
  await page.getByRole('heading', { level: 1, name: /Mark Rutte and China/ }).waitFor();
  await page.locator('li.tl-item').first().waitFor();
  const pair = await page.locator('li.tl-item').count();
  assert.ok(pair >= 1 && pair <= all, `the pair's items (${pair}) are some of Rutte's (${all})`);
  for (const t of await page.locator('li.tl-item').allInnerTexts()) assert.match(t, /China|Chinese|Beijing/, 'each names China');
  assert.deepEqual(consoleErrors, []);
});

browserTest("the per-day charts' tick labels are readable: several, none overlapping", async () => {
  await page.goto(`${srv.url}/search`);
  await page.locator('figure.chart svg rect').first().waitFor();
  const labels = await assertTicksApart();
  assert.ok(labels >= 3, `${labels} axis labels (ticks and the count scale)`);
  const ticks = await page.locator('figure.chart g.tick text').allTextContents();
  assert.ok(ticks.length >= 2, `at least two date ticks: ${ticks.join(', ')}`);
  assert.ok(ticks.some((t) => /\d{4}/.test(t)), 'a tick carries the year');
  await page.setViewportSize({ width: 480, height: 900 });
  await page.waitForTimeout(200);
  await assertTicksApart();
  await page.setViewportSize({ width: 1366, height: 900 });
  assert.deepEqual(consoleErrors, []);
});
