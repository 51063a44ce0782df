// Uncached latency of the statement routes on the demo database: every request is a distinct URL (a different speaker,
// about-entity or page), so the server's answer cache never holds it. Speakers: the 150 entities with the most
// statements, with and without an about-filter (their top topic); targets: the 150 entities most statements are about.
// Target: p95 < 100 ms. Database: $ARGUS_BENCH_DB, else ./data/argus.db.
import { dbPath, openStore } from '../src/store/index.js';
import { startServer } from '../src/server/index.js';

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const path = process.env.ARGUS_BENCH_DB ?? dbPath(null);
const store = await openStore(path);
// the ids to ask for, from the statement tables themselves (SQLite or PostgreSQL read the same SQL here)
const speakers: number[] = [];
const targets: number[] = [];
if (store.kind === 'sqlite') {
  const db = (store as unknown as { db: { prepare(s: string): { pluck(): { all(): number[] } } } }).db;
  speakers.push(...db.prepare(`SELECT ae.entity_id FROM statements s JOIN article_entities ae ON ae.article_rowid = s.article_rowid AND ae.local_id = s.speaker_local
    GROUP BY ae.entity_id ORDER BY count(*) DESC LIMIT 150`).pluck().all());
  targets.push(...db.prepare(`SELECT ae.entity_id FROM statement_about sa JOIN article_entities ae ON ae.article_rowid = sa.article_rowid AND ae.local_id = sa.local_id
    GROUP BY ae.entity_id ORDER BY count(*) DESC LIMIT 150`).pluck().all());
} else {
  throw new Error('bench/statements.ts reads the ids from a SQLite database');
}
await store.close();

const srv = await startServer({ dbPath: path, port: 0, host: '127.0.0.1', build: false });
const times = new Map<string, number[]>();
async function time(route: string, url: string): Promise<unknown> {
  const t0 = performance.now();
  const r = await fetch(srv.url + url);
  const body: unknown = await r.json();
  const ms = performance.now() - t0;
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status} ${JSON.stringify(body)}`);
  const l = times.get(route) ?? [];
  l.push(ms);
  times.set(route, l);
  return body;
}
try {
  for (const id of speakers) {
    const r = (await time('statements', `/api/entities/${id}/statements`)) as { topics: Array<{ id: number }> };
    const about = r.topics[0]?.id;
    if (about !== undefined) await time('statements?about', `/api/entities/${id}/statements?about=${about}`);
    await time('statements?from&to&limit', `/api/entities/${id}/statements?from=2020-01-01&to=2025-12-31&limit=20`);
  }
  for (const id of targets) await time('speakers', `/api/entities/${id}/speakers`);
  let worst = 0;
  for (const [route, l] of times) {
    const s = [...l].sort((a, b) => a - b);
    worst = Math.max(worst, pct(s, 95));
    console.log(`${route.padEnd(28)} n=${String(s.length).padStart(4)}  p50 ${pct(s, 50).toFixed(1)} ms  p95 ${pct(s, 95).toFixed(1)} ms  max ${(s[s.length - 1] ?? 0).toFixed(1)} ms`);
  }
  console.log(`worst p95 ${worst.toFixed(1)} ms (target < 100 ms, uncached: every URL asked once)`);
} finally {
  await srv.close();
}
