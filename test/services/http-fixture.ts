// A local HTTP server on 127.0.0.1 serving the feed fixtures and the awkward cases a fetcher must survive.
import http from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'feeds');
const fixture = (name: string): Buffer => readFileSync(join(FIX, name));

export const ARTICLE_TEXT = [
  'The harbour authority said on Tuesday that the port would reopen to commercial traffic after three days of repairs to the breakwater.',
  'Officials said the damage was less severe than first feared, and that ferries to the islands would resume on the normal timetable.',
  'Fishermen, who had been unable to leave the harbour since the weekend, welcomed the decision but asked for compensation.',
];

function page(title: string, n: number): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body><nav>Home | News</nav><article><h1>${title}</h1>` +
    ARTICLE_TEXT.map((p) => `<p>${p} (${n})</p>`).join('') + '</article><footer>© Gazette</footer></body></html>';
}

export interface FixtureServer {
  url: string;
  /** request log: path and the conditional headers seen */
  requests: Array<{ path: string; ifNoneMatch: string | undefined; userAgent: string | undefined }>;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: FixtureServer['requests'] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    requests.push({ path, ifNoneMatch: req.headers['if-none-match'], userAgent: req.headers['user-agent'] });
    const send = (status: number, type: string, body: Buffer | string, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { 'content-type': type, ...headers });
      res.end(body);
    };
    switch (true) {
      case path === '/robots.txt':
        return send(200, 'text/plain', 'User-agent: *\nDisallow: /private/\n');
      case path === '/rss.xml':
        if (req.headers['if-none-match'] === '"rss-v1"') {
          res.writeHead(304, { etag: '"rss-v1"' });
          return void res.end();
        }
        return send(200, 'application/rss+xml; charset=utf-8', fixture('rss.xml'), { etag: '"rss-v1"', 'last-modified': 'Wed, 09 Apr 2025 14:00:00 GMT' });
      case path === '/atom.xml':
        return send(200, 'application/atom+xml', fixture('atom.xml'));
      case path === '/rdf.xml':
        return send(200, 'application/rdf+xml', fixture('rdf.xml'));
      case path === '/feed.json':
        return send(200, 'application/feed+json', fixture('feed.json'));
      case path === '/malformed.xml':
        return send(200, 'application/rss+xml', fixture('malformed.xml'));
      case path === '/bad-entity.xml':
        return send(200, 'application/rss+xml', fixture('bad-entity.xml'));
      case path === '/html-feed':
        return send(200, 'text/html', fixture('html-feed.html'));
      case /^\/article\/\d+$/.test(path):
        return send(200, 'text/html; charset=utf-8', page(`Article ${path.slice(9)}`, Number(path.slice(9))));
      case path === '/private/page':
        return send(200, 'text/html', page('Private', 0));
      case path === '/latin1':
        return send(200, 'text/html', fixture('latin1-page.html'));
      case path === '/wrong-charset':
        return send(200, 'text/html; charset=utf-8', fixture('latin1-page.html'));
      case path === '/gzip':
        return send(200, 'text/html; charset=utf-8', gzipSync(page('Compressed', 7)), { 'content-encoding': 'gzip' });
      case path === '/loop-a':
        return send(302, 'text/plain', '', { location: '/loop-b' });
      case path === '/loop-b':
        return send(302, 'text/plain', '', { location: '/loop-a' });
      case path === '/redirect-ok':
        return send(301, 'text/plain', '', { location: '/article/5' });
      case path === '/to-private':
        return send(302, 'text/plain', '', { location: 'http://10.0.0.1/internal' });
      case path === '/slow':
        return; // never answers
      case path === '/big': {
        // 20 MB, chunked (no content-length), so only the streaming limit can stop it
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(64 * 1024, 'a');
        let sent = 0;
        const pump = (): void => {
          while (sent < 20 * 1024 * 1024) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        res.on('error', () => undefined);
        return pump();
      }
      case path === '/big-declared':
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(200 * 1024 * 1024) });
        return void res.write('<html>');
      case path === '/gone':
        return send(404, 'text/plain', 'not found');
      default:
        return send(404, 'text/plain', 'not found');
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}
