// Migration 008 fills statements from the analyses already stored: a database saved before it gets the same statements
// as one that had it from the start (SQLite, and PostgreSQL when a server answers).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../../src/store/types.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { openPostgresStore } from '../../src/store/postgres/store.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { PG_MIGRATIONS } from '../../src/store/postgres/migrations/index.js';
import { statementArticles } from './statements-suite.js';
import { pgSuite, PG_TEST_URL } from './pg-env.js';

const dir = mkdtempSync(join(tmpdir(), 'argus-statements-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function saveBoth(s: Store): Promise<void> {
  const { a, b } = statementArticles();
  await s.articles.save(a);
  await s.articles.save(b);
}

/** everything the statement read models say about the two articles, by name */
async function snapshot(s: Store): Promise<unknown> {
  const id = async (n: string): Promise<number> => (await s.entities.find(n))[0]!.id;
  const ada = await id('Ada Quell');
  const ru = await id('Ruritania');
  const list = await s.statements.list({ speakerId: ada, limit: 50 });
  return {
    // ids, titles and URLs number the records saved: each store saved its own
    list: list.rows.map((r) => ({ ...r, article: { ...r.article, id: null, title: null, url: null }, speaker: r.speaker.name, about: r.about.map((x) => x.name),
      eventSource: r.eventSource?.name ?? null, eventTarget: r.eventTarget?.name ?? null })),
    total: list.total,
    speakers: (await s.statements.speakers(ru, { limit: 10 })).map((x) => [x.name, x.statements, x.months]),
    topics: (await s.statements.topics(ada, { limit: 10 })).map((x) => [x.name, x.statements]),
  };
}

/** article A's stored analysis with its first quote given to the clerk and its reported event removed (as a correction does) */
function corrected(json: string): string {
  const an = JSON.parse(json) as { quotes: Array<{ speaker: string | null }>; events: unknown[] };
  an.quotes[0]!.speaker = 'e4';
  an.events = [];
  return JSON.stringify(an);
}

async function assertCorrected(s: Store): Promise<void> {
  const ada = (await s.entities.find('Ada Quell'))[0]!.id;
  const clerk = (await s.entities.find('clerk'))[0]!.id;
  assert.deepEqual((await s.statements.list({ speakerId: ada, limit: 10 })).rows.map((r) => [r.kind, r.text]), [
    ['quote', 'Freedonia was ready'], ['quote', 'Ruritania was helping Freedonia with fuel']]);
  assert.deepEqual((await s.statements.list({ speakerId: clerk, limit: 10 })).rows.map((r) => [r.text, r.about.map((x) => x.name)]), [
    ['Ruritania must stop arming Freedonia.', ['Freedonia', 'Ruritania']]]);
}

test('sqlite: a changed analysis (a correction) rewrites its statements', async () => {
  const s = openSqliteStore(join(dir, 'update.db'));
  try {
    await saveBoth(s);
    const row = s.db.prepare("SELECT an.article_rowid AS rowid, an.json FROM analyses an JOIN articles a ON a.rowid = an.article_rowid WHERE a.text LIKE 'Ada Quell said: %'")
      .get() as { rowid: number; json: string };
    s.db.prepare('UPDATE analyses SET json = ? WHERE article_rowid = ?').run(corrected(row.json), row.rowid);
    await assertCorrected(s);
  } finally {
    await s.close();
  }
});

test('sqlite: migration 008 fills statements from the stored analyses of an older database', async () => {
  const before = MIGRATIONS.filter((m) => m.version < 8);
  const oldPath = join(dir, 'old.db');
  const old = openSqliteStore(oldPath, { migrations: before });
  await saveBoth(old);
  assert.equal(old.db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'statements'").pluck().get(), 0);
  await old.close();
  const upgraded = openSqliteStore(oldPath);
  const fresh = openSqliteStore(join(dir, 'fresh.db'));
  try {
    await saveBoth(fresh);
    const got = await snapshot(upgraded);
    assert.equal((got as { total: number }).total, 4);
    assert.deepEqual(got, await snapshot(fresh));
  } finally {
    await upgraded.close();
    await fresh.close();
  }
});

await pgSuite('postgres statements migration', (newStore, newSchema) => {
  test('postgres: a changed analysis (a correction) rewrites its statements', async () => {
    const s = await newStore();
    try {
      await saveBoth(s);
      const row = (await s.db.one<{ rowid: number; json: string }>("SELECT an.article_rowid AS rowid, an.json FROM analyses an JOIN articles a ON a.rowid = an.article_rowid WHERE a.text LIKE 'Ada Quell said: %'"))!;
      await s.db.run('UPDATE analyses SET json = $1 WHERE article_rowid = $2', [corrected(row.json), row.rowid]);
      await assertCorrected(s);
    } finally {
      await s.close();
    }
  });

  test('postgres: migration 008 fills statements from the stored analyses of an older database', async () => {
    const schema = newSchema();
    // (with migrations 010 and 011 too: today's save writes the article_search table they make, with the words of
    // search_facets; 008 does not read them)
    const old = await openPostgresStore(PG_TEST_URL, { schema, migrations: PG_MIGRATIONS.filter((m) => m.version < 8 || m.version >= 10), max: 2 });
    await saveBoth(old);
    await old.close();
    const upgraded = await openPostgresStore(PG_TEST_URL, { schema, max: 2 });
    const fresh = await newStore();
    try {
      await saveBoth(fresh);
      const got = await snapshot(upgraded);
      assert.equal((got as { total: number }).total, 4);
      assert.deepEqual(got, await snapshot(fresh));
      // the backfill and the trigger give the same rows as SQLite's
      const sqlite = openSqliteStore(join(dir, 'same.db'));
      try {
        await saveBoth(sqlite);
        assert.deepEqual(got, await snapshot(sqlite));
      } finally {
        await sqlite.close();
      }
    } finally {
      await upgraded.close();
      await fresh.close();
    }
  });
});
