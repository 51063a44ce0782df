// Statement tracking on the entity page: the entity's own statements (quotes and the events it reports) with an
// about-filter kept in the URL (?about=ID), their tone per month and a timeline; and "who talks about it".
import { useState } from 'preact/hooks';
import { qs, useApi } from '../api';
import { navigate, useRoute, withParams } from '../router';
import { Empty, ErrorBox, Loading } from './state';
import type { MonthTone, SpeakersAnswer, StatementRow, StatementsAnswer } from '../types';

const PAGE = 50;

const signed = (x: number): string => (x > 0 ? `+${x.toFixed(2)}` : x.toFixed(2));
const toneClass = (x: number): string => (x > 0.05 ? 'pos' : x < -0.05 ? 'neg' : 'neutral');

/** Mean statement tone per month as bars above (positive) or below (negative) a zero line; the count under each month. */
export function ToneChart({ months, label }: { months: MonthTone[]; label: string }) {
  if (months.length === 0) return null;
  const w = 56;
  const left = 44;
  const mid = 48;
  const half = 40;
  const h = mid + half + 30;
  // the scale reaches the largest mean tone (at least ±0.25): tones of short statements are small numbers
  const top = Math.max(0.25, ...months.map((m) => Math.abs(m.tone)));
  const width = left + months.length * w;
  // at most ~16 month labels, so they never run into each other
  const every = Math.ceil(months.length / 16);
  return (
    <figure class="chart tone-chart">
      <svg viewBox={`0 0 ${width} ${h}`} width={width} height={h} role="img" aria-label={label}>
        <line class="axis-line" x1={left - 4} x2={width} y1={mid} y2={mid} />
        <text class="axis" x={left - 8} y={mid - half + 4} text-anchor="end">{signed(top)}</text>
        <text class="axis" x={left - 8} y={mid + 4} text-anchor="end">0</text>
        <text class="axis" x={left - 8} y={mid + half + 4} text-anchor="end">{signed(-top)}</text>
        {months.map((m, i) => {
          const bh = Math.max(1, (Math.abs(m.tone) / top) * half);
          const x = left + i * w + 8;
          const cx = x + (w - 16) / 2;
          return (
            <g key={m.month} class={`tone-bar ${toneClass(m.tone)}`} data-month={m.month}>
              <title>{`${m.month}: ${m.statements} statement${m.statements === 1 ? '' : 's'}, mean tone ${signed(m.tone)}`}</title>
              <rect x={x} width={w - 16} y={m.tone >= 0 ? mid - bh : mid} height={bh} />
              {i % every === 0 && <text class="axis" x={cx} y={h - 16} text-anchor="middle">{m.month}</text>}
              {i % every === 0 && <text class="axis" x={cx} y={h - 3} text-anchor="middle">{m.statements}×</text>}
            </g>
          );
        })}
      </svg>
      <figcaption>Mean tone of the statements per month (scored on each statement's own words, −1 negative … +1 positive), and how many.</figcaption>
    </figure>
  );
}

function StatementItem({ s }: { s: StatementRow & { tone: number } }) {
  return (
    <li class={`statement ${s.kind}`}>
      <div class="statement-head">
        <time dateTime={s.date}>{s.date}</time>
        {s.kind === 'quote'
          ? <span class="kind">quote{s.quoteKind ? ` (${s.quoteKind})` : ''}</span>
          : <span class="kind">reports <span class="etype">{s.eventSource?.name ?? '?'} —{s.eventType}→ {s.eventTarget?.name ?? '–'}</span></span>}
        <span class={`tone ${toneClass(s.tone)}`} title="tone of the statement's own words">tone {signed(s.tone)}</span>
      </div>
      <blockquote>{s.text}</blockquote>
      {s.about.length > 0 && (
        <p class="about">about: {s.about.map((a) => <a key={a.id} href={`/entity/${a.id}`} class={`ent ent-${a.type}`}>{a.name}</a>)}</p>
      )}
      <p class="meta"><a href={`/article/${s.article.id}`}>{s.article.title}</a>{s.article.source && <> · {s.article.source}</>}</p>
    </li>
  );
}

export function StatementsSection({ entityId, name }: { entityId: number; name: string }) {
  const route = useRoute();
  const about = route.query.get('about');
  const [limit, setLimit] = useState(PAGE);
  const { data, error, loading, reload } = useApi<StatementsAnswer>(`/api/entities/${entityId}/statements${qs({ about, limit })}`);
  const pick = (v: string): void => {
    setLimit(PAGE);
    navigate(withParams(route, { about: v || null }), { replace: true });
  };
  let body;
  if (error) body = <ErrorBox error={error} onRetry={reload} />;
  else if (!data) body = <Loading what="the statements" />;
  else if (data.total === 0) {
    body = <Empty>{data.about ? `No statements by ${name} about ${data.about.name}.` : `No quotes by ${name}, and no events ${name} reports.`}</Empty>;
  } else {
    body = (
      <>
        <ToneChart months={data.months} label={`Tone of ${name}'s statements${data.about ? ` about ${data.about.name}` : ''} per month`} />
        <p class="meta" aria-live="polite">{data.total} statement{data.total === 1 ? '' : 's'}{data.about && <> about {data.about.name}</>}, newest first</p>
        <ol class="statements">
          {data.statements.map((s) => <StatementItem key={`${s.article.id}:${s.kind}:${s.index}`} s={s} />)}
        </ol>
        {data.total > data.statements.length && (
          <button type="button" disabled={loading || limit >= 200} onClick={() => setLimit((l) => Math.min(200, l + PAGE))}>
            {limit >= 200 ? `Showing the newest 200 of ${data.total}` : `Show more (${data.total - data.statements.length} older)`}
          </button>
        )}
      </>
    );
  }
  const topics = data?.topics ?? [];
  const current = data?.about;
  return (
    <section class="statements-section">
      <h2>Statements by {name}</h2>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>About{' '}
          <select name="about" value={about ?? ''} onChange={(e) => pick((e.target as HTMLSelectElement).value)} disabled={!data && !error}>
            <option value="">anything</option>
            {current && !topics.some((t) => t.id === current.id) && <option value={String(current.id)}>{current.name}</option>}
            {topics.map((t) => <option key={t.id} value={String(t.id)}>{t.name} ({t.statements})</option>)}
          </select>
        </label>
        {about && <button type="button" class="link" onClick={() => pick('')}>clear</button>}
      </form>
      {body}
    </section>
  );
}

/** every calendar month from the first to the last given (YYYY-MM), at most the last 120 */
export function monthRange(months: string[]): string[] {
  if (months.length === 0) return [];
  const sorted = [...months].sort();
  const [fy, fm] = (sorted[0] as string).split('-').map(Number) as [number, number];
  const [ly, lm] = (sorted[sorted.length - 1] as string).split('-').map(Number) as [number, number];
  const out: string[] = [];
  let y = fy;
  let m = fm;
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out.slice(-120);
}

/** Counts per month as a small bar strip over every month of the entity's statements, oldest first. */
function Sparkline({ months, all, max }: { months: Array<{ month: string; statements: number }>; all: string[]; max: number }) {
  const by = new Map(months.map((m) => [m.month, m.statements]));
  const w = 8;
  return (
    <svg class="sparkline" viewBox={`0 0 ${Math.max(all.length * w, w)} 20`} width={Math.max(all.length * w, w)} height={20} aria-hidden="true">
      {all.map((m, i) => {
        const n = by.get(m) ?? 0;
        const bh = n ? Math.max(2, (n / max) * 18) : 0;
        return <rect key={m} x={i * w + 1} width={w - 2} y={20 - bh} height={bh}><title>{`${m}: ${n}`}</title></rect>;
      })}
    </svg>
  );
}

export function SpeakersSection({ entityId, name }: { entityId: number; name: string }) {
  const { data, error, reload } = useApi<SpeakersAnswer>(`/api/entities/${entityId}/speakers${qs({ limit: 15 })}`);
  let body;
  if (error) body = <ErrorBox error={error} onRetry={reload} />;
  else if (!data) body = <Loading what="who talks about it" />;
  else if (data.speakers.length === 0) body = <Empty>No one is quoted about {name}.</Empty>;
  else {
    const all = monthRange(data.months.map((m) => m.month));
    // one scale for every speaker's strip, so the bars compare across rows
    const max = Math.max(1, ...data.speakers.flatMap((s) => s.months.map((m) => m.statements)));
    body = (
      <>
        <p class="meta">{data.months.reduce((n, m) => n + m.statements, 0)} statements about {name}, {all[0]} – {all[all.length - 1]} (one bar a month)</p>
        <ol class="speakers">
          {data.speakers.map((s) => (
            <li key={s.id}>
              <a href={`/entity/${s.id}?about=${entityId}`} class={`ent ent-${s.type}`} title={`${s.name}'s statements about ${name}`}>{s.name}</a>
              {' '}<span class="count">{s.statements}</span>{' '}
              <Sparkline months={s.months} all={all} max={max} />
              <span class="meta"> {s.months.map((m) => `${m.month} (${m.statements})`).join(', ')}</span>
            </li>
          ))}
        </ol>
      </>
    );
  }
  return (
    <section class="speakers-section">
      <h2>Who talks about {name}</h2>
      {body}
    </section>
  );
}
