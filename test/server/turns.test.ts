// Issue 14, load: requests start one per turn of the event loop, in arrival order, so a burst of synchronous (SQLite)
// requests cannot keep the server from accepting connections and reading sockets until the whole burst is done.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Turns } from '../../src/server/app.js';

test('turns: requests start in arrival order, one per turn, with the loop polling between two starts', async () => {
  const turns = new Turns();
  const log: string[] = [];
  const started = [0, 1, 2, 3].map((i) => turns.next().then(() => {
    log.push(`start ${i}`);
    // another callback of the loop (an accepted connection, a readable socket) queued while request i runs
    setImmediate(() => log.push(`io after ${i}`));
  }));
  await Promise.all(started);
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(log.slice(0, 6), ['start 0', 'start 1', 'io after 0', 'start 2', 'io after 1', 'start 3']);
  assert.ok(log.includes('io after 3'));
  // idle again: the next request starts on the next turn
  let later = false;
  await turns.next().then(() => { later = true; });
  assert.equal(later, true);
});
