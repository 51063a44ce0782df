// Corroboration and source reliability: the repository both stores implement (sqlite/corroboration.ts,
// postgres/corroboration.ts), its row shapes, and the dialect-neutral pieces both share (SQL fragments, the profile
// arithmetic). Counts are kept by the triggers of migration 007; see src/store/README.md ("Corroboration").
import { eventConfidence, quoteConfidence, sourcesNeeded, quoteReaches } from '../core/confidence.js';

/** the longest window, in days either side of a report (the default, 3, is set by migration 007) */
export const MAX_WINDOW_DAYS = 365;

/** One event of an article with its corroboration (idx = its position in the analysis' events). */
export interface EventFact {
  idx: number;
  /** independent sources (outlets; a syndicated copy counts as its original's) reporting the same signature in the window */
  sources: number;
  /** articles (syndicated copies included) reporting it in the window */
  articles: number;
  confidence: number;
}

export interface QuoteFact {
  idx: number;
  confidence: number;
}

export interface ArticleFacts {
  events: EventFact[];
  quotes: QuoteFact[];
}

export interface SourceProfile {
  name: string;
  host: string | null;
  /** latest articles */
  articles: number;
  /** of those, syndicated copies of another article (another outlet's, or another article of its own) */
  syndicated: number;
  syndicatedShare: number | null;
  /** event reports (one per article and event signature) */
  events: number;
  /** of those, reported by at least one other independent source within the window */
  corroborated: number;
  corroboratedShare: number | null;
  /** median hours between its corroborated reports and the first report of the same signature (0 when it was first) */
  medianDelayHours: number | null;
  /** how many corroborated reports had a time to measure the delay on */
  delaySamples: number;
  /** how often it was first among its corroborated reports */
  firstReports: number;
}

export interface SourceDetail extends SourceProfile {
  /** the other outlets that reported the same events, most shared first */
  corroboratedBy: Array<{ name: string; events: number }>;
  /** its most corroborated recent reports */
  examples: Array<{
    articleId: string; title: string; day: string; type: string; sourceEntity: string; targetEntity: string; sources: number; articles: number;
    confidence: number;
  }>;
}

export interface CorroborationRepo {
  /** the window in days (stored in the database) */
  windowDays(): Promise<number>;
  /** changes the window and recounts every report */
  setWindowDays(days: number): Promise<void>;
  /** the corroboration and confidence of the facts of an article's latest version (or the given version) */
  articleFacts(articleId: string, version?: number): Promise<ArticleFacts | null>;
  /** the same for several article row ids at once (exports): rowid -> facts */
  factsByRowid(rowids: number[]): Promise<Map<number, ArticleFacts>>;
  /** every outlet's profile, most articles first */
  sources(): Promise<SourceProfile[]>;
  /** one outlet by name or host (case-insensitive), or null */
  source(name: string): Promise<SourceDetail | null>;
}

/** The window from ARGUS_CORROBORATION_DAYS, or null when unset; a bad value is a one-line error. */
export function windowFromEnv(env: NodeJS.ProcessEnv = process.env): number | null {
  const v = env.ARGUS_CORROBORATION_DAYS;
  if (v === undefined || v.trim() === '') return null;
  return checkWindow(v.trim(), 'ARGUS_CORROBORATION_DAYS');
}

export function checkWindow(v: string | number, what = 'the corroboration window'): number {
  const n = typeof v === 'number' ? v : /^\d+$/.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < 0 || n > MAX_WINDOW_DAYS) {
    throw new Error(`${what} must be a whole number of days from 0 to ${MAX_WINDOW_DAYS}, not '${String(v)}'`);
  }
  return n;
}

/** the event-fact row both stores read: an event with its report's counts (1 and 1 when it has no report) */
export interface EventFactRow {
  rowid: number;
  idx: number;
  source_entity_id: number | null;
  target_entity_id: number | null;
  negated: number;
  sources: number;
  articles: number;
}

export interface QuoteFactRow {
  rowid: number;
  idx: number;
  kind: string;
  speaker_local: string | null;
}

export function toFacts(events: EventFactRow[], quotes: QuoteFactRow[]): Map<number, ArticleFacts> {
  const out = new Map<number, ArticleFacts>();
  const of = (r: number): ArticleFacts => {
    let f = out.get(r);
    if (!f) out.set(r, (f = { events: [], quotes: [] }));
    return f;
  };
  for (const e of events) {
    const sources = Number(e.sources);
    of(e.rowid).events.push({
      idx: e.idx, sources, articles: Number(e.articles),
      confidence: eventConfidence({ source: e.source_entity_id, target: e.target_entity_id, negated: e.negated }, sources),
    });
  }
  for (const q of quotes) of(q.rowid).quotes.push({ idx: q.idx, confidence: quoteConfidence({ kind: q.kind, speaker: q.speaker_local }) });
  return out;
}

/** `{R}`-templated SQL (both dialects) for "the article has an event corroborated by at least n independent sources" */
export function minSourcesSet(n: number): string | null {
  if (!Number.isInteger(n) || n <= 1) return null;
  return `{R} IN (SELECT article_rowid FROM event_reports WHERE sources >= ${n})`;
}

