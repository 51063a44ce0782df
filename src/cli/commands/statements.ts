// `argus statements SPEAKER [--about NAME]`: what one speaker said (quotes) or reported (events), newest first, with the
// entities each statement is about, its tone, and statements and tone per month.
import type { Command } from 'commander';
import { withStore } from '../../services/db.js';
import type { StatementsAnswer } from '../../services/statements.js';
import { errorLine, exitCodeOf, formatOption, intInRange, isoDate } from '../options.js';

interface StatementsFlags {
  db?: string; about?: string; from?: string; to?: string; limit?: number; offset?: number; format?: string;
}

const signed = (x: number): string => (x > 0 ? `+${x.toFixed(2)}` : x.toFixed(2));

export function formatStatements(r: StatementsAnswer): string {
  const about = r.about ? ` about ${r.about.name} (${r.about.type}, #${r.about.id})` : '';
  const range = r.from || r.to ? ` from ${r.from?.slice(0, 10) ?? 'the start'} to ${r.to?.slice(0, 10) ?? 'today'}` : '';
  const out = [`${r.speaker.name} (${r.speaker.type}, #${r.speaker.id}): ${r.total} statement${r.total === 1 ? '' : 's'}${about}${range}`];
  for (const s of r.statements) {
    const what = s.kind === 'quote'
      ? `quote (${s.quoteKind ?? '?'})`
      : `reports ${s.eventSource?.name ?? '?'} —${s.eventType ?? '?'}→ ${s.eventTarget?.name ?? '-'}`;
    out.push('', `${s.date}  ${what}  tone ${signed(s.tone)}`);
    out.push(`  “${s.text.length > 300 ? s.text.slice(0, 297) + '…' : s.text}”`);
    if (s.about.length) out.push(`  about: ${s.about.map((a) => a.name).join(', ')}`);
    out.push(`  ${[s.article.title, s.article.source, s.article.url ?? s.article.id].filter(Boolean).join(' · ')}`);
  }
  if (r.total > r.offset + r.statements.length) out.push('', `(${r.total - r.offset - r.statements.length} more: --offset ${r.offset + r.statements.length})`);
  if (r.months.length) {
    out.push('', `per month: ${r.months.map((m) => `${m.month} ${m.statements} (tone ${signed(m.tone)})`).join(', ')}`);
  }
  if (!r.about && r.topics.length) out.push(`talks about: ${r.topics.slice(0, 12).map((t) => `${t.name} (${t.statements})`).join(', ')}`);
  return out.join('\n');
}

export function register(program: Command): void {
  program
    .command('statements')
    .description("a speaker's statements (quotes and the events the speaker reports), optionally about one entity, with tone per month")
    .argument('<speaker...>', 'the speaker: name, alias, key like wd:Q57792, or #id')
    .option('--db <file|url>', 'SQLite file or postgres:// URL (default: $ARGUS_DATABASE_URL, $ARGUS_DB or ./data/argus.db)')
    .option('--about <name>', 'only statements about this entity (name, alias, key or #id)')
    .option('--from <date>', 'in articles published on or after (YYYY-MM-DD)', isoDate)
    .option('--to <date>', 'in articles published on or before (YYYY-MM-DD)', isoDate)
    .option('--limit <n>', 'statements to show', intInRange(1, 1000), 20)
    .option('--offset <n>', 'skip this many statements', intInRange(0, 1_000_000), 0)
    .addOption(formatOption(['pretty', 'json'], 'pretty'))
    .action(async (speaker: string[], f: StatementsFlags) => {
      try {
        const { statementsByName } = await import('../../services/statements.js');
        const r = await withStore(f.db, (store) => statementsByName(store, speaker.join(' '), {
          about: f.about ?? null, from: f.from ?? null, to: f.to ?? null, limit: f.limit ?? 20, offset: f.offset ?? 0,
        }));
        process.stdout.write((f.format === 'json' ? JSON.stringify(r, null, 2) : formatStatements(r)) + '\n');
      } catch (e) {
        process.stderr.write(`${errorLine('statements', e)}\n`);
        process.exitCode = exitCodeOf(e);
      }
    });
}
