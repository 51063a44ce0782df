// Opens a SQLite database file with WAL and applies pending migrations in one transaction each.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { MIGRATIONS, type Migration } from '../migrations/index.js';

export type Db = Database.Database;

export interface OpenOptions {
  readonly?: boolean;
  migrations?: readonly Migration[];
}

/**
 * Creates the database's folder one level at a time. `mkdirSync(dir, { recursive: true })` never returns for a path
 * under /proc (`--db /proc/x/y.db` hung); this fails at once with the folder and the reason.
 */
export function ensureFolder(dir: string, forDb: string): void {
  const missing: string[] = [];
  let d = dir;
  while (!existsSync(d)) {
    missing.push(d);
    const up = dirname(d);
    if (up === d) break;
    d = up;
  }
  if (existsSync(d) && !statSync(d).isDirectory()) throw new Error(`cannot put the database ${forDb} in ${d}: it is not a folder`);
  for (const m of missing.reverse()) {
    try {
      mkdirSync(m);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' && statSync(m).isDirectory()) continue;
      throw new Error(`cannot create the folder ${m} for the database ${forDb} (${code ?? String(e)})`, { cause: e });
    }
  }
}

export function openSqlite(path: string, opts: OpenOptions = {}): Db {
  if (path !== ':memory:' && existsSync(path) && !statSync(path).isFile()) {
    throw new Error(`the database ${path} is not a regular file (a folder, FIFO or device); give --db a file path`);
  }
  if (path !== ':memory:' && !opts.readonly) ensureFolder(dirname(path), path);
  const db = new Database(path, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
  db.pragma('busy_timeout = 5000');
  if (!opts.readonly) {
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a committed transaction survives a process crash (not necessarily a power loss)
    db.pragma('synchronous = NORMAL');
    // checkpoint every ~32 MB of WAL instead of 4 MB: one article per transaction makes frequent checkpoints (fsync) the
    // largest cost of ingest; the WAL is truncated back after a checkpoint
    db.pragma('wal_autocheckpoint = 8000');
    db.pragma('journal_size_limit = 67108864');
    db.pragma('foreign_keys = ON');
    migrate(db, opts.migrations ?? MIGRATIONS);
  }
  db.pragma('cache_size = -65536');
  db.pragma('temp_store = MEMORY');
  return db;
}

export function migrate(db: Db, migrations: readonly Migration[]): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const done = new Set((db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map((r) => r.version));
  let applied = 0;
  const sorted = [...migrations].sort((a, b) => a.version - b.version);
  for (const m of sorted) {
    if (done.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    }).immediate();
    applied++;
  }
  return applied;
}

export function schemaVersion(db: Db): number {
  const row = db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null } | undefined;
  return row?.v ?? 0;
}

/**
 * The same connection, with prepare() remembering its statements by SQL text (read models build their SQL per request;
 * preparing it again each time was a tenth of the server's CPU under load). A statement comes back with pluck and raw off.
 */
export function withStatementCache(db: Db, max = 256): Db {
  const cache = new Map<string, Database.Statement>();
  const prepare = (sql: string): Database.Statement => {
    let st = cache.get(sql);
    if (st) {
      cache.delete(sql);
    } else {
      st = db.prepare(sql);
      if (cache.size >= max) cache.delete(cache.keys().next().value as string);
    }
    cache.set(sql, st);
    if (st.reader) st.pluck(false).raw(false);
    return st;
  };
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'prepare') return prepare;
      const v: unknown = Reflect.get(target, prop, target);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}
