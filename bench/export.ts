// Export benchmark: articles/s and MB/s per format over a store of synthetic articles (text from the demo corpus's
// sentences, analyses generated without the NLP: invented entities, places, events and quotes), plus the memory the
// export adds (peak RSS over the export minus RSS before it), to show it stays flat. The store is built once in the
// temp dir and reused: `npm run bench export [N]` (default 100,000 articles).
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { Analysis, PloverType } from '../src/core/analysis.js';
import { PLOVER_TYPES } from '../src/core/analysis.js';
import { seededRandom } from '../src/core/random.js';
import { openSqliteStore } from '../src/store/sqlite/store.js';
import type { EntityRecord, SaveArticleInput, SearchQuery } from '../src/store/types.js';
import { entityKeys } from '../src/analytics/entity-keys.js';
import { exportChunks, writeExportFile, type ExportFormat } from '../src/services/export/index.js';
import { loadCorpus, syntheticArticles } from '../scripts/gen-synthetic.js';
import { latestArticles } from './store.js';

export interface ExportBenchRow {
  format: string;
  articles: number;
  seconds: number;
  perSecond: number;
  mbPerSecond: number;
  bytesPerArticle: number;
  /** peak RSS during the export minus RSS before it, MB */
  rssGrowthMb: number;
}

const GIVEN = ['Anna', 'Boris', 'Chen', 'Dalia', 'Emeka', 'Farah', 'Goran', 'Hana', 'Ivo', 'Julia', 'Kofi', 'Lena', 'Mateo', 'Nadia', 'Omar', 'Priya'];
const FAMILY = ['Adler', 'Brandt', 'Costa', 'Dimitrov', 'Eze', 'Fischer', 'Garcia', 'Haddad', 'Ivanova', 'Jensen', 'Kim', 'Lopez', 'Moreau', 'Novak', 'Okafor', 'Petrov'];
const ORG_WORDS = ['Ministry of Ports', 'Rail Union', 'Grain Council', 'Harbour Authority', 'Energy Board', 'Defence Office', 'Water Agency', 'Press Guild'];
const COUNTRIES: Array<[string, string, number, number]> = [
  ['France', 'FR', 46.6, 2.2], ['Germany', 'DE', 51.1, 10.4], ['Japan', 'JP', 36.2, 138.2], ['Brazil', 'BR', -10.3, -53.2], ['Kenya', 'KE', 0.2, 37.9],
  ['India', 'IN', 22.3, 79.0], ['Canada', 'CA', 56.1, -106.3], ['Australia', 'AU', -25.3, 133.8], ['Egypt', 'EG', 26.8, 30.8], ['Chile', 'CL', -35.7, -71.5],
];

