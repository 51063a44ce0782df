// foldKey keeps the keys it folded lately: a repeated name, or one asked for again after the memo was emptied, folds
// the same as the first time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldKey } from '../../src/kb/text.js';

test('foldKey: the same key on every call, before and after its memo is emptied', () => {
  const names = ['Chișinău', 'Washington, D.C.', 'Xi’an', 'Rostov-na-Donu', 'Port  Louis', 'Łódź', 'the Hague'];
  const first = names.map((n) => foldKey(n));
  assert.deepEqual(first, ['chisinau', 'washington dc', 'xian', 'rostov na donu', 'port louis', 'lodz', 'the hague']);
  assert.deepEqual(names.map((n) => foldKey(n)), first);
  // more distinct names than the memo keeps
  for (let i = 0; i < 25_000; i++) assert.equal(foldKey(`Town Number ${i}`), `town number ${i}`);
  assert.deepEqual(names.map((n) => foldKey(n)), first);
});
