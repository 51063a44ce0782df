// The corrections part of the shared store suite (runStoreSuite calls it): override rows and the audit list, the
// model's analysis kept beside the corrected one, the rewrite of a version's facts, and a correction surviving a new
// version with changed text and another analysis, then undone — on every backend.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis } from '../../src/core/analysis.js';
import type { CorrectionInput } from '../../src/store/correction-types.js';
import type { Store } from '../../src/store/types.js';
import { record, entity, input } from './suite.js';
import { correctFact, saveArticle, undoCorrection } from '../../src/services/correct.js';
import { toEntityRecords } from '../../src/services/ingest.js';
import { factAnalyzer, type Known } from '../services/fact-analyzer.js';

const KNOWN: Known = [['Ilse Varga', 'PERSON'], ['Oskar Lind', 'PERSON'], ['Brevia', 'GPE'], ['Lisbon', 'GPE']];

function correctionInput(articleId: string, over: Partial<CorrectionInput> = {}): CorrectionInput {
  return {
    articleId, kind: 'quote.speaker', span: { text: 'the ferry runs', start: 4, end: 18 }, context: { before: 'Yes ', after: ' late' },
    anchor: {}, before: { speaker: 'Ilse Varga' }, after: { speaker: null }, author: 'desk', note: null, ...over,
  };
}

