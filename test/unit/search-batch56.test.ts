import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoTargets, typedTerms } from '../helpers/search.js';

// What batch 56 of the labelled queries (helper srch59, written blind) led to; each rule test fails with its rule taken out.

test('growth told as sudden or fast (突然变多, 一下子大了, 扩散很快) is 越来越多 / 越来越大, spreading 短时间内 扩散 (SUDDEN_GROWTH, decision 0098)', () => {
  assert.deepEqual(typedTerms('白斑突然变多发痒要急诊吗'), ['白斑', '越来越', '多', '发痒', '急诊']);
  assert.deepEqual(typedTerms('白斑一下子大了'), ['白斑', '越来越', '大']);
  assert.deepEqual(typedTerms('白斑扩散很快能做微针吗'), ['白斑', '短时间', '内', '扩散', '微针']);
  assert.deepEqual(typedTerms('白斑扩散得特别快'), ['白斑', '短时间', '内', '扩散']);
  // Left alone: onset (突然长了块, 突然出现: a patch seen, not grown), 突然 before anything else (突然停, 突然变白),
  // 长得很快 (growing, of a child or of hair as much as of a patch).
  assert.ok(typedTerms('脸上突然长了块白斑是什么原因').includes('突然'));
  assert.ok(!typedTerms('孩子脸上突然出现白斑').includes('越来越'));
  assert.deepEqual(typedTerms('爱宁达能突然停吗'), ['爱宁达', '突然', '停']);
  assert.deepEqual(typedTerms('白斑突然变白了'), ['白斑', '突然', '变白']);
  assert.deepEqual(typedTerms('白斑长得很快'), ['白斑', '长得', '很快']);
});

test('left alone: a count after the sudden growth stays GROWN_BY\'s reading (突然多了三块, decision 0097 then 0098)', () => {
  assert.deepEqual(typedTerms('突然多了三块白斑'), ['突然', '越来越', '多', '白斑']);
});

test('the dark room as patients call it (小黑屋, 黑屋子) is the Wood\'s lamp article\'s 暗室 (demo seed, decision 0098)', () => {
  assert.deepEqual(demoTargets('小黑屋'), ['暗室']);
  assert.deepEqual(demoTargets('小黑屋子'), ['暗室']);
  assert.deepEqual(demoTargets('黑屋子'), ['暗室']);
});

test('left alone in batch 56: 紫光灯 stays the home 紫外线灯 only (decision 0098: 紫光灯 → 伍德灯 lowered 照那个紫光有啥子副作用嘛 1 → 2)', () => {
  assert.deepEqual(demoTargets('紫光灯'), ['紫外线灯']);
  // …and 急诊 has no reading of its own (the pages say 尽早就诊 / 提前就诊 of growth, which SUDDEN_GROWTH reaches).
  assert.deepEqual(demoTargets('急诊'), []);
});
