// The analysis pipeline: one article in, one argus.analysis/1 object out. The stage order is written here only:
//   1 tokenize -> 2 recognize entity names -> 3 resolve entities -> 4 dates -> 5 quotes -> 6 events
//   -> 7 places -> 8 themes and tone.
import type { Analysis, Entity } from '../core/analysis.js';
import type { ArticleInput } from '../core/input.js';
import { articleId } from '../core/ids.js';
import { loadKB } from '../kb/index.js';
import type { EntityRecognizer, ResolvedEntity } from './types.js';
import { tokenize } from './tokenize.js';
import { createRecognizer } from './entities/recognizer.js';
import { resolveEntities } from './stages/resolve.js';
import { findDates } from './stages/dates.js';
import { buildEntityIndex } from './stages/entity-index.js';
import { linkPronouns } from './stages/pronouns.js';
import { findQuotes } from './stages/quotes.js';
import { codeEvents } from './stages/events.js';
import { geoparse } from './stages/places.js';
import { findThemes, toneScore } from './stages/themes.js';

export interface AnalyzeOptions {
  /** overrides the article id (otherwise derived from url or text) */
  id?: string;
  /** overrides the entity recognizer (tests and evaluation of alternatives) */
  recognizer?: EntityRecognizer;
}

let defaultRecognizer: EntityRecognizer | null = null;

/** Loads the knowledge base and the models once; later calls are free. */
export function warmUp(): EntityRecognizer {
  defaultRecognizer ??= createRecognizer(loadKB());
  return defaultRecognizer;
}

export function analyze(input: ArticleInput, opts: AnalyzeOptions = {}): Analysis {
  const kb = loadKB();
  const recognizer = opts.recognizer ?? warmUp();

  const doc = tokenize(input.text); //                                   1
  const names = recognizer.recognize(doc); //                            2
  const entities = resolveEntities(doc, names, kb); //                   3
  const dates = findDates(doc, input.published); //                      4
  const index = buildEntityIndex(doc, entities);
  linkPronouns(doc, index); //                                          3b
  const quotes = findQuotes(doc, index); //                              5
  const events = codeEvents(doc, index, quotes, dates); //               6
  const eventLocations = new Set<string>();
  for (const e of events) if (e.location) eventLocations.add(e.location);
  const places = geoparse(entities, doc, { kb, dateline: input.dateline, eventLocations }); // 7

  return {
    schema: 'argus.analysis/1',
    article: {
      id: opts.id ?? articleId(input.url, input.text),
      url: input.url,
      source: input.source,
      title: input.title,
      subtitle: input.subtitle,
      published: input.published,
      language: input.language,
      text: input.text,
    },
    entities: entities.map(toContract),
    quotes,
    events,
    places,
    dates,
    themes: findThemes(doc), //                                          8
    tone: { score: toneScore(doc) },
  };
}

function toContract(e: ResolvedEntity): Entity {
  return {
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: e.aliases,
    titles: e.titles,
    kb: e.kb,
    mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, kind: m.kind })),
    salience: e.salience,
  };
}
