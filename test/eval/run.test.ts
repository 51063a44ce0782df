// evaluateGold (src/eval/run.ts): gold files in, summed scores out; a bad file is reported, the rest still scored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { evaluateGold, goldFiles } from '../../src/eval/run.js';

test('scores the seed article and names a broken gold file without stopping', () => {
  const dir = mkdtempSync(join(tmpdir(), 'argus-eval-'));
  try {
    const seed = goldFiles(['eval/examples'])[0];
    assert.ok(seed, 'eval/examples holds the seed gold file');
    copyFileSync(seed, join(dir, 'a-seed.json'));
    writeFileSync(join(dir, 'b-broken.json'), JSON.stringify({ id: 'x', input: { raw: 1 } }));
    const t = evaluateGold(goldFiles([dir]));
    assert.equal(t.files, 1);
    assert.equal(t.unreadable.length, 1);
    assert.match(t.unreadable[0] as string, /b-broken\.json: not a gold file/);
    assert.equal(t.violations.length, 0);
    assert.ok(t.entities.tp > 10, `entities found: ${JSON.stringify(t.entities)}`);
    assert.ok((t.perType.get('PERSON')?.tp ?? 0) > 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
