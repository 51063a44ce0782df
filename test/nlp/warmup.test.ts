// warmUp() loads what analysis needs, so that the first article of a process pays for no loading: no package is
// required and no knowledge-base index is built inside analyze(). Run in a fresh process (other tests load them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../../src/services/demo.js';

const CHILD = `
import { createRequire } from 'node:module';
import { analyze, warmUp } from ${JSON.stringify(join(REPO_ROOT, 'src/nlp/pipeline.ts'))};
const cache = createRequire(import.meta.url).cache;
warmUp();
const before = new Set(Object.keys(cache));
analyze({ text: 'Officials in Nairobi said on Monday that Kenya would send 200 police officers to the border with Somalia, ' +
  'a week after the Foreign Ministry summoned the Somali ambassador.', published: '2025-03-05' });
const loaded = Object.keys(cache).filter((k) => !before.has(k));
console.log(JSON.stringify({ loaded }));
`;

test('warmUp: the first analysis of a process requires no package (wink, chrono and the models are loaded at start-up)', () => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHILD], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout.trim().split('\n').pop() as string) as { loaded: string[] };
  assert.deepEqual(out.loaded, [], 'modules loaded by the first analyze()');
});
