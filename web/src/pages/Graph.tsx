// Graph: the actor network from events (edges coloured by PLOVER quad class) or co-mentions, drawn by sigma.js;
// filters by entity type, role, event type, quad class, corroboration and dates; click an edge or a node for its evidence.
import { useMemo } from 'preact/hooks';
import { qs, useApi } from '../api';
import { navigate, withParams, type Route } from '../router';
import { RangeTypeFilters } from '../components/Filters';
import { Empty, ErrorBox, Loading } from '../components/state';
import { ExportLinks } from '../components/ExportLinks';
import { ActorGraph } from '../components/ActorGraph';
import { ENTITY_TYPES, type EvidenceRow, type GraphAnswer } from '../types';

const QUADS = ['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict'];

/** Actor roles (the PETRARCH2 / CAMEO agent codes Argus assigns as kb.role). */
const ROLES: Record<string, string> = {
  GOV: 'government', MIL: 'military', COP: 'police', JUD: 'judiciary', LEG: 'legislature', IGO: 'intergovernmental',
  NGO: 'non-governmental', REB: 'rebels', BUS: 'business', MED: 'media', PTY: 'party', OPP: 'opposition', ELI: 'elite',
};

/** What `limit` asks for: events — the strongest links (by count); co-mentions — the most mentioned entities. */
const SIZES = { events: [80, 300, 1000, 2000], mentions: [80, 200, 500] };

type Edge = GraphAnswer['edges'][number];

