// The built dashboard (web/dist), held in memory: hashed assets cached for a year, every other page path answers index.html.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { spawnSync } from 'node:child_process';
import { REPO_ROOT } from '../services/demo.js';

export const WEB_DIR = join(REPO_ROOT, 'web');
export const WEB_DIST = join(WEB_DIR, 'dist');

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', json: 'application/json',
  svg: 'image/svg+xml', png: 'image/png', ico: 'image/x-icon', woff2: 'font/woff2', txt: 'text/plain; charset=utf-8', map: 'application/json',
};

export interface StaticFile {
  body: Buffer;
  type: string;
  immutable: boolean;
}

/**
 * Builds web/dist with Vite when it is missing (a fresh clone), so `npm start` and the tests need no manual step.
 * Several processes may find it missing at once (test files run in parallel): each builds into a directory of its
 * own and renames it into place, which is atomic; the one that loses the race keeps the winner's build.
 */
export function ensureWebBuild(dist = WEB_DIST): void {
  if (existsSync(join(dist, 'index.html'))) return;
  process.stderr.write('argus: building the dashboard (web/dist is missing)…\n');
  const vite = join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const tmp = `${dist}.build-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  const r = spawnSync(process.execPath, [vite, 'build', '--config', join(WEB_DIR, 'vite.config.ts'), '--logLevel', 'warn', '--outDir', tmp, '--emptyOutDir'], { cwd: REPO_ROOT, stdio: 'inherit' });
  try {
    if (r.status === 0 && existsSync(join(tmp, 'index.html'))) {
      try {
        renameSync(tmp, dist);
      } catch {
        // another process put its build in place first (or an empty dist was left): keep a complete one
        if (!existsSync(join(dist, 'index.html'))) {
          rmSync(dist, { recursive: true, force: true });
          renameSync(tmp, dist);
        }
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  if (!existsSync(join(dist, 'index.html'))) throw new Error('building the dashboard failed; run `npm run build:web` to see why');
}

export function loadStatic(dist = WEB_DIST): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  if (!existsSync(dist)) return files;
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else {
        const rel = '/' + relative(dist, p).split(sep).join('/');
        files.set(rel, { body: readFileSync(p), type: TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream', immutable: rel.startsWith('/assets/') });
      }
    }
  };
  walk(dist);
  return files;
}
