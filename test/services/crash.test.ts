// Crash safety for real: SIGKILL the ingest process mid-batch, restart it, and check nothing committed is lost or doubled.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, mkdirSync, readFileSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DEMO_DIR, REPO_ROOT } from '../../src/services/demo.js';

const dir = mkdtempSync(join(tmpdir(), 'argus-crash-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const N = 150;

function run(args: string[]) {
  return spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'src/cli/main.ts'), ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

function count(db: string, sql: string): number {
  if (!existsSync(db)) return 0;
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return d.prepare(sql).pluck().get() as number;
    } finally {
      d.close();
    }
  } catch {
    return 0;
  }
}

test('crash: SIGKILL mid-batch, restart, the batch completes with every article exactly once', { timeout: 240_000 }, async () => {
  const batch = join(dir, 'batch');
  mkdirSync(join(batch, 'articles'), { recursive: true });
  const lines = readFileSync(join(DEMO_DIR, 'news-pd', 'index.jsonl'), 'utf8').trim().split('\n').slice(0, N);
  const manifest = lines.map((l) => JSON.parse(l) as { file: string; url: string });
  for (const m of manifest) copyFileSync(join(DEMO_DIR, 'news-pd', m.file), join(batch, m.file));
  writeFileSync(join(batch, 'index.jsonl'), lines.join('\n') + '\n');
  const distinctIds = new Set(manifest.map((m) => m.url)).size;
  const db = join(dir, 'crash.db');

  const child = run(['ingest', batch, '--db', db, '--no-progress']);
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ? -1 : code)));
  // wait until some articles are committed, then kill without warning
  const deadline = Date.now() + 120_000;
  while (count(db, 'SELECT count(*) FROM articles') < 20) {
    if (Date.now() > deadline) throw new Error(`ingest made no progress: ${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  assert.equal(await exited, -1, 'killed by the signal');

  const committed = count(db, 'SELECT count(*) FROM articles');
  assert.ok(committed >= 20 && committed < N, `killed mid-batch (${committed} committed)`);
  // every committed article is whole: its analysis and its log mark are in the same transaction
  assert.equal(count(db, 'SELECT count(*) FROM analyses'), committed);
  assert.equal(count(db, "SELECT count(*) FROM ingest_log WHERE status IN ('new', 'updated')"), committed);

  const again = run(['ingest', batch, '--db', db, '--no-progress', '--format', 'json']);
  let out = '';
  again.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve) => again.on('exit', resolve));
  assert.equal(code, 0);
  const summary = JSON.parse(out) as { new: number; updated: number; duplicate: number; failed: number };
  assert.equal(summary.failed, 0);
  assert.ok(summary.duplicate >= committed - 1, 'the committed articles were recognised, not redone');

  assert.equal(count(db, 'SELECT count(*) FROM articles WHERE is_latest = 1'), distinctIds);
  assert.equal(count(db, 'SELECT count(DISTINCT id) FROM articles'), distinctIds);
  assert.equal(count(db, 'SELECT count(*) FROM analyses'), count(db, 'SELECT count(*) FROM articles'));
  assert.equal(count(db, 'SELECT count(*) FROM (SELECT id, content_hash FROM articles GROUP BY id, content_hash HAVING count(*) > 1)'), 0);
  assert.equal(count(db, "SELECT count(*) FROM ingest_log WHERE status IN ('new', 'updated')"), count(db, 'SELECT count(*) FROM articles'));
  // the full-text index is intact after the crash (FTS5 integrity check throws otherwise)
  const w = new Database(db);
  assert.doesNotThrow(() => w.prepare("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 0)").run());
  w.close();
});
