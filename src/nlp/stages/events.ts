// Stage: PLOVER event coding. Trigger lexicon -> type/mode/CAMEO; subject -> source; object or PP -> target.
import type { ArgusEvent, DateMention, PloverType, Quote } from '../../core/analysis.js';
import type { Doc, ResolvedEntity } from '../types.js';
import type { EntityIndex } from './entity-index.js';
import {
  CONTROL_TYPES, COOPERATIVE, HOSTILE, INTENT_WORDS, NEGATIONS, SYMMETRIC, TRIGGERS, type TriggerDef,
} from '../lexicon/plover.js';
import { P, afterDateline, entityIdAt, isActor, isQuoteTok, sentenceSubject, subjectBefore } from './attribution.js';

/** a compiled pattern item: a set of word forms, or a gap of up to GAP_MAX modifier tokens */
type Item = ReadonlySet<string> | 'gap';
interface Compiled {
  items: Item[];
  def: TriggerDef;
}

const GAP_MAX = 3;
/** how far (tokens) after the trigger a target may be */
const TARGET_WINDOW = 16;
/** how far (tokens) back a negation or intent word may be */
const MODIFIER_WINDOW = 3;

/** Regular inflections of a word; over-generation is harmless since only real words ever match. */
function inflect(w: string): string[] {
  const out = new Set([w, `${w}s`, `${w}es`, `${w}ed`, `${w}d`, `${w}ing`]);
  if (w.endsWith('e')) out.add(`${w.slice(0, -1)}ing`);
  if (w.endsWith('y')) {
    out.add(`${w.slice(0, -1)}ies`);
    out.add(`${w.slice(0, -1)}ied`);
  }
  const last = w[w.length - 1] as string;
  if (/[bcdfgklmnprstvz]/.test(last) && /[aeiou]/.test(w[w.length - 2] ?? '')) {
    out.add(`${w}${last}ed`);
    out.add(`${w}${last}ing`);
  }
  return [...out];
}

let compiled: Map<string, Compiled[]> | null = null;

/** Compiles TRIGGERS once per process: first word form -> patterns, longest first. */
function triggers(): Map<string, Compiled[]> {
  if (compiled) return compiled;
  const byFirst = new Map<string, Compiled[]>();
  for (const def of TRIGGERS) {
    const items: Item[] = def.pattern.split(' ').map((part) => {
      if (part === '_') return 'gap';
      const forms = new Set<string>();
      for (const alt of part.split('|')) {
        if (alt.endsWith('~')) for (const f of inflect(alt.slice(0, -1))) forms.add(f);
        else forms.add(alt);
      }
      return forms;
    });
    const first = items[0];
    if (!first || first === 'gap') continue;
    for (const f of first) {
      const list = byFirst.get(f) ?? [];
      list.push({ items, def });
      byFirst.set(f, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.items.length - a.items.length);
  compiled = byFirst;
  return compiled;
}

const GAP_POS = new Set([P.DET, P.ADJ, P.NUM, P.ADV, P.PRON, P.NOUN, P.PROPN, P.PART]);

/** End token (exclusive) of a match of `items` at token i, or -1. Gaps skip modifiers only ("imposed new sanctions"). */
function matchAt(doc: Doc, i: number, items: Item[]): number {
  let t = i;
  for (let k = 0; k < items.length; k++) {
    const it = items[k] as Item;
    if (it === 'gap') {
      const next = items[k + 1];
      if (!next || next === 'gap') return -1;
      let g = 0;
      while (g <= GAP_MAX && t < doc.n && !next.has(doc.lower[t] as string)) {
        if (!GAP_POS.has(doc.pos[t] as number)) return -1;
        t++;
        g++;
      }
      if (g > GAP_MAX) return -1;
      continue;
    }
    if (t >= doc.n || !it.has(doc.lower[t] as string)) return -1;
    t++;
  }
  return t;
}

const BE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'got', 'get', 'gets']);
const TARGET_PREPS = new Set(['with', 'to', 'against', 'on', 'upon', 'toward', 'towards', 'for', 'at', 'over', 'near', 'into', 'of']);
const CLAUSE_BREAK = new Set(['which', 'who', 'while', 'but', 'because', 'although', 'whereas', 'after', 'before', 'when', 'as', 'since', 'if', 'unless']);
const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);
/** types whose "from X" names the other party ("rejected the proposal from Kosovo") rather than a place */
const FROM_TARGET: ReadonlySet<PloverType> = new Set(['REJECT', 'AGREE', 'CONCEDE', 'SUPPORT', 'ACCUSE', 'REQUEST']);

