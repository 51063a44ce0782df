// Names, round 24: an unfamiliar person's name before ", who ..." (a singular verb) or ", whose husband ..." is a person
// (the tagger had typed such names a place or a body, and the ranker dropped or followed it); an organisation noun in
// apposition may open a relative clause (", the border agency that oversees crossings,"), and a name between commas
// after a definite noun phrase for a kind of body is that body ("The operator, X, said"); a national body named with
// its people's adjective is one body ("the Kenyan Red Cross", not Kenyans and the ICRC); "Port X" is a harbour town;
// "his guest", "the visitor", "the visiting minister" speak for the person the article has someone host; "..., the
// agency reported." is speech. Rows marked
// as guards passed already. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/pipeline.js';
import { articleInput as input } from './fixtures/article.js';
import { checkQuotes as check } from './fixtures/quotes.js';

const typesOf = (text: string, name: string): string[] => analyze(input(text)).entities.filter((e) => e.name === name).map((e) => e.type);

const typed: Array<[string, string, string[]]> = [
  // sentence, entity name, expected types (none: no such entity)
  ['Phonesavanh Keola, who runs a clinic in the north, said supplies had run out.', 'Phonesavanh Keola', ['PERSON']],
  ['Ramatou Moussa, whose husband was on the lost fishing boat, said nobody had called her.', 'Ramatou Moussa', ['PERSON']],
  ['Traders left the market early. Ramatou Moussa, whose brother drives a truck, said the road was unsafe.', 'Ramatou Moussa', ['PERSON']],
  // guard: a name the recognizer already knew for a person stays one
  ['Oyelaran Temidayo, who fled the district in March, said the shelling went on.', 'Oyelaran Temidayo', ['PERSON']],
  // an organisation noun in apposition, then a relative clause on what the body does
  ['Velmora, the border agency that oversees the northern crossings, said trucks were moving again.', 'Velmora', ['ORG']],
  ['Drask, the state company which runs the pipeline, said repairs would take a week.', 'Drask', ['ORG']],
  // a name between commas after a definite noun phrase for a kind of body
  ['The operator, Kelvara, said its water tests were audited by the state.', 'Kelvara', ['ORG']],
  ['The regional carrier, Nordavia, said flights to the islands would resume.', 'Nordavia', ['ORG']],
  // guard: a given name there names a person
  ['At the company, Ana Lui, its founder, said profits fell.', 'Ana Lui', ['PERSON']],
  // a national body named with its people's adjective
  ['Volunteers of the Tarvian Civil Defence pulled four people from the rubble.', 'Tarvian Civil Defence', ['ORG']],
  ['The Kenyan Red Cross said 40 families had lost their homes.', 'Kenyan Red Cross', ['ORG']],
  // guard: a name that goes on past the tagger's span
  ['The Kenyan National Security Advisor met the envoy on Monday.', 'Kenyan National Security', []],
  // a harbour town; a body named after its port keeps its head
  ['The freighter was held at Port Anselm for three days.', 'Port Anselm', ['GPE']],
  ['The Port Authority said the berths would reopen on Monday.', 'Port Authority', ['ORG']],
];

for (const [text, name, types] of typed) {
  test(`entities, round 24: ${text}`, () => {
    assert.deepEqual(typesOf(text, name), types);
  });
}

test('entities, round 24: a relative clause of the plural noun before the name does not make it a person (guard)', () => {
  assert.ok(!typesOf('Analysts at Corvan Ridge, who track grain prices, said wheat would rise.', 'Corvan Ridge').includes('PERSON'));
});

test('quotes, round 24: the guest of a visit speaks as "his guest", "the visitor", "the visiting minister"', () => {
  check([
    ['Norland Foreign Minister Ada Kell hosted Tarvian Deputy Trade Minister Omar Sefu in Lisvik on Friday. His guest said Tarvia wanted closer ties.',
      [['Tarvia wanted closer ties', 'Omar Sefu']]],
    ['Norland Foreign Minister Ada Kell hosted Tarvian Trade Minister Omar Sefu in Lisvik on Friday. Kell said a fishing deal was close. "Our waters should unite us," the visiting minister said.',
      [['a fishing deal was close', 'Ada Kell'], ['Our waters should unite us', 'Omar Sefu']]],
    ['Tarvian President Lio Mand visited Lisvik on Monday. Norland leader Ada Kell said ties were strong. The visitor said trade would grow.',
      [['ties were strong', 'Ada Kell'], ['trade would grow', 'Lio Mand']]],
    // a verb of welcoming with no person after it tells no visit
    ['Norland Foreign Minister Ada Kell hosted Tarvian Trade Minister Omar Sefu in Lisvik on Friday. His guest said Tarvia welcomed the offer of a joint survey. "We came to listen," the visiting minister said.',
      [['Tarvia welcomed the offer of a joint survey', 'Omar Sefu'], ['We came to listen', 'Omar Sefu']]],
    // guard: the host speaks by name
    ['Norland Foreign Minister Ada Kell hosted Tarvian Trade Minister Omar Sefu in Lisvik on Friday. Kell said talks had gone well.',
      [['talks had gone well', 'Ada Kell']]],
  ]);
});

test('quotes, round 24: a body that reported something said it', () => {
  check([
    ['Herders in the east have lost about 9,000 camels to the dry season, the Livestock Monitoring Office reported.',
      [['Herders in the east have lost about 9,000 camels to the dry season', 'Livestock Monitoring Office']]],
    ['The Livestock Monitoring Office reported that 9,000 camels had died.', [['9,000 camels had died', 'Livestock Monitoring Office']]],
    // guards: "reported" with an object, a passive or an adjective reports no clause
    ['The Livestock Monitoring Office reported the losses to the council on Monday.', []],
    ['Losses were reported in three districts. The reported losses alarmed herders.', []],
  ]);
});
