// Organisations from the actor gazetteer (PETRARCH2 dictionaries) and government-body patterns, and entity roles,
// as a table of invented sentences: sentence -> organisations (with their kb.role) that must be found.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/nlp/tokenize.js';
import { loadKB } from '../../src/kb/index.js';
import { createRecognizer } from '../../src/nlp/entities/recognizer.js';
import { resolveEntities } from '../../src/nlp/stages/resolve.js';
import { headRole, personRole, titleRole } from '../../src/nlp/entities/roles.js';
import type { ResolvedEntity } from '../../src/nlp/types.js';

const kb = loadKB();
const recognizers = { rules: createRecognizer(kb, { tagger: null }), ranked: createRecognizer(kb) };

function entitiesOf(text: string, which: keyof typeof recognizers): ResolvedEntity[] {
  const doc = tokenize(text);
  return resolveEntities(doc, recognizers[which].recognize(doc), kb);
}

const roleOf = (e: ResolvedEntity): string | undefined => (e.kb as { role?: string }).role;

interface Row {
  text: string;
  /** "Name/TYPE/ROLE" (ROLE may be "-" for none) that must be present */
  has: string[];
  /** names that must not be an entity of that exact text */
  not?: string[];
}

const ROWS: Row[] = [
  { text: 'The Joint Chiefs of Staff met on Tuesday to review the plan.', has: ['Joint Chiefs of Staff/ORG/MIL'] },
  { text: 'Officials said Hezbollah and Hamas had rejected the offer from the mediators.', has: ['Hezbollah/ORG/REB', 'Hamas/ORG/REB'] },
  { text: 'Analysts expect Al-Qaeda to lose ground while al - Shabaab regroups.', has: ['al-Qaeda/ORG/REB', 'al-Shabaab/ORG/REB'] },
  { text: 'A statement from the World Food Programme warned of shortages in the north.', has: ['World Food Programme/ORG/IGO'] },
  { text: 'Shares of Exxon Mobil and Coca-Cola rose in early trading on Wednesday.', has: ['Exxon Mobil/ORG/BUS', 'Coca-Cola/ORG/BUS'] },
  { text: "A spokesperson for the People's Liberation Army declined to comment.", has: ["People's Liberation Army/ORG/MIL"] },
  { text: 'The Ministry of External Affairs summoned the envoy late on Friday.', has: ['Ministry of External Affairs/ORG/GOV'] },
  { text: 'The Eastern Theater Command said its ships had left the area.', has: ['Eastern Theater Command/ORG/MIL'] },
  { text: 'Patrol boats of the Coast Guard escorted the ferry back to port.', has: ['Coast Guard/ORG/MIL'] },
  { text: 'The Central Bank of Freedonia raised its main rate by half a point.', has: ['Central Bank of Freedonia/ORG/GOV'] },
  { text: 'Lawmakers said the Senate would vote on the bill before the Army could object.', has: ['Senate/ORG/LEG', 'Army/ORG/MIL'] },
  { text: 'The deal was signed by Northwind Logistics, Inc. on Monday.', has: ['Northwind Logistics, Inc./ORG/BUS'] },
  { text: 'The satellite imaging company Skyweave was bought last year.', has: ['Skyweave/ORG/-'] },
  { text: 'He studied at the Royal Library and Westbrook University before moving abroad.', has: ['Royal Library/ORG/-', 'Westbrook University/ORG/-'], not: ['Royal Library and Westbrook University'] },
  { text: 'Funding came from the Global Water Alliance (GWA) last spring.', has: ['Global Water Alliance/ORG/-'], not: ['Alliance (GWA'] },
  // a one-word company name after a given name is a surname ("Rosa Apple"), not the company
  { text: 'Rosa Apple and Milo Disney later joined the staff of Google in Dublin.', has: ['Google/ORG/BUS'], not: ['Apple', 'Disney'] },
  // lower case names are not looked up ("the joint chiefs" as words), and a person's surname is no organisation
  { text: 'the joint chiefs of staff were not named in the report.', has: [], not: ['joint chiefs of staff'] },
];

for (const which of ['rules', 'ranked'] as const) {
  test(`organisations and roles (${which})`, () => {
    for (const row of ROWS) {
      const es = entitiesOf(row.text, which);
      const got = es.map((e) => `${e.name}/${e.type}/${roleOf(e) ?? '-'}`);
      for (const h of row.has) assert.ok(got.includes(h), `${row.text}\n  want ${h}\n  got ${got.join(' | ')}`);
      for (const n of row.not ?? []) assert.ok(!es.some((e) => e.name === n || e.mentions.some((m) => m.text === n)), `${row.text}\n  must not have ${n}`);
    }
  });
}

test('roles: head nouns, titles, and the dictionary as weak evidence for people', () => {
  const heads: Array<[string, string | null]> = [
    ['Ministry of Defence', 'GOV'], ['State Department', 'GOV'], ['Philippine Coast Guard', 'MIL'], ['National Police', 'COP'],
    ['Supreme Court', 'JUD'], ['National Assembly', 'LEG'], ['Bank of Freedonia', 'BUS'], ['Federal Reserve Bank of Kansas', 'GOV'],
    ['Acme Corp.', 'BUS'], ['Daily Herald', 'MED'], ['Harbour Trust', null],
  ];
  for (const [name, role] of heads) assert.equal(headRole(name), role, name);
  assert.equal(titleRole(['Defence Minister']), 'GOV');
  assert.equal(titleRole(['Defence Minister', 'retired General']), 'MIL');
  assert.equal(titleRole(['neighbour']), null);
  // the article's title wins over the dictionary
  assert.equal(personRole(kb, 'Hamid Karzai', ['Senator']), 'LEG');
  // no title: the dictionary's latest open entry (Karzai: Afghan government from 2001-12-22, open in the 2014 dictionary)
  assert.equal(personRole(kb, 'Hamid Karzai', []), 'GOV');
  // an entry whose date range has ended says the person left: no role
  assert.equal(personRole(kb, 'Kofi Annan', []), null);
  // a bare surname is never looked up
  assert.equal(personRole(kb, 'Karzai', []), null);
});
