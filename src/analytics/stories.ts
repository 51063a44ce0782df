// Story clustering: a near-duplicate (SimHash or MinHash) joins its copy's story; else articles sharing entities and keywords
// within a time window join the best-matching story; else the article starts a story of its own.
import type { ClusterCandidate, SimHash, Store, StoryChoice } from '../store/types.js';
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
  /** most articles per day looked at */
  perDay: number;
}

export const DEFAULT_CLUSTER: ClusterConfig = {
  maxHamming: 3, minJaccard: 0.5, windowDays: 3, topEntities: 8, minShared: 2, threshold: 0.35, copyKeywords: 0.75, perDay: 2000,
};

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

export function shiftDay(day: string, days: number): string {
  const t = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(t)) return day;
  return new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}

const MAX_CACHED_DAYS = 64;

/**
 * Chooses an article's story. Keeps the window's articles (entity ids, keywords) in memory per day, loaded once and
 * extended as articles are saved, so a batch compares in JS instead of querying per article.
 */
export class StoryClusterer {
  private readonly days = new Map<string, ClusterCandidate[]>();

  constructor(private readonly store: Store, private readonly cfg: ClusterConfig = DEFAULT_CLUSTER) {}

  private async day(day: string): Promise<ClusterCandidate[]> {
    let list = this.days.get(day);
    if (!list) {
      list = await this.store.articles.articlesOnDay(day, this.cfg.perDay);
      if (this.days.size >= MAX_CACHED_DAYS) this.days.delete(this.days.keys().next().value as string);
      this.days.set(day, list);
    }
    return list;
  }

  /** records a saved article so later articles of the batch can join it */
  remember(day: string, c: ClusterCandidate): void {
    const list = this.days.get(day);
    if (list && list.length < this.cfg.perDay) list.push(c);
  }

  async choose(a: ClusterInput): Promise<StoryDecision & { entityIds: number[] }> {
    const cfg = this.cfg;
    let best: { rowid: number; storyId: number; sim: number } | null = null;
    for (const c of await this.store.articles.nearDuplicates(a.simhash, a.lsh)) {
      if (c.storyId === null) continue;
      const d = hamming(a.simhash, c.simhash);
      const j = c.minhash ? minhashSimilarity(a.minhash, c.minhash) : 0;
      if (d > cfg.maxHamming && j < cfg.minJaccard) continue;
      const sim = Math.max(1 - d / 64, j);
      if (!best || sim > best.sim) best = { rowid: c.rowid, storyId: c.storyId, sim };
    }
    if (best) return { kind: 'join', storyId: best.storyId, duplicateOf: best.rowid, reason: 'near-duplicate', score: best.sim, entityIds: [] };

    const resolved = await this.store.entities.resolve(a.entityKeys.slice(0, cfg.topEntities));
    const ids = [...new Set(resolved.filter((x): x is number => x !== null))];
    if (ids.length >= cfg.minShared) {
      const mine = new Set(ids);
      const window: ClusterCandidate[] = [];
      for (let k = -cfg.windowDays; k <= cfg.windowDays; k++) window.push(...(await this.day(shiftDay(a.day, k))));
      // entities in most of the window's articles (the outlet's own spokesperson, "United States") say little about
      // the event: weight each entity by its inverse frequency in the window
      const df = new Map<number, number>();
      for (const c of window) for (const x of new Set(c.entityIds)) df.set(x, (df.get(x) ?? 0) + 1);
      const weight = (x: number): number => Math.log(1 + (window.length + 1) / ((df.get(x) ?? 0) + 1));
      let mineWeight = 0;
      for (const x of mine) mineWeight += weight(x);
      let top: { storyId: number; rowid: number; score: number; kw: number } | null = null;
      for (const c of window) {
        {
          if (c.storyId === null) continue;
          let shared = 0;
          let sharedWeight = 0;
          let otherWeight = 0;
          for (const x of new Set(c.entityIds)) {
            const w = weight(x);
            if (mine.has(x)) {
              shared++;
              sharedWeight += w;
            } else otherWeight += w;
          }
          if (shared < cfg.minShared) continue;
          const ent = sharedWeight / (mineWeight + otherWeight);
          const kw = jaccard(a.keywords, c.keywords);
          const score = 0.5 * ent + 0.5 * kw;
          if (!top || score > top.score) top = { storyId: c.storyId, rowid: c.rowid, score, kw };
        }
      }
      if (top && top.score >= cfg.threshold) {
        const copy = top.kw >= cfg.copyKeywords;
        return { kind: 'join', storyId: top.storyId, duplicateOf: copy ? top.rowid : null, reason: copy ? 'near-duplicate' : 'similar', score: top.score, entityIds: ids };
      }
    }
    return { kind: 'new', reason: 'new', score: 0, entityIds: ids };
  }
}
