// PostgreSQL only: reports of one event signature saved by several connections at once are all counted, and migration
// 007 backfills an existing schema. (Concurrent saves of one signature also queue on the row locks of their shared
// entities; the recount's advisory lock covers writers that do not, such as merges and corrections.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pgSuite, PG_TEST_URL } from './pg-env.js';
import { openPostgresStore } from '../../src/store/postgres/store.js';
import { PG_MIGRATIONS } from '../../src/store/postgres/migrations/index.js';
import { entity, input, record } from './suite.js';

const BRANDT = entity('e1', 'Olga Brandt', 'PERSON', ['PERSON:olga brandt']);
const COUNCIL = entity('e2', 'Northland Council', 'ORG', ['ORG:northland council']);
const report = (source: string, day: string) => input(record({ source, published: `${day}T08:00:00Z`, text: `${source}: Olga Brandt criticized the Northland Council.` }),
  [BRANDT, COUNCIL], { events: [{ type: 'ACCUSE', source: 'e1', target: 'e2', start: 0, end: 5 }] });

await pgSuite('postgres corroboration tests', (_newStore, newSchema) => {
  test('postgres: reports of one signature saved by three connections at once are all counted', async () => {
    const schema = newSchema();
    const stores = await Promise.all([0, 1, 2].map(() => openPostgresStore(PG_TEST_URL, { schema, max: 2 })));
    try {
      // the entities first, so the concurrent saves only race on the reports
      await stores[0]!.articles.save(report('Outlet 0', '2031-03-10'));
      const saves = [];
      for (let i = 1; i <= 12; i++) saves.push(stores[i % 3]!.articles.save(report(`Outlet ${i}`, '2031-03-10')));
      await Promise.all(saves);
      const facts = await stores[0]!.search.scan({ text: '' }, {});
      assert.equal(facts.rows.length, 13);
      for (const r of facts.rows) assert.deepEqual(r.facts?.events.map((e) => [e.sources, e.articles]), [[13, 13]], r.source ?? '');
    } finally {
      for (const s of stores) await s.close();
    }
  });

  test('postgres: migration 007 backfills the reports of a database made before it', async () => {
    const schema = newSchema();
    const old = await openPostgresStore(PG_TEST_URL, { schema, migrations: PG_MIGRATIONS.filter((m) => m.version < 7) });
    try {
      for (const [source, day] of [['Harbor Gazette', '2031-03-10'], ['Coastal Times', '2031-03-11'], ['Mountain Post', '2031-03-16']] as const) {
        const r = report(source, day);
        await old.db.tx(async (t) => {
          // what the pre-007 save wrote, without the store's newer code paths: the article and its facts
          const sid = await t.value<number>('INSERT INTO sources (name) VALUES ($1) RETURNING id', [source]);
          const e1 = await t.value<number>(`INSERT INTO entities (key, name, norm, type, created_at) VALUES ('PERSON:olga brandt', 'Olga Brandt', 'olga brandt', 'PERSON', '')
              ON CONFLICT (key) DO UPDATE SET name = excluded.name RETURNING id`);
          const e2 = await t.value<number>(`INSERT INTO entities (key, name, norm, type, created_at) VALUES ('ORG:northland council', 'Northland Council', 'northland council', 'ORG', '')
              ON CONFLICT (key) DO UPDATE SET name = excluded.name RETURNING id`);
          const rowid = await t.value<number>(`INSERT INTO articles (id, version, is_latest, content_hash, source_id, title, published, day, text, input_meta,
              sh_hi, sh_lo, ingested_at) VALUES ($1, 1, 1, $2, $3, 't', $4, $5, $6, '{}', 0, 0, '') RETURNING rowid`,
          [r.article.id, r.article.contentHash, sid, r.article.published, day, r.article.text]);
          await t.run(`INSERT INTO events (article_rowid, idx, type, source_entity_id, target_entity_id, negated, start, "end") VALUES ($1, 0, 'ACCUSE', $2, $3, 0, 0, 5)`,
            [rowid, e1, e2]);
        });
      }
    } finally {
      await old.db.pool.end();
    }
    const store = await openPostgresStore(PG_TEST_URL, { schema });
    try {
      const profiles = new Map((await store.corroboration.sources()).map((p) => [p.name, p]));
      assert.deepEqual([...profiles.keys()].sort(), ['Coastal Times', 'Harbor Gazette', 'Mountain Post']);
      assert.deepEqual([profiles.get('Harbor Gazette')?.corroborated, profiles.get('Coastal Times')?.medianDelayHours, profiles.get('Mountain Post')?.corroborated],
        [1, 24, 0]);
    } finally {
      await store.close();
    }
  });
});
