// Corroboration in the shared store suite (both backends): who counts as an independent source, the window, new
// versions, merges, the minSources/minConfidence filters and the outlets' profiles. Invented outlets and sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArgusEvent, Place } from '../../src/core/analysis.js';
import type { ArticleRecord, EntityRecord, SaveArticleInput, Store } from '../../src/store/types.js';
import { corroborated, EVENT_PRIOR } from '../../src/core/confidence.js';
import { entity, input, record } from './suite.js';

type WithStore = (fn: (s: Store) => Promise<void>) => Promise<void>;

const BRANDT = entity('e1', 'Olga Brandt', 'PERSON', ['PERSON:olga brandt']);
const COUNCIL = entity('e2', 'Northland Council', 'ORG', ['ORG:northland council']);
const ACCUSE: ArgusEvent = { type: 'ACCUSE', source: 'e1', target: 'e2', trigger: 'criticized', start: 12, end: 22 };
const LISBON: Place = { entity: 'e3', name: 'Lisbon', country: 'PT', lat: 38.72, lon: -9.13, geonames: 2267057 };
const LISBON_E = entity('e3', 'Lisbon', 'GPE', ['gn:2267057']);

function report(a: ArticleRecord, extra: { events?: ArgusEvent[]; places?: Place[]; entities?: EntityRecord[] } = {}): SaveArticleInput {
  return input(a, extra.entities ?? [BRANDT, COUNCIL], { events: extra.events ?? [ACCUSE], places: extra.places ?? [] });
}

interface Fixture {
  first: ArticleRecord;
  copy: ArticleRecord;
  other: ArticleRecord;
  late: ArticleRecord;
}

/** Harbor Gazette reports first; Valley Wire runs a syndicated copy; Coastal Times reports it the same day; Mountain Post 5 days later. */
async function fixture(s: Store): Promise<Fixture> {
  const first = record({ source: 'Harbor Gazette', published: '2031-03-10T08:00:00Z', text: 'Olga Brandt criticized the Northland Council.' });
  const r1 = await s.articles.save(report(first, { entities: [BRANDT, COUNCIL, LISBON_E], places: [LISBON] }));
  const copy = record({ source: 'Valley Wire', published: '2031-03-10T09:30:00Z', text: first.text });
  await s.articles.save({ ...report(copy), story: { kind: 'join', storyId: r1.storyId ?? 0, duplicateOf: r1.rowid } });
  const other = record({ source: 'Coastal Times', published: '2031-03-10T20:00:00Z', text: 'In a radio interview, Olga Brandt criticized the Northland Council.' });
  await s.articles.save(report(other));
  const late = record({ source: 'Mountain Post', published: '2031-03-15T08:00:00Z', text: 'Olga Brandt criticized the Northland Council once more.' });
  await s.articles.save(report(late));
  return { first, copy, other, late };
}

async function counts(s: Store, a: ArticleRecord): Promise<[number, number]> {
  const f = await s.corroboration.articleFacts(a.id);
  assert.ok(f && f.events[0], `facts of ${a.source}`);
  return [f.events[0].sources, f.events[0].articles];
}

