// Correcting an article's quotes, events and places (an inline editor per fact), and the article's audit list of
// corrections with undo. Corrections are kept by the server against the fact's text span, so they survive re-analysis.
import { useEffect, useState } from 'preact/hooks';
import { api, ApiError } from '../api';
import { ErrorBox } from './state';
import { PLOVER, type ArticleView } from '../types';
import type { Correction, PlaceRef } from '../../../src/store/correction-types';
import './corrections.css';

type Analysis = NonNullable<ArticleView['analysis']>;
export type FactKind = 'quote' | 'event' | 'place';

const KIND_LABEL: Record<string, string> = {
  'quote.speaker': 'Quote speaker', 'quote.delete': 'Quote deleted', 'event.type': 'Event type', 'event.source': 'Event source',
  'event.target': 'Event target', 'event.delete': 'Event deleted', 'place.wrong': 'Place marked wrong', 'place.move': 'Place moved',
};

/** The span a correction of this fact is keyed to: the quote's or event's own, a place's first mention of its name. */
export function factSpan(analysis: Analysis, kind: FactKind, index: number): { start: number; end: number } | null {
  if (kind === 'quote') return analysis.quotes[index] ?? null;
  if (kind === 'event') return analysis.events[index] ?? null;
  const p = analysis.places[index];
  const e = p && analysis.entities.find((x) => x.id === p.entity);
  const m = e && (e.mentions.find((x) => x.text.toLowerCase() === p.name.toLowerCase()) ?? e.mentions[0]);
  return m ? { start: m.start, end: m.end } : null;
}

/** The corrections in force on one fact (same kind of fact, same span). */
export function correctionsOf(list: Correction[], analysis: Analysis, kind: FactKind, index: number): Correction[] {
  const s = factSpan(analysis, kind, index);
  if (!s) return [];
  return list.filter((c) => c.status === 'applied' && c.kind.startsWith(`${kind}.`) && c.span.start === s.start && c.span.end === s.end);
}

const AUTHOR_KEY = 'argus.correctionAuthor';

function author(): string | null {
  try {
    return localStorage.getItem(AUTHOR_KEY)?.trim() || null;
  } catch {
    return null;
  }
}

/** Who signs the corrections made in this browser (kept in localStorage; the audit list shows it). */
export function AuthorField() {
  const [name, setName] = useState(author() ?? '');
  return (
    <label class="author-field">Sign corrections as{' '}
      <input value={name} maxLength={100} placeholder="your name (optional)" onInput={(e) => {
        const v = (e.target as HTMLInputElement).value;
        setName(v);
        try {
          localStorage.setItem(AUTHOR_KEY, v);
        } catch {
          // private mode: corrections go unsigned
        }
      }} />
    </label>
  );
}

async function send(articleId: string, body: Record<string, unknown>): Promise<void> {
  await api(`/api/articles/${encodeURIComponent(articleId)}/corrections`, { method: 'POST', body: { ...body, author: author() } });
}

function EntitySelect({ label, value, entities, onChange }: { label: string; value: string; entities: Analysis['entities']; onChange: (v: string) => void }) {
  return (
    <label>{label}
      <select value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
        <option value="">(nobody)</option>
        {entities.map((e) => <option key={e.id} value={e.id}>{e.name} ({e.type})</option>)}
      </select>
    </label>
  );
}

