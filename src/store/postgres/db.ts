// A PostgreSQL connection pool with named parameters (@name, as the SQLite store writes them), transactions that retry on
// deadlock or serialization failure, connection errors as one line, and the migrations applied under an advisory lock.
import pg from 'pg';
import { ArgusError } from '../../core/errors.js';
import type { Migration } from '../migrations/index.js';
import { PG_MIGRATIONS } from './migrations/index.js';
import { redactUrl } from './url.js';

export { redactUrl } from './url.js';

export type Params = Record<string, unknown> | unknown[];

// bigint (count(*), sum) and numeric as numbers: every count Argus keeps fits in a double
const TYPES = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === 20 || oid === 1700) return (v: string) => (v === null ? null : Number(v));
    return (pg.types.getTypeParser as (o: number, f?: string) => unknown)(oid, format);
  }) as typeof pg.types.getTypeParser,
};

const compiled = new Map<string, { text: string; names: string[] }>();

/** `@name` placeholders to `$n`; the same name twice is the same parameter */
function compile(sql: string): { text: string; names: string[] } {
  let c = compiled.get(sql);
  if (!c) {
    const names: string[] = [];
    const text = sql.replace(/(?<![@\w])@([A-Za-z_]\w*)/g, (_m, n: string) => {
      let i = names.indexOf(n);
      if (i < 0) i = names.push(n) - 1;
      return `$${i + 1}`;
    });
    c = { text, names };
    if (compiled.size > 2000) compiled.clear();
    compiled.set(sql, c);
  }
  return c;
}

type Runner = Pick<pg.Pool, 'query'> | pg.PoolClient;

const RETRY_CODES = new Set(['40P01', '40001']);

export class PgDb {
  constructor(private readonly runner: Runner, readonly pool: pg.Pool, private readonly inTx = false) {}

  async query<T>(sql: string, params: Params = []): Promise<pg.QueryResult<T & pg.QueryResultRow>> {
    const { text, values } = this.prep(sql, params);
    return this.runner.query<T & pg.QueryResultRow>(text, values);
  }

  async all<T>(sql: string, params: Params = []): Promise<T[]> {
    return (await this.query<T>(sql, params)).rows;
  }

  async one<T>(sql: string, params: Params = []): Promise<T | undefined> {
    return (await this.query<T>(sql, params)).rows[0];
  }

  private prep(sql: string, params: Params): { text: string; values: unknown[] } {
    if (Array.isArray(params)) return { text: sql, values: params };
    const c = compile(sql);
    return { text: c.text, values: c.names.map((n) => params[n] ?? null) };
  }

  /** the first column of the first row */
  async value<T>(sql: string, params: Params = []): Promise<T | undefined> {
    const r = await this.runner.query({ ...this.prep(sql, params), rowMode: 'array' });
    return (r.rows[0] as unknown[] | undefined)?.[0] as T | undefined;
  }

  /** the first column of every row */
  async column<T>(sql: string, params: Params = []): Promise<T[]> {
    const r = await this.runner.query({ ...this.prep(sql, params), rowMode: 'array' });
    return (r.rows as unknown[][]).map((row) => row[0] as T);
  }

  /** rows changed */
  async run(sql: string, params: Params = []): Promise<number> {
    return (await this.query(sql, params)).rowCount ?? 0;
  }

  /** One transaction on one connection; retried (whole) on deadlock or serialization failure. */
  async tx<T>(fn: (t: PgDb) => Promise<T>): Promise<T> {
    if (this.inTx) return fn(this);
    for (let attempt = 0; ; attempt++) {
      const client = await this.pool.connect();
      try {
        await client.query('BEGIN');
        const out = await fn(new PgDb(client, this.pool, true));
        await client.query('COMMIT');
        return out;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        if (attempt < 4 && RETRY_CODES.has((e as { code?: string }).code ?? '')) {
          await new Promise((r) => setTimeout(r, 20 * (attempt + 1) + Math.random() * 30));
          continue;
        }
        throw e;
      } finally {
        client.release();
      }
    }
  }
}

