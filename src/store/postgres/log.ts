// Ingest batches and the per-input log in PostgreSQL (new, updated, duplicate, failed with a code).
import type { PgDb } from './db.js';
import type { IngestLogEntry, LogRepo } from '../types.js';

export class PgLogRepo implements LogRepo {
  constructor(private readonly db: PgDb) {}

  async startBatch(args: string[]): Promise<number> {
    return (await this.db.value<number>('INSERT INTO ingest_batches (args, started_at) VALUES ($1, $2) RETURNING id',
      [JSON.stringify(args), new Date().toISOString()])) as number;
  }

  async finishBatch(id: number, counts: Record<string, number>): Promise<void> {
    await this.db.run('UPDATE ingest_batches SET finished_at = $1, counts = $2 WHERE id = $3', [new Date().toISOString(), JSON.stringify(counts), id]);
  }

  async log(batchId: number | null, e: IngestLogEntry): Promise<void> {
    await this.db.run('INSERT INTO ingest_log (batch_id, ref, status, article_id, code, message, at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [batchId, e.ref, e.status, e.articleId ?? null, e.code ?? null, e.message ?? null, new Date().toISOString()]);
  }

  async failures(limit: number): Promise<Array<IngestLogEntry & { at: string }>> {
    return this.db.all<IngestLogEntry & { at: string }>(`SELECT ref, status, article_id AS "articleId", code, message, at FROM ingest_log
        WHERE status = 'failed' ORDER BY id DESC LIMIT $1`, [limit]);
  }
}
