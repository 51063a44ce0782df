// The default entity recognizer: the trained tagger and the gazetteer/pattern rules, fused.
// Both propose spans with a trust score; overlapping spans go to the more trusted one. The tagger's types are
// refined through the gazetteer (the training corpora do not separate GPE from LOC, nor FAC).
import type { EntityType } from '../../core/analysis.js';
import type { KB } from '../../kb/types.js';
import type { Doc, EntityMention, EntityRecognizer } from '../types.js';
import { createTaggerRecognizer } from '../ner/index.js';
import { createRuleRecognizer } from './rules.js';
import { HONORIFICS, LOC_HEADS, NOT_ENTITY_ACRONYMS, ORG_HEADS } from './lexicon.js';

export const TAGGER_SCORE = 2;
/** below the rules' person patterns (1–1.5), above unknown capitalized words (0.5) */
export const WEAK_TAGGER_SCORE = 0.9;

export function createRecognizer(kb: KB, opts: { tagger?: EntityRecognizer | null } = {}): EntityRecognizer {
  const rules = createRuleRecognizer({ kb });
  const tagger = opts.tagger === undefined ? createTaggerRecognizer() : opts.tagger;
  if (!tagger) return rules;
  return {
    name: 'tagger+rules',
    recognize(doc: Doc): EntityMention[] {
      const fromRules = rules.recognize(doc);
      const fromTagger: EntityMention[] = [];
      for (const m of tagger.recognize(doc)) {
        const t = refine(doc, kb, m);
        if (t) fromTagger.push(t);
      }
      return fuse(fromRules, fromTagger, doc.n);
    },
  };
}

/** Strips titles from person spans and types the tagger's LOC/ORG/OTHER spans through the gazetteer. */
function refine(doc: Doc, kb: KB, m: EntityMention): EntityMention | null {
  let a = m.tokenStart;
  const b = m.tokenEnd;
  if (m.type === 'PERSON') {
    // "US President Joe Biden": titles and the country or organization in them are not the name
    while (a < b - 1 && (HONORIFICS.has(doc.words[a] as string) || kb.phrases.has(doc.words[a] as string))) a++;
  }
  while (a < b && (doc.lower[a] === 'the' || doc.words[a] === '"' || doc.words[a] === '“')) a++;
  if (a >= b) return null;
  const start = doc.starts[a] as number;
  const end = doc.ends[b - 1] as number;
  const text = doc.text.slice(start, end);
  let type: EntityType = m.type;
  let kind = m.kind;
  const g = kb.phrases.get(text);
  if (g) {
    type = g.type;
    kind = g.kind;
  } else if (type === 'LOC' || type === 'ORG' || type === 'OTHER') {
    const last = doc.words[b - 1] as string;
    const head = LOC_HEADS.get(last);
    if (type !== 'ORG' && head === 'FAC') type = 'FAC';
    else if (type === 'LOC' && !head && (kb.countryByName(text) || kb.admin1(text).length || kb.cities(text).length)) type = 'GPE';
    else if (type === 'OTHER' && ORG_HEADS.has(last)) type = 'ORG';
    if (type === 'ORG' && kb.countryByName(text)) type = 'GPE';
  }
  if (type === 'OTHER' || NOT_ENTITY_ACRONYMS.has(text)) return null;
  // a place the gazetteer cannot locate and that has no place head is weak evidence ("Liisa Kask" as LOC)
  const unplaced = type === 'LOC' && !g && !LOC_HEADS.has(doc.words[b - 1] as string);
  return { start, end, tokenStart: a, tokenEnd: b, text, type, kind, score: unplaced ? WEAK_TAGGER_SCORE : TAGGER_SCORE };
}

/**
 * Greedy by trust, then length: each token belongs to at most one mention. A rule span that contains a more
 * trusted tagger span of the same type takes its trust ("Ursula von der Leyen" over the tagger's "Ursula").
 */
export function fuse(fromRules: EntityMention[], fromTagger: EntityMention[], n: number): EntityMention[] {
  const tagged = [...fromTagger].sort((x, y) => x.start - y.start);
  const rules = [...fromRules].sort((x, y) => x.start - y.start);
  // both sorted by start: a pointer that only moves forward keeps this linear
  let p = 0;
  for (const outer of rules) {
    while (p < tagged.length && (tagged[p] as EntityMention).start < outer.start) p++;
    for (let j = p; j < tagged.length; j++) {
      const inner = tagged[j] as EntityMention;
      if (inner.start >= outer.end) break;
      if (inner.end <= outer.end && inner.type === outer.type && (inner.score ?? 0) > (outer.score ?? 0)) outer.score = inner.score;
    }
  }
  const order = [...rules, ...tagged].sort(
    (x, y) => (y.score ?? 0) - (x.score ?? 0) || y.tokenEnd - y.tokenStart - (x.tokenEnd - x.tokenStart) || x.start - y.start,
  );
  const owner = new Uint8Array(n);
  const out: EntityMention[] = [];
  for (const m of order) {
    let free = true;
    for (let k = m.tokenStart; k < m.tokenEnd; k++) if (owner[k]) free = false;
    if (!free) continue;
    for (let k = m.tokenStart; k < m.tokenEnd; k++) owner[k] = 1;
    out.push(m);
  }
  return out.sort((x, y) => x.start - y.start);
}
