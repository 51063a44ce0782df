// The queue path keeps corrections too: an article corrected after a batch ingest, then a changed version of it
// ingested by a queue worker (BullMQ on the local Redis) with another analyzer, still has the corrected speaker.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { IngestService } from '../../src/services/ingest.js';
import { IngestQueue, depthOf } from '../../src/services/queue.js';
import { enqueueTargets } from '../../src/services/queue-enqueue.js';
import { IngestWorker } from '../../src/services/queue-worker.js';
import { correctFact } from '../../src/services/correct.js';
import { articleId } from '../../src/core/ids.js';
import { REDIS_TEST_URL, redisSuite } from './queue-env.js';
import { factAnalyzer, type Known } from './fact-analyzer.js';

const dir = mkdtempSync(join(tmpdir(), 'argus-corrections-queue-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const KNOWN: Known = [['Ilse Varga', 'PERSON'], ['Oskar Lind', 'PERSON'], ['Lisbon', 'GPE'], ['Coastal Board', 'ORG']];
const URL = 'https://example.net/coast/ferry-winter';
const TEXT = 'Ilse Varga met Oskar Lind of the Coastal Board in Lisbon. "The ferry will run all winter," Varga said.';

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, JSON.stringify({ url: URL, title: 'Winter ferry', published: '2025-02-03', source: 'Coastal Ledger', text }) + '\n');
  return p;
}

await redisSuite('corrections through the ingest queue', (newQueueName) => {
  test('queue worker: a changed version keeps the corrected speaker', async () => {
    const store = openSqliteStore(join(dir, 'q.db'));
    const queue = await IngestQueue.open({ url: REDIS_TEST_URL, name: newQueueName() });
    try {
      await new IngestService(store, { analyzer: factAnalyzer(KNOWN), afterSave: false }).run([file('v1.jsonl', TEXT)]);
      const id = articleId(URL, TEXT);
      const lind = (await store.articles.get(id))!.analysis!.entities.find((e) => e.name === 'Oskar Lind')!;
      await correctFact(store, id, { kind: 'quote.speaker', target: { index: 0 }, speaker: lind.id });
      await enqueueTargets(store, queue, [file('v2.jsonl', `Late news. ${TEXT}`)]);
      const worker = await IngestWorker.start(store, { url: REDIS_TEST_URL, name: queue.queue.name, concurrency: 1, say: () => undefined, analyzer: factAnalyzer(KNOWN, { reverse: true }) });
      const end = Date.now() + 30_000;
      while ((await depthOf(queue.queue)).completed < 1 && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
      await worker.close();
      const v = await store.articles.get(id);
      assert.equal(v?.version, 2, 'the worker stored the changed version');
      const q = v?.analysis?.quotes[0];
      assert.equal(v?.analysis?.entities.find((e) => e.id === q?.speaker)?.name, 'Oskar Lind');
      assert.notEqual(lind.id, q?.speaker, 'another analysis numbers the entities differently');
    } finally {
      await queue.close();
      await store.close();
    }
  });
});
