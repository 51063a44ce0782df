// Statements in the shared store suite (run by runStoreSuite for every backend): quotes with a speaker and reported
// events, what they are about, by speaker and by topic, with dates, paging, merges and new versions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis } from '../../src/core/analysis.js';
import type { EntityRecord, Store } from '../../src/store/types.js';
import { entity, input, record } from './suite.js';

type Mentions = EntityRecord['mentions'];

/** every mention of each name in the text (invented names, so plain indexOf is exact) */
function mentionsOf(text: string, ...names: string[]): Mentions {
  const out: Mentions = [];
  for (const name of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) out.push({ start: i, end: i + name.length, text: name, kind: 'name' });
  }
  return out;
}

function span(text: string, part: string): { start: number; end: number } {
  const start = text.indexOf(part);
  assert.ok(start >= 0, `"${part}" is in the text`);
  return { start, end: start + part.length };
}

export const TEXT_A = 'Ada Quell said: "Ruritania must stop arming Freedonia." Later she said Ruritania was helping Freedonia with fuel. '
  + 'A clerk said "nothing happened." Ruritania also warned Freedonia.';
export const TEXT_B = 'Ada Quell said Freedonia was ready. Bo Tarrant said "Ruritania will talk."';

/** article A: two quotes by Ada, one unattributed quote, a reported event and a plain one; B: one quote each by Ada and Bo */
export function statementArticles(): { a: ReturnType<typeof input>; b: ReturnType<typeof input> } {
  const ra = record({ text: TEXT_A, published: '2024-03-05' });
  const ada = entity('e1', 'Ada Quell', 'PERSON', ['PERSON:ada quell'], { mentions: [...mentionsOf(TEXT_A, 'Ada Quell'), { ...span(TEXT_A, 'she'), text: 'she', kind: 'pronoun' }] });
  const ru = entity('e2', 'Ruritania', 'GPE', ['GPE:ruritania'], { mentions: mentionsOf(TEXT_A, 'Ruritania') });
  const fr = entity('e3', 'Freedonia', 'GPE', ['GPE:freedonia'], { mentions: mentionsOf(TEXT_A, 'Freedonia') });
  const clerk = entity('e4', 'clerk', 'PERSON', ['PERSON:clerk'], { mentions: mentionsOf(TEXT_A, 'clerk') });
  const q = (part: string, kind: 'direct' | 'indirect', speaker: string | null): Analysis['quotes'][number] => ({ text: part, ...span(TEXT_A, part), kind, speaker });
  const a = input(ra, [ada, ru, fr, clerk], {
    quotes: [
      q('Ruritania must stop arming Freedonia.', 'direct', 'e1'),
      q('Ruritania was helping Freedonia with fuel', 'indirect', 'e1'),
      q('nothing happened.', 'direct', null),
    ],
    events: [
      { type: 'SUPPORT', source: 'e2', target: 'e3', trigger: 'helping', ...span(TEXT_A, 'helping'), reported_by: 'e1' },
      { type: 'THREATEN', source: 'e2', target: 'e3', trigger: 'warned', ...span(TEXT_A, 'warned') },
    ],
    tone: { score: -0.25 },
  });
  const rb = record({ text: TEXT_B, published: '2024-04-10' });
  const adaB = entity('e1', 'Ada Quell', 'PERSON', ['PERSON:ada quell'], { mentions: mentionsOf(TEXT_B, 'Ada Quell') });
  const bo = entity('e2', 'Bo Tarrant', 'PERSON', ['PERSON:bo tarrant'], { mentions: mentionsOf(TEXT_B, 'Bo Tarrant') });
  const frB = entity('e3', 'Freedonia', 'GPE', ['GPE:freedonia'], { mentions: mentionsOf(TEXT_B, 'Freedonia') });
  const ruB = entity('e4', 'Ruritania', 'GPE', ['GPE:ruritania'], { mentions: mentionsOf(TEXT_B, 'Ruritania') });
  const b = input(rb, [adaB, bo, frB, ruB], {
    quotes: [
      { text: 'Freedonia was ready', ...span(TEXT_B, 'Freedonia was ready'), kind: 'indirect', speaker: 'e1' },
      { text: 'Ruritania will talk.', ...span(TEXT_B, 'Ruritania will talk.'), kind: 'direct', speaker: 'e2' },
    ],
  });
  return { a, b };
}

async function idOf(s: Store, name: string): Promise<number> {
  const e = (await s.entities.find(name))[0];
  assert.ok(e, `entity ${name}`);
  return e.id;
}

