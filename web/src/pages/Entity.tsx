// Entity: type, aliases, titles, KB ids, mentions per day, quotes, statements (with an about-filter and tone per month),
// who talks about it, events as actor and recipient, co-occurring entities; merge/split.
import { useState } from 'preact/hooks';
import { api, ApiError, useApi } from '../api';
import { navigate } from '../router';
import { DayChart } from '../components/DayChart';
import { SpeakersSection, StatementsSection } from '../components/Statements';
import { Empty, ErrorBox, Loading } from '../components/state';
import type { EntityAnswer, EntityProfile, EntitySummary } from '../types';

function Events({ title, rows, role }: { title: string; rows: EntityProfile['eventsAsActor']; role: 'actor' | 'target' }) {
  return (
    <section>
      <h2>{title}</h2>
      {rows.length === 0 ? <Empty>None found.</Empty> : (
        <ul class="events">
          {rows.map((r) => (
            <li key={r.type}>
              <strong>{r.type}</strong> × {r.count}
              <ul>
                {r.examples.map((x, i) => (
                  <li key={i}>
                    {role === 'actor' ? <>—{r.type}→ {x.other ?? '?'}</> : <>{x.other ?? '?'} —{r.type}→</>}
                    {x.trigger && <> “{x.trigger}”</>} · <a href={`/article/${x.articleId}`}>article</a>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function MergeSplit({ e, onDone }: { e: EntityProfile; onDone: (id: number) => void }) {
  const [into, setInto] = useState('');
  const [parts, setParts] = useState<string[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (fn: () => Promise<number>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      onDone(await fn());
    } catch (x) {
      setError(x instanceof ApiError ? x : new ApiError(0, 'CLIENT', String(x), null));
    } finally {
      setBusy(false);
    }
  };
  const merge = () => run(async () => (await api<{ into: EntitySummary }>(`/api/entities/${e.id}/merge`, { method: 'POST', body: { into: /^\d+$/.test(into.trim()) ? Number(into) : into.trim() } })).into.id);
  const split = () => run(async () => (await api<{ newEntity: EntitySummary | null }>(`/api/entities/${e.id}/split`, { method: 'POST', body: { keys: parts } })).newEntity?.id ?? e.id);
  return (
    <details class="curate">
      <summary>Merge or split this entity</summary>
      {error && <ErrorBox error={error} />}
      <form onSubmit={(ev) => { ev.preventDefault(); if (into.trim()) void merge(); }}>
        <label>Merge into (name or id) <input value={into} onInput={(ev) => setInto((ev.target as HTMLInputElement).value)} /></label>
        <button type="submit" disabled={busy || !into.trim()}>Merge</button>
      </form>
      {e.parts.length > 1 && (
        <form onSubmit={(ev) => { ev.preventDefault(); if (parts.length) void split(); }}>
          <fieldset>
            <legend>Split these parts off into a new entity</legend>
            {e.parts.filter((p) => p.key !== e.key).map((p) => (
              <label key={p.key} class="check">
                <input type="checkbox" checked={parts.includes(p.key)}
                  onChange={(ev) => setParts((cur) => ((ev.target as HTMLInputElement).checked ? [...cur, p.key] : cur.filter((k) => k !== p.key)))} />
                {p.key} <span class="count">{p.articles}</span>
              </label>
            ))}
          </fieldset>
          <button type="submit" disabled={busy || parts.length === 0}>Split</button>
        </form>
      )}
    </details>
  );
}

export function EntityPage({ id }: { id: string }) {
  const { data, error, loading, reload } = useApi<EntityAnswer>(`/api/entities/${encodeURIComponent(id)}`);
  if (error) return <ErrorBox error={error} onRetry={reload} />;
  if (loading || !data) return <Loading what="the entity" />;
  const e = data.entity;
  return (
    <div class="page entity">
      <header>
        <h1>{e.name} <span class={`badge ent-${e.type}`}>{e.type}</span></h1>
        <p class="meta">
          {e.articles} articles · {e.mentions} mentions · {e.firstSeen ?? '?'} – {e.lastSeen ?? '?'}
          {e.kb.wikidata && <> · Wikidata <a href={`https://www.wikidata.org/wiki/${e.kb.wikidata}`} rel="noopener noreferrer" target="_blank">{e.kb.wikidata}</a></>}
          {e.kb.geonames != null && <> · GeoNames {e.kb.geonames}</>}
          {e.kb.iso3166 && <> · ISO {e.kb.iso3166}</>}
        </p>
        <p class="links">
          <a href={`/search?entity=${encodeURIComponent(e.name)}`}>articles</a> · <a href={`/graph?entity=${e.id}`}>network</a> · <a href={`/trends?entity=${e.id}`}>trend</a>
        </p>
      </header>
      <div class="grid">
        <section>
          <h2>Aliases and titles</h2>
          <p>{e.aliases.map((a) => a.alias).join(' · ') || '—'}</p>
          <p class="titles">{e.titles.map((t) => t.title).join(' · ') || 'no titles'}</p>
          <p class="keys">keys: {e.keys.join(', ')}</p>
        </section>
        <section>
          <h2>Mentions per day</h2>
          <DayChart points={data.perDay} label={`Articles mentioning ${e.name} per day`} onPick={(d) => navigate(`/search?entity=${encodeURIComponent(e.name)}&from=${d}&to=${d}`)} />
        </section>
      </div>
      <section>
        <h2>Quotes by {e.name}</h2>
        {e.quotes.length === 0 ? <Empty>No quotes attributed to {e.name}.</Empty> : (
          <ul class="quotes">
            {e.quotes.map((q, i) => (
              <li key={i}>
                <blockquote>{q.text}</blockquote>
                <span class="speaker">— {e.name}</span>, <a href={`/article/${q.articleId}`}>{q.title}</a> <span class="meta">{q.published?.slice(0, 10)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <StatementsSection key={`s${e.id}`} entityId={e.id} name={e.name} />
      <SpeakersSection key={`w${e.id}`} entityId={e.id} name={e.name} />
      <div class="grid">
        <Events title="Events as actor" rows={e.eventsAsActor} role="actor" />
        <Events title="Events as recipient" rows={e.eventsAsTarget} role="target" />
      </div>
      <section>
        <h2>Co-occurring entities</h2>
        {e.cooccurring.length === 0 ? <Empty>None.</Empty> : (
          <ul class="chips">
            {e.cooccurring.map((o) => <li key={o.id}><a href={`/entity/${o.id}`} class={`ent ent-${o.type}`}>{o.name}</a> <span class="count">{o.articles}</span></li>)}
          </ul>
        )}
      </section>
      <MergeSplit e={e} onDone={(nid) => (nid === e.id ? reload() : navigate(`/entity/${nid}`))} />
    </div>
  );
}
