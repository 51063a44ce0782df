// CONSULT and AGREE through the whole analyzer, as a table of invented sentences -> every (source, type, target). Each
// row of ROWS failed on the code before it; GUARDS hold what the new rules must not do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, type Triple } from './fixtures/article.js';

const ROWS: Array<[string, Triple[]]> = [
  // speaking with a party by phone is CONSULT for the parse's lexicon too (kb-data/events/argus-triggers.tsv "speak"),
  // so a reported call is recognised (stages/events.ts, reportedUnrecognized); "on the phone" as "by phone"
  ['Downing Street said Keir Starmer had spoken by telephone with Canadian Prime Minister Mark Carney.', [['Keir Starmer', 'CONSULT', 'Mark Carney']]],
  ['Hungarian Prime Minister Viktor Orban spoke on the phone with Slovak Prime Minister Robert Fico.', [['Viktor Orban', 'CONSULT', 'Robert Fico']]],
  // a reported act recognised by the parse at a later word of the pattern's phrase ("held talks": "talks")
  ['The Elysee said French President Emmanuel Macron had held talks with Kenyan President William Ruto.', [['Emmanuel Macron', 'CONSULT', 'William Ruto']]],
  // a visitor received or hosted: the host is the head of the "by" phrase, not its demonym
  ['Indian Prime Minister Narendra Modi was received by Russian President Vladimir Putin at the Kremlin.', [['Vladimir Putin', 'CONSULT', 'Narendra Modi']]],
  ['Syrian President Ahmed al-Sharaa was hosted by Turkish President Recep Tayyip Erdogan in Ankara on Tuesday.', [['Recep Tayyip Erdogan', 'CONSULT', 'Ahmed al-Sharaa']]],
  // a fronted phrase before the subject is no conjunct of it: the comma alone makes no list
  ['During his visit to Tokyo, Australian Prime Minister Anthony Albanese met Japanese Prime Minister Shigeru Ishiba.', [['Anthony Albanese', 'CONSULT', 'Shigeru Ishiba']]],
  // a meeting named by a fronted phrase is the main clause subject's
  ['After talks with Vietnamese Prime Minister Pham Minh Chinh, Australian Prime Minister Anthony Albanese said trade was growing.', [['Anthony Albanese', 'CONSULT', 'Pham Minh Chinh']]],
  ['In a call with Indian Prime Minister Narendra Modi, Japanese Prime Minister Fumio Kishida discussed trade.', [['Fumio Kishida', 'CONSULT', 'Narendra Modi']]],
  // a meeting that is the purpose of a journey made is the traveller's, whatever opens the line
  ['14:05 GMT Iranian Foreign Minister Abbas Araghchi has arrived in Muscat for talks with Omani officials.', [['Abbas Araghchi', 'CONSULT', 'Omani']]],
  ['Ethiopian Prime Minister Abiy Ahmed flew to Asmara on Sunday for a meeting with Eritrean President Isaias Afwerki.', [['Abiy Ahmed', 'CONSULT', 'Isaias Afwerki']]],
  // mediators deal with each side, not with each other; so do mediators named by a passive's "by"
  ['Egypt and Qatar mediated the negotiations between Israel and Hamas.',
    [['Egypt', 'CONSULT', 'Israel'], ['Egypt', 'CONSULT', 'Hamas'], ['Qatar', 'CONSULT', 'Israel'], ['Qatar', 'CONSULT', 'Hamas'], ['Israel', 'CONSULT', 'Hamas']]],
  ['Talks between Israel and Hamas were mediated by Qatar and Egypt.',
    [['Israel', 'CONSULT', 'Hamas'], ['Qatar', 'CONSULT', 'Israel'], ['Qatar', 'CONSULT', 'Hamas'], ['Egypt', 'CONSULT', 'Israel'], ['Egypt', 'CONSULT', 'Hamas']]],
  // an agreement made with a party binds both sides
  ['Kenya signed a defence cooperation agreement with Somalia on Monday.', [['Kenya', 'AGREE', 'Somalia'], ['Somalia', 'AGREE', 'Kenya']]],
  ['Israel reached a deal with Hamas on the release of hostages.', [['Israel', 'AGREE', 'Hamas'], ['Hamas', 'AGREE', 'Israel']]],
  ['Pakistan agreed with India to restore the ceasefire.', [['Pakistan', 'AGREE', 'India'], ['India', 'AGREE', 'Pakistan']]],
  ['The EU sealed a trade deal with Mercosur on Friday.', [['European Union', 'AGREE', 'Mercosur'], ['Mercosur', 'AGREE', 'European Union']]],
  // an accord struck is made, not a blow
  ['Armenia and Azerbaijan struck a peace accord in Washington.', [['Armenia', 'AGREE', 'Azerbaijan'], ['Azerbaijan', 'AGREE', 'Armenia']]],
  // an agreement that may come, or is still ahead, is not made; one party agreeing that something is so binds no one
  ['Iran and the United States could reach a deal within weeks, the Omani foreign minister said.', []],
  ['Kenya and Somalia have yet to sign the agreement.', []],
  ['German Chancellor Friedrich Merz agreed that Russia posed a threat to Europe.', []],
];

const GUARDS: Array<[string, Triple[]]> = [
  // "the two leaders" names the parties: a reported agreement recognised both ways (a guard: passes on round 22's code too)
  ['Portuguese Prime Minister Luis Montenegro and Spanish Prime Minister Pedro Sanchez spoke by telephone, their offices reported. The two leaders agreed to open a new border crossing, according to the readout.',
    [['Luis Montenegro', 'CONSULT', 'Pedro Sanchez'], ['Luis Montenegro', 'AGREE', 'Pedro Sanchez'], ['Pedro Sanchez', 'AGREE', 'Luis Montenegro']]],
  // co-mediators with no sides named are no one's recipients
  ['Egypt, Qatar and the United States brokered the ceasefire.', []],
  // a journey not yet made holds no meeting yet
  ['Ethiopian Prime Minister Abiy Ahmed will fly to Asmara on Sunday for a meeting with Eritrean President Isaias Afwerki.', []],
  ['Chilean President Gabriel Boric is due in Pretoria next week for talks with South African President Cyril Ramaphosa.', []],
  // one side's willingness or approval binds only that side
  ['Japan said it was willing to negotiate with India.', [['Japan', 'AGREE', 'India']]],
  ["Peru's Congress approved the free trade agreement with China.", [['Congress', 'AGREE', 'China']]],
  // speaking at a forum, agreeing with a view: no party consulted or bound
  ['Hungarian Prime Minister Viktor Orban spoke at the United Nations on Monday.', []],
  ['The minister said he agreed with the assessment of the intelligence services.', []],
  // a promise to sign stays a promise; a negated possibility is read by the negation rewrite
  ['Iran and the United States will sign a deal on Monday.', [['Iran', 'AGREE', 'United States'], ['United States', 'AGREE', 'Iran']]],
  ['Kenya and Uganda agreed that the border would reopen on Monday.', [['Kenya', 'AGREE', 'Uganda'], ['Uganda', 'AGREE', 'Kenya']]],
  // a meeting at a place is a meeting, not an intent to meet
  ['Kenyan President William Ruto met Ugandan President Yoweri Museveni at State House in Nairobi.', [['William Ruto', 'CONSULT', 'Yoweri Museveni']]],
];

for (const [text, want] of [...ROWS, ...GUARDS]) {
  test(`events: ${text}`, () => {
    assert.deepEqual(triples(text), want);
  });
}