function PlaceSearch({ initial, onPick, busy }: { initial: string; onPick: (p: PlaceRef) => void; busy: boolean }) {
  const [q, setQ] = useState(initial);
  const [hits, setHits] = useState<PlaceRef[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    if (!q.trim()) {
      setHits(null);
      return;
    }
    const ctl = new AbortController();
    const t = window.setTimeout(() => {
      api<{ places: PlaceRef[] }>(`/api/gazetteer?q=${encodeURIComponent(q.trim())}&limit=10`, { signal: ctl.signal }).then(
        (r) => { setHits(r.places); setError(null); },
        (e: unknown) => { if ((e as { name?: string }).name !== 'AbortError') setError(e instanceof ApiError ? e : new ApiError(0, 'CLIENT', String(e), null)); },
      );
    }, 250);
    return () => { window.clearTimeout(t); ctl.abort(); };
  }, [q]);
  return (
    <div class="place-search">
      <label>Move to <input type="search" value={q} onInput={(e) => setQ((e.target as HTMLInputElement).value)} placeholder="a place name" aria-label="Gazetteer search" /></label>
      {error && <ErrorBox error={error} />}
      {hits && hits.length === 0 && <p class="meta">The gazetteer has no place of that name.</p>}
      {hits && hits.length > 0 && (
        <ul class="gazetteer-hits">
          {hits.map((p, i) => (
            <li key={`${p.geonames ?? 'x'}-${i}`}>
              <button type="button" disabled={busy} onClick={() => onPick(p)}>
                {p.name}{p.country ? `, ${p.country}` : ''} <span class="meta">{p.featureClass ?? ''} · {p.lat.toFixed(2)}, {p.lon.toFixed(2)}{p.geonames ? ` · GeoNames ${p.geonames}` : ''}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The "Correct" control of one quote, event or place: opens a small form; every change is one correction. */
export function FactEditor({ articleId, analysis, kind, index, onChanged }: {
  articleId: string; analysis: Analysis; kind: FactKind; index: number; onChanged: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const quote = kind === 'quote' ? analysis.quotes[index] : undefined;
  const event = kind === 'event' ? analysis.events[index] : undefined;
  const place = kind === 'place' ? analysis.places[index] : undefined;
  const [speaker, setSpeaker] = useState(quote?.speaker ?? '');
  const [type, setType] = useState<string>(event?.type ?? '');
  const [source, setSource] = useState(event?.source ?? '');
  const [target, setTarget] = useState(event?.target ?? '');
  const span = factSpan(analysis, kind, index);
  const text = span ? analysis.article.text.slice(span.start, span.end) : undefined;

  const run = async (bodies: Array<Record<string, unknown>>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      for (const b of bodies) await send(articleId, { ...b, target: { index, text } });
      setOpen(false);
      onChanged();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'CLIENT', String(e), null));
      onChanged();
    } finally {
      setBusy(false);
    }
  };
  const saveEvent = (): void => {
    if (!event) return;
    const bodies: Array<Record<string, unknown>> = [];
    if (type !== event.type) bodies.push({ kind: 'event.type', type });
    if (source !== (event.source ?? '')) bodies.push({ kind: 'event.source', entity: source || null });
    if (target !== (event.target ?? '')) bodies.push({ kind: 'event.target', entity: target || null });
    if (bodies.length === 0) {
      setError(new ApiError(400, 'CLIENT', 'Nothing changed: pick another type, source or target first.', null));
      return;
    }
    void run(bodies);
  };
  const label = kind === 'quote' ? 'quote' : kind === 'event' ? 'event' : 'place';
  if (!open) {
    return <button type="button" class="link correct-toggle" aria-expanded="false" aria-label={`Correct this ${label}`} onClick={() => setOpen(true)}>correct</button>;
  }
  return (
    <div class="fact-editor" role="group" aria-label={`Correct this ${label}`}>
      {quote && (
        <>
          <EntitySelect label="Speaker" value={speaker} entities={analysis.entities} onChange={setSpeaker} />
          <button type="button" disabled={busy || speaker === (quote.speaker ?? '')} onClick={() => void run([{ kind: 'quote.speaker', speaker: speaker || null }])}>Save speaker</button>
          <button type="button" class="danger" disabled={busy} onClick={() => void run([{ kind: 'quote.delete' }])}>Delete quote</button>
        </>
      )}
      {event && (
        <>
          <label>Type
            <select value={type} onChange={(e) => setType((e.target as HTMLSelectElement).value)}>
              {PLOVER.map((t) => <option key={t} value={t}>{t}</option>)}
            </select>
          </label>
          <EntitySelect label="Source" value={source} entities={analysis.entities} onChange={setSource} />
          <EntitySelect label="Target" value={target} entities={analysis.entities} onChange={setTarget} />
          <button type="button" disabled={busy} onClick={saveEvent}>Save event</button>
          <button type="button" class="danger" disabled={busy} onClick={() => void run([{ kind: 'event.delete' }])}>Delete event</button>
        </>
      )}
      {place && (
        <>
          <button type="button" class="danger" disabled={busy} onClick={() => void run([{ kind: 'place.wrong' }])}>Not a place here (mark wrong)</button>
          <PlaceSearch initial={place.name} busy={busy}
            onPick={(p) => void run([{ kind: 'place.move', place: p.geonames != null ? { name: p.name, geonames: p.geonames } : { name: p.name, lat: p.lat, lon: p.lon, country: p.country } }])} />
        </>
      )}
      <button type="button" class="link" onClick={() => setOpen(false)}>cancel</button>
      {error && <ErrorBox error={error} />}
    </div>
  );
}

function value(v: unknown): string {
  if (v === null || v === undefined) return 'nobody';
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o['name'] === 'string') return o['name'];
    return Object.entries(o).filter(([, x]) => x !== null && x !== undefined).map(([k, x]) => `${k} ${value(x)}`).join(', ');
  }
  return String(v);
}

function change(c: Correction): { before: string; after: string } {
  const b = c.before;
  switch (c.kind) {
    case 'quote.speaker': return { before: value(b['speaker']), after: value(c.after.speaker) };
    case 'event.type': return { before: value(b['type']), after: value(c.after.type) };
    case 'event.source': return { before: value(b['source']), after: value(c.after.entity) };
    case 'event.target': return { before: value(b['target']), after: value(c.after.entity) };
    case 'place.move': {
      const p = c.after.place;
      return { before: `${value(b['name'])}${b['country'] ? `, ${value(b['country'])}` : ''}`, after: p ? `${p.name}${p.country ? `, ${p.country}` : ''}${p.geonames ? ` (GeoNames ${p.geonames})` : ''}` : '?' };
    }
    case 'quote.delete': return { before: `“${value(b['text'])}” — ${value(b['speaker'])}`, after: 'deleted' };
    case 'event.delete': return { before: `${value(b['source'])} —${value(b['type'])}→ ${value(b['target'])}`, after: 'deleted' };
    case 'place.wrong': return { before: value(b['name']), after: 'not a place here' };
    default: return { before: value(b), after: value(c.after) };
  }
}

/** The audit list: every correction of this article, newest first, with its state and an undo button. */
export function CorrectionList({ corrections, onChanged, showArticle = false }: { corrections: Correction[]; onChanged: () => void; showArticle?: boolean }) {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<number | null>(null);
  const undo = async (id: number): Promise<void> => {
    setBusy(id);
    setError(null);
    try {
      await api(`/api/corrections/${id}/undo`, { method: 'POST' });
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'CLIENT', String(e), null));
    } finally {
      setBusy(null);
      onChanged();
    }
  };
  return (
    <>
      {error && <ErrorBox error={error} />}
      <ul class="correction-list">
        {corrections.map((c) => {
          const d = change(c);
          return (
            <li key={c.id} class={`correction ${c.status}`} data-id={c.id}>
              <div>
                <strong>{KIND_LABEL[c.kind] ?? c.kind}</strong> <span class={`status status-${c.status}`}>{c.status}</span>
                {c.status !== 'undone' && (
                  <button type="button" class="link undo" disabled={busy === c.id} onClick={() => void undo(c.id)}>undo</button>
                )}
              </div>
              {showArticle && <div><a href={`/article/${c.articleId}`}>{c.articleTitle ?? 'an article no longer stored'}</a></div>}
              <div class="span-text">“{c.span.text.length > 90 ? `${c.span.text.slice(0, 89)}…` : c.span.text}”</div>
              <div><span class="before">{d.before}</span> → <span class="after">{d.after}</span></div>
              {c.status === 'orphaned' && c.reason && <div class="reason">Orphaned: {c.reason}. It applies again if the text comes back.</div>}
              <div class="meta">
                {new Date(c.createdAt).toISOString().slice(0, 16).replace('T', ' ')} UTC{c.author ? ` · ${c.author}` : ''}
                {c.appliedVersion ? ` · version ${c.appliedVersion}` : ''}{c.undoneAt ? ` · undone ${c.undoneAt.slice(0, 16).replace('T', ' ')}` : ''}
                {c.note ? ` · ${c.note}` : ''}
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
