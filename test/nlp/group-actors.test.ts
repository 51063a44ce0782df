// Demonyms in events: one with a country acts for it; one that names no country (a continent, a faith, a people) is a
// group and never an event actor, so it never becomes a node of the actor graph. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/pipeline.js';
import { articleInput as input } from './fixtures/article.js';

// has: [source country, type, target country] (a demonym with a country carries its code)
const ROWS: Array<{ text: string; noActor: string[]; has?: [string, string, string] }> = [
  { text: 'European diplomats criticised Kenya over the disputed vote on Monday.', noActor: ['European'] },
  { text: 'Muslim leaders condemned Ethiopia for the raids near the border.', noActor: ['Muslim'] },
  { text: 'Kenyan officials criticised Ethiopia over the raids.', noActor: [], has: ['KE', 'ACCUSE', 'ET'] },
  // a region's demonym is a group, not the country of its last word ("Latin American" is not the United States)
  { text: 'Peru expelled the envoys of five Latin American countries on Friday.', noActor: ['American', 'Latin American'] },
  { text: 'Kenya criticised Southeast Asian governments over the fishing ban.', noActor: ['Asian', 'Southeast Asian'] },
  // ... while a country's compound demonym keeps its country
  { text: 'South Korean officials criticised Ethiopia over the raids.', noActor: [], has: ['KR', 'ACCUSE', 'ET'] },
];

for (const row of ROWS) {
  test(`group actors: ${row.text}`, () => {
    const a = analyze(input(row.text));
    const name = new Map(a.entities.map((e) => [e.id, e]));
    for (const ev of a.events) {
      for (const side of [ev.source, ev.target]) {
        const e = side === null ? undefined : name.get(side);
        assert.ok(!(e && e.type === 'NORP' && !e.kb?.iso3166), `group ${e?.name} is an actor of ${ev.type}`);
        assert.ok(!row.noActor.includes(e?.name ?? ''), `${e?.name} is an actor`);
      }
    }
    if (row.has) {
      const [s, t, y] = row.has;
      assert.ok(a.events.some((ev) => name.get(ev.source ?? '')?.kb?.iso3166 === s && ev.type === t && name.get(ev.target ?? '')?.kb?.iso3166 === y), `no ${s} ${t} ${y} in ${JSON.stringify(a.events.map((e) => [name.get(e.source ?? '')?.name, e.type, name.get(e.target ?? '')?.name]))}`);
    }
  });
}
