// Sources: each outlet's reliability profile (GET /api/sources, /api/sources/{name}): articles, share of syndicated
// copies, share of its events that other independent outlets also reported, median delay against the first report.
import { useApi } from '../api';
import { withParams, type Route } from '../router';
import { Empty, ErrorBox, Loading } from '../components/state';
import type { SourceDetail as Detail, SourceProfile as Profile } from '../../../src/store/corroboration-types';

interface Method {
  windowDays: number;
  formula: string;
}

const pct = (x: number | null): string => (x === null ? '–' : `${(x * 100).toFixed(1)}%`);
const hours = (h: number | null): string => (h === null ? '–' : h < 48 ? `${h} h` : `${(h / 24).toFixed(1)} d`);
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function SourceDetail({ name, route }: { name: string; route: Route }) {
  const { data, error, loading, reload } = useApi<Method & { source: Detail }>(`/api/sources/${encodeURIComponent(name)}`);
  if (loading && !data) return <Loading what={`the profile of ${name}`} />;
  if (error) return <ErrorBox error={error} onRetry={reload} />;
  if (!data) return null;
  const s = data.source;
  return (
    <section class="source-detail" aria-label={`Profile of ${s.name}`}>
      <h2>{s.name} {s.host && <small>{s.host}</small>}</h2>
      <p><a href={withParams(route, { name: null })}>All sources</a> · <a href={`/search?source=${encodeURIComponent(s.name)}`}>its articles</a></p>
      <dl class="facts">
        <dt>Articles</dt><dd>{s.articles}</dd>
        <dt>Syndicated copies</dt><dd>{s.syndicated} ({pct(s.syndicatedShare)})</dd>
        <dt>Events corroborated by others</dt><dd>{s.corroborated} of {s.events} ({pct(s.corroboratedShare)})</dd>
        <dt>Median delay against the first report</dt><dd>{hours(s.medianDelayHours)} ({plural(s.delaySamples, 'report')}, first in {s.firstReports})</dd>
      </dl>
      <h3>Corroborated most by</h3>
      {s.corroboratedBy.length === 0 ? <Empty>No other outlet reported the same events within {data.windowDays} days.</Empty> : (
        <ul class="corroborated-by">
          {s.corroboratedBy.map((c) => <li key={c.name}><a href={withParams(route, { name: c.name })}>{c.name}</a> — {plural(c.events, 'event')}</li>)}
        </ul>
      )}
      <h3>Its most corroborated reports</h3>
      {s.examples.length === 0 ? <Empty>No events with both actors named.</Empty> : (
        <table class="source-examples">
          <thead><tr><th scope="col">Day</th><th scope="col">Event</th><th scope="col">Sources</th><th scope="col">Articles</th><th scope="col">Confidence</th></tr></thead>
          <tbody>
            {s.examples.map((x) => (
              <tr key={`${x.articleId}:${x.type}:${x.sourceEntity}:${x.targetEntity}`}>
                <td>{x.day}</td>
                <td><a href={`/article/${x.articleId}`} title={x.title}>{x.sourceEntity} —{x.type}→ {x.targetEntity}</a></td>
                <td>{x.sources}</td><td>{x.articles}</td><td>{x.confidence.toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function SourcesPage({ route }: { route: Route }) {
  const name = route.query.get('name');
  const { data, error, loading, reload } = useApi<Method & { sources: Profile[] }>(name ? null : '/api/sources');
  if (name) return <div class="page sources"><SourceDetail name={name} route={route} /></div>;
  return (
    <div class="page sources">
      <h2>Sources</h2>
      {loading && !data && <Loading what="the sources" />}
      {error && <ErrorBox error={error} onRetry={reload} />}
      {data && (
        <>
          <p class="hint">
            An event is corroborated by every other independent outlet (a syndicated copy counts as its original) that reports the same
            source, type and target within {data.windowDays} days. Confidence: <code>{data.formula}</code>.
          </p>
          {data.sources.length === 0 ? <Empty>No articles with a source yet.</Empty> : (
            <table class="sources-table">
              <thead>
                <tr>
                  <th scope="col">Outlet</th><th scope="col">Articles</th><th scope="col">Syndicated</th><th scope="col">Events</th>
                  <th scope="col">Corroborated</th><th scope="col">Median delay</th>
                </tr>
              </thead>
              <tbody>
                {data.sources.map((s) => (
                  <tr key={s.name}>
                    <th scope="row"><a href={withParams(route, { name: s.name })}>{s.name}</a></th>
                    <td>{s.articles}</td><td>{pct(s.syndicatedShare)}</td><td>{s.events}</td>
                    <td>{pct(s.corroboratedShare)}</td><td>{hours(s.medianDelayHours)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </div>
  );
}
