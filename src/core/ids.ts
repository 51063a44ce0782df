// Stable ids: sha256 of the normalized URL when there is one, else of the cleaned text.
import { createHash } from 'node:crypto';

const TRACKING = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ref|ref_src|_ga|igshid|smid|partner)$/i;

export function normalizeUrl(raw: string): string {
  try {
    const u = new URL(raw.trim());
    // (each setter parses the URL again: only those with something to change are called, most URLs have no fragment
    // nor query, and their host is in lower case already)
    if (raw.includes('#')) u.hash = '';
    const host = u.hostname.toLowerCase().replace(/^www\./, '');
    if (host !== u.hostname) u.hostname = host;
    if (u.href.includes('?')) {
      const keep = [...u.searchParams.entries()].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      u.search = '';
      for (const [k, v] of keep) u.searchParams.append(k, v);
    }
    let s = u.toString();
    if (s.endsWith('/') && u.pathname !== '/') s = s.slice(0, -1);
    return s.replace(/^http:/, 'https:');
  } catch {
    return raw.trim();
  }
}

export function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

export function articleId(url: string | null | undefined, cleanText: string): string {
  return url ? sha256(normalizeUrl(url)) : sha256(cleanText.replace(/\s+/g, ' ').trim());
}
