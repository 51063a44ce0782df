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
  const extra = [...MIGRATIONS, { version: 99, name: 'watchlists', sql: 'CREATE TABLE watchlists (id INTEGER PRIMARY KEY, name TEXT)' }];
  assert.equal(migrate(db, extra), 1);
  assert.equal(schemaVersion(db), 99);
  assert.equal(migrate(db, extra), 0);
  db.close();
});
