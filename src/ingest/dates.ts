// Publication dates from metadata, normalised to ISO 8601: a date ("2024-03-03") or a date-time with its offset.
import type * as Chrono from 'chrono-node';
import { lazyRequire } from '../core/lazy.js';

const chrono = lazyRequire<typeof Chrono>('chrono-node');

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATETIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)\s*(Z|[+-]\d{2}:?\d{2})?$/i;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function validDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function offsetText(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  return `${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

/**
 * ISO 8601 for a publication date given as text or epoch number; null when it cannot be read.
 * Keeps the writer's UTC offset (the local calendar day matters for resolving "on Tuesday").
 */
export function normalizePublished(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const ms = value > 1e11 ? value : value * 1000; // epoch seconds or milliseconds
    const d = new Date(ms);
    return Number.isNaN(d.getTime()) ? null : d.toISOString().replace('.000Z', 'Z');
  }
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (s === '') return null;
  if (/^\d{9,13}$/.test(s)) return normalizePublished(Number(s));
  if (ISO_DATE.test(s)) {
    const [y, m, d] = s.split('-').map(Number);
    return validDate(y ?? 0, m ?? 0, d ?? 0) ? s : null;
  }
  const iso = ISO_DATETIME.exec(s);
  if (iso && iso[1] !== undefined && iso[2] !== undefined) {
    const [y, m, d] = iso[1].split('-').map(Number);
    if (!validDate(y ?? 0, m ?? 0, d ?? 0)) return null;
    const time = iso[2].length === 5 ? `${iso[2]}:00` : iso[2];
    const off = iso[3] === undefined ? '' : iso[3].toUpperCase() === 'Z' ? 'Z' : iso[3].includes(':') ? iso[3] : `${iso[3].slice(0, 3)}:${iso[3].slice(3)}`;
    return `${iso[1]}T${time}${off}`;
  }
  const r = chrono().strict.parse(s)[0];
  if (!r || r.text.length < s.length * 0.6) return null;
  const y = r.start.get('year');
  const m = r.start.get('month');
  const d = r.start.get('day');
  if (y === null || m === null || d === null || !r.start.isCertain('year')) return null;
  const date = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  if (!r.start.isCertain('hour')) return date;
  const time = `${pad(r.start.get('hour') ?? 0)}:${pad(r.start.get('minute') ?? 0)}:${pad(r.start.get('second') ?? 0)}`;
  const tz = r.start.isCertain('timezoneOffset') ? offsetText(r.start.get('timezoneOffset') ?? 0) : '';
  return `${date}T${time}${tz}`;
}
