// `argus entity NAME` prints an entity profile; `argus entity merge A B` and `argus entity split NAME --part KEY` correct the joins.
import type { Command } from 'commander';
import { withStore } from '../../services/db.js';
import { entityProfile, mergeEntities, splitEntity } from '../../services/queries.js';
import { EXIT_FAILURE, errorLine, exitCodeOf, formatOption } from '../options.js';
import type { EntityProfile } from '../../store/types.js';

export function formatProfile(p: EntityProfile): string {
  const kb = [p.kb.wikidata && `wikidata ${p.kb.wikidata}`, p.kb.iso3166 && `ISO ${p.kb.iso3166}`, p.kb.geonames != null && `GeoNames ${p.kb.geonames}`]
    .filter(Boolean).join(', ');
  const out = [
    `${p.name}  (${p.type}, #${p.id}, key ${p.key})`,
    kb ? `  KB: ${kb}` : '',
    `  articles: ${p.articles}, mentions: ${p.mentions}, first seen ${p.firstSeen ?? '-'}, last seen ${p.lastSeen ?? '-'}`,
    p.aliases.length ? `  aliases: ${p.aliases.slice(0, 12).map((a) => a.alias).join('; ')}` : '',
    p.titles.length ? `  titles: ${p.titles.slice(0, 8).map((t) => t.title).join('; ')}` : '',
    p.parts.length > 1 ? `  parts: ${p.parts.map((x) => `${x.key} (${x.articles})`).join(', ')}` : '',
  ];
  if (p.quotes.length) {
    out.push('  top quotes:');
    for (const q of p.quotes) out.push(`    “${q.text.length > 160 ? q.text.slice(0, 157) + '…' : q.text}” — ${q.title} (${q.published?.slice(0, 10) ?? '?'})`);
  }
  if (p.cooccurring.length) out.push(`  with: ${p.cooccurring.map((c) => `${c.name} (${c.articles})`).join(', ')}`);
  const ev = (label: string, list: EntityProfile['eventsAsActor']): void => {
    if (!list.length) return;
    out.push(`  ${label}: ${list.map((e) => `${e.type} ${e.count}${e.examples[0]?.other ? ` (e.g. ${label.includes('actor') ? '→' : '←'} ${e.examples[0].other})` : ''}`).join(', ')}`);
  };
  ev('events as actor', p.eventsAsActor);
  ev('events as recipient', p.eventsAsTarget);
  return out.filter((l) => l !== '').join('\n');
}

interface EntityFlags {
  db?: string;
  format?: string;
  part?: string[];
}

export function register(program: Command): void {
  program
    .command('entity')
    .description('profile of an entity (name, alias, key like wd:Q7184, or #id); `entity merge FROM INTO`; `entity split NAME --part KEY`')
    .argument('<words...>', 'NAME | merge FROM INTO | split NAME')
    .option('--db <file|url>', 'SQLite file or postgres:// URL (default: $ARGUS_DATABASE_URL, $ARGUS_DB or ./data/argus.db)')
    .option('--part <key>', 'split: an original key to move to an entity of its own (repeatable)', (v: string, acc: string[] = []) => [...acc, v])
    .addOption(formatOption(['pretty', 'json'], 'pretty'))
    .action(async (words: string[], flags: EntityFlags) => {
      try {
        await withStore(flags.db, async (store) => {
          const [verb, ...rest] = words;
          if (verb === 'merge' && rest.length === 2) {
            const r = await mergeEntities(store, rest[0] as string, rest[1] as string);
            process.stdout.write(`merged ${r.from.name} (#${r.from.id}, ${r.from.articles} articles) into ${r.into.name} (#${r.into.id})\n`);
            return;
          }
          if (verb === 'split' && rest.length >= 1) {
            const r = await splitEntity(store, rest.join(' '), flags.part ?? []);
            process.stdout.write(`split ${(flags.part ?? []).join(', ')} off ${r.entity.name} into ${r.newEntity?.name ?? '?'} (#${r.newEntity?.id ?? '?'})\n`);
            return;
          }
          const name = words.join(' ');
          const { profile, candidates } = await entityProfile(store, name);
          if (flags.format === 'json') {
            process.stdout.write(JSON.stringify({ profile, candidates }, null, 2) + '\n');
            if (!profile) {
              process.stderr.write(`argus entity: no entity named ${JSON.stringify(name)} (NOT_FOUND)\n`);
              process.exitCode = EXIT_FAILURE;
            }
            return;
          }
          if (!profile) {
            process.stderr.write(`argus entity: no entity named ${JSON.stringify(name)} (NOT_FOUND)\n`);
            process.exitCode = EXIT_FAILURE;
            return;
          }
          process.stdout.write(formatProfile(profile) + '\n');
          const others = candidates.filter((c) => c.id !== profile.id);
          if (others.length) process.stdout.write(`  also: ${others.map((c) => `${c.name} (${c.type}, #${c.id}, ${c.articles})`).join(', ')}\n`);
        });
      } catch (e) {
        // not found (merge, split) is a failure (1) like a profile not found; only a usage error is 2
        process.stderr.write(`${errorLine('entity', e)}\n`);
        process.exitCode = exitCodeOf(e);
      }
    });
}
