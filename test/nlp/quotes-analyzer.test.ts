// Quote speakers through the whole analyzer: the parse of a sentence with a reporting verb decides its speaker where
// the chunker cannot see past appositions and coordination. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/pipeline.js';

// [text, [quote text, speaker name]]
const ROWS: Array<[string, Array<[string, string | null]>]> = [
  ["Chile's labour minister, Ramona Quispe, told reporters that inspectors had closed two mines, and said more closures would follow.",
    [['inspectors had closed two mines', 'Ramona Quispe'], ['more closures would follow', 'Ramona Quispe']]],
  ['Ramona Quispe, 61, a former union leader, said the reform was overdue.', [['the reform was overdue', 'Ramona Quispe']]],
  // "according to a statement from X('s office)": the one who put the text out
  ['Ramona Quispe chaired the inquiry. "The mine stays closed," according to a statement from Quispe\'s office.', [['The mine stays closed', 'Ramona Quispe']]],
  ['Ramona Quispe chaired the inquiry. The mine stays closed, according to a report by the Chilean Ministry of Mining.', [['The mine stays closed', 'Chilean Ministry of Mining']]],
  // a pronoun is never a person the article marks with the other gender ("Ms.", "spokeswoman")
  ['Ms. Quispe met Mr. Okafor in Lima. "The talks were useful," he said.', [['The talks were useful', 'Okafor']]],
  ['Spokeswoman Ramona Quispe met Antony Okafor in Lima. "We agreed," he said.', [['We agreed', 'Antony Okafor']]],
  // a description the article resolved to someone else yields to the person in apposition
  ['Prime Minister Ivo Tarkan opened the session. The deputy minister, Lena Sorvik, told reporters that the vote would be delayed.', [['the vote would be delayed', 'Lena Sorvik']]],
  ["Prime Minister Ivo Tarkan opened the session. 'We will not wait,' the deputy minister, Lena Sorvik, told reporters.", [['We will not wait', 'Lena Sorvik']]],
  // reporting verbs that also take a plain object report speech only with "that"
  ['Lena Sorvik conceded that the count had been flawed.', [['the count had been flawed', 'Lena Sorvik']]],
  ['Ivo Tarkan maintained that no deal was near.', [['no deal was near', 'Ivo Tarkan']]],
  ["Ivo Tarkan reaffirmed Norland's support for the bid to host the games.", []],
  // "the Foreign Secretary" is the person who holds exactly that title, not the one whose longer title shares its words
  ["Foreign Secretary Ana Duarte led Chile's team. Peru's was led by Luis Vera, Permanent Secretary of the Peruvian Ministry of Foreign Affairs. The Foreign Secretary said the talks were useful.",
    [['the talks were useful', 'Ana Duarte']]],
  // the passive subject of "quoted as saying" is the speaker
  ['Ramona Quispe was quoted by a local newspaper as saying that the strike would end soon.', [['the strike would end soon', 'Ramona Quispe']]],
];

test('quotes: the analyzer finds the speaker of a reporting verb from the parse', () => {
  for (const [text, want] of ROWS) {
    const a = analyze({ text, title: null, subtitle: null, url: null, source: null, byline: null, published: '2025-01-01', language: 'en' } as unknown as Parameters<typeof analyze>[0]);
    const name = (id: string | null): string | null => a.entities.find((e) => e.id === id)?.name ?? null;
    assert.deepEqual(a.quotes.map((q) => [q.text, name(q.speaker)]), want, text);
  }
});
