// Entities, round 16 (speakers and actors on unseen news): a one-word place that opens a person's name ("Paris Okoro
// said ... Okoro added": the article later uses the second word alone as a speaker) is that person's given name; role
// words keep linking to the person named before ("the premier" to a prime minister, "the minister" to someone nothing is
// known of). Invented sentences.
// (A rule that left a role word unlinked when the person named before had no compatible title, an adviser or a freed
// hostage before "the president", was tried in round 16 and dropped: it lost five quote speakers on eval/own/test.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/pipeline.js';
import { articleInput as input } from './fixtures/article.js';

const typesOf = (text: string, name: string): string[] => analyze(input(text)).entities.filter((e) => e.name === name).map((e) => e.type);

const rows: Array<[string, string, string | null]> = [
  // sentence, entity name, expected type (null: no entity of that name)
  // a place word, then a surname the article later uses alone as a speaker
  ['Paris Okoro said the ferry plan would fail. Okoro spoke later in Lagos.', 'Paris Okoro', 'PERSON'],
  ['Paris Okoro said the ferry plan would fail. Okoro spoke later in Lagos.', 'France', null],
  ['The strike will go on, said Georgia Mabuza. Mabuza added that talks had failed.', 'Georgia Mabuza', 'PERSON'],
  ['Jordan Peplow told reporters the tally was wrong. The count was fair, Peplow said.', 'Jordan Peplow', 'PERSON'],
  ['Victoria Adeyemi welcomed the new bridge. Adeyemi said it would cut travel times.', 'Victoria Adeyemi', 'PERSON'],
];

for (const [text, name, type] of rows) {
  test(`entities round 16: ${text} -> ${name}`, () => {
    assert.deepEqual(typesOf(text, name), type ? [type] : []);
  });
}

// what must stay as it was
const guards: Array<[string, string, string[]]> = [
  // the post the person holds, or an equivalent of it, still links
  ['Prime Minister Ana Lindqvist arrived on Monday. The premier said the talks would resume.', 'Ana Lindqvist', ['Ana Lindqvist', 'The premier']],
  ['Foreign Minister Ana Lindqvist arrived early. The minister said the talks would resume.', 'Ana Lindqvist', ['Ana Lindqvist', 'The minister']],
  // nothing known of the person: recency links as before
  ['Ana Lindqvist arrived in the capital on Monday. The minister said the talks would resume.', 'Ana Lindqvist', ['Ana Lindqvist', 'The minister']],
];

for (const [text, person, texts] of guards) {
  test(`entities round 16 guards: ${text} -> ${person}`, () => {
    const e = analyze(input(text)).entities.find((x) => x.name === person);
    assert.ok(e, `${person} not found`);
    assert.deepEqual(e.mentions.map((m) => m.text).filter((t) => !/^(he|she|his|her)$/i.test(t)), texts);
  });
}

test('entities round 16: a place and a common noun after it stay a place ("Kabul Polytechnic ... the Polytechnic said")', () => {
  assert.deepEqual(typesOf('Kabul Polytechnic said classes would resume. The Polytechnic said exams were delayed.', 'Kabul Polytechnic'), []);
});
