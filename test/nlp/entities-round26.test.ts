// Entities, round 26: an organisation's name may end in a plural head ("Centers", "Centres", "Institutes"), as
// "Services" and "Forces" already did (entities/lexicon.ts, BODY_HEADS). Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/pipeline.js';
import { articleInput as input } from './fixtures/article.js';

const typesOf = (text: string, name: string): string[] => analyze(input(text)).entities.filter((e) => e.name === name).map((e) => e.type);

const rows: Array<[string, string]> = [
  // sentence, entity name expected as an organisation
  ['The Centres for Coastal Research warned that the sea was rising faster.', 'Centres for Coastal Research'],
  ['Officials at the National Institutes of Oceanography said the survey would resume.', 'National Institutes of Oceanography'],
  ['The Nordic Centers for Disease Control and Prevention reported 40 new cases.', 'Nordic Centers for Disease Control and Prevention'],
];

for (const [text, name] of rows) {
  test(`entities: ${text} -> ${name} ORG`, () => {
    const got = typesOf(text, name);
    assert.ok(got.includes('ORG'), `${name}: got ${got.join(', ') || 'nothing'}`);
  });
}

test('entities: an acronym the actor dictionary gives a company says nothing of a body named in full by another name', () => {
  const a = analyze(input('The Nordic Centers for Disease Control and Prevention (CDC) reported 40 new cases. The CDC said the outbreak was slowing.'));
  const body = a.entities.find((e) => e.name === 'Nordic Centers for Disease Control and Prevention');
  assert.ok(body, 'the body is found by its full name');
  assert.notEqual((body.kb as { role?: string }).role, 'BUS');
});
