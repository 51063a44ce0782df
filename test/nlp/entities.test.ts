// Entity recognition + resolution as a table: sentence -> entities the analyst needs (and things that must not appear).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/nlp/tokenize.js';
import { loadKB } from '../../src/kb/index.js';
import { createRecognizer } from '../../src/nlp/entities/recognizer.js';
import { resolveEntities } from '../../src/nlp/stages/resolve.js';
import type { ResolvedEntity } from '../../src/nlp/types.js';

const kb = loadKB();
// rules alone, the tagger fused with the rules by fixed trust, and the shipped default (tagger + rules, ranked)
const recognizers = { rules: createRecognizer(kb, { tagger: null }), fused: createRecognizer(kb, { ranker: null }), ranked: createRecognizer(kb) };

function entitiesOf(text: string, which: keyof typeof recognizers): ResolvedEntity[] {
  const doc = tokenize(text);
  return resolveEntities(doc, recognizers[which].recognize(doc), kb);
}

interface Row {
  text: string;
  /** "Name/TYPE" that must be present */
  has: string[];
  /** "Name/TYPE" or "Name" that must be absent */
  not?: string[];
  /** name -> alias that must be merged into it */
  aliases?: Record<string, string[]>;
  /** name -> title that must be attached */
  titles?: Record<string, string[]>;
}

