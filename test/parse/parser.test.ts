// The shipped tagger and parser on invented sentences: who is the subject, object, agent; tags of clear words;
// the flat arrays of parseDoc over a tokenized text; training is deterministic; the features keep their hashes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEPRELS, DEPRELS_FULL, UPOS_TAGS, parseDoc, parseSentences } from '../../src/nlp/parse/index.js';
import { child, isPassive, syntaxFromParse } from '../../src/nlp/events/syntax.js';
import { tokenize } from '../../src/nlp/tokenize.js';
import { goldSentences, jackknifeTags, trainParser, trainTagger } from '../../src/nlp/parse/train.js';
import { encodeParser, decodeParser, PARSE_FEATURES_VERSION } from '../../src/nlp/parse/model.js';
import { TokenHashes, WordTable, wordHash } from '../../src/nlp/parse/lexical.js';
import { DenseScorer, TrainTable } from '../../src/nlp/parse/weights.js';
import { LA, ParserWorkspace, RA, RE, SH } from '../../src/nlp/parse/parser.js';
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';

/** [sentence (words split on spaces), [dependent, relation (with subtype), head]...] */
const ARCS: Array<[string, Array<[string, string, string]>]> = [
  ['The committee approved the new budget on Tuesday .', [['committee', 'nsubj', 'approved'], ['budget', 'obj', 'approved'], ['Tuesday', 'obl', 'approved']]],
  ['Farmers blocked the main road near the capital .', [['Farmers', 'nsubj', 'blocked'], ['road', 'obj', 'blocked']]],
  ['The mayor was arrested by the police .', [['mayor', 'nsubj:pass', 'arrested'], ['police', 'obl:agent', 'arrested'], ['was', 'aux:pass', 'arrested']]],
  ['She gave the reporters a short statement .', [['She', 'nsubj', 'gave'], ['reporters', 'iobj', 'gave'], ['statement', 'obj', 'gave']]],
  ['The talks were cancelled after the attack .', [['talks', 'nsubj:pass', 'cancelled'], ['attack', 'obl', 'cancelled']]],
  ['The army said that rebels attacked the town .', [['army', 'nsubj', 'said'], ['attacked', 'ccomp', 'said'], ['rebels', 'nsubj', 'attacked'], ['town', 'obj', 'attacked']]],
  ['The union agreed to end the strike .', [['union', 'nsubj', 'agreed'], ['end', 'xcomp', 'agreed'], ['strike', 'obj', 'end']]],
  ['Police detained two men who had robbed a bank .', [['Police', 'nsubj', 'detained'], ['men', 'obj', 'detained'], ['robbed', 'acl:relcl', 'men']]],
  ['The minister met her counterpart in Paris and signed a deal .', [['minister', 'nsubj', 'met'], ['counterpart', 'obj', 'met'], ['signed', 'conj', 'met'], ['deal', 'obj', 'signed']]],
  // paired punctuation goes to the head of what it encloses (attachPairs)
  ['The plan ( a new tax on fuel ) angered drivers .', [['(', 'punct', 'tax'], [')', 'punct', 'tax']]],
  ['She called the plan " a serious mistake " on Friday .', [['"', 'punct', 'mistake']]],
];

test('parser: subjects, objects, agents and clauses of invented sentences', () => {
  const sents = ARCS.map(([s]) => s.split(' '));
  const parses = parseSentences(sents);
  ARCS.forEach(([s, arcs], k) => {
    const words = sents[k] as string[];
    const p = parses[k]!;
    for (const [dep, rel, head] of arcs) {
      const d = words.indexOf(dep);
      const got = `${DEPRELS_FULL[p.deprelFull[d]!]} -> ${p.head[d] === 0 ? 'ROOT' : words[p.head[d]! - 1]}`;
      assert.equal(got, `${rel} -> ${head}`, `${s}: ${dep}`);
    }
  });
});

