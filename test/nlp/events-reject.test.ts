// Refusals, threats and sanctions through the whole analyzer, as a table of invented sentences -> every (source, type,
// target). Each row of ROWS failed on the code before it; GUARDS hold what the new rules must not do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, type Triple } from './fixtures/article.js';

const ROWS: Array<[string, Triple[]]> = [
  // a response promised to "any" hostile act threatens its author; the act itself is only a condition, no attack
  ['Colombia said it would respond to any attack by the ELN.', [['Colombia', 'THREATEN', 'ELN']]],
  ['The Kremlin said Russia would respond to any attack by Ukraine.', [['Russia', 'THREATEN', 'Ukraine']]],
  ['China will respond resolutely to any provocation by the Philippines.', [['China', 'THREATEN', 'Philippines']]],
  // a reported clause telling a party it will suffer for its conduct threatens that party
  ['North Korea said South Korea would face consequences.', [['North Korea', 'THREATEN', 'South Korea']]],
  ['The Kremlin warned that Finland would pay a heavy price for joining NATO.', [['Russia', 'THREATEN', 'Finland']]],
  ['Beijing said it reserved the right to respond to Taiwan.', [['China', 'THREATEN', 'Taiwan']]],
  ["China vowed to punish Taiwan's separatists.", [['China', 'THREATEN', 'Taiwan']]],
  // a warning delivered to a party
  ['Washington issued a stern warning to Tehran.', [['United States', 'THREATEN', 'Iran']]],
  // aid cut off is a sanction, not aid
  ['Germany cut off development aid to Rwanda.', [['Germany', 'SANCTION', 'Rwanda']]],
  // withholding a statement refuses no one
  ['Venezuela declined to comment on the report.', []],
  // what a refusal denies is not done; a denial answers its accuser, none here (round 25: the recipient of the denied
  // act was taken for the target; the gold credits a denial to the accuser, or to no one: eval/README.md practice)
  ['Rwanda denied supporting the M23 rebels.', [['Rwanda', 'REJECT', null]]],
  // setting a claim or an offer aside is a refusal, not a criticism
  ['China brushed aside criticism from Japan.', [['China', 'REJECT', 'Japan']]],
  ['Israel snubbed the French initiative.', [['Israel', 'REJECT', 'French']]],
  // the agent of a participle on the refused act is its author
  ["Niger's military government rejected the ultimatum issued by ECOWAS.", [['Niger', 'REJECT', 'ECOWAS'], ['ECOWAS', 'THREATEN', 'Niger']]],
  // a live blog's time stamp glued to its entry is no subject
  ['09:45 GMT Russia has rejected a proposal by Ukraine for a 30-day ceasefire.', [['Russia', 'REJECT', 'Ukraine']]],
  // a refusal whose definite object names an earlier act again is addressed to that act's author
  ['ECOWAS set a deadline for the junta to restore civilian rule. Niger rejected the deadline on Monday.', [['ECOWAS', 'THREATEN', null], ['Niger', 'REJECT', 'ECOWAS']]],
  // a threat with no recipient goes to the party its source charges in the same sentence
  [
    'The European Union froze the bank accounts of nine Belarusian judges on Monday. The measure was agreed by ministers of the bloc at a meeting in Luxembourg. Minsk called the measures unlawful and said it would retaliate in kind.',
    [['European Union', 'SANCTION', 'Belarus'], ['Belarus', 'ACCUSE', 'European Union'], ['Belarus', 'THREATEN', 'European Union']],
  ],
];

const GUARDS: Array<[string, Triple[]]> = [
  // a retaliation done, a hardship faced or a debt paid is no threat
  ['The army responded to the attack by shelling rebel positions.', []],
  ['Ukraine said it would face a difficult winter.', []],
  ['Russia said it would pay its debts to China.', []],
  // refusals, sanctions and deployments coded as before
  ["Iran rejected the European Union's demand to halt uranium enrichment.", [['Iran', 'REJECT', 'European Union']]],
  ['Israel said it would not accept any ceasefire proposal from Hamas.', [['Israel', 'REJECT', 'Hamas']]],
  ["Pakistan turned down India's offer of talks.", [['Pakistan', 'REJECT', 'India']]],
  ['Rwanda denied that it supported the M23 rebels.', [['Rwanda', 'REJECT', null]]],
  ['Canada imposed new sanctions on Iran.', [['Canada', 'SANCTION', 'Iran']]],
  ['Russia deployed troops to the border with Ukraine.', [['Russia', 'MOBILIZE', null]]],
];

for (const [text, want] of [...ROWS, ...GUARDS]) {
  test(`events: ${text}`, () => {
    assert.deepEqual(triples(text), want);
  });
}
