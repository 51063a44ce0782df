// Round-17 trigger senses and type decisions through the whole analyzer, as a table of invented sentences -> every
// (source, type, target). Each row failed before the round-17 change its comment names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, type Triple } from './fixtures/article.js';

const ROWS: Array<[string, Triple[]]> = [
  // "engage" without an object takes part or talks: no attack on the forum or the partner
  ['The minister encouraged Georgia to engage constructively at the OSCE.', []],
  // (with one it fights, as before)
  ['Ukrainian forces engaged Russian troops near Bakhmut.', [['Ukrainian', 'ASSAULT', 'Russian']]],
  // a self-defence supports no one: "defend their country against X"
  ['The Ukrainian people defend their country against Russian forces.', []],
  ['The people of Taiwan will defend their democracy against China.', []],
];

for (const [text, want] of ROWS) {
  test(`events: ${text}`, () => {
    assert.deepEqual(triples(text), want);
  });
}
