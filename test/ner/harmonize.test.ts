// One type per name per document (src/nlp/ner/harmonize.ts), as a table: labels in -> labels out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harmonizeTypes } from '../../src/nlp/ner/harmonize.js';
import { LABEL_NAMES } from '../../src/nlp/ner/tags.js';

const id = (name: string): number => LABEL_NAMES.indexOf(name);

const CASES: Array<[string, string, string, string]> = [
  ['the majority type wins', 'Coron is in Palawan . Coron has beaches . I love Coron', 'B-PERSON O O B-LOC O B-LOC O O O O O B-LOC', 'B-LOC O O B-LOC O B-LOC O O O O O B-LOC'],
  ['case does not split a name', 'CORON and Coron and Coron', 'B-PERSON O B-LOC O B-LOC', 'B-LOC O B-LOC O B-LOC'],
  ['multi-token names are matched whole', 'New York and New York Times and New York and New York', 'B-LOC I-LOC O B-ORG I-ORG I-ORG O B-ORG I-ORG O B-LOC I-LOC', 'B-LOC I-LOC O B-ORG I-ORG I-ORG O B-LOC I-LOC O B-LOC I-LOC'],
  ['a tie keeps the first type in label order', 'Jordan met Jordan', 'B-LOC O B-PERSON', 'B-PERSON O B-PERSON'],
  ['unlabelled occurrences stay unlabelled', 'Georgia and Georgia', 'B-LOC O O', 'B-LOC O O'],
];

test('harmonizeTypes gives every occurrence of a name the majority type', () => {
  for (const [why, text, input, expected] of CASES) {
    const words = text.split(' ');
    const labels = Uint8Array.from(input.split(' ').map(id));
    harmonizeTypes(words, labels);
    assert.equal([...labels].map((l) => LABEL_NAMES[l]).join(' '), expected, why);
  }
});
