// The tagger's document memory keeps its words in its own hash table: the same answers as a plain map of word hash to
// counts, across many words (the table grows) and across documents (reset forgets everything).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DocMemory } from '../../src/nlp/ner/history.js';
import { LABEL_NAMES, NER_TYPES } from '../../src/nlp/ner/tags.js';

const B_PER = LABEL_NAMES.indexOf('B-PERSON');
const B_ORG = LABEL_NAMES.indexOf('B-ORG');

test('document memory: many distinct words, then a reset', () => {
  const mem = new DocMemory();
  for (let doc = 0; doc < 3; doc++) {
    mem.reset();
    const n = 2000;
    // word k is a one-token person in even documents, an organisation in odd ones; hashes spread over all 32 bits
    const lower = Int32Array.from({ length: n }, (_, k) => Math.imul(k + 1 + doc * 7919, 0x9e3779b1));
    const flags = new Uint8Array(n).fill(1);
    const labels = new Uint8Array(n).fill(doc % 2 === 0 ? B_PER : B_ORG);
    const h1 = new Int32Array(n);
    const h2 = new Int32Array(n);
    mem.lookup(lower, flags, n, h1, h2);
    assert.ok(h1.every((v) => v === -1), 'nothing remembered after a reset');
    mem.record(lower, flags, labels, n);
    mem.lookup(lower, flags, n, h1, h2);
    const type = NER_TYPES.indexOf(doc % 2 === 0 ? 'PERSON' : 'ORG');
    assert.ok(h1.every((v) => v === type * 2 + 1), 'every word found, one agreeing type');
    assert.ok(h2.every((v) => v === -1), 'no multi-token span');
    // a word never recorded is not found, whatever its hash
    const other = Int32Array.from([0, -1, 0x7fffffff, -0x80000000]);
    const o1 = new Int32Array(4);
    mem.lookup(other, new Uint8Array(4).fill(1), 4, o1, new Int32Array(4));
    assert.deepEqual([...o1], [-1, -1, -1, -1]);
  }
});
