// The shared repository suite: every Store implementation (SQLite now, PostgreSQL later) must pass it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis } from '../../src/core/analysis.js';
import type { ArticleRecord, EntityRecord, SaveArticleInput, Store } from '../../src/store/types.js';
import { entityKeys } from '../../src/analytics/entity-keys.js';
import { toEntityRecords } from '../../src/services/ingest.js';
import { runCorrectionSuite } from './corrections-suite.js';
import { runStatementSuite } from './statements-suite.js';
import { runTimelineSuite } from './timeline-suite.js';
import { runCorroborationSuite } from './corroboration-suite.js';

export interface SuiteOptions {
  /** a fresh, empty, migrated store */
  newStore: () => Promise<Store>;
}

let seq = 0;

export function record(over: Partial<ArticleRecord> = {}): ArticleRecord {
  seq++;
  return {
    id: `a${seq}`, contentHash: `h${seq}`, url: `https://example.com/${seq}`, source: 'Example News', title: `Title ${seq}`, subtitle: null,
    published: '2024-05-01', language: 'en', byline: null, text: `Body number ${seq}.`, inputMeta: {}, raw: null, ref: `file${seq}.txt`,
    simhash: { hi: seq * 7919, lo: seq * 104729 }, minhash: new Uint32Array(64).fill(seq), lsh: [seq], keywords: ['body', 'number'], ...over,
  };
}

export function entity(localId: string, name: string, type: string, keys: string[], over: Partial<EntityRecord> = {}): EntityRecord {
  return { localId, keys, name, type, kb: {}, aliases: [], titles: [], salience: 0.5, mentions: [{ start: 0, end: name.length, text: name, kind: 'name' }], ...over };
}

export function analysisOf(a: ArticleRecord, entities: EntityRecord[], extra: Partial<Analysis> = {}): Analysis {
  return {
    schema: 'argus.analysis/1',
    article: { id: a.id, url: a.url, source: a.source, title: a.title, subtitle: a.subtitle, published: a.published, language: a.language, text: a.text },
    entities: entities.map((e) => ({ id: e.localId, name: e.name, type: e.type as Analysis['entities'][number]['type'], mentions: e.mentions })),
    quotes: [], events: [], places: [], dates: [], ...extra,
  };
}

export function input(a: ArticleRecord, entities: EntityRecord[] = [], extra: Partial<Analysis> = {}): SaveArticleInput {
  return { batchId: null, article: a, analysis: analysisOf(a, entities, extra), entities, story: { kind: 'new' } };
}

