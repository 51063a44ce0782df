// Opening the database for a command: --db, else ARGUS_DB, else ./data/argus.db; always closed afterwards.
import { dbPath, describeDb, openStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import { ArgusError, isArgusError } from '../core/errors.js';

export { dbPath };

export async function withStore<T>(flag: string | null | undefined, fn: (store: Store, path: string) => Promise<T>): Promise<T> {
  const path = dbPath(flag);
  let store: Store;
  try {
    store = await openStore(path);
  } catch (e) {
    // a database server that cannot be reached or refuses the login says so itself, in one line
    if (isArgusError(e)) throw e;
    // not a database, unwritable, a missing folder: one line naming the file
    throw new ArgusError('READ_FAILED', describeDb(path), `cannot open the database: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    return await fn(store, path);
  } finally {
    await store.close();
  }
}
