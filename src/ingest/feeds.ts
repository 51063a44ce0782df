// Feed parsing: RSS 2.0, Atom, RDF (RSS 1.0) and JSON Feed, detected from the content. Strict about broken XML.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ArgusError } from '../core/errors.js';

export type FeedKind = 'rss' | 'atom' | 'rdf' | 'json';

export interface FeedItem {
  id: string | null;
  url: string | null;
  title: string | null;
  published: string | null;
  author: string | null;
  /** short description (may be HTML) */
  summary: string | null;
  /** full content when the feed carries it (usually HTML) */
  content: string | null;
}

export interface ParsedFeed {
  kind: FeedKind;
  title: string | null;
  link: string | null;
  items: FeedItem[];
}

/** What a body is: a feed kind, 'html' for a web page, or null when unknown. */
export function detectFeed(body: string, contentType = ''): FeedKind | 'html' | null {
  const head = body.slice(0, 2048).replace(/^\uFEFF/, '').trimStart();
  if (/json/i.test(contentType) || head.startsWith('{')) {
    return /"version"\s*:\s*"https:\/\/jsonfeed\.org\/version\//.test(body.slice(0, 4096)) ? 'json' : null;
  }
  const noProlog = head.replace(/<\?xml[^>]*\?>/i, '').replace(/<!--[\s\S]*?-->/g, '').trimStart();
  if (/^<!doctype\s+html|^<html[\s>]/i.test(noProlog)) return 'html';
  if (/<rss[\s>]/i.test(head)) return 'rss';
  if (/<feed[\s>]/i.test(head) && /http:\/\/www\.w3\.org\/2005\/Atom/.test(head)) return 'atom';
  if (/<feed[\s>]/i.test(head)) return 'atom';
  if (/<rdf:RDF[\s>]/i.test(head)) return 'rdf';
  if (/<(head|body|div|p)[\s>]/i.test(noProlog)) return 'html';
  return null;
}

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/** XML allows only five named entities (plus any the DTD declares); the validator does not check that. */
function checkEntities(xml: string, ref: string): void {
  const declared = new Set([...xml.matchAll(/<!ENTITY\s+([\w.-]+)/g)].map((m) => m[1] as string));
  const text = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, (m) => ' '.repeat(m.length)).replace(/<!--[\s\S]*?-->/g, (m) => ' '.repeat(m.length));
  const re = /&([^;\s<&]{0,32});?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = m[1] ?? '';
    if (!m[0].endsWith(';')) throw new ArgusError('INVALID_FEED', ref, `bare '&' at line ${lineOf(text, m.index)} (write &amp;)`);
    if (XML_ENTITIES.has(name) || /^#(\d+|x[0-9a-f]+)$/i.test(name) || declared.has(name)) continue;
    throw new ArgusError('INVALID_FEED', ref, `undefined entity &${name}; at line ${lineOf(text, m.index)}`);
  }
}

function lineOf(s: string, index: number): number {
  let n = 1;
  for (let i = 0; i < index; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  processEntities: true,
  htmlEntities: true,
  parseTagValue: false,
  trimValues: true,
  cdataPropName: false,
  isArray: (name) => ['item', 'entry', 'link', 'category'].includes(name),
});

type Node = Record<string, unknown>;

function text(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'object') return text((v as Node)['#text']);
  return null;
}

