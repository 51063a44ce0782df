// Round-13 event rules through the whole analyzer, as a table of invented sentences -> every (source, type, target).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, type Triple } from './fixtures/article.js';

const ROWS: Array<[string, Triple[]]> = [
  // the armed means or agents a possessive pronoun gives to a party act for it ("its warships", "its aircraft")
  ['Chile said its jets had struck Shining Path camps overnight.', [['Chile', 'ASSAULT', 'Shining Path']]],
  // ... and a foreign body the article names without its country acts as itself, not for the article's home country
  ['The Pentagon said its aircraft had struck an al-Shabaab camp in Somalia.', [['US Department of Defense', 'ASSAULT', 'al-Shabaab']]],
  // "fighters of X, an al-Qaeda affiliate,": the party of the "of" phrase acts, not the one its description names
  ['Fighters of al-Shabaab, an al-Qaeda affiliate, killed nine soldiers near Baidoa.', [['al-Shabaab', 'ASSAULT', null]]],
  // a sponsor named in the description of the source ("the Russian-backed militia") is no recipient
  ['The Russian-backed militia, the Wagner Group, attacked the village.', [['Wagner Group', 'ASSAULT', null]]],
  // "responded by imposing ...": the means of the main subject's act
  ['Peru responded by imposing sanctions on three Bolivian mining firms.', [['Peru', 'SANCTION', 'Bolivian']]],
  // a purpose infinitive after "from X" is the main subject's
  ['Chile recalled its ambassador from Peru to protest the ruling.', [['Chile', 'SANCTION', 'Peru'], ['Chile', 'ACCUSE', null]]],
  // "called for their release": the act asked for refers back to the captor's act
  ['Sudan detained two Kenyan engineers in Khartoum. Kenya called for their immediate release.', [['Sudan', 'COERCE', 'Kenya'], ['Kenya', 'REQUEST', 'Sudan']]],
  // a reported judgement that condemns an act told just before criticises its actor; a negated one does not
  ['Turkey closed its border with Greece. Greece said the closure was illegal and provocative.', [['Turkey', 'SANCTION', 'Greece'], ['Greece', 'ACCUSE', 'Turkey']]],
  ['India banned rice exports to Nepal. Nepal said the ban was not unfair.', [['India', 'SANCTION', 'Nepal']]],
  // a ban on trade is an embargo (CAMEO 163), whose "from X" names the country whose goods are barred
  ['Canada announced a ban on purchases of aluminium from Russia.', [['Canada', 'SANCTION', 'Russia']]],
  // a verb whose subject is an act ("An attack by X on Y killed ...") tells its toll, no second act; an act answered in
  // a clause of its own ("... was condemned by Chile") does not take the answerer as its agent
  ['An attack by Boko Haram on a base of the Nigerian army killed nine soldiers.', [['Boko Haram', 'ASSAULT', 'Nigerian']]],
  ['An attack on the embassy in Lima was condemned by Chile.', [['Chile', 'ACCUSE', null]]],
  // a leader welcomed to a place or a meeting, or received, is hosted (CAMEO 043)
  ['President Ruto welcomed Ugandan President Museveni to Nairobi for talks on the pipeline.', [['Ruto', 'CONSULT', 'Museveni']]],
  ['King Abdullah received the Egyptian foreign minister in Amman on Sunday.', [['Abdullah', 'CONSULT', null]]],
  // the party of those who report the sentence (", Cameroonian officials said.") is no recipient of its acts
  ['Boko Haram freed nine hostages on Friday, Cameroonian officials said.', [['Boko Haram', 'RETREAT', null]]],
  // an oath to do a hostile act is a threat; an act someone "engaged in" is theirs; listing firms for export control is
  // a sanction (CAMEO 163)
  ['The Houthis vowed to attack Israeli ships in the Red Sea.', [['Houthis', 'THREATEN', 'Israeli']]],
  ['Rwandan troops were involved in shelling of Congolese army posts near Goma.', [['Rwandan', 'ASSAULT', 'Congolese']]],
  ['The United States added three Chinese chipmakers to its entity list on Monday.', [['United States', 'SANCTION', 'Chinese']]],
  // a response with no party in its sentence answers the latest act of another party told just before
  ['Chile seized three Peruvian trawlers near Arica. Lima protested strongly on Tuesday.', [['Chile', 'COERCE', 'Peru'], ['Peru', 'ACCUSE', 'Chile']]],
  ['Iran fired missiles at a base in Iraq. Baghdad denounced the violation of its sovereignty.', [['Iran', 'ASSAULT', 'Iraq'], ['Iraq', 'ACCUSE', 'Iran']]],
  // ... and when its object names a kind of act ("the killings"), the latest act of that kind within two sentences
  ['Fighters of al-Shabaab killed 14 villagers near Baidoa on Monday. Kenya said it would send two more battalions to the border. The African Union condemned the killings.',
    [['al-Shabaab', 'ASSAULT', null], ['Kenya', 'MOBILIZE', null], ['African Union', 'ACCUSE', 'al-Shabaab']]],
  // whoever reports the sentence is no recipient of its acts, however the parse hangs the report
  ['Norway and Iceland agreed on Monday to build a joint rescue centre in Tromso. Norway will fund the building and provide two patrol boats, Hansen said.',
    [['Norway', 'AGREE', 'Iceland'], ['Iceland', 'AGREE', 'Norway']]],
  // an infinitive after "wrote to X" is the writer's purpose, not X's act
  ['The mayor of Lviv, Andriy Sadovyi, wrote to the European Commission to ask for more generators.', [['Andriy Sadovyi', 'REQUEST', 'European Commission']]],
  // putting people on a list of blocked persons is a sanction, not PETRARCH2's "add" under GRANT (cooperation)
  ['The Office of Foreign Assets Control added the Kenyan traders Peter Otieno and John Kamau to its list of blocked persons.',
    [['Office of Foreign Assets Control', 'SANCTION', 'Peter Otieno'], ['Office of Foreign Assets Control', 'SANCTION', 'John Kamau']]],
  ['The minister added that the talks with Peru had been useful.', []],
  // flying or sailing into another state's airspace or waters is a show of force at it; waters nobody's named are not
  ['Four Belarusian helicopters flew into Lithuanian airspace on Monday night.', [['Belarusian', 'MOBILIZE', 'Lithuanian']]],
  ['Two Iranian drones violated Iraqi airspace near Erbil.', [['Iranian', 'MOBILIZE', 'Iraqi']]],
  // a verdict given in quotation marks (called the incursion "a reckless and hostile act") is a criticism
  ['Four Belarusian helicopters flew into Lithuanian airspace on Monday night. Foreign Minister Kestutis Budrys called the incursion "a reckless and hostile act".',
    [['Belarusian', 'MOBILIZE', 'Lithuanian'], ['Kestutis Budrys', 'ACCUSE', 'Belarusian']]],
  // "after" opens a clause whose subject acts; its parties are no recipients of the act before it
  ['Latvia asked for talks with its allies, a day after four Belarusian helicopters flew into Latvian airspace.',
    [['Latvia', 'REQUEST', null], ['Belarusian', 'MOBILIZE', 'Latvia']]],
  // a promise to give an amount is the aid itself, given to the country of the place it goes to when no party is named
  ['Norway agreed to give $20 million to Sudan for food.', [['Norway', 'AID', 'Sudan']]],
  ['Germany provided 200 million euros to Jordan for water projects.', [['Germany', 'AID', 'Jordan']]],
  ['Japan committed to provide $30 million to rebuild clinics in Mosul, Iraq.', [['Japan', 'AID', 'Iraq']]],
];

for (const [text, want] of ROWS) {
  test(`events: ${text}`, () => {
    assert.deepEqual(triples(text), want);
  });
}
