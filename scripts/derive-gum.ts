// Derives the flat named-entity IOB2 view of GUM (corpora/gum/{train,dev}.iob2) from GUM's own CoNLL-U
// entity layer (corpora/gum/conllu/{train,dev}.conllu.gz). The rules are documented in corpora/gum/README.md.
// Usage: npm run derive:gum [-- --check]   (--check: fail when the committed IOB2 differs from a fresh derivation)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { COURTESY, HONORIFICS, ROLE_HEADS } from '../src/nlp/entities/lexicon.js';
import { ROOT } from './eval-ner.js';
import { loadKB } from '../src/kb/index.js';

interface Word { form: string; upos: string; deprel: string; feats: string; head: number }
interface Mention { start: number; end: number; etype: string; minspan: number[]; identity: string }
export interface GumDoc { id: string; words: Word[]; sentStart: number[]; mentions: Mention[] }

/** GUM etype -> IOB2 type; the other etypes (time, substance, animal, plant) are not names of the kinds we tag. */
const ETYPE: Readonly<Record<string, string>> = {
  person: 'PER', organization: 'ORG', place: 'LOC', event: 'EVENT', object: 'MISC', abstract: 'MISC',
};

/** Reads concatenated CoNLL-U documents (`# newdoc id`) with their Entity= brackets (one stack per entity id). */
export function parseGumConllu(text: string): GumDoc[] {
  const docs: GumDoc[] = [];
  let doc: GumDoc | null = null;
  let open = new Map<string, { start: number; etype: string; minspan: number[]; identity: string }[]>();
  let inSentence = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('# newdoc id')) {
      doc = { id: line.split('=')[1]?.trim() ?? '', words: [], sentStart: [], mentions: [] };
      docs.push(doc);
      open = new Map();
      continue;
    }
    if (!doc || line.startsWith('#')) continue;
    if (line.trim() === '') { inSentence = false; continue; }
    const cols = line.split('\t');
    if (cols.length < 10 || !/^\d+$/.test(cols[0] as string)) continue; // multi-word ranges, empty nodes
    if (!inSentence) { doc.sentStart.push(doc.words.length); inSentence = true; }
    const at = doc.words.length;
    const head = Number(cols[6]);
    const sentAt = doc.sentStart[doc.sentStart.length - 1] as number;
    doc.words.push({
      form: cols[1] as string, upos: cols[3] as string, feats: cols[5] as string, deprel: cols[7] as string,
      head: head > 0 ? sentAt + head - 1 : -1,
    });
    const ent = (cols[9] as string).split('|').find((f) => f.startsWith('Entity='));
    if (!ent) continue;
    // "(12-person-new-...-cf1-1,2-coref-Title" opens, "12)" closes; several concatenated, left to right
    const re = /\(([^()]+)|(\d+)\)/g;
    for (let m = re.exec(ent.slice(7)); m; m = re.exec(ent.slice(7))) {
      if (m[1] !== undefined) {
        let body = m[1];
        const closesHere = ent.slice(7).charAt(re.lastIndex) === ')';
        const fields = body.split('-');
        const id = fields[0] as string;
        const etype = fields[1] as string;
        const minspan = (fields[5] ?? '').split(',').filter((x) => /^\d+$/.test(x)).map(Number);
        body = fields.slice(7).join('-');
        const rec = { start: at, etype, minspan, identity: body };
        if (closesHere) {
          doc.mentions.push({ ...rec, end: at + 1 });
          re.lastIndex++;
        } else {
          const stack = open.get(id) ?? [];
          stack.push(rec);
          open.set(id, stack);
        }
      } else {
        const stack = open.get(m[2] as string);
        const rec = stack?.pop();
        if (rec) doc.mentions.push({ ...rec, end: at + 1 });
      }
    }
  }
  return docs;
}

const TITLE_WORDS = new Set([...HONORIFICS, ...COURTESY].map((w) => w.toLowerCase()).concat([...ROLE_HEADS]));
const NOT_NAME_START = /^(Figure|Fig\.|Table|Tab|Factor|Section|Chapter|Appendix|Experiment|Study|Model|Hypothesis|Equation|Example|Step|Phase|Part|Level|Group)$/;
const LINKERS = new Set(['ADP', 'DET', 'CCONJ', 'PART']);
const isCap = (w: string): boolean => /^\p{Lu}/u.test(w);

