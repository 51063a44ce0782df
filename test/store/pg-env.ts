// PostgreSQL for tests: ARGUS_TEST_PG_URL or postgres://postgres@127.0.0.1:5432/test. Each store gets a schema of its
// own (dropped at the end). Without a server, `pgSuite` registers one skipped test that says why, or under CI=true one
// failing test: CI machines run PostgreSQL, and a suite that silently did not run must fail the build.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { openPostgresStore, type PostgresStore } from '../../src/store/postgres/store.js';

export const PG_TEST_URL = process.env['ARGUS_TEST_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Drops a test schema and everything in it. */
export async function dropPgSchema(schema: string): Promise<void> {
  const c = new pg.Client({ connectionString: PG_TEST_URL });
  await c.connect();
  try {
    await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await c.end();
  }
}

/**
 * Runs another test file's tests once more against PostgreSQL (ARGUS_TEST_BACKEND=postgres: its fixture builds a schema),
 * or registers the one line that says why not (a failure under CI=true).
 */
export async function againOnPostgres(what: string, load: () => Promise<unknown>): Promise<void> {
  const why = await pgUnavailable();
  if (why) {
    if (process.env['CI'] === 'true') test(`${what} need PostgreSQL on CI`, () => assert.fail(`${why}; CI=true requires the PostgreSQL tests to run`));
    else test(`${what} on PostgreSQL: skipped`, { skip: why }, () => undefined);
    return;
  }
  process.env['ARGUS_TEST_BACKEND'] = 'postgres';
  await load();
}

/** null when the server answers, else why not */
export async function pgUnavailable(url = PG_TEST_URL): Promise<string | null> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.query('SELECT 1');
    return null;
  } catch (e) {
    const err = e as { code?: string; message?: string };
    return `no PostgreSQL at ${url.replace(/:[^:@/]*@/, ':***@')} (${err.code ?? err.message ?? String(e)}); set ARGUS_TEST_PG_URL`;
  } finally {
    await c.end().catch(() => undefined);
  }
}

/**
 * Registers the PostgreSQL tests of one file, or the line that says they did not run. `register` receives a factory of
 * fresh, migrated stores, each in a new schema.
 */
export async function pgSuite(what: string, register: (newStore: () => Promise<PostgresStore>, newSchema: () => string) => void): Promise<void> {
  const why = await pgUnavailable();
  if (why) {
    if (process.env['CI'] === 'true') test(`${what} need PostgreSQL on CI`, () => assert.fail(`${why}; CI=true requires the PostgreSQL tests to run`));
    else test(`${what}: skipped`, { skip: why }, () => undefined);
    return;
  }
  const schemas: string[] = [];
  const newSchema = (): string => {
    const s = `argus_test_${process.pid}_${schemas.length}_${Math.random().toString(36).slice(2, 8)}`;
    schemas.push(s);
    return s;
  };
  after(async () => {
    for (const s of schemas) await dropPgSchema(s);
  });
  register(() => openPostgresStore(PG_TEST_URL, { schema: newSchema(), max: 4 }), newSchema);
}
