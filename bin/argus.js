#!/usr/bin/env node
// Entry point of `argus`. It runs the compiled CLI in dist/ (built by `npm run build`, which `npm install` runs as
// `prepare`), so a command starts without transpiling. In a checkout whose src/ has changed since the last build, or
// with ARGUS_FROM_SOURCE=1, it runs the TypeScript sources through tsx instead, so what runs is always what is there.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const compiled = join(root, 'dist', 'src', 'cli', 'main.js');

/** Newest modification time of a file under dir (a few hundred files: a few milliseconds). */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const fresh = process.env.ARGUS_FROM_SOURCE !== '1' && existsSync(compiled) && statSync(compiled).mtimeMs >= newest(join(root, 'src'));
let main;
if (fresh) {
  ({ main } = await import(pathToFileURL(compiled).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import(pathToFileURL(join(root, 'src', 'cli', 'main.ts')).href));
}
process.exitCode = await main(process.argv.slice(2));
