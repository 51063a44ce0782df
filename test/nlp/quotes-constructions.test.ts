// Quote detection and speakers by construction, through the whole analyzer (round 9): subjects the chunker cannot
// reach (a parenthetical holding a list, a reduced relative), reported clauses after ", however, that" or a quantifier,
// participle and coordinated verbs of judgement, "according to" as the source of a report, titles with "of", inverted
// "told reporters", relative clauses, statements "posted on" a platform. Invented sentences.
import { test } from 'node:test';
import { checkQuotes as check } from './fixtures/quotes.js';

test('quotes: a subject the chunker cannot reach', () => {
  check([
    // the parenthetical holds a list: its commas are no bounds
    ['The Northern Fishers Union, founded by crews from Tromsø, Bodø and Alta after the 1990 strike, said in a statement from Oslo that it opposed the new quota.',
      [['it opposed the new quota', 'Northern Fishers Union']]],
    // a reduced relative between the subject and the cue
    ['Residents and traders interviewed by this newspaper say the market has lost half its customers since March.',
      [['the market has lost half its customers since March', null]]],
    ['But officials, bankers and analysts interviewed for this report say the recovery remains fragile, and that the port strike could reopen old disputes.',
      [['the recovery remains fragile, and that the port strike could reopen old disputes', null]]],
  ]);
});

test('quotes: where the reported clause starts', () => {
  check([
    ['Ruben Kaskela noted, however, that the harbour had not been dredged since 2019.', [['the harbour had not been dredged since 2019', 'Ruben Kaskela']]],
    ['The Valmora Forestry Agency said at least 46 hectares had burned.', [['at least 46 hectares had burned', 'Valmora Forestry Agency']]],
    ['Ruben Kaskela said up to 300 homes were flooded.', [['up to 300 homes were flooded', 'Ruben Kaskela']]],
  ]);
});

test('quotes: verbs of judgement after a report share its speaker', () => {
  check([
    // ", calling for “…”" ends the reported clause and is the reporter's
    ['Lena Sorvik, speaking at a trade fair in Bergen last week, said Norland valued its ties with Peru, calling for "a partnership of equals", but she also urged Lima to act against "those who smuggle timber".',
      [['Norland valued its ties with Peru', 'Lena Sorvik'], ['a partnership of equals', 'Lena Sorvik'], ['those who smuggle timber', 'Lena Sorvik']]],
    // "said A and accused it of “…”": not the subject of A
    ["Norland's foreign ministry spokeswoman Lena Sorvik said Lima bore full responsibility for the delays and accused it of \"playing games with the border\" all year.",
      [['Lima bore full responsibility for the delays', 'Lena Sorvik'], ['playing games with the border', 'Lena Sorvik']]],
    // a fragment whose verb has an unnamed subject, inside a reported clause: the reporter's words
    ['The Valmora Forestry Agency said its crews had cleared the northern road, and that firefighters had responded "with remarkable speed".',
      // (round 29: "A, and that B" is one report when the fragment only closes B)
      [['its crews had cleared the northern road, and that firefighters had responded', 'Valmora Forestry Agency'], ['with remarkable speed', 'Valmora Forestry Agency']]],
  ]);
});

test('quotes: inverted attributions, "according to", titles with "of"', () => {
  check([
    // "according to" the source of a report already found is no report of its own
    ['Lena Sorvik told Ivo Tarkan that Norland would not reopen the border, according to two officials in Oslo.',
      [['Norland would not reopen the border', 'Lena Sorvik']]],
    ['"We will not be intimidated," said Secretary of State Ivo Tarkan on Monday.', [['We will not be intimidated', 'Ivo Tarkan']]],
    ['The harbour will reopen, according to the Minister of Fisheries, Lena Sorvik.', [['The harbour will reopen', 'Lena Sorvik']]],
    // inverted "told reporters", "told the X Times"
    ['The fire is contained, a Valmora Forestry Agency spokesman told reporters.', [['The fire is contained', 'Valmora Forestry Agency']]],
    ['The road will reopen on Friday, Lena Sorvik told reporters in Lima.', [['The road will reopen on Friday', 'Lena Sorvik']]],
  ]);
});

