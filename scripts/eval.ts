// `npm run eval -- DIR...`: analyzes gold files and prints one line per metric (definitions in README.md).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, basename } from 'node:path';
import { GoldFileSchema } from '../src/eval/gold.js';
import { scoreArticle, f1, addCounts, addTally, type ArticleScore, type Counts, type Tally } from '../src/eval/score.js';
import { contractErrors } from '../src/eval/contract.js';
import { readBuffer } from '../src/ingest/readers.js';
import { analyze } from '../src/nlp/pipeline.js';
import { createRecognizer } from '../src/nlp/entities/recognizer.js';
import { loadKB } from '../src/kb/index.js';

const args = process.argv.slice(2);
const valueOf = (flag: string): string | undefined => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const showMisses = Number(valueOf('--misses') ?? 5);
// --recognizer rules: the gazetteer/pattern recognizer alone; fused: the trained tagger and the rules by fixed trust
// scores; ranked (default, what ships): tagger and rule spans decided by the trained mention ranker
const which = valueOf('--recognizer') ?? 'ranked';
if (!['rules', 'fused', 'ranked'].includes(which)) {
  console.error(`--recognizer must be rules, fused or ranked, not "${which}"`);
  process.exit(2);
}
const recognizer = which === 'rules' ? createRecognizer(loadKB(), { tagger: null }) : which === 'fused' ? createRecognizer(loadKB(), { ranker: null }) : undefined;
const dirs = args.filter((a, i) => !a.startsWith('--') && !['--misses', '--recognizer'].includes(args[i - 1] ?? ''));
if (dirs.length === 0) dirs.push('eval/dev');

const files: string[] = [];
for (const d of dirs) {
  if (statSync(d).isDirectory()) {
    for (const f of readdirSync(d).sort()) if (f.endsWith('.json')) files.push(join(d, f));
  } else files.push(d);
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const zt = (): Tally => ({ correct: 0, total: 0 });
const total = {
  entities: zero(), quotes: zero(), quotesWithSpeaker: zero(), events: zero(),
  placesFound: zt(), placesAccurate: zt(), dates: zt(), title: zt(), titles: zt(), junkLeft: 0,
};
const perType = new Map<string, Counts>();
const misses: Array<{ file: string; layer: string; what: string }> = [];
let invalid = 0;
let ms = 0;

for (const file of files) {
  const parsed = GoldFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    console.error(`${file}: not a gold file (${parsed.error.issues[0]?.message ?? 'invalid'})`);
    process.exitCode = 1;
    continue;
  }
  const { input, gold } = parsed.data;
  const ext = input.format === 'html' ? 'html' : 'txt';
  const outcomes = readBuffer(`${basename(file, '.json')}.${ext}`, Buffer.from(input.raw, 'utf8'), {
    published: input.published, url: input.url, source: input.source,
  });
  const first = outcomes[0];
  if (!first || !first.ok) {
    console.error(`${file}: could not be read (${first && !first.ok ? first.error.message : 'no article'})`);
    process.exitCode = 1;
    continue;
  }
  const t0 = performance.now();
  const a = analyze(first.input, recognizer ? { recognizer } : {});
  ms += performance.now() - t0;
  const err = contractErrors(a);
  if (err) {
    invalid++;
    console.error(`${file}: analysis violates the contract: ${err}`);
  }
  const s: ArticleScore = scoreArticle(a, gold);
  total.entities = addCounts(total.entities, s.entities);
  total.quotes = addCounts(total.quotes, s.quotes);
  total.quotesWithSpeaker = addCounts(total.quotesWithSpeaker, s.quotesWithSpeaker);
  total.events = addCounts(total.events, s.events);
  total.placesFound = addTally(total.placesFound, s.placesFound);
  total.placesAccurate = addTally(total.placesAccurate, s.placesAccurate);
  total.dates = addTally(total.dates, s.dates);
  total.title = addTally(total.title, s.title);
  total.titles = addTally(total.titles, s.titles);
  total.junkLeft += s.junkLeft;
  for (const m of s.misses) misses.push({ file: basename(file), ...m });
  // per-type entity counts
  for (const t of new Set([...gold.entities.map((e) => e.type), ...a.entities.map((e) => e.type)])) {
    const one = scoreArticle({ ...a, entities: a.entities.filter((e) => e.type === t) }, { ...gold, entities: gold.entities.filter((e) => e.type === t) });
    perType.set(t, addCounts(perType.get(t) ?? zero(), one.entities));
  }
}

const pct = (x: number): string => x.toFixed(3);
const fl = (name: string, c: Counts): string => {
  const { p, r, f } = f1(c);
  return `${name.padEnd(26)} F1 ${pct(f)}  (P ${pct(p)} R ${pct(r)}; tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
};
const tl = (name: string, t: Tally): string => `${name.padEnd(26)} ${pct(t.total ? t.correct / t.total : 0)}  (${t.correct}/${t.total})`;

console.log(`eval: ${files.length} gold files from ${dirs.join(', ')}; recognizer ${which}; ${invalid} contract violations; analysis ${(ms / Math.max(1, files.length)).toFixed(1)} ms/article`);
console.log(fl('entity (typed)', total.entities));
for (const [t, c] of [...perType].sort()) console.log(fl(`  entity ${t}`, c));
console.log(fl('quote detection', total.quotes));
console.log(fl('quote+speaker', total.quotesWithSpeaker));
console.log(fl('event (source,type,target)', total.events));
console.log(tl('places found', total.placesFound));
console.log(tl('place accuracy@161km', total.placesAccurate));
console.log(tl('date accuracy', total.dates));
console.log(tl('title accuracy', total.title));
console.log(tl('person titles found', total.titles));
console.log(`${'junk lines left'.padEnd(26)} ${total.junkLeft}`);

if (showMisses > 0) {
  console.log('\nworst misses per layer (to guide work, not to tune on):');
  const layers = [...new Set(misses.map((m) => m.layer))];
  for (const l of layers) {
    const ms2 = misses.filter((m) => m.layer === l);
    console.log(`  ${l} (${ms2.length}):`);
    for (const m of ms2.slice(0, showMisses)) console.log(`    ${m.file}: ${m.what}`);
  }
}
