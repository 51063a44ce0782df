// Article versions in PostgreSQL: the one-transaction save (serialised per article id by an advisory lock, so two
// workers saving the same article store it once), look-ups, dedup and cluster candidates.
import type { Analysis } from '../../core/analysis.js';
import type { PgDb } from './db.js';
import type {
  ArticleLookup, ArticleRepo, ArticleSummary, ArticleView, ClusterCandidate, NearDuplicate,
  SaveArticleInput, SaveResult, SimHash,
} from '../types.js';
import { PgEntityWriter } from './entity-writer.js';
import { bufferToSig, sigToBuffer } from '../../analytics/minhash.js';
import { simhashKeys } from '../sqlite/articles.js';
import { hostOf } from '../../core/urls.js';
import { indexText } from './tsquery.js';
import { now, dayOf, type ArticleRow } from '../rows.js';

interface LatestRow {
  rowid: number;
  version: number;
  story_id: number | null;
}

/**
 * the rowid's block of 4096 and span of 16 blocks as words no query can spell ('#243', '#x15'): "matches among the newest
 * blocks" is one tsquery (migrations 010, 011)
 */
export const SEARCH_BLOCK = (rowid: string): string => `array_to_tsvector(ARRAY['#' || (${rowid} >> 12), '#x' || (${rowid} >> 16)])`;
/**
 * article_search.fts's added words: the rowid's block and span, the source ('#s7'), the day's year ('#y2024'), and the
 * article's entities, event types and countries ('#e42', '#tASSAULT', '#cUA': search_facets, migration 011, read from
 * the article's rows, so written after them), so the filters are part of the GIN scan too
 */
export const SEARCH_KEYS = (rowid: string, sourceId: string, day: string): string =>
  `${SEARCH_BLOCK(rowid)} || array_to_tsvector(array_remove(ARRAY['#s' || ${sourceId}, '#y' || substr(${day}, 1, 4)], NULL)) || search_facets(${rowid})`;
/** the searchable tsvector of a title and a text (each through indexText first): title weight A, text weight B */
export const FTS_OF = (title: string, text: string): string => `setweight(to_tsvector('argus', ${title}), 'A') || setweight(to_tsvector('argus', ${text}), 'B')`;
export const FTS_VALUE = FTS_OF('@ftsTitle', '@ftsText');

const SELECT_ARTICLE = `SELECT a.rowid, a.id, a.version, a.url, s.name AS source, a.title, a.subtitle, a.published, a.byline, a.text,
    a.story_id, a.duplicate_of, a.ingested_at FROM articles a LEFT JOIN sources s ON s.id = a.source_id`;

/**
 * Writes the quote, event and place rows of an article version: its save, and a correction's rewrite of its facts.
 * `local`: the article's entity ids by their local id in the analysis.
 */
