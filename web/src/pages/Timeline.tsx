// Timeline: the events and quotes of an entity, a pair of entities or a story, by date (newest first, grouped by month),
// each linked to its sentence in the article (the article page opens at the span: /article/{id}?span=START-END).
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { api, qs, useApi } from '../api';
import { navigate, withParams, type Route } from '../router';
import { RangeTypeFilters } from '../components/Filters';
import { DayChart } from '../components/DayChart';
import { Empty, ErrorBox, Loading } from '../components/state';
import type { EntitySummary, TimelineAnswer, TimelineEntry } from '../types';

/** The sentence with the quote or the event's trigger marked (found by text: the sentence is cut around the span). */
function Sentence({ item }: { item: TimelineEntry }) {
  const s = item.sentence;
  const needle = item.text ?? '';
  const at = needle ? s.indexOf(needle) : -1;
  if (at < 0) return <span class="sentence">{s}</span>;
  return <span class="sentence">{s.slice(0, at)}<mark>{needle}</mark>{s.slice(at + needle.length)}</span>;
}

function who(id: number | null, name: string | null): ComponentChildren {
  if (id === null) return <span class="unknown">{name ?? 'someone'}</span>;
  return <a href={`/entity/${id}`}>{name ?? `#${id}`}</a>;
}

function Item({ item }: { item: TimelineEntry }) {
  return (
    <li class={`tl-item ${item.kind}${item.negated ? ' negated' : ''}`}>
      <time dateTime={item.day ?? undefined}>{item.day ?? 'undated'}</time>
      <div>
        {item.kind === 'event' ? (
          <p class="what">
            {who(item.actorId, item.actorName)} <span class={`quad ${item.quad ?? ''}`}>—{item.type}{item.negated ? ' (negated)' : ''}→</span> {who(item.targetId, item.targetName)}
            {item.date && item.date !== item.day && <span class="meta"> · dated {item.date}</span>}
          </p>
        ) : (
          <p class="what">{who(item.actorId, item.actorName)} <span class="kind">{item.quoteKind ?? 'quote'}</span></p>
        )}
        <p><Sentence item={item} /></p>
        <p class="meta">
          <a class="to-sentence" href={`/article/${item.articleId}?span=${item.start}-${item.end}`}>{item.title || '(untitled)'}</a>
          {item.source && ` · ${item.source}`}
        </p>
      </div>
    </li>
  );
}

/** Chooses an entity by name: the first match, or a list when the name is ambiguous. */
function EntityPicker({ label, onPick }: { label: string; onPick: (id: number) => void }) {
  const [name, setName] = useState('');
  const [choices, setChoices] = useState<EntitySummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const find = async (): Promise<void> => {
    setError(null);
    try {
      const r = await api<{ entities: EntitySummary[] }>(`/api/entities${qs({ q: name.trim(), limit: 8 })}`);
      if (r.entities.length === 0) setError(`No entity is called “${name.trim()}”.`);
      else if (r.entities.length === 1 || r.entities[0]?.name.toLowerCase() === name.trim().toLowerCase()) onPick(r.entities[0]!.id);
      else setChoices(r.entities);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <form class="picker" onSubmit={(e) => { e.preventDefault(); if (name.trim()) void find(); }}>
      <label>{label} <input value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} placeholder="a name, e.g. NATO" /></label>
      <button type="submit" disabled={!name.trim()}>Show</button>
      {error && <span class="state error" role="alert">{error}</span>}
      {choices && (
        <ul class="choices">
          {choices.map((c) => <li key={c.id}><button type="button" class="link" onClick={() => onPick(c.id)}>{c.name}</button> <span class="meta">{c.type} · {c.articles} articles</span></li>)}
        </ul>
      )}
    </form>
  );
}

function byMonth(items: TimelineEntry[]): Array<[string, TimelineEntry[]]> {
  const m = new Map<string, TimelineEntry[]>();
  for (const i of items) {
    const k = i.day?.slice(0, 7) ?? 'undated';
    const list = m.get(k);
    if (list) list.push(i);
    else m.set(k, [i]);
  }
  return [...m];
}

export function TimelinePage({ route }: { route: Route }) {
  const q = route.query;
  const entity = q.get('entity');
  const other = q.get('other');
  const story = q.get('story');
  const path = entity || story ? `/api/timeline${qs({ entity, other: entity ? other : null, story, from: q.get('from'), to: q.get('to') })}` : null;
  const { data, error, loading, reload } = useApi<TimelineAnswer>(path);
  const title = data?.entity && data.other ? <>{data.entity.name} and {data.other.name}</>
    : data?.entity ? data.entity.name : data?.story ? <>story: {data.story.title}</> : null;
  const perDay = new Map<string, number>();
  for (const i of data?.items ?? []) if (i.day) perDay.set(i.day, (perDay.get(i.day) ?? 0) + 1);
  const points = [...perDay].map(([day, count]) => ({ day, count })).sort((x, y) => x.day.localeCompare(y.day));
  return (
    <div class="page timeline">
      <h1>Timeline{title && <>: {title}</>}</h1>
      {!entity && !story && (
        <>
          <p class="meta">Events and statements by date, each linked to its sentence. Choose an entity (then, optionally, a second one for a pair).</p>
          <EntityPicker label="Entity" onPick={(id) => navigate(withParams(route, { entity: String(id) }))} />
        </>
      )}
      {(entity || story) && (
        <div class="filters">
          <RangeTypeFilters route={route} type={false} />
          {entity && !other && <EntityPicker label="with" onPick={(id) => navigate(withParams(route, { other: String(id) }))} />}
          {other && <a href={withParams(route, { other: null })} class="active">✕ only {data?.entity?.name ?? 'the first entity'}</a>}
          {data?.entity && <a href={`/entity/${data.entity.id}`}>entity page</a>}
        </div>
      )}
      {error && <ErrorBox error={error} onRetry={reload} />}
      {!data && loading && <Loading what="the timeline" />}
      {data && data.items.length === 0 && <Empty>No events or quotes found. Widen the dates, or try another entity.</Empty>}
      {data && data.items.length > 0 && (
        <>
          <DayChart points={points} label={`Events and quotes per day (${data.items.length}${data.items.length >= 200 ? ', the newest 200' : ''})`}
            onPick={(d) => navigate(withParams(route, { from: d, to: d }))} />
          {byMonth(data.items).map(([month, items]) => (
            <section key={month} class="tl-month">
              <h2>{month}</h2>
              <ol class="tl">{items.map((i) => <Item key={`${i.articleId}:${i.kind}:${i.start}`} item={i} />)}</ol>
            </section>
          ))}
        </>
      )}
    </div>
  );
}
