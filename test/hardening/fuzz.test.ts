// Issue 14 item 11: a fixed-seed slice of the fuzz suite (scripts/fuzz-lib.ts) runs with the tests: malformed
// articles, feeds and API requests through the readers, ingest (budgeted analysis, SQLite) and the API.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { budgetMs, generate, runFuzz } from '../../scripts/fuzz-lib.js';

test('fuzz: inputs are reproducible from seed and index', () => {
  for (const i of [0, 7, 123]) assert.deepEqual(generate(14, i), generate(14, i));
  assert.notDeepEqual(generate(14, 1).body, generate(15, 1).body);
});

test('fuzz: a fixed-seed slice gives no crash and no stack trace, and no input hangs', async () => {
  const report = await runFuzz({ count: 80, seed: 14 });
  const problems = report.problems.map((p) => `#${p.index} ${p.kind} ${p.outcome} ${p.detail}`).join('\n');
  assert.equal(report.byOutcome.crash, 0, problems);
  assert.equal(report.byOutcome.stack, 0, problems);
  assert.equal(Object.values(report.byOutcome).reduce((a, b) => a + b, 0), 80);
  // the slice covers every kind of input, and the readers name their refusals
  assert.equal(Object.keys(report.byKind).length, 8, JSON.stringify(report.byKind));
  assert.ok(Object.keys(report.codes).length >= 3, JSON.stringify(report.codes));
  // slow inputs are reported by `npm run fuzz`; here only a hang (three times the budget) fails the run
  for (const r of report.slowest) assert.ok(r.ms < 3 * budgetMs(r.bytes) + 15_000, `#${r.index} ${r.kind}: ${r.ms} ms`);
});

test('fuzz finds: a name, an apposition and a verb that ends the text are analyzed (seed 7, input 7888 of 10,000)', async () => {
  const { analyze } = await import('../../src/nlp/pipeline.js');
  for (const text of ['Ana Duarte, minister of Portugal attacked', 'Talks stalled. Ana Duarte, minister of Portugal said']) {
    assert.doesNotThrow(() => analyze({ text, title: '', subtitle: null, published: '2025-04-09', url: null, source: null, byline: null, dateline: null, language: 'en' }), text);
  }
});
