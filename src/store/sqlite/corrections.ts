// Analysts' corrections in SQLite: the override rows and their audit list, and the rewrite of a version's analysis and
// facts when a correction is made or undone.
import type { Analysis } from '../../core/analysis.js';
import type { Db } from './open.js';
import type { EntityRecord } from '../types.js';
import type { Correction, CorrectionInput, CorrectionListQuery, CorrectionOutcome, CorrectionRepo, StoredAnalysis } from '../correction-types.js';
import { EntityWriter } from './entity-writer.js';
import { FactWriter } from './articles.js';
import { now } from '../rows.js';
import { correctionParams, INSERT_CORRECTION, LIST_CORRECTIONS, RECORD_OUTCOME, toCorrection, toStoredAnalysis, type CorrectionDb,
  type LatestAnalysisDb } from '../correction-rows.js';

export class SqliteCorrectionRepo implements CorrectionRepo {
  private readonly q;
  private readonly entities: EntityWriter;
  private readonly facts: FactWriter;

  constructor(private readonly db: Db) {
    this.entities = new EntityWriter(db);
    this.facts = new FactWriter(db);
    this.q = {
      insert: db.prepare(INSERT_CORRECTION).pluck(),
      one: db.prepare('SELECT * FROM corrections WHERE id = ?'),
      list: db.prepare(LIST_CORRECTIONS),
      active: db.prepare("SELECT * FROM corrections WHERE article_id = ? AND status <> 'undone' ORDER BY id"),
      undo: db.prepare("UPDATE corrections SET status = 'undone', undone_at = ? WHERE id = ? AND status <> 'undone'"),
      record: db.prepare(RECORD_OUTCOME),
      latest: db.prepare(`SELECT a.rowid, a.version, a.text, n.json, n.model_json FROM articles a JOIN analyses n ON n.article_rowid = a.rowid
          WHERE a.id = ? AND +a.is_latest = 1`),
      isLatest: db.prepare('SELECT is_latest FROM articles WHERE rowid = ?').pluck(),
      setAnalysis: db.prepare('UPDATE analyses SET json = ?, model_json = ? WHERE article_rowid = ?'),
      linked: db.prepare('SELECT local_id, entity_id FROM article_entities WHERE article_rowid = ?'),
      unlink: db.prepare('DELETE FROM article_entities WHERE article_rowid = ? AND local_id = ?'),
      delQuotes: db.prepare('DELETE FROM quotes WHERE article_rowid = ?'),
      delEvents: db.prepare('DELETE FROM events WHERE article_rowid = ?'),
      delPlaces: db.prepare('DELETE FROM places WHERE article_rowid = ?'),
    };
  }

  async add(input: CorrectionInput): Promise<Correction> {
    const id = this.q.insert.get(correctionParams(input, now())) as number;
    return toCorrection(this.q.one.get(id) as CorrectionDb);
  }

  async get(id: number): Promise<Correction | null> {
    const r = this.q.one.get(id) as CorrectionDb | undefined;
    return r ? toCorrection(r) : null;
  }

  async list(q: CorrectionListQuery): Promise<Correction[]> {
    return (this.q.list.all({ articleId: q.articleId ?? null, status: q.status ?? null, limit: q.limit, offset: q.offset ?? 0 }) as CorrectionDb[]).map(toCorrection);
  }

  async active(articleId: string): Promise<Correction[]> {
    return (this.q.active.all(articleId) as CorrectionDb[]).map(toCorrection);
  }

  async undo(id: number): Promise<boolean> {
    return this.q.undo.run(now(), id).changes > 0;
  }

  async record(outcomes: CorrectionOutcome[], version: number): Promise<void> {
    if (outcomes.length === 0) return;
    this.db.transaction(() => this.recordSync(outcomes, version, now()))();
  }

  private recordSync(outcomes: CorrectionOutcome[], version: number, at: string): void {
    for (const o of outcomes) {
      this.q.record.run({ id: o.id, status: o.status, reason: o.reason, at, version, start: o.span?.start ?? null, end: o.span?.end ?? null,
        ctxBefore: o.context?.before ?? null, ctxAfter: o.context?.after ?? null });
    }
  }

  async latest(articleId: string): Promise<StoredAnalysis | null> {
    const r = this.q.latest.get(articleId) as LatestAnalysisDb | undefined;
    return r ? toStoredAnalysis(r) : null;
  }

  async rewrite(input: { rowid: number; version: number; analysis: Analysis; model: Analysis | null; entities: EntityRecord[]; outcomes: CorrectionOutcome[] }): Promise<boolean> {
    const { rowid, analysis } = input;
    return this.db.transaction(() => {
      if (this.q.isLatest.get(rowid) !== 1) return false;
      const strip = (a: Analysis): string => JSON.stringify({ ...a, article: { ...a.article, text: '' } });
      this.q.setAnalysis.run(strip(analysis), input.model ? strip(input.model) : null, rowid);
      // entities a correction brought in (a speaker the model did not find) are linked; ones no longer named are unlinked
      const local = new Map((this.q.linked.all(rowid) as Array<{ local_id: string; entity_id: number }>).map((r) => [r.local_id, r.entity_id]));
      const wanted = new Set(input.entities.map((e) => e.localId));
      this.entities.refreshRules();
      for (const e of input.entities) {
        if (local.has(e.localId)) continue;
        const id = this.entities.upsert(e, '');
        this.entities.link(rowid, e, id);
        local.set(e.localId, id);
      }
      for (const lid of local.keys()) if (!wanted.has(lid)) this.q.unlink.run(rowid, lid);
      this.q.delQuotes.run(rowid);
      this.q.delEvents.run(rowid);
      this.q.delPlaces.run(rowid);
      this.facts.write(rowid, analysis, local);
      this.recordSync(input.outcomes, input.version, now());
      return true;
    }).immediate();
  }
}
