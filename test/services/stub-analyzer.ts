// A minimal analyzer for tests about fetching, feeds and failures, where the NLP output does not matter.
import type { Analysis } from '../../src/core/analysis.js';
import type { ArticleInput } from '../../src/core/input.js';

export function stubAnalyzer(input: ArticleInput, opts: { id: string }): Analysis {
  return {
    schema: 'argus.analysis/1',
    article: { id: opts.id, url: input.url, source: input.source, title: input.title, subtitle: input.subtitle, published: input.published, language: input.language, text: input.text },
    entities: [], quotes: [], events: [], places: [], dates: [],
  };
}
