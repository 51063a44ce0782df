// `npm run eval:probe [-- --file eval/probe/events2.jsonl] [--half dev|test] [--misses]`: the analyzer's events on the
// invented probes of eval/probe (README.md, README2.md): every eval/probe/events*.jsonl unless --file names one. Prints
// (source, type, target) F1 per file and half: odd rows for diagnosis, even rows held out. Only the diagnosis half may
// have its misses printed.
import { readdirSync, readFileSync } from 'node:fs';
import { analyze } from '../src/nlp/pipeline.js';
import type { ArticleInput } from '../src/core/input.js';

interface Row {
  id: string;
  construction: string;
  published: string;
  text: string;
  events: Array<{ source: string | null; type: string; target: string | null }>;
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
const files = fileArg ? [fileArg] : readdirSync('eval/probe').filter((f) => /^events.*\.jsonl$/.test(f)).sort().map((f) => `eval/probe/${f}`);
let rows: Row[] = [];
const norm = (s: string): string => s.toLowerCase().replace(/[’']/g, "'").replace(/^the /, '').replace(/\s+/g, ' ').trim();
const regions = new Intl.DisplayNames(['en'], { type: 'region' });

function score(half: 'dev' | 'test'): { tp: number; fp: number; fn: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const row of rows) {
    if (Number(row.id.slice(1)) % 2 !== (half === 'dev' ? 1 : 0)) continue;
    const input: ArticleInput = { text: row.text, title: '', subtitle: null, published: row.published, url: null, source: null, byline: null, dateline: null, language: 'en' };
    const a = analyze(input);
    const byId = new Map(a.entities.map((e) => [e.id, e]));
    // the names a predicted party answers to: its name, its aliases, and for a demonym the country it names
    const names = (id: string | null): string[] => {
      if (id === null) return ['<null>'];
      const e = byId.get(id);
      if (!e) return [];
      const out = [e.name, ...(e.aliases ?? [])];
      const iso = (e.kb as { iso3166?: string }).iso3166;
      if (e.type === 'NORP' && iso) out.push(regions.of(iso) ?? iso);
      return out.map(norm);
    };
    const answers = (got: string[], gold: string | null): boolean =>
      gold === null ? got.includes('<null>') : got.some((x) => x !== '<null>' && (x === norm(gold) || norm(gold).endsWith(` ${x}`) || x.endsWith(` ${norm(gold)}`)));
    const predicted = a.events.filter((e) => !e.negated);
    const used = new Set<number>();
    const matched = new Set<number>();
    predicted.forEach((p, k) => {
      const j = row.events.findIndex((g, n) => !used.has(n) && g.type === p.type && answers(names(p.source), g.source) && answers(names(p.target), g.target));
      if (j >= 0) {
        used.add(j);
        matched.add(k);
      }
    });
    tp += used.size;
    fp += predicted.length - matched.size;
    fn += row.events.length - used.size;
    if (showMisses && (used.size < row.events.length || matched.size < predicted.length)) {
      const name = (id: string | null): string => (id ? (byId.get(id)?.name ?? id) : 'null');
      console.log(`${row.id} [${row.construction}] ${row.text}`);
      row.events.forEach((g, n) => {
        if (!used.has(n)) console.log(`   missed ${g.source} —${g.type}→ ${g.target}`);
      });
      predicted.forEach((p, k) => {
        if (!matched.has(k)) console.log(`   extra  ${name(p.source)} —${p.type}→ ${name(p.target)} [${p.trigger ?? ''}]`);
      });
    }
  }
  return { tp, fp, fn };
}

for (const file of files) {
  try {
    rows = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Row);
  } catch (e) {
    console.error(`eval:probe: cannot read ${file}: ${(e as Error).message}`);
    process.exit(1);
  }
  if (files.length > 1) console.log(`${file} (${rows.length} rows)`);
  for (const half of halves) report(half);
}

function report(half: 'dev' | 'test'): void {
  const { tp, fp, fn } = score(half);
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  const f = p + r > 0 ? (2 * p * r) / (p + r) : 0;
  const label = half === 'dev' ? 'probe, odd rows (diagnosis)' : 'probe, even rows (held out)';
  console.log(`${label.padEnd(30)} event (source,type,target) F1 ${f.toFixed(3)}  (P ${p.toFixed(3)} R ${r.toFixed(3)}; tp ${tp} fp ${fp} fn ${fn})`);
}
