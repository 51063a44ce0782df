// Generic nominal anaphors of organisations (stages/nominals.ts): which organisation "the group", "the lender" ... refer
// to. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/pipeline.js';
import { articleInput as input } from './fixtures/article.js';

/** each nominal mention the analyzer linked: [its text, the organisation's name] */
function nominals(text: string): Array<[string, string]> {
  const a = analyze(input(text));
  const out: Array<[string, string]> = [];
  for (const e of a.entities) for (const m of e.mentions) if (m.kind === 'nominal' && e.type === 'ORG') out.push([m.text, e.name]);
  return out.sort((x, y) => text.indexOf(x[0]) - text.indexOf(y[0]));
}

const ROWS: Array<[string, Array<[string, string]>]> = [
  // the head word in the organisation's own name
  ['The Ghana Mineworkers Union rejected the offer. The union said talks would resume.', [['The union', 'Ghana Mineworkers Union']]],
  ['The Nordic Investment Bank approved the plan. The lender said the first tranche would be paid in May.', [['The lender', 'Nordic Investment Bank']]],
  // an armed group by its kind, through its role or its name
  ['The Karenni Liberation Front seized two outposts. The rebels said they had lost no fighters.', [['The rebels', 'Karenni Liberation Front']]],
  // "the group": the article's main organisation of that kind, not one named in passing
  ['The Karenni Liberation Front attacked a base. It fought the Border Guard Company and the Karenni Liberation Front lost men. The group said the Border Guard Company had fled.',
    [['The group', 'Karenni Liberation Front']]],
  // an intergovernmental body
  ['ECOWAS suspended Niger. Niger accused the regional body of serving foreign powers.', [['the regional body', 'ECOWAS']]],
  // not nominals: a name with "of", a group of people, a platform, an organisation not named before
  ['The Union of Comoros protested. The Nordic Investment Bank said the group of experts would meet.', []],
  ['In a video posted on Telegram, the group said it would fight on.', []],
  ['The union said talks would resume.', []],
];

for (const [text, want] of ROWS) {
  test(`nominals: ${text}`, () => {
    assert.deepEqual(nominals(text), want);
  });
}
