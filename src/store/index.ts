// Opens the news database named by --db, ARGUS_DB or ./data/argus.db.
import { resolve } from 'node:path';
import type { Store } from './types.js';
import { openSqliteStore } from './sqlite/store.js';

export type * from './types.js';
export { normalizeName } from './normalize.js';

export const DEFAULT_DB = './data/argus.db';

export function dbPath(flag?: string | null): string {
  return resolve(flag || process.env.ARGUS_DB || DEFAULT_DB);
}

export function openStore(path: string): Store {
  if (/^postgres(ql)?:\/\//.test(path)) throw new Error('PostgreSQL is not implemented yet: use a SQLite file path');
  return openSqliteStore(path);
}