export async function writeFacts(t: PgDb, rowid: number, analysis: Analysis, local: Map<string, number>): Promise<void> {
  const ent = (lid: string | null | undefined): number | null => (lid ? (local.get(lid) ?? null) : null);
  // one statement a table (unnest of one array a column), the rows in the analysis's order (idx)
  const { quotes: qs, events: es, places: ps } = analysis;
  if (qs.length > 0) {
    await t.run(`INSERT INTO quotes (article_rowid, idx, text, kind, speaker_local, speaker_entity_id, cue, start, "end")
        SELECT $1, v.ord - 1, v.text, v.kind, v.speaker_local, v.speaker_entity_id, v.cue, v.start, v."end"
        FROM unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::text[], $7::int[], $8::int[])
          WITH ORDINALITY AS v(text, kind, speaker_local, speaker_entity_id, cue, start, "end", ord)`,
    [rowid, qs.map((q) => q.text), qs.map((q) => q.kind), qs.map((q) => q.speaker), qs.map((q) => ent(q.speaker)), qs.map((q) => q.cue ?? null),
      qs.map((q) => q.start), qs.map((q) => q.end)]);
  }
  if (es.length > 0) {
    await t.run(`INSERT INTO events (article_rowid, idx, type, mode, cameo, source_local, source_entity_id, target_local,
        target_entity_id, location, date, trigger, negated, start, "end")
        SELECT $1, v.ord - 1, v.type, v.mode, v.cameo, v.source_local, v.source_entity_id, v.target_local, v.target_entity_id, v.location,
          v.date, v.trigger, v.negated, v.start, v."end"
        FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[], $8::int[], $9::text[], $10::text[], $11::text[],
          $12::int[], $13::int[], $14::int[]) WITH ORDINALITY AS v(type, mode, cameo, source_local, source_entity_id, target_local,
          target_entity_id, location, date, trigger, negated, start, "end", ord)`,
    [rowid, es.map((e) => e.type), es.map((e) => e.mode ?? null), es.map((e) => e.cameo ?? null), es.map((e) => e.source), es.map((e) => ent(e.source)),
      es.map((e) => e.target), es.map((e) => ent(e.target)), es.map((e) => e.location ?? null), es.map((e) => e.date ?? null),
      es.map((e) => e.trigger ?? null), es.map((e) => (e.negated ? 1 : 0)), es.map((e) => e.start), es.map((e) => e.end)]);
  }
  if (ps.length > 0) {
    await t.run(`INSERT INTO places (article_rowid, idx, entity_local, entity_id, name, country, lat, lon, geonames, feature_class, focus)
        SELECT $1, v.ord - 1, v.entity_local, v.entity_id, v.name, v.country, v.lat, v.lon, v.geonames, v.feature_class, v.focus
        FROM unnest($2::text[], $3::int[], $4::text[], $5::text[], $6::float8[], $7::float8[], $8::int[], $9::text[], $10::int[])
          WITH ORDINALITY AS v(entity_local, entity_id, name, country, lat, lon, geonames, feature_class, focus, ord)`,
    [rowid, ps.map((p) => p.entity), ps.map((p) => ent(p.entity)), ps.map((p) => p.name), ps.map((p) => p.country ?? null), ps.map((p) => p.lat),
      ps.map((p) => p.lon), ps.map((p) => p.geonames ?? null), ps.map((p) => p.featureClass ?? null), ps.map((p) => (p.focus ? 1 : 0))]);
  }
}

export class PgArticleRepo implements ArticleRepo {
  private readonly entities = new PgEntityWriter();

  constructor(private readonly db: PgDb) {}

  async lookup(id: string, contentHash: string): Promise<ArticleLookup> {
    const r = await this.db.one<{ dup: boolean | null; latest: number | null }>(`SELECT bool_or(content_hash = $2) AS dup,
        max(version) FILTER (WHERE is_latest = 1) AS latest FROM articles WHERE id = $1`, [id, contentHash]);
    return { duplicate: r?.dup === true, latestVersion: r?.latest ?? null };
  }

  async save(input: SaveArticleInput): Promise<SaveResult> {
    return this.db.tx((t) => this.saveTx(t, input));
  }

