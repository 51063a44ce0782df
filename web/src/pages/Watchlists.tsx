// Watchlists and alerts: saved queries and watched entities; new matching articles raise alerts (polled), also as Atom.
import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, useApi } from '../api';
import { Empty, ErrorBox, Loading } from '../components/state';
import { PLOVER, type Alert, type Watchlist } from '../types';

export function WatchlistsPage() {
  const { data, error, loading, reload } = useApi<{ watchlists: Watchlist[]; alerts: Alert[] }>('/api/watchlists');
  const [form, setForm] = useState({ name: '', query: '', entities: '', type: '', country: '', webhook: '' });
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    // new alerts arrive while articles are ingested elsewhere: refresh every few seconds
    const t = window.setInterval(reload, 4000);
    return () => window.clearInterval(t);
  }, []);
  const set = (k: keyof typeof form) => (e: Event) => setForm({ ...form, [k]: (e.target as HTMLInputElement).value });
  const create = async (): Promise<void> => {
    setBusy(true);
    setFormError(null);
    try {
      await api('/api/watchlists', {
        method: 'POST',
        body: {
          name: form.name, query: form.query, entities: form.entities.split(',').map((s) => s.trim()).filter(Boolean),
          type: form.type || null, country: form.country || null, webhook: form.webhook || null,
        },
      });
      setForm({ name: '', query: '', entities: '', type: '', country: '', webhook: '' });
      reload();
    } catch (e) {
      setFormError(e instanceof ApiError ? e : new ApiError(0, 'CLIENT', String(e), null));
    } finally {
      setBusy(false);
    }
  };
  const remove = async (id: number): Promise<void> => {
    await api(`/api/watchlists/${id}`, { method: 'DELETE' }).catch(() => undefined);
    reload();
  };
  const seen = async (): Promise<void> => {
    await api('/api/alerts/seen', { method: 'POST', body: { ids: 'all' } }).catch(() => undefined);
    reload();
  };
  return (
    <div class="page watchlists">
      <section>
        <h2>New watchlist</h2>
        <form class="watch-form" onSubmit={(e) => { e.preventDefault(); void create(); }}>
          <label>Name <input name="name" required value={form.name} onInput={set('name')} maxLength={120} /></label>
          <label>Query <input name="query" value={form.query} onInput={set('query')} placeholder='e.g. Rutte OR "Indo-Pacific"' maxLength={500} /></label>
          <label>Entities (comma-separated) <input name="entities" value={form.entities} onInput={set('entities')} placeholder="e.g. Mark Rutte, NATO" /></label>
          <label>Event type
            <select name="type" value={form.type} onChange={set('type')}>
              <option value="">any</option>
              {PLOVER.map((t) => <option key={t} value={t}>{t}</option>)}
            </select>
          </label>
          <label>Country <input name="country" value={form.country} onInput={set('country')} placeholder="JP" maxLength={2} size={3} /></label>
          <label>Webhook (optional) <input name="webhook" type="url" value={form.webhook} onInput={set('webhook')} placeholder="https://…" /></label>
          <button type="submit" disabled={busy}>Create watchlist</button>
        </form>
        {formError && <ErrorBox error={formError} />}
      </section>
      {error && <ErrorBox error={error} onRetry={reload} />}
      {!data && loading && <Loading what="watchlists" />}
      {data && (
        <div class="grid">
          <section>
            <h2>Watchlists</h2>
            {data.watchlists.length === 0 ? <Empty>No watchlists yet. Create one above; new matching articles will raise alerts here.</Empty> : (
              <ul class="watchlist-list">
                {data.watchlists.map((w) => (
                  <li key={w.id}>
                    <strong>{w.name}</strong> <span class="count">{w.alerts} alerts{w.unseen ? `, ${w.unseen} new` : ''}</span>
                    <div class="meta">
                      {w.query && <>query <code>{w.query}</code> </>}
                      {w.entityIds.length > 0 && <>entities {w.entityIds.map((id) => <a key={id} href={`/entity/${id}`}>#{id} </a>)}</>}
                      {w.type && <>type {w.type} </>}{w.country && <>country {w.country} </>}{w.webhook && <>webhook {w.webhook}</>}
                    </div>
                    <a href={`/api/watchlists/${w.id}/atom`}>Atom feed</a> · <button type="button" class="link" onClick={() => void remove(w.id)}>delete</button>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section>
            <h2>Alerts {data.alerts.some((a) => !a.seen) && <button type="button" onClick={() => void seen()}>mark all seen</button>}</h2>
            {data.alerts.length === 0 ? <Empty>No alerts yet. They appear when newly ingested articles match a watchlist.</Empty> : (
              <ul class="alerts">
                {data.alerts.map((a) => (
                  <li key={a.id} class={a.seen ? 'seen' : 'unseen'}>
                    <a href={`/article/${a.articleId}`}>{a.title}</a>
                    <div class="meta">{a.watchlistName} · {a.source ?? 'unknown source'} · {a.createdAt.slice(0, 16).replace('T', ' ')}
                      {a.webhookStatus && <> · webhook {a.webhookStatus}</>}</div>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      )}
    </div>
  );
}
