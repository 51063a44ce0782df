import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanScrapedText, cleanBody, countSentences, isRepeatOf } from '../../src/ingest/clean.js';
import { junkReason } from '../../src/ingest/junk.js';
import { isBareDate, parseByline, parseDateline } from '../../src/ingest/meta.js';

// Lines that are page furniture, never article text.
const JUNK: string[] = [
  'image', 'Image', 'IMAGE', 'Photo', '[Image]', '(Photo)', 'Image 2 of 5', 'Video', 'Gallery', 'Loading...',
  'Photo: Firefighters clear debris after last year\'s storm. (Example Wire/File)',
  'Photograph: Maxim Shemetov/Reuters',
  'Image: Getty Images',
  'Image caption, Residents queue for water in Khartoum',
  'Image source, Getty Images',
  'Credit: Jane Doe for The Example Times',
  'Soldiers march in Red Square on May 9. Photograph: Maxim Shemetov/Reuters',
  'Delegates arrive in Jeddah on Sunday. REUTERS/Ahmed Yosri',
  'President Joe Biden speaks at the White House. (AP Photo/Evan Vucci)',
  '(Photo by Jane Doe/AFP via Getty Images)',
  'Jane Doe/Getty Images', 'Reuters/Jane Doe', 'AP Photo/Evan Vucci', 'EPA-EFE/STR',
  'Protesters gather outside parliament | Getty Images',
  '(Example Wire/File)', '(Reuters)', 'Getty Images', 'AFP', 'File photo', 'File photo: Troops on patrol near Kharkiv',
  'Advertisement', 'ADVERTISEMENT', 'Ad', 'Sponsored content', 'Story continues below advertisement', 'Article continues below',
  'Continue reading the main story', 'Scroll to continue with content', 'Skip advertisement',
  'Share this article', 'Share', 'Share on Facebook', 'Share on X', 'Share | Tweet | Email', 'Facebook Twitter WhatsApp', 'Copy link',
  'Link copied to clipboard', 'Comments (12)', 'View comments', 'Leave a comment', 'Print this article',
  'Subscribe to our newsletter', 'Subscribe', 'Sign up for our daily briefing', 'Sign up', 'Already a subscriber? Log in',
  'Get the latest news delivered to your inbox', 'Download the app', "Don't miss our newsletter", 'Create a free account to continue reading',
  'Support independent journalism', 'Follow us on Twitter', 'Follow Example Wire on Facebook', 'Follow @examplewire',
  'Read more: Council approves new budget', 'READ MORE: What the ruling changes', 'Read more', 'Related: Ukraine talks stall',
  'Related', 'Related articles', 'Related stories', 'More on this story', 'See also: The Baltic cable mystery', 'Also read: Why NATO matters',
  'Recommended', 'Most read', 'You may also like', 'Watch: Drone footage of the strike', 'Read more » Why the cable matters',
  'Click here to read the full report', 'Tap here for live updates',
  'We use cookies to improve your experience', 'Accept all cookies', 'Manage cookie settings', 'Privacy Policy', 'Terms of Use | Privacy Policy',
  'Copyright © 2024 Example Wire', '© 2025 Reuters', 'Copyright 2024 The Associated Press. All rights reserved.', 'All rights reserved.',
  'Our Standards: The Thomson Reuters Trust Principles.',
  '•', '|', '* * *', '---', '###', '– ENDS –', '-30-', 'ENDS',
  'FOR IMMEDIATE RELEASE', 'Media contact: Harbour Authority Communications Unit, press@harbour-example.test', 'Press contact: Jane Doe, +1 555 0100',
  'Listen to this article', 'Listen to this story (4 min)', '5 min read', '3 minute read', 'Reading time: 4 minutes', 'Listen',
  'Published 3 hours ago', 'Updated: March 3, 2024 10:15 AM EST', 'Last updated on 12 May 2025', 'Posted 2024-03-03',
  'Home', 'Menu', 'Skip to main content', 'Back to top', 'Next article', 'Please enable JavaScript to view this content',
  'Topics: NATO, Ukraine, Russia', 'Tags: China, Taiwan', 'Filed under: Europe',
  'Reporting by Kiyoshi Takenaka; Editing by Jane Doe', '(Reporting by John Roe; additional reporting by Jane Doe; editing by Alex Poe)',
  'Additional reporting by Mark Rowe in Tallinn', 'About the author',
  'Correction: A previous version of this story misnamed the venue of the hearing. It was held at the town hall.',
  "Editor's note: This story has been updated to include a statement from the ministry.",
  'Clarification (June 12): An earlier version of this report misspelled the mayor\'s surname.',
];

