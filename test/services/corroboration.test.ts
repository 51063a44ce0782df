// Corroboration through the real ingest path (readers, cleaning, story clustering and syndication detection, the SQLite
// store) with invented articles (corroboration-fixture.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IngestService } from '../../src/services/ingest.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import type { Store } from '../../src/store/types.js';
import { exportChunks } from '../../src/services/export/index.js';
import { corroborated, EVENT_PRIOR } from '../../src/core/confidence.js';
import { analyzer, ARTICLES, writeArticles } from './corroboration-fixture.js';

async function idOf(store: Store, url: string): Promise<string> {
  const hits = (await store.search.search({ text: '', limit: 50 })).hits;
  const h = hits.find((x) => x.url === url);
  assert.ok(h, `stored ${url}`);
  return h.id;
}

async function counts(store: Store, id: string): Promise<[number, number, number]> {
  const f = await store.corroboration.articleFacts(id);
  const e = f?.events[0];
  assert.ok(e, `an event in ${id}`);
  return [e.sources, e.articles, e.confidence];
}

test('corroboration through ingest: a syndicated copy is not a second source; two independent outlets are; 5 days later is outside the window', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'argus-corr-'));
  const store = openSqliteStore(join(dir, 'argus.db'));
  try {
    const inputs = join(dir, 'in');
    mkdirSync(inputs);
    writeArticles(inputs, ARTICLES);
    const s1 = await new IngestService(store, { analyzer }).run([inputs]);
    assert.equal(s1.new, 4, JSON.stringify(s1.failures));

    const ids = {
      first: await idOf(store, ARTICLES.first.url), copy: await idOf(store, ARTICLES.copy.url),
      other: await idOf(store, ARTICLES.other.url), late: await idOf(store, ARTICLES.late.url),
    };
    // the premise: ingest found the copy to be a copy of the first report, and the other report to be none
    assert.equal((await store.articles.get(ids.copy))?.duplicateOf, ids.first);
    assert.equal((await store.articles.get(ids.other))?.duplicateOf, null);

    const two = corroborated(EVENT_PRIOR.actors, 2);
    assert.deepEqual(await counts(store, ids.first), [2, 3, two]);
    assert.deepEqual(await counts(store, ids.copy), [2, 3, two]);
    assert.deepEqual(await counts(store, ids.other), [2, 3, two]);
    assert.deepEqual(await counts(store, ids.late), [1, 1, EVENT_PRIOR.actors]);

    // the CSV export of events corroborated by two sources: the three reports in the window, with their counts
    let csv = '';
    for await (const c of exportChunks(store, { text: '', minSources: 2 }, { format: 'csv' })) csv += c;
    const rows = csv.trim().split('\r\n');
    assert.equal(rows.length, 4, csv);
    assert.ok(rows[0]?.endsWith('sources,articles,confidence'));
    for (const r of rows.slice(1)) assert.ok(r.endsWith(`,2,3,${two}`), r);

    // ingesting the same files again changes nothing
    const s2 = await new IngestService(store, { analyzer }).run([inputs]);
    assert.equal(s2.duplicate, 4);
    assert.deepEqual(await counts(store, ids.first), [2, 3, two]);

    // a new version of the independent report that no longer reports the event: it stops counting
    writeArticles(inputs, { other: { ...ARTICLES.other, text: ARTICLES.other.text.replace('criticized', 'praised') } });
    const s3 = await new IngestService(store, { analyzer }).run([join(inputs, '3-other.json')]);
    assert.equal(s3.updated, 1);
    assert.deepEqual(await counts(store, ids.first), [1, 2, EVENT_PRIOR.actors]);
    assert.equal((await store.corroboration.articleFacts(ids.other))?.events.length, 0);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
