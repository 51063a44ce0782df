// `npm run eval -- DIR...`: analyzes gold files and prints one line per metric (definitions in README.md).
import { f1, type Counts, type Tally } from '../src/eval/score.js';
import { evaluateGold, goldFiles } from '../src/eval/run.js';
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

const files = goldFiles(dirs);
const total = evaluateGold(files, recognizer);
for (const line of [...total.unreadable, ...total.violations]) console.error(line);
if (total.unreadable.length > 0) process.exitCode = 1;
const { perType, misses, ms } = total;

const pct = (x: number): string => x.toFixed(3);
const fl = (name: string, c: Counts): string => {
  const { p, r, f } = f1(c);
  return `${name.padEnd(26)} F1 ${pct(f)}  (P ${pct(p)} R ${pct(r)}; tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
};
const tl = (name: string, t: Tally): string => `${name.padEnd(26)} ${pct(t.total ? t.correct / t.total : 0)}  (${t.correct}/${t.total})`;

console.log(`eval: ${total.files} gold files from ${dirs.join(', ')}; recognizer ${which}; ${total.violations.length} contract violations; analysis ${(ms / Math.max(1, files.length)).toFixed(1)} ms/article`);
console.log(fl('entity (typed)', total.entities));
for (const [t, c] of [...perType].sort()) console.log(fl(`  entity ${t}`, c));
console.log(fl('quote detection', total.quotes));
console.log(fl('quote+speaker', total.quotesWithSpeaker));
console.log(fl('event (source,type,target)', total.events));
console.log(fl('  event (source,type)', total.eventsSourceType));
console.log(fl('  event (source,target)', total.eventsPair));
console.log(fl('  event (type)', total.eventsType));
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
