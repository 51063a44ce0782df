// Article: clean text with entity mentions highlighted by type, quotes linked to speakers, events, a small map, same-story
// articles; each quote, event and place can be corrected, and the article's corrections are listed with undo.
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { useApi } from '../api';
import { WorldMap } from '../components/WorldMap';
import { Empty, ErrorBox, Loading } from '../components/state';
import { AuthorField, CorrectionList, FactEditor, correctionsOf, type FactKind } from '../components/Corrections';
import type { ArticleAnswer, ArticleView } from '../types';
import type { Correction } from '../../../src/store/correction-types';
import { httpUrlOrNull } from '../../../src/core/urls';

type Analysis = NonNullable<ArticleView['analysis']>;

/** The text of [from, to) as spans: each name mention inside it wrapped in a link to its entity, coloured by type. */
function mentionSpans(text: string, from: number, to: number, analysis: Analysis, entityMap: Record<string, number>): ComponentChildren[] {
  const spans: Array<{ start: number; end: number; type: string; local: string; name: string }> = [];
  for (const e of analysis.entities) for (const m of e.mentions) if (m.start >= from && m.end <= to) spans.push({ start: m.start, end: m.end, type: e.type, local: e.id, name: e.name });
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ComponentChildren[] = [];
  let at = from;
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
  out.push(text.slice(at, to));
  return out;
}

/** `?span=START-END` (the timeline's and other pages' links to a sentence), when it lies inside the text. */
function focusSpan(textLength: number): { start: number; end: number } | null {
  const m = /^(\d+)-(\d+)$/.exec(new URLSearchParams(location.search).get('span') ?? '');
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return start < end && end <= textLength ? { start, end } : null;
}

/**
 * The text with its name mentions highlighted; the span a link points to (`?span=`) is marked and scrolled into view.
 * Never HTML from the source.
 */
function Highlighted({ text, analysis, entityMap }: { text: string; analysis: Analysis | null; entityMap: Record<string, number> }) {
  const focus = focusSpan(text.length);
  useEffect(() => {
    if (focus) document.getElementById('focus-span')?.scrollIntoView({ block: 'center' });
  }, [focus?.start, focus?.end]);
  if (!analysis) return <div class="article-text">{text}</div>;
  if (!focus) return <div class="article-text">{mentionSpans(text, 0, text.length, analysis, entityMap)}</div>;
  return (
    <div class="article-text">
      {mentionSpans(text, 0, focus.start, analysis, entityMap)}
      <mark id="focus-span" class="focus-span">{mentionSpans(text, focus.start, focus.end, analysis, entityMap)}</mark>
      {mentionSpans(text, focus.end, text.length, analysis, entityMap)}
    </div>
  );
}

export function ArticlePage({ id }: { id: string }) {
  const { data, error, loading, reload } = useApi<ArticleAnswer>(`/api/articles/${encodeURIComponent(id)}`);
  const corr = useApi<{ corrections: Correction[] }>(`/api/corrections?article=${encodeURIComponent(id)}&limit=500`);
  const changed = (): void => {
    reload();
    corr.reload();
  };
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
  // corroboration of each event (independent sources within the window) and its confidence, from /api/articles/{id}
  const facts = (data as { facts?: { events: Array<{ idx: number; sources: number; articles: number; confidence: number }> } }).facts;
  const corroboration = (i: number): ComponentChildren => {
    const f = facts?.events.find((x) => x.idx === i);
    return f ? (
      <span class="corroboration" title={`${f.sources} independent source${f.sources === 1 ? '' : 's'} and ${f.articles} article${f.articles === 1 ? '' : 's'} report it; confidence ${f.confidence}`}>
        {' '}· {f.sources} source{f.sources === 1 ? '' : 's'} · confidence {f.confidence.toFixed(2)}
      </span>
    ) : null;
  };
  const corrections = corr.data?.corrections ?? [];
  const orphaned = corrections.filter((c) => c.status === 'orphaned').length;
  /** the "correct" control of a fact and a mark when corrections apply to it */
  const edit = (kind: FactKind, i: number, key: string): ComponentChildren => {
    if (!an) return null;
    const n = correctionsOf(corrections, an, kind, i).length;
    return (
      <>
        {n > 0 && <span class="corrected-mark" title="an analyst corrected this">corrected</span>}
        <FactEditor key={key} articleId={a.id} analysis={an} kind={kind} index={i} onChanged={changed} />
      </>
    );
  };
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
                <li key={`${q.start}-${q.end}`}>
                  <blockquote>{q.text}</blockquote><span class="speaker">— {link(q.speaker)}</span> <span class="kind">{q.kind}</span>
                  {edit('quote', i, `${q.start}-${q.end}-${q.speaker ?? ''}`)}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section>
          <h2>Events</h2>
          {(an?.events ?? []).length === 0 ? <Empty>No events found.</Empty> : (
            <ul class="events">
              {an?.events.map((e, i) => (
                <li key={`${e.start}-${e.end}-${i}`} class={e.negated ? 'negated' : undefined}>
                  {link(e.source)} <span class={`etype`}>—{e.type}{e.negated ? ' (negated)' : ''}→</span> {link(e.target)}
                  {e.trigger && <span class="trigger"> “{e.trigger}”</span>}
                  {corroboration(i)}
                  {edit('event', i, `${e.start}-${e.end}-${e.type}-${e.source ?? ''}-${e.target ?? ''}`)}
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
              <ul class="places">
                {(an?.places ?? []).map((p, i) => (
                  <li key={`${p.entity}-${p.name}-${i}`}>{p.name}{p.country ? ` (${p.country})` : ''}{edit('place', i, `${p.entity}-${p.name}-${p.geonames ?? ''}`)}</li>
                ))}
              </ul>
            </>
          )}
        </section>
        <section class="corrections" aria-labelledby="corrections-h">
          <h2 id="corrections-h">Corrections{corrections.length > 0 ? ` (${corrections.length})` : ''}</h2>
          {orphaned > 0 && <p class="state error" role="status">{orphaned} correction{orphaned > 1 ? 's' : ''} no longer find{orphaned > 1 ? '' : 's'} {orphaned > 1 ? 'their' : 'its'} text in this version (orphaned).</p>}
          {corr.error && <ErrorBox error={corr.error} onRetry={corr.reload} />}
          <AuthorField />
          {corrections.length === 0 ? <Empty>No corrections. Use “correct” next to a quote, event or place; corrections are kept when the article is analyzed again.</Empty>
            : <CorrectionList corrections={corrections} onChanged={changed} />}
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
