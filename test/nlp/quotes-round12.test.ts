// Quote speakers, round 12 (issue 11 point 5): subjects whose phrase names an organisation or a titled person,
// interviews with no "Q:"/"A:" line starts, pronoun gender evidence, a plural noun opening a reported clause.
// Invented sentences.
import { test } from 'node:test';
import { checkQuotes as check } from './fixtures/quotes.js';

test('quotes: a kind of organisation after its name, a capitalised word of its name before "spokesperson"', () => {
  check([
    ['The Houthi movement said its fighters had shot down a drone over the coast.',
      [['its fighters had shot down a drone over the coast', 'Houthis']]],
    ['The opposition Civic Platform party says the count in two districts was rigged.',
      [['the count in two districts was rigged', 'Civic Platform']]],
    ['BRUSSELS - The European Commission will propose new rules on steel imports next month. A Commission spokesperson said the draft was still being discussed with member states.',
      [['the draft was still being discussed with member states', 'European Commission']]],
  ]);
});

test('quotes: a title with "of" and an organisation run into the name ("Chief executive of X Ana Ruiz said")', () => {
  check([
    ['Chief executive of the Nordic Timber Council Maria Lund said sawmills had cut output by a tenth.',
      [['sawmills had cut output by a tenth', 'Maria Lund']]],
  ]);
});

test('quotes: interviews run on in one paragraph, and answers in marks after the writer\'s questions', () => {
  check([
    ['RIGA - Ahead of the harvest, we asked Lotta Berglund, who runs the Baltic Grain Forum, what farmers expect. Q: Will prices hold? A: Only if the rain stops soon. Q: And exports? A: Lower than last year, by a wide margin.',
      [['Only if the rain stops soon.', 'Lotta Berglund'], ['Lower than last year, by a wide margin.', 'Lotta Berglund']]],
    ["GDANSK - As the floods recede, we spoke to Anna Kowalska's deputy at the river authority, Tomasz Wierzbicki, about the dykes. Are the dykes ready? \"Most of them. The rest will be finished by October.\" What worries you most? \"The old pumping stations near the delta.\"",
      [['Most of them. The rest will be finished by October.', 'Tomasz Wierzbicki'], ['The old pumping stations near the delta.', 'Tomasz Wierzbicki']]],
  ]);
});

test('quotes: an object pronoun is no evidence of its own subject\'s gender', () => {
  check([
    ['Finance Minister Paul Weber said the deficit would shrink. Opposition leader Karin Holm accused him of hiding the cost. "Who will pay for this?" she asked.',
      [['the deficit would shrink', 'Paul Weber'], ['Who will pay for this?', 'Karin Holm']]],
  ]);
});

test('quotes: a plural noun tagged as a verb opens a reported clause; a hyphenated given name ends the speaker\'s name', () => {
  check([
    ['Jorge Ortiz is an economist in Valparaiso. He said permits for the new dam remained tied up in the courts.',
      [['permits for the new dam remained tied up in the courts', 'Jorge Ortiz']]],
    ['BUSAN - Nurses marched on Saturday. Health Minister Park Min-jung said the ministry would hear their demands.',
      [['the ministry would hear their demands', 'Park Min-jung']]],
  ]);
});

test('quotes: "his spokesman" named later as spokesman for him; "the ambassador" named once in apposition', () => {
  check([
    ['VIENNA - Chancellor Erik Falk will visit Kyiv next week, his spokesman said on Monday. "The chancellor wants to see the reconstruction work himself," said Jonas Bauer, spokesman for the chancellor.',
      [['Chancellor Erik Falk will visit Kyiv next week', 'Jonas Bauer'], ['The chancellor wants to see the reconstruction work himself', 'Jonas Bauer']]],
    ['The Ambassador of Norway in Nairobi, Ingrid Solberg, opened the seed fair on Tuesday. Farmers from six counties attended. The Ambassador said that Oslo would fund two more fairs next year.',
      [['Oslo would fund two more fairs next year', 'Ingrid Solberg']]],
  ]);
});