// Real article lines that resemble junk and must survive.
const KEEP: string[] = [
  'Image is everything in politics, the minister said, and the summit was staged accordingly.',
  'Images from the scene showed a burned-out bus and debris across the road.',
  '"I have seen the photo and it is fake," the spokesman told reporters.',
  'A photo published by state media showed Kim inspecting a new missile launcher.',
  'He showed reporters a photo: a burned-out car.',
  'A Reuters/Ipsos poll showed support for the measure at 41 percent.',
  'The company said in its newsletter that profits had fallen for a third quarter.',
  'Subscribers to the service will see prices rise in June, the regulator said.',
  'Support for the measure among members fell sharply after the vote.',
  'Join the alliance as a full member, Zelensky urged the leaders.',
  'Follow-up talks are planned for next week in Geneva.',
  'Share prices in Tokyo fell 3 percent on Monday.',
  'Share the burden fairly, the NATO chief told allies.',
  'Read the statement, and you will see what we mean, she said.',
  'Related talks in Vienna ended without progress.',
  'More than 40 cities have joined the scheme, Chilean officials said.',
  'The regulator said the company’s privacy policy violated EU law.',
  'Advertisers pulled out of the platform after the ruling.',
  'Click-through rates fell, the company said.',
  'Published in 1998, the report warned of a looming water crisis in the region.',
  'Updated figures released on Tuesday showed inflation at 3.1 percent.',
  'Home Secretary Yvette Cooper said the new rules would take effect in April.',
  'Listen to the people, the protesters chanted outside parliament.',
  'Watch the skies, the air force warned residents.',
  'Yes.',
  'No.',
  'Correction of the error took weeks, officials said.',
  'Correction: the ministry said the figure was wrong, not the agency.',
  '16:40 BRT',
  'Q: What should cities do first?',
  'A: Three things.',
  'Copyright law was at the centre of the dispute, the court said.',
  'Source code for the app was leaked online, investigators said.',
  'By Tuesday, the troops had left the town.',
  'By the close of 2027, the alliance will have 32 members.',
  'Getty Images said it would appeal the ruling.',
  'Menu prices rose 5 percent last year, the survey found.',
  'Comments by the minister drew criticism from the opposition.',
  'Evan Gershkovich is a reporter for the Wall Street Journal who was detained in Russia.',
];

test('junk lines are recognised', () => {
  for (const line of JUNK) assert.notEqual(junkReason(line), null, `should be junk: ${line}`);
});

test('real lines are not junk', () => {
  for (const line of KEEP) assert.equal(junkReason(line), null, `should be kept: ${line} (rule ${junkReason(line)})`);
});

test('junk lines are removed from the body and listed in removed; real lines stay', () => {
  const body = 'The alliance met in Brussels on Tuesday, officials said.';
  for (const line of JUNK) {
    const r = cleanScrapedText(`Allies meet in Brussels\n\n${body}\n\n${line}\n\nThe talks will continue on Wednesday.`);
    assert.ok(!r.text.split('\n').includes(line), `junk left in text: ${line}`);
    assert.ok(r.removed.includes(line), `not listed in removed: ${line}`);
  }
  for (const line of KEEP) {
    const r = cleanScrapedText(`Allies meet in Brussels\n\n${body}\n\n${line}\n\nThe talks will continue on Wednesday.`);
    assert.ok(r.text.split('\n\n').includes(line), `real line dropped: ${line}`);
  }
});