const ROWS: Row[] = [
  {
    // a plural title before coordinated names is not part of the first name
    text: 'Prime Ministers Lindqvist and Moreau signed the accord in Oslo.',
    has: ['Lindqvist/PERSON'],
    not: ['Ministers Lindqvist', 'Prime Ministers Lindqvist'],
  },
  {
    text: 'NATO Secretary General Mark Rutte visited Tokyo on Tuesday. Rutte said the alliance would stay united.',
    has: ['Mark Rutte/PERSON', 'NATO/ORG', 'Tokyo/GPE'],
    not: ['Secretary General Mark Rutte', 'Secretary/PERSON', 'Tuesday'],
    aliases: { 'Mark Rutte': ['Rutte'], NATO: ['the alliance'] },
    titles: { 'Mark Rutte': ['NATO Secretary General'] },
  },
  {
    text: 'U.S. Defense Secretary Pete Hegseth met Japanese officials. Washington criticized Beijing over the drills.',
    has: ['Pete Hegseth/PERSON', 'United States/GPE', 'China/GPE', 'Japanese/NORP'],
    aliases: { 'United States': ['U.S.', 'Washington'], China: ['Beijing'] },
    titles: { 'Pete Hegseth': ['U.S. Defense Secretary'] },
  },
  {
    text: 'Chinese foreign ministry spokesperson Liu Jianfeng said the meeting was productive. Liu added that Beijing stayed hopeful.',
    has: ['Liu Jianfeng/PERSON', 'Chinese/NORP', 'China/GPE'],
    aliases: { 'Liu Jianfeng': ['Liu'] },
    titles: { 'Liu Jianfeng': ['Chinese foreign ministry spokesperson'] },
  },
  {
    text: 'Commodore Rafael Ostrander, a spokesperson for the Icelandic Coast Guard, told reporters the ferry was damaged.',
    has: ['Rafael Ostrander/PERSON', 'Icelandic Coast Guard/ORG'],
    not: ['Commodore Rafael Ostrander'],
    titles: { 'Rafael Ostrander': ['spokesperson for the Icelandic Coast Guard'] },
  },
  {
    text: 'The Department of Public Works said it had sent a formal complaint to the Canadian consulate.',
    has: ['Department of Public Works/ORG'],
    not: ['Works/PERSON', 'Public Works/PERSON'],
  },
  {
    text: 'Officials noted that the Russians now trade openly with North Koreans and the Iranians.',
    has: ['Russia/GPE', 'North Korea/GPE', 'Iran/GPE'],
    aliases: { Russia: ['Russians'], 'North Korea': ['North Koreans'], Iran: ['Iranians'] },
  },
  {
    text: 'The former Dutch prime minister, Mark Rutte, arrived. The former Dutch prime minister then spoke to the press.',
    has: ['Mark Rutte/PERSON', 'Dutch/NORP'],
  },
  {
    text: 'Ships sailed through the South China Sea and the Strait of Hormuz on their way to the Indo-Pacific.',
    has: ['South China Sea/LOC', 'Strait of Hormuz/LOC'],
  },
  {
    text: 'Troops from nine countries joined the exercise Steadfast Shield 2027 near the border. Leaders met at the Lisbon summit.',
    has: ['Steadfast Shield 2027/EVENT', 'Lisbon summit/EVENT'],
    not: ['Steadfast Shield/PERSON'],
  },
  {
    // a name given to drills or an operation ("known as", "code-named", a bare apposition), "Operation X", "COP28"
    text: 'The drills, known as Northern Anvil 2027, end on Friday. The navy began exercises, code-named Iron Tide, near the coast. ' +
      'The alliance launched a new operation, Harbor Watch, on Monday. Police praised Operation Clean Sweep. Delegates met at COP28 in December.',
    has: ['Northern Anvil 2027/EVENT', 'Iron Tide/EVENT', 'Harbor Watch/EVENT', 'Operation Clean Sweep/EVENT', 'COP28/EVENT'],
  },
  {
    // a country's government is the country
    text: 'The Government of Malawi declared a state of disaster. The Federal Government of Somalia and the Kenyan Government sent aid.',
    has: ['Malawi/GPE', 'Kenya/GPE', 'Somalia/GPE'],
    not: ['Government of Malawi/ORG', 'Kenyan Government/ORG', 'Federal Government of Somalia/ORG'],
    aliases: { Malawi: ['Government of Malawi'] },
  },
  {
    // but not a post named after the operation, nor a force written in capitals (a body)
    text: 'Rear Admiral Ana Costa, Operation Commander of the mission, said ships of Operation NAUTILUS escorted the convoy.',
    has: ['Ana Costa/PERSON'],
    not: ['Operation Commander/EVENT', 'Operation NAUTILUS/EVENT'],
  },
  {
    text: 'Officials from the Nordic-Baltic Energy Cooperation forum and the Flood Prevention and Relief Agency met.',
    has: ['Nordic-Baltic Energy Cooperation/ORG', 'Flood Prevention and Relief Agency/ORG'],
  },
  {
    text: 'US President Joe Biden spoke with Chancellor Olaf Scholz; Biden later thanked Scholz.',
    has: ['Joe Biden/PERSON', 'Olaf Scholz/PERSON', 'United States/GPE'],
    not: ['US President Joe Biden'],
    aliases: { 'Joe Biden': ['Biden'], 'Olaf Scholz': ['Scholz'] },
  },
  {
    text: 'Chinese ambassador He Yadong said the tariffs were unjust. He Yadong later met officials in Washington state and in Washington, D.C.',
    has: ['He Yadong/PERSON', 'Washington state/GPE', 'Washington, D.C./GPE'],
    not: ['Yadong', 'United States/GPE'],
  },
  {
    text: 'He Lifeng, a vice premier, met the delegation. He said talks with Britain went well. He Monday denied it.',
    has: ['He Lifeng/PERSON', 'United Kingdom/GPE'],
    not: ['He said', 'He Monday'],
  },
  {
    text: 'The Open Skies Air Transport Agreement entered into force. Mr. Sullivan said COVID-19 vaccines would follow; Jake Sullivan thanked Indonesia.',
    has: ['Open Skies Air Transport Agreement/LAW', 'Jake Sullivan/PERSON', 'Indonesia/GPE'],
    not: ['Open Skies/PERSON', 'COVID-19'],
    titles: {},
  },
  {
    text: 'Over the past three years, millions of Americans have struggled to pay rent. The Russians are working with Iran.',
    has: ['American/NORP', 'Russia/GPE'],
    not: ['United States/GPE'],
  },
  {
    text: 'A year later, the National Library of the Netherlands joined, and staff of Vrije Universiteit Amsterdam followed.',
    has: ['National Library of the Netherlands/ORG', 'Vrije Universiteit Amsterdam/ORG'],
    not: ['Library/PERSON', 'Netherlands/GPE', 'Amsterdam/GPE'],
  },
  {
    text: 'Hurricane Milton made landfall in Florida on Wednesday. Milton weakened as it moved inland.',
    has: ['Hurricane Milton/EVENT', 'Florida/GPE'],
    not: ['Milton/PERSON', 'Hurricane Milton/PERSON'],
  },
  {
    text: 'Storm Eunice closed schools in Wales, while Britain sent more Storm Shadow missiles to Ukraine.',
    has: ['Storm Eunice/EVENT', 'Wales/GPE', 'Ukraine/GPE'],
    not: ['Storm Shadow/EVENT', 'Eunice/PERSON'],
  },
  {
    text: 'The results of the National Iodine Nutrition Study were published. The Secretary signed the waiver.',
    not: ['Iodine Nutrition Study/PERSON', 'Secretary', 'Secretary/ORG', 'Secretary/PERSON'],
    has: [],
  },
  {
    text: 'The Department of Housing and Urban Development and the Chicago Symphony Orchestra signed the lease.',
    has: ['Department of Housing and Urban Development/ORG', 'Chicago Symphony Orchestra/ORG'],
    not: ['Urban Development/PERSON', 'Chicago/GPE'],
  },
  {
    text: 'There is Jeff [Drake], who is behind the camera.',
    has: [],
    not: ['Jeff [Drake'],
  },
];

