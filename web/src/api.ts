// The dashboard's only way to the data: the JSON API, with its error bodies turned into messages that say what to do.
import { useEffect, useState } from 'preact/hooks';

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly input: string | null) {
    super(message);
  }
}

export async function api<T>(path: string, init?: { method?: string; body?: unknown; signal?: AbortSignal }): Promise<T> {
  let r: Response;
  try {
    r = await fetch(path, {
      method: init?.method ?? 'GET',
      // every write says JSON: the server refuses writes without it (cross-site requests cannot send it)
      headers: init?.body !== undefined || (init?.method ?? 'GET') !== 'GET' ? { 'content-type': 'application/json' } : undefined,
      body: init?.body !== undefined ? JSON.stringify(init.body) : undefined,
      signal: init?.signal,
    });
  } catch (e) {
    if ((e as { name?: string }).name === 'AbortError') throw e;
    throw new ApiError(0, 'OFFLINE', 'The Argus server did not answer. Is `argus serve` still running?', null);
  }
  const type = r.headers.get('content-type') ?? '';
  const body: unknown = type.includes('json') ? await r.json() : await r.text();
  if (!r.ok) {
    const err = (body as { error?: { code?: string; message?: string; input?: string | null } }).error;
    throw new ApiError(r.status, err?.code ?? 'HTTP', err?.message ?? `the server answered ${r.status}`, err?.input ?? null);
  }
  return body as T;
}

export interface Loaded<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}

/** GETs `path` whenever it changes (null: nothing to load); older answers are dropped. */
export function useApi<T>(path: string | null): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; error: ApiError | null; loading: boolean }>({ data: null, error: null, loading: path !== null });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (path === null) {
      setState({ data: null, error: null, loading: false });
      return;
    }
    const ctl = new AbortController();
    setState((s) => ({ ...s, loading: true, error: null }));
    api<T>(path, { signal: ctl.signal }).then(
      (data) => setState({ data, error: null, loading: false }),
      (e: unknown) => {
        if ((e as { name?: string }).name === 'AbortError') return;
        setState({ data: null, error: e instanceof ApiError ? e : new ApiError(0, 'CLIENT', String(e), null), loading: false });
      },
    );
    return () => ctl.abort();
  }, [path, tick]);
  return { ...state, reload: () => setTick((t) => t + 1) };
}

export function qs(params: Record<string, string | number | null | undefined | string[]>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (Array.isArray(v)) for (const x of v) u.append(k, x);
    else if (v !== null && v !== undefined && v !== '') u.set(k, String(v));
  }
  const s = u.toString();
  return s ? `?${s}` : '';
}