const TITLES: Array<[string, string]> = [
  ['Rutte says NATO cannot be naive\n\nimage\n\nRutte says NATO cannot be naive\n\nThe NATO chief spoke in Tokyo on Tuesday.', 'Rutte says NATO cannot be naive'],
  ['FOR IMMEDIATE RELEASE\n\nCERA sends water pumps to flooded valley\n\nLINDALE, 14 May 2026 – The CERA office announced more pumps.', 'CERA sends water pumps to flooded valley'],
  ['Advertisement\nimage\nPhoto: A ship at sea. (Example Wire)\nTroops begin Arctic drill\nThe exercise began on Monday.', 'Troops begin Arctic drill'],
  ['World\nTroops begin Arctic drill\n\nThe exercise began on Monday in Norway.', 'Troops begin Arctic drill'],
  ['EXCLUSIVE\n\nLeaked memo shows rift in cabinet\n\nThe memo, seen by Example Wire, was dated March 2.', 'Leaked memo shows rift in cabinet'],
  ['LIVE: Finance ministers meet in Lisbon\nFollow our live coverage.\n\n10:15 WET\nThe talks opened.', 'LIVE: Finance ministers meet in Lisbon'],
  ['Interview: A flood engineer on river defences\n\nQ: What failed?\n\nA: The old levees.', 'Interview: A flood engineer on river defences'],
  ['By Jane Doe\nMinisters agree on budget\n\nThe deal was struck late on Friday.', 'Ministers agree on budget'],
  ['   \n\n\uFEFFHeadline with spaces around   \r\n\r\nBody text of the article follows here.', 'Headline with spaces around'],
];

test('the first real line is the headline', () => {
  for (const [raw, title] of TITLES) assert.equal(cleanScrapedText(raw).title, title, raw);
});

test('the repeated headline is removed, exact or near-exact', () => {
  const rows: Array<[string, string]> = [
    ['Troops begin Arctic drill in Norway', 'Troops begin Arctic drill in Norway'],
    ['Troops begin Arctic drill in Norway', 'TROOPS BEGIN ARCTIC DRILL IN NORWAY'],
    ['Troops begin Arctic drill in Norway', 'Troops begin Arctic drill in Norway.'],
    ['Troops begin Arctic drill in northern Norway', 'Troops begin Arctic drill in northern Norway as allies watch'],
    ["The mayor said the city won't be 'rushed' over the harbour's future.", 'The mayor said the city won’t be ‘rushed’ over the harbour’s future.'],
  ];
  for (const [title, repeat] of rows) {
    assert.ok(isRepeatOf(repeat, title), repeat);
    const r = cleanScrapedText(`${title}\n\n${repeat}\n\nThe exercise began on Monday in Norway, officials said.\n\nIt ends on March 20.`);
    assert.equal(r.title, title);
    assert.ok(!r.text.includes(repeat), `repeat kept: ${repeat}`);
    assert.ok(r.removed.includes(repeat));
  }
  const notRepeats: Array<[string, string]> = [
    ['Troops begin Arctic drill in Norway', 'Troops begin an exercise that will test the alliance in the far north of Europe'],
    ['Putin meets Xi', 'Xi meets Modi'],
  ];
  for (const [title, line] of notRepeats) assert.ok(!isRepeatOf(line, title), line);
});

test('a one-line input is both headline and body; a long first line is body', () => {
  const one = cleanScrapedText('Putin met Xi in Moscow on Tuesday.');
  assert.equal(one.title, 'Putin met Xi in Moscow on Tuesday.');
  assert.equal(one.text, 'Putin met Xi in Moscow on Tuesday.');
  const lede = 'Putin met Xi in Moscow on Tuesday. The two leaders signed a pact. They also discussed trade, energy and the war in Ukraine, officials said.';
  const r = cleanScrapedText(`${lede}\n\nMore talks are planned.`);
  assert.equal(r.title, 'Putin met Xi in Moscow on Tuesday.');
  assert.ok(r.text.startsWith(lede));
  // a lede whose first sentence is most of it is still kept in full, not taken for a repeated headline
  const lede2 = 'Putin met Xi in Moscow on Tuesday to sign a broad pact on energy, trade and security cooperation, officials said. They also dined.';
  const r2 = cleanScrapedText(lede2);
  assert.equal(r2.text, lede2);
  assert.ok(r2.title.startsWith('Putin met Xi in Moscow on Tuesday'));
});

