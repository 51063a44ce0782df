// The evaluation harness of scripts/eval-ner.ts: Docs built from gold tokens, and the full-recognizer scoring path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseIob2 } from '../../src/nlp/ner/corpus.js';
import { spansOf, NER_TYPES } from '../../src/nlp/ner/tags.js';
import type { EntityType } from '../../src/core/analysis.js';
import type { Doc, EntityMention, EntityRecognizer } from '../../src/nlp/types.js';
import { docOfSentences, evaluateRecognizer, type TaggedSentence } from '../../scripts/eval-ner.js';

const IOB = `# doc a
Joshua\tB-PER
Norton\tI-PER
left\tO
San\tB-LOC
Francisco\tI-LOC
.\tO

The\tO
Bulletin\tB-ORG
wrote\tO
about\tO
Norton\tB-PER
and\tO
Cyclone\tB-EVENT
Phailin\tI-EVENT

# doc b
Athens\tB-LOC
is\tO
old\tO
`;
const sents: TaggedSentence[] = parseIob2(IOB).map((s) => ({ ...s, pos: null }));

/** Returns the gold mentions of each document, with the analyzer's types given by `typeOf`. */
function oracle(typeOf: (t: string) => EntityType | null): EntityRecognizer {
  const byText = new Map<string, TaggedSentence[]>();
  for (const s of sents) byText.set(docOfSentences(sents.filter((x) => x.doc === s.doc)).text, sents.filter((x) => x.doc === s.doc));
  return {
    name: 'oracle',
    recognize(doc: Doc): EntityMention[] {
      const out: EntityMention[] = [];
      (byText.get(doc.text) ?? []).forEach((s, k) => {
        for (const sp of spansOf(s.labels)) {
          const type = typeOf(NER_TYPES[sp.type] as string);
          if (!type) continue;
          const a = (doc.sentStart[k] as number) + sp.start;
          const b = (doc.sentStart[k] as number) + sp.end;
          out.push({ start: doc.starts[a] as number, end: doc.ends[b - 1] as number, tokenStart: a, tokenEnd: b, text: '', type, kind: 'name' });
        }
      });
      return out;
    },
  };
}

test('docOfSentences joins gold tokens with single spaces and keeps sentence bounds', () => {
  const doc = docOfSentences(sents.filter((s) => s.doc === 'a'));
  assert.equal(doc.n, 14);
  assert.equal(doc.text, 'Joshua Norton left San Francisco . The Bulletin wrote about Norton and Cyclone Phailin');
  for (let i = 0; i < doc.n; i++) assert.equal(doc.text.slice(doc.starts[i], doc.ends[i]), doc.words[i]);
  assert.deepEqual(Array.from(doc.sentStart), [0, 6]);
  assert.deepEqual(Array.from(doc.sentEnd), [6, 14]);
  assert.equal(doc.sentOf[7], 1);
  assert.equal(doc.paraOfSent.length, 2);
});

/** [what the recognizer answers for each gold type, expected PER/ORG/LOC typed F1] */
const ROWS: Array<[string, (t: string) => EntityType | null, number]> = [
  ['gold types', (t) => t as EntityType, 1],
  ['places as GPE and FAC count as LOC', (t) => (t === 'LOC' ? 'GPE' : (t as EntityType)), 1],
  ['EVENT/OTHER answers are ignored', (t) => (t === 'EVENT' ? 'EVENT' : (t as EntityType)), 1],
  ['everything as PERSON', (t) => (t === 'EVENT' ? null : 'PERSON'), 0.4],
  ['nothing found', () => null, 0],
];
for (const [name, typeOf, f1] of ROWS) {
  test(`full-recognizer scoring: ${name}`, () => {
    const r = evaluateRecognizer(oracle(typeOf), sents);
    assert.ok(Math.abs(r.collapsed.f1 - f1) < 1e-9, `F1 ${r.collapsed.f1}`);
  });
}
