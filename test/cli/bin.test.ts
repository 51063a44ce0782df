// bin/argus.js runs the compiled CLI (dist/, built by `npm install` through `prepare`) and falls back to the sources.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (env: Record<string, string>): { status: number | null; stdout: string } =>
  spawnSync(process.execPath, ['bin/argus.js', '--version'], { env: { ...process.env, ...env }, encoding: 'utf8' });

test('npm install built the compiled CLI (dist/src/cli/main.js)', () => {
  assert.ok(existsSync('dist/src/cli/main.js'), 'dist/ is missing: `npm install` runs `npm run build` (prepare); run it by hand after deleting dist/');
});

test('the compiled CLI and the sources (ARGUS_FROM_SOURCE=1) give the same answer', () => {
  const compiled = run({ ARGUS_FROM_SOURCE: '0' });
  const source = run({ ARGUS_FROM_SOURCE: '1' });
  assert.equal(compiled.status, 0);
  assert.equal(source.status, 0);
  assert.equal(compiled.stdout, source.stdout);
  assert.match(compiled.stdout, /^\d+\.\d+\.\d+/);
});
