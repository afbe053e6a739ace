import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoTargets, typedTerms } from '../helpers/search.js';

// What batch 51 of the labelled queries (helper srch53) led to; each rule test fails with its rule taken out.

test('a supplement said as 补 and the nutrient (补铜补锌, 补钙, 补维生素D) is the diet page\'s 补充 (SUPPLEMENT_SAID, decision 0092)', () => {
  assert.deepEqual(typedTerms('要不要补铜补锌'), ['补充', '铜', '锌']);
  assert.ok(typedTerms('补钙有用吗').includes('补充'));
  assert.ok(typedTerms('补维生素D').includes('补充'));
  assert.ok(typedTerms('补vc').includes('补充'));
  // Left alone: 补 of moisture, of sunscreen put on again, of make-up.
  assert.deepEqual(typedTerms('补水'), ['补水']);
  assert.ok(!typedTerms('补涂防晒').includes('补充'));
  assert.ok(!typedTerms('补妆').includes('补充'));
});

test('a yes-no question asked with 不 last (再长不, 遗传不, 传染不啊) is read as the statement (ASKED_NOT_LAST, decision 0092)', () => {
  // 再长 after 好了 has been the relapse page's 复发 since decision 0114 (CURED_BACK); the 不 is still not searched.
  assert.deepEqual(typedTerms('白斑好了还会再长不'), ['白斑', '好', '复发']);
  assert.deepEqual(typedTerms('白斑好了还会再长不啊'), ['白斑', '好', '复发']);
  assert.deepEqual(typedTerms('白斑还会再长不'), ['白斑', '还会', '再长']);
  assert.deepEqual(typedTerms('这病遗传不'), ['病', '遗传']);
  // Left alone: 不 not last, 不 after an OK word (行不, 好不), and the 不 of A不A.
  assert.ok(typedTerms('白斑长不大').includes('长不大') || typedTerms('白斑长不大').includes('不大'));
  assert.deepEqual(typedTerms('这样行不'), ['这样', '行']);
  assert.deepEqual(typedTerms('疼不疼'), ['疼']);
});

test('left alone in batch 51: food words got no new synonyms (decision 0092; decision 0093 reads them by construction and gives 嫌弃, 找对象 rows)', () => {
  assert.deepEqual(demoTargets('喝茶'), []);
  assert.deepEqual(demoTargets('吃辣'), []);
});
