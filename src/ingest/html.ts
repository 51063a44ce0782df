// HTML page -> ArticleInput: page metadata (JSON-LD, Open Graph, <title>, lang) plus the body Readability extracts, cleaned.
import type * as Linkedom from 'linkedom';
import { lazyRequire } from '../core/lazy.js';

const linkedom = lazyRequire<typeof Linkedom>('linkedom');
import { Readability } from '@mozilla/readability';
import { ArgusError } from '../core/errors.js';
import type { ArticleInput } from '../core/input.js';
import { cleanBody } from './clean.js';
import { normalizePublished } from './dates.js';
import { guessLanguage, normalizeLanguageTag } from './language.js';

interface PageMeta {
  title: string | null;
  description: string | null;
  published: string | null;
  author: string | null;
  publisher: string | null;
  url: string | null;
  language: string | null;
  articleBody: string | null;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|AskPublicNewsArticle|BlogPosting|LiveBlogPosting|SatiricalArticle|ScholarlyArticle|Report|TechArticle|SocialMediaPosting|DiscussionForumPosting)$/;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: Json | undefined): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

function hasArticleType(o: JsonObject): boolean {
  const t = o['@type'];
  if (typeof t === 'string') return ARTICLE_TYPES.test(t);
  return Array.isArray(t) && t.some((x) => typeof x === 'string' && ARTICLE_TYPES.test(x));
}

/** The first article object in a JSON-LD value (top level, arrays, @graph, mainEntity). */
function findArticle(v: Json | undefined, depth = 0): JsonObject | null {
  if (depth > 5 || v === undefined || v === null) return null;
  if (Array.isArray(v)) {
    for (const x of v) {
      const a = findArticle(x, depth + 1);
      if (a) return a;
    }
    return null;
  }
  if (!isObject(v)) return null;
  if (hasArticleType(v)) return v;
  return findArticle(v['@graph'], depth + 1) ?? findArticle(v['mainEntity'], depth + 1);
}

function names(v: Json | undefined): string | null {
  if (typeof v === 'string') return str(v);
  if (Array.isArray(v)) {
    const all = v.map((x) => names(x)).filter((x): x is string => x !== null);
    return all.length > 0 ? all.join(', ') : null;
  }
  if (isObject(v)) return str(v['name']);
  return null;
}

function ldUrl(v: Json | undefined): string | null {
  if (typeof v === 'string') return str(v);
  if (isObject(v)) return str(v['@id']) ?? str(v['url']);
  return null;
}

function readJsonLd(document: Document): JsonObject | null {
  for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
    const raw = s.textContent ?? '';
    let parsed: Json;
    try {
      parsed = JSON.parse(raw.replace(/^\s*<!--|-->\s*$/g, '')) as Json;
    } catch {
      continue; // broken JSON-LD is common; the other metadata still applies
    }
    const a = findArticle(parsed);
    if (a) return a;
  }
  return null;
}

function readMeta(document: Document): Map<string, string> {
  const meta = new Map<string, string>();
  for (const m of document.querySelectorAll('meta')) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = m.getAttribute('content')?.trim();
    if (key !== '' && content && !meta.has(key)) meta.set(key, content);
  }
  return meta;
}

function absolute(u: string | null, base: string | undefined): string | null {
  if (!u) return null;
  try {
    return new URL(u, base).toString();
  } catch {
    return /^https?:\/\//i.test(u) ? u : null;
  }
}

