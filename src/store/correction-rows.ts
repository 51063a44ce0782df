// The corrections table's row shape and mapper, the same in both backends (sqlite/corrections.ts, postgres/corrections.ts).
import type { Analysis } from '../core/analysis.js';
import type { Correction, CorrectionInput, StoredAnalysis } from './correction-types.js';

export interface CorrectionDb {
  id: number; article_id: string; kind: string; span_text: string; span_start: number; span_end: number;
  context_before: string; context_after: string; anchor: string; before: string; after: string; status: string;
  reason: string | null; author: string | null; note: string | null; created_at: string; applied_at: string | null;
  applied_version: number | null; undone_at: string | null; article_title?: string | null;
}

export function toCorrection(r: CorrectionDb): Correction {
  return {
    id: r.id, articleId: r.article_id, kind: r.kind as Correction['kind'],
    span: { text: r.span_text, start: r.span_start, end: r.span_end },
    context: { before: r.context_before, after: r.context_after },
    anchor: JSON.parse(r.anchor) as Correction['anchor'], before: JSON.parse(r.before) as Correction['before'],
    after: JSON.parse(r.after) as Correction['after'], status: r.status as Correction['status'], reason: r.reason,
    author: r.author, note: r.note, createdAt: r.created_at, appliedAt: r.applied_at, appliedVersion: r.applied_version, undoneAt: r.undone_at,
    ...(r.article_title !== undefined ? { articleTitle: r.article_title } : {}),
  };
}

/** the named parameters of an insert */
export function correctionParams(c: CorrectionInput, at: string): Record<string, unknown> {
  return {
    articleId: c.articleId, kind: c.kind, spanText: c.span.text, spanStart: c.span.start, spanEnd: c.span.end,
    contextBefore: c.context.before, contextAfter: c.context.after, anchor: JSON.stringify(c.anchor),
    before: JSON.stringify(c.before), after: JSON.stringify(c.after), author: c.author, note: c.note, at,
  };
}

export const INSERT_CORRECTION = `INSERT INTO corrections (article_id, kind, span_text, span_start, span_end, context_before, context_after,
    anchor, before, after, status, author, note, created_at)
  VALUES (@articleId, @kind, @spanText, @spanStart, @spanEnd, @contextBefore, @contextAfter, @anchor, @before, @after, 'applied', @author, @note, @at)
  RETURNING id`;

// +is_latest: keep SQLite on the (id, version) index rather than scanning every latest article per row
export const LIST_CORRECTIONS = `SELECT c.*, a.title AS article_title FROM corrections c
  LEFT JOIN articles a ON a.id = c.article_id AND +a.is_latest = 1
  WHERE (CAST(@articleId AS TEXT) IS NULL OR c.article_id = @articleId) AND (CAST(@status AS TEXT) IS NULL OR c.status = @status)
  ORDER BY c.id DESC LIMIT @limit OFFSET @offset`;

export const RECORD_OUTCOME = `UPDATE corrections SET status = @status, reason = @reason, applied_at = @at, applied_version = @version,
    span_start = coalesce(@start, span_start), span_end = coalesce(@end, span_end),
    context_before = coalesce(@ctxBefore, context_before), context_after = coalesce(@ctxAfter, context_after)
  WHERE id = @id AND status <> 'undone'`;

/** the latest version of an article with its stored analyses (the analysis JSON is kept without the article text) */
export interface LatestAnalysisDb {
  rowid: number;
  version: number;
  text: string;
  json: string;
  model_json: string | null;
}

export function toStoredAnalysis(r: LatestAnalysisDb): StoredAnalysis {
  const withText = (json: string): Analysis => {
    const a = JSON.parse(json) as Analysis;
    a.article.text = r.text;
    return a;
  };
  return { rowid: r.rowid, version: r.version, text: r.text, analysis: withText(r.json), model: r.model_json ? withText(r.model_json) : null };
}
