// Full-text search in PostgreSQL: the search language translated to a tsquery (./tsquery.ts), matched against the GIN-indexed
// tsvector of latest versions, with the SQLite store's filters, snippets (ts_headline) and facets. As in SQLite, relevance
// ranks at most RANK_WINDOW of the newest matches, facets count the FACET_DEPTH newest, and past RANK_WINDOW matches the
// total is an estimate (totalEstimated).
import type { PgDb } from './db.js';
import type { Facet, ScanPage, ScanRow, SearchHit, SearchQuery, SearchRepo, SearchResult } from '../types.js';
import type { Analysis } from '../../core/analysis.js';
import { normalizeName } from '../normalize.js';
import { checkQueryComplexity } from '../fts-query.js';
import { markHtml, FACET_DEPTH, RANK_WINDOW } from '../sqlite/search.js';
import { quoteWord, toTsQuery } from './tsquery.js';
import { minConfidenceSet, minSourcesSet } from '../corroboration-types.js';
import { PgCorroborationRepo } from './corroboration.js';

const MAX_LIMIT = 200;
/** articles per `scan` page by default, and at most */
const SCAN_PAGE = 500;
const MAX_SCAN_PAGE = 5000;
/** ts_rank weights {D, C, B, A}: a title match (A) weighs 8x a body match (B) */
const RANK = "ts_rank('{0, 0, 0.1, 0.8}', a.fts, to_tsquery('argus', @tsq))";
/** a match among `articles a` (article_search holds the latest versions' tsvectors, migration 010) */
export const MATCH = "a.rowid IN (SELECT rowid FROM article_search WHERE fts @@ to_tsquery('argus', @tsq))";
/** rowid blocks in article_search.fts (SEARCH_BLOCK): '#48' holds rowids 48 * 4096.. 49 * 4096 - 1 */
const BLOCK_BITS = 12;
/** and spans of 16 blocks (migration 011): '#x3' holds blocks 48..63 */
const SPAN_BITS = 4;
/**
 * The blocks from..to (descending) as a tsquery text: a span's word for each whole span among them, else the blocks'
 * words. A GIN scan costs about as much per word of an OR as per match (blocks 13..47 at 200,000 articles: 35 words,
 * 60-80 ms for 4,000 rows of 'said'; as 2 spans and 3 blocks, 7-12 ms).
 */
const blockQuery = (from: number, to: number): string => {
  const out: string[] = [];
  const whole = (1 << SPAN_BITS) - 1;
  for (let b = from; b >= to;) {
    if ((b & whole) === whole && b - whole >= to) {
      out.push(`'#x${b >> SPAN_BITS}'`);
      b -= whole + 1;
    } else {
      out.push(`'#${b}'`);
      b--;
    }
  }
  return out.join(' | ');
};
/** the blocks of rowids lo..hi */
const blocksOf = (lo: number, hi: number): string => blockQuery(hi >> BLOCK_BITS, lo >> BLOCK_BITS);
/** the blocks and the filters' words (either may be null) as one tsquery text; null when neither */
const keysQuery = (blocks: string | null, words: string | null): string | null =>
  blocks && words ? `(${blocks}) & ${words}` : blocks ?? words;
/** the query a search matches with: @mq, the query with its prefixes spelled out (expandPrefixes), else @tsq */
const MATCH_QUERY = "coalesce(@mq::tsquery, to_tsquery('argus', @tsq))";
/** a match among `article_search a`; @bq: null, or the blocks and the filters' words (one tsquery, so the GIN index intersects them) */
const SEARCH_MATCH = `a.fts @@ (CASE WHEN @bq::text IS NULL THEN ${MATCH_QUERY} ELSE ${MATCH_QUERY} && @bq::tsquery END)`;
/**
 * The same over the title's tsvector, for a query whose every word is a title word (`title:`, weight A): the same
 * matches (the title's words, weights and positions are fts's weight-A part), without reading back the whole tsvector
 * of each candidate (weights need a recheck: 1,070 → 170 ms of server time for `title:Ukraine` at 200,000 articles).
 * Its tsvector has no source words: the source filter is the a.source_id condition alone.
 */
