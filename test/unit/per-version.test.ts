import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PerVersion } from '../../src/content/per-version.js';

test('a value is loaded once per key and content version, and again when the version moves', async () => {
  const c = new PerVersion<string>();
  let loads = 0;
  const load = (v: string) => async () => `${v}:${++loads}`;
  const [a, b] = await Promise.all([c.get(1, 'cat', load('x')), c.get(1, 'cat', load('x'))]);
  assert.deepEqual([a, b, loads], ['x:1', 'x:1', 1], 'concurrent asks share one load');
  assert.equal(await c.get(1, 'other', load('y')), 'y:2');
  assert.equal(await c.get(2, 'cat', load('x')), 'x:3', 'a new version loads again');
  assert.equal(await c.get(2, 'cat', load('x')), 'x:3');
});

test('a failed load is not kept, and the number of keys is bounded', async () => {
  const c = new PerVersion<number>(2);
  await assert.rejects(c.get(1, 'k', async () => Promise.reject(new Error('db down'))));
  await new Promise((r) => setImmediate(r));
  assert.equal(await c.get(1, 'k', async () => 7), 7, 'tried again after the failure');
  let loads = 0;
  await c.get(1, 'a', async () => ++loads);
  await c.get(1, 'b', async () => ++loads);
  await c.get(1, 'c', async () => ++loads);
  assert.equal(await c.get(1, 'k', async () => 8), 8, 'the full map was let go');
});
