// STIX 2.1: one bundle, written as it goes. Per article a `report` whose object_refs name its objects:
// - people, organisations and groups (NORP) are `identity` objects (identity_class individual / organization / group);
// - places (GPE, LOC, FAC with coordinates or a country) are `location` objects;
// - events with both actors are `relationship` objects, relationship_type `plover-<type>`, the sentence as description;
// - quotes are `note` objects referring to the speaker (when it is an object) and the report;
// - the outlet is an `identity` (organization) in every report, so object_refs is never empty.
// Ids are UUIDv5 of Argus keys (entity keys such as wd:Q7184, the article id, the event's index), so a re-export gives
// the same ids. Identities and locations are shared across articles and written once (their ids are remembered: memory
// grows with the number of distinct entities, not articles); they carry a fixed created/modified time so the same
// entity is the same object version in every export. Argus-specific values are custom properties prefixed x_argus_.
import { entityKeys } from '../../analytics/entity-keys.js';
import type { Entity, Place } from '../../core/analysis.js';
import type { ScanRow } from '../../store/types.js';
import { ArticleIndex, ARGUS_NAMESPACE, each, eventFact, keep, quadClass, quoteFact, uuidv5, type FactFilter, type Rows } from './common.js';

export type StixObject = Record<string, unknown> & { type: string; id: string };

/** created/modified of the objects Argus derives from knowledge-base keys rather than from one article */
export const SHARED_TIME = '1970-01-01T00:00:00.000Z';

export function stixId(type: string, key: string): string {
  return `${type}--${uuidv5(`${type}|${key}`, ARGUS_NAMESPACE)}`;
}

/** The identity that created every object of the export. */
export const ARGUS_IDENTITY: StixObject = {
  type: 'identity', spec_version: '2.1', id: stixId('identity', 'argus'), created: SHARED_TIME, modified: SHARED_TIME,
  name: 'Argus', identity_class: 'system', description: 'Argus offline news analysis: who said what, did what to whom, where and when.',
};

/** An RFC 3339 UTC timestamp with milliseconds, as STIX wants it; the fallback when the input is not a date. */
export function stixTime(v: string | null | undefined, fallback = SHARED_TIME): string {
  if (!v) return fallback;
  const t = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00Z` : v);
  if (Number.isNaN(t)) return fallback;
  const iso = new Date(t).toISOString();
  return /^\d{4}-/.test(iso) ? iso : fallback;
}

const IDENTITY_CLASS: Record<string, string> = { PERSON: 'individual', ORG: 'organization', NORP: 'group' };
const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);

function validUrl(u: string | null): string | null {
  if (!u) return null;
  try {
    const x = new URL(u);
    return x.protocol === 'http:' || x.protocol === 'https:' ? x.href : null;
  } catch {
    return null;
  }
}

/** The shared object an analysis entity becomes, or null (events, laws, products; a place with neither coordinates nor country). */
export function entityObject(e: Entity, place: Place | null): StixObject | null {
  const key = entityKeys(e)[0] ?? `${e.type}:${e.name}`;
  const cls = IDENTITY_CLASS[e.type];
  if (cls) {
    const o: StixObject = {
      type: 'identity', spec_version: '2.1', id: stixId('identity', key), created_by_ref: ARGUS_IDENTITY.id,
      created: SHARED_TIME, modified: SHARED_TIME, name: e.name, identity_class: cls, x_argus_key: key, x_argus_entity_type: e.type,
    };
    if (e.titles?.length) o.roles = [...e.titles];
    if (e.kb?.wikidata) o.external_references = [{ source_name: 'wikidata', external_id: e.kb.wikidata, url: `https://www.wikidata.org/wiki/${e.kb.wikidata}` }];
    return o;
  }
  if (!PLACE_TYPES.has(e.type)) return null;
  const country = place?.country ?? e.kb?.iso3166 ?? null;
  const coords = place && Number.isFinite(place.lat) && Number.isFinite(place.lon) && Math.abs(place.lat) <= 90 && Math.abs(place.lon) <= 180;
  if (!coords && !country) return null;
  const o: StixObject = {
    type: 'location', spec_version: '2.1', id: stixId('location', key), created_by_ref: ARGUS_IDENTITY.id,
    created: SHARED_TIME, modified: SHARED_TIME, name: place?.name ?? e.name,
  };
  if (coords) {
    o.latitude = place.lat;
    o.longitude = place.lon;
  }
  if (country) o.country = country;
  o.x_argus_key = key;
  o.x_argus_entity_type = e.type;
  if (place?.geonames != null) o.x_argus_geonames = place.geonames;
  return o;
}

function outletObject(source: string | null): StixObject {
  const name = source?.trim() || 'unknown outlet';
  return {
    type: 'identity', spec_version: '2.1', id: stixId('identity', `outlet:${name.toLowerCase()}`), created_by_ref: ARGUS_IDENTITY.id,
    created: SHARED_TIME, modified: SHARED_TIME, name, identity_class: 'organization', x_argus_role: 'news-outlet',
  };
}