/** One synthetic analysis: 2-3 people, 1-2 organisations, 1-2 countries (with a city each), 0-3 events, 0-2 quotes. */
function synthAnalysis(rnd: () => number, id: string, a: { title: string; text: string; published: string; source: string; url: string }): { analysis: Analysis; entities: EntityRecord[] } {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const ents: Analysis['entities'] = [];
  const places: Analysis['places'] = [];
  const add = (name: string, type: Analysis['entities'][number]['type'], kb?: Analysis['entities'][number]['kb']): string => {
    const lid = `e${ents.length + 1}`;
    ents.push({ id: lid, name, type, mentions: [{ start: 0, end: Math.min(name.length, a.text.length), text: name, kind: 'name' }], ...(kb ? { kb } : {}), salience: rnd() });
    return lid;
  };
  const people = Array.from({ length: 2 + Math.floor(rnd() * 2) }, () => add(`${pick(GIVEN)} ${pick(FAMILY)}`, 'PERSON'));
  const orgs = Array.from({ length: 1 + Math.floor(rnd() * 2) }, () => add(`${pick(COUNTRIES)[0]} ${pick(ORG_WORDS)}`, 'ORG'));
  const lands: string[] = [];
  for (let k = 0; k < 1 + Math.floor(rnd() * 2); k++) {
    const [name, cc, lat, lon] = pick(COUNTRIES);
    const lid = add(name, 'GPE', { iso3166: cc });
    lands.push(lid);
    places.push({ entity: lid, name, country: cc, lat, lon, geonames: null, featureClass: 'A' });
    const city = 1 + Math.floor(rnd() * 40);
    const gn = 9_000_000 + COUNTRIES.findIndex((c) => c[1] === cc) * 100 + city;
    const clid = add(`${name} City ${city}`, 'GPE', { geonames: gn });
    places.push({ entity: clid, name: `${name} City ${city}`, country: cc, lat: lat + (city % 7) - 3, lon: lon + (city % 5) - 2, geonames: gn, featureClass: 'P' });
  }
  const actors = [...people, ...orgs, ...lands];
  const sentences = [...a.text.matchAll(/[^.!?]+[.!?]/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const events: Analysis['events'] = Array.from({ length: Math.floor(rnd() * 4) }, () => {
    const s = pick(sentences.length ? sentences : [{ start: 0, end: a.text.length }]);
    const type = pick(PLOVER_TYPES) as PloverType;
    return { type, mode: null, cameo: null, source: pick(actors), target: rnd() < 0.8 ? pick(actors) : null, location: places[Math.floor(rnd() * places.length)]?.entity ?? null, date: a.published, start: s.start, end: s.end };
  });
  const quotes: Analysis['quotes'] = Array.from({ length: Math.floor(rnd() * 3) }, () => {
    const s = pick(sentences.length ? sentences : [{ start: 0, end: a.text.length }]);
    return { text: a.text.slice(s.start, s.end).trim(), start: s.start, end: s.end, kind: 'direct', speaker: pick(people), cue: 'said' };
  });
  const analysis: Analysis = {
    schema: 'argus.analysis/1',
    article: { id, url: a.url, source: a.source, title: a.title, subtitle: null, published: a.published, language: 'en', text: a.text },
    entities: ents, quotes, events, places, dates: [],
  };
  const entities: EntityRecord[] = ents.map((e) => ({
    localId: e.id, keys: entityKeys(e), name: e.name, type: e.type, kb: e.kb ?? {}, aliases: [], titles: [], salience: e.salience ?? 0.5, mentions: e.mentions,
  }));
  return { analysis, entities };
}

/** Fills a new store with n synthetic articles straight through Store.articles.save (no NLP, no dedup). */
async function buildExportDb(path: string, n: number): Promise<number> {
  const t0 = performance.now();
  const store = openSqliteStore(path);
  const rnd = seededRandom(13);
  const corpus = loadCorpus();
  let i = 0;
  for (const s of syntheticArticles(n, 13, corpus)) {
    const id = createHash('sha256').update(s.url).digest('hex');
    const { analysis, entities } = synthAnalysis(rnd, id, s);
    const h = createHash('sha256').update(s.title + s.text + i).digest();
    const input: SaveArticleInput = {
      batchId: null, story: { kind: 'new' }, analysis, entities,
      article: {
        id, contentHash: h.toString('hex'), url: s.url, source: s.source, title: s.title, subtitle: null, published: s.published, language: 'en', byline: null,
        text: s.text, inputMeta: {}, raw: null, ref: `synthetic:${i}`, simhash: { hi: h.readUInt32BE(0), lo: h.readUInt32BE(4) },
        minhash: new Uint32Array(64).map((_, k) => h.readUInt32BE(k % 7 * 4) ^ k), lsh: [h.readUInt32BE(8), h.readUInt32BE(12)], keywords: [],
      },
    };
    await store.articles.save(input);
    if (++i % 20000 === 0) process.stderr.write(`  built ${i}/${n} synthetic articles (${((performance.now() - t0) / 1000).toFixed(0)} s)\n`);
  }
  await store.close();
  return (performance.now() - t0) / 1000;
}

async function timeExport(path: string, format: ExportFormat, table: string | null, outDir: string, q: SearchQuery = { text: '' }): Promise<ExportBenchRow> {
  const store = openSqliteStore(path, { readonly: true });
  try {
    global.gc?.();
    const rss0 = process.memoryUsage().rss;
    let peak = rss0;
    const timer = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 20);
    const counter = { articles: 0 };
    const t0 = performance.now();
    const bytes = await writeExportFile(join(outDir, `out-${format}-${table ?? ''}`), (async function* () {
      for await (const c of exportChunks(store, q, { format, table, counter })) {
        peak = Math.max(peak, process.memoryUsage().rss);
        yield c;
      }
    })());
    const seconds = (performance.now() - t0) / 1000;
    clearInterval(timer);
    return {
      format: (table ? `${format}/${table}` : format) + (q.text || q.type ? ' (filtered)' : ''), articles: counter.articles, seconds, perSecond: counter.articles / seconds,
      mbPerSecond: bytes / 1e6 / seconds, bytesPerArticle: bytes / counter.articles, rssGrowthMb: (peak - rss0) / 1e6,
    };
  } finally {
    await store.close();
  }
}

export async function benchExport(opts: { articles?: number } = {}): Promise<ExportBenchRow[]> {
  const n = opts.articles ?? 100_000;
  const dir = join(tmpdir(), 'argus-bench');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `export-${n}.db`);
  const have = latestArticles(path);
  if (have < n) {
    for (const s of ['', '-wal', '-shm']) rmSync(path + s, { force: true });
    console.log(`export: building ${n} synthetic articles in ${path} (once; reused by later runs)…`);
    const s = await buildExportDb(path, n);
    console.log(`export: built in ${s.toFixed(0)} s (${(n / s).toFixed(0)} articles/s through Store.articles.save, no NLP); ${(statSync(path).size / n / 1024).toFixed(1)} KB per article`);
  }
  const outDir = mkdtempSync(join(tmpdir(), 'argus-bench-export-'));
  const rows: ExportBenchRow[] = [];
  try {
    const cases: Array<[ExportFormat, string | null, SearchQuery?]> = [
      ['jsonl', null], ['csv', 'events'], ['csv', 'quotes'], ['stix', null], ['geojson', 'places'], ['geojson', 'events'],
      // filters are rowid sets rebuilt for each page: the cost of paging a filtered export
      ['csv', 'events', { text: '', type: 'ASSAULT', from: '2023-01-01' }], ['jsonl', null, { text: 'minister' }],
    ];
    for (const [format, table, q] of cases) {
      const r = await timeExport(path, format, table, outDir, q);
      rows.push(r);
      rmSync(join(outDir, `out-${format}-${table ?? ''}`), { force: true });
      console.log(`export ${r.format.padEnd(26)} ${r.articles} articles in ${r.seconds.toFixed(1)} s = ${r.perSecond.toFixed(0)} articles/s, ` +
        `${r.mbPerSecond.toFixed(1)} MB/s, ${(r.bytesPerArticle / 1024).toFixed(2)} KB per article; RSS +${r.rssGrowthMb.toFixed(0)} MB during the export`);
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  return rows;
}

const isMain = process.argv[1] !== undefined && /bench\/export\.ts$/.test(process.argv[1]);
if (isMain) await benchExport({ articles: process.argv[2] ? Number(process.argv[2]) : undefined });