export function runStatementSuite(withStore: (fn: (s: Store) => Promise<void>) => Promise<void>): void {
  test('store: statements — a speaker\'s quotes and reported events, about whom, by date, paged', () => withStore(async (s) => {
    const { a, b } = statementArticles();
    await s.articles.save(a);
    await s.articles.save(b);
    const [ada, ru, fr] = [await idOf(s, 'Ada Quell'), await idOf(s, 'Ruritania'), await idOf(s, 'Freedonia')];

    const all = await s.statements.list({ speakerId: ada, limit: 10 });
    assert.equal(all.total, 4);
    // newest article first; inside an article by position, the quote before the event it holds
    assert.deepEqual(all.rows.map((r) => [r.date, r.kind, r.index]), [['2024-04-10', 'quote', 0], ['2024-03-05', 'quote', 0], ['2024-03-05', 'quote', 1], ['2024-03-05', 'event', 0]]);
    const first = all.rows[1]!;
    assert.equal(first.text, 'Ruritania must stop arming Freedonia.');
    assert.equal(first.quoteKind, 'direct');
    assert.deepEqual(first.about.map((x) => x.name), ['Freedonia', 'Ruritania']);
    assert.equal(first.speaker.name, 'Ada Quell');
    assert.equal(first.articleTone, -0.25);
    assert.deepEqual(first.article, { id: a.article.id, title: a.article.title, url: a.article.url, source: 'Example News', published: '2024-03-05' });
    const ev = all.rows[3]!;
    assert.equal(ev.eventType, 'SUPPORT');
    assert.deepEqual([ev.eventSource?.name, ev.eventTarget?.name], ['Ruritania', 'Freedonia']);
    assert.equal(ev.text, 'Later she said Ruritania was helping Freedonia with fuel.');
    // the pronoun "she" is Ada: the speaker is never what her statement is about
    assert.deepEqual(ev.about.map((x) => x.name), ['Freedonia', 'Ruritania']);

    const aboutRu = await s.statements.list({ speakerId: ada, aboutId: ru, limit: 10 });
    assert.deepEqual(aboutRu.rows.map((r) => [r.kind, r.text.slice(0, 20)]), [
      ['quote', 'Ruritania must stop '], ['quote', 'Ruritania was helpin'], ['event', 'Later she said Rurit']]);
    assert.equal(aboutRu.total, 3);
    assert.equal((await s.statements.list({ speakerId: ada, aboutId: fr, limit: 10 })).total, 4);
    const april = await s.statements.list({ speakerId: ada, from: '2024-04-01', to: '2024-04-30', limit: 10 });
    assert.deepEqual(april.rows.map((r) => r.text), ['Freedonia was ready']);
    const page = await s.statements.list({ speakerId: ada, limit: 2, offset: 2 });
    assert.deepEqual([page.total, page.rows.length, page.rows[0]?.index], [4, 2, 1]);
    assert.deepEqual(await s.statements.list({ speakerId: ada, limit: 2, offset: 10 }), { total: 4, rows: [] });
    assert.deepEqual(await s.statements.list({ speakerId: 999_999, limit: 2 }), { total: 0, rows: [] });

    const texts = await s.statements.texts({ speakerId: ada, aboutId: ru }, 100);
    assert.deepEqual(texts.map((t) => [t.date, t.kind]), [['2024-03-05', 'quote'], ['2024-03-05', 'quote'], ['2024-03-05', 'event']]);
    assert.equal((await s.statements.texts({ speakerId: ada }, 2)).length, 2);

    assert.deepEqual((await s.statements.topics(ada, { limit: 5 })).map((t) => [t.name, t.statements]), [['Freedonia', 4], ['Ruritania', 3]]);
    const speakers = await s.statements.speakers(ru, { limit: 5 });
    assert.deepEqual(speakers.map((x) => [x.name, x.statements, x.months]), [
      ['Ada Quell', 3, [{ month: '2024-03', statements: 3 }]],
      ['Bo Tarrant', 1, [{ month: '2024-04', statements: 1 }]],
    ]);
    assert.deepEqual((await s.statements.speakers(ru, { limit: 5, from: '2024-04-01' })).map((x) => x.name), ['Bo Tarrant']);
    // the unattributed quote and the plain event are no one's statements
    assert.equal((await s.statements.speakers(fr, { limit: 5 })).reduce((n, x) => n + x.statements, 0), 4);
  }));

  test('store: statements follow merges, and only the latest version of an article counts', () => withStore(async (s) => {
    const { a, b } = statementArticles();
    await s.articles.save(a);
    await s.articles.save(b);
    const [ada, bo, ru] = [await idOf(s, 'Ada Quell'), await idOf(s, 'Bo Tarrant'), await idOf(s, 'Ruritania')];
    await s.entities.merge(bo, ada);
    assert.deepEqual((await s.statements.speakers(ru, { limit: 5 })).map((x) => [x.name, x.statements]), [['Ada Quell', 4]]);

    // a new version of A without the reported event and its quote
    const text = 'Ada Quell said: "Ruritania must stop arming Freedonia."';
    const v2 = { ...a.article, contentHash: a.article.contentHash + '-2', text };
    const ents = a.entities.map((e) => ({ ...e, mentions: e.mentions.filter((m) => m.end <= text.length && m.kind !== 'pronoun') }));
    await s.articles.save(input(v2, ents, { quotes: [a.analysis.quotes[0]!], events: [] }));
    assert.deepEqual((await s.statements.list({ speakerId: ada, aboutId: ru, limit: 10 })).rows.map((r) => [r.date, r.kind]), [
      ['2024-04-10', 'quote'], ['2024-03-05', 'quote']]);
  }));
}
