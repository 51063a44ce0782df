// `argus start` (npm start): ingest the demo corpus into an empty database, then start the dashboard server.
import type { Command } from 'commander';
import { dbPath, openStore } from '../../store/index.js';
import { ingestDemo } from '../../services/demo.js';
import { formatSummary } from './ingest.js';

/** What src/server must export for `argus start` to serve: startServer(opts) resolving once it listens. */
export type StartServer = (opts: { dbPath: string; port: number; host: string }) => Promise<{ url: string }>;

/** The hook: the server module is loaded only if it exists, so the CLI works before the dashboard does. */
async function loadServer(): Promise<StartServer | null> {
  const path = '../../server/index.js';
  try {
    const mod = (await import(path)) as { startServer?: StartServer };
    return typeof mod.startServer === 'function' ? mod.startServer : null;
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND') return null;
    throw e;
  }
}

interface StartFlags {
  db?: string;
  serve?: boolean;
  port?: string;
  host?: string;
  demo?: boolean;
}

export function register(program: Command): void {
  program
    .command('start')
    .description('ingest the demo corpus when the database is empty, then start the dashboard')
    .option('--db <file>', 'database file (default: $ARGUS_DB or ./data/argus.db)')
    .option('--no-serve', 'ingest only; do not start the server')
    .option('--no-demo', 'do not ingest the demo corpus into an empty database')
    .option('--port <n>', 'server port', process.env.PORT ?? '8080')
    .option('--host <addr>', 'server address', '127.0.0.1')
    .action(async (f: StartFlags) => {
      const path = dbPath(f.db);
      const store = openStore(path);
      try {
        const before = await store.reads.stats();
        if (before.articles === 0 && f.demo !== false) {
          process.stderr.write(`argus start: ${path} is empty; ingesting the demo corpus (demo/)…\n`);
          const s = await ingestDemo(store, { progress: true });
          process.stderr.write(formatSummary(s) + '\n');
        }
        const st = await store.reads.stats();
        process.stdout.write(`database ${path}: ${st.articles} articles, ${st.stories} stories, ${st.entities} entities, ${st.quotes} quotes, ${st.events} events\n`);
      } finally {
        await store.close();
      }
      if (f.serve === false) return;
      const startServer = await loadServer();
      if (!startServer) {
        process.stdout.write([
          'the dashboard server is not built yet; try:',
          `  argus search "NATO" --db ${path}`,
          `  argus entity "Antony Blinken" --db ${path}`,
          `  argus stats --db ${path}`,
          '',
        ].join('\n'));
        return;
      }
      const { url } = await startServer({ dbPath: path, port: Number(f.port ?? 8080), host: f.host ?? '127.0.0.1' });
      process.stdout.write(`Argus is serving ${url}\n`);
    });
}
