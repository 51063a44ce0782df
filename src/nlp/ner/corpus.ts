// Readers for the IOB2 corpora: the uniform "token<TAB>tag" files and UNER's 5-column files.
import { labelOfCorpusTag } from './tags.js';

export interface LabeledSentence {
  doc: string;
  words: string[];
  labels: Uint8Array;
}

/**
 * Documents as runs of consecutive sentences with the same doc id, as [start, end) index pairs over items[0, end).
 * A sentence without an id is a document of its own.
 */
export function documentRuns(items: ReadonlyArray<{ doc?: string | undefined }>, end = items.length): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let a = 0; a < end; ) {
    let b = a + 1;
    const id = items[a]?.doc;
    if (id !== undefined) while (b < end && items[b]?.doc === id) b++;
    runs.push([a, b]);
    a = b;
  }
  return runs;
}

/**
 * Parses IOB2 text. Comment lines ("# doc x", "# newdoc id = x", "# text = ...") have no TAB;
 * token lines are "token<TAB>tag" or "index<TAB>token<TAB>tag<TAB>...". A blank line ends a sentence.
 */
export function parseIob2(text: string): LabeledSentence[] {
  const out: LabeledSentence[] = [];
  let doc = '';
  let words: string[] = [];
  let tags: number[] = [];
  const flush = (): void => {
    if (words.length > 0) out.push({ doc, words, labels: Uint8Array.from(tags) });
    words = [];
    tags = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.length === 0) { flush(); continue; }
    const cols = line.split('\t');
    if (cols.length === 1) {
      const m = /^#\s*(?:doc|newdoc id =)\s*(.+)$/.exec(line);
      if (m) { flush(); doc = (m[1] as string).trim(); }
      continue;
    }
    const fiveCol = cols.length >= 5 && /^\d+$/.test(cols[0] as string);
    const word = fiveCol ? (cols[1] as string) : (cols[0] as string);
    const tag = fiveCol ? (cols[2] as string) : (cols[1] as string);
    words.push(word);
    tags.push(labelOfCorpusTag(tag.trim()));
  }
  flush();
  return out;
}