/** The name inside tokens [s, e) of a mention of `type`, or null: trimmed, titles stripped, checked. */
function nameIn(doc: GumDoc, s: number, e: number, type: string, commonNouns: ReadonlySet<string>): { start: number; end: number; type: string } | null {
  const w = (i: number): Word => doc.words[i] as Word;
  const possessive = (x: Word): boolean => x.upos === 'PRON' && /Poss=Yes/.test(x.feats);
  while (s < e && (w(s).upos === 'DET' || w(s).upos === 'PUNCT' || possessive(w(s)))) s++;
  while (e > s && (w(e - 1).upos === 'PUNCT' || w(e - 1).upos === 'PART')) e--;
  if (s >= e) return null;
  if (type === 'PER') {
    // leading titles (GUM's nmod:desc descriptors: Mr., Professor, Emperor) are not part of the name
    while (e - s > 1 && (w(s).deprel === 'nmod:desc' || TITLE_WORDS.has(w(s).form.toLowerCase()))) s++;
    if (TITLE_WORDS.has(w(s).form.toLowerCase()) && e - s === 1) return null;
  }
  for (let i = s; i < e; i++) if (/[()[\]{}]/.test(w(i).form)) return null;
  if (NOT_NAME_START.test(w(s).form)) return null;
  if (type === 'PER') {
    for (let i = s; i < e; i++) {
      const x = w(i);
      const inner = i > s && i < e - 1;
      if (x.upos !== 'PROPN' && !(inner && x.upos === 'PUNCT' && /^[.-]$/.test(x.form))) return null;
    }
    // a capitalised role word alone ("the Emperor", "a Fellow of the Society") is a title, not a name
    let titleOnly = true;
    for (let i = s; i < e; i++) if (!commonNouns.has(w(i).form.toLowerCase()) || w(i).upos === 'PUNCT') titleOnly = false;
    if (titleOnly) return null;
    // plural "persons" (Americans, Tagbanuas) are groups, not a person's name
    if (/Number=Plur/.test(w(e - 1).feats)) return null;
    return { start: s, end: e, type };
  }
  const first = w(s);
  const last = w(e - 1);
  if (!isCap(first.form) || (first.upos !== 'PROPN' && first.upos !== 'ADJ' && first.upos !== 'VERB')) return null;
  if ((last.upos !== 'PROPN' || !/^[\p{Lu}\d]/u.test(last.form)) && last.upos !== 'NUM') return null;
  for (let i = s + 1; i < e - 1; i++) {
    const x = w(i);
    if (x.upos === 'PROPN' || x.upos === 'NUM' || LINKERS.has(x.upos)) continue;
    if (x.upos === 'PUNCT' && /^[.&'’-]$/.test(x.form)) continue;
    if ((x.upos === 'NOUN' || x.upos === 'ADJ') && isCap(x.form)) continue;
    return null;
  }
  return { start: s, end: e, type };
}

/** The Wikipedia title a mention is linked to, URL-decoded when it can be. */
function linkedTitle(m: Mention): string {
  try {
    return decodeURIComponent(m.identity);
  } catch {
    return m.identity;
  }
}

/**
 * The named core of a mention (token offsets, end exclusive) and its type, or null when the mention is not a name.
 * The whole mention when it is a name ("the Australian Centre for Control of Iodine Deficiency Disorders");
 * otherwise the proper-noun run around the mention's syntactic head ("Mary Chaworth, whom he met at school").
 */
export function namedCore(doc: GumDoc, m: Mention, commonNouns: ReadonlySet<string>): { start: number; end: number; type: string } | null {
  const type = ETYPE[m.etype];
  if (!type) return null;
  const core = namedCoreOf(doc, m, type, commonNouns);
  if (core && type === 'PER' && m.identity) {
    // a person mention linked to Wikipedia whose words are not in the linked title is a descriptor ("Protector of Mexico")
    // (compared on diacritic-folded 4-letter prefixes, so that spelling variants still match: Dostoyevsky, Munafò)
    const stem = (x: string): string => x.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().slice(0, 4);
    const title = linkedTitle(m);
    const stems = new Set([...title.split(/[_\s.,'-]+/), ...title.split(/[_\s.,-]+/)].filter(Boolean).map(stem));
    let shared = false;
    for (let i = core.start; i < core.end; i++) if (stems.has(stem((doc.words[i] as Word).form))) shared = true;
    if (!shared) return null;
  }
  return core;
}

function namedCoreOf(doc: GumDoc, m: Mention, type: string, commonNouns: ReadonlySet<string>): { start: number; end: number; type: string } | null {
  const whole = nameIn(doc, m.start, m.end, type, commonNouns);
  if (whole) return whole;
  let h = -1;
  for (let i = m.start; i < m.end; i++) {
    const head = (doc.words[i] as Word).head;
    if (head < m.start || head >= m.end) { h = i; break; }
  }
  if (h < 0) return null;
  const w = (i: number): Word => doc.words[i] as Word;
  if (w(h).upos === 'NOUN') return nameBesideNoun(doc, m, h, type, commonNouns);
  if (w(h).upos !== 'PROPN') return null;
  // grow the head into its name: capitalised words, and for non-persons "of the"-style linkers between them
  const nameWord = (i: number): boolean =>
    type === 'PER' ? w(i).upos === 'PROPN' : w(i).upos !== 'PUNCT' && w(i).upos !== 'DET' && /^[\p{Lu}\d]/u.test(w(i).form);
  let s = h;
  let e = h + 1;
  while (s > m.start && nameWord(s - 1)) s--;
  for (;;) {
    if (e < m.end && nameWord(e)) { e++; continue; }
    if (type === 'PER') break;
    let k = e;
    while (k < m.end && LINKERS.has(w(k).upos) && w(k).upos !== 'PART' && /^\p{Ll}/u.test(w(k).form)) k++;
    if (k > e && k < m.end && nameWord(k)) { e = k + 1; continue; }
    break;
  }
  if (s === m.start && e === m.end) return null;
  return nameIn(doc, s, e, type, commonNouns);
}

/**
 * A mention headed by a common noun can still hold its name: a person's name attached as `flat` right after a
 * descriptor ("interviewee David Titley", "Senior researcher Mu Li"), or the compound run before the head of a
 * linked mention when it is the linked title's name ("the Bay of Bengal area" -> Bay_of_Bengal).
 */
function nameBesideNoun(doc: GumDoc, m: Mention, h: number, type: string, commonNouns: ReadonlySet<string>): { start: number; end: number; type: string } | null {
  const w = (i: number): Word => doc.words[i] as Word;
  if (type === 'PER') {
    // the name's words hang on the descriptor or on each other ("captain Andreas Granqvist", "Wong Kwok - hing")
    const inRun = (i: number): boolean => w(i).head === h || (w(i).head > h && w(i).head < m.end);
    if (!(h + 1 < m.end && w(h + 1).upos === 'PROPN' && w(h + 1).deprel === 'flat' && w(h + 1).head === h)) return null;
    let e = h + 2;
    for (;;) {
      if (e < m.end && w(e).upos === 'PROPN' && inRun(e)) { e++; continue; }
      if (e + 1 < m.end && w(e).form === '-' && w(e + 1).upos === 'PROPN' && inRun(e + 1)) { e += 2; continue; }
      break;
    }
    return nameIn(doc, h + 1, e, type, commonNouns);
  }
  if (!m.identity) return null;
  let s = h;
  while (s > m.start && (w(s - 1).upos === 'PROPN' || (s - 2 >= m.start && w(s - 1).upos === 'ADP' && w(s - 2).upos === 'PROPN'))) s--;
  if (s === h) return null;
  // only when the run is the linked title itself
  const title = linkedTitle(m);
  const run = doc.words.slice(s, h).map((x) => x.form).join(' ');
  if (run.toLowerCase() !== title.replace(/_/g, ' ').toLowerCase()) return null;
  return nameIn(doc, s, h, type, commonNouns);
}

/** Flat IOB2 of one document: named cores, outermost first (a longer name keeps the names nested in it). */
export function docToIob2(doc: GumDoc, commonNouns: ReadonlySet<string>): string {
  const tags: string[] = doc.words.map(() => 'O');
  const cores = doc.mentions.map((m) => namedCore(doc, m, commonNouns)).filter((c): c is NonNullable<typeof c> => c !== null);
  cores.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const sentOf = new Int32Array(doc.words.length);
  doc.sentStart.forEach((st, k) => sentOf.fill(k, st));
  const kb = loadKB();
  for (const c of cores) {
    if (sentOf[c.start] !== sentOf[c.end - 1]) continue;
    // GUM types a country that acts (a government, a national team) as an organization; names of countries are
    // places (GPE) here, as in UNER and OntoNotes
    if (c.type === 'ORG') {
      const text = doc.words.slice(c.start, c.end).map((x) => x.form).join(' ');
      if (kb.countryByName(text)) c.type = 'LOC';
    }
    let free = true;
    for (let i = c.start; i < c.end; i++) if (tags[i] !== 'O') free = false;
    if (!free) continue;
    for (let i = c.start; i < c.end; i++) tags[i] = `${i === c.start ? 'B' : 'I'}-${c.type}`;
  }
  const lines = [`# doc ${doc.id}`];
  for (let k = 0; k < doc.sentStart.length; k++) {
    const end = doc.sentStart[k + 1] ?? doc.words.length;
    for (let i = doc.sentStart[k] as number; i < end; i++) lines.push(`${(doc.words[i] as Word).form}\t${tags[i]}`);
    lines.push('');
  }
  return lines.join('\n');
}

export function deriveSplit(split: 'train' | 'dev'): string {
  const text = gunzipSync(readFileSync(join(ROOT, `corpora/gum/conllu/${split}.conllu.gz`))).toString('utf8');
  const docs = parseGumConllu(text);
  // words the split uses as lower-case common nouns (emperor, fellow): alone and capitalised, they are titles
  const commonNouns = new Set<string>();
  for (const d of docs) for (const x of d.words) if (x.upos === 'NOUN' && /^\p{Ll}/u.test(x.form)) commonNouns.add(x.form);
  return docs.map((d) => docToIob2(d, commonNouns)).join('\n');
}

function main(): void {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const split of ['train', 'dev'] as const) {
    const out = deriveSplit(split);
    const path = join(ROOT, `corpora/gum/${split}.iob2`);
    const counts: Record<string, number> = {};
    for (const m of out.matchAll(/\tB-(\w+)/g)) counts[m[1] as string] = (counts[m[1] as string] ?? 0) + 1;
    console.log(`${split}: ${Object.entries(counts).map(([t, n]) => `${t} ${n}`).join(', ')}`);
    if (check) {
      if (readFileSync(path, 'utf8') !== out) { console.error(`${path} differs from a fresh derivation`); stale++; }
    } else {
      writeFileSync(path, out);
    }
  }
  if (stale) process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