const SUBTITLES: Array<[string, string | null]> = [
  ['Head\nThe union says two depots were closed; the company says it followed the law.\n\nThe union on Monday filed a complaint.\n\nMore text follows.', 'The union says two depots were closed; the company says it followed the law.'],
  ['Head\n\nimage\n\nHead\n\nThe mayor urged residents to save water.\n\nIn a statement on Tuesday, the mayor said so.', 'The mayor urged residents to save water.'],
  // a dateline paragraph is the lede, not a standfirst
  ['Head\n\nTOKYO (Reuters) - Japan said on Monday it would raise spending.\n\nThe plan needs approval.', null],
  // a single paragraph with nothing after it is the body
  ['Head\n\nThe summit ended without a deal.', null],
  // three sentences are not a summary
  ['Head\n\nThe summit ended. No deal was reached. Talks resume in May.\n\nDiplomats said so.', null],
  // too long
  [`Head\n\n${'The summit ended without a deal on the text, diplomats said, '.repeat(6)}.\n\nMore.`, null],
];

test('a short summary right after the headline is the subtitle and stays first in the text', () => {
  for (const [raw, sub] of SUBTITLES) {
    const r = cleanScrapedText(raw);
    assert.equal(r.subtitle, sub, raw);
    if (sub !== null) assert.ok(r.text.startsWith(sub + '\n\n'), 'subtitle must stay as the first paragraph');
  }
});

const BYLINES: Array<[string, string | null]> = [
  ['By Jane Doe', 'Jane Doe'],
  ['By Jane Doe and John Roe, Reuters', 'Jane Doe and John Roe, Reuters'],
  ['By Example Wire staff', 'Example Wire staff'],
  ['BY JANE DOE', 'JANE DOE'],
  ['By Jane Doe in Kyiv', 'Jane Doe in Kyiv'],
  ['By J. R. Smith, Diplomatic Correspondent', 'J. R. Smith, Diplomatic Correspondent'],
  ['By María José García de la Fuente', 'María José García de la Fuente'],
  ['By Tuesday, the troops had left the town.', null],
  ['By the close of next year, the alliance will have grown.', null],
  ['By contrast, Germany spent less.', null],
  ['By 2030 the plan will cost billions', null],
  ['Bystanders filmed the attack.', null],
];

test('bylines are recognised and only bylines', () => {
  for (const [line, want] of BYLINES) assert.equal(parseByline(line), want, line);
});

test('the byline is lifted out of the text', () => {
  const r = cleanScrapedText('Allies agree on aid\nBy Jane Doe and John Roe, Reuters\n\nBRUSSELS (Reuters) - Allies agreed on Friday to send more aid.\n\nThe package is worth 5 billion euros.');
  assert.equal(r.byline, 'Jane Doe and John Roe, Reuters');
  assert.ok(!r.text.includes('By Jane Doe'));
  assert.ok(r.removed.includes('By Jane Doe and John Roe, Reuters'));
});