  private async saveTx(t: PgDb, input: SaveArticleInput): Promise<SaveResult> {
    const { article: a, analysis, batchId } = input;
    const at = now();
    const log = (status: string): Promise<number> =>
      t.run('INSERT INTO ingest_log (batch_id, ref, status, article_id, at) VALUES ($1, $2, $3, $4, $5)', [batchId, a.ref, status, a.id, at]);
    // one save per article id at a time (other processes too): the check below and the insert see the same world
    await t.query("SELECT pg_advisory_xact_lock(hashtext('argus-article'), hashtext($1))", [a.id]);
    // the stored version with this content (a duplicate), else the latest version (one look-up for both)
    const rows = await t.all<LatestRow & { same: boolean; is_latest: number }>(`SELECT rowid, version, story_id, content_hash = $2 AS same, is_latest
        FROM articles WHERE id = $1 AND (content_hash = $2 OR is_latest = 1) ORDER BY rowid`, [a.id, a.contentHash]);
    const dup = rows.find((r) => r.same);
    if (dup) {
      await log('duplicate');
      return { status: 'duplicate', rowid: dup.rowid, version: 0, storyId: dup.story_id, entityIds: [] };
    }
    const prev = rows.find((r) => r.is_latest === 1);
    if (prev) await t.run('UPDATE articles SET is_latest = 0 WHERE rowid = $1', [prev.rowid]);
    if (prev) await t.run('DELETE FROM article_search WHERE rowid = $1', [prev.rowid]);
    const version = prev ? prev.version + 1 : 1;
    const sourceId = a.source
      ? await t.value<number>(`INSERT INTO sources (name, host) VALUES ($1, $2)
          ON CONFLICT (name) DO UPDATE SET host = coalesce(sources.host, excluded.host) RETURNING id`, [a.source, hostOf(a.url)])
      : null;
    const day = dayOf(a.published, at);

    let storyId: number;
    let duplicateOf: number | null = null;
    if (input.story.kind === 'join') {
      storyId = input.story.storyId;
      duplicateOf = input.story.duplicateOf;
    } else if (prev?.story_id != null) {
      storyId = prev.story_id;
    } else {
      storyId = (await t.value<number>('INSERT INTO stories (title, first_seen, last_seen, article_count, created_at) VALUES ($1, $2, $3, 0, $4) RETURNING id',
        [a.title, day, day, at])) as number;
    }

    const rowid = (await t.value<number>(`INSERT INTO articles (id, version, is_latest, content_hash, url, source_id, title, subtitle, published, day,
        language, byline, text, input_meta, raw, ref, sh_hi, sh_lo, minhash, keywords, story_id, duplicate_of, ingested_at)
      VALUES (@id, @version, 1, @contentHash, @url, @sourceId, @title, @subtitle, @published, @day,
        @language, @byline, @text, @inputMeta, @raw, @ref, @hi, @lo, @minhash, @keywords, @storyId, @duplicateOf, @at)
      RETURNING rowid`, {
      id: a.id, version, contentHash: a.contentHash, url: a.url, sourceId, title: a.title, subtitle: a.subtitle,
      published: a.published, day, language: a.language, byline: a.byline, text: a.text,
      inputMeta: JSON.stringify(a.inputMeta), raw: a.raw, ref: a.ref,
      hi: a.simhash.hi | 0, lo: a.simhash.lo | 0,
      minhash: sigToBuffer(a.minhash), keywords: a.keywords.join(' '), storyId, duplicateOf, at,
    })) as number;
    if (prev) await t.run('DELETE FROM article_lsh WHERE article_rowid = $1', [prev.rowid]);
    const keys = [...new Set([...a.lsh, ...simhashKeys(a.simhash)])];
    if (keys.length) {
      await t.run('INSERT INTO article_lsh (key, article_rowid) SELECT unnest($1::bigint[]), $2 ON CONFLICT DO NOTHING', [keys.map(String), rowid]);
    }

    const stored: Analysis = { ...analysis, article: { ...analysis.article, text: '' } };
    const model = input.modelAnalysis ? JSON.stringify({ ...input.modelAnalysis, article: { ...input.modelAnalysis.article, text: '' } }) : null;
    await t.run('INSERT INTO analyses (article_rowid, schema, json, analyzed_at, model_json) VALUES ($1, $2, $3, $4, $5)', [rowid, analysis.schema, JSON.stringify(stored), at, model]);

    const local = await this.entities.writeAll(t, rowid, input.entities);
    await writeFacts(t, rowid, analysis, local);
    // the searchable copy of the latest version (migration 010), with the words of the entities and facts just written (011)
    await t.run(`INSERT INTO article_search (rowid, source_id, day, fts, title)
      SELECT @rowid::int, @sourceId::int, @day::text, v || ${SEARCH_KEYS('@rowid::int', '@sourceId::int', '@day::text')}, ts_filter(v, '{a}') || ${SEARCH_BLOCK('@rowid::int')}
      FROM (SELECT ${FTS_VALUE} AS v) x`, { rowid, sourceId, day, ftsTitle: indexText(a.title), ftsText: indexText(a.text) });

    const refresh = (id: number): Promise<number> => t.run(`UPDATE stories SET
        article_count = (SELECT count(*) FROM articles WHERE story_id = $1 AND is_latest = 1),
        first_seen = (SELECT min(day) FROM articles WHERE story_id = $1 AND is_latest = 1),
        last_seen = (SELECT max(day) FROM articles WHERE story_id = $1 AND is_latest = 1)
      WHERE id = $1`, [id]);
    if (prev) {
      await refresh(storyId);
      if (prev.story_id != null && prev.story_id !== storyId) await refresh(prev.story_id);
    } else {
      await t.run(`UPDATE stories SET article_count = article_count + 1,
          first_seen = LEAST(coalesce(first_seen, $2), $2), last_seen = GREATEST(coalesce(last_seen, $2), $2) WHERE id = $1`, [storyId, day]);
    }
    await log(prev ? 'updated' : 'new');
    return { status: prev ? 'updated' : 'new', rowid, version, storyId, entityIds: [...new Set(local.values())] };
  }

