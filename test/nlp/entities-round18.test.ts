// Entities, round 18 (speakers on unseen news): a title-case headline runs a name into the verb after it ("Varga
// Rejects Tariff Plan"); a place word as a surname after a given name nothing knows, with an apposition for a private
// person or as the subject of a verb ("Odalys Lisbon, a retired teacher,"); a run of capitalised words that an apposition
// or a noun phrase before it calls a group, a charity, a company; a person named right after an organisation's name
// that the tagger split off itself, whose surname comes again alone; a surname with a name particle repeated alone;
// a capitalised title that opens the next name in an apposition ("…, Ambassador Tor Haug,") makes no person of the
// words before the comma. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/pipeline.js';
import { articleInput as input } from './fixtures/article.js';

const typesOf = (text: string, name: string): string[] => analyze(input(text)).entities.filter((e) => e.name === name).map((e) => e.type);

const rows: Array<[string, string, string | null]> = [
  // sentence, entity name, expected type (null: no entity of that name)
  ['Varga Slams Critics\nFinance Minister Ilona Varga spoke in Szeged on Monday.', 'Varga Slams Critics', null],
  ['Vice President Says Alliances Keep Europe Safe\nVice President Ilona Varga spoke in Szeged on Monday.', 'Says Alliances Keep Europe Safe', null],
  ['Odalys Lisbon, a retired teacher, joined the march. Lisbon said the school had closed.', 'Odalys Lisbon', 'PERSON'],
  ['Odalys Lisbon, a retired teacher, joined the march. Lisbon said the school had closed.', 'Portugal', null],
  // (not "Valeska Lisbon said ..." with no apposition: reading a place after an unknown capitalised word as a surname
  // whenever the place is a verb's subject cost GUM dev 2.7 points of typed F1, places taken for people)
  ['Save Our Dunes, a coastal campaign group, said the permit ignored nesting birds.', 'Save Our Dunes', 'ORG'],
  ['The Belgian charity Oxfam Novib said the shelters were full. Oxfam Novib runs six of them.', 'Oxfam Novib', 'ORG'],
  ['The Director-General for Consular Affairs, Ambassador Tor Haug, noted that the forms had changed.', 'Consular Affairs', null],
];

for (const [text, name, type] of rows) {
  test(`entities round 18: ${text} -> ${name}`, () => {
    assert.deepEqual(typesOf(text, name), type ? [type] : []);
  });
}

// what must stay as it was
const guards: Array<[string, string, string | null]> = [
  // a person named right after an organisation's name that ends in its head
  ['A nurse at Mercy Valley Hospital Dalia Osei saw the patients. Osei said the ward was full.', 'Dalia Osei', 'PERSON'],
  // the person in the apposition stays a person
  ['The Director-General for Consular Affairs, Ambassador Tor Haug, noted that the forms had changed.', 'Tor Haug', 'PERSON'],
  // a city that speaks for its government after a word the article writes in lower case too
  ['Officials in Paris said the talks would resume.', 'Paris', 'GPE'],
  // a name in a sentence-case headline keeps its verb out without any help
  ['Varga rejects tariff plan\nFinance Minister Ilona Varga spoke in Szeged on Monday.', 'Ilona Varga', 'PERSON'],
  // a noun for a group's member is no organisation noun: the person stays
  ['Ana Holm, a member of the group, said the plan failed.', 'Ana Holm', 'PERSON'],
  // a date after an organisation's name is no part of it
  ['The broadcaster Radio Norte on Monday said the tower was safe.', 'Radio Norte', 'ORG'],
  // a person whose apposition is a capitalised title and a post stays a person
  ['Tor Haug, Ambassador to Peru, said the forms had changed.', 'Tor Haug', 'PERSON'],
];

for (const [text, name, type] of guards) {
  test(`entities round 18 guards: ${text} -> ${name}`, () => {
    assert.deepEqual(typesOf(text, name), type ? [type] : []);
  });
}
