// A capital after "to": a destination after a word of motion, else the government it stands for; after a diplomat
// ("ambassador to", "envoy from") always the government. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/pipeline.js';
import { articleInput as input } from './fixtures/article.js';

// [text, the mention, the entity it belongs to (name, ISO code or null for a city)]
const ROWS: Array<[string, string, string, string | null]> = [
  ['Kenya protested to Addis Ababa after the border incident.', 'Addis Ababa', 'Ethiopia', 'ET'],
  ['Chile appealed to Lima to release the fishermen.', 'Lima', 'Peru', 'PE'],
  ['The Kenyan minister travelled to Addis Ababa on Monday.', 'Addis Ababa', 'Addis Ababa', null],
  ['Kenya sent two police units to Nairobi.', 'Nairobi', 'Nairobi', null],
  // the capital a diplomat is posted to or recalled from
  ['Kenya recalled its ambassador from Addis Ababa for consultations.', 'Addis Ababa', 'Ethiopia', 'ET'],
  // the seat of an international body the article names stands for that body, unless the host country is named
  ['The European Union extended its sanctions on Monday. Hungary accused Brussels of ignoring its energy needs.', 'Brussels', 'European Union', null],
  ["Belgium's prime minister said Brussels would raise taxes.", 'Brussels', 'Belgium', 'BE'],
  // what a government says or does "from" its capital stands for the government
  ['The closure drew an angry reaction from Islamabad on Tuesday.', 'Islamabad', 'Pakistan', 'PK'],
  ['There has been no comment from Tokyo on the report.', 'Tokyo', 'Japan', 'JP'],
  ['The delegation flew home from Islamabad on Sunday.', 'Islamabad', 'Islamabad', null],
  // a part of the capital's ground, or a hold on it, is the city
  ['Gangs now control most roads, and their grip on Port-au-Prince has grown since June.', 'Port-au-Prince', 'Port-au-Prince', null],
  ['Protesters filled the streets of Nairobi on Friday, and Kenya said the march was illegal.', 'Nairobi', 'Nairobi', null],
];

test('metonyms: a capital after "to" is a party unless something moves there', () => {
  for (const [text, mention, name, iso] of ROWS) {
    const a = analyze(input(text));
    const e = a.entities.find((x) => x.mentions.some((m) => m.text === mention));
    assert.equal(e?.name, name, text);
    assert.equal(e?.kb?.iso3166 ?? null, iso, text);
  }
});

test('metonyms: a capital that stands for its government is still a place at the capital', () => {
  const a = analyze(input('Kenya protested to Addis Ababa after the border incident.'));
  const place = a.places.find((p) => p.name === 'Addis Ababa');
  assert.ok(place && Math.abs(place.lat - 9.02) < 0.2 && Math.abs(place.lon - 38.75) < 0.2, JSON.stringify(a.places));
});

// the seat of a government named by its building or street stands for that country (an actor)
const SEATS: Array<[string, string, string]> = [
  ['Palazzo Chigi rejected the proposal on Tuesday.', 'Palazzo Chigi', 'IT'],
  ['La Moncloa said it would study the offer.', 'La Moncloa', 'ES'],
  ['Officials at the Kantei declined to comment on the report.', 'Kantei', 'JP'],
  ['Aso Rock accused the opposition of spreading rumours.', 'Aso Rock', 'NG'],
  ['La Moneda announced a cabinet reshuffle on Friday.', 'La Moneda', 'CL'],
  ['Christiansborg approved the defence package late on Thursday.', 'Christiansborg', 'DK'],
];

test('metonyms: a seat of government named by its building stands for its country', () => {
  for (const [text, mention, iso] of SEATS) {
    const a = analyze(input(text));
    const e = a.entities.find((x) => x.mentions.some((m) => m.text === mention));
    assert.equal(e?.kb?.iso3166 ?? null, iso, `${text}: ${JSON.stringify(a.entities.map((x) => [x.type, x.name]))}`);
    assert.equal(e?.type, 'GPE', text);
  }
});
