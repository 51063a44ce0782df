// Measures the extractor priors of src/core/confidence.ts: the precision of each shape of event and quote on the gold
// articles (default eval/dev and eval/examples), smoothed as (correct + 1) / (predicted + 2). Prints a table.
//   node --import tsx scripts/calibrate-confidence.ts [DIR...]
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { GoldFileSchema } from '../src/eval/gold.js';
import { goldFiles } from '../src/eval/run.js';
import { scoreArticle } from '../src/eval/score.js';
import { readBuffer } from '../src/ingest/readers.js';
import { analyze } from '../src/nlp/pipeline.js';
import { EVENT_CLASSES, QUOTE_CLASSES, eventClass, quoteClass } from '../src/core/confidence.js';

const dirs = process.argv.slice(2);
const files = goldFiles(dirs.length ? dirs : ['eval/dev', 'eval/examples']);
const tally = new Map<string, { tp: number; n: number }>();
const add = (k: string, tp: number, n: number): void => {
  const t = tally.get(k) ?? { tp: 0, n: 0 };
  t.tp += tp;
  t.n += n;
  tally.set(k, t);
};
for (const file of files) {
  const parsed = GoldFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) continue;
  const { input, gold } = parsed.data;
  const [first] = readBuffer(`${basename(file, '.json')}.${input.format === 'html' ? 'html' : 'txt'}`, Buffer.from(input.raw, 'utf8'), {
    published: input.published, url: input.url, source: input.source,
  });
  if (!first?.ok) continue;
  const a = analyze(first.input);
  // each class scored alone against the whole gold: its predictions' precision
  for (const c of EVENT_CLASSES) {
    const events = a.events.filter((e) => eventClass(e) === c);
    if (events.length) add(`event ${c}`, scoreArticle({ ...a, events }, gold).events.tp, events.length);
  }
  for (const c of QUOTE_CLASSES) {
    const quotes = a.quotes.filter((q) => quoteClass(q) === c);
    if (quotes.length) add(`quote ${c}`, scoreArticle({ ...a, quotes }, gold).quotesWithSpeaker.tp, quotes.length);
  }
}
console.log(`files ${files.length}`);
for (const [k, t] of [...tally].sort()) console.log(`${k.padEnd(22)} correct ${String(t.tp).padStart(3)} / ${String(t.n).padStart(3)}  prior ${((t.tp + 1) / (t.n + 2)).toFixed(2)}`);