test('quotes: a bare "a spokesman" speaks for the organisation that reported before, or that its sentence names', () => {
  check([
    ['MAPUTO - The World Food Programme began flying maize to the town of Pemba on Monday after floods cut the coastal road, a spokeswoman said.',
      [['The World Food Programme began flying maize to the town of Pemba on Monday after floods cut the coastal road', 'World Food Programme']]],
    ['The United States will close its consulate in the northern port next month, the State Department said. A spokesman said the staff would move to the capital.',
      [['The United States will close its consulate in the northern port next month', 'US Department of State'], ['the staff would move to the capital', 'US Department of State']]],
  ]);
});

test('quotes: a name the recognizer typed a facility still speaks as the subject of a reporting verb', () => {
  check([
    ['ROTTERDAM - A district court on Thursday blocked the sale of the harbour. Presiding judge Anneke van Dam said the city had not made its case.',
      [['the city had not made its case', 'Anneke van Dam']]],
  ]);
});

test('quotes: an interview whose questions are paragraphs of their own, with no "Q:"', () => {
  check([
    ['Interview: A Danish port economist on the new canal tolls\nShipping lines face higher fees from next year. We spoke to Mette Kjaer, who teaches maritime economics in Aarhus, about what that means.\n\nWill freight rates rise?\n\nSlightly, and mostly on the Asia routes. Carriers will pass on part of the cost, as they always do.\n\nWho loses most?\n\nSmall exporters. They cannot negotiate the way the big retailers can.',
      [['Slightly, and mostly on the Asia routes. Carriers will pass on part of the cost, as they always do.', 'Mette Kjaer'], ['Small exporters. They cannot negotiate the way the big retailers can.', 'Mette Kjaer']]],
  ]);
});

test('quotes: "he said" after a quote is not someone the quote names', () => {
  check([
    ['Lars Nyberg, the opposition leader, spoke after the vote. "Tom Berg has failed the schools," he said.',
      [['Tom Berg has failed the schools', 'Lars Nyberg']]],
    ['Lars Nyberg, the opposition leader, criticised Mayor Tom Berg over the cuts. "The mayor has failed the schools," he said.',
      [['The mayor has failed the schools', 'Lars Nyberg']]],
  ]);
});

test('quotes: "he added" goes back to the reporter of the sentence before, not a name in its opening phrase', () => {
  check([
    ['After talks with Tom Berg on Monday, Lars Nyberg said the deal was close. He added that the vote would be held in June.',
      [['the deal was close', 'Lars Nyberg'], ['the vote would be held in June', 'Lars Nyberg']]],
    ['Speaking alongside Chancellor Tom Berg in Vienna, Prime Minister Lars Nyberg said the border would stay open. He said trucks would be checked.',
      [['the border would stay open', 'Lars Nyberg'], ['trucks would be checked', 'Lars Nyberg']]],
  ]);
});

test('quotes: "it said" goes on with the office that reported in the sentence before', () => {
  check([
    ["PARIS - President Ana Ruiz spoke by telephone with Chancellor Tom Berg on Sunday. Berg's office said in a readout that Austria would not accept new tolls. Talks were useful only \"if both sides listen\", it said.",
      [['Austria would not accept new tolls', 'Tom Berg'], ['Talks were useful only', 'Tom Berg'], ['if both sides listen', 'Tom Berg']]],
  ]);
});

test('quotes: "a spokeswoman for the Bern-based agency": the organisation of that kind named before', () => {
  check([
    ['The Universal Postal Union approved new rules for parcel tracking on Monday. A spokeswoman for the Bern-based agency said members would adopt them by 2028.',
      [['members would adopt them by 2028', 'Universal Postal Union']]],
  ]);
});

test('quotes: "according to" groups of people the lexicon does not list ("aid workers"), not a plan', () => {
  check([
    ['MOMBASA - The rains have also washed away the bridge between the two towns, according to aid workers on the ground. Prices rose sharply, according to the plan.',
      [['The rains have also washed away the bridge between the two towns', null]]],
  ]);
});

test('quotes: a short label in marks inside a noun phrase is no quote; the clause holding it is', () => {
  check([
    ['HANOI - Shipments of rice to Africa rose 9 percent in June despite the region\'s "anti-dumping" levies, according to the National Bureau of Statistics.',
      [['Shipments of rice to Africa rose 9 percent in June despite the region\'s "anti-dumping" levies', 'National Bureau of Statistics']]],
    ['Ana Ruiz said troops had responded "in kind".',
      [['troops had responded', 'Ana Ruiz'], ['in kind', 'Ana Ruiz']]],
  ]);
});

