// The default entity recognizer: the trained tagger and the gazetteer/pattern rules, fused.
// Both propose spans with a trust score; overlapping spans go to the more trusted one. The tagger's types are
// refined through the gazetteer (the training corpora do not separate GPE from LOC, nor FAC).
import type { EntityType } from '../../core/analysis.js';
import type { KB } from '../../kb/types.js';
import type { Doc, EntityMention, EntityRecognizer } from '../types.js';
import { createTaggerRecognizer } from '../ner/index.js';
import { createRuleRecognizer } from './rules.js';
import { HONORIFICS, LOC_HEADS, ORG_HEADS } from './lexicon.js';

export const TAGGER_SCORE = 2;

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
      return fuse([...fromRules, ...fromTagger], doc.n);
    },
  };
}

/** Strips titles from person spans and types the tagger's LOC/ORG/OTHER spans through the gazetteer. */
function refine(doc: Doc, kb: KB, m: EntityMention): EntityMention | null {
  let a = m.tokenStart;
  const b = m.tokenEnd;
  if (m.type === 'PERSON') {
    while (a < b - 1 && HONORIFICS.has(doc.words[a] as string)) a++;
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
  if (type === 'OTHER') return null;
  return { start, end, tokenStart: a, tokenEnd: b, text, type, kind, score: TAGGER_SCORE };
}

/**
 * Greedy by trust, then length: each token belongs to at most one mention. A longer span of the same type that
 * contains a more trusted one takes its trust ("Ursula von der Leyen" over the tagger's "Ursula").
 */
export function fuse(candidates: EntityMention[], n: number): EntityMention[] {
  const byStart = [...candidates].sort((x, y) => x.start - y.start);
  for (let i = 0; i < byStart.length; i++) {
    const outer = byStart[i] as EntityMention;
    for (let j = i + 1; j < byStart.length && (byStart[j] as EntityMention).start < outer.end; j++) {
      const inner = byStart[j] as EntityMention;
      if (inner.type === outer.type && inner.end <= outer.end && (inner.score ?? 0) > (outer.score ?? 0)) outer.score = inner.score;
    }
    // spans starting at the same offset but sorted after: look back one step for equal starts
    for (let j = i - 1; j >= 0 && (byStart[j] as EntityMention).start === outer.start; j--) {
      const inner = byStart[j] as EntityMention;
      if (inner.type === outer.type && inner.end <= outer.end && (inner.score ?? 0) > (outer.score ?? 0)) outer.score = inner.score;
    }
  }
  const order = byStart.sort(
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
