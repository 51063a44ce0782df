// Event rules that need a whole article through the analyzer (the coders joined, implicit recipients, final filters).
// Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/pipeline.js';
import { articleInput as input } from './fixtures/article.js';

function triples(text: string): Array<[string | null, string, string | null]> {
  const a = analyze(input(text));
  const name = (id: string | null): string | null => (id ? a.entities.find((e) => e.id === id)?.name ?? id : null);
  return a.events.map((e) => [name(e.source), e.type, name(e.target)]);
}

test('an untargeted mention of an act is dropped when the article gives its recipient elsewhere', () => {
  const got = triples('Voters in Sudan backed the new constitution. The African Union welcomed the outcome. "Sudan is on a good path," AU spokesperson Rafael Ortiz said, and he said the union would continue its support for the country.');
  assert.deepEqual(got.filter(([, t]) => t === 'SUPPORT'), [['African Union', 'SUPPORT', 'Sudan']]);
});