const TITLE_MATCH = SEARCH_MATCH.replace('a.fts @@', 'a.title @@');
/** whether every operand of a tsquery text is a title word (':A' or ':*A') */
export const titleOnly = (tsq: string): boolean => {
  const operands = tsq.match(/'(?:[^']|'')*'(?::[*A-D]+)?/g) ?? [];
  return operands.length > 0 && operands.every((o) => /':\*?A$/.test(o));
};
/**
 * ts_headline drops control characters from its options, so matches are marked with two private-use characters and
 * turned into the \u0002 / \u0003 pair the SQLite store's snippets use (markHtml reads those).
 */
const HEADLINE_OPTS = "'StartSel=' || chr(57344) || ', StopSel=' || chr(57345) || ', MaxWords=24, MinWords=12, ShortWord=0, MaxFragments=1, FragmentDelimiter=…'";
const marks = (s: string | null): string | null => (s === null ? null : s.replace(/\uE000/g, '\u0002').replace(/\uE001/g, '\u0003'));

/** most years a date filter names as words of fts (each is one more word of the GIN scan's OR) */
const MAX_YEARS = 4;

/**
 * The search filters (entity, PLOVER type, source, country, dates) as conditions over `articles a` (or article_search,
 * which has the same rowid, source_id and day); null when the entity is unknown. As in SQLite, a text search takes
 * `probes`: entity, type and country as an index look-up per visited match (a subquery with LIMIT 1, which the planner
 * keeps per row) instead of a set of every article with that entity, type or country (half of 1,000,000 for UA), since
 * it visits only the newest matches. `words`: entity, type and country, and for a text search the years of the dates,
 * as words of article_search.fts (migration 011), for a scan of that tsvector; `others` the conditions other than entity,
 * type and country.
 */