const DATELINES: Array<[string, { place: string; text: string } | null]> = [
  ['TOKYO (Reuters) - Japan said on Monday it would act.', { place: 'TOKYO', text: 'TOKYO (Reuters) -' }],
  ['WASHINGTON, March 3 (AP) — The Senate voted on Tuesday.', { place: 'WASHINGTON', text: 'WASHINGTON, March 3 (AP) —' }],
  ['KYIV, Ukraine — Russian drones struck the capital overnight.', { place: 'KYIV, Ukraine', text: 'KYIV, Ukraine —' }],
  ['ÅLESUND, Norway (Example Wire) - Around 300 fishermen began a strike.', { place: 'ÅLESUND, Norway', text: 'ÅLESUND, Norway (Example Wire) -' }],
  ['NAIROBI, 9 June 2026 – The regional health office announced more clinics.', { place: 'NAIROBI', text: 'NAIROBI, 9 June 2026 –' }],
  ['NEW YORK (AP) -- Stocks fell on Wall Street.', { place: 'NEW YORK', text: 'NEW YORK (AP) --' }],
  ['UNITED NATIONS (Reuters) - The Security Council met on Friday.', { place: 'UNITED NATIONS', text: 'UNITED NATIONS (Reuters) -' }],
  ['Geneva (AFP) - Talks resumed on Monday.', { place: 'Geneva', text: 'Geneva (AFP) -' }],
  ['Kyiv, Ukraine — Drones struck overnight.', { place: 'Kyiv, Ukraine', text: 'Kyiv, Ukraine —' }],
  ['The Senate voted on Tuesday - a rare show of unity.', null],
  ['UPDATE: The Senate voted on Tuesday.', null],
  ['Q: What should cities do first?', null],
  ['Washington — long a critic of the plan — said nothing.', null],
  ['A - the first option - was rejected.', null],
];

test('datelines are found at the start of a paragraph', () => {
  for (const [para, want] of DATELINES) assert.deepEqual(parseDateline(para), want, para);
});

test('the dateline stays in the text and is also returned apart', () => {
  const r = cleanScrapedText('Head\n\nGDANSK (Example Wire) - Port workers gathered on Tuesday.\n\nMore text.');
  assert.deepEqual(r.dateline, { place: 'GDANSK', text: 'GDANSK (Example Wire) -' });
  assert.ok(r.text.startsWith('GDANSK (Example Wire) - Port'));
  const withSub = cleanScrapedText('Head\nA short summary of the story for readers.\n\nKYIV, Ukraine — Drones struck overnight, officials said.\n\nMore text.');
  assert.equal(withSub.subtitle, 'A short summary of the story for readers.');
  assert.deepEqual(withSub.dateline, { place: 'KYIV, Ukraine', text: 'KYIV, Ukraine —' });
  // a release label above the dateline ("PRESS RELEASE", "FOR IMMEDIATE RELEASE") does not hide it; a lede does
  const release = cleanScrapedText('Head\n\nMEDIA STATEMENT\n\nVALLETTA, 3 June 2026 – The ministry opened a new port office today.\n\nMore text.');
  assert.deepEqual(release.dateline, { place: 'VALLETTA', text: 'VALLETTA, 3 June 2026 –' });
  const lede = cleanScrapedText('Head\n\nThe ministry opened a port office today. Officials said it would serve the ferries. It cost two million euros.\n\nVALLETTA, 3 June 2026 – More text.');
  assert.equal(lede.dateline, null);
});

test('a full scraped page: title, byline, dateline, junk gone, paragraphs joined by blank lines', () => {
  const raw = [
    'Advertisement',
    'Farmers begin cork harvest in southern Portugal',
    'Farmers begin cork harvest in southern Portugal',
    'Photo: Firefighters clear debris after last year\'s storm. (Example Wire/File)',
    'By Example Wire staff',
    'ÉVORA, Portugal (Example Wire) - Around 2,000 seasonal workers from 9 countries began the cork harvest on Monday.',
    '',
    'The harvest runs until June 20 across the Alentejo plains.',
    '',
    'Share this article',
    '',
    '"Our goal is to finish before the summer heat arrives," a spokesperson said.',
    '',
    'Subscribe to our newsletter',
  ].join('\n');
  const r = cleanScrapedText(raw);
  assert.equal(r.title, 'Farmers begin cork harvest in southern Portugal');
  assert.equal(r.byline, 'Example Wire staff');
  assert.equal(r.subtitle, null);
  assert.equal(r.dateline?.place, 'ÉVORA, Portugal');
  assert.equal(r.text.split('\n\n').length, 3);
  assert.deepEqual(r.removed, [
    'Advertisement',
    'Farmers begin cork harvest in southern Portugal',
    'Photo: Firefighters clear debris after last year\'s storm. (Example Wire/File)',
    'By Example Wire staff',
    'Share this article',
    'Subscribe to our newsletter',
  ]);
});

