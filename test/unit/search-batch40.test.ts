import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoTargets, typedTerms as terms } from '../helpers/search.js';

// What batch 40 of the labelled queries (helper srch42) led to; each rule test fails with its rule taken out.

test('a visit one cannot make (去不了, 来不了, 没法去, 赶不上) is the 无法 the follow-up page writes; 爬不了, 好不了 stay (decision 0077)', () => {
  assert.ok(terms('复诊预约了去不了怎么办').includes('无法'));
  assert.ok(terms('下周来不了复诊怎么办').includes('无法'));
  assert.ok(terms('没法去复诊').includes('无法'));
  assert.ok(terms('赶不上复诊怎么办').includes('无法'));
  assert.ok(!terms('复诊预约了去不了怎么办').includes('不了'));
  // Not a visit: what cannot be done otherwise is left as it was read.
  assert.ok(!terms('医院有电梯吗 老人爬不了楼').includes('无法'));
  assert.ok(!terms('白斑是不是好不了').includes('无法'));
  assert.ok(!terms('痒得受不了').includes('无法'));
  assert.ok(!terms('黑色素的来源').includes('无法'));
  assert.ok(Array.isArray(terms('去不了'.repeat(33))));
});

test('看 of the visit (去医院看白斑, 去看白斑) is not searched; 看病, 看一下 and 看 elsewhere stay (decision 0077)', () => {
  assert.ok(!terms('去医院看白斑要带照片吗').includes('看'));
  assert.ok(terms('去医院看白斑要带照片吗').includes('白斑'));
  assert.ok(!terms('去看白斑要带啥东西').includes('看'));
  assert.ok(!terms('到门诊看脸上的白点').includes('看'));
  assert.deepEqual(terms('去医院看白斑'), terms('去医院 白斑'));
  // A word of its own, a look, or 看 not after the trip is read as before.
  assert.ok(terms('去医院看病要带什么').some((t) => t.includes('看病')));
  assert.ok(terms('要不要去医院看一下').some((t) => t.includes('看')));
  assert.ok(terms('检查结果怎么看').some((t) => t.includes('看')));
  assert.ok(Array.isArray(terms('去看'.repeat(50))));
});

test('light alone on the English site is the light treatment, as light therapy is (demo seed, decision 0077)', () => {
  assert.ok(demoTargets('light').includes('光疗'));
  assert.ok(demoTargets('light therapy').includes('光疗'));
});