function pageMeta(document: Document, url: string | undefined): PageMeta {
  const ld = readJsonLd(document);
  const meta = readMeta(document);
  const m = (...keys: string[]): string | null => {
    for (const k of keys) {
      const v = meta.get(k);
      if (v) return v;
    }
    return null;
  };
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const timeEl = document.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ?? null;
  const lang = document.documentElement?.getAttribute('lang') ?? null;
  const metaAuthor = m('author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author');
  const publisher = ld ? names(ld['publisher']) : null;
  return {
    title: (ld ? str(ld['headline']) ?? str(ld['name']) : null) ?? m('og:title', 'twitter:title', 'dc.title', 'headline') ?? null,
    description: (ld ? str(ld['description']) : null) ?? m('og:description', 'description', 'twitter:description', 'dc.description'),
    published:
      (ld ? str(ld['datePublished']) ?? str(ld['dateCreated']) : null) ??
      m('article:published_time', 'og:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'parsely-pub-date', 'sailthru.date', 'article.published') ??
      timeEl,
    author: (ld ? names(ld['author']) ?? names(ld['creator']) : null) ?? (metaAuthor && !/^https?:/i.test(metaAuthor) ? metaAuthor : null),
    publisher: publisher ?? m('og:site_name', 'application-name', 'publisher', 'dc.publisher'),
    url: absolute(m('og:url') ?? canonical ?? (ld ? ldUrl(ld['url']) ?? ldUrl(ld['mainEntityOfPage']) : null), url) ?? url ?? null,
    language: normalizeLanguageTag(lang) ?? normalizeLanguageTag(ld?.['inLanguage'] ?? null) ?? normalizeLanguageTag(m('og:locale', 'language', 'content-language', 'dc.language')),
    articleBody: ld ? str(ld['articleBody']) : null,
  };
}

const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'FIGURE', 'FIGCAPTION', 'PICTURE', 'IMG', 'SVG', 'VIDEO', 'AUDIO', 'IFRAME', 'BUTTON',
  'FORM', 'INPUT', 'SELECT', 'TEXTAREA', 'NAV', 'ASIDE', 'CANVAS', 'OBJECT', 'EMBED', 'MAP',
]);
const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD',
  'BLOCKQUOTE', 'PRE', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TD', 'TH', 'ADDRESS', 'HR', 'CAPTION', 'DETAILS', 'SUMMARY',
]);

/** Text of an element as paragraphs: one per block element or <br>, inline whitespace collapsed. */
export function blockText(root: Node): string {
  const paras: string[] = [];
  let cur = '';
  const flush = (): void => {
    const t = cur.replace(/\s+/g, ' ').trim();
    if (t !== '') paras.push(t);
    cur = '';
  };
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c !== null; c = c.nextSibling) {
      if (c.nodeType === 3) {
        cur += c.nodeValue ?? '';
      } else if (c.nodeType === 1) {
        const tag = (c as Element).tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (tag === 'BR') {
          flush();
          continue;
        }
        const block = BLOCK.has(tag);
        if (block) flush();
        walk(c);
        if (block) flush();
        else if (tag === 'TD' || tag === 'TH') cur += ' ';
      }
    }
  };
  walk(root);
  flush();
  return paras.join('\n\n');
}

function stripSiteName(title: string, site: string | null): string {
  if (!site) return title;
  const esc = site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return title
    .replace(new RegExp(`\\s*[|\\-–—:·•]\\s*${esc}\\s*$`, 'i'), '')
    .replace(new RegExp(`^${esc}\\s*[|\\-–—:·•]\\s*`, 'i'), '')
    .trim() || title;
}

