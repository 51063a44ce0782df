// Issue 14 item 10: every release in the demo manifests has its own URL (a shared URL made ingest store one release
// as an old version of another), and every listed file exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_DIR } from '../../src/services/demo.js';
import { articleId } from '../../src/core/ids.js';

const manifests = readdirSync(DEMO_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(DEMO_DIR, d.name, 'index.jsonl')))
  .map((d) => join(DEMO_DIR, d.name, 'index.jsonl'));

test('demo manifests: no two records share a URL (nor an article id), and every file exists', () => {
  assert.ok(manifests.length >= 2);
  const seen = new Map<string, string>();
  for (const path of manifests) {
    const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '');
    lines.forEach((line, k) => {
      const r = JSON.parse(line) as { file: string; url?: string };
      const where = `${path}:${k + 1} (${r.file})`;
      assert.ok(existsSync(join(path, '..', r.file)), `${where}: file missing`);
      assert.ok(r.url, `${where}: no url`);
      const id = articleId(r.url, '');
      const before = seen.get(id);
      assert.equal(before, undefined, `${where} has the URL of ${before}: ${r.url}`);
      seen.set(id, where);
    });
  }
});
