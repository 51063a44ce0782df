// Word clusters, the KB-sized gazetteer match and the document memory: the tables the tagger's features read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildClusters, clusterCoarse, clusterFine, clusterMid, tokenizeUnlabeled } from '../../src/nlp/ner/clusters.js';
import { GAZ_ORG, GAZ_PLACE, buildGazetteer, markGazetteer } from '../../src/nlp/ner/gazetteer.js';
import { DocMemory } from '../../src/nlp/ner/history.js';
import { lowerHash } from '../../src/nlp/ner/hash.js';
import { LABEL_NAMES, NER_TYPES } from '../../src/nlp/ner/tags.js';

const CITIES = ['paris', 'london', 'berlin', 'madrid', 'rome', 'vienna', 'oslo', 'lisbon'];
const FRUITS = ['apples', 'pears', 'plums', 'grapes', 'cherries', 'melons', 'figs', 'lemons'];
/** Two word families that never share a context: cities after "flew to", fruits after "ate some". */
function toyCorpus(): string[][] {
  const out: string[][] = [];
  for (let r = 0; r < 6; r++) {
    for (const c of CITIES) out.push(tokenizeUnlabeled(`Yesterday we flew to ${c} for the summit .`));
    for (const f of FRUITS) out.push(tokenizeUnlabeled(`Then she ate some ${f} with sugar .`));
  }
  return out;
}
const opts = { fine: 16, mid: 4, coarse: 2, contexts: 30, minCount: 2, iterations: 10, seed: 3 };

test('tokenizeUnlabeled splits like the corpora', () => {
  const rows: Array<[string, string[]]> = [
    ["The U.S. envoy's visit.", ['The', 'U.S.', 'envoy', "'s", 'visit', '.']],
    ['Mr. Smith met al-Sisi (Egypt).', ['Mr.', 'Smith', 'met', 'al-Sisi', '(', 'Egypt', ')', '.']],
  ];
  for (const [text, expected] of rows) assert.deepEqual(tokenizeUnlabeled(text), expected, text);
});

test('clusters group words by their contexts, deterministically', () => {
  const a = buildClusters(toyCorpus(), opts);
  const b = buildClusters(toyCorpus(), opts);
  assert.deepEqual(a.values, b.values);
  const fine = (w: string): number => clusterFine(a.get(lowerHash(w)));
  for (const c of CITIES) for (const f of FRUITS) assert.notEqual(fine(c), fine(f), `${c} and ${f} share a cluster`);
  // the coarser levels nest: words of one fine cluster share their mid and coarse ids
  for (const fam of [CITIES, FRUITS]) {
    const byFine = new Map<number, number>();
    for (const w of fam) {
      const v = a.get(lowerHash(w));
      assert.ok(clusterFine(v) > 0 && clusterMid(v) > 0 && clusterCoarse(v) > 0, w);
      const prev = byFine.get(clusterFine(v));
      if (prev !== undefined) assert.equal(prev, v);
      byFine.set(clusterFine(v), v);
    }
  }
  assert.equal(a.get(lowerHash('zanzibar')), 0);
});

test('gazetteer: longest match up to six tokens, kinds kept apart', () => {
  const gaz = buildGazetteer([
    { kind: GAZ_ORG, names: ['Food Standards Australia New Zealand', 'WHO'] },
    { kind: GAZ_PLACE, names: ['Coron', 'New Zealand'] },
  ]);
  const rows: Array<[string, number[]]> = [
    ['the Food Standards Australia New Zealand said', [0, (GAZ_ORG << 1) | 1, GAZ_ORG << 1, GAZ_ORG << 1, GAZ_ORG << 1, GAZ_ORG << 1, 0]],
    ['flights from New Zealand to Coron', [0, 0, (GAZ_PLACE << 1) | 1, GAZ_PLACE << 1, 0, (GAZ_PLACE << 1) | 1]],
    ['who knows', [(GAZ_ORG << 1) | 1, 0]], // case is the features' business, not the list's
  ];
  for (const [text, expected] of rows) {
    const words = text.split(' ');
    const out = new Uint8Array(words.length);
    markGazetteer(gaz, Int32Array.from(words.map(lowerHash)), words.length, out);
    assert.deepEqual(Array.from(out), expected, text);
  }
});

test('document memory recalls how capitalised words were labelled earlier', () => {
  const label = (name: string): number => LABEL_NAMES.indexOf(name);
  const PER = NER_TYPES.indexOf('PERSON');
  const LOC = NER_TYPES.indexOf('LOC');
  const mem = new DocMemory();
  const put = (words: string[], labels: string[]): void => {
    const lower = Int32Array.from(words.map(lowerHash));
    const flags = Uint8Array.from(words.map((w) => (/^\p{Lu}/u.test(w) ? 1 : 0)));
    mem.record(lower, flags, Uint8Array.from(labels.map(label)), words.length);
  };
  const look = (words: string[]): Array<[number, number]> => {
    const lower = Int32Array.from(words.map(lowerHash));
    const flags = Uint8Array.from(words.map((w) => (/^\p{Lu}/u.test(w) ? 1 : 0)));
    const h1 = new Int32Array(words.length);
    const h2 = new Int32Array(words.length);
    mem.lookup(lower, flags, words.length, h1, h2);
    return words.map((_, j) => [h1[j] as number, h2[j] as number]);
  };
  put(['Joshua', 'Norton', 'lived', 'in', 'Paris'], ['B-PERSON', 'I-PERSON', 'O', 'O', 'B-LOC']);
  const rows: Array<[string[], Array<[number, number]>]> = [
    // Norton: PERSON, unanimous; last word of a PERSON span. Paris: LOC, alone. "lived" was never in a mention.
    [['Norton', 'left', 'Paris'], [[PER * 2 + 1, PER * 3 + 2], [-1, -1], [LOC * 2 + 1, -1]]],
    // lower-case forms get no history
    [['norton', 'paris'], [[-1, -1], [-1, -1]]],
  ];
  for (const [words, expected] of rows) assert.deepEqual(look(words), expected, words.join(' '));
  put(['Norton', 'Bay'], ['B-LOC', 'I-LOC']);
  assert.deepEqual(look(['Norton'])[0], [PER * 2, LOC * 3], 'disagreement: majority kept (tie -> first type), agreement bit off');
  mem.reset();
  assert.deepEqual(look(['Norton', 'Paris']), [[-1, -1], [-1, -1]]);
});