/** The objects of one article: shared objects first (each time; the bundle writer drops repeats), then its own, the report last. */
export function articleObjects(r: ScanRow, filter: FactFilter = {}): StixObject[] {
  const a = r.analysis;
  const ix = new ArticleIndex(a);
  const at = stixTime(r.ingestedAt);
  const own = { spec_version: '2.1', created_by_ref: ARGUS_IDENTITY.id, created: at, modified: at };
  const shared: StixObject[] = [];
  const byLocal = new Map<string, string>();
  for (const e of a.entities) {
    const o = entityObject(e, ix.place(e.id));
    if (!o) continue;
    byLocal.set(e.id, o.id);
    shared.push(o);
  }
  const outlet = outletObject(r.source);
  shared.push(outlet);
  const reportId = stixId('report', r.id);
  const rels: StixObject[] = [];
  a.events.forEach((e, i) => {
    const src = e.source ? byLocal.get(e.source) : undefined;
    const tgt = e.target ? byLocal.get(e.target) : undefined;
    if (!src || !tgt) return; // a relationship needs both ends
    const fact = eventFact(r, i, e);
    if (!keep(fact, filter)) return;
    const o: StixObject = {
      type: 'relationship', id: stixId('relationship', `${r.id}#event${i}`), ...own,
      relationship_type: `plover-${e.type.toLowerCase()}`, source_ref: src, target_ref: tgt,
      description: ix.span(e.start, e.end) || `${ix.name(e.source)} ${e.type} ${ix.name(e.target)}`,
      x_argus_plover_type: e.type, x_argus_quad_class: quadClass(e.type, e.cameo), x_argus_offsets: [e.start, e.end], x_argus_article: r.id,
      // STIX's confidence is 0-100; Argus's corroboration counts ride along
      confidence: Math.round(fact.confidence * 100), x_argus_sources: fact.sources, x_argus_articles: fact.articles,
    };
    if (e.mode) o.x_argus_mode = e.mode;
    if (e.cameo) o.x_argus_cameo = e.cameo;
    if (e.negated) o.x_argus_negated = true;
    if (e.trigger) o.x_argus_trigger = e.trigger;
    const loc = e.location ? byLocal.get(e.location) : undefined;
    if (loc) o.x_argus_location_ref = loc;
    const by = e.reported_by ? byLocal.get(e.reported_by) : undefined;
    if (by) o.x_argus_reported_by_ref = by;
    if (e.date && /^\d{4}-\d{2}-\d{2}$/.test(e.date)) {
      const t = stixTime(e.date, '');
      if (t) o.start_time = t;
    }
    rels.push(o);
  });
  const notes: StixObject[] = [];
  a.quotes.forEach((q, i) => {
    const { confidence } = quoteFact(r, i, q);
    if (!keep({ confidence }, { minConfidence: filter.minConfidence })) return;
    const speaker = q.speaker ? byLocal.get(q.speaker) : undefined;
    const name = ix.name(q.speaker);
    const o: StixObject = {
      type: 'note', id: stixId('note', `${r.id}#quote${i}`), ...own,
      abstract: `${q.kind} quote${name ? ` by ${name}` : ''}`, content: q.text || ix.span(q.start, q.end) || '(empty quote)',
      object_refs: speaker ? [speaker, reportId] : [reportId], x_argus_quote_kind: q.kind, x_argus_offsets: [q.start, q.end],
      confidence: Math.round(confidence * 100),
    };
    if (name) o.x_argus_speaker = name;
    if (q.cue) o.x_argus_cue = q.cue;
    notes.push(o);
  });
  const refs = [...new Set([...shared.map((o) => o.id), ...rels.map((o) => o.id), ...notes.map((o) => o.id)])];
  const report: StixObject = {
    type: 'report', id: reportId, ...own, name: r.title || '(untitled)', published: stixTime(r.published, at),
    report_types: ['news-article'], object_refs: refs, x_argus_article_id: r.id, x_argus_version: r.version,
  };
  if (a.article.language && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(a.article.language)) report.lang = a.article.language;
  const url = validUrl(r.url);
  report.external_references = [url ? { source_name: outlet.name as string, url } : { source_name: outlet.name as string, external_id: r.id }];
  return [...shared, ...rels, ...notes, report];
}

/** The bundle as chunks of JSON text: `{"type":"bundle","id":…,"objects":[` … `]}`. */
export async function* stixChunks(rows: Rows, opts: { bundleKey?: string; filter?: FactFilter } = {}): AsyncGenerator<string> {
  const bundleId = stixId('bundle', opts.bundleKey ?? 'argus-export');
  yield `{"type":"bundle","id":${JSON.stringify(bundleId)},"objects":[\n${JSON.stringify(ARGUS_IDENTITY)}`;
  const written = new Set<string>([ARGUS_IDENTITY.id]);
  for await (const r of each(rows)) {
    let out = '';
    for (const o of articleObjects(r, opts.filter)) {
      if (o.type === 'identity' || o.type === 'location') {
        if (written.has(o.id)) continue;
        written.add(o.id);
      }
      out += `,\n${JSON.stringify(o)}`;
    }
    yield out;
  }
  yield '\n]}\n';
}
