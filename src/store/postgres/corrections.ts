// Analysts' corrections in PostgreSQL: the override rows and their audit list, and the rewrite of a version's analysis
// and facts when a correction is made or undone (under the article's advisory lock, as saves take it).
import type { Analysis } from '../../core/analysis.js';
import type { PgDb } from './db.js';
import type { EntityRecord } from '../types.js';
import type { Correction, CorrectionInput, CorrectionListQuery, CorrectionOutcome, CorrectionRepo, StoredAnalysis } from '../correction-types.js';
import { PgEntityWriter } from './entity-writer.js';
import { writeFacts } from './articles.js';
import { now } from '../rows.js';
import { correctionParams, INSERT_CORRECTION, LIST_CORRECTIONS, RECORD_OUTCOME, toCorrection, toStoredAnalysis, type CorrectionDb,
  type LatestAnalysisDb } from '../correction-rows.js';

export class PgCorrectionRepo implements CorrectionRepo {
  private readonly entities = new PgEntityWriter();

  constructor(private readonly db: PgDb) {}

  async add(input: CorrectionInput): Promise<Correction> {
    const id = (await this.db.value<number>(INSERT_CORRECTION, correctionParams(input, now()))) as number;
    return (await this.get(id)) as Correction;
  }

  async get(id: number): Promise<Correction | null> {
    const r = await this.db.one<CorrectionDb>('SELECT * FROM corrections WHERE id = $1', [id]);
    return r ? toCorrection(r) : null;
  }

  async list(q: CorrectionListQuery): Promise<Correction[]> {
    return (await this.db.all<CorrectionDb>(LIST_CORRECTIONS, { articleId: q.articleId ?? null, status: q.status ?? null, limit: q.limit, offset: q.offset ?? 0 }))
      .map(toCorrection);
  }

  async active(articleId: string): Promise<Correction[]> {
    return (await this.db.all<CorrectionDb>("SELECT * FROM corrections WHERE article_id = $1 AND status <> 'undone' ORDER BY id", [articleId])).map(toCorrection);
  }

  async undo(id: number): Promise<boolean> {
    return (await this.db.run("UPDATE corrections SET status = 'undone', undone_at = $1 WHERE id = $2 AND status <> 'undone'", [now(), id])) > 0;
  }

  async record(outcomes: CorrectionOutcome[], version: number): Promise<void> {
    if (outcomes.length === 0) return;
    await this.db.tx((t) => this.recordTx(t, outcomes, version, now()));
  }

  private async recordTx(t: PgDb, outcomes: CorrectionOutcome[], version: number, at: string): Promise<void> {
    for (const o of outcomes) {
      await t.run(RECORD_OUTCOME, { id: o.id, status: o.status, reason: o.reason, at, version, start: o.span?.start ?? null, end: o.span?.end ?? null,
        ctxBefore: o.context?.before ?? null, ctxAfter: o.context?.after ?? null });
    }
  }

  async latest(articleId: string): Promise<StoredAnalysis | null> {
    const r = await this.db.one<LatestAnalysisDb>(
      `SELECT a.rowid, a.version, a.text, n.json, n.model_json FROM articles a JOIN analyses n ON n.article_rowid = a.rowid
        WHERE a.id = $1 AND a.is_latest = 1`, [articleId]);
    return r ? toStoredAnalysis(r) : null;
  }

  async rewrite(input: { rowid: number; version: number; analysis: Analysis; model: Analysis | null; entities: EntityRecord[]; outcomes: CorrectionOutcome[] }): Promise<boolean> {
    const { rowid, analysis } = input;
    return this.db.tx(async (t) => {
      const id = await t.value<string>('SELECT id FROM articles WHERE rowid = $1', [rowid]);
      if (id === undefined) return false;
      await t.query("SELECT pg_advisory_xact_lock(hashtext('argus-article'), hashtext($1))", [id]);
      if ((await t.value<number>('SELECT is_latest FROM articles WHERE rowid = $1', [rowid])) !== 1) return false;
      const strip = (a: Analysis): string => JSON.stringify({ ...a, article: { ...a.article, text: '' } });
      await t.run('UPDATE analyses SET json = $1, model_json = $2 WHERE article_rowid = $3', [strip(analysis), input.model ? strip(input.model) : null, rowid]);
      // entities a correction brought in (a speaker the model did not find) are linked; ones no longer named are unlinked
      const local = new Map((await t.all<{ local_id: string; entity_id: number }>('SELECT local_id, entity_id FROM article_entities WHERE article_rowid = $1', [rowid]))
        .map((r) => [r.local_id, r.entity_id]));
      const wanted = new Set(input.entities.map((e) => e.localId));
      const added = await this.entities.writeAll(t, rowid, input.entities.filter((e) => !local.has(e.localId)));
      for (const [lid, eid] of added) local.set(lid, eid);
      for (const lid of local.keys()) if (!wanted.has(lid)) await t.run('DELETE FROM article_entities WHERE article_rowid = $1 AND local_id = $2', [rowid, lid]);
      for (const table of ['quotes', 'events', 'places']) await t.run(`DELETE FROM ${table} WHERE article_rowid = $1`, [rowid]);
      await writeFacts(t, rowid, analysis, local);
      await this.recordTx(t, input.outcomes, input.version, now());
      return true;
    });
  }
}
