// Guard for the rule "test rows use invented sentences, never text from eval/dev, eval/own or the seed" (issue 11).
// Every string literal in the test files is compared with the gold articles (eval/dev and eval/own, input.raw), the
// seed texts (demo/seed/*.txt), the blind probes' rows (eval/probe/*.jsonl) and the PLOVER gold records
// (corpora/plover): a literal that shares a run of SPAN consecutive words with them is reported.
// seed.test.ts and score.test.ts exist to test the seed and the gold files themselves, so they are skipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

const SPAN = 6;
const MIN_LITERAL = 25;
const SKIP = new Set(['seed.test.ts', 'score.test.ts', 'no-copied-rows.test.ts']);
// Six-word runs that are common English rather than copied text. Keep this list short and say why for each.
const ALLOW = new Set<string>([
  // the official name of an organisation (test/kb/kb.test.ts checks the gazetteer has it), not copied prose
  'international committee of the red cross',
  // a title, a name and "said": a stock opening that a round-9 gold article shares with an older CLI test row
  'nato secretary general mark rutte said',
]);

/**
 * Lower-cased words [a-z0-9']+, the same for the gold texts and the literals. Accents are folded (Inácio -> inacio)
 * so a name with diacritics is one word, curly apostrophes are made straight, and quote marks around a word are
 * dropped ('naive' -> naive), so a copy cannot hide behind a different apostrophe or quote style.
 */
function words(text: string): string[] {
  const folded = text.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[\u2018\u2019\u02bc]/g, "'").toLowerCase();
  return (folded.match(/[a-z0-9']+/g) ?? []).map((w) => w.replace(/^'+|'+$/g, '')).filter((w) => w !== '');
}

function shingles(ws: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + SPAN <= ws.length; i++) out.push(ws.slice(i, i + SPAN).join(' '));
  return out;
}

function walk(dir: string, keep: (name: string) => boolean, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, keep, out);
    else if (keep(name)) out.push(p);
  }
  return out;
}

function sourceTexts(): string[] {
  const texts: string[] = [];
  for (const f of [...walk('eval/dev', (n) => n.endsWith('.json')), ...walk('eval/own', (n) => n.endsWith('.json'))]) {
    const raw = (JSON.parse(readFileSync(f, 'utf8')) as { input?: { raw?: unknown } }).input?.raw;
    if (typeof raw === 'string') texts.push(raw);
  }
  for (const f of walk('demo/seed', (n) => n.endsWith('.txt'))) texts.push(readFileSync(f, 'utf8'));
  // the blind probes (npm run eval:probe) and the PLOVER gold records (npm run eval:plover): held-out halves too
  for (const f of walk('eval/probe', (n) => n.endsWith('.jsonl'))) {
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      const text = line.trim() === '' ? undefined : (JSON.parse(line) as { text?: unknown }).text;
      if (typeof text === 'string') texts.push(text);
    }
  }
  for (const r of JSON.parse(readFileSync('corpora/plover/PLOVER_GSR_CAMEO.txt', 'utf8')) as Array<{ text?: unknown }>) {
    if (typeof r.text === 'string') texts.push(r.text);
  }
  return texts;
}

function literals(file: string): string[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) {
      if (node.text.length > MIN_LITERAL) out.push(node.text);
    } else if (ts.isTemplateExpression(node)) {
      if (node.head.text.length > MIN_LITERAL) out.push(node.head.text);
      for (const span of node.templateSpans) {
        visit(span.expression);
        if (span.literal.text.length > MIN_LITERAL) out.push(span.literal.text);
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

interface Hit {
  file: string;
  line: string;
}

function findHits(): Hit[] {
  const sources = sourceTexts();
  assert.ok(sources.length > 0, 'no gold or seed texts found');
  const gold = new Set<string>();
  for (const t of sources) for (const s of shingles(words(t))) if (!ALLOW.has(s)) gold.add(s);
  const files = walk('test', (n) => n.endsWith('.test.ts') && !SKIP.has(n));
  assert.ok(files.length > 10, 'test files not found');
  const hits: Hit[] = [];
  for (const path of files) {
    const file = relative('.', path).split(sep).join('/');
    for (const lit of literals(path)) {
      const shared = shingles(words(lit)).find((s) => gold.has(s));
      if (shared !== undefined) {
        const excerpt = lit.length > 90 ? `${lit.slice(0, 90)}…` : lit;
        hits.push({ file, line: `${file}: ${JSON.stringify(excerpt)} shares "${shared}"` });
      }
    }
  }
  return hits;
}

let cached: Hit[] | undefined;
const hits = (): Hit[] => (cached ??= findHits());

test('no test row copies a run of six words from the gold articles, the seed, the probes or the PLOVER records', () => {
  const bad = hits().map((h) => h.line);
  assert.deepEqual(bad, [], `test literals copied from evaluation data:\n${bad.join('\n')}`);
});

test('the guard sees a copied sentence and ignores an invented one', () => {
  const gold = new Set(shingles(words('Ministers agreed on Tuesday to build a new bridge across the river.')));
  const copied = shingles(words('“Ministers agreed on Tuesday to build a new bridge,” she said.')).filter((s) => gold.has(s));
  assert.deepEqual(copied, ['ministers agreed on tuesday to build', 'agreed on tuesday to build a', 'on tuesday to build a new', 'tuesday to build a new bridge']);
  assert.deepEqual(shingles(words('Mayors agreed on Friday to repair the old ferry pier.')).filter((s) => gold.has(s)), []);
  assert.deepEqual(words('Inácio’s ERDOĞAN called it ‘naive’'), ["inacio's", 'erdogan', 'called', 'it', 'naive']);
});
