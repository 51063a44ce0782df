// Runs inside the analysis worker thread: loads the models once, then analyzes one article per message.
import { parentPort } from 'node:worker_threads';
import type { ArticleInput, InputWarning } from '../core/input.js';
import { analyze, warmUp } from '../nlp/pipeline.js';
import { tokenizeWarnings } from '../nlp/tokenize.js';

export interface WorkerRequest {
  seq: number;
  input: ArticleInput;
  id: string;
}

export type WorkerReply =
  | { seq: number; ready: true }
  | { seq: number; ok: true; analysis: ReturnType<typeof analyze>; warnings: InputWarning[] }
  | { seq: number; ok: false; message: string };

/**
 * Longest text analyzed, in characters (news articles are far shorter; 300,000 characters take about 3 s). Past it only the first part is analyzed,
 * cut at a paragraph or sentence end, with a named warning; the stored text stays whole (offsets index its start).
 */
export const MAX_ANALYZED_CHARS = 300_000;

function cutForAnalysis(text: string): string {
  if (text.length <= MAX_ANALYZED_CHARS) return text;
  const head = text.slice(0, MAX_ANALYZED_CHARS);
  const para = head.lastIndexOf('\n');
  if (para > MAX_ANALYZED_CHARS / 2) return head.slice(0, para);
  const sentence = head.lastIndexOf('. ');
  if (sentence > MAX_ANALYZED_CHARS / 2) return head.slice(0, sentence + 1);
  const c = head.charCodeAt(head.length - 1);
  return c >= 0xd800 && c <= 0xdbff ? head.slice(0, -1) : head;
}

/** The analysis of one article; a text over MAX_ANALYZED_CHARS is analyzed in its first part (TEXT_TRUNCATED). */
export function analyzeBounded(input: ArticleInput, id: string): { analysis: ReturnType<typeof analyze>; warnings: InputWarning[] } {
  const warnings: InputWarning[] = tokenizeWarnings(input.text).map((w) => ({ code: w.code, message: w.message }));
  const text = cutForAnalysis(input.text);
  if (text.length === input.text.length) return { analysis: analyze(input, { id }), warnings };
  warnings.push({ code: 'TEXT_TRUNCATED', message: `only the first ${text.length} of ${input.text.length} characters were analyzed` });
  const analysis = analyze({ ...input, text }, { id });
  analysis.article.text = input.text;
  return { analysis, warnings };
}

const port = parentPort;
/** An invented article analyzed once at start: the stages' lazily built tables are ready before any budget runs. */
const WARM_UP_TEXT = 'LISBON, March 3 (Example Wire) - Foreign Minister Ana Duarte said on Monday that Portugal would send two ships ' +
  'to the Atlantic exercise. "We stand with our allies," she told reporters in Porto after talks with NATO officials.';

if (port) {
  warmUp();
  analyze({ title: 'Warm-up', subtitle: null, text: WARM_UP_TEXT, published: '2025-03-04', url: null, source: null, byline: null, dateline: null, language: 'en' });
  port.postMessage({ seq: -1, ready: true } satisfies WorkerReply);
  port.on('message', (req: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      reply = { seq: req.seq, ok: true, ...analyzeBounded(req.input, req.id) };
    } catch (e) {
      reply = { seq: req.seq, ok: false, message: e instanceof Error ? e.message : String(e) };
    }
    port.postMessage(reply);
  });
}
