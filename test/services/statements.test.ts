// The statement service: each statement's tone over its own words, the mean tone per month, speakers per month.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { entitySpeakers, entityStatements, statementsByName } from '../../src/services/statements.js';
import { toneOfText } from '../../src/nlp/stages/themes.js';
import { entity, input, record } from '../store/suite.js';

const TONE_ROWS: Array<[string, 'pos' | 'neg' | 'zero']> = [
  ['We welcome the agreement and hope for peace.', 'pos'],
  ['They condemned the attack and warned of war.', 'neg'],
  ['The committee meets on Tuesday.', 'zero'],
  ['A naïve plan', 'neg'],
];

test('toneOfText scores a short text with the analyzer\'s word lists', () => {
  for (const [text, want] of TONE_ROWS) {
    const t = toneOfText(text);
    assert.ok(want === 'pos' ? t > 0 : want === 'neg' ? t < 0 : t === 0, `${text}: ${t}`);
  }
});

/** one article a month, Ola Brenn quoted about Zembla: warm in January, hostile in March */
async function fill(): Promise<ReturnType<typeof openSqliteStore>> {
  const s = openSqliteStore(':memory:');
  const months: Array<[string, string]> = [
    ['2024-01-15', 'We welcome the agreement with Zembla and hope for peace.'],
    ['2024-03-02', 'Zembla attacked the port and threatened war.'],
    ['2024-03-20', 'Zembla must stop the violence.'],
  ];
  for (const [day, quote] of months) {
    const text = `Ola Brenn said: "${quote}" Ivo Darr said "Zembla is calm."`;
    const q0 = text.indexOf(quote);
    const calm = text.indexOf('Zembla is calm.');
    const at = (name: string): Array<{ start: number; end: number; text: string; kind: 'name' }> => {
      const out = [];
      for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) out.push({ start: i, end: i + name.length, text: name, kind: 'name' as const });
      return out;
    };
    await s.articles.save(input(record({ text, published: day }), [
      entity('e1', 'Ola Brenn', 'PERSON', ['PERSON:ola brenn'], { mentions: at('Ola Brenn') }),
      entity('e2', 'Zembla', 'GPE', ['GPE:zembla'], { mentions: at('Zembla') }),
      entity('e3', 'Ivo Darr', 'PERSON', ['PERSON:ivo darr'], { mentions: at('Ivo Darr') }),
    ], {
      quotes: [
        { text: quote, start: q0, end: q0 + quote.length, kind: 'direct', speaker: 'e1' },
        { text: 'Zembla is calm.', start: calm, end: calm + 15, kind: 'direct', speaker: 'e3' },
      ],
    }));
  }
  return s;
}

test('statements: tone per statement and mean tone per month; topics; unknown ids are NOT_FOUND', async () => {
  const s = await fill();
  try {
    const r = await statementsByName(s, 'Ola Brenn', { about: 'Zembla' });
    assert.equal(r.total, 3);
    for (const st of r.statements) assert.equal(st.tone, toneOfText(st.text));
    assert.deepEqual(r.months.map((m) => m.month), ['2024-01', '2024-03']);
    const [jan, mar] = r.months;
    assert.ok(jan && mar && jan.tone > 0 && mar.tone < 0, JSON.stringify(r.months));
    assert.equal(mar.statements, 2);
    assert.equal(mar.tone, Math.round(((toneOfText('Zembla attacked the port and threatened war.') + toneOfText('Zembla must stop the violence.')) / 2) * 1000) / 1000);
    assert.deepEqual(r.topics.map((t) => [t.name, t.statements]), [['Zembla', 3]]);
    // months count every match, not just the page
    const page = await entityStatements(s, r.speaker.id, { aboutId: r.about?.id ?? null, limit: 1 });
    assert.deepEqual([page.statements.length, page.months.reduce((n, m) => n + m.statements, 0)], [1, 3]);
    await assert.rejects(entityStatements(s, 424242), /NOT_FOUND|no speaker entity/);
    await assert.rejects(statementsByName(s, 'Ola Brenn', { about: 'Nowhere Land' }), /--about/);
  } finally {
    await s.close();
  }
});

test('speakers: every speaker about an entity with counts per month, and the monthly totals', async () => {
  const s = await fill();
  try {
    const zembla = (await s.entities.find('Zembla'))[0]!.id;
    const r = await entitySpeakers(s, zembla, { limit: 1 });
    assert.deepEqual(r.speakers.map((x) => [x.name, x.statements]), [['Ivo Darr', 3]]);
    assert.deepEqual(r.months, [{ month: '2024-01', statements: 2 }, { month: '2024-03', statements: 4 }]);
    const all = await entitySpeakers(s, zembla, {});
    assert.deepEqual(all.speakers.map((x) => [x.name, x.months.map((m) => m.statements)]), [['Ivo Darr', [1, 2]], ['Ola Brenn', [1, 2]]]);
  } finally {
    await s.close();
  }
});
