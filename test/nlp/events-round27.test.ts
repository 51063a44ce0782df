// Events, round 27: acts asked of someone, and phrasal particles. Invented sentences -> every (source, type, target);
// each row failed on the code before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, type Triple } from './fixtures/article.js';

const ROWS: Array<[string, Triple[]]> = [
  // telling someone to act is a demand, and the act told is asked for, not done (events/triggers.ts directsByTelling,
  // stages/events.ts directed)
  ['Latvia told Belarus to withdraw its border guards from the crossing.', [['Latvia', 'REQUEST', 'Belarus']]],
  ['Chile has told Bolivia to stop the shipments across the Andes.', [['Chile', 'REQUEST', 'Bolivia']]],
  // ... and so is an act ordered or advised: no retreat by the one ordered
  ['Uruguay ordered Paraguay to withdraw its barges from the river port.', [['Uruguay', 'REQUEST', 'Paraguay']]],
  ['Senegal advised Mauritania to withdraw its patrol boats from the disputed fishing zone.', [['Senegal', 'REQUEST', 'Mauritania']]],
  // a single preposition of a phrasal verb's pattern ("pressed on", a fight) is no word deep in its complement
  // (events/triggers.ts particleOf), and the one pressed stands in the trigger's gap (lexicon/plover.ts)
  ['Sweden pressed Hungary to use its veto on Serbia.', [['Sweden', 'REQUEST', 'Hungary']]],
  ['Norway pressed Iceland on its whaling quota.', [['Norway', 'REQUEST', 'Iceland']]],
  // the subject pronoun of a clause coordinated after another takes up that clause's subject, not the nearest name
  // (stages/attribution.ts, subject parallelism)
  ['Peru and Chile traded tariffs this month. The Pacific Alliance said it had received letters from Lima, and it pressed the two governments to lift the measures.',
    [['Pacific Alliance', 'REQUEST', 'Peru'], ['Pacific Alliance', 'REQUEST', 'Chile']]],
  ['Kenya and Tanzania closed the border last week. The East African Community said its lawyers had studied complaints from Dodoma, but it called on both governments to reopen the crossings.',
    [['East African Community', 'REQUEST', 'Kenya'], ['East African Community', 'REQUEST', 'Tanzania']]],
  // standing "in full solidarity" with a party is standing in solidarity with it (lexicon/plover.ts)
  ['Ghana stood in firm solidarity with Togo after the attack on the border post.', [['Ghana', 'SUPPORT', 'Togo']]],
  // one acting "in partnership with", "in close coordination with" a party works with it (stages/events-patterns.ts,
  // occasionOfClauseSources; "coordination with" in lexicon/plover.ts)
  ['Senegal built the new clinics in partnership with the World Bank.', [['Senegal', 'COOPERATE', 'World Bank']]],
  ['Peru, in close coordination with Chile, reopened the border crossing.', [['Peru', 'COOPERATE', 'Chile'], ['Peru', 'CONCEDE', 'Chile']]],
  // people of care or rescue sent or deployed are aid, no show of force (kb-data/events/argus-triggers.tsv &aid_workers;
  // events/triggers.ts mobilisesMeans)
  ['Cuba has deployed 150 nurses to Honduras.', [['Cuba', 'AID', 'Honduras']]],
  ['Portugal sent firefighters to Spain as the blazes spread.', [['Portugal', 'AID', 'Spain']]],
  // a vote against a text answers its author, as a refusal of it does (kb-data/events/argus-triggers.tsv "vote
  // against"; events/arguments.ts verbArguments)
  ['Chile voted against the motion tabled by Bolivia at the assembly.', [['Chile', 'REJECT', 'Bolivia']]],
];

for (const [text, want] of ROWS) {
  test(`events: ${text}`, () => {
    assert.deepEqual(triples(text), want);
  });
}