function isoDate(v: string | null): string | null {
  if (!v) return null;
  const t = Date.parse(v.replace(/\s+(UT|Z)$/i, ' GMT'));
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function atomLink(v: unknown): string | null {
  const links = Array.isArray(v) ? (v as Node[]) : v ? [v as Node] : [];
  const pick = links.find((l) => typeof l === 'object' && (!l['@rel'] || l['@rel'] === 'alternate')) ?? links[0];
  if (!pick) return null;
  if (typeof pick === 'string') return pick;
  return (pick['@href'] as string | undefined) ?? text(pick);
}

function resolveUrl(u: string | null, base: string | null): string | null {
  if (!u) return null;
  try {
    return new URL(u, base ?? undefined).href;
  } catch {
    return u;
  }
}

export function parseFeed(body: string, ref: string, baseUrl: string | null = null): ParsedFeed {
  const kind = detectFeed(body);
  if (kind === 'html') throw new ArgusError('INVALID_FEED', ref, 'this is an HTML page, not a feed');
  if (kind === null) throw new ArgusError('INVALID_FEED', ref, 'not RSS, Atom, RDF or JSON Feed');
  if (kind === 'json') return parseJsonFeed(body, ref, baseUrl);
  const xml = body.replace(/^\uFEFF/, '');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new ArgusError('INVALID_FEED', ref, `malformed XML at line ${valid.err.line}: ${valid.err.msg}`);
  checkEntities(xml, ref);
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (e) {
    // what the validator lets through but the parser refuses (a malformed DOCTYPE, say)
    throw new ArgusError('INVALID_FEED', ref, `malformed XML: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (kind === 'rss') {
    const ch = ((doc.rss as Node | undefined)?.channel ?? {}) as Node;
    const link = text(ch.link);
    const items = ((ch.item as Node[] | undefined) ?? []).map((it): FeedItem => ({
      id: text(it.guid),
      url: resolveUrl(text(it.link) ?? (/^https?:/.test(text(it.guid) ?? '') ? text(it.guid) : null), baseUrl ?? link),
      title: text(it.title),
      published: isoDate(text(it.pubDate) ?? text(it['dc:date'])),
      author: text(it.author) ?? text(it['dc:creator']),
      summary: text(it.description),
      content: text(it['content:encoded']),
    }));
    return { kind, title: text(ch.title), link, items };
  }
  if (kind === 'atom') {
    const feed = (doc.feed ?? {}) as Node;
    const link = atomLink(feed.link);
    const items = ((feed.entry as Node[] | undefined) ?? []).map((e): FeedItem => ({
      id: text(e.id),
      url: resolveUrl(atomLink(e.link), baseUrl ?? link),
      title: text(e.title),
      published: isoDate(text(e.published) ?? text(e.updated)),
      author: text((e.author as Node | undefined)?.name),
      summary: text(e.summary),
      content: text(e.content),
    }));
    return { kind, title: text(feed.title), link, items };
  }
  const rdf = (doc['rdf:RDF'] ?? {}) as Node;
  const ch = (rdf.channel ?? {}) as Node;
  const link = text(ch.link);
  const items = ((rdf.item as Node[] | undefined) ?? []).map((it): FeedItem => ({
    id: (it['@rdf:about'] as string | undefined) ?? null,
    url: resolveUrl(text(it.link) ?? (it['@rdf:about'] as string | undefined) ?? null, baseUrl ?? link),
    title: text(it.title),
    published: isoDate(text(it['dc:date'])),
    author: text(it['dc:creator']),
    summary: text(it.description),
    content: text(it['content:encoded']),
  }));
  return { kind: 'rdf', title: text(ch.title), link, items };
}

function parseJsonFeed(body: string, ref: string, baseUrl: string | null): ParsedFeed {
  let doc: Node;
  try {
    doc = JSON.parse(body) as Node;
  } catch (e) {
    throw new ArgusError('INVALID_FEED', ref, `invalid JSON Feed: ${e instanceof Error ? e.message : String(e)}`);
  }
  const link = typeof doc.home_page_url === 'string' ? doc.home_page_url : null;
  const items = (Array.isArray(doc.items) ? (doc.items as Node[]) : []).map((it): FeedItem => {
    const authors = Array.isArray(it.authors) ? (it.authors as Node[]) : it.author ? [it.author as Node] : [];
    return {
      id: it.id == null ? null : String(it.id),
      url: resolveUrl(typeof it.url === 'string' ? it.url : null, baseUrl ?? link),
      title: typeof it.title === 'string' ? it.title : null,
      published: isoDate(typeof it.date_published === 'string' ? it.date_published : null),
      author: text(authors[0]?.name),
      summary: typeof it.summary === 'string' ? it.summary : null,
      content: typeof it.content_html === 'string' ? it.content_html : typeof it.content_text === 'string' ? it.content_text : null,
    };
  });
  return { kind: 'json', title: typeof doc.title === 'string' ? doc.title : null, link, items };
}
