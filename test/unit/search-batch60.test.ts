import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoTargets, typedTerms } from '../helpers/search.js';

// What batch 60 of the labelled queries (helper srch63, written blind) led to; each test fails with its rule or seed rows taken out.

test('报告 of a named test is no term: the test is the meaning (decision 0103)', () => {
  assert.deepEqual(typedTerms('皮肤镜报告看不懂'), ['皮肤镜', '看不懂']);
  assert.deepEqual(typedTerms('甲功报告'), ['甲功']);
});

test('emo is the 情绪 and 心理 of the emotional page, as 自卑 is (decision 0103)', () => {
  assert.deepEqual(demoTargets('emo'), ['情绪', '心理']);
});

test('left alone in batch 60: 看不懂, 太丑, 上学, 住校, 毛病 and 皮肤病 lead nowhere new; 检查 and 结果 stay terms', () => {
  assert.deepEqual(demoTargets('看不懂'), []);
  assert.deepEqual(demoTargets('太丑'), []);
  assert.deepEqual(demoTargets('住校'), []);
  assert.deepEqual(demoTargets('毛病'), []);
  assert.deepEqual(demoTargets('皮肤病'), []);
  assert.deepEqual(typedTerms('白斑太丑了不想去上学'), ['白斑', '太丑', '不想', '上学']);
  assert.deepEqual(typedTerms('检查结果'), ['检查', '结果']);
});
