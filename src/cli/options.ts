// Option parsers and error handling shared by the commands: a bad option value is a one-line usage error (exit 2),
// a failure while running is one line too (exit 1); neither prints a stack trace.
import { InvalidArgumentError, Option, type Command } from 'commander';
import { ArgusError, isArgusError } from '../core/errors.js';
import { PLOVER_TYPES } from '../core/vocab.js';
import { normalizePublished } from '../ingest/dates.js';

/** exit code of a usage error (bad option, unknown value) */
export const EXIT_USAGE = 2;
/** exit code of a failure while running (database unreadable, port in use, not found) */
export const EXIT_FAILURE = 1;

/** A parser for an integer option in [min, max]. */
export function intInRange(min: number, max: number): (v: string) => number {
  return (v: string) => {
    const n = Number(v);
    if (!/^\s*-?\d+\s*$/.test(v) || !Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}`);
    }
    return n;
  };
}

/** A parser for a date option: ISO 8601 (2025-04-09, 2025-04-09T10:00:00Z) or epoch seconds, a real calendar date. */
export function isoDate(v: string): string {
  const d = normalizePublished(v);
  if (d === null) throw new InvalidArgumentError('not a date: use 2025-04-09 or 2025-04-09T10:00:00Z');
  return d;
}

/** A parser for a PLOVER event type (case-insensitive). */
export function ploverType(v: string): string {
  const t = v.trim().toUpperCase();
  if (!(PLOVER_TYPES as readonly string[]).includes(t)) throw new InvalidArgumentError(`expected a PLOVER type: ${PLOVER_TYPES.join(', ')}`);
  return t;
}

const REGIONS = new Intl.DisplayNames(['en'], { type: 'region' });

/** A parser for an ISO 3166-1 alpha-2 country code (case-insensitive). */
export function countryCode(v: string): string {
  const cc = v.trim().toUpperCase();
  let known: boolean;
  try {
    const name = /^[A-Z]{2}$/.test(cc) ? REGIONS.of(cc) : undefined;
    // unassigned codes come back as themselves or "Unknown Region"; EU, UN, EZ, QO, XA... name groupings, not countries
    known = name !== undefined && name !== cc && name !== 'Unknown Region' && !/^(EU|EZ|UN|Q[M-Z]|X[A-JL-Z]|ZZ)$/.test(cc);
  } catch {
    known = false;
  }
  if (!known) throw new InvalidArgumentError('expected an ISO 3166-1 alpha-2 country code such as FR or US');
  return cc;
}

/** `-f, --format` limited to the given choices. */
export function formatOption(choices: string[], fallback?: string): Option {
  const o = new Option('-f, --format <format>', choices.join(' | ')).choices(choices);
  return fallback === undefined ? o : o.default(fallback);
}

/** A usage error raised while a command runs (e.g. a combination of options): one line, exit 2. */
export function usageError(input: string, message: string): ArgusError {
  return new ArgusError('USAGE', input, message);
}

/** Codes that mean the command was asked for something it cannot do, as opposed to a failure while doing it. */
const USAGE_CODES = new Set(['USAGE', 'QUERY_TOO_COMPLEX', 'UNKNOWN_FORMAT', 'DB_CONNECT', 'QUEUE_CONNECT']);

/** The exit code for an error thrown by a command. */
export function exitCodeOf(e: unknown): number {
  return isArgusError(e) && USAGE_CODES.has(e.code) ? EXIT_USAGE : EXIT_FAILURE;
}

/** One line for stderr, never a stack trace: "argus CMD: input: reason (CODE)" or "argus CMD: message". */
export function errorLine(command: string, e: unknown): string {
  const what = isArgusError(e) ? e.toLine() : e instanceof Error ? e.message : String(e);
  return `argus${command ? ` ${command}` : ''}: ${what.split('\n')[0] ?? ''}`;
}

/** The filters `search` and `export` share: entity, PLOVER type, source, country, date range. */
export function searchFilters(cmd: Command): Command {
  return cmd
    .option('--entity <name>', 'only articles mentioning this entity')
    .option('--type <plover>', 'only articles with an event of this PLOVER type', ploverType)
    .option('--source <name>', 'only articles from this source')
    .option('--country <cc>', 'only articles with a place in this country (ISO alpha-2)', countryCode)
    .option('--from <date>', 'published on or after (YYYY-MM-DD)', isoDate)
    .option('--to <date>', 'published on or before (YYYY-MM-DD)', isoDate)
    .option('--min-sources <n>', 'only articles (and, in exports, events) corroborated by at least n independent sources', intInRange(1, 1000))
    .option('--min-confidence <c>', 'only articles (and, in exports, facts) with a confidence of at least c (0 to 1)', confidence);
}

/** a confidence from 0 to 1 */
export function confidence(v: string): number {
  const n = /^(0(\.\d+)?|1(\.0+)?|\.\d+)$/.test(v.trim()) ? Number(v) : NaN;
  if (Number.isNaN(n)) throw new InvalidArgumentError('expected a confidence from 0 to 1, such as 0.8');
  return n;
}
