// Runs of text without spaces: a run of more than MAX_TOKEN_CHARS units is split into pieces before wink sees it,
// wherever it starts in the text (tokenize.ts finds such runs by measuring only the runs through every
// (MAX_TOKEN_CHARS + 1)-th unit). Runs of digits: wink keeps a digit run whole, and pieces of letters are joined back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_TOKEN_CHARS, tokenize, tokenizeWarnings } from '../../src/nlp/tokenize.js';

const longest = (text: string): number => {
  const d = tokenize(text);
  let m = 0;
  for (let i = 0; i < d.n; i++) m = Math.max(m, (d.ends[i] as number) - (d.starts[i] as number));
  return m;
};

test('a run one unit too long is split wherever it starts; a run of the limit is not', () => {
  for (const lead of [0, 1, 7, 99, 100, 101, 150, 202, 203]) {
    const pad = 'ab '.repeat(Math.ceil(lead / 3)).slice(0, lead);
    for (const len of [MAX_TOKEN_CHARS, MAX_TOKEN_CHARS + 1, 2 * MAX_TOKEN_CHARS + 3]) {
      const text = `${pad}${pad.endsWith(' ') || pad === '' ? '' : ' '}${'7'.repeat(len)} and the rest.`;
      const split = len > MAX_TOKEN_CHARS;
      assert.equal(tokenizeWarnings(text).length, split ? 1 : 0, `lead ${lead}, run ${len}`);
      if (split) assert.ok(longest(text) <= MAX_TOKEN_CHARS, `lead ${lead}, run ${len}`);
      else assert.equal(longest(text), MAX_TOKEN_CHARS, `lead ${lead}, run ${len}`);
    }
  }
});

test('a long run at the very end of the text, or after a line break or a no-break space, is split', () => {
  for (const sep of ['\n', '\u00a0', '\t']) {
    const text = `Short words come first.${sep}${'5'.repeat(MAX_TOKEN_CHARS + 1)}`;
    assert.equal(tokenizeWarnings(text).length, 1);
    assert.ok(longest(text) <= MAX_TOKEN_CHARS);
  }
});
