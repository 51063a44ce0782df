// The tag and relation dictionaries (src/nlp/parse/dictionaries.ts): what they keep from training sentences, how the
// tagger and parser use them, and the file's errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ParseDictionaries, buildDictionaries, dictionaryPath, formatDictionaries, loadDictionaries, type DictionarySentence } from '../../src/nlp/parse/dictionaries.js';
import { DEPREL_FULL_INDEX, UPOS_INDEX } from '../../src/nlp/parse/labels.js';
import { wordHash } from '../../src/nlp/parse/lexical.js';
import { FREE, loadParser, parseSentences, UPOS_TAGS } from '../../src/nlp/parse/index.js';
import { TaggerWorkspace, tagHashed } from '../../src/nlp/parse/tagger.js';

/** A sentence from "word/TAG/head/relation" items (heads 1-based, 0 = root). */
function sent(spec: string): DictionarySentence {
  const items = spec.split(' ').map((x) => x.split('/') as [string, string, string, string]);
  const head = new Int32Array(items.length + 1);
  const rel = new Uint8Array(items.length + 1);
  items.forEach(([, , h, r], i) => {
    head[i + 1] = Number(h);
    rel[i + 1] = DEPREL_FULL_INDEX[r] as number;
  });
  return { words: items.map(([w]) => w), upos: Uint8Array.from(items, ([, t]) => UPOS_INDEX[t] as number), head, rel };
}

const tag = (t: string): number => UPOS_INDEX[t] as number;
const rel = (r: string): number => DEPREL_FULL_INDEX[r] as number;

// 30 copies of two invented sentences, and one more where "round" is a noun: "round" is ambiguous, "the" and "." are not
const TRAIN: DictionarySentence[] = [
  ...Array.from({ length: 30 }, () => sent('The/DET/2/det envoys/NOUN/3/nsubj arrived/VERB/0/root ./PUNCT/3/punct')),
  ...Array.from({ length: 30 }, () => sent('They/PRON/2/nsubj round/VERB/0/root up/ADP/2/compound:prt the/DET/5/det cattle/NOUN/2/obj ./PUNCT/2/punct')),
  sent('The/DET/2/det round/NOUN/3/nsubj ended/VERB/0/root ./PUNCT/3/punct'),
];
const TH = { tagMinCount: 20, tagMinShare: 0.99, labelMinCount: 20, labelMinShare: 0.99 };

test('dictionaries: a frequent function word with one tag is kept; an ambiguous, rare or open-class one is not', () => {
  const d = buildDictionaries(TRAIN, TH);
  assert.equal(d.tags['the'], 'DET', 'case is folded as the parser hashes words');
  assert.equal(d.tags['.'], 'PUNCT');
  assert.equal(d.tags['round'], undefined, '30 verbs and 1 noun: 97 %, under the 99 % share');
  assert.equal(d.tags['ended'], undefined, 'seen once');
  assert.equal(d.tags['envoys'], undefined, 'a noun 30 times out of 30, but open-class words are left to the tagger');
  assert.equal(d.tags['they'], 'PRON');
});

test('dictionaries: an arc shape with one relation is kept; a word row only where the shape alone does not decide', () => {
  const d = buildDictionaries(TRAIN, TH);
  const rows = d.labels.map((r) => r.join(' '));
  assert.ok(rows.includes('L  DET NOUN det'), 'a determiner before its noun');
  assert.ok(rows.includes('R  PUNCT VERB punct'));
  // a pronoun before a verb is nsubj here whatever the word, so no word row repeats it
  assert.ok(rows.includes('L  PRON VERB nsubj'));
  assert.ok(!rows.some((r) => r.startsWith('L they ')));
  const dict = new ParseDictionaries(d);
  assert.equal(dict.labelOf(0, wordHash('a'), tag('DET'), tag('NOUN')), rel('det'));
  assert.equal(dict.labelOf(1, wordHash('up'), tag('ADP'), tag('VERB')), rel('compound:prt'));
  assert.equal(dict.labelOf(0, wordHash('on'), tag('ADP'), tag('NOUN')), -1, 'never seen: the labeler decides');
  assert.equal(dict.tagOf(wordHash('THE')), tag('DET'));
  assert.equal(dict.tagOf(wordHash('round')), -1);
});

