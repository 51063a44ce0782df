// Watchlists and alerts: saved queries and watched entities; every newly stored article is checked against them,
// matches raise alerts (listed in the app, served as Atom) and an optional webhook that never blocks ingest.
import { ArgusError, isArgusError } from '../core/errors.js';
import { addressAllowed, classifyAddress, type AddressPolicy } from '../ingest/address.js';
import { postJson } from '../ingest/fetch.js';
import type { Store } from '../store/types.js';
import { dashboardRepos, type Alert, type Watchlist, type WatchlistInput } from '../store/dashboard.js';
import { findEntity } from './queries.js';
import { checkQueryComplexity } from '../store/fts-query.js';

export const WEBHOOK_TIMEOUT_MS = 5000;

export interface NewWatchlist {
  name: string;
  query?: string;
  /** entity ids (#12 or 12), keys (wd:Q7184) or names */
  entities?: string[];
  source?: string | null;
  type?: string | null;
  country?: string | null;
  webhook?: string | null;
}

export async function createWatchlist(store: Store, w: NewWatchlist): Promise<Watchlist> {
  const query = (w.query ?? '').trim();
  const entityIds: number[] = [];
  for (const name of w.entities ?? []) {
    const e = (await findEntity(store, name)).entity;
    if (!e) throw new ArgusError('NOT_FOUND', name, `no entity named '${name}'; open its page from a search to watch it`);
    if (!entityIds.includes(e.id)) entityIds.push(e.id);
  }
  if (!query && entityIds.length === 0) throw new ArgusError('USAGE', 'query', 'a watchlist needs a query or at least one entity');
  checkQueryComplexity(query, 'query');
  if (w.webhook) {
    let u: URL;
    try {
      u = new URL(w.webhook);
    } catch {
      throw new ArgusError('USAGE', 'webhook', `'${w.webhook}' is not a URL; use http://… or https://…`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new ArgusError('USAGE', 'webhook', 'the webhook must be an http:// or https:// URL');
    checkWebhookHost(u);
  }
  const input: WatchlistInput = {
    name: w.name.trim(), query, entityIds, source: w.source ?? null, type: w.type ? w.type.toUpperCase() : null,
    country: w.country ? w.country.toUpperCase() : null, webhook: w.webhook ?? null,
  };
  return dashboardRepos(store).watchlists.create(input);
}

export async function listWatchlists(store: Store): Promise<Watchlist[]> {
  return dashboardRepos(store).watchlists.list();
}

export async function getWatchlist(store: Store, id: number): Promise<Watchlist> {
  const w = await dashboardRepos(store).watchlists.get(id);
  if (!w) throw new ArgusError('NOT_FOUND', `watchlist ${id}`, `no watchlist ${id}`);
  return w;
}

export async function deleteWatchlist(store: Store, id: number): Promise<void> {
  if (!(await dashboardRepos(store).watchlists.remove(id))) throw new ArgusError('NOT_FOUND', `watchlist ${id}`, `no watchlist ${id}`);
}

export async function listAlerts(store: Store, opts: { watchlistId?: number | null; limit?: number; unseenOnly?: boolean } = {}): Promise<Alert[]> {
  return dashboardRepos(store).watchlists.alerts({ watchlistId: opts.watchlistId ?? null, limit: opts.limit ?? 50, unseenOnly: opts.unseenOnly });
}

export async function markAlertsSeen(store: Store, ids: number[] | 'all'): Promise<number> {
  return dashboardRepos(store).watchlists.markSeen(ids);
}

const pending = new Set<Promise<void>>();

/** Waits for the webhooks still in flight (tests, and a CLI that wants to exit cleanly). */
export async function settleWebhooks(): Promise<void> {
  while (pending.size) await Promise.all([...pending]);
}

/**
 * Where webhooks may go. Like fetching, never to private, loopback or other special-purpose addresses, unless the
 * operator opts in: ARGUS_WEBHOOK_ALLOW=loopback (a receiver on this machine) or =private (also the local network).
 */
let policyOverride: AddressPolicy | null = null;

export function webhookPolicy(): AddressPolicy {
  if (policyOverride) return policyOverride;
  const v = (process.env.ARGUS_WEBHOOK_ALLOW ?? '').trim().toLowerCase();
  return { allowPrivate: v === 'private', allowLoopback: v === 'loopback' || v === 'private' };
}

/** Sets the webhook address policy for this process (null: back to ARGUS_WEBHOOK_ALLOW). */
export function setWebhookPolicy(p: AddressPolicy | null): void {
  policyOverride = p;
}

const OPT_IN = 'to deliver alerts to a receiver on this machine, run Argus with ARGUS_WEBHOOK_ALLOW=loopback (or =private for the local network)';

/** Refuses, when the watchlist is saved, a webhook whose host is a local name or a private address literal. */
function checkWebhookHost(u: URL): void {
  const host = u.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const policy = webhookPolicy();
  const local = host === 'localhost' || host.endsWith('.localhost');
  if ((local && !policy.allowLoopback) || (classifyAddress(host) !== null && !addressAllowed(host, policy))) {
    throw new ArgusError('PRIVATE_ADDRESS', 'webhook', `the webhook ${u.host} is a private or local address; ${OPT_IN}`);
  }
}

/** POSTs the alert as JSON through the address guard; resolves to a status line, never throws. */
export async function postWebhook(url: string, payload: unknown, timeoutMs = WEBHOOK_TIMEOUT_MS): Promise<string> {
  try {
    const status = await postJson(url, payload, { timeoutMs, policy: webhookPolicy(), userAgent: 'argus-alerts' });
    return status >= 200 && status < 300 ? `ok ${status}` : `failed: HTTP ${status}`;
  } catch (e) {
    if (isArgusError(e) && e.code === 'FETCH_TIMEOUT') return `failed: no answer within ${timeoutMs} ms`;
    if (isArgusError(e) && e.code === 'PRIVATE_ADDRESS') return `failed: ${e.message}; ${OPT_IN}`;
    return `failed: ${e instanceof Error ? e.message : String(e)}`;
  }
}

/**
 * The ingest hook: checks one newly stored article (by row id) against every watchlist and raises alerts.
 * Webhooks are sent in the background; a slow or failing one is logged on the alert and on stderr.
 */
export async function evaluateWatchlists(store: Store, rowid: number, opts: { timeoutMs?: number } = {}): Promise<Alert[]> {
  let raised: Alert[] = [];
  try {
    raised = await raiseAlerts(store, rowid, opts);
  } catch (e) {
    // alerts must never fail an ingest: the article is stored already
    process.stderr.write(`argus: watchlists not evaluated for article row ${rowid}: ${e instanceof Error ? e.message : String(e)}\n`);
  }
  await dashboardRepos(store).watchlists.markChecked(rowid);
  return raised;
}

/**
 * Evaluates watchlists for articles stored after the watermark: those whose process was killed between the article's
 * commit and its alerts. Alerts are unique per watchlist and article, so nothing is raised twice.
 */
export async function catchUpWatchlists(store: Store, opts: { timeoutMs?: number } = {}): Promise<number> {
  const { watchlists } = dashboardRepos(store);
  if ((await watchlists.list()).length === 0) {
    await watchlists.markChecked();
    return 0;
  }
  let n = 0;
  for (;;) {
    const rows = await watchlists.articlesAfter(await watchlists.checkedUpTo(), 500);
    if (rows.length === 0) return n;
    for (const r of rows) n += (await evaluateWatchlists(store, r, opts)).length;
  }
}

async function raiseAlerts(store: Store, rowid: number, opts: { timeoutMs?: number }): Promise<Alert[]> {
  const { watchlists } = dashboardRepos(store);
  const matched = await watchlists.matching(rowid);
  if (matched.length === 0) return [];
  const raised: Alert[] = [];
  for (const w of matched) {
    const id = await watchlists.raise(w.id, rowid);
    if (id === null) continue;
    const alert = (await watchlists.alerts({ watchlistId: w.id, limit: 1 }))[0];
    if (!alert) continue;
    raised.push(alert);
    if (w.webhook) {
      const url = w.webhook;
      const p = postWebhook(url, { watchlist: { id: w.id, name: w.name }, alert }, opts.timeoutMs).then(async (status) => {
        if (!status.startsWith('ok')) process.stderr.write(`argus: webhook ${url} for watchlist '${w.name}': ${status}\n`);
        try {
          await watchlists.recordWebhook(id, status);
        } catch {
          // the store was closed before the webhook answered; the stderr line is the record
        }
      });
      const tracked = p.finally(() => pending.delete(tracked));
      pending.add(tracked);
    }
  }
  return raised;
}

const XML_ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const xml = (s: string): string => s.replace(/[&<>"']/g, (c) => XML_ESC[c] ?? c);

function isoDate(s: string | null): string | null {
  const d = s ? new Date(s) : null;
  return d && !Number.isNaN(d.getTime()) ? d.toISOString() : null;
}

/** An Atom feed of a watchlist's alerts; links point into the dashboard at baseUrl. */
export function alertsAtom(w: Watchlist, alerts: Alert[], baseUrl: string): string {
  const updated = alerts[0]?.createdAt ?? w.createdAt;
  const entries = alerts.map((a) => `  <entry>
    <id>urn:argus:alert:${a.id}</id>
    <title>${xml(a.title)}</title>
    <link href="${xml(`${baseUrl}/article/${a.articleId}`)}"/>
    <updated>${xml(a.createdAt)}</updated>${isoDate(a.published) ? `\n    <published>${xml(isoDate(a.published) ?? '')}</published>` : ''}
    <summary>${xml(`${a.source ?? 'unknown source'}: matched watchlist '${w.name}'`)}</summary>
  </entry>`);
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>urn:argus:watchlist:${w.id}</id>
  <title>${xml(`Argus watchlist: ${w.name}`)}</title>
  <link rel="self" href="${xml(`${baseUrl}/api/watchlists/${w.id}/atom`)}"/>
  <link href="${xml(`${baseUrl}/watchlists`)}"/>
  <updated>${xml(updated)}</updated>
${entries.join('\n')}
</feed>
`;
}
