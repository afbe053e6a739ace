import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoTargets } from '../helpers/search.js';

// What batch 71 of the labelled queries (helper srch74, written blind) led to; each rule test fails with its rule taken out.

test('whether it can kill, as patients ask it (会死人, 寿命, 致命), is what-is-vitiligo\'s 危及生命 (decision 0119)', () => {
  // 白癜风会死人吗 had what-is-vitiligo fifth: no page holds 会死人; the page says 不会直接危及生命.
  assert.deepEqual(demoTargets('会死人'), ['危及生命']);
  assert.deepEqual(demoTargets('寿命'), ['危及生命']);
  assert.deepEqual(demoTargets('致命'), ['危及生命']);
});

test('left alone in batch 71: 活多久 and 会死 get no row (the reading took 照多久, 涂多久 and 的死皮 for them)', () => {
  assert.deepEqual(demoTargets('活多久'), []);
  assert.deepEqual(demoTargets('会死'), []);
  assert.deepEqual(demoTargets('死'), []);
});