export async function pgArticleFilters(db: PgDb, q: SearchQuery, style: 'sets' | 'probes' = 'sets'): Promise<ArticleFilters | null> {
  const where: string[] = [];
  const ranged: string[] = [];
  const params: Record<string, unknown> = {};
  const probes = style === 'probes';
  const words: string[] = [];
  // the set form within the rowids @flo..@fhi: one range read of the filter's index, hashed, instead of a probe per match
  const inRange = (table: string, cond: string): string =>
    `a.rowid IN (SELECT article_rowid FROM ${table} WHERE ${cond} AND article_rowid BETWEEN @flo::int AND @fhi::int)`;
  if (q.entity) {
    const n = normalizeName(q.entity);
    const ids = await db.column<number>(`SELECT id FROM entities WHERE norm = $1 UNION SELECT entity_id FROM entity_aliases WHERE norm = $1
        UNION SELECT entity_id FROM entity_keys WHERE key = $2`, [n, q.entity.trim()]);
    if (ids.length === 0) return null;
    params.entities = ids;
    where.push(probes ? '(SELECT true FROM article_entities fe WHERE fe.article_rowid = a.rowid AND fe.entity_id = ANY(@entities::int[]) LIMIT 1)'
      : 'a.rowid IN (SELECT article_rowid FROM article_entities WHERE entity_id = ANY(@entities::int[]))');
    ranged.push(inRange('article_entities', 'entity_id = ANY(@entities::int[])'));
    words.push(`(${ids.map((id) => quoteWord(`#e${id}`)).join(' | ')})`);
  }
  if (q.type) {
    params.type = q.type.toUpperCase();
    where.push(probes ? '(SELECT true FROM events fv WHERE fv.article_rowid = a.rowid AND fv.type = @type::text LIMIT 1)'
      : 'a.rowid IN (SELECT article_rowid FROM events WHERE type = @type::text)');
    ranged.push(inRange('events', 'type = @type::text'));
    words.push(quoteWord(`#t${params.type as string}`));
  }
  if (q.country) {
    params.country = q.country.toUpperCase();
    where.push(probes ? '(SELECT true FROM places fp WHERE fp.article_rowid = a.rowid AND fp.country = @country::text LIMIT 1)'
      : 'a.rowid IN (SELECT article_rowid FROM places WHERE country = @country::text)');
    ranged.push(inRange('places', 'country = @country::text'));
    words.push(quoteWord(`#c${params.country as string}`));
  }
  // the conditions with no word in article_search.fts
  const others = where.length;
  if (q.source) {
    params.source = q.source;
    where.push('a.source_id IN (SELECT id FROM sources WHERE lower(name) = lower(@source::text) OR lower(host) = lower(@source::text))');
    ranged.push(where[where.length - 1] as string);
  }
  // the day in the passes' date conditions: the column, or not a key of the day index when the years' words do the work
  let day = 'a.day';
  if (probes && (q.from || q.to)) {
    // the years the dates span, as words of fts (migration 011) when they are few; the day conditions stay, for the first
    // and last year (days are YYYY-MM-DD; an open end is the first or last day stored)
    const days = await db.one<{ lo: string | null; hi: string | null }>('SELECT min(day) AS lo, max(day) AS hi FROM article_search');
    const start = q.from?.slice(0, 10) ?? days?.lo ?? '';
    const end = q.to?.slice(0, 10) ?? days?.hi ?? '';
    const [from, to] = [start, end].map((d) => (/^\d{4}/.test(d) ? Number(d.slice(0, 4)) : NaN)) as [number, number];
    if (to >= from && to - from < MAX_YEARS) {
      words.push(`(${Array.from({ length: to - from + 1 }, (_, k) => quoteWord(`#y${String(from + k).padStart(4, '0')}`)).join(' | ')})`);
      // dates that hold at least half of the stored days of their years: the passes test each match's day, which the GIN
      // scan limited to those years, rather than let the planner AND them with a range of the day index (89,000 entries
      // at 200,000 articles for `call` since 2024, dropping none), a range that grows with the database
      const t = (d: string | null | undefined): number => Date.parse(`${(d ?? '').slice(0, 10)}T00:00:00Z`);
      const lo = Math.max(t(days?.lo), Date.UTC(from, 0, 1));
      const hi = Math.min(t(days?.hi), Date.UTC(to + 1, 0, 1));
      if (Math.min(t(end), hi) - Math.max(t(start), lo) >= (hi - lo) / 2) day = "(a.day || '')";
    }
  }
  // the conditions after entity, type and country in the passes' form
  const passes = where.slice(others);
  if (q.from) {
    params.from = q.from.slice(0, 10);
    where.push('a.day >= @from::text');
    ranged.push(where[where.length - 1] as string);
    passes.push(`${day} >= @from::text`);
  }
  if (q.to) {
    params.to = q.to.slice(0, 10);
    where.push('a.day <= @to::text');
    ranged.push(where[where.length - 1] as string);
    passes.push(`${day} <= @to::text`);
  }
  for (const set of [minSourcesSet(q.minSources ?? 0), minConfidenceSet(q.minConfidence ?? 0)]) {
    if (!set) continue;
    where.push(set.replaceAll('{R}', 'a.rowid'));
    ranged.push(where[where.length - 1] as string);
    passes.push(where[where.length - 1] as string);
  }
  return { where, ranged, params, words: words.length > 0 ? words.join(' & ') : null, others: { where: where.slice(others), passes } };
}

export interface ArticleFilters {
  /** conditions over `a` (articles or article_search) */
  where: string[];
  /** the same conditions, with entity, type and country as sets of the rowids @flo..@fhi (for a scan of those rowids' matches) */
  ranged: string[];
  /** entity, type, country and the dates' years as a tsquery text of article_search.fts's words ('#e42', '#tASSAULT', '#cUA', '#y2024'); null without them */
  words: string | null;
  /**
   * the conditions other than entity, type and country (source, dates, corroboration), and the same for the passes of a
   * scan of fts, where the dates may be no key of the day index (the years' words limit the scan)
   */
  others: { where: string[]; passes: string[] };
  params: Record<string, unknown>;
}

/** most words a prefix is spelled out as; a prefix of more words stays a prefix (GIN's partial match) */
const MAX_EXPANSION = 64;

/** the operands of a tsquery text as PostgreSQL writes it: quoted lexeme ('' and \\ escapes), then :*, weights */
function operands(text: string): Array<{ start: number; end: number; lexeme: string; prefix: boolean; weights: string }> {
  const out: Array<{ start: number; end: number; lexeme: string; prefix: boolean; weights: string }> = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== "'") continue;
    let j = i + 1;
    let lexeme = '';
    for (; j < text.length; j++) {
      const c = text[j] as string;
      if (c === '\\') lexeme += text[++j] ?? '';
      else if (c === "'" && text[j + 1] === "'") lexeme += text[++j];
      else if (c === "'") break;
      else lexeme += c;
    }
    const flags = /^:(\*?)([A-D]*)/.exec(text.slice(j + 1));
    const end = j + 1 + (flags?.[0].length ?? 0);
    out.push({ start: i, end, lexeme, prefix: flags?.[1] === '*', weights: flags?.[2] ?? '' });
    i = end - 1;
  }
  return out;
}

