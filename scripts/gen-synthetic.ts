// Synthetic articles for store benchmarks, built from the demo corpus's sentences (deterministic for a seed).
// Usage: node --import tsx scripts/gen-synthetic.ts N OUT.jsonl [SEED]
import { createHash } from 'node:crypto';
import { seededRandom } from '../src/core/random.js';
import { PLOVER_TYPES, type Analysis, type ArgusEvent, type Entity, type Place, type Quote } from '../src/core/analysis.js';
import type { EntityRecord, SaveArticleInput } from '../src/store/types.js';
import { entityKeys } from '../src/analytics/entity-keys.js';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SYNTHETIC_CORPUS = [join(ROOT, 'demo', 'news-pd', 'articles'), join(ROOT, 'demo', 'news-demo', 'articles')];

export interface SyntheticArticle {
  title: string;
  text: string;
  published: string;
  source: string;
  url: string;
  /** index of the corpus article most of the text comes from */
  base: number;
}

const SOURCES = ['Northern Courier', 'Harbour Gazette', 'Daily Ledger', 'Capital Wire', 'Evening Post', 'Global Dispatch',
  'Morning Star', 'Continental Times', 'Pacific Herald', 'Atlantic Review', 'Metro Tribune', 'Frontier News'];


export interface SyntheticCorpus {
  files: string[];
  /** sentences of each corpus article */
  sentences: string[][];
}

export function loadCorpus(dirs = SYNTHETIC_CORPUS): SyntheticCorpus {
  const files: string[] = [];
  const sentences: string[][] = [];
  for (const dir of dirs) {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
      const body = readFileSync(join(dir, f), 'utf8').split('\n').slice(2).join(' ');
      const s = body.split(/(?<=[.!?]["”’]?)\s+(?=[A-Z“"])/).map((x) => x.trim()).filter((x) => x.length > 20);
      if (s.length === 0) continue;
      files.push(join(dir, f));
      sentences.push(s);
    }
  }
  return { files, sentences };
}

/** n articles: 3-6 sentences of a base article, then 3-6 sentences from anywhere; random date 2021-01 .. 2026-05. */
export function* syntheticArticles(n: number, seed = 42, corpus = loadCorpus()): Generator<SyntheticArticle> {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const t0 = Date.parse('2021-01-01T00:00:00Z');
  const span = Date.parse('2026-05-31T00:00:00Z') - t0;
  for (let i = 0; i < n; i++) {
    const base = Math.floor(rnd() * corpus.sentences.length);
    const own = corpus.sentences[base] as string[];
    const start = Math.floor(rnd() * Math.max(1, own.length - 3));
    const parts = own.slice(start, start + 3 + Math.floor(rnd() * 4));
    const extra = 3 + Math.floor(rnd() * 4);
    for (let k = 0; k < extra; k++) parts.push(pick(pick(corpus.sentences)));
    const paras: string[] = [];
    for (let k = 0; k < parts.length; k += 3) paras.push(parts.slice(k, k + 3).join(' '));
    const title = (parts[0] ?? 'Untitled').split(/\s+/).slice(0, 10).join(' ').replace(/[,.;:]$/, '');
    const source = pick(SOURCES);
    yield {
      title, text: paras.join('\n\n'), published: new Date(t0 + Math.floor(rnd() * span)).toISOString().slice(0, 10), source,
      url: `https://synthetic.example/${source.toLowerCase().replace(/\s+/g, '-')}/${seed}-${i}`, base,
    };
  }
}

// ---- analyses without the NLP: names from the knowledge base found in the text by one regular expression ----

interface KnownName {
  name: string;
  type: 'PERSON' | 'ORG' | 'GPE';
  kb: { wikidata?: string; iso3166?: string };
  /** countries: the point a place gets */
  point?: { lat: number; lon: number };
}

/** People the demo corpus names most often, found by surname (written for Argus; CC0). */
const PEOPLE: Array<[string, string]> = [
  ['Joe Biden', 'Biden'], ['Antony Blinken', 'Blinken'], ['Jake Sullivan', 'Sullivan'], ['Ned Price', 'Price'], ['Kamala Harris', 'Harris'],
  ['Vladimir Putin', 'Putin'], ['Volodymyr Zelenskyy', 'Zelenskyy'], ['Xi Jinping', 'Xi'], ['Karine Jean-Pierre', 'Jean-Pierre'],
  ['Wendy Sherman', 'Sherman'], ['Emily Horne', 'Horne'], ['Adrienne Watson', 'Watson'], ['Jon Finer', 'Finer'], ['Lloyd Austin', 'Austin'],
  ['Linda Thomas-Greenfield', 'Thomas-Greenfield'], ['Jens Stoltenberg', 'Stoltenberg'], ['Fumio Kishida', 'Kishida'], ['Mark Rutte', 'Rutte'],
];

export interface SyntheticKb {
  byForm: Map<string, KnownName>;
  pattern: RegExp;
}

