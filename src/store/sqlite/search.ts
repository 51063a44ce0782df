// Full-text search over FTS5 with filters, snippets and facets. Input that is not valid FTS5 syntax is escaped, never fatal.
// Speed at scale: filters are rowid sets probed per match (no join to the wide articles rows), one walk of the newest
// matches stops after RANK_WINDOW of them, facets count the FACET_DEPTH newest matches, and past RANK_WINDOW matches the
// total is an estimate (totalEstimated) and relevance is "title matches first, then newest" among the newest RANK_WINDOW
// (bm25 when all matches are in hand), so a term in half of 1,000,000 articles stays fast. Prefix terms of 2-6 characters
// read a prefix index (migration 010).
import Database, { type Statement } from 'better-sqlite3';
import { withStatementCache, type Db } from './open.js';
import type { ScanPage, ScanRow, SearchHit, SearchQuery, SearchRepo, SearchResult } from '../types.js';
import type { Analysis } from '../../core/analysis.js';
import { SqliteCorroborationRepo } from './corroboration.js';
import { normalizeName } from '../normalize.js';
import { checkQueryComplexity } from '../fts-query.js';
import { escapeFts } from '../fts-syntax.js';
import { minConfidenceSet, minSourcesSet } from '../corroboration-types.js';
import { inReadTx } from './version.js';
import { articleFacts, countFacet, entityNames, factsOf, matchKey, rememberMatches, topEntities } from './article-facts.js';

const MAX_LIMIT = 200;
/** title matches weigh 8x body matches; bm25() with a rowid window is much faster than FTS5's ORDER BY rank here */
const BM25 = 'bm25(articles_fts, 8.0, 1.0)';
/**
 * Relevance is computed over at most this many of the newest matching articles; past it the total is estimated and the
 * order is title matches first, then newest. (10,000 until migration 010: every cost of a search of a common word is
 * proportional to it, on PostgreSQL a tsvector read per match for phrases and ranking; 2,000 still ranks several
 * weeks of a daily topic.)
 */
export const RANK_WINDOW = 2_000;
/** facets are counted over this many of the newest matching articles */
export const FACET_DEPTH = 500;
/** articles per `scan` page by default, and at most */
/** at most this many articles probed one by one for a page by date (search.run), else the set of all matches is built */
const PROBE_BUDGET = 400;
const SCAN_PAGE = 500;
const MAX_SCAN_PAGE = 5000;

/** each whitespace-separated piece as a quoted phrase (shared with the PostgreSQL store, which parses the same language) */
export { escapeFts };