const TAGS: Array<[string, string, string]> = [
  ['They plan to visit the plant next week .', 'plan', 'VERB'],
  ['They plan to visit the plant next week .', 'plant', 'NOUN'],
  ['They plan to visit the plant next week .', 'to', 'PART'],
  ['The ministry has not commented .', 'has', 'AUX'],
  ['The ministry has not commented .', 'ministry', 'NOUN'],
  ['Ankara rejected the offer .', 'Ankara', 'PROPN'],
  ['Three soldiers were killed in the blast .', 'Three', 'NUM'],
  ['Three soldiers were killed in the blast .', 'in', 'ADP'],
];

test('tagger: UPOS of clear words', () => {
  for (const [s, w, tag] of TAGS) {
    const words = s.split(' ');
    const p = parseSentences([words])[0]!;
    assert.equal(UPOS_TAGS[p.upos[words.indexOf(w)]!], tag, `${s}: ${w}`);
  }
});

/** Token heads (0 = root) after driving a workspace through moves (relation names for arcs) over tagged words and attachPairs. */
function headsAfter(words: string[], tags: string[], moves: Array<[number, string?]>): number[] {
  const hs = new TokenHashes();
  hs.set(words, 0, words.length);
  const ws = new ParserWorkspace();
  ws.init(hs, Uint8Array.from(tags, (t) => UPOS_TAGS.indexOf(t as (typeof UPOS_TAGS)[number])), 0);
  for (const [m, rel] of moves) ws.apply(m, rel ? DEPRELS_FULL.indexOf(rel) : 0);
  while (ws.sp > 1) {
    if (ws.head[ws.s0]! < 0) ws.attach(ws.finalHead(), ws.s0, DEPRELS_FULL.indexOf('root'));
    ws.apply(RE, 0);
  }
  ws.attachPairs();
  return Array.from({ length: words.length }, (_, i) => ws.head[i + 1]!);
}

test('paired punctuation: both marks to the one enclosed word whose head is outside the pair', () => {
  // the parse hung both quotes on "said"; they enclose the clause headed by "won"
  const said = headsAfter('He said " we won " .'.split(' '), ['PRON', 'VERB', 'PUNCT', 'PRON', 'VERB', 'PUNCT', 'PUNCT'],
    [[SH], [LA, 'nsubj'], [SH], [RA, 'punct'], [RE], [SH], [LA, 'nsubj'], [RA, 'ccomp'], [RE], [RA, 'punct'], [RE], [RA, 'punct']]);
  assert.deepEqual(said, [2, 0, 5, 5, 2, 5, 2]);
  // two enclosed words headed outside the brackets: no single head, the parse stays
  const two = headsAfter('met ( police rebels ) .'.split(' '), ['VERB', 'PUNCT', 'NOUN', 'NOUN', 'PUNCT', 'PUNCT'],
    [[SH], [RA, 'punct'], [RE], [RA, 'obj'], [RE], [RA, 'obj'], [RE], [RA, 'punct'], [RE], [RA, 'punct']]);
  assert.deepEqual(two, [0, 1, 1, 1, 1, 1]);
});

test('parseDoc: one root per sentence, global heads inside the sentence, tree helpers', () => {
  const doc = tokenize('The bridge was destroyed by rebels. Officials said the army would rebuild it.');
  const p = parseDoc(doc);
  assert.equal(p.head.length, doc.n);
  for (let k = 0; k < doc.sentStart.length; k++) {
    let roots = 0;
    for (let i = doc.sentStart[k]!; i < doc.sentEnd[k]!; i++) {
      const h = p.head[i]!;
      if (h < 0) {
        roots++;
        assert.equal(DEPRELS[p.deprel[i]!], 'root');
      } else {
        assert.ok(h >= doc.sentStart[k]! && h < doc.sentEnd[k]! && h !== i);
      }
    }
    assert.equal(roots, 1);
  }
  const syn = syntaxFromParse(p, UPOS_TAGS, DEPRELS, DEPRELS_FULL);
  const destroyed = doc.words.indexOf('destroyed');
  assert.ok(isPassive(syn, destroyed));
  assert.equal(doc.words[child(syn, destroyed, 'nsubj')], 'bridge');
  const said = doc.words.indexOf('said');
  assert.ok(!isPassive(syn, said));
  assert.equal(doc.words[child(syn, said, 'nsubj')], 'Officials');
});

