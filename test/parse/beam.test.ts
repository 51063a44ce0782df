// Beam search (src/nlp/parse/beam.ts): a state copy parses on exactly as the original; width 1 is the greedy parser;
// every width gives one tree; global training is deterministic; a beam-trained model file says so and decodes with its beam.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UPOS_TAGS } from '../../src/nlp/parse/index.js';
import { goldSentences, jackknifeTags, trainBeam, trainParser, type GoldSentence } from '../../src/nlp/parse/train.js';
import { TokenHashes } from '../../src/nlp/parse/lexical.js';
import { ParserWorkspace, parseState } from '../../src/nlp/parse/parser.js';
import { BeamWorkspace, parseBeam } from '../../src/nlp/parse/beam.js';
import { TrainTable, type Scorer } from '../../src/nlp/parse/weights.js';
import { BEAM_FEATURES_VERSION, PARSE_FEATURES_VERSION, decodeParser, encodeParser } from '../../src/nlp/parse/model.js';
import { DEPRELS_FULL } from '../../src/nlp/parse/labels.js';
import { ParserModel } from '../../src/nlp/parse/index.js';

/** an invented treebank: simple transitive clauses, some with a prepositional phrase or a second clause */
function treebank(): GoldSentence[] {
  const rows = (ws: string[], heads: number[], rels: string[], tags: string[]): string =>
    ws.map((w, i) => `${i + 1}\t${w}\t_\t${tags[i]}\t_\t_\t${heads[i]}\t${rels[i]}\t_\t_`).join('\n') + '\n\n';
  let text = '';
  const nouns = ['dog', 'cat', 'bird', 'farmer', 'child', 'teacher'];
  const verbs = ['saw', 'chased', 'fed', 'heard', 'found'];
  for (let i = 0; i < 60; i++) {
    const a = nouns[i % 6]!;
    const b = nouns[(i + 2) % 6]!;
    const v = verbs[i % 5]!;
    if (i % 3 === 0) {
      text += rows(['the', a, v, 'a', b, 'in', 'the', 'garden', '.'], [2, 3, 0, 5, 3, 8, 8, 3, 3], ['det', 'nsubj', 'root', 'det', 'obj', 'case', 'det', 'obl', 'punct'], ['DET', 'NOUN', 'VERB', 'DET', 'NOUN', 'ADP', 'DET', 'NOUN', 'PUNCT']);
    } else if (i % 3 === 1) {
      text += rows(['the', a, v, 'a', b, 'and', 'the', b, v, 'it', '.'], [2, 3, 0, 5, 3, 9, 8, 9, 3, 9, 3], ['det', 'nsubj', 'root', 'det', 'obj', 'cc', 'det', 'nsubj', 'conj', 'obj', 'punct'], ['DET', 'NOUN', 'VERB', 'DET', 'NOUN', 'CCONJ', 'DET', 'NOUN', 'VERB', 'PRON', 'PUNCT']);
    } else {
      text += rows(['the', a, v, 'a', b, '.'], [2, 3, 0, 5, 3, 3], ['det', 'nsubj', 'root', 'det', 'obj', 'punct'], ['DET', 'NOUN', 'VERB', 'DET', 'NOUN', 'PUNCT']);
    }
  }
  return goldSentences(text, 'invented');
}

function trained(): { gold: GoldSentence[]; tags: Uint8Array[]; trans: Scorer; labeler: Scorer } {
  const gold = treebank();
  const tags = jackknifeTags(gold, 2, 2, 1, 12);
  const { trans, labeler } = trainParser(gold, tags, { epochs: 2, seed: 5, transBits: 12, labelBits: 10, explore: 0.9 });
  trans.average();
  labeler.average();
  return { gold, tags, trans, labeler };
}

function workspace(s: GoldSentence, tags: Uint8Array): ParserWorkspace {
  const hs = new TokenHashes();
  hs.set(s.words, 0, s.words.length);
  const ws = new ParserWorkspace();
  ws.init(hs, tags, 0);
  return ws;
}