/** A connection failure in one line: refused, unknown host, timeout, wrong password, no such database. */
export function connectError(url: string, e: unknown): ArgusError {
  const err = e as { code?: string; message?: string; errors?: Array<{ code?: string }> };
  const code = err.code ?? err.errors?.[0]?.code ?? '';
  let where = url;
  try {
    const u = new URL(url);
    where = `${u.hostname || 'localhost'}:${u.port || '5432'}`;
  } catch {
    // keep the redacted URL
  }
  const first = (err.message ?? String(e)).split('\n')[0] ?? '';
  let why: string;
  if (code === 'ECONNREFUSED') why = `cannot connect to PostgreSQL at ${where}: connection refused (is the server running?)`;
  else if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') why = `cannot connect to PostgreSQL at ${where}: unknown host`;
  else if (code === 'ETIMEDOUT' || /timeout/i.test(first)) why = `cannot connect to PostgreSQL at ${where}: no answer in time`;
  else if (code === '28P01') why = `PostgreSQL at ${where} refused the login: ${first} (wrong password?)`;
  else if (/SASL|password must be a string/.test(first)) why = `PostgreSQL at ${where} asks for a password and the URL gives none`;
  else if (code === '3D000') why = `PostgreSQL at ${where}: ${first}`;
  else if (code.startsWith('28')) why = `PostgreSQL at ${where} refused the login: ${first}`;
  else why = `cannot use PostgreSQL at ${where}: ${first || code}`;
  return new ArgusError('DB_CONNECT', redactUrl(url), why);
}

export interface PgOpenOptions {
  /** a schema of its own (created when missing), first on the search_path; also `?schema=` in the URL */
  schema?: string;
  migrations?: readonly Migration[];
  /** pool size (default 8) */
  max?: number;
}

/** Splits Argus's own `schema` parameter off the URL (pg would send it to the server as a setting). */
function splitSchema(url: string): { url: string; schema: string | null } {
  try {
    const u = new URL(url);
    const schema = u.searchParams.get('schema');
    if (schema === null) return { url, schema: null };
    u.searchParams.delete('schema');
    return { url: u.toString(), schema };
  } catch {
    return { url, schema: null };
  }
}

export async function openPg(url: string, opts: PgOpenOptions = {}): Promise<PgDb> {
  const split = splitSchema(url);
  const schema = opts.schema ?? split.schema;
  if (schema !== null && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) {
    throw new ArgusError('USAGE', 'schema', `not a schema name: ${schema} (letters, digits and _)`);
  }
  const pool = new pg.Pool({
    connectionString: split.url,
    max: opts.max ?? 8,
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 10_000,
    types: TYPES,
    // no JIT: Argus runs short queries, which JIT compilation (tens of milliseconds, more than the query) only slows down
    options: `-c jit=off${schema ? ` -c search_path=${schema}` : ''}`,
  });
  // an idle connection dropped by the server must not crash the process; the next query reconnects
  pool.on('error', () => undefined);
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw connectError(url, e);
  }
  try {
    if (schema) {
      // under the migration lock: two processes creating one schema at once would otherwise collide
      await client.query('BEGIN');
      await client.query("SELECT pg_advisory_xact_lock(hashtext('argus-migrate'))");
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await client.query('COMMIT');
    }
    await migratePg(client, opts.migrations ?? PG_MIGRATIONS);
  } catch (e) {
    client.release();
    await pool.end().catch(() => undefined);
    throw e;
  }
  client.release();
  return new PgDb(pool, pool);
}

/** Applies pending migrations, each in its own transaction, one process at a time; returns how many ran. */
export async function migratePg(client: pg.PoolClient | pg.Client, migrations: readonly Migration[]): Promise<number> {
  let applied = 0;
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    await client.query('BEGIN');
    try {
      await client.query("SELECT pg_advisory_xact_lock(hashtext('argus-migrate'))");
      await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
      const done = await client.query('SELECT 1 FROM schema_migrations WHERE version = $1', [m.version]);
      if (done.rowCount === 0) {
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
        applied++;
      }
      await client.query('COMMIT');
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    }
  }
  return applied;
}

export async function pgSchemaVersion(db: PgDb): Promise<number> {
  return (await db.value<number>('SELECT coalesce(max(version), 0) FROM schema_migrations')) ?? 0;
}
