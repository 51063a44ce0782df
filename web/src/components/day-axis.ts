// The day charts' time axis, as pure functions (tested in test/e2e/graph-labels.test.ts): days binned by week or month
// over long spans, and a few ticks at day, Monday, month or year boundaries.
export interface DayPoint {
  day: string;
  count: number;
  spike?: boolean;
}

export const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface Bin { start: number; end: number; count: number; spike: boolean; label: string; day: string }

const t = (day: string): number => Date.parse(`${day.slice(0, 10)}T00:00:00Z`);
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

function mondayOf(ms: number): number {
  const d = new Date(ms);
  return ms - ((d.getUTCDay() + 6) % 7) * DAY;
}

function monthStart(ms: number, add = 0): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + add, 1);
}

export function bin(points: DayPoint[]): Bin[] {
  const valid = points.filter((p) => !Number.isNaN(t(p.day)));
  if (valid.length === 0) return [];
  const first = Math.min(...valid.map((p) => t(p.day)));
  const last = Math.max(...valid.map((p) => t(p.day)));
  const spanDays = (last - first) / DAY;
  const unit: 'day' | 'week' | 'month' = spanDays > 400 ? 'month' : spanDays > 120 ? 'week' : 'day';
  const m = new Map<number, Bin>();
  for (const p of valid) {
    const ms = t(p.day);
    const start = unit === 'month' ? monthStart(ms) : unit === 'week' ? mondayOf(ms) : ms;
    const end = unit === 'month' ? monthStart(ms, 1) : unit === 'week' ? start + 7 * DAY : start + DAY;
    const cur = m.get(start);
    if (cur) {
      cur.count += p.count;
      cur.spike = cur.spike || !!p.spike;
    } else {
      const label = unit === 'month' ? iso(start).slice(0, 7) : unit === 'week' ? `week of ${iso(start)}` : iso(start);
      m.set(start, { start, end, count: p.count, spike: !!p.spike, label, day: iso(start) });
    }
  }
  return [...m.values()].sort((a, b) => a.start - b.start);
}

export interface Tick { at: number; label: string }

type Step = { unit: 'day' | 'month'; n: number };
const STEPS: Step[] = [
  { unit: 'day', n: 1 }, { unit: 'day', n: 2 }, { unit: 'day', n: 7 }, { unit: 'day', n: 14 },
  { unit: 'month', n: 1 }, { unit: 'month', n: 3 }, { unit: 'month', n: 6 }, { unit: 'month', n: 12 }, { unit: 'month', n: 24 }, { unit: 'month', n: 60 },
];

function tickTimes(from: number, to: number, step: Step): number[] {
  const out: number[] = [];
  if (step.unit === 'day') {
    // weekly steps fall on Mondays
    let x = step.n >= 7 ? mondayOf(from) : from;
    if (x < from) x += 7 * DAY;
    for (; x <= to; x += step.n * DAY) out.push(x);
    return out;
  }
  const d = new Date(from);
  let month = d.getUTCFullYear() * 12 + d.getUTCMonth();
  if (Date.UTC(Math.floor(month / 12), month % 12, 1) < from) month++;
  // quarters start in January, April, July, October; years in January
  while (month % step.n !== 0) month++;
  for (let m = month; ; m += step.n) {
    const x = Date.UTC(Math.floor(m / 12), m % 12, 1);
    if (x > to) break;
    out.push(x);
  }
  return out;
}

/**
 * At most `maxTicks` ticks between `from` and `to` (ms), at the finest of day, Monday, month, quarter or year boundaries
 * that keeps them that few. Labels: "Apr 9" for days and weeks, "Apr" for months, "2025" for years; the first tick and a
 * change of year carry the year ("Apr 9 2025", "Apr 2025", January as "2026").
 */
export function ticks(from: number, to: number, maxTicks: number): Tick[] {
  let times: number[] = [];
  let step: Step = STEPS[STEPS.length - 1] as Step;
  for (const s of STEPS) {
    times = tickTimes(from, to, s);
    step = s;
    if (times.length <= maxTicks) break;
  }
  let lastYear = -1;
  return times.map((at, i) => {
    const d = new Date(at);
    const y = d.getUTCFullYear();
    const mon = MONTHS[d.getUTCMonth()] ?? '';
    const newYear = i === 0 || y !== lastYear;
    lastYear = y;
    let label: string;
    if (step.unit === 'day') label = newYear ? `${mon} ${d.getUTCDate()} ${y}` : `${mon} ${d.getUTCDate()}`;
    else if (step.n >= 12) label = String(y);
    else label = d.getUTCMonth() === 0 ? String(y) : newYear ? `${mon} ${y}` : mon;
    return { at, label };
  });
}