/**
 * The query with each prefix term (`minist*`) spelled out as the indexed words that start with it, from search_lexemes
 * (migration 011): `'minist' | 'ministeri' | 'ministri'`. GIN's partial match reads every match of every such word,
 * whatever the blocks a pass looks in (112,000 rows for `minist*` at 200,000 articles; growing with the database),
 * where the words' postings are intersected with the blocks' like any other word's. The same matches: the table holds
 * every word of every tsvector in article_search (and words no article has any more, which match nothing). The text is
 * the normalised tsquery (for `::tsquery`); null without a prefix term. Ranking and snippets keep the query as written.
 */
async function expandPrefixes(db: PgDb, tsq: string): Promise<string | null> {
  if (!tsq.includes(':*')) return null;
  const text = (await db.value<string>("SELECT to_tsquery('argus', $1)::text", [tsq])) ?? '';
  const ops = operands(text).filter((o) => o.prefix);
  if (ops.length === 0) return null;
  const prefixes = [...new Set(ops.map((o) => o.lexeme))];
  const rows = await db.all<{ p: string; words: string[] }>(`SELECT p, ARRAY(SELECT lexeme FROM search_lexemes WHERE lexeme >= p AND lexeme < p || chr(1114111)
      AND starts_with(lexeme, p) ORDER BY lexeme LIMIT ${MAX_EXPANSION + 1}) AS words FROM unnest($1::text[]) p`, [prefixes]);
  const words = new Map(rows.map((r) => [r.p, r.words]));
  let out = '';
  let at = 0;
  for (const o of ops) {
    const ws = words.get(o.lexeme) ?? [];
    if (ws.length > MAX_EXPANSION) continue;
    // no such word: a word no tsvector has
    const spelled = ws.length === 0 ? ["'#'"] : ws.map((w) => quoteWord(w) + (o.weights ? `:${o.weights}` : ''));
    out += `${text.slice(at, o.start)}(${spelled.join(' | ')})`;
    at = o.end;
  }
  return out + text.slice(at);
}

interface HitRow {
  rowid: number; id: string; title: string; url: string | null; source: string | null; published: string | null; storyId: number | null;
  lead: string; st: string | null; sx: string | null;
}

export class PgSearchRepo implements SearchRepo {
  constructor(private readonly db: PgDb) {}

