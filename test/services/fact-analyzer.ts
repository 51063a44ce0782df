// A small deterministic analyzer for the correction tests: entities from a fixed list of names, direct quotes
// `"…," Name said`, events `A criticized|praised|met|attacked B` within a sentence, places for the listed towns.
// `reverse` numbers the entities the other way round, as another model's output would.
import type { Analysis, ArgusEvent, Entity, EntityType, Place, Quote } from '../../src/core/analysis.js';
import type { ArticleInput } from '../../src/core/input.js';

export type Known = ReadonlyArray<readonly [string, EntityType]>;

const TRIGGERS: Record<string, ArgusEvent['type']> = { criticized: 'ACCUSE', praised: 'SUPPORT', met: 'CONSULT', attacked: 'ASSAULT' };
const TOWNS: Record<string, { lat: number; lon: number; country: string; geonames: number }> = {
  Lisbon: { lat: 38.72, lon: -9.13, country: 'PT', geonames: 2267057 },
  Porto: { lat: 41.15, lon: -8.61, country: 'PT', geonames: 2735943 },
};

export function factAnalyzer(known: Known, opts: { reverse?: boolean } = {}) {
  return (input: Pick<ArticleInput, 'title' | 'text'> & Partial<ArticleInput>, o: { id: string }): Analysis => {
    const text = input.text;
    const names = opts.reverse ? [...known].reverse() : [...known];
    const entities: Entity[] = [];
    for (const [name, type] of names) {
      const mentions = [];
      for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) mentions.push({ start: i, end: i + name.length, text: name, kind: 'name' as const });
      if (mentions.length) entities.push({ id: `e${entities.length + 1}`, name, type, mentions });
    }
    const bySurname = (w: string): string | null => entities.find((e) => e.name === w || e.name.endsWith(` ${w}`))?.id ?? null;
    const quotes: Quote[] = [];
    for (const m of text.matchAll(/"([^"]+?),?" ([A-Z][a-z]+) said/g)) {
      const start = (m.index ?? 0) + 1;
      const body = m[1] ?? '';
      quotes.push({ text: body, start, end: start + body.length, kind: 'direct', speaker: bySurname(m[2] ?? ''), cue: 'said' });
    }
    const events: ArgusEvent[] = [];
    for (const m of text.matchAll(/\b(criticized|praised|met|attacked)\b/g)) {
      const at = m.index ?? 0;
      const sentStart = Math.max(text.lastIndexOf('.', at) + 1, 0);
      const sentEnd = text.indexOf('.', at) < 0 ? text.length : text.indexOf('.', at);
      const mentions = entities.flatMap((e) => e.mentions.map((x) => ({ id: e.id, ...x }))).filter((x) => x.start >= sentStart && x.end <= sentEnd);
      const src = mentions.filter((x) => x.end <= at).sort((a, b) => b.end - a.end)[0];
      const tgt = mentions.filter((x) => x.start > at).sort((a, b) => a.start - b.start)[0];
      const word = m[1] ?? '';
      events.push({ type: TRIGGERS[word] ?? 'CONSULT', mode: null, cameo: '000', source: src?.id ?? null, target: tgt?.id ?? null, trigger: word, start: at, end: at + word.length });
    }
    const places: Place[] = [];
    for (const e of entities) {
      const t = TOWNS[e.name];
      if (t) places.push({ entity: e.id, name: e.name, country: t.country, lat: t.lat, lon: t.lon, geonames: t.geonames, featureClass: 'city' });
    }
    return {
      schema: 'argus.analysis/1',
      article: { id: o.id, url: input.url ?? null, source: input.source ?? null, title: input.title, subtitle: input.subtitle ?? null, published: input.published ?? null, language: input.language ?? null, text },
      entities, quotes, events, places, dates: [],
    };
  };
}