test('quotes: words someone chose inside a noun phrase stay a quote', () => {
  check([
    ['Ana Ruiz said the tariffs were a "fair and measured" reply to the subsidies.',
      [['fair and measured', 'Ana Ruiz']]],
  ]);
});

test('quotes: ", adding a margin" is no report; ", adding that" is', () => {
  check([
    ['CAIRO - Traders in the old market now quote prices in euros, adding a margin to cover currency swings. Ana Ruiz called the plan "a slow disaster", adding that it would fail.',
      [['a slow disaster', 'Ana Ruiz'], ['it would fail', 'Ana Ruiz']]],
  ]);
});

test('quotes: "what it called “…” manoeuvres" judges them: a quote', () => {
  check([
    ['The United States condemned what it called "reckless and dangerous" manoeuvres by the patrol boats.',
      [['reckless and dangerous', 'United States']]],
  ]);
});

test('quotes: a reporting verb that is negated or refused reports nothing', () => {
  check([
    ['The agency did not identify the detainees or say where they were being held. Police would not say how many people had been arrested. Tom Berg would only say that the talks were going well.',
      [['the talks were going well', 'Tom Berg']]],
  ]);
});

test('quotes: in a text that quotes in single marks, a short single-quoted fragment is a quote too', () => {
  check([
    ['LONDON - Speaking in Leeds, the minister said: ‘Nobody will pay more tax this year, full stop.’ The Resolution Foundation said it was ‘hard to believe’ how the sums could add up.',
      [['Nobody will pay more tax this year, full stop.', null], ['hard to believe', 'Resolution Foundation']]],
  ]);
});

test('quotes: a unit of a named organisation ("the RSF\'s political wing") speaks for it', () => {
  check([
    ["KHARTOUM - The Rapid Support Forces seized the airport on Friday. The RSF's political wing said its units would stay in the area until a truce was signed.",
      [['its units would stay in the area until a truce was signed', 'Rapid Support Forces']]],
  ]);
});

test('quotes: an attribution inside the clause it reports ("The talks, Holm said, would resume"); "after X said"', () => {
  check([
    ["OSLO - Norway's foreign minister, Espen Holm, met his Swedish counterpart on Monday. The talks, Holm said, would resume in June. The new ferry, he added, had already been ordered.",
      [['The talks, Holm said, would resume in June', 'Espen Holm'], ['The new ferry, he added, had already been ordered', 'Espen Holm']]],
    ["Holm's remarks came after Sweden said it would close two border crossings.",
      [['it would close two border crossings', 'Sweden']]],
  ]);
});

test('quotes: a time or place adjunct after the hearer ends before the clause\'s subject ("told X on Tuesday the budget …")', () => {
  check([
    ['OSLO - Espen Holm met his Swedish counterpart on Monday. Holm told the Storting on Tuesday the budget was balanced. Holm told reporters on Tuesday inflation had peaked.',
      [['the budget was balanced', 'Espen Holm'], ['inflation had peaked', 'Espen Holm']]],
  ]);
});

test('quotes: "posted on Facebook that …" reports a clause; "posted a video that showed …" does not', () => {
  check([
    ['Espen Holm met his Swedish counterpart on Monday. Holm posted on Facebook that the meeting had gone well. The ministry posted a video that showed the bridge.',
      [['the meeting had gone well', 'Espen Holm']]],
  ]);
});

test('quotes: "according to a memo seen by …" is a source; "according to early results" is not', () => {
  check([
    ['Nine governments have asked the commission to delay the new packaging rules, according to a memo seen by this newspaper. Turnout was low, according to early results.',
      [['Nine governments have asked the commission to delay the new packaging rules', null]]],
  ]);
});

test('quotes: an interview whose intro names the interviewee without "we asked"', () => {
  check([
    ['Interview: the new head of the Danube shipping board\nIngrid Vass took over the board in March, after two years of low water.\n\nWill the barges run this summer?\n\nMost of them, if the locks are repaired in time.\n\nAnd if they are not?\n\nThen we lose another season, and the rail lines cannot take the grain.',
      [['Most of them, if the locks are repaired in time.', 'Ingrid Vass'], ['Then we lose another season, and the rail lines cannot take the grain.', 'Ingrid Vass']]],
  ]);
});
