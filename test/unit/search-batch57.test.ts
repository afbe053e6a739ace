import assert from 'node:assert/strict';
import { test } from 'node:test';
import { typedTerms } from '../helpers/search.js';

// What batch 57 of the labelled queries (helper srch60, written blind) led to; each rule test fails with its rule taken out.

test('a place in the site named before what is asked (科普文章 光疗, 在线问答 防晒霜, 网上问医生…) is left out (SITE_PLACE, decision 0099)', () => {
  assert.deepEqual(typedTerms('科普文章 光疗'), ['光疗']);
  assert.deepEqual(typedTerms('科普 伍德灯'), ['伍德灯']);
  assert.deepEqual(typedTerms('在线问答 防晒霜'), ['防晒霜']);
  assert.deepEqual(typedTerms('网上问医生 白斑是不是白癜风'), ['白斑', '白癜风']);
  assert.deepEqual(typedTerms('在线咨询白斑会传染吗'), ['白斑', '传染']);
});

test('介绍 right after a doctor word at the end is left out, the doctor word kept (DOCTOR_INTRODUCED, decision 0099)', () => {
  assert.deepEqual(typedTerms('看儿童白癜风的医生介绍'), ['看', '儿童', '白癜风', '医生']);
  assert.deepEqual(typedTerms('光疗医生介绍'), ['光疗', '医生']);
  assert.deepEqual(typedTerms('光疗专家简介'), ['光疗', '专家']);
});

test('left alone in batch 57: the articles asked about (这些科普是谁写的, 网上的科普文章), 科普 alone, 介绍 not after a doctor word', () => {
  assert.ok(typedTerms('这些科普是谁写的 靠谱吗').includes('科普'));
  assert.ok(typedTerms('网上的科普文章是谁审核的').includes('科普'));
  assert.deepEqual(typedTerms('科普'), ['科普']);
  assert.ok(typedTerms('科普文章').length > 0);
  assert.ok(typedTerms('伍德灯检查介绍').includes('介绍'));
  // …and the place with nothing after it stays (在线问答 asks for the page itself).
  assert.deepEqual(typedTerms('在线问答'), ['在线', '问答']);
});
