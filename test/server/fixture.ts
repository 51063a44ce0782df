// A small real database for the API and browser tests: the seed article plus a fixed subset of the demo corpus.
// ARGUS_TEST_BACKEND=postgres builds it in a fresh PostgreSQL schema (test/store/pg-env.ts) instead of a SQLite file.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.js';
import { ingestDemo, DEMO_DIR } from '../../src/services/demo.js';
import { dropPgSchema, PG_TEST_URL } from '../store/pg-env.js';

export const FOLLOWUP = join(import.meta.dirname, 'fixtures', 'rutte-followup.txt');

/** the first `n` manifest records of a demo folder whose text matches `re` */
function subset(folder: string, re: RegExp, n: number, into: string): void {
  const lines = readFileSync(join(DEMO_DIR, folder, 'index.jsonl'), 'utf8').split('\n').filter(Boolean);
  const keep: string[] = [];
  mkdirSync(join(into, 'articles'), { recursive: true });
  for (const line of lines) {
    const rec = JSON.parse(line) as { file: string };
    const text = readFileSync(join(DEMO_DIR, folder, rec.file), 'utf8');
    if (!re.test(text)) continue;
    copyFileSync(join(DEMO_DIR, folder, rec.file), join(into, rec.file));
    keep.push(line);
    if (keep.length >= n) break;
  }
  writeFileSync(join(into, 'index.jsonl'), keep.join('\n') + '\n');
}

export interface FixtureDb {
  dir: string;
  /** a SQLite file, or a postgres:// URL with ?schema= */
  dbPath: string;
  cleanup(): Promise<void>;
}

export async function buildFixtureDb(opts: { pd?: number; wikinews?: number } = {}): Promise<FixtureDb> {
  const dir = mkdtempSync(join(tmpdir(), 'argus-server-test-'));
  subset('news-pd', /NATO|Japan|Stoltenberg|China/, opts.pd ?? 24, join(dir, 'pd'));
  subset('news-demo', /./, opts.wikinews ?? 4, join(dir, 'wikinews'));
  const schema = process.env['ARGUS_TEST_BACKEND'] === 'postgres' ? `argus_fx_${process.pid}_${Math.random().toString(36).slice(2, 8)}` : null;
  const dbPath = schema ? `${PG_TEST_URL}${PG_TEST_URL.includes('?') ? '&' : '?'}schema=${schema}` : join(dir, 'test.db');
  const cleanup = async (): Promise<void> => {
    rmSync(dir, { recursive: true, force: true });
    if (schema) await dropPgSchema(schema);
  };
  const store = await openStore(dbPath);
  try {
    const s = await ingestDemo(store, {
      parts: [
        { target: join(DEMO_DIR, 'seed', 'rutte-nato-china.txt'), published: '2025-04-09' },
        { target: join(dir, 'pd') },
        { target: join(dir, 'wikinews') },
      ],
    });
    if (s.failed) throw new Error(`fixture ingest: ${s.failed} failed, first: ${JSON.stringify(s.failures[0])}`);
  } catch (e) {
    await store.close();
    await cleanup();
    throw e;
  }
  await store.close();
  return { dir, dbPath, cleanup };
}
