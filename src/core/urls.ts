// Article links: only http(s) URLs are stored and rendered, so a `javascript:` or `data:` "original" link never exists.

/** The URL when it is an absolute http(s) URL, else null. Used at ingest (url, og:url, feed links) and in the dashboard. */
export function httpUrlOrNull(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  const s = url.trim();
  // URL() strips tabs and newlines inside the scheme ("java\tscript:"); test the parsed protocol, not the text
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    return null;
  }
  return u.protocol === 'http:' || u.protocol === 'https:' ? s : null;
}

/** The host of a URL without a leading "www." (an outlet's name when the article gives none), or null. */
export function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
