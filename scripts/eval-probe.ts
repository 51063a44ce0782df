// `npm run eval:probe [-- --file eval/probe/events2.jsonl] [--half dev|test] [--misses]`: the analyzer on the invented
// probes of eval/probe (README.md, README2.md, README-quotes2.md): every eval/probe/events*.jsonl and quotes*.jsonl
// unless --file names one. Event rows are scored by (source, type, target) F1, quote rows by quote detection and
// quote+speaker F1, per file and half: odd rows for diagnosis, even rows held out. Only the diagnosis half may have its
// misses printed.
import { readdirSync, readFileSync } from 'node:fs';
import { analyze } from '../src/nlp/pipeline.js';
import type { ArticleInput } from '../src/core/input.js';
import type { Analysis } from '../src/core/analysis.js';
import { overlap, QUOTE_OVERLAP } from '../src/eval/score.js';
import { loadKB } from '../src/kb/index.js';

interface Row {
  id: string;
  construction: string;
  published: string;
  text: string;
  events?: Array<{ source: string | null; type: string; target: string | null }>;
  quotes?: Array<{ text: string; speaker: string | null }>;
}
interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const args = process.argv.slice(2);
const halfArg = args.includes('--half') ? args[args.indexOf('--half') + 1] : undefined;
const halves: Array<'dev' | 'test'> = halfArg === 'dev' || halfArg === 'test' ? [halfArg] : ['dev', 'test'];
if (halfArg !== undefined && halfArg !== 'dev' && halfArg !== 'test') {
  console.error('eval:probe: --half is dev (odd rows) or test (even rows, held out)');
  process.exit(2);
}
const showMisses = args.includes('--misses');
if (showMisses && halfArg !== 'dev') {
  console.error('eval:probe: --misses needs --half dev (the even rows are held out)');
  process.exit(2);
}