/** Countries (kb-data/countries.json), organisations (kb-data/gazetteer.json) and PEOPLE as one matcher. */
export function loadSyntheticKb(): SyntheticKb {
  const byForm = new Map<string, KnownName>();
  const countries = JSON.parse(readFileSync(join(ROOT, 'kb-data', 'countries.json'), 'utf8')) as
    { countries: Array<{ iso2: string; name: string; lat: number; lon: number; wikidata?: string | null }> };
  for (const c of countries.countries) {
    byForm.set(c.name, { name: c.name, type: 'GPE', kb: { iso3166: c.iso2, ...(c.wikidata ? { wikidata: c.wikidata } : {}) }, point: { lat: c.lat, lon: c.lon } });
  }
  const gaz = JSON.parse(readFileSync(join(ROOT, 'kb-data', 'gazetteer.json'), 'utf8')) as
    { orgs: Array<{ name: string; acronyms?: string[]; wikidata?: string | null }> };
  for (const o of gaz.orgs) {
    const known: KnownName = { name: o.name, type: 'ORG', kb: o.wikidata ? { wikidata: o.wikidata } : {} };
    for (const f of [o.name, ...(o.acronyms ?? []).filter((a) => /^[A-Z]{3,}$/.test(a))]) if (!byForm.has(f)) byForm.set(f, known);
  }
  for (const [name, surname] of PEOPLE) {
    const known: KnownName = { name, type: 'PERSON', kb: {} };
    byForm.set(name, known);
    byForm.set(surname, known);
  }
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return { byForm, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'gu') };
}

/**
 * The input Store.articles.save gets for a synthetic article, without the NLP: every known name in the text is an
 * entity (countries are places too), 0-3 events of random PLOVER types between them, and direct quotes for
 * sentences with "said" when a person is named. Deterministic for a seed.
 */
export function syntheticSaveInput(kb: SyntheticKb, rnd: () => number, i: number, s: SyntheticArticle): SaveArticleInput {
  const id = createHash('sha256').update(s.url).digest('hex');
  const ents = new Map<KnownName, Entity>();
  for (const m of s.text.matchAll(kb.pattern)) {
    const known = kb.byForm.get(m[0]) as KnownName;
    let e = ents.get(known);
    if (!e) {
      e = { id: `e${ents.size + 1}`, name: known.name, type: known.type, mentions: [], salience: 0, ...(Object.keys(known.kb).length ? { kb: known.kb } : {}) };
      ents.set(known, e);
    }
    if (e.mentions.length < 20) e.mentions.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'name' });
  }
  const total = [...ents.values()].reduce((n, e) => n + e.mentions.length, 0);
  for (const e of ents.values()) e.salience = Math.round((e.mentions.length / total) * 1000) / 1000;
  const places: Place[] = [...ents].filter(([k]) => k.point).map(([k, e]) => ({
    entity: e.id, name: k.name, country: k.kb.iso3166 ?? null, lat: (k.point as { lat: number }).lat, lon: (k.point as { lon: number }).lon, geonames: null, featureClass: 'A',
  }));
  const actors = [...ents.values()].map((e) => e.id);
  const people = [...ents.values()].filter((e) => e.type === 'PERSON').map((e) => e.id);
  const sentences = [...s.text.matchAll(/[^.!?]+[.!?]["”]?/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const events: ArgusEvent[] = [];
  for (let k = actors.length && sentences.length ? Math.floor(rnd() * 4) : 0; k > 0; k--) {
    const at = pick(sentences);
    const source = pick(actors);
    const target = rnd() < 0.7 ? pick(actors.filter((x) => x !== source)) ?? null : null;
    events.push({ type: pick(PLOVER_TYPES), mode: null, cameo: null, source, target, location: places.length ? pick(places).entity : null, date: s.published,
      trigger: null, negated: false, start: at.start, end: at.end });
  }
  const quotes: Quote[] = people.length === 0 ? [] : sentences.filter((x) => / said\b/.test(s.text.slice(x.start, x.end))).slice(0, 3)
    .map((x) => ({ text: s.text.slice(x.start, x.end).trim(), start: x.start, end: x.end, kind: 'direct' as const, speaker: pick(people), cue: 'said' }));
  const analysis: Analysis = {
    schema: 'argus.analysis/1',
    article: { id, url: s.url, source: s.source, title: s.title, subtitle: null, published: s.published, language: 'en', text: s.text },
    entities: [...ents.values()], quotes, events, places, dates: [],
  };
  const entities: EntityRecord[] = analysis.entities.map((e) => ({
    localId: e.id, keys: entityKeys(e), name: e.name, type: e.type, kb: e.kb ?? {}, aliases: [], titles: [], salience: e.salience ?? 0, mentions: e.mentions,
  }));
  const h = createHash('sha256').update(s.title + s.text + i).digest();
  return {
    batchId: null, story: { kind: 'new' }, analysis, entities,
    article: {
      id, contentHash: h.toString('hex'), url: s.url, source: s.source, title: s.title, subtitle: null, published: s.published, language: 'en', byline: null,
      text: s.text, inputMeta: {}, raw: null, ref: `synthetic:${i}`, simhash: { hi: h.readUInt32BE(0), lo: h.readUInt32BE(4) },
      minhash: new Uint32Array(64).map((_, k) => h.readUInt32BE((k % 7) * 4) ^ k), lsh: [h.readUInt32BE(8), h.readUInt32BE(12)], keywords: [],
    },
  };
}

const isMain = process.argv[1] !== undefined && /gen-synthetic\.ts$/.test(process.argv[1]);
if (isMain) {
  const n = Number(process.argv[2] ?? 1000);
  const out = process.argv[3] ?? 'synthetic.jsonl';
  const seed = Number(process.argv[4] ?? 42);
  const lines: string[] = [];
  for (const a of syntheticArticles(n, seed)) lines.push(JSON.stringify({ title: a.title, text: a.text, published: a.published, source: a.source, url: a.url }));
  writeFileSync(out, lines.join('\n') + '\n');
  console.error(`wrote ${n} synthetic articles to ${out}`);
}
