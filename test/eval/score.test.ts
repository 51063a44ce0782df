import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreArticle, f1, overlap, haversineKm, normName } from '../../src/eval/score.js';
import type { Analysis } from '../../src/core/analysis.js';
import type { Gold } from '../../src/eval/gold.js';

const text = 'Rutte said, "China supports Russia." He met officials in Yokosuka on Tuesday.\n\nimage';
const analysis: Analysis = {
  schema: 'argus.analysis/1',
  article: { id: 'x', title: 'Headline', text, published: '2025-04-09' },
  entities: [
    { id: 'e1', name: 'Mark Rutte', type: 'PERSON', aliases: ['Rutte'], titles: ['NATO Secretary General'], mentions: [] },
    { id: 'e2', name: 'China', type: 'GPE', aliases: ['Beijing'], mentions: [] },
    { id: 'e3', name: 'Russia', type: 'ORG', mentions: [] },
    { id: 'e4', name: 'Yokosuka', type: 'GPE', mentions: [] },
  ],
  quotes: [{ text: 'China supports Russia.', start: 13, end: 35, kind: 'direct', speaker: 'e1', cue: 'said' }],
  events: [{ type: 'SUPPORT', source: 'e2', target: 'e3', start: 13, end: 35 }],
  places: [{ entity: 'e4', name: 'Yokosuka', lat: 35.28, lon: 139.67, country: 'JP' }],
  dates: [{ text: 'on Tuesday', start: 60, end: 70, value: '2025-04-08' }],
};
const gold: Gold = {
  title: 'Headline',
  entities: [
    { name: 'Mark Rutte', type: 'PERSON', aliases: ['Rutte'], titles: ['NATO Secretary General'] },
    { name: 'China', type: 'GPE' },
    { name: 'Russia', type: 'GPE' },
    { name: 'Yokosuka', type: 'GPE' },
  ],
  quotes: [
    { speaker: 'Mark Rutte', kind: 'direct', text: 'China supports Russia.' },
    { speaker: 'Mark Rutte', kind: 'indirect', text: 'something never predicted here' },
  ],
  events: [{ source: 'China', type: 'SUPPORT', target: 'Russia' }],
  places: [
    { name: 'Yokosuka', country: 'JP', lat: 35.28, lon: 139.67 },
    { name: 'Taiwan', country: 'TW', lat: 23.7, lon: 120.96 },
  ],
  dates: [{ text: 'on Tuesday', value: '2025-04-08' }, { text: 'last week', value: '2025-03-31' }],
  boilerplate: ['image'],
};

test('entity matching needs the same type', () => {
  const s = scoreArticle(analysis, gold);
  assert.deepEqual(s.entities, { tp: 3, fp: 1, fn: 1 }); // Russia typed ORG is both a miss and an extra
});

test('quotes, speakers, events', () => {
  const s = scoreArticle(analysis, gold);
  assert.deepEqual(s.quotes, { tp: 1, fp: 0, fn: 1 });
  assert.deepEqual(s.quotesWithSpeaker, { tp: 1, fp: 0, fn: 1 });
  // the event's target e3 is typed wrongly but still answers to the name "Russia"
  assert.deepEqual(s.events, { tp: 1, fp: 0, fn: 0 });
  const wrongSpeaker = scoreArticle({ ...analysis, quotes: [{ ...analysis.quotes[0]!, speaker: 'e2' }] }, gold);
  assert.equal(wrongSpeaker.quotesWithSpeaker.tp, 0);
});

test('places, dates, title, junk', () => {
  const s = scoreArticle(analysis, gold);
  assert.deepEqual(s.placesFound, { correct: 1, total: 2 });
  assert.deepEqual(s.placesAccurate, { correct: 1, total: 1 });
  assert.deepEqual(s.dates, { correct: 1, total: 2 });
  assert.equal(s.title.correct, 1);
  assert.equal(s.junkLeft, 1);
  const far = scoreArticle({ ...analysis, places: [{ ...analysis.places[0]!, lat: 35.68, lon: 141.5 }] }, gold);
  assert.equal(far.placesAccurate.correct, 0);
});

test('helpers', () => {
  assert.equal(normName('The Kremlin'), 'kremlin');
  assert.equal(normName('Erdoğan'), 'erdogan');
  assert.equal(overlap('We see what China is doing.', 'we see what china is doing'), 1);
  assert.ok(overlap('a b c d', 'a x y z') < 0.5);
  assert.ok(Math.abs(haversineKm(35.28, 139.67, 35.68, 139.69) - 44.5) < 1);
  assert.deepEqual(f1({ tp: 0, fp: 0, fn: 0 }), { p: 0, r: 0, f: 0 });
});
