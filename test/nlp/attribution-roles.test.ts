// Who speaks and who acts when the text names a role rather than a name: "the spokesperson said" after "a spokesperson
// for X"; a person in apposition to a title ("X's foreign minister, Y, ..."). Invented sentences and invented names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/pipeline.js';
import { articleInput as input } from './fixtures/article.js';

const SPEAKER_ROWS: Array<[string, string, string | null]> = [
  // text, quote text (start), speaker's name
  ['A spokesperson for the Andean Development Bank said the loan was approved. "We expect the first payment in May," the spokesperson said.', 'We expect the first payment', 'Andean Development Bank'],
  ['A Norland Coast Guard spokesman said two boats were stopped. "Both crews are safe," the spokesman told reporters.', 'Both crews are safe', 'Norland Coast Guard'],
];

for (const [text, quote, speaker] of SPEAKER_ROWS) {
  test(`speaker of a role: ${quote}`, () => {
    const a = analyze(input(text));
    const q = a.quotes.find((x) => x.text.startsWith(quote));
    assert.ok(q, `no quote "${quote}"`);
    const name = q.speaker ? a.entities.find((e) => e.id === q.speaker)?.name ?? q.speaker : null;
    assert.equal(name, speaker);
  });
}

test('acts for: "Ministry spokesperson X" speaks for the ministry named before, and a rejected accusation answers its country', () => {
  const a = analyze(input('Kenya summoned an Ethiopian diplomat on Tuesday. The Ministry of Foreign Affairs said the envoy had been handed a note. Ministry spokesperson Ruth Wanjiku said at a regular news conference that the shelling was a grave breach. Ethiopia rejected the accusation.'));
  const name = (id: string | null): string | null => (id ? a.entities.find((e) => e.id === id)?.name ?? id : null);
  const rejects = a.events.filter((e) => e.type === 'REJECT').map((e) => [name(e.source), name(e.target)]);
  assert.deepEqual(rejects, [['Ethiopia', 'Kenya']]);
});

test('acts for: an organisation named with a country\'s short name acts for that country ("US Department of State")', () => {
  const a = analyze(input('On Monday a spokesperson for the State Department said Washington was in touch with both sides. "We urge Kenya and Ethiopia to show restraint," the spokesperson said.'));
  const name = (id: string | null): string | null => (id ? a.entities.find((e) => e.id === id)?.name ?? id : null);
  const asks = a.events.filter((e) => e.type === 'REQUEST').map((e) => [name(e.source), name(e.target)]);
  assert.deepEqual(asks, [['United States', 'Kenya'], ['United States', 'Ethiopia']]);
});
