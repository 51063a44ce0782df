// Opening the database for a command: --db, else ARGUS_DB, else ./data/argus.db; always closed afterwards.
import { dbPath, openStore } from '../store/index.js';
import type { Store } from '../store/types.js';

export { dbPath };

export async function withStore<T>(flag: string | null | undefined, fn: (store: Store, path: string) => Promise<T>): Promise<T> {
  const path = dbPath(flag);
  const store = openStore(path);
  try {
    return await fn(store, path);
  } finally {
    await store.close();
  }
}
