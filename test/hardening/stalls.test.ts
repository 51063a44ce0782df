// Issue 14 item 4: inputs that used to stall analysis run in linear time, or are cut down with a named warning;
// and a per-article time budget abandons any input that still runs long (ANALYSIS_TIMEOUT) while the others go on.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanScrapedText } from '../../src/ingest/clean.js';
import { flattenDeepHtml, MAX_HTML_DEPTH, parseHtml } from '../../src/ingest/html.js';
import { MAX_TOKEN_CHARS, tokenize, tokenizeWarnings } from '../../src/nlp/tokenize.js';
import { warmUp } from '../../src/nlp/pipeline.js';
import { loadKB } from '../../src/kb/index.js';
import { resolveEntities } from '../../src/nlp/stages/resolve.js';
import { buildEntityIndex } from '../../src/nlp/stages/entity-index.js';
import { linkPronouns } from '../../src/nlp/stages/pronouns.js';
import { resolvePronoun } from '../../src/nlp/stages/attribution.js';
import { BudgetedAnalyzer } from '../../src/services/analysis-budget.js';
import { IngestService } from '../../src/services/ingest.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import type { ArticleInput } from '../../src/core/input.js';

const dir = mkdtempSync(join(tmpdir(), 'argus-stalls-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/**
 * f's result and the CPU milliseconds this process spent on it: a stall guard bounds the work the code does, which the
 * other jobs of a loaded machine (a CI run beside helpers) do not change, as they change the wall clock.
 */
function timed<T>(f: () => T): [T, number] {
  const t = process.cpuUsage();
  const r = f();
  const d = process.cpuUsage(t);
  return [r, (d.user + d.system) / 1000];
}

function article(title: string, text: string): ArticleInput {
  return { title, subtitle: null, text, published: '2025-03-04', url: null, source: null, byline: null, dateline: null, language: 'en' };
}

function indexOf(text: string): { doc: ReturnType<typeof tokenize>; index: ReturnType<typeof buildEntityIndex> } {
  const doc = tokenize(text);
  const index = buildEntityIndex(doc, resolveEntities(doc, warmUp().recognize(doc), loadKB()));
  return { doc, index };
}

test('stalls: a pronoun chain of 1,500 reported clauses resolves without deep recursion, in linear time', () => {
  const chain = 'he said that she said that '.repeat(1500) + 'it rained.';
  const { doc, index } = indexOf(chain);
  const [, ms] = timed(() => {
    linkPronouns(doc, index);
    for (let i = 0; i < doc.n; i++) resolvePronoun(doc, index, i);
  });
  assert.ok(ms < 3000, `${ms} ms`);
  // ten times longer: still no stack overflow
  const long = indexOf('he said that she said that '.repeat(15000) + 'it rained.');
  assert.doesNotThrow(() => linkPronouns(long.doc, long.index));
});

test('stalls: every pronoun of a chain after a named person resolves to that person, as before', () => {
  const rows: Array<[string, number]> = [
    ['Maria Okafor arrived and he said that she said that she said that it rained.', 3],
    ['Maria Okafor arrived and ' + 'she said that '.repeat(2000) + 'it rained.', 2000],
  ];
  for (const [text, pronouns] of rows) {
    const { doc, index } = indexOf(text);
    linkPronouns(doc, index);
    const person = index.entities.find((e) => e.type === 'PERSON');
    assert.ok(person, text.slice(0, 40));
    assert.equal(person.mentions.filter((m) => m.kind === 'pronoun').length, pronouns, text.slice(0, 40));
  }
});

test('stalls: trailing whitespace of 3 M spaces is cleaned in linear time', () => {
  const [r, ms] = timed(() => cleanScrapedText('A headline for the test\n\nOne sentence of body text here.' + ' '.repeat(3_000_000) + '\n'));
  assert.equal(r.text, 'One sentence of body text here.');
  assert.ok(ms < 2000, `${ms} ms`);
});

test('stalls: very long tokens are split before tokenizing, with a named warning, and offsets stay exact', () => {
  const rows: Array<[string, string]> = [
    ['1 MB of dashes', '-'.repeat(1_000_000)],
    ['5 MB of one letter', 'a'.repeat(5_000_000)],
    ['A. x 500k', 'A.'.repeat(500_000)],
  ];
  for (const [name, run] of rows) {
    const text = `Some words before ${run} and after.`;
    const [doc, ms] = timed(() => tokenize(text));
    // issue 14's bound for any input, 3 s plus 2 s per MB (a quadratic tokenizer takes minutes on these): a flat 4 s
    // failed once for the 1 MB run on a machine that other jobs loaded (1.5 s alone)
    const bound = 3000 + (2000 * text.length) / 1_000_000;
    assert.ok(ms < bound, `${name}: ${ms} ms (bound ${bound} ms)`);
    for (let i = 0; i < doc.n; i++) assert.equal(text.slice(doc.starts[i], doc.ends[i]), doc.words[i], name);
    assert.equal(doc.words.at(-1), '.', name);
    const w = tokenizeWarnings(text);
    assert.equal(w.length, 1, name);
    assert.equal(w[0]?.code, 'LONG_TOKEN_SPLIT');
    assert.equal(w[0]?.longest, run.length);
  }
  // ordinary text: no warning, and a run just at the limit is left whole
  assert.deepEqual(tokenizeWarnings('An ordinary sentence, with https://example.org/a/path in it.'), []);
  assert.deepEqual(tokenizeWarnings('x'.repeat(MAX_TOKEN_CHARS)), []);
});

test('stalls: HTML nested 50k and 200k deep is flattened, quickly, and its text is found', () => {
  const body = '<p>' + 'The minister said the talks in the capital went well and that more would follow soon. '.repeat(3) + '</p>';
  for (const depth of [50_000, 200_000]) {
    for (const tag of ['div', 'b']) {
      const html = `<html><head><title>Deep page</title></head><body>${`<${tag}>`.repeat(depth)}${body}${`</${tag}>`.repeat(depth)}</body></html>`;
      const [a, ms] = timed(() => parseHtml(html, undefined, 'deep.html'));
      assert.match(a.text, /^The minister said the talks/, `${tag} x ${depth}`);
      assert.equal(a.warnings?.[0]?.code, 'HTML_TOO_DEEP');
      assert.ok(ms < 5000, `${tag} x ${depth}: ${ms} ms`);
    }
  }
});

test('stalls: a page of 100,000 list items skips Readability, quickly, and keeps its text (HTML_TOO_LARGE)', () => {
  const items = Array.from({ length: 100_000 }, (_, i) => `<li>The minister said the talks of round ${i} went well and more would follow soon.`);
  const html = `<html><body><ul>${items.join('')}</ul></body></html>`;
  const [a, ms] = timed(() => parseHtml(html, undefined, 'list.html'));
  assert.equal(a.warnings?.[0]?.code, 'HTML_TOO_LARGE');
  assert.match(a.text, /^The minister said the talks of round 0 went well/);
  assert.match(a.text, /round 99999 went well/);
  assert.ok(ms < 5000, `${ms} ms`);
});

test('stalls: flattenDeepHtml leaves ordinary pages alone and keeps tags up to the limit', () => {
  const rows = [
    '<html><body><div><p>one<p>two<ul><li>a<li>b</ul></div></body></html>',
    '<div><script>if (a < b) document.write("<div><div><div>")</script><!-- <div> --></div>',
    `${'<div>'.repeat(MAX_HTML_DEPTH)}text${'</div>'.repeat(MAX_HTML_DEPTH)}`,
    '<p>' + '<br>'.repeat(5000) + '<img src=x>'.repeat(5000) + '</p>',
    'a < b and c <d',
  ];
  for (const html of rows) assert.deepEqual(flattenDeepHtml(html), { html, dropped: 0 }, html.slice(0, 40));
  const deeper = flattenDeepHtml(`${'<div>'.repeat(MAX_HTML_DEPTH + 2)}text${'</div>'.repeat(MAX_HTML_DEPTH + 2)}`);
  assert.equal(deeper.dropped, 4);
});

test('stalls: a 5 MB single line is analyzed within its budget (its first 300,000 characters, with a named warning)', async () => {
  const line = 'The minister said the talks in Paris went well and that more would follow soon. '.repeat(62_000);
  const analyzer = new BudgetedAnalyzer();
  try {
    await analyzer.analyze(article('Start', 'The worker loads its models first.'), 'start', 'start.txt', 60_000);
    const t = performance.now();
    const r = await analyzer.analyze(article('One long line', line), 'long-line', 'long-line.txt');
    assert.equal(r.analysis.article.text, line);
    assert.deepEqual(r.warnings.map((w) => w.code), ['TEXT_TRUNCATED']);
    assert.ok(r.analysis.entities.some((e) => e.name === 'Paris'));
    assert.ok(performance.now() - t < 3000 + 2000 * 5, `${performance.now() - t} ms`);
  } finally {
    await analyzer.close();
  }
});

test('stalls: an article over its time budget fails with ANALYSIS_TIMEOUT and the next one is analyzed', async () => {
  const analyzer = new BudgetedAnalyzer();
  try {
    const text = 'The minister said the talks in Paris went well and that more would follow soon. '.repeat(200);
    await assert.rejects(analyzer.analyze(article('Too slow', text), 'slow', 'slow.txt', 1), (e: unknown) => {
      assert.equal((e as { code?: string }).code, 'ANALYSIS_TIMEOUT');
      assert.match((e as Error).message, /budget of 1 ms/);
      return true;
    });
    const ok = await analyzer.analyze(article('In time', text), 'fast', 'fast.txt', 60_000);
    assert.equal(ok.analysis.article.title, 'In time');
  } finally {
    await analyzer.close();
  }
});

test('stalls: articles queued behind one over its budget go to a new worker and are analyzed', async () => {
  // all three are posted to the worker at once (it never waits for the caller between articles); the first runs over
  // its budget, the worker is stopped, and the two behind it must be posted again, not failed
  const analyzer = new BudgetedAnalyzer();
  try {
    const text = 'The minister said the talks in Paris went well and that more would follow soon. '.repeat(200);
    const slow = analyzer.analyze(article('Too slow', text), 'slow', 'slow.txt', 1);
    const next = analyzer.analyze(article('Queued one', text), 'q1', 'q1.txt', 60_000);
    const last = analyzer.analyze(article('Queued two', 'Officials met in Lisbon on Monday.'), 'q2', 'q2.txt', 60_000);
    await assert.rejects(slow, (e: unknown) => (e as { code?: string }).code === 'ANALYSIS_TIMEOUT');
    assert.equal((await next).analysis.article.title, 'Queued one');
    assert.equal((await last).analysis.article.title, 'Queued two');
  } finally {
    await analyzer.close();
  }
});

test('stalls: thirty articles queued on one worker are answered, each to its caller, with one listener per worker', async () => {
  // one listener per article used to be added to the worker: past ten queued, Node warned of a listener leak, and every
  // answer was read by every waiting article
  const warnings: string[] = [];
  const onWarning = (w: Error): void => {
    warnings.push(w.name);
  };
  process.on('warning', onWarning);
  const analyzer = new BudgetedAnalyzer();
  try {
    const cities = ['Lisbon', 'Oslo', 'Quito', 'Hanoi', 'Accra', 'Lima'];
    const runs = Array.from({ length: 30 }, (_, k) =>
      analyzer.analyze(article(`Queued ${k}`, `Officials met in ${cities[k % cities.length]} on Monday for talks number ${k}.`), `q${k}`, `q${k}.txt`, 60_000));
    const done = await Promise.all(runs);
    done.forEach((r, k) => {
      assert.equal(r.analysis.article.title, `Queued ${k}`);
      assert.ok(r.analysis.entities.some((e) => e.name === cities[k % cities.length]), `article ${k}`);
    });
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(warnings.filter((n) => n === 'MaxListenersExceededWarning'), []);
  } finally {
    process.off('warning', onWarning);
    await analyzer.close();
  }
});

test('stalls: in an ingest batch, the article over its budget is a named failure and the others are stored', async () => {
  const files = ['a.json', 'b.json', 'c.json'];
  const titles = ['First article', 'SLOW second article', 'Third article'];
  files.forEach((f, k) => writeFileSync(join(dir, f), JSON.stringify({
    // the slow one is long enough (tens of milliseconds) that its 1 ms budget always runs out before it is done
    title: titles[k], text: `Officials in Lisbon met on Monday, the ministry said. Talks number ${k} went well and more would follow. `.repeat(k === 1 ? 300 : 1).trim(),
  })));
  const store = openSqliteStore(join(dir, 'budget.db'));
  try {
    const s = await new IngestService(store, { afterSave: false, analysisBudgetMs: (i) => (i.title.startsWith('SLOW') ? 1 : 60_000) })
      .run(files.map((f) => join(dir, f)));
    assert.equal(s.new, 2);
    assert.equal(s.failed, 1);
    assert.equal(s.failures[0]?.code, 'ANALYSIS_TIMEOUT');
    assert.match(s.failures[0]?.ref ?? '', /b\.json/);
  } finally {
    await store.close();
  }
});