export function runCorroborationSuite(withStore: WithStore): void {
  test('corroboration: a syndicated copy is not a second source, an independent outlet is, a report 5 days later is outside the window', () => withStore(async (s) => {
    const fx = await fixture(s);
    assert.equal(await s.corroboration.windowDays(), 3);
    // Harbor Gazette + Coastal Times are two sources; Valley Wire's copy adds an article, not a source
    assert.deepEqual(await counts(s, fx.first), [2, 3]);
    assert.deepEqual(await counts(s, fx.copy), [2, 3]);
    assert.deepEqual(await counts(s, fx.other), [2, 3]);
    assert.deepEqual(await counts(s, fx.late), [1, 1]);
    const f = await s.corroboration.articleFacts(fx.first.id);
    assert.equal(f?.events[0]?.confidence, corroborated(EVENT_PRIOR.actors, 2));
    assert.equal((await s.corroboration.articleFacts(fx.late.id))?.events[0]?.confidence, EVENT_PRIOR.actors);
    assert.equal(await s.corroboration.articleFacts('no-such-article'), null);

    // the filters: search, event graph, places, scan (exports)
    const ids = async (q: Parameters<Store['search']['search']>[0]): Promise<string[]> => (await s.search.search({ limit: 50, ...q })).hits.map((h) => h.id).sort();
    assert.deepEqual(await ids({ text: '', minSources: 2 }), [fx.first.id, fx.copy.id, fx.other.id].sort());
    assert.deepEqual(await ids({ text: 'radio', minSources: 2 }), [fx.other.id]);
    assert.deepEqual(await ids({ text: '', minSources: 3 }), []);
    assert.equal((await ids({ text: '', minSources: 1 })).length, 4, 'one source is every article');
    assert.deepEqual(await ids({ text: '', minConfidence: 0.8 }), [fx.first.id, fx.copy.id, fx.other.id].sort());
    assert.equal((await ids({ text: '', minConfidence: 0.6 })).length, 4);
    assert.deepEqual(await ids({ text: '', minConfidence: 0.995 }), [], 'nothing is above the cap');
    const all = await s.dashboard.eventGraph({ limit: 10 });
    assert.deepEqual(all.edges.map((e) => [e.type, e.count, e.sources]), [['ACCUSE', 4, 2]]);
    const strong = await s.dashboard.eventGraph({ limit: 10, minSources: 2 });
    assert.deepEqual(strong.edges.map((e) => [e.type, e.count, e.sources]), [['ACCUSE', 3, 2]]);
    assert.deepEqual((await s.dashboard.eventGraph({ limit: 10, minSources: 3 })).edges, []);
    assert.deepEqual((await s.dashboard.places({ limit: 10, minSources: 2 })).map((p) => p.name), ['Lisbon']);
    assert.deepEqual((await s.dashboard.places({ limit: 10, minSources: 3 })), []);
    assert.deepEqual((await s.dashboard.placeArticles('Lisbon', 'PT', { limit: 10, minSources: 2 })).map((a) => a.id), [fx.first.id]);
    const page = await s.search.scan({ text: '', minSources: 2 }, {});
    assert.equal(page.rows.length, 3);
    for (const r of page.rows) assert.deepEqual(r.facts?.events.map((e) => [e.sources, e.articles]), [[2, 3]]);
  }));

  test('corroboration: a new version without the event stops counting, the same content again changes nothing, the window is configurable', () => withStore(async (s) => {
    const fx = await fixture(s);
    const v2 = { ...fx.other, contentHash: `${fx.other.contentHash}-2`, text: 'In a radio interview, Olga Brandt spoke about the Northland Council.' };
    assert.equal((await s.articles.save(report(v2, { events: [] }))).status, 'updated');
    assert.deepEqual(await counts(s, fx.first), [1, 2]);
    assert.equal((await s.articles.save(report(v2, { events: [] }))).status, 'duplicate');
    assert.deepEqual(await counts(s, fx.first), [1, 2]);
    const v3 = { ...fx.other, contentHash: `${fx.other.contentHash}-3` };
    assert.equal((await s.articles.save(report(v3))).status, 'updated');
    assert.deepEqual(await counts(s, fx.first), [2, 3]);
    assert.deepEqual(await counts(s, fx.other), [2, 3]);

    // a 5-day window takes in the Mountain Post report (5 days after the first, 5 after Coastal Times)
    await s.corroboration.setWindowDays(5);
    assert.equal(await s.corroboration.windowDays(), 5);
    assert.deepEqual(await counts(s, fx.late), [3, 4]);
    assert.deepEqual(await counts(s, fx.first), [3, 4]);
    // a report saved under the wider window is counted with it
    const next = record({ source: 'Lake Herald', published: '2031-03-19T08:00:00Z', text: 'Olga Brandt criticized the Northland Council, the Lake Herald says.' });
    await s.articles.save(report(next));
    assert.deepEqual(await counts(s, next), [2, 2]);
    assert.deepEqual(await counts(s, fx.late), [4, 5]);
    await s.corroboration.setWindowDays(3);
    assert.deepEqual(await counts(s, fx.late), [1, 1]);
    assert.deepEqual(await counts(s, fx.first), [2, 3]);
    await assert.rejects(s.corroboration.setWindowDays(-1), /whole number of days/);
    await assert.rejects(s.corroboration.setWindowDays(1.5), /whole number of days/);
  }));

  test('corroboration: a merge joins two signatures; profiles count copies, corroboration and delay', () => withStore(async (s) => {
    const fx = await fixture(s);
    const cncl = entity('e2', 'Northland Cncl', 'ORG', ['ORG:northland cncl']);
    const odd = record({ source: 'Ridge Courier', published: '2031-03-11T08:00:00Z', text: 'Olga Brandt criticized the Northland Cncl.' });
    await s.articles.save(report(odd, { entities: [BRANDT, cncl] }));
    assert.deepEqual(await counts(s, odd), [1, 1]);
    const [from] = await s.entities.find('Northland Cncl');
    const [into] = await s.entities.find('Northland Council');
    assert.ok(from && into);
    await s.entities.merge(from.id, into.id);
    assert.deepEqual(await counts(s, odd), [3, 4]);
    assert.deepEqual(await counts(s, fx.first), [3, 4]);

    const profiles = await s.corroboration.sources();
    const by = new Map(profiles.map((p) => [p.name, p]));
    assert.deepEqual([...by.keys()].sort(), ['Coastal Times', 'Harbor Gazette', 'Mountain Post', 'Ridge Courier', 'Valley Wire']);
    const harbor = by.get('Harbor Gazette');
    assert.deepEqual([harbor?.articles, harbor?.syndicated, harbor?.events, harbor?.corroborated, harbor?.medianDelayHours, harbor?.firstReports], [1, 0, 1, 1, 0, 1]);
    const wire = by.get('Valley Wire');
    assert.deepEqual([wire?.syndicated, wire?.syndicatedShare, wire?.corroborated, wire?.medianDelayHours], [1, 1, 1, 1.5]);
    assert.deepEqual([by.get('Coastal Times')?.medianDelayHours, by.get('Ridge Courier')?.medianDelayHours], [12, 24]);
    const mountain = by.get('Mountain Post');
    assert.deepEqual([mountain?.events, mountain?.corroborated, mountain?.corroboratedShare, mountain?.medianDelayHours], [1, 0, 0, null]);

    const coastal = await s.corroboration.source('coastal times');
    assert.equal(coastal?.name, 'Coastal Times');
    // Valley Wire's copy counts as Harbor Gazette's report
    assert.deepEqual(coastal?.corroboratedBy.map((c) => c.name).sort(), ['Harbor Gazette', 'Ridge Courier']);
    assert.equal(coastal?.examples.length, 1);
    assert.deepEqual([coastal?.examples[0]?.type, coastal?.examples[0]?.sourceEntity, coastal?.examples[0]?.targetEntity, coastal?.examples[0]?.sources],
      ['ACCUSE', 'Olga Brandt', 'Northland Council', 3]);
    assert.equal(await s.corroboration.source('No Such Outlet'), null);

    // the entity profile's event examples carry corroboration and confidence
    const p = await s.entities.profile(into.id);
    const ex = p?.eventsAsTarget.find((t) => t.type === 'ACCUSE')?.examples[0];
    assert.ok(ex && ex.sources >= 1 && ex.confidence >= EVENT_PRIOR.actors, JSON.stringify(ex));
  }));
}
