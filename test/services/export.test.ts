// Exports (issue 13 item 4): JSONL, CSV (RFC 4180 round trip), STIX 2.1 (OASIS schemas + reference rules + stable ids),
// GeoJSON (RFC 7946 structure); streaming (formats yield before their input ends); atomic file writes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnalysisSchema } from '../../src/core/analysis.js';
import { isArgusError } from '../../src/core/errors.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import type { ScanRow, Store } from '../../src/store/types.js';
import {
  checkExport, exportChunks, formatChunks, scanRows, writeExportFile, type ExportFormat,
} from '../../src/services/export/index.js';
import { csvRecord, EVENT_COLUMNS, QUOTE_COLUMNS } from '../../src/services/export/csv.js';
import { quadClass, uuidv5, NAMESPACE_DNS } from '../../src/services/export/common.js';
import { stixId, type StixObject } from '../../src/services/export/stix.js';
import { fillExportStore, type ExportFixture } from './export-fixture.js';
import { csvObjects, parseCsvStrict } from './csv-strict.js';
import { stixValidator } from './stix-validator.js';

const dir = mkdtempSync(join(tmpdir(), 'argus-export-'));
let store: Store;
let fx: ExportFixture;

before(async () => {
  store = openSqliteStore(join(dir, 'x.db'));
  fx = await fillExportStore(store);
});
after(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function text(format: ExportFormat, table?: string, q: Parameters<typeof exportChunks>[1] = { text: '' }, pageSize?: number): Promise<string> {
  let out = '';
  for await (const c of exportChunks(store, q, { format, table, pageSize })) out += c;
  return out;
}

test('export: the format and table are checked; an unknown one is a usage error naming the choices', () => {
  assert.deepEqual(checkExport('csv'), { format: 'csv', table: 'events' });
  assert.deepEqual(checkExport('geojson', 'events'), { format: 'geojson', table: 'events' });
  for (const [f, t, re] of [['xml', null, /jsonl, csv, stix, geojson/], ['csv', 'places', /events or quotes/], ['jsonl', 'quotes', /articles/]] as const) {
    assert.throws(() => checkExport(f, t), (e: unknown) => isArgusError(e) && e.code === 'USAGE' && re.test(e.message));
  }
  assert.throws(() => exportChunks(store, { text: '', from: '2025-05-01', to: '2025-01-01' }, { format: 'csv' }), /after the end date/);
});

test('export: uuidv5 is RFC 9562 version 5; STIX ids are deterministic and typed', () => {
  // the RFC 4122 / Python uuid5 example
  assert.equal(uuidv5('python.org', NAMESPACE_DNS), '886313e1-3b8a-5372-9b90-0c9aee199e5d');
  assert.equal(stixId('identity', 'wd:Q1'), stixId('identity', 'wd:Q1'));
  assert.notEqual(stixId('identity', 'wd:Q1'), stixId('location', 'wd:Q1').replace('location', 'identity'));
  assert.match(stixId('report', 'abc'), /^report--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.deepEqual([quadClass('ACCUSE', null), quadClass('ACCUSE', '051'), quadClass('AID', '0'), quadClass('X', null)], [3, 1, 2, null]);
});

test('export jsonl: one argus.analysis/1 per article, as stored, text included', async () => {
  const out = await text('jsonl');
  assert.ok(out.endsWith('\n'));
  const lines = out.trimEnd().split('\n');
  assert.equal(lines.length, fx.ids.length);
  for (const l of lines) {
    const a = AnalysisSchema.parse(JSON.parse(l));
    const stored = await store.articles.get(a.article.id);
    assert.deepEqual(a, stored?.analysis);
    assert.ok(a.article.text.length > 10);
  }
  // the search filters apply
  const only = (await text('jsonl', undefined, { text: 'union' })).trimEnd().split('\n').map((l) => (JSON.parse(l) as { article: { id: string } }).article.id);
  assert.deepEqual(only, [fx.ids[1]]);
});

test('export csv: any text survives an RFC 4180 round trip', () => {
  const nasty = ['plain', 'a,b', 'say "hi"', 'two\r\nlines', 'lf\nonly', 'cr\ronly', '', ' spaced ', '"', ',', 'Jürgen „Kühn“', '北京', 'tab\there'];
  const out = csvRecord(nasty) + csvRecord(nasty.slice().reverse());
  assert.deepEqual(parseCsvStrict(out), [nasty, nasty.slice().reverse()]);
});

test('export csv events: one row per event with actors, PLOVER/CAMEO/quad, coordinates, offsets; parses strictly', async () => {
  const out = await text('csv');
  const rows = parseCsvStrict(out);
  assert.deepEqual(rows[0], [...EVENT_COLUMNS]);
  const objs = csvObjects(out);
  assert.equal(objs.length, 4, 'every event of every article');
  const accuse = objs.find((r) => r.plover_type === 'ACCUSE');
  assert.ok(accuse);
  assert.deepEqual(
    [accuse.date, accuse.source_name, accuse.source_country, accuse.target_name, accuse.target_country, accuse.cameo, accuse.quad_class, accuse.latitude, accuse.longitude, accuse.place],
    ['2025-03-03', 'Lena Hart', '', 'Ostmark', 'DE', '112', '3', '45.75', '4.85', 'Lyon'],
  );
  assert.equal(accuse.article_url, 'https://news.example/a1?x=1,2');
  assert.equal(accuse.sentence, 'Minister Lena Hart of Freeland accused Ostmark of closing the border near Lyon');
  assert.equal(Number(accuse.sentence_end) - Number(accuse.sentence_start), accuse.sentence.length);
  const threat = objs.find((r) => r.plover_type === 'THREATEN');
  assert.deepEqual([threat?.reported_by, threat?.negated, threat?.target_name], ['Lena Hart', 'true', '']);
  assert.equal(threat?.sentence, '"We will not wait, not even a day," Hart said in Lyon.', 'quotes and commas survive');
  const protest = objs.find((r) => r.plover_type === 'PROTEST');
  assert.deepEqual([protest?.mode, protest?.cameo, protest?.quad_class, protest?.target_country], ['demonstrate', '141', '4', 'DE']);
  assert.equal(objs.find((r) => r.plover_type === 'SUPPORT')?.source_name, 'Jürgen Kühn');
  // filtered like search
  assert.deepEqual(csvObjects(await text('csv', 'events', { text: '', type: 'PROTEST' })).map((r) => r.plover_type), ['PROTEST']);
  assert.deepEqual(csvObjects(await text('csv', 'events', { text: '', country: 'CH' })).map((r) => r.plover_type), ['SUPPORT']);
});

test('export csv quotes: speaker, speaker entity, quote, offsets; a formula-looking cell is defused', async () => {
  const out = await text('csv', 'quotes');
  assert.deepEqual(parseCsvStrict(out)[0], [...QUOTE_COLUMNS]);
  const objs = csvObjects(out);
  assert.equal(objs.length, 3);
  const hart = objs.find((r) => r.speaker === 'Lena Hart');
  assert.deepEqual([hart?.speaker_entity, hart?.quote, hart?.kind, hart?.cue], ['PERSON:lena hart', 'We will not wait, not even a day,', 'direct', 'said']);
  const a1 = (await store.articles.get(fx.ids[0] as string))?.analysis;
  assert.equal(a1?.article.text.slice(Number(hart?.start), Number(hart?.end)), hart?.quote);
  assert.equal(objs.find((r) => r.kind === 'mixed')?.quote, "'=strike again", 'a leading = is prefixed so a spreadsheet shows it as text');
});

test('export stix: every object and the bundle validate against the OASIS STIX 2.1 schemas', async () => {
  const v = stixValidator();
  const bundle = JSON.parse(await text('stix')) as { type: string; id: string; objects: StixObject[] };
  assert.equal(bundle.type, 'bundle');
  assert.equal(v.bundle(bundle), null);
  const types = new Map<string, number>();
  for (const o of bundle.objects) {
    assert.equal(v.object(o), null, `${o.type} ${o.id}`);
    types.set(o.type, (types.get(o.type) ?? 0) + 1);
  }
  assert.equal(types.get('report'), fx.ids.length, 'a report per article');
  assert.equal(types.get('relationship'), 3, 'events with both actors (the THREATEN without a target has no relationship)');
  assert.equal(types.get('note'), 3, 'a note per quote');
  assert.ok((types.get('location') ?? 0) >= 4);
  // a broken object is caught: the validator is not a rubber stamp
  const report = bundle.objects.find((o) => o.type === 'report') as StixObject;
  assert.notEqual(v.object({ ...report, object_refs: [] }), null);
  assert.notEqual(v.object({ ...report, id: 'report--not-a-uuid' }), null);
  assert.notEqual(v.bundle({ ...bundle, id: 'bundle--x' }), null);
});

test('export stix: refs resolve inside the bundle, ids are unique and stable across exports, the mapping is as documented', async () => {
  const first = await text('stix');
  const second = await text('stix', undefined, { text: '' }, 1);
  assert.equal(second, first, 'byte-identical on re-export, whatever the page size');
  const bundle = JSON.parse(first) as { objects: StixObject[] };
  const ids = new Set<string>();
  for (const o of bundle.objects) {
    assert.ok(!ids.has(o.id), `duplicate ${o.id}`);
    ids.add(o.id);
  }
  const refs = (o: StixObject): string[] => Object.entries(o).flatMap(([k, val]) =>
    k.endsWith('_refs') ? (val as string[]) : k.endsWith('_ref') ? [val as string] : []);
  for (const o of bundle.objects) for (const r of refs(o)) assert.ok(ids.has(r), `${o.type} ${o.id} refers to ${r}, which is not in the bundle`);
  const byId = new Map(bundle.objects.map((o) => [o.id, o]));
  // a report lists its article's relationships and notes
  for (const rep of bundle.objects.filter((o) => o.type === 'report')) {
    const own = bundle.objects.filter((o) => (o.type === 'relationship' && o.x_argus_article === rep.x_argus_article_id)
      || (o.type === 'note' && (o.object_refs as string[]).includes(rep.id)));
    for (const o of own) assert.ok((rep.object_refs as string[]).includes(o.id), `${rep.name} lists ${o.id}`);
  }
  const accuse = bundle.objects.find((o) => o.relationship_type === 'plover-accuse') as StixObject;
  assert.equal(accuse.description, 'Minister Lena Hart of Freeland accused Ostmark of closing the border near Lyon');
  const hart = byId.get(accuse.source_ref as string) as StixObject;
  assert.deepEqual([hart.type, hart.name, hart.identity_class, hart.roles], ['identity', 'Lena Hart', 'individual', ['Minister']]);
  const ostmark = byId.get(accuse.target_ref as string) as StixObject;
  assert.deepEqual([ostmark.type, ostmark.country, ostmark.latitude, ostmark.longitude], ['location', 'DE', 51, 9]);
  const union = bundle.objects.find((o) => o.name === 'Ostmark Rail Union') as StixObject;
  assert.equal(union.identity_class, 'organization');
  assert.deepEqual(union.external_references, [{ source_name: 'wikidata', external_id: 'Q4242424', url: 'https://www.wikidata.org/wiki/Q4242424' }]);
  const lyon = bundle.objects.find((o) => o.type === 'location' && o.name === 'Lyon') as StixObject;
  assert.deepEqual([lyon.latitude, lyon.longitude, lyon.country], [45.75, 4.85, 'FR']);
  const note = bundle.objects.find((o) => o.type === 'note' && o.content === 'We will not wait, not even a day,') as StixObject;
  assert.deepEqual((note.object_refs as string[]).map((r) => byId.get(r)?.type), ['identity', 'report']);
  assert.equal(note.object_refs && (note.object_refs as string[])[0], hart.id);
  // the same entity in two articles is one object (Ostmark appears in the first two)
  assert.equal(bundle.objects.filter((o) => o.type === 'location' && o.x_argus_key === 'iso:DE').length, 1);
  // a filtered export keeps the ids of the full one
  const part = JSON.parse(await text('stix', undefined, { text: 'union' })) as { id: string; objects: StixObject[] };
  for (const o of part.objects) assert.ok(byId.has(o.id), `${o.type} ${o.id} has the same id as in the full export`);
  assert.notEqual(part.id, (JSON.parse(first) as { id: string }).id, 'another request, another bundle id');
});

test('export geojson: RFC 7946 FeatureCollections of places (with counts) and of events, [lon, lat] in range', async () => {
  const check = (fc: { type: string; features: Array<{ type: string; geometry: { type: string; coordinates: number[] }; properties: Record<string, unknown> }> }): void => {
    assert.equal(fc.type, 'FeatureCollection');
    assert.ok(!('crs' in fc), 'RFC 7946 has no crs member');
    for (const f of fc.features) {
      assert.equal(f.type, 'Feature');
      assert.equal(f.geometry.type, 'Point');
      assert.equal(f.geometry.coordinates.length, 2);
      const [lon, lat] = f.geometry.coordinates as [number, number];
      assert.ok(Number.isFinite(lon) && lon >= -180 && lon <= 180, `lon ${lon}`);
      assert.ok(Number.isFinite(lat) && lat >= -90 && lat <= 90, `lat ${lat}`);
      assert.equal(typeof f.properties, 'object');
    }
  };
  const places = JSON.parse(await text('geojson')) as Parameters<typeof check>[0];
  check(places);
  const lyon = places.features.find((f) => f.properties.name === 'Lyon');
  assert.deepEqual(lyon?.geometry.coordinates, [4.85, 45.75], 'longitude first');
  assert.deepEqual([lyon?.properties.country, lyon?.properties.articles, lyon?.properties.events], ['FR', 1, 2]);
  assert.deepEqual(places.features.find((f) => f.properties.name === 'Berlin')?.properties.events, 1);
  const events = JSON.parse(await text('geojson', 'events')) as Parameters<typeof check>[0];
  check(events);
  assert.equal(events.features.length, 4, 'every event has a place here');
  const protest = events.features.find((f) => f.properties.type === 'PROTEST');
  assert.deepEqual(protest?.geometry.coordinates, [13.405, 52.52]);
  assert.deepEqual([protest?.properties.source, protest?.properties.place, protest?.properties.quadClass], ['Ostmark Rail Union', 'Berlin', 4]);
  const none = JSON.parse(await text('geojson', 'events', { text: 'weather' })) as Parameters<typeof check>[0];
  assert.deepEqual(none.features, []);
});

test('export: an empty selection is still a well-formed file in every format', async () => {
  const q = { text: '', entity: 'nobody at all' };
  assert.equal(await text('jsonl', undefined, q), '');
  assert.deepEqual(parseCsvStrict(await text('csv', undefined, q)), [[...EVENT_COLUMNS]]);
  const b = JSON.parse(await text('stix', undefined, q)) as { objects: StixObject[] };
  assert.equal(stixValidator().bundle(b), null);
  assert.deepEqual(b.objects.map((o) => o.name), ['Argus']);
  assert.deepEqual(JSON.parse(await text('geojson', undefined, q)), { type: 'FeatureCollection', features: [] });
});

test('export streams: each format yields its first articles before its input ends (nothing is built whole)', async () => {
  const base = (await store.articles.get(fx.ids[0] as string)) as NonNullable<Awaited<ReturnType<Store['articles']['get']>>>;
  let pulled = 0;
  function* endless(): Generator<ScanRow> {
    for (let i = 0; ; i++) {
      pulled++;
      yield { id: `x${i}`, version: 1, url: base.url, source: base.source, published: base.published, title: base.title, ingestedAt: base.ingestedAt, analysis: base.analysis! };
    }
  }
  for (const [format, table] of [['jsonl', 'articles'], ['csv', 'events'], ['csv', 'quotes'], ['stix', 'bundle'], ['geojson', 'events']] as const) {
    pulled = 0;
    const it = formatChunks(endless(), format, table)[Symbol.asyncIterator]();
    let got = '';
    for (let k = 0; k < 5; k++) got += (await it.next()).value as string;
    await it.return(undefined);
    assert.ok(pulled <= 5, `${format}/${table}: ${pulled} rows read for 5 chunks`);
    assert.ok(got.includes(base.analysis!.events.length ? 'Hart' : ''), `${format}/${table} wrote article content`);
  }
  // the store side: page by page, every article once, whatever the page size
  const ids: string[] = [];
  for await (const r of scanRows(store, { text: '' }, 1)) ids.push(r.id);
  assert.deepEqual(ids.sort(), [...fx.ids].sort());
});

test('export to a file: a temp file renamed when complete; a failure leaves nothing (and an old file as it was)', async () => {
  const out = join(dir, 'out', 'events.csv');
  mkdirSync(join(dir, 'out'));
  const bytes = await writeExportFile(out, exportChunks(store, { text: '' }, { format: 'csv' }));
  assert.equal(readFileSync(out).length, bytes);
  assert.deepEqual(readdirSync(join(dir, 'out')), ['events.csv']);

  async function* failing(): AsyncGenerator<string> {
    yield 'date,source\r\n';
    throw new Error('the database went away');
  }
  await assert.rejects(writeExportFile(out, failing()), (e: unknown) => isArgusError(e) && e.code === 'WRITE_FAILED' && /went away/.test(e.message));
  assert.equal(readFileSync(out).length, bytes, 'the old file is untouched');
  assert.deepEqual(readdirSync(join(dir, 'out')), ['events.csv'], 'no temp file left behind');
  const fresh = join(dir, 'out', 'fresh.csv');
  await assert.rejects(writeExportFile(fresh, failing()));
  assert.equal(existsSync(fresh), false);

  for (const bad of [join(dir, 'no', 'such', 'folder', 'x.csv'), join(dir, 'out'), join(dir, 'out', 'events.csv', 'x.csv')]) {
    let asked = false;
    async function* lazy(): AsyncGenerator<string> {
      asked = true;
      yield 'x';
    }
    await assert.rejects(writeExportFile(bad, lazy()), (e: unknown) => isArgusError(e) && e.code === 'WRITE_FAILED' && e.input === bad, bad);
    assert.equal(asked, false, `${bad}: failed before reading the export`);
  }
});
