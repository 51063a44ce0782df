// Applying analysts' corrections to an analysis, pure: the model's analysis and the corrections in force in, the
// corrected analysis and one outcome per correction out. A correction finds its fact again by the span's exact text
// (at its old offsets, else the occurrence whose surrounding text matches best, then the nearest), then the fact of its
// kind at that span (the most overlap; for events also the same trigger, type and parties). A correction whose span or
// fact is gone is orphaned, never dropped: it stays in force and applies again if a later version brings the span back.
import type { Analysis, ArgusEvent, Entity, Place, Quote } from '../core/analysis.js';
import type { Correction, CorrectionOutcome, EntityRef, TextSpan } from '../store/correction-types.js';
import { entityKeys } from '../analytics/entity-keys.js';
import { normalizeName } from '../store/normalize.js';

/** characters of text kept either side of a span */
export const CONTEXT_CHARS = 32;
/** spans shorter than this (a trigger word, a name) are only re-found elsewhere when some of their context matches */
const DISTINCT_SPAN_CHARS = 40;
const MIN_CONTEXT_MATCH = 8;
/** a fact at the re-found span must overlap it at least this much (intersection over union) */
const MIN_OVERLAP = 0.5;

export interface AppliedCorrections {
  analysis: Analysis;
  outcomes: CorrectionOutcome[];
}

