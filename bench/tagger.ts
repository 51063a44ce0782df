// Entity tagger throughput on the bench corpus, tokens already in Docs (features + Viterbi only), one core.
import { benchCorpus } from './analyze.js';
import { tokenize } from '../src/nlp/tokenize.js';
import { createTaggerRecognizer } from '../src/nlp/ner/index.js';

export function benchTagger(print = true): { tokensPerSec: number } {
  const docs = benchCorpus().map((a) => tokenize(a.text));
  const tagger = createTaggerRecognizer();
  for (const d of docs) tagger.recognize(d); // load + warm up
  let tokens = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 3000) {
    for (const d of docs) {
      tagger.recognize(d);
      tokens += d.n;
    }
  }
  const tokensPerSec = tokens / ((performance.now() - t0) / 1000);
  if (print) console.log(`tagger: ${Math.round(tokensPerSec).toLocaleString('en-US')} tokens/s (features + Viterbi + spans, one core; target ≥ 150,000)`);
  return { tokensPerSec };
}
