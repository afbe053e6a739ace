import assert from 'node:assert/strict';
import { test } from 'node:test';
import { typedTerms } from '../helpers/search.js';

// What batch 55 of the labelled queries (helper srch58, written blind) led to; each rule test fails with its rule taken out.

test('having a child asked as allowed or as affected (能生孩子吗, 可以要宝宝吗, 要孩子有没有影响) is 怀孕 (CHILD_ASKED, decision 0097)', () => {
  assert.deepEqual(typedTerms('有白癜风能生孩子吗'), ['白癜风', '怀孕']);
  assert.deepEqual(typedTerms('可以要宝宝吗'), ['怀孕']);
  assert.ok(typedTerms('老公有白癜风要孩子有没有影响').includes('怀孕'));
  // Left alone: 生孩子 without a modal (the heredity question), a child after 要 that is not the last word (照光要孩子配合吗).
  assert.deepEqual(typedTerms('结婚生孩子会遗传给下一代吗'), ['结婚', '生', '孩子', '遗传']);
  assert.ok(!typedTerms('照光要孩子配合吗').includes('怀孕'));
});

test('sharing a thing with someone (跟我用一个盆, 和家人用同一条毛巾) is 共用 (SHARED_USE, decision 0097)', () => {
  assert.deepEqual(typedTerms('室友不敢跟我用一个盆'), ['室友', '不敢', '共用', '盆']);
  assert.deepEqual(typedTerms('能和家人用同一条毛巾吗'), ['共用', '毛巾']);
  // Left alone: two treatments used together (no person, no one thing shared).
  assert.ok(!typedTerms('照光和涂药一起用').includes('共用'));
});

test('growth told as an amount (大了一倍, 变成五六块, 多了三块) is 越来越大 / 越来越多 (GROWN_BY, decision 0097)', () => {
  assert.deepEqual(typedTerms('白斑半年大了一倍'), ['白斑', '半年', '越来越', '大']);
  assert.deepEqual(typedTerms('原来一块白斑现在变成五六块'), ['原来', '一块', '白斑', '现在', '越来越', '多']);
  assert.deepEqual(typedTerms('又多了3块白斑'), ['越来越', '多', '白斑']);
  // Left alone: 大了 without an amount, 大了一点, a patch seen (长了两块), a colour become (变成白色), dots counted with 个.
  assert.ok(!typedTerms('孩子大了能不能照光').includes('越来越'));
  assert.ok(!typedTerms('白斑大了一点').includes('越来越'));
  assert.ok(!typedTerms('身上长了两块白斑').includes('越来越'));
  assert.ok(!typedTerms('白斑变成白色').includes('越来越'));
  assert.ok(!typedTerms('嘴角白斑一周内多了好几个小白点').includes('越来越'));
});

test('left alone in batch 55: 生完孩子 of after the birth has no reading (decision 0097: typed as 产后 the pregnancy page is only 4th, and the seed row 生孩子 → 产后 lowered heredity questions)', () => {
  assert.ok(typedTerms('生完孩子白斑扩散了').includes('孩子'));
  assert.ok(!typedTerms('生完孩子白斑扩散了').includes('产后'));
});
