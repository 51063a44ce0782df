// Derived data cached on disk between processes (a model or an index in its run-time layout), so that a cold process
// does not rebuild it. A cache file is only ever a copy: readers check that it was made from the same source and by
// the same code, writers replace it atomically, and nothing is lost when it cannot be written (a read-only install
// decodes as before). ARGUS_MODEL_CACHE=off disables reading and writing.
import { closeSync, fstatSync, openSync, readFileSync, readSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { getEnvironmentData, isMainThread, setEnvironmentData } from 'node:worker_threads';

export function cacheEnabled(): boolean {
  return process.env['ARGUS_MODEL_CACHE'] !== 'off';
}

/** Where a cache may live: the given path (beside its source), then the temp dir under `tmpName`. */
export function cachePlaces(beside: string, tmpName: string): string[] {
  return [beside, join(tmpdir(), tmpName)];
}

/**
 * Cache files read ahead by another thread into shared memory, by absolute path: `state` is 0 while the read runs,
 * 1 when `bytes` hold the file, 2 when it failed (the reader then reads the file itself).
 */
interface Preloaded {
  bytes: SharedArrayBuffer;
  state: Int32Array;
}
const PRELOAD_KEY = 'argus:cache-preload';

/**
 * Reads these cache files (or data files that readAhead reads; those that exist) into shared memory for the worker
 * threads started after this call: a worker that would spend a tenth of a second or more reading a large cache (the
 * parse model's is 35 MB; fresh pages are slow to fault in on some virtual machines) finds it read by this thread
 * meanwhile, which is otherwise idle while the worker loads. Call it just before starting the worker; the reads run
 * on this thread at its next turn.
 */
export function preloadCaches(paths: readonly string[]): void {
  if (!cacheEnabled()) return;
  const files: Array<{ fd: number; p: Preloaded }> = [];
  const table: Record<string, Preloaded> = {};
  for (const path of paths) {
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch {
      continue;
    }
    const p: Preloaded = { bytes: new SharedArrayBuffer(fstatSync(fd).size), state: new Int32Array(new SharedArrayBuffer(4)) };
    table[resolve(path)] = p;
    files.push({ fd, p });
  }
  setEnvironmentData(PRELOAD_KEY, table);
  setImmediate(() => {
    for (const { fd, p } of files) {
      let ok = false;
      try {
        const view = new Uint8Array(p.bytes);
        let at = 0;
        while (at < view.length) {
          const n = readSync(fd, view, at, view.length - at, at);
          if (n <= 0) break;
          at += n;
        }
        ok = at === view.length;
      } catch {
        // the reader reads it itself
      } finally {
        closeSync(fd);
      }
      Atomics.store(p.state, 0, ok ? 1 : 2);
      Atomics.notify(p.state, 0);
    }
  });
}

/** The bytes of a cache file another thread read ahead for this one (waiting for that read to finish), or null. */
function preloaded(path: string): Buffer | null {
  const table = getEnvironmentData(PRELOAD_KEY) as Record<string, Preloaded> | undefined;
  const p = table?.[resolve(path)];
  if (!p) return null;
  // the thread that reads ahead never waits for itself
  if (isMainThread && Atomics.load(p.state, 0) === 0) return null;
  Atomics.wait(p.state, 0, 0, 10_000);
  return Atomics.load(p.state, 0) === 1 ? Buffer.from(p.bytes) : null;
}

/** A data file's bytes: those another thread read ahead (preloadCaches), else read now. */
export function readAhead(path: string): Buffer {
  return preloaded(path) ?? readFileSync(path);
}

/** The first cache file that exists and that `decode` accepts (it returns null for a stale or foreign file). */
export function readCache<T>(paths: readonly string[], decode: (buf: Buffer) => T | null): T | null {
  for (const p of paths) {
    const ahead = preloaded(p);
    if (ahead) {
      const v = decode(ahead);
      if (v !== null) return v;
    }
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
