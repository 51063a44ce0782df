// Story clustering: a near-duplicate (SimHash) joins its copy's story; else articles sharing entities and keywords
// within a time window join the best-matching story; else the article starts a story of its own.
import type { SimHash, Store, StoryChoice } from '../store/types.js';
import { hamming } from './simhash.js';
import { jaccard } from './keywords.js';
import { minhashSimilarity } from './minhash.js';

export interface ClusterConfig {
  /** SimHash Hamming distance (of 64) at or below which two texts are copies */
  maxHamming: number;
  /** estimated Jaccard of word 3-shingles (MinHash) at or above which two texts are copies */
  minJaccard: number;
  /** days either side of the article's day that a story may span */
  windowDays: number;
  /** salient entities looked at */
  topEntities: number;
  /** shared entities needed to be a candidate */
  minShared: number;
  /** score (0.5 entity Jaccard + 0.5 keyword Jaccard) needed to join */
  threshold: number;
  /** keyword Jaccard at or above which an entity-sharing candidate counts as a light-edit copy */
  copyKeywords: number;
}

export const DEFAULT_CLUSTER: ClusterConfig = { maxHamming: 3, minJaccard: 0.5, windowDays: 3, topEntities: 8, minShared: 2, threshold: 0.3, copyKeywords: 0.75 };

export interface ClusterInput {
  simhash: SimHash;
  minhash: Uint32Array;
  lsh: number[];
  keywords: string[];
  /** global keys of the article's entities, most salient first */
  entityKeys: string[][];
  day: string;
}

export type StoryDecision = StoryChoice & { reason: 'near-duplicate' | 'similar' | 'new'; score: number };

function shiftDay(day: string, days: number): string {
  const t = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(t)) return day;
  return new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}

export async function chooseStory(store: Store, a: ClusterInput, cfg: ClusterConfig = DEFAULT_CLUSTER): Promise<StoryDecision> {
  let best: { rowid: number; storyId: number; sim: number } | null = null;
  for (const c of await store.articles.nearDuplicates(a.simhash, a.lsh)) {
    if (c.storyId === null) continue;
    const d = hamming(a.simhash, c.simhash);
    const j = c.minhash ? minhashSimilarity(a.minhash, c.minhash) : 0;
    if (d > cfg.maxHamming && j < cfg.minJaccard) continue;
    const sim = Math.max(1 - d / 64, j);
    if (!best || sim > best.sim) best = { rowid: c.rowid, storyId: c.storyId, sim };
  }
  if (best) return { kind: 'join', storyId: best.storyId, duplicateOf: best.rowid, reason: 'near-duplicate', score: best.sim };

  const resolved = await store.entities.resolve(a.entityKeys.slice(0, cfg.topEntities));
  const ids = [...new Set(resolved.filter((x): x is number => x !== null))];
  if (ids.length >= cfg.minShared) {
    const cands = await store.articles.clusterCandidates(ids, shiftDay(a.day, -cfg.windowDays), shiftDay(a.day, cfg.windowDays), 30, cfg.minShared);
    let top: { storyId: number; rowid: number; score: number; kw: number } | null = null;
    for (const c of cands) {
      if (c.storyId === null) continue;
      const shared = c.entityIds.filter((x) => ids.includes(x)).length;
      if (shared < cfg.minShared) continue;
      const kw = jaccard(a.keywords, c.keywords);
      const score = 0.5 * jaccard(ids, c.entityIds) + 0.5 * kw;
      if (!top || score > top.score) top = { storyId: c.storyId, rowid: c.rowid, score, kw };
    }
    if (top && top.score >= cfg.threshold) {
      const copy = top.kw >= cfg.copyKeywords;
      return { kind: 'join', storyId: top.storyId, duplicateOf: copy ? top.rowid : null, reason: copy ? 'near-duplicate' : 'similar', score: top.score };
    }
  }
  return { kind: 'new', reason: 'new', score: 0 };
}