test('quotes: relative clauses, the body behind a statement', () => {
  check([
    // a cue in a relative clause reports up to the main verb; "who" stands for the name its description follows
    ['Ana Ruiz, the rival candidate who says she carried the province, blamed the council for delaying the count.', [['she carried the province', 'Ana Ruiz']]],
    // the cue's object with a relative clause on it is no report
    ['No group has claimed the bombing, which came a day after the Valmora Rebel Front vowed revenge.', []],
    ['Lena Sorvik said the bombing, which killed five people, had been planned for weeks.', [['the bombing, which killed five people, had been planned for weeks', 'Lena Sorvik']]],
    // "Leaders of X" speak for X; a dateline is no subject
    ["LIMA (Example Wire) - Leaders of the Andean Community on Sunday gave Peru's new rulers until March to publish an election timetable, warning that the country would face sanctions unless a date was set.",
      [['the country would face sanctions unless a date was set', 'Andean Community']]],
    // "the group" after "a statement posted on Telegram" is the group named before, not the platform
    ['The Valmora Rebel Front says two of its commanders died in the raid. In a video posted on Telegram, the group accused the army of "a cowardly ambush" and said that soldiers in the valley were now targets.',
      [['two of its commanders died in the raid', 'Valmora Rebel Front'], ['a cowardly ambush', 'Valmora Rebel Front'], ['soldiers in the valley were now targets', 'Valmora Rebel Front']]],
  ]);
});

test('quotes: a speaker the recognizer missed, or the voice of a person\'s office', () => {
  check([
    // a full name after a long title is the person (recognizer.ts, taggedPeople), also when the article names the
    // person first by surname alone
    ['"We will not yield," said Minister of Foreign Affairs Juan Carlos Olvera Berrueta. Later, Minister Olvera Berrueta flew to Lima.',
      [['We will not yield', 'Juan Carlos Olvera Berrueta']]],
    ['Minister Olvera Berrueta spoke first. Then Minister of Fisheries Juan Carlos Olvera Berrueta told reporters that the quota would rise.',
      [['the quota would rise', 'Juan Carlos Olvera Berrueta']]],
    // an unnamed spokesperson of a body named before: "the ministry's spokesperson", "a ministry spokeswoman"
    ['The Norland Fisheries Ministry issued new rules. The ministry\'s spokesperson said the rules would apply from May.',
      [['the rules would apply from May', 'Norland Fisheries Ministry']]],
    ['The Norland Fisheries Ministry issued new rules. "They apply from May," a ministry spokeswoman said.',
      [['They apply from May', 'Norland Fisheries Ministry']]],
    // not when a name says whose ministry it is
    ['The Norland Fisheries Ministry issued new rules. A Vestrian ministry spokeswoman said the rules were unfair.', [['the rules were unfair', null]]],
    // "X's office", "a statement from X"
    ['Lena Sorvik met the fleet. Lena Sorvik\'s office said the talks would resume on Monday.', [['the talks would resume on Monday', 'Lena Sorvik']]],
    ['A statement from the Norland Fisheries Ministry said the quota would rise.', [['the quota would rise', 'Norland Fisheries Ministry']]],
    // "the fund" in the lede names the body the text names after it
    ['Norland wants a quick loan; the fund says spending cuts come first.\n\nTalks between Norland and the International Monetary Fund resumed in Oslo on Monday.',
      [['spending cuts come first', 'International Monetary Fund']]],
    ['Lena Sorvik highlighted that the quota would rise.', [['the quota would rise', 'Lena Sorvik']]],
    ['Lena Sorvik highlighted the risks of overfishing.', []],
    // cues that otherwise take only a direct quote report a "that" clause, but for requests
    ['Sigrid Holmqvist promised that no family would be left without shelter.', [['no family would be left without shelter', 'Sigrid Holmqvist']]],
    ['Pavel Drozd complained that the warnings had been ignored.', [['the warnings had been ignored', 'Pavel Drozd']]],
    ['Sigrid Holmqvist urged that the vote be delayed.', []],
  ]);
});

test('quotes: a colon, a label, a long parenthetical before the cue', () => {
  check([
    ['Lena Sorvik told the Norland Times: "The quota stays." She added that talks would resume.',
      [['The quota stays.', 'Lena Sorvik'], ['talks would resume', 'Lena Sorvik']]],
    ['Lena Sorvik: "The quota stays."', [['The quota stays.', 'Lena Sorvik']]],
    ['Lena Sorvik met the fleet. She did not mince words: "We will not yield."', [['We will not yield.', 'Lena Sorvik']]],
    ['"We will not yield," Lena Sorvik, who has led the ministry since 2019 and previously chaired the national fishing board, said in Oslo.',
      [['We will not yield', 'Lena Sorvik']]],
  ]);
});

