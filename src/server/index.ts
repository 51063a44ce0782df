// `argus serve` / `argus start`: one HTTP server for the JSON API and the dashboard over one database.
import { serve, type ServerType } from '@hono/node-server';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { openStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import { createApp, LOOPBACK_HOSTS } from './app.js';
import { ensureWebBuild, loadStatic } from './static.js';
import { settleWebhooks } from '../services/watchlists.js';

export { createApp } from './app.js';

export interface ServeOptions {
  dbPath: string;
  port: number;
  host: string;
  /** required for a non-loopback host; default $ARGUS_TOKEN */
  token?: string | null;
  /** build web/dist when it is missing (default true) */
  build?: boolean;
  /** more host names the Host header may carry (a reverse proxy's name) */
  hosts?: string[];
}

export interface RunningServer {
  url: string;
  /** the URL to open: with ?token= when a token is required */
  openUrl: string;
  port: number;
  store: Store;
  close(): Promise<void>;
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** The Host names the server answers to: the loopback names, the address it listens on, and any given; null for a wildcard. */
export function allowedHosts(host: string, extra: string[] = []): string[] | null {
  if (host === '0.0.0.0' || host === '::' || host === '') return null;
  return [...new Set([...LOOPBACK_HOSTS, host.includes(':') ? `[${host}]` : host, ...extra].map((h) => h.toLowerCase()))];
}

export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  const token = opts.token ?? process.env.ARGUS_TOKEN ?? null;
  if (!isLoopback(opts.host) && !token) {
    throw new Error(`listening on ${opts.host} exposes the database beyond this machine: set a token with --token or ARGUS_TOKEN (e.g. ${randomBytes(12).toString('hex')})`);
  }
  if (opts.build !== false) ensureWebBuild();
  const store = await openStore(opts.dbPath);
  const app = createApp({ store, token, files: loadStatic(), hosts: allowedHosts(opts.host, opts.hosts) });
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, () => resolve(s));
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const shown = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  const url = `http://${shown}:${port}`;
  return {
    url, port, store,
    openUrl: token ? `${url}/?token=${encodeURIComponent(token)}` : url,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      await closed;
      await settleWebhooks();
      await store.close();
    },
  };
}
