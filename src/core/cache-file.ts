// Derived data cached on disk between processes (a model or an index in its run-time layout), so that a cold process
// does not rebuild it. A cache file is only ever a copy: readers check that it was made from the same source and by
// the same code, writers replace it atomically, and nothing is lost when it cannot be written (a read-only install
// decodes as before). ARGUS_MODEL_CACHE=off disables reading and writing.
import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function cacheEnabled(): boolean {
  return process.env['ARGUS_MODEL_CACHE'] !== 'off';
}

/** Where a cache may live: the given path (beside its source), then the temp dir under `tmpName`. */
export function cachePlaces(beside: string, tmpName: string): string[] {
  return [beside, join(tmpdir(), tmpName)];
}

/** The first cache file that exists and that `decode` accepts (it returns null for a stale or foreign file). */
export function readCache<T>(paths: readonly string[], decode: (buf: Buffer) => T | null): T | null {
  for (const p of paths) {
    let buf: Buffer;
    try {
      buf = readFileSync(p);
    } catch {
      continue;
    }
    const v = decode(buf);
    if (v !== null) return v;
  }
  return null;
}

/** Writes the cache to the first path that takes it (a reader sees the old file or the whole new one); the path, or null. */
export function writeCache(paths: readonly string[], bytes: Buffer): string | null {
  for (const p of paths) {
    const tmp = `${p}.${process.pid}.tmp`;
    try {
      writeFileSync(tmp, bytes);
      renameSync(tmp, p);
      return p;
    } catch {
      try {
        unlinkSync(tmp);
      } catch {
        // nothing was written
      }
    }
  }
  return null;
}
