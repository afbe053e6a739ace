import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoTargets, typedTerms } from '../helpers/search.js';

// What batch 58 of the labelled queries (helper srch61, written blind) led to; each rule test fails with its rule taken out.

test('how long until it works, asked with 有效 / 管用 / 起作用 after the span, is 见效 (ONSET_ASKED, decision 0101)', () => {
  assert.deepEqual(typedTerms('光疗多久有效'), ['光疗', '多久', '见效']);
  assert.deepEqual(typedTerms('光疗多久才有效'), ['光疗', '多久', '见效']);
  assert.deepEqual(typedTerms('擦药多久管用'), ['擦药', '多久', '见效']);
  assert.deepEqual(typedTerms('光疗要多长时间才有效'), ['光疗', '多久', '见效']);
  assert.deepEqual(typedTerms('照光几次才起作用'), ['照光', '几次', '见效']);
});

test('the spouse named through the child (孩子他爸, 孩子她妈, 娃他爹) is 爸爸 / 妈妈 (SPOUSE_BY_CHILD, decision 0101)', () => {
  assert.deepEqual(typedTerms('孩子他爸有白癜风儿子会不会得'), ['爸爸', '白癜风', '儿子', '得']);
  assert.deepEqual(typedTerms('孩子她妈有白斑'), ['妈妈', '白斑']);
  assert.deepEqual(typedTerms('娃他爹'), ['爸爸']);
});

test('the demo seed leads nail art and nail polish to 化妆品, as lipstick (decision 0101)', () => {
  assert.deepEqual(demoTargets('美甲'), ['化妆品']);
  assert.deepEqual(demoTargets('指甲油'), ['化妆品']);
});

test('left alone in batch 58: whether it works (有效吗), 有效果, 有用, the child\'s parent without a pronoun', () => {
  assert.deepEqual(typedTerms('光疗有效吗'), ['光疗', '有效']);
  assert.deepEqual(typedTerms('光疗多久有效果'), ['光疗', '多久', '效果']);
  assert.deepEqual(typedTerms('照几次才有用'), ['照', '几次', '有用']);
  assert.deepEqual(typedTerms('孩子爸爸有白癜风'), ['孩子', '爸爸', '白癜风']);
});