export function runCorrectionSuite(withStore: (fn: (s: Store) => Promise<void>) => Promise<void>): void {
  test('store: corrections keep their audit fields, list newest first with filters, and undo once', () => withStore(async (s) => {
    const a = await s.corrections.add(correctionInput('art-1'));
    const b = await s.corrections.add(correctionInput('art-1', { kind: 'event.type', after: { type: 'ACCUSE' }, anchor: { trigger: 'blamed' } }));
    await s.corrections.add(correctionInput('art-2'));
    assert.deepEqual([a.status, a.author, a.span, a.context, a.after], ['applied', 'desk', { text: 'the ferry runs', start: 4, end: 18 }, { before: 'Yes ', after: ' late' }, { speaker: null }]);
    assert.deepEqual(b.anchor, { trigger: 'blamed' });
    assert.ok(a.createdAt <= b.createdAt);
    assert.deepEqual((await s.corrections.list({ articleId: 'art-1', limit: 10 })).map((c) => c.id), [b.id, a.id]);
    assert.equal((await s.corrections.list({ limit: 10 })).length, 3);
    assert.deepEqual((await s.corrections.active('art-1')).map((c) => c.id), [a.id, b.id]);
    assert.equal(await s.corrections.undo(a.id), true);
    assert.equal(await s.corrections.undo(a.id), false);
    const undone = await s.corrections.get(a.id);
    assert.equal(undone?.status, 'undone');
    assert.ok(undone?.undoneAt);
    assert.deepEqual((await s.corrections.active('art-1')).map((c) => c.id), [b.id]);
    assert.deepEqual((await s.corrections.list({ status: 'undone', limit: 10 })).map((c) => c.id), [a.id]);
    await s.corrections.record([{ id: b.id, status: 'orphaned', reason: 'gone', span: null }, { id: a.id, status: 'applied', reason: null, span: { start: 9, end: 23 } }], 3);
    const orphan = await s.corrections.get(b.id);
    assert.deepEqual([orphan?.status, orphan?.reason, orphan?.appliedVersion, orphan?.span.start], ['orphaned', 'gone', 3, 4]);
    assert.equal((await s.corrections.get(a.id))?.status, 'undone', 'an undone correction stays undone');
    assert.equal(await s.corrections.get(9999), null);
  }));

  test('store: the model analysis is kept beside the corrected one; rewrite replaces facts and links an added entity', () => withStore(async (s) => {
    const a = record({ text: 'Ilse Varga blamed Oskar Lind in Lisbon.' });
    const ents = [entity('e1', 'Ilse Varga', 'PERSON', ['PERSON:ilse varga']), entity('e2', 'Oskar Lind', 'PERSON', ['PERSON:oskar lind']),
      entity('e3', 'Lisbon', 'GPE', ['GPE:lisbon'])];
    const facts: Partial<Analysis> = {
      quotes: [{ text: 'blamed Oskar Lind', start: 11, end: 28, kind: 'indirect', speaker: 'e1' }],
      events: [{ type: 'ACCUSE', source: 'e1', target: 'e2', start: 11, end: 17, trigger: 'blamed' }],
      places: [{ entity: 'e3', name: 'Lisbon', country: 'PT', lat: 38.7, lon: -9.1 }],
    };
    const model = input(a, ents, facts).analysis;
    const corrected: Analysis = { ...model, quotes: [{ ...model.quotes[0]!, speaker: 'e2' }] };
    const saved = await s.articles.save({ ...input(a, ents), analysis: corrected, modelAnalysis: model });
    let latest = await s.corrections.latest(a.id);
    assert.equal(latest?.analysis.quotes[0]?.speaker, 'e2');
    assert.equal(latest?.model?.quotes[0]?.speaker, 'e1');
    assert.equal(latest?.analysis.article.text, a.text);
    assert.equal(latest?.version, saved.version);
    const [lind] = await s.entities.find('Oskar Lind');
    assert.equal((await s.entities.profile(lind!.id))?.quotes.length, 1, 'the quote rows follow the corrected analysis');

    const c = await s.corrections.add(correctionInput(a.id));
    const added = { id: 'c1', name: 'Mira Sol', type: 'PERSON' as const, mentions: [] };
    const next: Analysis = {
      ...model, entities: [...model.entities, added], quotes: [{ ...model.quotes[0]!, speaker: 'c1' }],
      events: [{ ...model.events[0]!, type: 'REJECT' }], places: [{ ...model.places[0]!, name: 'Porto', lat: 41.15, lon: -8.61 }],
    };
    assert.equal(await s.corrections.rewrite({
      rowid: saved.rowid, version: saved.version, analysis: next, model, entities: toEntityRecords(next), outcomes: [{ id: c.id, status: 'applied', reason: null, span: { start: 5, end: 19 }, context: { before: 'Now ', after: ' early' } }],
    }), true);
    const [sol] = await s.entities.find('Mira Sol');
    assert.ok(sol, 'the added speaker is an entity');
    assert.deepEqual((await s.entities.profile(sol.id))?.quotes.map((q) => q.text), ['blamed Oskar Lind']);
    assert.equal((await s.entities.profile(lind!.id))?.quotes.length, 0);
    const [varga] = await s.entities.find('Ilse Varga');
    assert.deepEqual((await s.entities.profile(varga!.id))?.eventsAsActor.map((e) => e.type), ['REJECT']);
    assert.deepEqual((await s.reads.places({ limit: 5 })).map((p) => p.name), ['Porto']);
    const moved = await s.corrections.get(c.id);
    assert.deepEqual([moved?.span.start, moved?.span.end, moved?.span.text, moved?.appliedVersion, moved?.context], [5, 19, 'the ferry runs', saved.version, { before: 'Now ', after: ' early' }]);
    assert.equal((await s.articles.get(a.id))?.analysis?.quotes[0]?.speaker, 'c1');

    // back to the model's analysis: the added entity is unlinked from the article, no model copy is kept
    assert.equal(await s.corrections.rewrite({ rowid: saved.rowid, version: saved.version, analysis: model, model: null, entities: toEntityRecords(model), outcomes: [] }), true);
    assert.equal((await s.entities.find('Mira Sol'))[0]?.articles ?? 0, 0);
    latest = await s.corrections.latest(a.id);
    assert.equal(latest?.model, null);
    assert.equal(latest?.analysis.quotes[0]?.speaker, 'e1');
    assert.deepEqual((await s.reads.places({ limit: 5 })).map((p) => p.name), ['Lisbon']);

    // a version that is no longer the latest is not rewritten
    const b = { ...a, contentHash: `${a.contentHash}-2`, text: `${a.text} More.` };
    await s.articles.save(input(b, ents, facts));
    assert.equal(await s.corrections.rewrite({ rowid: saved.rowid, version: saved.version, analysis: next, model, entities: toEntityRecords(next), outcomes: [] }), false);
    assert.equal((await s.entities.find('Mira Sol'))[0]?.articles ?? 0, 0);
  }));

  test('store: a speaker correction survives a new version with changed text and another analysis; undo restores the model; a removed span orphans', () => withStore(async (s) => {
    const text1 = 'Ilse Varga met Oskar Lind in Lisbon. "The ferry will run all winter," Varga said. Oskar Lind criticized Brevia.';
    const text2 = `On a cold Tuesday, ${text1.replace('in Lisbon', 'in Lisbon again')}`;
    const text3 = text2.replace('"The ferry will run all winter," Varga said. ', '');
    const save = async (text: string, reverse: boolean, n: number) => {
      const art = record({ id: 'article-under-correction', contentHash: `hash-${n}`, text });
      const analysis = factAnalyzer(KNOWN, { reverse })({ title: art.title, text, url: art.url }, { id: art.id });
      return saveArticle(s, { batchId: null, article: art, analysis, entities: toEntityRecords(analysis), story: { kind: 'new' } });
    };
    const speakerOf = async (): Promise<string | null> => {
      const v = await s.articles.get('article-under-correction');
      const q = v?.analysis?.quotes.find((x) => x.text.startsWith('The ferry'));
      return v?.analysis?.entities.find((e) => e.id === q?.speaker)?.name ?? null;
    };
    await save(text1, false, 1);
    assert.equal(await speakerOf(), 'Ilse Varga');
    const view = await s.articles.get('article-under-correction');
    const lind = view!.analysis!.entities.find((e) => e.name === 'Oskar Lind')!;
    const c = await correctFact(s, 'article-under-correction', { kind: 'quote.speaker', target: { index: 0, text: 'The ferry will run all winter' }, speaker: lind.id, author: 'desk' });
    assert.deepEqual([c.status, c.before['speaker'], c.after.speaker?.name], ['applied', 'Ilse Varga', 'Oskar Lind']);
    assert.equal(await speakerOf(), 'Oskar Lind');

    const r2 = await save(text2, true, 2);
    assert.equal(r2.status, 'updated');
    assert.equal(await speakerOf(), 'Oskar Lind', 'the correction applies to the new version and its new analysis');
    const [lindEntity] = await s.entities.find('Oskar Lind');
    assert.deepEqual((await s.entities.profile(lindEntity!.id))?.quotes.map((q) => q.text), ['The ferry will run all winter']);
    let now = await s.corrections.get(c.id);
    assert.deepEqual([now?.status, now?.appliedVersion, now?.span.start], ['applied', 2, text2.indexOf('The ferry')]);

    const undone = await undoCorrection(s, c.id);
    assert.equal(undone.status, 'undone');
    assert.equal(await speakerOf(), 'Ilse Varga', "undo gives the fact the model's value back");
    assert.equal((await s.corrections.latest('article-under-correction'))?.model, null);
    await assert.rejects(undoCorrection(s, c.id), /undone already/);

    const again = await correctFact(s, 'article-under-correction', { kind: 'quote.speaker', target: { index: 0 }, speaker: null });
    await save(text3, false, 3);
    now = await s.corrections.get(again.id);
    assert.equal(now?.status, 'orphaned');
    assert.match(now?.reason ?? '', /no longer in the article/);
    assert.deepEqual((await s.corrections.list({ articleId: 'article-under-correction', status: 'orphaned', limit: 5 })).map((x) => x.id), [again.id]);
  }));
}