  async search(q: SearchQuery): Promise<SearchResult> {
    const limit = Math.max(1, Math.min(q.limit ?? 20, MAX_LIMIT));
    const offset = Math.max(0, q.offset ?? 0);
    const text = q.text.trim();
    checkQueryComplexity(text);
    const empty: SearchResult = { query: q.text, fts: '', escaped: false, total: 0, hits: [], facets: { source: [], entity: [], eventType: [] } };
    const all = text === '' || text === '*';
    const f = await pgArticleFilters(this.db, q, all ? 'sets' : 'probes');
    if (!f) return empty;
    if (text === '' || text === '*') return this.run(q, null, '', false, f, limit, offset);
    const t = toTsQuery(text);
    if (t.tsquery === null) return { ...empty, fts: t.fts, escaped: t.escaped };
    return this.run(q, t.tsquery, t.fts, t.escaped, f, limit, offset);
  }

  async scan(q: SearchQuery, page: { after?: string | null; limit?: number }): Promise<ScanPage> {
    const limit = Math.max(1, Math.min(page.limit ?? SCAN_PAGE, MAX_SCAN_PAGE));
    const after = page.after ?? '0';
    if (!/^\d{1,18}$/.test(after)) throw new Error(`not a scan cursor: ${after}`);
    const text = q.text.trim();
    checkQueryComplexity(text);
    const f = await pgArticleFilters(this.db, q);
    if (!f) return { rows: [], next: null };
    const where = ['a.is_latest = 1', 'a.rowid > @after::int', ...f.where];
    const params: Record<string, unknown> = { ...f.params, after: Number(after), limit };
    if (text !== '' && text !== '*') {
      const t = toTsQuery(text);
      if (t.tsquery === null) return { rows: [], next: null };
      params.tsq = t.tsquery;
      where.push(MATCH);
    }
    const ids = await this.db.column<number>(`SELECT a.rowid FROM articles a WHERE ${where.join(' AND ')} ORDER BY a.rowid LIMIT @limit`, params);
    if (ids.length === 0) return { rows: [], next: null };
    const raw = await this.db.all<Omit<ScanRow, 'analysis'> & { rowid: number; text: string; json: string }>(`SELECT a.rowid, a.id, a.version, a.url, s.name AS source,
        a.published, a.title, a.text, a.ingested_at AS "ingestedAt", an.json FROM articles a LEFT JOIN sources s ON s.id = a.source_id
        JOIN analyses an ON an.article_rowid = a.rowid WHERE a.rowid = ANY($1::int[]) ORDER BY a.rowid`, [ids]);
    const rows: ScanRow[] = raw.map((r) => {
      const analysis = JSON.parse(r.json) as Analysis;
      analysis.article.text = r.text;
      return { id: r.id, version: r.version, url: r.url, source: r.source, published: r.published, title: r.title, ingestedAt: r.ingestedAt, analysis };
    });
    // the corroboration of each row's events and quotes, one query per page
    const facts = await new PgCorroborationRepo(this.db).factsByRowid(raw.map((r) => r.rowid));
    raw.forEach((r, i) => { (rows[i] as ScanRow).facts = facts.get(r.rowid); });
    return { rows, next: ids.length === limit ? String(ids[ids.length - 1]) : null };
  }

