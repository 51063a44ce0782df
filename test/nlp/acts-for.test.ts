// Who acts for whom, decided once per article (stage 3c) and read by events: invented sentences only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assignActsFor, HOME } from '../../src/nlp/stages/acts-for.js';
import { fixture, type EntitySpec } from './fixtures/entities.js';

const SPEC: EntitySpec = {
  Chile: ['GPE', 'Chilean'],
  Peru: ['GPE'],
  Peruvian: ['NORP'],
  'Ministry of Trade': ['ORG'],
  'Department of Defense': ['ORG'],
  'Chilean Navy': ['ORG'],
  'Pedro Soto': ['PERSON', 'Soto'],
  'Lucia Vega': ['PERSON', 'Vega'],
};
const ISO: Record<string, string> = { Chile: 'CL', Chilean: 'CL', Peru: 'PE', Peruvian: 'PE' };

function acts(text: string) {
  const fx = fixture(text, SPEC);
  for (const e of fx.index.entities) if (ISO[e.name]) e.kb.iso3166 = ISO[e.name];
  const a = assignActsFor(fx.doc, fx.index);
  const id = (name: string): string => (fx.index.entities.find((e) => e.name === name) as { id: string }).id;
  return { a, id, name: fx.name, fx };
}

test('acts-for: a government body acts for the country that qualifies it', () => {
  const { a, id, name } = acts("Chile's Ministry of Trade met Peru.");
  assert.equal(name(a.party(id('Ministry of Trade'))), 'Chile');
});

test('acts-for: an unqualified government body acts for the home country, never for the other party', () => {
  const { a, id, name, fx } = acts('Chile and Peru talked. The Department of Defense accused Peru of spying.');
  assert.equal(fx.index.entities.find((e) => e.name === 'Department of Defense')?.actsFor, HOME);
  assert.equal(name(a.party(id('Department of Defense'), id('Peru'))), 'Chile');
  assert.equal(name(a.party(id('Department of Defense'), id('Chile'))), 'Peru');
});

test('acts-for: a named agency keeps its own identity; a spokesperson acts for the organisation of the title', () => {
  const { a, id, name } = acts('Chilean Navy spokesman Pedro Soto spoke. Lucia Vega listened.');
  assert.equal(name(a.party(id('Chilean Navy'))), 'Chilean Navy');
  assert.equal(name(a.party(id('Pedro Soto'))), 'Chilean Navy');
  assert.equal(name(a.party(id('Lucia Vega'))), 'Lucia Vega');
});

test('acts-for: a demonym acts for its country when the article names it', () => {
  const both = acts('Peruvian officials met Chile. Peru agreed.');
  assert.equal(both.name(both.a.party(both.id('Peruvian'))), 'Peru');
});
