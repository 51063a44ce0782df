// Runs the shared store suite against SQLite files in a temp dir, plus SQLite-only checks (migrations, WAL).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { runStoreSuite } from './suite.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { migrate, openSqlite, schemaVersion } from '../../src/store/sqlite/open.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';

const dir = mkdtempSync(join(tmpdir(), 'argus-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

runStoreSuite({ newStore: async () => openSqliteStore(join(dir, `s${++n}.db`)) });

test('sqlite: migrations apply once, in order, and a later numbered migration can be added', () => {
  const path = join(dir, 'mig.db');
  const db = openSqlite(path);
  assert.equal(schemaVersion(db), MIGRATIONS.length);
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  assert.equal(migrate(db, MIGRATIONS), 0);
  const extra = [...MIGRATIONS, { version: 99, name: 'extra', sql: 'CREATE TABLE test_extra (id INTEGER PRIMARY KEY, name TEXT)' }];
  assert.equal(migrate(db, extra), 1);
  assert.equal(schemaVersion(db), 99);
  assert.equal(migrate(db, extra), 0);
  db.close();
});

test('sqlite: a database made by migration 1 alone upgrades: SimHash bands move to article_lsh, search still works', async () => {
  const path = join(dir, 'upgrade.db');
  const first = MIGRATIONS.filter((m) => m.version === 1);
  const old = openSqlite(path, { migrations: first });
  const shs: Array<[number, number]> = [[0x12345678 | 0, 0xdeadbeef | 0], [0xffffffff | 0, 0x0000ffff]];
  shs.forEach(([hi, lo], i) => {
    old.prepare(`INSERT INTO articles (id, version, content_hash, title, text, input_meta, sh_hi, sh_lo, b0, b1, b2, b3, ingested_at)
      VALUES (?, 1, 'h', 'Ukraine talks', 'Talks on Ukraine', '{}', ?, ?, 0, 0, 0, 0, 'x')`).run(`a${i}`, hi, lo);
    old.prepare("INSERT INTO articles_fts (rowid, title, text) VALUES (?, 'Ukraine talks', 'Talks on Ukraine')").run(i + 1);
  });
  old.close();
  const store = openSqliteStore(path);
  for (const [i, [hi, lo]] of shs.entries()) {
    const near = await store.articles.nearDuplicates({ hi: hi >>> 0, lo: lo >>> 0 }, []);
    assert.deepEqual(near.map((n) => n.articleId), [`a${i}`]);
  }
  assert.equal((await store.search.search({ text: 'Ukraine' })).total, 2);
  await store.close();
});
