// An offline world map: Natural Earth country shapes (world-atlas, 1:110m) projected with d3-geo; places as circles.
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import world from 'world-atlas/countries-110m.json';

export interface MapPlace {
  name: string;
  country: string | null;
  lat: number;
  lon: number;
  articles: number;
}

let land: FeatureCollection | null = null;
function countries(): FeatureCollection {
  if (!land) {
    const topo = world as unknown as Topology<{ countries: GeometryCollection }>;
    land = feature(topo, topo.objects.countries) as FeatureCollection;
  }
  return land;
}

export function WorldMap({ places, width = 960, height = 500, focus, onPick, selected }: {
  places: MapPlace[]; width?: number; height?: number; focus?: boolean; selected?: string | null; onPick?: (p: MapPlace) => void;
}) {
  const fc = countries();
  const projection = geoNaturalEarth1();
  if (focus && places.length) {
    const pts: FeatureCollection = {
      type: 'FeatureCollection',
      features: places.map((p) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [p.lon, p.lat] } })),
    };
    // a small article map: frame its places, but never closer than about a country
    const lons = places.map((p) => p.lon);
    const lats = places.map((p) => p.lat);
    const pad = 12;
    pts.features.push({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [Math.min(...lons) - pad, Math.min(...lats) - pad] } });
    pts.features.push({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [Math.max(...lons) + pad, Math.max(...lats) + pad] } });
    projection.fitExtent([[10, 10], [width - 10, height - 10]], pts);
  } else projection.fitSize([width, height], fc);
  const path = geoPath(projection);
  const max = Math.max(1, ...places.map((p) => p.articles));
  return (
    <svg class="map" viewBox={`0 0 ${width} ${height}`} role="img" aria-label="map of places">
      <rect width={width} height={height} class="sea" />
      {fc.features.map((f, i) => <path key={i} d={path(f) ?? ''} class="land" />)}
      {places.map((p) => {
        const xy = projection([p.lon, p.lat]);
        if (!xy) return null;
        const r = 3 + 14 * Math.sqrt(p.articles / max);
        const label = `${p.name}${p.country ? ` (${p.country})` : ''}: ${p.articles} article${p.articles === 1 ? '' : 's'}`;
        return (
          <g key={`${p.name}|${p.country}`} class={selected === p.name ? 'place selected' : 'place'}>
            <circle cx={xy[0]} cy={xy[1]} r={r} tabIndex={onPick ? 0 : undefined} role={onPick ? 'button' : undefined} aria-label={label}
              onClick={onPick ? () => onPick(p) : undefined}
              onKeyDown={onPick ? (e: KeyboardEvent) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onPick(p); } } : undefined}>
              <title>{label}</title>
            </circle>
            {(focus || r > 9) && <text x={xy[0] + r + 2} y={xy[1] + 4} class="place-label">{p.name}</text>}
          </g>
        );
      })}
    </svg>
  );
}