/** A body worth analysing: some text, with at least one sentence-like paragraph (not a list of links). */
function hasArticleText(text: string): boolean {
  if (text.length < 80) return false;
  for (const p of text.split('\n\n')) if (p.split(' ').length >= 8 && /[.!?"”’)]$/.test(p)) return true;
  return false;
}

function clean(s: string | null): string | null {
  if (s === null) return null;
  const t = s.replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

/**
 * Deepest element nesting kept. Readability's cost grows much faster than linearly with depth (500 levels took
 * seconds, 5,000 minutes, deeper overflowed the stack and lost the text); real pages stay far below this.
 */
export const MAX_HTML_DEPTH = 100;
/** Pages with more elements than this skip Readability (news pages have a few thousand) and keep all their text. */
export const MAX_READABILITY_ELEMENTS = 20_000;
const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', '!doctype']);
/** elements whose end tag may be left out: not counted, so unclosed <p> and <li> do not look deep */
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'colgroup', 'caption', 'rb', 'rt', 'rp', 'html', 'head', 'body']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript']);

/**
 * The markup with the tags of elements nested deeper than MAX_HTML_DEPTH left out (their text stays), and how
 * many tags were left out. One pass over the string; every search moves forward, so the time is linear.
 */
export function flattenDeepHtml(html: string): { html: string; dropped: number } {
  const out: string[] = [];
  let depth = 0;
  let excess = 0;
  let dropped = 0;
  let copied = 0;
  let nextGt = -2; // cached position of the next '>' (-1: none left)
  const gtFrom = (p: number): number => {
    if (nextGt === -1 || nextGt >= p) return nextGt;
    nextGt = html.indexOf('>', p);
    return nextGt;
  };
  let i = html.indexOf('<');
  while (i >= 0 && i < html.length) {
    if (html.startsWith('<!--', i)) {
      const e = html.indexOf('-->', i + 4);
      if (e < 0) break;
      i = html.indexOf('<', e + 3);
      continue;
    }
    const close = html[i + 1] === '/';
    const nameStart = close ? i + 2 : i + 1;
    let j = nameStart;
    while (j < html.length && isTagNameChar(html.charCodeAt(j))) j++;
    const gt = gtFrom(j);
    if (j === nameStart || gt < 0) {
      if (gt < 0) break;
      i = html.indexOf('<', i + 1);
      continue;
    }
    const tag = html.slice(nameStart, j).toLowerCase();
    const selfClosing = html[gt - 1] === '/';
    if (!close && RAW_TEXT.has(tag)) {
      // skip the raw text: "<div>" inside a script is not an element
      const end = new RegExp(`</${tag}`, 'ig');
      end.lastIndex = gt + 1;
      const e = end.exec(html)?.index ?? -1;
      i = e < 0 ? -1 : html.indexOf('<', e + 1);
      continue;
    }
    if (!VOID_TAGS.has(tag) && !OPTIONAL_END.has(tag) && !selfClosing) {
      let drop = false;
      if (!close) {
        if (depth >= MAX_HTML_DEPTH) {
          excess++;
          drop = true;
        } else depth++;
      } else if (excess > 0) {
        excess--;
        drop = true;
      } else if (depth > 0) depth--;
      if (drop) {
        if (i > copied) out.push(html.slice(copied, i), ' '); // a space keeps words apart; a run of dropped tags gives one
        copied = gt + 1;
        dropped++;
      }
    }
    i = html.indexOf('<', gt + 1);
  }
  if (dropped === 0) return { html, dropped };
  out.push(html.slice(copied));
  return { html: out.join(''), dropped };
}

function isTagNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 33 || c === 45;
}

/** Parses one HTML page into an article; throws ArgusError NO_ARTICLE when the page holds no article text. */
export function parseHtml(html: string, url?: string, name?: string): ArticleInput {
  const ref = name ?? url ?? '<html>';
  const flat = flattenDeepHtml(html);
  const { document } = linkedom().parseHTML(flat.html);
  const meta = pageMeta(document, url);
  const docTitle = clean(document.querySelector('title')?.textContent ?? null);

  let body = '';
  let rTitle: string | null = null;
  let rByline: string | null = null;
  let rSite: string | null = null;
  const elements = document.querySelectorAll('*').length;
  const tooMany = elements > MAX_READABILITY_ELEMENTS;
  try {
    // Readability's cost grows faster than the element count: a page of 100,000 list items took 6 s
    const art = tooMany ? null : new Readability<Node>(document, { serializer: (n) => n }).parse();
    if (tooMany && document.body) body = blockText(document.body);
    if (art?.content) body = blockText(art.content);
    rTitle = clean(art?.title ?? null);
    rByline = clean(art?.byline ?? null);
    rSite = clean(art?.siteName ?? null);
  } catch {
    body = ''; // Readability gave up on the markup: fall back to JSON-LD articleBody below
  }

  const site = clean(meta.publisher) ?? rSite;
  const title = stripSiteName(clean(meta.title) ?? rTitle ?? docTitle ?? '', site);
  let cleaned = cleanBody(body, title);
  if (!hasArticleText(cleaned.text) && meta.articleBody) cleaned = cleanBody(meta.articleBody, title);
  if (!hasArticleText(cleaned.text)) throw new ArgusError('NO_ARTICLE', ref, 'no article text could be found in the HTML page');

  const byline = clean(meta.author) ?? (rByline ? rByline.replace(/^by\s+/i, '') : null) ?? cleaned.byline;
  return {
    title: title || (cleaned.text.split('\n')[0] ?? '').slice(0, 200),
    subtitle: clean(meta.description),
    text: cleaned.text,
    published: normalizePublished(meta.published),
    url: meta.url,
    source: site,
    byline,
    dateline: cleaned.dateline,
    language: meta.language ?? guessLanguage(cleaned.text),
    ...(flat.dropped > 0 || tooMany
      ? {
        warnings: [
          ...(flat.dropped > 0 ? [{ code: 'HTML_TOO_DEEP' as const, message: `elements nested deeper than ${MAX_HTML_DEPTH} levels were flattened (${flat.dropped} tags left out, their text kept)` }] : []),
          ...(tooMany ? [{ code: 'HTML_TOO_LARGE' as const, message: `${elements} elements: the text of the whole page was taken, without Readability (over ${MAX_READABILITY_ELEMENTS})` }] : []),
        ],
      }
      : {}),
  };
}
