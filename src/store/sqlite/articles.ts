// Article versions: the one-transaction save of an analyzed article, look-ups, dedup and cluster candidates.
import type { Analysis } from '../../core/analysis.js';
import type { Db } from './open.js';
import type {
  ArticleLookup, ArticleRepo, ArticleSummary, ArticleView, ClusterCandidate, EntityRecord, NearDuplicate,
  SaveArticleInput, SaveResult, SimHash,
} from '../types.js';
import { EntityWriter } from './entity-writer.js';
import { bufferToSig, sigToBuffer } from '../../analytics/minhash.js';
import { now, dayOf, type ArticleRow } from '../rows.js';
import { hostOf } from '../../core/urls.js';

interface LatestRow {
  rowid: number;
  version: number;
  story_id: number | null;
  title: string;
  text: string;
}

/** Writes the quote, event and place rows of an article version: its save, and a correction's rewrite of its facts. */
export class FactWriter {
  private readonly q;

  constructor(db: Db) {
    this.q = {
      quote: db.prepare(`INSERT INTO quotes (article_rowid, idx, text, kind, speaker_local, speaker_entity_id, cue, start, "end")
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      event: db.prepare(`INSERT INTO events (article_rowid, idx, type, mode, cameo, source_local, source_entity_id, target_local,
          target_entity_id, location, date, trigger, negated, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      place: db.prepare(`INSERT INTO places (article_rowid, idx, entity_local, entity_id, name, country, lat, lon, geonames, feature_class, focus)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    };
  }

  /** `local`: the article's entity ids by their local id in the analysis */
  write(rowid: number, analysis: Analysis, local: Map<string, number>): void {
    const ent = (lid: string | null | undefined): number | null => (lid ? (local.get(lid) ?? null) : null);
    analysis.quotes.forEach((q, i) => {
      this.q.quote.run(rowid, i, q.text, q.kind, q.speaker, ent(q.speaker), q.cue ?? null, q.start, q.end);
    });
    analysis.events.forEach((e, i) => {
      this.q.event.run(rowid, i, e.type, e.mode ?? null, e.cameo ?? null, e.source, ent(e.source), e.target, ent(e.target),
        e.location ?? null, e.date ?? null, e.trigger ?? null, e.negated ? 1 : 0, e.start, e.end);
    });
    analysis.places.forEach((p, i) => {
      this.q.place.run(rowid, i, p.entity, ent(p.entity), p.name, p.country ?? null, p.lat, p.lon, p.geonames ?? null,
        p.featureClass ?? null, p.focus ? 1 : 0);
    });
  }
}

export class SqliteArticleRepo implements ArticleRepo {
  private readonly entities: EntityWriter;
  private readonly facts: FactWriter;
  private readonly q;

  constructor(private readonly db: Db) {
    this.entities = new EntityWriter(db);
    this.facts = new FactWriter(db);
    this.q = {
      byHash: db.prepare('SELECT rowid, story_id FROM articles WHERE id = ? AND content_hash = ?'),
      // +is_latest: keep the planner on the (id, ...) index; the (is_latest, day) index would scan every latest row
      latest: db.prepare('SELECT rowid, version, story_id, title, text FROM articles WHERE id = ? AND +is_latest = 1'),
      retire: db.prepare('UPDATE articles SET is_latest = 0 WHERE rowid = ?'),
      ftsDelete: db.prepare("INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', CAST(? AS INTEGER), ?, ?)"),
      ftsInsert: db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (CAST(? AS INTEGER), ?, ?)'),
      source: db.prepare('INSERT INTO sources (name, host) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET host = coalesce(sources.host, excluded.host) RETURNING id'),
      newStory: db.prepare('INSERT INTO stories (title, first_seen, last_seen, article_count, created_at) VALUES (?, ?, ?, 0, ?) RETURNING id'),
      storyAdd: db.prepare(`UPDATE stories SET article_count = article_count + 1,
          first_seen = min(coalesce(first_seen, @day), @day), last_seen = max(coalesce(last_seen, @day), @day) WHERE id = @id`),
      storyRefresh: db.prepare(`UPDATE stories SET
          article_count = (SELECT count(*) FROM articles WHERE story_id = @id AND +is_latest = 1),
          first_seen = (SELECT min(day) FROM articles WHERE story_id = @id AND +is_latest = 1),
          last_seen = (SELECT max(day) FROM articles WHERE story_id = @id AND +is_latest = 1)
        WHERE id = @id`),
      insert: db.prepare(`INSERT INTO articles (id, version, is_latest, content_hash, url, source_id, title, subtitle, published, day,
          language, byline, text, input_meta, raw, ref, sh_hi, sh_lo, minhash, keywords, story_id, duplicate_of, ingested_at)
        VALUES (@id, @version, 1, @contentHash, @url, @sourceId, @title, @subtitle, @published, @day,
          @language, @byline, @text, @inputMeta, @raw, @ref, @hi, @lo, @minhash, @keywords, @storyId, @duplicateOf, @at)`),
      analysis: db.prepare('INSERT INTO analyses (article_rowid, schema, json, analyzed_at, model_json) VALUES (?, ?, ?, ?, ?)'),
      log: db.prepare('INSERT INTO ingest_log (batch_id, ref, status, article_id, at) VALUES (?, ?, ?, ?, ?)'),
      get: db.prepare(`SELECT a.rowid, a.id, a.version, a.url, s.name AS source, a.title, a.subtitle, a.published, a.byline, a.text,
          a.story_id, a.duplicate_of, a.ingested_at
        FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ? AND +a.is_latest = 1`),
      getVersion: db.prepare(`SELECT a.rowid, a.id, a.version, a.url, s.name AS source, a.title, a.subtitle, a.published, a.byline, a.text,
          a.story_id, a.duplicate_of, a.ingested_at
        FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ? AND a.version = ?`),
      versions: db.prepare('SELECT count(*) AS n FROM articles WHERE id = ?'),
      idOf: db.prepare('SELECT id FROM articles WHERE rowid = ?'),
      analysisOf: db.prepare('SELECT json FROM analyses WHERE article_rowid = ?'),
      entityMap: db.prepare('SELECT local_id, entity_id FROM article_entities WHERE article_rowid = ?'),
      // newest first, few per key: a boilerplate band shared by thousands must not make every save slow
      lshKey: db.prepare('SELECT article_rowid FROM article_lsh WHERE key = ? ORDER BY article_rowid DESC LIMIT 8').pluck(),
      nearRow: db.prepare('SELECT rowid, id, story_id, sh_hi, sh_lo, minhash FROM articles WHERE rowid = ? AND is_latest = 1'),
      onDay: db.prepare(`SELECT a.rowid AS rowid, a.story_id AS storyId, a.keywords AS keywords,
          (SELECT group_concat(entity_id) FROM article_entities ae WHERE ae.article_rowid = a.rowid) AS ids
        FROM articles a WHERE a.is_latest = 1 AND a.day = ? ORDER BY a.rowid DESC LIMIT ?`),
      lshInsert: db.prepare('INSERT OR IGNORE INTO article_lsh (key, article_rowid) VALUES (?, ?)'),
      lshDelete: db.prepare('DELETE FROM article_lsh WHERE article_rowid = ?'),
      recent: db.prepare(`SELECT a.id, a.version, a.title, a.url, s.name AS source, a.published, a.story_id
        FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.is_latest = 1 ORDER BY a.day DESC, a.rowid DESC LIMIT ?`),
    };
  }

  async lookup(id: string, contentHash: string): Promise<ArticleLookup> {
    const dup = this.q.byHash.get(id, contentHash);
    const latest = this.q.latest.get(id) as LatestRow | undefined;
    return { duplicate: dup !== undefined, latestVersion: latest?.version ?? null };
  }

  async save(input: SaveArticleInput): Promise<SaveResult> {
    return this.db.transaction(() => this.saveSync(input)).immediate();
  }

  private saveSync(input: SaveArticleInput): SaveResult {
    const { article: a, analysis, batchId } = input;
    const at = now();
    const dup = this.q.byHash.get(a.id, a.contentHash) as { rowid: number; story_id: number | null } | undefined;
    if (dup) {
      this.q.log.run(batchId, a.ref, 'duplicate', a.id, at);
      return { status: 'duplicate', rowid: dup.rowid, version: 0, storyId: dup.story_id, entityIds: [] };
    }
    const prev = this.q.latest.get(a.id) as LatestRow | undefined;
    if (prev) {
      this.q.retire.run(prev.rowid);
      this.q.ftsDelete.run(prev.rowid, prev.title, prev.text);
    }
    const version = prev ? prev.version + 1 : 1;
    const sourceId = a.source ? (this.q.source.get(a.source, hostOf(a.url)) as { id: number }).id : null;
    const day = dayOf(a.published, at);

    let storyId: number;
    let duplicateOf: number | null = null;
    if (input.story.kind === 'join') {
      storyId = input.story.storyId;
      duplicateOf = input.story.duplicateOf;
    } else if (prev?.story_id != null) {
      storyId = prev.story_id;
    } else {
      storyId = (this.q.newStory.get(a.title, day, day, at) as { id: number }).id;
    }

    const info = this.q.insert.run({
      id: a.id, version, contentHash: a.contentHash, url: a.url, sourceId, title: a.title, subtitle: a.subtitle,
      published: a.published, day, language: a.language, byline: a.byline, text: a.text,
      inputMeta: JSON.stringify(a.inputMeta), raw: a.raw, ref: a.ref,
      hi: a.simhash.hi | 0, lo: a.simhash.lo | 0,
      minhash: sigToBuffer(a.minhash), keywords: a.keywords.join(' '), storyId, duplicateOf, at,
    });
    const rowid = Number(info.lastInsertRowid);
    if (prev) this.q.lshDelete.run(prev.rowid);
    for (const k of new Set([...a.lsh, ...simhashKeys(a.simhash)])) this.q.lshInsert.run(k, rowid);
    this.q.ftsInsert.run(rowid, a.title, a.text);

    // the analysis is kept without the article text (it is in the articles row)
    const stored: Analysis = { ...analysis, article: { ...analysis.article, text: '' } };
    const model = input.modelAnalysis ? JSON.stringify({ ...input.modelAnalysis, article: { ...input.modelAnalysis.article, text: '' } }) : null;
    this.q.analysis.run(rowid, analysis.schema, JSON.stringify(stored), at, model);

    const local = this.writeEntities(rowid, input.entities, day);
    this.facts.write(rowid, analysis, local);

    // a new article only adds to its story; a new version may move between stories, so both are recounted
    if (prev) {
      this.q.storyRefresh.run({ id: storyId });
      if (prev.story_id != null && prev.story_id !== storyId) this.q.storyRefresh.run({ id: prev.story_id });
    } else {
      this.q.storyAdd.run({ id: storyId, day });
    }
    this.q.log.run(batchId, a.ref, prev ? 'updated' : 'new', a.id, at);
    return { status: prev ? 'updated' : 'new', rowid, version, storyId, entityIds: [...new Set(local.values())] };
  }

  private writeEntities(rowid: number, entities: EntityRecord[], day: string): Map<string, number> {
    const local = new Map<string, number>();
    this.entities.refreshRules();
    for (const e of entities) {
      const entityId = this.entities.upsert(e, day);
      local.set(e.localId, entityId);
      this.entities.link(rowid, e, entityId);
    }
    return local;
  }

  async get(id: string, version?: number): Promise<ArticleView | null> {
    const row = (version === undefined ? this.q.get.get(id) : this.q.getVersion.get(id, version)) as ArticleRow | undefined;
    if (!row) return null;
    const json = this.q.analysisOf.get(row.rowid) as { json: string } | undefined;
    let analysis: Analysis | null = null;
    if (json) {
      analysis = JSON.parse(json.json) as Analysis;
      analysis.article.text = row.text;
    }
    const entityMap: Record<string, number> = {};
    for (const r of this.q.entityMap.all(row.rowid) as Array<{ local_id: string; entity_id: number }>) entityMap[r.local_id] = r.entity_id;
    const dupOf = row.duplicate_of == null ? null : ((this.q.idOf.get(row.duplicate_of) as { id: string } | undefined)?.id ?? null);
    return {
      id: row.id, version: row.version, title: row.title, url: row.url, source: row.source, published: row.published,
      storyId: row.story_id, subtitle: row.subtitle, byline: row.byline, text: row.text,
      versions: (this.q.versions.get(row.id) as { n: number }).n, ingestedAt: row.ingested_at, duplicateOf: dupOf, analysis, entityMap,
    };
  }

  async nearDuplicates(sh: SimHash, lsh: number[]): Promise<NearDuplicate[]> {
    const ids = new Set<number>();
    for (const k of [...simhashKeys(sh), ...lsh]) {
      for (const id of this.q.lshKey.all(k) as number[]) ids.add(id);
      if (ids.size >= 64) break;
    }
    const rows: Array<{ rowid: number; id: string; story_id: number | null; sh_hi: number; sh_lo: number; minhash: Buffer | null }> = [];
    for (const id of ids) {
      const r = this.q.nearRow.get(id) as (typeof rows)[number] | undefined;
      if (r) rows.push(r);
    }
    return rows.map((r) => ({
      rowid: r.rowid, articleId: r.id, storyId: r.story_id, simhash: { hi: r.sh_hi >>> 0, lo: r.sh_lo >>> 0 },
      minhash: r.minhash ? bufferToSig(r.minhash) : null,
    }));
  }

  async articlesOnDay(day: string, limit: number): Promise<ClusterCandidate[]> {
    const rows = this.q.onDay.all(day, limit) as Array<{ rowid: number; storyId: number | null; keywords: string; ids: string | null }>;
    return rows.map((r) => ({
      rowid: r.rowid, storyId: r.storyId, entityIds: r.ids ? r.ids.split(',').map(Number) : [], keywords: r.keywords ? r.keywords.split(' ') : [],
    }));
  }

  async recent(limit: number): Promise<ArticleSummary[]> {
    return (this.q.recent.all(limit) as Array<{ id: string; version: number; title: string; url: string | null; source: string | null; published: string | null; story_id: number | null }>)
      .map((r) => ({ id: r.id, version: r.version, title: r.title, url: r.url, source: r.source, published: r.published, storyId: r.story_id }));
  }
}

/** the four 16-bit SimHash bands as candidate keys (16 + band) * 2^32 + value */
export function simhashKeys(sh: SimHash): number[] {
  const bands = [sh.hi >>> 16, sh.hi & 0xffff, sh.lo >>> 16, sh.lo & 0xffff];
  return bands.map((v, b) => (16 + b) * 0x100000000 + v);
}
