// A compact text signature for story clustering: the article's most frequent content words.
const WORD = /[\p{L}][\p{L}\p{N}'-]{2,}/gu;
const STOP = new Set(
  ('the and for that with this from have has had was were are been will would could should said says not but its his her their they ' +
    'them she him who whom which what when where while also than then there these those into over under about after before other more ' +
    'most some such only our out can may one two three new first last year years week day days time people government president minister ' +
    'secretary state states united statement spokesperson office department today yesterday including during between against through').split(' '),
);

export function keywords(title: string, text: string, k = 20): string[] {
  const tf = new Map<string, number>();
  const add = (s: string, w: number): void => {
    for (const m of s.toLowerCase().matchAll(WORD)) {
      const t = m[0];
      if (STOP.has(t)) continue;
      tf.set(t, (tf.get(t) ?? 0) + w);
    }
  };
  add(title, 1);
  add(text, 1);
  return [...tf.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, k).map(([t]) => t);
}

export function jaccard<T>(a: readonly T[], b: readonly T[]): number {
  if (a.length === 0 && b.length === 0) return 0;
  const sa = new Set(a);
  let inter = 0;
  const sb = new Set(b);
  for (const x of sb) if (sa.has(x)) inter++;
  return inter / (sa.size + sb.size - inter);
}