/** first token of the mention covering token i */
function mentionStart(index: EntityIndex, i: number): number {
  const m = index.mentionAtToken?.[i];
  if (m) return m.tokenStart;
  let s = i;
  const e = index.entityAtToken[i];
  while (s > 0 && index.entityAtToken[s - 1] === e && i - s < 8) s--;
  return s;
}
function mentionEnd(index: EntityIndex, i: number): number {
  const m = index.mentionAtToken?.[i];
  if (m) return m.tokenEnd;
  let s = i;
  const e = index.entityAtToken[i];
  while (s + 1 < index.entityAtToken.length && index.entityAtToken[s + 1] === e && s - i < 8) s++;
  return s + 1;
}

/** Preposition governing the mention that starts at token s (skipping determiners and adjectives), or ''. */
function governingPrep(doc: Doc, s: number, lo: number): string {
  let k = s - 1;
  while (k >= lo && s - k <= 3 && ((doc.pos[k] as number) === P.DET || (doc.pos[k] as number) === P.ADJ || (doc.pos[k] as number) === P.NUM)) k--;
  if (k < lo) return '';
  return (doc.pos[k] as number) === P.ADP || doc.lower[k] === 'to' ? (doc.lower[k] as string) : '';
}

/** Entities coordinated with the mention at [s, e): "Japan, South Korea, Australia, and New Zealand". */
function coordinatedRight(doc: Doc, index: EntityIndex, e: number, hi: number, out: string[]): void {
  let t = e;
  for (let n = 0; n < 12 && t < hi; n++) {
    let k = t;
    while (k < hi && k - t < 5 && (doc.words[k] === ',' || doc.lower[k] === 'and' || doc.lower[k] === 'the' || doc.lower[k] === 'as' || doc.lower[k] === 'well' || doc.lower[k] === '&')) k++;
    if (k === t || k >= hi || !isActor(index, k)) return;
    const id = entityIdAt(index, k) as string;
    if (!out.includes(id)) out.push(id);
    t = mentionEnd(index, k);
  }
}
function coordinatedLeft(doc: Doc, index: EntityIndex, s: number, lo: number, out: string[]): void {
  let t = s;
  for (let n = 0; n < 12 && t > lo; n++) {
    let k = t - 1;
    while (k >= lo && t - k < 5 && (doc.words[k] === ',' || doc.lower[k] === 'and' || doc.lower[k] === 'the' || doc.lower[k] === '&')) k--;
    if (k === t - 1 || k < lo || !isActor(index, k)) return;
    const id = entityIdAt(index, k) as string;
    if (!out.includes(id)) out.unshift(id);
    t = mentionStart(index, k);
  }
}

/** A demonym entity stands for its country when the article names that country ("Chinese vessels" -> China). */
function countryOf(index: EntityIndex, k: number): string {
  const ent = index.entities[index.entityAtToken[k] as number] as ResolvedEntity;
  const iso = ent.kb.iso3166;
  if (ent.type === 'NORP' && iso) {
    const gpe = index.entities.find((e) => e.type === 'GPE' && e.kb.iso3166 === iso);
    if (gpe) return gpe.id;
  }
  return ent.id;
}

/** A mention used as a modifier ("a Philippine boat", "Chinese vessels") names an actor, not a place. */
function isModifier(doc: Doc, index: EntityIndex, me: number): boolean {
  if (me >= doc.n || (index.entityAtToken[me] as number) >= 0) return false;
  const p = doc.pos[me] as number;
  return p === P.NOUN || (p === P.PROPN && doc.lower[me] !== ',');
}

/** End (exclusive) of the clause holding the trigger, bounded. */
function clauseLimit(doc: Doc, from: number, sentEnd: number): number {
  const hi = Math.min(sentEnd, from + TARGET_WINDOW);
  for (let t = from; t < hi; t++) {
    const w = doc.lower[t] as string;
    if (w === ';' || w === '.' || w === ':' || isQuoteTok(doc, t)) return t;
    if (CLAUSE_BREAK.has(w) && t > from) return t;
    if (w === 'that' && (doc.pos[t] as number) === P.SCONJ) return t;
    if (w === ',' && t + 1 < hi) {
      const n = doc.pos[t + 1] as number;
      if (n === P.VERB || n === P.SCONJ || CLAUSE_BREAK.has(doc.lower[t + 1] as string)) return t;
    }
  }
  return hi;
}

interface Span {
  a: number;
  b: number;
  speaker: string | null;
}

