// The ingest use case: files, folders, manifests, article URLs and feeds -> read -> dedup -> analyze -> cluster -> store.
// Articles are stored in groups of up to GROUP_ARTICLES (or GROUP_MS) per commit where the store can (SQLite), else one
// transaction per article; an input whose exact content is already stored is skipped before analysis.
import { readdir, stat } from 'node:fs/promises';
import { deflateRawSync } from 'node:zlib';
import { basename, dirname, extname, join } from 'node:path';
import { ArgusError, isArgusError } from '../core/errors.js';
import type { ArticleInput, InputWarning } from '../core/input.js';
import type { Analysis } from '../core/analysis.js';
import { articleId, sha256 } from '../core/ids.js';
import { DEFAULT_MAX_BYTES, readBuffer, readFile, readFileCapped, type ReadOptions, type ReadOutcome } from '../ingest/readers.js';
import { hostOf, httpUrlOrNull } from '../core/urls.js';
import { parseHtml } from '../ingest/html.js';
import { detectFeed, parseFeed, type FeedItem, type ParsedFeed } from '../ingest/feeds.js';
import { Fetcher, type FetchOptions } from '../ingest/fetch.js';
import { AnalyzerPool, defaultBudgetMs, sharedAnalyzer, type BudgetedResult } from './analysis-budget.js';
import type { EntityRecord, SaveStatus, Store } from '../store/types.js';
import { simhash } from '../analytics/simhash.js';
import { keywords } from '../analytics/keywords.js';
import { lshKeys, minhash } from '../analytics/minhash.js';
import { shingleHashes } from '../analytics/shingles.js';
import { entityKeys } from '../analytics/entity-keys.js';
import { StoryClusterer } from '../analytics/stories.js';
import { Progress } from './progress.js';
import { catchUpWatchlists, evaluateWatchlists } from './watchlists.js';
import { saveArticle, type CorrectedSave } from './correct.js';

export const INGEST_EXTENSIONS = new Set(['.txt', '.html', '.htm', '.json', '.jsonl']);
const FEED_EXTENSIONS = new Set(['.xml', '.rss', '.atom']);
/** feed items whose own content is at least this long (as text) are stored without fetching the page */
const FULL_CONTENT_CHARS = 600;

export interface IngestOptions {
  /** defaults for inputs that do not carry them */
  defaults?: ReadOptions;
  fetch?: Partial<FetchOptions>;
  fetcher?: Fetcher;
  /** show a progress bar (only drawn when stderr is a terminal) */
  progress?: boolean;
  /** fetch the linked page of feed items that carry only a summary (default true) */
  fetchItems?: boolean;
  /** the analyzer (default: the NLP pipeline in a worker thread, under a time budget); benchmarks and tests may swap in another */
  analyzer?: (input: ArticleInput, opts: { id: string }) => Analysis;
  /**
   * analysis workers (threads, each with its own models): articles are analyzed in parallel and stored one at a time,
   * in the order they came, by the calling thread (default 1)
   */
  workers?: number;
  /** time budget of one article's analysis in ms (default: defaultBudgetMs); over it the article fails with ANALYSIS_TIMEOUT */
  analysisBudgetMs?: (input: ArticleInput) => number;
  /** called after every input with its outcome */
  onItem?: (ref: string, status: SaveStatus | 'failed') => void;
  /**
   * hands each clean article to this instead of analyzing and storing it (`ingest --queue` enqueues it for the workers);
   * read and fetch failures are still logged and counted as usual
   */
  sink?: (ref: string, input: ArticleInput, raw: Buffer | null) => Promise<void>;
  /** called after an article is stored as new or updated (default: raise watchlist alerts); false turns it off */
  afterSave?: ((store: Store, rowid: number) => Promise<unknown>) | false;
}

export interface IngestFailure {
  ref: string;
  code: string;
  message: string;
}

export interface IngestSummary {
  batchId: number;
  new: number;
  updated: number;
  duplicate: number;
  failed: number;
  failures: IngestFailure[];
  /** named warnings: inputs that were cut down before analysis (HTML_TOO_DEEP, LONG_TOKEN_SPLIT), corrections a new version orphaned (CORRECTION_ORPHANED) */
  warnings: IngestFailure[];
  seconds: number;
}

export interface ManifestRecord {
  file: string;
  title?: string;
  published?: string;
  url?: string;
  source?: string;
  byline?: string;
}

type Unit = { kind: 'file'; path: string; meta?: ManifestRecord } | { kind: 'url'; url: string } | { kind: 'feedfile'; path: string };

