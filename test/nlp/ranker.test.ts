// The mention ranker (src/nlp/entities/ranker.ts): candidate spans as a table, training, and its file format.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/nlp/tokenize.js';
import { loadKB } from '../../src/kb/index.js';
import { candidates, decodeRanker, encodeRanker, examplesOf, rank, trainRanker, type RankerExample } from '../../src/nlp/entities/ranker.js';
import { seededRandom } from '../../src/core/random.js';
import type { Doc } from '../../src/nlp/types.js';

const kb = loadKB();
const spanTexts = (doc: Doc): string[] => candidates(doc, [], []).map((c) => doc.text.slice(doc.starts[c.a], doc.ends[c.b - 1]));

const CANDIDATE_ROWS: Array<{ text: string; has: string[]; not?: string[] }> = [
  { text: 'He visited the National Library of the Netherlands yesterday.', has: ['National Library of the Netherlands', 'National Library', 'Netherlands'], not: ['the National Library'] },
  { text: 'Professor Cres Eastman spoke.', has: ['Professor Cres Eastman', 'Cres Eastman'] },
  { text: 'The British Library and Columbia University agreed.', has: ['British Library', 'Columbia University', 'British Library and Columbia University'], not: ['The British Library and Columbia University', 'The'] },
  { text: 'It was in Paris. London was next.', has: ['Paris', 'London'], not: ['Paris. London'] },
  { text: 'all lower case words only', has: [], not: ['all'] },
];

test('candidate spans: capitalised runs, their linked chains and sub-ranges, titles and articles dropped', () => {
  for (const row of CANDIDATE_ROWS) {
    const got = spanTexts(tokenize(row.text));
    for (const h of row.has) assert.ok(got.includes(h), `${row.text}: expected candidate "${h}" in ${JSON.stringify(got)}`);
    for (const n of row.not ?? []) assert.ok(!got.includes(n), `${row.text}: unexpected candidate "${n}"`);
  }
});

/** Toy training set: in "X said" X is a person, in "in X" a place; "Acronym" words are never names. */
function toyExamples(): RankerExample[] {
  const out: RankerExample[] = [];
  const names = ['Alvaro', 'Brenna', 'Corvin', 'Delphine', 'Eskil', 'Farida'];
  const places = ['Kelbrook', 'Lunmore', 'Marsten', 'Norwell', 'Ostby', 'Pellham'];
  for (let i = 0; i < names.length; i++) {
    const doc = tokenize(`${names[i]} said it. They met in ${places[i]}. The ZZQ report came out.`);
    const person = (w: string): number => doc.words.indexOf(w);
    const goldAt = new Map<number, number>([[person(names[i] as string), 1], [person(places[i] as string), 3]]);
    out.push(...examplesOf(doc, kb, candidates(doc, [], []), (a, b) => (b - a === 1 ? goldAt.get(a) ?? 0 : 0), 16));
  }
  return out;
}

test('training is deterministic, learns the toy contexts and survives its file format', () => {
  const ex = toyExamples();
  const a = trainRanker(ex, { bits: 16, epochs: 8, random: seededRandom(3) });
  const b = trainRanker(ex, { bits: 16, epochs: 8, random: seededRandom(3) });
  assert.deepEqual(encodeRanker(a), encodeRanker(b));
  const model = decodeRanker(encodeRanker(a));
  assert.deepEqual([...model.weights], [...a.weights]);
  const doc = tokenize('Quillon said it. They met in Ravensby. The ZZQ report came out.');
  const kept = rank(model, doc, kb, candidates(doc, [], [])).map(({ c, cls }) => `${doc.words.slice(c.a, c.b).join(' ')}/${cls}`);
  assert.deepEqual(kept, ['Quillon/1', 'Ravensby/3']);
});

test('a file that is not a ranker model is refused with a clear error', () => {
  assert.throws(() => decodeRanker(encodeRanker({ bits: 4, rowOf: new Int32Array(16).fill(-1), weights: new Float32Array(0) }).subarray(0, 10)), /unexpected end|incorrect header|not an Argus/);
});
