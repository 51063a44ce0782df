// Trends: articles per day for entities and themes, days above the rolling baseline flagged as spikes.
import { useState } from 'preact/hooks';
import { qs, useApi } from '../api';
import { navigate, type Route } from '../router';
import { DayChart } from '../components/DayChart';
import { Empty, ErrorBox, Loading } from '../components/state';
import type { TrendsAnswer } from '../types';

export function TrendsPage({ route }: { route: Route }) {
  const q = route.query;
  const entities = q.getAll('entity');
  const themes = q.getAll('theme');
  const { data, error, loading, reload } = useApi<TrendsAnswer>(`/api/trends${qs({ entity: entities, theme: themes, from: q.get('from'), to: q.get('to'), window: q.get('window') })}`);
  const [add, setAdd] = useState('');
  const go = (ents: string[], ths: string[]): void => navigate(`/trends${qs({ entity: ents, theme: ths, from: q.get('from'), to: q.get('to'), window: q.get('window') })}`);
  return (
    <div class="page trends">
      <form class="filters" onSubmit={(e) => { e.preventDefault(); if (add.trim()) { go([...entities, add.trim()], themes); setAdd(''); } }}>
        <label>Add an entity <input value={add} placeholder="e.g. NATO" onInput={(e) => setAdd((e.target as HTMLInputElement).value)} /></label>
        <button type="submit" disabled={!add.trim()}>Add</button>
        <select aria-label="Add a theme" value="" onChange={(e) => { const v = (e.target as HTMLSelectElement).value; if (v) go(entities, [...themes, v]); }}>
          <option value="">add a theme…</option>
          {data?.themes.map((t) => <option key={t.value} value={t.value}>{t.value} ({t.count})</option>)}
        </select>
        {(entities.length > 0 || themes.length > 0) && <button type="button" onClick={() => go([], [])}>Show the top ones</button>}
      </form>
      {error && <ErrorBox error={error} onRetry={reload} />}
      {!data && loading && <Loading what="trends" />}
      {data && data.series.length === 0 && <Empty>Nothing to chart yet: ingest some articles first.</Empty>}
      {data && (
        <div class="series">
          {data.series.map((s) => {
            const spikes = s.points.filter((p) => p.spike);
            return (
              <section key={`${s.kind}:${s.key}`} class="trend">
                <h2>
                  {s.kind === 'entity' ? <a href={`/entity/${s.key}`}>{s.label}</a> : s.label} <span class="kind">{s.kind}</span> <span class="count">{s.total} articles</span>
                  {spikes.length > 0 && <span class="spikes"> · {spikes.length} spike{spikes.length === 1 ? '' : 's'}</span>}
                </h2>
                <DayChart points={s.points} label={`${s.label}: articles per day (spikes against a ${data.window}-day baseline in red)`} height={70}
                  onPick={s.kind === 'entity' ? (d) => navigate(`/search?entity=${encodeURIComponent(s.label)}&from=${d}&to=${d}`) : undefined} />
                {spikes.length > 0 && <p class="meta">spikes: {spikes.slice(-6).map((p) => `${p.day} (${p.count} vs ${p.baseline})`).join(', ')}</p>}
              </section>
            );
          })}
        </div>
      )}
    </div>
  );
}
