// Runs the shared store suite against PostgreSQL (a fresh schema per test), plus PostgreSQL-only checks: migrations,
// the search language translated to tsquery, concurrent saves of one article, and connection errors in one line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runStoreSuite, record, input, entity } from './suite.js';
import { pgSuite, PG_TEST_URL } from './pg-env.js';
import { openPostgresStore } from '../../src/store/postgres/store.js';
import { migratePg, openPg, pgSchemaVersion } from '../../src/store/postgres/db.js';
import { PG_MIGRATIONS } from '../../src/store/postgres/migrations/index.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { toTsQuery } from '../../src/store/postgres/tsquery.js';
import { isArgusError } from '../../src/core/errors.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite/store.js';

test('postgres: the search language becomes a tsquery of quoted operands; bad syntax is escaped as in SQLite', () => {
  assert.equal(toTsQuery('rutte OR tokyo').tsquery, "('rutte' | 'tokyo')");
  assert.equal(toTsQuery('"harbour pilots" NOT ferry').tsquery, "(('harbour' <-> 'pilots') & !'ferry')");
  assert.equal(toTsQuery('title:nato chin*').tsquery, "('nato':A & 'chin':*)");
  assert.equal(toTsQuery('a OR b c').tsquery, "('a' | ('b' & 'c'))");
  assert.equal(toTsQuery('NEAR(a b, 1)').tsquery, "('a' <1> 'b' | 'b' <1> 'a' | 'a' <2> 'b' | 'b' <2> 'a')");
  assert.equal(toTsQuery("x' & !y:*").escaped, true);
  assert.equal(toTsQuery("x' & !y:*").tsquery, "('x' & 'y')");
  const bad = toTsQuery("China's");
  assert.deepEqual([bad.fts, bad.escaped, bad.tsquery], ['"China\'s"', true, "('china' <-> 's')"]);
  assert.equal(toTsQuery('col:China').escaped, true);
  assert.equal(toTsQuery('***').tsquery, null);
});

