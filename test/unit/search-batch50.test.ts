import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoTargets, typedTerms } from '../helpers/search.js';

// What batch 50 of the labelled queries (helper srch52) led to; each rule test fails with its rule taken out.

test('growing on and on (一直在扩大, 不断变大, 还在增多) is 越来越大 / 越来越多, which the seed reads as 进展期 (GROWING_ON, decision 0088)', () => {
  assert.deepEqual(typedTerms('我爸的白斑一直在扩大怎么办'), ['我爸', '白斑', '越来越', '大']);
  assert.deepEqual(typedTerms('白斑一直在长大'), ['白斑', '越来越', '大']);
  assert.deepEqual(typedTerms('白斑不断变大'), ['白斑', '越来越', '大']);
  assert.ok(typedTerms('白斑一直变大').includes('越来越'), '一直 without 在');
  assert.deepEqual(typedTerms('白点还在增多'), ['白点', '越来越', '多']);
  assert.ok(typedTerms('白斑持续扩散').includes('越来越'));
  // Left alone: no growth after the adverb, growth without the adverb, and 还 without 在.
  assert.deepEqual(typedTerms('一直没变化'), ['一直', '变化']);
  assert.ok(!typedTerms('还在用药').includes('越来越'));
  assert.ok(!typedTerms('白斑变大了吗').includes('越来越'));
  assert.ok(!typedTerms('白斑还变大吗').includes('越来越'));
});

test('the pool by its lay name leads to the pages\' 游泳 (demo seed, decision 0088)', () => {
  assert.deepEqual(demoTargets('泳池'), ['游泳']);
  // Left alone: the outdoor jobs (外卖骑手) and 遮 were not given new targets.
  assert.deepEqual(demoTargets('外卖'), []);
  assert.deepEqual(demoTargets('骑手'), []);
});

test('看 after a counted visit (第一次看白斑) stays a word: leaving it out was measured and dropped (decision 0088)', () => {
  assert.ok(typedTerms('第一次看白癜风要做哪些检查').includes('看'));
  assert.ok(typedTerms('第一次看白斑要带啥').includes('看'));
});
