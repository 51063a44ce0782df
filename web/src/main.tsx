// The dashboard shell: navigation, the unseen-alert count, and the page for the current URL.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api } from './api';
import { onLinkClick, useRoute } from './router';
import { SearchPage } from './pages/Search';
import { ArticlePage } from './pages/Article';
import { EntityPage } from './pages/Entity';
import { GraphPage } from './pages/Graph';
import { TimelinePage } from './pages/Timeline';
import { MapPage } from './pages/Map';
import { TrendsPage } from './pages/Trends';
import { WatchlistsPage } from './pages/Watchlists';
import { CorrectionsPage } from './pages/Corrections';
import { SourcesPage } from './pages/Sources';
import type { Alert } from './types';
import './styles.css';

const NAV = [['/search', 'Search'], ['/graph', 'Graph'], ['/timeline', 'Timeline'], ['/map', 'Map'], ['/trends', 'Trends'], ['/sources', 'Sources'], ['/watchlists', 'Watchlists'], ['/corrections', 'Corrections']] as const;

function UnseenAlerts() {
  const [n, setN] = useState(0);
  useEffect(() => {
    const poll = (): void => void api<{ alerts: Alert[] }>('/api/alerts?unseen=1&limit=100').then((r) => setN(r.alerts.length), () => undefined);
    poll();
    const t = window.setInterval(poll, 10_000);
    return () => window.clearInterval(t);
  }, []);
  return n > 0 ? <span class="pill" aria-label={`${n} new alerts`}>{n}</span> : null;
}

/** The path as the user typed it ("/sources/The White House", not "%20"); left as it is when it is not valid UTF-8. */
function readablePath(p: string): string {
  try {
    return decodeURIComponent(p);
  } catch {
    return p;
  }
}

function App() {
  const route = useRoute();
  const p = route.path;
  let page;
  let m: RegExpExecArray | null;
  if (p === '/' || p === '/search') page = <SearchPage route={route} />;
  else if ((m = /^\/article\/([^/]+)$/.exec(p))) page = <ArticlePage id={m[1] ?? ''} />;
  else if ((m = /^\/entity\/([^/]+)$/.exec(p))) page = <EntityPage id={m[1] ?? ''} />;
  else if (p === '/graph') page = <GraphPage route={route} />;
  else if (p === '/timeline') page = <TimelinePage route={route} />;
  else if (p === '/map') page = <MapPage route={route} />;
  else if (p === '/trends') page = <TrendsPage route={route} />;
  else if (p === '/watchlists') page = <WatchlistsPage />;
  else if (p === '/corrections') page = <CorrectionsPage route={route} />;
  else if (p === '/sources') page = <SourcesPage route={route} />;
  else page = <p class="state error" role="alert">There is no page at {readablePath(p)}. Start from <a href="/search">Search</a>.</p>;
  useEffect(() => {
    const name = NAV.find(([href]) => p.startsWith(href))?.[1] ?? (p.startsWith('/article') ? 'Article' : p.startsWith('/entity') ? 'Entity' : 'Search');
    document.title = `${name} · Argus`;
  }, [p]);
  return (
    <div onClick={onLinkClick}>
      <a href="#main" class="skip">Skip to content</a>
      <header class="top">
        <a href="/search" class="brand">Argus</a>
        <nav aria-label="Pages">
          {NAV.map(([href, label]) => (
            <a key={href} href={href} aria-current={p.startsWith(href) || (href === '/search' && p === '/') ? 'page' : undefined}>
              {label}{href === '/watchlists' && <UnseenAlerts />}
            </a>
          ))}
        </nav>
        <a href="/api/openapi.json" class="api-link">API</a>
      </header>
      <main id="main">{page}</main>
    </div>
  );
}

const root = document.getElementById('app');
if (root) render(<App />, root);
