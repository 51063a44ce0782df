// Scores one analysis against its gold annotation. Metric definitions are in README.md ("Evaluation").
import type { Analysis, Entity } from '../core/analysis.js';
import type { Gold } from './gold.js';
import { foldKey } from '../kb/text.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Tally {
  correct: number;
  total: number;
}

export interface ArticleScore {
  entities: Counts;
  quotes: Counts;
  quotesWithSpeaker: Counts;
  events: Counts;
  /** relaxed event matches, for diagnosis: same type and source (target ignored); same source and target (type ignored) */
  eventsSourceType: Counts;
  eventsPair: Counts;
  /** same type, any parties: how many of the gold events have a trigger coded as such at all */
  eventsType: Counts;
  placesFound: Tally;
  placesAccurate: Tally;
  dates: Tally;
  title: Tally;
  junkLeft: number;
  titles: Tally;
  misses: { layer: string; what: string }[];
}

/** Comparison key for names: the KB's folding (case, diacritics, punctuation), a leading "the" and a trailing "'s" dropped. */
export function normName(s: string): string {
  return foldKey(s.trim().replace(/^the\s+/i, '').replace(/['’]s$/, ''));
}

function normText(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[’‘`]/g, "'")
    .replace(/[“”]/g, '"')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function namesOf(e: { name: string; aliases?: string[] | undefined }): Set<string> {
  const s = new Set<string>([normName(e.name)]);
  for (const a of e.aliases ?? []) s.add(normName(a));
  return s;
}

function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Token-level overlap of two texts: |A∩B| / max(|A|,|B|). */
export function overlap(a: string, b: string): number {
  const ta = normText(a).split(' ').filter(Boolean);
  const tb = normText(b).split(' ').filter(Boolean);
  if (ta.length === 0 || tb.length === 0) return 0;
  const bag = new Map<string, number>();
  for (const t of tb) bag.set(t, (bag.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta) {
    const n = bag.get(t) ?? 0;
    if (n > 0) {
      common++;
      bag.set(t, n - 1);
    }
  }
  return common / Math.max(ta.length, tb.length);
}

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const dLat = (lat2 - lat1) * r;
  const dLon = (lon2 - lon1) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Greedy one-to-one matching: each gold item takes the first unused prediction that fits. */
function match<G, P>(gold: G[], pred: P[], fits: (g: G, p: P) => boolean): { pairs: Array<[G, P]>; missed: G[]; extra: P[] } {
  const used = new Array<boolean>(pred.length).fill(false);
  const pairs: Array<[G, P]> = [];
  const missed: G[] = [];
  for (const g of gold) {
    let hit = -1;
    for (let i = 0; i < pred.length; i++) {
      if (!used[i] && fits(g, pred[i] as P)) {
        hit = i;
        break;
      }
    }
    if (hit >= 0) {
      used[hit] = true;
      pairs.push([g, pred[hit] as P]);
    } else missed.push(g);
  }
  return { pairs, missed, extra: pred.filter((_, i) => !used[i]) };
}

export const QUOTE_OVERLAP = 0.5;
export const PLACE_KM = 161;

export function scoreArticle(a: Analysis, gold: Gold): ArticleScore {
  const misses: ArticleScore['misses'] = [];
  const predEnts = a.entities;
  const byId = new Map<string, Entity>(predEnts.map((e) => [e.id, e]));

  // entities: same type, and the predicted name or an alias equals the gold name or an alias
  const em = match(gold.entities, predEnts, (g, p) => g.type === p.type && intersects(namesOf(g), namesOf(p)));
  for (const g of em.missed) misses.push({ layer: 'entities', what: `missed ${g.type} ${g.name}` });
  for (const p of em.extra) misses.push({ layer: 'entities', what: `extra ${p.type} ${p.name}` });
  const goldOfPred = new Map<string, string>();
  for (const [g, p] of em.pairs) goldOfPred.set(p.id, normName(g.name));
  // the names a predicted entity id answers to, for speakers and event roles
  const answersTo = (id: string | null | undefined): Set<string> => {
    if (!id) return new Set(['<null>']);
    const e = byId.get(id);
    if (!e) return new Set();
    const s = namesOf(e);
    const g = goldOfPred.get(id);
    if (g) s.add(g);
    return s;
  };
  const goldName = (n: string | null): string => (n === null ? '<null>' : normName(n));

  // titles: for matched PERSON entities, each gold title found (overlap ≥ 0.5) among predicted titles
  const titles: Tally = { correct: 0, total: 0 };
  for (const [g, p] of em.pairs) {
    for (const t of g.titles ?? []) {
      titles.total++;
      if ((p.titles ?? []).some((pt) => overlap(pt, t) >= QUOTE_OVERLAP)) titles.correct++;
      else misses.push({ layer: 'titles', what: `${g.name}: missed title "${t}"` });
    }
  }

  // quotes: text overlap ≥ 0.5; with speaker: and the speaker answers to the gold speaker's name
  const qm = match(gold.quotes, a.quotes, (g, p) => overlap(g.text, p.text) >= QUOTE_OVERLAP);
  const qs = match(gold.quotes, a.quotes, (g, p) => overlap(g.text, p.text) >= QUOTE_OVERLAP && answersTo(p.speaker).has(goldName(g.speaker)));
  for (const g of qm.missed) misses.push({ layer: 'quotes', what: `missed quote "${g.text.slice(0, 70)}"` });
  for (const [g, p] of qm.pairs) {
    if (!qs.pairs.some(([g2]) => g2 === g)) {
      const got = p.speaker ? (byId.get(p.speaker)?.name ?? p.speaker) : 'null';
      misses.push({ layer: 'speakers', what: `"${g.text.slice(0, 50)}": speaker ${got}, gold ${g.speaker}` });
    }
  }
  for (const p of qm.extra) misses.push({ layer: 'quotes', what: `extra quote "${p.text.slice(0, 70)}"` });

  // events: same type, source and target answer to the gold names (null matches null)
  const evm = match(
    gold.events,
    a.events,
    (g, p) => g.type === p.type && answersTo(p.source).has(goldName(g.source)) && answersTo(p.target).has(goldName(g.target)),
  );
  const evSourceType = match(gold.events, a.events, (g, p) => g.type === p.type && answersTo(p.source).has(goldName(g.source)));
  const evPair = match(
    gold.events,
    a.events,
    (g, p) => answersTo(p.source).has(goldName(g.source)) && answersTo(p.target).has(goldName(g.target)),
  );
  const evType = match(gold.events, a.events, (g, p) => g.type === p.type);
  for (const g of evm.missed) misses.push({ layer: 'events', what: `missed ${g.source} —${g.type}→ ${g.target}` });
  for (const p of evm.extra) {
    const n = (id: string | null | undefined): string => (id ? (byId.get(id)?.name ?? id) : 'null');
    misses.push({ layer: 'events', what: `extra ${n(p.source)} —${p.type}→ ${n(p.target)}` });
  }

  // places: found when a predicted place (or else its entity) answers to the gold name; accurate within 161 km
  const placesFound: Tally = { correct: 0, total: gold.places.length };
  const placesAccurate: Tally = { correct: 0, total: 0 };
  for (const g of gold.places) {
    const gn = normName(g.name);
    // a place named like the gold place first: one entity can have several places ("Syria" and its capital "Damascus")
    const p = a.places.find((pl) => normName(pl.name) === gn) ?? a.places.find((pl) => answersTo(pl.entity).has(gn));
    if (!p) {
      misses.push({ layer: 'places', what: `missed place ${g.name}` });
      continue;
    }
    placesFound.correct++;
    placesAccurate.total++;
    const km = haversineKm(g.lat, g.lon, p.lat, p.lon);
    if (km <= PLACE_KM) placesAccurate.correct++;
    else misses.push({ layer: 'places', what: `${g.name} placed ${Math.round(km)} km off (${p.lat.toFixed(2)},${p.lon.toFixed(2)})` });
  }

  // dates: each gold date needs a predicted date whose text overlaps it and whose value is equal
  const dates: Tally = { correct: 0, total: gold.dates.length };
  for (const g of gold.dates) {
    const gt = normText(g.text);
    const p = a.dates.find((d) => {
      const dt = normText(d.text);
      return dt.includes(gt) || gt.includes(dt);
    });
    if (p && p.value === g.value) dates.correct++;
    else misses.push({ layer: 'dates', what: `"${g.text}" → ${p ? p.value : 'not found'}, gold ${g.value}` });
  }

  const title: Tally = { correct: normText(a.article.title) === normText(gold.title) ? 1 : 0, total: 1 };
  if (!title.correct) misses.push({ layer: 'title', what: `title "${a.article.title}", gold "${gold.title}"` });

  const bodyLines = new Set(a.article.text.split('\n').map((l) => l.trim()));
  let junkLeft = 0;
  for (const j of gold.boilerplate ?? []) {
    if (bodyLines.has(j.trim())) {
      junkLeft++;
      misses.push({ layer: 'junk', what: `left "${j}"` });
    }
  }

  const counts = (m: { pairs: unknown[]; missed: unknown[]; extra: unknown[] }): Counts => ({
    tp: m.pairs.length,
    fp: m.extra.length,
    fn: m.missed.length,
  });
  return {
    entities: counts(em),
    quotes: counts(qm),
    quotesWithSpeaker: counts(qs),
    events: counts(evm),
    eventsSourceType: counts(evSourceType),
    eventsPair: counts(evPair),
    eventsType: counts(evType),
    placesFound,
    placesAccurate,
    dates,
    title,
    junkLeft,
    titles,
    misses,
  };
}

export function f1(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}
export function addTally(a: Tally, b: Tally): Tally {
  return { correct: a.correct + b.correct, total: a.total + b.total };
}
