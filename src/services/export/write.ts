// Writing an export: to a file through a temp file renamed into place when complete (a failure leaves nothing half
// written, and an existing file stays as it was), or to a stream with its backpressure respected.
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Writable } from 'node:stream';
import { ArgusError } from '../../core/errors.js';

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  const why: Record<string, string> = {
    ENOENT: 'the folder does not exist', EACCES: 'permission denied', EPERM: 'permission denied', EROFS: 'the file system is read-only',
    ENOSPC: 'the disk is full', EISDIR: 'it is a folder', ENOTDIR: 'a part of the path is not a folder', EDQUOT: 'the disk quota is exceeded',
  };
  return (code && why[code]) ?? (e instanceof Error ? e.message : String(e));
}

/**
 * Writes every chunk to `path` (via `.name.<random>.tmp` in the same folder, renamed at the end). Fails before the first
 * chunk is asked for when the path cannot be written; returns the bytes written.
 */
export async function writeExportFile(path: string, chunks: AsyncIterable<string>): Promise<number> {
  const target = resolve(path);
  const fail = (e: unknown): ArgusError => (e instanceof ArgusError ? e : new ArgusError('WRITE_FAILED', path, `cannot write the export: ${reason(e)}`));
  const st = await stat(target).catch(() => null);
  if (st?.isDirectory()) throw new ArgusError('WRITE_FAILED', path, 'cannot write the export: it is a folder; give a file name');
  if (st && !st.isFile()) throw new ArgusError('WRITE_FAILED', path, 'cannot write the export: not a regular file');
  const tmp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let fh;
  try {
    fh = await open(tmp, 'wx', 0o644);
  } catch (e) {
    throw fail(e);
  }
  let bytes = 0;
  try {
    for await (const c of chunks) {
      const b = Buffer.from(c, 'utf8');
      await fh.write(b);
      bytes += b.length;
    }
    await fh.sync();
    await fh.close();
    fh = null;
    await rename(tmp, target);
    return bytes;
  } catch (e) {
    await fh?.close().catch(() => undefined);
    await rm(tmp, { force: true }).catch(() => undefined);
    throw fail(e);
  }
}

/** Writes every chunk to a stream, waiting for 'drain' when its buffer is full; false when the reader went away (EPIPE). */
export async function writeToStream(out: Writable, chunks: AsyncIterable<string>): Promise<boolean> {
  let gone = false;
  const onError = (e: NodeJS.ErrnoException): void => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') gone = true;
  };
  out.on('error', onError);
  try {
    for await (const c of chunks) {
      if (gone || out.destroyed) return false;
      if (!out.write(c)) {
        await new Promise<void>((res) => {
          const done = (): void => {
            out.off('drain', done);
            out.off('close', done);
            out.off('error', done);
            res();
          };
          out.on('drain', done);
          out.on('close', done);
          out.on('error', done);
        });
      }
    }
    return !gone;
  } finally {
    out.off('error', onError);
  }
}
