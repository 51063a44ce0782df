// Round-20b events through the whole analyzer, as a table of invented sentences -> every (source, type, target). Each
// row of ROWS failed on the code before it; GUARDS hold what the new rules must not do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triples, type Triple } from './fixtures/article.js';

const ROWS: Array<[string, Triple[]]> = [
  // forces sent or drilled around or off a party's land are a show of force at it (stages/events-patterns.ts AREA_TARGET_PREPS)
  ['China sent 20 warships around Japan on Wednesday.', [['China', 'MOBILIZE', 'Japan']]],
  ['Turkey deployed two frigates off Cyprus on Monday.', [['Turkey', 'MOBILIZE', 'Cyprus']]],
  // the writer's comment on a charge (", a charge that X denies") ends the charge: its verb is the accused's denial
  ['Zambia accused Malawi on Friday of training rebels near the border, a charge that Lilongwe has denied.',
    [['Zambia', 'ACCUSE', 'Malawi'], ['Malawi', 'REJECT', 'Zambia']]],
  // ... and the name before the comment is no conjunct of the reduced relative's subject
  ['Lithuanian officials accused Belarus of sheltering Russian units, a claim Minsk rejected.',
    [['Lithuanian', 'ACCUSE', 'Belarus'], ['Belarus', 'REJECT', 'Lithuanian']]],
  // a hostile act noun in an adjunct of the hostile act just coded ("killed X in a raid") is its occasion, no new act
  ['Nigerian troops killed 14 fighters of the Islamic State West Africa Province in a raid near Maiduguri.',
    [['Nigerian', 'ASSAULT', 'Islamic State West Africa Province']]],
  // money given "to the appeal" goes to the one who appealed; the appeal is no request of the giver
  ['The World Food Programme appealed on Monday for $80 million to feed flood victims in Malawi. Norway pledged 10 million kroner to the appeal.',
    [['World Food Programme', 'REQUEST', null], ['Norway', 'AID', 'World Food Programme']]],
  // a party inside a clause that modifies the object noun describes the object, it is not the recipient
  ['"We will never accept a council trying to overrule the vote of the Bolivian people," Foreign Minister Ana Rojas said.',
    [['Ana Rojas', 'REJECT', null]]],
  // a complaint lodged "after" a party's act answers that act (the subject of the "after" clause)
  ["Kenya filed a protest with the African Union after Somalia's border guards detained three Kenyan traders.",
    [['Kenya', 'ACCUSE', 'Somalia'], ['Somalia', 'COERCE', 'Kenya']]],
  // two people who sign together at a place named have met
  ["Kenya's foreign minister, Musalia Mudavadi, and his Ugandan counterpart, Jeje Odongo, signed the accord in Kampala on Friday.",
    [['Musalia Mudavadi', 'AGREE', 'Jeje Odongo'], ['Jeje Odongo', 'AGREE', 'Musalia Mudavadi'], ['Musalia Mudavadi', 'CONSULT', 'Jeje Odongo']]],
  // an attack one side reports and the other denies is also an accusation by the side reporting it
  ["Georgia's interior ministry said Russian troops had shelled its checkpoints in the Akhalgori district overnight, an accusation Moscow rejected.",
    [['Russia', 'ASSAULT', 'Georgia'], ['Georgia', 'ACCUSE', 'Russia'], ['Russia', 'REJECT', 'Georgia']]],
  // "allies" or "member states" told by an officer of an alliance (his title names it) act as that alliance
  ['The NATO Secretary General, Jaap Smit, said allies stand firmly behind Moldova.', [['NATO', 'SUPPORT', 'Moldova']]],
];

const GUARDS: Array<[string, Triple[]]> = [
  // an area that names no party gives no recipient
  ['The navy deployed two frigates off the coast on Monday.', []],
  // a comment on a charge that is no denial adds nothing
  ['Kenya accused Uganda of shelling border villages, a claim that led to protests.', [['Kenya', 'ACCUSE', 'Uganda']]],
  // "after" with no clause is a time, not the act answered
  ['Kenya condemned the killings after talks with Uganda.', [['Kenya', 'ACCUSE', null]]],
  // allies named by someone who speaks for no alliance are no party
  ['The Polish president said allies stand firmly behind Moldova.', []],
  // states that sign have agreed; no meeting of people is told
  ['Kenya and Uganda signed a border deal on Sunday.', [['Kenya', 'AGREE', 'Uganda'], ['Uganda', 'AGREE', 'Kenya']]],
];

for (const [text, want] of [...ROWS, ...GUARDS]) {
  test(`events: ${text}`, () => {
    assert.deepEqual(triples(text), want);
  });
}
