// The PLOVER coder on the 322 gold-standard records of corpora/plover (sentences of the CAMEO manual, never used to
// write the lexicon or the rules). Two figures, each in two settings:
//   event-type accuracy: the type of the record's main coded event (the first whose source is a gold source actor);
//   (source, type, target) accuracy: some coded event has the gold type, a source overlapping a gold source actor's
//     text and, when the record names targets, a target overlapping a gold target actor's text.
// Settings: entities = the records' own actor spans (measures the coder alone, the default of earlier rounds), and
// entities = what the analyzer recognizes (the whole pipeline).
// Halves, as in eval-probe: records whose id number (`PLOVER-GSR01-AGREE-0007` -> 7) is odd are the dev half
// (diagnosis), even ones the test half (held out: only its aggregate figures are read). The default output prints the
// whole set and both halves; `--half dev|test` prints one half; `--verbose` (only with `--half dev`) lists its misses.
// The per-type table and the confusions are of the dev half.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType, PloverType } from '../src/core/analysis.js';
import { tokenize } from '../src/nlp/tokenize.js';
import type { Doc, ResolvedEntity } from '../src/nlp/types.js';
import { buildEntityIndex } from '../src/nlp/stages/entity-index.js';
import { codeEvents, combineEvents, placesNotCountries } from '../src/nlp/stages/events.js';
import { codeEvents as patternEvents } from '../src/nlp/stages/events-patterns.js';
import { assignActsFor } from '../src/nlp/stages/acts-for.js';
import { analyze, syntaxOf } from '../src/nlp/pipeline.js';
import type { ArgusEvent } from '../src/core/analysis.js';
import { createRequire } from 'node:module';

interface Actor {
  actorText?: string;
  code?: string;
  sector?: string;
}
interface GsrRecord {
  id: string;
  event: string;
  text?: string;
  eventText?: string;
  source?: Actor[];
  target?: Actor[] | string;
}

/** PLOVER 0.5b1 names -> current 16 categories (corpora/plover/README.md) */
const RENAME: Record<string, PloverType> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT' };

/** CAMEO actor codes of countries are ISO alpha-3; the resolver gives countries their alpha-2 code, so the harness does too */
const ISO2 = new Map(
  (createRequire(import.meta.url)('world-countries') as Array<{ cca2: string; cca3: string }>).map((c) => [c.cca3, c.cca2]),
);

function actorType(a: Actor): EntityType {
  if (a.code === 'IGO' || a.code === 'NGO') return 'ORG';
  if (a.sector && a.sector !== '***') return 'ORG';
  return 'GPE';
}

/** One entity per distinct actor text, with a mention for each occurrence in the sentence. */
function entitiesOf(doc: Doc, actors: Actor[]): ResolvedEntity[] {
  const out: ResolvedEntity[] = [];
  for (const a of actors) {
    const form = a.actorText?.trim();
    if (!form || out.some((e) => e.name === form)) continue;
    const type = actorType(a);
    const iso = type === 'GPE' && a.code ? ISO2.get(a.code) : undefined;
    const ent: ResolvedEntity = { id: `a${out.length}`, name: form, type, aliases: [], titles: [], kb: iso ? { iso3166: iso } : {}, mentions: [], salience: 0, key: form };
    for (let at = doc.text.indexOf(form); at >= 0; at = doc.text.indexOf(form, at + form.length)) {
      let ts = 0;
      while (ts < doc.n && (doc.ends[ts] as number) <= at) ts++;
      let te = ts;
      while (te < doc.n && (doc.starts[te] as number) < at + form.length) te++;
      if (te > ts) ent.mentions.push({ start: at, end: at + form.length, tokenStart: ts, tokenEnd: te, text: form, type: ent.type, kind: 'name' });
    }
    out.push(ent);
  }
  return out;
}

const file = join(process.cwd(), 'corpora/plover/PLOVER_GSR_CAMEO.txt');
const records = (JSON.parse(readFileSync(file, 'utf8')) as GsrRecord[]).filter((r) => r.event !== 'DOCUMENT' && r.text);
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const halfArg = args.includes('--half') ? args[args.indexOf('--half') + 1] : undefined;
if (halfArg !== undefined && halfArg !== 'dev' && halfArg !== 'test') {
  console.error('eval:plover: --half is dev (odd record numbers) or test (even record numbers, held out)');
  process.exit(2);
}
if (verbose && halfArg !== 'dev') {
  console.error('eval:plover: --verbose needs --half dev (the even records are held out)');
  process.exit(2);
}
type Half = 'dev' | 'test';
const halfOf = (r: GsrRecord): Half => (Number(r.id.slice(r.id.lastIndexOf('-') + 1)) % 2 === 1 ? 'dev' : 'test');

/** char spans of every occurrence of each actor text */
function spans(text: string, actors: Actor[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const a of actors) {
    const form = a.actorText?.trim();
    if (!form) continue;
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) out.push([at, at + form.length]);
  }
  return out;
}

interface Coded {
  events: ArgusEvent[];
  /** entity id -> char spans of its mentions */
  mentions: Map<string, Array<[number, number]>>;
}