/**
 * `{R}`-templated SQL for "the article has a fact (event or quote) with confidence ≥ min": per class of fact, the
 * fewest sources that reach it (src/core/confidence.ts), so SQL compares integers and never evaluates the formula.
 */
export function minConfidenceSet(min: number): string | null {
  if (!(min > 0)) return null;
  const parts: string[] = [];
  const actors = sourcesNeeded('actors', min);
  if (actors !== null) parts.push(`SELECT article_rowid FROM event_reports WHERE sources >= ${actors}`);
  if (sourcesNeeded('one-actor', min) === 1) {
    parts.push('SELECT article_rowid FROM events WHERE negated = 0 AND (source_entity_id IS NULL OR target_entity_id IS NULL)');
  }
  if (sourcesNeeded('negated', min) === 1) parts.push('SELECT article_rowid FROM events WHERE negated <> 0');
  const kinds: string[] = [];
  if (quoteReaches('direct', min)) kinds.push("(speaker_local IS NOT NULL AND kind = 'direct')");
  if (quoteReaches('indirect', min)) kinds.push("(speaker_local IS NOT NULL AND kind <> 'direct')");
  if (quoteReaches('unattributed', min)) kinds.push('speaker_local IS NULL');
  if (kinds.length) parts.push(`SELECT article_rowid FROM quotes WHERE ${kinds.join(' OR ')}`);
  if (parts.length === 0) return '{R} IN (SELECT -1 WHERE 1 = 0)';
  return `{R} IN (${parts.join(' UNION ALL ')})`;
}

/** one report of a corroborated signature, as the profile arithmetic reads it */
export interface ReportRow {
  s: number;
  t: string;
  g: number;
  day: string;
  at: string;
  /** the reporting article's own outlet id (not its original's) */
  sourceId: number | null;
  outlet: string;
  sources: number;
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

const DAY_MS = 86_400_000;

/**
 * Per outlet id: the delays (hours) of its corroborated reports against the first report of the same signature within
 * its window, and how often it was first. Rows are every report of the signatures that have a corroborated one.
 */
export function delaysBySource(rows: ReportRow[], windowDays: number): Map<number, { delays: number[]; first: number }> {
  const bySig = new Map<string, ReportRow[]>();
  for (const r of rows) {
    const k = `${r.s}\u0000${r.t}\u0000${r.g}`;
    let list = bySig.get(k);
    if (!list) bySig.set(k, (list = []));
    list.push(r);
  }
  const out = new Map<number, { delays: number[]; first: number }>();
  for (const list of bySig.values()) {
    const times = list.map((r) => {
      const t = Date.parse(r.at);
      return Number.isNaN(t) ? Date.parse(`${r.day}T00:00:00Z`) : t;
    });
    const days = list.map((r) => Date.parse(`${r.day}T00:00:00Z`));
    list.forEach((r, i) => {
      if (r.sources < 2 || r.sourceId === null) return;
      let first = times[i] as number;
      list.forEach((_o, j) => {
        if (Math.abs((days[j] as number) - (days[i] as number)) <= windowDays * DAY_MS && (times[j] as number) < first) first = times[j] as number;
      });
      let d = out.get(r.sourceId);
      if (!d) out.set(r.sourceId, (d = { delays: [], first: 0 }));
      const h = ((times[i] as number) - first) / 3_600_000;
      d.delays.push(Math.round(h * 10) / 10);
      if (h === 0) d.first++;
    });
  }
  return out;
}

export interface SourceCountsRow {
  id: number;
  name: string;
  host: string | null;
  articles: number;
  syndicated: number;
  events: number;
  corroborated: number;
}

export function toProfile(r: SourceCountsRow, delays: { delays: number[]; first: number } | undefined): SourceProfile {
  const share = (a: number, b: number): number | null => (b > 0 ? Math.round((a / b) * 1000) / 1000 : null);
  const articles = Number(r.articles);
  const events = Number(r.events);
  return {
    name: r.name, host: r.host, articles, syndicated: Number(r.syndicated), syndicatedShare: share(Number(r.syndicated), articles),
    events, corroborated: Number(r.corroborated), corroboratedShare: share(Number(r.corroborated), events),
    medianDelayHours: median(delays?.delays ?? []), delaySamples: delays?.delays.length ?? 0, firstReports: delays?.first ?? 0,
  };
}

/** an entity profile's event example as both stores read it */
export interface ExampleRow {
  other: string | null;
  trigger: string | null;
  articleId: string;
  sources: number;
  s: number | null;
  g: number | null;
  negated: number;
}

export function toExample(r: ExampleRow): { other: string | null; trigger: string | null; articleId: string; sources: number; confidence: number } {
  const sources = Number(r.sources);
  return { other: r.other, trigger: r.trigger, articleId: r.articleId, sources, confidence: eventConfidence({ source: r.s, target: r.g, negated: r.negated }, sources) };
}

/** an example's confidence: every example is an event with both actors (it has a report) */
export function reportConfidence(sources: number): number {
  return eventConfidence({ source: 1, target: 1 }, sources);
}
