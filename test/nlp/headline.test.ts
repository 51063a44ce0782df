// The headline is read as the article's first paragraph (pipeline.ts headlinePrefix, headlineOffsets): an act only it
// tells is coded, with the empty span at 0; every span of the analysis still indexes article.text, the body.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/pipeline.js';
import { articleInput } from './fixtures/article.js';

const withTitle = (title: string, text: string) => analyze({ ...articleInput(text), title });
const named = (a: ReturnType<typeof analyze>) => (id: string | null) => (id ? a.entities.find((e) => e.id === id)?.name ?? id : null);

test('headline: an act only the headline tells is coded, at the empty span 0', () => {
  const a = withTitle('Ghana and Togo agree to reopen land border', 'The crossing at Aflao will open on Monday, officials said.');
  const n = named(a);
  assert.deepEqual(a.events.map((e) => [n(e.source), e.type, n(e.target), e.start, e.end]), [['Ghana', 'AGREE', 'Togo', 0, 0], ['Togo', 'AGREE', 'Ghana', 0, 0]]);
});

test('headline: an act with no recipient sums up acts the body tells with their parties, and is left out', () => {
  const a = withTitle("Nepal's rival factions agree to extend ceasefire", 'Talks in Pokhara ended late on Sunday, the mediators said.');
  assert.deepEqual(a.events, []);
});

test('headline: an act the body tells too keeps the body span', () => {
  const body = 'Chile expelled two Bolivian diplomats on Friday after a dispute over water rights.';
  const a = withTitle('Chile expels Bolivian diplomats', body);
  const sanction = a.events.find((e) => e.type === 'SANCTION');
  assert.ok(sanction);
  assert.ok(a.article.text.slice(sanction.start, sanction.end).startsWith('expelled'));
  assert.equal(a.events.filter((e) => e.type === 'SANCTION').length, 1);
});

test('headline: quotes, dates and mentions index the body, and the headline adds none of its own', () => {
  const body = '"We will not back down," Peruvian Foreign Minister Rosa Paredes said on Tuesday.';
  const a = withTitle('Peru: "No retreat" on fishing rights, says minister', body);
  assert.equal(a.article.text, body);
  assert.deepEqual(a.quotes.map((q) => a.article.text.slice(q.start, q.end)), ['We will not back down']);
  for (const d of a.dates) assert.equal(a.article.text.slice(d.start, d.end), d.text);
  for (const e of a.entities) for (const m of e.mentions) assert.equal(a.article.text.slice(m.start, m.end), m.text);
  assert.ok(a.entities.find((e) => e.name === 'Rosa Paredes')?.mentions.length === 1);
});

test('headline: a body that opens with its headline is not read twice', () => {
  const title = 'Chile expels Bolivian diplomats';
  const a = withTitle(title, `${title}\n\nThe foreign ministry gave them 72 hours to leave.`);
  assert.deepEqual(a.events.map((e) => [e.type, e.start]), [['SANCTION', 6]]);
});