test('dictionaries: the file is stable JSON with one row per line, read back to the same lookups', () => {
  const d = buildDictionaries(TRAIN, TH);
  const text = formatDictionaries(d);
  assert.equal(text, formatDictionaries(buildDictionaries([...TRAIN].reverse(), TH)), 'the order of sentences does not matter');
  const back = new ParseDictionaries(JSON.parse(text));
  assert.equal(back.tagCount, Object.keys(d.tags).length);
  assert.equal(back.labelOf(1, wordHash('.'), tag('PUNCT'), tag('VERB')), rel('punct'));
  assert.ok(text.split('\n').length > Object.keys(d.tags).length + d.labels.length);
});

test('dictionaries: a missing file means none; a corrupt or foreign one is a one-line error naming the file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'argus-dict-'));
  try {
    const model = join(dir, 'parser.bin.gz');
    assert.equal(dictionaryPath(model), join(dir, 'parser.dict.json'));
    assert.equal(loadDictionaries(model), null);
    writeFileSync(dictionaryPath(model), '{"format": "argus.parse-dictionaries/1", "tags": {');
    assert.throws(() => loadDictionaries(model), (e: Error) => e.message.includes('parser.dict.json') && e.message.includes('not JSON') && !e.message.includes('\n'));
    writeFileSync(dictionaryPath(model), '{"format": "something else"}');
    assert.throws(() => loadDictionaries(model), /unknown format/);
    writeFileSync(dictionaryPath(model), JSON.stringify({ format: 'argus.parse-dictionaries/1', thresholds: TH, tags: { the: 'DETERMINER' }, labels: [] }));
    assert.throws(() => loadDictionaries(model), /unknown tag DETERMINER/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('dictionaries: the shipped parser has them, and a word they cover takes their tag in any sentence', () => {
  const m = loadParser();
  assert.ok(m.dict && m.dict.tagCount > 80 && m.dict.labelCount > 50, 'models/parse/parser.dict.json is shipped');
  const words = 'Of the three envoys , only one came back to the capital .'.split(' ');
  const p = parseSentences([words])[0]!;
  for (const [i, w] of words.entries()) {
    const known = m.dict.tagOf(wordHash(w));
    if (known >= 0) assert.equal(UPOS_TAGS[p.upos[i]!], UPOS_TAGS[known], w);
  }
  assert.equal(UPOS_TAGS[p.upos[words.indexOf('the')]!], 'DET');
});

test('dictionaries: a verb reading that the treebanks rarely give is still found from context', () => {
  for (const s of ['The rebels said they would free the hostages .', 'Both sides agreed to free all prisoners by June .']) {
    const words = s.split(' ');
    const p = parseSentences([words])[0]!;
    assert.equal(UPOS_TAGS[p.upos[words.indexOf('free')]!], 'VERB', s);
  }
});

test('tagger: a token with a forced tag (a recognised name) or a dictionary tag is not scored, and keeps its tag', () => {
  const m = loadParser();
  let scored = 0;
  const counting = { score: (f: Int32Array, nf: number, salt: number, out: Float32Array): void => { scored++; m.tagger.score(f, nf, salt, out); } };
  const words = 'Amina Yusuf told the council that Ghana would reopen its border .'.split(' ');
  const ws = new TaggerWorkspace();
  ws.hashes.table = m.words;
  ws.hashes.set(words, 0, words.length);
  const forced = new Uint8Array(words.length).fill(FREE);
  forced[0] = tag('PROPN');
  forced[1] = tag('PROPN');
  forced[6] = tag('PROPN');
  const out = new Uint8Array(words.length);
  tagHashed(m.tagger, ws, out, 0, m.dict, forced);
  const fromDict = words.filter((w, i) => forced[i] === FREE && m.dict!.tagOf(wordHash(w)) >= 0).length;
  // wrap the same scorer to count its calls: 3 forced and the dictionary's words are never scored
  const counted = new Uint8Array(words.length);
  tagHashed(counting, ws, counted, 0, m.dict, forced);
  assert.equal(scored, words.length - 3 - fromDict);
  assert.deepEqual([...counted], [...out]);
  assert.deepEqual([UPOS_TAGS[out[0]!], UPOS_TAGS[out[1]!], UPOS_TAGS[out[6]!]], ['PROPN', 'PROPN', 'PROPN']);
  assert.ok(fromDict >= 3, '"the", "that", "its", "." are in the dictionary');
});