export function contentHash(input: ArticleInput): string {
  return sha256(`${input.title}\n${input.text}`);
}

export function toEntityRecords(analysis: Analysis): EntityRecord[] {
  return analysis.entities.map((e) => ({
    localId: e.id, keys: entityKeys(e), name: e.name, type: e.type, kb: e.kb ?? {}, aliases: e.aliases ?? [], titles: e.titles ?? [],
    salience: e.salience ?? 0, mentions: e.mentions,
  }));
}

/** An article's id and content hash; its URL is kept to http(s) first (feed links and og:url of fetched pages). */
export function articleKeys(input: ArticleInput): { id: string; hash: string } {
  input.url = httpUrlOrNull(input.url);
  return { id: articleId(input.url, input.text), hash: contentHash(input) };
}

/**
 * Analyzes one article: with `analyzer` in this thread (what it throws is ANALYSIS_FAILED), else with `inWorker` (a
 * worker thread under a time budget: ANALYSIS_TIMEOUT fails the article), whose warnings join the input's. Returns
 * the analysis and the input's warnings after a worker's analysis (none with `analyzer`). Shared by IngestService and
 * the queue's IngestWorker.
 */
export async function analyzeArticle(
  input: ArticleInput, id: string, ref: string,
  analyzer: IngestOptions['analyzer'], inWorker: () => Promise<BudgetedResult>,
): Promise<{ analysis: Analysis; warnings: InputWarning[] }> {
  if (analyzer) {
    try {
      return { analysis: analyzer(input, { id }), warnings: [] };
    } catch (e) {
      throw new ArgusError('ANALYSIS_FAILED', ref, `analysis failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const r = await inWorker();
  const warnings = [...(input.warnings ?? []), ...r.warnings];
  if (warnings.length > 0) input.warnings = warnings;
  return { analysis: r.analysis, warnings };
}

/**
 * Clusters an analyzed article into a story and saves it (corrections in force applied) in one transaction; the
 * clusterer remembers a stored article. Shared by IngestService and the queue's IngestWorker.
 */
export async function clusterAndSave(store: Store, clusterer: StoryClusterer, a: {
  batchId: number | null; ref: string; id: string; hash: string; input: ArticleInput; raw: Buffer | null; analysis: Analysis;
}): Promise<CorrectedSave> {
  const { input, analysis } = a;
  const entities = toEntityRecords(analysis);
  const bySalience = [...entities].sort((x, y) => y.salience - x.salience);
  const shingles = shingleHashes(input.text);
  const sh = simhash(shingles);
  const mh = minhash(shingles);
  const lsh = lshKeys(mh);
  const kw = keywords(input.title, input.text);
  const day = (input.published ?? '').slice(0, 10) || new Date().toISOString().slice(0, 10);
  const story = await clusterer.choose({ simhash: sh, minhash: mh, lsh, keywords: kw, entityKeys: bySalience.map((e) => e.keys), day });
  const { title, subtitle, text, published, url, source, byline, language, ...rest } = input;
  const res = await saveArticle(store, {
    batchId: a.batchId,
    article: {
      id: a.id, contentHash: a.hash, url, source, title, subtitle, published, language, byline, text, inputMeta: rest,
      raw: a.raw ? deflateRawSync(a.raw) : null, ref: a.ref, simhash: sh, minhash: mh, lsh, keywords: kw,
    },
    analysis, entities, story,
  });
  if (res.status !== 'duplicate') {
    clusterer.remember(day, { rowid: res.rowid, storyId: res.storyId, entityIds: res.entityIds, keywords: kw });
  }
  return res;
}

/**
 * Articles under way per analysis thread with several threads. The articles are stored in the order they came, so a long
 * one holds back those analyzed after it; with 4 a thread, the other thread's finished articles filled the window behind
 * it, and the threads waited for work 10–15 % of the time (their event-loop idle time over 1,000 releases; 5–8 % with
 * 16). An article under way holds its text and its analysis: 16 a thread is a few megabytes.
 */
const ARTICLES_PER_WORKER = 16;

/**
 * Group commit (stores with `writeGroups`: SQLite): the saves of up to GROUP_ARTICLES articles, or of GROUP_MS, share
 * one transaction. One commit per article wrote every page it changed (full-text index, entities, events) to the WAL
 * each time: on 3,000 demo releases, saving took 3.2-3.7 ms of CPU and 5.5-6.4 ms of the storing thread per article,
 * against 2.3 ms and 3.9-4.0 ms in groups of 64. A process killed before a group's commit stores none of that group
 * (the next ingest of the same inputs stores them, once); watchlists are evaluated, and webhooks sent, only after the
 * commit. Another process that writes (an analyst's correction) waits at most about GROUP_MS for the lock.
 */
const GROUP_ARTICLES = 64;
const GROUP_MS = 250;

export class IngestService {
  private readonly fetcher: Fetcher;
  private batchId = 0;
  private summary: IngestSummary = { batchId: 0, new: 0, updated: 0, duplicate: 0, failed: 0, failures: [], warnings: [], seconds: 0 };
  private progress: Progress | null = null;
  private started = 0;
  private readonly clusterer: StoryClusterer;
  /** articles under way (read, being analyzed or waiting to be stored); at most ARTICLES_PER_WORKER per worker */
  private readonly inflight = new Set<Promise<void>>();
  /** the last article under way: the next one is stored after it */
  private tail: Promise<void> = Promise.resolve();
  private pool: AnalyzerPool | null = null;
  /** a failure of the store while recording another failure: it ends the batch */
  private fatal: unknown = undefined;
  /** the open write group: articles saved in it, those owed a watchlist check after its commit, and its flush timer */
  private group: { saved: number; owed: Array<{ ref: string; rowid: number }>; timer: NodeJS.Timeout } | null = null;
  /** flushes raising a committed group's alerts */
  private raising = 0;

  constructor(private readonly store: Store, private readonly opts: IngestOptions = {}) {
    this.fetcher = opts.fetcher ?? new Fetcher(opts.fetch);
    this.clusterer = new StoryClusterer(store);
  }

  /** the failures of the current batch so far */
  get failures(): readonly IngestFailure[] {
    return this.summary.failures;
  }

  async begin(args: string[]): Promise<void> {
    // alerts a killed process owed for articles it had already committed
    if (this.opts.afterSave === undefined) await catchUpWatchlists(this.store);
    this.batchId = await this.store.log.startBatch(args);
    this.summary = { batchId: this.batchId, new: 0, updated: 0, duplicate: 0, failed: 0, failures: [], warnings: [], seconds: 0 };
    this.started = Date.now();
  }

  async end(): Promise<IngestSummary> {
    try {
      await this.drain();
    } finally {
      await this.closeGroup();
    }
    await this.pool?.close();
    this.pool = null;
    this.progress?.finish();
    this.progress = null;
    this.summary.seconds = (Date.now() - this.started) / 1000;
    const { new: n, updated, duplicate, failed } = this.summary;
    await this.store.log.finishBatch(this.batchId, { new: n, updated, duplicate, failed });
    return this.summary;
  }

  /** Ingests every target (path, folder, URL, feed) as one batch and returns the summary. */
  async run(targets: string[]): Promise<IngestSummary> {
    await this.begin(targets);
    const units: Unit[] = [];
    for (const t of targets) units.push(...(await this.expand(t)));
    if (this.opts.progress) this.progress = new Progress(units.length);
    for (const u of units) {
      await this.unit(u);
      this.progress?.tick();
    }
    return this.end();
  }

  private async expand(target: string): Promise<Unit[]> {
    if (/^https?:\/\//i.test(target)) return [{ kind: 'url', url: target }];
    let s;
    try {
      s = await stat(target);
    } catch {
      await this.fail(target, new ArgusError('NOT_FOUND', target, 'no such file, folder or URL'));
      return [];
    }
    if (!s.isDirectory()) {
      const ext = extname(target).toLowerCase();
      if (FEED_EXTENSIONS.has(ext)) return [{ kind: 'feedfile', path: target }];
      if (ext === '.jsonl') {
        const manifest = await readManifest(target);
        if (manifest) return manifest.map((m) => ({ kind: 'file', path: join(dirname(target), m.file), meta: m }));
      }
      return [{ kind: 'file', path: target }];
    }
    const out: Unit[] = [];
    const listed = new Set<string>();
    const walk = async (dir: string): Promise<void> => {
      const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
      for (const e of entries) {
        if (e.name.startsWith('.')) continue;
        const p = join(dir, e.name);
        if (e.isFile() && e.name.endsWith('.jsonl')) {
          const manifest = await readManifest(p);
          if (manifest) {
            for (const m of manifest) {
              const fp = join(dir, m.file);
              listed.add(fp);
              out.push({ kind: 'file', path: fp, meta: m });
            }
          }
        }
      }
      for (const e of entries) {
        if (e.name.startsWith('.')) continue;
        const p = join(dir, e.name);
        if (e.isDirectory()) await walk(p);
        else if (e.isFile() && !listed.has(p)) {
          const ext = extname(e.name).toLowerCase();
          if (ext === '.jsonl' && (await readManifest(p))) continue;
          if (INGEST_EXTENSIONS.has(ext)) out.push({ kind: 'file', path: p });
          else if (FEED_EXTENSIONS.has(ext)) out.push({ kind: 'feedfile', path: p });
        }
      }
    };
    await walk(target);
    return out;
  }

  private async unit(u: Unit): Promise<void> {
    if (u.kind === 'url') return this.url(u.url);
    if (u.kind === 'feedfile') {
      let feed: ParsedFeed;
      try {
        feed = parseFeed((await readFileCapped(u.path, DEFAULT_MAX_BYTES)).toString('utf8'), u.path);
      } catch (e) {
        return this.fail(u.path, e);
      }
      await this.feedItems(feed, u.path, false);
      return;
    }
    const m = u.meta;
    const d = this.opts.defaults ?? {};
    const outcomes = await readFile(u.path, m ? manifestDefaults(m, d) : d);
    for (const o of outcomes) {
      if (o.ok && m) applyManifest(o.input, m);
      await this.outcome(o);
    }
  }

  async outcome(o: ReadOutcome, raw: Buffer | null = null): Promise<void> {
    if (!o.ok) return this.fail(o.ref, o.error);
    await this.article(o.ref, o.input, raw);
  }

  /** Waits until every article under way is stored (or failed) and committed. */
  async drain(): Promise<void> {
    while (this.inflight.size > 0) await Promise.all([...this.inflight]);
    if (this.fatal === undefined) await this.flush();
    if (this.fatal !== undefined) throw this.fatal;
  }

  /** Opens a write group for the next save when the store has them (none open, no group's alerts being raised). */
  private joinGroup(): void {
    const groups = this.opts.sink ? undefined : this.store.writeGroups;
    if (!groups || this.group || this.raising > 0) return;
    groups.begin();
    // a save under way when this commits finishes in its own transaction (savepoints become one when none is open)
    const timer = setTimeout(() => this.track(this.flush().catch((e: unknown) => {
      this.fatal ??= e;
    })), GROUP_MS);
    this.group = { saved: 0, owed: [], timer };
  }

  /**
   * Commits the open group, then raises the watchlist alerts of its new articles, each in a transaction of its own (no
   * group is opened meanwhile: an alert and its webhook never wait on a later commit). A failed commit stores none of
   * the group and ends the batch (STORE_FAILED, naming how many articles were lost); a rerun stores them.
   */
  private async flush(): Promise<void> {
    const g = this.group;
    if (!g) return;
    const failed = this.endGroup();
    if (failed !== null) {
      this.fatal ??= new ArgusError('STORE_FAILED', 'store', `could not commit the last ${g.saved} article(s) (none of them is stored; ingest them again): ${failed}`);
      return;
    }
    if (g.owed.length === 0) return;
    this.raising++;
    try {
      for (const o of g.owed) {
        try {
          await this.afterSave(o.rowid);
        } catch (e) {
          await this.fail(o.ref, e);
        }
      }
    } finally {
      this.raising--;
    }
  }

  /** Takes the open group off and commits it; when the commit fails, rolls it back and returns why (else null). */
  private endGroup(): string | null {
    const g = this.group;
    if (!g) return null;
    this.group = null;
    clearTimeout(g.timer);
    try {
      this.store.writeGroups?.commit();
      return null;
    } catch (e) {
      try {
        this.store.writeGroups?.rollback();
      } catch {
        // the connection is gone: nothing was committed either way
      }
      return e instanceof Error ? e.message : String(e);
    }
  }

  /** After a fatal failure or at the end: commits what the group holds (every save in it succeeded), else rolls it back. */
  private async closeGroup(): Promise<void> {
    if (this.fatal === undefined) return this.flush();
    this.endGroup();
  }

  /** The hook after an article is stored as new or updated (default: raise watchlist alerts). */
  private async afterSave(rowid: number): Promise<void> {
    if (this.opts.afterSave !== false) await (this.opts.afterSave ?? evaluateWatchlists)(this.store, rowid);
  }

  /** Counts a promise as under way until it settles (drain() waits for it). */
  private track(p: Promise<void>): void {
    this.inflight.add(p);
    void p.then(() => this.inflight.delete(p));
  }

  /**
   * Stores one clean article: skipped when its exact content is stored, else analyzed and saved in one transaction.
   * With one worker it returns when the article is stored; with several, as soon as the article is under way (end()
   * and drain() wait for the rest): the workers analyze side by side, and articles are stored in the order they came.
   */
  async article(ref: string, input: ArticleInput, raw: Buffer | null = null): Promise<void> {
    if (this.opts.sink) return this.opts.sink(ref, input, raw);
    const width = Math.max(1, this.opts.analyzer ? 1 : (this.opts.workers ?? 1));
    // several articles per worker may be under way, so that one slow article (stored in turn) does not idle the others
    const window = width === 1 ? 1 : width * ARTICLES_PER_WORKER;
    while (this.inflight.size >= window) await Promise.race(this.inflight);
    if (this.fatal !== undefined) throw this.fatal;
    const job = this.process(ref, input, raw, this.tail);
    this.tail = job;
    this.track(job);
    if (width === 1) {
      await job;
      if (this.fatal !== undefined) throw this.fatal;
    }
  }

  private analyzeInWorker(input: ArticleInput, id: string, ref: string): Promise<BudgetedResult> {
    const budget = (this.opts.analysisBudgetMs ?? defaultBudgetMs)(input);
    const workers = this.opts.workers ?? 1;
    if (workers <= 1) return sharedAnalyzer().analyze(input, id, ref, budget);
    this.pool ??= new AnalyzerPool(workers);
    return this.pool.analyze(input, id, ref, budget);
  }

  /** One article: look-up and analysis at once with others, then (after `before` is stored) clustering and saving. Never rejects. */
  private async process(ref: string, input: ArticleInput, raw: Buffer | null, before: Promise<void>): Promise<void> {
    const { id, hash } = articleKeys(input);
    try {
      const look = await this.store.articles.lookup(id, hash);
      if (look.duplicate) {
        await before;
        this.summary.duplicate++;
        this.opts.onItem?.(ref, 'duplicate');
        return;
      }
      // without an analyzer, in a worker thread under a time budget: ANALYSIS_TIMEOUT fails this article and the batch goes on
      const { analysis, warnings } = await analyzeArticle(input, id, ref, this.opts.analyzer, () => this.analyzeInWorker(input, id, ref));
      for (const w of warnings) this.summary.warnings.push({ ref, code: w.code, message: w.message });
      await before; // stored in the order the articles came: story clustering reads the ones before
      this.joinGroup();
      const res = await clusterAndSave(this.store, this.clusterer, { batchId: this.batchId || null, ref, id, hash, input, raw, analysis });
      this.summary[res.status]++;
      for (const o of res.orphaned) this.summary.warnings.push({ ref, code: 'CORRECTION_ORPHANED', message: `correction ${o.id} (${o.kind}) is orphaned: ${o.reason}` });
      const g = this.group;
      if (g) {
        // in a write group: its watchlist checks wait for the commit
        if (res.status !== 'duplicate' && this.opts.afterSave !== false) g.owed.push({ ref, rowid: res.rowid });
        if (++g.saved >= GROUP_ARTICLES) await this.flush();
      } else if (res.status !== 'duplicate') {
        await this.afterSave(res.rowid);
      }
      this.opts.onItem?.(ref, res.status);
    } catch (e) {
      await before;
      try {
        await this.fail(ref, e);
      } catch (f) {
        this.fatal ??= f; // the store itself failed: the batch stops (article() and drain() throw it)
      }
    }
  }

  private async fail(ref: string, e: unknown): Promise<void> {
    const err = isArgusError(e) ? e : new ArgusError('READ_FAILED', ref, e instanceof Error ? e.message : String(e));
    this.summary.failed++;
    this.summary.failures.push({ ref, code: err.code, message: err.message });
    this.opts.onItem?.(ref, 'failed');
    await this.store.log.log(this.batchId || null, { ref, status: 'failed', code: err.code, message: err.message });
  }

  /** A URL: a feed (its items are ingested) or an article page. */
  private async url(url: string): Promise<void> {
    try {
      const r = await this.fetcher.fetch({ url });
      const kind = detectFeed(r.text, r.contentType);
      if (kind && kind !== 'html') {
        await this.feedItems(parseFeed(r.text, url, r.url), url, true);
        return;
      }
      await this.page(url, r.url, r.text, r.body, null);
    } catch (e) {
      await this.fail(url, e);
    }
  }

  private async page(ref: string, finalUrl: string, html: string, raw: Buffer, item: FeedItem | null, feedTitle: string | null = null): Promise<void> {
    let input: ArticleInput;
    try {
      input = parseHtml(html, finalUrl, ref);
    } catch (e) {
      return this.fail(ref, e);
    }
    this.fillFromItem(input, item, feedTitle, finalUrl);
    await this.article(ref, input, raw);
  }

  private fillFromItem(input: ArticleInput, item: FeedItem | null, feedTitle: string | null, url: string | null): void {
    const d = this.opts.defaults ?? {};
    if (item?.url) input.url = item.url;
    else if (!input.url && url) input.url = url;
    if (item?.title && !input.title) input.title = item.title;
    input.published = input.published ?? item?.published ?? d.published ?? null;
    input.source = input.source ?? d.source ?? feedTitle ?? hostOf(input.url);
    if (!input.byline && item?.author) input.byline = item.author;
  }

  /** Ingests a parsed feed's items: their own full content when they carry it, else the linked page. */
  async feedItems(feed: ParsedFeed, ref: string, canFetch: boolean): Promise<{ items: number }> {
    this.progress?.grow(feed.items.length);
    for (const [i, item] of feed.items.entries()) {
      const iref = item.url ?? `${ref}#${i + 1}`;
      const content = item.content ?? item.summary ?? '';
      const contentText = content.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
      try {
        if (contentText.length >= FULL_CONTENT_CHARS || !item.url || !canFetch || this.opts.fetchItems === false) {
          if (!contentText) throw new ArgusError('NO_ARTICLE', iref, 'the feed item has no content and its page was not fetched');
          const html = `<html><head><title>${escapeHtml(item.title ?? '')}</title></head><body><article><h1>${escapeHtml(item.title ?? '')}</h1>${
            /<[a-z][^>]*>/i.test(content) ? content : content.split(/\n\s*\n/).map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</article></body></html>`;
          let input: ArticleInput;
          try {
            input = parseHtml(html, item.url ?? undefined, iref);
          } catch {
            const o = readBuffer(`${iref}.txt`, Buffer.from(`${item.title ?? ''}\n\n${contentText}`));
            if (!o[0]?.ok) throw o[0]?.ok === false ? o[0].error : new ArgusError('NO_ARTICLE', iref);
            input = o[0].input;
          }
          if (item.title) input.title = item.title;
          this.fillFromItem(input, item, feed.title, null);
          await this.article(iref, input, null);
        } else {
          const r = await this.fetcher.fetch({ url: item.url, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' });
          await this.page(iref, r.url, r.text, r.body, item, feed.title);
        }
      } catch (e) {
        await this.fail(iref, e);
      }
      this.progress?.tick();
    }
    return { items: feed.items.length };
  }
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/** A .jsonl whose records name files (`{"file": ...}`) and carry no text is a manifest of metadata, not articles. */
async function readManifest(path: string): Promise<ManifestRecord[] | null> {
  let text: string;
  try {
    text = (await readFileCapped(path, DEFAULT_MAX_BYTES)).toString('utf8');
  } catch {
    return null;
  }
  return parseManifest(text);
}

/** The records of a manifest's text (readManifest), or null when the text is no manifest. */
export function parseManifest(text: string): ManifestRecord[] | null {
  const first = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n')).trim();
  try {
    const r = JSON.parse(first) as Record<string, unknown>;
    if (typeof r.file !== 'string' || 'text' in r || 'html' in r) return null;
  } catch {
    return null;
  }
  const out: ManifestRecord[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    try {
      const r = JSON.parse(line) as ManifestRecord;
      if (typeof r.file === 'string' && !basename(r.file).startsWith('.')) out.push(r);
    } catch {
      // a broken manifest line is skipped; its file is not ingested without its metadata
    }
  }
  return out;
}

/** The read options of a file a manifest record describes: its date, URL and source, else the run's defaults. */
export function manifestDefaults(m: ManifestRecord, d: ReadOptions): ReadOptions {
  return { ...d, published: m.published ?? d.published ?? null, url: m.url ?? d.url ?? null, source: m.source ?? d.source ?? null };
}

/** Sets what a manifest record says of an article read from its file: the title, and the byline the file lacks. */
export function applyManifest(input: ArticleInput, m: ManifestRecord): void {
  if (m.title) input.title = m.title;
  if (m.byline && !input.byline) input.byline = m.byline;
}
