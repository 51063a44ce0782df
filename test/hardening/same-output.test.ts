// Issue 14 item 8: same input, same output. An article analyzed alone, first or last in a batch, or after other
// articles in the same process gives byte-identical output (wink's feature tables used to carry over: see tokenize.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_DIR } from '../../src/services/demo.js';

const ROOT = join(import.meta.dirname, '..', '..');
const PD = join(DEMO_DIR, 'news-pd');
const manifest = readFileSync(join(PD, 'index.jsonl'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { file: string }).file);
/** the two releases whose names were typed differently alone and after each other, and a few others */
const SAMPLE = manifest.find((f) => f.includes('seventh-our-ocean-conference')) as string;
const OTHER = manifest.find((f) => f.includes('tijuana-accountability-review-board')) as string;
const BATCH = [OTHER, ...manifest.slice(0, 6).filter((f) => f !== SAMPLE && f !== OTHER)];

/** One `argus analyze --format jsonl` process over the files; the output line of each file, by file. */
function analyzeInOneProcess(files: string[]): Map<string, string> {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'argus.js'), 'analyze', '--format', 'jsonl', ...files.map((f) => join(PD, f))], {
    encoding: 'utf8', maxBuffer: 256 * 1024 * 1024,
  });
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, files.length);
  return new Map(files.map((f, k) => [f, lines[k] as string]));
}

test('same output: a release analyzed alone and inside a batch, in both orders, is byte for byte the same', () => {
  assert.ok(SAMPLE && OTHER, 'the demo releases are in the manifest');
  const alone = analyzeInOneProcess([SAMPLE]).get(SAMPLE);
  const last = analyzeInOneProcess([...BATCH, SAMPLE]);
  const first = analyzeInOneProcess([SAMPLE, ...[...BATCH].reverse()]);
  assert.equal(last.get(SAMPLE), alone, 'last in a batch');
  assert.equal(first.get(SAMPLE), alone, 'first in a batch');
  // every other article too: its output does not depend on its place in the batch
  for (const f of BATCH) assert.equal(first.get(f), last.get(f), f);
});
