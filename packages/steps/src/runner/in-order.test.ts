import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inOrder } from './in-order.ts';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('inOrder yields results in item order though later items finish first, never more than the window at once', async () => {
  const items = [1, 2, 3, 4, 5, 6, 7];
  let next = 0, running = 0, most = 0;
  const run = async (n: number) => {
    running++;
    most = Math.max(most, running);
    await delay((items.length - n) * 3); // the first items finish last
    running--;
    return n * 10;
  };
  const seen: Array<[number, number]> = [];
  for await (const pair of inOrder(async () => items[next++], run, 3)) seen.push(pair);
  assert.deepEqual(seen, items.map((n) => [n, n * 10]));
  assert.equal(most, 3);
});

test('inOrder passes a failed item on when its turn comes, after the items before it', async () => {
  const items = ['a', 'b', 'c'];
  let next = 0;
  const run = async (s: string) => {
    if (s === 'b') throw new Error('chunk b failed');
    await delay(5);
    return s.toUpperCase();
  };
  const seen: string[] = [];
  await assert.rejects(async () => {
    for await (const [, r] of inOrder(async () => items[next++], run, 3)) seen.push(r);
  }, /chunk b failed/);
  assert.deepEqual(seen, ['A']);
});