test('quotes: interviews: the person asked, not the byline; answers labelled by name', () => {
  check([
    ['By Maria Lindgren\n\nDams on the upper river were debated in parliament on Monday, where Fisheries Minister Ivo Tarkan defended them. We asked Aigerim Tokayeva, who led the barrier review, what went wrong.\n\nQ: Is the barrier safe?\n\nA: Safer than it was.',
      [['Safer than it was.', 'Aigerim Tokayeva']]],
    ['We asked Aigerim Tokayeva, who led the barrier review, what went wrong.\n\nQ: Is the barrier safe?\n\nTokayeva: Safer than it was.\n\nQ: What should change?\n\nAigerim Tokayeva: The maintenance budget, first of all.',
      [['Safer than it was.', 'Aigerim Tokayeva'], ['The maintenance budget, first of all.', 'Aigerim Tokayeva']]],
    // a quote inside a longer answer does not stand for the answer (and, round 28, is part of it: no quote of its own)
    ['We asked Aigerim Tokayeva, who led the barrier review, what went wrong.\n\nQ: Is the barrier safe?\n\nA: Safer than it was. The engineers say the concrete is ageing fast.',
      [['Safer than it was. The engineers say the concrete is ageing fast.', 'Aigerim Tokayeva']]],
  ]);
});

test('quotes: a quoted adverbial after a complete reported clause; a fragment still waiting for its clause', () => {
  check([
    // the clause before an adverbial fragment ("until …", "at …") is reported too
    ['Ana Ruiz told a press conference in Lima that the mine would remain shut "until the inspectors sign off".',
      [['the mine would remain shut', 'Ana Ruiz'], ['until the inspectors sign off', 'Ana Ruiz']]],
    ['Ana Ruiz spoke in Lima on Monday. Fishing rights will be shared "on equal terms from next spring", she added.',
      [['Fishing rights will be shared', 'Ana Ruiz'], ['on equal terms from next spring', 'Ana Ruiz']]],
    // but not a verb the fragment completes
    ['Ana Ruiz said the navy would "keep its ships in port".', [['keep its ships in port', 'Ana Ruiz']]],
    // a second fragment, after the first, is cut from its reported clause as well
    ['Ivo Tarkan said the drone had flown over a zone "where every flight needs a permit" and that the air force would "answer any repeat in kind".',
      [['the drone had flown over a zone', 'Ivo Tarkan'], ['where every flight needs a permit', 'Ivo Tarkan'], ['answer any repeat in kind', 'Ivo Tarkan']]],
    // `"…," said X, head of Y, who …`: the comma inside the marks, an apposition after the speaker
    ['Growers greeted the ruling "with relief, but no joy," said Ivo Tarkan, who chairs the Valmora Growers Union, speaking in Dorvik.',
      [['with relief, but no joy', 'Ivo Tarkan']]],
  ]);
});

test('quotes: where a report was made; "the statement"; sources with no name', () => {
  check([
    // ", in a statement published on …" is where it was said
    ['The Valmora Forestry Agency said the fire was under control, in a statement published on its website.',
      [['the fire was under control', 'Valmora Forestry Agency']]],
    // "according to the ministry": a body that speaks
    ['Two trucks were held at the customs post on Friday, according to the ministry.',
      [['Two trucks were held at the customs post on Friday', null]]],
    // "according to the ministry": the body whose ministry reported last
    ["Two trucks were held at the customs post, Valmora's interior ministry said on Monday. The shipment held no export licence, according to the ministry.",
      [['Two trucks were held at the customs post', 'Valmora'], ['The shipment held no export licence', 'Valmora']]],
    // "the statement said": whoever put out the statement named last
    ['In a statement, the Northern Fishers Union said the strike would go on. The strike was "the only answer left", the statement said.',
      [['the strike would go on', 'Northern Fishers Union'], ['the only answer left', 'Northern Fishers Union']]],
    // verbs that report only with "that" also report a clause opened by a subject pronoun
    ['The Valmora Forestry Agency confirmed it would review the permits.', [['it would review the permits', 'Valmora Forestry Agency']]],
    ['The Valmora Forestry Agency confirmed the closure of the park.', []],
    // ", adding …" inside a clause reported in reverse is no cue of its own
    ['Dorvik port has lost a third of its cargo this year, adding pressure on the town budget, its director Ana Ruiz said.',
      [['Dorvik port has lost a third of its cargo this year, adding pressure on the town budget', 'Ana Ruiz']]],
    // a title the recognizer leaves out of the name, then a long apposition
    ['"We will hold the line," Air Marshal Ivo Tarkan, who commands the air wing at Dorvik base (ADB), told the VTV channel on Monday.',
      [['We will hold the line', 'Ivo Tarkan']]],
    // "he" after an unnamed speaker ("a shopkeeper … said") is that speaker, not the person named before
    ['General Ivo Tarkan said the army was winning. A shopkeeper in Dorvik, speaking from behind his counter, said the bridge had been shut for a week. "Nobody moves after dark," he said.',
      [['the army was winning', 'Ivo Tarkan'], ['the bridge had been shut for a week', null], ['Nobody moves after dark', null]]],
  ]);
});
