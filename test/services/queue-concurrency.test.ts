// What queue workers rely on from the store: two processes saving the same article at the same moment store it once.
// Two stores (two connections or pools, as two workers have) on one database, saves fired at once. SQLite and PostgreSQL.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { openPostgresStore } from '../../src/store/postgres/store.js';
import type { Store } from '../../src/store/types.js';
import { PG_TEST_URL, pgSuite } from '../store/pg-env.js';
import { entity, input, record } from '../store/suite.js';

function concurrencySuite(label: string, pair: () => Promise<[Store, Store]>): void {
  test(`${label}: the same article saved 12 times at once from two stores is stored once`, async () => {
    const [s1, s2] = await pair();
    try {
      const a = record({ text: 'The harbour board of Ellisport approved the new pier on Friday.' });
      const ents = [entity('e1', 'Ellisport Harbour Board', 'ORG', ['ORG:ellisport harbour board'])];
      const results = await Promise.all(Array.from({ length: 12 }, (_, k) => (k % 2 ? s1 : s2).articles.save(input(a, ents))));
      assert.deepEqual(results.map((r) => r.status).sort(), [...Array<string>(11).fill('duplicate'), 'new']);
      const st = await s1.reads.stats();
      assert.equal(st.articles, 1);
      assert.equal(st.versions, 1);
      assert.equal(st.entities, 1);
      assert.equal(st.mentions, 1);
    } finally {
      await s1.close();
      await s2.close();
    }
  });

  test(`${label}: two contents of one article id saved at once are versions 1 and 2, one of them latest`, async () => {
    const [s1, s2] = await pair();
    try {
      const a = record({ text: 'The ferry to Quarro Island is cancelled today.' });
      const b = { ...a, contentHash: `${a.contentHash}-b`, text: 'The ferry to Quarro Island is cancelled today and tomorrow.' };
      const [r1, r2] = await Promise.all([s1.articles.save(input(a)), s2.articles.save(input(b))]);
      assert.deepEqual([r1.status, r2.status].sort(), ['new', 'updated']);
      assert.deepEqual([r1.version, r2.version].sort(), [1, 2]);
      const st = await s2.reads.stats();
      assert.equal(st.articles, 1);
      assert.equal(st.versions, 2);
    } finally {
      await s1.close();
      await s2.close();
    }
  });

  test(`${label}: 20 articles sharing new entities saved at once from two stores make each entity once`, async () => {
    const [s1, s2] = await pair();
    try {
      const shared = (k: number): ReturnType<typeof entity>[] => [
        entity(`p${k}`, 'Mirela Sand', 'PERSON', ['PERSON:mirela sand']),
        entity(`o${k}`, 'Tollan Water Authority', 'ORG', ['ORG:tollan water authority']),
      ];
      const saves = Array.from({ length: 20 }, (_, k) => (k % 2 ? s1 : s2).articles.save(input(record({ text: `Water rates notice ${k} from Tollan.` }), shared(k))));
      const results = await Promise.all(saves);
      assert.ok(results.every((r) => r.status === 'new'));
      const st = await s1.reads.stats();
      assert.equal(st.articles, 20);
      assert.equal(st.entities, 2, 'no entity created twice');
      assert.equal(new Set(results.flatMap((r) => r.entityIds)).size, 2);
    } finally {
      await s1.close();
      await s2.close();
    }
  });
}

const dir = mkdtempSync(join(tmpdir(), 'argus-queue-conc-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
concurrencySuite('store concurrency (SQLite, two connections)', async () => {
  const path = join(dir, `c${n++}.db`);
  return [openSqliteStore(path), openSqliteStore(path)];
});

await pgSuite('store concurrency (PostgreSQL, two pools)', (_newStore, newSchema) => {
  concurrencySuite('store concurrency (PostgreSQL, two pools)', async () => {
    const schema = newSchema();
    const s1 = await openPostgresStore(PG_TEST_URL, { schema, max: 4 });
    return [s1, await openPostgresStore(PG_TEST_URL, { schema, max: 4 })];
  });
});
