import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asksWhichOfTwo, queryTerms } from '../../src/search/segment.js';
import { demoTargets } from '../helpers/search.js';

// What batch 25 of the labelled queries (helper srch27) led to; each rule test fails with its rule taken out.
// The comparison's titled pages leading page 1 is tested on both engines in test/integration/search.test.ts.

test('which of two to choose, asked at the end (选哪个, 挑哪种好), is a comparison and 选 is no word to search', () => {
  assert.ok(asksWhichOfTwo('植皮和微针选哪个'));
  assert.ok(asksWhichOfTwo('遮瑕和自晒挑哪种好'));
  assert.ok(asksWhichOfTwo('激素药膏和不含激素的药膏选择哪一种？'));
  assert.ok(!queryTerms('植皮和微针选哪个').includes('选'), JSON.stringify(queryTerms('植皮和微针选哪个')));
  assert.ok(queryTerms('植皮和微针选哪个').includes('微针'));
  // Not at the end, or not choosing: left as it was.
  assert.ok(!asksWhichOfTwo('选哪个医生'));
  assert.ok(!asksWhichOfTwo('植皮和微针'));
  assert.ok(!asksWhichOfTwo('选哪个时间复诊'));
});

test('the demo synonyms of batch 25: steroid and calcineurin brands, 虫斑, the banknote lamp, 长个子, and in English fungus and white dots', () => {
  assert.ok(demoTargets('尤卓尔').includes('糖皮质激素'));
  assert.ok(demoTargets('丁酸 氢化 可的松').includes('糖皮质激素'));
  assert.ok(demoTargets('protopic').includes('钙调磷酸酶抑制剂'));
  assert.ok(demoTargets('elidel').includes('钙调磷酸酶抑制剂'));
  assert.ok(demoTargets('虫斑').includes('白色糠疹'));
  assert.ok(demoTargets('验钞灯').includes('伍德灯'));
  assert.ok(demoTargets('紫光灯').includes('紫外线灯'));
  // 长 of a described symptom is a query stopword: the key is 个子 (height), typed 长个子.
  assert.ok(demoTargets('个子').includes('发育'));
  assert.ok(demoTargets('fungus').includes('真菌'));
  assert.ok(demoTargets('white dots').includes('点状白斑'));
  assert.ok(demoTargets('arms').includes('四肢'));
  assert.ok(demoTargets('症状').includes('表现'));
});
