// Story clustering rules as a table: which articles join which story (near-duplicates, same event, different event).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { StoryClusterer } from '../../src/analytics/stories.js';
import { simhash, hamming } from '../../src/analytics/simhash.js';
import { lshKeys, minhash, minhashSimilarity } from '../../src/analytics/minhash.js';
import { keywords } from '../../src/analytics/keywords.js';
import { entity, input, record } from '../store/suite.js';

const dir = mkdtempSync(join(tmpdir(), 'argus-stories-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const SUMMIT = 'Leaders of Japan and South Korea met in Tokyo on Monday for a summit on trade, security and the North Korean missile tests, officials said after the talks ended.';
const SUMMIT2 = 'Japanese and South Korean leaders held a Tokyo summit focused on security cooperation, North Korean missile launches and trade; the talks ended late on Monday.';
const FLOOD = 'Heavy rain flooded villages in southern Brazil on Monday, forcing thousands from their homes as rivers burst their banks, the civil defence agency said.';

test('stories: near-duplicates, same event, other event, same entities a month later', async () => {
  const store = openSqliteStore(join(dir, 'st.db'));
  const clusterer = new StoryClusterer(store);
  const ents = (names: Array<[string, string]>) => names.map(([n, t], i) => entity(`e${i}`, n, t, [`${t}:${n.toLowerCase()}`], { salience: 1 - i * 0.1 }));
  const jp = ents([['Japan', 'GPE'], ['South Korea', 'GPE'], ['North Korea', 'GPE'], ['Tokyo', 'GPE']]);
  const rows: Array<[string, string, string, ReturnType<typeof ents>, string | null]> = [
    // [label, text, day, entities, label of the article whose story it must join (null: a new story)]
    ['summit', SUMMIT, '2024-03-04', jp, null],
    ['copy', `TOKYO (Wire) - ${SUMMIT}`, '2024-03-04', jp, 'summit'],
    ['same event', SUMMIT2, '2024-03-05', jp, 'summit'],
    ['flood', FLOOD, '2024-03-04', ents([['Brazil', 'GPE'], ['Rio Grande do Sul', 'GPE']]), null],
    // same actors, another event, outside the window (a near-identical text would still join: copies have no window)
    ['month later', 'South Korea and Japan signed a fisheries agreement in Tokyo on Friday, with North Korea absent from the ceremony, the ministries said.', '2024-04-20', jp, null],
  ];
  const storyOf = new Map<string, number>();
  for (const [label, text, day, entities, joins] of rows) {
    const sh = simhash(text);
    const mh = minhash(text);
    const kw = keywords('', text);
    const decision = await clusterer.choose({ simhash: sh, minhash: mh, lsh: lshKeys(mh), keywords: kw, entityKeys: entities.map((e) => e.keys), day });
    const a = record({ text, published: day, simhash: sh, minhash: mh, lsh: lshKeys(mh), keywords: kw });
    const res = await store.articles.save({ ...input(a, entities), story: decision });
    clusterer.remember(day, { rowid: res.rowid, storyId: res.storyId, entityIds: res.entityIds, keywords: kw });
    storyOf.set(label, res.storyId as number);
    if (joins === null) assert.equal(decision.kind, 'new', label);
    else assert.equal(res.storyId, storyOf.get(joins), `${label} joins ${joins}`);
  }
  await store.close();
});

test('stories: SimHash and MinHash separate copies from different texts', () => {
  const rows: Array<[string, string, boolean]> = [
    [SUMMIT, `TOKYO (Wire) - ${SUMMIT}`, true],
    [SUMMIT, SUMMIT.replace('officials said', 'officials told reporters'), true],
    [SUMMIT, SUMMIT2, false],
    [SUMMIT, FLOOD, false],
  ];
  for (const [a, b, copy] of rows) {
    const near = hamming(simhash(a), simhash(b)) <= 3 || minhashSimilarity(minhash(a), minhash(b)) >= 0.5;
    assert.equal(near, copy, b.slice(0, 40));
  }
});
