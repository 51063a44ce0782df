// Training is deterministic, learns a toy corpus, and the model survives (de)serialisation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { trainPerceptron, type TrainSentence } from '../../src/nlp/ner/train.js';
import { decodeModel, encodeModel, packModel } from '../../src/nlp/ner/model.js';
import { Tagger } from '../../src/nlp/ner/tagger.js';
import { buildGazetteer, markGazetteer, GAZ_CITY, GAZ_FIRST_NAME } from '../../src/nlp/ner/gazetteer.js';
import { buildCapLexicon } from '../../src/nlp/ner/lexicon.js';
import { ClusterTable } from '../../src/nlp/ner/clusters.js';
import { lowerHash } from '../../src/nlp/ner/hash.js';
import { parseIob2 } from '../../src/nlp/ner/corpus.js';
import { LABEL_NAMES, spansOf } from '../../src/nlp/ner/tags.js';

const IOB = `# doc toy
Alice\tB-PER
Smith\tI-PER
visited\tO
Paris\tB-LOC
.\tO

Bob\tB-PER
works\tO
for\tO
Acme\tB-ORG
Corp\tI-ORG
in\tO
London\tB-LOC
.\tO

# doc toy2
1\tCarol\tB-PER\t-\tx
2\tflew\tO\t-\t-
3\tto\tO\t-\t-
4\tBerlin\tB-GPE\t-\tx
`;

const sentences = (): TrainSentence[] => parseIob2(IOB).map((s) => ({ words: s.words, labels: s.labels, pos: null, doc: s.doc }));
const tables = () => ({
  lexicon: buildCapLexicon(['We met Alice and Bob in Paris and London yesterday.', 'Then Alice went to Berlin with the team.'], 1),
  gazetteer: buildGazetteer([{ kind: GAZ_FIRST_NAME, names: ['Alice', 'Bob'] }, { kind: GAZ_CITY, names: ['Paris', 'New York'] }]),
  clusters: null,
});

test('parseIob2 reads both formats and maps tags', () => {
  const s = parseIob2(IOB);
  assert.equal(s.length, 3);
  assert.equal(s[2]!.doc, 'toy2');
  assert.deepEqual(Array.from(s[0]!.labels, (l) => LABEL_NAMES[l]), ['B-PERSON', 'I-PERSON', 'O', 'B-LOC', 'O']);
  assert.equal(LABEL_NAMES[s[2]!.labels[3]!], 'B-LOC'); // GPE -> LOC
});

test('training twice gives identical weights; another seed gives different ones', () => {
  const opts = { bits: 14, epochs: 5, seed: 7, tables: tables() };
  const a = trainPerceptron(sentences(), opts);
  const b = trainPerceptron(sentences(), opts);
  assert.deepEqual(a.weights, b.weights);
  assert.deepEqual(a.trans, b.trans);
  const c = trainPerceptron([...sentences(), ...sentences()], { ...opts, seed: 8 });
  assert.notDeepEqual(a.weights, c.weights);
});

test('a model learns its training sentences and survives encode/decode', () => {
  const t = tables();
  const w = trainPerceptron(sentences(), { bits: 14, epochs: 10, seed: 1, tables: t });
  const model = packModel(w.weights, w.trans, 14, t, { toy: true }, 0);
  const back = decodeModel(encodeModel(model));
  assert.deepEqual(back.meta, model.meta);
  assert.equal(back.weights.length, model.weights.length);
  for (const s of sentences()) {
    const a = new Tagger(model).tag(s.words, null);
    const b = new Tagger(back).tag(s.words, null);
    assert.deepEqual(Array.from(b), Array.from(a));
    assert.deepEqual(spansOf(a), spansOf(s.labels));
  }
});

test('word clusters survive encode/decode', () => {
  const t = { ...tables(), clusters: ClusterTable.fromEntries([[lowerHash('paris'), 7 | (2 << 12) | (1 << 22)], [lowerHash('alice'), 3]]) };
  const w = trainPerceptron(sentences(), { bits: 12, epochs: 2, seed: 1, tables: t, memory: true, memoryDropout: 0.5, wordDropout: 0.2 });
  const back = decodeModel(encodeModel(packModel(w.weights, w.trans, 12, t, { memory: true }, 0)));
  assert.ok(back.clusters);
  for (const word of ['paris', 'alice', 'berlin']) assert.equal(back.clusters.get(lowerHash(word)), t.clusters.get(lowerHash(word)), word);
  assert.equal(new Tagger(back).useMemory, true);
});

test('spansOf reads BIO leniently', () => {
  // O B-PER I-PER I-ORG O I-LOC
  assert.deepEqual(spansOf([0, 1, 2, 4, 0, 6]), [
    { start: 1, end: 3, type: 0 },
    { start: 3, end: 4, type: 1 },
    { start: 5, end: 6, type: 2 },
  ]);
});

test('lexicon and gazetteer lookups', () => {
  const t = tables();
  assert.equal(t.lexicon.get(lowerHash('alice')), 5);
  assert.equal(t.lexicon.get(lowerHash('the')), 1);
  assert.equal(t.lexicon.get(lowerHash('zebra')), 0);
  const words = ['alice', 'visited', 'NEW', 'York', 'and', 'york'];
  const lower = Int32Array.from(words.map(lowerHash));
  const marks = new Uint8Array(words.length);
  markGazetteer(t.gazetteer, lower, words.length, marks);
  assert.deepEqual(Array.from(marks), [(GAZ_FIRST_NAME << 1) | 1, 0, (GAZ_CITY << 1) | 1, GAZ_CITY << 1, 0, 0]);
});
