// Article: clean text with entity mentions highlighted by type, quotes linked to speakers, events, a small map, same-story articles.
import type { ComponentChildren } from 'preact';
import { useApi } from '../api';
import { WorldMap } from '../components/WorldMap';
import { Empty, ErrorBox, Loading } from '../components/state';
import type { ArticleAnswer, ArticleView } from '../types';
import { httpUrlOrNull } from '../../../src/core/urls';

type Analysis = NonNullable<ArticleView['analysis']>;

/** The text as spans: each name mention wrapped in a link to its entity, coloured by type. Never HTML from the source. */
function Highlighted({ text, analysis, entityMap }: { text: string; analysis: Analysis | null; entityMap: Record<string, number> }) {
  if (!analysis) return <div class="article-text">{text}</div>;
  const spans: Array<{ start: number; end: number; type: string; local: string; name: string }> = [];
  for (const e of analysis.entities) for (const m of e.mentions) spans.push({ start: m.start, end: m.end, type: e.type, local: e.id, name: e.name });
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ComponentChildren[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at || s.end > text.length || s.end <= s.start) continue;
    if (s.start > at) out.push(text.slice(at, s.start));
    const gid = entityMap[s.local];
    const piece = text.slice(s.start, s.end);
    out.push(gid != null
      ? <a key={s.start} href={`/entity/${gid}`} class={`ent ent-${s.type}`} title={`${s.name} (${s.type})`}>{piece}</a>
      : <span key={s.start} class={`ent ent-${s.type}`} title={`${s.name} (${s.type})`}>{piece}</span>);
    at = s.end;
  }
  out.push(text.slice(at));
  return <div class="article-text">{out}</div>;
}

export function ArticlePage({ id }: { id: string }) {
  const { data, error, loading, reload } = useApi<ArticleAnswer>(`/api/articles/${encodeURIComponent(id)}`);
  if (error) return <ErrorBox error={error} onRetry={reload} />;
  if (loading || !data) return <Loading what="the article" />;
  const a = data.article;
  const an = a.analysis;
  const names = new Map((an?.entities ?? []).map((e) => [e.id, e.name]));
  const link = (local: string | null | undefined): ComponentChildren => {
    if (!local) return <span class="unknown">someone</span>;
    const gid = a.entityMap[local];
    const name = names.get(local) ?? local;
    return gid != null ? <a href={`/entity/${gid}`}>{name}</a> : name;
  };
  const places = (an?.places ?? []).map((p) => ({ name: p.name, country: p.country ?? null, lat: p.lat, lon: p.lon, articles: 1 }));
  // a javascript: or data: URL stored by an older version is not a link
  const original = httpUrlOrNull(a.url);
  return (
    <div class="page article">
      <article>
        <h1>{a.title || '(untitled)'}</h1>
        {a.subtitle && <p class="subtitle">{a.subtitle}</p>}
        <p class="meta">
          {a.source ?? 'unknown source'} · {a.published?.slice(0, 10) ?? 'undated'}{a.byline ? ` · ${a.byline}` : ''}
          {a.versions > 1 && ` · version ${a.version} of ${a.versions}`}
          {original && <> · <a href={original} rel="noopener noreferrer nofollow" target="_blank">original</a></>}
        </p>
        <p class="legend" aria-label="Entity colours">
          {['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT'].map((t) => <span key={t} class={`ent ent-${t}`}>{t}</span>)}
        </p>
        <Highlighted text={a.text} analysis={an} entityMap={a.entityMap} />
      </article>
      <aside class="side">
        <section>
          <h2>Quotes</h2>
          {(an?.quotes ?? []).length === 0 ? <Empty>No quotes found.</Empty> : (
            <ul class="quotes">
              {an?.quotes.map((q, i) => (
                <li key={i}><blockquote>{q.text}</blockquote><span class="speaker">— {link(q.speaker)}</span> <span class="kind">{q.kind}</span></li>
              ))}
            </ul>
          )}
        </section>
        <section>
          <h2>Events</h2>
          {(an?.events ?? []).length === 0 ? <Empty>No events found.</Empty> : (
            <ul class="events">
              {an?.events.map((e, i) => (
                <li key={i} class={e.negated ? 'negated' : undefined}>
                  {link(e.source)} <span class={`etype`}>—{e.type}{e.negated ? ' (negated)' : ''}→</span> {link(e.target)}
                  {e.trigger && <span class="trigger"> “{e.trigger}”</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section>
          <h2>Places</h2>
          {places.length === 0 ? <Empty>No places found.</Empty> : (
            <>
              <WorldMap places={places} width={360} height={220} focus />
              <ul class="places">{places.map((p) => <li key={p.name}>{p.name}{p.country ? ` (${p.country})` : ''}</li>)}</ul>
            </>
          )}
        </section>
        <section>
          <h2>Same story</h2>
          {data.related.length === 0 ? <Empty>No other articles in this story.</Empty> : (
            <ul class="related">
              {data.related.map((r) => (
                <li key={r.id}><a href={`/article/${r.id}`}>{r.title}</a> <span class="meta">{r.source} · {r.published?.slice(0, 10)}{r.duplicateOf ? ' · duplicate' : ''}</span></li>
              ))}
            </ul>
          )}
        </section>
      </aside>
    </div>
  );
}
