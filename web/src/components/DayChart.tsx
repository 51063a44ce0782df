// Articles per day as bars; long spans are binned by week or month so the bars stay readable.
export interface DayPoint {
  day: string;
  count: number;
  spike?: boolean;
}

function bin(points: DayPoint[]): Array<DayPoint & { label: string }> {
  if (points.length === 0) return [];
  const first = Date.parse(points[0]?.day ?? '');
  const last = Date.parse(points[points.length - 1]?.day ?? '');
  const spanDays = (last - first) / 86_400_000;
  const key = spanDays > 400 ? (d: string) => d.slice(0, 7) : spanDays > 120 ? (d: string) => weekOf(d) : (d: string) => d;
  const m = new Map<string, DayPoint & { label: string }>();
  for (const p of points) {
    const k = key(p.day);
    const cur = m.get(k);
    if (cur) {
      cur.count += p.count;
      cur.spike = cur.spike || p.spike;
    } else m.set(k, { day: p.day, count: p.count, spike: p.spike, label: k });
  }
  return [...m.values()];
}

function weekOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return `week of ${d.toISOString().slice(0, 10)}`;
}

export function DayChart({ points, label, height = 110, onPick }: { points: DayPoint[]; label: string; height?: number; onPick?: (day: string) => void }) {
  const bins = bin(points);
  if (bins.length === 0) return <p class="state empty">No dated articles to chart.</p>;
  const max = Math.max(...bins.map((b) => b.count), 1);
  const w = 640;
  const bw = Math.min(w / bins.length, 48);
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${w} ${height + 18}`} role="img" aria-label={label} preserveAspectRatio="none">
        {bins.map((b, i) => {
          const h = Math.max(1, (b.count / max) * height);
          return (
            <rect x={i * bw + 0.5} y={height - h} width={Math.max(1, bw - 1)} height={h} class={b.spike ? 'bar spike' : 'bar'}
              onClick={onPick ? () => onPick(b.day) : undefined}>
              <title>{`${b.label}: ${b.count}${b.spike ? ' (spike)' : ''}`}</title>
            </rect>
          );
        })}
        <text x="0" y={height + 14} class="axis">{bins[0]?.label}</text>
        <text x={w} y={height + 14} class="axis" text-anchor="end">{bins[bins.length - 1]?.label}</text>
        <text x="2" y="10" class="axis">{max}</text>
      </svg>
      <figcaption>{label}</figcaption>
    </figure>
  );
}
