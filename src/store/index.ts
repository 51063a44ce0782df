// Opens the news database named by --db, ARGUS_DATABASE_URL, ARGUS_DB or ./data/argus.db: a postgres:// URL opens the
// PostgreSQL store, anything else is a SQLite file (the default).
import { resolve } from 'node:path';
import type { Store } from './types.js';
import { openSqliteStore } from './sqlite/store.js';
import { redactUrl } from './postgres/url.js';

export type * from './types.js';
export { normalizeName } from './normalize.js';

export const DEFAULT_DB = './data/argus.db';

export function isPostgresUrl(s: string): boolean {
  return /^postgres(ql)?:\/\//i.test(s.trim());
}

/** The database to open: a postgres:// URL as given, else a SQLite file path made absolute. */
export function dbPath(flag?: string | null): string {
  const v = flag || process.env.ARGUS_DATABASE_URL || process.env.ARGUS_DB || DEFAULT_DB;
  return isPostgresUrl(v) ? v.trim() : resolve(v);
}

/** The database for messages: a URL without its password. */
export function describeDb(path: string): string {
  return isPostgresUrl(path) ? redactUrl(path) : path;
}

export async function openStore(path: string): Promise<Store> {
  if (isPostgresUrl(path)) {
    // the driver and the PostgreSQL store load only when a postgres:// URL is opened
    const { openPostgresStore } = await import('./postgres/store.js');
    return openPostgresStore(path);
  }
  return openSqliteStore(path);
}
