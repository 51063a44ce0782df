// Mention-level scoring: a predicted mention counts only with the exact token span and type.
import { NER_TYPES, spansOf } from './tags.js';

export interface Counts { tp: number; fp: number; fn: number }
export interface Prf extends Counts { p: number; r: number; f1: number }

export const prf = (c: Counts): Prf => {
  const p = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
  return { ...c, p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
};

export interface ScoreReport {
  perType: Record<string, Prf>;
  /** all types the gold annotates */
  overall: Prf;
  /** PERSON/ORG/LOC only, in both gold and prediction: exact span + type */
  collapsed: Prf;
  /** PERSON/ORG/LOC spans, type ignored */
  collapsedUntyped: Prf;
}

const CORE = new Set([0, 1, 2]); // PERSON, ORG, LOC

/**
 * Scores predicted against gold labels per sentence. `goldTypes` lists the type indices the gold
 * corpus annotates; predictions of other types are ignored (they cannot be right or wrong there).
 */
export function scoreSentences(
  gold: ReadonlyArray<ArrayLike<number>>,
  pred: ReadonlyArray<ArrayLike<number>>,
  goldTypes: ReadonlySet<number>,
): ScoreReport {
  const per = NER_TYPES.map(() => ({ tp: 0, fp: 0, fn: 0 }));
  const core = { tp: 0, fp: 0, fn: 0 };
  const untyped = { tp: 0, fp: 0, fn: 0 };
  for (let s = 0; s < gold.length; s++) {
    const g = spansOf(gold[s] as ArrayLike<number>);
    const p = spansOf(pred[s] as ArrayLike<number>);
    const key = (x: { start: number; end: number }): string => `${x.start}:${x.end}`;
    const gTyped = new Set(g.map((x) => `${key(x)}:${x.type}`));
    const pTyped = new Set(p.map((x) => `${key(x)}:${x.type}`));
    for (const x of p) {
      if (!goldTypes.has(x.type)) continue;
      const c = per[x.type] as Counts;
      if (gTyped.has(`${key(x)}:${x.type}`)) c.tp++; else c.fp++;
    }
    for (const x of g) {
      if (!pTyped.has(`${key(x)}:${x.type}`)) (per[x.type] as Counts).fn++;
    }
    const gCore = g.filter((x) => CORE.has(x.type));
    const pCore = p.filter((x) => CORE.has(x.type));
    const gCoreTyped = new Set(gCore.map((x) => `${key(x)}:${x.type}`));
    const gCoreSpan = new Set(gCore.map(key));
    const pCoreSpan = new Set(pCore.map(key));
    for (const x of pCore) {
      if (gCoreTyped.has(`${key(x)}:${x.type}`)) core.tp++; else core.fp++;
      if (gCoreSpan.has(key(x))) untyped.tp++; else untyped.fp++;
    }
    core.fn += gCore.length - gCore.filter((x) => pTyped.has(`${key(x)}:${x.type}`)).length;
    untyped.fn += gCore.filter((x) => !pCoreSpan.has(key(x))).length;
  }
  const perType: Record<string, Prf> = {};
  const all = { tp: 0, fp: 0, fn: 0 };
  NER_TYPES.forEach((t, i) => {
    if (!goldTypes.has(i)) return;
    const c = per[i] as Counts;
    perType[t] = prf(c);
    all.tp += c.tp; all.fp += c.fp; all.fn += c.fn;
  });
  return { perType, overall: prf(all), collapsed: prf(core), collapsedUntyped: prf(untyped) };
}

/** Fixed-width table of a report. */
export function formatReport(title: string, r: ScoreReport): string {
  const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);
  const row = (name: string, x: Prf): string =>
    `${name.padEnd(22)}${pct(x.p)}${pct(x.r)}${pct(x.f1)}${String(x.tp + x.fn).padStart(7)}${String(x.tp + x.fp).padStart(7)}`;
  const lines = [title, `${'type'.padEnd(22)}${'P'.padStart(6)}${'R'.padStart(6)}${'F1'.padStart(6)}${'gold'.padStart(7)}${'pred'.padStart(7)}`];
  for (const [t, x] of Object.entries(r.perType)) lines.push(row(t, x));
  lines.push(row('overall', r.overall));
  lines.push(row('PER/ORG/LOC typed', r.collapsed));
  lines.push(row('PER/ORG/LOC untyped', r.collapsedUntyped));
  return lines.join('\n');
}