await pgSuite('postgres store tests', (newStore, newSchema) => {
  runStoreSuite({ newStore });

  test('postgres: migrations apply once, with the same numbers as SQLite, and a later one can be added', async () => {
    assert.deepEqual(PG_MIGRATIONS.map((m) => [m.version, m.name]), MIGRATIONS.map((m) => [m.version, m.name]));
    const db = await openPg(PG_TEST_URL, { schema: newSchema(), max: 1 });
    try {
      assert.equal(await pgSchemaVersion(db), PG_MIGRATIONS.length);
      const c = await db.pool.connect();
      try {
        assert.equal(await migratePg(c, PG_MIGRATIONS), 0);
        const extra = [...PG_MIGRATIONS, { version: 99, name: 'extra', sql: 'CREATE TABLE test_extra (id SERIAL PRIMARY KEY)' }];
        assert.equal(await migratePg(c, extra), 1);
        assert.equal(await migratePg(c, extra), 0);
      } finally {
        c.release();
      }
      assert.equal(await pgSchemaVersion(db), 99);
    } finally {
      await db.pool.end();
    }
  });

  test('postgres: two processes opening one new schema at once migrate it once', async () => {
    const schema = newSchema();
    const [a, b] = await Promise.all([openPostgresStore(PG_TEST_URL, { schema, max: 2 }), openPostgresStore(PG_TEST_URL, { schema, max: 2 })]);
    try {
      assert.equal(await a.db.value<number>('SELECT count(*) FROM schema_migrations'), PG_MIGRATIONS.length);
    } finally {
      await a.close();
      await b.close();
    }
  });

  test('postgres: the same article saved by two connections at once is stored once', async () => {
    const schema = newSchema();
    const [a, b] = await Promise.all([openPostgresStore(PG_TEST_URL, { schema, max: 2 }), openPostgresStore(PG_TEST_URL, { schema, max: 2 })]);
    try {
      const r = record({ text: 'Ferry crews met the harbour pilots.' });
      const results = await Promise.all([a.articles.save(input(r)), b.articles.save(input(r)), a.articles.save(input(r))]);
      assert.deepEqual(results.map((x) => x.status).sort(), ['duplicate', 'duplicate', 'new']);
      assert.equal((await a.reads.stats()).articles, 1);
    } finally {
      await a.close();
      await b.close();
    }
  });

  test('postgres: migration 011 gives the searchable copies of an older database the filter and span words the save writes', async () => {
    const schema = newSchema();
    let s = await openPostgresStore(PG_TEST_URL, { schema, max: 2 });
    try {
      const a = record({ text: 'Ilse Varga blamed the ferry operator in Lisbon.' });
      await s.articles.save(input(a, [entity('e1', 'Ilse Varga', 'PERSON', ['PERSON:ilse varga']), entity('e2', 'Lisbon', 'GPE', ['GPE:lisbon'])], {
        events: [{ type: 'ACCUSE', source: 'e1', target: null, start: 11, end: 17, trigger: 'blamed' }],
        places: [{ entity: 'e2', name: 'Lisbon', country: 'PT', lat: 38.7, lon: -9.1 }],
      }));
      await s.articles.save(input(record({ text: 'The ferry ran late.' })));
      const words = (): Promise<string[]> => s.db.column<string>(`SELECT rowid || ' ' || w FROM article_search,
          LATERAL (SELECT unnest(tsvector_to_array(fts)) UNION ALL SELECT 'title ' || unnest(tsvector_to_array(title))) x(w) WHERE w LIKE '%#%' ORDER BY 1`);
      const saved = await words();
      for (const w of ['#tACCUSE', '#cPT', '#x0', '#y2024', 'title #x0']) assert.ok(saved.some((x) => x.endsWith(` ${w}`)), w);
      assert.ok(saved.some((w) => / #e\d+$/.test(w)));
      const lexemes = (): Promise<string[]> => s.db.column<string>('SELECT lexeme FROM search_lexemes ORDER BY 1');
      const known = await lexemes();
      assert.ok(known.includes('ferri') && known.includes('lisbon') && !known.some((w) => w.startsWith('#')), known.join(' '));
      // the database as migration 010 left it: no filter or span words, no words table, no functions or triggers, 011 not applied
      const strip = (col: string, re: string): string => `ts_delete(${col}, ARRAY(SELECT w FROM unnest(tsvector_to_array(${col})) w WHERE w ~ '${re}'))`;
      await s.db.run(`UPDATE article_search SET fts = ${strip('fts', '^#([etcy]|x)')}, title = ${strip('title', '^#x')}`);
      for (const t of ['article_entities', 'events', 'places']) for (const op of ['ins', 'upd', 'del']) await s.db.run(`DROP TRIGGER ${t}_search_${op} ON ${t}`);
      await s.db.run('DROP FUNCTION search_facets_changed(); DROP FUNCTION search_facets(INTEGER)');
      await s.db.run('DROP TRIGGER article_search_lexemes ON article_search; DROP FUNCTION search_lexemes_add(); DROP TABLE search_lexemes');
      await s.db.run('DELETE FROM schema_migrations WHERE version = 11');
      await s.close();
      s = await openPostgresStore(PG_TEST_URL, { schema, max: 2 });
      assert.deepEqual(await words(), saved);
      assert.deepEqual(await lexemes(), known);
      assert.deepEqual((await s.search.search({ text: 'ferry', type: 'ACCUSE', country: 'PT', entity: 'Ilse Varga' })).hits.map((h) => h.id), [a.id]);
    } finally {
      await s.close();
    }
  });

  test('postgres: the search language finds the same articles as SQLite FTS5', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'argus-pg-same-'));
    const lite = openSqliteStore(join(dir, 'same.db'));
    const pgs = await newStore();
    try {
      const docs = [
        ['Harbour report', 'The ferry left the harbour at dawn while pilots waited.'],
        ['Night ferries', 'Ferries running at night carried crews across the Indo-Pacific route.'],
        ['Lighthouse', 'The café by the lighthouse closed; China\'s envoy visited the keepers.'],
        ['Pilots strike', 'Harbour pilots said the strike would continue, according to the union.'],
        ['Weather at the cape', 'Strong winds kept every ferry in port at the cape for two days.'],
        // more words with one prefix than a prefix is spelled out as (it stays GIN's partial match)
        ['Call signs', Array.from({ length: 70 }, (_, i) => `zq${i}`).join(' ')],
      ];
      const ids: string[] = [];
      for (const [title, text] of docs) {
        const r = record({ title, text });
        ids.push(r.id);
        await lite.articles.save(input(r));
        await pgs.articles.save(input(r));
      }
      const queries = ['harbour', 'harbour pilots', '"harbour pilots"', 'harb*', 'ferry OR lighthouse', 'ferry NOT night', 'title:pilots',
        'text:pilots', '{title text}: ferry', '-title:ferries', 'NEAR(ferry dawn, 3)', 'NEAR(ferry dawn, 1)', 'Indo-Pacific', '"Indo Pacific"', "China's",
        '(ferry OR crews) AND harbour', 'cafe', 'café', 'ferries', 'running', 'run', 'pilot + waited', 'HARBOUR', 'harbour AND', 'NOT ferry',
        'according to the', '2 days', 'ferry crews harbour', 'port* OR "at the cape"',
        // prefixes, spelled out as the words that start with them (migration 011)
        'pilot*', 'title:pilot*', '"harbour pilot*"', 'ferr* NOT night', 'NOT harb*', 'harb* NOT ferr*', 'light* OR keep*', 'xyzzy*', 'xyzzy* OR cape',
        'zq*', 'zq1*', 'zq* AND call', 'NEAR(harb* pilot*, 2)'];
      for (const text of queries) {
        const a = await lite.search.search({ text, limit: 50 });
        const b = await pgs.search.search({ text, limit: 50 });
        assert.deepEqual(b.hits.map((h) => h.id).sort(), a.hits.map((h) => h.id).sort(), `${text}: ${a.fts} / ${b.fts}`);
        assert.equal(b.escaped, a.escaped, `escaped: ${text}`);
      }
    } finally {
      await lite.close();
      await pgs.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('postgres: search ranks title matches first and highlights in the text', async () => {
    const s = await newStore();
    try {
      const x = record({ title: 'Lighthouse keepers', text: 'Nothing more to say here about it.' });
      const y = record({ title: 'Weather', text: 'The lighthouse keepers at the cape reported strong winds all night.' });
      await s.articles.save(input(y));
      await s.articles.save(input(x));
      const r = await s.search.search({ text: 'lighthouse' });
      assert.deepEqual(r.hits.map((h) => h.id), [x.id, y.id]);
      assert.ok(r.hits[1]!.snippet.includes('\u0002lighthouse\u0003 keepers'), r.hits[1]!.snippet);
      assert.equal((await s.search.search({ text: 'title:cape' })).total, 0);
      assert.equal((await s.search.search({ text: 'text:cape' })).total, 1);
      assert.equal((await s.search.search({ text: 'NEAR(keepers winds, 5)' })).total, 1);
      assert.equal((await s.search.search({ text: 'NEAR(keepers winds, 2)' })).total, 0);
      assert.equal((await s.search.search({ text: 'lighth*' })).total, 2);
      assert.equal((await s.search.search({ text: 'lighthouse NOT cape' })).total, 1);
    } finally {
      await s.close();
    }
  });
});

test('postgres: an unreachable server and a bad URL are one-line errors', async () => {
  for (const url of ['postgres://postgres@127.0.0.1:1/test', 'postgres://postgres@no-such-host.invalid:5432/test']) {
    await assert.rejects(openPostgresStore(url), (e: unknown) => {
      assert.ok(isArgusError(e), String(e));
      assert.equal(e.code, 'DB_CONNECT');
      assert.doesNotMatch(e.toLine(), /\n/);
      assert.match(e.toLine(), /cannot connect to PostgreSQL/);
      return true;
    });
  }
});
