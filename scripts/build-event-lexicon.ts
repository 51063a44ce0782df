// Converts the PETRARCH2 CAMEO verb dictionary into the event lexicon Argus loads at run time.
//   npm run build:events
// Reads corpora/petrarch2/CAMEO.2.0.txt (MIT, Open Event Data Alliance) and writes kb-data/events/cameo-verbs.tsv,
// which keeps the MIT notice at its head. The file is written to a temporary name and renamed, so a failed build
// never leaves a half-written lexicon.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const argv = process.argv.slice(2);
const opt = (name: string, dflt: string): string => {
  const k = argv.indexOf(name);
  return k >= 0 && argv[k + 1] ? (argv[k + 1] as string) : dflt;
};
const SOURCE = opt('--source', `${ROOT}corpora/petrarch2/CAMEO.2.0.txt`);
const OUT = opt('--out', `${ROOT}kb-data/events/cameo-verbs.tsv`);

function fail(msg: string): never {
  console.error(`build:events: ${msg}`);
  process.exit(1);
}

if (!existsSync(SOURCE)) fail(`missing source ${SOURCE} (copy it from the PETRARCH2 dictionaries; see corpora/petrarch2/README.md)`);
const text = readFileSync(SOURCE, 'utf8');
if (!text.includes('####### VERB PATTERNS #######')) fail(`${SOURCE} is not the CAMEO verb dictionary (no VERB PATTERNS section)`);

/** A CAMEO code field: "[042:043]" -> "042"; "[:173]" -> "173"; "[---]" -> "---" (explicitly no event); "" when absent. */
function codeOf(field: string | undefined): string {
  if (!field) return '';
  const parts = field.replace(/[[\]\s!]/g, '').split(':');
  const first = parts.find((p) => p.length > 0) ?? '';
  if (first !== '---' && !/^\d{2,4}$/.test(first)) fail(`unreadable CAMEO code ${field}`);
  return first;
}

