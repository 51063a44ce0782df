// Tag and relation dictionaries: what the training treebanks say with (almost) no exception, so that the tagger and
// the labeler need not score it. A frequent function word that nearly always has one tag ("the", "of", ",") takes that tag,
// as in the tag dictionaries of Ratnaparkhi (1996) and of Honnibal's averaged-perceptron tagger; an arc whose shape
// (direction, the dependent's tag, the head's tag, and optionally the dependent's word) nearly always has one
// relation (a comma -> punct; "of" before a noun -> case) takes that relation. On news those are a quarter of the
// tokens and 40 % of the arcs; the dictionaries are built by `npm run train:parse` from the same training sentences
// as the weights and shipped beside them (models/parse/parser.dict.json).
import { existsSync, readFileSync } from 'node:fs';
import { DEPRELS_FULL, DEPREL_FULL_INDEX, UPOS_INDEX, UPOS_TAGS } from './labels.js';
import { WordTable, normalWord, wordHash } from './lexical.js';

/** A word, dependent tag and head tag with no word: the rows of labels[] that hold for any word of that tag. */
export const ANY_WORD = null;

/**
 * The tags a word may take from the dictionary: the closed classes. An open-class word that is nearly always one tag
 * in the treebanks ("free" an adjective, "release" a noun) still has the other reading in news ("demanded that
 * Pakistan free the fishermen"), which only context decides and which the event stages read: the tagger keeps those.
 */
