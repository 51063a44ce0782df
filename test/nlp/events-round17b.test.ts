// Round-17b event arguments through the whole analyzer, as a table of invented sentences -> every (source, type, target).
// Each row failed on the round-17 code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, type Triple } from './fixtures/article.js';

const ROWS: Array<[string, Triple[]]> = [
  // "the two leaders", "the two" with no list of the two before: the people of the latest act between two people
  ['President Ana Ruiz of Chile spoke by telephone with President Luis Arce of Bolivia on Monday. The two leaders agreed to reopen the border crossing.',
    [['Ana Ruiz', 'CONSULT', 'Luis Arce'], ['Ana Ruiz', 'AGREE', 'Luis Arce'], ['Luis Arce', 'AGREE', 'Ana Ruiz']]],
  ['Foreign Minister Tom Ek of Sweden met Foreign Minister Li Wei of China in Oslo, and the two agreed to expand trade.',
    [['Tom Ek', 'CONSULT', 'Li Wei'], ['Tom Ek', 'AGREE', 'Li Wei'], ['Li Wei', 'AGREE', 'Tom Ek']]],
  // ... "the two countries" only after a meeting, a deal or cooperation of the two: the parties of a sanction need not be
  // the sides of a later deal
  ['Chile imposed tariffs on Bolivian copper in May. The two countries agreed to hold talks on Friday.',
    [['Chile', 'SANCTION', 'Bolivian']]],
  // a participle after a speaker's cue is the speaker's act, not the act of the subject of the clause reported
  ['"The border will stay open," Kenyan President William Ruto said, calling on Uganda to reopen its markets.',
    [['William Ruto', 'REQUEST', 'Uganda']]],
  // the envoy named inside the phrase of a summons is the one summoned: the summoner is the home state
  ['Finland expelled a Belarusian diplomat on Tuesday. Belarusian Ambassador Igor Sokol was summoned to the foreign office, and officials there handed him a note.',
    [['Finland', 'SANCTION', 'Belarusian'], ['Finland', 'ACCUSE', 'Belarusian']]],
];

for (const [text, want] of ROWS) {
  test(`events: ${text}`, () => {
    assert.deepEqual(triples(text), want);
  });
}
