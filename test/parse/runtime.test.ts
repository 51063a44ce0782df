// The parse model's run-time cache: it scores exactly as the decoded model, is refused when made from another model
// file or cut short, and is rebuilt (or skipped) rather than trusted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TrainTable, PackedScorer, DenseScorer } from '../../src/nlp/parse/weights.js';
import { WordTable } from '../../src/nlp/parse/lexical.js';
import { DEPRELS_FULL, UPOS_TAGS } from '../../src/nlp/parse/labels.js';
import { decodeParser, encodeParser, PARSE_FEATURES_VERSION, type ParserWeights } from '../../src/nlp/parse/model.js';
import { decodeRuntime, encodeRuntime, loadRuntime, runtimeOf, sourceKey, cachePaths } from '../../src/nlp/parse/runtime.js';

function table(bits: number, C: number, seed: number): TrainTable {
  const t = new TrainTable(bits, C);
  let x = seed;
  const feats = new Int32Array(1);
  for (let i = 0; i < 3000; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    feats[0] = x;
    t.update(feats, 1, 0, x % C, ((x >>> 8) % 200) / 50 - 2);
  }
  t.average();
  return t;
}

function weights(seed: number): ParserWeights {
  const keys = new Int32Array(16);
  const clu = new Int32Array(16);
  keys[3] = 77;
  clu[3] = 0x10203;
  return {
    meta: { featuresVersion: PARSE_FEATURES_VERSION, upos: UPOS_TAGS, deprels: DEPRELS_FULL, training: { seed } },
    tagger: table(10, 17, seed).pack(0.01),
    trans: table(12, 4, seed + 1).pack(0.01),
    labeler: table(11, 57, seed + 2).pack(0.01),
    words: new WordTable(keys, clu),
  };
}

function scores(s: { score(f: Int32Array, n: number, salt: number, out: Float32Array): void; C: number }): number[] {
  const out: number[] = [];
  const f = new Int32Array(5);
  const o = new Float32Array(s.C);
  for (let i = 0; i < 200; i++) {
    for (let k = 0; k < 5; k++) f[k] = Math.imul(i * 5 + k, 2654435761);
    s.score(f, 5, 3, o);
    out.push(...o);
  }
  return out;
}

const dir = mkdtempSync(join(tmpdir(), 'argus-rt-'));

test('a model read back from its run-time cache scores exactly as the model laid out from its weights', () => {
  const w = weights(1);
  const rt = runtimeOf(w);
  const back = decodeRuntime(encodeRuntime(rt, 'k1'), 'k1');
  assert.ok(back);
  assert.deepEqual(scores(new PackedScorer(back.tagger)), scores(PackedScorer.of(w.tagger)));
  assert.deepEqual(scores(new PackedScorer(back.labeler)), scores(PackedScorer.of(w.labeler)));
  assert.deepEqual(scores(new DenseScorer(back.trans)), scores(DenseScorer.of(w.trans)));
  assert.equal(back.words?.slot(77), rt.words?.slot(77));
  assert.deepEqual(back.meta.training, { seed: 1 });
});

test('a cache made from another model file, or cut short, or of another format is refused', () => {
  const bytes = encodeRuntime(runtimeOf(weights(2)), 'k2');
  assert.equal(decodeRuntime(bytes, 'other'), null);
  assert.equal(decodeRuntime(bytes.subarray(0, bytes.length - 4), 'k2'), null);
  const bad = Buffer.from(bytes);
  bad.writeUInt32LE(99, 4);
  assert.equal(decodeRuntime(bad, 'k2'), null);
  assert.equal(decodeRuntime(Buffer.from('not a model at all'), 'k2'), null);
});

test('loading writes the cache beside the model, reuses it, and a retrained model file is not read through it', () => {
  const model = join(dir, 'parser.bin.gz');
  writeFileSync(model, encodeParser(weights(3)));
  let decoded = 0;
  const decode = (gz: Buffer): ParserWeights => {
    decoded++;
    return decodeParser(gz);
  };
  const a = loadRuntime(model, decode);
  assert.equal(decoded, 1);
  assert.ok(existsSync(`${model}.rt`));
  const b = loadRuntime(model, decode);
  assert.equal(decoded, 1, 'second load comes from the cache');
  assert.deepEqual(scores(new PackedScorer(b.labeler)), scores(new PackedScorer(a.labeler)));
  const before = statSync(`${model}.rt`).size;
  writeFileSync(model, encodeParser(weights(4)));
  const c = loadRuntime(model, decode);
  assert.equal(decoded, 2, 'a new model file is decoded again');
  assert.deepEqual(c.meta.training, { seed: 4 });
  assert.ok(statSync(`${model}.rt`).size > 0 && before > 0);
  assert.equal(cachePaths(model, sourceKey(model))[0], `${model}.rt`);
  assert.notEqual(readFileSync(`${model}.rt`).length, 0);
});

test('with ARGUS_MODEL_CACHE=off the model is decoded every time and no cache is written', () => {
  const model = join(dir, 'nocache.bin.gz');
  writeFileSync(model, encodeParser(weights(5)));
  process.env['ARGUS_MODEL_CACHE'] = 'off';
  try {
    let decoded = 0;
    loadRuntime(model, (gz) => (decoded++, decodeParser(gz)));
    loadRuntime(model, (gz) => (decoded++, decodeParser(gz)));
    assert.equal(decoded, 2);
    assert.equal(existsSync(`${model}.rt`), false);
  } finally {
    delete process.env['ARGUS_MODEL_CACHE'];
  }
});
