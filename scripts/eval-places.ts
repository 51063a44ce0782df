// `npm run eval:places`: a held-out place check on GUM dev (corpora/gum/conllu/dev.conllu.gz, never tuned on).
// Gold: every GUM `place` mention linked to a Wikipedia title that corpora/gum/wiki_map.tab lists. GUM gives no
// coordinates, so a title gets a point only when the knowledge base resolves it without ambiguity: a country, a
// curated region, the only first-level division of that name, or else a GeoNames city that is either the only one of that name,
// 10x more populous than the next, or singled out by the title's qualifier ("Paris,_Texas"). Other titles are
// left out of the accuracy (and counted). Prediction: tokenize -> recognize -> resolve -> geoparse on the
// document's tokens joined by spaces. Found = a predicted place whose entity has a mention overlapping a gold
// mention of that title; accurate = within 161 km of the gold point.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { loadKB } from '../src/kb/index.js';
import type { KB, PlaceRecord } from '../src/kb/types.js';
import { createRecognizer } from '../src/nlp/entities/recognizer.js';
import { resolveEntities } from '../src/nlp/stages/resolve.js';
import { geoparse } from '../src/nlp/stages/places.js';
import { tokenize } from '../src/nlp/tokenize.js';
import { parseGumConllu } from './derive-gum.js';
import { ROOT } from './eval-ner.js';

const PLACE_KM = 161;

function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

/** The gold point of a Wikipedia title, or null when the knowledge base cannot say which place it is. */
export function goldPoint(kb: KB, title: string): { lat: number; lon: number } | null {
  const [name = '', qualifier = ''] = title.replace(/_/g, ' ').split(/,\s*/);
  if (!qualifier) {
    const c = kb.countryByName(name);
    if (c) return { lat: c.lat, lon: c.lon };
    const r = kb.region(name);
    if (r) return r.broad ? null : { lat: r.lat, lon: r.lon };
    const admins = kb.admin1(name);
    if (admins.length === 1) return admins[0] as PlaceRecord;
  }
  let towns = kb.cities(name);
  if (qualifier) {
    const country = kb.countryByName(qualifier);
    const admins = kb.admin1(qualifier);
    towns = towns.filter((t) => (country && t.country === country.iso2) || admins.some((a) => a.country === t.country && a.admin1 === t.admin1));
    return towns.length === 1 ? (towns[0] as PlaceRecord) : null;
  }
  if (towns.length === 1) return towns[0] as PlaceRecord;
  if (towns.length > 1 && (towns[0] as PlaceRecord).population >= 10 * (towns[1] as PlaceRecord).population) return towns[0] as PlaceRecord;
  return null;
}

function main(): void {
  const kb = loadKB();
  const linked = new Set(
    readFileSync(join(ROOT, 'corpora/gum/wiki_map.tab'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t')[0] as string),
  );
  const docs = parseGumConllu(gunzipSync(readFileSync(join(ROOT, 'corpora/gum/conllu/dev.conllu.gz'))).toString('utf8'));
  const recognizer = createRecognizer(kb);
  let gold = 0;
  let withPoint = 0;
  let found = 0;
  let accurate = 0;
  const misses: string[] = [];
  const unresolved = new Set<string>();
  for (const d of docs) {
    // the document's words joined by spaces, with each word's character span
    const starts: number[] = [];
    let text = '';
    for (const w of d.words) {
      starts.push(text.length);
      text += `${w.form} `;
    }
    const byTitle = new Map<string, Array<[number, number]>>();
    for (const m of d.mentions) {
      if (m.etype !== 'place' || !m.identity) continue;
      let title = m.identity;
      try {
        title = decodeURIComponent(title);
      } catch {
        /* keep it as written */
      }
      if (!linked.has(title)) continue;
      const span: [number, number] = [starts[m.start] as number, (starts[m.end - 1] as number) + (d.words[m.end - 1]?.form.length ?? 0)];
      const l = byTitle.get(title);
      if (l) l.push(span);
      else byTitle.set(title, [span]);
    }
    if (!byTitle.size) continue;
    const doc = tokenize(text);
    const entities = resolveEntities(doc, recognizer.recognize(doc), kb);
    const places = geoparse(entities, doc, { kb, dateline: null });
    const byId = new Map(entities.map((e) => [e.id, e]));
    for (const [title, spans] of byTitle) {
      gold++;
      const point = goldPoint(kb, title);
      if (!point) {
        unresolved.add(title);
        continue;
      }
      withPoint++;
      const p = places.find((pl) => byId.get(pl.entity)?.mentions.some((mm) => spans.some(([s, e]) => mm.start < e && s < mm.end)));
      if (!p) {
        misses.push(`${d.id}: missed ${title}`);
        continue;
      }
      found++;
      const km = haversineKm(point.lat, point.lon, p.lat, p.lon);
      if (km <= PLACE_KM) accurate++;
      else misses.push(`${d.id}: ${title} placed ${Math.round(km)} km off as ${p.name} (${p.country ?? '-'} ${p.featureClass})`);
    }
  }
  const pct = (a: number, b: number): string => (b ? (a / b).toFixed(3) : 'n/a');
  console.log(`GUM dev places: ${docs.length} documents, ${gold} linked place titles (per document), ${withPoint} with an unambiguous gold point`);
  console.log(`place recall (found)      ${pct(found, withPoint)}  (${found}/${withPoint})`);
  console.log(`place accuracy@${PLACE_KM}km     ${pct(accurate, found)}  (${accurate}/${found})`);
  console.log(`left out (no unambiguous point): ${[...unresolved].sort().join(', ')}`);
  const show = Number(process.argv[process.argv.indexOf('--misses') + 1] ?? 20) || 20;
  for (const m of misses.slice(0, show)) console.log(`  ${m}`);
}

main();
