import assert from 'node:assert/strict';
import { test } from 'node:test';
import { typedTerms } from '../helpers/search.js';

// What batch 68 of the labelled queries (helper srch71, written blind) led to; each rule test fails with its rule taken out.

test('two treatments asked together with 一起 / 同时 are the pages\' 联合 (USED_TOGETHER, decision 0114)', () => {
  // 光疗和药膏可以一起用吗 had its pages off the results: 一起 was required and no page writes it.
  assert.deepEqual(typedTerms('光疗和药膏可以一起用吗'), ['光疗', '药膏', '联合']);
  assert.ok(typedTerms('照光➕涂药 能一起用吗').includes('联合'));
  assert.ok(typedTerms('照光跟涂药能同时做吗').includes('联合'));
  assert.ok(!typedTerms('光疗和药膏可以一起用吗').includes('一起'));
});

test('left alone in batch 68: 一起 with a thing after the verb, with no verb of using, or with no second thing', () => {
  assert.ok(!typedTerms('和家人一起用毛巾').includes('联合'));
  assert.ok(!typedTerms('斑秃和白癜风一起得了').includes('联合'));
  assert.ok(!typedTerms('一起去医院吗').includes('联合'));
  assert.ok(!typedTerms('跟孩子一起用一个杯子').includes('联合'));
});

test('come back after it was cured, asked with 再, is the relapse page\'s 复发 (CURED_BACK, decision 0114)', () => {
  // 就是我白斑好了以后还会不会再长出来啊 had the children's FAQ first and the relapse page third.
  assert.deepEqual(typedTerms('白斑好了以后还会不会再长出来啊'), ['白斑', '好', '复发']);
  assert.ok(typedTerms('治好了会再冒出来吗').includes('复发'));
  assert.ok(typedTerms('消了以后还会再出现吗').includes('复发'));
});

test('left alone in batch 68: 再长出来 with no cure word before it, or of hair or colour', () => {
  assert.ok(!typedTerms('白斑再长出来怎么办').includes('复发'));
  assert.ok(!typedTerms('色素再长出来').includes('复发'));
  assert.ok(!typedTerms('白斑好了以后毛还会再长出来吗').includes('复发'));
});
