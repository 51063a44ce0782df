// Round-24 event types (REJECT, SANCTION, MOBILIZE, RETREAT, ACCUSE): the two coders read the same act (expelled envoys,
// warships sent, sanctions lifted, an ambassador called in, tariffs slapped), a refused call is no request of the
// refuser's, and the forces in a withdrawal's or deployment's "of" phrase are its agent's. Through the whole analyzer,
// as a table of invented sentences -> every (source, type, target). Each row failed on the round-23 code, except the
// guards marked "(as before)".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, type Triple } from './fixtures/article.js';

const ROWS: Array<[string, Triple[]]> = [
  // the call refused is another's, not the refuser's request
  ['Israel rejected calls for a ceasefire.', [['Israel', 'REJECT', null]]],
  ['Israel rebuffed renewed calls for a ceasefire.', [['Israel', 'REJECT', null]]],
  // (as before) a call made and a plan rejected by the same party are both its acts
  ['Iran rejected the plan and called for talks with Oman.', [['Iran', 'REJECT', null], ['Iran', 'REQUEST', 'Oman']]],
  // (as before) an attack with a party named, and damage done by strikes
  ['The Islamic State blew up an Egyptian army checkpoint in Sinai.', [['Islamic State', 'ASSAULT', 'Egyptian']]],
  ['Al-Shabaab stormed a Somali army base in Mogadishu.', [['al-Shabaab', 'ASSAULT', 'Somali']]],
  ['Israeli strikes damaged the Lebanese port of Tyre.', [['Israeli', 'ASSAULT', 'Lebanese']]],
  // (as before) a storm attacks no one
  ['The storm pounded the coast of Florida.', []],
  // tariffs slapped on a party sanction it, no blow; economic harm is no assault
  ['The United States slapped tariffs on China.', [['United States', 'SANCTION', 'China']]],
  ['The United States\' sanctions on Venezuela hurt its oil exports.', [['United States', 'SANCTION', 'Venezuela']]],
  // envoys expelled and warships sent, told by a ministry: the parse reads the act the patterns do
  ['Norway expelled an Iranian military attaché, Foreign Minister Kari Holm said.', [['Norway', 'SANCTION', 'Iranian']]],
  ['Britain sent two frigates to the area, the Ministry of Defence said.', [['United Kingdom', 'MOBILIZE', null]]],
  ['Cyprus called in the Turkish ambassador on Friday, spokesman Nikos Andreou told reporters.', [['Cyprus', 'ACCUSE', 'Turkish']]],
  // sanctions or a trade ban lifted ease them, in reported speech too
  ['Canada lifted its sanctions on Syria\'s central bank, Finance Minister Anita Roy said.', [['Canada', 'RETREAT', 'Syria']]],
  // (as before) aid goods handed over are aid, and captives handed over are released
  ['Austria handed over two tonnes of medicine to Lebanon.', [['Austria', 'AID', 'Lebanon']]],
  ['Hamas handed over four hostages to the Red Cross.', [['Hamas', 'RETREAT', 'International Committee of the Red Cross']]],
  // the forces in a withdrawal's or a deployment's "of" phrase are its agent's, the party a withdrawal leaves its recipient
  ['The withdrawal of French forces from Niger began in October.', [['French', 'RETREAT', 'Niger']]],
  ['The deployment of 2,000 Polish troops to the border was announced on Monday.', [['Polish', 'MOBILIZE', null]]],
];

for (const [text, want] of ROWS) {
  test(`events: ${text}`, () => {
    assert.deepEqual(triples(text), want);
  });
}
