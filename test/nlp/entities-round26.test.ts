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

// a post of two title words before "of the" ("Secretary General of the X") names the body X, and is no organisation
// itself (entities/rules.ts, postOf); "general" after a civil post is no military rank (entities/roles.ts)
const POSTS: Array<[string, string, string]> = [
  ['The Secretary General of the Caribbean Community, Anil Persad, told reporters the money must come sooner.', 'Caribbean Community', 'Anil Persad'],
  ['The Director General of the International Labour Organization, Mariam Osei, opened the session.', 'International Labour Organization', 'Mariam Osei'],
];
for (const [text, body, person] of POSTS) {
  test(`entities: ${text} -> ${body} ORG, ${person} no soldier`, () => {
    const a = analyze(input(text));
    assert.ok(a.entities.some((e) => e.type === 'ORG' && e.name.endsWith(body)), `no ORG ${body}: ${a.entities.map((e) => `${e.type} ${e.name}`).join('; ')}`);
    assert.ok(!a.entities.some((e) => e.type === 'ORG' && /^(?:Secretary|Director) General/.test(e.name)), 'the post is no organisation');
    const p = a.entities.find((e) => e.name === person);
    assert.ok(p, `${person} found`);
    assert.notEqual((p.kb as { role?: string }).role, 'MIL');
  });
}
