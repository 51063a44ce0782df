// Bounds on full-text query complexity. An FTS5 prefix term (`a*`) expands to every indexed word it starts, so 160 of
// them in one 479-character query took 17 s and blocked the server; every search and saved watchlist query is measured
// here first and refused with a clear message when it is over a bound.
import { ArgusError } from '../core/errors.js';

export const QUERY_LIMITS = {
  /** words, in phrases or bare */
  terms: 32,
  /** prefix terms (word*) */
  prefixes: 4,
  /** letters before the '*' of a prefix term: a one-letter prefix matches a large part of the vocabulary */
  prefixLetters: 2,
  /** NEAR(...) groups */
  nearGroups: 3,
  /** phrases inside one NEAR group */
  nearPhrases: 6,
  /** the distance of a NEAR group (FTS5's default is 10) */
  nearDistance: 50,
} as const;

export interface QueryCost {
  terms: number;
  prefixes: number;
  /** the shortest prefix (letters of the last word before a '*'), Infinity without one */
  shortestPrefix: number;
  nearGroups: number;
  maxNearPhrases: number;
  maxNearDistance: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const BARE = /[\p{L}\p{N}_\u0080-\uffff]/u;

/** Counts the work an FTS5 query asks for. Lenient: it reads any text, valid FTS5 syntax or not. */
export function ftsQueryCost(q: string): QueryCost {
  const cost: QueryCost = { terms: 0, prefixes: 0, shortestPrefix: Infinity, nearGroups: 0, maxNearPhrases: 0, maxNearDistance: 0 };
  let near: { depth: number; phrases: number } | null = null;
  let depth = 0;
  let i = 0;
  const n = q.length;
  const phrase = (text: string): void => {
    const words = text.match(WORD)?.length ?? 0;
    cost.terms += words;
    if (near && words > 0) near.phrases++;
    let j = i;
    while (j < n && q[j] === ' ') j++;
    if (q[j] === '*' && words > 0) {
      cost.prefixes++;
      cost.shortestPrefix = Math.min(cost.shortestPrefix, [...(text.match(WORD)?.at(-1) ?? '')].length);
      i = j + 1;
    }
  };
  while (i < n) {
    const c = q[i] as string;
    if (c === '"') {
      let j = i + 1;
      let text = '';
      while (j < n) {
        if (q[j] === '"') {
          if (q[j + 1] === '"') {
            text += '"';
            j += 2;
            continue;
          }
          break;
        }
        text += q[j];
        j++;
      }
      i = j + 1;
      phrase(text);
      continue;
    }
    if (BARE.test(c)) {
      let j = i;
      while (j < n && BARE.test(q[j] as string)) j++;
      const word = q.slice(i, j);
      i = j;
      if (word === 'AND' || word === 'OR' || word === 'NOT') continue;
      let k = j;
      while (k < n && q[k] === ' ') k++;
      if (word === 'NEAR' && q[k] === '(') {
        cost.nearGroups++;
        near = { depth: depth + 1, phrases: 0 };
        depth++;
        i = k + 1;
        continue;
      }
      phrase(word);
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') {
      if (near && depth === near.depth) {
        cost.maxNearPhrases = Math.max(cost.maxNearPhrases, near.phrases);
        near = null;
      }
      depth = Math.max(0, depth - 1);
    } else if (c === ',' && near) {
      const m = /^,\s*(\d+)/.exec(q.slice(i));
      if (m) {
        cost.maxNearDistance = Math.max(cost.maxNearDistance, Number(m[1]));
        i += m[0].length;
        continue;
      }
    } else if (c === '*') {
      // a '*' not after a word: FTS5 rejects it, and the escaped form drops it
    }
    i++;
  }
  if (near) cost.maxNearPhrases = Math.max(cost.maxNearPhrases, near.phrases);
  return cost;
}

/** What makes the query too costly, in words for people; null when it is within every bound. */
export function complexityProblem(q: string): string | null {
  const c = ftsQueryCost(q);
  const L = QUERY_LIMITS;
  const over = (what: string, n: number, max: number): string => `the query has ${n} ${what}; at most ${max} are allowed — use fewer or longer words`;
  if (c.prefixes > L.prefixes) return over('prefix terms (word*)', c.prefixes, L.prefixes);
  if (c.shortestPrefix < L.prefixLetters) return `a prefix term needs at least ${L.prefixLetters} letters before the '*'`;
  if (c.terms > L.terms) return over('words', c.terms, L.terms);
  if (c.nearGroups > L.nearGroups) return over('NEAR groups', c.nearGroups, L.nearGroups);
  if (c.maxNearPhrases > L.nearPhrases) return over('phrases in one NEAR group', c.maxNearPhrases, L.nearPhrases);
  if (c.maxNearDistance > L.nearDistance) return `NEAR distance ${c.maxNearDistance} is over ${L.nearDistance}; use a smaller distance`;
  return null;
}

/** Throws QUERY_TOO_COMPLEX (an HTTP 400 in the API) when the query is over a bound; `input` names the field. */
export function checkQueryComplexity(q: string, input = 'q'): void {
  const problem = complexityProblem(q);
  if (problem) throw new ArgusError('QUERY_TOO_COMPLEX', input, problem);
}
