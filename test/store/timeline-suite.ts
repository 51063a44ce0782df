// The timeline and entity-role read models, run by the shared store suite (suite.ts) on SQLite and PostgreSQL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis } from '../../src/core/analysis.js';
import type { SaveArticleInput, Store } from '../../src/store/types.js';
import { entity, input, record } from './suite.js';

/** offsets of `part` in `text` (the test sentences are invented; each part occurs once) */
function span(text: string, part: string): { start: number; end: number } {
  const start = text.indexOf(part);
  assert.ok(start >= 0, `"${part}" is in the text`);
  return { start, end: start + part.length };
}

function article(day: string, text: string, ents: Array<[string, string, string]>, extra: (t: string) => Partial<Analysis>, storyId?: number): SaveArticleInput {
  const a = record({ published: day, text });
  const records = ents.map(([local, name, type]) => {
    const mentions: Array<{ start: number; end: number; text: string; kind: 'name' }> = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) mentions.push({ start: at, end: at + name.length, text: name, kind: 'name' });
    return entity(local, name, type, [`${type}:${name.toLowerCase()}`], { mentions });
  });
  const inp = input(a, records, extra(text));
  return storyId !== undefined ? { ...inp, story: { kind: 'join', storyId, duplicateOf: null } } : inp;
}

async function idOf(s: Store, name: string): Promise<number> {
  const [e] = await s.entities.find(name, 1);
  assert.ok(e, `${name} is an entity`);
  return e.id;
}

export function runTimelineSuite(withStore: (fn: (s: Store) => Promise<void>) => Promise<void>): void {
  test('store: timeline — events and quotes of an entity, a pair, a story; by date, with spans; roles', () => withStore(async (s) => {
    const t1 = 'Orla Venn met the Tamsic Council in Belvar. Orla Venn said "the Tamsic Council keeps its word" on Monday.';
    const r1 = await s.articles.save(article('2024-03-02', t1, [['e1', 'Orla Venn', 'PERSON'], ['e2', 'Tamsic Council', 'ORG']], (t) => ({
      events: [{ type: 'CONSULT', source: 'e1', target: 'e2', ...span(t, 'Orla Venn met the Tamsic Council'), trigger: 'met', date: '2024-03-01' }],
      quotes: [{ text: 'the Tamsic Council keeps its word', ...span(t, 'the Tamsic Council keeps its word'), kind: 'direct', speaker: 'e1' }],
    })));
    const t2 = 'The Tamsic Council accused Pell Harrow of fraud. Pell Harrow said "nothing happened".';
    await s.articles.save(article('2024-03-09', t2, [['e1', 'Tamsic Council', 'ORG'], ['e2', 'Pell Harrow', 'PERSON']], (t) => ({
      events: [{ type: 'ACCUSE', source: 'e1', target: 'e2', ...span(t, 'The Tamsic Council accused Pell Harrow'), trigger: 'accused' }],
      quotes: [{ text: 'nothing happened', ...span(t, 'nothing happened'), kind: 'direct', speaker: 'e2' }],
    }), r1.storyId ?? undefined));
    const t3 = 'Orla Venn praised Pell Harrow at the harbour fair.';
    await s.articles.save(article('2024-02-20', t3, [['e1', 'Orla Venn', 'PERSON'], ['e2', 'Pell Harrow', 'PERSON']], (t) => ({
      events: [{ type: 'SUPPORT', source: 'e1', target: 'e2', ...span(t, 'Orla Venn praised Pell Harrow'), trigger: 'praised' }],
    })));
    const [orla, council, pell] = [await idOf(s, 'Orla Venn'), await idOf(s, 'Tamsic Council'), await idOf(s, 'Pell Harrow')];

    // an entity: its events (either side) and the quotes it speaks or is named in; newest day first
    const council1 = await s.timeline.items({ entity: council, limit: 50 });
    assert.deepEqual(council1.map((i) => [i.day, i.kind, i.type ?? i.text]), [
      ['2024-03-09', 'event', 'ACCUSE'],
      ['2024-03-02', 'event', 'CONSULT'],
      ['2024-03-02', 'quote', 'the Tamsic Council keeps its word'],
    ]);
    const consult = council1[1]!;
    assert.equal(consult.actorId, orla);
    assert.equal(consult.actorName, 'Orla Venn');
    assert.equal(consult.targetId, council);
    assert.equal(consult.date, '2024-03-01', "the event's own date");
    assert.equal(t1.slice(consult.start, consult.end), 'Orla Venn met the Tamsic Council', 'the span is the event in the article text');
    assert.equal(consult.sentence, 'Orla Venn met the Tamsic Council in Belvar.');
    const quote = council1[2]!;
    assert.equal(quote.actorId, orla, "a quote naming the council is on the council's timeline, spoken by Orla Venn");
    assert.equal(t1.slice(quote.start, quote.end), 'the Tamsic Council keeps its word');

    // a pair: only what involves both
    const pair = await s.timeline.items({ entity: orla, other: pell, limit: 50 });
    assert.deepEqual(pair.map((i) => [i.day, i.kind, i.type]), [['2024-02-20', 'event', 'SUPPORT']]);
    // a story: everything in its articles; with an entity, only that entity's part of it
    assert.ok(r1.storyId !== null);
    const story = await s.timeline.items({ story: r1.storyId, limit: 50 });
    assert.deepEqual(story.map((i) => [i.day, i.kind]), [['2024-03-09', 'event'], ['2024-03-09', 'quote'], ['2024-03-02', 'event'], ['2024-03-02', 'quote']]);
    assert.deepEqual((await s.timeline.items({ story: r1.storyId, entity: pell, limit: 50 })).map((i) => i.kind), ['event', 'quote']);
    // dates and limit
    assert.deepEqual((await s.timeline.items({ entity: orla, from: '2024-03-01', limit: 50 })).map((i) => i.day), ['2024-03-02', '2024-03-02']);
    assert.deepEqual((await s.timeline.items({ entity: orla, to: '2024-02-28', limit: 50 })).map((i) => i.type), ['SUPPORT']);
    assert.equal((await s.timeline.items({ entity: orla, limit: 2 })).length, 2);
    assert.deepEqual(await s.timeline.items({ limit: 10 }), [], 'neither entity nor story: nothing');

    // roles come from the analysis entities' kb.role
    const t4 = 'The Harbor Guard detained a trawler.';
    await s.articles.save(article('2024-03-10', t4, [['e1', 'Harbor Guard', 'ORG']], () => ({})));
    const t5 = 'The Harbor Guard patrolled the strait.';
    const withRole = article('2024-03-11', t5, [['e1', 'Harbor Guard', 'ORG']], () => ({}));
    (withRole.analysis.entities[0] as { kb?: Record<string, unknown> }).kb = { role: 'MIL' };
    await s.articles.save(withRole);
    const guard = await idOf(s, 'Harbor Guard');
    assert.deepEqual(await s.dashboard.entityRoles([guard, orla, council]), [{ id: guard, role: 'MIL' }]);
    assert.deepEqual(await s.dashboard.entityRoles([]), []);
  }));
}
