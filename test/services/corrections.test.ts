// The pure side of corrections: re-finding a span in changed text, and applying corrections to another analysis.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis } from '../../src/core/analysis.js';
import type { Correction, CorrectionChange, CorrectionKind, FactAnchor } from '../../src/store/correction-types.js';
import { applyCorrections, relocateSpan, spanContext } from '../../src/services/corrections.js';
import { entityKeys } from '../../src/analytics/entity-keys.js';
import { factAnalyzer, type Known } from './fact-analyzer.js';

const KNOWN: Known = [['Ilse Varga', 'PERSON'], ['Oskar Lind', 'PERSON'], ['Brevia', 'GPE'], ['Lisbon', 'GPE'], ['Porto', 'GPE']];
const TEXT = 'Ilse Varga met Oskar Lind in Lisbon on Friday. "The harbour stays open to every ship," Varga said. Oskar Lind criticized Brevia.';

function analyze(text: string, reverse = false): Analysis {
  return factAnalyzer(KNOWN, { reverse })({ title: 'T', text, url: 'https://example.net/x', published: '2025-01-10' }, { id: 'x' });
}

let seq = 0;
function correction(a: Analysis, kind: CorrectionKind, span: { start: number; end: number }, after: CorrectionChange, anchor: FactAnchor = {}): Correction {
  const text = a.article.text;
  return {
    id: ++seq, articleId: 'x', kind, span: { text: text.slice(span.start, span.end), ...span }, context: spanContext(text, span.start, span.end),
    anchor, before: {}, after, author: null, note: null, status: 'applied', reason: null, createdAt: '', appliedAt: null, appliedVersion: null, undoneAt: null,
  };
}

function ref(a: Analysis, name: string) {
  const e = a.entities.find((x) => x.name === name)!;
  return { name: e.name, type: e.type, kb: e.kb ?? {}, keys: entityKeys(e), entityId: null };
}

const nameOf = (a: Analysis, lid: string | null) => a.entities.find((e) => e.id === lid)?.name ?? null;

test('relocateSpan: same offsets, moved text, gone text, and a short span in other surroundings', () => {
  const span = { text: 'harbour stays open', start: 11, end: 29 };
  const text = 'Prefix is. harbour stays open today.';
  const ctx = spanContext(text, 11, 29);
  assert.deepEqual(relocateSpan(text, span, ctx), { start: 11, end: 29 });
  assert.deepEqual(relocateSpan('A longer prefix is. harbour stays open today.', span, ctx), { start: 20, end: 38 });
  assert.equal(relocateSpan('Prefix is. the port is closed today.', span, ctx), null);
  // two occurrences: the one whose surroundings match wins over the nearer one
  const two = 'harbour stays open now. Prefix is. harbour stays open today.';
  assert.deepEqual(relocateSpan(two, span, ctx), { start: 35, end: 53 });
  // a short span found only in other words around it is not taken to be the same place
  const said = { text: 'said', start: 6, end: 10 };
  assert.equal(relocateSpan('Nobody here ever said a thing.', said, spanContext('Varga said it.', 6, 10)), null);
  assert.deepEqual(relocateSpan('Then Varga said it.', said, spanContext('Varga said it.', 6, 10)), { start: 11, end: 15 });
});

test('a speaker correction applies to another analysis of changed text (other entity ids), and a later one wins', () => {
  const v1 = analyze(TEXT);
  const q = v1.quotes[0]!;
  assert.equal(nameOf(v1, q.speaker), 'Ilse Varga');
  const c1 = correction(v1, 'quote.speaker', q, { speaker: ref(v1, 'Oskar Lind') });
  const text2 = `Updated: ${TEXT.replace('on Friday', 'late on Friday')}`;
  const v2 = analyze(text2, true);
  const r = applyCorrections(v2, [c1]);
  assert.deepEqual(r.outcomes.map((o) => o.status), ['applied']);
  assert.equal(nameOf(r.analysis, r.analysis.quotes[0]!.speaker), 'Oskar Lind');
  assert.equal(r.outcomes[0]!.span!.start, text2.indexOf('The harbour'));
  // the model's analysis is not touched
  assert.equal(nameOf(v2, v2.quotes[0]!.speaker), 'Ilse Varga');
  const c2 = correction(v1, 'quote.speaker', q, { speaker: null });
  assert.equal(applyCorrections(v2, [c1, c2]).analysis.quotes[0]!.speaker, null);
  assert.equal(applyCorrections(v2, [c1, { ...c2, status: 'undone' }]).analysis.quotes[0]!.speaker !== null, true);
});

test('a speaker the new analysis does not find is added as an entity without mentions', () => {
  const v1 = analyze(TEXT);
  const c = correction(v1, 'quote.speaker', v1.quotes[0]!, { speaker: { name: 'Mira Sol', type: 'PERSON', kb: {}, keys: ['PERSON:mira sol'], entityId: 77 } });
  const r = applyCorrections(v1, [c]);
  const added = r.analysis.entities.find((e) => e.name === 'Mira Sol');
  assert.ok(added && added.mentions.length === 0);
  assert.equal(r.analysis.quotes[0]!.speaker, added.id);
});