export function runStoreSuite({ newStore }: SuiteOptions): void {
  const withStore = async (fn: (s: Store) => Promise<void>): Promise<void> => {
    const s = await newStore();
    try {
      await fn(s);
    } finally {
      await s.close();
    }
  };

  runCorrectionSuite(withStore);
  runCorroborationSuite(withStore);

  test('store: a new article is saved once; the same content again is a duplicate', () => withStore(async (s) => {
    const a = record();
    assert.deepEqual(await s.articles.lookup(a.id, a.contentHash), { duplicate: false, latestVersion: null });
    const r1 = await s.articles.save(input(a));
    assert.equal(r1.status, 'new');
    assert.equal(r1.version, 1);
    const r2 = await s.articles.save(input(a));
    assert.equal(r2.status, 'duplicate');
    assert.deepEqual(await s.articles.lookup(a.id, a.contentHash), { duplicate: true, latestVersion: 1 });
    const st = await s.reads.stats();
    assert.equal(st.articles, 1);
    assert.equal(st.versions, 1);
  }));

  test('store: changed content under the same id becomes version 2; only the latest is searchable', () => withStore(async (s) => {
    const a = record({ text: 'The harbour of Yokosuka was quiet.' });
    await s.articles.save(input(a));
    const b = { ...a, contentHash: a.contentHash + 'x', text: 'The harbour of Nagasaki was busy.' };
    const r = await s.articles.save(input(b));
    assert.equal(r.status, 'updated');
    assert.equal(r.version, 2);
    const st = await s.reads.stats();
    assert.deepEqual([st.articles, st.versions, st.stories], [1, 2, 1]);
    assert.equal((await s.search.search({ text: 'Yokosuka' })).total, 0);
    assert.equal((await s.search.search({ text: 'Nagasaki' })).total, 1);
    const v = await s.articles.get(a.id);
    assert.equal(v?.version, 2);
    assert.equal(v?.versions, 2);
    assert.equal((await s.articles.get(a.id, 1))?.text, 'The harbour of Yokosuka was quiet.');
    // going back to the first content is not a new version
    assert.equal((await s.articles.save(input(a))).status, 'duplicate');
  }));

  test('store: the analysis round-trips with its text and entity map', () => withStore(async (s) => {
    const a = record({ text: 'Mark Rutte visited Japan.' });
    const ents = [entity('e1', 'Mark Rutte', 'PERSON', ['wd:Q57792', 'PERSON:mark rutte']), entity('e2', 'Japan', 'GPE', ['iso:JP', 'GPE:japan'])];
    await s.articles.save(input(a, ents, {
      quotes: [{ text: 'We see what China is doing', start: 0, end: 5, kind: 'direct', speaker: 'e1' }],
      events: [{ type: 'CONSULT', source: 'e1', target: 'e2', start: 0, end: 5, trigger: 'visited' }],
      places: [{ entity: 'e2', name: 'Japan', country: 'JP', lat: 36, lon: 138 }],
    }));
    const v = await s.articles.get(a.id);
    assert.equal(v?.analysis?.article.text, a.text);
    assert.equal(v?.analysis?.entities.length, 2);
    assert.ok(v && v.entityMap['e1'] !== undefined && v.entityMap['e2'] !== undefined);
    const st = await s.reads.stats();
    assert.deepEqual([st.entities, st.mentions, st.quotes, st.events, st.places], [2, 2, 1, 1, 1]);
  }));

  test('store: entities join across articles by global key, then by TYPE:name', () => withStore(async (s) => {
    const a = record();
    const b = record();
    const c = record();
    await s.articles.save(input(a, [entity('e1', 'Mark Rutte', 'PERSON', ['wd:Q57792', 'PERSON:mark rutte'])]));
    await s.articles.save(input(b, [entity('e1', 'Rutte', 'PERSON', ['wd:Q57792', 'PERSON:rutte'])]));
    await s.articles.save(input(c, [entity('e1', 'Mark Rutte', 'PERSON', ['PERSON:mark rutte'])]));
    const found = await s.entities.find('rutte');
    assert.equal(found.length, 1);
    assert.equal(found[0]?.articles, 3);
    assert.equal(found[0]?.key, 'wd:Q57792');
    const p = await s.entities.profile(found[0]!.id);
    assert.deepEqual(p?.aliases.map((x) => x.alias).sort(), ['Mark Rutte', 'Rutte']);
    assert.equal(p?.articles, 3);
    assert.equal(p?.firstSeen, '2024-05-01');
  }));

  test('store: the entities of one article are joined in order: a later one finds what an earlier one created or renamed', () => withStore(async (s) => {
    const ek = (localId: string, name: string, type: string, over: Partial<EntityRecord> = {}): EntityRecord =>
      entity(localId, name, type, entityKeys({ name, type: type as Analysis['entities'][number]['type'], kb: over.kb ?? {} }), over);
    const a = record();
    const r = await s.articles.save(input(a, [
      // a surname first, then the full name in the same article: one person, who takes the full name
      ek('e1', 'Okonjo', 'PERSON', { titles: ['minister'] }),
      ek('e2', 'Adaeze Okonjo', 'PERSON', { aliases: ['Okonjo', 'Okonjo'], titles: ['minister'] }),
      // a demonym, then its country: one entity, the country
      ek('e3', 'Paraguayan', 'NORP', { kb: { iso3166: 'PY' } }),
      ek('e4', 'Paraguay', 'GPE', { kb: { iso3166: 'PY', geonames: 3437598 } }),
      // the same name twice under two local ids
      ek('e5', 'Harbour Authority', 'ORG'),
      ek('e6', 'Harbour Authority', 'ORG'),
    ]));
    assert.equal(r.status, 'new');
    const v = await s.articles.get(a.id);
    const m = v?.entityMap ?? {};
    assert.equal(m['e1'], m['e2']);
    assert.equal(m['e3'], m['e4']);
    assert.equal(m['e5'], m['e6']);
    assert.equal(new Set(Object.values(m)).size, 3);
    const [person] = await s.entities.find('Adaeze Okonjo');
    assert.equal(person?.name, 'Adaeze Okonjo');
    assert.equal(person?.id, m['e1']);
    const p = await s.entities.profile(person!.id);
    // every occurrence counts: "Okonjo" as e1's name and twice as e2's alias; the title twice
    assert.deepEqual(p?.aliases.map((x) => `${x.alias}:${x.n}`).sort(), ['Adaeze Okonjo:1', 'Okonjo:3']);
    assert.deepEqual(p?.titles.map((x) => `${x.title}:${x.n}`), ['minister:2']);
    const country = await s.entities.get(m['e3'] as number);
    assert.deepEqual([country?.name, country?.type], ['Paraguay', 'GPE']);
    // a later article joins the same three
    const b = record();
    await s.articles.save(input(b, [ek('e1', 'Okonjo', 'PERSON'), ek('e2', 'Paraguay', 'GPE', { kb: { iso3166: 'PY' } }), ek('e3', 'Harbour Authority', 'ORG')]));
    const w = await s.articles.get(b.id);
    assert.deepEqual([w?.entityMap['e1'], w?.entityMap['e2'], w?.entityMap['e3']], [m['e1'], m['e3'], m['e5']]);
    assert.equal((await s.reads.stats()).entities, 3);
  }));

  test('store: an acronym an article gave an organisation joins it across articles, in either order; so does a country written two ways', () => withStore(async (s) => {
    const org = (localId: string, name: string, aliases: string[] = []): EntityRecord =>
      entity(localId, name, 'ORG', entityKeys({ name, type: 'ORG', kb: {}, aliases }), { aliases });
    // the acronym alone first, then the full name with it: one organisation, under the name it was first seen by
    const a = record();
    await s.articles.save(input(a, [org('e1', 'CRDA')]));
    const b = record();
    await s.articles.save(input(b, [org('e1', 'Coastal Reef Development Agency', ['CRDA'])]));
    // the full name with its acronym first, then the acronym alone
    const c = record();
    await s.articles.save(input(c, [org('e1', 'Inland Grain Reserve Board', ['IGRB'])]));
    const d = record();
    await s.articles.save(input(d, [org('e1', 'IGRB')]));
    const id = async (x: ArticleRecord): Promise<number | undefined> => (await s.articles.get(x.id))?.entityMap['e1'];
    assert.equal(await id(a), await id(b));
    assert.equal(await id(c), await id(d));
    assert.notEqual(await id(a), await id(c));
    assert.equal((await s.entities.get((await id(a)) as number))?.name, 'CRDA');
    assert.equal((await s.entities.get((await id(d)) as number))?.name, 'Inland Grain Reserve Board');
    // an organisation that shares no acronym stays apart
    const e = record();
    await s.articles.save(input(e, [org('e1', 'Coastal Reef Trust', ['CRT'])]));
    assert.equal((await s.reads.stats()).entities, 3);
    // the country in an organisation's name written two ways: one organisation
    const f = record();
    await s.articles.save(input(f, [org('e1', 'U.S. Office of Tidal Survey')]));
    const g = record();
    await s.articles.save(input(g, [org('e1', 'United States Office of Tidal Survey')]));
    assert.equal(await id(f), await id(g));
    assert.equal((await s.reads.stats()).entities, 4);
  }));

  test('store: entity profile lists quotes, co-occurring entities and events by role', () => withStore(async (s) => {
    for (let i = 0; i < 2; i++) {
      const a = record();
      const ents = [entity('e1', 'Mark Rutte', 'PERSON', ['PERSON:mark rutte']), entity('e2', 'Japan', 'GPE', ['iso:JP']), entity('e3', 'China', 'GPE', ['iso:CN'])];
      await s.articles.save(input(a, ents, {
        quotes: [{ text: `quote ${i}`, start: 0, end: 1, kind: 'direct', speaker: 'e1' }],
        events: [{ type: 'ACCUSE', source: 'e1', target: 'e3', start: 0, end: 1 }, { type: 'CONSULT', source: 'e2', target: 'e1', start: 0, end: 1 }],
      }));
    }
    const [rutte] = await s.entities.find('Mark Rutte');
    const p = await s.entities.profile(rutte!.id);
    assert.equal(p?.quotes.length, 2);
    assert.deepEqual(p?.cooccurring.map((c) => [c.name, c.articles]).sort(), [['China', 2], ['Japan', 2]]);
    assert.deepEqual(p?.eventsAsActor.map((e) => [e.type, e.count, e.examples[0]?.other]), [['ACCUSE', 2, 'China']]);
    assert.deepEqual(p?.eventsAsTarget.map((e) => [e.type, e.count, e.examples[0]?.other]), [['CONSULT', 2, 'Japan']]);
  }));

  test('store: merge survives re-ingest; split moves a part out and survives re-ingest', () => withStore(async (s) => {
    await s.articles.save(input(record(), [entity('e1', 'Blinken', 'PERSON', ['PERSON:blinken'])]));
    await s.articles.save(input(record(), [entity('e1', 'Antony Blinken', 'PERSON', ['PERSON:antony blinken'])]));
    const [short] = await s.entities.find('Blinken');
    const [full] = await s.entities.find('Antony Blinken');
    assert.notEqual(short!.id, full!.id);
    await s.entities.merge(short!.id, full!.id);
    assert.equal((await s.entities.get(short!.id)), null);
    await s.articles.save(input(record(), [entity('e1', 'Blinken', 'PERSON', ['PERSON:blinken'])]));
    let all = await s.entities.find('Blinken');
    assert.equal(all.length, 1);
    assert.equal(all[0]?.id, full!.id);
    assert.equal(all[0]?.articles, 3);

    const newId = await s.entities.split(full!.id, ['PERSON:blinken']);
    assert.equal((await s.entities.get(full!.id))?.articles, 1);
    assert.equal((await s.entities.get(newId))?.articles, 2);
    await s.articles.save(input(record(), [entity('e1', 'Blinken', 'PERSON', ['PERSON:blinken'])]));
    assert.equal((await s.entities.get(newId))?.articles, 3);
    assert.equal((await s.entities.get(full!.id))?.articles, 1);
    all = await s.entities.find('Antony Blinken');
    assert.equal(all[0]?.id, full!.id);
  }));

  test('store: search finds, filters, facets and highlights; bad FTS syntax is escaped, never thrown', () => withStore(async (s) => {
    const a = record({ title: 'NATO chief warns China', text: 'NATO Secretary General Mark Rutte spoke in Japan about China.', source: 'Wire A', published: '2025-04-09' });
    const b = record({ title: 'Markets', text: 'Stocks rose in Tokyo while China reported trade data.', source: 'Wire B', published: '2025-01-02' });
    await s.articles.save(input(a, [entity('e1', 'Mark Rutte', 'PERSON', ['PERSON:mark rutte'])], {
      events: [{ type: 'ACCUSE', source: 'e1', target: null, start: 0, end: 1 }],
      places: [{ entity: 'e1', name: 'Japan', country: 'JP', lat: 36, lon: 138 }],
    }));
    await s.articles.save(input(b));
    const rows: Array<[Parameters<Store['search']['search']>[0], string[]]> = [
      [{ text: 'China' }, [a.id, b.id]],
      [{ text: 'China', source: 'Wire B' }, [b.id]],
      [{ text: 'China', entity: 'mark rutte' }, [a.id]],
      [{ text: 'China', type: 'ACCUSE' }, [a.id]],
      [{ text: 'China', country: 'jp' }, [a.id]],
      [{ text: 'China', from: '2025-03-01' }, [a.id]],
      [{ text: 'China', to: '2025-03-01' }, [b.id]],
      [{ text: 'China', sort: 'date' }, [a.id, b.id]],
      [{ text: 'NATO' }, [a.id]],
      [{ text: 'rutte OR tokyo', sort: 'date' }, [a.id, b.id]],
      [{ text: 'China', entity: 'nobody at all' }, []],
    ];
    for (const [q, ids] of rows) {
      const r = await s.search.search(q);
      assert.deepEqual(r.hits.map((h) => h.id).sort(), [...ids].sort(), JSON.stringify(q));
      if (q.sort === 'date') assert.deepEqual(r.hits.map((h) => h.id), ids, 'date order');
    }
    const r = await s.search.search({ text: 'Rutte' });
    assert.ok(r.hits[0]!.snippet.includes('\u0002Rutte\u0003'));
    assert.match(r.hits[0]!.snippetHtml, /<mark>Rutte<\/mark>/);
    assert.deepEqual(r.facets.source, [{ value: 'Wire A', count: 1 }]);
    assert.deepEqual(r.facets.eventType, [{ value: 'ACCUSE', count: 1 }]);
    // every hit's snippet comes from its own article, whichever article matches first (a rowid bound as a double made
    // SQLite's FTS5 drop the rowid condition: every hit showed the first match's snippet)
    for (const sort of ['relevance', 'date'] as const) {
      const both = await s.search.search({ text: 'China', sort });
      assert.equal(both.hits.length, 2);
      for (const h of both.hits) {
        const own = h.id === a.id ? 'NATO' : 'Tokyo';
        assert.ok(h.snippet.replaceAll('\u0002', '').replaceAll('\u0003', '').includes(own), `${sort}: snippet of ${h.id === a.id ? 'a' : 'b'}: ${h.snippet}`);
      }
    }
    for (const bad of ['foo AND (', '"unterminated', 'NEAR(', 'title:', '***', 'AND', ')(', "China's", 'Indo-Pacific', 'col:China']) {
      const res = await s.search.search({ text: bad });
      assert.ok(Array.isArray(res.hits), bad);
    }
    assert.equal((await s.search.search({ text: "China's" })).total >= 0, true);
  }));

  test('store: scan pages every match with its full analysis, in a stable order, under the search filters', () => withStore(async (s) => {
    const made: string[] = [];
    for (let i = 0; i < 7; i++) {
      const a = record({ title: `Harbour report ${i}`, text: `The harbour pilots met the ferry crews, report ${i}.`, source: i % 2 ? 'Wire A' : 'Wire B', published: `2025-02-0${i + 1}` });
      await s.articles.save(input(a, [entity('e1', 'Pilots Guild', 'ORG', ['ORG:pilots guild'])], {
        events: i < 3 ? [{ type: 'PROTEST', source: 'e1', target: null, start: 4, end: 18 }] : [],
      }));
      made.push(a.id);
    }
    const old = record({ text: 'An old text about lighthouses.' });
    await s.articles.save(input(old));
    await s.articles.save(input({ ...old, contentHash: old.contentHash + 'v2', text: 'A new text about harbour pilots.' }));
    const all = async (q: Parameters<Store['search']['scan']>[0], limit: number): Promise<string[]> => {
      const ids: string[] = [];
      let after: string | null = null;
      for (let n = 0; n < 100; n++) {
        const p = await s.search.scan(q, { after, limit });
        assert.ok(p.rows.length <= limit);
        ids.push(...p.rows.map((r) => r.id));
        if (!p.next) return ids;
        after = p.next;
      }
      throw new Error('scan did not end');
    };
    const every = await all({ text: '' }, 3);
    assert.deepEqual([...every].sort(), [...made, old.id].sort(), 'each latest article once');
    assert.deepEqual(await all({ text: '' }, 100), every, 'the same order whatever the page size');
    assert.deepEqual((await all({ text: 'pilots' }, 2)).sort(), [...made, old.id].sort(), 'only the latest version is matched');
    assert.deepEqual(await all({ text: 'lighthouses' }, 2), [], 'an old version is not matched');
    assert.deepEqual((await all({ text: 'harbour', source: 'Wire A' }, 2)).sort(), made.filter((_, i) => i % 2).sort());
    assert.deepEqual((await all({ text: '', type: 'PROTEST' }, 2)).sort(), made.slice(0, 3).sort());
    assert.deepEqual((await all({ text: '', from: '2025-02-06', to: '2025-02-07' }, 2)).sort(), made.slice(5).sort());
    assert.deepEqual(await all({ text: '', entity: 'nobody at all' }, 2), []);
    assert.equal((await all({ text: '"harbour pilots' }, 50)).length, 8, 'bad FTS syntax is escaped');
    const p = await s.search.scan({ text: 'report 4' }, { after: null });
    const row = p.rows.find((r) => r.id === made[4]);
    assert.ok(row, 'the row is there');
    assert.equal(row.analysis.schema, 'argus.analysis/1');
    assert.equal(row.analysis.article.text, 'The harbour pilots met the ferry crews, report 4.');
    assert.deepEqual([row.title, row.source, row.version, row.url], ['Harbour report 4', 'Wire B', 1, `https://example.com/${made[4]!.slice(1)}`]);
    assert.equal(row.analysis.entities[0]?.name, 'Pilots Guild');
    assert.ok(row.ingestedAt.length >= 10);
  }));

  test('store: the event graph and entity roles, kept between requests, change when new articles are stored', () => withStore(async (s) => {
    const text = 'Ilse Varnholt rebuked Tarnovia over the ferry tolls.';
    const ents = (): EntityRecord[] => [
      entity('e1', 'Ilse Varnholt', 'PERSON', ['PERSON:ilse varnholt'], { mentions: [{ start: 0, end: 13, text: 'Ilse Varnholt', kind: 'name' }] }),
      entity('e2', 'Tarnovia', 'GPE', ['GPE:tarnovia'], { mentions: [{ start: 22, end: 30, text: 'Tarnovia', kind: 'name' }] }),
    ];
    const save = async (day: string, role: string | null): Promise<void> => {
      const inp = input(record({ title: `Ferry tolls ${day}`, text, published: day }), ents(), {
        events: [{ type: 'ACCUSE', source: 'e1', target: 'e2', start: 0, end: 30, trigger: 'rebuked' }],
      });
      if (role) (inp.analysis.entities[0] as { kb?: Record<string, unknown> }).kb = { role };
      await s.articles.save(inp);
    };
    await save('2025-06-01', null);
    const [ilse] = await s.entities.find('Ilse Varnholt');
    const id = ilse!.id;
    assert.deepEqual((await s.dashboard.eventGraph({ limit: 10 })).edges.map((e) => e.count), [1]);
    assert.deepEqual((await s.dashboard.eventGraph({ limit: 10, entityId: id, type: 'ACCUSE' })).nodes.map((n) => n.weight), [1, 1]);
    assert.deepEqual(await s.dashboard.entityRoles([id]), []);
    await save('2025-06-02', 'GOV');
    assert.deepEqual((await s.dashboard.eventGraph({ limit: 10 })).edges.map((e) => e.count), [2], 'the new article counts');
    assert.deepEqual((await s.dashboard.eventGraph({ limit: 10, entityId: id, type: 'ACCUSE' })).nodes.map((n) => n.weight), [2, 2]);
    assert.deepEqual((await s.dashboard.eventGraph({ limit: 10, from: '2025-06-02' })).edges.map((e) => e.count), [1]);
    assert.deepEqual(await s.dashboard.entityRoles([id]), [{ id, role: 'GOV' }], 'the role from the new article');
  }));

  test('store: the search\'s entity, type and country filters follow corrections, merges and splits', () => withStore(async (s) => {
    const a = record({ title: 'Ferry dispute', text: 'Ilse Varga blamed the ferry operator in Lisbon for the delays.', published: '2025-03-01' });
    const b = record({ title: 'Ferry timetable', text: 'Sol said the ferry would run late on Sunday.', published: '2025-03-02' });
    const ents = [entity('e1', 'Ilse Varga', 'PERSON', ['PERSON:ilse varga']), entity('e2', 'Lisbon', 'GPE', ['GPE:lisbon'])];
    const facts: Partial<Analysis> = {
      events: [{ type: 'ACCUSE', source: 'e1', target: null, start: 11, end: 17, trigger: 'blamed' }],
      places: [{ entity: 'e2', name: 'Lisbon', country: 'PT', lat: 38.7, lon: -9.1 }],
    };
    const saved = await s.articles.save(input(a, ents, facts));
    await s.articles.save(input(b, [entity('e1', 'Sol', 'PERSON', ['PERSON:sol'])]));
    const found = async (q: Omit<Parameters<Store['search']['search']>[0], 'text'>): Promise<string[]> =>
      (await s.search.search({ text: 'ferry', ...q })).hits.map((h) => h.id).sort();
    const check = async (rows: Array<[Omit<Parameters<Store['search']['search']>[0], 'text'>, string[]]>, when: string): Promise<void> => {
      for (const [q, ids] of rows) assert.deepEqual(await found(q), [...ids].sort(), `${when}: ${JSON.stringify(q)}`);
    };
    await check([[{ type: 'ACCUSE' }, [a.id]], [{ type: 'REJECT' }, []], [{ country: 'PT' }, [a.id]], [{ country: 'ES' }, []],
      [{ entity: 'Ilse Varga' }, [a.id]], [{ entity: 'Sol' }, [b.id]], [{ type: 'accuse', country: 'pt', entity: 'Lisbon' }, [a.id]]], 'saved');

    // a correction: another event type, another country, the speaker replaced by a new entity
    const model = input(a, ents, facts).analysis;
    const next: Analysis = {
      ...model, entities: [{ id: 'c1', name: 'Mira Sol', type: 'PERSON', mentions: [] }, model.entities[1]!],
      events: [{ ...model.events[0]!, type: 'REJECT', source: 'c1' }], places: [{ ...model.places[0]!, country: 'ES' }],
    };
    assert.equal(await s.corrections.rewrite({ rowid: saved.rowid, version: saved.version, analysis: next, model, entities: toEntityRecords(next), outcomes: [] }), true);
    await check([[{ type: 'ACCUSE' }, []], [{ type: 'REJECT' }, [a.id]], [{ country: 'PT' }, []], [{ country: 'ES' }, [a.id]],
      [{ entity: 'Ilse Varga' }, []], [{ entity: 'Mira Sol' }, [a.id]], [{ type: 'REJECT', country: 'ES', entity: 'Lisbon' }, [a.id]]], 'corrected');

    // a merge moves the other article's entity into Mira Sol; a split moves it out again
    const [sol] = await s.entities.find('Sol');
    const [mira] = await s.entities.find('Mira Sol');
    assert.ok(sol && mira && sol.id !== mira.id);
    await s.entities.merge(sol.id, mira.id);
    await check([[{ entity: 'Mira Sol' }, [a.id, b.id]], [{ entity: 'Mira Sol', country: 'ES' }, [a.id]]], 'merged');
    const split = await s.entities.split(mira.id, ['PERSON:sol']);
    assert.equal((await s.entities.get(split))?.name, 'Sol');
    await check([[{ entity: 'Mira Sol' }, [a.id]], [{ entity: 'Sol' }, [b.id]]], 'split');
  }));

  test('store: search facets, query extras and entity article counts, kept between requests, change with new articles and merges', () => withStore(async (s) => {
    const text = 'Odile Marsan inspected the silted quay at Velmora with Tomas Reyl.';
    const ents = (): EntityRecord[] => [
      entity('e1', 'Odile Marsan', 'PERSON', ['PERSON:odile marsan'], { mentions: [{ start: 0, end: 12, text: 'Odile Marsan', kind: 'name' }] }),
      entity('e2', 'Velmora', 'GPE', ['GPE:velmora'], { mentions: [{ start: 41, end: 48, text: 'Velmora', kind: 'name' }] }),
      entity('e3', 'Tomas Reyl', 'PERSON', ['PERSON:tomas reyl'], { mentions: [{ start: 54, end: 64, text: 'Tomas Reyl', kind: 'name' }] }),
    ];
    const save = async (day: string, source: string, type: 'ACCUSE' | 'THREATEN', country: string, withReyl: boolean): Promise<void> => {
      await s.articles.save(input(record({ title: `Silted quay ${day}`, text, published: day, source }), withReyl ? ents() : ents().slice(0, 2), {
        events: [{ type, source: 'e1', target: 'e2', start: 0, end: 20, trigger: 'inspected' }],
        places: [{ entity: 'e2', name: 'Velmora', country, lat: 40, lon: -8 }],
      }));
    };
    const look = async (): Promise<{ r: Awaited<ReturnType<Store['search']['search']>>; x: Awaited<ReturnType<Store['dashboard']['queryExtras']>> }> => {
      const r = await s.search.search({ text: 'silted' });
      return { r, x: await s.dashboard.queryExtras({ text: 'silted' }, r.fts) };
    };
    await save('2025-07-01', 'Wire A', 'ACCUSE', 'PT', false);
    let { r, x } = await look();
    assert.deepEqual(r.facets, {
      source: [{ value: 'Wire A', count: 1 }],
      entity: [{ value: 'Odile Marsan', count: 1 }, { value: 'Velmora', count: 1 }],
      eventType: [{ value: 'ACCUSE', count: 1 }],
    });
    assert.deepEqual(x.perDay, [{ day: '2025-07-01', count: 1 }]);
    assert.deepEqual(x.country, [{ value: 'PT', count: 1 }]);
    assert.equal((await s.entities.find('Odile Marsan'))[0]?.articles, 1);

    await save('2025-07-02', 'Wire B', 'THREATEN', 'ES', true);
    ({ r, x } = await look());
    assert.equal(r.total, 2);
    assert.deepEqual(r.facets, {
      source: [{ value: 'Wire A', count: 1 }, { value: 'Wire B', count: 1 }],
      entity: [{ value: 'Odile Marsan', count: 2 }, { value: 'Velmora', count: 2 }, { value: 'Tomas Reyl', count: 1 }],
      eventType: [{ value: 'ACCUSE', count: 1 }, { value: 'THREATEN', count: 1 }],
    }, 'the new article counts');
    assert.deepEqual(x.perDay, [{ day: '2025-07-01', count: 1 }, { day: '2025-07-02', count: 1 }]);
    assert.deepEqual(x.country, [{ value: 'ES', count: 1 }, { value: 'PT', count: 1 }]);
    assert.deepEqual(x.entities.map((e) => [e.value, e.count]), [['Odile Marsan', 2], ['Velmora', 2], ['Tomas Reyl', 1]]);
    assert.equal((await s.entities.find('Odile Marsan'))[0]?.articles, 2, 'the article count is not kept past a save');

    const [reyl] = await s.entities.find('Tomas Reyl');
    const [velmora] = await s.entities.find('Velmora');
    await s.entities.merge(reyl!.id, velmora!.id);
    ({ r, x } = await look());
    assert.deepEqual(r.facets.entity, [{ value: 'Odile Marsan', count: 2 }, { value: 'Velmora', count: 2 }], 'a merge changes the entity facet');
    assert.deepEqual(x.entities.map((e) => [e.value, e.count]), [['Odile Marsan', 2], ['Velmora', 2]]);
  }));

  test('store: dashboard read models — query extras, event and co-mention graphs, evidence, places, trends', () => withStore(async (s) => {
    const ents = (): EntityRecord[] => [
      entity('e1', 'Mark Rutte', 'PERSON', ['PERSON:mark rutte'], { mentions: [{ start: 0, end: 10, text: 'Mark Rutte', kind: 'name' }] }),
      entity('e2', 'China', 'GPE', ['iso:CN'], { mentions: [{ start: 20, end: 25, text: 'China', kind: 'name' }] }),
      entity('e3', 'Japan', 'GPE', ['iso:JP'], { mentions: [{ start: 29, end: 34, text: 'Japan', kind: 'name' }] }),
    ];
    const days = ['2025-03-01', '2025-03-01', '2025-03-02'];
    const saved: ArticleRecord[] = [];
    const v0 = await s.dashboard.dataVersion();
    for (const [i, day] of days.entries()) {
      const a = record({ title: `Harbour talks ${i}`, text: 'Mark Rutte warned China in Japan. The harbour stayed calm.', published: day, source: 'Wire A' });
      saved.push(a);
      await s.articles.save(input(a, ents(), {
        events: i < 2 ? [{ type: 'ACCUSE', source: 'e1', target: 'e2', start: 0, end: 33, trigger: 'warned' }] : [],
        places: [{ entity: 'e3', name: 'Japan', country: 'JP', lat: 36, lon: 138 }],
        themes: i < 2 ? ['SECURITY'] : ['TRADE'],
      }));
    }
    assert.notEqual(await s.dashboard.dataVersion(), v0, 'a save changes the data version');
    const [rutte] = await s.entities.find('Mark Rutte');
    const [china] = await s.entities.find('China');
    const [japan] = await s.entities.find('Japan');
    const ids = { rutte: rutte!.id, china: china!.id, japan: japan!.id };

    const x = await s.dashboard.queryExtras({ text: 'harbour' }, 'harbour');
    assert.deepEqual(x.perDay, [{ day: '2025-03-01', count: 2 }, { day: '2025-03-02', count: 1 }]);
    assert.deepEqual(x.country, [{ value: 'JP', count: 3 }]);
    assert.deepEqual(x.entityType, [{ value: 'GPE', count: 3 }, { value: 'PERSON', count: 3 }]);
    assert.deepEqual(x.entities.map((e) => [e.value, e.type, e.count]), [['China', 'GPE', 3], ['Japan', 'GPE', 3], ['Mark Rutte', 'PERSON', 3]]);
    assert.deepEqual((await s.dashboard.queryExtras({ text: 'harbour', from: '2025-03-02' }, 'harbour')).perDay, [{ day: '2025-03-02', count: 1 }]);
    assert.deepEqual((await s.dashboard.queryExtras({ text: 'nowhere' }, 'nowhere')).perDay, []);

    const eg = await s.dashboard.eventGraph({ limit: 10 });
    assert.deepEqual(eg.edges, [{ source: ids.rutte, target: ids.china, type: 'ACCUSE', count: 2, sources: 1 }]);
    assert.deepEqual(eg.nodes.map((n) => [n.name, n.weight]).sort(), [['China', 2], ['Mark Rutte', 2]]);
    assert.deepEqual((await s.dashboard.eventGraph({ limit: 10, from: '2025-03-02' })).edges, []);

    const cg = await s.dashboard.coMentionGraph({ limit: 10, minWeight: 1 });
    assert.deepEqual(cg.nodes.map((n) => [n.name, n.weight]).sort(), [['China', 3], ['Japan', 3], ['Mark Rutte', 3]]);
    assert.deepEqual(cg.edges.map((e) => e.weight), [3, 3, 3]);
    const typed = await s.dashboard.coMentionGraph({ limit: 10, minWeight: 1, entityType: 'PERSON' });
    assert.deepEqual(typed.nodes.map((n) => n.name), ['Mark Rutte']);

    const ev = await s.dashboard.evidence(ids.rutte, ids.china, { limit: 5 });
    assert.equal(ev.length, 2);
    assert.deepEqual([ev[0]?.type, ev[0]?.sourceName, ev[0]?.targetName, ev[0]?.trigger], ['ACCUSE', 'Mark Rutte', 'China', 'warned']);
    assert.match(ev[0]!.sentence, /^Mark Rutte warned China in Japan\./);
    const co = await s.dashboard.evidence(ids.japan, ids.china, { limit: 5 });
    assert.equal(co.length, 3, 'no event: the shared articles');
    assert.equal(co[0]?.type, null);
    assert.deepEqual(await s.dashboard.evidence(ids.japan, ids.china, { limit: 5, type: 'ACCUSE' }), []);

    assert.deepEqual((await s.dashboard.places({ limit: 10 })).map((p) => [p.name, p.country, p.articles]), [['Japan', 'JP', 3]]);
    assert.deepEqual((await s.dashboard.places({ limit: 10, type: 'ACCUSE' })).map((p) => p.articles), [2]);
    const pa = await s.dashboard.placeArticles('Japan', 'JP', { limit: 10 });
    assert.deepEqual(pa.map((a) => a.id), [saved[2]!.id, saved[1]!.id, saved[0]!.id]);
    assert.equal(pa[0]?.source, 'Wire A');

    assert.deepEqual(await s.dashboard.entitySeries([ids.rutte], {}), [{ key: String(ids.rutte), day: '2025-03-01', count: 2 }, { key: String(ids.rutte), day: '2025-03-02', count: 1 }]);
    assert.deepEqual(await s.dashboard.topThemes(5, {}), [{ value: 'SECURITY', count: 2 }, { value: 'TRADE', count: 1 }]);
    assert.deepEqual(await s.dashboard.themeSeries(['TRADE'], {}), [{ key: 'TRADE', day: '2025-03-02', count: 1 }]);
    assert.equal((await s.dashboard.themeSeries(null, {})).length, 2);

    assert.equal(typeof (await s.dashboard.rowidOf(saved[0]!.id)), 'number');
    assert.equal(await s.dashboard.rowidOf('no-such-article'), null);
  }));

  test('store: watchlists match by query, entity, source, type and country; alerts are raised once; the watermark moves forward', () => withStore(async (s) => {
    const first = await s.articles.save(input(record({ text: 'Before any watchlist.' })));
    const e1 = await s.articles.save(input(record({ text: 'x' }), [entity('e1', 'Mark Rutte', 'PERSON', ['PERSON:mark rutte'])]));
    const [rutte] = await s.entities.find('Mark Rutte');
    const wq = await s.watchlists.create({ name: 'Ferries', query: 'ferry AND harbour', entityIds: [] });
    const we = await s.watchlists.create({ name: 'Rutte', query: '', entityIds: [rutte!.id], source: 'Wire A' });
    await s.watchlists.create({ name: 'Protests in JP', query: '', entityIds: [rutte!.id], type: 'PROTEST', country: 'JP' });
    const wbad = await s.watchlists.create({ name: 'Broken syntax', query: '"ferry', entityIds: [] });
    assert.deepEqual([wq.alerts, wq.unseen, wq.entityIds], [0, 0, []]);
    assert.ok((await s.watchlists.checkedUpTo()) >= e1.rowid, 'a new watchlist starts at the newest article');
    assert.deepEqual((await s.watchlists.list()).map((w) => w.name), ['Ferries', 'Rutte', 'Protests in JP', 'Broken syntax']);
    assert.equal((await s.watchlists.get(we.id))?.source, 'Wire A');

    const ferry = await s.articles.save(input(record({ text: 'The ferry left the harbour at dawn.', source: 'Wire B' })));
    assert.deepEqual((await s.watchlists.matching(ferry.rowid)).map((w) => w.name).sort(), ['Broken syntax', 'Ferries']);
    const mention = await s.articles.save(input(record({ text: 'Mark Rutte spoke.', source: 'wire a' }), [entity('e1', 'Mark Rutte', 'PERSON', ['PERSON:mark rutte'])], {
      events: [{ type: 'PROTEST', source: 'e1', target: null, start: 0, end: 5 }],
      places: [{ entity: 'e1', name: 'Tokyo', country: 'JP', lat: 35.7, lon: 139.7 }],
    }));
    assert.deepEqual((await s.watchlists.matching(mention.rowid)).map((w) => w.name).sort(), ['Protests in JP', 'Rutte']);
    assert.deepEqual(await s.watchlists.matching(first.rowid), []);

    const id = await s.watchlists.raise(wq.id, ferry.rowid);
    assert.equal(typeof id, 'number');
    assert.equal(await s.watchlists.raise(wq.id, ferry.rowid), null, 'once per watchlist and article');
    await s.watchlists.raise(we.id, mention.rowid);
    const alerts = await s.watchlists.alerts({ limit: 10 });
    assert.deepEqual(alerts.map((a) => [a.watchlistName, a.seen]), [['Rutte', false], ['Ferries', false]]);
    assert.equal(alerts[1]?.source, 'Wire B');
    assert.equal((await s.watchlists.alerts({ limit: 10, watchlistId: wq.id })).length, 1);
    await s.watchlists.recordWebhook(id!, 'ok 200');
    assert.equal((await s.watchlists.alerts({ limit: 10, watchlistId: wq.id }))[0]?.webhookStatus, 'ok 200');
    assert.equal(await s.watchlists.markSeen([id!]), 1);
    assert.deepEqual((await s.watchlists.alerts({ limit: 10, unseenOnly: true })).map((a) => a.watchlistName), ['Rutte']);
    assert.equal(await s.watchlists.markSeen('all'), 1);
    assert.deepEqual([(await s.watchlists.get(wq.id))?.alerts, (await s.watchlists.get(wq.id))?.unseen], [1, 0]);

    const mark = await s.watchlists.checkedUpTo();
    assert.deepEqual(await s.watchlists.articlesAfter(mark, 10), [ferry.rowid, mention.rowid]);
    await s.watchlists.markChecked(ferry.rowid);
    assert.deepEqual(await s.watchlists.articlesAfter(await s.watchlists.checkedUpTo(), 10), [mention.rowid]);
    await s.watchlists.markChecked(first.rowid);
    assert.equal(await s.watchlists.checkedUpTo(), ferry.rowid, 'never back');
    await s.watchlists.markChecked();
    assert.equal(await s.watchlists.checkedUpTo(), mention.rowid);

    assert.equal(await s.watchlists.remove(wq.id), true);
    assert.equal(await s.watchlists.remove(wq.id), false);
    assert.equal(await s.watchlists.get(wq.id), null);
    assert.equal((await s.watchlists.alerts({ limit: 10 })).length, 1);
    assert.equal((await s.watchlists.get(wbad.id))?.query, '"ferry');
  }));

  test('store: near-duplicate candidates come back by SimHash band', () => withStore(async (s) => {
    const a = record({ simhash: { hi: 0xdeadbeef, lo: 0x12345678 } });
    await s.articles.save(input(a));
    const near = await s.articles.nearDuplicates({ hi: 0xdeadbeef, lo: 0x12345679 }, []);
    assert.deepEqual(near.map((n) => [n.articleId, n.simhash.hi, n.simhash.lo]), [[a.id, 0xdeadbeef, 0x12345678]]);
    assert.deepEqual(await s.articles.nearDuplicates({ hi: 0x11111111, lo: 0x22222222 }, []), []);
    const byLsh = await s.articles.nearDuplicates({ hi: 0x11111111, lo: 0x22222222 }, a.lsh);
    assert.deepEqual(byLsh.map((n) => [n.articleId, n.minhash?.[0]]), [[a.id, a.minhash[0]]]);
  }));

  test('store: joining a story lists every source on it', () => withStore(async (s) => {
    const a = record({ source: 'Wire A' });
    const r = await s.articles.save(input(a));
    const b = record({ source: 'Wire B' });
    await s.articles.save({ ...input(b), story: { kind: 'join', storyId: r.storyId!, duplicateOf: r.rowid } });
    const story = await s.reads.story(r.storyId!);
    assert.deepEqual(story?.sources, ['Wire A', 'Wire B']);
    assert.equal(story?.articles, 2);
    assert.equal(story?.members[1]?.duplicateOf, a.id);
    assert.equal((await s.reads.stats()).stories, 1);
  }));

  test('store: feeds add/list/due/poll/remove', () => withStore(async (s) => {
    const f = await s.feeds.add('https://example.com/feed.xml', { title: 'Example', intervalS: 60 });
    assert.equal((await s.feeds.list()).length, 1);
    assert.equal((await s.feeds.due('2030-01-01T00:00:00Z')).length, 1);
    await s.feeds.recordPoll(f.id, { ok: true, etag: '"v1"', lastModified: 'x', checkedAt: '2030-01-01T00:00:00Z', nextCheck: '2030-01-01T00:01:00Z' });
    assert.equal((await s.feeds.due('2030-01-01T00:00:30Z')).length, 0);
    assert.equal((await s.feeds.get(f.id))?.etag, '"v1"');
    await s.feeds.recordPoll(f.id, { ok: false, error: 'boom', checkedAt: '2030-01-01T00:01:00Z', nextCheck: '2030-01-01T00:03:00Z' });
    assert.equal((await s.feeds.get(f.url))?.failures, 1);
    assert.equal((await s.reads.stats()).feeds, 1);
    assert.equal(await s.feeds.remove(f.url), true);
    assert.equal((await s.feeds.list()).length, 0);
  }));

  test('store: the ingest log counts failures per batch', () => withStore(async (s) => {
    const b = await s.log.startBatch(['x']);
    await s.log.log(b, { ref: 'bad.json', status: 'failed', code: 'INVALID_JSON', message: 'broken' });
    await s.log.finishBatch(b, { failed: 1 });
    assert.equal((await s.reads.stats()).failures, 1);
    assert.deepEqual((await s.log.failures(5)).map((f) => [f.ref, f.code]), [['bad.json', 'INVALID_JSON']]);
  }));

  test('store: read models — stories, places, per-day counts, graph', () => withStore(async (s) => {
    for (const day of ['2024-01-01', '2024-01-01', '2024-01-02']) {
      const a = record({ published: day });
      await s.articles.save(input(a, [entity('e1', 'Japan', 'GPE', ['iso:JP']), entity('e2', 'China', 'GPE', ['iso:CN'])], {
        places: [{ entity: 'e1', name: 'Japan', country: 'JP', lat: 36, lon: 138 }],
      }));
    }
    assert.deepEqual(await s.reads.perDay({}), [{ day: '2024-01-01', count: 2 }, { day: '2024-01-02', count: 1 }]);
    assert.deepEqual((await s.reads.places({ limit: 5 })).map((p) => [p.name, p.articles]), [['Japan', 3]]);
    const g = await s.entities.graph(10, 1);
    assert.equal(g.nodes.length, 2);
    assert.deepEqual(g.edges.map((e) => e.weight), [3]);
    assert.equal((await s.reads.stories({ limit: 10 })).length, 3);
  }));

  runStatementSuite(withStore);
  runTimelineSuite(withStore);
}
