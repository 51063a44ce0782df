// Runs the analyzer over gold files and adds up the scores: shared by `npm run eval` and `npm run eval:ner`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { GoldFileSchema } from './gold.js';
import { addCounts, addTally, scoreArticle, type ArticleScore, type Counts, type Tally } from './score.js';
import { contractErrors } from './contract.js';
import { readBuffer } from '../ingest/readers.js';
import { analyze } from '../nlp/pipeline.js';
import type { EntityRecognizer } from '../nlp/types.js';

/** The per-article scores (score.ts) summed over the files, plus what only a run over many files has. */
export interface EvalTotals extends Omit<ArticleScore, 'misses'> {
  /** files analyzed and scored */
  files: number;
  /** entity counts per type */
  perType: Map<string, Counts>;
  misses: Array<{ file: string; layer: string; what: string }>;
  /** files that could not be read or are not gold files, with the reason */
  unreadable: string[];
  /** analyses that violate the contract, with the violation */
  violations: string[];
  /** analysis time, all files */
  ms: number;
}

/** The .json files of the given directories (sorted) and the given files. */
export function goldFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const d of paths) {
    if (statSync(d).isDirectory()) {
      for (const f of readdirSync(d).sort()) if (f.endsWith('.json')) files.push(join(d, f));
    } else files.push(d);
  }
  return files;
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const zt = (): Tally => ({ correct: 0, total: 0 });

/** Analyzes each gold file (with the given recognizer, else the default one) and scores it against its gold. */
export function evaluateGold(files: readonly string[], recognizer?: EntityRecognizer): EvalTotals {
  const t: EvalTotals = {
    files: 0, entities: zero(), quotes: zero(), quotesWithSpeaker: zero(), events: zero(), eventsSourceType: zero(), eventsPair: zero(), eventsType: zero(),
    placesFound: zt(), placesAccurate: zt(), dates: zt(), title: zt(), titles: zt(), junkLeft: 0,
    perType: new Map(), misses: [], unreadable: [], violations: [], ms: 0,
  };
  for (const file of files) {
    const parsed = GoldFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) {
      t.unreadable.push(`${file}: not a gold file (${parsed.error.issues[0]?.message ?? 'invalid'})`);
      continue;
    }
    const { input, gold } = parsed.data;
    const ext = input.format === 'html' ? 'html' : 'txt';
    const outcomes = readBuffer(`${basename(file, '.json')}.${ext}`, Buffer.from(input.raw, 'utf8'), {
      published: input.published, url: input.url, source: input.source,
    });
    const first = outcomes[0];
    if (!first || !first.ok) {
      t.unreadable.push(`${file}: could not be read (${first && !first.ok ? first.error.message : 'no article'})`);
      continue;
    }
    t.files++;
    const t0 = performance.now();
    const a = analyze(first.input, recognizer ? { recognizer } : {});
    t.ms += performance.now() - t0;
    const err = contractErrors(a);
    if (err) t.violations.push(`${file}: analysis violates the contract: ${err}`);
    const s = scoreArticle(a, gold);
    t.entities = addCounts(t.entities, s.entities);
    t.quotes = addCounts(t.quotes, s.quotes);
    t.quotesWithSpeaker = addCounts(t.quotesWithSpeaker, s.quotesWithSpeaker);
    t.events = addCounts(t.events, s.events);
    t.eventsSourceType = addCounts(t.eventsSourceType, s.eventsSourceType);
    t.eventsPair = addCounts(t.eventsPair, s.eventsPair);
    t.eventsType = addCounts(t.eventsType, s.eventsType);
    t.placesFound = addTally(t.placesFound, s.placesFound);
    t.placesAccurate = addTally(t.placesAccurate, s.placesAccurate);
    t.dates = addTally(t.dates, s.dates);
    t.title = addTally(t.title, s.title);
    t.titles = addTally(t.titles, s.titles);
    t.junkLeft += s.junkLeft;
    for (const m of s.misses) t.misses.push({ file: basename(file), ...m });
    for (const type of new Set([...gold.entities.map((e) => e.type), ...a.entities.map((e) => e.type)])) {
      const one = scoreArticle({ ...a, entities: a.entities.filter((e) => e.type === type) }, { ...gold, entities: gold.entities.filter((e) => e.type === type) });
      t.perType.set(type, addCounts(t.perType.get(type) ?? zero(), one.entities));
    }
  }
  return t;
}
