// Graph: the actor network from events (edges coloured by PLOVER quad class) or co-mentions; click an edge for its evidence.
import { useMemo } from 'preact/hooks';
import { qs, useApi } from '../api';
import { navigate, withParams, type Route } from '../router';
import { RangeTypeFilters } from '../components/Filters';
import { Empty, ErrorBox, Loading } from '../components/state';
import { ExportLinks } from '../components/ExportLinks';
import { ENTITY_TYPES, type EvidenceRow, type GraphAnswer } from '../types';

interface Pos { x: number; y: number }

/** A small deterministic force layout (repulsion, springs, gravity): enough for a hundred nodes, no library. */
function layout(g: GraphAnswer, w: number, h: number): Map<number, Pos> {
  const n = g.nodes.length;
  const pos = g.nodes.map((_, i) => ({ x: w / 2 + Math.cos(i * 2.4) * (40 + 4 * i), y: h / 2 + Math.sin(i * 2.4) * (40 + 4 * i), vx: 0, vy: 0 }));
  const index = new Map(g.nodes.map((nd, i) => [nd.id, i]));
  const edges = g.edges.map((e) => [index.get(e.source), index.get(e.target)] as const).filter((e): e is readonly [number, number] => e[0] !== undefined && e[1] !== undefined);
  for (let it = 0; it < 300; it++) {
    const t = 1 - it / 300;
    for (let i = 0; i < n; i++) {
      const a = pos[i]!;
      for (let j = i + 1; j < n; j++) {
        const b = pos[j]!;
        const dx = a.x - b.x;
        const dy = a.y - b.y;
        const d2 = Math.max(dx * dx + dy * dy, 25);
        const f = 1800 / d2;
        a.vx += dx * f / 10; a.vy += dy * f / 10; b.vx -= dx * f / 10; b.vy -= dy * f / 10;
      }
    }
    for (const [i, j] of edges) {
      const a = pos[i]!;
      const b = pos[j]!;
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      a.vx += dx * 0.01; a.vy += dy * 0.01; b.vx -= dx * 0.01; b.vy -= dy * 0.01;
    }
    for (const p of pos) {
      p.vx += (w / 2 - p.x) * 0.005; p.vy += (h / 2 - p.y) * 0.005;
      p.x += Math.max(-20, Math.min(20, p.vx * t)); p.y += Math.max(-20, Math.min(20, p.vy * t));
      p.x = Math.max(20, Math.min(w - 20, p.x)); p.y = Math.max(20, Math.min(h - 20, p.y));
      p.vx *= 0.5; p.vy *= 0.5;
    }
  }
  return new Map(g.nodes.map((nd, i) => [nd.id, { x: pos[i]!.x, y: pos[i]!.y }]));
}

const QUADS = ['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict'];