const fileArg = args.includes('--file') ? args[args.indexOf('--file') + 1] : undefined;
const files = fileArg ? [fileArg] : readdirSync('eval/probe').filter((f) => /^(?:events|quotes).*\.jsonl$/.test(f)).sort().map((f) => `eval/probe/${f}`);
const norm = (s: string): string => s.toLowerCase().replace(/[’']/g, "'").replace(/^the /, '').replace(/\s+/g, ' ').trim();
const regions = new Intl.DisplayNames(['en'], { type: 'region' });

/** The names a predicted party answers to: its name, its aliases, and for a demonym the country it names. */
function namesOf(a: Analysis): (id: string | null | undefined) => string[] {
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  return (id) => {
    if (id === null || id === undefined) return ['<null>'];
    const e = byId.get(id);
    if (!e) return [];
    const out = [e.name, ...(e.aliases ?? [])];
    const iso = (e.kb as { iso3166?: string }).iso3166;
    // (the country's name as the knowledge base and the gold write it: Intl's names are "Türkiye", "Congo - Kinshasa")
    if (e.type === 'NORP' && iso) out.push(loadKB().countryByIso2(iso)?.name ?? regions.of(iso) ?? iso);
    return out.map(norm);
  };
}
/** A gold name (or null) is answered by one of the predicted names: equal, or one ends the other ("Lind", "Jonas Lind"). */
const answers = (got: string[], gold: string | null): boolean =>
  gold === null ? got.includes('<null>') : got.some((x) => x !== '<null>' && (x === norm(gold) || norm(gold).endsWith(` ${x}`) || x.endsWith(` ${norm(gold)}`)));

function inputOf(row: Row): ArticleInput {
  return { text: row.text, title: '', subtitle: null, published: row.published, url: null, source: null, byline: null, dateline: null, language: 'en' };
}

/** Greedy one-to-one matching of predicted to gold items; adds to `c` and returns the unmatched of each side. */
function matchAll<G, P>(gold: readonly G[], pred: readonly P[], fits: (g: G, p: P) => boolean, c: Counts): { missed: G[]; extra: P[] } {
  const used = new Set<number>();
  const extra: P[] = [];
  for (const p of pred) {
    const j = gold.findIndex((g, n) => !used.has(n) && fits(g, p));
    if (j >= 0) used.add(j);
    else extra.push(p);
  }
  c.tp += used.size;
  c.fp += extra.length;
  c.fn += gold.length - used.size;
  return { missed: gold.filter((_, n) => !used.has(n)), extra };
}

function scoreEvents(rows: readonly Row[]): Counts {
  const c: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const row of rows) {
    const a = analyze(inputOf(row));
    const names = namesOf(a);
    const gold = row.events ?? [];
    const predicted = a.events.filter((e) => !e.negated);
    const { missed, extra } = matchAll(gold, predicted, (g, p) => g.type === p.type && answers(names(p.source), g.source) && answers(names(p.target), g.target), c);
    if (showMisses && (missed.length > 0 || extra.length > 0)) {
      const name = (id: string | null): string => (id ? (a.entities.find((e) => e.id === id)?.name ?? id) : 'null');
      console.log(`${row.id} [${row.construction}] ${row.text}`);
      for (const g of missed) console.log(`   missed ${g.source} —${g.type}→ ${g.target}`);
      for (const p of extra) console.log(`   extra  ${name(p.source)} —${p.type}→ ${name(p.target)} [${p.trigger ?? ''}]`);
    }
  }
  return c;
}

function scoreQuotes(rows: readonly Row[]): { found: Counts; speaker: Counts } {
  const found: Counts = { tp: 0, fp: 0, fn: 0 };
  const speaker: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const row of rows) {
    const a = analyze(inputOf(row));
    const names = namesOf(a);
    const gold = row.quotes ?? [];
    matchAll(gold, a.quotes, (g, p) => overlap(g.text, p.text) >= QUOTE_OVERLAP, found);
    const { missed, extra } = matchAll(gold, a.quotes, (g, p) => overlap(g.text, p.text) >= QUOTE_OVERLAP && answers(names(p.speaker), g.speaker), speaker);
    if (showMisses && (missed.length > 0 || extra.length > 0)) {
      const name = (id: string | null | undefined): string => (id ? (a.entities.find((e) => e.id === id)?.name ?? id) : 'null');
      console.log(`${row.id} [${row.construction}] ${row.text}`);
      for (const g of missed) console.log(`   missed "${g.text.slice(0, 70)}" (${g.speaker ?? 'null'})`);
      for (const p of extra) console.log(`   extra  "${p.text.slice(0, 70)}" (${name(p.speaker)})`);
    }
  }
  return { found, speaker };
}

function f1Line(label: string, what: string, c: Counts): string {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  const f = p + r > 0 ? (2 * p * r) / (p + r) : 0;
  return `${label.padEnd(30)} ${what} F1 ${f.toFixed(3)}  (P ${p.toFixed(3)} R ${r.toFixed(3)}; tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
}

for (const file of files) {
  let rows: Row[];
  try {
    rows = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Row);
  } catch (e) {
    console.error(`eval:probe: cannot read ${file}: ${(e as Error).message}`);
    process.exit(1);
  }
  if (files.length > 1) console.log(`${file} (${rows.length} rows)`);
  for (const half of halves) {
    const label = half === 'dev' ? 'probe, odd rows (diagnosis)' : 'probe, even rows (held out)';
    const part = rows.filter((row) => Number(row.id.slice(1)) % 2 === (half === 'dev' ? 1 : 0));
    if (part.some((row) => row.events)) console.log(f1Line(label, 'event (source,type,target)', scoreEvents(part.filter((row) => row.events))));
    if (part.some((row) => row.quotes)) {
      const { found, speaker } = scoreQuotes(part.filter((row) => row.quotes));
      console.log(f1Line(label, 'quote detection', found));
      console.log(f1Line(label, 'quote+speaker', speaker));
    }
  }
}