export function GraphPage({ route }: { route: Route }) {
  const q = route.query;
  const mode = q.get('mode') ?? 'events';
  const events = mode === 'events';
  const params = {
    mode, type: events ? q.get('type') : null, entityType: q.get('etype'), entity: q.get('entity'), from: q.get('from'), to: q.get('to'),
    limit: q.get('limit'), minSources: events ? q.get('minSources') : null,
  };
  const { data, error, loading, reload } = useApi<GraphAnswer>(`/api/graph${qs(params)}`);
  const a = q.get('a');
  const b = q.get('b');
  const focus = q.get('node');
  const role = q.get('role');
  const quad = events ? q.get('quad') : null;
  const ev = useApi<{ evidence: EvidenceRow[] }>(a && b ? `/api/graph/evidence${qs({ a, b, type: events ? q.get('type') : null, from: q.get('from'), to: q.get('to') })}` : null);
  const names = useMemo(() => new Map(data?.nodes.map((n) => [n.id, n.name]) ?? []), [data]);
  // role and quad class filter the answer here: both are properties of what the API returned
  const shown = useMemo(() => {
    if (!data) return null;
    const roleOf = new Map(data.nodes.map((n) => [n.id, n.role ?? null]));
    const edges = data.edges.filter((e) => (!quad || e.quad === quad) && (!role || roleOf.get(e.source) === role || roleOf.get(e.target) === role));
    const used = new Set(edges.flatMap((e) => [e.source, e.target]));
    return { nodes: data.nodes.filter((n) => used.has(n.id)), edges };
  }, [data, role, quad]);
  const roles = useMemo(() => {
    const count = new Map<string, number>();
    for (const n of data?.nodes ?? []) if (n.role) count.set(n.role, (count.get(n.role) ?? 0) + 1);
    return [...count].sort((x, y) => y[1] - x[1]);
  }, [data]);
  const set = (k: string) => (e: Event) => navigate(withParams(route, { [k]: (e.target as HTMLSelectElement).value, a: null, b: null, node: null }));
  const linkLabel = (e: Edge): string => `${names.get(e.source)} ${e.type ? `—${e.type}→` : '&'} ${names.get(e.target)}`;
  const focusEdges = focus && shown ? shown.edges.filter((e) => String(e.source) === focus || String(e.target) === focus).sort((x, y) => y.weight - x.weight) : [];
  const hasSources = !!data?.edges.some((e) => typeof e.sources === 'number');
  return (
    <div class="page graph">
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <select aria-label="Network" value={mode} onChange={(e) => navigate(withParams(route, { mode: (e.target as HTMLSelectElement).value, a: null, b: null, node: null, limit: null }))}>
          <option value="events">events (who did what to whom)</option>
          <option value="mentions">co-mentions (named together)</option>
        </select>
        <select aria-label="Entity type" value={q.get('etype') ?? ''} onChange={set('etype')}>
          <option value="">any entity type</option>
          {ENTITY_TYPES.map((t) => <option key={t} value={t}>{t}</option>)}
        </select>
        <select aria-label="Role" value={role ?? ''} onChange={set('role')}>
          <option value="">any role</option>
          {roles.map(([r, n]) => <option key={r} value={r}>{ROLES[r] ?? r} ({n})</option>)}
          {role && !roles.some(([r]) => r === role) && <option value={role}>{ROLES[role] ?? role} (none here)</option>}
        </select>
        {events && (
          <select aria-label="Quad class" value={quad ?? ''} onChange={set('quad')}>
            <option value="">any quad class</option>
            {QUADS.map((c) => <option key={c} value={c}>{c.replace('-', ' ')}</option>)}
          </select>
        )}
        {events && (
          <select aria-label="Corroboration" value={q.get('minSources') ?? ''} onChange={set('minSources')}>
            <option value="">any number of sources</option>
            {[2, 3, 5].map((n) => <option key={n} value={String(n)}>corroborated by ≥ {n} sources</option>)}
          </select>
        )}
        <RangeTypeFilters route={route} type={events} />
        <select aria-label="Graph size" value={q.get('limit') ?? ''} onChange={set('limit')}>
          {(events ? SIZES.events : SIZES.mentions).map((n, i) => (
            <option key={n} value={i === 0 ? '' : String(n)}>{events ? `strongest ${n} links` : `top ${n} entities`}</option>
          ))}
        </select>
        {q.get('entity') && <a href={withParams(route, { entity: null })} class="active">✕ entity {names.get(Number(q.get('entity'))) ?? q.get('entity')}</a>}
      </form>
      {/* the graph's articles: same dates and event type; a chosen entity by its name (the export filters by name or key) */}
      <ExportLinks filters={{ type: events ? q.get('type') : null, from: q.get('from'), to: q.get('to'), entity: q.get('entity') ? names.get(Number(q.get('entity'))) ?? null : null }} />
      {events && (
        <p class="legend">{QUADS.map((c) => <span key={c} class={`quad ${c}`}>{c.replace('-', ' ')}</span>)}
          <span class="meta">Drag to pan, scroll to zoom, drag a node to move it, hover for its neighbours, click a link or a node for the evidence.</span></p>
      )}
      {error && <ErrorBox error={error} onRetry={reload} />}
      {!data && loading && <Loading what="the network" />}
      {shown && shown.edges.length === 0 && <Empty>No {events ? 'events' : 'co-mentions'} match these filters. Widen the dates or clear a filter.</Empty>}
      {shown && shown.edges.length > 0 && (
        <ActorGraph nodes={shown.nodes} edges={shown.edges} directed={events}
          selected={a && b ? { a: Number(a), b: Number(b) } : null} focus={focus ? Number(focus) : null}
          onEdge={(x, y) => navigate(withParams(route, { a: String(x), b: String(y) }), { replace: true })}
          onNode={(id) => navigate(withParams(route, { node: String(id), a: null, b: null }), { replace: true })} />
      )}
      <p class="meta graph-count" aria-live="polite">
        {shown && `${shown.nodes.length} entities, ${shown.edges.length} links${data && shown.edges.length < data.edges.length ? ` (of ${data.edges.length} before the role and quad filters)` : ''}`}
      </p>
      {focus && (
        <section class="evidence node-links">
          <h2>Links of <a href={`/entity/${focus}`}>{names.get(Number(focus)) ?? focus}</a> <a href={`/timeline?entity=${focus}`} class="meta">timeline</a>{' '}
            <a href={withParams(route, { node: null })} aria-label="close">✕</a></h2>
          {focusEdges.length === 0 ? <Empty>No links of this entity under these filters.</Empty> : (
            <ol>
              {focusEdges.slice(0, 30).map((e, i) => (
                <li key={i}>
                  <button type="button" class={`link quad ${e.quad ?? 'comention'}`} onClick={() => navigate(withParams(route, { a: String(e.source), b: String(e.target) }))}>
                    {linkLabel(e)}
                  </button> <span class="count">{e.weight}{hasSources && typeof e.sources === 'number' ? ` · ${e.sources} sources` : ''}</span>
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
      {a && b && (
        <section class="evidence">
          <h2>Evidence: {names.get(Number(a)) ?? a} and {names.get(Number(b)) ?? b}{' '}
            <a href={`/timeline?entity=${a}&other=${b}`} class="meta">timeline of the pair</a> <a href={withParams(route, { a: null, b: null })} aria-label="close">✕</a></h2>
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
      {shown && shown.edges.length > 0 && (
        <details class="edge-list" open={!(a && b) && !focus}>
          <summary>Strongest links ({Math.min(shown.edges.length, 15)} of {shown.edges.length}) — choose one for its evidence</summary>
          <ol>
            {[...shown.edges].sort((x, y) => y.weight - x.weight).slice(0, 15).map((e, i) => (
              <li key={i}>
                <button type="button" class={`link quad ${e.quad ?? 'comention'}`}
                  onClick={() => navigate(withParams(route, { a: String(e.source), b: String(e.target) }))}>
                  {linkLabel(e)}
                </button> <span class="count">{e.weight}{typeof e.sources === 'number' ? ` · ${e.sources} sources` : ''}</span>
              </li>
            ))}
          </ol>
        </details>
      )}
    </div>
  );
}