/** Our SQL is fixed, so an SQLITE_ERROR while running a user's MATCH expression is that expression's fault. */
function isFtsSyntaxError(e: unknown): boolean {
  const m = e instanceof Error ? e.message : '';
  return (e as { code?: string }).code === 'SQLITE_ERROR' || /fts5|syntax error|no such column|unterminated|special query/i.test(m);
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function markHtml(snippet: string): string {
  return snippet.replace(/[&<>"']/g, (c) => ESC[c] ?? c).replaceAll('\u0002', '<mark>').replaceAll('\u0003', '</mark>');
}

/** Filters as rowid sets; `{R}` is replaced by the rowid column of the driving table. */
export interface Filters {
  sets: string[];
  params: Record<string, unknown>;
}

/** the dates filter (a walk of the (is_latest, day) index that applies the dates itself leaves it out) */
const DAYS_SET = '{R} IN (SELECT rowid FROM articles WHERE is_latest = 1 AND day BETWEEN @from AND @to)';
/** the dates filter as a probe of the rowid -> day index (migration 009); full-text rows are latest versions only */
const DAYS_PROBE = '(SELECT fd.day FROM articles fd INDEXED BY articles_rowid_day WHERE fd.rowid = {R}) BETWEEN @from AND @to';
const rowidDay = new WeakMap<Db, boolean>();
/** whether the database has the rowid -> day index (a database opened read-only may predate migration 009) */
function hasRowidDay(db: Db): boolean {
  let v = rowidDay.get(db);
  if (v === undefined) {
    v = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'articles_rowid_day'").get() !== undefined;
    rowidDay.set(db, v);
  }
  return v;
}

/**
 * The search filters (entity, PLOVER type, source, country, dates) as conditions on a rowid `{R}`; null when the entity
 * is unknown. Entity, type and source are rowid sets read from covering indexes, built once per statement. Country and
 * dates are sets by default, or probes (an index look-up per visited match) for a walk that stops early, the newest
 * matches of a text search: places_country holds no article rowid, so its set cost a table look-up per place (every
 * place in Ukraine), and the set of every article since 2024 took 270 ms to build at 1,000,000 articles.
 */
export function articleFilters(db: Db, q: SearchQuery, style: 'sets' | 'probes' = 'sets'): Filters | null {
  const sets: string[] = [];
  const params: Record<string, unknown> = {};
  const probes = style === 'probes';
  if (q.entity) {
    const n = normalizeName(q.entity);
    const ids = db.prepare(`SELECT id FROM entities WHERE norm = @n UNION SELECT entity_id FROM entity_aliases WHERE norm = @n
        UNION SELECT entity_id FROM entity_keys WHERE key = @k`).pluck().all({ n, k: q.entity.trim() }) as number[];
    if (ids.length === 0) return null;
    params.entities = JSON.stringify(ids);
    sets.push('{R} IN (SELECT article_rowid FROM article_entities WHERE entity_id IN (SELECT value FROM json_each(@entities)))');
  }
  if (q.type) {
    params.type = q.type.toUpperCase();
    // an index range since migration 009: events_type holds (type, article_rowid)
    sets.push('{R} IN (SELECT article_rowid FROM events WHERE type = @type)');
  }
  if (q.source) {
    params.source = q.source;
    const ids = '(SELECT id FROM sources WHERE name = @source COLLATE NOCASE OR host = @source COLLATE NOCASE)';
    sets.push(`{R} IN (SELECT rowid FROM articles WHERE source_id IN ${ids})`);
  }
  if (q.country) {
    params.country = q.country.toUpperCase();
    // geocoded places carry the country (a country named in the text is a place of its own)
    sets.push(probes
      ? 'EXISTS (SELECT 1 FROM places fp WHERE fp.article_rowid = {R} AND fp.country = @country)'
      : '{R} IN (SELECT article_rowid FROM places WHERE country = @country)');
  }
  if (q.from || q.to) {
    params.from = q.from ? q.from.slice(0, 10) : '0000';
    params.to = q.to ? `${q.to.slice(0, 10)}\uffff` : '9999';
    sets.push(probes && hasRowidDay(db) ? DAYS_PROBE : DAYS_SET);
  }
  // corroboration (migration 007): an event reported by at least minSources independent sources; a fact of minConfidence
  const bySources = minSourcesSet(q.minSources ?? 0);
  if (bySources) sets.push(probes ? `EXISTS (SELECT 1 FROM event_reports fr WHERE fr.article_rowid = {R} AND fr.sources >= ${Number(q.minSources)})` : bySources);
  const byConfidence = minConfidenceSet(q.minConfidence ?? 0);
  if (byConfidence) sets.push(byConfidence);
  return { sets, params };
}

/**
 * The snippets of a page of hits. FTS5's snippet() over the article index with the hit's rowid ("MATCH q AND rowid = ?")
 * seeks every term's doclist to that row: 1-2 ms a hit for a common word at 100,000 articles, growing with the index
 * (and better-sqlite3 binds a JS number as a double, with which FTS5 drops the rowid equality altogether: every hit then
 * showed the first match's snippet). Instead the page's titles and texts go into a scratch FTS5 table with the same
 * tokenizer, in a private in-memory database (writes on the store's own connection would move its data version and
 * empty the caches kept per version), and one MATCH there gives every snippet: snippet() scores a document's own
 * matches only, so the snippets are those the article index would give.
 */
class PageSnippets {
  private scratch: { insert: Statement; snippets: Statement; clear: Statement } | null = null;

  /** the snippets of the page's articles (read with the page's other columns) by rowid */
  of(fts: string, page: Iterable<{ rowid: number; title: string | null; text?: string }>): Map<number, string> {
    const s = this.open();
    const out = new Map<number, string>();
    try {
      for (const r of page) s.insert.run(r.rowid, r.title ?? '', r.text ?? '');
      for (const r of s.snippets.all(fts) as Array<{ rowid: number; s: string }>) out.set(r.rowid, r.s);
    } finally {
      s.clear.run();
    }
    return out;
  }

  private open(): { insert: Statement; snippets: Statement; clear: Statement } {
    if (!this.scratch) {
      const mem = new Database(':memory:');
      mem.exec("CREATE VIRTUAL TABLE page USING fts5(title, text, tokenize='porter unicode61 remove_diacritics 2')");
      this.scratch = {
        insert: mem.prepare('INSERT INTO page (rowid, title, text) VALUES (?, ?, ?)'),
        snippets: mem.prepare("SELECT rowid, snippet(page, -1, char(2), char(3), '…', 24) AS s FROM page WHERE page MATCH ?"),
        clear: mem.prepare('DELETE FROM page'),
      };
    }
    return this.scratch;
  }
}

export class SqliteSearchRepo implements SearchRepo {
  private readonly db: Db;

  /** the connection itself (the per-article facts are kept per connection) */
  private readonly raw: Db;

  private readonly corroboration: SqliteCorroborationRepo;

  private readonly snippets = new PageSnippets();

  constructor(db: Db) {
    this.raw = db;
    this.db = withStatementCache(db);
    this.corroboration = new SqliteCorroborationRepo(db);
  }

  private filters(q: SearchQuery): Filters | null {
    return articleFilters(this.db, q);
  }

  async search(q: SearchQuery): Promise<SearchResult> {
    // one read transaction: a search runs 20-30 statements (snippets, rows, facts), each would take the WAL read lock
    return inReadTx(this.raw, () => this.searchNow(q));
  }

  private searchNow(q: SearchQuery): SearchResult {
    const limit = Math.max(1, Math.min(q.limit ?? 20, MAX_LIMIT));
    const offset = Math.max(0, q.offset ?? 0);
    const text = q.text.trim();
    checkQueryComplexity(text);
    const empty: SearchResult = { query: q.text, fts: '', escaped: false, total: 0, hits: [], facets: { source: [], entity: [], eventType: [] } };
    const all = text === '' || text === '*';
    // a text search walks the newest matches and stops: the filters that suit it are probes
    const f = articleFilters(this.db, q, all ? 'sets' : 'probes');
    if (!f) return empty;
    if (all) return this.run(q, null, false, f, limit, offset);
    try {
      return this.run(q, text, false, f, limit, offset);
    } catch (e) {
      if (!isFtsSyntaxError(e)) throw e;
      const escaped = escapeFts(text);
      if (!escaped) return { ...empty, escaped: true };
      return this.run(q, escaped, true, f, limit, offset);
    }
  }

  async scan(q: SearchQuery, page: { after?: string | null; limit?: number }): Promise<ScanPage> {
    const limit = Math.max(1, Math.min(page.limit ?? SCAN_PAGE, MAX_SCAN_PAGE));
    const after = page.after ?? '0';
    if (!/^\d{1,18}$/.test(after)) throw new Error(`not a scan cursor: ${after}`);
    const text = q.text.trim();
    checkQueryComplexity(text);
    const f = this.filters(q);
    if (!f) return { rows: [], next: null };
    let ids: number[];
    if (text === '' || text === '*') {
      ids = this.scanIds(null, f, Number(after), limit);
    } else {
      try {
        ids = this.scanIds(text, f, Number(after), limit);
      } catch (e) {
        if (!isFtsSyntaxError(e)) throw e;
        const escaped = escapeFts(text);
        ids = escaped ? this.scanIds(escaped, f, Number(after), limit) : [];
      }
    }
    if (ids.length === 0) return { rows: [], next: null };
    const raw = this.db.prepare(`SELECT a.rowid, a.id, a.version, a.url, s.name AS source, a.published, a.title, a.text, a.ingested_at AS ingestedAt,
        an.json FROM articles a LEFT JOIN sources s ON s.id = a.source_id JOIN analyses an ON an.article_rowid = a.rowid
        WHERE a.rowid IN (SELECT value FROM json_each(@ids)) ORDER BY a.rowid`).all({ ids: JSON.stringify(ids) }) as
      Array<Omit<ScanRow, 'analysis'> & { rowid: number; text: string; json: string }>;
    const rows: ScanRow[] = raw.map((r) => {
      const analysis = JSON.parse(r.json) as Analysis;
      analysis.article.text = r.text;
      return { id: r.id, version: r.version, url: r.url, source: r.source, published: r.published, title: r.title, ingestedAt: r.ingestedAt, analysis };
    });
    // the corroboration of each row's events and quotes, one query per page
    const facts = await this.corroboration.factsByRowid(raw.map((r) => r.rowid));
    raw.forEach((r, i) => { (rows[i] as ScanRow).facts = facts.get(r.rowid); });
    return { rows, next: ids.length === limit ? String(ids[ids.length - 1]) : null };
  }

  /** rowids of the next page of matches after `after`, in rowid order (FTS5 and the articles table both walk rowids) */
  private scanIds(fts: string | null, f: Filters, after: number, limit: number): number[] {
    const params: Record<string, unknown> = { ...f.params, fts, after, limit };
    const where = (r: string): string => f.sets.map((s) => ` AND ${s.replaceAll('{R}', `+${r}`)}`).join('');
    const sql = fts === null
      ? `SELECT a.rowid FROM articles a WHERE a.rowid > @after AND +a.is_latest = 1${where('a.rowid')} ORDER BY a.rowid LIMIT @limit`
      : `SELECT articles_fts.rowid FROM articles_fts WHERE articles_fts MATCH @fts AND articles_fts.rowid > @after${where('articles_fts.rowid')}
          ORDER BY articles_fts.rowid LIMIT @limit`;
    return this.db.prepare(sql).pluck().all(params) as number[];
  }

  private run(q: SearchQuery, fts: string | null, escaped: boolean, f: Filters, limit: number, offset: number): SearchResult {
    const db = this.db;
    const n = offset + limit;
    const depth = q.facetDepth ?? FACET_DEPTH;
    const params: Record<string, unknown> = { ...f.params, fts, n, depth };
    // "+rowid": a plain expression, so the IN set is probed per match instead of being pushed into FTS5 (one MATCH per value)
    const where = (r: string): string => f.sets.map((s) => ` AND ${s.replaceAll('{R}', `+${r}`)}`).join('');
    const byDate = q.sort === 'date' || fts === null;

    let page: Array<{ rowid: number; score: number }>;
    let total: number;
    let estimated = false;
    /** the matches' share of the articles, when there are more than the window */
    let density = 0;
    let newest: number[];
    if (fts !== null) {
      // One pass over the newest matches, at most `cap` of them (FTS5 walks its doclists newest first and stops): the count
      // when there are fewer, else an estimate from their density; the facets' newest; the relevance window. Counting every
      // match of a word in half of 1,000,000 articles cost more than the rest.
      const cap = Math.max(RANK_WINDOW, depth);
      params.cap = cap + 1;
      const top = db.prepare(`SELECT articles_fts.rowid FROM articles_fts WHERE articles_fts MATCH @fts${where('articles_fts.rowid')}
          ORDER BY articles_fts.rowid DESC LIMIT @cap`).pluck().all(params) as number[];
      const capped = top.length > cap;
      if (capped) top.length = cap;
      if (capped) {
        // the matches' share of the newest rowids, over all rowids (the way search engines report "about N results")
        // (two statements: max and min together would scan the table)
        const span = { hi: db.prepare('SELECT max(rowid) FROM articles').pluck().get() as number, lo: db.prepare('SELECT min(rowid) FROM articles').pluck().get() as number };
        const last = top[cap - 1] as number;
        total = Math.max(cap + 1, Math.round((cap * (span.hi - span.lo + 1)) / (span.hi - last + 1)));
        density = cap / (span.hi - last + 1);
        estimated = true;
      } else {
        total = top.length;
        // every match is in hand: the query extras of the same search (articles per day) count them without a MATCH
        rememberMatches(factsOf(this.raw), matchKey(q, fts), top);
      }
      newest = top.slice(0, depth);
      if (byDate && !capped) {
        // every match is in hand: order them by day
        params.ids = JSON.stringify(top);
        page = db.prepare(`SELECT a.rowid AS rowid, 0 AS score FROM articles a WHERE a.rowid IN (SELECT value FROM json_each(@ids))
            ORDER BY a.day DESC, a.rowid DESC LIMIT @n`).all(params) as typeof page;
      } else if (byDate) {
        // more matches than the window: walk the (is_latest, day) index newest first (within the dates asked for), probing
        // the filters and the matches; stops after n hits. A common query ("Ukraine" in half the articles) probes each
        // article's row of the full-text index (a seek, about 40 µs), so about n / density of them; a rarer one builds the
        // set of all its matches first (a pass over its doclist, about 0.2 µs a match), cheaper below PROBE_BUDGET probes.
        const days = q.from || q.to ? ' AND a.day BETWEEN @from AND @to' : '';
        const others = f.sets.filter((x) => x !== DAYS_SET && x !== DAYS_PROBE).map((x) => ` AND ${x.replaceAll('{R}', '+a.rowid')}`).join('');
        const matched = !days && n / density <= PROBE_BUDGET
          ? `${others} AND EXISTS (SELECT 1 FROM articles_fts WHERE articles_fts MATCH @fts AND articles_fts.rowid = a.rowid)`
          : ` AND a.rowid IN (SELECT articles_fts.rowid FROM articles_fts WHERE articles_fts MATCH @fts)${others}`;
        page = db.prepare(`SELECT a.rowid AS rowid, 0 AS score FROM articles a INDEXED BY articles_latest_day
            WHERE a.is_latest = 1${days}${matched}
            ORDER BY a.day DESC, a.rowid DESC LIMIT @n`).all(params) as typeof page;
      } else if (!capped) {
        page = top.length === 0 ? [] : this.bm25(fts, top.slice(0, RANK_WINDOW), n);
      } else {
        page = this.titleFirst(fts, top, n);
      }
    } else {
      const m = `FROM articles a INDEXED BY articles_latest_day WHERE a.is_latest = 1${where('a.rowid')}`;
      total = db.prepare(`SELECT count(*) ${m}`).pluck().get(params) as number;
      page = db.prepare(`SELECT a.rowid AS rowid, 0 AS score ${m} ORDER BY a.day DESC, a.rowid DESC LIMIT @n`).all(params) as typeof page;
      newest = db.prepare(`SELECT a.rowid ${m} ORDER BY a.rowid DESC LIMIT @depth`).pluck().all(params) as number[];
    }

    const shown = page.slice(offset);
    // the page's rows in one statement
    // (with a query, the whole text too, for the snippets)
    type Row = Omit<SearchHit, 'score' | 'snippet' | 'snippetHtml'> & { lead: string; rowid: number; text?: string };
    const rows = new Map((shown.length === 0 ? [] : db.prepare(`SELECT a.rowid, a.id, a.title, a.url, s.name AS source, a.published, a.story_id AS storyId,
        substr(a.text, 1, 240) AS lead${fts !== null ? ', a.text AS text' : ''} FROM articles a LEFT JOIN sources s ON s.id = a.source_id
        WHERE a.rowid IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify(shown.map((h) => h.rowid))) as Row[]).map((r) => [r.rowid, r]));
    const snippets = fts !== null && shown.length > 0 ? this.snippets.of(fts, rows.values()) : new Map<number, string>();
    const hits: SearchHit[] = shown.map((h) => {
      const r = rows.get(h.rowid) as Row;
      const snippet = snippets.get(h.rowid) ?? r.lead;
      return { id: r.id, title: r.title, url: r.url, source: r.source, published: r.published, storyId: r.storyId, score: h.score === 0 ? 0 : -h.score, snippet, snippetHtml: markHtml(snippet) };
    });

    return {
      query: q.text, fts: fts ?? '', escaped, total, ...(estimated ? { totalEstimated: true } : {}), hits,
      facets: this.facets(newest),
    };
  }

  /**
   * Relevance when every match is in hand (at most RANK_WINDOW of them): bm25 (lower is better; ties by rowid, lowest first).
   * bm25's document frequencies cost a pass over each phrase's whole doclist (FTS5 counts them on its first call), which
   * a window of matches keeps small: a phrase in more articles than the window is only ranked this way when the query as
   * a whole is rarer.
   */
  private bm25(fts: string, ids: number[], n: number): Array<{ rowid: number; score: number }> {
    const rows = this.db.prepare(`SELECT articles_fts.rowid AS rowid, ${BM25} AS score FROM articles_fts WHERE articles_fts MATCH @fts
        AND articles_fts.rowid BETWEEN @lo AND @hi AND +articles_fts.rowid IN (SELECT value FROM json_each(@ids))`)
      .all({ fts, lo: Math.min(...ids), hi: Math.max(...ids), ids: JSON.stringify(ids) }) as Array<{ rowid: number; score: number }>;
    return rows.sort((a, b) => a.score - b.score || a.rowid - b.rowid).slice(0, n);
  }

  /**
   * Relevance past the window (more than RANK_WINDOW matches): among the newest RANK_WINDOW matches, those where the query
   * matches in the title come first, then the others, each newest first. bm25 here would first count the documents of
   * each phrase over the whole index (FTS5 does, once per statement): 30-60 ms for a word in half of 1,000,000 articles,
   * more than all the rest of the search. The title set is one more walk of the same doclists over the window's rowids.
   * Scores: 1 for a title match, 0 for the rest.
   */
  private titleFirst(fts: string, ids: number[], n: number): Array<{ rowid: number; score: number }> {
    const window = ids.slice(0, RANK_WINDOW);
    let inTitle: Set<number>;
    try {
      inTitle = new Set(this.db.prepare(`SELECT rowid FROM articles_fts WHERE articles_fts MATCH @q AND rowid BETWEEN @lo AND @hi`).pluck()
        .all({ q: `{title} : (${fts})`, lo: window[window.length - 1], hi: window[0] }) as number[]);
    } catch (e) {
      if (!isFtsSyntaxError(e)) throw e;
      inTitle = new Set();
    }
    const first = window.filter((r) => inTitle.has(r));
    const page = first.length >= n ? first.slice(0, n) : [...first, ...window.filter((r) => !inTitle.has(r)).slice(0, n - first.length)];
    return page.map((rowid) => ({ rowid, score: inTitle.has(rowid) ? -1 : 0 }));
  }

  /**
   * Sources, entities and event types over the given articles, from the per-article facts kept per data version: the
   * same as counting their rows in SQL (`count(DISTINCT article) … ORDER BY count DESC, value LIMIT 20`), without reading
   * article_entities and events for 500 articles per search. The entities' top 20 among equal counts are the highest ids,
   * the ones SQLite's `GROUP BY entity_id ORDER BY count DESC LIMIT 20` kept (PostgreSQL keeps the lowest).
   */
  private facets(rowids: number[]): SearchResult['facets'] {
    const h = factsOf(this.raw);
    const facts = articleFacts(h, rowids, true);
    const top = topEntities(h, facts, 20);
    const names = entityNames(h, top.map(([id]) => id));
    const entity = top.filter(([id]) => names.has(id)).map(([id, count]) => ({ value: names.get(id) as string, count }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    return {
      source: countFacet(facts.map((f) => f?.source ?? null), 20),
      entity,
      eventType: countFacet(facts.map((f) => f?.detail?.eventTypes ?? []), 20),
    };
  }
}