export function GraphPage({ route }: { route: Route }) {
  const q = route.query;
  const mode = q.get('mode') ?? 'events';
  const params = { mode, type: q.get('type'), entityType: q.get('etype'), entity: q.get('entity'), from: q.get('from'), to: q.get('to') };
  const { data, error, loading, reload } = useApi<GraphAnswer>(`/api/graph${qs(params)}`);
  const a = q.get('a');
  const b = q.get('b');
  const ev = useApi<{ evidence: EvidenceRow[] }>(a && b ? `/api/graph/evidence${qs({ a, b, type: mode === 'events' ? q.get('type') : null, from: q.get('from'), to: q.get('to') })}` : null);
  const W = 900;
  const H = 560;
  const pos = useMemo(() => (data ? layout(data, W, H) : new Map<number, Pos>()), [data]);
  const names = new Map(data?.nodes.map((n) => [n.id, n.name]) ?? []);
  const maxW = Math.max(1, ...(data?.edges.map((e) => e.weight) ?? [1]));
  const maxN = Math.max(1, ...(data?.nodes.map((n) => n.weight) ?? [1]));
  return (
    <div class="page graph">
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <select aria-label="Network" value={mode} onChange={(e) => navigate(withParams(route, { mode: (e.target as HTMLSelectElement).value, a: null, b: null }))}>
          <option value="events">events (who did what to whom)</option>
          <option value="mentions">co-mentions (named together)</option>
        </select>
        <select aria-label="Entity type" value={q.get('etype') ?? ''} onChange={(e) => navigate(withParams(route, { etype: (e.target as HTMLSelectElement).value }))}>
          <option value="">any entity type</option>
          {ENTITY_TYPES.map((t) => <option key={t} value={t}>{t}</option>)}
        </select>
        <RangeTypeFilters route={route} type={mode === 'events'} />
        {q.get('entity') && <a href={withParams(route, { entity: null })} class="active">✕ entity {names.get(Number(q.get('entity'))) ?? q.get('entity')}</a>}
      </form>
      {/* the graph's articles: same dates and event type; a chosen entity by its name (the export filters by name or key) */}
      <ExportLinks filters={{ type: mode === 'events' ? q.get('type') : null, from: q.get('from'), to: q.get('to'), entity: q.get('entity') ? names.get(Number(q.get('entity'))) ?? null : null }} />
      {mode === 'events' && (
        <p class="legend">{QUADS.map((c) => <span key={c} class={`quad ${c}`}>{c.replace('-', ' ')}</span>)}</p>
      )}
      {error && <ErrorBox error={error} onRetry={reload} />}
      {!data && loading && <Loading what="the network" />}
      {data && data.edges.length === 0 && <Empty>No {mode === 'events' ? 'events' : 'co-mentions'} match these filters. Widen the dates or clear a filter.</Empty>}
      {data && data.edges.length > 0 && (
        <svg class="network" viewBox={`0 0 ${W} ${H}`} role="img" aria-label="actor network">
          <defs>
            <marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="arrowhead" /></marker>
          </defs>
          {data.edges.map((e, i) => {
            const s = pos.get(e.source);
            const t = pos.get(e.target);
            if (!s || !t) return null;
            const selected = (String(e.source) === a && String(e.target) === b) || (String(e.source) === b && String(e.target) === a);
            const label = `${names.get(e.source)} ${e.type ? `—${e.type}→` : '&'} ${names.get(e.target)}: ${e.weight}`;
            return (
              <line key={i} x1={s.x} y1={s.y} x2={t.x} y2={t.y} class={`edge ${e.quad ?? 'comention'}${selected ? ' selected' : ''}`}
                stroke-width={1 + 5 * (e.weight / maxW)} marker-end={e.type ? 'url(#arrow)' : undefined} tabIndex={0} role="button" aria-label={label}
                onClick={() => navigate(withParams(route, { a: String(e.source), b: String(e.target) }))}
                onKeyDown={(k: KeyboardEvent) => { if (k.key === 'Enter') navigate(withParams(route, { a: String(e.source), b: String(e.target) })); }}>
                <title>{label}</title>
              </line>
            );
          })}
          {data.nodes.map((n) => {
            const p = pos.get(n.id);
            if (!p) return null;
            const r = 4 + 10 * Math.sqrt(n.weight / maxN);
            return (
              <g key={n.id} class={`node ent-${n.type}`}>
                <circle cx={p.x} cy={p.y} r={r}><title>{`${n.name} (${n.type}): ${n.weight}`}</title></circle>
                <a href={`/entity/${n.id}`}><text x={p.x + r + 2} y={p.y + 4}>{n.name}</text></a>
              </g>
            );
          })}
        </svg>
      )}
      {data && data.edges.length > 0 && (
        <details class="edge-list" open={!(a && b)}>
          <summary>Strongest links ({Math.min(data.edges.length, 15)} of {data.edges.length}) — choose one for its evidence</summary>
          <ol>
            {[...data.edges].sort((x, y) => y.weight - x.weight).slice(0, 15).map((e, i) => (
              <li key={i}>
                <button type="button" class={`link quad ${e.quad ?? 'comention'}`}
                  onClick={() => navigate(withParams(route, { a: String(e.source), b: String(e.target) }))}>
                  {names.get(e.source)} {e.type ? `—${e.type}→` : '&'} {names.get(e.target)}
                </button> <span class="count">{e.weight}</span>
              </li>
            ))}
          </ol>
        </details>
      )}
      {a && b && (
        <section class="evidence">
          <h2>Evidence: {names.get(Number(a)) ?? a} and {names.get(Number(b)) ?? b} <a href={withParams(route, { a: null, b: null })} aria-label="close">✕</a></h2>
          {ev.error && <ErrorBox error={ev.error} />}
          {ev.loading && <Loading what="sentences" />}
          {ev.data && ev.data.evidence.length === 0 && <Empty>No sentences found for this pair.</Empty>}
          <ul>
            {ev.data?.evidence.map((x, i) => (
              <li key={i}>
                {x.type && <strong>{x.sourceName} —{x.type}→ {x.targetName}: </strong>}
                “{x.sentence}” <a href={`/article/${x.articleId}`}>{x.title}</a> <span class="meta">{x.published?.slice(0, 10)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