test('beam: a copied state reads the same features as its original at every later move', () => {
  const words = 'the farmer said that the dog chased a cat in the garden and the child fed it .'.split(' ');
  const tags = Uint8Array.from(words, (_, i) => (i * 5) % UPOS_TAGS.length);
  const hs = new TokenHashes();
  hs.set(words, 0, words.length);
  // a and b parse with different pseudo-random moves; at step k, b takes a's state and both go on alike
  for (let k = 0; k < 2 * words.length; k += 3) {
    const a = new ParserWorkspace();
    a.init(hs, tags, 0);
    const b = new ParserWorkspace();
    b.initLike(a);
    let x = k + 1;
    const move = (ws: ParserWorkspace, r: number): number => [r % 4, (r + 1) % 4, (r + 2) % 4, (r + 3) % 4].find((m) => ws.valid(m))!;
    for (let t = 0; t < k && b.b <= b.n; t++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      b.apply(move(b, x >>> 16), (x >>> 8) % 50);
    }
    for (let t = 0; t < k && a.b <= a.n; t++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      a.apply(move(a, x >>> 16), (x >>> 8) % 50);
    }
    b.copyState(a);
    while (a.b <= a.n) {
      assert.deepEqual([...b.feats.subarray(0, b.features())], [...a.feats.subarray(0, a.features())], `copy at step ${k}`);
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      const m = move(a, x >>> 16);
      a.apply(m, (x >>> 8) % 50);
      b.apply(m, (x >>> 8) % 50);
    }
  }
});

test('beam: width 1 parses as the greedy parser; wider beams give one tree per sentence', () => {
  const { gold, tags, trans, labeler } = trained();
  for (const width of [1, 3, 8]) {
    const bw = new BeamWorkspace(width);
    for (let i = 0; i < gold.length; i += 7) {
      const s = gold[i]!;
      const g = workspace(s, tags[i]!);
      parseState(trans, labeler, g);
      const ws = workspace(s, tags[i]!);
      parseBeam(trans, labeler, ws, bw);
      const heads = [...ws.head.subarray(1, ws.n + 1)];
      if (width === 1) {
        assert.deepEqual(heads, [...g.head.subarray(1, g.n + 1)]);
        assert.deepEqual([...ws.label.subarray(1, ws.n + 1)], [...g.label.subarray(1, g.n + 1)]);
      }
      assert.equal(heads.filter((h) => h === 0).length, 1, `width ${width}: one root`);
      heads.forEach((h, d) => assert.ok(h >= 0 && h <= ws.n && h !== d + 1, `width ${width}: word ${d + 1} has a head`));
    }
  }
});

test('beam training is deterministic and learns the invented treebank', () => {
  const { gold, tags, trans, labeler } = trained();
  const init = (trans as unknown as { pack(m: number): never }).pack(0);
  const run = (): Float32Array => {
    const t = trainBeam(gold, tags, { width: 4, epochs: 3, seed: 9, init, labeler });
    t.average();
    return t.w;
  };
  const a = run();
  assert.deepEqual(Buffer.from(a.buffer), Buffer.from(run().buffer));
  const t = trainBeam(gold, tags, { width: 4, epochs: 3, seed: 9, init, labeler });
  t.average();
  const bw = new BeamWorkspace(4);
  let right = 0;
  let words = 0;
  gold.forEach((s, i) => {
    const ws = workspace(s, tags[i]!);
    parseBeam(t, labeler, ws, bw);
    for (let d = 1; d <= ws.n; d++) {
      words++;
      if (ws.head[d] === s.head[d]) right++;
    }
  });
  assert.ok(right / words > 0.95, `UAS ${right / words} on the training sentences`);
});

test('beam: a beam-trained file carries its own version and width; a file of that version without a beam is refused', () => {
  const t = new TrainTable(8, 4);
  t.update(Int32Array.of(1, 2, 3), 3, 0, 1, 1);
  t.average();
  const tables = { tagger: t.pack(0), trans: t.pack(0), labeler: t.pack(0), words: null };
  const meta = { featuresVersion: PARSE_FEATURES_VERSION, upos: UPOS_TAGS, deprels: DEPRELS_FULL, training: {} };
  assert.equal(ParserModel.fromWeights(decodeParser(encodeParser({ meta, ...tables }))).beam, 1);
  const beamMeta = { ...meta, featuresVersion: BEAM_FEATURES_VERSION, beam: 8, beamMargin: 100 };
  const m = ParserModel.fromWeights(decodeParser(encodeParser({ meta: beamMeta, ...tables })));
  assert.equal(m.beam, 8);
  assert.equal(m.beamMargin, 100);
  const noBeam = encodeParser({ meta: { ...meta, featuresVersion: BEAM_FEATURES_VERSION }, ...tables });
  assert.throws(() => decodeParser(noBeam), /features v6, code v5: run "npm run train:parse"/);
});