test('hard-wrapped lines are joined; separate lines stay separate paragraphs', () => {
  const r = cleanScrapedText('Head\n\nThe minister said the talks\nwould resume next week in Geneva.\n16:40 BRT\nStarmer met Xi.');
  assert.deepEqual(r.text.split('\n\n'), ['The minister said the talks would resume next week in Geneva.', '16:40 BRT', 'Starmer met Xi.']);
});

test('cleanBody keeps the given title and cleans junk lines only', () => {
  const r = cleanBody('Allies agree on aid\n\nimage\n\nThe package is worth 5 billion euros.\n\nAdvertisement\n\nShort.', 'Allies agree on aid');
  assert.equal(r.title, 'Allies agree on aid');
  assert.equal(r.subtitle, null);
  assert.equal(r.text, 'The package is worth 5 billion euros.\n\nShort.');
});

test('sentence counting skips abbreviations', () => {
  const rows: Array<[string, number]> = [
    ['One sentence.', 1],
    ['One. Two.', 2],
    ['Mr. Smith met Dr. Jones in the U.S. capital.', 1],
    ['He left. "We are done," she said. They went home.', 3],
  ];
  for (const [s, n] of rows) assert.equal(countSentences(s), n, s);
});

test('bare date lines are page metadata above the body, not text', () => {
  const dates = ['March 3, 2024', 'Tue 5 Mar 2024 10.00 GMT', 'Tuesday, March 5, 2024 at 10:15 am EST', '2024-03-05', '5 March 2024', '05/03/2024 10:15'];
  const notDates = ['March 3, 2024 was a cold day.', 'On March 3, 2024 the talks began', '16:40 BRT', '2024'];
  for (const d of dates) assert.ok(isBareDate(d), d);
  for (const d of notDates) assert.ok(!isBareDate(d), d);
  const r = cleanScrapedText('Tue 5 Mar 2024 10.00 GMT\nTalks begin in Geneva\nMarch 5, 2024\n\nThe talks began on Tuesday, diplomats said.\n\nMarch 6, 2024\n\nThey ended a day later.');
  assert.equal(r.title, 'Talks begin in Geneva');
  assert.deepEqual(r.removed, ['Tue 5 Mar 2024 10.00 GMT', 'March 5, 2024']);
  assert.equal(r.text, 'The talks began on Tuesday, diplomats said.\n\nMarch 6, 2024\n\nThey ended a day later.');
});

// A press release's issuer line at the top of the body is a byline, not a standfirst; real opening lines are not.
const ISSUERS: Array<[string, string | null]> = [
  ['Office of the Spokesperson', 'Office of the Spokesperson'],
  ['Ned Price, Department Spokesperson', 'Ned Price, Department Spokesperson'],
  ['Antony J. Blinken, Secretary of State', 'Antony J. Blinken, Secretary of State'],
  ['The United States condemns the attack.', null],
  ['Secretary Blinken spoke with Foreign Minister Wang Yi today', null],
  ['Washington, Tokyo and Seoul', null],
];
for (const [line, expected] of ISSUERS) {
  test(`issuer line: ${line}`, () => {
    const r = cleanScrapedText(`Secretary Blinken's Call with Japanese Foreign Minister\n\n${line}\n\nSecretary Blinken spoke with Japanese Foreign Minister Hayashi today. They discussed the alliance.\n\nThe two agreed to meet again.`);
    assert.equal(r.byline, expected);
    if (expected) {
      assert.ok(!r.text.includes(line), 'the issuer line leaves the body');
      assert.notEqual(r.subtitle, line);
    } else assert.ok(r.text.includes(line));
  });
}
