// Map: places sized by the articles that mention them, on an offline Natural Earth basemap; click through to the articles.
import { qs, useApi } from '../api';
import { navigate, withParams, type Route } from '../router';
import { WorldMap } from '../components/WorldMap';
import { RangeTypeFilters } from '../components/Filters';
import { CorroborationFilters } from '../components/Corroboration';
import { Empty, ErrorBox, Loading } from '../components/state';
import { ExportLinks } from '../components/ExportLinks';
import type { ArticleSummary, PlaceRow } from '../types';

export function MapPage({ route }: { route: Route }) {
  const f = { type: route.query.get('type'), from: route.query.get('from'), to: route.query.get('to'), minSources: route.query.get('minSources') };
  const place = route.query.get('place');
  const country = route.query.get('pc');
  const { data, error, loading, reload } = useApi<{ places: PlaceRow[] }>(`/api/places${qs(f)}`);
  const arts = useApi<{ articles: ArticleSummary[] }>(place ? `/api/places/articles${qs({ ...f, name: place, country })}` : null);
  return (
    <div class="page map">
      <form class="filters" onSubmit={(e) => e.preventDefault()}><RangeTypeFilters route={route} /><CorroborationFilters route={route} /></form>
      <ExportLinks filters={f} />
      {error && <ErrorBox error={error} onRetry={reload} />}
      {!data && loading && <Loading what="places" />}
      {data && (
        <div class="with-sidebar right">
          <section>
            <WorldMap places={data.places} selected={place} onPick={(p) => navigate(withParams(route, { place: p.name, pc: p.country }))} />
            {data.places.length === 0 && <Empty>No places in this range. Widen the dates or clear the event type.</Empty>}
          </section>
          <aside class="side">
            {place && (
              <section class="place-articles">
                <h2>{place}{country ? ` (${country})` : ''} <a href={withParams(route, { place: null, pc: null })} aria-label="close">✕</a></h2>
                {arts.error && <ErrorBox error={arts.error} />}
                {arts.loading && <Loading what="articles" />}
                <ul>{arts.data?.articles.map((a) => <li key={a.id}><a href={`/article/${a.id}`}>{a.title}</a> <span class="meta">{a.published?.slice(0, 10)}</span></li>)}</ul>
              </section>
            )}
            <h2>Places</h2>
            <table class="places-table">
              <thead><tr><th>place</th><th>country</th><th>articles</th></tr></thead>
              <tbody>
                {data.places.slice(0, 60).map((p) => (
                  <tr key={`${p.name}|${p.country}`}>
                    <td><a href={withParams(route, { place: p.name, pc: p.country })}>{p.name}</a></td><td>{p.country ?? ''}</td><td class="num">{p.articles}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </aside>
        </div>
      )}
    </div>
  );
}
