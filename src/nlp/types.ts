// Internal shapes shared by the pipeline stages. Hot data lives in flat arrays (one slot per token).
import type { EntityType, MentionKind } from '../core/analysis.js';

export const POS_TAGS = [
  'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN',
  'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X', 'SPACE',
] as const;
export type PosTag = (typeof POS_TAGS)[number];
export const POS_INDEX: Readonly<Record<string, number>> = Object.fromEntries(POS_TAGS.map((t, i) => [t, i]));

/** A tokenized article body. Token i spans text.slice(starts[i], ends[i]). */
export interface Doc {
  readonly text: string;
  /** number of tokens */
  readonly n: number;
  /** token surface strings, verbatim */
  readonly words: readonly string[];
  /** lower-cased surface strings */
  readonly lower: readonly string[];
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** index into POS_TAGS */
  readonly pos: Uint8Array;
  /** sentence k spans tokens [sentStart[k], sentEnd[k]) */
  readonly sentStart: Int32Array;
  readonly sentEnd: Int32Array;
  /** sentence index of each token */
  readonly sentOf: Int32Array;
  /** paragraph index of each sentence */
  readonly paraOfSent: Int32Array;
}

/** A span of tokens that names (or refers to) an entity. */
export interface EntityMention {
  /** char offsets into Doc.text, end exclusive */
  start: number;
  end: number;
  /** token offsets, end exclusive */
  tokenStart: number;
  tokenEnd: number;
  text: string;
  type: EntityType;
  kind: MentionKind;
  /** how much the recognizer trusts the span (used when recognizers are fused; higher wins) */
  score?: number;
}

/**
 * Finds entity NAME mentions (kind 'name' or 'demonym') in a document.
 * Implementations: the gazetteer/pattern recognizer and the trained tagger.
 */
export interface EntityRecognizer {
  readonly name: string;
  recognize(doc: Doc): EntityMention[];
}

export interface KbIds {
  wikidata?: string;
  geonames?: number;
  iso3166?: string;
}

/** One real-world entity of the article with every mention resolved to it. */
export interface ResolvedEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  titles: string[];
  kb: KbIds;
  mentions: EntityMention[];
  salience: number;
  /** stable cross-article key: kb id when known, else normalized name + type */
  key: string;
  /** the entity this one acts for in events and quotes (stage acts-for): a spokesperson's organisation, a body's country */
  actsFor?: string;
}
