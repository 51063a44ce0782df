// Ingest batches and the per-input log (new, updated, duplicate, failed with a code).
import type { Db } from './open.js';
import type { IngestLogEntry, LogRepo } from '../types.js';

export class SqliteLogRepo implements LogRepo {
  constructor(private readonly db: Db) {}

  async startBatch(args: string[]): Promise<number> {
    return this.db.prepare('INSERT INTO ingest_batches (args, started_at) VALUES (?, ?) RETURNING id').pluck()
      .get(JSON.stringify(args), new Date().toISOString()) as number;
  }

  async finishBatch(id: number, counts: Record<string, number>): Promise<void> {
    this.db.prepare('UPDATE ingest_batches SET finished_at = ?, counts = ? WHERE id = ?').run(new Date().toISOString(), JSON.stringify(counts), id);
  }

  async log(batchId: number | null, e: IngestLogEntry): Promise<void> {
    this.db.prepare('INSERT INTO ingest_log (batch_id, ref, status, article_id, code, message, at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(batchId, e.ref, e.status, e.articleId ?? null, e.code ?? null, e.message ?? null, new Date().toISOString());
  }

  async failures(limit: number): Promise<Array<IngestLogEntry & { at: string }>> {
    return this.db.prepare(`SELECT ref, status, article_id AS articleId, code, message, at FROM ingest_log WHERE status = 'failed'
        ORDER BY id DESC LIMIT ?`).all(limit) as Array<IngestLogEntry & { at: string }>;
  }
}
