// Packages that take a few hundred milliseconds to load (chrono-node, linkedom, wink) are required on first use, not
// at import: `argus --help` and the commands that never read a date or a page start at once.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A getter that loads the CommonJS build of package `id` the first time it is called. */
export function lazyRequire<T>(id: string): () => T {
  let mod: T | undefined;
  return () => (mod ??= require(id) as T);
}
