// Correction use cases: correct a quote, event or place of an article's latest version, undo, list the audit trail, look
// up gazetteer entries, and save an analyzed article with the corrections in force applied (every ingest path saves
// through saveArticle, so a correction applies again to each new version or analysis of its article).
import { ArgusError } from '../core/errors.js';
import type { Analysis, Entity } from '../core/analysis.js';
import { PLOVER_TYPES } from '../core/vocab.js';
import type { SaveArticleInput, SaveResult, Store } from '../store/types.js';
import type {
  Correction, CorrectionChange, CorrectionKind, CorrectionOutcome, CorrectionStatus, EntityRef, FactAnchor, PlaceRef, TextSpan,
} from '../store/correction-types.js';
import { entityKeys } from '../analytics/entity-keys.js';
import { loadKB } from '../kb/index.js';
import { applyCorrections, spanContext } from './corrections.js';
import { toEntityRecords } from './ingest.js';

/** How a request names the fact: its index in the latest analysis' list of that kind, or its span (start, end). */
export interface FactTarget {
  index?: number;
  start?: number;
  end?: number;
  /** the span's text as the client saw it: a mismatch means the article changed since */
  text?: string;
}

export interface CorrectionRequest {
  kind: CorrectionKind;
  target: FactTarget;
  /** quote.speaker: a local entity id of the article ("e3"), a global entity id, or null for "no speaker" */
  speaker?: string | number | null;
  /** event.source / event.target: as speaker */
  entity?: string | number | null;
  /** event.type: a PLOVER type */
  type?: string;
  /** place.move: a gazetteer entry (name and GeoNames id, as /api/gazetteer gives), or a name with coordinates */
  place?: { name: string; geonames?: number | null; lat?: number; lon?: number; country?: string | null };
  author?: string | null;
  note?: string | null;
}

const MAX_ATTEMPTS = 4;

function usage(input: string, message: string): ArgusError {
  return new ArgusError('USAGE', input, message);
}

export interface CorrectedSave extends SaveResult {
  /** the corrections of this article that no longer find their text or fact in the version just saved */
  orphaned: Array<{ id: number; kind: CorrectionKind; reason: string }>;
}

/**
 * Saves an analyzed article with the corrections in force for it applied (the model's analysis is kept beside the
 * corrected one) and records where each applied or why it is orphaned. Every ingest path saves through here.
 */
export async function saveArticle(store: Store, input: SaveArticleInput): Promise<CorrectedSave> {
  const corrections = await store.corrections.active(input.article.id);
  if (corrections.length === 0) {
    const res = await store.articles.save(input);
    // a correction made while this article was analyzed and saved: apply it to the version just saved
    if (res.status !== 'duplicate' && (await store.corrections.active(input.article.id)).length > 0) await reapplyCorrections(store, input.article.id);
    return { ...res, orphaned: [] };
  }
  const model = input.analysis;
  const { analysis, outcomes } = applyCorrections(model, corrections);
  const res = await store.articles.save({ ...input, analysis, entities: toEntityRecords(analysis), modelAnalysis: model });
  if (res.status === 'duplicate') return { ...res, orphaned: [] };
  await store.corrections.record(outcomes, res.version);
  const now = await store.corrections.active(input.article.id);
  if (now.map((c) => c.id).join() !== corrections.map((c) => c.id).join()) await reapplyCorrections(store, input.article.id);
  const kinds = new Map(corrections.map((c) => [c.id, c.kind]));
  const orphaned = outcomes.filter((o) => o.status === 'orphaned').map((o) => ({ id: o.id, kind: kinds.get(o.id) as CorrectionKind, reason: o.reason ?? 'orphaned' }));
  return { ...res, orphaned };
}

/** Applies the corrections in force to the latest version again, from the model's analysis; the outcomes (none without an article). */
export async function reapplyCorrections(store: Store, articleId: string): Promise<CorrectionOutcome[]> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const latest = await store.corrections.latest(articleId);
    if (!latest) return [];
    const model = latest.model ?? latest.analysis;
    const active = await store.corrections.active(articleId);
    const { analysis, outcomes } = applyCorrections(model, active);
    const ok = await store.corrections.rewrite({
      rowid: latest.rowid, version: latest.version, analysis, model: active.length > 0 ? model : null, entities: toEntityRecords(analysis), outcomes,
    });
    if (ok) return outcomes;
    // a new version was saved meanwhile (it had the corrections applied as it was saved); apply to it once more
  }
  throw new ArgusError('WRITE_FAILED', articleId, `the article kept changing while its corrections were applied; try again`);
}

