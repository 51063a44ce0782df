// Invented articles for the corroboration tests, and a small deterministic analyzer that stands in for the NLP so the
// events are known: Harbor Gazette reports first, Valley Wire runs a syndicated copy, Coastal Times reports it the next
// morning in other words, Mountain Post 5 days later.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis, ArgusEvent, Entity } from '../../src/core/analysis.js';
import type { ArticleInput } from '../../src/core/input.js';

const KNOWN: Array<[string, Entity['type']]> = [['Olga Brandt', 'PERSON'], ['Northland Council', 'ORG']];

/** entities from KNOWN; an ACCUSE event for "X criticized Y" inside one sentence */
export function analyzer(input: ArticleInput, o: { id: string }): Analysis {
  const text = input.text;
  const entities: Entity[] = [];
  for (const [name, type] of KNOWN) {
    const mentions = [];
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) mentions.push({ start: i, end: i + name.length, text: name, kind: 'name' as const });
    if (mentions.length) entities.push({ id: `e${entities.length + 1}`, name, type, mentions });
  }
  const events: ArgusEvent[] = [];
  for (const m of text.matchAll(/\bcriticized\b/g)) {
    const at = m.index ?? 0;
    const from = text.lastIndexOf('.', at) + 1;
    const to = text.indexOf('.', at) < 0 ? text.length : text.indexOf('.', at);
    const near = entities.flatMap((e) => e.mentions.map((x) => ({ id: e.id, ...x }))).filter((x) => x.start >= from && x.end <= to);
    const source = near.filter((x) => x.end <= at).sort((a, b) => b.end - a.end)[0]?.id ?? null;
    const target = near.filter((x) => x.start > at).sort((a, b) => a.start - b.start)[0]?.id ?? null;
    events.push({ type: 'ACCUSE', source, target, trigger: 'criticized', start: at, end: at + 10 });
  }
  return {
    schema: 'argus.analysis/1',
    article: { id: o.id, url: input.url, source: input.source, title: input.title, subtitle: input.subtitle, published: input.published, language: input.language, text },
    entities, quotes: [], events, places: [], dates: [],
  };
}

const FIRST = {
  title: 'Brandt criticizes council over the Sava dam',
  text: 'Minister Olga Brandt criticized the Northland Council on Tuesday over its plan for a new dam on the Sava river. '
    + 'The council voted last month to fund the project, which farmers downstream oppose. Brandt said the plan ignored '
    + "a study of the river's floods. A spokesman for the council said it would reply next week, after a meeting of its "
    + 'finance committee. Engineers have warned that the valley floor is soft and that the reservoir would cover two villages.',
};

export const ARTICLES = {
  first: { ...FIRST, url: 'https://harbor-gazette.example/sava-dam', source: 'Harbor Gazette', published: '2031-03-10T08:00:00Z' },
  // the same story run by another outlet: a syndicated copy, not a second source
  copy: { ...FIRST, url: 'https://valley-wire.example/news/4411', source: 'Valley Wire', published: '2031-03-10T11:00:00Z' },
  other: {
    title: 'Fishermen hear the radio debate',
    text: 'Fishermen in the port town gathered at dawn around a radio in the market hall. During the broadcast Olga Brandt '
      + 'criticized the Northland Council for ignoring their catch records. Several boats stayed in harbour all day while '
      + 'the crews argued about quotas, fuel prices and the new rules for nets.',
    url: 'https://coastal-times.example/2031/03/radio', source: 'Coastal Times', published: '2031-03-11T07:00:00Z',
  },
  late: {
    title: 'Valley road closed for repairs',
    text: 'Hikers found the valley road closed for repairs on Saturday, and the bus to the upper villages did not run. '
      + 'Later, in parliament, Olga Brandt criticized the Northland Council a second time, citing the delays.',
    url: 'https://mountain-post.example/road', source: 'Mountain Post', published: '2031-03-15T09:00:00Z',
  },
};

/** one JSON file per article, named so that a folder reads them in the order given */
export function writeArticles(dir: string, articles: Record<string, unknown>): void {
  for (const [i, [name, a]] of Object.entries(articles).entries()) writeFileSync(join(dir, `${FILE_ORDER[name] ?? i}-${name}.json`), JSON.stringify(a));
}

const FILE_ORDER: Record<string, number> = { first: 1, copy: 2, other: 3, late: 4 };

