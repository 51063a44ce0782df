// One ingest run for bench/workers.ts, in its own process so that the parent can pin it to one core (taskset):
// `node bench/workers-child.mjs BATCH_DIR DB_FILE WORKERS` prints {"stored":N,"seconds":S,"cpuSeconds":C}.
// Plain JavaScript over the compiled dist/ (what `argus ingest` runs): under tsx every analysis thread would load the
// TypeScript through tsx's module hooks, a start-up cost the shipped command does not pay, once per thread.
import { openSqliteStore } from '../dist/src/store/sqlite/store.js';
import { IngestService } from '../dist/src/services/ingest.js';
import { performance } from 'node:perf_hooks';

const [dir, db, w] = process.argv.slice(2);
if (!dir || !db || !w) throw new Error('usage: workers-child.mjs BATCH_DIR DB_FILE WORKERS');
const store = openSqliteStore(db);
const c0 = process.cpuUsage();
const t0 = performance.now();
const s = await new IngestService(store, { workers: Number(w), afterSave: false }).run([dir]);
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(c0);
await store.close();
console.log(JSON.stringify({ stored: s.new + s.updated, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 }));
