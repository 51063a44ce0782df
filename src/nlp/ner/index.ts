// The trained entity tagger as an EntityRecognizer, plus lower-level tagging for evaluation.
import type { Doc, EntityMention, EntityRecognizer } from '../types.js';
import { loadModel } from './load.js';
import { projectPos } from './pos.js';
import type { NerModel } from './model.js';
import { NER_TYPES, spansOf, type NerType } from './tags.js';
import { Tagger } from './tagger.js';

export { NER_TYPES, LABEL_NAMES, spansOf, type NerType, type Span } from './tags.js';
export type { NerModel } from './model.js';

let shared: Tagger | null = null;

/** The process-wide tagger over the shipped model (loaded on first use). */
function sharedTagger(): Tagger {
  if (!shared) shared = new Tagger(loadModel());
  return shared;
}

/** Loads the shipped model now rather than on the first document: the analyzer's start-up (pipeline warmUp). */
export function prepareTagger(): void {
  sharedTagger();
}

/**
 * Label ids (see LABEL_NAMES) for each word. Sentences are [sentStart[k], sentEnd[k]);
 * without them the words are one sentence. Pass a model to use another than the shipped one.
 */
export function tagTokens(
  words: readonly string[],
  sentStart?: ArrayLike<number>,
  sentEnd?: ArrayLike<number>,
  model?: NerModel,
): Uint8Array {
  const tagger = model ? new Tagger(model) : sharedTagger();
  return tagger.tag(words, projectPos(words), sentStart, sentEnd);
}

export interface TaggerOptions {
  /** a model other than the shipped one (tests, experiments) */
  model?: NerModel;
}

export function createTaggerRecognizer(opts: TaggerOptions = {}): EntityRecognizer {
  let tagger: Tagger | null = opts.model ? new Tagger(opts.model) : null;
  return {
    name: 'ner-tagger',
    recognize(doc: Doc): EntityMention[] {
      tagger ??= sharedTagger();
      if (doc.n === 0) return [];
      const labels = tagger.tag(doc.words, doc.pos, doc.sentStart, doc.sentEnd);
      const out: EntityMention[] = [];
      for (const s of spansOf(labels)) {
        const type = NER_TYPES[s.type] as NerType;
        const start = doc.starts[s.start] as number;
        const end = doc.ends[s.end - 1] as number;
        out.push({
          start,
          end,
          tokenStart: s.start,
          tokenEnd: s.end,
          text: doc.text.slice(start, end),
          type,
          kind: type === 'NORP' ? 'demonym' : 'name',
        });
      }
      return out;
    },
  };
}
