// Which Redis and which queue the ingest job queue uses: flags, environment, defaults. Light on purpose (no driver
// loaded), so commands and the API can ask whether a queue is configured before loading BullMQ.
import { ArgusError } from '../core/errors.js';

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
export const DEFAULT_QUEUE_NAME = 'argus-ingest';

/** The Redis URL: --redis, else ARGUS_REDIS_URL, else the local default. */
export function redisUrl(flag?: string | null): string {
  return (flag || process.env.ARGUS_REDIS_URL || DEFAULT_REDIS_URL).trim();
}

/** Whether a queue is configured (so `stats` shows its depth): --redis or ARGUS_REDIS_URL. */
export function redisConfigured(flag?: string | null): boolean {
  return Boolean(flag || process.env.ARGUS_REDIS_URL);
}

/** The queue name: --queue-name, else ARGUS_QUEUE_NAME, else argus-ingest. */
export function queueName(flag?: string | null): string {
  const name = (flag || process.env.ARGUS_QUEUE_NAME || DEFAULT_QUEUE_NAME).trim();
  if (!/^[A-Za-z0-9_.-]{1,100}$/.test(name)) throw new ArgusError('USAGE', name, 'not a queue name: letters, digits, _ . - (at most 100)');
  return name;
}