test('parsing is linear in the sentence length (no cap, no chunking)', () => {
  const cpu = (n: number): number => {
    const ws = Array.from({ length: n }, (_, i) => (i % 7 === 6 ? ',' : i % 3 ? 'word' : 'the'));
    const c0 = process.cpuUsage();
    const p = parseSentences([ws])[0]!;
    const c = process.cpuUsage(c0);
    assert.equal(p.head.filter((h) => h === 0).length, 1);
    return c.user + c.system;
  };
  cpu(2000); // warm up
  const small = cpu(10_000);
  const big = cpu(100_000);
  assert.ok(big < small * 30, `10k words ${small} us, 100k words ${big} us`);
});

test('training is deterministic: the same sentences give a byte-identical model', () => {
  const rows = (ws: string[], heads: number[], rels: string[], tags: string[]): string =>
    ws.map((w, i) => `${i + 1}\t${w}\t_\t${tags[i]}\t_\t_\t${heads[i]}\t${rels[i]}\t_\t_`).join('\n') + '\n\n';
  let text = '';
  const nouns = ['dog', 'cat', 'bird', 'farmer', 'child'];
  const verbs = ['saw', 'chased', 'fed', 'heard'];
  for (let i = 0; i < 40; i++) {
    text += rows(['the', nouns[i % 5]!, verbs[i % 4]!, 'a', nouns[(i + 2) % 5]!, '.'], [2, 3, 0, 5, 3, 3], ['det', 'nsubj', 'root', 'det', 'obj', 'punct'], ['DET', 'NOUN', 'VERB', 'DET', 'NOUN', 'PUNCT']);
  }
  const gold = goldSentences(text, 'invented');
  const build = (): Buffer => {
    const tags = jackknifeTags(gold, 2, 2, 1, 12);
    const tagger = trainTagger(gold, 2, 1, 12);
    const { trans, labeler } = trainParser(gold, tags, { epochs: 2, seed: 5, transBits: 12, labelBits: 10, explore: 0.9 });
    for (const t of [tagger, trans, labeler]) t.average();
    const meta = { featuresVersion: PARSE_FEATURES_VERSION, upos: UPOS_TAGS, deprels: DEPRELS_FULL, training: {} };
    return encodeParser({ meta, tagger: tagger.pack(1e-3), trans: trans.pack(1e-3), labeler: labeler.pack(1e-3), words: null });
  };
  const a = build();
  assert.ok(a.equals(build()));
  assert.equal(decodeParser(a).trans.C, 4);
});

test('word clusters: looked up by the normalised word, kept through the model file; an old model file is refused', () => {
  const table = WordTable.build([[wordHash('harbour'), 5 | (2 << 12) | (1 << 22)], [wordHash('0000'), 9]]);
  const hs = new TokenHashes();
  hs.table = table;
  hs.set(['The', 'HARBOUR', 'in', '1987', 'closed'], 0, 5);
  assert.deepEqual([...hs.clu.subarray(0, 5)], [0, 5 | (2 << 12) | (1 << 22), 0, 9, 0]);
  const t = new TrainTable(8, 4);
  t.update(Int32Array.of(1, 2, 3), 3, 0, 1, 1);
  t.average();
  const meta = { featuresVersion: PARSE_FEATURES_VERSION, upos: UPOS_TAGS, deprels: DEPRELS_FULL, training: {} };
  const bin = encodeParser({ meta, tagger: t.pack(0), trans: t.pack(0), labeler: t.pack(0), words: table });
  const back = decodeParser(bin).words!;
  assert.deepEqual([...back.keys], [...table.keys]);
  assert.deepEqual([...back.clu], [...table.clu]);
  // a model of another feature version, or of the previous file format, names the fix
  const old = encodeParser({ meta: { ...meta, featuresVersion: PARSE_FEATURES_VERSION - 1 }, tagger: t.pack(0), trans: t.pack(0), labeler: t.pack(0), words: null });
  assert.throws(() => decodeParser(old), /features v\d+, code v\d+: run "npm run train:parse"/);
  const raw = Buffer.from(gunzipSync(bin));
  raw.writeUInt32LE(1, 4);
  assert.throws(() => decodeParser(gzipSync(raw)), /format 1, code reads format \d+: run "npm run train:parse"/);
});

