import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml, blockText } from '../../src/ingest/html.js';
import { isArgusError } from '../../src/core/errors.js';
import { parseHTML } from 'linkedom';

const fixture = (name: string): string => readFileSync(join('test', 'fixtures', 'ingest', name), 'utf8');

test('NewsArticle JSON-LD gives headline, date, authors, publisher, description; body is clean', () => {
  const a = parseHtml(fixture('jsonld-article.html'), 'https://example-news.test/fetched');
  assert.equal(a.title, 'Finland and Estonia tighten Baltic cable patrols');
  assert.equal(a.published, '2025-01-15T09:30:00+02:00');
  assert.equal(a.byline, 'Liisa Kask, Mark Rowe');
  assert.equal(a.source, 'Example Wire');
  assert.equal(a.subtitle, 'Navies step up surveillance after a second cable was damaged.');
  assert.equal(a.url, 'https://example-news.test/europe/2025/01/15/baltic-cable-patrols?utm_source=feed');
  assert.equal(a.language, 'en');
  assert.deepEqual(a.dateline, { place: 'HELSINKI', text: 'HELSINKI (Example Wire) -' });
  assert.ok(a.text.startsWith('HELSINKI (Example Wire) - Finland and Estonia'));
  assert.ok(a.text.includes('Estonia said its navy would escort ships'), 'inline links keep their text');
  for (const junk of ['Advertisement', 'Read more', 'Photograph:', 'By Liisa Kask', 'Home', 'Privacy Policy', '©']) {
    assert.ok(!a.text.includes(junk), `junk left: ${junk}`);
  }
  assert.equal(a.text.split('\n\n').length, 5);
});

test('a page with only Open Graph tags: og title, site, description, relative og:url resolved, locale', () => {
  const a = parseHtml(fixture('og-only.html'), 'https://times.example.org/some/path');
  assert.equal(a.title, 'Brazil hosts climate talks in Belem');
  assert.equal(a.source, 'The Example Times');
  assert.equal(a.subtitle, 'Delegates from nearly 200 countries meet at the edge of the Amazon.');
  assert.equal(a.url, 'https://times.example.org/world/2025/11/10/belem-climate-talks');
  assert.equal(a.published, '2025-11-10');
  assert.equal(a.language, 'en');
  assert.equal(a.byline, null);
  assert.ok(!a.text.includes('Share on Facebook'));
  assert.equal(a.text.split('\n\n').length, 4);
});

test('a page without an article throws NO_ARTICLE naming the input', () => {
  assert.throws(
    () => parseHtml(fixture('no-article.html'), undefined, 'no-article.html'),
    (e: unknown) => isArgusError(e) && e.code === 'NO_ARTICLE' && e.input === 'no-article.html',
  );
  for (const html of ['', '<html><body></body></html>', '<p>Hi</p>', 'not html at all']) {
    assert.throws(() => parseHtml(html), (e: unknown) => isArgusError(e) && e.code === 'NO_ARTICLE', JSON.stringify(html));
  }
});

test('captions, credits and ad lines inside the article body are removed after Readability', () => {
  const a = parseHtml(fixture('captions-ads.html'));
  assert.equal(a.title, 'Sudan ceasefire talks resume in Jeddah');
  assert.equal(a.byline, 'Amira Hassan');
  assert.equal(a.dateline?.place, 'JEDDAH, Saudi Arabia');
  assert.equal(a.language, 'en');
  const paras = a.text.split('\n\n');
  assert.equal(paras.length, 4);
  for (const junk of ['image', 'REUTERS/', 'ADVERTISEMENT', 'Getty Images', 'Story continues', 'Subscribe', 'Listen to this']) {
    assert.ok(!a.text.includes(junk), `junk left: ${junk}`);
  }
});

test('title falls back to <title> without the site name; JSON-LD articleBody rescues an empty page', () => {
  const html = `<html><head><title>Ceasefire holds in Gaza | Example Daily</title>
    <meta property="og:site_name" content="Example Daily">
    <script type="application/ld+json">{"@type":["NewsArticle"],"articleBody":"The ceasefire held for a third day on Sunday, officials said. Aid trucks crossed the border at Rafah.","datePublished":"March 3, 2024"}</script>
    </head><body><div></div></body></html>`;
  const a = parseHtml(html);
  assert.equal(a.title, 'Ceasefire holds in Gaza');
  assert.equal(a.source, 'Example Daily');
  assert.equal(a.published, '2024-03-03');
  assert.ok(a.text.startsWith('The ceasefire held for a third day'));
});

test('blockText: one paragraph per block element or <br>, figures and scripts skipped', () => {
  const { document } = parseHTML('<div><p>One <b>bold</b>\n  word.</p><figure><figcaption>Caption</figcaption></figure><p>Two<br>Three</p><script>x()</script><ul><li>Four</li></ul></div>');
  assert.equal(blockText(document.querySelector('div') as unknown as Node), 'One bold word.\n\nTwo\n\nThree\n\nFour');
});
