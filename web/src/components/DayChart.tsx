// Articles per day as bars on a time axis; long spans are binned by week or month so the bars stay readable. The axis
// has a few ticks at day, week, month or year boundaries, labelled only where the labels do not collide, and the chart
// is drawn at its real width so the text is never stretched.
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

import { DAY, bin, ticks, type DayPoint } from './day-axis';

export type { DayPoint } from './day-axis';

/** The chart's real width in pixels (so text is drawn at its size, never stretched). */
function useWidth(fallback: number, ready: boolean): [RefObject<HTMLElement | null>, number] {
  const ref = useRef<HTMLElement>(null);
  const [w, setW] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = (): void => setW(Math.max(120, Math.round(el.getBoundingClientRect().width)));
    update();
    const ro = new ResizeObserver(update);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ready]);
  return [ref, w];
}

export function DayChart({ points, label, height = 110, onPick }: { points: DayPoint[]; label: string; height?: number; onPick?: (day: string) => void }) {
  const bins = bin(points);
  const [ref, w] = useWidth(640, bins.length > 0);
  if (bins.length === 0) return <p class="state empty">No dated articles to chart.</p>;
  const max = Math.max(...bins.map((b) => b.count), 1);
  const left = 28;
  const right = 8;
  const from = bins[0]?.start ?? 0;
  const to = bins[bins.length - 1]?.end ?? from + DAY;
  const plotW = w - left - right;
  const x = (ms: number): number => left + ((ms - from) / Math.max(DAY, to - from)) * plotW;
  // one label per 100 px at most: "Apr 9 2025" is ~60 px at 11 px, so neighbours never touch
  const tk = ticks(from, to, Math.max(2, Math.floor(plotW / 100)));
  return (
    <figure class="chart" ref={ref}>
      <svg viewBox={`0 0 ${w} ${height + 20}`} width={w} height={height + 20} role="img" aria-label={label}>
        {bins.map((b) => {
          const h = Math.max(1, (b.count / max) * height);
          const x0 = x(b.start);
          const bw = Math.max(1, x(b.end) - x0 - 1);
          return (
            <rect key={b.start} x={x0} y={height - h} width={bw} height={h} class={b.spike ? 'bar spike' : 'bar'}
              onClick={onPick ? () => onPick(b.day) : undefined}>
              <title>{`${b.label}: ${b.count}${b.spike ? ' (spike)' : ''}`}</title>
            </rect>
          );
        })}
        <line x1={left} x2={w - right} y1={height + 0.5} y2={height + 0.5} class="axis-line" />
        {tk.map((k) => (
          <g key={k.at} class="tick">
            <line x1={x(k.at)} x2={x(k.at)} y1={height} y2={height + 4} class="axis-line" />
            <text x={Math.min(Math.max(x(k.at), left), w - right)} y={height + 15} class="axis"
              text-anchor={x(k.at) - left < 24 ? 'start' : w - right - x(k.at) < 24 ? 'end' : 'middle'}>{k.label}</text>
          </g>
        ))}
        <text x={left - 4} y="10" class="axis" text-anchor="end">{max}</text>
        <text x={left - 4} y={height} class="axis" text-anchor="end">0</text>
      </svg>
      <figcaption>{label}</figcaption>
    </figure>
  );
}
