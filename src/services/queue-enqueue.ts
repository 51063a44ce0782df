// `argus ingest --queue`: targets become jobs instead of stored articles. Files, folders, manifests and feed files are
// read here (each article one job, so a JSONL file of many articles is many jobs, and workers on other machines need
// no access to these paths); URLs become URL jobs that a worker fetches. Read failures are logged as usual.
import type { ReadOptions } from '../ingest/readers.js';
import type { FetchOptions } from '../ingest/fetch.js';
import type { Store } from '../store/types.js';
import { IngestService, type IngestFailure } from './ingest.js';
import type { IngestQueue } from './queue.js';

export interface EnqueueSummary {
  queue: string;
  /** article jobs sent (the queue drops one whose article is already queued or was done in the last day: same job id) */
  articles: number;
  /** URL jobs sent (dropped likewise while the same URL waits) */
  urls: number;
  failed: number;
  failures: IngestFailure[];
  warnings: IngestFailure[];
  seconds: number;
}

export async function enqueueTargets(store: Store, queue: IngestQueue, targets: string[],
  opts: { defaults?: ReadOptions; fetch?: Partial<FetchOptions>; progress?: boolean } = {}): Promise<EnqueueSummary> {
  const started = Date.now();
  const isUrl = (t: string): boolean => /^https?:\/\//i.test(t);
  let urls = 0;
  for (const u of targets.filter(isUrl)) {
    await queue.addUrl(u, { published: opts.defaults?.published ?? null, source: opts.defaults?.source ?? null });
    urls++;
  }
  let articles = 0;
  const local = targets.filter((t) => !isUrl(t));
  let failures: IngestFailure[] = [];
  let warnings: IngestFailure[] = [];
  if (local.length > 0) {
    const svc = new IngestService(store, {
      defaults: opts.defaults, fetch: opts.fetch, progress: opts.progress, afterSave: false,
      sink: async (ref, input, raw) => {
        await queue.addArticle(ref, input, raw);
        articles++;
      },
    });
    const s = await svc.run(local);
    failures = s.failures;
    warnings = s.warnings;
  }
  return { queue: queue.conn.name, articles, urls, failed: failures.length, failures, warnings, seconds: (Date.now() - started) / 1000 };
}

export function formatEnqueueSummary(s: EnqueueSummary): string {
  const lines = [`queued on ${s.queue}: ${s.articles} articles, ${s.urls} URLs, ${s.failed} failed in ${s.seconds.toFixed(1)} s (argus worker processes them)`];
  for (const f of s.failures.slice(0, 20)) lines.push(`  ${f.ref}: ${f.message} (${f.code})`);
  if (s.failures.length > 20) lines.push(`  … ${s.failures.length - 20} more (argus stats shows the log count)`);
  return lines.join('\n');
}