  async get(id: string, version?: number): Promise<ArticleView | null> {
    const row = version === undefined
      ? await this.db.one<ArticleRow>(`${SELECT_ARTICLE} WHERE a.id = $1 AND a.is_latest = 1`, [id])
      : await this.db.one<ArticleRow>(`${SELECT_ARTICLE} WHERE a.id = $1 AND a.version = $2`, [id, version]);
    if (!row) return null;
    const json = await this.db.value<string>('SELECT json FROM analyses WHERE article_rowid = $1', [row.rowid]);
    let analysis: Analysis | null = null;
    if (json !== undefined) {
      analysis = JSON.parse(json) as Analysis;
      analysis.article.text = row.text;
    }
    const entityMap: Record<string, number> = {};
    for (const r of await this.db.all<{ local_id: string; entity_id: number }>('SELECT local_id, entity_id FROM article_entities WHERE article_rowid = $1', [row.rowid])) {
      entityMap[r.local_id] = r.entity_id;
    }
    const dupOf = row.duplicate_of == null ? null : ((await this.db.value<string>('SELECT id FROM articles WHERE rowid = $1', [row.duplicate_of])) ?? null);
    const versions = (await this.db.value<number>('SELECT count(*) FROM articles WHERE id = $1', [row.id])) ?? 0;
    return {
      id: row.id, version: row.version, title: row.title, url: row.url, source: row.source, published: row.published,
      storyId: row.story_id, subtitle: row.subtitle, byline: row.byline, text: row.text,
      versions, ingestedAt: row.ingested_at, duplicateOf: dupOf, analysis, entityMap,
    };
  }

  async nearDuplicates(sh: SimHash, lsh: number[]): Promise<NearDuplicate[]> {
    const ids = new Set<number>();
    // newest first, few per key (a boilerplate band shared by thousands must not make every save slow), all keys in
    // one query; the candidates are taken key by key, in the keys' order, until there are 64
    const keys = [...simhashKeys(sh), ...lsh].map(String);
    const hits = await this.db.all<{ ord: number; rowid: number }>(`SELECT k.ord, l.article_rowid AS rowid
        FROM unnest($1::bigint[]) WITH ORDINALITY AS k(key, ord)
        CROSS JOIN LATERAL (SELECT article_rowid FROM article_lsh WHERE key = k.key ORDER BY article_rowid DESC LIMIT 8) l
        ORDER BY k.ord, l.article_rowid DESC`, [keys]);
    let at = 0;
    for (let o = 1; o <= keys.length && at < hits.length; o++) {
      for (; at < hits.length && (hits[at] as { ord: number }).ord === o; at++) ids.add((hits[at] as { rowid: number }).rowid);
      if (ids.size >= 64) break;
    }
    if (ids.size === 0) return [];
    const rows = await this.db.all<{ rowid: number; id: string; story_id: number | null; sh_hi: number; sh_lo: number; minhash: Buffer | null }>(
      'SELECT rowid, id, story_id, sh_hi, sh_lo, minhash FROM articles WHERE rowid = ANY($1::int[]) AND is_latest = 1', [[...ids]]);
    const order = [...ids];
    rows.sort((x, y) => order.indexOf(x.rowid) - order.indexOf(y.rowid));
    return rows.map((r) => ({
      rowid: r.rowid, articleId: r.id, storyId: r.story_id, simhash: { hi: r.sh_hi >>> 0, lo: r.sh_lo >>> 0 },
      minhash: r.minhash ? bufferToSig(r.minhash) : null,
    }));
  }

  async articlesOnDay(day: string, limit: number): Promise<ClusterCandidate[]> {
    const rows = await this.db.all<{ rowid: number; storyId: number | null; keywords: string; ids: number[] | null }>(`SELECT a.rowid AS rowid,
        a.story_id AS "storyId", a.keywords AS keywords,
        (SELECT array_agg(entity_id) FROM article_entities ae WHERE ae.article_rowid = a.rowid) AS ids
      FROM articles a WHERE a.is_latest = 1 AND a.day = $1 ORDER BY a.rowid DESC LIMIT $2`, [day, limit]);
    return rows.map((r) => ({ rowid: r.rowid, storyId: r.storyId, entityIds: r.ids ?? [], keywords: r.keywords ? r.keywords.split(' ') : [] }));
  }

  async recent(limit: number): Promise<ArticleSummary[]> {
    return this.db.all<ArticleSummary>(`SELECT a.id, a.version, a.title, a.url, s.name AS source, a.published, a.story_id AS "storyId"
      FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.is_latest = 1 ORDER BY a.day DESC, a.rowid DESC LIMIT $1`, [limit]);
  }
}
