// Bodies named by their kind ("the Northern Fleet", "the Tarvo Gendarmerie") are organisations, and a person named in
// apposition after a title ("the Peruvian Minister of Trade, Ana Ruiz,") is a person. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/pipeline.js';
import { articleInput as input } from './fixtures/article.js';

const typeOf = (text: string, name: string): string | undefined =>
  analyze(input(text)).entities.find((e) => e.name === name || e.mentions.some((m) => m.text === name))?.type;

test('organisation heads: a body named by its kind is an organisation', () => {
  for (const [text, name] of [
    ['The Northern Fleet held drills in the Barents Sea on Monday.', 'Northern Fleet'],
    ['The Tarvo Gendarmerie closed the mountain road after the landslide.', 'Tarvo Gendarmerie'],
    ['Prosecutors said the Kelim Cartel had moved the cash through three banks.', 'Kelim Cartel'],
    ['Agents of Border Security Investigations arrested four men at the port.', 'Border Security Investigations'],
  ] as const) assert.equal(typeOf(text, name), 'ORG', text);
});

test('titled apposition: a name after a title and a comma is a person', () => {
  const text = 'The minister will fly to Lima on Friday to meet the Peruvian Minister of Trade, Juan Carlos de la Vega, about fishing quotas.';
  assert.equal(typeOf(text, 'Juan Carlos de la Vega'), 'PERSON', text);
});