test('the one-byte transition scorer stays within a few per cent of the exact weights', () => {
  const t = new TrainTable(10, 4);
  let x = 12345;
  const rnd = (): number => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return x / 4294967296; };
  const f = new Int32Array(40);
  for (let k = 0; k < 3000; k++) {
    for (let i = 0; i < f.length; i++) f[i] = Math.floor(rnd() * 1e9);
    t.update(f, f.length, 0, Math.floor(rnd() * 4), rnd() < 0.5 ? 1 : -1);
    t.step++;
  }
  t.average();
  const dense = DenseScorer.of(t.pack(0));
  const exact = new Float32Array(4);
  const got = new Float32Array(4);
  let maxAbs = 0;
  for (const v of t.w) maxAbs = Math.max(maxAbs, Math.abs(v));
  for (let k = 0; k < 200; k++) {
    for (let i = 0; i < f.length; i++) f[i] = Math.floor(rnd() * 1e9);
    t.score(f, f.length, 7, exact);
    dense.score(f, f.length, 7, got);
    for (let c = 0; c < 4; c++) {
      // each weight within 5 % (its level) plus the int16 rounding step
      let bound = 0;
      for (let i = 0; i < f.length; i++) bound += 0.05 * Math.abs(t.w[((f[i]! + 7) & t.mask) * 4 + c]!) + maxAbs / 32767;
      assert.ok(Math.abs(exact[c]! - got[c]!) <= bound + 1e-6, `${exact[c]} vs ${got[c]} (bound ${bound})`);
    }
  }
});

test('parser features: the hashes the shipped model was trained on (a change of features needs a retrained model)', () => {
  // every state of fixed move sequences over invented sentences, with clusters, a hidden word and labels of all kinds;
  // the digest is that of the features as the model was trained (PARSE_FEATURES_VERSION 5)
  const sents = ['The council voted on Monday to close three schools near the river .', 'Rebels say they shot down a drone , officials deny it .', 'He resigned .'];
  const table = WordTable.build(['council', 'schools', 'river', 'rebels', 'drone', 'officials'].map((w, i): [number, number] => [wordHash(w), (i + 1) | (((i % 3) + 1) << 12)]));
  const h = createHash('sha1');
  for (const [k, s] of sents.entries()) {
    const words = s.split(' ');
    const hs = new TokenHashes();
    hs.table = table;
    hs.set(words, 0, words.length);
    const ws = new ParserWorkspace();
    ws.init(hs, Uint8Array.from(words, (_, i) => (i * 7 + k) % 17), 0);
    if (k === 1) ws.hideWord(2);
    for (let step = 0; ws.b <= ws.n; step++) {
      if (ws.sp > 1) h.update(new Uint8Array(ws.feats.buffer, 0, 4 * ws.features()));
      ws.apply([(step * 5 + k) % 4, LA, RA, RE, SH].find((m) => ws.valid(m))!, (step * 11) % 57);
    }
    while (ws.sp > 1) {
      h.update(new Uint8Array(ws.feats.buffer, 0, 4 * ws.features()));
      if (ws.head[ws.s0]! < 0) ws.attach(ws.finalHead(), ws.s0, 3);
      ws.apply(RE, 0);
    }
  }
  assert.equal(PARSE_FEATURES_VERSION, 5);
  assert.equal(h.digest('hex'), '9b85a0070c99a8293dcfa1ebe3951da1c9bae127');
});
