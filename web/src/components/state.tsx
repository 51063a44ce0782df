// Loading, error and empty states, the same on every page.
import type { ComponentChildren } from 'preact';
import type { ApiError } from '../api';

export function Loading({ what }: { what: string }) {
  return <p class="state loading" role="status" aria-live="polite">Loading {what}…</p>;
}

export function ErrorBox({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const hint = error.status === 404 ? 'Check the link, or search for it again.'
    : error.status === 400 ? 'Change the highlighted input and try again.'
      : error.status === 0 ? 'Start the server again (`argus serve`) and retry.'
        : 'Try again; if it keeps failing, the server log says why.';
  return (
    <div class="state error" role="alert" data-code={error.code}>
      <strong>{error.message}</strong>
      <span> {hint}</span>
      {onRetry && <button type="button" onClick={onRetry}>Retry</button>}
    </div>
  );
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="state empty">{children}</p>;
}
