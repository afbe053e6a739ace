import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoTargets, typedTerms } from '../helpers/search.js';

// What batch 61 of the labelled queries (helper srch64, written blind) led to; each test fails with its rule taken out.

test('an older person told by a round or rough age is 老人, which the seed leads to 中老年人 (decision 0104)', () => {
  assert.deepEqual(typedTerms('我爸六十多岁突然长白斑'), ['我爸', '老人', '突然', '白斑']);
  assert.deepEqual(typedTerms('我妈七十多了身上长白点'), ['我妈', '老人', '身上', '白点']);
  assert.deepEqual(typedTerms('70多岁白斑'), ['老人', '白斑']);
  assert.deepEqual(typedTerms('七十岁的老人白癜风还用治吗')[0], '老人');
  assert.ok(demoTargets('老人').includes('中老年人'));
});

test('越来 at the very end is the growth phrase cut short: 越来越 (decision 0104)', () => {
  assert.deepEqual(typedTerms('白斑会不会越来'), ['白斑', '越来越']);
  assert.deepEqual(typedTerms('白斑会不会越来？'), ['白斑', '越来越']);
});

test('left alone in batch 61: exact and younger ages, counts, money and 越来 inside a query stay as typed', () => {
  assert.ok(!typedTerms('我妈六十八岁手上白斑').includes('老人'), 'an exact age is one detail of a long message');
  assert.ok(!typedTerms('65岁白斑').includes('老人'));
  assert.ok(!typedTerms('孩子14岁白斑').includes('老人'));
  assert.ok(!typedTerms('照了五十多次').includes('老人'));
  assert.ok(!typedTerms('花了五十多了').includes('老人'), '多了 only right after a person, 今年 or 已经');
  assert.deepEqual(typedTerms('白斑越来越多'), ['白斑', '越来越', '多']);
  assert.deepEqual(typedTerms('越来越'), ['越来越']);
  // 传染给 stays as typed (decisions 0081, 0094): 老人有白斑会传染给孙子吗 was left.
  assert.ok(typedTerms('会不会传染给孙子').includes('传染给'));
});
