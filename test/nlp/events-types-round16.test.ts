// Round-16 trigger senses and type decisions through the whole analyzer, as a table of invented sentences -> every
// (source, type, target). Each row failed before the round-16 change its comment names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, type Triple } from './fixtures/article.js';

const ROWS: Array<[string, Triple[]]> = [
  // "express" codes through what is expressed: gratitude or appreciation is support, not PETRARCH2's own 110
  ['Norway expressed its gratitude to Iceland for the rescue of its fishermen.', [['Norway', 'SUPPORT', 'Iceland']]],
  // "ensure" makes sure of an outcome: no promise to anyone
  ['Japan and Australia discussed steps to ensure that the ceasefire in Sudan holds.', [['Japan', 'CONSULT', 'Australia']]],
  // "demonstrate" with an object shows something: no protest
  ['Colombia demonstrated its commitment to Ecuador by sending two aid ships.', [['Colombia', 'AID', 'Ecuador']]],
  // a scourge fought (corruption, a disease) is no party attacked
  ['Canada is helping Peru in the fight against corruption, Trudeau said.', [['Canada', 'AID', 'Peru']]],
  ['Sweden backed the Belarusian opposition in its fight for free elections.', [['Sweden', 'SUPPORT', 'Belarusian']]],
  ["Fiji's army is battling a cholera outbreak on the island of Vanua Levu.", []],
  // money mobilised is no force mobilised
  ['Spain will mobilise investments in the solar industry of Morocco.', []],
  // "terrorist threats" are dangers faced, not threats made
  ['France and India exchanged views on countering terrorist threats.', [['France', 'CONSULT', 'India']]],
  // a retaliation done by firing is the attack, no threat
  ['North Korea retaliated by firing rockets at South Korean border posts.', [['North Korea', 'ASSAULT', 'South Korean']]],
  // what is asked for is not done
  ['Nepal sought help from India after the earthquake.', [['Nepal', 'REQUEST', 'India']]],
  // a reward offered promises nothing to a party; congratulations offered praise
  ['The United States offered a reward for information on the Hamas commander.', []],
  ['Macron offered his congratulations to the new president of Ghana.', [['Macron', 'SUPPORT', 'Ghana']]],
  // talks that yield results produce something: no concession
  ['The talks between Chile and Bolivia yielded results, Boric said.', [['Chile', 'CONSULT', 'Bolivia']]],
  // a rival defeated in a runoff is beaten at the polls, not by force
  ['Raila Odinga defeated William Ruto in the runoff, the commission said.', []],
  // deciding asylum claims agrees nothing with anyone
  ['Germany will determine the asylum claims of Syrian refugees by June.', []],
  // an order issued to one's own army is no aid to it
  ['Putin issued an order to the Russian army on Friday.', []],
  // the subject of "received", "drew" or "won" is the act's recipient, the party after "from" its agent
  ["Kenya's president received support from Uganda for his peace plan.", [['Uganda', 'SUPPORT', 'Kenya']]],
  ["Hungary's decision drew sharp criticism from Poland on Monday.", [['Poland', 'ACCUSE', 'Hungary']]],
  ['Ukraine received military aid from Poland on Tuesday.', [['Poland', 'AID', 'Ukraine']]],
  // a state's staff withdrawn from abroad reduces relations, no military retreat
  ['Venezuela is withdrawing its diplomatic staff from Argentina.', [['Venezuela', 'SANCTION', 'Argentina']]],
  // "old wounds" name an injury, no attack
  ['The trial could reopen old wounds between Serbia and Kosovo, analysts said.', []],
  // a delegation led to a country visits it; leading one is no promise to meet
  ['Sherman led a delegation to Cambodia on Tuesday.', [['Sherman', 'CONSULT', 'Cambodia']]],
  ['Ryabkov led the Russian delegation at the talks with the United States.', [['Russian', 'CONSULT', 'United States']]],
  // a ban on dealings with another's banks is a sanction, no coercion at home
  ['The European Union imposed a full transaction ban on six Russian banks.', [['European Union', 'SANCTION', 'Russian']]],
  ['Japan announced a ban on transactions with North Korean banks.', [['Japan', 'SANCTION', 'North Korean']]],
  // a report released (after a possessive and adjectives) is a text put out, no captive freed
  ['The State Department released its first public report on Nigeria on Monday.', []],
  // seeking to act is trying to: no request, and the act sought is an intent
  ['Kenya sought to calm tensions with Somalia on Monday.', []],
  ['Vietnam seeks to deepen its cooperation with Japan, Hanoi said.', [['Vietnam', 'AGREE', 'Japan']]],
  // the adjective "free" frees no one
  ['Blinken told Japan that the United States supports a free and open Indo-Pacific.', [['United States', 'SUPPORT', 'Japan']]],
];

for (const [text, want] of ROWS) {
  test(`events (round 16, types): ${text}`, () => {
    assert.deepEqual(triples(text), want);
  });
}
