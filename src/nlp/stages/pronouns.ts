// Stage 3b: he/she pronouns become mentions of the person they refer to, resolved the way quotes and events
// resolve them (attribution.resolvePronoun: the reporter, the nearest person in the sentence, else the subject
// of the nearest earlier sentence). Pronoun mentions are kept out of aliases.
import type { Doc, EntityMention } from '../types.js';
import type { EntityIndex } from './entity-index.js';
import { resolvePronoun } from './attribution.js';
import { PERSON_PRONOUNS } from '../entities/lexicon.js';


export function linkPronouns(doc: Doc, index: EntityIndex): void {
  const byId = new Map(index.entities.map((e, k) => [e.id, k]));
  const at = index.entityAtToken as Int32Array;
  const mentionAt = index.mentionAtToken as Array<EntityMention | undefined> | undefined;
  for (let i = 0; i < doc.n; i++) {
    if (!PERSON_PRONOUNS.has(doc.lower[i] as string) || (at[i] as number) >= 0) continue;
    const id = resolvePronoun(doc, index, i);
    const k = id ? byId.get(id) : undefined;
    if (k === undefined) continue;
    const m: EntityMention = {
      start: doc.starts[i] as number,
      end: doc.ends[i] as number,
      tokenStart: i,
      tokenEnd: i + 1,
      text: doc.words[i] as string,
      type: 'PERSON',
      kind: 'pronoun',
      score: undefined, // the field set of the recognizer's mentions: one hidden class
    };
    const e = index.entities[k];
    if (!e) continue;
    e.mentions.push(m);
    at[i] = k;
    if (mentionAt) mentionAt[i] = m;
  }
  for (const e of index.entities) e.mentions.sort((a, b) => a.start - b.start);
}
