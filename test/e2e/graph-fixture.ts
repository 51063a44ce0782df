// A synthetic news database for the graph's browser tests: 540 invented actors in 27 communities, 360 invented stories (up to three tellings each)
// from six invented outlets, each article with a few events between actors of one community (and now and then a hub).
// Deterministic (a seeded generator); written through the Store interface like any ingest, so the corroboration counts
// and every read model are the real ones. Some events are reported by two or three outlets within a day: corroborated.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Analysis } from '../../src/core/analysis.js';
import { openStore } from '../../src/store/index.js';
import type { EntityRecord } from '../../src/store/types.js';
import { record } from '../store/suite.js';

const SYL = ['ka', 'vo', 'ren', 'dal', 'mir', 'tos', 'bel', 'ur', 'qua', 'nis', 'fen', 'lor', 'zi', 'hax', 'pem', 'sor', 'tav', 'gri'];
const OUTLETS = ['Harbor Ledger', 'Vantor Wire', 'Quill Daily', 'Meridian Post', 'Kestrel Times', 'Ostrava Courier'];
const TYPES = ['CONSULT', 'AGREE', 'ACCUSE', 'AID', 'THREATEN', 'COOPERATE', 'REJECT', 'SUPPORT', 'SANCTION', 'REQUEST'];
const ROLES = ['GOV', 'MIL', 'BUS', 'IGO', 'LEG'];
const VERB: Record<string, string> = {
  CONSULT: 'met with', AGREE: 'signed an accord with', ACCUSE: 'accused', AID: 'sent aid to', THREATEN: 'threatened',
  COOPERATE: 'began joint drills with', REJECT: 'rejected the offer of', SUPPORT: 'praised', SANCTION: 'imposed tariffs on', REQUEST: 'asked for help from',
};

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Actor { name: string; type: 'PERSON' | 'ORG' | 'GPE'; role: string | null }

function actors(n: number, rand: () => number): Actor[] {
  const out: Actor[] = [];
  const seen = new Set<string>();
  const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1);
  const word = (k: number): string => cap(Array.from({ length: k }, () => SYL[Math.floor(rand() * SYL.length)]).join(''));
  while (out.length < n) {
    const kind = out.length % 3;
    const name = kind === 0 ? `${word(2)} ${word(2)}` : kind === 1 ? `${word(2)} ${['Council', 'Agency', 'Guard', 'Bank', 'Assembly'][out.length % 5]}` : `Republic of ${word(3)}`;
    if (seen.has(name)) continue;
    seen.add(name);
    out.push({ name, type: kind === 0 ? 'PERSON' : kind === 1 ? 'ORG' : 'GPE', role: kind === 2 ? null : ROLES[out.length % ROLES.length] ?? null });
  }
  return out;
}

export interface GraphFixture {
  dbPath: string;
  actors: number;
  cleanup(): void;
}

export async function buildGraphFixture(opts: { actors?: number; articles?: number } = {}): Promise<GraphFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'argus-graph-test-'));
  const dbPath = join(dir, 'graph.db');
  const rand = rng(20260412);
  const all = actors(opts.actors ?? 540, rand);
  const communities = 27;
  const per = Math.ceil(all.length / communities);
  const store = await openStore(dbPath);
  try {
    const n = opts.articles ?? 360;
    for (let i = 0; i < n; i++) {
      const c = i % communities;
      const members = all.slice(c * per, (c + 1) * per);
      // an article names 5 actors of its community and, one time in four, one of the first three (hubs)
      const cast: Actor[] = [];
      while (cast.length < 5) {
        const a = members[Math.floor(rand() * members.length)];
        if (a && !cast.includes(a)) cast.push(a);
      }
      if (i % 4 === 0) {
        const hub = all[i % 3];
        if (hub && !cast.includes(hub)) cast.push(hub);
      }
      const events: Array<{ s: number; t: number; type: string }> = [];
      for (let k = 0; k + 1 < cast.length; k++) events.push({ s: k, t: k + 1, type: TYPES[Math.floor(rand() * TYPES.length)] ?? 'CONSULT' });
      // the same story told by up to three outlets on neighbouring days, in their own words: independent sources
      const tellings = i % 5 === 0 ? 3 : i % 5 === 1 ? 2 : 1;
      for (let v = 0; v < tellings; v++) {
        const day = new Date(Date.UTC(2025, 0, 6) + (Math.floor(i / 3) + v) * 86_400_000).toISOString().slice(0, 10);
        let text = `${['Officials said on Tuesday', 'Reports from the region say', 'In a statement issued late'][v]} that talks continued.\n`;
        const mentions = new Map<number, Array<{ start: number; end: number }>>();
        const spans: Array<{ start: number; end: number }> = [];
        for (const e of events) {
          const s = cast[e.s]!;
          const t = cast[e.t]!;
          const start = text.length;
          (mentions.get(e.s) ?? mentions.set(e.s, []).get(e.s)!).push({ start, end: start + s.name.length });
          text += `${s.name} ${VERB[e.type]} `;
          (mentions.get(e.t) ?? mentions.set(e.t, []).get(e.t)!).push({ start: text.length, end: text.length + t.name.length });
          text += `${t.name}${v === 1 ? ', according to people briefed on it' : ''}. `;
          spans.push({ start, end: text.length - 1 });
        }
        const rec = record({ title: `${cast[0]!.name} and ${cast[1]!.name}: talks, day ${i}`, text, published: `${day}T09:00:00Z`, source: OUTLETS[(i + v * 2) % OUTLETS.length]!, url: `https://example.org/graph/${i}/${v}` });
        const entities: EntityRecord[] = cast.map((a, k) => ({
          localId: `e${k}`, keys: [`${a.type}:${a.name.toLowerCase()}`], name: a.name, type: a.type, kb: {}, aliases: [], titles: [], salience: 0.5,
          mentions: (mentions.get(k) ?? []).map((m) => ({ ...m, text: text.slice(m.start, m.end), kind: 'name' as const })),
        }));
        const analysis: Analysis = {
          schema: 'argus.analysis/1',
          article: { id: rec.id, url: rec.url, source: rec.source, title: rec.title, subtitle: null, published: rec.published, language: 'en', text },
          entities: entities.map((e, k) => ({
            id: e.localId, name: e.name, type: e.type as Analysis['entities'][number]['type'], mentions: e.mentions,
            ...(cast[k]?.role ? { kb: { role: cast[k]!.role } } : {}),
          })) as Analysis['entities'],
          quotes: [],
          events: events.map((e, k) => ({ type: e.type as Analysis['events'][number]['type'], source: `e${e.s}`, target: `e${e.t}`, start: spans[k]!.start, end: spans[k]!.end, trigger: VERB[e.type]!.split(' ')[0]! })),
          places: [],
          dates: [],
        };
        await store.articles.save({ batchId: null, article: rec, analysis, entities, story: { kind: 'new' } });
      }
    }
  } finally {
    await store.close();
  }
  return { dbPath, actors: all.length, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
