// One ingest run for bench/workers.ts, in its own process so that the parent can pin it to one core (taskset):
// `node --import tsx bench/workers-child.ts BATCH_DIR DB_FILE WORKERS` prints {"stored":N,"seconds":S,"cpuSeconds":C}.
import { openSqliteStore } from '../src/store/sqlite/store.js';
import { IngestService } from '../src/services/ingest.js';

const [dir, db, w] = process.argv.slice(2);
if (!dir || !db || !w) throw new Error('usage: workers-child.ts BATCH_DIR DB_FILE WORKERS');
const store = openSqliteStore(db);
const c0 = process.cpuUsage();
const t0 = performance.now();
const s = await new IngestService(store, { workers: Number(w), afterSave: false }).run([dir]);
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(c0);
await store.close();
console.log(JSON.stringify({ stored: s.new + s.updated, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 }));
