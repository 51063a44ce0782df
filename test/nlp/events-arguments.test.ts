// Event arguments (round 23) through the whole analyzer, as a table of invented sentences -> every (source, type,
// target). Each row of ROWS failed on the code before it; GUARDS hold what the new rules must not do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, type Triple } from './fixtures/article.js';

const ROWS: Array<[string, Triple[]]> = [
  // a charge or a request whose object names no party ("unnamed services", "the international community",
  // "militants") is addressed to no party: neither a party of the sentence nor the complement's recipient is guessed
  ['TIRANA - Police in Albania detained 12 protesters on Saturday. Prime Minister Edi Rama accused unnamed intelligence services of stirring up the unrest.',
    [['Albania', 'COERCE', null], ['Edi Rama', 'ACCUSE', null]]],
  ['Egypt called on the international community to pressure Israel to open the crossings.', [['Egypt', 'REQUEST', null]]],
  ["Pakistan's army blamed militants for the attack on a checkpoint near the border with Afghanistan.", [['Pakistan', 'ACCUSE', null]]],
  // the body that opens the source's own title is no recipient, however the parse reads the title
  ['UN Secretary-General Antonio Guterres called for an immediate ceasefire.', [['Antonio Guterres', 'REQUEST', null]]],
  ['WHO Director-General Tedros Adhanom Ghebreyesus appealed for funding.', [['Tedros Adhanom Ghebreyesus', 'REQUEST', null]]],
  // every name of a list opened by "in" is a place, not the recipient of an appeal
  ['The World Food Programme appealed for $300 million to feed refugees in Chad and Sudan.', [['World Food Programme', 'REQUEST', null]]],
  // "the verdict" refers back to the court's act, not to the convict's denial told after it
  ['MINSK - A Minsk court on Monday sentenced Pavel Lukin, a blogger, to nine years in prison for insulting the president of Belarus. Lukin denied the charges. Poland condemned the verdict.',
    [['Belarus', 'COERCE', 'Pavel Lukin'], ['Pavel Lukin', 'REJECT', 'Belarus'], ['Poland', 'ACCUSE', 'Belarus']]],
  // a government named after its leader acts for the leader's country
  ['OTTAWA - Prime Minister Mark Carney said Canada would not be intimidated. A spokesperson for the World Sikh Organization accused the Carney government of ignoring threats against the community.',
    [['World Sikh Organization', 'ACCUSE', 'Canada']]],
  ['CARACAS - Nicolas Maduro, the president of Venezuela, was sworn in on Friday. The United States urged the Maduro government to release political prisoners.',
    [['United States', 'REQUEST', 'Venezuela']]],
];

const GUARDS: Array<[string, Triple[]]> = [
  // named addressees, alone or coordinated, stay
  ['Egypt urged Iran and Israel to exercise restraint.', [['Egypt', 'REQUEST', 'Iran'], ['Egypt', 'REQUEST', 'Israel']]],
  ['Saudi Arabia called on Israel and Hamas to agree to a ceasefire.', [['Saudi Arabia', 'REQUEST', 'Israel'], ['Saudi Arabia', 'REQUEST', 'Hamas']]],
  ['Venezuela blamed Colombia for the killing of three soldiers.', [['Venezuela', 'ACCUSE', 'Colombia']]],
  // an unnamed state agent qualified by its country is that country
  ['Human Rights Watch urged the Thai authorities to release the activists.', [['Human Rights Watch', 'REQUEST', 'Thai']]],
  // a title-holder's own recipient after the verb stays
  ['NATO Secretary General Mark Rutte urged Russia to withdraw its troops.', [['Mark Rutte', 'REQUEST', 'Russia']]],
  // a list of recipients after "to" is no place
  ['The United States sent aid to Turkey and Syria after the earthquake.', [['United States', 'AID', 'Turkey'], ['United States', 'AID', 'Syria']]],
];

for (const [text, want] of [...ROWS, ...GUARDS]) {
  test(`events (arguments): ${text}`, () => {
    assert.deepEqual(triples(text), want);
  });
}