  /**
   * The newest `want` matches (rowid descending) among article_search rows meeting `where`, with their days: the matches
   * in the newest rowid blocks (see SEARCH_BLOCK in articles.ts), then in the blocks below them, until they hold `want`
   * matches or there are no more. One GIN scan intersects the query with the blocks, so a word in half of 1,000,000
   * articles visits about `want` rows. Each pass reads only blocks no earlier pass read (the last one, down to the
   * oldest, as "none of the blocks read so far"), and takes as many as the matches' density so far says should hold the
   * rest; `where` may use @flo..@fhi, the rowids of the pass's blocks (the filters' ranged sets). `prefix`: the query
   * still has a prefix term (of more words than expandPrefixes spells out), whose GIN scan gathers every match of every
   * word with that prefix in each pass whatever the blocks, so the passes take more blocks for fewer passes.
   */
  private async newestMatches(where: string, params: Record<string, unknown>, want: number, prefix = false): Promise<Array<{ rowid: number; day: string | null }>> {
    const bounds = await this.db.one<{ hi: number | null; lo: number | null }>('SELECT (SELECT max(rowid) FROM article_search) AS hi, (SELECT min(rowid) FROM article_search) AS lo');
    if (bounds?.hi == null || bounds.lo == null) return [];
    const top = bounds.hi >> BLOCK_BITS;
    const bottom = bounds.lo >> BLOCK_BITS;
    const keys = params.keys as string | null;
    const found: Array<{ rowid: number; day: string | null }> = [];
    // blocks top..top-seen+1 are read
    let seen = 0;
    const margin = prefix ? 2 : 1.2;
    // the first pass: the blocks of the newest 1.2 * want rowids (4 * want for a prefix)
    let next = Math.max(1, top - ((bounds.hi - Math.ceil((prefix ? 4 : 1.2) * want)) >> BLOCK_BITS) + 1);
    for (;;) {
      const left = top - bottom + 1 - seen;
      // past three quarters of the blocks left, all of them at once
      const rest = next > (3 * left) / 4;
      const hiBlock = top - seen;
      let loBlock = rest ? bottom : hiBlock - next + 1;
      // a pass that would end inside a span of 16 blocks takes the whole span when that at most doubles it: one word of
      // the GIN scan instead of up to 15
      const spanStart = loBlock & ~((1 << SPAN_BITS) - 1);
      if (!rest && loBlock - spanStart <= hiBlock - loBlock + 1) loBlock = Math.max(spanStart, bottom);
      const blocks = rest ? (seen === 0 ? null : `!(${blockQuery(top, hiBlock + 1)})`) : blockQuery(hiBlock, loBlock);
      const got = await this.db.all<{ rowid: number; day: string | null }>(`SELECT a.rowid, a.day FROM article_search a WHERE ${where}`,
        { ...params, bq: keysQuery(blocks, keys), flo: rest ? bounds.lo : loBlock << BLOCK_BITS, fhi: ((hiBlock + 1) << BLOCK_BITS) - 1 });
      for (const r of got) found.push(r);
      seen += hiBlock - loBlock + 1;
      if (found.length >= want || rest || loBlock === bottom) return found.sort((a, b) => b.rowid - a.rowid).slice(0, want);
      // the matches' density so far says how many more blocks should hold the rest (a fifth more for the spread; twice, for a prefix)
      next = found.length === 0 ? seen * 16 : Math.ceil((margin * seen * (want - found.length)) / found.length);
    }
  }

