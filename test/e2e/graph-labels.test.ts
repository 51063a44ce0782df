// The pure pieces of the graph and chart drawing, as tables: where a node label goes (always inside the frame), and the
// day charts' ticks (few, at calendar boundaries, the year where it changes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LABEL_MARGIN, placeLabel } from '../../web/src/components/graph/labels.js';
import { bin, ticks } from '../../web/src/components/day-axis.js';

test('placeLabel: right of the node, left near the right edge, clamped inside the frame', () => {
  const W = 800;
  const H = 600;
  const rows: Array<[string, [number, number, number, number], (b: ReturnType<typeof placeLabel>) => boolean]> = [
    ['in the middle: right of the node', [400, 300, 5, 60], (b) => b.x === 400 + 5 + 3],
    ['at the right edge: left of the node', [790, 300, 5, 60], (b) => b.x + b.w === 790 - 5 - 3],
    ['a node on the left edge with a long name: inside', [2, 300, 5, 300], (b) => b.x >= LABEL_MARGIN],
    ['a node beyond the top: clamped down', [400, -20, 5, 60], (b) => b.y === LABEL_MARGIN],
    ['a node at the bottom: clamped up', [400, 599, 5, 60], (b) => b.y + b.h === H - LABEL_MARGIN],
    ['a name almost as wide as the frame', [400, 300, 5, 780], (b) => b.x === LABEL_MARGIN],
  ];
  for (const [name, [x, y, r, w], ok] of rows) {
    const b = placeLabel(x, y, r, w, 12, W, H);
    assert.ok(ok(b), `${name}: ${JSON.stringify(b)}`);
    assert.ok(b.x >= LABEL_MARGIN && b.x + b.w <= W - LABEL_MARGIN && b.y >= LABEL_MARGIN && b.y + b.h <= H - LABEL_MARGIN, `${name}: inside the frame`);
  }
});

test('ticks: few, at day, Monday, month or year boundaries, with the year where it changes', () => {
  const d = (s: string): number => Date.parse(`${s}T00:00:00Z`);
  const rows: Array<[string, string, number, string[]]> = [
    ['2025-04-01', '2025-04-12', 10, ['Apr 1 2025', 'Apr 3', 'Apr 5', 'Apr 7', 'Apr 9', 'Apr 11']],
    ['2025-03-20', '2025-04-12', 3, ['Mar 24 2025', 'Mar 31', 'Apr 7']],
    ['2024-11-20', '2025-04-12', 5, ['Dec 2024', '2025', 'Feb', 'Mar', 'Apr']],
    ['2025-01-01', '2025-06-30', 10, ['2025', 'Feb', 'Mar', 'Apr', 'May', 'Jun']],
    ['2020-01-01', '2025-06-30', 10, ['2020', '2021', '2022', '2023', '2024', '2025']],
    ['2007-03-05', '2025-04-09', 6, ['2010', '2015', '2020', '2025']],
  ];
  for (const [from, to, max, labels] of rows) {
    const t = ticks(d(from), d(to), max);
    assert.deepEqual(t.map((x) => x.label), labels, `${from}..${to} (at most ${max})`);
    assert.ok(t.length <= max);
    assert.ok(t.every((x) => x.at >= d(from) && x.at <= d(to)));
  }
});

test('bin: days stay days, long spans become weeks or months, counts add up', () => {
  const days = [{ day: '2025-01-01', count: 2 }, { day: '2025-01-02', count: 1 }];
  assert.deepEqual(bin(days).map((b) => [b.label, b.count]), [['2025-01-01', 2], ['2025-01-02', 1]]);
  const long = [{ day: '2024-01-03', count: 1 }, { day: '2024-01-20', count: 2 }, { day: '2025-06-01', count: 4 }];
  assert.deepEqual(bin(long).map((b) => [b.label, b.count]), [['2024-01', 3], ['2025-06', 4]]);
  const mid = [{ day: '2025-01-06', count: 1 }, { day: '2025-01-08', count: 1 }, { day: '2025-06-01', count: 1 }];
  assert.deepEqual(bin(mid).map((b) => [b.label, b.count]), [['week of 2025-01-06', 2], ['week of 2025-05-26', 1]]);
  assert.deepEqual(bin([{ day: 'not a day', count: 3 }]), []);
});