/** Corrects one fact of an article's latest version; answers the correction as stored after it applied. */
export async function correctFact(store: Store, articleId: string, req: CorrectionRequest): Promise<Correction> {
  const latest = await store.corrections.latest(articleId);
  if (!latest) throw new ArgusError('NOT_FOUND', articleId, `no article with id ${articleId}`);
  const a = latest.analysis;
  const fact = req.kind.slice(0, req.kind.indexOf('.')) as 'quote' | 'event' | 'place';
  const i = findFact(a, fact, req.target, latest.text);
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  const name = (lid: string | null | undefined): string | null => (lid ? (names.get(lid) ?? lid) : null);

  let span: TextSpan;
  let anchor: FactAnchor = {};
  let before: Record<string, unknown>;
  if (fact === 'quote') {
    const q = a.quotes[i]!;
    span = { text: latest.text.slice(q.start, q.end), start: q.start, end: q.end };
    before = { text: q.text, speaker: name(q.speaker), kind: q.kind };
  } else if (fact === 'event') {
    const e = a.events[i]!;
    span = { text: latest.text.slice(e.start, e.end), start: e.start, end: e.end };
    anchor = { trigger: e.trigger ?? null, type: e.type, source: name(e.source), target: name(e.target) };
    before = { type: e.type, source: name(e.source), target: name(e.target), trigger: e.trigger ?? null };
  } else {
    const p = a.places[i]!;
    const m = placeMention(a, p);
    if (!m) throw usage('target', `the place ${p.name} has no mention in the text to key a correction to`);
    span = { text: latest.text.slice(m.start, m.end), start: m.start, end: m.end };
    anchor = { name: p.name };
    before = { name: p.name, country: p.country ?? null, lat: p.lat, lon: p.lon, geonames: p.geonames ?? null };
  }
  if (!span.text.trim()) throw usage('target', 'the fact has an empty span in the text; it cannot be keyed to it');

  const after = await changeOf(store, req, a, before);
  const c = await store.corrections.add({
    articleId, kind: req.kind, span, context: spanContext(latest.text, span.start, span.end), anchor, before, after,
    author: req.author?.trim() || null, note: req.note?.trim() || null,
  });
  await reapplyCorrections(store, articleId);
  return (await store.corrections.get(c.id)) ?? c;
}

/** A place's span: the first mention of its entity that reads as the place's name, else the entity's first mention. */
function placeMention(a: Analysis, p: Analysis['places'][number]): { start: number; end: number } | null {
  const ent = a.entities.find((e) => e.id === p.entity);
  const m = ent?.mentions.find((x) => x.text.toLowerCase() === p.name.toLowerCase()) ?? ent?.mentions[0];
  return m ? { start: m.start, end: m.end } : null;
}

/** The index of the fact a request names in the latest analysis. */
function findFact(a: Analysis, fact: 'quote' | 'event' | 'place', t: FactTarget, text: string): number {
  const list: ReadonlyArray<{ start: number; end: number }> = fact === 'quote' ? a.quotes : fact === 'event' ? a.events
    : a.places.map((p) => placeMention(a, p) ?? { start: -1, end: -1 });
  let i: number;
  if (t.index !== undefined) {
    if (t.index < 0 || t.index >= list.length) {
      throw usage('target.index', `the article has ${list.length} ${fact}s (index 0 to ${list.length - 1}); there is no ${fact} ${t.index}`);
    }
    i = t.index;
  } else if (t.start !== undefined && t.end !== undefined) {
    const hits = list.map((s, k) => (s.start === t.start && s.end === t.end ? k : -1)).filter((k) => k >= 0);
    if (hits.length === 0) throw usage('target', `no ${fact} spans ${t.start}–${t.end} in the latest version of the article`);
    if (hits.length > 1) throw usage('target', `${hits.length} ${fact}s span ${t.start}–${t.end}; name one by target.index`);
    i = hits[0]!;
  } else {
    throw usage('target', 'name the fact by target.index, or by target.start and target.end');
  }
  const s = list[i]!;
  if (t.text !== undefined && text.slice(s.start, s.end) !== t.text) {
    throw usage('target.text', `the ${fact} reads “${text.slice(s.start, s.end)}” now, not “${t.text}”: the article changed; reload it`);
  }
  return i;
}

async function entityRef(store: Store, a: Analysis, who: string | number, input: string): Promise<EntityRef> {
  if (typeof who === 'string') {
    const e = a.entities.find((x) => x.id === who);
    if (!e) throw usage(input, `the article has no entity '${who}'; use one of its entity ids (${a.entities.slice(0, 8).map((x) => x.id).join(', ')}…) or a global entity id`);
    const gid = await globalId(store, a.article.id, e.id);
    return { name: e.name, type: e.type, kb: { ...(e.kb ?? {}) }, keys: entityKeys(e), entityId: gid };
  }
  const p = await store.entities.profile(who, { quotes: 0, cooccurring: 0, examples: 0 });
  if (!p) throw new ArgusError('NOT_FOUND', input, `no entity ${who}; it may have been merged into another one`);
  const kb: Entity['kb'] = {};
  if (p.kb.wikidata) kb.wikidata = p.kb.wikidata;
  if (p.kb.geonames != null) kb.geonames = p.kb.geonames;
  if (p.kb.iso3166) kb.iso3166 = p.kb.iso3166;
  return { name: p.name, type: p.type, kb, keys: [...new Set([...p.keys, ...entityKeys({ name: p.name, type: p.type as Entity['type'], kb })])], entityId: p.id };
}