  private async run(q: SearchQuery, tsq: string | null, fts: string, escaped: boolean, f: ArticleFilters,
    limit: number, offset: number): Promise<SearchResult> {
    const db = this.db;
    const n = offset + limit;
    const depth = q.facetDepth ?? FACET_DEPTH;
    const params: Record<string, unknown> = { ...f.params, tsq, n, depth, bq: null, keys: null, mq: null };
    const where = ['a.is_latest = 1', ...(tsq !== null ? [MATCH] : []), ...f.where].join(' AND ');
    const byDate = q.sort === 'date' || tsq === null;

    let total: number;
    let estimated = false;
    let newest: number[];
    let page: Array<{ rowid: number; score: number }> = [];
    if (tsq !== null) {
      // article_search (migration 010) holds the latest versions, with the columns the filters read
      const inTitle = titleOnly(tsq);
      const match = inTitle ? TITLE_MATCH : SEARCH_MATCH;
      // the entity, type and country filters as words of fts (migration 011): conditions of the GIN scan, in place of
      // their sets and probes (the title's tsvector has no such words: a title query keeps them)
      const sWhere = [match, ...(inTitle ? f.where : f.others.where)].join(' AND ');
      const rWhere = [match, ...(inTitle ? f.ranged : f.others.passes)].join(' AND ');
      const keys: string[] = inTitle || f.words === null ? [] : [f.words];
      if (q.source && !inTitle) {
        // the source filter as words of the tsvector too (the a.source_id condition stays)
        const ids = await db.column<number>('SELECT id FROM sources WHERE lower(name) = lower($1) OR lower(host) = lower($1)', [q.source]);
        keys.push(`(${ids.length === 0 ? "'#s0'" : ids.map((id) => `'#s${id}'`).join(' | ')})`);
      }
      params.keys = keys.length === 0 ? null : keys.join(' & ');
      params.bq = params.keys;
      params.mq = await expandPrefixes(db, tsq);
      const cap = Math.max(RANK_WINDOW, depth);
      const found = await this.newestMatches(rWhere, params, cap + 1, ((params.mq as string | null) ?? tsq).includes(':*'));
      const top = found.map((r) => r.rowid);
      const capped = top.length > cap;
      if (capped) {
        top.length = cap;
        const span = await db.one<{ hi: number; lo: number }>('SELECT (SELECT max(rowid) FROM articles) AS hi, (SELECT min(rowid) FROM articles) AS lo');
        const hi = span?.hi ?? 0;
        total = Math.max(cap + 1, Math.round((cap * (hi - (span?.lo ?? 0) + 1)) / (hi - (top[cap - 1] as number) + 1)));
        estimated = true;
      } else {
        total = top.length;
      }
      newest = top.slice(0, depth);
      if (total > 0) {
        if (byDate && !capped) {
          // every match is in hand, with its day: newest day first (no day last), then rowid
          page = found.sort((a, b) => (a.day === b.day ? b.rowid - a.rowid : a.day === null ? 1 : b.day === null ? -1 : a.day < b.day ? 1 : -1))
            .slice(0, n).map((r) => ({ rowid: r.rowid, score: 0 }));
        } else if (byDate) {
          // more matches than the window: walk (day, rowid) newest first, testing each row, until n hits
          page = await db.all(`SELECT a.rowid, 0 AS score FROM article_search a WHERE ${sWhere} ORDER BY a.day DESC NULLS LAST, a.rowid DESC LIMIT @n`, params);
        } else if (!capped) {
          // every match is in hand: ts_rank over the newest RANK_WINDOW of them (the same GIN scan, from the oldest one's block)
          const window = top.slice(0, RANK_WINDOW);
          const lo = window[window.length - 1] as number;
          page = await db.all(`SELECT a.rowid, ${RANK} AS score FROM article_search a WHERE ${sWhere} AND a.rowid + 0 >= @lo::int
              ORDER BY score DESC, a.rowid DESC LIMIT @n`, { ...params, bq: keysQuery(window.length < top.length ? blocksOf(lo, window[0] as number) : null, params.keys as string | null), lo });
        } else {
          // past the window, as in SQLite: title matches first, then the rest, newest first each (score 1 and 0)
          const window = top.slice(0, RANK_WINDOW);
          const inWindow = new Set(window);
          const lo = window[window.length - 1] as number;
          const inTitle = new Set((await db.column<number>(`SELECT a.rowid FROM article_search a WHERE a.title @@ (${MATCH_QUERY} && @bq::tsquery)`,
            { tsq, mq: params.mq, bq: blocksOf(lo, window[0] as number) })).filter((r) => inWindow.has(r)));
          const first = window.filter((r) => inTitle.has(r));
          const order = first.length >= n ? first.slice(0, n) : [...first, ...window.filter((r) => !inTitle.has(r)).slice(0, n - first.length)];
          page = order.map((rowid) => ({ rowid, score: inTitle.has(rowid) ? 1 : 0 }));
        }
      }
    } else {
      total = (await db.value<number>(`SELECT count(*) FROM articles a WHERE ${where}`, params)) ?? 0;
      newest = total === 0 ? [] : await db.column<number>(`SELECT a.rowid FROM articles a WHERE ${where} ORDER BY a.rowid DESC LIMIT @depth`, params);
      if (total > 0) page = await db.all(`SELECT a.rowid, 0 AS score FROM articles a WHERE ${where} ORDER BY a.day DESC NULLS LAST, a.rowid DESC LIMIT @n`, params);
    }
    // the facets run on other pooled connections while the page's rows are read
    const facet = (sql: string): Promise<Facet[]> => (newest.length === 0 ? Promise.resolve([]) : db.all<Facet>(sql, { ids: newest, lo: newest[newest.length - 1], hi: newest[0] }));
    // the facets' articles: when they are at least a quarter of the rowids between the first and the last (a common
    // word's newest matches), one range read of the index, each row tested against the set (`+ 0`: not an index key),
    // instead of a descent of the index per article (3-4 buffers each: 1,600 for 500 articles, against 150)
    const dense = newest.length > 0 && (newest[0] as number) - (newest[newest.length - 1] as number) + 1 <= 4 * newest.length;
    const among = (col: string): string => (dense ? `${col} BETWEEN @lo::int AND @hi::int AND ${col} + 0 = ANY(@ids::int[])` : `${col} = ANY(@ids::int[])`);
    const facets = Promise.all([
      // (a text search's matches are latest versions: their sources from the narrow article_search, not the articles' wide rows)
      facet(`SELECT s.name AS value, count(*) AS count FROM ${tsq !== null ? 'article_search' : 'articles'} a JOIN sources s ON s.id = a.source_id
          WHERE ${among('a.rowid')} GROUP BY s.name ORDER BY count DESC, s.name COLLATE "C" LIMIT 20`),
      facet(`SELECT e.name AS value, t.count FROM (SELECT entity_id, count(DISTINCT article_rowid) AS count FROM article_entities
          WHERE ${among('article_rowid')} GROUP BY entity_id ORDER BY count DESC, entity_id LIMIT 20) t JOIN entities e ON e.id = t.entity_id
          ORDER BY t.count DESC, e.name COLLATE "C"`),
      facet(`SELECT type AS value, count(DISTINCT article_rowid) AS count FROM events
          WHERE ${among('article_rowid')} GROUP BY type ORDER BY count DESC, type COLLATE "C" LIMIT 20`),
    ]).then(([source, entity, eventType]) => ({ source, entity, eventType }));
    // (awaited below; a failure of the rows' read must not leave it unhandled)
    facets.catch(() => undefined);
    const shown = page.slice(offset);
    const rows = new Map<number, HitRow>();
    if (shown.length > 0) {
      const headline = (col: string): string => (tsq !== null ? `ts_headline('argus', ${col}, to_tsquery('argus', @tsq), ${HEADLINE_OPTS})` : 'NULL');
      const found = await db.all<HitRow>(`SELECT a.rowid, a.id, a.title, a.url,
          s.name AS source, a.published, a.story_id AS "storyId", substr(a.text, 1, 240) AS lead, ${headline('a.title')} AS st, ${headline('a.text')} AS sx
        FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.rowid = ANY(@ids::int[])`, { tsq, ids: shown.map((h) => h.rowid) });
      for (const r of found) rows.set(r.rowid, r);
    }
    const hits: SearchHit[] = [];
    for (const h of shown) {
      const r = rows.get(h.rowid);
      if (!r) continue;
      // the column where the query matched, as FTS5's snippet() picks it; else the lead
      const sx = marks(r.sx);
      const st = marks(r.st);
      const snippet = sx?.includes('\u0002') ? sx : st?.includes('\u0002') ? st : r.lead;
      hits.push({ id: r.id, title: r.title, url: r.url, source: r.source, published: r.published, storyId: r.storyId, score: h.score, snippet, snippetHtml: markHtml(snippet) });
    }

    return {
      query: q.text, fts, escaped, total, ...(estimated ? { totalEstimated: true } : {}), hits,
      facets: await facets,
    };
  }
}
