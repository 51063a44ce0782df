// A town named by a common word ("Summit", "Mission", "Union") is that town only after a locative; "the Summit" of a
// release is neither a place nor an organisation node. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/pipeline.js';
import { articleInput as input } from './fixtures/article.js';

test('common-word places: "the Summit" is no entity, "in Summit" is the town', () => {
  const event = analyze(input('Ministers will attend the Summit in October. The Summit will focus on water security.'));
  assert.deepEqual(event.entities.filter((e) => e.name === 'Summit').map((e) => e.type), []);
  const town = analyze(input('The storm flooded streets in Summit, a town in New Jersey.'));
  assert.deepEqual(town.entities.filter((e) => e.name === 'Summit').map((e) => e.type), ['GPE']);
});

test('generic heads: "the Department" is a nominal of the organisation named before, never an entity of its own', () => {
  const named = analyze(input('The Kenyan Ministry of Health opened two clinics. The Ministry said more would follow.'));
  assert.deepEqual(named.entities.filter((e) => e.type === 'ORG').map((e) => e.name), ['Kenyan Ministry of Health']);
  const alone = analyze(input('The Ministry said more clinics would follow.'));
  assert.deepEqual(alone.entities.filter((e) => e.name === 'Ministry'), []);
});
