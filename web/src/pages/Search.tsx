// Search: full-text query (as you type), facets, highlighted snippets and the query's attention over time.
import { useEffect, useRef, useState } from 'preact/hooks';
import { CorroborationFilters } from '../components/Corroboration';
import { qs, useApi } from '../api';
import { navigate, withParams, type Route } from '../router';
import { DayChart } from '../components/DayChart';
import { Marked } from '../components/Marked';
import { Empty, ErrorBox, Loading } from '../components/state';
import { ExportLinks } from '../components/ExportLinks';
import { PLOVER, type Facet, type SearchAnswer } from '../types';

const FILTERS = ['entity', 'type', 'source', 'country', 'from', 'to', 'minSources', 'minConfidence'] as const;

function FacetList({ title, items, param, route, filter }: { title: string; items: Facet[]; param: string; route: Route; filter?: (f: Facet) => boolean }) {
  const active = route.query.get(param);
  const shown = filter ? items.filter(filter) : items;
  if (shown.length === 0 && !active) return null;
  return (
    <section class="facet">
      <h3>{title}</h3>
      <ul>
        {active && <li><a href={withParams(route, { [param]: null, offset: null })} class="active">✕ {active}</a></li>}
        {shown.slice(0, 12).map((f) => (
          <li key={f.value}>
            <a href={withParams(route, { [param]: f.value, offset: null })}>{f.value}</a> <span class="count">{f.count}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function SearchPage({ route }: { route: Route }) {
  const q = route.query.get('q') ?? '';
  const [text, setText] = useState(q);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => setText(q), [q]);
  const params: Record<string, string | null> = { q };
  for (const f of FILTERS) params[f] = route.query.get(f);
  params.sort = route.query.get('sort');
  params.offset = route.query.get('offset');
  const { data, error, loading, reload } = useApi<SearchAnswer>(`/api/search${qs(params)}`);
  const entityType = route.query.get('etype');

  const onInput = (v: string): void => {
    setText(v);
    window.clearTimeout(timer.current);
    // search as you type: the URL follows the box after a short pause (replace, so Back is not flooded)
    timer.current = window.setTimeout(() => navigate(withParams(route, { q: v, offset: null }), { replace: true }), 250);
  };
  const offset = Number(route.query.get('offset') ?? 0);

  return (
    <div class="page search">
      <form class="searchbar" role="search" onSubmit={(e) => { e.preventDefault(); navigate(withParams(route, { q: text, offset: null })); }}>
        <label for="q" class="sr-only">Search articles</label>
        <input id="q" type="search" value={text} placeholder='Search: Rutte, "South China Sea", NATO AND Japan…' autoFocus
          onInput={(e) => onInput((e.target as HTMLInputElement).value)} maxLength={500} autocomplete="off" />
        <select aria-label="Event type" value={route.query.get('type') ?? ''} onChange={(e) => navigate(withParams(route, { type: (e.target as HTMLSelectElement).value, offset: null }))}>
          <option value="">any event type</option>
          {PLOVER.map((t) => <option key={t} value={t}>{t}</option>)}
        </select>
        <label>from <input type="date" value={route.query.get('from') ?? ''} onChange={(e) => navigate(withParams(route, { from: (e.target as HTMLInputElement).value, offset: null }))} /></label>
        <label>to <input type="date" value={route.query.get('to') ?? ''} onChange={(e) => navigate(withParams(route, { to: (e.target as HTMLInputElement).value, offset: null }))} /></label>
        <select aria-label="Sort" value={route.query.get('sort') ?? 'relevance'} onChange={(e) => navigate(withParams(route, { sort: (e.target as HTMLSelectElement).value }))}>
          <option value="relevance">best match</option>
          <option value="date">newest</option>
        </select>
        <CorroborationFilters route={route} confidence />
      </form>
      {error && <ErrorBox error={error} onRetry={reload} />}
      {!data && loading && <Loading what="results" />}
      {data && (
        <div class="with-sidebar">
          <aside class="facets" aria-label="Filters">
            <FacetList title="Source" items={data.facets.source} param="source" route={route} />
            <section class="facet">
              <h3>Entity type</h3>
              <ul>
                {entityType && <li><a href={withParams(route, { etype: null })} class="active">✕ {entityType}</a></li>}
                {data.facets.entityType.slice(0, 8).map((f) => (
                  <li key={f.value}><a href={withParams(route, { etype: f.value })}>{f.value}</a> <span class="count">{f.count}</span></li>
                ))}
              </ul>
            </section>
            <FacetList title={entityType ? `Entity (${entityType})` : 'Entity'} items={data.facets.entities.filter((f) => !entityType || f.type === entityType)} param="entity" route={route} />
            <FacetList title="Country" items={data.facets.country} param="country" route={route} />
            <FacetList title="Event type" items={data.facets.eventType} param="type" route={route} />
          </aside>
          <section class="results" aria-busy={loading}>
            <p class="summary">
              {data.total} article{data.total === 1 ? '' : 's'}{q ? <> for <q>{q}</q></> : ''}
              {data.escaped && <span class="note"> — the query was not valid search syntax, so its words were searched as plain terms</span>}
            </p>
            {data.total > 0 && <ExportLinks filters={params} />}
            <DayChart points={data.perDay} label={`Articles per day${q ? ` matching “${q}”` : ''}`}
              onPick={(d) => navigate(withParams(route, { from: d, to: d, offset: null }))} />
            {data.hits.length === 0 && <Empty>No articles match. Remove a filter, or try fewer or different words.</Empty>}
            <ol class="hits" start={offset + 1}>
              {data.hits.map((h) => (
                <li key={h.id}>
                  <a href={`/article/${h.id}`} class="title">{h.title || '(untitled)'}</a>
                  <div class="meta">{h.source ?? 'unknown source'} · {h.published?.slice(0, 10) ?? 'undated'}</div>
                  <p class="snippet"><Marked text={h.snippet} /></p>
                </li>
              ))}
            </ol>
            <nav class="pager" aria-label="Pages">
              {offset > 0 && <a href={withParams(route, { offset: String(Math.max(0, offset - 20)) })}>← previous</a>}
              {offset + data.hits.length < data.total && <a href={withParams(route, { offset: String(offset + 20) })}>next →</a>}
            </nav>
          </section>
        </div>
      )}
    </div>
  );
}
