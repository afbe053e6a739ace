import assert from 'node:assert/strict';
import { test } from 'node:test';
import { typedTerms } from '../helpers/search.js';

// What batch 69 of the labelled queries (helper srch72, written blind) led to; each rule test fails with its rule taken out.

test('make-up with a word between 化 and 妆 is the pages\' 化妆 (MAKEUP_SPLIT, decision 0116)', () => {
  // 化浓妆会让白斑变大吗 kept 化浓妆, a word in no page.
  assert.deepEqual(typedTerms('化浓妆会让白斑变大吗'), ['化妆', '白斑', '变大']);
  assert.deepEqual(typedTerms('化个淡妆可以吗'), ['化妆']);
});

test('dyeing hair with 头发 typed out is the pages\' 染发 (DYE_SPLIT, decision 0116)', () => {
  // 染头发对白癜风有影响吗 was cut 染|头发 and the seed's 染头发 key never met it (camouflage page 10th).
  assert.deepEqual(typedTerms('染头发对白癜风有影响吗'), ['染发', '白癜风', '影响']);
  assert.deepEqual(typedTerms('我想染个头发'), ['染发']);
});

test('left alone in batch 69: 化 / 染 ending another word, 妆容, and the words typed whole', () => {
  assert.deepEqual(typedTerms('感染头发'), ['感染', '头发']);
  assert.deepEqual(typedTerms('变化妆容'), ['变化', '妆容']);
  assert.deepEqual(typedTerms('白斑能化妆吗'), ['白斑', '化妆']);
  assert.deepEqual(typedTerms('头发染黑了'), ['头发', '染黑']);
});
