// Analysts' corrections of quotes, events and places: overrides keyed to the article id and the fact's text span, kept
// with the value they replaced, applied again to every new version or analysis of the article (src/services/corrections.ts).
import type { Analysis } from '../core/analysis.js';
import type { EntityRecord } from './types.js';

export const CORRECTION_KINDS = [
  'quote.speaker', 'quote.delete', 'event.type', 'event.source', 'event.target', 'event.delete', 'place.wrong', 'place.move',
] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

/** applied: in force on the latest version; orphaned: its span (or fact) is gone from the latest version; undone: withdrawn */
export const CORRECTION_STATUSES = ['applied', 'orphaned', 'undone'] as const;
export type CorrectionStatus = (typeof CORRECTION_STATUSES)[number];

/** An entity named by a correction, with what finds it again in another analysis of the article. */
export interface EntityRef {
  name: string;
  type: string;
  kb: { wikidata?: string; geonames?: number; iso3166?: string };
  /** its global keys (src/analytics/entity-keys.ts) */
  keys: string[];
  /** the global entity id when the correction was made */
  entityId: number | null;
}

/** A gazetteer entry a place is moved to. */
export interface PlaceRef {
  name: string;
  country: string | null;
  lat: number;
  lon: number;
  geonames: number | null;
  featureClass: string | null;
}

/** The change, by kind: quote.speaker {speaker}; event.source/target {entity}; event.type {type}; place.move {place}; the rest {}. */
export interface CorrectionChange {
  speaker?: EntityRef | null;
  entity?: EntityRef | null;
  type?: string;
  place?: PlaceRef;
}

/** What else tells the fact apart at its span (several events can share a trigger span; several places an entity). */
export interface FactAnchor {
  trigger?: string | null;
  type?: string | null;
  source?: string | null;
  target?: string | null;
  /** a place's name */
  name?: string | null;
}

export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

export interface CorrectionInput {
  articleId: string;
  kind: CorrectionKind;
  /** the fact's span in the article text where the correction was made (moved along when the text changes) */
  span: TextSpan;
  /** up to 32 characters of text either side of the span, to tell apart several places with the same text */
  context: { before: string; after: string };
  anchor: FactAnchor;
  /** the fact as the analyst saw it (names, not local ids) */
  before: Record<string, unknown>;
  after: CorrectionChange;
  author: string | null;
  note: string | null;
}

export interface Correction extends CorrectionInput {
  id: number;
  status: CorrectionStatus;
  /** why it is orphaned */
  reason: string | null;
  createdAt: string;
  /** when it was last applied (or found orphaned), and to which article version */
  appliedAt: string | null;
  appliedVersion: number | null;
  undoneAt: string | null;
  /** the article's title (in the audit list) */
  articleTitle?: string | null;
}

/** The result of applying one correction to one analysis. */
export interface CorrectionOutcome {
  id: number;
  status: 'applied' | 'orphaned';
  reason: string | null;
  /** where the span is in this version (null when orphaned by a missing span) */
  span: { start: number; end: number } | null;
  /** the text around it in this version (the next version's text is compared with this) */
  context?: { before: string; after: string };
}

export interface StoredAnalysis {
  rowid: number;
  version: number;
  text: string;
  /** as stored: corrected when corrections changed it */
  analysis: Analysis;
  /** the model's own analysis when corrections changed it, else null (then `analysis` is the model's) */
  model: Analysis | null;
}

export interface CorrectionListQuery {
  articleId?: string | null;
  status?: CorrectionStatus | null;
  limit: number;
  offset?: number;
}

export interface CorrectionRepo {
  add(input: CorrectionInput): Promise<Correction>;
  get(id: number): Promise<Correction | null>;
  /** the audit list, newest first */
  list(q: CorrectionListQuery): Promise<Correction[]>;
  /** the corrections in force for an article (all but undone), oldest first: the order they apply in */
  active(articleId: string): Promise<Correction[]>;
  /** marks a correction undone; false when it was undone already */
  undo(id: number): Promise<boolean>;
  /** records where and whether corrections applied to a version */
  record(outcomes: CorrectionOutcome[], version: number): Promise<void>;
  /** the latest version's analysis as stored, with the model's own when corrections changed it */
  latest(articleId: string): Promise<StoredAnalysis | null>;
  /**
   * Replaces the stored analysis of a version and its quotes, events and places in one transaction (entities the
   * corrections added are linked), and records the outcomes. False, with nothing written, when the version is no longer
   * the latest (a new one was saved meanwhile).
   */
  rewrite(input: { rowid: number; version: number; analysis: Analysis; model: Analysis | null; entities: EntityRecord[]; outcomes: CorrectionOutcome[] }): Promise<boolean>;
}