export const DICTIONARY_TAGS: ReadonlySet<string> = new Set(['ADP', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NUM', 'PART', 'PRON', 'PUNCT', 'SCONJ', 'SYM']);

/** How much evidence an entry needs: seen at least `minCount` times, with one answer at least `minShare` of them. */
export interface DictionaryThresholds {
  readonly tagMinCount: number;
  readonly tagMinShare: number;
  readonly labelMinCount: number;
  readonly labelMinShare: number;
}

/**
 * The thresholds of the shipped dictionaries. Honnibal's tagger uses 20 and 0.97; 0.99 for tags and 50 / 0.995 for
 * relations keep EWT dev and GUM dev UAS, LAS and UPOS within ±0.001 of scoring everything (models/parse/README.md).
 */
export const DEFAULT_THRESHOLDS: DictionaryThresholds = { tagMinCount: 20, tagMinShare: 0.99, labelMinCount: 50, labelMinShare: 0.995 };

/** The file: words (as the parser normalises them) to UPOS, and arc shapes to relations. */
export interface DictionaryFile {
  readonly format: 'argus.parse-dictionaries/1';
  readonly thresholds: DictionaryThresholds;
  /** normalised word -> UPOS tag */
  readonly tags: Record<string, string>;
  /** [direction ('L': the dependent comes first), dependent word or null (any), dependent UPOS, head UPOS, relation] */
  readonly labels: ReadonlyArray<readonly [string, string | null, string, string, string]>;
}

/** A training sentence as the builder reads it: words, gold tags, 1-based heads and relations (slot 0 the root). */
export interface DictionarySentence {
  readonly words: readonly string[];
  readonly upos: Uint8Array;
  readonly head: Int32Array;
  readonly rel: Uint8Array;
}

/** Counts of answers per key. */
class Tally {
  readonly counts = new Map<string, Map<number, number>>();
  add(key: string, answer: number): void {
    let m = this.counts.get(key);
    if (!m) this.counts.set(key, (m = new Map()));
    m.set(answer, (m.get(answer) ?? 0) + 1);
  }

  /** The keys whose most frequent answer passes the thresholds, with that answer, in key order (a stable file). */
  *confident(minCount: number, minShare: number): Generator<[string, number]> {
    for (const key of [...this.counts.keys()].sort()) {
      const m = this.counts.get(key) as Map<number, number>;
      let n = 0;
      let best = -1;
      let top = 0;
      for (const [a, c] of m) {
        n += c;
        if (c > top || (c === top && a < best)) [top, best] = [c, a];
      }
      if (n >= minCount && top / n >= minShare) yield [key, best];
    }
  }
}

/** Builds the dictionaries from gold sentences; deterministic (keys sorted). */
export function buildDictionaries(sents: readonly DictionarySentence[], th: DictionaryThresholds = DEFAULT_THRESHOLDS): DictionaryFile {
  const tags = new Tally();
  const byPos = new Tally();
  const byWord = new Tally();
  for (const s of sents) {
    for (let i = 0; i < s.words.length; i++) {
      const w = normalWord(s.words[i] as string);
      const t = s.upos[i] as number;
      tags.add(w, t);
      const h = s.head[i + 1] as number;
      if (h <= 0) continue;
      const shape = `${i + 1 < h ? 'L' : 'R'}\t${UPOS_TAGS[t]}\t${UPOS_TAGS[s.upos[h - 1] as number]}`;
      byPos.add(shape, s.rel[i + 1] as number);
      byWord.add(`${shape}\t${w}`, s.rel[i + 1] as number);
    }
  }
  const tagOut: Record<string, string> = {};
  for (const [w, t] of tags.confident(th.tagMinCount, th.tagMinShare)) if (DICTIONARY_TAGS.has(UPOS_TAGS[t] as string)) tagOut[w] = UPOS_TAGS[t] as string;
  const labels: Array<[string, string | null, string, string, string]> = [];
  for (const [k, r] of byPos.confident(th.labelMinCount, th.labelMinShare)) {
    const [dir, dep, head] = k.split('\t') as [string, string, string];
    labels.push([dir, ANY_WORD, dep, head, DEPRELS_FULL[r] as string]);
  }
  const shapes = new Set(labels.map(([dir, , dep, head]) => `${dir}\t${dep}\t${head}`));
  for (const [k, r] of byWord.confident(th.labelMinCount, th.labelMinShare)) {
    const [dir, dep, head, w] = k.split('\t') as [string, string, string, string];
    if (shapes.has(`${dir}\t${dep}\t${head}`)) continue; // the shape alone decides
    labels.push([dir, w, dep, head, DEPRELS_FULL[r] as string]);
  }
  return { format: 'argus.parse-dictionaries/1', thresholds: th, tags: tagOut, labels };
}

/** The file's text: JSON with one tag or relation row per line (small, readable diffs when the treebanks change). */
export function formatDictionaries(d: DictionaryFile): string {
  const tags = Object.entries(d.tags).map(([w, t]) => `    ${JSON.stringify(w)}: ${JSON.stringify(t)}`);
  const labels = d.labels.map((row) => `    ${JSON.stringify(row)}`);
  return `{\n  "format": ${JSON.stringify(d.format)},\n  "thresholds": ${JSON.stringify(d.thresholds)},\n  "tags": {\n${tags.join(',\n')}\n  },\n  "labels": [\n${labels.join(',\n')}\n  ]\n}\n`;
}

/** Slots of the relation table keyed by shape alone: direction x dependent tag x head tag (the root's tag included). */
const TAG_SLOTS = UPOS_TAGS.length + 2;
const NONE = -1;

/** The key of a word-specific arc shape in the relation table. */
function arcKey(right: number, word: number, dep: number, head: number): number {
  let h = Math.imul(word ^ 0x5bd1e995, 0x85ebca6b) ^ ((right << 16) | (dep << 8) | head);
  h ^= h >>> 15;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 13);
}

/** The dictionaries, looked up by the hashes and tag indices the tagger and parser already hold. */
export class ParseDictionaries {
  /** word hash -> tag index */
  private readonly tags: WordTable;
  /** arcKey -> relation index */
  private readonly words: WordTable;
  /** (right, dep tag, head tag) -> relation index, NONE when the shape needs scoring */
  private readonly shapes: Int16Array;
  readonly tagCount: number;
  readonly labelCount: number;

  constructor(file: DictionaryFile) {
    const tagRows: Array<[number, number]> = [];
    for (const [w, t] of Object.entries(file.tags)) tagRows.push([wordHash(w), tagIndex(t)]);
    this.tags = WordTable.build(tagRows);
    this.shapes = new Int16Array(2 * TAG_SLOTS * TAG_SLOTS).fill(NONE);
    const wordRows: Array<[number, number]> = [];
    for (const [dir, word, dep, head, rel] of file.labels) {
      const right = dir === 'R' ? 1 : 0;
      const r = DEPREL_FULL_INDEX[rel];
      if (r === undefined || (dir !== 'L' && dir !== 'R')) throw new Error(`parse dictionaries: bad relation row ${JSON.stringify([dir, word, dep, head, rel])}`);
      if (word === ANY_WORD) this.shapes[(right * TAG_SLOTS + tagIndex(dep)) * TAG_SLOTS + tagIndex(head)] = r;
      else wordRows.push([arcKey(right, wordHash(word), tagIndex(dep), tagIndex(head)), r]);
    }
    this.words = WordTable.build(wordRows);
    this.tagCount = tagRows.length;
    this.labelCount = file.labels.length;
  }

  /** The tag of the word with this hash (TokenHashes.word), or -1 when the tagger must decide. */
  tagOf(word: number): number {
    const s = this.tags.slot(word);
    return s >= 0 ? (this.tags.clu[s] as number) : NONE;
  }

  /**
   * The relation of an arc from a head with tag `head` to a dependent (word hash `word`, tag `dep`) on its left
   * (right = 0) or right (right = 1), or -1 when the labeler must decide.
   */
  labelOf(right: number, word: number, dep: number, head: number): number {
    const byShape = this.shapes[(right * TAG_SLOTS + dep) * TAG_SLOTS + head] as number;
    if (byShape !== NONE) return byShape;
    const s = this.words.slot(arcKey(right, word, dep, head));
    return s >= 0 ? (this.words.clu[s] as number) : NONE;
  }
}

function tagIndex(t: string): number {
  const i = UPOS_INDEX[t];
  if (i === undefined) throw new Error(`parse dictionaries: unknown tag ${t}`);
  return i;
}

/** Where the dictionaries of a model file live: parser.bin.gz -> parser.dict.json. */
export function dictionaryPath(modelPath: string): string {
  return modelPath.replace(/(\.bin)?(\.gz)?$/, '.dict.json');
}

/** The dictionaries beside a model file, or null when it has none (every token and arc is then scored). */
export function loadDictionaries(modelPath: string): ParseDictionaries | null {
  const p = dictionaryPath(modelPath);
  if (!existsSync(p)) return null;
  let file: DictionaryFile;
  try {
    file = JSON.parse(readFileSync(p, 'utf8')) as DictionaryFile;
  } catch (e) {
    throw new Error(`parse dictionaries ${p}: not JSON (${(e as Error).message}): run "npm run train:parse"`, { cause: e });
  }
  if (file.format !== 'argus.parse-dictionaries/1') throw new Error(`parse dictionaries ${p}: unknown format: run "npm run train:parse"`);
  return new ParseDictionaries(file);
}