export function spanContext(text: string, start: number, end: number): { before: string; after: string } {
  return { before: text.slice(Math.max(0, start - CONTEXT_CHARS), start), after: text.slice(end, end + CONTEXT_CHARS) };
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Where the span's exact text is in `text`: at its old offsets when it is still there, else the occurrence with the
 * most matching context, then the one nearest the old offset; null when the text is gone (or, for a short span, only
 * found in other surroundings).
 */
export function relocateSpan(text: string, span: TextSpan, context: { before: string; after: string }): { start: number; end: number } | null {
  if (span.text.length === 0) return null;
  if (text.slice(span.start, span.end) === span.text) return { start: span.start, end: span.end };
  let best: { start: number; ctx: number; dist: number } | null = null;
  let seen = 0;
  for (let i = text.indexOf(span.text); i >= 0 && seen < 1000; i = text.indexOf(span.text, i + 1), seen++) {
    const before = text.slice(Math.max(0, i - CONTEXT_CHARS), i);
    const after = text.slice(i + span.text.length, i + span.text.length + CONTEXT_CHARS);
    // a span at the very start or end of the text, then and now, has that side matched in full
    const b = before === '' && context.before === '' ? CONTEXT_CHARS : commonSuffix(before, context.before);
    const a = after === '' && context.after === '' ? CONTEXT_CHARS : commonPrefix(after, context.after);
    const cand = { start: i, ctx: a + b, dist: Math.abs(i - span.start) };
    if (!best || cand.ctx > best.ctx || (cand.ctx === best.ctx && cand.dist < best.dist)) best = cand;
  }
  if (!best) return null;
  if (span.text.length < DISTINCT_SPAN_CHARS && best.ctx < MIN_CONTEXT_MATCH) return null;
  return { start: best.start, end: best.start + span.text.length };
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (inter <= 0) return 0;
  return inter / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

function sameName(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && normalizeName(a) === normalizeName(b);
}

function bestQuote(quotes: readonly Quote[], at: { start: number; end: number }): number {
  let best = -1;
  let score = MIN_OVERLAP - 1e-9;
  quotes.forEach((q, i) => {
    const o = overlap(q, at);
    if (o > score) {
      score = o;
      best = i;
    }
  });
  return best;
}

function bestEvent(events: readonly ArgusEvent[], at: { start: number; end: number }, c: Correction, names: Map<string, string>): number {
  let best = -1;
  let score = -1;
  events.forEach((e, i) => {
    const o = overlap(e, at);
    if (o < MIN_OVERLAP) return;
    let s = o * 4;
    if (c.anchor.trigger != null && e.trigger === c.anchor.trigger) s += 2;
    if (c.anchor.type && e.type === c.anchor.type) s += 1;
    if (sameName(names.get(e.source ?? ''), c.anchor.source)) s += 1;
    if (sameName(names.get(e.target ?? ''), c.anchor.target)) s += 1;
    if (s > score) {
      score = s;
      best = i;
    }
  });
  return best;
}

function bestPlace(places: readonly Place[], entities: readonly Entity[], at: { start: number; end: number }, name: string | null | undefined): number {
  const here = new Set(entities.filter((e) => e.mentions.some((m) => overlap(m, at) >= MIN_OVERLAP)).map((e) => e.id));
  const candidates = places.map((p, i) => ({ p, i })).filter(({ p }) => here.has(p.entity));
  const named = candidates.find(({ p }) => sameName(p.name, name));
  if (named) return named.i;
  return candidates.length === 1 ? (candidates[0]?.i ?? -1) : -1;
}

/** The local entity an entity reference stands for in this analysis: one of its global keys, else its name and type; else added. */
function localEntity(ref: EntityRef, entities: Entity[], correctionId: number): string {
  const strong = new Set(ref.keys.filter((k) => !k.startsWith('+') && !k.startsWith('?')));
  const byKey = entities.find((e) => entityKeys(e).some((k) => strong.has(k)));
  if (byKey) return byKey.id;
  const byName = entities.find((e) => e.type === ref.type && sameName(e.name, ref.name));
  if (byName) return byName.id;
  // the analyst named someone this analysis does not find: the entity is added, without mentions
  let id = `c${correctionId}`;
  while (entities.some((e) => e.id === id)) id += "'";
  entities.push({ id, name: ref.name, type: ref.type as Entity['type'], kb: ref.kb, mentions: [] });
  return id;
}

const FACT_WORD = { quote: 'quote', event: 'event', place: 'place' } as const;

/** Applies the corrections in force (oldest first, so a later one on the same fact wins) to the model's analysis. */
export function applyCorrections(model: Analysis, corrections: readonly Correction[]): AppliedCorrections {
  const text = model.article.text;
  const entities = model.entities.map((e) => ({ ...e }));
  const names = new Map(model.entities.map((e) => [e.id, e.name]));
  const quotes = model.quotes.map((q) => ({ ...q }));
  const events = model.events.map((e) => ({ ...e }));
  const places = model.places.map((p) => ({ ...p }));
  const gone = { quote: new Set<number>(), event: new Set<number>(), place: new Set<number>() };
  const outcomes: CorrectionOutcome[] = [];

  for (const c of corrections) {
    if (c.status === 'undone') continue;
    const fact = c.kind.slice(0, c.kind.indexOf('.')) as 'quote' | 'event' | 'place';
    const at = relocateSpan(text, c.span, c.context);
    if (!at) {
      outcomes.push({ id: c.id, status: 'orphaned', reason: `the text “${clip(c.span.text)}” is no longer in the article`, span: null });
      continue;
    }
    const i = fact === 'quote' ? bestQuote(model.quotes, at)
      : fact === 'event' ? bestEvent(model.events, at, c, names)
        : bestPlace(model.places, model.entities, at, c.anchor.name);
    const deletes = c.kind === 'quote.delete' || c.kind === 'event.delete' || c.kind === 'place.wrong';
    if (i < 0) {
      // a fact the analysis no longer finds is deleted already; any other change has nothing to change
      const context = spanContext(text, at.start, at.end);
      outcomes.push(deletes
        ? { id: c.id, status: 'applied', reason: `the analysis no longer finds this ${FACT_WORD[fact]}`, span: at, context }
        : { id: c.id, status: 'orphaned', reason: `the analysis finds no ${FACT_WORD[fact]} at “${clip(c.span.text)}”`, span: at, context });
      continue;
    }
    const after = c.after;
    switch (c.kind) {
      case 'quote.speaker': {
        const q = quotes[i] as Quote;
        q.speaker = after.speaker ? localEntity(after.speaker, entities, c.id) : null;
        break;
      }
      case 'event.source':
      case 'event.target': {
        const e = events[i] as ArgusEvent;
        const local = after.entity ? localEntity(after.entity, entities, c.id) : null;
        if (c.kind === 'event.source') e.source = local;
        else e.target = local;
        break;
      }
      case 'event.type': {
        const e = events[i] as ArgusEvent;
        if (after.type && after.type !== e.type) {
          e.type = after.type as ArgusEvent['type'];
          // the CAMEO code and mode belong to the model's type
          if (e.cameo !== undefined) e.cameo = null;
          if (e.mode !== undefined) e.mode = null;
        }
        break;
      }
      case 'place.move': {
        const p = places[i] as Place;
        if (after.place) {
          p.name = after.place.name;
          p.country = after.place.country;
          p.lat = after.place.lat;
          p.lon = after.place.lon;
          p.geonames = after.place.geonames;
          p.featureClass = after.place.featureClass;
        }
        break;
      }
      case 'quote.delete':
      case 'event.delete':
      case 'place.wrong':
        gone[fact].add(i);
        break;
    }
    outcomes.push({ id: c.id, status: 'applied', reason: null, span: at, context: spanContext(text, at.start, at.end) });
  }

  const analysis: Analysis = {
    ...model,
    entities,
    quotes: quotes.filter((_, i) => !gone.quote.has(i)),
    events: events.filter((_, i) => !gone.event.has(i)),
    places: places.filter((_, i) => !gone.place.has(i)),
  };
  return { analysis, outcomes };
}

function clip(s: string, n = 60): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
