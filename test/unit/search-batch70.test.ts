import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoTargets } from '../helpers/search.js';

// What batch 70 of the labelled queries (helper srch73, written blind) led to; each rule test fails with its rule taken out.

test('戒口, the southern word for keeping off foods while ill, is the diet page\'s 忌口, as 忌嘴 is (decision 0117)', () => {
  // 戒口 alone found nothing: no page holds the word.
  assert.deepEqual(demoTargets('戒口'), ['忌口']);
});

test('left alone in batch 70: 戒 of other habits and the other words of quitting are no diet word', () => {
  assert.deepEqual(demoTargets('戒烟'), []);
  assert.deepEqual(demoTargets('戒酒'), []);
  assert.deepEqual(demoTargets('戒'), []);
});
