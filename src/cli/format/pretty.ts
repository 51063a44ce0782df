// The human view of one analysis: headline, entities by type, quotes under their speaker, events, places, dates.
import type { Analysis, Entity } from '../../core/analysis.js';

const useColor = process.stdout.isTTY && !process.env['NO_COLOR'];
const c = (code: number, s: string): string => (useColor ? `\x1b[${code}m${s}\x1b[0m` : s);
const bold = (s: string): string => c(1, s);
const dim = (s: string): string => c(2, s);

const TYPE_ORDER = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT', 'PRODUCT', 'LAW', 'OTHER'];

function clip(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

export function formatPretty(a: Analysis, ref?: string): string {
  const byId = new Map<string, Entity>(a.entities.map((e) => [e.id, e]));
  const name = (id: string | null | undefined): string => (id ? (byId.get(id)?.name ?? id) : '—');
  const lines: string[] = [];
  const art = a.article;
  lines.push(bold(art.title));
  if (art.subtitle) lines.push(dim(art.subtitle));
  const meta = [art.published ?? 'no publication date', art.source, art.url, ref].filter(Boolean).join(' · ');
  lines.push(dim(meta));
  lines.push('');

  lines.push(bold('Entities'));
  for (const t of TYPE_ORDER) {
    const ents = a.entities.filter((e) => e.type === t).sort((x, y) => (y.salience ?? 0) - (x.salience ?? 0));
    if (ents.length === 0) continue;
    lines.push(`  ${t}`);
    for (const e of ents) {
      const titles = e.titles?.length ? ` — ${e.titles.join('; ')}` : '';
      const aliases = e.aliases?.length ? dim(` (also: ${e.aliases.slice(0, 5).join(', ')})`) : '';
      const kb = e.kb && Object.keys(e.kb).length ? dim(` [${Object.entries(e.kb).map(([k, v]) => `${k}:${v}`).join(' ')}]`) : '';
      lines.push(`    ${e.name}${titles}${aliases}${kb} ×${e.mentions.length}`);
    }
  }

  if (a.quotes.length) {
    lines.push('', bold('Quotes'));
    const groups = new Map<string, typeof a.quotes>();
    for (const q of a.quotes) {
      const k = q.speaker ?? '';
      const g = groups.get(k);
      if (g) g.push(q);
      else groups.set(k, [q]);
    }
    for (const [speaker, qs] of groups) {
      lines.push(`  ${speaker ? name(speaker) : 'unattributed'}`);
      for (const q of qs) {
        const text = q.kind === 'indirect' ? `(that) ${q.text}` : `“${q.text}”`;
        lines.push(`    ${clip(text, 220)} ${dim(`[${q.kind}${q.cue ? `, ${q.cue}` : ''}]`)}`);
      }
    }
  }

  if (a.events.length) {
    lines.push('', bold('Events'));
    for (const ev of a.events) {
      const extra = [
        ev.negated ? 'negated' : '',
        ev.reported_by ? `reported by ${name(ev.reported_by)}` : '',
        ev.date ? `on ${ev.date}` : '',
        ev.location ? `at ${name(ev.location)}` : '',
        ev.mode ? `mode ${ev.mode}` : '',
      ].filter(Boolean);
      lines.push(`  ${name(ev.source)} —${ev.type}→ ${name(ev.target)}${extra.length ? dim(`  (${extra.join(', ')})`) : ''}`);
    }
  }

  if (a.places.length) {
    lines.push('', bold('Places'));
    for (const p of a.places) {
      const where = `${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}`;
      const extra = [p.country, p.featureClass, p.geonames ? `geonames ${p.geonames}` : '', p.focus ? 'focus' : ''].filter(Boolean).join(', ');
      lines.push(`  ${p.name}  ${where}  ${dim(extra)}`);
    }
  }

  if (a.dates.length) {
    lines.push('', bold('Dates'));
    for (const d of a.dates) lines.push(`  ${d.text} → ${d.value ?? dim('unresolved (no publication date)')}`);
  }

  if (a.themes?.length || a.tone) {
    lines.push('');
    if (a.themes?.length) lines.push(`${bold('Themes')} ${a.themes.join(', ')}`);
    if (a.tone) lines.push(`${bold('Tone')} ${a.tone.score.toFixed(2)}`);
  }
  return lines.join('\n') + '\n';
}
