// GeoJSON (RFC 7946): a FeatureCollection of Point features, coordinates [longitude, latitude] in WGS 84.
// - places: one feature per distinct place (GeoNames id, else name + country + coordinates) with the number of articles
//   that mention it and of events located there; counted over the whole export, so written at the end (memory grows
//   with the number of distinct places, not articles);
// - events: one feature per event whose location is a geocoded place, written as it goes.
import type { Place } from '../../core/analysis.js';
import { ArticleIndex, each, eventFact, keep, quadClass, type FactFilter, type Rows } from './common.js';

export interface PlaceTally {
  name: string;
  country: string | null;
  lat: number;
  lon: number;
  geonames: number | null;
  featureClass: string | null;
  articles: number;
  events: number;
}

function onEarth(p: Pick<Place, 'lat' | 'lon'>): boolean {
  return Number.isFinite(p.lat) && Number.isFinite(p.lon) && Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180;
}

export function placeKey(p: Place): string {
  return p.geonames != null ? `gn:${p.geonames}` : `${p.name}|${p.country ?? ''}|${p.lat.toFixed(4)}|${p.lon.toFixed(4)}`;
}

const point = (p: Pick<Place, 'lat' | 'lon'>) => ({ type: 'Point', coordinates: [p.lon, p.lat] });

export async function* geojsonPlaceChunks(rows: Rows): AsyncGenerator<string> {
  const tally = new Map<string, PlaceTally>();
  for await (const r of each(rows)) {
    const a = r.analysis;
    const ix = new ArticleIndex(a);
    const seen = new Set<string>();
    for (const p of a.places) {
      if (!onEarth(p)) continue;
      const k = placeKey(p);
      let t = tally.get(k);
      if (!t) {
        t = { name: p.name, country: p.country ?? null, lat: p.lat, lon: p.lon, geonames: p.geonames ?? null, featureClass: p.featureClass ?? null, articles: 0, events: 0 };
        tally.set(k, t);
      }
      if (!seen.has(k)) {
        seen.add(k);
        t.articles++;
      }
    }
    for (const e of a.events) {
      const p = ix.place(e.location);
      if (p && onEarth(p)) {
        const t = tally.get(placeKey(p));
        if (t) t.events++;
      }
    }
    yield '';
  }
  const sorted = [...tally.entries()].sort((x, y) => y[1].articles - x[1].articles || x[1].name.localeCompare(y[1].name) || (x[0] < y[0] ? -1 : 1));
  yield '{"type":"FeatureCollection","features":[';
  let first = true;
  for (const [k, t] of sorted) {
    const f = {
      type: 'Feature', id: k, geometry: point(t),
      properties: { name: t.name, country: t.country, geonames: t.geonames, featureClass: t.featureClass, articles: t.articles, events: t.events },
    };
    yield `${first ? '\n' : ',\n'}${JSON.stringify(f)}`;
    first = false;
  }
  yield '\n]}\n';
}

export async function* geojsonEventChunks(rows: Rows, filter: FactFilter = {}): AsyncGenerator<string> {
  yield '{"type":"FeatureCollection","features":[';
  let first = true;
  for await (const r of each(rows)) {
    const a = r.analysis;
    if (a.events.length === 0) continue;
    const ix = new ArticleIndex(a);
    let out = '';
    a.events.forEach((e, i) => {
      const p = ix.place(e.location);
      if (!p || !onEarth(p)) return;
      const fact = eventFact(r, i, e);
      if (!keep(fact, filter)) return;
      const f = {
        type: 'Feature', id: `${r.id}#event${i}`, geometry: point(p),
        properties: {
          type: e.type, mode: e.mode ?? null, cameo: e.cameo ?? null, quadClass: quadClass(e.type, e.cameo), negated: e.negated ?? false,
          date: e.date ?? r.published?.slice(0, 10) ?? null, source: ix.name(e.source), sourceCountry: ix.country(e.source),
          target: ix.name(e.target), targetCountry: ix.country(e.target), place: p.name, country: p.country ?? null,
          sentence: ix.span(e.start, e.end), start: e.start, end: e.end, articleId: r.id, articleUrl: r.url, title: r.title,
          sources: fact.sources, articles: fact.articles, confidence: fact.confidence,
        },
      };
      out += `${first ? '\n' : ',\n'}${JSON.stringify(f)}`;
      first = false;
    });
    yield out;
  }
  yield '\n]}\n';
}
