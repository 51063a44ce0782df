// What an analyst needs from the seed article (eval/examples/rutte-nato-china.txt, published 2025-04-09).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readBuffer } from '../../src/ingest/readers.js';
import { analyze } from '../../src/nlp/pipeline.js';
import { contractErrors } from '../../src/eval/contract.js';
import { haversineKm } from '../../src/eval/score.js';

const raw = readFileSync('eval/examples/rutte-nato-china.txt');
const first = readBuffer('rutte-nato-china.txt', raw, { published: '2025-04-09' })[0];
assert.ok(first && first.ok);
const a = analyze(first.input);
const byName = (n: string) => a.entities.find((e) => e.name === n);

test('valid against the contract', () => {
  assert.equal(contractErrors(a), null);
});

test('clean text: headline once, no image placeholder', () => {
  assert.equal(a.article.title, "Rutte stated that NATO cannot be 'naive' regarding China's militarization.");
  assert.ok(!a.article.text.split('\n').some((l) => l.trim() === 'image'));
  assert.ok(!a.article.text.includes(a.article.title), 'the repeated headline is gone from the body');
});

test('Mark Rutte, PERSON, titled NATO Secretary General', () => {
  const rutte = byName('Mark Rutte');
  assert.ok(rutte);
  assert.equal(rutte.type, 'PERSON');
  assert.ok(rutte.titles?.includes('NATO Secretary General'), `titles: ${rutte.titles?.join('; ')}`);
  assert.ok(rutte.aliases?.includes('Rutte'));
});

test('the direct quotes are attributed to Rutte', () => {
  const rutte = byName('Mark Rutte');
  const direct = a.quotes.filter((q) => q.kind === 'direct');
  for (const start of ["China supports Russia's efforts.", "We can't be naïve", 'We see what China is doing.', 'We are closely monitoring these.']) {
    const q = direct.find((x) => x.text.startsWith(start));
    assert.ok(q, `no direct quote starting "${start}"`);
    assert.equal(q.speaker, rutte?.id, `speaker of "${start}"`);
  }
  assert.ok(!a.quotes.some((q) => q.text === 'naive'), "the scare quote 'naive' is not a quote");
});

test('Yokosuka geocoded within 20 km of 35.28 N 139.67 E', () => {
  const y = a.places.find((p) => p.name === 'Yokosuka');
  assert.ok(y, `places: ${a.places.map((p) => p.name).join(', ')}`);
  assert.ok(haversineKm(y.lat, y.lon, 35.28, 139.67) <= 20);
  assert.equal(y.country, 'JP');
});

test('"on Tuesday" resolves against the publication date', () => {
  const d = a.dates.find((x) => /Tuesday/.test(x.text));
  assert.equal(d?.value, '2025-04-08');
});

test('China, Taiwan, Japan are GPEs; NATO is an ORG', () => {
  for (const [n, t] of [['China', 'GPE'], ['Taiwan', 'GPE'], ['Japan', 'GPE'], ['NATO', 'ORG']] as const) {
    assert.equal(byName(n)?.type, t, `${n}: ${byName(n)?.type}`);
  }
});
