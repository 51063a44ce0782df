// Full-text search over FTS5 with filters, snippets and facets. Input that is not valid FTS5 syntax is escaped, never fatal.
import type { Db } from './open.js';
import type { Facet, SearchHit, SearchQuery, SearchRepo, SearchResult } from '../types.js';
import { normalizeName } from '../normalize.js';

const WEIGHTS = 'bm25(articles_fts, 8.0, 1.0)';
const MAX_LIMIT = 200;

/** Each whitespace-separated piece becomes a quoted phrase: the tokenizer splits "Indo-Pacific" the same way it split the text. */
export function escapeFts(text: string): string {
  return text
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
    .map((w) => `"${w.replace(/"/g, '""')}"`)
    .join(' ');
}

/** Our SQL is fixed, so an SQLITE_ERROR while running a user's MATCH expression is that expression's fault. */
function isFtsSyntaxError(e: unknown): boolean {
  const m = e instanceof Error ? e.message : '';
  return (e as { code?: string }).code === 'SQLITE_ERROR' || /fts5|syntax error|no such column|unterminated|special query/i.test(m);
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function markHtml(snippet: string): string {
  return snippet.replace(/[&<>"']/g, (c) => ESC[c] ?? c).replaceAll('\u0002', '<mark>').replaceAll('\u0003', '</mark>');
}

interface Built {
  where: string;
  params: Record<string, unknown>;
}

export class SqliteSearchRepo implements SearchRepo {
  constructor(private readonly db: Db) {}

  private filters(q: SearchQuery): Built | null {
    const where: string[] = ['a.is_latest = 1'];
    const params: Record<string, unknown> = {};
    if (q.entity) {
      const n = normalizeName(q.entity);
      const ids = this.db.prepare(`SELECT id FROM entities WHERE norm = @n UNION SELECT entity_id FROM entity_aliases WHERE norm = @n
          UNION SELECT entity_id FROM entity_keys WHERE key = @k`).pluck().all({ n, k: q.entity.trim() }) as number[];
      if (ids.length === 0) return null;
      params.entities = JSON.stringify(ids);
      where.push('a.rowid IN (SELECT article_rowid FROM article_entities WHERE entity_id IN (SELECT value FROM json_each(@entities)))');
    }
    if (q.type) {
      params.type = q.type.toUpperCase();
      where.push('a.rowid IN (SELECT article_rowid FROM events WHERE type = @type)');
    }
    if (q.source) {
      params.source = q.source;
      where.push('a.source_id IN (SELECT id FROM sources WHERE name = @source COLLATE NOCASE OR host = @source COLLATE NOCASE)');
    }
    if (q.country) {
      params.country = q.country.toUpperCase();
      where.push(`(a.rowid IN (SELECT article_rowid FROM places WHERE country = @country)
        OR a.rowid IN (SELECT ae.article_rowid FROM article_entities ae JOIN entities e ON e.id = ae.entity_id WHERE e.iso3166 = @country))`);
    }
    if (q.from) {
      params.from = q.from.slice(0, 10);
      where.push('a.day >= @from');
    }
    if (q.to) {
      params.to = q.to.slice(0, 10);
      where.push('a.day <= @to');
    }
    return { where: where.join(' AND '), params };
  }

  async search(q: SearchQuery): Promise<SearchResult> {
    const limit = Math.max(1, Math.min(q.limit ?? 20, MAX_LIMIT));
    const offset = Math.max(0, q.offset ?? 0);
    const depth = Math.max(limit + offset, q.facetDepth ?? 1000);
    const text = q.text.trim();
    const empty: SearchResult = { query: q.text, fts: '', escaped: false, total: 0, hits: [], facets: { source: [], entity: [], eventType: [] } };
    const f = this.filters(q);
    if (!f) return empty;
    if (text === '' || text === '*') return this.run(q, null, false, f, limit, offset, depth);
    try {
      return this.run(q, text, false, f, limit, offset, depth);
    } catch (e) {
      if (!isFtsSyntaxError(e)) throw e;
      const escaped = escapeFts(text);
      if (!escaped) return { ...empty, escaped: true };
      return this.run(q, escaped, true, f, limit, offset, depth);
    }
  }

  private run(q: SearchQuery, fts: string | null, escaped: boolean, f: Built, limit: number, offset: number, depth: number): SearchResult {
    const params = { ...f.params, fts, depth };
    const byDate = q.sort === 'date' || fts === null;
    const from = fts === null
      ? 'FROM articles a'
      : 'FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid';
    const match = fts === null ? '' : 'articles_fts MATCH @fts AND ';
    const score = fts === null ? '0' : WEIGHTS;
    const order = byDate ? 'a.day DESC, a.rowid DESC' : 'score, a.rowid DESC';
    const top = this.db.prepare(`SELECT a.rowid AS rowid, ${score} AS score ${from} WHERE ${match}${f.where} ORDER BY ${order} LIMIT @depth`)
      .all(params) as Array<{ rowid: number; score: number }>;
    const total = top.length < depth
      ? top.length
      : (this.db.prepare(`SELECT count(*) ${from} WHERE ${match}${f.where}`).pluck().get(params) as number);

    const page = top.slice(offset, offset + limit);
    const row = this.db.prepare(`SELECT a.id, a.title, a.url, s.name AS source, a.published, a.story_id AS storyId, substr(a.text, 1, 240) AS lead
        FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.rowid = ?`);
    const snip = fts === null ? null : this.db.prepare(`SELECT snippet(articles_fts, -1, char(2), char(3), '…', 24) FROM articles_fts
        WHERE articles_fts MATCH ? AND rowid = CAST(? AS INTEGER)`).pluck();
    const hits: SearchHit[] = page.map((h) => {
      const r = row.get(h.rowid) as Omit<SearchHit, 'score' | 'snippet'> & { lead: string };
      const snippet = snip ? (snip.get(fts, h.rowid) as string) : r.lead;
      return { id: r.id, title: r.title, url: r.url, source: r.source, published: r.published, storyId: r.storyId, score: -h.score, snippet, snippetHtml: markHtml(snippet) };
    });

    const ids = JSON.stringify(top.map((t) => t.rowid));
    const facet = (sql: string): Facet[] => this.db.prepare(sql).all({ ids }) as Facet[];
    const inTop = 'SELECT value FROM json_each(@ids)';
    return {
      query: q.text, fts: fts ?? '', escaped, total, hits,
      facets: {
        source: facet(`SELECT s.name AS value, count(*) AS count FROM articles a JOIN sources s ON s.id = a.source_id
            WHERE a.rowid IN (${inTop}) GROUP BY s.name ORDER BY count DESC, value LIMIT 20`),
        entity: facet(`SELECT e.name AS value, count(DISTINCT ae.article_rowid) AS count FROM article_entities ae JOIN entities e ON e.id = ae.entity_id
            WHERE ae.article_rowid IN (${inTop}) GROUP BY e.id ORDER BY count DESC, value LIMIT 20`),
        eventType: facet(`SELECT type AS value, count(DISTINCT article_rowid) AS count FROM events
            WHERE article_rowid IN (${inTop}) GROUP BY type ORDER BY count DESC, value LIMIT 20`),
      },
    };
  }
}