function codeWithGoldEntities(r: GsrRecord): Coded {
  const doc = tokenize(r.text as string);
  const actors = [...(r.source ?? []), ...(Array.isArray(r.target) ? r.target : [])];
  const index = buildEntityIndex(doc, entitiesOf(doc, actors));
  const acts = assignActsFor(doc, index);
  const events = combineEvents(codeEvents(doc, index, [], [], syntaxOf(doc), acts), patternEvents(doc, index, [], [], acts), placesNotCountries(index.entities));
  return { events, mentions: new Map(index.entities.map((e) => [e.id, e.mentions.map((m) => [m.start, m.end] as [number, number])])) };
}

function codeWithAnalyzer(r: GsrRecord): Coded {
  const a = analyze({ title: '', subtitle: null, text: r.text as string, published: null, url: null, source: null, byline: null, dateline: null, language: 'en' });
  return { events: a.events, mentions: new Map(a.entities.map((e) => [e.id, e.mentions.map((m) => [m.start, m.end] as [number, number])])) };
}

/** each record is coded once per setting, however many of the reported parts it belongs to */
function memo(code: (r: GsrRecord) => Coded): (r: GsrRecord) => Coded {
  const seen = new Map<GsrRecord, Coded>();
  return (r) => {
    let c = seen.get(r);
    if (!c) seen.set(r, (c = code(r)));
    return c;
  };
}
const goldCoder = memo(codeWithGoldEntities);
const predCoder = memo(codeWithAnalyzer);

const overlaps = (m: Array<[number, number]> | undefined, gold: Array<[number, number]>): boolean =>
  m !== undefined && m.some(([a, b]) => gold.some(([c, d]) => a < d && c < b));

interface Score {
  type: number;
  stt: number;
  perType: Map<string, { n: number; hit: number; stt: number }>;
  confusion: Map<string, number>;
}

function score(code: (r: GsrRecord) => Coded, label: string, subset: GsrRecord[]): Score {
  const sc: Score = { type: 0, stt: 0, perType: new Map(), confusion: new Map() };
  for (const r of subset) {
    const gold = RENAME[r.event] ?? (r.event as PloverType);
    const { events, mentions } = code(r);
    const text = r.text as string;
    const src = spans(text, r.source ?? []);
    const tgt = spans(text, Array.isArray(r.target) ? r.target : []);
    const main = events.find((e) => e.source !== null && overlaps(mentions.get(e.source), src)) ?? events[0];
    const got = main ? main.type : 'NONE';
    const stt = events.some((e) => e.type === gold && e.source !== null && overlaps(mentions.get(e.source), src) && (tgt.length === 0 || (e.target !== null && overlaps(mentions.get(e.target), tgt))));
    const row = sc.perType.get(gold) ?? { n: 0, hit: 0, stt: 0 };
    row.n++;
    if (got === gold) {
      row.hit++;
      sc.type++;
    } else sc.confusion.set(`${gold} -> ${got}`, (sc.confusion.get(`${gold} -> ${got}`) ?? 0) + 1);
    if (stt) {
      row.stt++;
      sc.stt++;
    }
    if (verbose && (got !== gold || !stt)) {
      const show = events.map((e) => `${e.source ? text.slice(...(mentions.get(e.source)?.[0] ?? [0, 0])) : '-'} ${e.type} ${e.target ? text.slice(...(mentions.get(e.target)?.[0] ?? [0, 0])) : '-'}`).join('; ');
      console.log(`[${label}] ${gold.padEnd(9)} got ${got.padEnd(9)} {${show}} ${text}`);
    }
    sc.perType.set(gold, row);
  }
  return sc;
}

const pct = (a: number, b: number): string => (b ? (a / b).toFixed(2) : '-');
const parts: Array<[string, GsrRecord[]]> = [];
if (halfArg === undefined) parts.push(['whole set', records]);
for (const h of ['dev', 'test'] as Half[]) if (halfArg === undefined || halfArg === h) parts.push([h === 'dev' ? 'dev half (odd ids, diagnosis)' : 'test half (even ids, held out)', records.filter((r) => halfOf(r) === h)]);
console.log(`PLOVER gold-standard records: ${records.length}`);
let devScore: Score | undefined;
for (const [label, subset] of parts) {
  const gold = score(goldCoder, 'gold entities', subset);
  const pred = score(predCoder, 'analyzer entities', subset);
  if (label.startsWith('dev')) devScore = gold;
  const n = subset.length;
  console.log(`${label}: ${n} records`);
  console.log(`  event-type accuracy             ${pct(gold.type, n)} (${gold.type}; record actors as entities)   ${pct(pred.type, n)} (${pred.type}; analyzer's entities)`);
  console.log(`  (source, type, target) accuracy ${pct(gold.stt, n)} (${gold.stt}; record actors as entities)   ${pct(pred.stt, n)} (${pred.stt}; analyzer's entities)`);
}
if (devScore) {
  console.log('dev half: type         n   type  s,t,t   (record actors as entities)');
  for (const [type, row] of [...devScore.perType.entries()].sort((a, b) => b[1].n - a[1].n)) {
    console.log(`  ${type.padEnd(10)} ${String(row.n).padStart(3)}   ${pct(row.hit, row.n)}   ${pct(row.stt, row.n)}`);
  }
  console.log('dev half: most frequent type confusions (record actors as entities):');
  for (const [k, v] of [...devScore.confusion.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${k}: ${v}`);
}
