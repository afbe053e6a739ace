import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoTargets, typedTerms } from '../helpers/search.js';

// What batch 54 of the labelled queries (helper srch57, written blind) led to; each rule test fails with its rule taken out.

test('多少 asking the value of a measure (SPF多少, 指数选多少, 剂量是多少) is left out, not read as 多少钱 (VALUE_ASKED, decision 0096)', () => {
  assert.deepEqual(typedTerms('SPF多少的防晒霜适合白斑'), ['spf', '防晒霜', '适合', '白斑']);
  assert.deepEqual(typedTerms('防晒霜SPF多少合适'), ['防晒霜', 'spf', '合适']);
  assert.ok(!typedTerms('防晒指数选多少').includes('多少'));
  assert.ok(!typedTerms('NB-UVB起始剂量是多少').includes('多少'));
  // Left alone: the cost asked (剂量多少钱, 一次多少钱), a count (照多少次), and 多少 after anything else (药膏一次挤多少).
  assert.ok(typedTerms('剂量多少钱').includes('多少'));
  assert.ok(typedTerms('照一次光多少钱').includes('多少'));
  assert.ok(typedTerms('一个疗程要照多少次').includes('多少'));
  assert.ok(typedTerms('药膏一次挤多少').includes('多少'));
});

test('left alone in batch 54: 行吗 at the end, 的时候 and 吃药 got no reading (decision 0096: each lowered earlier queries)', () => {
  // 行 before a particle at the end stays (its 旅行 reading serves 出差停几天光疗行吗).
  assert.ok(typedTerms('UV灯在家照白斑行吗').includes('行'));
  // 的时候 stays (照光的时候烫不烫 needs it).
  assert.ok(typedTerms('照光的时候烫不烫').includes('时候'));
  // 吃药 has no seed row (口服药物 measured: 甲状腺…一直在吃药 1 → 3).
  assert.deepEqual(demoTargets('吃药'), []);
});
