// A few invented articles with entities, events, quotes and places, saved through the Store interface, for the export
// tests (services, CLI, API). Text written for these tests; awkward characters on purpose (commas, quotes, line breaks,
// a cell that looks like a spreadsheet formula, non-Latin script).
import type { Analysis } from '../../src/core/analysis.js';
import type { EntityRecord, Store } from '../../src/store/types.js';
import { entity, input, record } from '../store/suite.js';

export interface ExportFixture {
  ids: string[];
}

const A1 = 'Minister Lena Hart of Freeland accused Ostmark of closing the border near Lyon. "We will not wait, not even a day," Hart said in Lyon.';
const A2 = 'The Ostmark Rail Union protested in Berlin on Friday, and the union said it would "=strike again" next week.\nOfficials in Berlin declined to comment.';
const A3 = 'Weather stayed mild across the coast; no events here.';
const A4 = 'Der Vertreter von Ostmark, Jürgen Kühn, lobte die Einigung mit Freeland in Genf. „Ein guter Tag“, sagte Kühn.';

/** the analysis side of the entity records: kb and titles only when there are some */
function analysisEntities(ents: EntityRecord[]): Analysis['entities'] {
  return ents.map((e) => ({
    id: e.localId, name: e.name, type: e.type as Analysis['entities'][number]['type'], mentions: e.mentions,
    ...(Object.keys(e.kb).length ? { kb: e.kb } : {}), ...(e.titles.length ? { titles: e.titles } : {}),
  }));
}

function span(text: string, part: string): { start: number; end: number } {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`not in the text: ${part}`);
  return { start, end: start + part.length };
}

export async function fillExportStore(store: Store): Promise<ExportFixture> {
  const ids: string[] = [];
  {
    const a = record({ title: 'Hart accuses Ostmark, again', text: A1, source: 'Courier, Evening', published: '2025-03-03', url: 'https://news.example/a1?x=1,2' });
    const ents = [
      entity('e1', 'Lena Hart', 'PERSON', ['PERSON:lena hart'], { titles: ['Minister'] }),
      entity('e2', 'Freeland', 'GPE', ['iso:FR'], { kb: { iso3166: 'FR' } }),
      entity('e3', 'Ostmark', 'GPE', ['iso:DE'], { kb: { iso3166: 'DE' } }),
      entity('e4', 'Lyon', 'GPE', ['gn:2996944'], { kb: { geonames: 2996944 } }),
    ];
    const extra: Partial<Analysis> = {
      entities: analysisEntities(ents),
      events: [
        { type: 'ACCUSE', mode: null, cameo: '112', source: 'e1', target: 'e3', location: 'e4', date: '2025-03-03', trigger: 'accused', ...span(A1, A1.split('. ')[0] as string) },
        { type: 'THREATEN', source: 'e1', target: null, location: 'e4', reported_by: 'e1', negated: true, ...span(A1, '"We will not wait, not even a day," Hart said in Lyon.') },
      ],
      quotes: [{ text: 'We will not wait, not even a day,', kind: 'direct', speaker: 'e1', cue: 'said', ...span(A1, 'We will not wait, not even a day,') }],
      places: [
        { entity: 'e4', name: 'Lyon', country: 'FR', lat: 45.75, lon: 4.85, geonames: 2996944, featureClass: 'P' },
        { entity: 'e3', name: 'Ostmark', country: 'DE', lat: 51, lon: 9, geonames: null },
      ],
    };
    await store.articles.save(input(a, ents, extra));
    ids.push(a.id);
  }
  {
    const a = record({ title: 'Rail union protests', text: A2, source: 'Daily "Ledger"', published: '2025-03-07', url: 'https://news.example/a2' });
    const ents = [
      entity('e1', 'Ostmark Rail Union', 'ORG', ['wd:Q4242424', 'ORG:ostmark rail union'], { kb: { wikidata: 'Q4242424' } }),
      entity('e2', 'Berlin', 'GPE', ['gn:2950159'], { kb: { geonames: 2950159 } }),
      entity('e3', 'Ostmark', 'GPE', ['iso:DE'], { kb: { iso3166: 'DE' } }),
    ];
    const extra: Partial<Analysis> = {
      entities: analysisEntities(ents),
      events: [{ type: 'PROTEST', mode: 'demonstrate', cameo: '141', source: 'e1', target: 'e3', location: 'e2', ...span(A2, A2.split('\n')[0] as string) }],
      quotes: [{ text: '=strike again', kind: 'mixed', speaker: 'e1', cue: 'said', ...span(A2, '=strike again') }],
      places: [{ entity: 'e2', name: 'Berlin', country: 'DE', lat: 52.52, lon: 13.405, geonames: 2950159, featureClass: 'P' }],
    };
    await store.articles.save(input(a, ents, extra));
    ids.push(a.id);
  }
  {
    const a = record({ title: 'Mild weather', text: A3, source: null, published: null, url: null });
    await store.articles.save(input(a));
    ids.push(a.id);
  }
  {
    const a = record({ title: 'Kühn lobt Einigung', text: A4, source: 'Kurier', published: '2025-03-09', url: 'https://news.example/a4', language: 'de' });
    const ents = [
      entity('e1', 'Jürgen Kühn', 'PERSON', ['PERSON:jurgen kuhn']),
      entity('e2', 'Freeland', 'GPE', ['iso:FR'], { kb: { iso3166: 'FR' } }),
      entity('e3', 'Genf', 'GPE', ['gn:2660646'], { kb: { geonames: 2660646 } }),
    ];
    const extra: Partial<Analysis> = {
      entities: analysisEntities(ents),
      events: [{ type: 'SUPPORT', cameo: '051', source: 'e1', target: 'e2', location: 'e3', ...span(A4, A4.split('. ')[0] as string) }],
      quotes: [{ text: 'Ein guter Tag', kind: 'direct', speaker: 'e1', ...span(A4, 'Ein guter Tag') }],
      places: [
        { entity: 'e3', name: 'Genf', country: 'CH', lat: 46.2022, lon: 6.1457, geonames: 2660646, featureClass: 'P' },
        { entity: 'e2', name: 'Freeland', country: 'FR', lat: 46, lon: 2, geonames: null },
      ],
    };
    await store.articles.save(input(a, ents, extra));
    ids.push(a.id);
  }
  return { ids };
}
