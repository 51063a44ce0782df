// `argus serve`: the JSON API and the dashboard over one database; loopback by default, a token for anything else.
import type { Command } from 'commander';
import { dbPath } from '../../services/db.js';
import { describeDb } from '../../store/index.js';
import { intInRange, usageError } from '../options.js';

export interface ServeFlags {
  db?: string;
  port: string | number;
  host: string;
  token?: string;
}

/** The server options `serve` and `start` share. */
export function serverOptions(cmd: Command): Command {
  return cmd
    .option('--db <file|url>', 'SQLite file or postgres:// URL (default: $ARGUS_DATABASE_URL, $ARGUS_DB or ./data/argus.db)')
    .option('--port <n>', 'port (0 picks a free one)', intInRange(0, 65535), Number(process.env.PORT ?? 8080))
    .option('--host <addr>', 'address to listen on; anything but loopback needs a token', '127.0.0.1')
    .option('--token <secret>', 'token required from clients (default: $ARGUS_TOKEN)');
}

/** Starts the server, prints its URL, and closes it on Ctrl-C or SIGTERM. */
export async function serveUntilStopped(f: ServeFlags): Promise<void> {
  // the server (hono, zod, the dashboard files) loads only for the commands that serve
  const { isLoopback, startServer } = await import('../../server/index.js');
  const port = Number(f.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw usageError(`--port ${f.port}`, 'use a port number from 0 to 65535');
  if (!isLoopback(f.host) && !(f.token ?? process.env.ARGUS_TOKEN)) {
    throw usageError(`--host ${f.host}`, 'listening beyond this machine needs a token: add --token SECRET (or set ARGUS_TOKEN)');
  }
  let s;
  try {
    s = await startServer({ dbPath: dbPath(f.db), port, host: f.host, token: f.token ?? null });
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'EADDRINUSE') throw new Error(`port ${port} on ${f.host} is already in use: choose another with --port (0 picks a free one)`, { cause: e });
    if (code === 'EADDRNOTAVAIL') throw new Error(`--host ${f.host}: this machine has no such address`, { cause: e });
    if (code === 'EACCES') throw new Error(`port ${port} on ${f.host} is not allowed for this user: choose a port above 1023`, { cause: e });
    throw e;
  }
  process.stdout.write(`Argus is serving ${s.openUrl}  (database ${describeDb(dbPath(f.db))}; Ctrl-C stops)\n`);
  const stop = (): void => {
    void s.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

export function register(program: Command): void {
  serverOptions(program.command('serve').description('serve the dashboard and the JSON API (/api/openapi.json describes it)')).action(
    async (f: ServeFlags) => {
      await serveUntilStopped(f);
    },
  );
}