/** Regular forms of a verb, as PETRARCH generates them when no irregular forms are listed. */
function regularForms(w: string): string[] {
  const out = new Set([w]);
  if (/(?:s|x|z|ch|sh)$/.test(w)) out.add(`${w}es`);
  else if (/[^aeiou]y$/.test(w)) out.add(`${w.slice(0, -1)}ies`);
  else out.add(`${w}s`);
  if (w.endsWith('e')) {
    out.add(`${w}d`);
    out.add(`${w.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(w)) {
    out.add(`${w.slice(0, -1)}ied`);
    out.add(`${w}ing`);
  } else {
    out.add(`${w}ed`);
    out.add(`${w}ing`);
    // a final stressed consonant doubles (ban -> banned); over-generation is harmless: only real words ever match
    if (/[^aeiou][aeiou][bdgklmnprt]$/.test(w)) {
      out.add(`${w}${w.slice(-1)}ed`);
      out.add(`${w}${w.slice(-1)}ing`);
    }
  }
  return [...out];
}

const norm = (s: string): string => s.toLowerCase().replace(/_+$/, '').replace(/_/g, ' ').trim();

const lines = text.split(/\r?\n/);
const out: string[] = [];
const synsets: string[] = [];
let block = '';
let blockCode = '';
let inVerbs = false;
let synset: { name: string; members: string[] } | null = null;
let verbs = 0;
let patterns = 0;
const flushSynset = (): void => {
  if (synset && synset.members.length) synsets.push(`S\t${synset.name}\t${synset.members.join('|')}`);
  synset = null;
};
for (let ln = 0; ln < lines.length; ln++) {
  const raw = lines[ln] as string;
  if (raw.startsWith('####### VERB PATTERNS')) {
    flushSynset();
    inVerbs = true;
    continue;
  }
  const line = raw.replace(/#.*$/, '').trim();
  if (!line) {
    if (!inVerbs) flushSynset();
    continue;
  }
  if (!inVerbs) {
    if (line.startsWith('&')) {
      flushSynset();
      synset = { name: line.toLowerCase(), members: [] };
    } else if (line.startsWith('+') && synset) synset.members.push(norm(line.slice(1)));
    continue;
  }
  const head = /^---\s+(\S+)\s+\[([^\]]*)\]\s+---$/.exec(line);
  if (head) {
    block = head[1] as string;
    blockCode = codeOf(`[${head[2] as string}]`);
    continue;
  }
  if (!block) fail(`line ${ln + 1}: a verb or pattern before the first block header`);
  if (line.startsWith('-')) {
    const m = /^-\s*(.*?)\s*(\[[^\]]*\])\s*$/.exec(line);
    if (!m) continue; // a pattern with no code adds nothing
    const body = (m[1] as string).toLowerCase().replace(/\s+/g, ' ');
    const star = body.indexOf('*');
    if (star < 0) fail(`line ${ln + 1}: pattern without "*": ${line}`);
    const before = body.slice(0, star).trim() || '-';
    const after = body.slice(star + 1).trim() || '-';
    const code = codeOf(m[2]);
    if (!code) continue;
    out.push(`P\t${block}\t${before}\t${after}\t${code}`);
    patterns++;
    continue;
  }
  // a verb line: WORD {FORMS} [code], or +MULTI_WORD {+FORMS} [code]
  const vm = /^(\+?[A-Z][A-Z'_-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?/.exec(line);
  if (!vm) continue;
  const multi = (vm[1] as string).startsWith('+');
  const lemma = norm((vm[1] as string).replace(/^\+/, ''));
  let forms: string[];
  if (vm[2] !== undefined) {
    const listed = (vm[2] as string).slice(1, -1).trim().split(/\s+/).filter(Boolean).map((f) => norm(f.replace(/^\+/, '')));
    forms = [lemma, ...listed];
  } else if (multi) {
    const [first, ...rest] = lemma.split(' ');
    forms = regularForms(first as string).map((f) => [f, ...rest].join(' '));
  } else forms = regularForms(lemma);
  const own = codeOf(vm[3]);
  const code = own || blockCode || '-';
  // a verb with a code of its own ("INTERROGATE [090]" in the ASK block) is not coded by its block's patterns
  out.push(`V\t${block}\t${lemma}\t${[...new Set(forms)].join('|')}\t${code}\t${own && own !== blockCode ? 'own' : 'block'}`);
  verbs++;
}
if (verbs < 1000 || patterns < 1000) fail(`only ${verbs} verbs and ${patterns} patterns read: the source looks truncated`);

const licence = text.slice(text.indexOf('# The MIT License'), text.indexOf('\n', text.indexOf('OTHER DEALINGS IN THE')) + 1);
if (!licence.startsWith('# The MIT License')) fail('the MIT notice was not found in the source; refusing to write a file without it');
const header = [
  '# Event trigger lexicon: verb synonym blocks and context patterns with CAMEO codes.',
  '# Generated by scripts/build-event-lexicon.ts from corpora/petrarch2/CAMEO.2.0.txt (the PETRARCH2 CAMEO verb',
  '# dictionary, Open Event Data Alliance, https://github.com/openeventdata/petrarch2). Do not edit: edit the script.',
  '# Rows: S <synset> <members|...>;  V <block> <lemma> <forms|...> <default CAMEO code or ->;',
  '#       (a sixth column: own = the verb has a code of its own and ignores the block\'s patterns)',
  '#       P <block> <words before the verb or -> <words after the verb or -> <CAMEO code; --- = no event>.',
  '# Pattern syntax: &synset, {multi word phrase}, (preposition words) a prepositional phrase, $ source, + target.',
  '#',
  licence.trimEnd(),
];
const tmp = `${OUT}.tmp`;
writeFileSync(tmp, `${header.join('\n')}\n${synsets.join('\n')}\n${out.join('\n')}\n`);
renameSync(tmp, OUT);
console.log(`build:events: ${synsets.length} synsets, ${verbs} verbs, ${patterns} patterns -> ${OUT}`);