type Which = keyof typeof recognizers;

// Rows rewritten with invented names (issue 11) that some recognizers still get wrong. They stay visible as
// node:test todos, one reason per failing recognizer; the recognizers not listed must pass them like any row.
const KNOWN_MISSES: Array<Row & { miss: Partial<Record<Which, string>> }> = [
  {
    // KNOWN MISS: long names with particles and Turkish letters. The old row copied Erdoğan, von der Leyen and
    // Lula da Silva from the gold texts. With invented names the rules miss any person name that contains the
    // dotless ı (U+0131), even "Mehmet Yıldız" ("Mehmet Kaan Yildirimoglu" is found), and the ranked recognizer
    // finds the full name but does not merge the later lone surname; fused passes.
    text: 'Mehmet Kaan Yıldırımoğlu met Anneliese von der Brügge and José Antônio Ferreira da Costa in Brussels. Yıldırımoğlu and Ferreira da Costa spoke later.',
    has: ['Mehmet Kaan Yıldırımoğlu/PERSON', 'Anneliese von der Brügge/PERSON', 'José Antônio Ferreira da Costa/PERSON'],
    aliases: { 'Mehmet Kaan Yıldırımoğlu': ['Yıldırımoğlu'], 'José Antônio Ferreira da Costa': ['Ferreira da Costa'] },
    miss: {
      rules: 'the rules do not recognise a person name spelt with the Turkish dotless ı (Yıldırımoğlu)',
      ranked: 'the ranked recognizer does not merge the lone surname Yıldırımoğlu into Mehmet Kaan Yıldırımoğlu',
    },
  },
];

function checkRow(row: Row, which: Which): void {
  const ents = entitiesOf(row.text, which);
  const got = ents.map((e) => `${e.name}/${e.type}`);
  for (const h of row.has) assert.ok(got.includes(h), `missing ${h}; got ${got.join(', ')}`);
  for (const n of row.not ?? []) {
    assert.ok(!got.includes(n) && !ents.some((e) => e.name === n), `unexpected ${n}; got ${got.join(', ')}`);
  }
  for (const [name, aliases] of Object.entries(row.aliases ?? {})) {
    const e = ents.find((x) => x.name === name);
    assert.ok(e, `no entity ${name}`);
    for (const a of aliases) assert.ok(e.aliases.includes(a), `${name} lacks alias ${a}; has ${e.aliases.join(', ')}`);
  }
  for (const [name, titles] of Object.entries(row.titles ?? {})) {
    const e = ents.find((x) => x.name === name);
    assert.ok(e, `no entity ${name}`);
    for (const t of titles) assert.ok(e.titles.includes(t), `${name} lacks title ${t}; has ${e.titles.join('; ')}`);
  }
}

for (const which of ['rules', 'fused', 'ranked'] as const) {
  for (const row of ROWS) test(`${which}: ${row.text.slice(0, 60)}`, () => checkRow(row, which));
  for (const row of KNOWN_MISSES) {
    const todo = row.miss[which];
    test(`${which}: ${row.text.slice(0, 60)}`, todo ? { todo } : {}, () => checkRow(row, which));
  }
}

test('the same one-word name is one entity however often it recurs', () => {
  const ents = entitiesOf('Spokesperson Yadong spoke. Later, spokesperson Yadong spoke again. Spokesperson Yadong left.', 'rules');
  assert.equal(ents.filter((e) => e.name === 'Yadong').length, 1);
});

test('a courtesy title alone is not a role', () => {
  const e = entitiesOf('Mr. Jake Sullivan spoke. Sullivan left.', 'ranked').find((x) => x.name === 'Jake Sullivan');
  assert.ok(e);
  assert.ok(!e.titles.includes('Mr.'), e.titles.join('; '));
});

test('ids are e1.. in order of first mention and salience is within [0,1]', () => {
  const ents = entitiesOf('China warned Japan. Japan and China met again; China spoke first.', 'ranked');
  assert.deepEqual(ents.map((e) => e.id), ents.map((_, i) => `e${i + 1}`));
  assert.equal(ents[0]?.name, 'China');
  for (const e of ents) assert.ok((e.salience ?? -1) >= 0 && (e.salience ?? 2) <= 1);
  assert.equal(ents[0]?.salience, 1);
});

test('no crash and linear behaviour on degenerate text', () => {
  for (const text of ['', '1234 5678 — !!!', 'ЖЖЖ 中国 Россия and China', 'A'.repeat(5000), 'NATO CHIEF WARNS CHINA OVER TAIWAN DRILLS']) {
    const ents = entitiesOf(text, 'ranked');
    assert.ok(Array.isArray(ents));
  }
});