async function globalId(store: Store, articleId: string, local: string): Promise<number | null> {
  const view = await store.articles.get(articleId);
  return view?.entityMap[local] ?? null;
}

async function changeOf(store: Store, req: CorrectionRequest, a: Analysis, before: Record<string, unknown>): Promise<CorrectionChange> {
  switch (req.kind) {
    case 'quote.speaker': {
      if (req.speaker === undefined) throw usage('speaker', 'say who the speaker is: an entity id of the article (e3), a global entity id, or null for none');
      const speaker = req.speaker === null ? null : await entityRef(store, a, req.speaker, 'speaker');
      if ((speaker?.name ?? null) === before['speaker']) throw usage('speaker', `the speaker is ${speaker?.name ?? 'nobody'} already`);
      return { speaker };
    }
    case 'event.source':
    case 'event.target': {
      if (req.entity === undefined) throw usage('entity', 'say which entity: an entity id of the article (e3), a global entity id, or null for none');
      const entity = req.entity === null ? null : await entityRef(store, a, req.entity, 'entity');
      const role = req.kind === 'event.source' ? 'source' : 'target';
      if ((entity?.name ?? null) === before[role]) throw usage('entity', `the event's ${role} is ${entity?.name ?? 'nobody'} already`);
      return { entity };
    }
    case 'event.type': {
      const t = (req.type ?? '').toUpperCase();
      if (!(PLOVER_TYPES as readonly string[]).includes(t)) throw usage('type', `'${req.type ?? ''}' is not a PLOVER event type; use one of ${PLOVER_TYPES.join(', ')}`);
      if (t === before['type']) throw usage('type', `the event is ${t} already`);
      return { type: t };
    }
    case 'place.move': {
      if (!req.place) throw usage('place', 'say where the place is: a gazetteer entry {name, geonames} or {name, lat, lon}');
      return { place: placeRef(req.place) };
    }
    default:
      return {};
  }
}

/** A place from the request: a gazetteer entry found by name and GeoNames id, or a name with coordinates. */
function placeRef(p: NonNullable<CorrectionRequest['place']>): PlaceRef {
  if (p.geonames != null) {
    const hit = gazetteer(p.name, 200).find((g) => g.geonames === p.geonames);
    if (!hit) throw usage('place.geonames', `the gazetteer has no entry ${p.geonames} named ${p.name}; look it up with /api/gazetteer?q=${encodeURIComponent(p.name)}`);
    return hit;
  }
  if (p.lat === undefined || p.lon === undefined) throw usage('place', 'give the GeoNames id of a gazetteer entry, or lat and lon');
  return { name: p.name, country: p.country ?? null, lat: p.lat, lon: p.lon, geonames: null, featureClass: null };
}

/** Gazetteer entries by name: countries, regions and seas, first-level divisions, then cities (most populous first). */
export function gazetteer(q: string, limit = 20): PlaceRef[] {
  const kb = loadKB();
  const name = q.trim();
  const out: PlaceRef[] = [];
  const c = kb.countryByName(name);
  if (c) out.push({ name: c.name, country: c.iso2, lat: c.lat, lon: c.lon, geonames: c.geonames, featureClass: 'country' });
  const r = kb.region(name);
  if (r) out.push({ name: r.name, country: r.country, lat: r.lat, lon: r.lon, geonames: r.geonames, featureClass: r.featureClass });
  for (const x of [...kb.admin1(name), ...kb.cities(name)]) {
    out.push({ name: x.name, country: x.country, lat: x.lat, lon: x.lon, geonames: x.geonames, featureClass: x.featureClass });
  }
  return out.slice(0, limit);
}

export async function undoCorrection(store: Store, id: number): Promise<Correction> {
  const c = await store.corrections.get(id);
  if (!c) throw new ArgusError('NOT_FOUND', `correction ${id}`, `no correction ${id}`);
  if (c.status === 'undone') throw usage(`correction ${id}`, `correction ${id} was undone already (${c.undoneAt ?? ''})`);
  await store.corrections.undo(id);
  await reapplyCorrections(store, c.articleId);
  return (await store.corrections.get(id)) ?? c;
}

export async function listCorrections(store: Store, q: { articleId?: string | null; status?: CorrectionStatus | null; limit: number; offset?: number }): Promise<Correction[]> {
  return store.corrections.list(q);
}
