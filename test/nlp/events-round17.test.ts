// Round-17 event arguments through the whole analyzer, as a table of invented sentences -> every (source, type, target).
// Each row failed on the round-16 code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, type Triple } from './fixtures/article.js';

const ROWS: Array<[string, Triple[]]> = [
  // a reduced passive relative with a phrase trigger or an adverb before the participle: the noun is the one acted on,
  // the "by" phrase the agent
  ['The minister met the relatives of Britons taken hostage by Hamas in October.',
    [['Hamas', 'ASSAULT', 'United Kingdom']]],
  ['The envoy pressed for the return of Americans unjustly detained by Venezuela.',
    [['Venezuela', 'COERCE', 'United States']]],
  // whom a defence is against is no one it supports: "defend itself against X", "in the face of X's invasion"
  ['Moldova will keep defending itself against Russia\'s hybrid attacks, the president said.', [['Russia', 'ASSAULT', null]]],
  ['The Armenian people defended their homeland in the face of Azerbaijan\'s offensive.',
    [['Azerbaijan', 'ASSAULT', 'Armenian']]],
  ['Israel defends itself from Hezbollah rockets every night.', []],
  // the medium that carries a statement is no party to its acts
  ['Egypt said it would continue to support UN mediation in Sudan, in remarks carried by the Middle East News Agency.',
    [['Egypt', 'SUPPORT', 'United Nations']]],
  // the source of an opening "According to X," reports the clause, it does not act in it
  ['According to Reuters, Turkish jets struck a PKK depot in northern Iraq.',
    [['Turkish', 'ASSAULT', 'Kurdistan Workers\' Party']]],
  // ... nor does one cited between commas inside the clause
  ['Thailand has long pushed back boats of refugees, a practice which, according to AFP, the United Nations and the European Union have both condemned.',
    [['United Nations', 'ACCUSE', null], ['European Union', 'ACCUSE', null]]],
  // the reporter of a trailing ", a/the X (ABBR) said/reported" is no recipient
  ['The United Nations will provide 20,000 tons of food aid to refugees in Chad, the World Food Programme (WFP) said on Monday.',
    [['United Nations', 'AID', 'Chad']]],
  ['Sudan agreed on Friday to reopen the Adre crossing for aid convoys, a UN official said.', [['Sudan', 'AGREE', null]]],
  // one sentence reports an act once, however many triggers name it
  ['Yemen\'s government and the Houthis agreed to extend the truce. Houthi fighters attacked government positions east of Marib on Friday, killing six soldiers.',
    [['Yemen', 'AGREE', 'Houthis'], ['Houthis', 'AGREE', 'Yemen'], ['Houthis', 'ASSAULT', 'Yemen']]],
  // converse verbs: the subject of "faces", "obtained", "received" receives the act the party after "from" does
  ['Iran faces new sanctions from the European Union.', [['European Union', 'SANCTION', 'Iran']]],
  ['Mali obtained a loan from the World Bank.', [['World Bank', 'AID', 'Mali']]],
  ['Serbia received a request from Kosovo to reopen the crossing.', [['Kosovo', 'REQUEST', 'Serbia']]],
  // the object of a verb of discussion is its topic, never its partner
  ['Security Adviser Tom Brand met Foreign Minister Lina Sarr of Senegal. The Security Adviser and Foreign Minister discussed the impact of Iran\'s drone exports on shipping.',
    [['Tom Brand', 'CONSULT', 'Lina Sarr']]],
  // an official's act and the same act of the state her title names, in one sentence, are one act, hers
  ['Chilean Foreign Minister Ana Torres reaffirmed Chile\'s support for Peru\'s bid to host the Pacific games.',
    [['Ana Torres', 'SUPPORT', 'Peru']]],
  // the owner of an amount of acts is their agent: "block the EU's package of sanctions" is the EU's sanctions
  ['Hungary threatened on Monday to block the European Union\'s new package of sanctions against Belarus.',
    [['Hungary', 'THREATEN', 'European Union'], ['European Union', 'SANCTION', 'Belarus']]],
  // a condemnation of a definite act told just before is aimed at its author
  ['Serbia expelled two Croatian diplomats on Monday. Croatia accused Belgrade of provocation. Slovenia criticised the expulsions.',
    [['Serbia', 'SANCTION', 'Croatia'], ['Croatia', 'ACCUSE', 'Serbia'], ['Slovenia', 'ACCUSE', 'Serbia']]],
];

for (const [text, want] of ROWS) {
  test(`events: ${text}`, () => {
    assert.deepEqual(triples(text), want);
  });
}