test('event type, source, target and delete; place move and wrong; all follow their span', () => {
  const v1 = analyze(TEXT);
  const met = v1.events.find((e) => e.trigger === 'met')!;
  const crit = v1.events.find((e) => e.trigger === 'criticized')!;
  const lisbon = v1.entities.find((e) => e.name === 'Lisbon')!.mentions[0]!;
  const cs = [
    correction(v1, 'event.type', met, { type: 'AGREE' }, { trigger: 'met', type: 'CONSULT' }),
    correction(v1, 'event.target', met, { entity: ref(v1, 'Brevia') }, { trigger: 'met' }),
    correction(v1, 'event.delete', crit, {}, { trigger: 'criticized' }),
    correction(v1, 'place.move', lisbon, { place: { name: 'Porto', country: 'PT', lat: 41.15, lon: -8.61, geonames: 2735943, featureClass: 'city' } }, { name: 'Lisbon' }),
  ];
  const v2 = analyze(`Breaking. ${TEXT}`, true);
  const r = applyCorrections(v2, cs);
  assert.deepEqual(r.outcomes.map((o) => o.status), ['applied', 'applied', 'applied', 'applied']);
  const e = r.analysis.events.find((x) => x.trigger === 'met')!;
  assert.equal(e.type, 'AGREE');
  assert.equal(e.cameo, null, 'the CAMEO code of the model type is dropped');
  assert.equal(nameOf(r.analysis, e.target), 'Brevia');
  assert.equal(r.analysis.events.some((x) => x.trigger === 'criticized'), false);
  assert.equal(r.analysis.places[0]!.name, 'Porto');
  assert.equal(r.analysis.places[0]!.geonames, 2735943);
  const wrong = applyCorrections(v2, [correction(v1, 'place.wrong', lisbon, {}, { name: 'Lisbon' })]);
  assert.equal(wrong.analysis.places.length, 0);
});

test('a removed span orphans its correction with a reason; a delete whose fact is gone still applies', () => {
  const v1 = analyze(TEXT);
  const c = correction(v1, 'quote.speaker', v1.quotes[0]!, { speaker: ref(v1, 'Oskar Lind') });
  const v2 = analyze(TEXT.replace('"The harbour stays open to every ship," Varga said. ', ''));
  const r = applyCorrections(v2, [c]);
  assert.equal(r.outcomes[0]!.status, 'orphaned');
  assert.match(r.outcomes[0]!.reason ?? '', /no longer in the article/);
  // the span is there but the analysis finds no quote at it (the new text drops the cue)
  const v3 = analyze(TEXT.replace('Varga said', 'Varga wrote'));
  const r3 = applyCorrections(v3, [c, correction(v1, 'quote.delete', v1.quotes[0]!, {})]);
  assert.deepEqual(r3.outcomes.map((o) => o.status), ['orphaned', 'applied']);
  assert.match(r3.outcomes[0]!.reason ?? '', /finds no quote/);
});

test('two events at one trigger span: the anchor (type, parties) picks the one corrected, whatever the order', () => {
  const v1 = analyze(TEXT);
  const crit = v1.events.find((e) => e.trigger === 'criticized')!;
  const lisbon = v1.entities.find((e) => e.name === 'Lisbon')!;
  const brevia = v1.entities.find((e) => e.name === 'Brevia')!;
  const twin = (targetId: string) => ({ ...crit, target: targetId });
  const model: Analysis = { ...v1, events: [twin(brevia.id), twin(lisbon.id)] };
  const c = correction(model, 'event.type', crit, { type: 'THREATEN' }, { trigger: 'criticized', type: 'ACCUSE', source: 'Oskar Lind', target: 'Lisbon' });
  for (const events of [model.events, [...model.events].reverse()]) {
    const r = applyCorrections({ ...model, events }, [c]);
    const byTarget = new Map(r.analysis.events.map((e) => [nameOf(r.analysis, e.target), e.type]));
    assert.deepEqual([byTarget.get('Lisbon'), byTarget.get('Brevia')], ['THREATEN', 'ACCUSE']);
  }
});

test('a short span follows successive edits: the context kept from the last version it was found in', () => {
  const v1 = analyze(TEXT);
  const crit = v1.events.find((e) => e.trigger === 'criticized')!;
  const c = correction(v1, 'event.delete', crit, {}, { trigger: 'criticized' });
  // version 2 rewrites the words just before the trigger; the stored context (from version 1) still matches after it
  const text2 = TEXT.replace('Oskar Lind criticized Brevia.', 'Later that day Lind criticized Brevia.');
  const r2 = applyCorrections(analyze(text2), [c]);
  assert.equal(r2.outcomes[0]?.status, 'applied');
  const next = { ...c, span: { ...c.span, ...r2.outcomes[0]!.span! }, context: r2.outcomes[0]!.context! };
  // version 3 changes the words after it: version 1's context no longer tells this "criticized" apart; version 2's does
  const text3 = `Note. ${text2.replace('criticized Brevia.', 'criticized the ministry.')}`;
  assert.equal(applyCorrections(analyze(text3), [c]).outcomes[0]?.status, 'orphaned');
  const r3 = applyCorrections(analyze(text3), [next]);
  assert.equal(r3.outcomes[0]?.status, 'applied');
  assert.equal(r3.analysis.events.some((e) => e.trigger === 'criticized'), false);
  assert.equal(r3.outcomes[0]?.span?.start, text3.indexOf('criticized'));
});
