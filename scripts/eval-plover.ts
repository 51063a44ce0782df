// Event-type accuracy of the PLOVER coder on the gold-standard records in corpora/plover (a dev set).
// Entities come from each record's own source/target actor spans, so this measures the TYPE coding only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType, PloverType } from '../src/core/analysis.js';
import { tokenize } from '../src/nlp/tokenize.js';
import type { Doc, ResolvedEntity } from '../src/nlp/types.js';
import { buildEntityIndex } from '../src/nlp/stages/entity-index.js';
import { codeEvents } from '../src/nlp/stages/events.js';
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
const perType = new Map<string, { n: number; hit: number; any: number }>();
const confusion = new Map<string, number>();
let hit = 0;
let any = 0;
const verbose = process.argv.includes('--verbose');
for (const r of records) {
  const gold = RENAME[r.event] ?? (r.event as PloverType);
  const doc = tokenize(r.text as string);
  const actors = [...(r.source ?? []), ...(Array.isArray(r.target) ? r.target : [])];
  const index = buildEntityIndex(doc, entitiesOf(doc, actors));
  const events = codeEvents(doc, index, [], []);
  // the coded type: the first event whose source is a gold source actor, else the first event
  const srcIds = new Set(index.entities.filter((e) => (r.source ?? []).some((a) => a.actorText?.trim() === e.name)).map((e) => e.id));
  const main = events.find((e) => e.source !== null && srcIds.has(e.source)) ?? events[0];
  const got = main ? main.type : 'NONE';
  const row = perType.get(gold) ?? { n: 0, hit: 0, any: 0 };
  row.n++;
  if (got === gold) {
    row.hit++;
    hit++;
  } else {
    confusion.set(`${gold} -> ${got}`, (confusion.get(`${gold} -> ${got}`) ?? 0) + 1);
    if (verbose) console.log(`${gold.padEnd(9)} got ${got.padEnd(9)} [${r.eventText ?? ''}] ${r.text}`);
  }
  if (events.some((e) => e.type === gold)) {
    row.any++;
    any++;
  }
  perType.set(gold, row);
}
const pct = (a: number, b: number): string => (b ? (a / b).toFixed(2) : '-');
console.log(`PLOVER gold-standard records: ${records.length}`);
console.log(`event-type accuracy (main event): ${pct(hit, records.length)}   gold type among coded events: ${pct(any, records.length)}`);
console.log('type        n   acc   any');
for (const [type, row] of [...perType.entries()].sort((a, b) => b[1].n - a[1].n)) {
  console.log(`${type.padEnd(10)} ${String(row.n).padStart(3)}  ${pct(row.hit, row.n)}  ${pct(row.any, row.n)}`);
}
console.log('most frequent confusions:');
for (const [k, v] of [...confusion.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${k}: ${v}`);