export function codeEvents(doc: Doc, index: EntityIndex, quotes: Quote[], dates: DateMention[]): ArgusEvent[] {
  const lex = triggers();
  const out: ArgusEvent[] = [];
  const seen = new Set<string>();
  const quoteSpans: Span[] = quotes.map((q) => ({ a: q.start, b: q.end, speaker: q.speaker }));
  let qi = 0;
  /** triggers inside the complement of a governing trigger are skipped until this token */
  let governedUntil = -1;

  for (let i = 0; i < doc.n; i++) {
    const cands = lex.get(doc.lower[i] as string);
    if (!cands) continue;
    let end = -1;
    let def: TriggerDef | null = null;
    for (const c of cands) {
      end = matchAt(doc, i, c.items);
      if (end > 0) {
        def = c.def;
        break;
      }
    }
    if (!def || end < 0) continue;
    if (isActor(index, i)) continue; // "Deal" inside a name
    if (i < governedUntil) continue;
    const s = doc.sentOf[i] as number;
    const sa = afterDateline(doc, doc.sentStart[s] as number, i);
    const se = doc.sentEnd[s] as number;
    const limit = clauseLimit(doc, end, se);
    let type: PloverType = def.type;
    let mode: string | null = def.mode ?? null;
    let cameo = def.cameo;

    // a governing verb ("threatened to", "urged X to", "agreed to") swallows the triggers of its complement
    if (CONTROL_TYPES.has(type)) {
      for (let k = end; k < limit && k - end < 8; k++) {
        if (doc.lower[k] === 'to' || doc.lower[k] === 'that') {
          governedUntil = limit;
          break;
        }
      }
    }

    // negation and intent in the few tokens before the trigger
    let negated = false;
    let intent = false;
    for (let k = i - 1; k >= sa && i - k <= MODIFIER_WINDOW; k--) {
      const w = doc.lower[k] as string;
      if (NEGATIONS.has(w)) negated = true;
      if (INTENT_WORDS.has(w)) intent = true;
      if (isActor(index, k)) break;
    }
    if (negated && (type === 'AGREE' || type === 'CONCEDE')) {
      // "will not accept", "failed to reach agreement": a refusal (CAMEO 12)
      type = 'REJECT';
      mode = null;
      cameo = '120';
      negated = false;
    } else if (intent && COOPERATIVE.has(type)) {
      type = 'AGREE';
      mode = null;
      cameo = '030';
    } else if (intent && HOSTILE.has(type)) {
      type = 'THREATEN';
      mode = null;
      cameo = '130';
    }

    // passive: "was criticized by Beijing"
    let passive = false;
    for (let k = i - 1; k >= sa && i - k <= 3; k--) {
      if (BE.has(doc.lower[k] as string)) {
        passive = /ed$|en$|wn$|ck$|ght$/.test(doc.lower[i] as string);
        break;
      }
      if ((doc.pos[k] as number) !== P.ADV && (doc.pos[k] as number) !== P.PART) break;
    }

    const sources: string[] = [];
    const targets: string[] = [];
    let location: string | null = null;
    let byAgent = -1;
    const betweenParties: string[] = [];

    // targets and location after the trigger
    for (let k = end; k < limit; k++) {
      if (!isActor(index, k) && !((index.entityAtToken[k] as number) >= 0)) continue;
      const ms = mentionStart(index, k);
      const me = mentionEnd(index, k);
      const prep = governingPrep(doc, ms, end);
      const ent = index.entities[index.entityAtToken[k] as number] as { id: string; type: string };
      if (passive && prep === 'by' && isActor(index, k)) {
        byAgent = k;
      } else if (PLACE_TYPES.has(ent.type) && !isModifier(doc, index, me) && (prep === 'in' || prep === 'at' || (prep === 'from' && !FROM_TARGET.has(type)) || prep === 'inside' || prep === 'across')) {
        if (!location) location = ent.id;
      } else if (isActor(index, k) && targets.length === 0 && (prep === '' || TARGET_PREPS.has(prep) || prep === 'from' || prep === 'between')) {
        if (prep === 'near' && !location) location = ent.id;
        if (prep === 'near' && type !== 'MOBILIZE' && type !== 'ASSAULT') {
          k = me - 1;
          continue;
        }
        // "Chinese leader Xi Jinping", "his German counterpart Annalena Baerbock": the head of the phrase is the target
        let hk = k;
        let he = me;
        for (let t = me; t < limit && t - me < 4; t++) {
          const p = doc.pos[t] as number;
          if (isActor(index, t)) {
            hk = t;
            he = mentionEnd(index, t);
            break;
          }
          if (p !== P.NOUN && p !== P.PROPN && p !== P.ADJ) break;
        }
        if (prep === 'between') {
          // "talks between X and Y": both are parties
          betweenParties.push(countryOf(index, hk));
          coordinatedRight(doc, index, he, limit, betweenParties);
        } else {
          targets.push(he === me ? countryOf(index, hk) : entityIdAt(index, hk) as string);
          coordinatedRight(doc, index, he, limit, targets);
        }
        k = he - 1;
        continue;
      }
      k = me - 1;
    }

    // source: the subject of the trigger's clause
    let subj = subjectBefore(doc, index, i, sa, true);
    if (!subj?.id) {
      // "Israel and Lebanon renewed negotiations", "has agreed to set up": the subject of the verb before the trigger
      for (let k = i - 1; k >= sa && i - k <= 6; k--) {
        const p = doc.pos[k] as number;
        if (p === P.VERB || p === P.AUX) {
          const s2 = subjectBefore(doc, index, k, sa, true);
          if (s2?.id) subj = s2;
          if (s2) break;
        } else if (!(p === P.DET || p === P.ADJ || p === P.NUM || p === P.ADV || p === P.AUX || p === P.PART || p === P.PRON || doc.lower[k] === 'to')) break;
      }
    }
    if (passive) {
      if (byAgent >= 0) sources.push(entityIdAt(index, byAgent) as string);
      if (subj?.id) {
        targets.length = 0;
        targets.push(subj.id);
      }
    } else if (subj?.id) {
      sources.push(subj.id);
      if (isActor(index, subj.head)) coordinatedLeft(doc, index, mentionStart(index, subj.head), sa, sources);
    }
    if (sources.length === 0 && !passive) {
      // nominal trigger with a possessor: "China's military buildup", "Russia's support for ..."
      for (let k = i - 1; k >= sa && i - k <= 4; k--) {
        if ((doc.lower[k] === "'s" || doc.lower[k] === '’s') && k > 0 && isActor(index, k - 1)) {
          sources.push(entityIdAt(index, k - 1) as string);
          break;
        }
        if (!GAP_POS.has(doc.pos[k] as number)) break;
      }
    }
    if (sources.length === 0 && !passive && doc.words[i - 1] === ',' && /ing$/.test(doc.lower[i] as string)) {
      // ", calling on NATO members to ..." -> the subject of the main clause
      const ms = sentenceSubject(doc, index, sa, i);
      if (ms?.id) sources.push(ms.id);
    }

    // reported speech: the event is claimed by the quote's speaker
    const at = doc.starts[i] as number;
    while (qi < quoteSpans.length && (quoteSpans[qi] as Span).b <= at) qi++;
    const q = quoteSpans[qi];
    const reportedBy = q && q.a <= at ? q.speaker : null;
    // "we" inside a quote is its speaker
    if (sources.length === 0 && reportedBy && subj && (doc.lower[subj.head] === 'we' || doc.lower[subj.head] === 'i')) sources.push(reportedBy);
    if (sources.length === 0 && betweenParties.length > 1) sources.push(...betweenParties);
    if (sources.length === 0) continue;

    let date: string | null = null;
    const sentFrom = doc.starts[sa] as number;
    const sentTo = doc.ends[se - 1] as number;
    for (const d of dates) {
      if (d.start >= sentFrom && d.end <= sentTo) {
        date = d.value;
        break;
      }
    }

    const trigger = doc.text.slice(doc.starts[i] as number, doc.ends[end - 1] as number);
    const pairs: Array<[string, string | null]> = [];
    if (targets.length === 0 && sources.length > 1 && (SYMMETRIC.has(type) || cameo === '057')) {
      for (const x of sources) for (const y of sources) if (x !== y) pairs.push([x, y]);
    } else {
      for (const x of sources) {
        if (targets.length === 0) pairs.push([x, null]);
        for (const y of targets) pairs.push([x, y === x ? null : y]);
      }
    }
    for (const [source, target] of pairs) {
      const key = `${source}|${type}|${target ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const ev: ArgusEvent = {
        type, mode, cameo, source, target, location, date, trigger,
        start: doc.starts[i] as number, end: doc.ends[end - 1] as number,
      };
      if (negated) ev.negated = true;
      if (reportedBy && reportedBy !== source) ev.reported_by = reportedBy;
      out.push(ev);
    }
  }
  return out;
}
