// `argus start` (npm start): ingest the demo corpus into an empty database, then start the dashboard server.
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { dbPath, describeDb, openStore } from '../../store/index.js';
import { formatSummary } from './ingest.js';
import { serveUntilStopped, serverOptions } from './serve.js';

interface StartFlags {
  db?: string;
  serve?: boolean;
  port?: string | number;
  host?: string;
  demo?: boolean;
  token?: string;
}

export function register(program: Command): void {
  serverOptions(program.command('start').description('ingest the demo corpus when the database is empty, then start the dashboard'))
    .option('--no-serve', 'ingest only; do not start the server')
    .option('--no-demo', 'do not ingest the demo corpus into an empty database')
    .action(async (f: StartFlags) => {
      const path = dbPath(f.db);
      const store = await openStore(path);
      try {
        const before = await store.reads.stats();
        if (before.articles === 0 && f.demo !== false) {
          process.stderr.write(`argus start: ${describeDb(path)} is empty; ingesting the demo corpus (demo/)…\n`);
          const { ingestDemo } = await import('../../services/demo.js');
          const s = await ingestDemo(store, { progress: true, workers: availableParallelism() });
          process.stderr.write(formatSummary(s) + '\n');
        }
        const st = await store.reads.stats();
        process.stdout.write(`database ${describeDb(path)}: ${st.articles} articles, ${st.stories} stories, ${st.entities} entities, ${st.quotes} quotes, ${st.events} events\n`);
      } finally {
        await store.close();
      }
      if (f.serve === false) {
        process.stdout.write(`next: argus serve --db ${path}   or   argus search "NATO" --db ${path}\n`);
        return;
      }
      await serveUntilStopped({ db: path, port: f.port ?? '8080', host: f.host ?? '127.0.0.1', token: f.token });
    });
}
